package report

import (
	"strconv"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/render/printable"
)

// The Markdown and HTML reports say the same things: both render one
// document built here (sections of paragraphs, lists and tables whose text
// is spans of plain words, addresses and emphasis), so that only the markup
// differs between them.

// span is a run of text: plain, an address (code), emphasised (strong),
// or a warning (alarm: late, blocked), which the HTML also colours.
type span struct {
	text   string
	code   bool
	strong bool
	alarm  bool
}

// phrase is a line of spans.
type phrase []span

// words is a phrase of plain text.
func words(s string) phrase { return phrase{{text: s}} }

// plus appends spans and phrases (and plain strings) to p.
func (p phrase) plus(parts ...any) phrase {
	for _, x := range parts {
		switch x := x.(type) {
		case string:
			p = append(p, span{text: x})
		case span:
			p = append(p, x)
		case phrase:
			p = append(p, x...)
		}
	}
	return p
}

// code is an address as a span.
func code(addr string) span { return span{text: addr, code: true} }

// codes is addresses as code spans, joined by sep.
func codes(addrs []string, sep string) phrase {
	p := phrase{}
	for i, a := range addrs {
		if i > 0 {
			p = p.plus(sep)
		}
		p = p.plus(code(a))
	}
	return p
}

// strong is emphasised text.
func strong(s string) span { return span{text: s, strong: true} }

// alarm is a warning: emphasised, and coloured in HTML.
func alarm(s string) span { return span{text: s, strong: true, alarm: true} }

// named is an asset for people: its name with its address in brackets,
// or the address alone when it has no name.
func named(name, addr string) phrase {
	if addr == "" {
		return words("—")
	}
	if name == "" {
		return phrase{code(addr)}
	}
	return phrase{{text: name + " ("}, code(addr), {text: ")"}}
}

// label is named as one plain string: "Name (addr)" or "addr".
func label(name, addr string) string {
	if name == "" {
		return addr
	}
	return name + " (" + addr + ")"
}

// block is one item of a section: a phrase (a paragraph), a list, a
// table, a subheading, or a place for a picture.
type block any

// list is a bulleted list.
type list []phrase

// subheading is a heading inside a section.
type subheading string

// table is a table with a caption. cols has a letter per column: r for
// numbers (aligned right), d for dates and waves (kept on one line), l
// for text.
type table struct {
	caption string
	head    []string
	cols    string
	rows    [][]phrase
	// marks gives a row a class ("late", "blocked") the HTML styles; the
	// cells say the same in words.
	marks []string
}

// row appends a row of cells, each a phrase, a span or a string.
func (t *table) row(mark string, cells ...any) {
	r := make([]phrase, len(cells))
	for i, c := range cells {
		r[i] = phrase{}.plus(c)
	}
	t.rows = append(t.rows, r)
	t.marks = append(t.marks, mark)
}

// timelinePlace is where the timeline goes: SVG in HTML, a Mermaid gantt
// in Markdown.
type timelinePlace struct{}

// diagramsPlace is where the estate and plan diagrams go (HTML only).
type diagramsPlace struct{}

// section is a titled part of the report.
type section struct {
	id, title string
	blocks    []block
}

// day writes a date for people: "2 Mar 2027"; a dash for none.
func day(d inventory.Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.Time().Format("2 Jan 2006")
}

// days is "1 day" or "29 days".
func days(n int) string { return english.Plural(n, "day", "days") }

func itoa(n int) string { return strconv.Itoa(n) }

// grouped writes a count with thousands separators.
func grouped(n int) string {
	if n < 0 {
		return "-" + thousands(strconv.Itoa(-n))
	}
	return thousands(strconv.Itoa(n))
}

// number prints a quantity with at most two decimals and no trailing zeros.
func number(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	return strings.TrimRight(strings.TrimRight(s, "0"), ".")
}

// clean makes text from the inventory safe to show (printable.Line).
func clean(s string) string { return printable.Line(s) }

// col is the kind of column i: 'l', 'r' or 'd' (see table).
func (t *table) col(i int) byte {
	if i < len(t.cols) {
		return t.cols[i]
	}
	return 'l'
}
