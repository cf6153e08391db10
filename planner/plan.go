// Package planner works out a safe, deadline-aware order of migration and
// retirement waves for a loaded estate. It is pure: no I/O, no HCL parsing;
// it reads an *inventory.Model and returns a *Plan.
package planner

import "github.com/decomhq/decom/inventory"

// ActionKind is what an action does to its asset.
type ActionKind string

// Action kinds (SPEC section 2).
const (
	Migrate      ActionKind = "migrate"
	Retire       ActionKind = "retire"
	Decommission ActionKind = "decommission"
)

// Verb says in words what an action of kind k does to its asset: "moves",
// "is retired", "is decommissioned".
func (k ActionKind) Verb() string {
	switch k {
	case Migrate:
		return "moves"
	case Retire:
		return "is retired"
	case Decommission:
		return "is decommissioned"
	}
	return "acts"
}

// InGroupWith says that an action of kind k shares its wave with other:
// "moves with other in one move group" for a migration (rule 2), "is
// retired in one wave with other" for the others, which are not moves.
func (k ActionKind) InGroupWith(other string) string {
	if k == Migrate {
		return "moves with " + other + " in one move group"
	}
	return k.Verb() + " in one wave with " + other
}

// WithGroup says that an action of kind k acts with its group (named by
// its first member): "moves with move group G" for a migration, "is
// retired in one wave with group G" for a retirement.
func (k ActionKind) WithGroup(group string) string {
	if k == Migrate {
		return "moves with move group " + group
	}
	return k.Verb() + " in one wave with group " + group
}

// SchemaVersion is the version of the plan's JSON shape. Keys are only ever
// added beside the fixed ones of SPEC section 4, never renamed or removed.
const SchemaVersion = 1

// Plan is the result of planning an estate. Waves, Breaches and Blockers are
// in deterministic order: waves by number, actions within a wave by address,
// breaches and blockers by address.
type Plan struct {
	SchemaVersion int        `json:"schema_version"`
	Settings      Settings   `json:"settings"`
	Waves         []Wave     `json:"waves"`
	Breaches      []Breach   `json:"breaches"`
	Blockers      []Blocker  `json:"blockers"`
	LowerBound    LowerBound `json:"lower_bound"`
	// Baseline says how the plan differs from the baseline it was made
	// against (Options.Baseline); nil without one.
	Baseline *BaselineReport `json:"baseline,omitempty"`
}

// Settings are the effective planning parameters after defaults and
// command-line overrides. Zero limits mean "no limit".
type Settings struct {
	Start         inventory.Date `json:"start"`
	WaveDays      int            `json:"wave_days"`
	MaxChanges    int            `json:"max_changes"`
	MaxEffortDays float64        `json:"max_effort_days"`
	MaxCritical   int            `json:"max_critical"`
	SoakWaves     int            `json:"soak_waves"`
}

// Wave is one batch of actions on one date.
type Wave struct {
	Number  int            `json:"number"`
	Date    inventory.Date `json:"date"`
	Actions []Action       `json:"actions"`
}

// Action is one change to one asset in one wave.
type Action struct {
	Address string     `json:"address"`
	Action  ActionKind `json:"action"`
	// Group names the move group (cycle of dependencies) the action moves
	// with; empty when it moves alone.
	Group      string  `json:"group,omitempty"`
	EffortDays float64 `json:"effort_days,omitempty"`
	Critical   bool    `json:"critical,omitempty"`
	// Deadline is the latest date the action should happen on (rule 6);
	// zero when nothing sets one. DeadlineFrom names the asset whose date
	// it is (a contract, device, network or the asset itself), and
	// DeadlineSource says which of its attributes that is and where it is
	// written (nil when there is no deadline).
	Deadline       inventory.Date `json:"deadline,omitzero"`
	DeadlineFrom   string         `json:"deadline_from,omitempty"`
	DeadlineSource *Source        `json:"deadline_source,omitempty"`
	// Slack is the days from the wave's date to the deadline, negative
	// when the action is late; nil when nothing sets a deadline.
	Slack *int `json:"slack_days,omitempty"`
	// Why says why the action is in its wave and not an earlier one.
	Why Reason `json:"why"`
	// Across lists the dependencies the action does not wait for
	// (rule 1's link exception): each moves later, and a link between
	// them stays up until both have moved. Empty when it waits for every
	// dependency.
	Across []Across `json:"across,omitempty"`
}

// Across is a dependency an action does not wait for: a link joins the
// action's target to the dependency's network and stays up until both
// have moved.
type Across struct {
	Dependency string `json:"dependency"`
	Link       string `json:"link"`
	// Text is "does not wait for DEPENDENCY: LINK stays up until both
	// have moved".
	Text string `json:"text"`
}

// Reason is the binding constraint that keeps an action out of earlier
// waves.
type Reason struct {
	// Kind says which constraint binds (see ReasonKind).
	Kind ReasonKind `json:"kind"`
	// Predecessor is the action that binds, for "after" and "soak".
	Predecessor     string `json:"predecessor,omitempty"`
	PredecessorWave int    `json:"predecessor_wave,omitempty"`
	// Rule is the SPEC rule behind the constraint, e.g. "R1".
	Rule string `json:"rule,omitempty"`
	// Text is a one-line explanation for people.
	Text string `json:"text"`
	// Freeze names the freeze window that pushed the wave's date later,
	// when one did.
	Freeze string `json:"freeze,omitempty"`
}

// ReasonKind names the kind of constraint that keeps an action out of
// earlier waves.
type ReasonKind string

// Reason kinds.
const (
	// ReasonStart: wave 1, or nothing earlier was allowed by the start.
	ReasonStart ReasonKind = "start"
	// ReasonAfter: a predecessor's wave (Reason.Predecessor).
	ReasonAfter ReasonKind = "after"
	// ReasonSoak: a predecessor's wave plus soak_waves.
	ReasonSoak ReasonKind = "soak"
	// ReasonCapacity: the wave before had no room for it.
	ReasonCapacity ReasonKind = "capacity"
	// ReasonGroup: it moves with its move group, which a member's
	// constraint holds back.
	ReasonGroup ReasonKind = "group"
	// ReasonNotBefore: its not_before allows no earlier wave.
	ReasonNotBefore ReasonKind = "not_before"
	// ReasonBaseline: it keeps the date the baseline plan gave it
	// (decom plan --baseline), or that date is committed.
	ReasonBaseline ReasonKind = "baseline"
	// ReasonPriority: an earlier wave had room, but the scheduler gave it
	// to other work (earlier deadlines, longer chains).
	ReasonPriority ReasonKind = "priority"
)

// Breach is a planned action whose wave falls after its deadline.
type Breach struct {
	Address        string         `json:"address"`
	Action         ActionKind     `json:"action"`
	Deadline       inventory.Date `json:"deadline"`
	DeadlineFrom   string         `json:"deadline_from,omitempty"`
	DeadlineSource *Source        `json:"deadline_source,omitempty"` // see Action.DeadlineSource
	Date           inventory.Date `json:"date"`
	Wave           int            `json:"wave"`
	DaysLate       int            `json:"days_late"`
	// Remedy is what would put the action on time: the earliest date it
	// could take place with everything else in the plan fixed (extend
	// the deadline to at least that), and the binding constraint. Never
	// nil in a plan Build makes.
	Remedy *Remedy `json:"remedy,omitempty"`
}

// Blocker is an action that can never be planned.
type Blocker struct {
	Address string `json:"address"`
	// Action is the blocked action; empty for an asset that takes no
	// action itself but is the root cause of blocks (a retained
	// application on a device being decommissioned, say).
	Action ActionKind `json:"action,omitempty"`
	// Reason is one line naming the assets that cause the block.
	Reason string `json:"reason"`
	// Chain runs from this action back to the root cause, addresses only;
	// the last element is the root.
	Chain []string `json:"chain,omitempty"`
	// Cause is where the root cause is written: the disposition of a
	// retained asset (or its block, when it has none), the depends_on
	// entry of a live dependent, a link's decommission, a not_before, or
	// the block (its effort_days) of an action too big for a wave.
	Cause *Source `json:"cause,omitempty"`
}

// LowerBound is a number of waves no valid plan can beat, with the bound
// each argument gives, and a number of breaches no plan with as many
// waves as this one can avoid.
type LowerBound struct {
	Waves    int `json:"waves"`
	Chain    int `json:"chain"`
	Capacity int `json:"capacity"`
	Window   int `json:"window"`
	// Breaches is a number of actions late in every valid plan of at most
	// the plan's own waves: those due before the earliest wave their
	// chains allow, and those that cannot fit, with everything their
	// wave count forces in, in the waves dated by their deadline. The plan
	// has the fewest breaches possible at its wave count when it has this
	// many.
	Breaches int `json:"breaches"`
}
