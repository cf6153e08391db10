package inventory

import (
	"reflect"
	"strings"
	"testing"
)

// TestSuggest checks near misses and that long names stay cheap.
func TestSuggest(t *testing.T) {
	cases := []struct{ given, want string }{
		{"prots", "ports"}, {"devce", "device"}, {"colour", ""}, {"kcmo", "kcom"}, {"", ""},
	}
	for _, c := range cases {
		if got := suggest(c.given, []string{"ports", "device", "kcom", "network"}); got != c.want {
			t.Errorf("suggest(%q) = %q, want %q", c.given, got, c.want)
		}
	}
	long := strings.Repeat("a", 200_000)
	if got := suggest(long+"b", []string{long + "c", long}); got != "" {
		t.Errorf("long names get no suggestion, got %d bytes", len(got))
	}
	budget := 100
	if got := suggestWithin("kcmo", []string{"kcom"}, &budget); got != "kcom" || budget != 75 {
		t.Errorf("budgeted suggestion %q, budget left %d", got, budget)
	}
	if got := suggestWithin("kcmo", []string{"kcom"}, &budget); got != "kcom" || budget != 50 {
		t.Errorf("budgeted suggestion %q, budget left %d", got, budget)
	}
	budget = 10
	if got := suggestWithin("kcmo", []string{"kcom"}, &budget); got != "" || budget != 10 {
		t.Errorf("over budget: suggestion %q, budget left %d", got, budget)
	}
}

// TestModelSuggest checks the suggestions for addresses given on the
// command line: bare names, misspelt names of a known type, a name under
// the wrong type, a misspelt type, and nothing close.
func TestModelSuggest(t *testing.T) {
	src := `network "kcom" {
  role = "legacy"
}
supplier "kcom" {}
device "core_sw" {
  network = network.kcom
}
device "esx_01" {
  network = network.kcom
}
application "command_control" {
  network     = network.kcom
  disposition = "retain"
}
application "gis" {
  network     = network.kcom
  disposition = "retain"
}
`
	m, diags := LoadSources([]SourceFile{{Name: "estate.hcl", Bytes: []byte(src)}}, LoadOptions{Today: DateOf(2026, 1, 1)})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, c := range []struct {
		addr string
		want []string
	}{
		{"esx_01", []string{"device.esx_01"}},
		{"kcom", []string{"network.kcom", "supplier.kcom"}},
		{"command_contrl", []string{"application.command_control"}},
		{"device.core_switch", []string{"device.core_sw"}},
		{"device.esx_1", []string{"device.esx_01"}},
		{"application.kcom", []string{"network.kcom", "supplier.kcom"}},
		{"devise.core_sw", []string{"device.core_sw"}},
		{"application.cad", nil}, // "gis" is three edits away: not a typo
		{"application.zzzzzzzzzzzzzzzz", nil},
		{"nothing_like_it", nil},
		{"", nil},
		{strings.Repeat("x", 100_000), nil},
	} {
		if got := m.Suggest(c.addr); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Suggest(%.40q) = %q, want %q", c.addr, got, c.want)
		}
	}
}
