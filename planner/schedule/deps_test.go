package schedule

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoEstateDependencies: the scheduler knows nothing of estates. It
// imports no decom package and nothing of HCL or cty, only the standard
// library.
func TestNoEstateDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, p := range strings.Fields(string(out)) {
		if p != "github.com/decomhq/decom/planner/schedule" {
			t.Errorf("planner/schedule depends on %s", p)
		}
	}
}
