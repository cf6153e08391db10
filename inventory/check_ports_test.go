package inventory

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
)

func TestCheckPortsInUseExceedsPorts(t *testing.T) {
	e := newEstate()
	e.coreSw.PortsInUse = 49
	expect(t, e.Model, "error ports-in-use-exceeds-ports "+at(t, &e.coreSw.Meta, "ports_in_use"))
}

func TestCheckPortsInUseEqualToPortsIsFine(t *testing.T) {
	e := newEstate()
	e.coreSw.PortsInUse = 48
	expect(t, e.Model)
}

func TestCheckPortsInUseWithoutPorts(t *testing.T) {
	e := newEstate()
	e.esx1.PortsInUse = 2
	want := "warning ports-in-use-without-ports " + e.set(t, &e.esx1.Meta, "ports_in_use")
	expect(t, e.Model, want)
}

// portEstate is a small estate of switches, devices uplinked to them and
// endpoint groups, laid out by the fixture so diagnostics have lines.
type portEstate struct {
	*Model
	f fixture
}

func newPortEstate() *portEstate {
	p := &portEstate{Model: &Model{}}
	n := &Network{Meta: p.f.meta(TypeNetwork, "lan", "role"), Role: RoleLegacy, Decommission: true}
	p.Networks = []*Network{n}
	return p
}

// sw adds a switch with the given ports (a negative number leaves ports
// out).
func (p *portEstate) sw(label string, ports int) *Device {
	attrs := []string{"network", "kind"}
	if ports >= 0 {
		attrs = append(attrs, "ports")
	}
	d := &Device{Meta: p.f.meta(TypeDevice, label, attrs...), Kind: KindSwitch, Ports: max(ports, 0), Disposition: DispDecommission}
	d.Network = ref(&d.Meta, "network", "network.lan")
	p.Devices = append(p.Devices, d)
	return d
}

// dev adds a server uplinked to the switch up.
func (p *portEstate) dev(label, up string) *Device {
	d := &Device{Meta: p.f.meta(TypeDevice, label, "network", "uplink"), Kind: KindServer, Disposition: DispDecommission}
	d.Network = ref(&d.Meta, "network", "network.lan")
	d.Uplink = ref(&d.Meta, "uplink", "device."+up)
	p.Devices = append(p.Devices, d)
	return d
}

// group adds an endpoint group of count endpoints uplinked to switches.
func (p *portEstate) group(label string, count int, switches ...string) *Endpoints {
	e := &Endpoints{Meta: p.f.meta(TypeEndpoints, label, "count", "uplink", "disposition"), Count: count, Disposition: DispRetire}
	addrs := make([]string, len(switches))
	for i, s := range switches {
		addrs[i] = "device." + s
	}
	e.Uplink = refs(&e.Meta, "uplink", addrs...)
	p.Endpoints = append(p.Endpoints, e)
	return e
}

// shares renders every group's split as "group: switch=n switch=n; ...".
func shares(m *Model) string {
	var out []string
	for _, e := range m.Endpoints {
		var parts []string
		for _, s := range m.Ports().Shares(e.Address()) {
			parts = append(parts, fmt.Sprintf("%s=%d", strings.TrimPrefix(s.Switch, "device."), s.Count))
		}
		out = append(out, e.Label+": "+strings.Join(parts, " "))
	}
	return strings.Join(out, "; ")
}

// The estate: no even split fits (sw2 would take 30 + 20 = 50 of
// 48), but a real patching does.
func TestCheckUplinkPortsUnevenSplitFits(t *testing.T) {
	p := newPortEstate()
	p.sw("sw1", 48)
	p.sw("sw2", 48)
	p.sw("sw3", 48)
	p.group("desks", 60, "sw1", "sw2")
	p.group("phones", 40, "sw2", "sw3")
	expect(t, p.Model)
	if got, want := shares(p.Model), "desks: sw1=31 sw2=29; phones: sw2=19 sw3=21"; got != want {
		t.Errorf("split = %s, want %s", got, want)
	}
	sw2 := p.Ports().Device("device.sw2")
	if sw2.Used() != 48 || sw2.EndpointCount() != 48 || len(sw2.Devices) != 0 {
		t.Errorf("sw2 uses %d ports (%d endpoints, %v devices), want 48", sw2.Used(), sw2.EndpointCount(), sw2.Devices)
	}
}

// A split that needs another group's endpoints moved: g2 must leave a for
// c so that g1 fits on a, its only uplink.
func TestCheckUplinkPortsSplitMovesOtherGroups(t *testing.T) {
	p := newPortEstate()
	p.sw("a", 48)
	p.sw("c", 48)
	p.group("g1", 48, "a")
	p.group("g2", 10, "a", "c")
	expect(t, p.Model)
	if got, want := shares(p.Model), "g1: a=48; g2: c=10"; got != want {
		t.Errorf("split = %s, want %s", got, want)
	}
}

// Uplinked devices take their ports first; what is left is for endpoints.
func TestCheckUplinkPortsDevicesTakePortsFirst(t *testing.T) {
	p := newPortEstate()
	p.sw("a", 10)
	p.sw("b", 10)
	p.dev("srv1", "a")
	p.dev("srv2", "a")
	p.group("desks", 18, "a", "b")
	expect(t, p.Model)
	if got, want := shares(p.Model), "desks: a=8 b=10"; got != want {
		t.Errorf("split = %s, want %s", got, want)
	}
	if u := p.Ports().Device("device.a").Used(); u != 10 {
		t.Errorf("a uses %d ports, want 10", u)
	}
}

// An estate the even split fits keeps it, remainder to the first uplinks
// in list order.
func TestCheckUplinkPortsEvenSplitKept(t *testing.T) {
	p := newPortEstate()
	p.sw("a", 48)
	p.sw("b", 48)
	p.sw("c", 48)
	p.group("desks", 41, "c", "a", "b")
	expect(t, p.Model)
	if got, want := shares(p.Model), "desks: c=14 a=14 b=13"; got != want {
		t.Errorf("split = %s, want %s", got, want)
	}
}

// No split fits: the diagnostic names every switch and group of the
// Hall-violating set, with totals, on the first switch's ports, and points
// at the other switches' ports and the groups' counts.
func TestCheckUplinkPortsNoSplitFits(t *testing.T) {
	p := newPortEstate()
	sw1, sw2, sw3 := p.sw("sw1", 24), p.sw("sw2", 24), p.sw("sw3", 24)
	p.dev("printer", "sw3")
	desks := p.group("desks", 60, "sw1", "sw2")
	phones := p.group("phones", 40, "sw2", "sw3")
	ds := expect(t, p.Model, "error uplink-ports-exceeded "+at(t, &sw1.Meta, "ports"))
	d := ds[0]
	if want := "Switches have more uplinked consumers than ports"; d.Summary != want {
		t.Errorf("summary = %q, want %q", d.Summary, want)
	}
	want := "endpoints.desks (60) and endpoints.phones (40) are uplinked only to device.sw1, device.sw2 and device.sw3, which have 72 ports, " +
		"1 taken by an uplinked device (device.printer): however they are split, the 100 endpoints are 29 ports short. " +
		"Raise ports on these switches, or uplink some of these endpoints to another switch as well."
	if d.Detail != want {
		t.Errorf("detail =\n%s\nwant\n%s", d.Detail, want)
	}
	var rel []string
	for _, r := range diag.RelatedOf(d) {
		rel = append(rel, pos(r.Range)+" "+r.Message)
	}
	wantRel := []string{
		at(t, &sw2.Meta, "ports") + " device.sw2: ports = 24",
		at(t, &sw3.Meta, "ports") + " device.sw3: ports = 24",
		at(t, &desks.Meta, "count") + " endpoints.desks: count = 60",
		at(t, &phones.Meta, "count") + " endpoints.phones: count = 40",
	}
	if strings.Join(rel, "\n") != strings.Join(wantRel, "\n") {
		t.Errorf("related =\n%s\nwant\n%s", strings.Join(rel, "\n"), strings.Join(wantRel, "\n"))
	}
}

// Only the switches that are really too small are named: g2 can move to
// c, so the shortfall is g1 on a alone, though a, c, g1 and g2 are
// connected.
func TestCheckUplinkPortsShortfallIsTheViolatingSet(t *testing.T) {
	p := newPortEstate()
	a := p.sw("a", 48)
	p.sw("c", 48)
	p.group("g1", 60, "a")
	p.group("g2", 10, "a", "c")
	ds := expect(t, p.Model, "error uplink-ports-exceeded "+at(t, &a.Meta, "ports"))
	want := "endpoints.g1 (60) is uplinked only to device.a, which has 48 ports, none taken by uplinked devices: the 60 endpoints are 12 ports short. " +
		"Raise ports, or uplink some of these endpoints to another switch as well."
	if ds[0].Detail != want || ds[0].Summary != "Switch has more uplinked consumers than ports" {
		t.Errorf("got %q: %q\nwant detail %q", ds[0].Summary, ds[0].Detail, want)
	}
	if got := p.Ports().Shortfalls(); len(got) != 1 || fmt.Sprint(got[0]) != "{[device.a] [endpoints.g1] 60 0 48}" {
		t.Errorf("shortfalls = %v", got)
	}
}

// Two separate sets of switches too small give two findings.
func TestCheckUplinkPortsTwoShortfalls(t *testing.T) {
	p := newPortEstate()
	a, b := p.sw("a", 48), p.sw("b", 48)
	p.group("g1", 50, "a")
	p.group("g2", 49, "b")
	expect(t, p.Model, "error uplink-ports-exceeded "+at(t, &a.Meta, "ports"), "error uplink-ports-exceeded "+at(t, &b.Meta, "ports"))
	// Every endpoint is still placed, over the top.
	if got, want := shares(p.Model), "g1: a=50; g2: b=49"; got != want {
		t.Errorf("split = %s, want %s", got, want)
	}
}

func TestCheckUplinkPortsDevicesAlone(t *testing.T) {
	p := newPortEstate()
	a := p.sw("a", 2)
	for i := range 3 {
		p.dev(fmt.Sprintf("srv%d", i), "a")
	}
	ds := expect(t, p.Model, "error uplink-ports-exceeded "+at(t, &a.Meta, "ports"))
	want := "device.a has 2 ports but 3 devices are uplinked to it (device.srv0, device.srv1 and device.srv2). Raise ports, or uplink some of them to another switch."
	if ds[0].Detail != want || ds[0].Summary != "Switch has more uplinked devices than ports" {
		t.Errorf("got %q: %q", ds[0].Summary, ds[0].Detail)
	}
}

// Consumers that are done and gone (already migrated or retired) free
// their ports; a switch done and gone, or with no ports, limits nothing.
func TestCheckUplinkPortsIgnoresDoneAndUnknown(t *testing.T) {
	p := newPortEstate()
	p.sw("a", 10)
	gone := p.sw("b", 10)
	gone.Status = StatusDone
	p.sw("c", -1)
	g := p.group("done", 50, "a")
	g.Status = StatusDone
	p.group("on_gone", 50, "b")
	p.group("on_unknown", 50, "c")
	srv := p.dev("srv", "a")
	srv.Status = StatusDone
	expect(t, p.Model)
	if u := p.Ports().Device("device.a").Used(); u != 0 {
		t.Errorf("a uses %d ports, want 0", u)
	}
}

func TestCheckUplinkNotSwitch(t *testing.T) {
	e := newEstate()
	e.desks.Uplink = refs(&e.desks.Meta, "uplink", "device.access_sw", "device.esx1")
	ds := expect(t, e.Model, "warning uplink-not-switch "+pos(e.desks.Uplink[1].Range))
	if !strings.Contains(ds[0].Detail, `kind = "server"`) {
		t.Errorf("detail = %q, want the device's kind", ds[0].Detail)
	}
}

// A device with no ports given has unknown capacity: nothing to check.
func TestCheckUplinkPortsUnknownCapacity(t *testing.T) {
	e := newEstate()
	e.desks.Uplink = refs(&e.desks.Meta, "uplink", "device.esx1")
	e.desks.Count = 500
	expect(t, e.Model, "warning uplink-not-switch "+pos(e.desks.Uplink[0].Range))
}
