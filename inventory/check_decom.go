package inventory

import (
	"fmt"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
)

// Decommission rules: what stays behind on a network (or device) that is
// being decommissioned.
var decomRules = []checkRule{
	{
		Rule: diag.Rule{
			Code:  "retain-on-decommissioned",
			Title: "Asset stays on a network being decommissioned",
			Help: "Give the asset a disposition that moves or retires it (devices: migrate or decommission; applications: rehost, relocate, replatform, refactor, repurchase or retire), " +
				"or set decommission = false on the network if it stays. An application with no disposition stays live, so it is reported here too.",
			PlanBlocker: true,
		},
		run: checkRetainOnDecommissioned,
	},
	{
		Rule: diag.Rule{
			Code:    "endpoints-no-disposition",
			Title:   "Endpoint group on a decommissioned switch has no disposition",
			Help:    "Add disposition = \"migrate\" with a target network, or \"retire\", to endpoints whose uplink switches are being decommissioned.",
			Warning: true,
		},
		run: checkEndpointsNoDisposition,
	},
}

// decommissioned returns the network ref points at when it is being
// decommissioned, and nil otherwise.
func (c *checker) decommissioned(ref Ref) *Network {
	if n := c.network(ref); n != nil && n.Decommission {
		return n
	}
	return nil
}

// blockedPlaces gathers what an asset that stays would block, each place
// once: a network being decommissioned, with the hosts or switches through
// which the asset is on it (and whether it names the network itself), and
// devices being decommissioned on networks that stay.
type blockedPlaces struct {
	order     []string            // networks and devices, as first met
	through   map[string][]string // network -> devices the asset is on it through
	direct    map[string]bool     // network the asset names itself
	onNetwork bool                // some place is a network
}

// network records that the asset is on network n, through device via
// ("" when it names n itself).
func (p *blockedPlaces) network(n *Network, via string) {
	addr := n.Address()
	if p.through == nil {
		p.through, p.direct = map[string][]string{}, map[string]bool{}
	}
	if _, seen := p.through[addr]; !seen && !p.direct[addr] {
		p.order = append(p.order, addr)
		p.through[addr] = nil
	}
	if via == "" {
		p.direct[addr] = true
	} else {
		p.through[addr] = append(p.through[addr], via)
	}
	p.onNetwork = true
}

// host records what staying on host device h blocks: h's network when it
// is being decommissioned, or h itself when it is. A host that is done and
// gone blocks nothing.
func (c *checker) host(p *blockedPlaces, h *Device) {
	if gone(h.Status, h.Disposition) {
		return
	}
	if n := c.decommissioned(h.Network); n != nil {
		p.network(n, h.Address())
	} else if h.Disposition == DispDecommission {
		p.order = append(p.order, fmt.Sprintf("%s (disposition = \"decommission\")", h.Address()))
	}
}

// list names each place once: "network.kcom (through device.esx1 and
// device.esx2)", "network.kcom (directly and through device.esx1)".
func (p *blockedPlaces) list() []string {
	out := make([]string, len(p.order))
	for i, place := range p.order {
		via, isNet := p.through[place]
		switch {
		case !isNet || len(via) == 0:
			out[i] = place
		case p.direct[place]:
			out[i] = fmt.Sprintf("%s (directly and through %s)", place, nameList(via))
		default:
			out[i] = fmt.Sprintf("%s (through %s)", place, nameList(via))
		}
	}
	return out
}

func checkRetainOnDecommissioned(c *checker, emit emitFunc) {
	for _, d := range c.m.Devices {
		if d.Disposition != DispRetain {
			continue
		}
		if n := c.decommissioned(d.Network); n != nil {
			emit("Device retained on a decommissioned network",
				fmt.Sprintf("%s has disposition = \"retain\" on %s, which is being decommissioned, so it would block that network; set disposition = \"migrate\" with a target or \"decommission\", or set decommission = false on %s.", d.Address(), n.Address(), n.Address()),
				d.SubjectRange("disposition"))
		}
	}
	for _, a := range c.m.Applications {
		if a.Disposition != DispRetain && a.Disposition != "" {
			continue
		}
		var blocked blockedPlaces
		if n := c.decommissioned(a.Network); n != nil {
			blocked.network(n, "")
		}
		for _, r := range a.HostedOn {
			if h := c.device(r); h != nil {
				c.host(&blocked, h)
			}
		}
		places, onNetwork := blocked.list(), blocked.onNetwork
		if len(places) == 0 {
			continue
		}
		where := fmt.Sprintf("%s, which %s being decommissioned", nameList(places), english.Verb(len(places), "is", "are"))
		fix := "Give it a disposition that moves or retires it (rehost, relocate, replatform, refactor, repurchase or retire), " +
			"or keep what it is on (decommission = false on the network, disposition = \"retain\" on the device)."
		what := "network"
		if !onNetwork {
			what = "device"
		}
		if a.Disposition == DispRetain {
			emit("Application retained on a decommissioned "+what,
				fmt.Sprintf("%s has disposition = \"retain\" but is on %s; staying there, it would block that decommission. %s", a.Address(), where, fix),
				a.SubjectRange("disposition"))
		} else {
			emit("Application on a decommissioned "+what+" has no disposition",
				fmt.Sprintf("%s is on %s, and has no disposition, so it would stay live and block that decommission. %s", a.Address(), where, fix),
				a.SubjectRange("disposition"))
		}
	}
	for _, l := range c.m.Links {
		if l.Decommission || !l.Has("decommission") {
			continue
		}
		for _, r := range l.Between {
			if n := c.decommissioned(r); n != nil {
				emit("Link kept up to a decommissioned network",
					fmt.Sprintf("%s has decommission = false but joins %s, which is being decommissioned, so it would block that network; remove decommission = false, or set decommission = false on %s.", l.Address(), n.Address(), n.Address()),
					l.SubjectRange("decommission"))
				break
			}
		}
	}
}

func checkEndpointsNoDisposition(c *checker, emit emitFunc) {
	for _, e := range c.m.Endpoints {
		if e.Disposition != "" {
			continue
		}
		var blocked blockedPlaces
		for _, r := range e.Uplink {
			if h := c.device(r); h != nil {
				c.host(&blocked, h)
			}
		}
		places := blocked.list()
		if len(places) == 0 {
			continue
		}
		emit("Endpoint group on a decommissioned switch has no disposition",
			fmt.Sprintf("%s is uplinked to %s, which %s being decommissioned, and has no disposition, so the plan takes no action for it; add disposition = \"migrate\" with a target, or \"retire\".", e.Address(), nameList(places), english.Verb(len(places), "is", "are")),
			e.SubjectRange("disposition"))
	}
}
