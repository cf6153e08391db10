package report

import (
	"bufio"
	"io"
	"strings"

	"github.com/decomhq/decom/internal/english"
)

// HTML writes r as one self-contained HTML page: inline CSS and SVG, no
// script, nothing fetched, so it opens from disk and prints to PDF (each
// section on a new page). The timeline is an SVG Gantt chart drawn here;
// the estate and plan diagrams are r.Diagrams, or a note saying how to
// include them. Marks are always in words as well as colour.
func HTML(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	title := "Decommissioning report: " + clean(r.Estate)
	bw.WriteString("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	bw.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	bw.WriteString("<meta name=\"generator\" content=\"decom\">\n")
	bw.WriteString("<title>" + esc(title) + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n")
	bw.WriteString("<header>\n<p class=\"kicker\">Decommissioning report</p>\n<h1>" + esc(clean(r.Estate)) + "</h1>\n")
	bw.WriteString("<p class=\"lede\">" + htmlPhrase(r.headlinePhrase()) + "</p>\n")
	bw.WriteString(r.figures())
	bw.WriteString("</header>\n")
	doc := r.document()
	bw.WriteString("<nav aria-label=\"Contents\">\n<h2 class=\"visually-hidden\">Contents</h2>\n<ol>\n")
	for _, s := range doc {
		bw.WriteString("<li><a href=\"#" + s.id + "\">" + esc(s.title) + "</a></li>\n")
	}
	bw.WriteString("</ol>\n</nav>\n<main>\n")
	for _, s := range doc {
		bw.WriteString("<section id=\"" + s.id + "\" aria-labelledby=\"" + s.id + "-h\">\n<h2 id=\"" + s.id + "-h\">" + esc(s.title) + "</h2>\n")
		for _, b := range s.blocks {
			htmlBlock(bw, r, b)
		}
		bw.WriteString("</section>\n")
	}
	bw.WriteString("</main>\n<footer>\n<p>Written by decom from the inventory as of " + day(r.AsOf) +
		". Addresses in <code>code</code> name the blocks in the inventory files.</p>\n</footer>\n</body>\n</html>\n")
	return bw.Flush()
}

// figures are the headline's numbers as a row of labelled figures, each
// with a word for its state (on time, late, blocked) beside its colour.
func (r *Report) figures() string {
	h := r.Headline
	type fig struct{ label, value, note, class string }
	var figs []fig
	if !h.Finish.IsZero() {
		figs = append(figs, fig{"Exit", day(h.Finish), "last wave", ""})
	}
	if h.Contract != "" && !h.Finish.IsZero() {
		c := fig{"Deciding contract ends", day(h.Ends), spare(h.DaysToSpare) + " the exit", "ok"}
		switch {
		case h.Verdict == Blocked:
			c.note, c.class = "blocked: cannot lapse", "bad"
		case h.DaysToSpare < 0:
			c.note, c.class = "late: "+days(-h.DaysToSpare)+" before the exit", "bad"
		default:
			c.note = "met: " + days(h.DaysToSpare) + " to spare"
		}
		figs = append(figs, c)
	}
	b := fig{"Breaches", itoa(h.Breaches), "on time", "ok"}
	if h.Breaches > 0 {
		b.note, b.class = english.Plural(h.Breaches, "action late", "actions late"), "bad"
	}
	k := fig{"Blocked", itoa(h.Blocked), "nothing blocked", "ok"}
	if h.Blocked > 0 {
		k.note, k.class = "never planned", "bad"
	}
	figs = append(figs, b, k, fig{"Annual saving", r.money(h.Annual), "a year once done", ""})
	var s strings.Builder
	s.WriteString("<dl class=\"figures\">\n")
	for _, f := range figs {
		s.WriteString("<div class=\"figure " + f.class + "\"><dt>" + esc(f.label) + "</dt><dd><span class=\"value\">" + esc(f.value) +
			"</span> <span class=\"note\">" + esc(f.note) + "</span></dd></div>\n")
	}
	s.WriteString("</dl>\n")
	return s.String()
}

func htmlBlock(w *bufio.Writer, r *Report, b block) {
	switch b := b.(type) {
	case phrase:
		w.WriteString("<p>" + htmlPhrase(b) + "</p>\n")
	case list:
		w.WriteString("<ul>\n")
		for _, p := range b {
			w.WriteString("<li>" + htmlPhrase(p) + "</li>\n")
		}
		w.WriteString("</ul>\n")
	case subheading:
		w.WriteString("<h3>" + esc(string(b)) + "</h3>\n")
	case *table:
		htmlTable(w, b)
	case timelinePlace:
		if len(r.Waves) == 0 {
			w.WriteString("<p>No waves to draw.</p>\n")
			return
		}
		w.WriteString("<figure class=\"timeline\">\n<div class=\"chart\" role=\"region\" tabindex=\"0\" aria-label=\"Timeline chart\">\n" + r.svgGantt() + "</div>\n")
		w.WriteString("<figcaption>Each bar is a wave, from its date to the next. Hatched bars hold late actions; the blocked row is work that can never be planned. Shaded bands are change freezes; solid lines with a diamond are contract ends, dashed lines with a circle support ends.</figcaption>\n</figure>\n")
	case diagramsPlace:
		if len(r.Diagrams) == 0 && r.NoDiagrams != "" {
			w.WriteString("<p class=\"note\">The estate and plan diagrams are not included: " + esc(clean(r.NoDiagrams)) +
				". Draw them with <code>decom graph DIR | dot -Tsvg &gt; estate.svg</code> and <code>decom graph --view plan DIR | dot -Tsvg &gt; plan.svg</code>.</p>\n")
			return
		}
		if len(r.Diagrams) == 0 {
			w.WriteString("<p class=\"note\">Graphviz (<code>dot</code>) was not found when this report was written, so the estate and plan diagrams are not included. Install it (for example <code>apt-get install graphviz</code> or <code>brew install graphviz</code>) and run <code>decom report -o html</code> again, or draw them with <code>decom graph DIR | dot -Tsvg &gt; estate.svg</code> and <code>decom graph --view plan DIR | dot -Tsvg &gt; plan.svg</code>.</p>\n")
			return
		}
		for _, d := range r.Diagrams {
			w.WriteString("<figure class=\"diagram\" id=\"diagram-" + esc(d.ID) + "\">\n<div class=\"chart\" role=\"img\" aria-label=\"" + esc(d.Title) + "\">\n")
			w.WriteString(d.SVG)
			w.WriteString("\n</div>\n<figcaption>" + esc(d.Title) + "</figcaption>\n</figure>\n")
		}
	}
}

// htmlPhrase writes a phrase with its addresses as code and emphasis as
// strong, every piece escaped.
func htmlPhrase(p phrase) string {
	var b strings.Builder
	for _, s := range p {
		switch {
		case s.code:
			b.WriteString("<code>" + esc(clean(s.text)) + "</code>")
		case s.alarm:
			b.WriteString("<strong class=\"alarm\">" + esc(s.text) + "</strong>")
		case s.strong:
			b.WriteString("<strong>" + esc(s.text) + "</strong>")
		default:
			b.WriteString(esc(s.text))
		}
	}
	return b.String()
}

func htmlTable(w *bufio.Writer, t *table) {
	w.WriteString("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"" + esc(t.caption) + "\">\n<table>\n<caption>" + esc(t.caption) + "</caption>\n<thead><tr>")
	class := func(i int) string {
		switch t.col(i) {
		case 'r':
			return " class=\"num\""
		case 'd':
			return " class=\"date\""
		}
		return ""
	}
	for i, h := range t.head {
		w.WriteString("<th scope=\"col\"" + class(i) + ">" + esc(h) + "</th>")
	}
	w.WriteString("</tr></thead>\n<tbody>\n")
	for ri, row := range t.rows {
		if m := t.marks[ri]; m != "" {
			w.WriteString("<tr class=\"" + m + "\">")
		} else {
			w.WriteString("<tr>")
		}
		for i, c := range row {
			tag := "td"
			if i == 0 {
				tag = "th scope=\"row\""
			}
			tag += class(i)
			w.WriteString("<" + tag + ">" + htmlPhrase(c) + "</" + strings.Fields(tag)[0] + ">")
		}
		w.WriteString("</tr>\n")
	}
	w.WriteString("</tbody>\n</table>\n</div>\n")
}

// css styles the page on screen and in print: readable in a narrow
// window (tables scroll sideways in their own box, the charts scale), and
// on paper the headline and "At a glance" share the first page and every
// later section starts a new one.
const css = `:root { --ink: #1b1f23; --muted: #57606a; --line: #d0d7de; --accent: #0b4f8a; --bad: #a40e26; --bad-bg: #ffebe9; --ok: #1a7f37; --warn: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 1rem; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); }
h1 { margin: .2rem 0 .6rem; font-size: 1.8rem; line-height: 1.2; }
h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; font-size: 1.35rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
.lede { font-size: 1.15rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .6rem; margin: 1rem 0 0; }
.figure { border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: 4px; padding: .5rem .7rem; }
.figure.ok { border-left-color: var(--ok); }
.figure.bad { border-left-color: var(--bad); background: var(--bad-bg); }
.figure dt { font-size: .8rem; color: var(--muted); }
.figure dd { margin: 0; }
.figure .value { display: block; font-size: 1.3rem; font-weight: 700; }
.figure .note { font-size: .85rem; }
nav ol { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; padding: 0; list-style: none; font-size: .9rem; }
a { color: var(--accent); }
code { font: .85em/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 0 .2em; border-radius: 3px; overflow-wrap: break-word; }
.table-wrap { overflow-x: auto; margin: .8rem 0; }
.table-wrap:focus { outline: 2px solid var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; color: var(--muted); }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
td.date, th.date { white-space: nowrap; }
tbody th { font-weight: 400; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.late > * { background: var(--bad-bg); }
tr.late > :first-child, tr.blocked > :first-child { border-left: 4px solid var(--bad); }
tr.blocked > * { background: #f6f0ff; }
strong.alarm { color: var(--bad); }
.note { color: var(--muted); }
figure { margin: 1rem 0; }
.chart { overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
.chart svg.gantt { min-width: 40rem; }
figcaption { font-size: .85rem; color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 2rem; border-top: 1px solid var(--line); font-size: .8rem; color: var(--muted); }
.gantt { font: 11px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.gantt .rowlabel { fill: var(--ink); }
.gantt .bar { fill: var(--accent); }
.gantt .bar.late { fill: var(--bad); }
.gantt .latehatch { fill: url(#hatch); }
.gantt .bar.blocked { fill: url(#hatch-blocked); stroke: var(--bad); stroke-width: 1.5; stroke-dasharray: 3 2; }
.gantt .hatch-blocked { stroke: var(--bad); stroke-width: 1.5; }
.gantt .hatch-bg { fill: transparent; }
.gantt .hatch-line { stroke: #fff; stroke-width: 2; }
.gantt .bar.blocked + text, .gantt .blockedrow text { fill: var(--bad); font-weight: 600; }
.gantt .barlabel { fill: var(--ink); }
.gantt .freeze { fill: #d8dee4; opacity: .6; }
.gantt .freezelabel { fill: var(--muted); font-style: italic; }
.gantt .grid { stroke: var(--line); stroke-width: .5; }
.gantt .axisline { stroke: var(--ink); }
.gantt .tick { fill: var(--muted); }
.gantt .marker line { stroke-width: 1.5; }
.gantt .marker.contract line { stroke: var(--ink); }
.gantt .marker.contract path { fill: var(--ink); }
.gantt .marker.support line { stroke: var(--warn); stroke-dasharray: 4 3; }
.gantt .marker.support circle { fill: #fff; stroke: var(--warn); stroke-width: 1.5; }
.gantt .marker text { fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
@media (max-width: 40rem) { body { padding: .6rem; font-size: 15px; } h1 { font-size: 1.4rem; } th, td { padding: .25rem .35rem; } }
@media print {
  @page { size: A4; margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  section + section { break-before: page; }
  h2, h3, caption { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  .table-wrap, .chart { overflow: visible; }
  .chart svg.gantt { min-width: 0; }
  a { color: inherit; text-decoration: none; }
  tr.late > *, tr.blocked > *, .figure.bad { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
