package format

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// FuzzSource checks, for any input that parses: formatting keeps every
// comment (compared on its own, with commentsOf, not only through the
// significance check Source itself relies on) and every significant token,
// keeps the file's line endings, the result parses, and formatting it
// again changes nothing. Input that does not parse must come back as nil
// with errors. It is seeded with the example estate and the golden inputs.
func FuzzSource(f *testing.F) {
	seeds, _ := filepath.Glob("../../examples/*/*.hcl")
	more, _ := filepath.Glob("testdata/*.in")
	for _, p := range append(seeds, more...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("a = 1 # c\n"))
	f.Add([]byte("# crlf\r\nb {\r\nx=1 /* two\r\nlines */\r\n}\r\n"))
	f.Add([]byte("a=1\n# then crlf\r\nb=2\r\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		out, diags := Source("f.hcl", src)
		if diags.HasErrors() {
			if out != nil {
				t.Fatalf("broken input produced output")
			}
			return
		}
		if _, d := hclsyntax.ParseConfig(out, "f.hcl", hcl.InitialPos); d.HasErrors() {
			t.Fatalf("formatted output does not parse: %v\n%s", d, out)
		}
		lfSrc, lfOut := bytes.ReplaceAll(src, crlf, lf), bytes.ReplaceAll(out, crlf, lf)
		if got, want := commentsOf(t, lfOut), commentsOf(t, lfSrc); !bytes.Equal(got, want) {
			t.Fatalf("formatting changed the comments:\n%q\n%q", want, got)
		}
		if !bytes.Equal(significant(lfSrc), significant(lfOut)) {
			t.Fatalf("formatting changed the tokens:\n%q\n%q", src, out)
		}
		switch {
		case bytes.Equal(out, src):
			// Left as it is (or already laid out): its endings are its own.
		case usesCRLF(src):
			if bytes.Count(out, lf) != bytes.Count(out, crlf) {
				t.Fatalf("a CRLF file came out with LF endings:\n%q", out)
			}
		case bytes.Contains(out, crlf):
			t.Fatalf("an LF file came out with CRLF endings:\n%q", out)
		}
		again, _ := Source("f.hcl", out)
		if !bytes.Equal(again, out) {
			t.Fatalf("not idempotent:\n%q\n%q", out, again)
		}
	})
}
