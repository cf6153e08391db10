package planner

import (
	"fmt"
	"slices"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner/schedule"
)

// Options override the plan block for what-if runs. A nil field keeps the
// inventory's value (or the default).
type Options struct {
	Start         *inventory.Date
	WaveDays      *int
	MaxChanges    *int
	MaxEffortDays *float64
	MaxCritical   *int
	SoakWaves     *int
	// Baseline, when set, makes the plan change as little as it can
	// from that earlier plan (see Stabilise in planner/schedule).
	Baseline *Baseline
	// KeepThrough commits the baseline's waves dated on or before it,
	// overriding plan.committed_until; nil keeps the inventory's. It
	// does nothing without a Baseline.
	KeepThrough *inventory.Date
}

// Build plans an estate: it derives the actions (SPEC section 2), the
// precedences of rules R1-R5 and the move groups of R2, reports what can
// never be planned as blockers (R8), and schedules the rest into waves
// that honour capacity and freezes (R7) while meeting deadlines (R6) where
// it can. It accepts models that fail validation (a retain on a
// decommissioned network, a retire with live dependents) and reports those
// as blockers. A nil model gives an empty plan. The result depends only on
// the model and options.
//
// Addresses must be unique, as Load makes them: a model built by hand
// with two assets at one address gets a *DuplicateAddressError and no
// plan.
func Build(m *inventory.Model, o Options) (*Plan, error) {
	if m == nil {
		m = &inventory.Model{}
	}
	rel := inventory.NewRelations(m)
	if d := rel.Duplicates(); len(d) > 0 {
		return nil, &DuplicateAddressError{Addresses: d}
	}
	s := resolveSettings(m, o)
	plan := &Plan{SchemaVersion: SchemaVersion, Settings: s, Waves: []Wave{}, Breaches: []Breach{}, Blockers: []Blocker{}}
	cal := newCalendar(m, s)
	var rp *replan
	if o.Baseline != nil {
		rp = newReplan(o.Baseline, keepThrough(m, o), cal)
	}
	g := analyse(m, rel, s, cal)
	e, u, bs, unitOf := g.e, g.units, g.blocks, g.unitOf
	plan.Blockers = bs.blockers(e, g.causes)
	release := g.release // the not_before releases, before any commitment
	if rp != nil {
		rp.commit(g)
	}
	b := g.p.LowerBound()
	plan.LowerBound = LowerBound{Waves: b.Waves, Chain: b.Chain, Capacity: b.Capacity, Window: b.Window}
	c := g.choose(plan.LowerBound.Waves)
	p, edges, wave := c.p, c.edges, c.wave
	across := g.across(c)
	var scratch []int
	var anchors schedule.Anchors
	if rp != nil {
		g.p, g.edges = p, edges // the chosen way of meeting rule 1
		scratch, anchors = wave, rp.anchors(g, cal)
		wave = p.Stabilise(scratch, anchors)
		across = g.across(choice{order: c.order, wave: wave})
	}

	nw := 0
	for _, w := range wave {
		nw = max(nw, w+1)
	}
	// Waves dated past inventory.MaxDate cannot be written: their actions
	// become blockers (see pastHorizon), and are left out below.
	nw, late := pastHorizon(e, cal, wave, unitOf, nw)
	plan.Blockers = withBlockers(plan.Blockers, late)
	plan.LowerBound.Waves = min(plan.LowerBound.Waves, nw)
	plan.LowerBound.Breaches = p.BreachBound(nw)
	// Each wave's actions are carved out of one array, sized by a first
	// count (appending wave by wave cost a tenth of the plan's time).
	count := make([]int, nw+1)
	breaches, dated := 0, 0
	for v, nd := range e.nodes {
		if pu := unitOf[v]; pu >= 0 && wave[pu] < nw {
			count[wave[pu]]++
			if !nd.deadline.IsZero() {
				dated++
				if cal.date(wave[pu]) > nd.deadline {
					breaches++
				}
			}
		}
	}
	all := make([]Action, 0, len(e.nodes))
	plan.Waves = make([]Wave, 0, nw)
	plan.Breaches = make([]Breach, 0, breaches)
	for w := 0; w < nw; w++ {
		plan.Waves = append(plan.Waves, Wave{Number: w + 1, Date: cal.date(w), Actions: all[:0:count[w]]})
		all = all[count[w]:count[w]:cap(all)]
	}
	x := &explainer{e: e, p: p, edges: edges, cal: cal, wave: wave, unitOf: unitOf, s: s, load: p.LoadOf(wave),
		release: release, comp: u.comp, members: u.members, remedyWork: new(int)}
	*x.remedyWork = remedyWork
	if rp != nil {
		x.kept = rp.kept(anchors, cal)
	}
	slack := make([]int, 0, dated) // one array for every Action.Slack
	src := &sources{rel: rel}
	for v, nd := range e.nodes {
		pu := unitOf[v]
		if pu < 0 || wave[pu] >= nw {
			continue
		}
		w := wave[pu]
		a := Action{
			Address: nd.addr, Action: nd.kind, EffortDays: nd.effort, Critical: nd.critical,
			Deadline: nd.deadline, Why: x.why(v), Across: across[v],
		}
		if !nd.deadline.IsZero() {
			a.DeadlineSource = src.of(nd.from)
			a.DeadlineFrom = a.DeadlineSource.Address
			slack = append(slack, int(nd.deadline-cal.date(w)))
			a.Slack = &slack[len(slack)-1]
		}
		if ms := u.members[u.comp[v]]; len(ms) > 1 {
			a.Group = e.nodes[ms[0]].addr
		}
		plan.Waves[w].Actions = append(plan.Waves[w].Actions, a)
		if d := cal.date(w); !nd.deadline.IsZero() && d > nd.deadline {
			plan.Breaches = append(plan.Breaches, Breach{
				Address: nd.addr, Action: nd.kind, Deadline: nd.deadline, DeadlineFrom: a.DeadlineFrom, DeadlineSource: a.DeadlineSource,
				Date: d, Wave: w + 1, DaysLate: int(d - nd.deadline), Remedy: x.remedy(v, extendText(a.DeadlineSource)),
			})
		}
	}
	if rp != nil {
		plan.Baseline = rp.report(g, cal, wave, scratch, nw, anchors, plan)
	}
	return plan, nil
}

// DuplicateAddressError is Build's error for a model in which more than
// one asset has the same address.
type DuplicateAddressError struct {
	Addresses []string // sorted
}

func (e *DuplicateAddressError) Error() string {
	return fmt.Sprintf("cannot plan: more than one asset at %s; addresses are unique across all files", listAddrs(e.Addresses))
}

// analysis is everything Build works out before scheduling.
type analysis struct {
	e      *estate
	edges  []edge
	causes map[string]rootCause
	units  *units
	blocks *blockState
	p      *schedule.Problem
	unitOf []int
	// release is each node's first wave, from its not_before.
	release []int
	// hard are the edges every plan must honour; edges adds the link
	// edges of every pair (all links kept), the problem p is built from.
	hard  []edge
	pairs []linkPair
	cal   *calendar
	s     Settings
}

// analyse derives the actions, deadlines, precedences, move groups, units
// and blockers, and the scheduling problem over what can be planned.
func analyse(m *inventory.Model, rel *inventory.Relations, s Settings, cal *calendar) *analysis {
	e := newEstate(m, rel)
	e.setDeadlines()
	n := len(e.nodes)
	edges, relax, roots, causes := e.precedence(s.SoakWaves)
	for _, g := range e.moveGroups() { // R2: a ring of zero lags ties each group
		for i, v := range g {
			edges = append(edges, edge{from: v, to: g[(i+1)%len(g)], rule: lR2, note: lGroup})
		}
	}
	out := newCSR(n, edges, func(ed edge) int { return ed.from })
	u := unitsOf(n, edges, out)
	release, late := e.releases(cal)
	roots = append(roots, late...)
	// Roots of rule 8 that are actions: cycles soak cannot satisfy and
	// units larger than a wave.
	for _, members := range u.members {
		roots = append(roots, u.intrinsic(e, members, s)...)
	}
	// A dependent joined by a link to a dependency that can never move
	// still moves; the link stays up for good (see propagate).
	bs := propagate(n, edges, out, relax, roots)
	// Rule 1's link exception: each pair is ordered or its links are kept
	// up until both sides have moved (see choose). The problem p keeps
	// every link; its edges cannot close a cycle (nothing waits for a
	// link but networks) and are soft, left out of the lower bound,
	// which must hold for any valid plan, including those that order
	// the pair instead.
	hard := slices.Clip(edges)
	pairs := linkPairs(n, edges, out, relax, u, bs)
	g := &analysis{e: e, causes: causes, units: u, blocks: bs, release: release, hard: hard, pairs: pairs, cal: cal, s: s}
	g.p, g.edges, g.unitOf = g.variant(make([]bool, len(pairs)))
	return g
}
