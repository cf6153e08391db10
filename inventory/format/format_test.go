package format

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/golden"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TestGolden formats every testdata/*.in file and compares the result with
// the .golden file beside it; it also checks that formatting the output
// again changes nothing.
func TestGolden(t *testing.T) {
	ins, _ := filepath.Glob("testdata/*.in")
	if len(ins) == 0 {
		t.Fatal("no testdata/*.in files")
	}
	for _, in := range ins {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			name := strings.TrimSuffix(filepath.Base(in), ".in")
			got, diags := Source(name, src)
			if diags.HasErrors() {
				t.Fatalf("unexpected diagnostics: %v", diags)
			}
			golden.Check(t, strings.TrimSuffix(in, ".in")+".golden", got)
			again, _ := Source(name, got)
			if !bytes.Equal(again, got) {
				t.Errorf("formatting is not idempotent:\n%s", again)
			}
			if !bytes.Equal(commentsOf(t, src), commentsOf(t, got)) && !strings.HasSuffix(name, ".json") {
				t.Errorf("comments changed")
			}
		})
	}
}

func TestBrokenFileIsNotRewritten(t *testing.T) {
	out, diags := Source("bad.hcl", []byte("network \"x\" {\n  role = \n"))
	if out != nil || !diags.HasErrors() {
		t.Fatalf("got %q, %v; want nil output and errors", out, diags)
	}
	out, diags = Source("bad.hcl.json", []byte("{\n  \"network\": {,\n}"))
	if out != nil || !diags.HasErrors() {
		t.Fatalf("got %q, %v; want nil output and errors", out, diags)
	}
	if d := diags[0]; d.Subject.Start.Line != 2 || d.Subject.Start.Column != 15 {
		t.Errorf("JSON error at %d:%d, want 2:15", d.Subject.Start.Line, d.Subject.Start.Column)
	}
}

// commentsOf returns every comment token of a native HCL source, trailing
// space trimmed, one per line.
func commentsOf(t testing.TB, src []byte) []byte {
	toks, diags := hclsyntax.LexConfig(src, "x.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("lex: %v", diags)
	}
	var out []byte
	for _, tok := range toks {
		if tok.Type == hclsyntax.TokenComment {
			out = append(out, bytes.TrimRight(tok.Bytes, " \t\r\n")...)
			out = append(out, '\n')
		}
	}
	return out
}

// TestLineEndings checks that a CRLF file keeps CRLF on every line
// (comments and heredocs included), that a mixed file takes the ending of
// its first line, and that an LF file stays LF.
func TestLineEndings(t *testing.T) {
	lfIn := "# the WAN\nnetwork \"kcom\" {\nrole=\"legacy\" # legacy\n  name = <<EOT\nKCOM\nEOT\n}\n"
	lfWant := "# the WAN\nnetwork \"kcom\" {\n  role = \"legacy\" # legacy\n  name = <<EOT\nKCOM\nEOT\n}\n"
	crlfIn := strings.ReplaceAll(lfIn, "\n", "\r\n")
	crlfWant := strings.ReplaceAll(lfWant, "\n", "\r\n")
	mixed := strings.Replace(crlfIn, "\r\n", "\n", 2) // LF on lines 1 and 2
	mixedCRLFFirst := strings.Replace(lfIn, "\n", "\r\n", 1)
	jsonCRLF := "{\r\n\"network\": {\"kcom\": {\"role\": \"legacy\"}}\r\n}\r\n"
	for _, c := range []struct{ name, in, want string }{
		{"lf.hcl", lfIn, lfWant},
		{"crlf.hcl", crlfIn, crlfWant},
		{"crlf-canonical.hcl", crlfWant, crlfWant},
		{"mixed-lf-first.hcl", mixed, lfWant},
		{"mixed-crlf-first.hcl", mixedCRLFFirst, crlfWant},
		{"crlf.hcl.json", jsonCRLF, "{\r\n  \"network\": {\r\n    \"kcom\": {\r\n      \"role\": \"legacy\"\r\n    }\r\n  }\r\n}\r\n"},
	} {
		got, diags := Source(c.name, []byte(c.in))
		if diags.HasErrors() {
			t.Fatalf("%s: %v", c.name, diags)
		}
		if string(got) != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
	// A carriage return that ends no line is not a line ending: a file
	// with one is left as it is, and where it is an invalid character the
	// file is refused (CR CR LF must not become CR LF and parse).
	if out, diags := Source("cr.hcl", []byte(" a{\r\r\n}")); !diags.HasErrors() || out != nil {
		t.Errorf("a lone CR outside a comment: %q, %v", out, diags)
	}
	in := "# note\r\r\nnetwork \"kcom\" {\nrole=\"legacy\"\n}\n"
	if out, diags := Source("cr.hcl", []byte(in)); diags.HasErrors() || string(out) != in {
		t.Errorf("a lone CR in a comment: %q, %v; want the file as it is", out, diags)
	}
}
