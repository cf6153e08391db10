package inventory

import (
	"fmt"
	"strings"

	"github.com/decomhq/decom/inventory/diag"
)

// Target rules: where a moving asset goes, and what replaces a repurchased
// application. A target that is not a network at all is the loader's
// wrong-reference-type; the rules here skip targets that do not resolve to
// a network.
var dispositionRules = []checkRule{
	{
		Rule: diag.Rule{
			Code:  "missing-target",
			Title: "Disposition needs a target network",
			Help:  "Add target = network.NAME: devices and endpoints that migrate, and applications that rehost, relocate, replatform or refactor, need the network they move to.",
		},
		run: checkMissingTarget,
	},
	{
		Rule: diag.Rule{
			Code:  "missing-replaced-by",
			Title: "Repurchase needs replaced_by",
			Help:  "Add replaced_by = application.NAME naming the application that replaces this one, so its dependents can move to it.",
		},
		run: checkMissingReplacedBy,
	},
	{
		Rule: diag.Rule{
			Code:  "target-decommissioned",
			Title: "Target network is being decommissioned",
			Help:  "Move the asset to a network that stays, or set decommission = false on the target network if it stays.",
		},
		run: checkTargetDecommissioned,
	},
	{
		Rule: diag.Rule{
			Code:  "replaced-by-self",
			Title: "Application replaced by itself",
			Help:  "Set replaced_by to the application that takes over from this one.",
		},
		run: checkReplacedBySelf,
	},
	{
		Rule: diag.Rule{
			Code:  "replacement-retired",
			Title: "Replacement application is itself going away",
			Help:  "Point replaced_by at an application that stays live, or change the replacement's disposition from retire; a chain of repurchases must end in one that stays.",
		},
		run: checkReplacementRetired,
	},
	{
		Rule: diag.Rule{
			Code:    "replacement-chain",
			Title:   "Replacement is itself repurchased",
			Help:    "Set replaced_by to the application at the end of the chain, so dependents move once; decom plans the chain as written otherwise.",
			Warning: true,
		},
		run: checkReplacementChain,
	},
}

// movesToTarget reports whether disposition d moves an asset to a target
// network: migrate for devices and endpoints, and rehost, relocate,
// replatform and refactor for applications.
func movesToTarget(d Disposition) bool {
	switch d {
	case DispMigrate, DispRehost, DispRelocate, DispReplatform, DispRefactor:
		return true
	}
	return false
}

// targeted is the part of a device, application or endpoint group that the
// target rules read.
type targeted struct {
	meta        *Meta
	disposition Disposition
	target      Ref
}

// eachTargeted calls f for every device, application and endpoint group, in
// that order, each in address order.
func (c *checker) eachTargeted(f func(t targeted)) {
	for _, d := range c.m.Devices {
		f(targeted{&d.Meta, d.Disposition, d.Target})
	}
	for _, a := range c.m.Applications {
		f(targeted{&a.Meta, a.Disposition, a.Target})
	}
	for _, e := range c.m.Endpoints {
		f(targeted{&e.Meta, e.Disposition, e.Target})
	}
}

func checkMissingTarget(c *checker, emit emitFunc) {
	c.eachTargeted(func(t targeted) {
		if !movesToTarget(t.disposition) || t.target.IsSet() || t.meta.Has("target") {
			return
		}
		emit("Missing target",
			fmt.Sprintf("%s has disposition = %q, which moves it to another network; add target = network.NAME.", t.meta.Address(), t.disposition),
			t.meta.SubjectRange("disposition"))
	})
}

func checkMissingReplacedBy(c *checker, emit emitFunc) {
	for _, a := range c.m.Applications {
		if a.Disposition != DispRepurchase || a.ReplacedBy.IsSet() || a.Has("replaced_by") {
			continue
		}
		emit("Missing replaced_by",
			fmt.Sprintf("%s has disposition = \"repurchase\"; add replaced_by = application.NAME naming the application that replaces it.", a.Address()),
			a.SubjectRange("disposition"))
	}
}

func checkTargetDecommissioned(c *checker, emit emitFunc) {
	c.eachTargeted(func(t targeted) {
		if !movesToTarget(t.disposition) {
			return
		}
		n := c.network(t.target)
		if n == nil || !n.Decommission {
			return
		}
		emit("Target network is being decommissioned",
			fmt.Sprintf("%s moves to %s, which is itself being decommissioned (%s); move it to a network that stays, or set decommission = false on %s.", t.meta.Address(), n.Address(), decomReason(n), n.Address()),
			refRange(t.target, t.meta.SubjectRange("target")))
	})
}

// decomReason says why network n is decommissioned: its own attribute or
// the default for its role.
func decomReason(n *Network) string {
	if n.Has("decommission") {
		return "decommission = true"
	}
	return fmt.Sprintf("role = %q, whose default is decommission = true", n.Role)
}

func checkReplacedBySelf(c *checker, emit emitFunc) {
	for _, a := range c.m.Applications {
		if a.ReplacedBy.Addr != a.Address() {
			continue
		}
		emit("Application replaced by itself",
			fmt.Sprintf("%s has replaced_by = %s; set replaced_by to the application that takes over from it.", a.Address(), a.ReplacedBy.Addr),
			refRange(a.ReplacedBy, a.SubjectRange("replaced_by")))
	}
}

func checkReplacementRetired(c *checker, emit emitFunc) {
	chains := c.replacementChains()
	for _, a := range c.m.Applications {
		r := c.application(a.ReplacedBy)
		if r == nil || r == a {
			continue
		}
		switch {
		case r.Disposition == DispRetire:
			emit("Replacement application is itself going away",
				fmt.Sprintf("%s is replaced by %s, which has disposition = %q; point replaced_by at an application that stays live, or change %s's disposition.", a.Address(), r.Address(), r.Disposition, r.Address()),
				refRange(a.ReplacedBy, a.SubjectRange("replaced_by")))
		case r.Disposition == DispRepurchase && chains.loops[r]:
			emit("Replacement chain loops",
				fmt.Sprintf("%s is replaced by %s, and following replaced_by from there (%s) comes back round without reaching an application that stays live. Point one replaced_by in the chain at an application that stays live.",
					a.Address(), r.Address(), c.chainText(a, chains)),
				refRange(a.ReplacedBy, a.SubjectRange("replaced_by")))
		}
	}
}

func checkReplacementChain(c *checker, emit emitFunc) {
	chains := c.replacementChains()
	for _, a := range c.m.Applications {
		r := c.application(a.ReplacedBy)
		if r == nil || r == a || r.Disposition != DispRepurchase || chains.loops[r] {
			continue
		}
		end, next := chains.end[r], c.application(r.ReplacedBy)
		if next == nil || next == r {
			continue // r's own replaced_by is missing or itself: reported on r
		}
		detail := fmt.Sprintf("%s is replaced by %s, which is itself repurchased: %s's dependents move to %s when %s is retired, and on to %s when %s is (%s). decom plans the chain, retiring %s no later than %s.",
			a.Address(), r.Address(), a.Address(), r.Address(), a.Address(), next.Address(), r.Address(), c.chainText(a, chains), a.Address(), r.Address())
		if end.Disposition == DispRetire {
			detail += fmt.Sprintf(" The chain ends in %s, which is retired: point the last replaced_by at an application that stays live.", end.Address())
		} else {
			detail += fmt.Sprintf(" Set replaced_by = %s to move them once.", end.Address())
		}
		emit("Replacement is itself repurchased", detail, refRange(a.ReplacedBy, a.SubjectRange("replaced_by")))
	}
}

// chains says where each repurchase chain ends: following replaced_by
// from a repurchased application through replacements that are repurchased
// in turn, end is the first that is not (nil for one in or leading into a
// loop, which loops marks).
type chains struct {
	end   map[*Application]*Application
	loops map[*Application]bool
}

// replacementChains follows every repurchase chain once, in time linear in
// the number of applications, the first time a rule asks; only
// repurchased applications and the ends of their chains are recorded.
func (c *checker) replacementChains() chains {
	if c.chains != nil {
		return *c.chains
	}
	next := func(a *Application) *Application {
		if a.Disposition != DispRepurchase {
			return nil
		}
		if r := c.application(a.ReplacedBy); r != a {
			return r
		}
		return nil
	}
	out := chains{end: map[*Application]*Application{}, loops: map[*Application]bool{}}
	state := map[*Application]int{} // 1 on the path being walked, 2 resolved
	var path []*Application
	for _, a := range c.m.Applications {
		if a.Disposition != DispRepurchase {
			continue // not a link of a chain (at most its end, walked from it)
		}
		path = path[:0]
		x := a
		for x != nil && state[x] == 0 {
			state[x] = 1
			path = append(path, x)
			x = next(x)
		}
		var end *Application
		loop := false
		switch {
		case len(path) == 0:
			continue
		case x == nil:
			end = path[len(path)-1]
		case state[x] == 1:
			loop = true
		default:
			end, loop = out.end[x], out.loops[x]
		}
		for _, p := range path {
			state[p] = 2
			out.end[p], out.loops[p] = end, loop
		}
	}
	c.chains = &out
	return out
}

// chainText writes the chain of replacements from a: "a → b → c", at most
// maxListed steps, and round a loop once.
func (c *checker) chainText(a *Application, ch chains) string {
	names := []string{a.Address()}
	seen := map[*Application]bool{a: true}
	for x := c.application(a.ReplacedBy); x != nil; x = c.application(x.ReplacedBy) {
		names = append(names, x.Address())
		if seen[x] || x.Disposition != DispRepurchase || x == ch.end[x] {
			break
		}
		if len(names) > maxListed {
			names = append(names, "…")
			break
		}
		seen[x] = true
	}
	return strings.Join(names, " → ")
}
