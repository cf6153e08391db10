package estategen

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/decomhq/decom/inventory"
)

// Estate is a generated estate: its model, with defaults resolved and
// Reindex called, and the configuration that made it.
type Estate struct {
	Config Config
	Model  *inventory.Model
}

// Start is the plan start date of every generated estate (a Monday).
var Start = inventory.DateOf(2027, time.January, 4)

// gen holds the state of one generation.
type gen struct {
	cfg     Config
	r       *rand.Rand
	m       *inventory.Model
	legacy  []*inventory.Network // decommissioned
	stays   []*inventory.Network // targets and transition networks
	servers map[string][]*inventory.Device
	access  map[string][]*inventory.Device
	tgtSrv  map[string][]*inventory.Device
	home    map[*inventory.Application]*inventory.Network
	patched map[string]int                // switch -> endpoints spreadGroups puts on it
	spread  map[*inventory.Endpoints]bool // groups spreadGroups added
}

// Generate builds the estate cfg describes. The same cfg always gives the
// same estate.
func Generate(cfg Config) *Estate {
	cfg.Apps = max(cfg.Apps, 1)
	g := &gen{cfg: cfg, r: rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)), m: &inventory.Model{},
		servers: map[string][]*inventory.Device{}, access: map[string][]*inventory.Device{},
		tgtSrv: map[string][]*inventory.Device{}, home: map[*inventory.Application]*inventory.Network{},
		patched: map[string]int{}, spread: map[*inventory.Endpoints]bool{}}
	g.settings()
	g.people()
	g.networks()
	g.devices()
	g.applications()
	g.dependencies()
	g.endpoints()
	g.ports()
	g.dates()
	g.statuses()
	g.blockers()
	g.kit()
	g.capacity()
	g.m.Reindex()
	return &Estate{Config: cfg, Model: g.m}
}

// meta returns a block header whose Attrs name the given attributes, so
// that Meta.Has answers as for a loaded block.
func meta(typ, label string, attrs ...string) inventory.Meta {
	m := inventory.Meta{Type: typ, Label: label}
	for _, a := range attrs {
		m.Attrs = append(m.Attrs, inventory.AttrRange{Name: a})
	}
	return m
}

func (g *gen) has(m *inventory.Meta, attr string) {
	if !m.Has(attr) {
		m.Attrs = append(m.Attrs, inventory.AttrRange{Name: attr})
	}
}

func ref(typ, label string) inventory.Ref { return inventory.Ref{Addr: typ + "." + label} }

func (g *gen) chance(p float64) bool { return p > 0 && g.r.Float64() < p }

func (g *gen) settings() {
	g.m.Estate = &inventory.EstateSettings{Meta: meta(inventory.TypeEstate, "", "name", "as_of"),
		Name: fmt.Sprintf("generated %d", g.cfg.Seed), AsOf: Start.AddDays(-30)}
	wd := []int{7, 14, 28}[g.r.IntN(3)]
	g.m.Plan = &inventory.PlanSettings{Meta: meta(inventory.TypePlan, "", "start", "wave_days", "soak_waves"),
		Start: Start, WaveDays: wd, SoakWaves: g.cfg.Soak}
	for i := range g.cfg.Freezes {
		from := Start.AddDays(g.r.IntN(300))
		g.m.Plan.Freezes = append(g.m.Plan.Freezes, &inventory.Freeze{
			Meta: meta(inventory.TypeFreeze, fmt.Sprintf("f%d", i+1), "from", "to"),
			From: from, To: from.AddDays(2 + g.r.IntN(20))})
	}
}

func (g *gen) people() {
	n := g.cfg.Apps
	for i := range clamp(n/2000+1, 1, 50) {
		g.m.Tenants = append(g.m.Tenants, &inventory.Tenant{Meta: meta(inventory.TypeTenant, fmt.Sprintf("t%02d", i+1), "name"), Name: fmt.Sprintf("Tenant %d", i+1)})
	}
	for i := range clamp(n/100, 1, 2000) {
		t := g.m.Tenants[g.r.IntN(len(g.m.Tenants))]
		g.m.Sites = append(g.m.Sites, &inventory.Site{Meta: meta(inventory.TypeSite, fmt.Sprintf("s%03d", i+1), "name", "tenant"),
			Name: fmt.Sprintf("Site %d", i+1), Tenant: ref(inventory.TypeTenant, t.Label)})
	}
	for i := range clamp(n/1000+1, 1, 200) {
		g.m.Suppliers = append(g.m.Suppliers, &inventory.Supplier{Meta: meta(inventory.TypeSupplier, fmt.Sprintf("sup%02d", i+1), "name"), Name: fmt.Sprintf("Supplier %d", i+1)})
	}
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

func (g *gen) site() inventory.Ref {
	return ref(inventory.TypeSite, g.m.Sites[g.r.IntN(len(g.m.Sites))].Label)
}

func (g *gen) supplier() inventory.Ref {
	return ref(inventory.TypeSupplier, g.m.Suppliers[g.r.IntN(len(g.m.Suppliers))].Label)
}

func (g *gen) networks() {
	n := g.cfg.Apps
	mk := func(label string, role inventory.Role) *inventory.Network {
		nw := &inventory.Network{Meta: meta(inventory.TypeNetwork, label, "name", "site", "role", "supplier"),
			Name: label, Site: g.site(), Role: role, Supplier: g.supplier(), Decommission: role == inventory.RoleLegacy}
		g.m.Networks = append(g.m.Networks, nw)
		return nw
	}
	for i := range clamp(n/150, 1, 1000) {
		g.legacy = append(g.legacy, mk(fmt.Sprintf("lan%03d", i+1), inventory.RoleLegacy))
	}
	for i := range clamp(n/300, 1, 500) {
		g.stays = append(g.stays, mk(fmt.Sprintf("tgt%03d", i+1), inventory.RoleTarget))
	}
	if g.cfg.Transition {
		for i := range clamp(n/600, 1, 200) {
			g.stays = append(g.stays, mk(fmt.Sprintf("trn%03d", i+1), inventory.RoleTransition))
		}
	}
	// Each legacy network may link to up to three networks that stay
	// (neighbours by index), each with probability cfg.Links.
	for i, l := range g.legacy {
		for k := range min(3, len(g.stays)) {
			s := g.stays[(i+k)%len(g.stays)]
			if g.chance(g.cfg.Links) {
				g.m.Links = append(g.m.Links, &inventory.Link{Meta: meta(inventory.TypeLink, l.Label+"_"+s.Label, "between"),
					Between: []inventory.Ref{ref(inventory.TypeNetwork, l.Label), ref(inventory.TypeNetwork, s.Label)}, Decommission: true})
			}
		}
	}
}

func (g *gen) stay() *inventory.Network { return g.stays[g.r.IntN(len(g.stays))] }

func (g *gen) device(label string, nw *inventory.Network, kind inventory.DeviceKind, uplink *inventory.Device) *inventory.Device {
	d := &inventory.Device{Meta: meta(inventory.TypeDevice, label, "network", "site", "kind", "model"),
		Network: ref(inventory.TypeNetwork, nw.Label), Site: nw.Site, Kind: kind, Model: string(kind) + "-9000",
		Disposition: inventory.DispRetain, Status: inventory.StatusPlanned}
	if nw.Decommission {
		d.Disposition = inventory.DispDecommission
	}
	if uplink != nil {
		d.Uplink = ref(inventory.TypeDevice, uplink.Label)
		g.has(&d.Meta, "uplink")
	}
	g.m.Devices = append(g.m.Devices, d)
	return d
}

// devices puts a core switch, access switches and servers on each legacy
// network (about one server per three applications) and a few servers on
// each network that stays.
func (g *gen) devices() {
	per := max(1, g.cfg.Apps/len(g.legacy))
	for _, nw := range g.legacy {
		core := g.device(nw.Label+"_core", nw, inventory.KindSwitch, nil)
		for a := range max(1, per/40) {
			acc := g.device(fmt.Sprintf("%s_acc%02d", nw.Label, a+1), nw, inventory.KindSwitch, core)
			g.access[nw.Label] = append(g.access[nw.Label], acc)
		}
		for s := range max(1, per/3) {
			acc := g.access[nw.Label][g.r.IntN(len(g.access[nw.Label]))]
			kind := []inventory.DeviceKind{inventory.KindServer, inventory.KindServer, inventory.KindStorage, inventory.KindTelephony}[g.r.IntN(4)]
			d := g.device(fmt.Sprintf("%s_srv%03d", nw.Label, s+1), nw, kind, acc)
			if g.chance(g.cfg.DeviceMigrate) {
				d.Disposition, d.Target = inventory.DispMigrate, ref(inventory.TypeNetwork, g.stay().Label)
				g.has(&d.Meta, "disposition")
				g.has(&d.Meta, "target")
			}
			g.servers[nw.Label] = append(g.servers[nw.Label], d)
		}
	}
	for _, nw := range g.stays {
		for s := range 2 {
			g.tgtSrv[nw.Label] = append(g.tgtSrv[nw.Label], g.device(fmt.Sprintf("%s_srv%d", nw.Label, s+1), nw, inventory.KindServer, nil))
		}
	}
}
