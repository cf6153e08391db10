package inventory

import (
	"fmt"

	"github.com/decomhq/decom/inventory/diag"
)

// redundancyRules check the redundancy language: a redundant partner must
// be able to carry the device's load, and an application that survives
// the loss of a host must have more than one.
var redundancyRules = []checkRule{
	{
		Rule: diag.Rule{
			Code:  "redundant-partner-kind",
			Title: "Redundant partner of another kind",
			Help:  "List in redundant_with only devices of the same kind that carry the device's load when it fails (the other switch of a pair, the other hosts of a cluster), or correct a kind.",
		},
		run: checkPartnerKind,
	},
	{
		Rule: diag.Rule{
			Code:  "survives-host-loss-one-host",
			Title: "survives_host_loss with fewer than two hosts",
			Help:  "List every device the application runs on in hosted_on, or remove survives_host_loss: an application on one host goes down with it.",
		},
		run: checkSurvivesHostLoss,
	},
}

// checkPartnerKind reports each redundant_with reference to a device whose
// kind differs from the device's own, when both are given.
func checkPartnerKind(c *checker, emit emitFunc) {
	for _, d := range c.m.Devices {
		for _, r := range d.RedundantWith {
			p, ok := c.m.Lookup(r.Addr).(*Device)
			if !ok || p == d || d.Kind == "" || p.Kind == "" || p.Kind == d.Kind {
				continue
			}
			emit("Redundant partner of another kind",
				fmt.Sprintf("%s (kind = %q) lists %s (kind = %q) in redundant_with, which cannot carry its load; list a device of kind %q, or correct the kind.",
					d.Address(), d.Kind, p.Address(), p.Kind, d.Kind),
				r.Range, diag.Related{Message: "the partner's kind", Range: p.SubjectRange("kind")})
		}
	}
}

// checkSurvivesHostLoss reports survives_host_loss = true on an
// application with fewer than two hosted_on devices.
func checkSurvivesHostLoss(c *checker, emit emitFunc) {
	for _, a := range c.m.Applications {
		if !a.SurvivesHostLoss || len(a.HostedOn) >= 2 {
			continue
		}
		hosts := "no device"
		if len(a.HostedOn) == 1 {
			hosts = "one device, " + a.HostedOn[0].Addr
		}
		emit("survives_host_loss with fewer than two hosts",
			fmt.Sprintf("%s says it survives the loss of a host but is hosted on %s; list every device it runs on in hosted_on, or remove survives_host_loss.", a.Address(), hosts),
			a.SubjectRange("survives_host_loss"))
	}
}
