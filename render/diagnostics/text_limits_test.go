package diagnostics

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// at is a range of src on its only line, from byte from to byte to.
func at(file string, from, to int) hcl.Range {
	return hcl.Range{Filename: file,
		Start: hcl.Pos{Line: 1, Column: from + 1, Byte: from},
		End:   hcl.Pos{Line: 1, Column: to + 1, Byte: to}}
}

func textOf(t *testing.T, r *Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := Text(&b, Input{Report: r}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestTextClipsLongLines checks a long line is shown as a window around
// the range, cut with "…" on each side, the carets under the range.
func TestTextClipsLongLines(t *testing.T) {
	src := strings.Repeat("a", 200) + "WRONG" + strings.Repeat("b", 300)
	d := diag.Error("unknown-attribute", "Unknown attribute", "", at("f.hcl.json", 200, 205))
	got := textOf(t, NewReport(hcl.Diagnostics{d}, map[string][]byte{"f.hcl.json": []byte(src)}, 1, 0))
	want := "f.hcl.json:1:201: error[unknown-attribute]: Unknown attribute\n\n" +
		"  1 | …" + strings.Repeat("a", 40) + "WRONG" + strings.Repeat("b", 75) + "…\n" +
		"    |  " + strings.Repeat(" ", 40) + "^^^^^\n\n" +
		"1 error, 0 warnings in 1 file\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// At the start and the end of a line, the window is cut on one side.
	for _, c := range []struct {
		from int
		line string
	}{
		{0, "  1 | " + strings.Repeat("a", 120) + "…"},
		{500, "  1 | …" + src[385:]},
	} {
		d := diag.Error("x", "X", "", at("f", c.from, c.from))
		got := textOf(t, NewReport(hcl.Diagnostics{d}, map[string][]byte{"f": []byte(src + "\n")}, 1, 0))
		if !strings.Contains(got, "\n"+c.line+"\n") {
			t.Errorf("range at %d: want line %q in\n%s", c.from, c.line, got)
		}
	}
}

// TestTextBoundedOnMinifiedJSON renders 2,000 diagnostics on one line of
// 507 KB, as misspelt attributes in a minified .hcl.json give: the output
// stays small (100 diagnostics with a window each, and one line for the
// rest) instead of quoting the line 2,000 times (a gigabyte).
func TestTextBoundedOnMinifiedJSON(t *testing.T) {
	var src strings.Builder
	var diags hcl.Diagnostics
	src.WriteString(`{"network": {`)
	for i := range 2000 {
		from := src.Len() + 1
		fmt.Fprintf(&src, `"n%04d": {"rol": "legacy", "name": "%s"}, `, i, strings.Repeat("x", 215))
		diags = append(diags, diag.Error("unknown-attribute", `Unknown attribute "rol"`, `Did you mean "role"?`,
			at("big.hcl.json", from+10, from+15)))
	}
	src.WriteString("}}")
	if src.Len() < 500_000 {
		t.Fatalf("fixture is %d bytes", src.Len())
	}
	got := textOf(t, NewReport(diags, map[string][]byte{"big.hcl.json": []byte(src.String())}, 1, 0))
	if len(got) > 100*500 {
		t.Errorf("output is %d bytes for 2,000 diagnostics", len(got))
	}
	if n := strings.Count(got, "error[unknown-attribute]"); n != maxPerFile {
		t.Errorf("%d diagnostics shown, want %d", n, maxPerFile)
	}
	if !strings.Contains(got, "\nbig.hcl.json: 1900 more diagnostics not shown; the text format shows the first 100 of each file, -o json lists them all.\n") {
		t.Errorf("no line for the diagnostics not shown:\n%s", got[len(got)-400:])
	}
	if !strings.HasSuffix(got, "2000 errors, 0 warnings in 1 file\n") {
		t.Errorf("the summary counts every diagnostic: %s", got[len(got)-100:])
	}
}
