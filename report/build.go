package report

import (
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/planner"
)

// document lays the report out as the sections every human format writes,
// in reading order.
func (r *Report) document() []section {
	return []section{
		r.glance(), r.timelineSection(), r.wavesSection(), r.costsSection(), r.contractsSection(),
		r.criticalSection(), r.breachesSection(), r.blockersSection(), r.estateSection(),
		{id: "diagrams", title: "Diagrams", blocks: []block{diagramsPlace{}}},
	}
}

// money writes an amount in the report's currency.
func (r *Report) money(m Money) string { return m.Format(r.Currency) }

// Sentence is the headline in plain words: the sentence the Markdown and
// HTML reports open with, without their markup.
func (r *Report) Sentence() string {
	var b strings.Builder
	for _, s := range r.headlinePhrase() {
		b.WriteString(s.text)
	}
	return b.String()
}

// headlinePhrase is the opening sentence: when the exit finishes against
// the deciding contract's end, or why it cannot.
func (r *Report) headlinePhrase() phrase {
	h := r.Headline
	if h.Finish.IsZero() && h.Blocked == 0 {
		return words("Nothing to plan: no asset in the inventory takes an action.")
	}
	contract := h.ContractName
	if contract == "" {
		contract = h.Contract
	}
	ends := ""
	if h.Contract != "" {
		ends = clean(contract) + " ends on " + day(h.Ends)
	}
	var p phrase
	switch {
	case h.Blocked > 0 && h.Verdict == Blocked:
		p = p.plus(alarm("The exit cannot complete"), ": "+english.Plural(h.Blocked, "action is", "actions are")+
			" blocked, so "+clean(contract)+" (ends "+day(h.Ends)+") cannot lapse.")
		if !h.Finish.IsZero() {
			p = p.plus(" The planned work finishes on " + day(h.Finish) + ".")
		}
	case h.Blocked > 0:
		p = p.plus(alarm("The exit cannot complete"), ": "+english.Plural(h.Blocked, "action is", "actions are")+" blocked.")
		if !h.Finish.IsZero() {
			p = p.plus(" The planned work finishes on " + day(h.Finish))
			if ends != "" {
				p = p.plus(", " + spare(h.DaysToSpare) + " " + ends)
			}
			p = p.plus(".")
		}
	case h.Contract != "" && h.DaysToSpare < 0:
		p = p.plus(alarm("Exit on "+day(h.Finish)+", "+days(-h.DaysToSpare)+" after "+clean(contract)+" ends"), " ("+day(h.Ends)+").")
	case h.Contract != "":
		p = p.plus(strong("Exit on "+day(h.Finish)+", "+spare(h.DaysToSpare)+" "+clean(contract)+" ends"), " ("+day(h.Ends)+").")
	default:
		p = p.plus(strong("Exit on " + day(h.Finish) + "."))
	}
	return p
}

// spare is "29 days before", "on the day", "3 days after".
func spare(n int) string {
	switch {
	case n > 0:
		return days(n) + " before"
	case n < 0:
		return days(-n) + " after"
	}
	return "on the day"
}

func (r *Report) glance() section {
	s := r.Summary
	h := r.Headline
	var l list
	if s.Waves > 0 {
		l = append(l, words(english.Plural(s.Actions, "action", "actions")+" in "+english.Plural(s.Waves, "wave", "waves")+
			" from "+day(s.FirstWave)+" to "+day(s.LastWave)+" (no plan can have fewer than "+english.Plural(s.LowerBound, "wave", "waves")+")."))
	}
	if h.Breaches > 0 {
		l = append(l, phrase{alarm("Late: " + english.Plural(h.Breaches, "action misses its", "actions miss their") + " deadline")}.plus(" (see Deadline breaches)."))
	} else {
		l = append(l, words("On time: every planned action meets its deadline."))
	}
	if h.Blocked > 0 {
		l = append(l, phrase{alarm("Blocked: " + english.Plural(h.Blocked, "action", "actions") + " can never happen as the inventory stands")}.plus(" (see Blocked)."))
	} else {
		l = append(l, words("Nothing is blocked."))
	}
	if r.Savings.Annual != 0 {
		p := words("Annual running cost switched off: ").plus(strong(r.money(r.Savings.Annual) + " a year"))
		if len(r.Savings.Waves) > 0 {
			p = p.plus(" once wave " + itoa(r.Savings.Waves[len(r.Savings.Waves)-1].Wave) + " is done")
		}
		p = p.plus(" (" + r.savingParts() + ").")
		l = append(l, p)
	} else {
		l = append(l, words("The plan switches off no recorded running cost."))
	}
	if r.Savings.Held != 0 {
		l = append(l, words(r.money(r.Savings.Held)+" a year stays until the blockers are resolved."))
	}
	intro := "Support status judged as of " + day(r.AsOf) + "."
	if r.Currency != "" {
		intro += " Amounts are in " + r.Currency + " a year."
	}
	return section{id: "summary", title: "At a glance", blocks: []block{l, words(intro)}}
}

func (r *Report) timelineSection() section {
	b := []block{timelinePlace{}}
	var l list
	for _, f := range r.Timeline.Freezes {
		l = append(l, words("Change freeze "+f.ID+": "+day(f.From)+" to "+day(f.To)+"."))
	}
	for _, m := range r.Timeline.Markers {
		l = append(l, words(day(m.Date)+": "+markerLabel(m)+"."))
	}
	if len(l) > 0 {
		b = append(b, words("The freezes and the contract and support ends that bound the plan:"), l)
	}
	return section{id: "timeline", title: "Timeline", blocks: b}
}

func (r *Report) wavesSection() section {
	if len(r.Waves) == 0 {
		return section{id: "waves", title: "Waves", blocks: []block{words("No waves: nothing to plan.")}}
	}
	t := &table{caption: "What each wave does, with running totals",
		head: []string{"wave", "date", "moves", "retired", "decommissioned", "effort (days)", "critical cutovers", "users affected", "ports released (to date)", "annual cost switched off (to date)", "late"},
		cols: "rdrrrrlrrrr"}
	for _, w := range r.Waves {
		names := make(map[string]string, len(w.Critical))
		for _, it := range w.Items {
			if it.Critical {
				names[it.Address] = clean(it.Name)
			}
		}
		crit := phrase{}
		for i, a := range w.Critical {
			if i > 0 {
				crit = crit.plus(", ")
			}
			if n := names[a]; n != "" {
				crit = crit.plus(n)
			} else {
				crit = crit.plus(code(a))
			}
		}
		late, mark := "—", ""
		if w.Late > 0 {
			late, mark = english.Plural(w.Late, "late", "late"), "late"
		}
		t.row(mark, itoa(w.Number), day(w.Date), itoa(w.Moves), itoa(w.Retires), itoa(w.Decommissions), number(w.EffortDays), crit,
			grouped(w.Users), grouped(w.PortsReleased)+" ("+grouped(w.PortsReleasedToDate)+")",
			r.money(w.Saving)+" ("+r.money(w.SavingToDate)+")", late)
	}
	b := []block{t}
	for _, w := range r.Waves {
		b = append(b, subheading("Wave "+itoa(w.Number)+": "+day(w.Date)))
		var l list
		for _, kind := range []struct {
			k     planner.ActionKind
			title string
		}{{planner.Migrate, "Moves"}, {planner.Retire, "Retired"}, {planner.Decommission, "Decommissioned"}} {
			p := phrase{}
			n := 0
			for _, it := range w.Items {
				if it.Action != kind.k {
					continue
				}
				if n > 0 {
					p = p.plus(", ")
				}
				n++
				p = p.plus(named(clean(it.Name), it.Address))
				if it.Critical {
					p = p.plus(" — critical")
				}
				if it.DaysLate > 0 {
					p = p.plus(" ", alarm("late by "+days(it.DaysLate)))
				}
			}
			if n > 0 {
				l = append(l, words(kind.title+" ("+itoa(n)+"): ").plus(p))
			}
		}
		b = append(b, l)
	}
	return section{id: "waves", title: "Waves", blocks: b}
}

func (r *Report) costsSection() section {
	s := r.Savings
	if s.Annual == 0 && s.Held == 0 {
		return section{id: "costs", title: "Costs", blocks: []block{
			words("No annual_cost is recorded on anything the plan decommissions or retires, nor on a contract that lapses."),
		}}
	}
	b := []block{words("The plan switches off ").plus(strong(r.money(s.Annual)+" a year"), ": "+r.savingParts()+
		". A contract lapses when everything it covers is decommissioned, retired or moved away; each saving starts from the wave that completes it.")}
	if s.Held != 0 {
		b = append(b, words("Blocked actions hold ").plus(alarm(r.money(s.Held)+" a year"), " that the plan cannot switch off until they are resolved."))
	}
	if len(s.Waves) > 0 {
		t := &table{caption: "When the savings start", head: []string{"wave", "date", "switched off", "a year by then"}, cols: "rdrr"}
		for _, w := range s.Waves {
			t.row("", itoa(w.Wave), day(w.Date), r.money(w.Annual), r.money(w.ToDate))
		}
		b = append(b, t)
	}
	if len(s.Tenants) > 0 {
		t := &table{caption: "Split between tenants by cost share", head: []string{"tenant", "share", "saving a year"}, cols: "lrr"}
		for _, x := range s.Tenants {
			t.row("", named(clean(x.Name), x.Tenant), number(x.Share*100)+"%", r.money(x.Annual))
		}
		b = append(b, t)
	}
	if len(s.Items) > 0 {
		t := &table{caption: "Each saving", head: []string{"what", "kind", "a year", "from"}, cols: "llrd"}
		for _, x := range s.Items {
			t.row("", named(clean(x.Name), x.Address), x.Kind, r.money(x.Annual), "wave "+itoa(x.Wave)+", "+day(x.Date))
		}
		b = append(b, t)
	}
	return section{id: "costs", title: "Costs", blocks: b}
}

func (r *Report) contractsSection() section {
	if len(r.Contracts) == 0 {
		return section{id: "contracts", title: "Contracts", blocks: []block{words("The inventory records no contracts.")}}
	}
	t := &table{caption: "Each contract against the last action on what it covers",
		head: []string{"contract", "supplier", "ends", "a year", "covers", "last action", "verdict", "lapses"},
		cols: "lldrrdll"}
	for _, c := range r.Contracts {
		last := "none planned"
		if c.LastWave > 0 {
			last = "wave " + itoa(c.LastWave) + ", " + day(c.LastDate)
		}
		var verdict phrase
		mark := ""
		switch c.Verdict {
		case Met:
			verdict = words("met")
		case Late:
			verdict, mark = phrase{alarm("late by " + days(c.DaysLate))}, "late"
		case Blocked:
			mark = "blocked"
			verdict = phrase{alarm("blocked")}.plus(": ", codes(c.Blocked, ", "))
			if len(c.BlockedBy) > 0 {
				verdict = verdict.plus(" (root cause ", codes(c.BlockedBy, ", "), ")")
			}
		default:
			verdict = words("none: nothing it covers takes an action")
		}
		lapses := "yes, from wave " + itoa(c.LastWave)
		if !c.Lapses {
			lapses = "no"
			if len(c.Kept) > 0 {
				lapses = "no: " + english.Plural(len(c.Kept), "covered asset stays", "covered assets stay")
			}
		}
		t.row(mark, named(clean(c.Name), c.Address), clean(orDash(c.SupplierName, c.Supplier)), day(c.Ends), r.money(c.AnnualCost),
			itoa(c.Covers), last, verdict, lapses)
	}
	return section{id: "contracts", title: "Contracts", blocks: []block{t}}
}

// orDash is name, else addr, else a dash.
func orDash(name, addr string) string {
	switch {
	case name != "":
		return name
	case addr != "":
		return addr
	}
	return "—"
}

func (r *Report) criticalSection() section {
	if len(r.Critical) == 0 {
		return section{id: "critical", title: "Critical services", blocks: []block{words("No application is marked critical.")}}
	}
	t := &table{caption: "Critical services: cutover wave and slack to the deadline",
		head: []string{"service", "owner", "disposition", "cutover", "deadline", "set by", "slack"}, cols: "llldlll"}
	for _, c := range r.Critical {
		cutover, deadline, by, slack, mark := "no action", "—", phrase{}.plus("—"), phrase{}.plus("—"), ""
		switch {
		case c.Blocked != "":
			cutover, mark = "blocked: "+clean(c.Blocked), "blocked"
		case c.Wave > 0:
			cutover = "wave " + itoa(c.Wave) + ", " + day(c.Date)
			deadline = "none"
			if !c.Deadline.IsZero() {
				deadline, by = day(c.Deadline), sourcePhrase(c.DeadlineSource, c.DeadlineFrom, c.DeadlineFromName)
				slack = words(days(c.Slack) + " to spare")
				if c.Slack < 0 {
					slack, mark = phrase{alarm(days(-c.Slack) + " late")}, "late"
				}
			}
		}
		t.row(mark, named(clean(c.Name), c.Address), clean(orDash(c.Owner, "")), orDash(string(c.Disposition), ""), cutover, deadline, by, slack)
	}
	return section{id: "critical", title: "Critical services", blocks: []block{t}}
}

func (r *Report) breachesSection() section {
	if len(r.Breaches) == 0 {
		return section{id: "breaches", title: "Deadline breaches", blocks: []block{words("None: every planned action meets its deadline.")}}
	}
	t := &table{caption: "Planned actions that fall after their deadline",
		head: []string{"asset", "action", "planned", "deadline", "deadline set by", "days late", "what would put it on time"},
		cols: "llddlrl"}
	for _, b := range r.Breaches {
		t.row("late", named(clean(b.Name), b.Address), string(b.Action), "wave "+itoa(b.Wave)+", "+day(b.Date), day(b.Deadline),
			sourcePhrase(b.DeadlineSource, b.DeadlineFrom, b.DeadlineFromName), alarm(itoa(b.DaysLate)), remedyPhrase(b.Remedy))
	}
	return section{id: "breaches", title: "Deadline breaches", blocks: []block{t,
		words("Each remedy holds everything else in the plan fixed: extending the date it names to at least the date given puts that action on time. decom why ADDRESS explains the chain.")}}
}

// remedyPhrase is the planner's one-line remedy for a breach, or a dash
// when it has none.
func remedyPhrase(rm *planner.Remedy) string {
	if rm == nil {
		return "—"
	}
	return clean(rm.Text)
}

// sourcePhrase says where a deadline is written: "`ends` of KCOM
// managed network service (`contract.kcom`), contracts.hcl:12"; name is
// the display name of from, the asset whose date it is.
func sourcePhrase(src *planner.Source, from, name string) phrase {
	if src == nil {
		return named(clean(name), from)
	}
	p := phrase{}
	if src.Attribute != "" {
		p = p.plus(code(src.Attribute), " of ")
	}
	if src.Address == from {
		p = p.plus(named(clean(name), from))
	} else {
		p = p.plus(code(src.Address))
	}
	if src.File != "" {
		p = p.plus(", " + clean(src.File) + ":" + itoa(src.Line))
	}
	return p
}

func (r *Report) blockersSection() section {
	if len(r.Blockers) == 0 {
		return section{id: "blockers", title: "Blocked", blocks: []block{words("None: every action the estate needs is planned.")}}
	}
	t := &table{caption: "Actions that can never happen, with the chain to the root cause",
		head: []string{"asset", "action", "reason", "chain to the root cause"}}
	for _, b := range r.Blockers {
		chain := codes(b.Chain, " → ")
		if src := b.Cause; src != nil && src.File != "" {
			chain = chain.plus(" (" + clean(src.File) + ":" + itoa(src.Line) + ")")
		}
		action := string(b.Action)
		if action == "" {
			action = "root cause"
		}
		t.row("blocked", named(clean(b.Name), b.Address), action, clean(b.Reason), chain)
	}
	return section{id: "blockers", title: "Blocked", blocks: []block{t}}
}

func (r *Report) estateSection() section {
	s := r.Summary
	t := &table{caption: "The estate and the plan in numbers", head: []string{"", "count"}, cols: "lr"}
	t.row("", "networks (legacy / transition / target)", itoa(s.LegacyNetworks)+" / "+itoa(s.TransitionNetworks)+" / "+itoa(s.TargetNetworks))
	t.row("", "devices", grouped(s.Devices))
	t.row("", "applications", grouped(s.Applications))
	t.row("", "end-user devices (in "+english.Plural(s.EndpointGroups, "group", "groups")+")", grouped(s.Endpoints))
	if s.Switches > 0 {
		t.row("", "switch ports in use on the "+english.Plural(s.Switches, "switch", "switches")+" being decommissioned", grouped(s.SwitchPortsInUse)+" of "+grouped(s.SwitchPorts))
	}
	t.row("", "planned actions", grouped(s.Actions))
	t.row("", "waves", itoa(s.Waves))
	t.row("", "lower bound on waves", itoa(s.LowerBound))
	t.row("", "deadline breaches", itoa(s.Breaches))
	t.row("", "blocked", itoa(s.Blocked))
	return section{id: "estate", title: "The estate in numbers", blocks: []block{t}}
}

// savingParts says what the annual saving is made of, leaving out a part
// that is nothing: "£9,000 of contracts that lapse and £2,500.50 of
// assets decommissioned or retired".
func (r *Report) savingParts() string {
	var parts []string
	if c := r.Savings.Contracts; c != 0 {
		parts = append(parts, r.money(c)+" of contracts that lapse")
	}
	if a := r.Savings.Assets; a != 0 {
		parts = append(parts, r.money(a)+" of networks, devices and applications decommissioned or retired")
	}
	return strings.Join(parts, " and ")
}
