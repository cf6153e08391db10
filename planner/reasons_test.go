package planner

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
)

// reasonKinds are every ReasonKind, in the order docs/plan-output.md lists
// them.
var reasonKinds = []ReasonKind{ReasonStart, ReasonAfter, ReasonSoak, ReasonCapacity, ReasonGroup, ReasonNotBefore, ReasonBaseline, ReasonPriority}

// TestReasonKinds ties the typed reason kinds to the plan's JSON
// documentation (docs/plan-output.md lists exactly these, no others) and
// checks that the planner makes no other kind: every action of the
// example estate and of every rule estate has one of them.
func TestReasonKinds(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "plan-output.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("`kind` \\(((?:`[a-z_]+`(?:, )?)+)\\)").FindSubmatch(doc)
	if m == nil {
		t.Fatal("docs/plan-output.md does not list the reason kinds as `kind` (`start`, ...)")
	}
	var documented []ReasonKind
	for _, k := range strings.Split(string(m[1]), ", ") {
		documented = append(documented, ReasonKind(strings.Trim(k, "`")))
	}
	if !slices.Equal(documented, reasonKinds) {
		t.Errorf("docs/plan-output.md lists reason kinds %v, the planner has %v", documented, reasonKinds)
	}
	dirs, _ := filepath.Glob(filepath.Join("testdata", "estates", "*", "estate.hcl"))
	dirs = append(dirs, filepath.Join("..", "examples", "kcom"))
	made := map[ReasonKind]bool{}
	for _, dir := range dirs {
		mod, diags := inventory.Load([]string{dir}, inventory.LoadOptions{Today: day("2026-01-01")})
		if diags.HasErrors() {
			t.Fatalf("%s: %s", dir, diags.Error())
		}
		for _, w := range mustBuild(t, mod, Options{}).Waves {
			for _, a := range w.Actions {
				if !slices.Contains(reasonKinds, a.Why.Kind) {
					t.Errorf("%s: %s has reason kind %q", dir, a.Address, a.Why.Kind)
				}
				made[a.Why.Kind] = true
			}
		}
	}
	if len(made) < 4 {
		t.Errorf("the estates make only the kinds %v", made)
	}
}
