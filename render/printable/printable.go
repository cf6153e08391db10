// Package printable makes text from an inventory safe to show to people.
// Names, owners and notes are free text: an estate name holding ESC could
// recolour or clear a terminal, OSC could set its title or hide a link, BEL
// ring it, and a BiDi override such as U+202E make "exe.txt" read as
// "txt.exe". Every human output (the text and Markdown of plans, reports
// and diffs, diagnostics and their snippets, DOT and Mermaid labels) passes
// its text through Rune or String; machine outputs (JSON, SARIF, CSV) keep
// the data exact and leave escaping to their encoders.
package printable

import (
	"unicode"
	"unicode/utf8"
)

// Rune returns r as it may be shown: r itself when it is printable, a tab
// or a space; a plain space for any other space separator (a no-break
// space); and U+FFFD for everything that could drive a terminal or reorder
// text: C0 and C1 control characters (ESC, BEL, CR, LF ...), DEL, format
// characters (BiDi embeddings, overrides and isolates, zero-width
// characters, a byte order mark), unassigned and private-use code points,
// and utf8.RuneError itself. Callers that give a newline or a tab a
// meaning of their own handle it before calling Rune.
func Rune(r rune) rune {
	switch {
	case r == '\t' || r == ' ':
		return r
	case r == utf8.RuneError:
		return utf8.RuneError
	case unicode.IsSpace(r) && !unicode.IsControl(r):
		return ' '
	case unicode.IsPrint(r):
		return r
	}
	return utf8.RuneError
}

// String returns s with Rune applied to every character; each byte that is
// not UTF-8 becomes one U+FFFD, so the text keeps its width.
func String(s string) string {
	clean := true
	for _, r := range s {
		if Rune(r) != r || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = append(out, Rune(r))
	}
	return string(out)
}

// Line is String for one line of output: a line break (LF, CR, or the
// Unicode line and paragraph separators) becomes a space, so that text
// cannot start a line of its own.
func Line(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			r = ' '
		}
		out = append(out, Rune(r))
	}
	return string(out)
}

// Text is String for text of several lines: newlines are kept, and a CR
// before one is dropped.
func Text(s string) string {
	out := make([]rune, 0, len(s))
	for i, r := range s {
		switch {
		case r == '\n':
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
			continue
		default:
			r = Rune(r)
		}
		out = append(out, r)
	}
	return string(out)
}
