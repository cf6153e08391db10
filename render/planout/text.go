package planout

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/printable"
)

// ANSI styles used when Input.Color is set.
const (
	styleNone   = ""
	styleBold   = "\x1b[1m"
	styleRed    = "\x1b[31m"
	styleYellow = "\x1b[33m"
	styleDim    = "\x1b[2m"
	styleReset  = "\x1b[0m"
)

// cell is one column of a text row with an optional style; right aligns
// it to the right of its column (for numbers).
type cell struct {
	text  string
	style string
	right bool
}

// table lays rows out in aligned columns. Widths are computed over every
// row, so the columns line up across all waves.
type table struct {
	rows  [][]cell
	width []int
}

// add appends a row; its text is made printable (printable.Line), since
// reasons and names come from the inventory.
func (t *table) add(row ...cell) {
	for i := range row {
		row[i].text = printable.Line(row[i].text)
	}
	t.rows = append(t.rows, row)
	for i, c := range row {
		if i >= len(t.width) {
			t.width = append(t.width, 0)
		}
		t.width[i] = max(t.width[i], utf8.RuneCountInString(c.text))
	}
}

// line renders row i with two spaces between columns and no trailing
// space; styles wrap the text only, so padding stays correct.
func (t *table) line(i int, color bool) string {
	var b strings.Builder
	row := t.rows[i]
	last := len(row) - 1
	for last >= 0 && row[last].text == "" {
		last--
	}
	for j := 0; j <= last; j++ {
		c := row[j]
		pad := strings.Repeat(" ", t.width[j]-utf8.RuneCountInString(c.text))
		if c.right {
			b.WriteString(pad)
		}
		if color && c.style != styleNone && c.text != "" {
			b.WriteString(c.style + c.text + styleReset)
		} else {
			b.WriteString(c.text)
		}
		if j < last {
			if !c.right {
				b.WriteString(pad)
			}
			b.WriteString("  ")
		}
	}
	return b.String()
}

// WriteText writes the plan for people at a terminal: a header with the
// effective settings, each wave with its actions in aligned columns and its
// totals, then breaches, blockers and the lower bound.
func WriteText(w io.Writer, in Input) error {
	t := &textWriter{w: bufio.NewWriter(w), p: in.plan(), color: in.Color, name: in.name}
	title := "Plan"
	if in.Estate != "" {
		title += " for " + printable.Line(in.Estate)
	}
	if !in.AsOf.IsZero() {
		title += ", as of " + in.AsOf.String()
	}
	fmt.Fprintln(t.w, t.paint(styleBold, title))
	fmt.Fprintln(t.w, "Settings: "+settingsLine(t.p.Settings))
	t.waves()
	t.breaches()
	t.blockers()
	t.baseline()
	fmt.Fprintln(t.w)
	fmt.Fprintln(t.w, boundLine(t.p))
	return t.w.Flush()
}

// baseline writes, for a plan made against a baseline, how many actions
// moved and which (from, to, why), what was added and dropped, and the
// committed actions that could not be kept.
func (t *textWriter) baseline() {
	b := t.p.Baseline
	if b == nil {
		return
	}
	fmt.Fprintln(t.w)
	fmt.Fprintln(t.w, t.paint(styleBold, printable.Line(baselineSummary(b))))
	section := func(title string, n int, rows func(*table)) {
		if n == 0 {
			return
		}
		fmt.Fprintln(t.w, t.paint(styleBold, fmt.Sprintf("%s (%d)", title, n)))
		var tb table
		rows(&tb)
		for i := range tb.rows {
			fmt.Fprintln(t.w, "  "+tb.line(i, t.color))
		}
	}
	section("Moved", len(b.MovedActions), func(tb *table) {
		for _, m := range b.MovedActions {
			tb.add(cell{text: m.Address}, cell{text: string(m.Action)},
				cell{text: fmt.Sprintf("wave %d (%s) -> %s", m.FromWave, m.FromDate, movedTo(m))}, cell{text: m.Why()})
		}
	})
	section("Conflicts", len(b.Conflicts), func(tb *table) {
		for _, c := range b.Conflicts {
			tb.add(cell{text: c.Address}, cell{text: string(c.Action)},
				cell{text: fmt.Sprintf("committed wave %d (%s)", c.Wave, c.Date)}, cell{text: c.Reason, style: styleRed})
		}
	})
	section("Added", len(b.Added), func(tb *table) {
		for _, a := range b.Added {
			tb.add(cell{text: a.Address}, cell{text: string(a.Action)}, cell{text: placedAt(a)})
		}
	})
	section("Dropped", len(b.Dropped), func(tb *table) {
		for _, d := range b.Dropped {
			tb.add(cell{text: d.Address}, cell{text: string(d.Action)}, cell{text: fmt.Sprintf("was wave %d (%s)", d.Wave, d.Date)})
		}
	})
}

type textWriter struct {
	w     *bufio.Writer
	p     *planner.Plan
	color bool
	name  func(addr string) string // display names, shown after each row
}

// paint wraps text in an ANSI style when colour is on.
func (t *textWriter) paint(style, text string) string {
	if t.color && text != "" {
		return style + text + styleReset
	}
	return text
}

// waves writes each wave's heading and totals, then its actions. The
// actions of every wave share one table so columns align across waves.
func (t *textWriter) waves() {
	var acts table
	for _, wv := range t.p.Waves {
		for _, a := range wv.Actions {
			acts.add(append(actionCells(a, wv), cell{text: t.name(a.Address), style: styleDim})...)
		}
	}
	if len(t.p.Waves) == 0 {
		fmt.Fprintln(t.w)
		fmt.Fprintln(t.w, "No waves: nothing to plan.")
		return
	}
	numWidth := len(strconv.Itoa(t.p.Waves[len(t.p.Waves)-1].Number))
	row := 0
	for _, wv := range t.p.Waves {
		fmt.Fprintln(t.w)
		head := fmt.Sprintf("Wave %-*d  %s", numWidth, wv.Number, wv.Date)
		fmt.Fprintln(t.w, t.paint(styleBold, head)+"  "+t.paint(styleDim, totalsText(waveTotals(wv), t.p.Settings)))
		for range wv.Actions {
			fmt.Fprintln(t.w, "  "+acts.line(row, t.color))
			row++
		}
	}
}

// breaches writes the late actions, if any, one aligned line each.
func (t *textWriter) breaches() {
	if len(t.p.Breaches) == 0 {
		return
	}
	fmt.Fprintln(t.w)
	fmt.Fprintln(t.w, t.paint(styleBold, "Breaches ("+strconv.Itoa(len(t.p.Breaches))+")"))
	var tb table
	for _, b := range t.p.Breaches {
		from := "deadline " + b.Deadline.String()
		if b.DeadlineFrom != "" {
			from += " (" + b.DeadlineFrom + ")"
		}
		tb.add(cell{text: b.Address}, cell{text: string(b.Action)},
			cell{text: "wave " + strconv.Itoa(b.Wave) + ", " + b.Date.String()},
			cell{text: from}, cell{text: english.Plural(b.DaysLate, "day", "days") + " late", style: styleRed},
			cell{text: t.name(b.Address), style: styleDim})
	}
	for i := range tb.rows {
		fmt.Fprintln(t.w, "  "+tb.line(i, t.color))
		if r := t.p.Breaches[i].Remedy; r != nil {
			fmt.Fprintln(t.w, "    "+t.paint(styleDim, "remedy: "+printable.Line(r.Text)))
		}
	}
}

// blockers writes what can never be planned, if anything, with the chain
// back to the root cause under each.
func (t *textWriter) blockers() {
	if len(t.p.Blockers) == 0 {
		return
	}
	fmt.Fprintln(t.w)
	fmt.Fprintln(t.w, t.paint(styleBold, "Blockers ("+strconv.Itoa(len(t.p.Blockers))+")"))
	var tb table
	for _, b := range t.p.Blockers {
		addr := b.Address
		if n := t.name(b.Address); n != "" {
			addr += " (" + n + ")"
		}
		tb.add(cell{text: addr}, cell{text: string(b.Action)}, cell{text: b.Reason, style: styleRed})
	}
	for i, b := range t.p.Blockers {
		fmt.Fprintln(t.w, "  "+tb.line(i, t.color))
		if len(b.Chain) > 1 {
			fmt.Fprintln(t.w, "    "+t.paint(styleDim, "chain: "+printable.Line(strings.Join(b.Chain, " -> "))))
		}
	}
}

// actionCells are the columns of one action: address, action, effort,
// critical mark, deadline slack and move group.
func actionCells(a planner.Action, wv planner.Wave) []cell {
	effort := ""
	if a.EffortDays != 0 {
		effort = num(a.EffortDays) + "d"
	}
	crit := ""
	if a.Critical {
		crit = "critical"
	}
	group := ""
	if a.Group != "" {
		group = "group " + a.Group
	}
	sl := cell{}
	if d, ok := slack(a); ok {
		if d < 0 {
			sl = cell{text: lateText(-d), style: styleRed}
		} else {
			sl = cell{text: "slack " + english.Plural(d, "day", "days")}
		}
	}
	return []cell{{text: a.Address}, {text: string(a.Action)}, {text: effort, right: true},
		{text: crit, style: styleYellow}, sl, {text: group}}
}

// lateText is "LATE 29 days".
func lateText(days int) string { return "LATE " + english.Plural(days, "day", "days") }

// totalsText is a wave's load, with the limit beside each figure that has
// one: "changes 3/10, effort 12.5/20 days, critical 1/2".
func totalsText(t totals, st planner.Settings) string {
	of := func(v string, limit string, set bool) string {
		if set {
			return v + "/" + limit
		}
		return v
	}
	return "changes " + of(strconv.Itoa(t.changes), strconv.Itoa(st.MaxChanges), st.MaxChanges > 0) +
		", effort " + of(num(t.effort), num(st.MaxEffortDays), st.MaxEffortDays > 0) + " days" +
		", critical " + of(strconv.Itoa(t.critical), strconv.Itoa(st.MaxCritical), st.MaxCritical > 0)
}
