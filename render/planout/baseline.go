package planout

import (
	"fmt"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/planner"
)

// baselineSummary is the one-line summary of a plan made against a
// baseline: "Against baseline old.json (150 actions): 12 moved, 138 kept;
// a plan from scratch would move 101."
func baselineSummary(b *planner.BaselineReport) string {
	s := fmt.Sprintf("Against baseline %s (%s): %d moved, %d kept; a plan from scratch would move %d",
		b.File, english.Plural(b.Actions, "action", "actions"), b.Moved, b.Kept, b.FromScratchMoved)
	if !b.CommittedUntil.IsZero() {
		s += fmt.Sprintf(". Waves through %s are committed", b.CommittedUntil)
	}
	if n := len(b.Conflicts); n > 0 {
		s += fmt.Sprintf("; %s", english.Plural(n, "conflict", "conflicts"))
	}
	return s + "."
}

// movedTo says where a moved action is now: "wave 4 (2026-11-02)" or
// "blocked".
func movedTo(m planner.MovedAction) string {
	if m.ToWave == 0 {
		return "blocked"
	}
	return fmt.Sprintf("wave %d (%s)", m.ToWave, m.ToDate)
}

// placedAt says where an added action went: "wave 3 (2026-10-19)" or
// "blocked".
func placedAt(a planner.AddedAction) string {
	if a.Wave == 0 {
		return "blocked"
	}
	return fmt.Sprintf("wave %d (%s)", a.Wave, a.Date)
}
