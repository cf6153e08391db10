package netbox

import (
	"testing"

	"github.com/decomhq/decom/importer"
	"github.com/hashicorp/hcl/v2"
)

func TestEndpointOf(t *testing.T) {
	cases := map[string]string{
		"https://netbox.example.com/api/dcim/devices/12/":     "devices",
		"https://netbox.example.com/api/dcim/interfaces/3/":   "interfaces",
		"https://netbox.example.com/api/dcim/device-types/1/": "",
		"https://netbox.example.com/api/ipam/prefixes/1/":     "",
		"": "",
	}
	for url, want := range cases {
		if got := endpointOf(url); got != want {
			t.Errorf("endpointOf(%q) = %q, want %q", url, got, want)
		}
	}
}

func TestResultStarts(t *testing.T) {
	src := []byte(`{"count": 2, "next": null, "results": [
  {"id": 1},
  {"id": 2, "nested": {"results": [9]}}
]}`)
	got := resultStarts(src)
	if len(got) != 2 || string(src[got[0]:got[0]+9]) != `{"id": 1}` || src[got[1]] != '{' {
		t.Fatalf("resultStarts = %v", got)
	}
	if r := rangeAt("x.json", src, got[1]); r.Start.Line != 3 || r.Start.Column != 3 {
		t.Errorf("second result at %s, want line 3 column 3", r)
	}
}

// TestUplinks checks the uplink rule: a device hangs off the switch cabled
// to most devices (the lower label on a tie); a switch only off a switch
// cabled to more devices than itself, so a pair of core switches has no
// uplink between them.
func TestUplinks(t *testing.T) {
	devs := map[int]*node{}
	add := func(id int, label, kind string) { devs[id] = &node{label: label, kind: kind, links: map[int]bool{}} }
	add(1, "core-a", "switch")
	add(2, "core-b", "switch")
	add(3, "acc-1", "switch")
	add(4, "acc-2", "switch")
	add(5, "srv", "server")
	add(6, "fw", "firewall")
	link := func(a, b int) { devs[a].links[b], devs[b].links[a] = true, true }
	link(1, 2)
	link(1, 3)
	link(2, 3)
	link(1, 4)
	link(2, 4)
	link(5, 3)
	link(5, 4)
	link(6, 1)
	link(6, 2) // the pair stays even
	uplinks(devs)
	want := map[int]string{1: "", 2: "", 3: "core-a", 4: "core-a", 5: "acc-1", 6: "core-a"}
	for id, w := range want {
		got := ""
		if devs[id].uplink != nil {
			got = devs[id].uplink.label
		}
		if got != w {
			t.Errorf("%s: uplink %q, want %q", devs[id].label, got, w)
		}
	}
}

func TestStatusAndKinds(t *testing.T) {
	m := &importer.Mapping{Values: map[string]map[string]string{
		"status": {"offline": "done"},
		"kind":   {"pdu": "other", "corecore": "switch"},
	}}
	for in, want := range map[string]string{"decommissioning": "in_progress", "active": "", "offline": "done"} {
		if got := status(in, m); got != want {
			t.Errorf("status(%q) = %q, want %q", in, got, want)
		}
	}
	devs := map[int]*node{
		1: {dev: device{Role: &brief{Slug: "perimeter-fw", Name: "Perimeter"}}},
		2: {dev: device{DeviceRole: &brief{Slug: "x1", Name: "SAN array"}}},
		3: {dev: device{Role: &brief{Slug: "pdu", Name: "PDU"}}},
		4: {dev: device{Role: &brief{Slug: "core_core", Name: "Core"}}},
		5: {dev: device{Role: &brief{Slug: "camera", Name: "CCTV"}}},
		6: {dev: device{}},
	}
	var ds hcl.Diagnostics
	kinds(devs, m, &ds)
	want := map[int]string{1: "firewall", 2: "storage", 3: "other", 4: "switch", 5: "other", 6: ""}
	for id, w := range want {
		if devs[id].kind != w {
			t.Errorf("device %d: kind %q, want %q", id, devs[id].kind, w)
		}
	}
	if len(ds) != 1 || ds[0].Severity != hcl.DiagWarning {
		t.Errorf("diagnostics %v, want one warning (for camera)", ds)
	}
}
