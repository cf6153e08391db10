package planner_test

import (
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// mustPlan plans m and fails the test on an error.
func mustPlan(t testing.TB, m *inventory.Model, o planner.Options) *planner.Plan {
	t.Helper()
	p, err := planner.Build(m, o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
