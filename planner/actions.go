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
	aid      int32           // the asset's id (see estate.number)
}

// estate holds the model with the indexes the rules need: who is hosted
// on, uplinked to and located on what. Assets (networks, links, devices,
// applications, endpoints) are numbered in address order and the indexes
// are slices by that id, their values ids, sorted and unique.
type estate struct {
	m      *inventory.Model
	nodes  []node
	addrs  []string          // asset id -> address; then dangling references
	assets []inventory.Asset // asset id -> asset (nil for a dangling reference)
	ids    map[string]int32  // address -> asset id
	unique bool              // no two assets share an address
	nodeOf []int32           // asset id -> node, -1 when it takes no action

	hostedOn   [][]int32 // device -> applications hosted on it
	uplinked   [][]int32 // device -> devices and endpoints uplinked to it
	onNetwork  [][]int32 // network -> devices, applications, endpoints, links on it
	dependents [][]int32 // application -> applications depending on it
	deps       [][]int32 // application -> what it depends on (sorted, unique)
	appNets    [][]int32 // application -> its networks (see appNetworks)
	devNet     []int32   // device -> its network, -1 if none
	hosted     [][]int32 // application -> its hosted_on devices, in order
	links      map[[2]int32][]int32
	covers     [][]*inventory.Contract // asset -> contracts covering it
}

// moving reports whether an application disposition moves it (action
// migrate): rehost, relocate, replatform or refactor.
func moving(d inventory.Disposition) bool {
	switch d {
	case inventory.DispRehost, inventory.DispRelocate, inventory.DispReplatform, inventory.DispRefactor:
		return true
	}
	return false
}

// appAction is the action an application takes, "" for none.
func appAction(a *inventory.Application) ActionKind {
	switch {
	case a.Status == inventory.StatusDone:
		return ""
	case moving(a.Disposition):
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
	if id := e.find(addr); id >= 0 {
		return int(e.nodeOf[id])
	}
	return -1
}

func newEstate(m *inventory.Model) *estate {
	e := &estate{m: m}
	netID, linkID, devID, appID, epID := e.number()
	n := len(e.addrs)
	e.nodeOf = make([]int32, n)
	e.hostedOn, e.uplinked, e.onNetwork = make([][]int32, n), make([][]int32, n), make([][]int32, n)
	e.dependents, e.deps, e.appNets = make([][]int32, n), make([][]int32, n), make([][]int32, n)
	e.covers = make([][]*inventory.Contract, n)
	e.hosted = make([][]int32, n)
	e.devNet = make([]int32, n)
	for i := range e.devNet {
		e.devNet[i] = -1
	}
	e.links = make(map[[2]int32][]int32, len(m.Links))
	e.nodes = make([]node, 0, n)
	add := func(id int32, k ActionKind, effort float64, critical bool, a inventory.Asset) {
		if k != "" {
			e.nodes = append(e.nodes, node{addr: e.addrs[id], kind: k, effort: effort, critical: critical, asset: a, aid: id})
		}
	}
	for i, nw := range m.Networks {
		if nw.Decommission {
			add(netID[i], Decommission, 0, false, nw)
		}
	}
	for i, l := range m.Links {
		a := linkID[i]
		if l.Decommission {
			add(a, Decommission, 0, false, l)
		}
		nets := e.refIDs(l.Between)
		for _, nw := range nets {
			e.onNetwork[nw] = append(e.onNetwork[nw], a)
		}
		if len(nets) == 2 {
			k := pairKey(nets[0], nets[1])
			e.links[k] = append(e.links[k], a)
		}
	}
	for i, d := range m.Devices {
		a := devID[i]
		add(a, deviceAction(d), 0, false, d)
		if d.Network.IsSet() {
			nw := e.ref(d.Network.Addr)
			e.onNetwork[nw] = append(e.onNetwork[nw], a)
			if e.assets[a] == d {
				e.devNet[a] = nw
			}
		}
		if d.Uplink.IsSet() {
			if u := e.ref(d.Uplink.Addr); u != a {
				e.uplinked[u] = append(e.uplinked[u], a)
			}
		}
	}
	for i, ap := range m.Applications {
		a := appID[i]
		add(a, appAction(ap), ap.EffortDays, ap.Criticality == inventory.CritCritical, ap)
		hosted := make([]int32, 0, len(ap.HostedOn))
		for _, r := range ap.HostedOn {
			if r.IsSet() {
				h := e.ref(r.Addr)
				hosted = append(hosted, h)
				e.hostedOn[h] = append(e.hostedOn[h], a)
			}
		}
		deps := e.refIDs(ap.DependsOn)
		for _, dep := range deps {
			if dep != a {
				e.dependents[dep] = append(e.dependents[dep], a)
			}
		}
		nets := e.netsOf(hosted, ap.Network)
		if e.assets[a] == ap {
			e.deps[a] = sortedUniqueIDs(deps)
			e.hosted[a] = hosted
			e.appNets[a] = nets
		}
		for _, nw := range nets {
			e.onNetwork[nw] = append(e.onNetwork[nw], a)
		}
	}
	for i, ep := range m.Endpoints {
		a := epID[i]
		add(a, endpointsAction(ep), ep.EffortDays, false, ep)
		for _, u := range e.refIDs(ep.Uplink) {
			e.uplinked[u] = append(e.uplinked[u], a)
		}
		for _, nw := range e.endpointNetworks(ep) {
			e.onNetwork[nw] = append(e.onNetwork[nw], a)
		}
	}
	for _, c := range m.Contracts {
		for _, cv := range e.refIDs(c.Covers) {
			e.covers[cv] = append(e.covers[cv], c)
		}
	}
	e.sortNodes()
	for _, idx := range [][][]int32{e.hostedOn, e.uplinked, e.onNetwork, e.dependents} {
		for k, v := range idx {
			idx[k] = sortedUniqueIDs(v)
		}
	}
	for k, v := range e.links {
		e.links[k] = sortedUniqueIDs(v)
	}
	return e
}

// netsOf lists the networks of the devices hosted (ids) and of network,
// sorted and unique. It numbers a dangling network (see ref).
func (e *estate) netsOf(hosted []int32, network inventory.Ref) []int32 {
	var out []int32
	for _, h := range hosted {
		if nw := e.devNet[h]; nw >= 0 {
			out = append(out, nw)
		}
	}
	if network.IsSet() {
		out = append(out, e.ref(network.Addr))
	}
	return sortedUniqueIDs(out)
}

// appNetIDs lists the networks an application is on: those of its
// hosted_on devices and its own network attribute, sorted.
func (e *estate) appNetIDs(ap *inventory.Application) []int32 {
	return e.netsOf(e.refIDs(ap.HostedOn), ap.Network)
}

// appNetworks is appNetIDs for application ap with id aid, from the index
// when ap is the asset at aid.
func (e *estate) appNetworks(ap *inventory.Application, aid int32) []int32 {
	if aid >= 0 && e.assets[aid] == ap {
		return e.appNets[aid]
	}
	return e.appNetIDs(ap)
}

// endpointNetworks lists the networks of an endpoint group's uplink
// switches, sorted.
func (e *estate) endpointNetworks(ep *inventory.Endpoints) []int32 {
	return e.netsOf(e.refIDs(ep.Uplink), inventory.Ref{})
}

func pairKey(a, b int32) [2]int32 {
	if b < a {
		a, b = b, a
	}
	return [2]int32{a, b}
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
