// Package format rewrites inventory files into their canonical layout. It
// changes only whitespace: every comment, attribute and block stays where it
// was written, so formatting never loses a line of the architect's notes.
package format

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/limits"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
)

// Codes of the diagnostics Source raises besides HCL's own syntax errors.
const (
	// CodeJSONSyntax: a *.hcl.json file that is not valid JSON.
	CodeJSONSyntax = "json-syntax"
	// CodeEncoding: a file that is not UTF-8 text.
	CodeEncoding = "fmt-invalid-encoding"
)

func init() {
	diag.Register(diag.Rule{
		Code:  CodeJSONSyntax,
		Title: "Invalid JSON",
		Help:  "A *.hcl.json file must be one JSON object; fix the JSON at the marked position.",
	}, diag.Rule{
		Code:  CodeEncoding,
		Title: "File is not UTF-8 text",
		Help:  "Inventory files are UTF-8 text; re-save the file as UTF-8 or remove it from the inventory folder.",
	})
}

// Source returns src in canonical layout. Native files (*.hcl) are laid out
// by hclwrite, as `terraform fmt` does; JSON files (*.hcl.json) are indented
// with two spaces, keeping key order. A file that does not parse is
// returned unchanged (nil) together with the diagnostics that say why, so
// that a broken file is never rewritten.
//
// Line endings are kept: a file whose first line ends in CRLF comes out
// with CRLF on every line, any other with LF (a file that mixes the two
// takes the ending of its first line). A file with a carriage return that
// ends no line is returned as it is.
func Source(filename string, src []byte) ([]byte, hcl.Diagnostics) {
	if bad := invalidUTF8(src); bad >= 0 {
		at := posAt(src, bad)
		r := hcl.Range{Filename: filename, Start: at, End: at}
		return nil, hcl.Diagnostics{diag.Error(CodeEncoding, "File is not UTF-8 text",
			"The byte at this position is not valid UTF-8; formatting would corrupt the file, so it is left unchanged.", r)}
	}
	if deep := limits.Nesting(filename, src); deep != nil {
		return nil, hcl.Diagnostics{deep}
	}
	// A byte order mark is kept and the text after it laid out.
	bom := limits.BOMLen(src)
	if text := src[bom:]; bytes.Count(text, []byte("\r")) != bytes.Count(text, crlf) {
		// A carriage return that ends no line is neither a line ending to
		// keep nor one to turn into a line break: such a file is checked
		// but left exactly as it is.
		if out, diags := layout(filename, text); out == nil {
			shiftBytes(diags, bom)
			return nil, diags
		}
		return src, nil
	}
	// Lay out the text with LF endings, then put CRLF back on every line
	// when the first line had it. No token of either syntax holds a raw
	// line break, so every LF of the output ends a line.
	out, diags := layout(filename, bytes.ReplaceAll(src[bom:], crlf, lf))
	if bom > 0 {
		shiftBytes(diags, bom)
		if out != nil {
			out = append(src[:bom:bom], out...)
		}
	}
	if out == nil || !usesCRLF(src) {
		return out, diags
	}
	return bytes.ReplaceAll(out, lf, crlf), diags
}

var crlf, lf = []byte("\r\n"), []byte("\n")

// shiftBytes moves the byte offsets of diags by n, for text laid out after
// n bytes (a BOM) that take no column.
func shiftBytes(diags hcl.Diagnostics, n int) {
	for _, d := range diags {
		if d.Subject != nil {
			d.Subject.Start.Byte += n
			d.Subject.End.Byte += n
		}
	}
}

// usesCRLF reports whether src's first line ends in CRLF.
func usesCRLF(src []byte) bool {
	i := bytes.IndexByte(src, '\n')
	return i > 0 && src[i-1] == '\r'
}

// pieceBytes is about how much of a native file is laid out at a time: as
// for the loader (see inventory's pieceBytes), HCL's lexer slows down badly
// on one input of tens of megabytes.
var pieceBytes = 256 << 10

// layout is Source for text with LF line endings. A native file is laid
// out piece by piece, cut only after a line holding just the "}" that
// closes a top-level block, where hclwrite's alignment of "=" and comments
// cannot reach across.
func layout(filename string, src []byte) ([]byte, hcl.Diagnostics) {
	if strings.HasSuffix(filename, ".json") {
		return formatJSON(filename, src)
	}
	cuts, _ := limits.Split(filename, src, pieceBytes) // nesting was checked
	var out []byte
	start := hcl.InitialPos
	for _, piece := range pieces(src, cuts) {
		if _, diags := hclsyntax.ParseConfig(piece, filename, start); diags.HasErrors() {
			return nil, diags
		}
		laid := hclwrite.Format(piece)
		if !bytes.Equal(significant(piece), significant(laid)) {
			// hclwrite only moves space, but a few odd inputs (such as
			// "1 .5") read differently once the space is gone: keep them
			// as written.
			laid = piece
		}
		out = append(out, laid...)
		start = hcl.Pos{Line: start.Line + bytes.Count(piece, []byte("\n")), Column: 1, Byte: start.Byte + len(piece)}
	}
	return endWithNewline(out), nil
}

// pieces cuts src at those of cuts (top-level line starts, from
// limits.Split) that follow a line holding only "}".
func pieces(src []byte, cuts []int) [][]byte {
	var out [][]byte
	from := 0
	for _, c := range cuts {
		line := src[from : c-1] // up to the newline that ends the line before c
		if i := bytes.LastIndexByte(line, '\n'); i >= 0 {
			line = line[i+1:]
		}
		if !bytes.Equal(bytes.TrimSpace(line), []byte("}")) {
			continue
		}
		out = append(out, src[from:c])
		from = c
	}
	return append(out, src[from:])
}

// significant returns the tokens of a native source that carry meaning or
// comments, layout removed, each followed by a NUL.
func significant(src []byte) []byte {
	toks, _ := hclsyntax.LexConfig(src, "", hcl.InitialPos)
	var out []byte
	for _, tok := range toks {
		switch tok.Type {
		case hclsyntax.TokenNewline, hclsyntax.TokenEOF:
			continue
		case hclsyntax.TokenComment:
			out = append(out, bytes.TrimRight(tok.Bytes, " \t\r\n")...)
		default:
			out = append(out, tok.Bytes...)
		}
		out = append(out, 0)
	}
	return out
}

func formatJSON(filename string, src []byte) ([]byte, hcl.Diagnostics) {
	var buf bytes.Buffer
	if err := json.Indent(&buf, src, "", "  "); err != nil {
		r := hcl.Range{Filename: filename, Start: hcl.InitialPos, End: hcl.InitialPos}
		if se, ok := err.(*json.SyntaxError); ok {
			// Offset counts the bytes read, the offending one included.
			r.Start = posAt(src, int(se.Offset)-1)
			r.End = r.Start
		}
		return nil, hcl.Diagnostics{diag.Error(CodeJSONSyntax, "Invalid JSON", err.Error()+".", r)}
	}
	return endWithNewline(buf.Bytes()), nil
}

// invalidUTF8 returns the offset of the first byte that is not valid UTF-8,
// or -1 when src is valid.
func invalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// posAt converts a byte offset into a 1-based line and column.
func posAt(src []byte, off int) hcl.Pos {
	off = max(0, min(off, len(src)))
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(src[:off], '\n')
	return hcl.Pos{Line: line, Column: col, Byte: off}
}

// endWithNewline drops trailing blank space and ends a non-empty file with
// exactly one newline; a file of nothing but space becomes empty.
func endWithNewline(b []byte) []byte {
	b = bytes.TrimRight(b, " \t\r\n")
	if len(b) == 0 {
		return []byte{}
	}
	return append(b, '\n')
}
