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
// comment and every significant token, the result parses, and formatting it
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
		if !bytes.Equal(significant(src), significant(out)) {
			t.Fatalf("formatting changed the tokens:\n%q\n%q", src, out)
		}
		again, _ := Source("f.hcl", out)
		if !bytes.Equal(again, out) {
			t.Fatalf("not idempotent:\n%q\n%q", out, again)
		}
	})
}
