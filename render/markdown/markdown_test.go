package markdown

import "testing"

func TestMarkdownEscape(t *testing.T) {
	for in, want := range map[string]string{
		"a | b":         `a \| b`,
		"*x* _y_":       `\*x\* \_y\_`,
		"<b>&amp; & x":  `\<b\>\&amp; & x`,
		"&#38;":         `\&#38;`,
		"# h!":          "# h!",
		"line\nbreak":   "line break",
		"[l](u) `c` \\": "\\[l\\](u) \\`c\\` \\\\",
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}
