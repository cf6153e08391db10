package limits

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/json"
)

// at renders where a diagnostic points, or "ok" for nil.
func at(d *hcl.Diagnostic) string {
	if d == nil {
		return "ok"
	}
	return fmt.Sprintf("%d:%d %s", d.Subject.Start.Line, d.Subject.Start.Column, diag.Code(d))
}

// nest wraps inner in n copies of open and close.
func nest(n int, open, inner, close string) string {
	return strings.Repeat(open, n) + inner + strings.Repeat(close, n)
}

var nativeValid = "network \"kcom\" {\n  role = \"legacy\"\n  ports = -1\n}\n" +
	"plan {\n  freeze \"xmas\" {\n    from = \"2019-12-20\"\n  }\n}\n" +
	"application \"a\" {\n  depends_on = [application.b, application.c]\n}\n"

// nativeCases are the nesting cases of the native syntax, shared with the
// fuzz target that checks the byte scanner against the tokens.
var nativeCases = []struct {
	name, src, want string
}{
	{"valid inventory", nativeValid, "ok"},
	{"64 brackets", "x = " + nest(MaxNesting, "[", "1", "]") + "\n", "ok"},
	// The 65th bracket is the first too deep: column 5 + 64.
	{"65 brackets", "x = " + nest(MaxNesting+1, "[", "1", "]") + "\n", "1:69 nesting-too-deep"},
	{"100,000 brackets", "x = " + nest(100000, "[", "", "]") + "\n", "1:69 nesting-too-deep"},
	{"nested blocks", nest(MaxNesting+1, "a {\n", "", "}\n"), "65:3 nesting-too-deep"},
	{"parentheses", "x = " + nest(MaxNesting+1, "(", "1", ")"), "1:69 nesting-too-deep"},
	{"templates", "x = " + nest(MaxNesting, `"${`, "1", `}"`), "1:101 nesting-too-deep"},
	{"unary chain", "x = " + strings.Repeat("-", MaxNesting+1) + "1\n", "1:69 nesting-too-deep"},
	{"not chain", "x = " + strings.Repeat("!", MaxNesting+1) + "true\n", "1:69 nesting-too-deep"},
	{"conditional chain", "x = " + strings.Repeat("a ? b : ", MaxNesting+1) + "c\n", "1:519 nesting-too-deep"},
	// Inside brackets a newline does not end the expression.
	{"unary chain over lines", "x = [\n" + strings.Repeat("-\n", MaxNesting+1) + "1]\n", "65:1 nesting-too-deep"},
	{"template if", "x = \"" + nest(MaxNesting, "%{if true}", "", "%{endif}") + "\"\n", "1:626 nesting-too-deep"},
	// Each line's unary minus and each list element start again.
	{"many negative values", strings.Repeat("x = -1\n", 1000), "ok"},
	{"long list", "x = [" + strings.Repeat("-1, ", 1000) + "]\n", "ok"},
	{"binary chain", "x = " + strings.Repeat("1 - ", 1000) + "1\n", "ok"},
	// A stray closer does not close an opener of another kind.
	{"stray closers", "x = " + strings.Repeat("[}", MaxNesting+1) + "\n", "1:133 nesting-too-deep"},
	{"comments and strings do not nest", "# [[[[\nx = \"[[[[\" // [[[\n/* [[[[\n]] */\n", "ok"},
	{"heredoc", "x = <<EOT\n[[[[${" + nest(MaxNesting, "[", "", "]") + "}\nEOT\n", "2:69 nesting-too-deep"},
}

func TestNestingNative(t *testing.T) {
	for _, tt := range nativeCases {
		t.Run(tt.name, func(t *testing.T) {
			if got := at(Nesting("f.hcl", []byte(tt.src))); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
			agree(t, []byte(tt.src))
		})
	}
}

func TestNestingJSON(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"valid", `{"network": {"kcom": {"role": "legacy"}}, "device": {"a": {"uplink": ["device.b"]}}}`, "ok"},
		{"64 deep", nest(MaxNesting, "[", "", "]"), "ok"},
		{"65 deep", nest(MaxNesting+1, "[", "", "]"), "1:65 nesting-too-deep"},
		{"100,000 deep", nest(100000, "[", "", "]"), "1:65 nesting-too-deep"},
		{"objects", nest(MaxNesting+1, `{"a":`, "1", "}"), "1:321 nesting-too-deep"},
		// Brackets in strings, escaped quotes included, do not count.
		{"strings", `{"a": "` + strings.Repeat(`[\"{`, 100) + `"}`, "ok"},
		{"lines", "{\n" + nest(MaxNesting, "[\n", "", "]\n") + "}", "65:1 nesting-too-deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := at(Nesting("f.hcl.json", []byte(tt.src))); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestNestingCoversTheParsers checks the promise Nesting makes: whatever
// it lets through, the parsers take without a deep recursion. Inputs at
// the limit parse (or fail to) in one piece.
func TestNestingCoversTheParsers(t *testing.T) {
	for _, src := range []string{
		"x = " + nest(MaxNesting, "[", "1", "]") + "\n",
		"x = " + strings.Repeat("-", MaxNesting) + "1\n",
		nest(MaxNesting, "a {\n", "", "}\n"),
	} {
		if d := Nesting("f.hcl", []byte(src)); d != nil {
			t.Fatalf("refused at the limit: %s", d)
		}
		hclsyntax.ParseConfig([]byte(src), "f.hcl", hcl.InitialPos)
	}
	src := nest(MaxNesting, "[", "", "]")
	if d := Nesting("f.hcl.json", []byte(src)); d != nil {
		t.Fatalf("refused at the limit: %s", d)
	}
	json.Parse([]byte(src), "f.hcl.json")
}

func TestByteRange(t *testing.T) {
	src := []byte("ab\nçd\xffe")
	for _, c := range []struct {
		i    int
		want string
	}{{0, "1:1"}, {3, "2:1"}, {5, "2:2"}, {6, "2:3"}, {7, "2:4"}} {
		r := ByteRange("f", src, c.i)
		if got := fmt.Sprintf("%d:%d", r.Start.Line, r.Start.Column); got != c.want || r.Start.Byte != c.i || r.End.Byte != c.i+1 {
			t.Errorf("ByteRange(%d) = %s (byte %d), want %s", c.i, got, r.Start.Byte, c.want)
		}
	}
}
