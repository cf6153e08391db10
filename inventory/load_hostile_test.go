package inventory

import (
	"strings"
	"testing"
)

// ldOnly loads one in-memory file and returns its diagnostics as
// "line:col code" (the checks-skipped note left out).
func ldOnly(t *testing.T, name, src string) []string {
	t.Helper()
	_, diags := LoadSources([]SourceFile{{Name: name, Bytes: []byte(src)}}, LoadOptions{Today: ldToday})
	var got []string
	for _, g := range ldGot(diags) {
		g = strings.TrimPrefix(g, name+":")
		pos, rest, _ := strings.Cut(g, ": ")
		code := rest[strings.Index(rest, "[")+1 : len(rest)-1]
		if code != "checks-skipped" {
			got = append(got, pos+" "+code)
		}
	}
	return got
}

// TestLoadRefusesCostlyExpressions loads expressions built to be expensive
// to evaluate: a template of nested for directives that doubles a string
// thirty times (a gigabyte), and three nested for expressions over
// 300-element tuples (27 million elements). Each is refused where it is
// written without being evaluated, so the test takes milliseconds.
func TestLoadRefusesCostlyExpressions(t *testing.T) {
	doubling := "x"
	for range 30 {
		doubling = `%{for i in [1, 2]}` + doubling + `%{endfor}`
	}
	tuple := "[" + strings.Repeat("1, ", 299) + "1]"
	cube := "[for a in " + tuple + " : [for b in " + tuple + " : [for c in " + tuple + " : a + b + c]]]"
	tests := []struct{ name, src, want string }{
		{"doubling template", "network \"n\" {\n  role = \"legacy\"\n  name = \"" + doubling + "\"\n}\n", "3:10 invalid-expression"},
		{"nested for", "network \"n\" {\n  role = \"legacy\"\n  name = " + cube + "\n}\n", "3:10 invalid-expression"},
		{"json template", `{"network": {"n": {"role": "legacy", "name": "` + doubling + `"}}}`, "1:46 invalid-expression"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "f.hcl"
			if strings.HasPrefix(tt.src, "{") {
				name = "f.hcl.json"
			}
			if got := ldOnly(t, name, tt.src); strings.Join(got, ";") != tt.want {
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}

// TestLoadRefusesDeepNesting loads files nested far past limits.MaxNesting,
// deep enough to overflow the parsers' stack: each is refused, at the
// first token too deep, before it is parsed.
func TestLoadRefusesDeepNesting(t *testing.T) {
	const deep = 100_000
	tests := []struct{ name, file, src, want string }{
		{"native list", "f.hcl", "network \"n\" {\n  name = " + strings.Repeat("[", deep) + strings.Repeat("]", deep) + "\n}\n", "2:73 nesting-too-deep"},
		{"JSON list", "f.hcl.json", `{"network": {"n": {"name": ` + strings.Repeat("[", deep) + strings.Repeat("]", deep) + "}}}", "1:89 nesting-too-deep"},
		{"nested blocks", "f.hcl", strings.Repeat("a {\n", 2_000_000) + strings.Repeat("}\n", 2_000_000), "65:3 nesting-too-deep"},
		{"unary chain", "f.hcl", "network \"n\" {\n  name = " + strings.Repeat("!", deep) + "true\n}\n", "2:73 nesting-too-deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ldOnly(t, tt.file, tt.src); strings.Join(got, ";") != tt.want {
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}

// TestLoadInPiecesMatchesWhole loads native files parsed in pieces of a
// few bytes (every top-level line start) and whole: the model, ranges
// included, and the diagnostics are the same.
func TestLoadInPiecesMatchesWhole(t *testing.T) {
	defer func(n int) { pieceBytes = n }(pieceBytes)
	for _, dir := range []string{"../examples/kcom", "testdata/load/valid/full", "testdata/load/invalid/types"} {
		pieceBytes = 1 << 30
		whole, wd := Load([]string{dir}, LoadOptions{Today: ldToday})
		pieceBytes = 1
		pieces, pd := Load([]string{dir}, LoadOptions{Today: ldToday})
		if got, want := ldDump(pieces, true), ldDump(whole, true); got != want {
			t.Errorf("%s: model loaded in pieces differs:\n%s\nwhole:\n%s", dir, got, want)
		}
		if got, want := ldDiagText(pd), ldDiagText(wd); got != want {
			t.Errorf("%s: diagnostics in pieces:\n%s\nwhole:\n%s", dir, got, want)
		}
	}
	// A syntax error in a later piece: the file is not decoded at all.
	src := "network \"a\" {\n  role = \"legacy\"\n  rol = 1\n}\n\nnetwork \"b\" {\n  role = \"legacy\" \"x\"\n}\n"
	m, diags := LoadSources([]SourceFile{{Name: "f.hcl", Bytes: []byte(src)}}, LoadOptions{Today: ldToday})
	if got := strings.Join(ldGot(diags), ";"); got != "f.hcl:1:1: warning[checks-skipped];f.hcl:7:19: error[syntax]" || len(m.Networks) != 0 {
		t.Errorf("got %s and %d networks", got, len(m.Networks))
	}
}

// TestLoadAcceptsBOM loads files that start with a UTF-8 byte order mark,
// in both syntaxes: the same model and the same diagnostics, at the same
// lines and columns (a BOM takes none), as without it.
func TestLoadAcceptsBOM(t *testing.T) {
	const bom = "\xef\xbb\xbf"
	for name, src := range map[string]string{
		"f.hcl":      "network \"kcom\" {\n  role = \"legacy\"\n  rol  = 1\n}\n",
		"f.hcl.json": `{"network": {"kcom": {"role": "legacy", "rol": 1}}}`,
	} {
		plain, pd := LoadSources([]SourceFile{{Name: name, Bytes: []byte(src)}}, LoadOptions{Today: ldToday})
		marked, md := LoadSources([]SourceFile{{Name: name, Bytes: []byte(bom + src)}}, LoadOptions{Today: ldToday})
		if got, want := ldValues(marked), ldValues(plain); got != want || len(marked.Networks) != 1 {
			t.Errorf("%s: with a BOM:\n%s\nwithout:\n%s", name, got, want)
		}
		if got, want := strings.Join(ldGot(md), ";"), strings.Join(ldGot(pd), ";"); got != want || !strings.Contains(got, "error[unknown-attribute]") {
			t.Errorf("%s: diagnostics with a BOM %s, without %s", name, got, want)
		}
		if md[0].Subject.Start.Byte != pd[0].Subject.Start.Byte+3 {
			t.Errorf("%s: byte offsets %d and %d", name, md[0].Subject.Start.Byte, pd[0].Subject.Start.Byte)
		}
	}
	// A file of a BOM and blanks is empty.
	_, diags := LoadSources([]SourceFile{{Name: "e.hcl.json", Bytes: []byte(bom + "\n")}}, LoadOptions{Today: ldToday})
	if got := strings.Join(ldGot(diags), ";"); got != "e.hcl.json:1:1: warning[empty-file]" {
		t.Errorf("BOM only: %s", got)
	}
}
