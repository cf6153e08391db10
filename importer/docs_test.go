package importer

import (
	"os"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
)

// TestCodesRegisteredAndDocumented checks every import code is registered
// with a title and help and has its section in docs/import.md, in order.
func TestCodesRegisteredAndDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/import.md")
	if err != nil {
		t.Fatal(err)
	}
	last := -1
	for _, code := range Codes {
		r, ok := diag.Lookup(code)
		if !ok || r.Title == "" || !strings.HasSuffix(r.Help, ".") {
			t.Errorf("%s: registered %v, rule %+v", code, ok, r)
		}
		head := "\n### `" + code + "`"
		i := strings.Index(string(doc), head)
		if i < 0 {
			t.Errorf("docs/import.md has no section %q", strings.TrimSpace(head))
			continue
		}
		if i < last {
			t.Errorf("%s: documented out of order", code)
		}
		last = i
		if r.Warning != strings.HasPrefix(string(doc[i+len(head):]), " (warning)") {
			t.Errorf("%s: the doc and the rule disagree on whether it is a warning", code)
		}
	}
}
