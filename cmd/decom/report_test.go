package main

import (
	"os"
	"os/exec"
	"path/filepath"
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
	got, why := diagrams(m, p)
	if len(got) != 2 || why != "" || got[0].ID != "estate" || got[1].ID != "plan" {
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
	if got, why := diagrams(m, p); got != nil || why != "" {
		t.Errorf("without dot on the PATH: %d diagrams (%q), want none and no reason", len(got), why)
	}
	// A dot that fails gives no diagrams and says why.
	bin := t.TempDir()
	if err := os.WriteFile(filepath.Join(bin, "dot"), []byte("#!/bin/sh\necho broken >&2\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
	if got, why := diagrams(m, p); got != nil || !strings.HasPrefix(why, "Graphviz could not draw the estate diagram") {
		t.Errorf("with a failing dot: %d diagrams, reason %q", len(got), why)
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
