package format

import (
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
