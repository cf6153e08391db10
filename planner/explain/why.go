package explain

import (
	"fmt"
	"sort"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// Outcomes of Why.
const (
	OutcomePlanned  = "planned"
	OutcomeBlocked  = "blocked"
	OutcomeNoAction = "no-action"
)

// Why explains where an asset's action is in the plan.
type Why struct {
	Address string `json:"address"`
	// Name is the asset's display name; empty when it has none.
	Name string `json:"name,omitempty"`
	Type string `json:"type"`
	// Outcome is "planned", "blocked" or "no-action".
	Outcome string         `json:"outcome"`
	Action  string         `json:"action,omitempty"`
	Wave    int            `json:"wave,omitempty"`
	Date    inventory.Date `json:"date,omitzero"`
	Group   string         `json:"group,omitempty"`
	// Deadline and DeadlineFrom say when the action is due and which
	// asset's date that is, DeadlineSource which attribute and where it
	// is written; SlackDays is the deadline minus the wave date
	// (negative when late). All are absent when nothing sets a deadline.
	Deadline       inventory.Date  `json:"deadline,omitzero"`
	DeadlineFrom   string          `json:"deadline_from,omitempty"`
	DeadlineSource *planner.Source `json:"deadline_source,omitempty"`
	SlackDays      *int            `json:"slack_days,omitempty"`
	// Remedy is what would put a late action on time (see
	// planner.Remedy); absent when it is on time.
	Remedy *planner.Remedy `json:"remedy,omitempty"`
	// Across lists the dependencies the action does not wait for: a link
	// stays up until both have moved (rule 1's link exception).
	Across []planner.Across `json:"across,omitempty"`
	// Chain runs from the root constraint (the start, or full waves) to
	// this action; each step's wave is at most the next one's.
	Chain []Step `json:"chain,omitempty"`
	// Blocker explains a blocked action.
	Blocker *BlockerWhy `json:"blocker,omitempty"`
	// Reason says why an asset takes no action.
	Reason string `json:"reason,omitempty"`
	// Blocks lists the blocked actions whose root cause this asset is.
	Blocks []string `json:"blocks,omitempty"`
	// Baseline says how the action stands against the baseline the plan
	// was made against (decom why --baseline); nil without one.
	Baseline *BaselineWhy `json:"baseline,omitempty"`
}

// BaselineWhy is an asset's action against the baseline plan, as the
// plan's baseline report (planner.BaselineReport) has it.
type BaselineWhy struct {
	// File names the baseline.
	File string `json:"file"`
	// Status is "kept" (on its baseline date, or no action then and
	// now), "moved", "added" (the baseline had no such action) or
	// "dropped" (the plan no longer needs the baseline's action).
	Status string `json:"status"`
	// Moved is the move, from → to and the changed fact that forced it,
	// for "moved"; Dropped the baseline's action for "dropped".
	Moved   *planner.MovedAction    `json:"moved,omitempty"`
	Dropped *planner.BaselineAction `json:"dropped,omitempty"`
	// Conflict says why a committed action cannot keep its committed
	// date (--keep-through, plan.committed_until).
	Conflict *planner.Conflict `json:"conflict,omitempty"`
}

// The statuses of a BaselineWhy.
const (
	BaselineKept    = "kept"
	BaselineMoved   = "moved"
	BaselineAdded   = "added"
	BaselineDropped = "dropped"
)

// baselineWhy is addr's BaselineWhy, or nil when the plan has no
// baseline.
func (ix *Index) baselineWhy(addr string) *BaselineWhy {
	r := ix.plan.Plan().Baseline
	if r == nil {
		return nil
	}
	b := &BaselineWhy{File: r.File, Status: BaselineKept, Conflict: ix.plan.Conflict(addr)}
	switch {
	case ix.plan.Moved(addr) != nil:
		b.Status, b.Moved = BaselineMoved, ix.plan.Moved(addr)
	case ix.plan.Added(addr) != nil:
		b.Status = BaselineAdded
	case ix.plan.Dropped(addr) != nil:
		b.Status, b.Dropped = BaselineDropped, ix.plan.Dropped(addr)
	}
	return b
}

// Step is one binding constraint: the action at Address could not be
// earlier than Wave because of Kind.
type Step struct {
	Address string         `json:"address"`
	Name    string         `json:"name,omitempty"` // the asset's display name
	Action  string         `json:"action"`
	Wave    int            `json:"wave"`
	Date    inventory.Date `json:"date"`
	// Kind is the planner's reason kind (planner.ReasonKind).
	Kind planner.ReasonKind `json:"kind"`
	Rule string             `json:"rule,omitempty"`
	// Predecessor is the action this one waits for (the previous step).
	Predecessor string `json:"predecessor,omitempty"`
	// SoakWaves is the gap in waves after the predecessor, for "soak".
	SoakWaves int `json:"soak_waves,omitempty"`
	// Freeze names a freeze window that pushed this wave's date back.
	Freeze string `json:"freeze,omitempty"`
	Text   string `json:"text"`
}

// BlockerWhy is the causal chain of a blocked action.
type BlockerWhy struct {
	Reason string      `json:"reason"`
	Chain  []ChainLink `json:"chain"`
}

// ChainLink is one asset on the way from a blocked action to its root
// cause; the last link is the root.
type ChainLink struct {
	Address string `json:"address"`
	Name    string `json:"name,omitempty"` // the asset's display name
	Action  string `json:"action,omitempty"`
	Reason  string `json:"reason,omitempty"`
}

// Why explains addr's action. It returns an *UnknownError for an address
// that names no asset.
func (ix *Index) Why(addr string) (*Why, error) {
	asset := ix.m.Lookup(addr)
	if asset == nil {
		return nil, Unknown(ix.m, addr)
	}
	w := &Why{Address: addr, Name: ix.m.NameOf(addr), Type: asset.AssetMeta().Type, Blocks: ix.plan.Blocks(addr),
		Baseline: ix.baselineWhy(addr)}
	bl := ix.plan.Blocker(addr)
	if bl != nil && bl.Action == "" {
		// A root cause that takes no action itself.
		w.Outcome, w.Reason = OutcomeNoAction, noActionReason(ix.m, asset)
		w.Blocker = ix.blockerWhy(bl)
		return w, nil
	}
	if bl != nil {
		w.Outcome, w.Action = OutcomeBlocked, string(bl.Action)
		w.Blocker = ix.blockerWhy(bl)
		return w, nil
	}
	a, wave := ix.plan.Action(addr)
	if a == nil {
		w.Outcome, w.Reason = OutcomeNoAction, noActionReason(ix.m, asset)
		return w, nil
	}
	w.Outcome, w.Action, w.Wave, w.Date, w.Group = OutcomePlanned, string(a.Action), wave.Number, wave.Date, a.Group
	if !a.Deadline.IsZero() {
		w.Deadline, w.DeadlineFrom, w.DeadlineSource, w.SlackDays = a.Deadline, a.DeadlineFrom, a.DeadlineSource, a.Slack
	}
	w.Across = a.Across
	if b := ix.plan.Breach(addr); b != nil {
		w.Remedy = b.Remedy
	}
	w.Chain = ix.chain(addr)
	return w, nil
}

// chain follows each action's binding predecessor back to the root and
// returns the steps root first. A predecessor already visited ends it, so
// a malformed plan cannot loop.
func (ix *Index) chain(addr string) []Step {
	var steps []Step
	seen := map[string]bool{}
	for cur := addr; cur != "" && !seen[cur]; {
		seen[cur] = true
		a, wave := ix.plan.Action(cur)
		if a == nil {
			break
		}
		s := Step{Address: cur, Name: ix.m.NameOf(cur), Action: string(a.Action), Wave: wave.Number, Date: wave.Date,
			Kind: a.Why.Kind, Rule: a.Why.Rule}
		next := ""
		if pa, pw := ix.plan.Action(a.Why.Predecessor); pa != nil && a.Why.Predecessor != cur {
			next = a.Why.Predecessor
			s.Predecessor = next
			if a.Why.Kind == planner.ReasonSoak {
				s.SoakWaves = wave.Number - pw.Number
			}
		}
		s.Freeze = ix.freezeShift(wave)
		if s.Freeze == "" {
			s.Freeze = a.Why.Freeze
		}
		s.Text = ix.stepText(s, a)
		steps = append(steps, s)
		cur = next
	}
	for i, j := 0, len(steps)-1; i < j; i, j = i+1, j-1 {
		steps[i], steps[j] = steps[j], steps[i]
	}
	return steps
}

// freezeShift describes the freezes that moved wave w's date later than
// the earliest date it could have had, in date order, or "". When freezes
// follow each other, each pushes the date past the next, and the last is
// the one the planner's explanation names.
func (ix *Index) freezeShift(w *planner.Wave) string {
	if ix.m.Plan == nil {
		return ""
	}
	earliest := ix.p.Settings.Start
	if prev := ix.plan.Wave(w.Number - 1); prev != nil {
		earliest = prev.Date.AddDays(ix.p.Settings.WaveDays)
	}
	if earliest.IsZero() || w.Date <= earliest {
		return ""
	}
	var moved []*inventory.Freeze
	for _, f := range ix.m.Plan.Freezes {
		if f.From < w.Date && f.To >= earliest {
			moved = append(moved, f)
		}
	}
	if len(moved) == 0 {
		return ""
	}
	sort.SliceStable(moved, func(i, j int) bool { return moved[i].From < moved[j].From })
	names := make([]string, len(moved))
	for i, f := range moved {
		names[i] = fmt.Sprintf("%s (%s to %s)", f.Address(), f.From, f.To)
	}
	return fmt.Sprintf("%s moved wave %d from %s to %s", english.And(names), w.Number, earliest, w.Date)
}

func (ix *Index) stepText(s Step, a *planner.Action) string {
	rule := ""
	if s.Rule != "" {
		rule = " [" + s.Rule + "]"
	}
	var t string
	switch s.Kind {
	case planner.ReasonStart:
		t = fmt.Sprintf("wave %d is as early as the plan starts (%s)", s.Wave, ix.p.Settings.Start)
	case planner.ReasonAfter:
		t = fmt.Sprintf("must wait for %s (%s, wave %d)%s", s.Predecessor, ix.actionOf(s.Predecessor), ix.waveOf(s.Predecessor), rule)
	case planner.ReasonSoak:
		t = fmt.Sprintf("must wait for %s (%s, wave %d) plus soak_waves = %d%s", s.Predecessor, ix.actionOf(s.Predecessor), ix.waveOf(s.Predecessor), ix.p.Settings.SoakWaves, rule)
	case planner.ReasonCapacity:
		t = "every earlier wave it could join was full: " + ix.capacityText(s.Wave)
	case planner.ReasonNotBefore:
		t = "its not_before allows no earlier wave"
	case planner.ReasonBaseline:
		t = "it keeps the date of the baseline plan"
	case planner.ReasonPriority:
		t = "an earlier wave had room, but the scheduler gave it to more urgent work"
	case planner.ReasonGroup:
		t = a.Action.WithGroup(a.Group)
		if s.Predecessor != "" {
			t += ", which must wait for " + s.Predecessor
		}
	default:
		t = string(s.Kind)
	}
	if s.Predecessor == "" && a.Why.Predecessor != "" && (s.Kind == planner.ReasonAfter || s.Kind == planner.ReasonSoak) {
		t = fmt.Sprintf("must wait for %s (not in the plan)%s", a.Why.Predecessor, rule)
	}
	if a.Why.Text != "" {
		// The planner's own words are more specific; keep the rule and,
		// for full waves, the numbers.
		own := t
		t = a.Why.Text + rule
		if s.Kind == planner.ReasonCapacity {
			t += ": " + strings.TrimPrefix(own, "every earlier wave it could join was full: ")
		}
	}
	return t
}

// capacityText describes the limits wave n-1 reached.
func (ix *Index) capacityText(n int) string {
	w := ix.plan.Wave(n - 1)
	if w == nil {
		return fmt.Sprintf("limits per wave: max_changes %d, max_effort_days %g, max_critical %d",
			ix.p.Settings.MaxChanges, ix.p.Settings.MaxEffortDays, ix.p.Settings.MaxCritical)
	}
	var effort float64
	crit := 0
	for _, a := range w.Actions {
		effort += a.EffortDays
		if a.Critical {
			crit++
		}
	}
	st := ix.p.Settings
	return fmt.Sprintf("wave %d holds %d of %s changes, %g of %s effort days, %d of %s critical cutovers",
		w.Number, len(w.Actions), limit(float64(st.MaxChanges)), effort, limit(st.MaxEffortDays), crit, limit(float64(st.MaxCritical)))
}

func limit(v float64) string {
	if v == 0 {
		return "unlimited"
	}
	return fmt.Sprintf("%g", v)
}

func (ix *Index) actionOf(addr string) string {
	if a, _ := ix.plan.Action(addr); a != nil {
		return string(a.Action)
	}
	return "no action"
}

func (ix *Index) waveOf(addr string) int {
	if _, w := ix.plan.Action(addr); w != nil {
		return w.Number
	}
	return 0
}

// blockerWhy walks a blocker's chain, giving each link its own reason.
func (ix *Index) blockerWhy(bl *planner.Blocker) *BlockerWhy {
	out := &BlockerWhy{Reason: bl.Reason}
	chain := bl.Chain
	if len(chain) == 0 || chain[0] != bl.Address {
		chain = append([]string{bl.Address}, chain...)
	}
	for _, addr := range chain {
		l := ChainLink{Address: addr, Name: ix.m.NameOf(addr)}
		if b := ix.plan.Blocker(addr); b != nil {
			l.Action, l.Reason = string(b.Action), b.Reason
		} else if a, _ := ix.plan.Action(addr); a != nil {
			l.Action = string(a.Action)
		} else if asset := ix.m.Lookup(addr); asset != nil {
			l.Reason = noActionReason(ix.m, asset)
		}
		out.Chain = append(out.Chain, l)
	}
	return out
}
