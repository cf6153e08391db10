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
			Help:  "Raise the switches' ports, or uplink some devices or endpoint groups to another switch; each uplinked device takes one port, and an endpoint group's count may be split over its uplinks in any way, so this is reported only when no split fits.",
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

// checkUplinkPorts reports each Shortfall of the estate's ports: a switch
// that its uplinked devices alone overfill, or a set of switches that no
// split of the endpoint groups uplinked only to them fits. The finding is
// on the first switch's ports, with the other switches' ports and the
// groups' counts as related places.
func checkUplinkPorts(c *checker, emit emitFunc) {
	for _, sf := range c.ports.Shortfalls() {
		first, ok := c.m.Lookup(sf.Switches[0]).(*Device)
		if !ok {
			continue
		}
		if len(sf.Groups) == 0 {
			devs := c.ports.Device(first.Address()).Devices
			emit("Switch has more uplinked devices than ports",
				fmt.Sprintf("%s has %s but %d devices are uplinked to it (%s). Raise ports, or uplink some of them to another switch.",
					first.Address(), english.Plural(first.Ports, "port", "ports"), len(devs), nameList(devs)),
				first.SubjectRange("ports"))
			continue
		}
		summary := "Switch has more uplinked consumers than ports"
		if len(sf.Switches) > 1 {
			summary = "Switches have more uplinked consumers than ports"
		}
		emit(summary, c.shortfallDetail(sf), first.SubjectRange("ports"), c.shortfallRelated(sf)...)
	}
}

// shortfallDetail says which groups must fit on which switches, and how
// many ports are missing.
func (c *checker) shortfallDetail(sf Shortfall) string {
	groups := make([]string, len(sf.Groups))
	for i, g := range sf.Groups {
		n := 0
		if e, ok := c.m.Lookup(g).(*Endpoints); ok {
			n = e.Count
		}
		groups[i] = fmt.Sprintf("%s (%d)", g, n)
	}
	var devs []string
	for _, s := range sf.Switches {
		devs = append(devs, c.ports.Device(s).Devices...)
	}
	taken := "none taken by uplinked devices"
	switch {
	case len(devs) == 1:
		taken = fmt.Sprintf("1 taken by an uplinked device (%s)", devs[0])
	case len(devs) > 1:
		taken = fmt.Sprintf("%d taken by uplinked devices (%s)", len(devs), nameList(devs))
	}
	is, has, fix := "is", "has", "Raise ports"
	if len(sf.Groups) > 1 {
		is = "are"
	}
	if len(sf.Switches) > 1 {
		has, fix = "have", "Raise ports on these switches"
	}
	need := fmt.Sprintf("the %s are %s short", english.Plural(sf.Endpoints, "endpoint", "endpoints"), english.Plural(sf.Missing(), "port", "ports"))
	if len(sf.Switches) > 1 {
		need = "however they are split, " + need
	}
	return fmt.Sprintf("%s %s uplinked only to %s, which %s %s, %s: %s. %s, or uplink some of these endpoints to another switch as well.",
		nameList(groups), is, nameList(sf.Switches), has, english.Plural(sf.Ports, "port", "ports"), taken, need, fix)
}

// shortfallRelated points at the other switches' ports and the groups'
// counts, at most maxListed of each.
func (c *checker) shortfallRelated(sf Shortfall) []diag.Related {
	var out []diag.Related
	for _, s := range sf.Switches[1:min(len(sf.Switches), maxListed)] {
		if d, ok := c.m.Lookup(s).(*Device); ok {
			out = append(out, diag.Related{Message: fmt.Sprintf("%s: ports = %d", s, d.Ports), Range: d.SubjectRange("ports")})
		}
	}
	for _, g := range sf.Groups[:min(len(sf.Groups), maxListed)] {
		if e, ok := c.m.Lookup(g).(*Endpoints); ok {
			out = append(out, diag.Related{Message: fmt.Sprintf("%s: count = %d", g, e.Count), Range: e.SubjectRange("count")})
		}
	}
	return out
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
