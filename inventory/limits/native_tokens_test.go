package limits

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// This file holds the test oracle for nativeNesting: the same estimate
// computed from hclsyntax's own tokens. The loader cannot afford to lex
// every file twice (it would allocate 60% more), so it scans bytes; tests
// check the two agree.

// tokLevel is one open bracket (or quote, template sequence, template if/for)
// while scanning native tokens.
type tokLevel struct {
	open hclsyntax.TokenType
	// lines is set where a newline ends an expression: the top tokLevel and
	// braces (block bodies and objects), but not an object's for
	// expression, brackets, parentheses or templates.
	lines bool
	// ops counts the operators since the current expression began that
	// make the parser recurse: unary - and !, and ? (a chain of
	// conditionals nests to the right).
	ops int
}

// tokControl marks a template %{if}/%{for} level, closed by %{endif}/%{endfor}.
const tokControl hclsyntax.TokenType = 'c'

// tokCloses maps each closing token to the opener it closes.
var tokCloses = map[hclsyntax.TokenType]hclsyntax.TokenType{
	hclsyntax.TokenCBrace:         hclsyntax.TokenOBrace,
	hclsyntax.TokenCBrack:         hclsyntax.TokenOBrack,
	hclsyntax.TokenCParen:         hclsyntax.TokenOParen,
	hclsyntax.TokenCQuote:         hclsyntax.TokenOQuote,
	hclsyntax.TokenCHeredoc:       hclsyntax.TokenOHeredoc,
	hclsyntax.TokenTemplateSeqEnd: hclsyntax.TokenTemplateInterp, // or TemplateControl
}

// tokenNesting lexes src (the lexer does not recurse) and estimates, from
// the tokens alone, how deeply the parser would recurse: one tokLevel per
// open bracket, brace, parenthesis, quote, heredoc, template sequence and
// template if/for, plus one per unary operator or ? in the expression
// being read. A closing token only tokCloses the opener it matches, so a
// stray one cannot hide real depth. The estimate is never below the
// parser's nesting, and a valid inventory stays a few levels deep.
func tokenNesting(filename string, src []byte) *hcl.Diagnostic {
	toks, _ := hclsyntax.LexConfig(src, filename, hcl.InitialPos)
	stack := []tokLevel{{lines: true}}
	depth := 0 // len(stack)-1 plus every tokLevel's ops
	prev, prevBytes := hclsyntax.TokenNil, []byte(nil)
	for i := range toks {
		t := &toks[i]
		top := &stack[len(stack)-1]
		switch t.Type {
		case hclsyntax.TokenOBrace:
			stack = append(stack, tokLevel{open: t.Type, lines: !tokNextIsFor(toks, i)})
			depth++
		case hclsyntax.TokenOBrack, hclsyntax.TokenOParen, hclsyntax.TokenOQuote, hclsyntax.TokenOHeredoc, hclsyntax.TokenTemplateInterp:
			stack = append(stack, tokLevel{open: t.Type})
			depth++
		case hclsyntax.TokenTemplateControl:
			switch tokNextIdent(toks, i) {
			case "if", "for":
				stack = append(stack, tokLevel{open: tokControl})
				depth++
			case "endif", "endfor":
				if top.open == tokControl {
					depth -= 1 + top.ops
					stack = stack[:len(stack)-1]
				}
			}
			stack = append(stack, tokLevel{open: hclsyntax.TokenTemplateInterp})
			depth++
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen, hclsyntax.TokenCQuote, hclsyntax.TokenCHeredoc, hclsyntax.TokenTemplateSeqEnd:
			if len(stack) > 1 && top.open == tokCloses[t.Type] {
				depth -= 1 + top.ops
				stack = stack[:len(stack)-1]
			}
		case hclsyntax.TokenComma:
			depth -= top.ops
			top.ops = 0
		case hclsyntax.TokenNewline, hclsyntax.TokenComment:
			// A comment that runs to the end of its line ends it too.
			if t.Type == hclsyntax.TokenComment && !bytes.HasSuffix(t.Bytes, []byte("\n")) {
				break
			}
			if top.lines {
				depth -= top.ops
				top.ops = 0
			}
		case hclsyntax.TokenBang, hclsyntax.TokenQuestion:
			top.ops++
			depth++
		case hclsyntax.TokenMinus:
			if !tokEndsOperand(prev, prevBytes) {
				top.ops++
				depth++
			}
		}
		if depth > MaxNesting {
			return tooDeep(t.Range)
		}
		if t.Type != hclsyntax.TokenNewline && t.Type != hclsyntax.TokenComment {
			prev, prevBytes = t.Type, t.Bytes
		}
	}
	return nil
}

// tokEndsOperand reports whether a token of type t (text b) can end an
// operand, so that a - after it is binary rather than unary.
func tokEndsOperand(t hclsyntax.TokenType, b []byte) bool {
	switch t {
	case hclsyntax.TokenIdent:
		return !isKeyword(b)
	case hclsyntax.TokenNumberLit, hclsyntax.TokenCQuote, hclsyntax.TokenCBrack,
		hclsyntax.TokenCParen, hclsyntax.TokenCBrace, hclsyntax.TokenCHeredoc:
		return true
	}
	return false
}

// tokNextIdent returns the identifier after toks[i], skipping newlines and
// comments, or "".
func tokNextIdent(toks hclsyntax.Tokens, i int) string {
	for j := i + 1; j < len(toks); j++ {
		switch toks[j].Type {
		case hclsyntax.TokenNewline, hclsyntax.TokenComment:
			continue
		case hclsyntax.TokenIdent:
			return string(toks[j].Bytes)
		}
		return ""
	}
	return ""
}

// tokNextIsFor reports whether the brace at toks[i] opens a for expression,
// inside which newlines do not end the expression.
func tokNextIsFor(toks hclsyntax.Tokens, i int) bool { return tokNextIdent(toks, i) == "for" }

// agree fails unless the byte scanner and the token oracle refuse src at
// the same place, or both accept it.
func agree(t *testing.T, src []byte) {
	t.Helper()
	_, got := nativeNesting("f.hcl", src, 0)
	want := tokenNesting("f.hcl", src)
	if at(got) != at(want) {
		t.Errorf("bytes say %s, tokens say %s, for:\n%q", at(got), at(want), src)
	}
}

// FuzzNativeNesting checks the byte scanner the loader uses against the
// same estimate made from hclsyntax's tokens.
func FuzzNativeNesting(f *testing.F) {
	for _, tt := range nativeCases {
		if len(tt.src) < 4096 { // big seeds slow every mutation down
			f.Add(tt.src)
		}
	}
	for _, s := range []string{
		"x = <<EOT\n${[[[}\nEOT\ny = [[[\n", "x = <<-EOT\n  %{if a}[${b}]\n  EOT\n",
		"x = \"a\\\"[[\" # [[[\n/* [[[ */ y = -1\n", "x = {for k, v in -a : k => -v}\n",
		"x = 1e-5 - -2\n", "x = a != !b ? c : d\n", "x = \"$${[\" %%{\n",
		"x = \"${ {a = \"${b}\"} }\"\n", "a {\n  b = [\n -\n -\n 1]\n}\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return // the loader refuses such files before this check
		}
		agree(t, []byte(src))
	})
}
