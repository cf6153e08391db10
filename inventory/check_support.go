package inventory

import (
	"fmt"

	"github.com/decomhq/decom/inventory/diag"
)

// Support rules: dates that have already passed and contracts that cannot
// matter. All are warnings.
var supportRules = []checkRule{
	{
		Rule: diag.Rule{
			Code:    "support-ended",
			Title:   "Support already ended",
			Help:    "Renew the support or contract and update the date, or correct it; until then every action that depends on it is already late.",
			Warning: true,
		},
		run: checkSupportEnded,
	},
	{
		Rule: diag.Rule{
			Code:    "contract-ends-before-plan",
			Title:   "Contract ends before the plan starts",
			Help:    "Extend the contract and update ends, or bring plan.start forward; everything the contract covers is otherwise late from wave 1.",
			Warning: true,
		},
		run: checkContractEndsBeforePlan,
	},
	{
		Rule: diag.Rule{
			Code:    "warranty-ended",
			Title:   "Warranty already ended",
			Help:    "Extend the warranty and update warranty_ends, or plan to replace the device; only devices that stay or migrate are reported.",
			Warning: true,
		},
		run: checkWarrantyEnded,
	},
	{
		Rule: diag.Rule{
			Code:    "contract-covers-nothing",
			Title:   "Contract covers nothing",
			Help:    "List the networks, devices and applications the contract supports in covers, or remove the contract.",
			Warning: true,
		},
		run: checkContractCoversNothing,
	},
}

func checkSupportEnded(c *checker, emit emitFunc) {
	if c.asOf.IsZero() {
		return
	}
	ended := func(m *Meta, ends Date) {
		if ends.IsZero() || ends >= c.asOf {
			return
		}
		emit("Support already ended",
			fmt.Sprintf("%s's support ended on %s, before the estate's as_of date %s, so every action on it is already late; renew support and update support_ends, or correct the date.", m.Address(), ends, c.asOf),
			m.SubjectRange("support_ends"))
	}
	for _, n := range c.m.Networks {
		ended(&n.Meta, n.SupportEnds)
	}
	for _, d := range c.m.Devices {
		if !gone(d.Status, d.Disposition) {
			ended(&d.Meta, d.SupportEnds)
		}
	}
	for _, a := range c.m.Applications {
		if !gone(a.Status, a.Disposition) {
			ended(&a.Meta, a.SupportEnds)
		}
	}
	for _, k := range c.m.Contracts {
		if k.Ends.IsZero() || k.Ends >= c.asOf {
			continue
		}
		emit("Contract already ended",
			fmt.Sprintf("%s ended on %s, before the estate's as_of date %s, so everything it covers is already late; renew it and update ends, or remove it if it no longer applies.", k.Address(), k.Ends, c.asOf),
			k.SubjectRange("ends"))
	}
}

func checkContractEndsBeforePlan(c *checker, emit emitFunc) {
	if c.m.Plan == nil || c.m.Plan.Start.IsZero() {
		return
	}
	start := c.m.Plan.Start
	for _, k := range c.m.Contracts {
		if k.Ends.IsZero() || k.Ends >= start || (!c.asOf.IsZero() && k.Ends < c.asOf) {
			continue // an already-ended contract is support-ended's
		}
		emit("Contract ends before the plan starts",
			fmt.Sprintf("%s ends on %s, before plan.start %s, so everything it covers is late from wave 1; extend it and update ends, or bring plan.start forward.", k.Address(), k.Ends, start),
			k.SubjectRange("ends"))
	}
}

func checkWarrantyEnded(c *checker, emit emitFunc) {
	if c.asOf.IsZero() {
		return
	}
	for _, d := range c.m.Devices {
		if d.WarrantyEnds.IsZero() || d.WarrantyEnds >= c.asOf || gone(d.Status, d.Disposition) {
			continue
		}
		if d.Disposition != DispRetain && d.Disposition != DispMigrate {
			continue // a device being decommissioned needs no warranty
		}
		fate := "stays"
		if d.Disposition == DispMigrate {
			fate = "migrates"
		}
		emit("Warranty already ended",
			fmt.Sprintf("%s's warranty ended on %s, before the estate's as_of date %s, and the device %s; extend the warranty and update warranty_ends, or plan its replacement.", d.Address(), d.WarrantyEnds, c.asOf, fate),
			d.SubjectRange("warranty_ends"))
	}
}

func checkContractCoversNothing(c *checker, emit emitFunc) {
	for _, k := range c.m.Contracts {
		if len(k.Covers) > 0 {
			continue
		}
		emit("Contract covers nothing",
			fmt.Sprintf("%s covers nothing, so its end date sets no deadline; list what it supports in covers = [network.NAME, ...], or remove it.", k.Address()),
			k.SubjectRange("covers"))
	}
}
