package limits

import (
	"bytes"

	"github.com/hashicorp/hcl/v2"
)

// Levels of nesting, as the parser sees them.
const (
	levelTop = iota
	levelBrace
	levelBrack
	levelParen
	levelSeq     // ${ ... } or %{ ... }
	levelQuote   // "..."
	levelHeredoc // <<EOT ... EOT
	levelControl // %{if} ... %{endif}, %{for} ... %{endfor}
)

// level is one open level of nesting.
type level struct {
	kind uint8
	// lines is set where a newline ends an expression: the top level and
	// braces (block bodies and objects, but not an object's for
	// expression). Inside brackets and parentheses newlines are layout.
	lines bool
	// ops counts the operators since the current expression began that
	// make the parser recurse: unary - and !, and ? (a chain of
	// conditionals nests to the right).
	ops int
}

// Lexer modes: how the bytes are read. They follow HCL's lexer, which
// switches between code and template text by counting braces alone, so
// they are tracked apart from the levels.
const (
	modeCode = iota
	modeString
	modeHeredoc
)

// mode is one lexer mode on the lexer's stack.
type mode struct {
	kind uint8
	// seq is set for code inside a template sequence, which ends at the
	// } that balances it; braces counts the braces open inside it.
	seq    bool
	braces int
	// marker and startOfLine track a heredoc: it ends at a line that
	// holds only its marker.
	marker      []byte
	startOfLine bool
}

// nativeScanner estimates, from the bytes of native syntax, how deeply
// HCL's parser would recurse, reading code, quoted strings, heredocs and
// comments as HCL's lexer does, without allocating tokens.
type nativeScanner struct {
	src    []byte
	modes  []mode
	levels []level
	depth  int // levels open (the top level aside) plus every level's ops
	// operand is set when the last significant token can end an operand,
	// so that a - after it is binary rather than unary.
	operand bool
}

// nativeNesting returns an error at the first byte where the estimate
// passes MaxNesting. The estimate counts one level per open bracket,
// brace, parenthesis, quote, heredoc, template sequence and template
// if/for, plus one per unary operator or ? in the expression being read. A
// closing bracket only closes the opener it matches, so a stray one cannot
// hide depth. A valid inventory stays a few levels deep. With every > 0 it
// also returns the cuts Split describes.
func nativeNesting(filename string, src []byte, every int) ([]int, *hcl.Diagnostic) {
	var cuts []int
	last := 0
	s := &nativeScanner{src: src, modes: []mode{{kind: modeCode}}, levels: []level{{kind: levelTop, lines: true}}}
	for i := BOMLen(src); i < len(src); {
		var next int
		switch s.mode().kind {
		case modeString:
			next = s.stringByte(i)
		case modeHeredoc:
			next = s.heredocByte(i)
		default:
			next = s.codeByte(i)
		}
		if s.depth > MaxNesting {
			return nil, tooDeep(ByteRange(filename, src, i))
		}
		if every > 0 && src[i] == '\n' && len(s.modes) == 1 && len(s.levels) == 1 && next-last >= every && next < len(src) {
			cuts = append(cuts, next)
			last = next
		}
		i = next
	}
	return cuts, nil
}

func (s *nativeScanner) mode() *mode   { return &s.modes[len(s.modes)-1] }
func (s *nativeScanner) level() *level { return &s.levels[len(s.levels)-1] }

func (s *nativeScanner) open(kind uint8, lines bool) {
	s.levels = append(s.levels, level{kind: kind, lines: lines})
	s.depth++
}

// close closes the innermost level when it is of this kind; the top level
// stays.
func (s *nativeScanner) close(kind uint8) {
	if l := s.level(); len(s.levels) > 1 && l.kind == kind {
		s.depth -= 1 + l.ops
		s.levels = s.levels[:len(s.levels)-1]
	}
}

// op counts an operator that makes the parser recurse.
func (s *nativeScanner) op() {
	s.level().ops++
	s.depth++
}

// endExpression forgets the operators of the expression that just ended.
func (s *nativeScanner) endExpression() {
	l := s.level()
	s.depth -= l.ops
	l.ops = 0
}

func (s *nativeScanner) at(i int) byte {
	if i < len(s.src) {
		return s.src[i]
	}
	return 0
}

// codeByte scans the token at src[i] in code and returns where the next
// one starts.
func (s *nativeScanner) codeByte(i int) int {
	src := s.src
	c := src[i]
	switch {
	case c == ' ' || c == '\t' || c == '\r':
		return i + 1
	case c == '\n':
		if s.level().lines {
			s.endExpression()
		}
		return i + 1
	case c == '#' || c == '/' && s.at(i+1) == '/':
		return lineEnd(src, i) // the newline itself ends the line as above
	case c == '/' && s.at(i+1) == '*':
		if j := bytes.Index(src[i+2:], []byte("*/")); j >= 0 {
			return i + 2 + j + 2
		}
		return len(src)
	case c == '"':
		s.modes = append(s.modes, mode{kind: modeString})
		s.open(levelQuote, false)
		s.operand = false
		return i + 1
	case c == '<' && s.at(i+1) == '<':
		if marker, end, ok := heredocStart(src, i); ok {
			s.modes = append(s.modes, mode{kind: modeHeredoc, marker: marker, startOfLine: true})
			s.open(levelHeredoc, false)
			return end
		}
		s.operand = false
		return i + 2
	case c == '{':
		s.mode().braces++
		s.open(levelBrace, !s.forFollows(i+1))
		s.operand = false
		return i + 1
	case c == '}' || c == '~' && s.at(i+1) == '}':
		n := 1
		if c == '~' {
			n = 2
		}
		m := s.mode()
		switch {
		case m.seq && m.braces == 0:
			s.modes = s.modes[:len(s.modes)-1]
			s.close(levelSeq)
		case c == '~':
			m.braces--
			s.close(levelSeq) // HCL's lexer makes every ~} a sequence end
		default:
			m.braces--
			s.close(levelBrace)
		}
		s.operand = true
		return i + n
	case c == '[':
		s.open(levelBrack, false)
		s.operand = false
		return i + 1
	case c == '(':
		s.open(levelParen, false)
		s.operand = false
		return i + 1
	case c == ']':
		s.close(levelBrack)
		s.operand = true
		return i + 1
	case c == ')':
		s.close(levelParen)
		s.operand = true
		return i + 1
	case c == ',':
		s.endExpression()
		s.operand = false
		return i + 1
	case c == '!' && s.at(i+1) == '=':
		s.operand = false
		return i + 2
	case c == '!' || c == '?':
		s.op()
		s.operand = false
		return i + 1
	case c == '-':
		if !s.operand {
			s.op()
		}
		s.operand = false
		return i + 1
	case isDigit(c):
		s.operand = true
		return numberEnd(src, i)
	case isIdentStart(c):
		j := identEnd(src, i)
		s.operand = !isKeyword(src[i:j])
		return j
	}
	s.operand = false
	return i + 1
}

// stringByte scans quoted-string text at src[i]. As in HCL's lexer, a
// newline does not end the string (the parser reports it).
func (s *nativeScanner) stringByte(i int) int {
	switch c := s.src[i]; c {
	case '\\':
		if s.at(i+1) == '\n' || s.at(i+1) == '\r' {
			return i + 1
		}
		return min(i+2, len(s.src))
	case '"':
		s.modes = s.modes[:len(s.modes)-1]
		s.close(levelQuote)
		s.operand = true
		return i + 1
	case '$', '%':
		return s.templateSequence(i)
	}
	return i + 1
}

// heredocByte scans heredoc text at src[i]: a line that holds only the
// marker ends it, and the newline after the marker is code again.
func (s *nativeScanner) heredocByte(i int) int {
	m := s.mode()
	if m.startOfLine {
		end := lineEnd(s.src, i)
		if bytes.Equal(bytes.TrimSpace(s.src[i:end]), m.marker) {
			s.modes = s.modes[:len(s.modes)-1]
			s.close(levelHeredoc)
			s.operand = true
			return end
		}
		m.startOfLine = false
	}
	switch s.src[i] {
	case '\n':
		m.startOfLine = true
	case '$', '%':
		return s.templateSequence(i)
	}
	return i + 1
}

// templateSequence scans a $ or % in template text: "${" and "%{" open a
// sequence of code, "$${" and "%%{" are escapes, anything else is text.
// %{if} and %{for} nest until their %{endif} and %{endfor}.
func (s *nativeScanner) templateSequence(i int) int {
	src, c := s.src, s.src[i]
	if s.at(i+1) == c && s.at(i+2) == '{' {
		return i + 3 // an escape: text
	}
	if s.at(i+1) != '{' {
		return i + 1
	}
	s.mode().startOfLine = false
	if c == '%' {
		j := i + 2
		for j < len(src) && (src[j] == '~' || src[j] == ' ' || src[j] == '\t' || src[j] == '\r' || src[j] == '\n') {
			j++
		}
		switch string(src[j:identEnd(src, j)]) {
		case "if", "for":
			s.open(levelControl, false)
		case "endif", "endfor":
			s.close(levelControl)
		}
	}
	s.modes = append(s.modes, mode{kind: modeCode, seq: true})
	s.open(levelSeq, false)
	s.operand = false
	return i + 2
}

// forFollows reports whether the next token from src[i] on, past spaces,
// newlines and comments, is the keyword for: a brace that opens a for
// expression, inside which newlines are layout.
func (s *nativeScanner) forFollows(i int) bool {
	src := s.src
	for i < len(src) {
		switch c := src[i]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			i++
		case c == '#' || c == '/' && s.at(i+1) == '/':
			i = lineEnd(src, i)
		case c == '/' && s.at(i+1) == '*':
			j := bytes.Index(src[i+2:], []byte("*/"))
			if j < 0 {
				return false
			}
			i += 2 + j + 2
		default:
			return string(src[i:identEnd(src, i)]) == "for"
		}
	}
	return false
}

// heredocStart reads a heredoc introducer <<EOT or <<-EOT and its newline
// at src[i], returning the marker and where the text starts.
func heredocStart(src []byte, i int) (marker []byte, end int, ok bool) {
	j := i + 2
	if j < len(src) && src[j] == '-' {
		j++
	}
	if j >= len(src) || !isIdentStart(src[j]) {
		return nil, 0, false
	}
	k := identEnd(src, j)
	marker = src[j:k]
	if k < len(src) && src[k] == '\r' {
		k++
	}
	if k >= len(src) || src[k] != '\n' {
		return nil, 0, false
	}
	return marker, k + 1, true
}

// lineEnd returns the index of the newline that ends the line holding
// src[i], or len(src).
func lineEnd(src []byte, i int) int {
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(src)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isIdentStart reports whether c can start an identifier: a letter, an
// underscore or any byte of a non-ASCII character (HCL takes Unicode
// letters).
func isIdentStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= 0x80
}

// identEnd returns where the identifier starting at src[i] ends (i when
// there is none). Identifiers hold letters, digits, _ and -.
func identEnd(src []byte, i int) int {
	if i >= len(src) || !isIdentStart(src[i]) {
		return i
	}
	for i < len(src) && (isIdentStart(src[i]) || isDigit(src[i]) || src[i] == '-') {
		i++
	}
	return i
}

// numberEnd returns where the number starting at src[i] ends: digits, a
// fraction and an exponent with its sign.
func numberEnd(src []byte, i int) int {
	for i < len(src) {
		c := src[i]
		switch {
		case isDigit(c) || c == '.':
			i++
		case (c == 'e' || c == 'E') && i+1 < len(src) && (isDigit(src[i+1]) || (src[i+1] == '+' || src[i+1] == '-') && i+2 < len(src) && isDigit(src[i+2])):
			i += 2
		default:
			return i
		}
	}
	return i
}

// isKeyword reports whether an identifier is a keyword after which an
// operand starts (for x in -y, if -z), so that a - there is unary.
func isKeyword(b []byte) bool {
	switch string(b) {
	case "for", "in", "if":
		return true
	}
	return false
}
