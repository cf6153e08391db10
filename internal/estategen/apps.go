package estategen

import (
	"fmt"

	"github.com/decomhq/decom/inventory"
)

var moves = []inventory.Disposition{inventory.DispRehost, inventory.DispRelocate, inventory.DispReplatform, inventory.DispRefactor}

var crits = []inventory.Criticality{inventory.CritCritical, inventory.CritHigh, inventory.CritHigh,
	inventory.CritMedium, inventory.CritMedium, inventory.CritMedium, inventory.CritLow, inventory.CritLow, "", ""}

func (g *gen) app(label string) *inventory.Application {
	a := &inventory.Application{Meta: meta(inventory.TypeApplication, label, "used_by", "users"),
		UsedBy: []inventory.Ref{ref(inventory.TypeTenant, g.m.Tenants[g.r.IntN(len(g.m.Tenants))].Label)},
		Users:  1 + g.r.IntN(2000), Status: inventory.StatusPlanned}
	if c := crits[g.r.IntN(len(crits))]; c != "" {
		a.Criticality = c
		g.has(&a.Meta, "criticality")
	}
	g.m.Applications = append(g.m.Applications, a)
	return a
}

// hostOn places a on network nw: on one or two of servers (same network),
// or on the network itself when there are none or by chance.
func (g *gen) hostOn(a *inventory.Application, nw *inventory.Network, servers []*inventory.Device) {
	g.home[a] = nw
	if len(servers) == 0 || g.r.IntN(10) == 0 {
		a.Network = ref(inventory.TypeNetwork, nw.Label)
		g.has(&a.Meta, "network")
		return
	}
	n := 1 + g.r.IntN(10)/9
	for range n {
		d := servers[g.r.IntN(len(servers))]
		if len(a.HostedOn) == 0 || a.HostedOn[0].Addr != d.Address() {
			a.HostedOn = append(a.HostedOn, ref(inventory.TypeDevice, d.Label))
		}
	}
	g.has(&a.Meta, "hosted_on")
}

// applications places 85% of applications on legacy networks (each with a
// disposition) and the rest on networks that stay (live, no disposition).
func (g *gen) applications() {
	for i := range g.cfg.Apps {
		a := g.app(fmt.Sprintf("app%05d", i+1))
		if g.r.IntN(100) >= 85 {
			nw := g.stay()
			g.hostOn(a, nw, g.tgtSrv[nw.Label])
			continue
		}
		nw := g.legacy[g.r.IntN(len(g.legacy))]
		g.hostOn(a, nw, g.servers[nw.Label])
		g.has(&a.Meta, "disposition")
		a.EffortDays = float64(1 + g.r.IntN(10))
		g.has(&a.Meta, "effort_days")
		switch u := g.r.Float64(); {
		case u < g.cfg.Retire:
			a.Disposition = inventory.DispRetire
		case u < g.cfg.Retire+g.cfg.Repurchase:
			a.Disposition = inventory.DispRepurchase
		default:
			a.Disposition = moves[g.r.IntN(len(moves))]
			a.Target = ref(inventory.TypeNetwork, g.stay().Label)
			g.has(&a.Meta, "target")
		}
	}
	// Replacements: any application that neither retires nor is repurchased.
	var keep []*inventory.Application
	for _, a := range g.m.Applications {
		if !goesAway(a.Disposition) {
			keep = append(keep, a)
		}
	}
	for _, a := range g.m.Applications {
		if a.Disposition != inventory.DispRepurchase {
			continue
		}
		if len(keep) == 0 {
			a.Disposition = inventory.DispRetire
			continue
		}
		r := keep[g.r.IntN(len(keep))]
		a.ReplacedBy = ref(inventory.TypeApplication, r.Label)
		g.has(&a.Meta, "replaced_by")
	}
}

func goesAway(d inventory.Disposition) bool {
	return d == inventory.DispRetire || d == inventory.DispRepurchase
}

// dependencies adds depends_on edges to nearby earlier applications (and,
// with cfg.Cycles, to nearby later ones), never from an application that
// stays to one being retired.
func (g *gen) dependencies() {
	apps := g.m.Applications
	for i, x := range apps {
		k := 0
		for f := g.cfg.DepDensity; f > 0; f-- {
			if f >= 1 || g.r.Float64() < f {
				k++
			}
		}
		add := func(j int) {
			y := apps[j]
			if j == i || (y.Disposition == inventory.DispRetire && !goesAway(x.Disposition)) {
				return
			}
			for _, r := range x.DependsOn {
				if r.Addr == y.Address() {
					return
				}
			}
			x.DependsOn = append(x.DependsOn, ref(inventory.TypeApplication, y.Label))
			g.has(&x.Meta, "depends_on")
		}
		for range k {
			if i > 0 {
				add(max(0, i-1-g.r.IntN(40)))
			}
		}
		if g.chance(g.cfg.Cycles) && i+1 < len(apps) {
			add(min(len(apps)-1, i+1+g.r.IntN(5)))
		}
	}
}
