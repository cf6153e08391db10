package inventory

import (
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
)

// TestDidYouMean checks each kind of "did you mean" the loader offers, in
// the detail of the diagnostic it belongs to: a misspelt block type,
// attribute, enum value, reference type and referenced name, and the
// right article before a block type.
func TestDidYouMean(t *testing.T) {
	const net = "network \"kcom\" {\n  role = \"legacy\"\n}\n"
	tests := []struct {
		name, src, code, want string
	}{
		{"block type", "netwrok \"x\" {\n}\n", "unknown-block", `There is no "netwrok" block at the top level. Did you mean "network"?`},
		{"nested block", net + "plan {\n  freze \"x\" {\n  }\n}\n", "unknown-block", `Did you mean "freeze"?`},
		{"block in the wrong place", net + "freeze \"x\" {\n}\n", "unknown-block", `A freeze block goes inside the plan block.`},
		{"attribute", "network \"x\" {\n  rol = \"legacy\"\n}\n", "unknown-attribute", `A network block has no attribute "rol". Did you mean "role"?`},
		{"article", net + "application \"a\" {\n  network = network.kcom\n  hosted = []\n}\n", "unknown-attribute", `An application block has no attribute "hosted".`},
		{"article, endpoints", net + "endpoints \"e\" {\n  count = 1\n  cuont = 1\n}\n", "unknown-attribute", `An endpoints block has no attribute "cuont". Did you mean "count"?`},
		{"enum value", "network \"x\" {\n  role = \"legcy\"\n}\n", "unknown-enum-value", `Did you mean "legacy"?`},
		{"reference type", net + "device \"d\" {\n  network = netwerk.kcom\n}\n", "invalid-reference", `Did you mean network.kcom?`},
		{"referenced name", net + "device \"d\" {\n  network = network.kcmo\n}\n", "dangling-reference", `Did you mean network.kcom?`},
		{"nothing close", "network \"x\" {\n  colour = 1\n  role = \"target\"\n}\n", "unknown-attribute", `Its attributes are: name, `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := LoadSources([]SourceFile{{Name: "f.hcl", Bytes: []byte(tt.src)}}, LoadOptions{Today: ldToday})
			for _, d := range diags {
				if strings.Contains(d.Detail, tt.want) && diag.Code(d) == tt.code {
					return
				}
			}
			t.Errorf("no %s diagnostic saying %q:\n%s", tt.code, tt.want, ldDiagText(diags))
		})
	}
}
