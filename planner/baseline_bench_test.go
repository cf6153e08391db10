package planner_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/planner"
)

// BenchmarkReplanStability measures what a baseline buys: on generated
// estates of 200 to 1,000 applications (estategen.Random and Realistic),
// it plans each, makes one random change (estategen.Change), and plans
// the changed estate from scratch and against the first plan. It reports
// the actions each moved (summed), their ratio, and the estates where the
// plan against the baseline has more waves or breaches than from scratch
// (none, by construction); -v logs one line per estate. Run:
//
//	go test ./planner -run XXX -bench ReplanStability -benchtime 1x -v
func BenchmarkReplanStability(b *testing.B) {
	for range b.N {
		var moved, scratch, estates, worse int
		var lines []string
		for _, size := range []int{200, 400, 600, 800, 1000} {
			for seed := uint64(1); seed <= 6; seed++ {
				cfg := estategen.Random(seed, size)
				kind := "random"
				if seed%2 == 0 {
					cfg, kind = estategen.Realistic(seed, size), "realistic"
				}
				old := estategen.Generate(cfg)
				p1 := mustPlan(b, old.Model, planner.Options{})
				next := estategen.Generate(cfg)
				what := estategen.Change(next.Model, seed*7+uint64(size))
				if what == "" {
					continue
				}
				fresh := mustPlan(b, next.Model, planner.Options{})
				got := mustPlan(b, next.Model, planner.Options{Baseline: planner.BaselineOf(p1, "old")})
				bl := got.Baseline
				estates++
				moved += bl.Moved
				scratch += bl.FromScratchMoved
				if len(got.Waves) > len(fresh.Waves) || len(got.Breaches) > len(fresh.Breaches) {
					worse++
				}
				lines = append(lines, fmt.Sprintf("%-9s %5d apps seed %d: %-60s moved %4d of %5d, from scratch %4d; waves %d/%d, breaches %d/%d",
					kind, size, seed, what, bl.Moved, bl.Actions, bl.FromScratchMoved, len(got.Waves), len(fresh.Waves), len(got.Breaches), len(fresh.Breaches)))
			}
		}
		b.Logf("\n%s", strings.Join(lines, "\n"))
		b.ReportMetric(float64(estates), "estates")
		b.ReportMetric(float64(moved), "moved")
		b.ReportMetric(float64(scratch), "scratch-moved")
		b.ReportMetric(float64(moved)/float64(max(scratch, 1)), "ratio")
		b.ReportMetric(float64(worse), "worse")
	}
}
