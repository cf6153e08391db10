package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/decomhq/decom/internal/english"

	"github.com/decomhq/decom/render/markdown"
)

// Markdown writes r as a Markdown document for a wiki or a pull request:
// the same sections as the HTML report, with the timeline as a Mermaid
// gantt block (GitHub draws it) and, in place of the diagrams, the
// commands that draw them.
func Markdown(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Decommissioning report: %s\n\n%s\n", markdown.Escape(clean(r.Estate)), mdPhrase(r.headlinePhrase()))
	for _, s := range r.document() {
		fmt.Fprintf(bw, "\n## %s\n", s.title)
		for _, b := range s.blocks {
			bw.WriteString("\n")
			mdBlock(bw, r, b)
		}
	}
	return bw.Flush()
}

// mdBlock writes one block followed by a line break.
func mdBlock(w *bufio.Writer, r *Report, b block) {
	switch b := b.(type) {
	case phrase:
		w.WriteString(mdPhrase(b) + "\n")
	case list:
		for _, p := range b {
			w.WriteString("- " + mdPhrase(p) + "\n")
		}
	case subheading:
		w.WriteString("### " + markdown.Escape(string(b)) + "\n")
	case *table:
		mdTable(w, b)
	case timelinePlace:
		w.WriteString(r.gantt())
	case diagramsPlace:
		w.WriteString("Draw the estate with `decom graph DIR | dot -Tsvg > estate.svg` and the plan with `decom graph --view plan DIR | dot -Tsvg > plan.svg`; the HTML report (`decom report -o html`) includes both when Graphviz is installed.\n")
	}
}

// mdPhrase writes a phrase with its addresses as code and emphasis in bold.
func mdPhrase(p phrase) string {
	var b strings.Builder
	for _, s := range p {
		switch {
		case s.code:
			b.WriteString(markdown.Code(s.text))
		case s.strong:
			b.WriteString("**" + markdown.Escape(s.text) + "**")
		default:
			b.WriteString(markdown.Escape(s.text))
		}
	}
	return b.String()
}

func mdTable(w *bufio.Writer, t *table) {
	w.WriteString("*" + markdown.Escape(t.caption) + "*\n\n")
	w.WriteString("| " + strings.Join(t.head, " | ") + " |\n|")
	for i := range t.head {
		if t.col(i) == 'r' {
			w.WriteString(" ---: |")
		} else {
			w.WriteString(" --- |")
		}
	}
	w.WriteString("\n")
	for _, row := range t.rows {
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = mdPhrase(c)
		}
		w.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
}

// gantt is the timeline as a Mermaid gantt block: a bar per wave (marked
// crit when it has late actions), the freezes, and milestones for the
// contract and support ends in the timeline's window.
func (r *Report) gantt() string {
	if len(r.Waves) == 0 {
		return "No waves to draw.\n"
	}
	var b strings.Builder
	b.WriteString("```mermaid\ngantt\n    title Exit timeline\n    dateFormat YYYY-MM-DD\n    axisFormat %d %b %Y\n    todayMarker off\n    section Waves\n")
	span := max(r.Timeline.WaveDays, 1)
	for _, w := range r.Waves {
		tags := ""
		text := fmt.Sprintf("Wave %d - %s", w.Number, english.Plural(w.Actions, "action", "actions"))
		if w.Late > 0 {
			tags = "crit, "
			text += fmt.Sprintf(", %d late", w.Late)
		}
		fmt.Fprintf(&b, "    %s :%sw%d, %s, %dd\n", text, tags, w.Number, w.Date, span)
	}
	if len(r.Timeline.Freezes) > 0 {
		b.WriteString("    section Freezes\n")
		for i, f := range r.Timeline.Freezes {
			fmt.Fprintf(&b, "    Freeze %s :done, f%d, %s, %dd\n", mermaidText(f.ID), i+1, f.From, int(f.To-f.From)+1)
		}
	}
	if marks := r.chartMarkers(); len(marks) > 0 {
		b.WriteString("    section Ends\n")
		for i, m := range marks {
			fmt.Fprintf(&b, "    %s :milestone, m%d, %s, 0d\n", mermaidText(markerText(m)), i+1, m.Date)
		}
	}
	if n := r.Headline.Blocked; n > 0 {
		fmt.Fprintf(&b, "    section Blocked\n    %s never planned :crit, active, b1, %s, %dd\n", english.Plural(n, "action", "actions"), r.Waves[len(r.Waves)-1].Date.AddDays(span), span)
	}
	b.WriteString("```\n")
	return b.String()
}

// mermaidText keeps the characters a gantt task name may hold: letters,
// digits, spaces and plain punctuation; a colon, semicolon or hash would
// end the name, and markup is not wanted.
func mermaidText(s string) string {
	s = strings.ReplaceAll(clean(s), "&", "and")
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c > 127 && c != '\u00a0':
			b.WriteRune(c)
		case strings.ContainsRune(" ()-,.'/_+", c):
			b.WriteRune(c)
		default:
			b.WriteRune(' ')
		}
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	if out == "" {
		return "unnamed"
	}
	return out
}
