package explain

import (
	"slices"
	"sort"

	"github.com/decomhq/decom/inventory"
)

// Impact is what is affected if an asset goes away now.
type Impact struct {
	Address string `json:"address"`
	Type    string `json:"type"`
	// Affected lists every asset affected, directly or transitively, in
	// breadth-first order: by Depth, then address.
	Affected []Affected `json:"affected"`
	// Applications, Devices, EndpointGroups and Links count Affected by
	// type.
	Applications   int `json:"applications"`
	Devices        int `json:"devices"`
	EndpointGroups int `json:"endpoint_groups"`
	Networks       int `json:"networks"`
	Links          int `json:"links"`
	// Endpoints is the number of end-user devices behind it: an endpoint
	// group's own count, else the endpoints that the uplink split
	// (inventory.Ports) puts on it and on every affected switch, not the
	// whole of a group spread over other switches too.
	Endpoints int `json:"endpoints"`
	// PortsInUse is the switch ports in use on it and on every affected
	// device, counted from what is uplinked to them: one per device
	// (PortsInUseDevices) and one per endpoint of the split
	// (PortsInUseEndpoints). PortsInUseDeclared adds up their own
	// ports_in_use attributes, which may also count kit the inventory does
	// not list; Ports adds up their ports.
	PortsInUse          int `json:"ports_in_use"`
	PortsInUseDevices   int `json:"ports_in_use_devices"`
	PortsInUseEndpoints int `json:"ports_in_use_endpoints"`
	PortsInUseDeclared  int `json:"ports_in_use_declared"`
	Ports               int `json:"ports"`
	// Users adds up the users of every affected application (and of the
	// asset itself), so one person using two applications counts twice;
	// MaxUsers is the most users of any one of them, so at least that many
	// people lose a service. Tenants are those using them or owning
	// affected sites.
	Users    int      `json:"users"`
	MaxUsers int      `json:"max_users"`
	Tenants  []string `json:"tenants"`
	// MostCritical is the highest criticality among affected applications
	// (and the asset itself), with the applications that have it.
	MostCritical     string   `json:"most_critical,omitempty"`
	MostCriticalApps []string `json:"most_critical_applications,omitempty"`
	// Waves lists the waves whose actions touch the asset or anything
	// affected; Blocked the affected actions that cannot be planned.
	Waves   []WaveTouch `json:"waves"`
	Blocked []string    `json:"blocked,omitempty"`
}

// Affected is one asset affected, with the asset through which it is.
type Affected struct {
	Address string `json:"address"`
	Type    string `json:"type"`
	// Via is the asset it is affected through; Relation says how it relates
	// to Via ("depends on", "hosted on", "uplinked to", "on network",
	// "link of", "at site", "of supplier", "covered by", "used by",
	// "depends across link").
	Via      string `json:"via"`
	Relation string `json:"relation"`
	Depth    int    `json:"depth"`
	// Endpoints, for an endpoint group, is how many of its endpoints are
	// behind the asset: its share (inventory.Ports) on the affected
	// switches. Absent for other assets.
	Endpoints *int `json:"endpoints,omitempty"`
}

// WaveTouch is one wave with the actions in it on affected assets.
type WaveTouch struct {
	Number    int            `json:"number"`
	Date      inventory.Date `json:"date"`
	Addresses []string       `json:"addresses"`
}

// Impact works out what is affected if addr goes away now. It returns an
// *UnknownError for an address that names no asset.
func (ix *Index) Impact(addr string) (*Impact, error) {
	asset := ix.m.Lookup(addr)
	if asset == nil {
		return nil, Unknown(ix.m, addr)
	}
	out := &Impact{Address: addr, Type: asset.AssetMeta().Type, Affected: []Affected{}, Tenants: []string{}, Waves: []WaveTouch{}}
	seen := map[string]bool{addr: true}
	frontier := []string{addr}
	for depth := 1; len(frontier) > 0; depth++ {
		var next []Affected
		for _, x := range frontier {
			ix.expand(x, func(y, rel string) {
				if !seen[y] && ix.m.Lookup(y) != nil {
					seen[y] = true
					next = append(next, Affected{Address: y, Type: ix.m.Lookup(y).AssetMeta().Type, Via: x, Relation: rel, Depth: depth})
				}
			})
		}
		sort.Slice(next, func(i, j int) bool { return next[i].Address < next[j].Address })
		frontier = frontier[:0]
		for _, a := range next {
			frontier = append(frontier, a.Address)
		}
		out.Affected = append(out.Affected, next...)
	}
	ix.summarise(out)
	return out, nil
}

// expand calls visit for every asset directly affected if x goes away.
func (ix *Index) expand(x string, visit func(addr, relation string)) {
	rel := ix.rel
	id := rel.ID(x)
	if id < 0 {
		return
	}
	each := func(list []int32, rel string) {
		for _, y := range list {
			visit(ix.rel.Addr(y), rel)
		}
	}
	switch rel.Asset(id).(type) {
	case *inventory.Network:
		for _, y := range rel.OnNetwork(id) {
			switch a := rel.Asset(y).(type) {
			case *inventory.Device:
				visit(rel.Addr(y), "on network")
			case *inventory.Application:
				if a.Network.Addr == x { // hosted ones are reached through their hosts
					visit(rel.Addr(y), "on network")
				}
			case *inventory.Link:
				visit(rel.Addr(y), "link of")
			}
		}
	case *inventory.Device:
		each(rel.Uplinked(id), "uplinked to")
		each(rel.Hosted(id), "hosted on")
	case *inventory.Application:
		each(rel.Dependents(id), "depends on")
	case *inventory.Link:
		ix.acrossLink(id, visit)
	case *inventory.Site:
		each(rel.AtSite(id), "at site")
	case *inventory.Supplier:
		each(rel.OfSupplier(id), "of supplier")
	case *inventory.Contract:
		each(rel.Covers(id), "covered by")
	case *inventory.Tenant:
		each(rel.Uses(id), "used by")
	}
}

// acrossLink visits the applications on one end of link l that depend on
// an application on the other end: they lose their route when l goes.
func (ix *Index) acrossLink(l int32, visit func(addr, relation string)) {
	rel := ix.rel
	ends := rel.Networks(l)
	if len(ends) != 2 {
		return
	}
	var hit []int32
	for i, from := range ends {
		other := ends[1-i]
		for _, x := range rel.OnNetwork(from) {
			if _, ok := rel.Asset(x).(*inventory.Application); !ok {
				continue
			}
			for _, d := range rel.DependsOn(x) {
				if slices.Contains(rel.Networks(d), other) {
					hit = append(hit, x)
					break
				}
			}
		}
	}
	slices.Sort(hit)
	for _, x := range hit {
		visit(rel.Addr(x), "depends across link")
	}
}

var critRank = map[inventory.Criticality]int{
	inventory.CritCritical: 4, inventory.CritHigh: 3, inventory.CritMedium: 2, inventory.CritLow: 1,
}

// summarise fills the counts, users, tenants, criticality and waves.
func (ix *Index) summarise(out *Impact) {
	ports := ix.m.Ports()
	down := map[string]bool{out.Address: true}
	for _, a := range out.Affected {
		down[a.Address] = true
	}
	// behind is how many endpoints of group g sit on switches that are down.
	behind := func(g string) int {
		n := 0
		for _, s := range ports.Shares(g) {
			if down[s.Switch] {
				n += s.Count
			}
		}
		return n
	}
	tenants := map[string]bool{}
	waves := map[int][]string{}
	best := 0
	touch := func(addr string) {
		if _, w := ix.plan.Action(addr); w != nil {
			waves[w.Number] = append(waves[w.Number], addr)
		}
		if ix.plan.Blocker(addr) != nil && addr != out.Address {
			out.Blocked = append(out.Blocked, addr)
		}
		site := ""
		switch a := ix.m.Lookup(addr).(type) {
		case *inventory.Application:
			out.Users += a.Users
			out.MaxUsers = max(out.MaxUsers, a.Users)
			for _, t := range a.UsedBy {
				tenants[t.Addr] = true
			}
			if r := critRank[a.Criticality]; r > best {
				best, out.MostCritical, out.MostCriticalApps = r, string(a.Criticality), nil
			}
			if r := critRank[a.Criticality]; r > 0 && r == best {
				out.MostCriticalApps = append(out.MostCriticalApps, addr)
			}
		case *inventory.Device:
			dp := ports.Device(addr)
			out.PortsInUseDevices += len(dp.Devices)
			out.PortsInUseEndpoints += dp.EndpointCount()
			out.PortsInUseDeclared += a.PortsInUse
			out.Ports += dp.Ports
			site = a.Site.Addr
			if site == "" {
				if n, ok := ix.m.Lookup(a.Network.Addr).(*inventory.Network); ok {
					site = n.Site.Addr
				}
			}
		case *inventory.Endpoints:
			if addr == out.Address {
				out.Endpoints += a.Count
			} else {
				out.Endpoints += behind(addr)
			}
		case *inventory.Network:
			site = a.Site.Addr
		}
		if s, ok := ix.m.Lookup(site).(*inventory.Site); ok && s.Tenant.IsSet() {
			tenants[s.Tenant.Addr] = true
		}
	}
	touch(out.Address)
	for i, a := range out.Affected {
		touch(a.Address)
		switch a.Type {
		case inventory.TypeApplication:
			out.Applications++
		case inventory.TypeDevice:
			out.Devices++
		case inventory.TypeEndpoints:
			out.EndpointGroups++
			n := behind(a.Address)
			out.Affected[i].Endpoints = &n
		case inventory.TypeNetwork:
			out.Networks++
		case inventory.TypeLink:
			out.Links++
		}
	}
	out.PortsInUse = out.PortsInUseDevices + out.PortsInUseEndpoints
	if t, ok := ix.m.Lookup(out.Address).(*inventory.Tenant); ok {
		tenants[t.Address()] = true
	}
	for t := range tenants {
		out.Tenants = append(out.Tenants, t)
	}
	sort.Strings(out.Tenants)
	sort.Strings(out.MostCriticalApps)
	sort.Strings(out.Blocked)
	for n, addrs := range waves {
		sort.Strings(addrs)
		out.Waves = append(out.Waves, WaveTouch{Number: n, Date: ix.plan.Wave(n).Date, Addresses: addrs})
	}
	sort.Slice(out.Waves, func(i, j int) bool { return out.Waves[i].Number < out.Waves[j].Number })
}
