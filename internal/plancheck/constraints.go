package plancheck

import (
	"fmt"
	"sort"
	"strings"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// live reports whether the asset at addr stays running with no action of
// its own (and is not done): it would be left behind on whatever is
// decommissioned under it.
func (d *deriver) live(addr string) bool {
	if _, ok := d.p.Index[addr]; ok {
		return false
	}
	switch a := d.m.Lookup(addr).(type) {
	case *inventory.Application:
		return a.Status != inventory.StatusDone
	case *inventory.Device:
		return a.Status != inventory.StatusDone
	case *inventory.Endpoints:
		return a.Status != inventory.StatusDone
	case *inventory.Link:
		return true
	}
	return false
}

func (d *deriver) edge(from, to string, lag int, rule string) {
	d.p.Edges = append(d.p.Edges, Edge{From: d.p.Index[from], To: d.p.Index[to], Lag: lag, Rule: rule})
}

// root records that action i can never be planned, and why; cause names
// the asset that takes no action and causes it, if any.
func (d *deriver) root(i int, why, cause string) {
	if _, ok := d.roots[i]; !ok {
		d.roots[i] = why
	}
	if cause != "" {
		d.p.Causes[cause] = true
	}
}

// moving reports whether the application at addr takes a migrate action.
func (d *deriver) moving(addr string) bool {
	i, ok := d.p.Index[addr]
	return ok && d.p.Acts[i].Kind == planner.Migrate && strings.HasPrefix(addr, "application.")
}

// retiring reports whether the application at addr takes a retire action
// (retire, or the old side of a repurchase).
func (d *deriver) retiring(addr string) bool {
	i, ok := d.p.Index[addr]
	return ok && d.p.Acts[i].Kind == planner.Retire && strings.HasPrefix(addr, "application.")
}

// groups finds the move groups (rule 2): strongly connected components of
// the dependency graph restricted to moving applications.
func (d *deriver) groups() {
	var nodes []string
	for _, a := range d.m.Applications {
		if d.moving(a.Address()) {
			nodes = append(nodes, a.Address())
		}
	}
	adj := func(v string) []string {
		var out []string
		for _, r := range d.m.Lookup(v).(*inventory.Application).DependsOn {
			if d.moving(r.Addr) {
				out = append(out, r.Addr)
			}
		}
		return out
	}
	for _, comp := range scc(nodes, adj) {
		if len(comp) < 2 {
			continue
		}
		g := make([]int, len(comp))
		for k, a := range comp {
			g[k] = d.p.Index[a]
		}
		sort.Ints(g)
		d.p.Groups = append(d.p.Groups, g)
	}
	sort.Slice(d.p.Groups, func(i, j int) bool { return d.p.Groups[i][0] < d.p.Groups[j][0] })
	for gi, g := range d.p.Groups {
		for _, i := range g {
			d.p.Acts[i].Group = gi
		}
	}
}

// scc returns Tarjan's strongly connected components.
func scc(nodes []string, adj func(string) []string) [][]string {
	index, low := map[string]int{}, map[string]int{}
	onStack := map[string]bool{}
	var stack []string
	var out [][]string
	var visit func(v string)
	visit = func(v string) {
		index[v], low[v] = len(index), len(index)
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range adj(v) {
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []string
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			out = append(out, comp)
		}
	}
	for _, v := range nodes {
		if _, seen := index[v]; !seen {
			visit(v)
		}
	}
	return out
}

// constraints derives rules 1, 3, 4 and 5 and the root causes of rule 8.
func (d *deriver) constraints() {
	soak := d.p.Settings.SoakWaves
	for _, a := range d.m.Applications {
		x := a.Address()
		xi, acts := d.p.Index[x]
		if !acts {
			continue
		}
		// Rule 1: X depends on Y and both move.
		if d.moving(x) {
			for _, r := range a.DependsOn {
				if !d.moving(r.Addr) || r.Addr == x {
					continue
				}
				yi := d.p.Index[r.Addr]
				links, permanent := d.linksJoining(a.Target.Addr, d.networksOf(r.Addr))
				switch {
				case permanent:
				case len(links) > 0:
					d.p.Relax = append(d.p.Relax, Relax{X: xi, Y: yi, Links: links})
				default:
					d.edge(r.Addr, x, 0, "R1")
				}
			}
		}
		// Rule 3: retirement and repurchase.
		if d.p.Acts[xi].Kind == planner.Retire && strings.HasPrefix(x, "application.") {
			for _, dep := range d.dependents[x] {
				dx := d.m.Lookup(dep).(*inventory.Application)
				_, acts := d.p.Index[dep]
				switch {
				case !acts && dx.Status == inventory.StatusDone:
					// Already acted: it blocks nothing (SPEC section 1).
				case a.Disposition == inventory.DispRetire && dx.Disposition != inventory.DispRetire && dx.Disposition != inventory.DispRepurchase:
					// retire-with-dependents: a plan blocker by the
					// validation rule, even when the dependent moves.
					d.root(xi, fmt.Sprintf("retired while %s, which is not retired, depends on it", dep), dep)
				case acts:
					d.edge(dep, x, 0, "R3")
				default:
					d.root(xi, fmt.Sprintf("retired while %s, still running, depends on it", dep), dep)
				}
			}
			if a.Disposition == inventory.DispRepurchase && d.moving(a.ReplacedBy.Addr) {
				d.edge(a.ReplacedBy.Addr, x, 0, "R3")
			}
			// A repurchase chain: x's dependents move to its replacement,
			// which is itself retired later, so it must outlive x.
			if a.Disposition == inventory.DispRepurchase && d.retiring(a.ReplacedBy.Addr) && a.ReplacedBy.Addr != x {
				d.edge(x, a.ReplacedBy.Addr, 0, "R3")
			}
		}
	}
	// Rule 4: devices after what they host and what is uplinked to them.
	for _, v := range d.m.Devices {
		di, ok := d.p.Index[v.Address()]
		if !ok || d.p.Acts[di].Kind != planner.Decommission {
			continue
		}
		for _, h := range d.hosted[v.Address()] {
			if _, acts := d.p.Index[h]; acts {
				d.edge(h, v.Address(), soak, "R4")
			} else if d.live(h) {
				d.root(di, fmt.Sprintf("%s stays on it", h), h)
			}
		}
	}
	// Rule 5: networks after every asset on them and every link touching them.
	for _, n := range d.m.Networks {
		ni, ok := d.p.Index[n.Address()]
		if !ok {
			continue
		}
		for _, x := range d.on[n.Address()] {
			if _, acts := d.p.Index[x]; acts {
				d.edge(x, n.Address(), soak, "R5")
			} else if d.live(x) {
				d.root(ni, fmt.Sprintf("%s stays on it", x), x)
			}
		}
	}
}

// linksJoining returns the link decommission actions joining network t to
// any of nets, and whether some joining link is never decommissioned.
func (d *deriver) linksJoining(t string, nets []string) ([]int, bool) {
	if t == "" {
		return nil, false
	}
	var out []int
	for _, l := range d.on[t] {
		lk, ok := d.m.Lookup(l).(*inventory.Link)
		if !ok || len(lk.Between) != 2 {
			continue
		}
		other := lk.Between[0].Addr
		if other == t {
			other = lk.Between[1].Addr
		}
		if lk.Between[0].Addr == lk.Between[1].Addr || !contains(nets, other) {
			continue
		}
		i, acts := d.p.Index[l]
		if !acts {
			return nil, true
		}
		out = append(out, i)
	}
	return out, false
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// classes merges the move groups with the strongly connected components of
// the precedence edges: every class must take one wave. A class with an
// edge of positive lag inside can never be planned at all.
func (d *deriver) classes() {
	p := d.p
	adj := make([][]int, len(p.Acts))
	for _, e := range p.Edges {
		adj[e.From] = append(adj[e.From], e.To)
	}
	for _, g := range p.Groups {
		for k, i := range g {
			adj[i] = append(adj[i], g[(k+1)%len(g)])
		}
	}
	names := make([]string, len(p.Acts))
	for i, a := range p.Acts {
		names[i] = a.Address
	}
	comps := scc(names, func(v string) []string {
		var out []string
		for _, j := range adj[p.Index[v]] {
			out = append(out, names[j])
		}
		return out
	})
	p.Groups = p.Groups[:0]
	for i := range p.Acts {
		p.Acts[i].Group = -1
	}
	for _, comp := range comps {
		if len(comp) < 2 {
			continue
		}
		g := make([]int, len(comp))
		for k, a := range comp {
			g[k] = p.Index[a]
		}
		sort.Ints(g)
		p.Groups = append(p.Groups, g)
	}
	sort.Slice(p.Groups, func(i, j int) bool { return p.Groups[i][0] < p.Groups[j][0] })
	for gi, g := range p.Groups {
		for _, i := range g {
			p.Acts[i].Group = gi
		}
	}
	for _, e := range p.Edges {
		if g := p.Acts[e.From].Group; e.Lag > 0 && g >= 0 && g == p.Acts[e.To].Group {
			for _, i := range p.Groups[g] {
				d.root(i, fmt.Sprintf("in a cycle of precedence constraints with a soak gap (%s after %s)", p.Acts[e.To].Address, p.Acts[e.From].Address), "")
			}
		}
	}
}
