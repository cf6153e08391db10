// Package markdown escapes text for Markdown tables and headings, shared by
// the plan's Markdown output and the board report so both escape alike.
package markdown

import "strings"

// special are the characters escaped with a backslash in Markdown text:
// those that start emphasis, strikethrough, code, links or HTML, end a
// table cell, or escape. An ampersand is escaped only where it could start
// an entity ("&amp;", "&#38;").
const special = "\\`*_[]<>|~"

// Escape makes s safe as literal text in a Markdown table cell or
// heading: special characters get a backslash and line breaks become
// spaces.
func Escape(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte(' ')
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
	if strings.ContainsAny(s, "`|\n\r") {
		return Escape(s)
	}
	return "`" + s + "`"
}
