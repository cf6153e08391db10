package diagnostics

import (
	"github.com/decomhq/decom/render/printable"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

func TestUTF16Column(t *testing.T) {
	src := newSources(map[string][]byte{"a.hcl": []byte("x = 1\r\nname = \"🚓 é\" # x\n")})
	cases := []struct {
		pos  hcl.Pos
		want int
	}{
		{hcl.Pos{Line: 2, Column: 8, Byte: 14}, 8},    // the opening quote
		{hcl.Pos{Line: 2, Column: 10, Byte: 19}, 11},  // after the car: two UTF-16 units
		{hcl.Pos{Line: 2, Column: 10, Byte: 999}, 11}, // a byte off the line: counted from the column
		{hcl.Pos{Line: 9, Column: 4, Byte: 0}, 4},     // a line the file lacks: HCL's column
	}
	for _, c := range cases {
		if got := src.utf16Column("a.hcl", c.pos); got != c.want {
			t.Errorf("utf16Column(%+v) = %d, want %d", c.pos, got, c.want)
		}
	}
	if got := src.utf16Column("b.hcl", hcl.Pos{Line: 1, Column: 3}); got != 3 {
		t.Errorf("unknown file: got %d, want 3", got)
	}
}

func TestLineAndPrintable(t *testing.T) {
	src := newSources(map[string][]byte{"a.hcl": []byte("one\r\ntwo\n\x1b[31mred\xff\n"), "empty.hcl": nil})
	for n, want := range map[int]string{1: "one", 2: "two", 3: "\uFFFD[31mred\uFFFD", 4: ""} {
		text, _, ok := src.line("a.hcl", n)
		if !ok || printable.String(string(text)) != want {
			t.Errorf("line %d = %q, %v; want %q", n, printable.String(string(text)), ok, want)
		}
	}
	for _, n := range []int{0, 5} {
		if _, _, ok := src.line("a.hcl", n); ok {
			t.Errorf("line %d should not exist", n)
		}
	}
	if _, _, ok := src.line("empty.hcl", 1); ok {
		t.Error("an empty file has no line to show")
	}
}
