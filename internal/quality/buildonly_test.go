//go:build quality

package quality

import (
	"strconv"
	"strings"
	"testing"

	"github.com/decomhq/decom/planner"
)

// TestBuildOnly plans the benchmark's estates with Build alone (no CBC)
// and prints each plan's waves, breaches, days late and breach bound, with
// totals: a quick check while working on the scheduler, to compare with a
// table of TestQuality.
func TestBuildOnly(t *testing.T) {
	var tb, tl int
	for i, f := range strings.Split(*sizes, ",") {
		apps, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			t.Fatal(err)
		}
		seed := *seed0 + uint64(i)
		e, _ := generate(seed, apps)
		p, err := planner.Build(e.Model, planner.Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, l := measure(p)
		tb, tl = tb+b, tl+l
		t.Logf("seed %d, %d apps: %d waves (bound %d), %d breaches (bound %d), %d days late", seed, apps, len(p.Waves), p.LowerBound.Waves, b, p.LowerBound.Breaches, l)
	}
	t.Logf("total: %d breaches, %d days late", tb, tl)
}
