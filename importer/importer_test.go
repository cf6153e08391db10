package importer

import (
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

func TestLabel(t *testing.T) {
	cases := []struct{ typ, in, want string }{
		{"device", "esx-01", "esx-01"},
		{"device", "ESX01", "ESX01"}, // a valid name is kept as written
		{"device", "  core_sw  ", "core_sw"},
		{"device", "ESX 01", "esx_01"},
		{"site", "Head Office (Hull)", "head_office_hull"},
		{"application", "999 Call Handling", "application_999_call_handling"},
		{"application", "-x-", "x"},
		{"application", "Café Système", "café_système"},
		{"device", "!!!", ""},
		{"device", "", ""},
		{"device", "a.b/c", "a_b_c"},
	}
	for _, c := range cases {
		got := Label(c.typ, c.in)
		if got != c.want {
			t.Errorf("Label(%q, %q) = %q, want %q", c.typ, c.in, got, c.want)
		}
		if got != "" && !hclsyntax.ValidIdentifier(got) {
			t.Errorf("Label(%q, %q) = %q is not a valid name", c.typ, c.in, got)
		}
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in    string
		order DateOrder
		want  string // "" for an error
	}{
		{"2019-03-31", DMY, "2019-03-31"},
		{"2019-3-1", DMY, "2019-03-01"},
		{"31/03/2019", DMY, "2019-03-31"},
		{"1/4/2019", DMY, "2019-04-01"},
		{"1.4.2019", DMY, "2019-04-01"},
		{"01-04-2019", DMY, "2019-04-01"},
		{"4/1/2019", MDY, "2019-04-01"},
		{"2019/04/01", YMD, "2019-04-01"},
		{"31 Mar 2019", DMY, "2019-03-31"},
		{"31-March-2019", DMY, "2019-03-31"},
		{"1 Sept 2019", DMY, "2019-09-01"},
		{"31/03/2019 00:00", DMY, "2019-03-31"},
		{"2019-03-31T00:00:00", DMY, "2019-03-31"},
		{"30/02/2019", DMY, ""},
		{"2019-02-29", DMY, ""},
		{"2020-02-29", DMY, "2020-02-29"},
		{"31/03/19", DMY, ""},
		{"13/13/2019", MDY, ""},
		{"31/03/2019", MDY, ""},
		{"31/12/1969", DMY, ""},
		{"soon", DMY, ""},
		{"31 Foo 2019", DMY, ""},
		{"2019/04/01", DMY, ""},
		{"01/04/2019", YMD, ""},
	}
	for _, c := range cases {
		d, err := ParseDate(c.in, c.order)
		if c.want == "" {
			if err == nil {
				t.Errorf("ParseDate(%q, %s) = %s, want an error", c.in, c.order, d)
			} else if !strings.Contains(err.Error(), c.in) {
				t.Errorf("ParseDate(%q) error %q does not quote the input", c.in, err)
			}
			continue
		}
		if err != nil || d.String() != c.want {
			t.Errorf("ParseDate(%q, %s) = %s, %v; want %s", c.in, c.order, d, err, c.want)
		}
	}
}

func TestParseCell(t *testing.T) {
	dev := language.Lookup("device")
	app := language.Lookup("application")
	contract := language.Lookup("contract")
	cases := []struct {
		block *language.Block
		attr  string
		in    string
		want  string // the value as HCL would write it, or "fault: CODE"
	}{
		{dev, "ports", "48", "48"},
		{dev, "ports", "1,024", "1024"},
		{dev, "ports", "48.0", "48"},
		{dev, "ports", "1.5", "fault: import-invalid-value"},
		{dev, "ports", "forty", "fault: import-invalid-value"},
		{dev, "ports", "-4", "-4"}, // the loader reports negatives, at the cell
		{dev, "annual_cost", "£250,000.50", "250000.5"},
		{dev, "annual_cost", "-£100", "-100"},
		{dev, "annual_cost", "1e3", "1000"},
		{dev, "annual_cost", "NaN", "fault: import-invalid-value"},
		{dev, "kind", "Core-Switch", "fault: import-invalid-value"},
		{dev, "kind", "SWITCH", `"switch"`},
		{dev, "status", "In Progress", `"in_progress"`},
		{dev, "support_ends", "1/4/2019", `"2019-04-01"`},
		{dev, "support_ends", "31/04/2019", "fault: import-invalid-date"},
		{dev, "name", "Core switch, hall 1", `"Core switch, hall 1"`},
		{dev, "network", "KCOM WAN", "network.kcom_wan"},
		{dev, "network", "network.kcom", "network.kcom"},
		{dev, "network", "***", "fault: import-invalid-value"},
		{app, "hosted_on", "esx-01; esx-02", "[device.esx-01, device.esx-02]"},
		{app, "hosted_on", "esx-01, esx-02", "[device.esx-01, device.esx-02]"},
		{app, "hosted_on", "esx-01\nESX 02;", "[device.esx-01, device.esx_02]"},
		{app, "users", "yes", "fault: import-invalid-value"},
		{language.Lookup("network"), "decommission", "Yes", "true"},
		{language.Lookup("network"), "decommission", "0", "false"},
		{language.Lookup("network"), "decommission", "maybe", "fault: import-invalid-value"},
		{language.Lookup("estate"), "currency", "gbp", `"GBP"`},
		{language.Lookup("estate"), "currency", "£", "fault: import-invalid-value"},
		{contract, "covers", "kcom; device.core", "[?.kcom, device.core]"},
	}
	for _, c := range cases {
		a := c.block.Attribute(c.attr)
		v, f := ParseCell(a, c.in, DMY)
		got := ""
		if f != nil {
			got = "fault: " + f.Code
			if f.Summary == "" || !strings.HasSuffix(f.Detail, ".") {
				t.Errorf("%s %q: fault without summary or full-stop detail: %+v", c.attr, c.in, f)
			}
		} else {
			got = valueText(v)
		}
		if got != c.want {
			t.Errorf("ParseCell(%s, %q) = %s, want %s", c.attr, c.in, got, c.want)
		}
	}
}

// valueText writes a value as HCL would, with ? for an unresolved type.
func valueText(v Value) string {
	if v.Refs == nil {
		f := &File{Name: "x.hcl", Blocks: []Block{{Type: "t", Label: "l", Attrs: []Attr{{Name: "a", Value: v}}}}}
		out := string(Render(f))
		i := strings.Index(out, "a = ")
		return strings.TrimSpace(out[i+4 : strings.LastIndex(out, "}")])
	}
	var parts []string
	for _, r := range v.Refs {
		typ := "?"
		if len(r.Types) == 1 {
			typ = r.Types[0]
		}
		parts = append(parts, typ+"."+r.Label)
	}
	if v.List {
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return parts[0]
}

func TestKeyAndSplitList(t *testing.T) {
	for _, h := range []string{"Support Ends", "support-ends", "SUPPORT_ENDS", " support ends "} {
		if Key(h) != "supportends" {
			t.Errorf("Key(%q) = %q", h, Key(h))
		}
	}
	if got := strings.Join(SplitList(" a ; ;b\nc "), "|"); got != "a|b|c" {
		t.Errorf("SplitList = %q", got)
	}
	if got := strings.Join(SplitList("a, b,,c"), "|"); got != "a|b|c" {
		t.Errorf("SplitList commas = %q", got)
	}
	if got := strings.Join(SplitList("a, b; c"), "|"); got != "a, b|c" {
		t.Errorf("SplitList mixed = %q: semicolons win, commas stay in items", got)
	}
}
