package explain

import (
	"slices"
	"sort"

	"github.com/decomhq/decom/inventory"
)

// Impact is what is affected if an asset goes away now: what goes down
// with it (Affected), and what stays up on a redundant partner or its
// other hosts but loses its redundancy (RedundancyLost).
type Impact struct {
	Address string `json:"address"`
	Type    string `json:"type"`
	// Name is the asset's display name; empty when it has none.
	Name string `json:"name,omitempty"`
	// Affected lists every asset that goes down with it, directly or
	// transitively, in breadth-first order: by Depth, then address. An
	// endpoint group is listed when any of its endpoints sit behind a
	// switch that goes down.
	Affected []Affected `json:"affected"`
	// RedundancyLost lists the assets that stay up but lose their
	// redundancy: a device whose uplink goes down while a redundant partner
	// of it stands, an application with a host down that its other hosts or
	// the host's partners carry, and the standing partners of a device that
	// goes down. In the same order as Affected.
	RedundancyLost []Affected `json:"redundancy_lost"`
	// Applications, Devices, EndpointGroups, Networks and Links count
	// Affected by type.
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
	// Users adds up the people who lose a service: the users of every
	// affected application (and of the asset itself), ApplicationUsers,
	// and the users of the endpoints behind it, EndpointUsers (an endpoint
	// group's users, default its count, in proportion to the endpoints
	// behind it). One person using two of them counts twice; MaxUsers is
	// the most of any one application or endpoint group, so at least that
	// many people lose a service. Tenants are those using affected
	// applications or owning affected sites.
	Users            int      `json:"users"`
	MaxUsers         int      `json:"max_users"`
	ApplicationUsers int      `json:"application_users"`
	EndpointUsers    int      `json:"endpoint_users"`
	Tenants          []string `json:"tenants"`
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
	// Name is the asset's display name; empty when it has none.
	Name string `json:"name,omitempty"`
	// Via is the asset it is affected through; Relation says how it relates
	// to Via ("depends on", "hosted on", "uplinked to", "on network",
	// "link of", "at site", "of supplier", "covered by", "used by",
	// "depends across link", and in RedundancyLost "redundant with").
	Via      string `json:"via"`
	Relation string `json:"relation"`
	Depth    int    `json:"depth"`
	// Endpoints, for an endpoint group, is how many of its endpoints are
	// behind the asset: its share (inventory.Ports) on the affected
	// switches; Users is how many of its users that is. Absent for other
	// assets.
	Endpoints *int `json:"endpoints,omitempty"`
	Users     *int `json:"users,omitempty"`
	// CarriedBy, in RedundancyLost, lists the devices that keep it up: the
	// standing partners of its uplink or of its lost hosts, or its own
	// standing hosts. Empty for a partner that has lost its partner.
	CarriedBy []string `json:"carried_by,omitempty"`
}

// WaveTouch is one wave with the actions in it on affected assets.
type WaveTouch struct {
	Number    int            `json:"number"`
	Date      inventory.Date `json:"date"`
	Addresses []string       `json:"addresses"`
}

// Impact works out what is affected if addr goes away now. It returns an
// *UnknownError for an address that names no asset.
//
// What goes down is a closure: everything that depends on, is hosted on,
// is uplinked to or sits on something that is down, breadth first, except
// that redundancy carries the load (docs/language.md, Redundancy). A
// device uplinked to a switch that goes down stays up while a redundant
// partner of that switch stands; an application stays up while each of
// its hosts that is down has a standing partner, or, with
// survives_host_loss, while any of its hosts stands. Those are listed in
// RedundancyLost and checked again, after the walk, against everything
// that went down, until nothing more falls.
func (ix *Index) Impact(addr string) (*Impact, error) {
	asset := ix.m.Lookup(addr)
	if asset == nil {
		return nil, Unknown(ix.m, addr)
	}
	out := &Impact{Address: addr, Type: asset.AssetMeta().Type, Name: inventory.Name(asset),
		Affected: []Affected{}, RedundancyLost: []Affected{}, Tenants: []string{}, Waves: []WaveTouch{}}
	w := &walk{ix: ix, down: map[string]bool{addr: true}}
	w.lostPartners(addr, 1)
	frontier := []Affected{{Address: addr}}
	for len(frontier) > 0 {
		for len(frontier) > 0 {
			var next []Affected
			for _, x := range frontier {
				ix.expand(x.Address, func(y, rel string) {
					if w.down[y] || ix.m.Lookup(y) == nil {
						return
					}
					a := Affected{Address: y, Via: x.Address, Relation: rel, Depth: x.Depth + 1}
					if !w.falls(a) {
						w.standing = append(w.standing, a)
						return
					}
					w.down[y] = true
					next = append(next, a)
				})
			}
			sort.Slice(next, func(i, j int) bool { return next[i].Address < next[j].Address })
			for _, a := range next {
				w.lostPartners(a.Address, a.Depth+1)
			}
			out.Affected = append(out.Affected, next...)
			frontier = next
		}
		// What stood when it was reached may have lost its carriers since.
		for _, a := range w.standing {
			if !w.down[a.Address] && w.falls(a) {
				w.down[a.Address] = true
				frontier = append(frontier, a)
				w.lostPartners(a.Address, a.Depth+1)
			}
		}
		sort.Slice(frontier, func(i, j int) bool { return frontier[i].Address < frontier[j].Address })
		out.Affected = append(out.Affected, frontier...)
	}
	byDepth := func(s []Affected) {
		sort.SliceStable(s, func(i, j int) bool {
			if s[i].Depth != s[j].Depth {
				return s[i].Depth < s[j].Depth
			}
			return s[i].Address < s[j].Address
		})
	}
	byDepth(out.Affected)
	seen := map[string]bool{}
	byDepth(w.standing)
	for _, a := range w.standing {
		if w.down[a.Address] || seen[a.Address] {
			continue
		}
		seen[a.Address] = true
		a.CarriedBy = w.carriers(a)
		out.RedundancyLost = append(out.RedundancyLost, a)
	}
	for i := range out.Affected {
		out.Affected[i].fill(ix.m)
	}
	for i := range out.RedundancyLost {
		out.RedundancyLost[i].fill(ix.m)
	}
	ix.summarise(out)
	return out, nil
}

// fill sets a's type and display name from the model.
func (a *Affected) fill(m *inventory.Model) {
	if x := m.Lookup(a.Address); x != nil {
		a.Type, a.Name = x.AssetMeta().Type, inventory.Name(x)
	}
}

// walk is the state of one Impact: what is down, and what was reached but
// stands on redundancy.
type walk struct {
	ix       *Index
	down     map[string]bool
	standing []Affected
}

// lostPartners records, when the device addr goes down, that each
// standing member of its redundancy group loses its partner.
func (w *walk) lostPartners(addr string, depth int) {
	rel := w.ix.rel
	for _, p := range rel.RedundancyGroup(rel.ID(addr)) {
		if pa := rel.Addr(p); pa != addr && w.alive(p) {
			w.standing = append(w.standing, Affected{Address: pa, Via: addr, Relation: "redundant with", Depth: depth})
		}
	}
}

// alive says whether device id still stands: not down, and not already
// done and gone.
func (w *walk) alive(id int32) bool {
	if w.down[w.ix.rel.Addr(id)] {
		return false
	}
	d, ok := w.ix.rel.Asset(id).(*inventory.Device)
	return !ok || d.Status != inventory.StatusDone
}

// falls says whether a, reached from a.Via (down) by a.Relation, goes down
// given what is down now. Only uplinks and hosting have redundancy; a
// partner that loses its partner stands.
func (w *walk) falls(a Affected) bool {
	switch a.Relation {
	case "redundant with":
		return false
	case "uplinked to":
		if _, ok := w.ix.m.Lookup(a.Address).(*inventory.Device); ok {
			return len(w.partners(a.Via)) == 0
		}
	case "hosted on":
		return w.hostsFail(a.Address)
	}
	return true
}

// partners lists the standing redundant partners of device addr.
func (w *walk) partners(addr string) []string {
	rel := w.ix.rel
	var out []string
	for _, p := range rel.RedundancyGroup(rel.ID(addr)) {
		if rel.Addr(p) != addr && w.alive(p) {
			out = append(out, rel.Addr(p))
		}
	}
	return out
}

// hostsFail says whether application addr goes down with the hosts that
// are down: with survives_host_loss when every host is down and none has
// a standing partner, otherwise when any host that is down has no
// standing partner.
func (w *walk) hostsFail(addr string) bool {
	rel := w.ix.rel
	app, _ := w.ix.m.Lookup(addr).(*inventory.Application)
	hosts := rel.HostedOn(rel.ID(addr))
	for _, h := range hosts {
		ha := rel.Addr(h)
		lost := !w.alive(h) && len(w.partners(ha)) == 0
		if app != nil && app.SurvivesHostLoss {
			if !lost {
				return false
			}
		} else if lost {
			return true
		}
	}
	return app != nil && app.SurvivesHostLoss
}

// carriers lists what keeps a standing asset up: the standing partners of
// its uplink, or its standing hosts and the standing partners of its
// hosts that are down.
func (w *walk) carriers(a Affected) []string {
	rel := w.ix.rel
	set := map[string]bool{}
	switch a.Relation {
	case "uplinked to":
		for _, p := range w.partners(a.Via) {
			set[p] = true
		}
	case "hosted on":
		app, _ := w.ix.m.Lookup(a.Address).(*inventory.Application)
		for _, h := range rel.HostedOn(rel.ID(a.Address)) {
			ha := rel.Addr(h)
			switch {
			case w.alive(h):
				if app != nil && app.SurvivesHostLoss {
					set[ha] = true
				}
			default:
				for _, p := range w.partners(ha) {
					set[p] = true
				}
			}
		}
	}
	out := make([]string, 0, len(set))
	for x := range set {
		out = append(out, x)
	}
	sort.Strings(out)
	return out
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

// shareOf is the users of a group of count endpoints that the n behind a
// switch stand for, rounded to the nearest whole person.
func shareOf(users, n, count int) int {
	if count <= 0 || n >= count {
		return users
	}
	return (users*n + count/2) / count
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
			out.ApplicationUsers += a.Users
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
				out.EndpointUsers += a.Users
				out.MaxUsers = max(out.MaxUsers, a.Users)
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
			u := 0
			if e, ok := ix.m.Lookup(a.Address).(*inventory.Endpoints); ok {
				u = shareOf(e.Users, n, e.Count)
			}
			out.Affected[i].Endpoints, out.Affected[i].Users = &n, &u
			out.Endpoints += n
			out.EndpointUsers += u
			out.MaxUsers = max(out.MaxUsers, u)
		case inventory.TypeNetwork:
			out.Networks++
		case inventory.TypeLink:
			out.Links++
		}
	}
	out.PortsInUse = out.PortsInUseDevices + out.PortsInUseEndpoints
	out.Users = out.ApplicationUsers + out.EndpointUsers
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
