package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// TestReportDiagrams checks that the HTML report's diagrams come from
// Graphviz when it is installed, with ids made unique per diagram, and
// that there are none (the report then says how to get them) when dot is
// not on the PATH.
func TestReportDiagrams(t *testing.T) {
	m, diags, _ := inventory.LoadForPlan([]string{"../../examples/kcom"}, inventory.LoadOptions{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	p, err := planner.Build(m, planner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("dot"); err != nil {
		t.Fatal("Graphviz (dot) is not installed: scripts/test.sh installs it")
	}
	got := diagrams(m, p)
	if len(got) != 2 || got[0].ID != "estate" || got[1].ID != "plan" {
		t.Fatalf("diagrams = %d, want estate and plan", len(got))
	}
	for _, d := range got {
		if !strings.HasPrefix(d.SVG, "<svg") || strings.Contains(d.SVG, "<?xml") || strings.Contains(d.SVG, "<!DOCTYPE") {
			t.Errorf("%s: not an inline <svg> element: %.80q", d.ID, d.SVG)
		}
		if !strings.Contains(d.SVG, ` id="`+d.ID+`-graph0"`) {
			t.Errorf("%s: ids are not prefixed", d.ID)
		}
	}
	t.Setenv("PATH", "")
	if got := diagrams(m, p); got != nil {
		t.Errorf("without dot on the PATH: %d diagrams, want none", len(got))
	}
}

func TestInlineSVG(t *testing.T) {
	in := `<?xml version="1.0"?>
<!DOCTYPE svg>
<svg><g id="a"><path fill="url(#g)"/><a href="#a"/></g></svg>
`
	want := `<svg><g id="p-a"><path fill="url(#p-g)"/><a href="#p-a"/></g></svg>`
	if got := inlineSVG([]byte(in), "p"); got != want {
		t.Errorf("inlineSVG = %q, want %q", got, want)
	}
}
