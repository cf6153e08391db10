package diagnostics

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/render/printable"
	"github.com/hashicorp/hcl/v2"
)

// ANSI escapes used when Options.Color is set.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
	ansiBlue   = "\x1b[1;34m"
)

// maxSnippetLines is how many lines of a multi-line range are shown in
// full; longer ranges show their first two lines, a gap and their last.
const maxSnippetLines = 4

// Text writes the report for people. Each diagnostic starts with the line
//
//	FILE:LINE:COL: error[CODE]: Summary
//
// (warning[CODE] for warnings; "FILE: " alone when the diagnostic has no
// line, nothing when it has no file), then its detail indented by two
// spaces, then the source line(s) with the range underlined by carets
// beside a gutter of line numbers, then its related places (diag.Related),
// one "  related: FILE:LINE:COL: message" line each, then a blank line. A
// source line longer than 160 bytes is shown as a window of about 120
// around the range, marked "…" where it is cut. At most maxPerFile
// diagnostics of one file are printed; one line per file then says how
// many more there are (the other formats list every one). The summary line
// (Report.Summary), which counts all of them, ends the output unless
// Options.NoSummary is set.
func Text(w io.Writer, in Input) error {
	r, o := in.Report, in.Options
	t := &textWriter{w: bufio.NewWriter(w), src: newSources(r.Sources), color: o.Color}
	shown := map[string]int{}
	var hidden []string // files with diagnostics not shown, in order
	for _, d := range r.Diagnostics {
		f := fileOf(d)
		if shown[f]++; shown[f] > maxPerFile {
			if shown[f] == maxPerFile+1 {
				hidden = append(hidden, f)
			}
			continue
		}
		t.diagnostic(d)
	}
	for _, f := range hidden {
		name := f
		if name == "" {
			name = "(no file)"
		}
		fmt.Fprintf(t.w, "%s: %d more diagnostics not shown; the text format shows the first %d of each file, -o json lists them all.\n\n",
			printable.Line(name), shown[f]-maxPerFile, maxPerFile)
	}
	if !o.NoSummary {
		fmt.Fprintln(t.w, r.Summary())
	}
	return t.w.Flush()
}

type textWriter struct {
	w     *bufio.Writer
	src   *sources
	color bool
}

// paint wraps s in an ANSI style when colour is on.
func (t *textWriter) paint(style, s string) string {
	if !t.color || s == "" {
		return s
	}
	return style + s + ansiReset
}

func (t *textWriter) diagnostic(d *hcl.Diagnostic) {
	style := ansiRed
	if d.Severity != hcl.DiagError {
		style = ansiYellow
	}
	var loc string
	switch {
	case hasPosition(d):
		loc = t.paint(ansiBold, fmt.Sprintf("%s:%d:%d", printable.Line(d.Subject.Filename), d.Subject.Start.Line, d.Subject.Start.Column)) + ": "
	case fileOf(d) != "":
		loc = t.paint(ansiBold, printable.Line(d.Subject.Filename)) + ": "
	}
	fmt.Fprintf(t.w, "%s%s: %s\n",
		loc,
		t.paint(style, severity(d)+"["+diag.Code(d)+"]"),
		t.paint(ansiBold, oneLine(d.Summary)))
	if detail := strings.TrimRight(d.Detail, "\n"); detail != "" {
		for _, l := range strings.Split(detail, "\n") {
			fmt.Fprintf(t.w, "  %s\n", strings.TrimRight(printable.String(l), " \t\r"))
		}
	}
	if hasPosition(d) {
		t.snippet(*d.Subject, style)
	}
	t.related(d)
	fmt.Fprintln(t.w)
}

// related prints a diagnostic's related places, one line each, after a
// blank line: "  related: FILE:LINE:COL: message".
func (t *textWriter) related(d *hcl.Diagnostic) {
	rs := diag.RelatedOf(d)
	if len(rs) == 0 {
		return
	}
	fmt.Fprintln(t.w)
	for _, r := range rs {
		fmt.Fprintf(t.w, "  related: %s%s\n", t.paint(ansiBold, rangeLoc(r.Range)), oneLine(r.Message))
	}
}

// rangeLoc is "FILE:LINE:COL: " for a range with a line, "FILE: " for one
// with only a file and "" for none.
func rangeLoc(r hcl.Range) string {
	switch {
	case r.Filename != "" && r.Start.Line > 0:
		return fmt.Sprintf("%s:%d:%d: ", printable.Line(r.Filename), r.Start.Line, r.Start.Column)
	case r.Filename != "":
		return printable.Line(r.Filename) + ": "
	}
	return ""
}

// snippet prints the lines of rng with the range underlined.
func (t *textWriter) snippet(rng hcl.Range, style string) {
	first, last := rng.Start.Line, rng.End.Line
	if last < first {
		last = first
	}
	// A range that ends at the very start of a line ends on the line before.
	endsAtEOL := false
	if last > first && rng.End.Column <= 1 {
		last--
		endsAtEOL = true
	}
	show := make([]int, 0, maxSnippetLines)
	width := len(strconv.Itoa(last))
	if last-first+1 <= maxSnippetLines {
		for i := range last - first + 1 { // counted, so last near MaxInt cannot wrap
			show = append(show, first+i)
		}
	} else {
		show = append(show, first, first+1, 0, last) // 0 marks the gap
		width = max(width, 3)
	}
	var out bytes.Buffer
	for _, n := range show {
		if n == 0 {
			fmt.Fprintf(&out, "  %s\n", t.paint(ansiBlue, fmt.Sprintf("%*s |", width, "...")))
			continue
		}
		text, start, ok := t.src.line(rng.Filename, n)
		if !ok {
			break
		}
		text = bytes.TrimRight(text, " \t")
		from, to := 0, len(text)
		if n == first {
			from = min(offsetIn(text, start, rng.Start), len(text))
		} else {
			from = len(text) - len(bytes.TrimLeft(text, " \t"))
		}
		if n == last && !endsAtEOL {
			to = min(offsetIn(text, start, rng.End), len(text))
		}
		to = max(to, from)
		// A long line (minified JSON) is shown as a window around the
		// range, so that output stays bounded by the number of
		// diagnostics, not by the length of the lines they are on.
		ws, we := window(text, from, to)
		lead, trail := "", ""
		if ws > 0 {
			lead = "…"
		}
		if we < len(text) {
			trail = "…"
		}
		shown := text[ws:we]
		fmt.Fprintf(&out, "  %s\n", strings.TrimRight(t.paint(ansiBlue, fmt.Sprintf("%*d |", width, n))+" "+lead+printable.String(string(shown))+trail, " "))
		if n != first && len(bytes.TrimSpace(shown)) == 0 {
			continue // nothing on a blank line to underline
		}
		from = max(from, ws)
		carets := max(runes(text[from:min(to, we)]), 1)
		fmt.Fprintf(&out, "  %s %s%s%s\n", t.paint(ansiBlue, fmt.Sprintf("%*s |", width, "")),
			strings.Repeat(" ", len([]rune(lead))), padding(text[ws:from]), t.paint(style, strings.Repeat("^", carets)))
	}
	if out.Len() > 0 {
		fmt.Fprintln(t.w)
		t.w.Write(out.Bytes())
	}
}

// maxPerFile is how many diagnostics of one file the text format prints.
// Past a hundred, more detail buries the fix (2,000 misspelt attributes in
// one file are one mistake made 2,000 times).
const maxPerFile = 100

// Snippet windows: a line longer than maxLineBytes is shown as about
// windowBytes of it, starting windowLead bytes before the range.
const (
	maxLineBytes = 160
	windowBytes  = 120
	windowLead   = 40
)

// window returns the part [ws, we) of a line to show for the range
// [from, to): the whole line when it is short, else a window that starts
// a little before the range, cut at character boundaries. It looks only
// at the bytes it returns, so a diagnostic on a line of megabytes costs
// no more than one on a short line.
func window(text []byte, from, to int) (ws, we int) {
	if len(text) <= maxLineBytes {
		return 0, len(text)
	}
	ws = max(0, from-windowLead)
	we = min(len(text), ws+windowBytes)
	ws = max(0, we-windowBytes)
	for ws > 0 && !utf8.RuneStart(text[ws]) {
		ws--
	}
	for we < len(text) && !utf8.RuneStart(text[we]) {
		we++
	}
	return ws, we
}

// oneLine keeps a summary on its header line.
func oneLine(s string) string {
	return printable.Line(strings.TrimSpace(s))
}
