package planner

import "github.com/decomhq/decom/inventory"

// setDeadlines sets each node's deadline (rule 6): the earliest of its own
// support_ends, its hosts', its networks' and every contract covering any
// of them. On a tie the first source in that order wins.
func (e *estate) setDeadlines() {
	for i := range e.nodes {
		n := &e.nodes[i]
		n.deadline, n.from = e.deadlineFor(n.addr, n.asset)
	}
}

// deadlineFor returns the deadline of asset (at addr) and the address of
// the asset whose date it is.
func (e *estate) deadlineFor(addr string, asset inventory.Asset) (inventory.Date, string) {
	var best inventory.Date
	var from string
	consider := func(d inventory.Date, src string) {
		if !d.IsZero() && (best.IsZero() || d < best) {
			best, from = d, src
		}
	}
	var covered []string // assets whose covering contracts count
	device := func(a string) {
		if d := e.devices[a]; d != nil {
			consider(d.SupportEnds, a)
			covered = append(covered, a)
		}
	}
	network := func(a string) {
		if n := e.networks[a]; n != nil {
			consider(n.SupportEnds, a)
			covered = append(covered, a)
		}
	}
	switch a := asset.(type) {
	case *inventory.Application:
		consider(a.SupportEnds, addr)
		covered = append(covered, addr)
		for _, h := range refAddrs(a.HostedOn) {
			device(h)
		}
		for _, n := range e.appNetworks(a) {
			network(n)
		}
	case *inventory.Device:
		device(addr)
		if a.Network.IsSet() {
			network(a.Network.Addr)
		}
	case *inventory.Endpoints:
		ups := refAddrs(a.Uplink)
		for _, u := range ups {
			device(u)
		}
		for _, n := range e.endpointNetworks(a) {
			network(n)
		}
	case *inventory.Link:
		covered = append(covered, addr)
		for _, n := range refAddrs(a.Between) {
			network(n)
		}
	case *inventory.Network:
		network(addr)
	}
	for _, c := range covered {
		for _, k := range e.covers[c] {
			consider(k.Ends, k.Address())
		}
	}
	return best, from
}
