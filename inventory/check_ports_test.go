package inventory

import (
	"strings"
	"testing"
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

func TestCheckUplinkPortsDevicesAndEndpoints(t *testing.T) {
	e := newEstate()
	// core_sw takes access_sw and esx1 (one port each) and half of desks.
	e.coreSw.Ports = 21
	e.coreSw.PortsInUse = 0
	ds := expect(t, e.Model, "error uplink-ports-exceeded "+at(t, &e.coreSw.Meta, "ports"))
	want := "device.core_sw has 21 ports but 22 are taken by what is uplinked to it: 2 devices (device.access_sw and device.esx1) and 20 endpoints (endpoints.desks: 20 of 40)."
	if !strings.HasPrefix(ds[0].Detail, want) {
		t.Errorf("detail = %q, want prefix %q", ds[0].Detail, want)
	}
}

// The remainder of an endpoint group's count goes to its first uplinks in
// list order: 41 desks over [access_sw, core_sw] take 21 and 20 ports.
func TestCheckUplinkPortsRemainderToFirstSwitch(t *testing.T) {
	e := newEstate()
	e.desks.Count = 41
	e.accessSw.Ports = 20
	ds := expect(t, e.Model, "error uplink-ports-exceeded "+at(t, &e.accessSw.Meta, "ports"))
	if !strings.Contains(ds[0].Detail, "endpoints.desks: 21 of 41") {
		t.Errorf("detail = %q, want the 21 of 41 share", ds[0].Detail)
	}
	e.accessSw.Ports = 21
	expect(t, e.Model)
}

// Consumers that are done and gone (already migrated or retired) free
// their ports.
func TestCheckUplinkPortsIgnoresDoneConsumers(t *testing.T) {
	e := newEstate()
	e.accessSw.Ports = 10
	e.desks.Status = StatusDone
	expect(t, e.Model)
}

// A device with no ports given has unknown capacity: nothing to check.
func TestCheckUplinkPortsUnknownCapacity(t *testing.T) {
	e := newEstate()
	e.desks.Uplink = refs(&e.desks.Meta, "uplink", "device.esx1")
	e.desks.Count = 500
	expect(t, e.Model, "warning uplink-not-switch "+pos(e.desks.Uplink[0].Range))
}

func TestCheckUplinkNotSwitch(t *testing.T) {
	e := newEstate()
	e.desks.Uplink = refs(&e.desks.Meta, "uplink", "device.access_sw", "device.esx1")
	ds := expect(t, e.Model, "warning uplink-not-switch "+pos(e.desks.Uplink[1].Range))
	if !strings.Contains(ds[0].Detail, `kind = "server"`) {
		t.Errorf("detail = %q, want the device's kind", ds[0].Detail)
	}
}
