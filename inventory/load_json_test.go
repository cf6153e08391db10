package inventory

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// ldValues is a model dump without ranges or file names: what both syntaxes
// must agree on.
func ldValues(m *Model) string {
	return regexp.MustCompile(`(?m)^file .*\n`).ReplaceAllString(ldDump(m, false), "")
}

// TestLoadJSONMatchesNative loads the same estate written in native syntax
// and in JSON syntax and expects the same model.
func TestLoadJSONMatchesNative(t *testing.T) {
	native, nd := Load([]string{"testdata/load/syntax/native"}, LoadOptions{Today: ldToday})
	json, jd := Load([]string{"testdata/load/syntax/json"}, LoadOptions{Today: ldToday})
	if len(nd)+len(jd) > 0 {
		t.Fatalf("unexpected diagnostics:\n%s%s", ldDiagText(nd), ldDiagText(jd))
	}
	got, want := ldValues(json), ldValues(native)
	if got != want {
		t.Errorf("JSON model differs from native\nJSON:\n%s\nnative:\n%s", got, want)
	}
	if len(native.Devices) != 4 || len(json.Applications) != 3 {
		t.Errorf("fixture not fully loaded: %d devices, %d applications", len(native.Devices), len(json.Applications))
	}
}

// TestLoadJSONDiagnostics checks the JSON syntax reports the same codes
// as the native syntax, at the JSON value's position.
func TestLoadJSONDiagnostics(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // "line:col code"
	}{
		{"dangling", `{"network": {"kcom": {"role": "legacy"}}, "device": {"sw": {"network": "network.kcmo"}}}`,
			[]string{"1:72 dangling-reference"}},
		{"wrong reference type", `{"network": {"kcom": {"role": "legacy"}}, "device": {"sw": {"network": "device.sw"}}}`,
			[]string{"1:72 wrong-reference-type"}},
		{"not a reference", `{"network": {"kcom": {"role": "legacy"}}, "device": {"sw": {"network": "kcom network"}}}`,
			[]string{"1:72 invalid-reference"}},
		{"single for list", `{"network": {"k": {"role": "legacy"}}, "application": {"a": {"hosted_on": "device.x", "network": "network.k"}}}`,
			[]string{"1:75 wrong-type"}},
		{"unknown block", `{"netwrk": {"kcom": {"role": "legacy"}}}`, []string{"1:2 unknown-block"}},
		{"unknown attribute", "{\"network\": {\"kcom\": {\n  \"role\": \"legacy\",\n  \"rol\": 1}}}", []string{"3:3 unknown-attribute"}},
		{"string for number", `{"device": {"sw": {"network": "network.k", "ports": "48"}}, "network": {"k": {"role": "target"}}}`,
			[]string{"1:53 wrong-type"}},
		{"enum", `{"network": {"k": {"role": "old"}}}`, []string{"1:28 unknown-enum-value"}},
		{"date", `{"network": {"k": {"role": "legacy", "support_ends": "2019-02-29"}}}`, []string{"1:54 invalid-date"}},
		{"negative", `{"endpoints": {"e": {"count": -1}}}`, []string{"1:31 negative-number"}},
		{"missing", `{"network": {"k": {"name": "K"}}}`, []string{"1:14 missing-attribute"}},
		{"second estate", `{"estate": [{"name": "a"}, {"name": "b"}]}`, []string{"1:2 duplicate-block"}},
		{"link", `{"network": {"k": {"role": "legacy"}}, "link": {"l": {"between": ["network.k"]}}}`, []string{"1:66 link-between"}},
		// A parse error is the file's only diagnostic: no echo of it.
		{"syntax", `{"network": {"k": {"role": "legacy",}}}`, []string{"1:1 checks-skipped", "1:36 syntax"}},
		{"not an object", `{"network": {"k": "legacy"}}`, []string{"1:19 syntax", "1:1 checks-skipped"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := LoadSources([]SourceFile{{Name: "x.hcl.json", Bytes: []byte(tt.src)}}, LoadOptions{Today: ldToday})
			var got []string
			for _, g := range ldGot(diags) {
				// "x.hcl.json:1:73: error[code]" -> "1:73 code"
				g = strings.TrimPrefix(g, "x.hcl.json:")
				pos, rest, _ := strings.Cut(g, ": ")
				code := rest[strings.Index(rest, "[")+1 : len(rest)-1]
				got = append(got, pos+" "+code)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v\n%s", got, tt.want, ldDiagText(diags))
			}
		})
	}
}
