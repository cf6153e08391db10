package plancheck

import (
	"sort"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// deriver holds the model and the indexes Derive builds on the way.
type deriver struct {
	m *inventory.Model
	p *Problem
	// on lists, per network address, the addresses of every asset on it
	// (applications, devices, endpoint groups and links).
	on map[string][]string
	// hosted lists, per device address, what is hosted on or uplinked to it.
	hosted map[string][]string
	// dependents lists, per application address, the applications that
	// depend on it.
	dependents map[string][]string
	// roots records the root-cause reason of root-blocked actions.
	roots map[int]string
}

// Derive works out, from the model alone and SPEC section 2, every action
// the estate needs with its deadline, the precedence constraints between
// them, the move groups and which actions can never be planned. s gives the
// effective settings (soak and capacities; Start and WaveDays for dates).
func Derive(m *inventory.Model, s planner.Settings) *Problem {
	d := &deriver{m: m, p: &Problem{Settings: s, Index: map[string]int{}, Causes: map[string]bool{}},
		on: map[string][]string{}, hosted: map[string][]string{},
		dependents: map[string][]string{}, roots: map[int]string{}}
	if m.Plan != nil {
		d.p.Freezes = m.Plan.Freezes
	}
	d.actions()
	d.locate()
	d.deadlines()
	d.groups()
	d.constraints()
	d.classes()
	d.block()
	return d.p
}

// appKind is the action an application's disposition asks for.
func appKind(a *inventory.Application) planner.ActionKind {
	if a.Status == inventory.StatusDone {
		return ""
	}
	switch a.Disposition {
	case inventory.DispRehost, inventory.DispRelocate, inventory.DispReplatform, inventory.DispRefactor:
		return planner.Migrate
	case inventory.DispRetire, inventory.DispRepurchase:
		return planner.Retire
	}
	return ""
}

func deviceKind(v *inventory.Device) planner.ActionKind {
	if v.Status == inventory.StatusDone {
		return ""
	}
	switch v.Disposition {
	case inventory.DispDecommission:
		return planner.Decommission
	case inventory.DispMigrate:
		return planner.Migrate
	}
	return ""
}

func endpointsKind(e *inventory.Endpoints) planner.ActionKind {
	if e.Status == inventory.StatusDone {
		return ""
	}
	switch e.Disposition {
	case inventory.DispMigrate:
		return planner.Migrate
	case inventory.DispRetire:
		return planner.Retire
	}
	return ""
}

func (d *deriver) actions() {
	add := func(addr string, k planner.ActionKind, effort float64, crit bool, notBefore inventory.Date) {
		if k != "" {
			d.p.Acts = append(d.p.Acts, Act{Address: addr, Kind: k, Effort: effort, Critical: crit, NotBefore: notBefore, Group: -1})
		}
	}
	for _, a := range d.m.Applications {
		add(a.Address(), appKind(a), a.EffortDays, a.Criticality == inventory.CritCritical, a.NotBefore)
	}
	for _, v := range d.m.Devices {
		add(v.Address(), deviceKind(v), v.EffortDays, false, v.NotBefore)
	}
	for _, e := range d.m.Endpoints {
		add(e.Address(), endpointsKind(e), e.EffortDays, false, e.NotBefore)
	}
	for _, l := range d.m.Links {
		if l.Decommission {
			add(l.Address(), planner.Decommission, l.EffortDays, false, l.NotBefore)
		}
	}
	for _, n := range d.m.Networks {
		if n.Decommission {
			add(n.Address(), planner.Decommission, n.EffortDays, false, n.NotBefore)
		}
	}
	sort.Slice(d.p.Acts, func(i, j int) bool { return d.p.Acts[i].Address < d.p.Acts[j].Address })
	for i, a := range d.p.Acts {
		d.p.Index[a.Address] = i
	}
}

// networksOf returns the sorted, distinct networks an asset is on (SPEC
// "where an asset is"); for a network, itself.
func (d *deriver) networksOf(addr string) []string {
	var out []string
	devNet := func(dev string) {
		if v, ok := d.m.Lookup(dev).(*inventory.Device); ok && v.Network.IsSet() {
			out = append(out, v.Network.Addr)
		}
	}
	switch a := d.m.Lookup(addr).(type) {
	case *inventory.Application:
		if a.Network.IsSet() {
			out = append(out, a.Network.Addr)
		}
		for _, h := range a.HostedOn {
			devNet(h.Addr)
		}
	case *inventory.Device:
		if a.Network.IsSet() {
			out = append(out, a.Network.Addr)
		}
	case *inventory.Endpoints:
		for _, u := range a.Uplink {
			devNet(u.Addr)
		}
	case *inventory.Link:
		for _, b := range a.Between {
			out = append(out, b.Addr)
		}
	case *inventory.Network:
		out = append(out, addr)
	}
	return uniq(out)
}

// hostsOf returns the devices that host an asset for rule 6: an
// application's hosted_on, an endpoint group's uplink switches.
func (d *deriver) hostsOf(addr string) []string {
	var out []string
	switch a := d.m.Lookup(addr).(type) {
	case *inventory.Application:
		for _, h := range a.HostedOn {
			out = append(out, h.Addr)
		}
	case *inventory.Endpoints:
		for _, u := range a.Uplink {
			out = append(out, u.Addr)
		}
	}
	return uniq(out)
}

func uniq(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// locate fills the on, hosted and dependents indexes.
func (d *deriver) locate() {
	put := func(m map[string][]string, k, v string) { m[k] = append(m[k], v) }
	for _, a := range d.m.Applications {
		for _, n := range d.networksOf(a.Address()) {
			put(d.on, n, a.Address())
		}
		for _, h := range d.hostsOf(a.Address()) {
			put(d.hosted, h, a.Address())
		}
		for _, y := range a.DependsOn {
			put(d.dependents, y.Addr, a.Address())
		}
	}
	for _, v := range d.m.Devices {
		for _, n := range d.networksOf(v.Address()) {
			put(d.on, n, v.Address())
		}
		if v.Uplink.IsSet() {
			put(d.hosted, v.Uplink.Addr, v.Address())
		}
	}
	for _, e := range d.m.Endpoints {
		for _, n := range d.networksOf(e.Address()) {
			put(d.on, n, e.Address())
		}
		for _, h := range d.hostsOf(e.Address()) {
			put(d.hosted, h, e.Address())
		}
	}
	for _, l := range d.m.Links {
		for _, n := range d.networksOf(l.Address()) {
			put(d.on, n, l.Address())
		}
	}
	for _, m := range []map[string][]string{d.on, d.hosted, d.dependents} {
		for k, v := range m {
			m[k] = uniq(v)
		}
	}
}

// deadlines applies rule 6 to every action.
func (d *deriver) deadlines() {
	covers := map[string][]*inventory.Contract{}
	for _, c := range d.m.Contracts {
		for _, r := range c.Covers {
			covers[r.Addr] = append(covers[r.Addr], c)
		}
	}
	for i := range d.p.Acts {
		a := &d.p.Acts[i]
		subjects := append([]string{a.Address}, d.hostsOf(a.Address)...)
		subjects = uniq(append(subjects, d.networksOf(a.Address)...))
		consider := func(date inventory.Date, from string) {
			switch {
			case date.IsZero():
			case a.Deadline.IsZero() || date < a.Deadline:
				a.Deadline, a.DeadlineFrom = date, []string{from}
			case date == a.Deadline:
				a.DeadlineFrom = append(a.DeadlineFrom, from)
			}
		}
		for _, s := range subjects {
			consider(supportEnds(d.m.Lookup(s)), s)
			for _, c := range covers[s] {
				consider(c.Ends, c.Address())
			}
		}
		a.DeadlineFrom = uniq(a.DeadlineFrom)
	}
}

func supportEnds(a inventory.Asset) inventory.Date {
	switch v := a.(type) {
	case *inventory.Application:
		return v.SupportEnds
	case *inventory.Device:
		return v.SupportEnds
	case *inventory.Network:
		return v.SupportEnds
	}
	return 0
}
