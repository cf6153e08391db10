package estatefixture

import (
	"bytes"
	"io"
	"path/filepath"
	"testing"

	"github.com/decomhq/decom/internal/golden"
	"github.com/decomhq/decom/render/diagram"
)

// DiagramCase is one view or filter of the fixture that every diagram
// renderer draws and keeps as a golden file named after it.
type DiagramCase struct {
	Name    string
	Options diagram.Options
}

// DiagramCases are the views, filters and collapse levels drawn from the
// fixture estate and plan by the diagram renderers' golden tests.
var DiagramCases = []DiagramCase{
	{"estate", diagram.Options{View: diagram.ViewEstate}},
	{"plan", diagram.Options{View: diagram.ViewPlan}},
	{"focus_cad", diagram.Options{Focus: "application.cad", Depth: 1}},
	{"type_application", diagram.Options{Types: []string{"application"}}},
	{"network_psn", diagram.Options{Network: "network.psn"}},
	{"tenant_south", diagram.Options{View: diagram.ViewPlan, Tenant: "tenant.south"}},
	{"estate_collapsed", diagram.Options{MaxNodes: 5}},
	{"estate_sites", diagram.Options{ForceCollapse: 2}},
	{"plan_collapsed", diagram.Options{View: diagram.ViewPlan, MaxNodes: 8}},
	{"plan_truncated", diagram.Options{View: diagram.ViewPlan, MaxNodes: 3}},
}

// CheckDiagrams draws every DiagramCase of the fixture with write, twice
// from freshly built graphs (the two must be byte-identical), calls check
// on the output when check is not nil, and compares it with the golden
// file testdata/NAME.ext (go test -update rewrites them).
func CheckDiagrams(t *testing.T, ext string, write func(io.Writer, *diagram.Graph) error, check func(t *testing.T, out []byte)) {
	for _, c := range DiagramCases {
		t.Run(c.Name, func(t *testing.T) {
			draw := func() []byte {
				g, err := diagram.Build(Estate(), Plan(), c.Options)
				if err != nil {
					t.Fatal(err)
				}
				var b bytes.Buffer
				if err := write(&b, g); err != nil {
					t.Fatal(err)
				}
				return b.Bytes()
			}
			got := draw()
			if !bytes.Equal(got, draw()) {
				t.Fatal("two drawings of the same estate differ")
			}
			if check != nil {
				check(t, got)
			}
			golden.Check(t, filepath.Join("testdata", c.Name+ext), got)
		})
	}
}
