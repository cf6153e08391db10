package mermaid

import (
	"regexp"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/estatefixture"
)

// TestGolden compares each view with testdata/NAME.mmd; go test -update
// rewrites them. scripts/mermaid-check renders the same files in a browser.
func TestGolden(t *testing.T) {
	estatefixture.CheckDiagrams(t, ".mmd", Write, checkSafe)
}

var (
	frontLine = regexp.MustCompile(`^(---|title: "([^"\\]|\\["\\])*"|config:|  flowchart:|    wrappingWidth: \d+)$`)
	nodeLine  = regexp.MustCompile(`^\s*(n\d+|l\d+)(\[\[|\[\(|\(\[|\{\{|\[/|\[|\(|\{|>)"[^"]*"(\]\]|\)\]|\]\)|\}\}|\\\]|/\]|\]|\)|\})(:::title)?$`)
	subLine   = regexp.MustCompile(`^\s*subgraph (c\d+|legend)\["[^"]*"\]$`)
	edgeLine  = regexp.MustCompile(`^\s*n\d+ (-->|-\.->|--o|===|==>|~~~)(\|"[^"|]*"\|)? n\d+$`)
	styleLine = regexp.MustCompile(`^\s*(end|flowchart LR|classDef \w+ [^"]+|class [nl\d,]+ s\d+|style (c\d+|legend) [^"]+|linkStyle [\d,]+ [^"]+)$`)
)

// checkSafe asserts that every line is one of the forms the renderer
// writes, so no label text escaped its quotes.
func checkSafe(t *testing.T, src []byte) {
	t.Helper()
	for i, l := range strings.Split(strings.TrimSuffix(string(src), "\n"), "\n") {
		if !frontLine.MatchString(l) && !nodeLine.MatchString(l) && !subLine.MatchString(l) && !edgeLine.MatchString(l) && !styleLine.MatchString(l) {
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
