//go:build quality

package quality

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/internal/plancheck"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

var (
	sizes = flag.String("quality.sizes", defaultSizes(), "application counts of the estates, one estate each")
	seed0 = flag.Uint64("quality.seed", 1, "seed of the first estate; each next estate takes the next seed")
	limit = flag.Duration("quality.limit", 120*time.Second, "CBC time limit per solve")
	out   = flag.String("quality.out", "", "write the Markdown table to this file too")
)

// defaultSizes is 40 application counts from 30 to 1,000, evenly spread on
// a log scale.
func defaultSizes() string {
	out := make([]string, 40)
	for i := range out {
		out[i] = strconv.Itoa(int(math.Round(30 * math.Pow(1000.0/30, float64(i)/39))))
	}
	return strings.Join(out, ",")
}

// config varies the realistic configuration by seed: soak 0 to 2, and
// every third estate denser in cycles and links.
func config(seed uint64, apps int) estategen.Config {
	c := estategen.Realistic(seed, apps)
	c.Soak = int(seed % 3)
	if seed%3 == 0 {
		c.Cycles, c.Links, c.DepDensity = 0.08, 0.6, 2
	}
	return c
}

// TestQuality plans each estate with Build, solves the same estate exactly
// with CBC (fewest waves, then fewest breaches and days late at that wave
// count) and prints a Markdown table comparing them.
func TestQuality(t *testing.T) {
	if _, err := os.Stat("/usr/bin/cbc"); err != nil {
		t.Fatal("cbc not installed: run internal/quality/run.sh, which installs coinor-cbc")
	}
	var rows []string
	rows = append(rows,
		"| seed | apps | actions (blocked) | soak | Build waves | lower bound | ILP waves | Build breaches / days late | breach bound | ILP breaches / days late | at optimum | ILP seconds |",
		"|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|---:|")
	var sum tally
	for i, f := range strings.Split(*sizes, ",") {
		apps, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			t.Fatal(err)
		}
		seed := *seed0 + uint64(i)
		row, err := compare(t, seed, apps, &sum)
		if err != nil {
			t.Errorf("seed %d, %d apps: %v", seed, apps, err)
			continue
		}
		rows = append(rows, row)
		t.Log(row)
	}
	table := strings.Join(rows, "\n") + "\n\n" + sum.String() + "\n"
	fmt.Print(table)
	if *out != "" {
		if err := os.WriteFile(*out, []byte(table), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// generate builds the estate of one row. The generator's effort limit is
// drawn for property tests; here it is set so that effort alone needs 5
// to 8 waves, which keeps the time-indexed ILP to a size CBC solves.
func generate(seed uint64, apps int) (*estategen.Estate, estategen.Config) {
	cfg := config(seed, apps)
	e := estategen.Generate(cfg)
	total := 0.0
	for _, a := range e.Model.Applications {
		total += a.EffortDays
	}
	for _, g := range e.Model.Endpoints {
		total += g.EffortDays
	}
	waves := 5 + int(seed%4)
	e.Model.Plan.MaxEffortDays = math.Ceil(total / float64(waves))
	tighten(e, seed, waves)
	return e, cfg
}

// tighten makes deadlines bite where capacity is tight, the shape of
// issue 11: a critical cutover limit high enough that effort sets the wave
// count, and support for a third of the decommissioned servers, and a
// tenth of the applications, ending within the waves the plan needs, so
// that clearing the right hosts first decides how many are late.
func tighten(e *estategen.Estate, seed uint64, waves int) {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	p := e.Model.Plan
	p.MaxCritical = max(p.MaxCritical, 4)
	due := func() inventory.Date { return p.Start.AddDays(p.WaveDays*r.IntN(waves) + r.IntN(p.WaveDays)) }
	for _, d := range e.Model.Devices {
		if d.Kind == inventory.KindServer && d.Disposition == inventory.DispDecommission && r.IntN(3) == 0 {
			d.SupportEnds = due()
		}
	}
	for _, a := range e.Model.Applications {
		if r.IntN(10) == 0 {
			a.SupportEnds = due()
		}
	}
}

// tally sums the rows: estates where Build is at the proven optimum, and
// total breaches where the ILP proved its fewest.
type tally struct {
	estates, proven, optimal   int
	buildBreaches, ilpBreaches int
	bounded                    int // Build's breaches equal its own breach bound
}

func (s tally) String() string {
	pct := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.0f%%", 100*float64(a)/float64(b))
	}
	return fmt.Sprintf("%d estates; the ILP proved the fewest waves, breaches and days late on %d. "+
		"Build is at that optimum on %d of them (%s). Total breaches on those: Build %d, optimum %d (%s above). "+
		"Build's breaches equal its own breach bound on %d of the %d estates.",
		s.estates, s.proven, s.optimal, pct(s.optimal, s.proven), s.buildBreaches, s.ilpBreaches,
		pct(s.buildBreaches-s.ilpBreaches, s.ilpBreaches), s.bounded, s.estates)
}

func compare(t *testing.T, seed uint64, apps int, sum *tally) (string, error) {
	e, cfg := generate(seed, apps)
	p, err := planner.Build(e.Model, planner.Options{})
	if err != nil {
		return "", err
	}
	if vs := plancheck.Check(e.Model, p); len(vs) > 0 {
		return "", fmt.Errorf("Build's plan has %d violations, first: %s", len(vs), vs[0])
	}
	prob := plancheck.Derive(e.Model, p.Settings)
	m, err := NewModel(prob)
	if err != nil {
		return "", err
	}
	dir := t.TempDir()
	lb := max(m.ChainBound(), m.CapacityBound())
	waves, secs := len(p.Waves), 0.0
	wavesCell, wavesProven := fmt.Sprintf("%d (= bound)", waves), true
	if waves > lb {
		w1, err := m.Solve(dir, waves, Waves, 0, lb, *limit)
		if err != nil {
			return "", fmt.Errorf("waves: %v", err)
		}
		secs += w1.Seconds
		waves = int(math.Round(w1.Objective))
		wavesCell = strconv.Itoa(waves)
		if wavesProven = w1.Optimal; !w1.Optimal {
			wavesCell = fmt.Sprintf("%d (≥ %d, time limit)", waves, int(math.Ceil(w1.Bound-1e-6)))
		}
	}
	bb, bl := measure(p)
	ilpCell, opt, err := breachCell(e, m, prob, dir, waves, &secs)
	if err != nil {
		return "", err
	}
	sum.estates++
	if bb == p.LowerBound.Breaches {
		sum.bounded++
	}
	at := "-"
	if opt.proven && wavesProven && waves == len(p.Waves) {
		sum.proven++
		sum.buildBreaches += bb
		sum.ilpBreaches += opt.breaches
		at = "no"
		if bb == opt.breaches && bl == opt.late {
			sum.optimal++
			at = "yes"
		}
	}
	return fmt.Sprintf("| %d | %d | %d (%d) | %d | %d | %d | %s | %d / %d | %d | %s | %s | %.0f |",
		seed, apps, len(prob.Acts), prob.Blocked(), cfg.Soak, len(p.Waves), p.LowerBound.Waves, wavesCell,
		bb, bl, p.LowerBound.Breaches, ilpCell, at, secs), nil
}

// optimum is the ILP's best plan at the wave count: its breaches and days
// late, and whether both are proven.
type optimum struct {
	breaches, late int
	proven         bool
}

// breachCell solves for the fewest breaches, then the fewest days late,
// within the given waves, and renders the result. When the days-late solve
// finds no integer solution in time, the breach solve's plan stands, with
// a note; when the breach solve finds none, the cell says so.
func breachCell(e *estategen.Estate, m *Model, prob *plancheck.Problem, dir string, waves int, secs *float64) (string, optimum, error) {
	var opt optimum
	w2, err := m.Solve(dir, waves, Breaches, 0, 0, *limit)
	if err != nil {
		return "no solution in time", opt, nil
	}
	*secs += w2.Seconds
	best, note := w2, ""
	if !w2.Optimal {
		note = fmt.Sprintf("breaches ≥ %d, time limit", int(math.Ceil(w2.Bound-1e-6)))
	}
	proven := w2.Optimal
	if w3, err := m.Solve(dir, waves, DaysLate, int(math.Round(w2.Objective)), 0, *limit); err != nil {
		note = strings.TrimPrefix(note+"; days late not minimised in time", "; ")
		proven = false
	} else {
		*secs += w3.Seconds
		best = w3
		if !w3.Optimal {
			note = strings.TrimPrefix(note+fmt.Sprintf("; days late ≥ %d, time limit", int(math.Ceil(w3.Bound-1e-6))), "; ")
			proven = false
		}
	}
	ilp := toPlan(prob, best.Wave, waves)
	if vs := plancheck.Check(e.Model, ilp); len(vs) > 0 {
		return "", opt, fmt.Errorf("the ILP's own plan has %d violations, first: %s", len(vs), vs[0])
	}
	ib, il := measure(ilp)
	opt = optimum{breaches: ib, late: il, proven: proven}
	if note != "" {
		return fmt.Sprintf("%d / %d (%s)", ib, il, note), opt, nil
	}
	return fmt.Sprintf("%d / %d", ib, il), opt, nil
}

// toPlan turns a wave assignment into a plan the checker can vouch for.
func toPlan(prob *plancheck.Problem, wave []int, waves int) *planner.Plan {
	p := &planner.Plan{Settings: prob.Settings}
	dates := prob.WaveDates(waves)
	for w := 1; w <= waves; w++ {
		p.Waves = append(p.Waves, planner.Wave{Number: w, Date: dates[w-1]})
	}
	for i, a := range prob.Acts {
		if a.Blocked {
			p.Blockers = append(p.Blockers, planner.Blocker{Address: a.Address, Action: a.Kind, Reason: a.BlockedWhy})
			continue
		}
		w := wave[i]
		p.Waves[w-1].Actions = append(p.Waves[w-1].Actions, planner.Action{Address: a.Address, Action: a.Kind,
			EffortDays: a.Effort, Critical: a.Critical, Deadline: a.Deadline})
		if d := dates[w-1]; !a.Deadline.IsZero() && d > a.Deadline {
			p.Breaches = append(p.Breaches, planner.Breach{Address: a.Address, Action: a.Kind, Deadline: a.Deadline,
				Date: d, Wave: w, DaysLate: int(d - a.Deadline)})
		}
	}
	return p
}

func measure(p *planner.Plan) (int, int) {
	late := 0
	for _, b := range p.Breaches {
		late += b.DaysLate
	}
	return len(p.Breaches), late
}
