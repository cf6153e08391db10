package printable

import "testing"

func TestString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"KCOM estate", "KCOM estate"},
		{"Café – Réseau", "Café – Réseau"},
		{"tab\there", "tab\there"},
		{"evil\x1b[2Jname", "evil\uFFFD[2Jname"},           // ESC: clear screen
		{"\x1b]0;title\x07x", "\uFFFD]0;title\uFFFDx"},     // OSC ... BEL
		{"a\nb\rc", "a\uFFFDb\uFFFDc"},                     // line breaks are not String's to keep
		{"exe.\u202Etxt", "exe.\uFFFDtxt"},                 // BiDi override
		{"\u2066x\u2069", "\uFFFDx\uFFFD"},                 // BiDi isolates
		{"zero\u200bwidth\ufeff", "zero\uFFFDwidth\uFFFD"}, // zero-width space, BOM
		{"c1\u0085\u009b", "c1\uFFFD\uFFFD"},               // C1 controls (NEL, CSI)
		{"del\x7f", "del\uFFFD"},
		{"nb\u00a0sp", "nb sp"},                    // a no-break space is a space
		{"bad\xff\xfeutf8", "bad\uFFFD\uFFFDutf8"}, // one U+FFFD per byte
		{"private\ue000", "private\uFFFD"},
		{"", ""},
	} {
		if got := String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLine(t *testing.T) {
	if got := Line("one\ntwo\r\nthree\u2028four\x1b"); got != "one two  three four\uFFFD" {
		t.Errorf("Line = %q", got)
	}
}

func TestText(t *testing.T) {
	if got := Text("one\r\ntwo\n\x1b[0m\r"); got != "one\ntwo\n\uFFFD[0m\uFFFD" {
		t.Errorf("Text = %q", got)
	}
}
