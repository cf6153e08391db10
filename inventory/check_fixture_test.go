package inventory

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// fixture lays out hand-built blocks as if they had been written one after
// another in t.hcl: a block header on its own line, then one line per
// attribute ("  name = value", the value starting after " = "). Attributes
// added later with attr get fresh lines below everything else. Tests then
// assert diagnostics against the positions the fixture handed out.
type fixture struct{ line int }

const fixtureFile = "t.hcl"

func (f *fixture) rng(line, col, width int) hcl.Range {
	start := hcl.Pos{Line: line, Column: col, Byte: line*200 + col - 1}
	end := hcl.Pos{Line: line, Column: col + width, Byte: start.Byte + width}
	return hcl.Range{Filename: fixtureFile, Start: start, End: end}
}

// meta returns a block header with the named attributes on the lines below.
func (f *fixture) meta(typ, label string, attrs ...string) Meta {
	f.line++
	m := Meta{Type: typ, Label: label, DefRange: f.rng(f.line, 1, len(typ)+len(label)+3)}
	for _, a := range attrs {
		f.attr(&m, a)
	}
	f.line++ // closing brace
	m.BodyRange = hcl.Range{Filename: fixtureFile, Start: m.DefRange.Start, End: f.rng(f.line, 1, 1).End}
	return m
}

// attr records that the named attribute was written, on a new line.
func (f *fixture) attr(m *Meta, name string) {
	f.line++
	col := 3 + len(name) + 3
	m.Attrs = append(m.Attrs, AttrRange{Name: name, Range: f.rng(f.line, 3, len(name)+3+20), Value: f.rng(f.line, col, 20)})
}

// drop forgets that the named attribute was written.
func drop(m *Meta, name string) {
	out := m.Attrs[:0]
	for _, a := range m.Attrs {
		if a.Name != name {
			out = append(out, a)
		}
	}
	m.Attrs = out
}

// ref returns a reference written as the value of m's attribute name.
func ref(m *Meta, name, addr string) Ref {
	a, ok := m.Attr(name)
	if !ok {
		panic(fmt.Sprintf("fixture: %s has no attribute %s", m.Address(), name))
	}
	return Ref{Addr: addr, Range: hcl.Range{Filename: a.Value.Filename, Start: a.Value.Start, End: hcl.Pos{Line: a.Value.Start.Line, Column: a.Value.Start.Column + len(addr), Byte: a.Value.Start.Byte + len(addr)}}}
}

// refs returns references written as a list "[a, b]" in m's attribute name.
func refs(m *Meta, name string, addrs ...string) []Ref {
	base := ref(m, name, "")
	var out []Ref
	col := 1 // after "["
	for _, a := range addrs {
		r := base
		r.Addr = a
		r.Range.Start.Column += col
		r.Range.Start.Byte += col
		r.Range.End = hcl.Pos{Line: r.Range.Start.Line, Column: r.Range.Start.Column + len(a), Byte: r.Range.Start.Byte + len(a)}
		out = append(out, r)
		col += len(a) + 2
	}
	return out
}

func day(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func share(v float64) *float64 { return &v }

// pos formats a range's start as file:line:col.
func pos(r hcl.Range) string {
	return fmt.Sprintf("%s:%d:%d", r.Filename, r.Start.Line, r.Start.Column)
}

// at is where a diagnostic about m's attribute name must point: its value.
func at(t *testing.T, m *Meta, name string) string {
	t.Helper()
	a, ok := m.Attr(name)
	if !ok {
		t.Fatalf("fixture: %s has no attribute %s", m.Address(), name)
	}
	return pos(a.Value)
}

// got renders diagnostics as "severity code file:line:col", sorted.
func got(ds hcl.Diagnostics) []string {
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		sev := "error"
		if d.Severity == hcl.DiagWarning {
			sev = "warning"
		}
		where := "<no subject>"
		if d.Subject != nil {
			where = pos(*d.Subject)
		}
		out = append(out, sev+" "+diag.Code(d)+" "+where)
	}
	sort.Strings(out)
	return out
}

// expect runs Check on m and compares its diagnostics with want (each
// "severity code file:line:col", in any order). It returns the diagnostics.
func expect(t *testing.T, m *Model, want ...string) hcl.Diagnostics {
	t.Helper()
	m.Reindex()
	ds := Check(m)
	sort.Strings(want)
	if g := got(ds); strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Fatalf("Check gave\n\t%s\nwant\n\t%s\ndetails:\n%s", strings.Join(g, "\n\t"), strings.Join(want, "\n\t"), details(ds))
	}
	return ds
}

func details(ds hcl.Diagnostics) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "\t%s: %s\n", d.Summary, d.Detail)
	}
	return b.String()
}

// estate is a small healthy estate: a legacy network (kcom) being left for
// a target network, with switches, a server, applications and endpoints
// that all have sensible dispositions. Check finds nothing in it; each
// test breaks one thing.
type estate struct {
	*Model
	f                             fixture
	forceA, forceB                *Tenant
	contract                      *Contract
	kcom, newnet, transit         *Network
	link                          *Link
	coreSw, accessSw, esx1, newSw *Device
	cad, ad, intranet, email, rms *Application
	rmsCloud                      *Application
	desks, phones                 *Endpoints
	xmas                          *Freeze
	estateSettings                *EstateSettings
	planSettings                  *PlanSettings
}

func newEstate() *estate {
	e := &estate{Model: &Model{}}
	f := &e.f

	e.estateSettings = &EstateSettings{Meta: f.meta(TypeEstate, "", "as_of"), AsOf: day("2019-01-01")}
	e.planSettings = &PlanSettings{Meta: f.meta(TypePlan, "", "start"), Start: day("2019-04-01")}
	e.xmas = &Freeze{Meta: f.meta(TypeFreeze, "xmas", "from", "to"), From: day("2019-12-20"), To: day("2020-01-02")}
	e.planSettings.Freezes = []*Freeze{e.xmas}

	e.forceA = &Tenant{Meta: f.meta(TypeTenant, "force_a", "cost_share"), CostShare: share(0.6)}
	e.forceB = &Tenant{Meta: f.meta(TypeTenant, "force_b", "cost_share"), CostShare: share(0.4)}
	sup := &Supplier{Meta: f.meta(TypeSupplier, "kcom_ltd", "name"), Name: "KCOM"}

	e.kcom = &Network{Meta: f.meta(TypeNetwork, "kcom", "role", "support_ends"), Role: RoleLegacy, Decommission: true, SupportEnds: day("2019-09-30")}
	e.newnet = &Network{Meta: f.meta(TypeNetwork, "newnet", "role"), Role: RoleTarget}
	e.transit = &Network{Meta: f.meta(TypeNetwork, "transit", "role"), Role: RoleTransition}
	e.link = &Link{Meta: f.meta(TypeLink, "kcom_newnet", "between"), Decommission: true}
	e.link.Between = refs(&e.link.Meta, "between", "network.kcom", "network.newnet")

	e.contract = &Contract{Meta: f.meta(TypeContract, "kcom_managed", "supplier", "ends", "covers"), Ends: day("2019-09-30")}
	e.contract.Supplier = ref(&e.contract.Meta, "supplier", "supplier.kcom_ltd")
	e.contract.Covers = refs(&e.contract.Meta, "covers", "network.kcom")

	dev := func(label string, kind DeviceKind, network string, disp Disposition, attrs ...string) *Device {
		d := &Device{Meta: f.meta(TypeDevice, label, append([]string{"network", "kind"}, attrs...)...), Kind: kind, Disposition: disp}
		d.Network = ref(&d.Meta, "network", network)
		return d
	}
	e.coreSw = dev("core_sw", KindSwitch, "network.kcom", DispDecommission, "ports", "ports_in_use")
	e.coreSw.Ports, e.coreSw.PortsInUse = 48, 30
	e.accessSw = dev("access_sw", KindSwitch, "network.kcom", DispDecommission, "ports", "uplink")
	e.accessSw.Ports = 24
	e.accessSw.Uplink = ref(&e.accessSw.Meta, "uplink", "device.core_sw")
	e.esx1 = dev("esx1", KindServer, "network.kcom", DispDecommission, "uplink", "support_ends", "warranty_ends")
	e.esx1.Uplink = ref(&e.esx1.Meta, "uplink", "device.core_sw")
	e.esx1.SupportEnds, e.esx1.WarrantyEnds = day("2019-06-30"), day("2018-01-01")
	e.newSw = dev("new_sw", KindSwitch, "network.newnet", DispRetain, "ports")
	e.newSw.Ports = 48

	app := func(label string, disp Disposition, attrs ...string) *Application {
		if disp != "" {
			attrs = append([]string{"disposition"}, attrs...)
		}
		return &Application{Meta: f.meta(TypeApplication, label, attrs...), Disposition: disp}
	}
	e.cad = app("cad", DispRehost, "hosted_on", "target", "depends_on")
	e.cad.HostedOn = refs(&e.cad.Meta, "hosted_on", "device.esx1")
	e.cad.Target = ref(&e.cad.Meta, "target", "network.newnet")
	e.cad.DependsOn = refs(&e.cad.Meta, "depends_on", "application.ad")
	e.ad = app("ad", DispRelocate, "network", "target")
	e.ad.Network = ref(&e.ad.Meta, "network", "network.kcom")
	e.ad.Target = ref(&e.ad.Meta, "target", "network.newnet")
	e.intranet = app("intranet", DispRetire, "hosted_on", "depends_on")
	e.intranet.HostedOn = refs(&e.intranet.Meta, "hosted_on", "device.esx1")
	e.intranet.DependsOn = refs(&e.intranet.Meta, "depends_on", "application.ad")
	e.email = app("email", "", "network", "depends_on")
	e.email.Network = ref(&e.email.Meta, "network", "network.newnet")
	e.email.DependsOn = refs(&e.email.Meta, "depends_on", "application.ad")
	e.rms = app("rms", DispRepurchase, "hosted_on", "replaced_by", "depends_on")
	e.rms.HostedOn = refs(&e.rms.Meta, "hosted_on", "device.esx1")
	e.rms.ReplacedBy = ref(&e.rms.Meta, "replaced_by", "application.rms_cloud")
	e.rms.DependsOn = refs(&e.rms.Meta, "depends_on", "application.ad")
	e.rmsCloud = app("rms_cloud", "", "network")
	e.rmsCloud.Network = ref(&e.rmsCloud.Meta, "network", "network.newnet")

	e.desks = &Endpoints{Meta: f.meta(TypeEndpoints, "desks", "count", "uplink", "disposition", "target"), Count: 40, Disposition: DispMigrate}
	e.desks.Uplink = refs(&e.desks.Meta, "uplink", "device.access_sw", "device.core_sw")
	e.desks.Target = ref(&e.desks.Meta, "target", "network.newnet")
	e.phones = &Endpoints{Meta: f.meta(TypeEndpoints, "phones", "count", "uplink"), Count: 10}
	e.phones.Uplink = refs(&e.phones.Meta, "uplink", "device.new_sw")

	e.Model.Estate = e.estateSettings
	e.Model.Plan = e.planSettings
	e.Tenants = []*Tenant{e.forceA, e.forceB}
	e.Suppliers = []*Supplier{sup}
	e.Contracts = []*Contract{e.contract}
	e.Networks = []*Network{e.kcom, e.newnet, e.transit}
	e.Links = []*Link{e.link}
	e.Devices = []*Device{e.coreSw, e.accessSw, e.esx1, e.newSw}
	e.Applications = []*Application{e.cad, e.ad, e.intranet, e.email, e.rms, e.rmsCloud}
	e.Endpoints = []*Endpoints{e.desks, e.phones}
	return e
}

// set records that attribute name of m was written (for a test that sets
// the matching field) and returns where its value is.
func (e *estate) set(t *testing.T, m *Meta, name string) string {
	t.Helper()
	if !m.Has(name) {
		e.f.attr(m, name)
	}
	return at(t, m, name)
}
