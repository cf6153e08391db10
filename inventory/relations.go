package inventory

import (
	"slices"
	"sort"
)

// Relations indexes how the assets of a model relate to one another: the
// networks each asset is on (SPEC section 2, "Where an asset is"), what is
// hosted on, uplinked to and located on each device and network, who
// depends on each application, which contracts cover each asset, and the
// reverse of replaced_by, site, supplier and used_by. The planner, `why`,
// `impact`, the diagrams and the report all read these facts from here.
//
// Every labelled asset has an ID, 0..Len()-1, in address order, so sorting
// IDs sorts addresses. Every list an accessor returns holds IDs, has no
// repeats and never names the asset itself; it is in address order unless
// its doc says "as written". A reference that names no asset (an error
// Load reports) is left out. The lists share the index's memory: callers
// must not modify them.
//
// NewRelations builds the index in time linear in the size of the model
// (plus a sort when the model's slices are not in address order); it is
// not safe to modify the model while using its Relations.
type Relations struct {
	addrs  []string
	assets []Asset
	ids    map[string]int32
	dups   []string

	// Lookups while building: the last reference resolved, and a buffer
	// for refs.
	lastAddr string
	lastID   int32
	scratch  []int32

	devNet []int32 // device -> its network, -1 for none (and for other assets)

	networks   adjacency // asset -> networks it is on
	hostedOn   adjacency // application -> hosted_on devices, as written
	uplinks    adjacency // device or endpoint group -> uplink devices, as written
	hosted     adjacency // device -> applications hosted on it
	uplinked   adjacency // device -> devices and endpoint groups uplinked to it
	onNetwork  adjacency // network -> devices, applications, endpoint groups and links on it
	dependsOn  adjacency // application -> applications it depends on
	dependents adjacency // application -> applications that depend on it
	covers     adjacency // contract -> assets it covers
	coveredBy  adjacency // asset -> contracts covering it
	replaces   adjacency // application -> applications replaced_by it
	atSite     adjacency // site -> networks and devices there
	ofSupplier adjacency // supplier -> contracts and networks
	uses       adjacency // tenant -> applications it uses (used_by)
	links      map[[2]int32][]int32

	redGroup  []int32   // device -> index in redGroups, -1 for none
	redGroups [][]int32 // redundancy groups, each in address order
}

// NewRelations indexes the model m. Two assets that share an address (a
// model built by hand; Load never gives one) share an ID: the first in
// model order counts and the others are left out of every index, as Load
// leaves out a later block at a taken address. Duplicates lists them.
func NewRelations(m *Model) *Relations {
	r := &Relations{}
	r.number(m)
	n := len(r.addrs)
	var (
		networks, hostedOn, uplinks, hosted, uplinked, onNetwork pairs
		dependsOn, dependents, covers, coveredBy, replaces       pairs
		atSite, ofSupplier, uses                                 pairs
	)
	// Room for every pair up front: growing these lists by doubling cost
	// a tenth of the index's memory on large estates.
	var hosts, deps, ups, covered, used int
	for _, a := range m.Applications {
		hosts, deps, used = hosts+len(a.HostedOn), deps+len(a.DependsOn), used+len(a.UsedBy)
	}
	for _, e := range m.Endpoints {
		ups += len(e.Uplink)
	}
	for _, c := range m.Contracts {
		covered += len(c.Covers)
	}
	ups += len(m.Devices)
	located := len(m.Devices) + len(m.Applications) + len(m.Endpoints) + 2*len(m.Links) + hosts
	networks.reserve(located + len(m.Networks))
	onNetwork.reserve(located)
	hostedOn.reserve(hosts)
	hosted.reserve(hosts)
	uplinks.reserve(ups)
	uplinked.reserve(ups)
	dependsOn.reserve(deps)
	dependents.reserve(deps)
	covers.reserve(covered)
	coveredBy.reserve(covered)
	replaces.reserve(len(m.Applications))
	atSite.reserve(len(m.Networks) + len(m.Devices))
	ofSupplier.reserve(len(m.Networks) + len(m.Contracts))
	uses.reserve(used)
	r.links = make(map[[2]int32][]int32, len(m.Links))
	// Each device's network first: applications and endpoint groups
	// (earlier in address order) are on their devices' networks.
	r.devNet = make([]int32, n)
	for id, a := range r.assets {
		r.devNet[id] = -1
		if d, ok := a.(*Device); ok {
			r.devNet[id] = r.ref(d.Network)
		}
	}
	for id, a := range r.assets {
		x := int32(id)
		switch a := a.(type) {
		case *Network:
			networks.add(x, x)
			atSite.add(r.ref(a.Site), x)
			ofSupplier.add(r.ref(a.Supplier), x)
		case *Link:
			ends := r.refs(a.Between, x)
			for _, nw := range ends {
				networks.add(x, nw)
				onNetwork.add(nw, x)
			}
			if len(ends) == 2 {
				k := pairKey(ends[0], ends[1])
				r.links[k] = append(r.links[k], x)
			}
		case *Device:
			if nw := r.devNet[x]; nw >= 0 {
				networks.add(x, nw)
				onNetwork.add(nw, x)
			}
			if up := r.ref(a.Uplink); up >= 0 && up != x {
				uplinks.add(x, up)
				uplinked.add(up, x)
			}
			atSite.add(r.ref(a.Site), x)
		case *Application:
			hosts := r.refs(a.HostedOn, x)
			var buf [8]int32
			nets := buf[:0]
			for _, h := range hosts {
				hostedOn.add(x, h)
				hosted.add(h, x)
				if nw := r.devNet[h]; nw >= 0 {
					nets = append(nets, nw)
				}
			}
			if nw := r.ref(a.Network); nw >= 0 {
				nets = append(nets, nw)
			}
			for _, nw := range sortedUnique(nets) {
				networks.add(x, nw)
				onNetwork.add(nw, x)
			}
			deps := r.refs(a.DependsOn, x)
			slices.Sort(deps)
			for _, d := range deps {
				dependsOn.add(x, d)
				dependents.add(d, x)
			}
			replaces.add(r.ref(a.ReplacedBy), x)
			for _, t := range r.refs(a.UsedBy, x) {
				uses.add(t, x)
			}
		case *Endpoints:
			var buf [8]int32
			nets := buf[:0]
			for _, u := range r.refs(a.Uplink, x) {
				uplinks.add(x, u)
				uplinked.add(u, x)
				if nw := r.devNet[u]; nw >= 0 {
					nets = append(nets, nw)
				}
			}
			for _, nw := range sortedUnique(nets) {
				networks.add(x, nw)
				onNetwork.add(nw, x)
			}
		case *Contract:
			for _, c := range r.refs(a.Covers, x) {
				covers.add(x, c)
				coveredBy.add(c, x)
			}
			ofSupplier.add(r.ref(a.Supplier), x)
		}
	}
	for k, v := range r.links {
		r.links[k] = sortedUnique(v)
	}
	r.redundancy(m)
	r.networks, r.hostedOn, r.uplinks = networks.index(n), hostedOn.index(n), uplinks.index(n)
	r.hosted, r.uplinked, r.onNetwork = hosted.index(n), uplinked.index(n), onNetwork.index(n)
	r.dependsOn, r.dependents = dependsOn.index(n), dependents.index(n)
	r.covers, r.coveredBy, r.replaces = covers.index(n), coveredBy.index(n), replaces.index(n)
	r.atSite, r.ofSupplier, r.uses = atSite.index(n), ofSupplier.index(n), uses.index(n)
	return r
}

// number gives every labelled asset its ID in address order.
func (r *Relations) number(m *Model) {
	total := len(m.Applications) + len(m.Contracts) + len(m.Devices) + len(m.Endpoints) + len(m.Links) +
		len(m.Networks) + len(m.Sites) + len(m.Suppliers) + len(m.Tenants)
	assets := make([]Asset, 0, total)
	// Type order is address order: application < contract < device <
	// endpoints < link < network < site < supplier < tenant.
	assets = appendAssets(assets, m.Applications)
	assets = appendAssets(assets, m.Contracts)
	assets = appendAssets(assets, m.Devices)
	assets = appendAssets(assets, m.Endpoints)
	assets = appendAssets(assets, m.Links)
	assets = appendAssets(assets, m.Networks)
	assets = appendAssets(assets, m.Sites)
	assets = appendAssets(assets, m.Suppliers)
	assets = appendAssets(assets, m.Tenants)
	addrs := make([]string, len(assets))
	sorted := true
	for i, a := range assets {
		addrs[i] = a.AssetMeta().Address()
		if i > 0 && addrs[i-1] >= addrs[i] {
			sorted = false
		}
	}
	if !sorted { // a model built by hand and not reindexed
		order := make([]int, len(assets))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(i, j int) bool { return addrs[order[i]] < addrs[order[j]] })
		sa, ss := make([]Asset, len(assets)), make([]string, len(assets))
		for i, o := range order {
			sa[i], ss[i] = assets[o], addrs[o]
		}
		assets, addrs = sa, ss
	}
	r.ids = make(map[string]int32, len(addrs))
	r.addrs, r.assets = addrs[:0], assets[:0]
	for i, a := range addrs {
		if len(r.addrs) > 0 && r.addrs[len(r.addrs)-1] == a {
			if len(r.dups) == 0 || r.dups[len(r.dups)-1] != a {
				r.dups = append(r.dups, a)
			}
			continue
		}
		r.ids[a] = int32(len(r.addrs))
		r.addrs = append(r.addrs, a)
		r.assets = append(r.assets, assets[i])
	}
}

func appendAssets[T Asset](out []Asset, s []T) []Asset {
	for _, a := range s {
		out = append(out, a)
	}
	return out
}

// ref returns the ID of the asset ref names, or -1 when it is absent or
// names no asset. The last address looked up is remembered: runs of
// references to one tenant, site or network cost no map lookup. Only
// NewRelations uses it; queries (ID) leave the index unchanged.
func (r *Relations) ref(ref Ref) int32 {
	if !ref.IsSet() {
		return -1
	}
	if ref.Addr == r.lastAddr {
		return r.lastID
	}
	id, ok := r.ids[ref.Addr]
	if !ok {
		id = -1
	}
	r.lastAddr, r.lastID = ref.Addr, id
	return id
}

// refs returns the IDs of the assets refs name, as written, leaving out
// repeats, self and references to no asset. The result is only valid
// until the next call: it reuses one buffer.
func (r *Relations) refs(refs []Ref, self int32) []int32 {
	out := r.scratch[:0]
	for _, ref := range refs {
		if id := r.ref(ref); id >= 0 && id != self && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	r.scratch = out[:0]
	return out
}

// Len is the number of assets indexed.
func (r *Relations) Len() int { return len(r.addrs) }

// ID returns the ID of the asset at addr, or -1 when there is none.
func (r *Relations) ID(addr string) int32 {
	if id, ok := r.ids[addr]; ok {
		return id
	}
	return -1
}

// Addr returns the address of asset id.
func (r *Relations) Addr(id int32) string { return r.addrs[id] }

// Addrs returns the addresses of ids, in the same order.
func (r *Relations) Addrs(ids []int32) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = r.addrs[id]
	}
	return out
}

// Asset returns asset id.
func (r *Relations) Asset(id int32) Asset { return r.assets[id] }

// Duplicates lists, sorted, the addresses that more than one asset of the
// model has; nil for a model Load returned.
func (r *Relations) Duplicates() []string { return r.dups }

// Networks lists the networks asset id is on: a network itself, a link's
// two networks, a device's network, the networks of an application's
// hosted_on devices and its own network, the networks of an endpoint
// group's uplink switches.
func (r *Relations) Networks(id int32) []int32 { return r.networks.of(id) }

// HostedOn lists the devices application id is hosted on, as written.
func (r *Relations) HostedOn(id int32) []int32 { return r.hostedOn.of(id) }

// Uplinks lists the devices a device (its uplink) or an endpoint group
// (its uplink switches) is patched into, as written.
func (r *Relations) Uplinks(id int32) []int32 { return r.uplinks.of(id) }

// Hosted lists the applications hosted on device id.
func (r *Relations) Hosted(id int32) []int32 { return r.hosted.of(id) }

// Uplinked lists the devices and endpoint groups patched into device id.
func (r *Relations) Uplinked(id int32) []int32 { return r.uplinked.of(id) }

// OnNetwork lists every asset on network id (see Networks): devices,
// applications, endpoint groups and links.
func (r *Relations) OnNetwork(id int32) []int32 { return r.onNetwork.of(id) }

// DependsOn lists the applications application id depends on.
func (r *Relations) DependsOn(id int32) []int32 { return r.dependsOn.of(id) }

// Dependents lists the applications that depend on application id.
func (r *Relations) Dependents(id int32) []int32 { return r.dependents.of(id) }

// Covers lists the assets contract id covers.
func (r *Relations) Covers(id int32) []int32 { return r.covers.of(id) }

// CoveredBy lists the contracts that cover asset id.
func (r *Relations) CoveredBy(id int32) []int32 { return r.coveredBy.of(id) }

// Replaces lists the applications whose replaced_by is application id.
func (r *Relations) Replaces(id int32) []int32 { return r.replaces.of(id) }

// AtSite lists the networks and devices whose site is site id.
func (r *Relations) AtSite(id int32) []int32 { return r.atSite.of(id) }

// OfSupplier lists the contracts and networks whose supplier is id.
func (r *Relations) OfSupplier(id int32) []int32 { return r.ofSupplier.of(id) }

// Uses lists the applications whose used_by names tenant id.
func (r *Relations) Uses(id int32) []int32 { return r.uses.of(id) }

// RedundancyGroup lists, in address order, the devices that stand in for
// one another with device id (the groups joined by redundant_with, read
// both ways and transitively), id itself included; nil when id has no
// redundant partner.
func (r *Relations) RedundancyGroup(id int32) []int32 {
	if id < 0 || r.redGroup == nil || r.redGroup[id] < 0 {
		return nil
	}
	return r.redGroups[r.redGroup[id]]
}

// redundancy joins devices by redundant_with into groups (union-find,
// near-linear), each with at least two members.
func (r *Relations) redundancy(m *Model) {
	var sets unionFind // made on the first partner
	for _, d := range m.Devices {
		if len(d.RedundantWith) == 0 {
			continue
		}
		x := r.ID(d.Address())
		for _, p := range r.refs(d.RedundantWith, x) {
			if _, ok := r.assets[p].(*Device); !ok {
				continue
			}
			if sets == nil {
				sets = newUnionFind(len(r.addrs))
			}
			sets.union(x, p)
		}
	}
	if sets == nil {
		return
	}
	// A group's root is its smallest ID, so it comes first in ID order:
	// each group is built in address order, and a root with no members
	// forms none.
	r.redGroup = make([]int32, len(r.addrs))
	for id := range r.redGroup {
		r.redGroup[id] = -1
		x := int32(id)
		rt := sets.find(x)
		if rt == x {
			continue
		}
		g := r.redGroup[rt]
		if g < 0 {
			g = int32(len(r.redGroups))
			r.redGroup[rt] = g
			r.redGroups = append(r.redGroups, []int32{rt})
		}
		r.redGroup[x] = g
		r.redGroups[g] = append(r.redGroups[g], x)
	}
}

// Links lists the links between networks a and b (in either order).
func (r *Relations) Links(a, b int32) []int32 { return r.links[pairKey(a, b)] }

// Home is the one network asset id is drawn in: a network itself, a
// device's network, the network of an application's first hosted_on
// device that has one (else its own network), the network of an endpoint
// group's first uplink switch; -1 when there is none (links, which join
// two, included) or id is -1.
func (r *Relations) Home(id int32) int32 {
	if id < 0 {
		return -1
	}
	switch a := r.assets[id].(type) {
	case *Network:
		return id
	case *Device:
		return r.devNet[id]
	case *Application:
		for _, h := range r.HostedOn(id) {
			if nw := r.devNet[h]; nw >= 0 {
				return nw
			}
		}
		return r.ID(a.Network.Addr)
	case *Endpoints:
		if up := r.Uplinks(id); len(up) > 0 {
			return r.devNet[up[0]]
		}
	}
	return -1
}

func pairKey(a, b int32) [2]int32 {
	if b < a {
		a, b = b, a
	}
	return [2]int32{a, b}
}

func sortedUnique(s []int32) []int32 {
	if len(s) < 2 {
		return s
	}
	slices.Sort(s)
	return slices.Compact(s)
}

// pairs collects (key, value) pairs for an adjacency index.
type pairs struct{ keys, vals []int32 }

// reserve makes room for n pairs.
func (p *pairs) reserve(n int) {
	p.keys, p.vals = make([]int32, 0, n), make([]int32, 0, n)
}

// add records value v under key k; a negative key (no such asset) is
// ignored.
func (p *pairs) add(k, v int32) {
	if k >= 0 {
		p.keys, p.vals = append(p.keys, k), append(p.vals, v)
	}
}

// adjacency is a compact index: the values under key k are
// list[start[k]:start[k+1]].
type adjacency struct {
	start []int32
	list  []int32
}

func (a adjacency) of(k int32) []int32 {
	if a.start == nil {
		return nil
	}
	return a.list[a.start[k]:a.start[k+1]:a.start[k+1]]
}

// index builds the adjacency of p over keys 0..n-1, keeping each key's
// values in the order they were added and dropping a value repeated next
// to itself (values added in increasing order, as the reverse indexes
// add them, come out sorted and unique).
func (p *pairs) index(n int) adjacency {
	if len(p.keys) == 0 {
		return adjacency{}
	}
	start := make([]int32, n+1)
	for _, k := range p.keys {
		start[k+1]++
	}
	for i := 0; i < n; i++ {
		start[i+1] += start[i]
	}
	list := make([]int32, len(p.vals))
	fill := append([]int32(nil), start[:n]...)
	for i, k := range p.keys {
		list[fill[k]] = p.vals[i]
		fill[k]++
	}
	// Drop adjacent repeats, key by key, compacting in place.
	out := int32(0)
	for k := 0; k < n; k++ {
		from, to := start[k], start[k+1]
		start[k] = out
		for i := from; i < to; i++ {
			if out > start[k] && list[out-1] == list[i] {
				continue
			}
			list[out] = list[i]
			out++
		}
	}
	start[n] = out
	return adjacency{start: start, list: list[:out]}
}
