package diagram

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// Options choose what a diagram shows. The zero value draws the whole
// estate view without ever collapsing it.
type Options struct {
	View View // ViewEstate when empty
	// Focus, when set, keeps only assets within Depth hops of it (over
	// every edge, either way, and membership of a network).
	Focus string
	Depth int
	// Types keeps only these block types (network, link, device,
	// application, endpoints); empty keeps all.
	Types []string
	// Network keeps only assets on this network (by address).
	Network string
	// Tenant keeps only what this tenant uses: the applications it uses,
	// the devices they are hosted on, devices and networks at its sites and
	// endpoint groups uplinked to kept devices.
	Tenant string
	// MaxNodes and MaxEdges are the collapse thresholds: a diagram with
	// more asset nodes or edges than these is collapsed (0 = no limit).
	MaxNodes int
	MaxEdges int
	// MaxDetail is the legibility budget: a diagram with more asset nodes
	// than this groups similar assets (the same kind at one site, the same
	// action in one wave) into one node each, and collapses further while
	// it is still over (0 = never). FitPage adds the page: it also does so
	// while the drawing would not fit an A3 page with labels of MinFont.
	MaxDetail int
	FitPage   bool
	// ForceCollapse collapses at least to this level (0, 1 or 2) whatever
	// the size; renderers use it to retry when their own output is too big.
	ForceCollapse int
}

// UnknownAddressError is returned when Focus, Network or Tenant names no
// asset of the right type.
type UnknownAddressError struct {
	Flag    string // "focus", "network" or "tenant"
	Address string
	// Type is the type of the asset Address names when there is one but
	// the flag takes another (Want); empty when no asset has the address.
	Type, Want string
}

func (e *UnknownAddressError) Error() string {
	if e.Type != "" {
		return fmt.Sprintf("--%s %s: %s is %s %s, not %s %s", e.Flag, e.Address, e.Address, english.Article(e.Type), e.Type, english.Article(e.Want), e.Want)
	}
	return fmt.Sprintf("--%s %s: no such asset", e.Flag, e.Address)
}

// Build draws the estate m (and, for the plan view, its plan p; p may be
// nil for the estate view) as a Graph.
func Build(m *inventory.Model, p *planner.Plan, o Options) (*Graph, error) {
	if o.View == "" {
		o.View = ViewEstate
	}
	if o.View == ViewPlan && p == nil {
		p = &planner.Plan{}
	}
	b := newBuilder(m, p, o)
	if err := b.checkOptions(); err != nil {
		return nil, err
	}
	b.names()
	if o.View != ViewPlan {
		b.shareHosts()
	}
	b.addAssets()
	b.planEdges()
	keep := b.keep()
	g := b.graph(keep)
	return g, nil
}

// builder holds the full, unfiltered diagram of an estate.
type builder struct {
	m     *inventory.Model
	p     *planner.Plan
	o     Options
	rel   *inventory.Relations
	plan  *planner.Index
	nodes []Node
	// assets are the assets of nodes, in the same order: the estate view
	// labels only the nodes it draws one by one (labelNodes).
	assets []inventory.Asset
	ports  *inventory.Ports
	types  map[string]string // address -> block type
	edges  []Edge
	clus   map[string]Cluster
	// nameCount counts the assets with each display name.
	nameCount map[string]int
	// hostKey is, for an application that shares its hosts with others,
	// the key of their hosting box (estate view).
	hostKey map[string]string
	// appSites are the sites that host applications (groupSimilar).
	appSites map[string]bool
	// similar maps each group node to the assets it stands for.
	similar map[string][]string
	// netClus is the cluster of each network by Relations ID, once made
	// (estate view); places caches place's answer for a home network and
	// site, so that neither key string is rebuilt for every asset.
	netClus []string
	places  map[placeKey]string
	// hostSites caches siteAt for applications by first host's address.
	hostSites map[string]*inventory.Site
}

// placeKey is what an asset's cluster depends on, apart from a shared
// hosting box: its home network (a Relations ID, -1 for none) and its site.
type placeKey struct {
	home int32
	site *inventory.Site
}

func newBuilder(m *inventory.Model, p *planner.Plan, o Options) *builder {
	rel := inventory.NewRelations(m)
	b := &builder{m: m, p: p, o: o, rel: rel, types: make(map[string]string, rel.Len()), clus: map[string]Cluster{}, similar: map[string][]string{},
		netClus: make([]string, rel.Len()), places: map[placeKey]string{}, hostSites: map[string]*inventory.Site{}}
	if o.View == ViewPlan {
		b.plan = p.Index()
	}
	return b
}

func (b *builder) checkOptions() error {
	check := func(flag, addr, typ string) error {
		if addr == "" {
			return nil
		}
		a := b.m.Lookup(addr)
		if a == nil {
			return &UnknownAddressError{Flag: flag, Address: addr}
		}
		if typ != "" && a.AssetMeta().Type != typ {
			return &UnknownAddressError{Flag: flag, Address: addr, Type: a.AssetMeta().Type, Want: typ}
		}
		return nil
	}
	if err := check("focus", b.o.Focus, ""); err != nil {
		return err
	}
	if err := check("network", b.o.Network, inventory.TypeNetwork); err != nil {
		return err
	}
	return check("tenant", b.o.Tenant, inventory.TypeTenant)
}

// addAssets adds one node per network, device, application and endpoint
// group (and, in the plan view, link), and every edge between them.
func (b *builder) addAssets() {
	m := b.m
	b.ports = m.Ports()
	size := len(m.Networks) + len(m.Devices) + len(m.Applications) + len(m.Endpoints)
	b.nodes, b.assets = make([]Node, 0, size), make([]inventory.Asset, 0, size)
	for _, n := range m.Networks {
		addr := n.Address()
		b.add(addr, n, inventory.TypeNetwork, b.networkStyle(n), b.networkCluster(addr))
	}
	for _, l := range m.Links {
		if b.o.View == ViewPlan {
			b.add(l.Address(), l, inventory.TypeLink, b.linkStyle(l), "")
			for _, r := range l.Between {
				b.edge(l.Address(), r.Addr, Link, "")
			}
		} else if len(l.Between) == 2 {
			b.types[l.Address()] = inventory.TypeLink
			b.edge(l.Between[0].Addr, l.Between[1].Addr, Link, l.Label)
		}
	}
	for _, d := range m.Devices {
		addr := d.Address()
		b.add(addr, d, inventory.TypeDevice, b.deviceStyle(d), b.place(addr, d))
		if d.Uplink.IsSet() {
			b.edge(addr, d.Uplink.Addr, Uplink, "")
		}
	}
	for _, a := range m.Applications {
		addr := a.Address()
		b.add(addr, a, inventory.TypeApplication, b.appStyle(a), b.place(addr, a))
		if b.hostKey[addr] == "" { // a shared hosting box names its hosts
			for _, h := range a.HostedOn {
				b.edge(addr, h.Addr, HostedOn, "")
			}
		}
		for _, d := range a.DependsOn {
			b.edge(addr, d.Addr, DependsOn, "")
		}
		if a.ReplacedBy.IsSet() {
			b.edge(addr, a.ReplacedBy.Addr, Replacement, "")
		}
	}
	for _, e := range m.Endpoints {
		addr := e.Address()
		b.add(addr, e, inventory.TypeEndpoints, b.endpointsStyle(e), b.place(addr, e))
		for _, u := range e.Uplink {
			b.edge(addr, u.Addr, Uplink, "")
		}
	}
}

// add records the node of asset a at addr; cluster is the cluster it is
// drawn in in the estate view. The estate view labels it later, only if
// it is drawn (labelNodes): a collapsed diagram never shows its label.
func (b *builder) add(addr string, a inventory.Asset, typ string, st Style, cluster string) {
	b.types[addr] = typ
	n := Node{ID: addr, Style: st, Address: addr}
	if b.o.View == ViewPlan {
		n.Cluster = b.planCluster(addr)
		n.Label = b.planLabel(addr)
	} else {
		n.Cluster = cluster
	}
	b.nodes = append(b.nodes, n)
	b.assets = append(b.assets, a)
}

// labelNodes labels the estate view's asset nodes, from their assets
// (nodes[i] is the node of assets[i]); the plan view's are labelled
// already.
func (b *builder) labelNodes(nodes []Node, assets []inventory.Asset) {
	if b.o.View == ViewPlan {
		return
	}
	for i, a := range assets {
		switch a := a.(type) {
		case *inventory.Network:
			nodes[i].Label = b.networkLabel(a)
		case *inventory.Device:
			nodes[i].Label = b.deviceLabel(a, b.ports.Device(nodes[i].Address))
		case *inventory.Application:
			nodes[i].Label = b.appLabel(a)
		case *inventory.Endpoints:
			nodes[i].Label = b.endpointsLabel(a)
		}
	}
}

// edge records a relation edge; the plan view draws binding constraints
// instead (planEdges), so it ignores them.
func (b *builder) edge(from, to string, k EdgeKind, label string) {
	if b.o.View == ViewPlan {
		return
	}
	b.edges = append(b.edges, Edge{From: from, To: to, Kind: k, Label: label})
}

// networkCluster returns (creating) the cluster of a network; "" when the
// network is unknown.
func (b *builder) networkCluster(addr string) string {
	n, ok := b.m.Lookup(addr).(*inventory.Network)
	if !ok || b.o.View == ViewPlan {
		return ""
	}
	id := "net:" + addr
	if _, done := b.clus[id]; !done {
		b.clus[id] = Cluster{ID: id, Label: b.display(addr) + " (" + string(n.Role) + ")",
			Style: Style{Fill: "#fafcff", Stroke: roleStroke(n), Dashed: n.Decommission}}
	}
	return id
}

// siteOf is the site an asset is at: a device's site (else its
// network's), an application's first host's (else its network's), an
// endpoint group's first switch's; "" when none is known.
func (b *builder) siteOf(addr string) string {
	return b.siteOfAsset(b.m.Lookup(addr))
}

// siteOfAsset is siteOf for an asset already looked up (nil for none).
func (b *builder) siteOfAsset(asset inventory.Asset) string {
	switch a := asset.(type) {
	case *inventory.Device:
		if a.Site.IsSet() {
			return a.Site.Addr
		}
		return b.networkSite(a.Network)
	case *inventory.Application:
		if len(a.HostedOn) > 0 {
			return b.siteOf(a.HostedOn[0].Addr)
		}
		return b.networkSite(a.Network)
	case *inventory.Endpoints:
		if len(a.Uplink) > 0 {
			return b.siteOf(a.Uplink[0].Addr)
		}
	}
	return ""
}

// networkSite is the site of the network r refers to; "" when r is unset,
// names no network, or the network has no site.
func (b *builder) networkSite(r inventory.Ref) string {
	if n, ok := b.m.Lookup(r.Addr).(*inventory.Network); ok {
		return n.Site.Addr
	}
	return ""
}

// place returns (creating) the cluster an asset is drawn in, in the
// estate view: its site's box inside its home network's box, or the
// network's box when the site is unknown; applications that share their
// hosts with others sit in a box of their own inside that, named after
// the hosts. asset is the asset at addr.
func (b *builder) place(addr string, asset inventory.Asset) string {
	if b.o.View == ViewPlan {
		return ""
	}
	s := b.siteAt(asset)
	k := placeKey{home: b.rel.Home(b.rel.ID(addr)), site: s}
	parent, done := b.places[k]
	if !done {
		parent = b.sitePlace(k)
		b.places[k] = parent
	}
	if key := b.hostKey[addr]; key != "" && parent != "" {
		id := parent + "/on:" + key
		if _, done := b.clus[id]; !done {
			b.clus[id] = Cluster{ID: id, Label: b.hostsLabel(addr), Parent: parent,
				Style: Style{Fill: "#ffffff", Stroke: strokeHosts}}
		}
		parent = id
	}
	return parent
}

// siteAt is the site asset is at (siteOf), nil when none is known. An
// application's is its first host's, looked up once per host.
func (b *builder) siteAt(asset inventory.Asset) *inventory.Site {
	if a, ok := asset.(*inventory.Application); ok && len(a.HostedOn) > 0 {
		host := a.HostedOn[0].Addr
		s, done := b.hostSites[host]
		if !done {
			s, _ = b.m.Lookup(b.siteOf(host)).(*inventory.Site)
			b.hostSites[host] = s
		}
		return s
	}
	s, _ := b.m.Lookup(b.siteOfAsset(asset)).(*inventory.Site)
	return s
}

// sitePlace returns (creating) the cluster of the site k.site inside the
// box of network k.home, or that network's box when the site is unknown;
// "" when the network is.
func (b *builder) sitePlace(k placeKey) string {
	parent := ""
	if k.home >= 0 {
		if b.netClus[k.home] == "" {
			b.netClus[k.home] = b.networkCluster(b.rel.Addr(k.home))
		}
		parent = b.netClus[k.home]
	}
	if k.site != nil && parent != "" {
		site := k.site.Address()
		id := parent + "/site:" + site
		if _, done := b.clus[id]; !done {
			b.clus[id] = Cluster{ID: id, Label: b.display(site), Parent: parent,
				Style: Style{Fill: "#f7f7f7", Stroke: "#999999"}}
		}
		parent = id
	}
	return parent
}

// hostsLabel names the hosts of a shared hosting box: "on Host 1, Host 2
// and 3 more".
func (b *builder) hostsLabel(app string) string {
	a := b.m.Lookup(app).(*inventory.Application)
	var names []string
	for i, h := range a.HostedOn {
		if i == 3 && len(a.HostedOn) > 4 {
			names = append(names, strconv.Itoa(len(a.HostedOn)-3)+" more")
			break
		}
		names = append(names, b.display(h.Addr))
	}
	return strings.Join(wrapWords("on "+english.And(names)), "\n")
}

// shareHosts finds the applications that run on exactly the same hosts as
// at least one other: they are drawn in one box named after the hosts,
// with no hosted-on edges.
func (b *builder) shareHosts() {
	b.hostKey = map[string]string{}
	count := map[string]int{}
	keys := make([]string, len(b.m.Applications)) // by position; "" for none
	for i, a := range b.m.Applications {
		switch len(a.HostedOn) {
		case 0:
			continue
		case 1:
			keys[i] = a.HostedOn[0].Addr
		default:
			hosts := make([]string, len(a.HostedOn))
			for i, h := range a.HostedOn {
				hosts[i] = h.Addr
			}
			sort.Strings(hosts)
			keys[i] = strings.Join(hosts, ",")
		}
		count[keys[i]]++
	}
	for i, k := range keys {
		if k == "" {
			continue
		}
		if addr := b.m.Applications[i].Address(); count[k] > 1 {
			b.hostKey[addr] = k
		} else {
			delete(b.hostKey, addr) // the last of a duplicated address wins
		}
	}
}

func roleStroke(n *inventory.Network) string {
	if n.Decommission {
		return strokeGone
	}
	return strokeMove
}
