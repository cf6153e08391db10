package planner

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/inventory"
)

// chainFanModel builds an estate of n migrating applications, ten to a
// server, in dependency chains of 50 with a fan-in to each chain's head,
// some two-application cycles, a contract deadline, capacity limits and
// soak: about n + n/10 + 2 actions.
func chainFanModel(n int) *inventory.Model {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	b.contract("wan", "2025-06-30", "network.kcom")
	for d := 0; d < (n+9)/10; d++ {
		b.device(fmt.Sprintf("esx%06d", d), "network.kcom", inventory.DispDecommission)
	}
	for i := 0; i < n; i++ {
		a := b.app(fmt.Sprintf("app%06d", i), inventory.DispRehost, fmt.Sprintf("device.esx%06d", i/10))
		a.EffortDays = float64(1 + i%3)
		switch {
		case i%50 != 0:
			a.DependsOn = refs(fmt.Sprintf("application.app%06d", i-1))
		case i >= 50:
			a.DependsOn = refs(fmt.Sprintf("application.app%06d", i-50))
		}
		if i%97 == 1 {
			a.DependsOn = append(a.DependsOn, ref(fmt.Sprintf("application.app%06d", i+1)))
		}
	}
	b.plan(inventory.PlanSettings{MaxChanges: n / 20, MaxEffortDays: float64(n / 8), SoakWaves: 1})
	b.m.Reindex()
	return b.m
}

// BenchmarkBuild plans chain-and-fan estates of 1k, 10k and 100k
// applications. Besides wall time it reports the process's CPU time per
// plan (cpu-ms/op), which stays meaningful on a shared, busy machine.
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		m := chainFanModel(n)
		b.Run(fmt.Sprintf("apps=%d", n), func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				if _, err := Build(m, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime is the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestLongChain plans a 100,000-action dependency chain: the iterative
// SCC search and the scheduler must not recurse or go quadratic.
func TestLongChain(t *testing.T) {
	if testing.Short() {
		t.Skip("long chain in -short mode")
	}
	b := newB()
	b.network("kcom", false)
	b.network("target", false)
	const n = 100000
	for i := 0; i < n; i++ {
		a := b.app(fmt.Sprintf("app%06d", i), inventory.DispRehost)
		a.Network = ref("network.kcom")
		if i > 0 {
			a.DependsOn = refs(fmt.Sprintf("application.app%06d", i-1))
		}
	}
	b.m.Reindex()
	p := mustBuild(t, b.m, Options{SoakWaves: intp(0)})
	if len(p.Waves) != 1 || len(p.Waves[0].Actions) != n || p.LowerBound.Waves != 1 {
		t.Fatalf("%d waves, lower bound %+v", len(p.Waves), p.LowerBound)
	}
}

// BenchmarkBuildRealistic plans estategen.Realistic estates of 1k, 10k and
// 100k applications (max_critical = 1, so thousands of waves).
func BenchmarkBuildRealistic(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		m := estategen.Generate(estategen.Realistic(1, n)).Model
		b.Run(fmt.Sprintf("apps=%d", n), func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				if _, err := Build(m, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}
