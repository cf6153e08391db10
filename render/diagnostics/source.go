package diagnostics

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/decomhq/decom/inventory/limits"
	"github.com/hashicorp/hcl/v2"
)

// sources indexes the lines of each source file once, so that rendering
// many diagnostics of a large file stays linear.
type sources struct {
	bytes map[string][]byte
	lines map[string][]int // byte offset of the start of each line
}

func newSources(b map[string][]byte) *sources {
	return &sources{bytes: b, lines: make(map[string][]int)}
}

// line returns the text of line n (1-based) of file without its line
// ending, and the byte offset where it starts. ok is false when the file
// or the line is unknown.
func (s *sources) line(file string, n int) (text []byte, start int, ok bool) {
	src, found := s.bytes[file]
	if !found || n < 1 || len(src) == 0 {
		return nil, 0, false
	}
	starts, indexed := s.lines[file]
	if !indexed {
		starts = []int{0}
		for i, c := range src {
			if c == '\n' {
				starts = append(starts, i+1)
			}
		}
		s.lines[file] = starts
	}
	if n > len(starts) {
		return nil, 0, false
	}
	start = starts[n-1]
	end := len(src)
	if n < len(starts) {
		end = starts[n] - 1
	}
	if n == 1 { // a BOM is not part of the first line's text
		start += limits.BOMLen(src)
	}
	text = bytes.TrimSuffix(src[start:max(end, start)], []byte("\r"))
	return text, start, true
}

// offsetIn returns the byte offset, within text (line n of the file, which
// starts at byte lineStart), of position p: from p.Byte when it falls on
// this line, else from p.Column counted in characters. The result is
// clamped to the line.
func offsetIn(text []byte, lineStart int, p hcl.Pos) int {
	if p.Line > 0 && p.Byte >= lineStart && p.Byte <= lineStart+len(text) {
		off := p.Byte - lineStart
		for off > 0 && off < len(text) && !utf8.RuneStart(text[off]) {
			off--
		}
		return off
	}
	off, col := 0, 1
	for off < len(text) && col < p.Column {
		_, size := utf8.DecodeRune(text[off:])
		off += size
		col++
	}
	return off
}

// utf16Column is the 1-based column of p counted in UTF-16 code units, as
// SARIF counts them by default, when the source is known; else HCL's own
// column.
func (s *sources) utf16Column(file string, p hcl.Pos) int {
	text, start, ok := s.line(file, p.Line)
	if !ok {
		return max(p.Column, 1)
	}
	off := offsetIn(text, start, p)
	n := 0
	for _, r := range string(text[:off]) { // bytes that are not UTF-8 count as U+FFFD
		n += utf16.RuneLen(r)
	}
	return n + 1
}

// runes counts the characters of text as printable shows them.
func runes(text []byte) int { return utf8.RuneCount(text) }

// padding returns blanks as wide as text, keeping its tabs, so that a
// marker printed after it lines up with the character that follows text.
func padding(text []byte) []byte {
	out := make([]byte, 0, len(text))
	for _, r := range string(text) {
		if r == '\t' {
			out = append(out, '\t')
		} else {
			out = append(out, ' ')
		}
	}
	return out
}
