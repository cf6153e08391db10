package format

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/limits"
)

// TestSourceRefusesDeepNesting checks fmt measures nesting before it
// parses, as the loader does: a list 100,000 deep is refused, unchanged,
// with the loader's diagnostic, in both syntaxes.
func TestSourceRefusesDeepNesting(t *testing.T) {
	deep := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	for name, src := range map[string]string{
		"f.hcl":      "network \"n\" {\n  name = " + deep + "\n}\n",
		"f.hcl.json": `{"network": {"n": {"name": ` + deep + "}}}",
	} {
		out, diags := Source(name, []byte(src))
		if out != nil || len(diags) != 1 || diag.Code(diags[0]) != limits.CodeNestingTooDeep {
			t.Errorf("%s: got %d bytes and %v, want the file refused as too deep", name, len(out), diags)
		}
	}
}

// TestSourceInPiecesMatchesWhole lays out a large messy file in pieces of
// a few kilobytes and whole, and expects the same bytes: pieces are cut
// only after a top-level block's closing line, where hclwrite's alignment
// cannot reach.
func TestSourceInPiecesMatchesWhole(t *testing.T) {
	var b strings.Builder
	for i := range 400 {
		fmt.Fprintf(&b, "device \"d%d\" {\nnetwork=network.kcom # where\n  kind   =  \"switch\"\n    ports = %d\n  nested {\n a = 1\n  bb = 2\n}\n}\n", i, i)
		switch i % 4 {
		case 0:
			b.WriteString("\n# a comment between blocks\n")
		case 1:
			fmt.Fprintf(&b, "x%d = 1\nyy%d  = 2\n", i, i) // top-level attributes align across lines
		case 2:
			fmt.Fprintf(&b, "z%d = <<EOT\n}\n  }\nEOT\n", i)
		}
	}
	src := []byte(b.String())
	defer func(n int) { pieceBytes = n }(pieceBytes)
	pieceBytes = 1 << 30
	whole, wd := Source("f.hcl", src)
	pieceBytes = 2048
	if got := len(pieces(src, mustCuts(t, src))); got < 10 {
		t.Fatalf("only %d pieces", got)
	}
	inPieces, pd := Source("f.hcl", src)
	if wd.HasErrors() || pd.HasErrors() {
		t.Fatalf("diagnostics: %v %v", wd, pd)
	}
	if !bytes.Equal(whole, inPieces) {
		t.Errorf("laid out in pieces differs from whole")
	}
}

func mustCuts(t *testing.T, src []byte) []int {
	cuts, d := limits.Split("f.hcl", src, pieceBytes)
	if d != nil {
		t.Fatal(d)
	}
	return cuts
}

// TestSourceKeepsBOM lays out files that start with a byte order mark:
// the mark is kept, the rest laid out as without it, in both syntaxes.
func TestSourceKeepsBOM(t *testing.T) {
	const bom = "\xef\xbb\xbf"
	for name, src := range map[string]string{
		"f.hcl":      "network \"kcom\" {\nrole=\"legacy\"\n}\n",
		"f.hcl.json": `{"network": {"kcom": {"role": "legacy"}}}`,
	} {
		want, wd := Source(name, []byte(src))
		got, gd := Source(name, []byte(bom+src))
		if wd.HasErrors() || gd.HasErrors() || string(got) != bom+string(want) {
			t.Errorf("%s: got %q (%v), want the BOM and %q", name, got, gd, want)
		}
		if again, _ := Source(name, got); !bytes.Equal(again, got) {
			t.Errorf("%s: laying out again changed %q to %q", name, got, again)
		}
	}
	// A JSON error after a BOM is placed as without it.
	_, d := Source("f.hcl.json", []byte(bom+`{"a": }`))
	if len(d) != 1 || d[0].Subject.Start.Column != 7 || d[0].Subject.Start.Byte != 9 {
		t.Errorf("error after a BOM at %v", d)
	}
}
