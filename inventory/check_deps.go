package inventory

import (
	"fmt"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
)

// Dependency rules: retiring an application that others still need.
var dependencyRules = []checkRule{
	{
		Rule: diag.Rule{
			Code:  "retire-with-dependents",
			Title: "Retired application still has live dependents",
			Help: "Retire (or repurchase) the dependents too, remove their depends_on entry, " +
				"or repurchase this application with replaced_by so they can move to the replacement.",
			PlanBlocker: true,
		},
		run: checkRetireWithDependents,
	},
	{
		Rule: diag.Rule{
			Code:    "depends-on-retired",
			Title:   "Dependency on an application already retired",
			Help:    "Remove the depends_on entry, or point it at the application that replaced the retired one.",
			Warning: true,
		},
		run: checkDependsOnRetired,
	},
}

// goesAway reports whether an application with disposition d stops running
// on its own: retire, or repurchase (whose old side is retired).
func goesAway(d Disposition) bool { return d == DispRetire || d == DispRepurchase }

func checkRetireWithDependents(c *checker, emit emitFunc) {
	// Reverse index, built once: for each application being retired, the
	// live applications that depend on it, in address order.
	dependents := make(map[string][]string)
	for _, y := range c.m.Applications {
		if y.Disposition == DispRetire && y.Status != StatusDone {
			dependents[y.Address()] = nil
		}
	}
	if len(dependents) == 0 {
		return
	}
	for _, x := range c.m.Applications {
		// A dependent that is retired itself, or done (it has already taken
		// its action and blocks nothing: see depends-on-retired), does not
		// count.
		if goesAway(x.Disposition) || x.Status == StatusDone {
			continue
		}
		for _, r := range x.DependsOn {
			ds, ok := dependents[r.Addr]
			if !ok || (len(ds) > 0 && ds[len(ds)-1] == x.Address()) {
				continue
			}
			dependents[r.Addr] = append(ds, x.Address())
		}
	}
	for _, y := range c.m.Applications {
		ds := dependents[y.Address()]
		if len(ds) == 0 {
			continue
		}
		emit("Retired application still has live dependents",
			fmt.Sprintf("%s is retired but %s still %s on it and %s not retired; retire or repurchase the dependents too, remove their depends_on entry, or repurchase %s with replaced_by so that they can move to the replacement.",
				y.Address(), nameList(ds), english.Verb(len(ds), "depends", "depend"), english.Verb(len(ds), "is", "are"), y.Address()),
			y.SubjectRange("disposition"))
	}
}

// checkDependsOnRetired warns about a live application depending on one
// whose retirement is done, and about a done application (it has already
// taken its action, so it blocks nothing) depending on one being retired.
func checkDependsOnRetired(c *checker, emit emitFunc) {
	for _, x := range c.m.Applications {
		if goesAway(x.Disposition) {
			continue
		}
		for _, r := range x.DependsOn {
			y := c.application(r)
			if y == nil || !goesAway(y.Disposition) {
				continue
			}
			if y.Status != StatusDone {
				if x.Status == StatusDone && y.Disposition == DispRetire {
					emit("Dependency on an application being retired",
						fmt.Sprintf("%s depends on %s, which is retired; %s is done, so it does not block the retirement, but the dependency is stale: remove it.", x.Address(), y.Address(), x.Address()),
						refRange(r, x.SubjectRange("depends_on")))
				}
				continue
			}
			detail := fmt.Sprintf("%s depends on %s, which has already been retired (status = \"done\"); remove the dependency.", x.Address(), y.Address())
			if y.Disposition == DispRepurchase && y.ReplacedBy.IsSet() {
				detail = fmt.Sprintf("%s depends on %s, which has already been replaced by %s (status = \"done\"); depend on %s instead.", x.Address(), y.Address(), y.ReplacedBy.Addr, y.ReplacedBy.Addr)
			}
			emit("Dependency on an application already retired", detail, refRange(r, x.SubjectRange("depends_on")))
		}
	}
}
