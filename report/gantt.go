package report

import (
	"fmt"
	"html"
	"sort"
	"strings"
	"time"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
)

// window is the span of dates the timeline draws: from a week before the
// plan starts to a week after the last wave's span (and the blocked row),
// stretched to the contract and support ends that fall near it and to
// the deciding contract's end when that is within a year.
func (r *Report) window() (from, to inventory.Date) {
	span := max(r.Timeline.WaveDays, 1)
	if len(r.Waves) == 0 {
		return 0, 0
	}
	from = r.Waves[0].Date
	if s := r.Timeline.Start; !s.IsZero() && s < from {
		from = s
	}
	last := r.Waves[len(r.Waves)-1].Date.AddDays(span)
	if r.Headline.Blocked > 0 {
		last = last.AddDays(span)
	}
	// Stretch to the dates that bound the plan when they are near: within
	// the plan's own length (at least 90 days) after its last wave.
	reach := last.AddDays(max(int(last-from), 90))
	to = last
	for _, m := range r.Timeline.Markers {
		if m.Date > to && m.Date <= reach {
			to = m.Date
		}
	}
	if e := r.Headline.Ends; e > to && e <= last.AddDays(365) {
		to = e // the deciding contract's end, within a year
	}
	return from.AddDays(-7), to.AddDays(7)
}

// Geometry of the SVG timeline, in its own units (the viewBox); the page
// scales it to the width available.
const (
	ganttWidth  = 960
	ganttGutter = 150 // row labels
	ganttRight  = 16
	ganttRow    = 24
	ganttBar    = 14
	ganttLane   = 15 // one line of marker labels
	ganttAxis   = 34
	charWidth   = 6.2 // an estimate of one character at 11px, to lay labels out
)

// svgGantt draws the timeline: a row per wave with its bar (date to the
// next wave) and its count of actions, late waves hatched and labelled,
// a row for blocked work after the last wave, freezes shaded across every
// row, contract ends (solid, diamond) and support ends (dashed, circle)
// as vertical markers with labels above, and a month axis below. Every
// mark also says what it is in words, so colour is never the only signal.
func (r *Report) svgGantt() string {
	if len(r.Waves) == 0 {
		return ""
	}
	from, to := r.window()
	plotW := float64(ganttWidth - ganttGutter - ganttRight)
	perDay := plotW / float64(to-from)
	x := func(d inventory.Date) float64 { return ganttGutter + float64(d-from)*perDay }
	span := max(r.Timeline.WaveDays, 1)

	marks := r.chartMarkers()
	// Lay marker labels out in lanes so that none overlaps another.
	type placed struct {
		m      Marker
		lane   int
		anchor string
	}
	var laneEnd []float64
	var labels []placed
	for _, m := range marks {
		text := markerText(m)
		w := float64(len([]rune(text)))*charWidth + 10
		start, anchor := x(m.Date)-4, "start"
		if x(m.Date)+w > ganttWidth {
			start, anchor = x(m.Date)-w+4, "end"
		}
		lane := -1
		for i, end := range laneEnd {
			if start > end {
				lane = i
				break
			}
		}
		if lane < 0 {
			laneEnd = append(laneEnd, 0)
			lane = len(laneEnd) - 1
		}
		laneEnd[lane] = start + w
		labels = append(labels, placed{m, lane, anchor})
	}
	top := 8 + len(laneEnd)*ganttLane
	rows := len(r.Waves) + 1 // the freeze row
	if r.Headline.Blocked > 0 {
		rows++
	}
	plotH := rows * ganttRow
	height := top + plotH + ganttAxis

	var b strings.Builder
	f := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	f(`<svg class="gantt" role="img" aria-labelledby="gantt-title gantt-desc" viewBox="0 0 %d %d" width="%d" height="%d" xmlns="http://www.w3.org/2000/svg">`+"\n",
		ganttWidth, height, ganttWidth, height)
	f("<title id=\"gantt-title\">Exit timeline: %s from %s to %s</title>\n", english.Plural(len(r.Waves), "wave", "waves"), day(r.Waves[0].Date), day(r.Waves[len(r.Waves)-1].Date))
	f("<desc id=\"gantt-desc\">%s</desc>\n", esc(r.ganttDesc(marks)))
	f(`<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern><pattern id="hatch-blocked" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="hatch-blocked"/></pattern></defs>` + "\n")

	// Freezes: bands across every row, named in the first row.
	f("<g class=\"freezes\">\n")
	f("<text x=\"4\" y=\"%d\" class=\"rowlabel\">Change freezes</text>\n", top+ganttRow/2+4)
	for _, fr := range r.Timeline.Freezes {
		a, z := max(fr.From, from), min(fr.To.AddDays(1), to)
		if a >= z {
			continue
		}
		f("<rect class=\"freeze\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>Change freeze %s: %s to %s</title></rect>\n",
			x(a), top, x(z)-x(a), plotH, esc(clean(fr.ID)), day(fr.From), day(fr.To))
		f("<text class=\"freezelabel\" x=\"%.1f\" y=\"%d\">freeze %s</text>\n", x(a)+2, top+ganttRow/2+4, esc(clean(fr.ID)))
	}
	f("</g>\n")

	// Month grid and axis.
	f("<g class=\"axis\">\n")
	f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axisline\"/>\n", ganttGutter, top+plotH, ganttWidth-ganttRight, top+plotH)
	months := monthTicks(from, to)
	every := (len(months) + 11) / 12 // at most about twelve labels
	for i, m := range months {
		f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>\n", x(m), top, x(m), top+plotH+4)
		if i%max(every, 1) == 0 {
			tx, anchor := x(m)+2, "start"
			if tx+8*charWidth > ganttWidth {
				tx, anchor = x(m)-2, "end" // keep the last label inside the chart
			}
			f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" class=\"tick\">%s</text>\n", tx, top+plotH+16, anchor, m.Time().Format("Jan 2006"))
		}
	}
	f("</g>\n")

	// Waves.
	f("<g class=\"waves\">\n")
	for i, w := range r.Waves {
		y := top + (i+1)*ganttRow
		cls, note := "bar", english.Plural(w.Actions, "action", "actions")
		if w.Late > 0 {
			cls, note = "bar late", note+", "+english.Plural(w.Late, "late", "late")
		}
		bx, bw := x(w.Date), float64(span)*perDay
		f("<g class=\"wave\"><title>Wave %d, %s: %s</title>", w.Number, day(w.Date), esc(note))
		f("<text x=\"4\" y=\"%d\" class=\"rowlabel\">Wave %d · %s</text>", y+ganttRow/2+4, w.Number, w.Date.Time().Format("2 Jan"))
		f("<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\"/>", cls, bx, y+(ganttRow-ganttBar)/2, max(bw, 2), ganttBar)
		if w.Late > 0 {
			f("<rect class=\"latehatch\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\"/>", bx, y+(ganttRow-ganttBar)/2, max(bw, 2), ganttBar)
		}
		tx, anchor := barLabel(bx, max(bw, 2), note)
		f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" class=\"barlabel\">%s</text></g>\n", tx, y+ganttRow/2+4, anchor, esc(note))
	}
	if n := r.Headline.Blocked; n > 0 {
		y := top + (len(r.Waves)+1)*ganttRow
		bx := x(r.Waves[len(r.Waves)-1].Date.AddDays(span))
		bw := float64(span) * perDay
		note := english.Plural(n, "action", "actions") + " blocked, never planned"
		f("<g class=\"blockedrow\"><title>%s</title>", esc(note))
		f("<text x=\"4\" y=\"%d\" class=\"rowlabel\">Blocked</text>", y+ganttRow/2+4)
		f("<rect class=\"bar blocked\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\"/>", bx, y+(ganttRow-ganttBar)/2, bw, ganttBar)
		tx, anchor := barLabel(bx, bw, note)
		f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" class=\"barlabel\">%s</text></g>\n", tx, y+ganttRow/2+4, anchor, esc(note))
	}
	f("</g>\n")

	// Markers: a line through the rows, a shape at the top, a label above.
	f("<g class=\"markers\">\n")
	for _, p := range labels {
		mx := x(p.m.Date)
		ly := 8 + p.lane*ganttLane + 10
		f("<g class=\"marker %s\"><title>%s: %s</title>", p.m.Kind, day(p.m.Date), esc(clean(p.m.Label)))
		f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", mx, ly+2, mx, top+plotH)
		if p.m.Kind == "contract" {
			f("<path d=\"M%.1f %d l5 5 l-5 5 l-5 -5 z\"/>", mx, top-5)
		} else {
			f("<circle cx=\"%.1f\" cy=\"%d\" r=\"4\"/>", mx, top)
		}
		f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text></g>\n", mx, ly, p.anchor, esc(markerText(p.m)))
	}
	f("</g>\n</svg>\n")
	return b.String()
}

// barLabel places the label of a bar from bx, bw wide: after its end, or
// before its start (anchored at its end) when it would run off the chart.
func barLabel(bx, bw float64, note string) (float64, string) {
	if tx := bx + bw + 4; tx+float64(len(note))*charWidth <= ganttWidth {
		return tx, "start"
	}
	return bx - 4, "end"
}

// maxMarkers is how many markers a timeline draws at most, so that their
// labels stay readable on an estate with support ending on many dates:
// contract ends first, then the support dates that end on the most assets
// (the text under the chart lists every date).
const maxMarkers = 12

// chartMarkers are the markers in the timeline's window that the chart
// draws (at most maxMarkers), by date.
func (r *Report) chartMarkers() []Marker {
	from, to := r.window()
	var in []Marker
	for _, m := range r.Timeline.Markers {
		if m.Date >= from && m.Date <= to {
			in = append(in, m)
		}
	}
	if len(in) <= maxMarkers {
		return in
	}
	order := make([]int, len(in))
	for i := range order {
		order[i] = i
	}
	rank := func(m Marker) int {
		if m.Kind == "contract" {
			return 1 << 30
		}
		return m.Assets
	}
	sort.SliceStable(order, func(a, b int) bool { return rank(in[order[a]]) > rank(in[order[b]]) })
	keep := make([]bool, len(in))
	for _, i := range order[:maxMarkers] {
		keep[i] = true
	}
	var out []Marker
	for i, m := range in {
		if keep[i] {
			out = append(out, m)
		}
	}
	return out
}

// markerText is a marker's label on the chart: "contract ends: NAME, 31 Mar
// 2027" or "support ends on 3 assets, 31 Jul 2026".
func markerText(m Marker) string { return markerLabel(m) + ", " + day(m.Date) }

// markerLabel says what ends at a marker: "contract ends: NAME", "support
// ends on 3 assets".
func markerLabel(m Marker) string {
	if m.Kind == "contract" {
		return "contract ends: " + clean(m.Label)
	}
	return clean(m.Label)
}

// ganttDesc says in words what the timeline shows, for screen readers;
// marks are the markers it draws (chartMarkers).
func (r *Report) ganttDesc(marks []Marker) string {
	var parts []string
	for _, w := range r.Waves {
		s := fmt.Sprintf("wave %d on %s, %s", w.Number, day(w.Date), english.Plural(w.Actions, "action", "actions"))
		if w.Late > 0 {
			s += fmt.Sprintf(" (%d late)", w.Late)
		}
		parts = append(parts, s)
	}
	var b strings.Builder
	b.WriteString("Waves: " + strings.Join(parts, "; ") + ".")
	if n := r.Headline.Blocked; n > 0 {
		b.WriteString(" " + english.Plural(n, "action is", "actions are") + " blocked and never planned.")
	}
	for _, fr := range r.Timeline.Freezes {
		b.WriteString(" Change freeze " + clean(fr.ID) + " from " + day(fr.From) + " to " + day(fr.To) + ".")
	}
	for _, m := range marks {
		b.WriteString(" " + markerText(m) + ".")
	}
	return b.String()
}

// monthTicks lists the first day of every month after from up to to.
func monthTicks(from, to inventory.Date) []inventory.Date {
	t := from.Time()
	m := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
	var out []inventory.Date
	for d := inventory.DateFromTime(m); d <= to; d = inventory.DateFromTime(m) {
		out = append(out, d)
		m = m.AddDate(0, 1, 0)
	}
	return out
}

// esc escapes text for HTML and SVG.
func esc(s string) string { return html.EscapeString(s) }
