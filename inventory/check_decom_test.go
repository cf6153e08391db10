package inventory

import (
	"strings"
	"testing"
)

func TestCheckRetainedDevice(t *testing.T) {
	e := newEstate()
	e.esx1.Disposition = DispRetain
	// A retained device's lapsed warranty matters now, too.
	ds := expect(t, e.Model,
		"error retain-on-decommissioned "+e.set(t, &e.esx1.Meta, "disposition"),
		"warning warranty-ended "+at(t, &e.esx1.Meta, "warranty_ends"))
	for _, name := range []string{"device.esx1", "network.kcom"} {
		if !strings.Contains(ds[0].Detail, name) {
			t.Errorf("detail %q does not name %s", ds[0].Detail, name)
		}
	}
}

func TestCheckRetainedApplication(t *testing.T) {
	e := newEstate()
	e.ad.Disposition = DispRetain // on network.kcom directly
	e.ad.Target = Ref{}
	e.cad.Disposition = DispRetain // hosted on device.esx1, which is on network.kcom
	ds := expect(t, e.Model,
		"error retain-on-decommissioned "+at(t, &e.ad.Meta, "disposition"),
		"error retain-on-decommissioned "+at(t, &e.cad.Meta, "disposition"))
	for _, d := range ds {
		if d.Summary != "Application retained on a decommissioned network" || !strings.Contains(d.Detail, "network.kcom") {
			t.Errorf("got %q: %q", d.Summary, d.Detail)
		}
	}
	if !strings.Contains(ds[1].Detail, "network.kcom (through device.esx1), which is being decommissioned") {
		t.Errorf("detail %q does not name the host", ds[1].Detail)
	}
}

// A network reached several ways is named once, with every path to it.
func TestCheckRetainedApplicationNamesNetworkOnce(t *testing.T) {
	e := newEstate()
	e.cad.Disposition = DispRetain
	e.cad.HostedOn = append(e.cad.HostedOn, Ref{Addr: "device.core_sw"})
	ds := expect(t, e.Model, "error retain-on-decommissioned "+at(t, &e.cad.Meta, "disposition"))
	if want := "is on network.kcom (through device.esx1 and device.core_sw), which is being decommissioned;"; !strings.Contains(ds[0].Detail, want) {
		t.Errorf("detail %q\nwant it to say %q", ds[0].Detail, want)
	}
	e.cad.Network = Ref{Addr: "network.kcom"}
	ds = expect(t, e.Model, "error retain-on-decommissioned "+at(t, &e.cad.Meta, "disposition"))
	if want := "is on network.kcom (directly and through device.esx1 and device.core_sw), which is being decommissioned;"; !strings.Contains(ds[0].Detail, want) {
		t.Errorf("detail %q\nwant it to say %q", ds[0].Detail, want)
	}
	e.newSw.Disposition = DispDecommission
	e.cad.HostedOn = append(e.cad.HostedOn, Ref{Addr: "device.new_sw"})
	ds = expect(t, e.Model, "error retain-on-decommissioned "+at(t, &e.cad.Meta, "disposition"),
		"warning endpoints-no-disposition "+pos(e.phones.DefRange))
	if want := `is on network.kcom (directly and through device.esx1 and device.core_sw) and device.new_sw (disposition = "decommission"), which are being decommissioned;`; !strings.Contains(ds[0].Detail, want) {
		t.Errorf("detail %q\nwant it to say %q", ds[0].Detail, want)
	}
}

// An application with no disposition stays live: on a decommissioned
// network that is the same fault as retain, reported at the block header.
func TestCheckApplicationWithoutDisposition(t *testing.T) {
	e := newEstate()
	e.email.Network = ref(&e.email.Meta, "network", "network.kcom")
	ds := expect(t, e.Model, "error retain-on-decommissioned "+pos(e.email.DefRange))
	if ds[0].Summary != "Application on a decommissioned network has no disposition" {
		t.Errorf("summary = %q", ds[0].Summary)
	}
}

// A host device being decommissioned blocks a retained application even
// when its network stays.
func TestCheckRetainedOnDecommissionedDevice(t *testing.T) {
	e := newEstate()
	e.newSw.Disposition = DispDecommission
	e.rmsCloud.HostedOn = []Ref{{Addr: "device.new_sw"}}
	ds := expect(t, e.Model,
		"error retain-on-decommissioned "+pos(e.rmsCloud.DefRange),
		"warning endpoints-no-disposition "+pos(e.phones.DefRange))
	if ds[0].Summary != "Application on a decommissioned device has no disposition" ||
		!strings.Contains(ds[0].Detail, `device.new_sw (disposition = "decommission"), which is being decommissioned`) {
		t.Errorf("got %q: %q", ds[0].Summary, ds[0].Detail)
	}
	e.newSw.Status = StatusDone // already gone: blocks nothing
	expect(t, e.Model)
}

func TestCheckLinkKeptToDecommissionedNetwork(t *testing.T) {
	e := newEstate()
	e.link.Decommission = false
	expect(t, e.Model, "error retain-on-decommissioned "+e.set(t, &e.link.Meta, "decommission"))
}

func TestCheckEndpointsNoDisposition(t *testing.T) {
	e := newEstate()
	e.desks.Disposition = ""
	drop(&e.desks.Meta, "disposition")
	ds := expect(t, e.Model, "warning endpoints-no-disposition "+pos(e.desks.DefRange))
	if !strings.Contains(ds[0].Detail, "is uplinked to network.kcom (through device.access_sw and device.core_sw), which is being decommissioned") {
		t.Errorf("detail = %q", ds[0].Detail)
	}
}
