package inventory

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/limits"
	"github.com/hashicorp/hcl/v2"
)

// checkText vets a file's bytes before parsing. It returns whether the
// file is text that should be parsed (false for binary and non-UTF-8
// files, which get an error, and for empty files, which get a warning),
// and whether the bytes are fit to keep for snippets.
func checkText(name string, src []byte) (parse, keep bool, diags hcl.Diagnostics) {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		r := limits.ByteRange(name, src, i)
		return false, false, hcl.Diagnostics{diag.Error(CodeBinaryFile, "Binary file",
			fmt.Sprintf("%s holds a NUL byte at line %d, so it is not an inventory; an inventory file is UTF-8 text. Remove the file or rename it so that it does not end in .hcl or .hcl.json.", name, r.Start.Line), r)}
	}
	if !utf8.Valid(src) {
		i := firstInvalidUTF8(src)
		r := limits.ByteRange(name, src, i)
		return false, false, hcl.Diagnostics{diag.Error(CodeInvalidUTF8, "File is not UTF-8",
			fmt.Sprintf("Byte 0x%02x at line %d, column %d is not valid UTF-8. Save the file as UTF-8 text.", src[i], r.Start.Line, r.Start.Column), r)}
	}
	if len(bytes.TrimSpace(src[limits.BOMLen(src):])) == 0 {
		return false, true, hcl.Diagnostics{diag.Warning(CodeEmptyFile, "Empty file",
			fmt.Sprintf("%s declares nothing. Add blocks to it or delete it.", name), pathRange(name))}
	}
	return true, true, nil
}

func firstInvalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return 0
}
