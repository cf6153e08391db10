package inventory

import (
	"fmt"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
)

// Port rules: a device's own port count, and the ports its uplinked
// consumers take on it.
var portRules = []checkRule{
	{
		Rule: diag.Rule{
			Code:  "ports-in-use-exceeds-ports",
			Title: "More ports in use than the device has",
			Help:  "Correct ports_in_use or ports so that ports_in_use is at most ports.",
		},
		run: checkPortsInUse,
	},
	{
		Rule: diag.Rule{
			Code:  "uplink-ports-exceeded",
			Title: "Switch has more uplinked consumers than ports",
			Help:  "Raise the switch's ports, or uplink some devices or endpoint groups to another switch; each uplinked device takes one port and an endpoint group's count is spread over its uplinks.",
		},
		run: checkUplinkPorts,
	},
	{
		Rule: diag.Rule{
			Code:    "ports-in-use-without-ports",
			Title:   "ports_in_use given without ports",
			Help:    "Add the device's ports so that its capacity can be checked, or remove ports_in_use.",
			Warning: true,
		},
		run: checkPortsInUseWithoutPorts,
	},
	{
		Rule: diag.Rule{
			Code:    "uplink-not-switch",
			Title:   "Endpoints uplinked to a device that is not a switch",
			Help:    "Uplink the endpoint group to the switches whose ports it occupies, or correct the device's kind.",
			Warning: true,
		},
		run: checkUplinkNotSwitch,
	},
}

// portsGiven reports whether d's port count is known.
func portsGiven(d *Device) bool { return d.Ports > 0 || d.Has("ports") }

func checkPortsInUse(c *checker, emit emitFunc) {
	for _, d := range c.m.Devices {
		if portsGiven(d) && d.PortsInUse > d.Ports {
			emit("More ports in use than the device has",
				fmt.Sprintf("%s has ports = %d but ports_in_use = %d; correct ports_in_use, or ports if the device has more.", d.Address(), d.Ports, d.PortsInUse),
				d.SubjectRange("ports_in_use"))
		}
	}
}

func checkPortsInUseWithoutPorts(c *checker, emit emitFunc) {
	for _, d := range c.m.Devices {
		if d.PortsInUse > 0 && !portsGiven(d) {
			emit("ports_in_use given without ports",
				fmt.Sprintf("%s has ports_in_use = %d but no ports, so its capacity cannot be checked; add ports = N.", d.Address(), d.PortsInUse),
				d.SubjectRange("ports_in_use"))
		}
	}
}

// portUsage is what is uplinked to one device.
type portUsage struct {
	total     int
	devices   []string // addresses of uplinked devices
	endpoints []string // "endpoints.x: n of count"
}

// uplinkUsage builds, in one pass over devices and endpoint groups, the
// ports each device gives to what is uplinked to it. A device uplinked to
// another takes one port there. An endpoint group spreads its count evenly
// over the uplinks in its list that resolve to devices: each gets
// count / k ports and the first count % k of them one more (so the shares
// differ by at most one and the remainder goes to the first switches in
// list order). Consumers that are done and gone take no ports.
func (c *checker) uplinkUsage() map[string]*portUsage {
	use := make(map[string]*portUsage)
	at := func(addr string) *portUsage {
		u := use[addr]
		if u == nil {
			u = &portUsage{}
			use[addr] = u
		}
		return u
	}
	for _, d := range c.m.Devices {
		if up := c.device(d.Uplink); up != nil && !gone(d.Status, d.Disposition) {
			u := at(up.Address())
			u.total++
			u.devices = append(u.devices, d.Address())
		}
	}
	var ups []*Device
	for _, e := range c.m.Endpoints {
		if e.Count <= 0 || gone(e.Status, e.Disposition) {
			continue
		}
		ups = ups[:0]
		for _, r := range e.Uplink {
			if up := c.device(r); up != nil {
				ups = append(ups, up)
			}
		}
		if len(ups) == 0 {
			continue
		}
		base, rem := e.Count/len(ups), e.Count%len(ups)
		for i, up := range ups {
			n := base
			if i < rem {
				n++
			}
			if n == 0 {
				continue
			}
			u := at(up.Address())
			u.total += n
			u.endpoints = append(u.endpoints, fmt.Sprintf("%s: %d of %d", e.Address(), n, e.Count))
		}
	}
	return use
}

func checkUplinkPorts(c *checker, emit emitFunc) {
	use := c.uplinkUsage()
	for _, d := range c.m.Devices {
		u := use[d.Address()]
		if u == nil || !portsGiven(d) || u.total <= d.Ports || gone(d.Status, d.Disposition) {
			continue
		}
		var parts []string
		if len(u.devices) > 0 {
			parts = append(parts, fmt.Sprintf("%s (%s)", english.Plural(len(u.devices), "device", "devices"), nameList(u.devices)))
		}
		if len(u.endpoints) > 0 {
			parts = append(parts, fmt.Sprintf("%s (%s)", english.Plural(u.total-len(u.devices), "endpoint", "endpoints"), nameList(u.endpoints)))
		}
		emit("Switch has more uplinked consumers than ports",
			fmt.Sprintf("%s has %s but %d are taken by what is uplinked to it: %s. Raise ports, or uplink some of them to another switch.",
				d.Address(), english.Plural(d.Ports, "port", "ports"), u.total, nameList(parts)),
			d.SubjectRange("ports"))
	}
}

func checkUplinkNotSwitch(c *checker, emit emitFunc) {
	for _, e := range c.m.Endpoints {
		for _, r := range e.Uplink {
			up := c.device(r)
			if up == nil || up.Kind == "" || up.Kind == KindSwitch {
				continue
			}
			emit("Endpoints uplinked to a device that is not a switch",
				fmt.Sprintf("%s is uplinked to %s, which has kind = %q; endpoint groups occupy switch ports, so uplink it to a switch or correct the device's kind.", e.Address(), up.Address(), up.Kind),
				refRange(r, e.SubjectRange("uplink")))
		}
	}
}
