package estategen

import (
	"fmt"
	"math/rand/v2"

	"github.com/decomhq/decom/inventory"
)

// endpoints puts one end-user group on each legacy access switch.
func (g *gen) endpoints() {
	if !g.cfg.Endpoints {
		return
	}
	for _, nw := range g.legacy {
		acc := g.access[nw.Label]
		for i, sw := range acc {
			e := &inventory.Endpoints{Meta: meta(inventory.TypeEndpoints, fmt.Sprintf("%s_eu%02d", nw.Label, i+1), "count", "uplink", "disposition", "effort_days"),
				Count: 5 + g.r.IntN(36), Uplink: []inventory.Ref{ref(inventory.TypeDevice, sw.Label)},
				EffortDays: float64(1 + g.r.IntN(5)), Status: inventory.StatusPlanned}
			e.Users = e.Count // the loader's default: one person per device
			if len(acc) > 1 && g.r.IntN(10) == 0 {
				e.Uplink = append(e.Uplink, ref(inventory.TypeDevice, acc[(i+1)%len(acc)].Label))
			}
			e.Disposition = inventory.DispRetire
			if g.r.IntN(10) < 7 {
				e.Disposition, e.Target = inventory.DispMigrate, ref(inventory.TypeNetwork, g.stay().Label)
				g.has(&e.Meta, "target")
			}
			g.m.Endpoints = append(g.m.Endpoints, e)
		}
		if g.cfg.UnevenUplinks && len(acc) > 1 {
			g.spreadGroups(nw, acc)
		}
	}
}

// spreadGroups adds two groups per access switch of nw, each patched across it
// and the next one or two switches (round the network's access switches),
// and records an uneven split of each for ports to size the switches by:
// a random cut of its count, most of it on one switch.
func (g *gen) spreadGroups(nw *inventory.Network, acc []*inventory.Device) {
	for i := range acc {
		for j := range 2 {
			e := &inventory.Endpoints{Meta: meta(inventory.TypeEndpoints, fmt.Sprintf("%s_sp%02d_%d", nw.Label, i+1, j+1), "count", "uplink", "disposition"),
				Count: 10 + g.r.IntN(50), Disposition: inventory.DispRetire, Status: inventory.StatusPlanned}
			k := min(len(acc), 2+g.r.IntN(2))
			left := e.Count
			heavy := g.r.IntN(k)
			for u := range k {
				e.Uplink = append(e.Uplink, ref(inventory.TypeDevice, acc[(i+u)%len(acc)].Label))
				n := left / 5
				if u == k-1 {
					n = left
				} else if u == heavy {
					n = left * 4 / 5
				}
				g.patched[acc[(i+u)%len(acc)].Address()] += n
				left -= n
			}
			g.m.Endpoints = append(g.m.Endpoints, e)
			g.spread[e] = true
		}
	}
}

// blockers injects what SPEC rule 8 turns into blockers: alternately an
// application retained on a legacy server that is not done, and a retired
// application that a live application on a network that stays still
// depends on.
func (g *gen) blockers() {
	for k := range g.cfg.Blockers {
		nw := g.legacy[g.r.IntN(len(g.legacy))]
		var servers []*inventory.Device
		for _, d := range g.servers[nw.Label] {
			if d.Status != inventory.StatusDone {
				servers = append(servers, d)
			}
		}
		if k%2 == 0 {
			a := g.app(fmt.Sprintf("blk_kept%02d", k+1))
			g.hostOn(a, nw, servers)
			a.Disposition = inventory.DispRetain
			g.has(&a.Meta, "disposition")
			continue
		}
		old := g.app(fmt.Sprintf("blk_old%02d", k+1))
		g.hostOn(old, nw, servers)
		old.Disposition, old.EffortDays = inventory.DispRetire, 1
		g.has(&old.Meta, "disposition")
		g.has(&old.Meta, "effort_days")
		live := g.app(fmt.Sprintf("blk_live%02d", k+1))
		st := g.stay()
		g.hostOn(live, st, g.tgtSrv[st.Label])
		live.DependsOn = []inventory.Ref{ref(inventory.TypeApplication, old.Label)}
		g.has(&live.Meta, "depends_on")
	}
}

// ports gives every switch enough ports for what is uplinked to it.
func (g *gen) ports() {
	use := map[string]int{}
	for _, d := range g.m.Devices {
		if d.Uplink.IsSet() {
			use[d.Uplink.Addr]++
		}
	}
	for _, e := range g.m.Endpoints {
		if g.spread[e] {
			continue // placed by spreadGroups
		}
		for i, u := range e.Uplink {
			n := e.Count / len(e.Uplink)
			if i < e.Count%len(e.Uplink) {
				n++
			}
			use[u.Addr] += n
		}
	}
	for _, d := range g.m.Devices {
		if d.Kind == inventory.KindSwitch {
			if n, ok := g.patched[d.Address()]; ok {
				// Exactly the ports the uneven split needs: no slack.
				d.Ports = use[d.Address()] + n
				d.PortsInUse = d.Ports
				g.has(&d.Meta, "ports")
				g.has(&d.Meta, "ports_in_use")
				continue
			}
			n := use[d.Address()]
			d.Ports, d.PortsInUse = (n+4+23)/24*24, n
			g.has(&d.Meta, "ports")
			g.has(&d.Meta, "ports_in_use")
		}
	}
}

// horizon is how far after Start support and contract end dates fall.
const horizon = 150

func (g *gen) date() inventory.Date { return Start.AddDays(g.r.IntN(horizon)) }

// dates sets support_ends and contracts.
func (g *gen) dates() {
	var covered []inventory.Ref
	for _, nw := range g.legacy {
		covered = append(covered, ref(inventory.TypeNetwork, nw.Label))
		if g.chance(g.cfg.SupportEnds) {
			nw.SupportEnds = g.date()
			g.has(&nw.Meta, "support_ends")
		}
	}
	for _, d := range g.m.Devices {
		if d.Disposition == inventory.DispRetain {
			continue
		}
		covered = append(covered, ref(inventory.TypeDevice, d.Label))
		if g.chance(g.cfg.SupportEnds) {
			d.SupportEnds = g.date()
			g.has(&d.Meta, "support_ends")
		}
	}
	for _, a := range g.m.Applications {
		if a.Disposition == "" {
			continue
		}
		covered = append(covered, ref(inventory.TypeApplication, a.Label))
		if g.chance(g.cfg.SupportEnds) {
			a.SupportEnds = g.date()
			g.has(&a.Meta, "support_ends")
		}
	}
	if g.cfg.Contracts <= 0 {
		return
	}
	n := max(1, int(g.cfg.Contracts*float64(g.cfg.Apps)/100))
	for i := range n {
		c := &inventory.Contract{Meta: meta(inventory.TypeContract, fmt.Sprintf("c%04d", i+1), "supplier", "ends", "annual_cost", "covers"),
			Supplier: g.supplier(), Ends: g.date(), AnnualCost: float64(1000 * (1 + g.r.IntN(500)))}
		seen := map[string]bool{}
		for range 1 + g.r.IntN(4) {
			r := covered[g.r.IntN(len(covered))]
			if !seen[r.Addr] {
				seen[r.Addr] = true
				c.Covers = append(c.Covers, r)
			}
		}
		g.m.Contracts = append(g.m.Contracts, c)
	}
}

// statuses marks a fraction of acting assets done or in progress.
func (g *gen) statuses() {
	set := func(m *inventory.Meta, s *inventory.Status) {
		switch u := g.r.Float64(); {
		case u < g.cfg.Done:
			*s = inventory.StatusDone
		case u < g.cfg.Done+g.cfg.InProgress:
			*s = inventory.StatusInProgress
		default:
			return
		}
		g.has(m, "status")
	}
	for _, a := range g.m.Applications {
		if a.Disposition != "" && a.Disposition != inventory.DispRetain {
			set(&a.Meta, &a.Status)
		}
	}
	for _, d := range g.m.Devices {
		if d.Disposition != inventory.DispRetain {
			set(&d.Meta, &d.Status)
		}
	}
	for _, e := range g.m.Endpoints {
		set(&e.Meta, &e.Status)
	}
}

// capacity sets the plan's per-wave limits: changes so that the estate
// needs roughly 4 to 12 waves of work, effort and critical cutovers at
// levels a single action always fits.
func (g *gen) capacity() {
	if !g.cfg.Capacity {
		return
	}
	acts := len(g.m.Applications) + len(g.m.Devices) + len(g.m.Endpoints) + len(g.m.Links) + len(g.legacy)
	p := g.m.Plan
	p.MaxChanges = max(3, acts/(4+g.r.IntN(9)))
	p.MaxEffortDays = float64(10 + g.r.IntN(g.cfg.Apps/2+40))
	p.MaxCritical = 1 + g.r.IntN(3)
	for _, a := range []string{"max_changes", "max_effort_days", "max_critical"} {
		g.has(&p.Meta, a)
	}
}

// kit gives assets that act a not_before and devices, links and networks
// effort_days of their own (Config.NotBefore, Config.KitEffort). It draws
// from a stream of its own, so estates generated without these options
// are the same as before they existed.
func (g *gen) kit() {
	if g.cfg.NotBefore <= 0 && g.cfg.KitEffort <= 0 {
		return
	}
	r := rand.New(rand.NewPCG(g.cfg.Seed^0x6a09e667f3bcc908, 0xbb67ae8584caa73b))
	chance := func(p float64) bool { return p > 0 && r.Float64() < p }
	notBefore := func(m *inventory.Meta, d *inventory.Date) {
		if chance(g.cfg.NotBefore) {
			*d = Start.AddDays(r.IntN(120))
			g.has(m, "not_before")
		}
	}
	effort := func(m *inventory.Meta, e *float64) {
		if chance(g.cfg.KitEffort) {
			*e = float64(1 + r.IntN(3))
			g.has(m, "effort_days")
		}
	}
	for _, n := range g.m.Networks {
		if n.Decommission {
			notBefore(&n.Meta, &n.NotBefore)
			effort(&n.Meta, &n.EffortDays)
		}
	}
	for _, l := range g.m.Links {
		if l.Decommission {
			notBefore(&l.Meta, &l.NotBefore)
			effort(&l.Meta, &l.EffortDays)
		}
	}
	for _, d := range g.m.Devices {
		if d.Disposition != inventory.DispRetain {
			notBefore(&d.Meta, &d.NotBefore)
			effort(&d.Meta, &d.EffortDays)
		}
	}
	for _, a := range g.m.Applications {
		if a.Disposition != "" && a.Disposition != inventory.DispRetain {
			notBefore(&a.Meta, &a.NotBefore)
		}
	}
	for _, e := range g.m.Endpoints {
		if e.Disposition != "" {
			notBefore(&e.Meta, &e.NotBefore)
		}
	}
}
