package planner_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/planner"
)

// BenchmarkReplanStability measures what a baseline buys: on generated
// estates of 200 to 1,000 applications (estategen.Random and Realistic,
// six of each size), it plans each, makes one change, and plans the
// changed estate from scratch and against the first plan. Two series: a
// random change (estategen.Change) and a contract or support end brought
// forward (estategen.EndForward). For each it reports the actions moved
// (summed), what a plan from scratch moved, their ratio, and the estates
// where the plan against the baseline has more waves or breaches than
// from scratch (none, by construction); -v logs one line per estate.
// Run:
//
//	go test ./planner -run XXX -bench ReplanStability -benchtime 1x -v
func BenchmarkReplanStability(b *testing.B) {
	for range b.N {
		for _, series := range []string{"any", "end"} {
			var moved, scratch, estates, worse, better int
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
					var what string
					if series == "any" {
						what = estategen.Change(next.Model, seed*7+uint64(size))
					} else {
						what = estategen.ChangeOf(next.Model, seed*7+uint64(size), estategen.EndForward)
					}
					if what == "" {
						continue
					}
					fresh := mustPlan(b, next.Model, planner.Options{})
					got := mustPlan(b, next.Model, planner.Options{Baseline: planner.BaselineOf(p1, "old")})
					bl := got.Baseline
					estates++
					moved += bl.Moved
					scratch += bl.FromScratchMoved
					switch gw, fw, gb, fb := len(got.Waves), len(fresh.Waves), len(got.Breaches), len(fresh.Breaches); {
					case gw > fw || gb > fb:
						worse++
					case gw < fw || gb < fb:
						better++
					}
					lines = append(lines, fmt.Sprintf("%-9s %5d apps seed %d: %-60s moved %4d of %5d, from scratch %4d; waves %d/%d, breaches %d/%d",
						kind, size, seed, what, bl.Moved, bl.Actions, bl.FromScratchMoved, len(got.Waves), len(fresh.Waves), len(got.Breaches), len(fresh.Breaches)))
				}
			}
			b.Logf("series %s:\n%s", series, strings.Join(lines, "\n"))
			b.ReportMetric(float64(estates), series+"-estates")
			b.ReportMetric(float64(moved), series+"-moved")
			b.ReportMetric(float64(scratch), series+"-scratch-moved")
			b.ReportMetric(float64(moved)/float64(max(scratch, 1)), series+"-ratio")
			b.ReportMetric(float64(worse), series+"-worse")
			b.ReportMetric(float64(better), series+"-better")
		}
	}
}

// BenchmarkReplan times a plan from scratch and a plan against a
// baseline of the same changed estate (estategen.Realistic, an end
// brought forward). Run:
//
//	go test ./planner -run XXX -bench Replan$ -benchtime 3x
func BenchmarkReplan(b *testing.B) {
	for _, size := range []int{1000, 10000} {
		cfg := estategen.Realistic(1, size)
		base := planner.BaselineOf(mustPlan(b, estategen.Generate(cfg).Model, planner.Options{}), "old")
		next := estategen.Generate(cfg)
		estategen.ChangeOf(next.Model, 1, estategen.EndForward)
		b.Run(fmt.Sprintf("scratch/%d", size), func(b *testing.B) {
			for range b.N {
				mustPlan(b, next.Model, planner.Options{})
			}
		})
		b.Run(fmt.Sprintf("baseline/%d", size), func(b *testing.B) {
			for range b.N {
				mustPlan(b, next.Model, planner.Options{Baseline: base})
			}
		})
	}
}
