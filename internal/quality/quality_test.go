//go:build quality

package quality

import (
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/internal/plancheck"
	"github.com/decomhq/decom/planner"
)

var (
	sizes = flag.String("quality.sizes", "100,150,200,250,300,400,500,600,700,800,900,1000", "application counts of the estates, one estate each")
	seed0 = flag.Uint64("quality.seed", 1, "seed of the first estate; each next estate takes the next seed")
	limit = flag.Duration("quality.limit", 120*time.Second, "CBC time limit per solve")
	out   = flag.String("quality.out", "", "write the Markdown table to this file too")
)

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
		"| seed | apps | actions (blocked) | soak | Build waves | lower bound | ILP waves | Build breaches / days late | ILP breaches / days late | ILP seconds |",
		"|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for i, f := range strings.Split(*sizes, ",") {
		apps, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			t.Fatal(err)
		}
		seed := *seed0 + uint64(i)
		row, err := compare(t, seed, apps)
		if err != nil {
			t.Errorf("seed %d, %d apps: %v", seed, apps, err)
			continue
		}
		rows = append(rows, row)
		t.Log(row)
	}
	table := strings.Join(rows, "\n") + "\n"
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
	e.Model.Plan.MaxEffortDays = math.Ceil(total / float64(5+seed%4))
	return e, cfg
}

func compare(t *testing.T, seed uint64, apps int) (string, error) {
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
	wavesCell := fmt.Sprintf("%d (= bound)", waves)
	if waves > lb {
		w1, err := m.Solve(dir, waves, Waves, 0, lb, *limit)
		if err != nil {
			return "", fmt.Errorf("waves: %v", err)
		}
		secs += w1.Seconds
		waves = int(math.Round(w1.Objective))
		wavesCell = strconv.Itoa(waves)
		if !w1.Optimal {
			wavesCell = fmt.Sprintf("%d (≥ %d, time limit)", waves, int(math.Ceil(w1.Bound-1e-6)))
		}
	}
	bb, bl := measure(p)
	ilpCell, err := breachCell(e, m, prob, dir, waves, &secs)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("| %d | %d | %d (%d) | %d | %d | %d | %s | %d / %d | %s | %.0f |",
		seed, apps, len(prob.Acts), prob.Blocked(), cfg.Soak, len(p.Waves), p.LowerBound.Waves, wavesCell,
		bb, bl, ilpCell, secs), nil
}

// breachCell solves for the fewest breaches, then the fewest days late,
// within the given waves, and renders the result. When the days-late solve
// finds no integer solution in time, the breach solve's plan stands, with
// a note; when the breach solve finds none, the cell says so.
func breachCell(e *estategen.Estate, m *Model, prob *plancheck.Problem, dir string, waves int, secs *float64) (string, error) {
	w2, err := m.Solve(dir, waves, Breaches, 0, 0, *limit)
	if err != nil {
		return "no solution in time", nil
	}
	*secs += w2.Seconds
	best, note := w2, ""
	if !w2.Optimal {
		note = fmt.Sprintf("breaches ≥ %d, time limit", int(math.Ceil(w2.Bound-1e-6)))
	}
	if w3, err := m.Solve(dir, waves, DaysLate, int(math.Round(w2.Objective)), 0, *limit); err != nil {
		note = strings.TrimPrefix(note+"; days late not minimised in time", "; ")
	} else {
		*secs += w3.Seconds
		best = w3
		if !w3.Optimal {
			note = strings.TrimPrefix(note+fmt.Sprintf("; days late ≥ %d, time limit", int(math.Ceil(w3.Bound-1e-6))), "; ")
		}
	}
	ilp := toPlan(prob, best.Wave, waves)
	if vs := plancheck.Check(e.Model, ilp); len(vs) > 0 {
		return "", fmt.Errorf("the ILP's own plan has %d violations, first: %s", len(vs), vs[0])
	}
	ib, il := measure(ilp)
	if note != "" {
		return fmt.Sprintf("%d / %d (%s)", ib, il, note), nil
	}
	return fmt.Sprintf("%d / %d", ib, il), nil
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
