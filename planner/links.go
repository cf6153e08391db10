package planner

import (
	"fmt"
	"slices"

	"github.com/decomhq/decom/planner/schedule"
)

// linkPair is a relaxed pair of rule 1 that both sides plan: x depends on
// y across links that will be decommissioned. A plan meets the rule either
// by ordering the pair (w(y) <= w(x)) or by keeping every link up until
// both have moved (SPEC section 2 lets it choose, pair by pair).
type linkPair struct {
	x, y  int
	links []int
	// orderable is set when ordering the pair closes no cycle of
	// precedences (with the pairs ordered before it).
	orderable bool
}

// orderSearch bounds the nodes a search for a path from x back to y may
// visit before the pair is taken as not orderable.
const orderSearch = 256

// linkPairs picks the relaxed pairs that need a choice: neither side nor
// any link blocked (a blocked link stays up for good, so no order is
// needed), and not in one unit (a shared wave meets the order). It marks
// those that may be ordered: x must not reach y along precedences, nor
// along the order edges of pairs marked before it, so that ordering any
// set of marked pairs closes no cycle.
func linkPairs(n int, edges []edge, out csr, relax []relaxPair, u *units, bs *blockState) []linkPair {
	var pairs []linkPair
	var extra [][]int // order edges y -> x of the pairs marked so far
	var mark []int32  // visit stamps
	stamp := int32(0)
	for _, r := range relax {
		if bs.blocked[r.x] || bs.blocked[r.y] || u.comp[r.x] == u.comp[r.y] || bs.anyBlocked(r.links) {
			continue
		}
		if extra == nil {
			extra, mark = make([][]int, n), make([]int32, n)
		}
		stamp++
		pr := linkPair{x: r.x, y: r.y, links: r.links}
		pr.orderable = !reaches(r.x, r.y, edges, out, extra, mark, stamp)
		if pr.orderable {
			extra[r.y] = append(extra[r.y], r.x)
		}
		pairs = append(pairs, pr)
	}
	return pairs
}

// reaches reports whether a path runs from a to b, or may (the search
// gave up after orderSearch nodes).
func reaches(a, b int, edges []edge, out csr, extra [][]int, mark []int32, stamp int32) bool {
	stack := []int{a}
	mark[a] = stamp
	seen := 0
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if v == b {
			return true
		}
		if seen++; seen > orderSearch {
			return true
		}
		visit := func(t int) {
			if mark[t] != stamp {
				mark[t] = stamp
				stack = append(stack, t)
			}
		}
		for _, ei := range out.of(v) {
			visit(edges[ei].to)
		}
		for _, t := range extra[v] {
			visit(t)
		}
	}
	return false
}

// variant is the scheduling problem with each pair ordered (order[i]) or
// its links kept up until both have moved. Both kinds of edge are soft:
// one way of meeting rule 1, so the lower bound leaves them out.
// unitOf maps each node to its unit, the same in every variant.
func (g *analysis) variant(order []bool) (*schedule.Problem, []edge, []int) {
	edges := slices.Clip(g.hard)
	for i, pr := range g.pairs {
		if order[i] {
			edges = append(edges, edge{from: pr.y, to: pr.x, rule: lR1, note: lDep, soft: true})
			continue
		}
		for _, l := range pr.links {
			edges = append(edges,
				edge{from: pr.x, to: l, rule: lR1, note: lLink, via: int32(pr.y), soft: true},
				edge{from: pr.y, to: l, rule: lR1, note: lLink, via: int32(pr.x), soft: true})
		}
	}
	p, unitOf := g.units.problem(g.e, edges, g.blocks, g.release, g.cal, g.s)
	p.Prepare()
	return p, edges, unitOf
}

// choice is one way of meeting rule 1 for every pair, with its problem
// and schedule.
type choice struct {
	order []bool
	p     *schedule.Problem
	edges []edge
	wave  []int
}

// maxOrderUnits bounds the problems on which a choice is made: beyond
// it every link is kept, as a second solve (and rebuilding the problem)
// would cost more than the second a plan of 100,000 applications may
// take.
const maxOrderUnits = 5_000

// choose schedules the estate, choosing for each pair of rule 1's link
// exception whether to order it or keep its links up, whichever gives the
// better plan (fewer waves, then fewer breaches and days late). It solves
// with every link kept and, on problems of at most maxOrderUnits units,
// also with every orderable pair ordered; then, from the better of the two,
// each pair switches to the other way wherever the schedule meets that
// too (so the schedule stays valid and is freer to improve), and that
// problem is improved from the schedule. Ties keep the links.
func (g *analysis) choose(lbWaves int) choice {
	best := choice{order: make([]bool, len(g.pairs)), p: g.p, edges: g.edges}
	best.wave = g.p.Solve(lbWaves)
	if len(g.pairs) == 0 {
		return best
	}
	better := func(c choice) bool { return c.p.Score(c.wave).Less(best.p.Score(best.wave)) }
	all := make([]bool, len(g.pairs))
	some := false
	for i, pr := range g.pairs {
		all[i] = pr.orderable
		some = some || pr.orderable
	}
	if !some {
		return best
	}
	if g.p.Len() > maxOrderUnits {
		return best
	}
	{
		c := choice{order: all}
		c.p, c.edges, _ = g.variant(all)
		c.wave = c.p.Solve(lbWaves)
		if better(c) {
			best = c
		}
	}
	// Each pair takes the other way wherever the schedule meets it too:
	// an order frees the links to go earlier, kept links free x.
	mixed := make([]bool, len(g.pairs))
	for i, pr := range g.pairs {
		wx, wy := best.wave[g.unitOf[pr.x]], best.wave[g.unitOf[pr.y]]
		if best.order[i] {
			mixed[i] = !g.linksAfter(best.wave, pr, max(wx, wy))
		} else {
			mixed[i] = pr.orderable && wy <= wx
		}
	}
	if !slices.Equal(mixed, best.order) {
		c := choice{order: mixed}
		c.p, c.edges, _ = g.variant(mixed)
		c.wave = c.p.Improve(lbWaves, best.wave)
		if better(c) {
			best = c
		}
	}
	return best
}

// linksAfter reports whether every link of pr is in wave w or later.
func (g *analysis) linksAfter(wave []int, pr linkPair, w int) bool {
	for _, l := range pr.links {
		if wave[g.unitOf[l]] < w {
			return false
		}
	}
	return true
}

// across lists, for each node, the pairs in which it does not wait for
// its dependency: the links are kept and the dependency moves later.
func (g *analysis) across(c choice) map[int][]Across {
	var out map[int][]Across
	for i, pr := range g.pairs {
		wx, wy := c.wave[g.unitOf[pr.x]], c.wave[g.unitOf[pr.y]]
		if c.order[i] || wy <= wx {
			continue
		}
		if out == nil {
			out = map[int][]Across{}
		}
		y := g.e.nodes[pr.y].addr
		for _, l := range pr.links {
			link := g.e.nodes[l].addr
			out[pr.x] = append(out[pr.x], Across{Dependency: y, Link: link,
				Text: fmt.Sprintf("does not wait for %s: %s stays up until both have moved", y, link)})
		}
	}
	return out
}
