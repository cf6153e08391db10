package inventory

import (
	"fmt"
	"math"
	"strconv"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
)

// Setting rules: tenants' cost shares and the plan's freeze windows. A
// single share outside 0..1 is the loader's number-out-of-range.
var settingRules = []checkRule{
	{
		Rule: diag.Rule{
			Code:  "cost-share-sum",
			Title: "Tenant cost shares do not sum to 1",
			Help:  "Correct the tenants' cost_share values so that together they sum to 1, or remove cost_share from every tenant.",
		},
		run: checkCostShareSum,
	},
	{
		Rule: diag.Rule{
			Code:  "freeze-reversed",
			Title: "Freeze ends before it starts",
			Help:  "Swap the freeze's from and to, or correct the wrong date; both days are inside the freeze.",
		},
		run: checkFreezeReversed,
	},
}

// costShareTolerance is how far the sum of cost shares may be from 1, to
// absorb floating-point rounding (0.1 + 0.2 + 0.7 is not exactly 1).
const costShareTolerance = 1e-9

func formatShare(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func checkCostShareSum(c *checker, emit emitFunc) {
	var (
		first          *Tenant
		sum            float64
		shares, absent []string
	)
	for _, t := range c.m.Tenants {
		if t.CostShare == nil {
			absent = append(absent, t.Address())
			continue
		}
		if first == nil {
			first = t
		}
		sum += *t.CostShare
		shares = append(shares, fmt.Sprintf("%s = %s", t.Address(), formatShare(*t.CostShare)))
	}
	if first == nil || math.Abs(sum-1) <= costShareTolerance {
		return
	}
	detail := fmt.Sprintf("The tenants' cost shares sum to %.10g (%s); they must sum to 1.", sum, nameList(shares))
	if len(absent) > 0 {
		detail += fmt.Sprintf(" %s %s none.", nameList(absent), english.Verb(len(absent), "has", "have"))
	}
	detail += " Correct the shares, or remove cost_share from every tenant."
	emit("Tenant cost shares do not sum to 1", detail, first.SubjectRange("cost_share"))
}

func checkFreezeReversed(c *checker, emit emitFunc) {
	if c.m.Plan == nil {
		return
	}
	for _, f := range c.m.Plan.Freezes {
		if f == nil || f.From.IsZero() || f.To.IsZero() || f.To >= f.From {
			continue
		}
		name := "freeze"
		if f.Label != "" {
			name = fmt.Sprintf("freeze %q", f.Label)
		}
		emit("Freeze ends before it starts",
			fmt.Sprintf("The plan's %s has to = %s, before from = %s; swap them or correct the wrong date.", name, f.To, f.From),
			f.SubjectRange("to"))
	}
}
