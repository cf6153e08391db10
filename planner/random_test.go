package planner

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner/schedule"
)

// randomModel builds a small random estate: a legacy network with devices
// (some retained), applications with random dispositions, dependencies
// (cycles included), links, contracts, endpoints and random limits.
func randomModel(seed int64) *inventory.Model {
	r := rand.New(rand.NewSource(seed))
	b := newB()
	b.network("kcom", true).SupportEnds = day("2025-03-01")
	b.network("target", false)
	b.network("other", r.Intn(2) == 0)
	if r.Intn(2) == 0 {
		b.link("kt", true, "network.kcom", "network.target")
	}
	if r.Intn(3) == 0 {
		b.link("ot", r.Intn(4) > 0, "network.other", "network.target")
	}
	nd := 1 + r.Intn(3)
	var devs []string
	for i := 0; i < nd; i++ {
		net := "network.kcom"
		if r.Intn(4) == 0 {
			net = "network.other"
		}
		disp := inventory.DispDecommission
		if r.Intn(8) == 0 {
			disp = inventory.DispRetain
		}
		if r.Intn(8) == 0 {
			disp = inventory.DispMigrate
		}
		d := b.device(fmt.Sprintf("d%d", i), net, disp)
		if i > 0 && r.Intn(3) == 0 {
			d.Uplink = ref(devs[r.Intn(len(devs))])
		}
		if r.Intn(3) == 0 {
			d.SupportEnds = day("2025-01-06").AddDays(r.Intn(90))
		}
		if r.Intn(10) == 0 {
			d.Status = inventory.StatusDone
		}
		devs = append(devs, d.Address())
	}
	dispos := []inventory.Disposition{inventory.DispRehost, inventory.DispRehost, inventory.DispRefactor,
		inventory.DispRetire, inventory.DispRepurchase, inventory.DispRetain, ""}
	na := 2 + r.Intn(7)
	for i := 0; i < na; i++ {
		disp := dispos[r.Intn(len(dispos))]
		if r.Intn(6) > 0 && (disp == inventory.DispRetain || disp == "") {
			disp = inventory.DispRehost
		}
		a := b.app(fmt.Sprintf("a%d", i), disp, devs[r.Intn(len(devs))])
		if r.Intn(4) == 0 {
			a.HostedOn = nil
			a.Network = ref("network.kcom")
		}
		a.EffortDays = float64(r.Intn(4))
		if r.Intn(4) == 0 {
			a.Criticality = inventory.CritCritical
		}
		if r.Intn(3) == 0 {
			a.SupportEnds = day("2025-01-06").AddDays(r.Intn(120))
		}
		if r.Intn(12) == 0 {
			a.Status = inventory.StatusDone
		}
		for j := 0; j < na; j++ {
			if j != i && r.Intn(na+2) == 0 {
				a.DependsOn = append(a.DependsOn, ref(fmt.Sprintf("application.a%d", j)))
			}
		}
		if disp == inventory.DispRepurchase {
			a.ReplacedBy = ref(fmt.Sprintf("application.a%d", r.Intn(na)))
		}
	}
	for i := 0; i < r.Intn(3); i++ {
		disp := []inventory.Disposition{inventory.DispMigrate, inventory.DispRetire, ""}[r.Intn(3)]
		b.endpoints(fmt.Sprintf("e%d", i), disp, devs[r.Intn(len(devs))])
	}
	if r.Intn(2) == 0 {
		b.contract("wan", day("2025-01-06").AddDays(r.Intn(60)).String(), "network.kcom")
	}
	ps := inventory.PlanSettings{WaveDays: 7 + r.Intn(14), SoakWaves: r.Intn(2)}
	if r.Intn(3) > 0 {
		ps.MaxChanges = 1 + r.Intn(4)
	}
	if r.Intn(3) == 0 {
		ps.MaxEffortDays = float64(3 + r.Intn(5))
	}
	if r.Intn(3) == 0 {
		ps.MaxCritical = 1
	}
	if r.Intn(3) == 0 {
		ps.Freezes = []*inventory.Freeze{{Meta: meta(inventory.TypeFreeze, "f"), From: day("2025-01-15"), To: day("2025-01-31")}}
	}
	b.plan(ps)
	b.m.Reindex()
	return b.m
}

// TestRandomEstates checks every precedence, move group and blocker
// closure on random estates, and that the wave count is optimal where an
// exhaustive search can tell.
func TestRandomEstates(t *testing.T) {
	var optimal, searched int
	for seed := int64(0); seed < 600; seed++ {
		m := randomModel(seed)
		p := mustBuild(t, m, Options{})
		checkInvariants(t, m, p)
		g := analyse(m, inventory.NewRelations(m), p.Settings, newCalendar(m, p.Settings))
		e, edges := g.e, g.hard
		where := map[string]int{}
		for _, w := range p.Waves {
			for _, a := range w.Actions {
				where[a.Address] = w.Number
			}
		}
		blocked := map[string]bool{}
		for _, b := range p.Blockers {
			if b.Action != "" {
				blocked[b.Address] = true
			}
		}
		for _, n := range e.nodes {
			if (where[n.addr] > 0) == blocked[n.addr] {
				t.Fatalf("seed %d: %s planned %v, blocked %v", seed, n.addr, where[n.addr] > 0, blocked[n.addr])
			}
		}
		for _, ed := range edges {
			f, to := e.nodes[ed.from].addr, e.nodes[ed.to].addr
			if blocked[f] && !blocked[to] {
				t.Fatalf("seed %d: %s waits for blocked %s (%s) but is planned", seed, to, f, ed.rule)
			}
			if !blocked[f] && !blocked[to] && where[to] < where[f]+ed.lag {
				t.Fatalf("seed %d: %s %s in wave %d, %s in wave %d, lag %d", seed, ed.rule, f, where[f], to, where[to], ed.lag)
			}
		}
		// Rule 1's link exception: each pair is ordered, or its links
		// stay up until both have moved.
		for _, pr := range g.pairs {
			x, y := where[e.nodes[pr.x].addr], where[e.nodes[pr.y].addr]
			kept := true
			for _, l := range pr.links {
				kept = kept && where[e.nodes[l].addr] >= max(x, y)
			}
			if y > x && !kept {
				t.Fatalf("seed %d: %s in wave %d before %s in wave %d, and a link goes down first", seed, e.nodes[pr.x].addr, x, e.nodes[pr.y].addr, y)
			}
		}
		if opt, ok := exactWaves(m, p); ok {
			searched++
			if opt == len(p.Waves) {
				optimal++
			} else {
				t.Errorf("seed %d: %d waves, optimum %d", seed, len(p.Waves), opt)
			}
		}
	}
	t.Logf("optimal wave count on %d of %d exhaustively searched estates", optimal, searched)
}

// exactWaves finds the fewest waves for the planned units of tiny estates
// by exhaustive search, reusing the problem built for p (so it checks the
// scheduler, not the rules).
func exactWaves(m *inventory.Model, p *Plan) (int, bool) {
	pr := buildProblem(m, p.Settings)
	if pr.Len() == 0 || pr.Len() > 9 {
		return 0, false
	}
	for W := max(1, p.LowerBound.Waves); W < len(p.Waves); W++ {
		if feasible(pr, W) {
			return W, true
		}
	}
	return len(p.Waves), true
}

func feasible(p *schedule.Problem, W int) bool {
	n := p.Len()
	wave := make([]int, n)
	c, k := make([]int, W), make([]int, W)
	ef := make([]float64, W)
	fits := func(u, w int) bool {
		return (p.MaxChanges == 0 || c[w]+p.Changes[u] <= p.MaxChanges) &&
			(p.MaxEffort == 0 || ef[w]+p.Effort[u] <= p.MaxEffort+1e-9) &&
			(p.MaxCritical == 0 || k[w]+p.Critical[u] <= p.MaxCritical)
	}
	add := func(u, w, sign int) {
		c[w] += sign * p.Changes[u]
		ef[w] += float64(sign) * p.Effort[u]
		k[w] += sign * p.Critical[u]
	}
	order := p.Order()
	var place func(i int) bool
	place = func(i int) bool {
		if i == len(order) {
			return true
		}
		u := order[i]
		est := 0
		for _, ei := range p.In(u) {
			e := p.Edges[ei]
			est = max(est, wave[e.From]+e.Lag)
		}
		for w := est; w <= W-1-p.Tail(u); w++ {
			if fits(u, w) {
				wave[u] = w
				add(u, w, 1)
				if place(i + 1) {
					return true
				}
				add(u, w, -1)
			}
		}
		return false
	}
	return place(0)
}

func buildProblem(m *inventory.Model, s Settings) *schedule.Problem {
	return analyse(m, inventory.NewRelations(m), s, newCalendar(m, s)).p
}
