// Package planout renders a planner.Plan in the formats `decom plan`
// offers: text for a terminal, JSON for other tools, Markdown for a wiki,
// CSV for a spreadsheet, and the plan's findings (breaches and blockers,
// see planner/findings) as SARIF for code scanning and GitHub Actions
// annotations, as `decom validate` writes its diagnostics. Each format is one file with one Write
// function, listed in Formats.
//
// Renderers take the plan as the planner built it, already sorted, and
// never reorder it, so the same plan always gives the same bytes.
package planout

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/diagnostics"
	"github.com/decomhq/decom/render/formats"
)

// Input is what every format renders.
type Input struct {
	// Plan is the plan to render; nil renders as an empty plan.
	Plan *planner.Plan
	// Estate is the estate's name; empty when the inventory gives none.
	Estate string
	// AsOf is the date support status is judged on; zero when unknown.
	AsOf inventory.Date
	// Color asks the text format for ANSI colours. The other formats
	// ignore it.
	Color bool
	// Model is the estate planned, for the sarif and github formats: its
	// files (for exact columns) and each asset's block, a related place of
	// its findings. Nil leaves them out.
	Model *inventory.Model
	// Diagnostics tunes the sarif and github formats (the directory paths
	// are relative to, decom's version, where github's summary goes).
	Diagnostics diagnostics.Options
}

// Formats are the plan's output formats, for --format, the default
// (text) first.
var Formats = formats.List[Input]{
	{Name: "text", Write: WriteText},
	{Name: "json", Write: WriteJSON},
	{Name: "markdown", Write: WriteMarkdown},
	{Name: "csv", Write: WriteCSV},
	{Name: "sarif", Write: WriteSARIF},
	{Name: "github", Write: WriteGitHub},
}

// plan returns in.Plan, or an empty plan when it is nil.
func (in Input) plan() *planner.Plan {
	if in.Plan == nil {
		return &planner.Plan{SchemaVersion: planner.SchemaVersion}
	}
	return in.Plan
}

// name returns the display name of the asset at addr, from Model; empty
// when it has none or there is no model.
func (in Input) name(addr string) string {
	if in.Model == nil {
		return ""
	}
	return in.Model.NameOf(addr)
}

// totals are one wave's load against the capacity limits of rule 7.
type totals struct {
	changes  int
	effort   float64
	critical int
}

func waveTotals(w planner.Wave) totals {
	t := totals{changes: len(w.Actions)}
	for _, a := range w.Actions {
		t.effort += a.EffortDays
		if a.Critical {
			t.critical++
		}
	}
	return t
}

// slack returns the action's slack (planner.Action.Slack): positive or
// zero when it is on time, negative when late. ok is false when the action
// has no deadline.
func slack(a planner.Action) (days int, ok bool) {
	if a.Slack == nil {
		return 0, false
	}
	return *a.Slack, true
}

// assetType returns the block type of an address ("device" for
// "device.core_sw_01").
func assetType(addr string) string {
	if i := strings.IndexByte(addr, '.'); i >= 0 {
		return addr[:i]
	}
	return addr
}

// num formats a number of days with no trailing zeros: 2, 2.5, 0.25.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// boundSources names the arguments whose bound equals the lower bound, e.g.
// "window bound" or "chain and window bounds"; empty when none does.
func boundSources(lb planner.LowerBound) string {
	var src []string
	if lb.Chain == lb.Waves && lb.Chain > 0 {
		src = append(src, "chain")
	}
	if lb.Capacity == lb.Waves && lb.Capacity > 0 {
		src = append(src, "capacity")
	}
	if lb.Window == lb.Waves && lb.Window > 0 {
		src = append(src, "window")
	}
	switch len(src) {
	case 0:
		return ""
	case 1:
		return src[0] + " bound"
	default:
		return strings.Join(src[:len(src)-1], ", ") + " and " + src[len(src)-1] + " bounds"
	}
}

// boundLine summarises the plan's length against its lower bound:
// "12 waves; lower bound 11 (window bound); gap 1".
func boundLine(p *planner.Plan) string {
	lb := p.LowerBound
	s := english.Plural(len(p.Waves), "wave", "waves") + "; lower bound " + strconv.Itoa(lb.Waves)
	if src := boundSources(lb); src != "" {
		s += " (" + src + ")"
	}
	gap := len(p.Waves) - lb.Waves
	s += "; gap " + strconv.Itoa(gap)
	if gap == 0 {
		s += ": the fewest waves possible"
		if blocked(p) {
			s += " for what can be planned"
		}
	}
	return s + breachBound(p)
}

// blocked reports whether some action of the plan is blocked.
func blocked(p *planner.Plan) bool {
	for _, b := range p.Blockers {
		if b.Action != "" {
			return true
		}
	}
	return false
}

// breachBound sets the plan's breaches against the breaches no plan of as
// many waves can avoid: "; at least 4 breaches are unavoidable in 12
// waves, and this plan has 6", or "...: this plan's 4 are the fewest
// possible". Empty when the plan has no breach.
func breachBound(p *planner.Plan) string {
	n, lb := len(p.Breaches), p.LowerBound.Breaches
	if n == 0 {
		return ""
	}
	in := " in " + english.Plural(len(p.Waves), "wave", "waves")
	switch {
	case lb >= n && n == 1:
		return "; at least 1 breach is unavoidable" + in + ": this plan's 1 is the fewest possible"
	case lb >= n:
		return fmt.Sprintf("; at least %d breaches are unavoidable%s: this plan's %d are the fewest possible", lb, in, n)
	case lb == 0:
		return fmt.Sprintf("; no breach is provably unavoidable%s, and this plan has %s", in, english.Plural(n, "breach", "breaches"))
	}
	return fmt.Sprintf("; at least %s unavoidable%s, and this plan has %d", english.Plural(lb, "breach is", "breaches are"), in, n)
}

// settingsLine describes the effective settings in words.
func settingsLine(st planner.Settings) string {
	var parts []string
	if !st.Start.IsZero() {
		parts = append(parts, "start "+st.Start.String())
	}
	if st.WaveDays > 0 {
		parts = append(parts, "a wave every "+english.Plural(st.WaveDays, "day", "days"))
	}
	limit := func(set bool, n, one, many string) string {
		if !set {
			return "unlimited " + many
		}
		if n == "1" {
			return "max 1 " + one
		}
		return "max " + n + " " + many
	}
	parts = append(parts,
		"per wave "+limit(st.MaxChanges > 0, strconv.Itoa(st.MaxChanges), "change", "changes")+", "+
			limit(st.MaxEffortDays > 0, num(st.MaxEffortDays), "effort day", "effort days")+", "+
			limit(st.MaxCritical > 0, strconv.Itoa(st.MaxCritical), "critical cutover", "critical cutovers"),
		"soak "+english.Plural(st.SoakWaves, "wave", "waves"))
	return strings.Join(parts, "; ")
}
