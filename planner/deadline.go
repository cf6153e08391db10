package planner

import "github.com/decomhq/decom/inventory"

// setDeadlines sets each node's deadline (rule 6): the earliest of its own
// support_ends, its hosts', its networks' and every contract covering any
// of them. On a tie the first source in that order wins.
func (e *estate) setDeadlines() {
	for i := range e.nodes {
		n := &e.nodes[i]
		n.deadline, n.from = e.deadlineFor(n.aid, n.asset)
	}
}

// deadlineFor returns the deadline of asset (with id aid) and the address
// of the asset whose date it is.
func (e *estate) deadlineFor(aid int32, asset inventory.Asset) (inventory.Date, string) {
	var best inventory.Date
	var from string
	consider := func(d inventory.Date, src string) {
		if !d.IsZero() && (best.IsZero() || d < best) {
			best, from = d, src
		}
	}
	var buf [8]int32
	covered := buf[:0] // assets whose covering contracts count
	device := func(id int32) {
		if d := e.device(id); d != nil {
			consider(d.SupportEnds, e.addrs[id])
			covered = append(covered, id)
		}
	}
	network := func(id int32) {
		if n := e.network(id); n != nil {
			consider(n.SupportEnds, e.addrs[id])
			covered = append(covered, id)
		}
	}
	switch a := asset.(type) {
	case *inventory.Application:
		consider(a.SupportEnds, e.addrs[aid])
		covered = append(covered, aid)
		if e.assets[aid] == a {
			for _, h := range e.hosted[aid] {
				device(h)
			}
		} else {
			for _, r := range a.HostedOn {
				if r.IsSet() {
					device(e.find(r.Addr))
				}
			}
		}
		for _, n := range e.appNetworks(a, aid) {
			network(n)
		}
	case *inventory.Device:
		device(aid)
		if e.assets[aid] == a {
			network(e.devNet[aid])
		} else if a.Network.IsSet() {
			network(e.find(a.Network.Addr))
		}
	case *inventory.Endpoints:
		for _, r := range a.Uplink {
			if r.IsSet() {
				device(e.find(r.Addr))
			}
		}
		for _, n := range e.endpointNetworks(a) {
			network(n)
		}
	case *inventory.Link:
		covered = append(covered, aid)
		for _, r := range a.Between {
			if r.IsSet() {
				network(e.find(r.Addr))
			}
		}
	case *inventory.Network:
		network(aid)
	}
	for _, c := range covered {
		for _, k := range e.covers[c] {
			if !k.Ends.IsZero() && (best.IsZero() || k.Ends < best) {
				best, from = k.Ends, k.Address() // consider, naming it only when it wins
			}
		}
	}
	return best, from
}
