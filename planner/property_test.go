package planner_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"runtime"
	"sort"
	"testing"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/internal/plancheck"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

var (
	propSeeds = flag.Int("prop.seeds", 300, "number of random estates the property tests plan")
	propFirst = flag.Uint64("prop.first", 1, "first seed of the property tests")
)

// propertySize spreads estate sizes over 5..300 applications.
func propertySize(seed uint64) int { return 5 + int(seed*37%296) }

// overrides gives every fifth seed what-if overrides, as the CLI flags do.
func overrides(seed uint64) planner.Options {
	if seed%5 != 0 {
		return planner.Options{}
	}
	soak, changes := int(seed/5%3), 3+int(seed%17)
	return planner.Options{SoakWaves: &soak, MaxChanges: &changes}
}

// report formats the first violations for a failure message.
func report(vs []plancheck.Violation) string {
	var b bytes.Buffer
	for i, v := range vs {
		if i == 15 {
			fmt.Fprintf(&b, "  ... and %d more\n", len(vs)-i)
			break
		}
		fmt.Fprintf(&b, "  %s\n", v)
	}
	return b.String()
}

// TestPropertyValid plans hundreds of random estates and checks each plan
// with the independent checker. A failure names the seed and size; rerun
// one with -prop.first=SEED -prop.seeds=1.
func TestPropertyValid(t *testing.T) {
	n := *propSeeds
	if testing.Short() {
		n = min(n, 40)
	}
	for seed := *propFirst; seed < *propFirst+uint64(n); seed++ {
		cfg := estategen.Random(seed, propertySize(seed))
		e := estategen.Generate(cfg)
		o := overrides(seed)
		p := mustPlan(t, e.Model, o)
		vs := plancheck.CheckWith(e.Model, p, o)
		if len(vs) == 0 && seed%10 == 0 {
			// The JSON form too, as `decom plan -o json` prints it.
			vs = plancheck.CheckJSON(e.Model, planJSON(t, p), o)
		}
		if len(vs) > 0 {
			t.Errorf("seed %d (%d apps, %d actions, options %s): %d violations:\n%s",
				seed, cfg.Apps, planned(p), optString(o), len(vs), report(vs))
		}
	}
}

func planned(p *planner.Plan) int {
	n := len(p.Blockers)
	for _, w := range p.Waves {
		n += len(w.Actions)
	}
	return n
}

func optString(o planner.Options) string {
	if o.SoakWaves == nil {
		return "none"
	}
	return fmt.Sprintf("soak=%d max_changes=%d", *o.SoakWaves, *o.MaxChanges)
}

// TestPropertyDeterministic builds each estate twice, once with
// GOMAXPROCS=1 and once with the machine's, and wants identical JSON.
func TestPropertyDeterministic(t *testing.T) {
	n := *propSeeds / 10
	if testing.Short() {
		n = min(n, 5)
	}
	procs := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(procs)
	for seed := *propFirst; seed < *propFirst+uint64(n); seed++ {
		e := estategen.Generate(estategen.Random(seed*7919, propertySize(seed*13)))
		runtime.GOMAXPROCS(1)
		a := planJSON(t, mustPlan(t, e.Model, planner.Options{}))
		runtime.GOMAXPROCS(max(2, procs))
		b := planJSON(t, mustPlan(t, e.Model, planner.Options{}))
		c := planJSON(t, mustPlan(t, e.Model, planner.Options{}))
		if !bytes.Equal(a, b) || !bytes.Equal(b, c) {
			t.Errorf("seed %d: plans differ between builds", seed*7919)
		}
	}
}

func planJSON(t *testing.T, p *planner.Plan) []byte {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPropertyFromHCL renders random estates as HCL files, loads them
// back with the inventory loader and plans the loaded model, as
// `decom plan DIR` does: the checker must find nothing.
func TestPropertyFromHCL(t *testing.T) {
	n := max(1, *propSeeds/25)
	for seed := *propFirst; seed < *propFirst+uint64(n); seed++ {
		e := estategen.Generate(estategen.Random(seed*31, propertySize(seed*31)))
		files := e.Files(4)
		names := make([]string, 0, len(files))
		for k := range files {
			names = append(names, k)
		}
		sort.Strings(names)
		srcs := make([]inventory.SourceFile, len(names))
		for i, k := range names {
			srcs[i] = inventory.SourceFile{Name: k, Bytes: files[k]}
		}
		m, ds := inventory.LoadSources(srcs, inventory.LoadOptions{Today: estategen.Start})
		if ds.HasErrors() {
			t.Fatalf("seed %d: load: %v", seed*31, ds.Errs())
		}
		if vs := plancheck.Check(m, mustPlan(t, m, planner.Options{})); len(vs) > 0 {
			t.Errorf("seed %d: %d violations:\n%s", seed*31, len(vs), report(vs))
		}
	}
}
