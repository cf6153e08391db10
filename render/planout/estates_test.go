package planout

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/decomhq/decom/internal/golden"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/planner"
	"github.com/hashicorp/hcl/v2"
)

// estateDirs are the estates whose plans have golden files, relative to
// the repository's root: one small estate per planner rule, and the
// worked example.
func estateDirs(t *testing.T) map[string]string {
	t.Helper()
	dirs := map[string]string{"kcom": filepath.Join("examples", "kcom")}
	root := filepath.Join("planner", "testdata", "estates")
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			dirs[e.Name()] = filepath.Join(root, e.Name())
		}
	}
	return dirs
}

// planEstate loads, checks and plans dir the way `decom plan` does: errors
// that only block part of the plan (diag.Rule.PlanBlocker) are allowed,
// any other error fails the test.
func planEstate(t *testing.T, dir string) Input {
	t.Helper()
	m, diags := inventory.Load([]string{dir}, inventory.LoadOptions{Today: day("2026-01-01")})
	if !diags.HasErrors() {
		diags = append(diags, inventory.Check(m)...)
	}
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		if r, ok := diag.Lookup(diag.Code(d)); !ok || !r.PlanBlocker {
			t.Fatalf("%s does not validate: %s: %s: %s", dir, d.Subject, d.Summary, d.Detail)
		}
	}
	// File names are already relative to the working directory; with no
	// WorkDir, SARIF leaves out the machine's path (originalUriBaseIds).
	in := Input{Plan: mustPlan(t, m, planner.Options{}), Model: m}
	if m.Estate != nil {
		in.Estate, in.AsOf = m.Estate.Name, m.Estate.AsOf
	}
	return in
}

// TestEstateGolden renders the plan of every estate in every format and
// compares it with plan.EXT beside the rule estate's estate.hcl
// (planner/testdata/estates/NAME), or testdata/estates/kcom for the
// example; -update rewrites them.
// Planning twice must give the same bytes. It runs from the repository's
// root, so file names in the output read as a user there would see them.
func TestEstateGolden(t *testing.T) {
	here, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join("..", ".."))
	for name, dir := range estateDirs(t) {
		t.Run(name, func(t *testing.T) {
			goldenDir := filepath.Join(here, "..", "..", dir) // beside the estate
			if name == "kcom" {
				goldenDir = filepath.Join(here, "testdata", "estates", "kcom")
			}
			in := planEstate(t, dir)
			again := planEstate(t, dir)
			for _, f := range Formats.Names() {
				got := render(t, f, in)
				golden.Check(t, filepath.Join(goldenDir, "plan."+ext[f]), got)
				if !bytes.Equal(got, render(t, f, again)) {
					t.Errorf("%s: planning twice gives different %s", name, f)
				}
			}
		})
	}
}

// mustPlan plans m and fails the test on an error.
func mustPlan(t testing.TB, m *inventory.Model, o planner.Options) *planner.Plan {
	t.Helper()
	p, err := planner.Build(m, o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
