package diagram

import (
	"slices"

	"github.com/decomhq/decom/inventory"
	"github.com/dominikbraun/graph"
)

// networksOf lists the networks an asset is on (SPEC "Where an asset
// is"), by address.
func (b *builder) networksOf(addr string) []string {
	id := b.rel.ID(addr)
	if id < 0 {
		return nil
	}
	return b.rel.Addrs(b.rel.Networks(id))
}

// keep returns the set of node IDs that pass every filter.
func (b *builder) keep() map[string]bool {
	keep := make(map[string]bool, len(b.nodes))
	for _, n := range b.nodes {
		keep[n.ID] = true
	}
	if len(b.o.Types) > 0 {
		for id := range keep {
			if !slices.Contains(b.o.Types, b.types[id]) {
				delete(keep, id)
			}
		}
	}
	if b.o.Network != "" {
		for id := range keep {
			if !slices.Contains(b.networksOf(id), b.o.Network) {
				delete(keep, id)
			}
		}
	}
	if b.o.Tenant != "" {
		t := b.tenantSet(b.o.Tenant)
		for id := range keep {
			if !t[id] {
				delete(keep, id)
			}
		}
	}
	if b.o.Focus != "" {
		f := b.neighbourhood(b.o.Focus, b.o.Depth)
		for id := range keep {
			if !f[id] {
				delete(keep, id)
			}
		}
	}
	return keep
}

// tenantSet is what tenant t uses: applications used by t, their hosts,
// devices and networks at t's sites, and endpoint groups uplinked to kept
// devices.
func (b *builder) tenantSet(t string) map[string]bool {
	set := map[string]bool{}
	sites := map[string]bool{}
	for _, s := range b.m.Sites {
		if s.Tenant.Addr == t {
			sites[s.Address()] = true
		}
	}
	netAtSite := map[string]bool{}
	for _, n := range b.m.Networks {
		if sites[n.Site.Addr] {
			set[n.Address()] = true
			netAtSite[n.Address()] = true
		}
	}
	for _, d := range b.m.Devices {
		if sites[d.Site.Addr] || (!d.Site.IsSet() && netAtSite[d.Network.Addr]) {
			set[d.Address()] = true
		}
	}
	for _, a := range b.m.Applications {
		for _, u := range a.UsedBy {
			if u.Addr == t {
				set[a.Address()] = true
				for _, h := range a.HostedOn {
					set[h.Addr] = true
				}
				break
			}
		}
	}
	for _, e := range b.m.Endpoints {
		for _, u := range e.Uplink {
			if set[u.Addr] {
				set[e.Address()] = true
				break
			}
		}
	}
	return set
}

// neighbourhood is every node within depth hops of focus, over edges in
// either direction and membership of a network. The diagram's relations
// are an undirected dominikbraun/graph graph, whose adjacency map a
// breadth-first search walks level by level: linear in the diagram's
// size. (The library's own BFSWithDepth counts visited vertices, not
// hops, so the levels are walked here.)
func (b *builder) neighbourhood(focus string, depth int) map[string]bool {
	g := graph.New(graph.StringHash)
	join := func(x, y string) {
		_ = g.AddVertex(x) // already there: fine
		_ = g.AddVertex(y)
		_ = g.AddEdge(x, y) // already there: fine
	}
	for _, e := range b.edges {
		join(e.From, e.To)
	}
	for _, l := range b.m.Links {
		for _, r := range l.Between {
			join(l.Address(), r.Addr)
		}
	}
	for _, a := range b.m.Applications { // drawn as a box, not edges, when shared
		for _, h := range a.HostedOn {
			join(a.Address(), h.Addr)
		}
	}
	for _, n := range b.nodes {
		if n.Address == "" || b.types[n.ID] == inventory.TypeNetwork {
			continue
		}
		for _, net := range b.networksOf(n.ID) {
			join(n.ID, net)
		}
	}
	adj, err := g.AdjacencyMap()
	if err != nil { // the in-memory store never fails
		adj = nil
	}
	seen := map[string]bool{focus: true}
	frontier := []string{focus}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, x := range frontier {
			for y := range adj[x] {
				if !seen[y] {
					seen[y] = true
					next = append(next, y)
				}
			}
		}
		frontier = next
	}
	return seen
}
