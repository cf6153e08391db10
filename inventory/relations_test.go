package inventory

import (
	"reflect"
	"testing"
)

const relationsEstate = `
tenant "force" {}
site "hq" { tenant = tenant.force }
supplier "telco" {}
network "kcom" {
  role     = "legacy"
  site     = site.hq
  supplier = supplier.telco
}
network "new" { role = "target" }
network "dmz" { role = "target" }
link "kcom_new" { between = [network.kcom, network.new] }
device "core" {
  network = network.kcom
  kind    = "switch"
  ports   = 48
  site    = site.hq
}
device "esx" {
  network = network.kcom
  kind    = "server"
  uplink  = device.core
}
device "web" {
  network = network.dmz
  kind    = "server"
}
application "db" {
  hosted_on   = [device.esx]
  disposition = "rehost"
  target      = network.new
}
application "api" {
  hosted_on   = [device.web, device.esx]
  network     = network.kcom
  depends_on  = [application.db]
  used_by     = [tenant.force]
  disposition = "rehost"
  target      = network.new
}
application "mail" {
  network     = network.kcom
  depends_on  = [application.db, application.api]
  disposition = "repurchase"
  replaced_by = application.api
}
endpoints "desks" {
  count       = 10
  uplink      = [device.core]
  disposition = "retire"
}
contract "support" {
  supplier = supplier.telco
  ends     = "2026-01-01"
  covers   = [network.kcom, device.esx]
}
`

func loadRelations(t *testing.T) (*Model, *Relations) {
	t.Helper()
	m, diags := LoadSources([]SourceFile{{Name: "estate.hcl", Bytes: []byte(relationsEstate)}}, LoadOptions{Today: DateOf(2025, 1, 1)})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return m, NewRelations(m)
}

// TestRelations checks every index against the estate above, by address.
func TestRelations(t *testing.T) {
	_, r := loadRelations(t)
	if r.Len() != 15 || r.Duplicates() != nil {
		t.Fatalf("Len %d, Duplicates %v", r.Len(), r.Duplicates())
	}
	for i := 1; i < r.Len(); i++ {
		if r.Addr(int32(i-1)) >= r.Addr(int32(i)) {
			t.Fatalf("IDs not in address order at %d: %s, %s", i, r.Addr(int32(i-1)), r.Addr(int32(i)))
		}
	}
	if r.ID("application.nope") != -1 || r.Addr(r.ID("device.esx")) != "device.esx" {
		t.Fatal("ID and Addr disagree")
	}
	cases := []struct {
		name string
		of   func(int32) []int32
		addr string
		want []string
	}{
		{"Networks", r.Networks, "application.api", []string{"network.dmz", "network.kcom"}},
		{"Networks", r.Networks, "application.db", []string{"network.kcom"}},
		{"Networks", r.Networks, "endpoints.desks", []string{"network.kcom"}},
		{"Networks", r.Networks, "link.kcom_new", []string{"network.kcom", "network.new"}},
		{"Networks", r.Networks, "network.new", []string{"network.new"}},
		{"Networks", r.Networks, "contract.support", []string{}},
		{"HostedOn", r.HostedOn, "application.api", []string{"device.web", "device.esx"}}, // as written
		{"Hosted", r.Hosted, "device.esx", []string{"application.api", "application.db"}},
		{"Uplinks", r.Uplinks, "device.esx", []string{"device.core"}},
		{"Uplinked", r.Uplinked, "device.core", []string{"device.esx", "endpoints.desks"}},
		{"OnNetwork", r.OnNetwork, "network.kcom", []string{"application.api", "application.db", "application.mail",
			"device.core", "device.esx", "endpoints.desks", "link.kcom_new"}},
		{"DependsOn", r.DependsOn, "application.mail", []string{"application.api", "application.db"}},
		{"Dependents", r.Dependents, "application.db", []string{"application.api", "application.mail"}},
		{"Covers", r.Covers, "contract.support", []string{"network.kcom", "device.esx"}}, // as written
		{"CoveredBy", r.CoveredBy, "device.esx", []string{"contract.support"}},
		{"Replaces", r.Replaces, "application.api", []string{"application.mail"}},
		{"AtSite", r.AtSite, "site.hq", []string{"device.core", "network.kcom"}},
		{"OfSupplier", r.OfSupplier, "supplier.telco", []string{"contract.support", "network.kcom"}},
		{"Uses", r.Uses, "tenant.force", []string{"application.api"}},
	}
	for _, c := range cases {
		got := r.Addrs(c.of(r.ID(c.addr)))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s(%s) = %v, want %v", c.name, c.addr, got, c.want)
		}
	}
	if got := r.Addrs(r.Links(r.ID("network.new"), r.ID("network.kcom"))); !reflect.DeepEqual(got, []string{"link.kcom_new"}) {
		t.Errorf("Links(new, kcom) = %v", got)
	}
	homes := map[string]string{"application.api": "network.dmz", "application.mail": "network.kcom",
		"endpoints.desks": "network.kcom", "device.web": "network.dmz", "network.new": "network.new"}
	for addr, want := range homes {
		if got := r.Addr(r.Home(r.ID(addr))); got != want {
			t.Errorf("Home(%s) = %s, want %s", addr, got, want)
		}
	}
	if r.Home(r.ID("link.kcom_new")) != -1 || r.Home(-1) != -1 {
		t.Error("a link or no asset has no home")
	}
}

// TestRelationsHandBuilt: a model built by hand, out of order and with a
// repeated address, is numbered in address order; the first asset at an
// address counts and the repeat is reported; references to nothing and
// to the asset itself are left out.
func TestRelationsHandBuilt(t *testing.T) {
	net := func(label string) *Network { return &Network{Meta: Meta{Type: TypeNetwork, Label: label}} }
	first := &Application{Meta: Meta{Type: TypeApplication, Label: "b"}, Network: Ref{Addr: "network.x"},
		DependsOn: []Ref{{Addr: "application.b"}, {Addr: "application.gone"}, {Addr: "application.a"}}}
	second := &Application{Meta: Meta{Type: TypeApplication, Label: "b"}, Network: Ref{Addr: "network.y"}}
	a := &Application{Meta: Meta{Type: TypeApplication, Label: "a"}, Network: Ref{Addr: "network.gone"}}
	m := &Model{Networks: []*Network{net("y"), net("x")}, Applications: []*Application{first, a, second}}
	r := NewRelations(m)
	if got := r.Addrs([]int32{0, 1, 2, 3}); !reflect.DeepEqual(got, []string{"application.a", "application.b", "network.x", "network.y"}) || r.Len() != 4 {
		t.Fatalf("numbered %v (%d assets)", got, r.Len())
	}
	if !reflect.DeepEqual(r.Duplicates(), []string{"application.b"}) {
		t.Fatalf("Duplicates = %v", r.Duplicates())
	}
	b := r.ID("application.b")
	if r.Asset(b) != first {
		t.Fatal("the first asset at a repeated address should count")
	}
	if got := r.Addrs(r.DependsOn(b)); !reflect.DeepEqual(got, []string{"application.a"}) {
		t.Errorf("DependsOn = %v", got)
	}
	if got := r.Addrs(r.OnNetwork(r.ID("network.y"))); len(got) != 0 {
		t.Errorf("network.y holds %v; the repeat should be left out", got)
	}
	if got := r.Networks(r.ID("application.a")); len(got) != 0 {
		t.Errorf("a reference to no network gave %v", got)
	}
}

// BenchmarkRelations indexes a generated estate of 10,000 applications.
func BenchmarkRelations(b *testing.B) {
	m := bigModel(10000)
	b.ReportAllocs()
	for b.Loop() {
		NewRelations(m)
	}
}

// TestRedundancyGroup: redundant_with joins devices both ways and
// transitively; a reference to itself or to no device joins nothing.
func TestRedundancyGroup(t *testing.T) {
	dev := func(label string, partners ...string) *Device {
		d := &Device{Meta: Meta{Type: TypeDevice, Label: label}}
		for _, p := range partners {
			d.RedundantWith = append(d.RedundantWith, Ref{Addr: p})
		}
		return d
	}
	m := &Model{Devices: []*Device{
		dev("a"), dev("b", "device.a"), dev("c", "device.b"), // a chain: one group
		dev("d", "device.d", "device.gone"), // itself, nothing: no group
		dev("e", "device.f"), dev("f"),      // a pair, declared on one side
	}}
	r := NewRelations(m)
	for addr, want := range map[string][]string{
		"device.a": {"device.a", "device.b", "device.c"},
		"device.c": {"device.a", "device.b", "device.c"},
		"device.d": nil,
		"device.f": {"device.e", "device.f"},
	} {
		got := r.Addrs(r.RedundancyGroup(r.ID(addr)))
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("RedundancyGroup(%s) = %v, want %v", addr, got, want)
		}
	}
	if r.RedundancyGroup(-1) != nil {
		t.Error("no asset has no group")
	}
}
