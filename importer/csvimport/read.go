package csvimport

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/decomhq/decom/importer"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
)

// utf8BOM starts the files Excel saves as "CSV UTF-8".
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Read converts one CSV file into a File of blocks of opt.Type (which must
// pass Options.Check), one per non-empty row. It returns the text it read
// (src without a byte-order mark), which diagnostics point into. It never
// touches the file system: File.Name is left for the caller to set.
func Read(name string, src []byte, opt Options) (*importer.File, []byte, hcl.Diagnostics) {
	src = bytes.TrimPrefix(src, utf8BOM)
	f := &importer.File{Source: name}
	t := newText(name, src)
	if !utf8.Valid(src) {
		off := firstInvalid(src)
		return f, src, hcl.Diagnostics{diag.Error(importer.CodeEncoding, "File is not UTF-8",
			fmt.Sprintf("The byte 0x%02x is not UTF-8 text; the file was probably saved as Latin-1 or Windows-1252. Export it again as \"CSV UTF-8\".", src[off]),
			t.rangeAt(off, off+1))}
	}
	delim := opt.Delimiter
	if delim == 0 {
		delim = Detect(src)
	}
	r := csv.NewReader(bytes.NewReader(src))
	r.Comma = delim
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		return f, src, hcl.Diagnostics{diag.Error(importer.CodeNoLabelColumn, "Empty file",
			"The file has no header row. Its first row names the columns, e.g. ID,Name,Network.", t.rangeAt(0, 0))}
	}
	if err != nil {
		return f, src, hcl.Diagnostics{t.syntaxError(err)}
	}
	s := &sheet{opt: opt, schema: language.Lookup(opt.Type), text: t, delim: delim}
	s.headerPos = make([]hcl.Range, len(header))
	for i := range header {
		s.headerPos[i] = t.cell(r, i, delim)
	}
	s.columns(header)
	row, next := 1, t.lineOf(int(r.InputOffset()))
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			s.diags = append(s.diags, t.syntaxError(err))
			break
		}
		line, _ := r.FieldPos(0)
		row += 1 + max(line-next, 0) // blank lines are rows in a spreadsheet too
		next = t.lineOf(int(r.InputOffset()))
		cells := make([]hcl.Range, len(rec))
		for i := range rec {
			cells[i] = t.cell(r, i, delim)
		}
		if b, ok := s.record(row, rec, cells); ok {
			f.Blocks = append(f.Blocks, b)
		}
	}
	if !s.diags.HasErrors() && len(f.Blocks) == 0 {
		s.diags = append(s.diags, diag.Warning(importer.CodeNoRecords, "No rows to import",
			"The file has a header but no rows with values; the generated file declares nothing.", t.rangeAt(0, 0)))
	}
	return f, src, s.diags
}

// Detect guesses a CSV file's delimiter from its first row: whichever of
// comma, semicolon, tab and pipe appears most often outside quotes (comma
// on a tie or when none does).
func Detect(src []byte) rune {
	cands := []rune{',', ';', '\t', '|'}
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(src) {
		if c == '"' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if c == '\n' || c == '\r' {
			break
		}
		counts[c]++
	}
	best := ','
	for _, c := range cands {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

func firstInvalid(src []byte) int {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// text locates byte offsets of one CSV file as lines and columns.
type text struct {
	name   string
	src    []byte
	starts []int // byte offset of each line's start
}

func newText(name string, src []byte) *text {
	t := &text{name: name, src: src, starts: []int{0}}
	for i, c := range src {
		if c == '\n' {
			t.starts = append(t.starts, i+1)
		}
	}
	return t
}

// lineOf is the 1-based line holding byte offset off.
func (t *text) lineOf(off int) int {
	lo, hi := 0, len(t.starts)
	for hi-lo > 1 {
		if mid := (lo + hi) / 2; t.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1
}

func (t *text) pos(off int) hcl.Pos {
	off = min(max(off, 0), len(t.src))
	line := t.lineOf(off)
	start := t.starts[line-1]
	return hcl.Pos{Line: line, Column: utf8.RuneCount(t.src[start:off]) + 1, Byte: off}
}

func (t *text) rangeAt(from, to int) hcl.Range {
	return hcl.Range{Filename: t.name, Start: t.pos(from), End: t.pos(to)}
}

// cell is the range of field i of the record r last read: from its first
// byte to the delimiter or line end after it (a quoted cell to its closing
// quote), at most to the end of its first line.
func (t *text) cell(r *csv.Reader, i int, delim rune) hcl.Range {
	line, col := r.FieldPos(i)
	start := t.starts[line-1] + col - 1
	end := start
	if end < len(t.src) && t.src[end] == '"' {
		for end++; end < len(t.src); end++ {
			if t.src[end] == '"' {
				if end+1 < len(t.src) && t.src[end+1] == '"' {
					end++
					continue
				}
				end++
				break
			}
		}
	} else {
		for end < len(t.src) && t.src[end] != '\n' && t.src[end] != '\r' && !bytes.HasPrefix(t.src[end:], []byte(string(delim))) {
			end++
		}
	}
	if nl := bytes.IndexByte(t.src[start:end], '\n'); nl >= 0 {
		end = start + nl
	}
	return t.rangeAt(start, end)
}

// syntaxError reports a malformed CSV record where the reader found it.
func (t *text) syntaxError(err error) *hcl.Diagnostic {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return diag.Error(importer.CodeCSVSyntax, "Unreadable CSV", capitalise(err.Error())+".", t.rangeAt(0, 0))
	}
	line := min(max(pe.Line, 1), len(t.starts))
	off := min(t.starts[line-1]+max(pe.Column-1, 0), len(t.src))
	detail := capitalise(pe.Err.Error()) + "."
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		detail += ` A cell that holds a quote must be quoted itself, with the quote doubled: "12"" rack" for 12" rack.`
	case errors.Is(pe.Err, csv.ErrQuote):
		detail += " A quoted cell must end with a quote right before the next delimiter or the end of the line; check for a missing closing quote."
	}
	return diag.Error(importer.CodeCSVSyntax, "Malformed CSV", detail, t.rangeAt(off, off))
}

// where names a cell for a person.
func where(row int, header string) string {
	return fmt.Sprintf("row %d, column %q", row, strings.TrimSpace(header))
}
