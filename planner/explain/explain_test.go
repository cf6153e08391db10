package explain

import (
	"bytes"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/estatefixture"
	"github.com/decomhq/decom/internal/golden"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/formats"
)

// checkGolden compares got with testdata/name (go test -update rewrites it).
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got)
}

// TestWhyGolden explains a chain with a freeze, a late action, a move
// group, a blocked action, a root cause and assets that take no action.
func TestWhyGolden(t *testing.T) {
	ix := New(estatefixture.Estate(), estatefixture.Plan())
	for _, addr := range []string{"application.cad", "device.core_sw", "application.ring_a", "device.esx01",
		"network.kcom", "application.payroll", "application.mail365", "tenant.north", "device.edge_sw"} {
		w, err := ix.Why(addr)
		if err != nil {
			t.Fatal(err)
		}
		var txt, js bytes.Buffer
		if err := WriteWhy(&txt, w); err != nil {
			t.Fatal(err)
		}
		if err := formats.JSON(&js, w); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "why_"+addr+".txt", txt.Bytes())
		checkGolden(t, "why_"+addr+".json", js.Bytes())
	}
}

func TestWhyFacts(t *testing.T) {
	ix := New(estatefixture.Estate(), estatefixture.Plan())
	w, _ := ix.Why("application.cad")
	var got []string
	for _, s := range w.Chain {
		got = append(got, s.Address)
	}
	if want := []string{"application.db", "application.gis", "application.cad"}; !reflect.DeepEqual(got, want) {
		t.Errorf("cad's chain = %v, want %v", got, want)
	}
	if w.SlackDays == nil || *w.SlackDays != 55 || w.DeadlineFrom != "contract.kcom_support" {
		t.Errorf("cad's deadline: slack %v from %q, want 55 days from contract.kcom_support", w.SlackDays, w.DeadlineFrom)
	}
	w, _ = ix.Why("device.core_sw")
	if w.SlackDays == nil || *w.SlackDays != -17 {
		t.Errorf("core_sw slack = %v, want -17 (17 days late)", w.SlackDays)
	}
	w, _ = ix.Why("device.edge_sw")
	if last := w.Chain[len(w.Chain)-1]; !strings.HasPrefix(last.Freeze, "freeze.spring") || last.SoakWaves != 3 {
		t.Errorf("edge_sw's step = %+v, want the spring freeze and a 3-wave gap", last)
	}
	w, _ = ix.Why("network.kcom")
	if w.Outcome != OutcomeBlocked || w.Blocker.Chain[len(w.Blocker.Chain)-1].Address != "application.payroll" {
		t.Errorf("network.kcom: %+v, want blocked with root application.payroll", w)
	}
}

func TestUnknown(t *testing.T) {
	m := estatefixture.Estate()
	ix := New(m, estatefixture.Plan())
	for addr, want := range map[string]string{
		"application.cda":   "application.cad",
		"niche":             "",
		"payroll":           "application.payroll",
		"device.core_switc": "device.core_sw",
	} {
		_, err := ix.Why(addr)
		var ue *UnknownError
		if !errors.As(err, &ue) {
			t.Fatalf("Why(%q): err = %v, want *UnknownError", addr, err)
		}
		first := ""
		if len(ue.Suggestion) > 0 {
			first = ue.Suggestion[0]
		}
		if first != want {
			t.Errorf("Why(%q) suggests %v, want %q first", addr, ue.Suggestion, want)
		}
		if _, err := ix.Impact(addr); !errors.As(err, &ue) {
			t.Errorf("Impact(%q): err = %v, want *UnknownError", addr, err)
		}
	}
}

// TestChainProperty checks, for every asset of the fixture and of a
// synthetic 2,000-application estate, that why's chain ends at the asset in
// its own wave and that each step's wave is at most the next one's.
func TestChainProperty(t *testing.T) {
	large, lp := estatefixture.Large(2000)
	for _, c := range []struct {
		m *inventory.Model
		p *planner.Plan
	}{{estatefixture.Estate(), estatefixture.Plan()}, {large, lp}} {
		ix := New(c.m, c.p)
		waveOf := map[string]int{}
		for _, w := range c.p.Waves {
			for _, a := range w.Actions {
				waveOf[a.Address] = w.Number
			}
		}
		for _, addr := range c.m.Addresses() {
			w, err := ix.Why(addr)
			if err != nil {
				t.Fatalf("Why(%s): %v", addr, err)
			}
			if w.Outcome != OutcomePlanned {
				if len(w.Chain) != 0 {
					t.Errorf("%s: %s but has a chain", addr, w.Outcome)
				}
				continue
			}
			last := w.Chain[len(w.Chain)-1]
			if last.Address != addr || last.Wave != waveOf[addr] || w.Wave != waveOf[addr] {
				t.Errorf("%s: chain ends at %s wave %d, plan has wave %d", addr, last.Address, last.Wave, waveOf[addr])
			}
			for i := 1; i < len(w.Chain); i++ {
				prev, cur := w.Chain[i-1], w.Chain[i]
				if prev.Wave > cur.Wave || prev.Wave != waveOf[prev.Address] || cur.Predecessor != prev.Address {
					t.Errorf("%s: step %d (%s, wave %d) does not lead to step %d (%s, wave %d, after %s)",
						addr, i, prev.Address, prev.Wave, i+1, cur.Address, cur.Wave, cur.Predecessor)
				}
			}
			if _, err := ix.Impact(addr); err != nil {
				t.Errorf("Impact(%s): %v", addr, err)
			}
		}
	}
}

func TestImpactGolden(t *testing.T) {
	ix := New(estatefixture.Estate(), estatefixture.Plan())
	for _, addr := range []string{"device.core_sw", "application.db", "network.kcom", "link.kcom_psn",
		"site.hq", "contract.kcom_support", "endpoints.phones"} {
		im, err := ix.Impact(addr)
		if err != nil {
			t.Fatal(err)
		}
		var txt, js bytes.Buffer
		if err := WriteImpact(&txt, im); err != nil {
			t.Fatal(err)
		}
		if err := formats.JSON(&js, im); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "impact_"+addr+".txt", txt.Bytes())
		checkGolden(t, "impact_"+addr+".json", js.Bytes())
	}
}

func TestImpactFacts(t *testing.T) {
	ix := New(estatefixture.Estate(), estatefixture.Plan())
	im, _ := ix.Impact("device.core_sw")
	// core_sw carries edge_sw, esx01, san01 and the phones; edge_sw the
	// desktops; esx01 and san01 host every application on kcom, and cad's
	// dependents (ring_b, then ring_a) follow. Ports in use are what is
	// uplinked: 3 devices and 30 phones on core_sw, 120 desktops on
	// edge_sw; their own records declare 40 and 120.
	if im.Devices != 3 || im.EndpointGroups != 2 || im.Endpoints != 150 || im.PortsInUse != 153 ||
		im.PortsInUseDevices != 3 || im.PortsInUseEndpoints != 150 || im.PortsInUseDeclared != 160 || im.Ports != 192 {
		t.Errorf("core_sw: %d devices, %d groups, %d endpoints, ports %d = %d + %d of %d, declared %d; want 3, 2, 150, 153 = 3 + 150 of 192, 160",
			im.Devices, im.EndpointGroups, im.Endpoints, im.PortsInUse, im.PortsInUseDevices, im.PortsInUseEndpoints, im.Ports, im.PortsInUseDeclared)
	}
	if im.MostCritical != "critical" || !reflect.DeepEqual(im.MostCriticalApps, []string{"application.cad"}) {
		t.Errorf("most critical = %s %v", im.MostCritical, im.MostCriticalApps)
	}
	if !reflect.DeepEqual(im.Tenants, []string{"tenant.north", "tenant.south"}) {
		t.Errorf("tenants = %v", im.Tenants)
	}
	im, _ = ix.Impact("link.kcom_psn")
	if len(im.Affected) != 0 {
		t.Errorf("link: nothing depends across it in the fixture, got %+v", im.Affected)
	}
	im, _ = ix.Impact("application.db")
	var got []string
	for _, a := range im.Affected {
		got = append(got, a.Address)
	}
	if want := []string{"application.gis", "application.cad", "application.ring_b", "application.ring_a"}; !reflect.DeepEqual(got, want) {
		t.Errorf("db's dependents = %v, want %v", got, want)
	}
}

// A group split over two switches: only its share on the switch that goes
// counts behind it. The 120 desktops on [edge_sw, core_sw] would split
// 60/60, but core_sw has 45 ports free after its three devices, shared
// with the 30 phones that have no other uplink: 15 desktops fit there and
// 105 go to edge_sw.
func TestImpactSplitGroup(t *testing.T) {
	m := estatefixture.Estate()
	desks := m.Lookup("endpoints.hq_desktops").(*inventory.Endpoints)
	desks.Uplink = []inventory.Ref{{Addr: "device.edge_sw"}, {Addr: "device.core_sw"}}
	m.Reindex()
	ix := New(m, estatefixture.Plan())
	for _, c := range []struct {
		addr                             string
		endpoints, inUse, devices, ports int
		desks                            int
	}{
		{"device.edge_sw", 105, 105, 0, 144, 105},
		{"device.core_sw", 150, 153, 3, 192, 120},
	} {
		im, err := ix.Impact(c.addr)
		if err != nil {
			t.Fatal(err)
		}
		if im.Endpoints != c.endpoints || im.PortsInUse != c.inUse || im.PortsInUseDevices != c.devices || im.Ports != c.ports {
			t.Errorf("%s: %d endpoints, %d ports in use (%d devices) of %d; want %d, %d (%d) of %d",
				c.addr, im.Endpoints, im.PortsInUse, im.PortsInUseDevices, im.Ports, c.endpoints, c.inUse, c.devices, c.ports)
		}
		for _, a := range im.Affected {
			if a.Address == "endpoints.hq_desktops" && (a.Endpoints == nil || *a.Endpoints != c.desks) {
				t.Errorf("%s: desktops behind it = %v, want %d", c.addr, a.Endpoints, c.desks)
			}
		}
	}
}

// BenchmarkImpact asks what a whole legacy network's loss takes down in a
// synthetic 10,000-application estate: the walk over every asset on it,
// with redundancy checks and the re-check of what stood on a partner.
func BenchmarkImpact(b *testing.B) {
	m, p := estatefixture.Large(10000)
	ix := New(m, p)
	rel := inventory.NewRelations(m)
	addr, most := "", -1
	for _, n := range m.Networks {
		if k := len(rel.OnNetwork(rel.ID(n.Address()))); k > most {
			addr, most = n.Address(), k
		}
	}
	im, _ := ix.Impact(addr)
	b.Logf("%s: %d assets go down", addr, len(im.Affected))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ix.Impact(addr); err != nil {
			b.Fatal(err)
		}
	}
}
