package planner

import (
	"sort"

	"github.com/decomhq/decom/inventory"
)

// node is one action the estate needs.
type node struct {
	addr     string
	kind     ActionKind
	effort   float64
	critical bool
	deadline inventory.Date
	from     string          // DeadlineFrom
	asset    inventory.Asset // the asset acting (saves looking it up by address)
}

// estate holds the model with the indexes the rules need: who is hosted
// on, uplinked to and located on what.
type estate struct {
	m        *inventory.Model
	nodes    []node
	idx      map[string]int // action address -> node
	devices  map[string]*inventory.Device
	networks map[string]*inventory.Network
	apps     map[string]*inventory.Application

	hostedOn   map[string][]string // device -> applications hosted on it
	uplinked   map[string][]string // device -> devices and endpoints uplinked to it
	onNetwork  map[string][]string // network -> devices, applications, endpoints, links on it
	dependents map[string][]string // application -> applications depending on it
	links      map[[2]string][]string
	covers     map[string][]*inventory.Contract // asset -> contracts covering it
}

// movingRs are the application dispositions that move it (action migrate).
var movingRs = map[inventory.Disposition]bool{
	inventory.DispRehost: true, inventory.DispRelocate: true,
	inventory.DispReplatform: true, inventory.DispRefactor: true,
}

// appAction is the action an application takes, "" for none.
func appAction(a *inventory.Application) ActionKind {
	switch {
	case a.Status == inventory.StatusDone:
		return ""
	case movingRs[a.Disposition]:
		return Migrate
	case a.Disposition == inventory.DispRetire, a.Disposition == inventory.DispRepurchase:
		return Retire
	}
	return ""
}

func deviceAction(d *inventory.Device) ActionKind {
	switch {
	case d.Status == inventory.StatusDone:
		return ""
	case d.Disposition == inventory.DispDecommission:
		return Decommission
	case d.Disposition == inventory.DispMigrate:
		return Migrate
	}
	return ""
}

func endpointsAction(e *inventory.Endpoints) ActionKind {
	switch {
	case e.Status == inventory.StatusDone:
		return ""
	case e.Disposition == inventory.DispMigrate:
		return Migrate
	case e.Disposition == inventory.DispRetire:
		return Retire
	}
	return ""
}

// isDone reports whether the asset at addr has already taken its action.
func (e *estate) isDone(addr string) bool {
	switch a := e.m.Lookup(addr).(type) {
	case *inventory.Application:
		return a.Status == inventory.StatusDone
	case *inventory.Device:
		return a.Status == inventory.StatusDone
	case *inventory.Endpoints:
		return a.Status == inventory.StatusDone
	}
	return false
}

// acts returns the node of addr's action, or -1 when it takes none.
func (e *estate) acts(addr string) int {
	if i, ok := e.idx[addr]; ok {
		return i
	}
	return -1
}

func newEstate(m *inventory.Model) *estate {
	// Maps are sized up front: on 100,000 applications growing them cost
	// a tenth of the plan's time.
	nd, na := len(m.Devices), len(m.Applications)
	e := &estate{
		m: m, idx: make(map[string]int, len(m.Networks)+len(m.Links)+nd+na+len(m.Endpoints)),
		devices: make(map[string]*inventory.Device, nd), networks: make(map[string]*inventory.Network, len(m.Networks)),
		apps:     make(map[string]*inventory.Application, na),
		hostedOn: make(map[string][]string, nd), uplinked: make(map[string][]string, nd),
		onNetwork: make(map[string][]string, len(m.Networks)), dependents: make(map[string][]string, na),
		links: make(map[[2]string][]string, len(m.Links)), covers: make(map[string][]*inventory.Contract, 4*len(m.Contracts)),
	}
	e.nodes = make([]node, 0, len(m.Networks)+len(m.Links)+nd+na+len(m.Endpoints))
	add := func(addr string, k ActionKind, effort float64, critical bool, a inventory.Asset) {
		if k != "" {
			e.nodes = append(e.nodes, node{addr: addr, kind: k, effort: effort, critical: critical, asset: a})
		}
	}
	for _, n := range m.Networks {
		e.networks[n.Address()] = n
		if n.Decommission {
			add(n.Address(), Decommission, 0, false, n)
		}
	}
	for _, l := range m.Links {
		a := l.Address()
		if l.Decommission {
			add(a, Decommission, 0, false, l)
		}
		nets := refAddrs(l.Between)
		for _, n := range nets {
			e.onNetwork[n] = append(e.onNetwork[n], a)
		}
		if len(nets) == 2 {
			e.links[pairKey(nets[0], nets[1])] = append(e.links[pairKey(nets[0], nets[1])], a)
		}
	}
	for _, d := range m.Devices {
		a := d.Address()
		e.devices[a] = d
		add(a, deviceAction(d), 0, false, d)
		if d.Network.IsSet() {
			e.onNetwork[d.Network.Addr] = append(e.onNetwork[d.Network.Addr], a)
		}
		if d.Uplink.IsSet() && d.Uplink.Addr != a {
			e.uplinked[d.Uplink.Addr] = append(e.uplinked[d.Uplink.Addr], a)
		}
	}
	for _, ap := range m.Applications {
		a := ap.Address()
		e.apps[a] = ap
		add(a, appAction(ap), ap.EffortDays, ap.Criticality == inventory.CritCritical, ap)
		for _, h := range refAddrs(ap.HostedOn) {
			e.hostedOn[h] = append(e.hostedOn[h], a)
		}
		for _, dep := range refAddrs(ap.DependsOn) {
			if dep != a {
				e.dependents[dep] = append(e.dependents[dep], a)
			}
		}
	}
	for _, ap := range m.Applications {
		for _, n := range e.appNetworks(ap) {
			e.onNetwork[n] = append(e.onNetwork[n], ap.Address())
		}
	}
	for _, ep := range m.Endpoints {
		a := ep.Address()
		add(a, endpointsAction(ep), ep.EffortDays, false, ep)
		for _, u := range refAddrs(ep.Uplink) {
			e.uplinked[u] = append(e.uplinked[u], a)
		}
		for _, n := range e.endpointNetworks(ep) {
			e.onNetwork[n] = append(e.onNetwork[n], a)
		}
	}
	for _, c := range m.Contracts {
		for _, cv := range refAddrs(c.Covers) {
			e.covers[cv] = append(e.covers[cv], c)
		}
	}
	sort.Slice(e.nodes, func(i, j int) bool { return e.nodes[i].addr < e.nodes[j].addr })
	for i, n := range e.nodes {
		e.idx[n.addr] = i
	}
	for _, mp := range []map[string][]string{e.hostedOn, e.uplinked, e.onNetwork, e.dependents} {
		for k, v := range mp {
			mp[k] = sortedUnique(v)
		}
	}
	for k, v := range e.links {
		e.links[k] = sortedUnique(v)
	}
	return e
}

// appNetworks lists the networks an application is on: those of its
// hosted_on devices and its own network attribute, sorted.
func (e *estate) appNetworks(ap *inventory.Application) []string {
	var out []string
	for _, h := range refAddrs(ap.HostedOn) {
		if d := e.devices[h]; d != nil && d.Network.IsSet() {
			out = append(out, d.Network.Addr)
		}
	}
	if ap.Network.IsSet() {
		out = append(out, ap.Network.Addr)
	}
	return sortedUnique(out)
}

// endpointNetworks lists the networks of an endpoint group's uplink
// switches, sorted.
func (e *estate) endpointNetworks(ep *inventory.Endpoints) []string {
	var out []string
	for _, u := range refAddrs(ep.Uplink) {
		if d := e.devices[u]; d != nil && d.Network.IsSet() {
			out = append(out, d.Network.Addr)
		}
	}
	return sortedUnique(out)
}

func refAddrs(rs []inventory.Ref) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		if r.IsSet() {
			out = append(out, r.Addr)
		}
	}
	return out
}

func pairKey(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func sortedUnique(s []string) []string {
	if len(s) < 2 {
		return s
	}
	sort.Strings(s)
	out := s[:1]
	for _, x := range s[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}
