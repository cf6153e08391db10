// Package markdown escapes text for Markdown tables and headings, shared by
// the plan's Markdown output and the board report so both escape alike.
package markdown

import (
	"strings"

	"github.com/decomhq/decom/render/printable"
)

// special are the characters escaped with a backslash in Markdown text:
// those that start emphasis, strikethrough, code, links or HTML, end a
// table cell, or escape. An ampersand is escaped only where it could start
// an entity ("&amp;", "&#38;").
const special = "\\`*_[]<>|~"

// Escape makes s safe as literal text in a Markdown table cell or
// heading: special characters get a backslash, line breaks become spaces,
// and control and format characters U+FFFD (printable.Line), so that the
// Markdown is as safe printed in a terminal as rendered.
func Escape(s string) string {
	s = printable.Line(s)
	var b strings.Builder
	for i, r := range s {
		switch {
		case strings.ContainsRune(special, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '&' && i+1 < len(s) && (isLetter(s[i+1]) || s[i+1] == '#'):
			b.WriteString("\\&")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// Code writes s as a code span. Addresses are identifiers, but a pipe or
// backtick would still break the table, so those fall back to Escape.
func Code(s string) string {
	if strings.ContainsAny(s, "`|") || printable.Line(s) != s {
		return Escape(s)
	}
	return "`" + s + "`"
}
