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

// deadlineFor returns the deadline of asset (with id aid) and the id of
// the asset whose date it is (-1 when there is no deadline).
func (e *estate) deadlineFor(aid int32, asset inventory.Asset) (inventory.Date, int32) {
	var best inventory.Date
	from := int32(-1)
	consider := func(d inventory.Date, src int32) {
		if !d.IsZero() && (best.IsZero() || d < best) {
			best, from = d, src
		}
	}
	var buf [8]int32
	covered := buf[:0] // assets whose covering contracts count
	rel := e.rel
	device := func(id int32) {
		if d := e.device(id); d != nil {
			consider(d.SupportEnds, id)
			covered = append(covered, id)
		}
	}
	network := func(id int32) {
		if n := e.network(id); n != nil {
			consider(n.SupportEnds, id)
			covered = append(covered, id)
		}
	}
	switch a := asset.(type) {
	case *inventory.Application:
		consider(a.SupportEnds, aid)
		covered = append(covered, aid)
		for _, h := range rel.HostedOn(aid) {
			device(h)
		}
		for _, n := range rel.Networks(aid) {
			network(n)
		}
	case *inventory.Device:
		device(aid)
		network(rel.ID(a.Network.Addr))
	case *inventory.Endpoints:
		for _, u := range rel.Uplinks(aid) {
			device(u)
		}
		for _, n := range rel.Networks(aid) {
			network(n)
		}
	case *inventory.Link:
		covered = append(covered, aid)
		for _, r := range a.Between { // as written: the first wins a tie
			network(rel.ID(r.Addr))
		}
	case *inventory.Network:
		network(aid)
	}
	for _, c := range covered {
		for _, k := range rel.CoveredBy(c) {
			if ends := rel.Asset(k).(*inventory.Contract).Ends; !ends.IsZero() && (best.IsZero() || ends < best) {
				best, from = ends, k
			}
		}
	}
	return best, from
}
