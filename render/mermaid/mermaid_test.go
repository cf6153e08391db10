package mermaid

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/decomhq/decom/render/diagram"
	"github.com/decomhq/decom/render/diagram/fixture"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var cases = []struct {
	name string
	opt  diagram.Options
}{
	{"estate", diagram.Options{View: diagram.ViewEstate}},
	{"plan", diagram.Options{View: diagram.ViewPlan}},
	{"focus_cad", diagram.Options{Focus: "application.cad", Depth: 1}},
	{"type_application", diagram.Options{Types: []string{"application"}}},
	{"network_psn", diagram.Options{Network: "network.psn"}},
	{"tenant_south", diagram.Options{View: diagram.ViewPlan, Tenant: "tenant.south"}},
	{"estate_collapsed", diagram.Options{MaxNodes: 5}},
	{"estate_sites", diagram.Options{ForceCollapse: 2}},
	{"plan_collapsed", diagram.Options{View: diagram.ViewPlan, MaxNodes: 8}},
	{"plan_truncated", diagram.Options{View: diagram.ViewPlan, MaxNodes: 3}},
}

// TestGolden compares each view with testdata/NAME.mmd; go test -update
// rewrites them. scripts/mermaid-check renders the same files in a browser.
func TestGolden(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, err := diagram.Build(fixture.Estate(), fixture.Plan(), c.opt)
			if err != nil {
				t.Fatal(err)
			}
			got := Render(g)
			g2, _ := diagram.Build(fixture.Estate(), fixture.Plan(), c.opt)
			if !bytes.Equal(got, Render(g2)) {
				t.Fatal("two renders differ")
			}
			checkSafe(t, got)
			path := filepath.Join("testdata", c.name+".mmd")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs; run go test -update and review\n%s", path, got)
			}
		})
	}
}

var (
	nodeLine  = regexp.MustCompile(`^\s*(t0|n\d+)(\[\[|\[\(|\(\[|\{\{|\[/|\[|\(|\{|>)"[^"]*"(\]\]|\)\]|\]\)|\}\}|\\\]|/\]|\]|\)|\})(:::title)?$`)
	subLine   = regexp.MustCompile(`^\s*subgraph c\d+\["[^"]*"\]$`)
	edgeLine  = regexp.MustCompile(`^\s*n\d+ (-->|-\.->|--o|===|==>|~~~)(\|"[^"|]*"\|)? n\d+$`)
	styleLine = regexp.MustCompile(`^\s*(end|flowchart LR|classDef \w+ [^"]+|class [n\d,]+ s\d+|style c\d+ [^"]+|linkStyle [\d,]+ [^"]+)$`)
)

// checkSafe asserts that every line is one of the forms the renderer
// writes, so no label text escaped its quotes.
func checkSafe(t *testing.T, src []byte) {
	t.Helper()
	for i, l := range strings.Split(strings.TrimSuffix(string(src), "\n"), "\n") {
		if !nodeLine.MatchString(l) && !subLine.MatchString(l) && !edgeLine.MatchString(l) && !styleLine.MatchString(l) {
			t.Errorf("line %d is not a safe Mermaid statement: %q", i+1, l)
		}
	}
}

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		`say "hi"`:   "say #34;hi#34;",
		"<b>&x</b>":  "#60;b#62;#38;x#60;/b#62;",
		"#35; `md`":  "#35;35; #96;md#96;",
		"a|b":        "a#124;b",
		"two\nlines": "two<br>lines",
		"c\x00\t":    "c\uFFFD ",
		"bad\xff":    "bad\uFFFD",
		"café →":     "café →",
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLimits checks that a 10,000-application estate and its plan stay
// within Mermaid's default limits once collapsed.
func TestLimits(t *testing.T) {
	m, p := fixture.Large(10000)
	for _, v := range []diagram.View{diagram.ViewEstate, diagram.ViewPlan} {
		out, g, err := Fit(func(force int) (*diagram.Graph, error) {
			return diagram.Build(m, p, diagram.Options{View: v, MaxNodes: CollapseNodes, MaxEdges: CollapseEdges, ForceCollapse: force})
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(out) > MaxChars || EdgeCount(g) > MaxEdges {
			t.Errorf("%s: %d characters, %d edges: over Mermaid's limits", v, len(out), EdgeCount(g))
		}
		if g.Collapsed == 0 || !strings.Contains(string(out), "Collapsed: ") {
			t.Errorf("%s: not collapsed, or does not say so", v)
		}
		checkSafe(t, out)
	}
}
