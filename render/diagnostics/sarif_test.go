package diagnostics

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestSARIFSchema validates the SARIF output of every golden case against
// the official SARIF 2.1.0 JSON schema vendored in testdata (see
// testdata/README.md for where it comes from).
func TestSARIFSchema(t *testing.T) {
	schema := loadSARIFSchema(t)
	for name, r := range reports(t) {
		out := render(t, r, "sarif", Options{WorkDir: workDir, ToolVersion: "v1.2.3"})
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("%s: SARIF output does not match the schema: %v", name, err)
		}
	}
}

// TestSARIFSchemaRejects makes sure the schema check has teeth: a log
// with a level SARIF does not define, or without its version, fails.
func TestSARIFSchemaRejects(t *testing.T) {
	schema := loadSARIFSchema(t)
	good := render(t, reports(t)["report"], "sarif", Options{WorkDir: workDir})
	for _, bad := range [][]byte{
		bytes.Replace(good, []byte(`"level": "error"`), []byte(`"level": "fatal"`), 1),
		bytes.Replace(good, []byte(`"version": "2.1.0",`), nil, 1),
		bytes.Replace(good, []byte(`"startLine": 3`), []byte(`"startLine": 0`), 1),
	} {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(bad, good) || schema.Validate(inst) == nil {
			t.Error("the schema accepted a broken SARIF log")
		}
	}
}

func loadSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	schema, err := c.Compile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

// TestSARIFRuleIndex checks what the schema cannot: every result's
// ruleIndex points at the rule with its ruleId, every code has a rule, and
// locations are relative with forward slashes.
func TestSARIFRuleIndex(t *testing.T) {
	r := reports(t)["report"]
	var log sarifLog
	if err := json.Unmarshal(render(t, r, "sarif", Options{WorkDir: workDir}), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Results) != len(r.Diagnostics) {
		t.Fatalf("%d results for %d diagnostics", len(run.Results), len(r.Diagnostics))
	}
	for _, res := range run.Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s has ruleIndex %d", res.RuleID, res.RuleIndex)
		}
		for _, loc := range res.Locations {
			uri := loc.PhysicalLocation.ArtifactLocation.URI
			if filepath.IsAbs(uri) || bytes.ContainsRune([]byte(uri), '\\') {
				t.Errorf("result %s: uri %q is not relative with forward slashes", res.RuleID, uri)
			}
		}
	}
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///srv/estate/" {
		t.Errorf("%%SRCROOT%% = %q", got)
	}
}
