package mermaid

import (
	"regexp"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/estatefixture"
	"github.com/decomhq/decom/render/diagram"
)

// TestGolden compares each view with testdata/NAME.mmd; go test -update
// rewrites them. scripts/mermaid-check renders the same files in a browser.
func TestGolden(t *testing.T) {
	estatefixture.CheckDiagrams(t, ".mmd", Write, checkSafe)
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
	m, p := estatefixture.Large(10000)
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
