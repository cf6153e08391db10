// Package limits holds the hard limits decom puts on an inventory file and
// the checks that apply them to the file's bytes before any parser sees
// them. HCL's parsers recurse once per level of nesting, and a Go program
// cannot recover from a stack overflow, so a file nested 100,000 deep must
// be refused before it is parsed; the loader and `decom fmt` both call
// Nesting first. docs/language.md documents every limit.
package limits

import (
	"fmt"
	"unicode/utf8"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// MaxNesting is how deeply brackets, braces, parentheses, quotes and
// template sequences may nest in one file. An inventory needs about five
// levels (a JSON file: the file's object, a block type, a name, a body, a
// list); 64 leaves room for any layout and stays far from the depth at
// which a parser could exhaust the stack.
const MaxNesting = 64

// MaxNativeBytes and MaxJSONBytes are the largest files decom reads, in the
// native and the JSON syntax. The loader parses a native file in pieces,
// as fast per megabyte as many small files, so its limit only keeps a
// stray file (a disk image, /dev/zero) from exhausting memory: 64 MiB is
// about 250,000 applications. HCL's JSON parser takes a file whole and
// slows down past a few megabytes (18 MB: 20 s, 600 MB of memory; 69 MB:
// 60 s, 2.2 GB), so JSON files stop at 16 MiB; split a larger inventory
// into several files, which load in parallel.
const (
	MaxNativeBytes = 64 << 20
	MaxJSONBytes   = 16 << 20
)

// MaxBytes is the largest file decom reads under filename: MaxJSONBytes
// for a name ending in .json, MaxNativeBytes otherwise.
func MaxBytes(filename string) int64 {
	if isJSON(filename) {
		return MaxJSONBytes
	}
	return MaxNativeBytes
}

func isJSON(filename string) bool {
	return len(filename) >= 5 && filename[len(filename)-5:] == ".json"
}

// CodeNestingTooDeep is the code of the diagnostic Nesting raises.
const CodeNestingTooDeep = "nesting-too-deep"

func init() {
	diag.Register(diag.Rule{
		Code:      CodeNestingTooDeep,
		Title:     "Nesting too deep",
		Help:      fmt.Sprintf("Brackets, braces and templates nest at most %d deep in an inventory file; an inventory needs only a few levels, so remove the extra nesting.", MaxNesting),
		RootCause: true,
	})
}

// Nesting returns an error at the first token of src that nests deeper than
// MaxNesting, or nil when none does. JSON syntax is assumed when filename
// ends in .json, the native syntax otherwise. It reads the bytes once, in
// time linear in the size of src, and neither recurses nor allocates.
func Nesting(filename string, src []byte) *hcl.Diagnostic {
	_, d := Split(filename, src, 0)
	return d
}

// Split is Nesting that also returns where a native-syntax file may be cut
// into pieces that parse on their own, so that a large file can be parsed
// piece by piece: the starts of lines at the top level (outside any block,
// bracket, string, heredoc or comment), the first at least every bytes
// into the file and each next at least every bytes after the one before.
// It returns no cuts for JSON syntax, when every is 0, or with an error.
func Split(filename string, src []byte, every int) (cuts []int, d *hcl.Diagnostic) {
	if isJSON(filename) {
		return nil, jsonNesting(filename, src)
	}
	return nativeNesting(filename, src, every)
}

func tooDeep(r hcl.Range) *hcl.Diagnostic {
	return diag.Error(CodeNestingTooDeep, "Nesting too deep",
		fmt.Sprintf("Brackets, braces, parentheses, quotes and templates nest more than %d deep here (operators such as - ! ? count as a level too). An inventory needs only a few levels: a block, a list of references. decom reads no further, so that a deeply nested file cannot exhaust its stack; remove the extra nesting.", MaxNesting),
		r)
}

// jsonNesting scans JSON bytes, skipping strings, for [ and { nested deeper
// than MaxNesting.
func jsonNesting(filename string, src []byte) *hcl.Diagnostic {
	depth, inString, escaped := 0, false, false
	for i := BOMLen(src); i < len(src); i++ {
		c := src[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
			if depth > MaxNesting {
				return tooDeep(ByteRange(filename, src, i))
			}
		case c == ']' || c == '}':
			depth = max(depth-1, 0)
		}
	}
	return nil
}

// BOMLen is the length of the UTF-8 byte order mark src starts with: 3,
// or 0 when it has none. decom accepts a BOM at the start of any file, as
// HCL's native parser does: it is not a character of the first line (it
// takes no column), and `decom fmt` keeps it.
func BOMLen(src []byte) int {
	if len(src) >= 3 && src[0] == 0xef && src[1] == 0xbb && src[2] == 0xbf {
		return 3
	}
	return 0
}

// ByteRange is the one-byte range at offset i of src, with its line and
// column (counted in characters, as HCL counts them; a byte that is not
// UTF-8 counts as one, a leading BOM as none).
func ByteRange(filename string, src []byte, i int) hcl.Range {
	line, col := 1, 1
	for j := min(BOMLen(src), i); j < i; {
		if src[j] == '\n' {
			line, col = line+1, 1
			j++
			continue
		}
		_, size := utf8.DecodeRune(src[j:])
		j += size
		col++
	}
	start := hcl.Pos{Line: line, Column: col, Byte: i}
	end := hcl.Pos{Line: line, Column: col + 1, Byte: i + 1}
	return hcl.Range{Filename: filename, Start: start, End: end}
}
