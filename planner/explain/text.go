package explain

import (
	"fmt"
	"io"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/formats"
	"github.com/decomhq/decom/render/printable"
)

// WhyFormats are the output formats of a Why, for --format, the default
// (text) first.
var WhyFormats = formats.List[*Why]{
	{Name: "text", Write: WriteWhy},
	{Name: "json", Write: formats.JSON[*Why]},
}

// ImpactFormats are the output formats of an Impact, for --format, the
// default (text) first.
var ImpactFormats = formats.List[*Impact]{
	{Name: "text", Write: WriteImpact},
	{Name: "json", Write: formats.JSON[*Impact]},
}

// sourceText says where w's deadline is written: "ends of
// contract.support, contracts.hcl:33", or "from contract.support" when the
// plan does not say which attribute.
func sourceText(w *Why) string {
	src := w.DeadlineSource
	if src == nil {
		return "from " + w.DeadlineFrom
	}
	t := src.Attribute + " of " + src.Address
	if src.File != "" {
		t += fmt.Sprintf(", %s:%d", src.File, src.Line)
	}
	return t
}

// WriteWhy writes w for people.
func WriteWhy(out io.Writer, w *Why) error {
	var b strings.Builder
	switch w.Outcome {
	case OutcomePlanned:
		fmt.Fprintf(&b, "%s: %s in wave %d (%s)\n", named(w.Address, w.Name), w.Action, w.Wave, w.Date)
		if w.Group != "" {
			fmt.Fprintf(&b, "  %s\n", planner.ActionKind(w.Action).WithGroup(w.Group))
		}
		b.WriteString(baselineText(w))
		if w.SlackDays != nil {
			fmt.Fprintf(&b, "  deadline %s (%s): %s\n", w.Deadline, sourceText(w), slackText(*w.SlackDays))
		} else {
			b.WriteString("  no deadline: no support end date or contract applies to it\n")
		}
		if w.Remedy != nil {
			fmt.Fprintf(&b, "  remedy: %s\n", w.Remedy.Text)
		}
		for _, x := range w.Across {
			fmt.Fprintf(&b, "  %s\n", x.Text)
		}
		b.WriteString("\nWhy not earlier, from the start to this action:\n")
		for i, s := range w.Chain {
			fmt.Fprintf(&b, "  %d. wave %d (%s) %s %s: %s\n", i+1, s.Wave, s.Date, named(s.Address, s.Name), s.Action, s.Text)
			if s.Freeze != "" {
				fmt.Fprintf(&b, "     freeze: %s\n", s.Freeze)
			}
		}
	case OutcomeBlocked:
		fmt.Fprintf(&b, "%s: %s is blocked and cannot be planned\n", named(w.Address, w.Name), w.Action)
		fmt.Fprintf(&b, "  reason: %s\n", w.Blocker.Reason)
		b.WriteString(baselineText(w))
	case OutcomeNoAction:
		fmt.Fprintf(&b, "%s takes no action: %s\n", named(w.Address, w.Name), w.Reason)
		b.WriteString(baselineText(w))
		if w.Blocker != nil {
			fmt.Fprintf(&b, "  it blocks others: %s\n", w.Blocker.Reason)
		}
	}
	if len(w.Blocks) > 0 {
		fmt.Fprintf(&b, "  it is the root cause of these blocked actions: %s\n", strings.Join(w.Blocks, ", "))
	}
	if w.Blocker != nil && (len(w.Blocker.Chain) > 1 || w.Outcome == OutcomeBlocked) {
		b.WriteString("\nCausal chain to the root blocker:\n")
		for i, l := range w.Blocker.Chain {
			arrow := "  "
			if i > 0 {
				arrow = "  ← "
			}
			what := l.Action
			if what == "" {
				what = "no action"
			}
			root := ""
			if i == len(w.Blocker.Chain)-1 {
				root = ", root cause"
			}
			if l.Name != "" {
				fmt.Fprintf(&b, "%s%s (%s, %s%s)", arrow, l.Name, l.Address, what, root)
			} else {
				fmt.Fprintf(&b, "%s%s (%s%s)", arrow, l.Address, what, root)
			}
			if l.Reason != "" {
				fmt.Fprintf(&b, ": %s", l.Reason)
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(out, printable.Text(b.String()))
	return err
}

// baselineText says, in a line or two, how w's action stands against
// the baseline: kept, moved (from, to, why and the changed fact at the
// root of it), added or dropped, and any conflict with its committed
// date; "" without a baseline.
func baselineText(w *Why) string {
	bw := w.Baseline
	if bw == nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  baseline %s: ", bw.File)
	switch bw.Status {
	case BaselineMoved:
		m := bw.Moved
		to := "blocked"
		if m.ToWave > 0 {
			to = fmt.Sprintf("wave %d (%s)", m.ToWave, m.ToDate)
		}
		fmt.Fprintf(&b, "moved from wave %d (%s) to %s: %s\n", m.FromWave, m.FromDate, to, m.Reason)
		if m.Cause != "" {
			fmt.Fprintf(&b, "    root cause: %s\n", m.Cause)
		}
	case BaselineAdded:
		b.WriteString("new: the baseline had no such action\n")
	case BaselineDropped:
		fmt.Fprintf(&b, "dropped: the baseline had it %s in wave %d (%s)\n", bw.Dropped.Action, bw.Dropped.Wave, bw.Dropped.Date)
	default:
		if w.Outcome == OutcomePlanned {
			fmt.Fprintf(&b, "kept on its date %s\n", w.Date)
		} else {
			b.WriteString("as in the baseline\n")
		}
	}
	if c := bw.Conflict; c != nil {
		fmt.Fprintf(&b, "    committed to wave %d (%s), but %s\n", c.Wave, c.Date, c.Reason)
	}
	return b.String()
}

// portsText says how many switch ports are in use: "switch ports in use:
// 41 of 48 (1 device and 40 endpoints uplinked); declared ports_in_use: 3".
func portsText(im *Impact) string {
	t := fmt.Sprintf("switch ports in use: %d", im.PortsInUse)
	if im.Ports > 0 {
		t += fmt.Sprintf(" of %d", im.Ports)
	}
	var by []string
	if im.PortsInUseDevices > 0 {
		by = append(by, english.Plural(im.PortsInUseDevices, "device", "devices"))
	}
	if im.PortsInUseEndpoints > 0 {
		by = append(by, english.Plural(im.PortsInUseEndpoints, "endpoint", "endpoints"))
	}
	if len(by) > 0 {
		t += " (" + strings.Join(by, " and ") + " uplinked)"
	}
	if im.PortsInUseDeclared > 0 {
		t += fmt.Sprintf("; declared ports_in_use: %d", im.PortsInUseDeclared)
	}
	return t
}

// endpointsText is "; 24 endpoints (24 users) behind it" for an affected
// endpoint group, "" for other assets.
func endpointsText(a Affected) string {
	if a.Endpoints == nil {
		return ""
	}
	t := "; " + english.Plural(*a.Endpoints, "endpoint", "endpoints")
	if a.Users != nil && *a.Users != *a.Endpoints {
		t += " (" + english.Plural(*a.Users, "user", "users") + ")"
	}
	return t + " behind it"
}

// carriedText is "; carried by device.b" for an asset that stays up on
// redundancy, "" when nothing carries it (a partner that lost its
// partner).
func carriedText(a Affected) string {
	if len(a.CarriedBy) == 0 {
		return ""
	}
	return "; carried by " + strings.Join(a.CarriedBy, ", ")
}

// named is "Name (address)", or the address when the asset has no name.
func named(addr, name string) string {
	if name == "" {
		return addr
	}
	return name + " (" + addr + ")"
}

// countText says how many assets of each type a list holds: "3
// applications, 1 device"; "nothing else" when it is empty.
func countText(list []Affected) string {
	n := map[string]int{}
	for _, a := range list {
		n[a.Type]++
	}
	var parts []string
	for _, c := range []struct{ typ, one, many string }{
		{inventory.TypeApplication, "application", "applications"}, {inventory.TypeDevice, "device", "devices"},
		{inventory.TypeEndpoints, "endpoint group", "endpoint groups"}, {inventory.TypeNetwork, "network", "networks"},
		{inventory.TypeLink, "link", "links"},
	} {
		if n[c.typ] > 0 {
			parts = append(parts, english.Plural(n[c.typ], c.one, c.many))
		}
	}
	if len(parts) == 0 {
		return "nothing else"
	}
	return strings.Join(parts, ", ")
}

func slackText(days int) string {
	switch {
	case days > 0:
		return english.Plural(days, "day", "days") + " of slack"
	case days == 0:
		return "on the day, no slack"
	}
	return english.Plural(-days, "day", "days") + " LATE"
}

// WriteImpact writes im for people: what goes down, what loses its
// redundancy, the endpoints, ports and people behind it, and the waves
// that touch it.
func WriteImpact(out io.Writer, im *Impact) error {
	var b strings.Builder
	fmt.Fprintf(&b, "If %s went away now:\n", named(im.Address, im.Name))
	fmt.Fprintf(&b, "  goes down: %s\n", countText(im.Affected))
	if len(im.RedundancyLost) > 0 {
		fmt.Fprintf(&b, "  loses redundancy, stays up: %s\n", countText(im.RedundancyLost))
	}
	fmt.Fprintf(&b, "  endpoints behind it: %d; %s\n", im.Endpoints, portsText(im))
	tenants := "none"
	if len(im.Tenants) > 0 {
		tenants = strings.Join(im.Tenants, ", ")
	}
	if im.Users == 0 {
		fmt.Fprintf(&b, "  people: none lose a service; tenants: %s\n", tenants)
	} else {
		fmt.Fprintf(&b, "  people: at least %d (the most of any one application or endpoint group down); %d summed (%d through applications, %d at endpoints); tenants: %s\n",
			im.MaxUsers, im.Users, im.ApplicationUsers, im.EndpointUsers, tenants)
	}
	if im.MostCritical != "" {
		fmt.Fprintf(&b, "  most critical service down: %s (%s)\n", im.MostCritical, strings.Join(im.MostCriticalApps, ", "))
	} else {
		b.WriteString("  most critical service down: none with a criticality\n")
	}
	if len(im.Waves) == 0 {
		b.WriteString("  waves touching it: none\n")
	} else {
		b.WriteString("  waves touching it:\n")
		for _, w := range im.Waves {
			fmt.Fprintf(&b, "    wave %d (%s): %s\n", w.Number, w.Date, strings.Join(w.Addresses, ", "))
		}
	}
	if len(im.Blocked) > 0 {
		fmt.Fprintf(&b, "  blocked: %s\n", strings.Join(im.Blocked, ", "))
	}
	if len(im.Affected) > 0 {
		b.WriteString("\nGoes down, nearest first:\n")
		for _, a := range im.Affected {
			fmt.Fprintf(&b, "  %d  %s  (%s %s%s)\n", a.Depth, named(a.Address, a.Name), a.Relation, a.Via, endpointsText(a))
		}
	}
	if len(im.RedundancyLost) > 0 {
		b.WriteString("\nLoses redundancy, stays up:\n")
		for _, a := range im.RedundancyLost {
			fmt.Fprintf(&b, "  %d  %s  (%s %s%s)\n", a.Depth, named(a.Address, a.Name), a.Relation, a.Via, carriedText(a))
		}
	}
	_, err := io.WriteString(out, printable.Text(b.String()))
	return err
}
