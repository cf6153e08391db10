package importer

import (
	"strings"
	"unicode"

	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Label makes a block label of typ from an identifier as a source wrote it.
// An identifier that is already a valid name (an HCL identifier: a letter
// or underscore, then letters, digits, underscores and dashes) is kept as
// written. Any other is lower-cased, each run of characters other than
// letters, digits, underscores and dashes becomes one underscore, and
// underscores and dashes are trimmed from both ends; if what is left does
// not start with a letter it is prefixed with typ and an underscore
// ("999 Call Handling" as an application is application_999_call_handling).
// Label returns "" when the identifier has no letter or digit.
func Label(typ, text string) string {
	text = strings.TrimSpace(text)
	if hclsyntax.ValidIdentifier(text) {
		return text
	}
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' {
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			gap = false
			b.WriteRune(r)
			continue
		}
		gap = true
	}
	out := strings.Trim(b.String(), "_-")
	if strings.IndexFunc(out, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return ""
	}
	if !hclsyntax.ValidIdentifier(out) {
		out = typ + "_" + out
	}
	if !hclsyntax.ValidIdentifier(out) {
		return "" // letters or digits HCL does not take in names
	}
	return out
}
