package netbox

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/decomhq/decom/importer"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
)

// nonPort are the interface types that are no physical port: NetBox's
// VIRTUAL_IFACE_TYPES and WIRELESS_IFACE_TYPES (dcim/constants.py).
var nonPort = map[string]bool{
	"virtual": true, "lag": true, "bridge": true,
	"ieee802.11a": true, "ieee802.11g": true, "ieee802.11n": true, "ieee802.11ac": true,
	"ieee802.11ad": true, "ieee802.11ax": true, "ieee802.11ay": true, "ieee802.11be": true,
	"ieee802.15.1": true, "ieee802.15.4": true, "other-wireless": true,
	"gsm": true, "cdma": true, "lte": true, "4g": true, "5g": true,
}

// ports counts each device's physical ports and those in use, and records
// which devices are cabled together, from the interfaces and cables
// exports.
func ports(x *exports, devs map[int]*node, diags *hcl.Diagnostics) {
	link := func(a, b int) {
		da, db := devs[a], devs[b]
		if da == nil || db == nil || a == b {
			return
		}
		if da.links == nil {
			da.links = map[int]bool{}
		}
		if db.links == nil {
			db.links = map[int]bool{}
		}
		da.links[b], db.links[a] = true, true
	}
	for _, r := range x.records["interfaces"] {
		var i iface
		if err := json.Unmarshal(r.raw, &i); err != nil {
			*diags = append(*diags, shapeError("interface", r, err))
			continue
		}
		if i.Device == nil || devs[i.Device.ID] == nil {
			continue // a device not exported: warned about as an incomplete export
		}
		n := devs[i.Device.ID]
		if (i.Type != nil && nonPort[i.Type.Value]) || i.MgmtOnly {
			continue
		}
		n.hasPorts = true
		n.ports++
		if i.Cable != nil || i.MarkConnected {
			n.inUse++
		}
		if i.Cable == nil {
			continue
		}
		peers := i.ConnectedEndpoints
		if i.ConnectedEndpointsType == nil || *i.ConnectedEndpointsType != "dcim.interface" {
			peers = nil
		}
		if len(peers) == 0 && i.LinkPeersType != nil && *i.LinkPeersType == "dcim.interface" {
			peers = i.LinkPeers
		}
		for _, p := range peers {
			if p.Device != nil {
				link(i.Device.ID, p.Device.ID)
			}
		}
	}
	for _, r := range x.records["cables"] {
		var c cable
		if err := json.Unmarshal(r.raw, &c); err != nil {
			*diags = append(*diags, shapeError("cable", r, err))
			continue
		}
		if c.Status != nil && c.Status.Value != "connected" {
			continue // planned or being decommissioned: no link yet
		}
		for _, a := range c.ATerminations {
			for _, b := range c.BTerminations {
				if a.ObjectType == "dcim.interface" && b.ObjectType == "dcim.interface" && a.Object != nil && b.Object != nil && a.Object.Device != nil && b.Object.Device != nil {
					link(a.Object.Device.ID, b.Object.Device.ID)
				}
			}
		}
	}
}

// kindWords guess a kind from a role's slug or name, in this order: the
// first kind one of whose words the slug (then the name) contains,
// ignoring case, spaces, hyphens and underscores.
var kindWords = []struct {
	kind  string
	words []string
}{
	{"firewall", []string{"firewall", "fw"}},
	{"router", []string{"router"}},
	{"switch", []string{"switch"}},
	{"storage", []string{"storage", "san", "nas"}},
	{"telephony", []string{"telephony", "phone", "pbx", "voice"}},
	{"server", []string{"server", "host", "hypervisor"}},
}

// kinds gives each device a kind from its role: the mapping file's
// values.kind (by role slug, then name), else a kind named in the slug,
// else "other" with a warning per role.
func kinds(devs map[int]*node, m *importer.Mapping, diags *hcl.Diagnostics) {
	warned := map[string]bool{}
	for _, id := range sortedKeys(devs) {
		n := devs[id]
		role := n.dev.Role
		if role == nil {
			role = n.dev.DeviceRole
		}
		if role == nil {
			continue
		}
		slug := firstOf(role.Slug, role.Name)
		if k := m.Translate("kind", slug); k != slug {
			n.kind = k
			continue
		}
		if k := m.Translate("kind", role.Name); k != role.Name {
			n.kind = k
			continue
		}
		for _, key := range []string{importer.Key(slug), importer.Key(role.Name)} {
			for _, kw := range kindWords {
				for _, w := range kw.words {
					if n.kind == "" && strings.Contains(key, w) {
						n.kind = kw.kind
					}
				}
			}
		}
		if n.kind != "" {
			continue
		}
		n.kind = "other"
		if !warned[slug] {
			warned[slug] = true
			*diags = append(*diags, diag.Warning(importer.CodeUnmappedRole, fmt.Sprintf("Role %q has no kind", slug),
				at(n.origin, fmt.Sprintf("Devices with the role %q are imported as kind \"other\". To give them a kind, map the role in the mapping file: values = { kind = { %q = \"KIND\" } }, KIND one of %s.", slug, slug, strings.Join(language.DeviceKinds, ", "))),
				n.origin.Range))
		}
	}
}

// uplinks gives each device the switch it hangs off: of the switches it is
// cabled to, the one cabled to most devices (the lower label on a tie).
// A switch's uplink must be cabled to more devices than itself, so two
// switches of a pair are not each other's uplink.
func uplinks(devs map[int]*node) {
	for _, id := range sortedKeys(devs) {
		n := devs[id]
		var best *node
		for _, pid := range sortedKeys(n.links) {
			p := devs[pid]
			if p.kind != "switch" || (n.kind == "switch" && len(p.links) <= len(n.links)) {
				continue
			}
			if best == nil || len(p.links) > len(best.links) || (len(p.links) == len(best.links) && p.label < best.label) {
				best = p
			}
		}
		n.uplink = best
	}
}

// statuses reads NetBox's device statuses (DeviceStatusChoices) as decom
// statuses: a device being decommissioned has its action in progress; the
// others are not yet acted on (planned, the default, so left out).
var statuses = map[string]string{"decommissioning": "in_progress"}

func status(value string, m *importer.Mapping) string {
	if t := m.Translate("status", value); t != value {
		return t
	}
	return statuses[value]
}
