package planout

import (
	"bytes"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"os"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/planner"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// walkGoldens walks every golden plan: this package's testdata and the
// rule estates' plans beside them in planner/testdata/estates.
func walkGoldens(fn fs.WalkDirFunc) error {
	for _, root := range []string{"testdata", filepath.Join("..", "..", "planner", "testdata", "estates")} {
		if err := filepath.WalkDir(root, fn); err != nil {
			return err
		}
	}
	return nil
}

// TestJSONSchema validates every JSON golden (hand-made plans and the
// estates' plans) against plan.schema.json.
func TestJSONSchema(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	const url = "plan.schema.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	if n := validateGoldens(t, sch, ".json", "plan.schema.json"); n < len(cases)+9 { // the hand-made plans and the rule estates'
		t.Errorf("validated %d JSON goldens, want at least %d", n, len(cases)+9)
	}
}

// TestSARIFSchema validates every SARIF golden (the plans' findings)
// against the official SARIF 2.1.0 schema that render/diagnostics vendors,
// and checks that the estates with breaches or blockers give results.
func TestSARIFSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile(filepath.Join("..", "diagnostics", "testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	if n := validateGoldens(t, sch, ".sarif", "the SARIF 2.1.0 schema"); n < 13 {
		t.Errorf("validated %d SARIF goldens, want at least 13", n)
	}
}

// validateGoldens validates every golden plan file ending in ext (see
// walkGoldens) against sch, named schema in errors, and returns how many
// it validated.
func validateGoldens(t *testing.T, sch *jsonschema.Schema, ext, schema string) int {
	t.Helper()
	n := 0
	err := walkGoldens(func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ext) {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s does not match %s: %v", path, schema, err)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestJSONSchemaBaseline validates plans made against a baseline (a
// generated estate, one change, committed first waves) against
// plan.schema.json: the baseline object and its arrays.
func TestJSONSchemaBaseline(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("plan.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("plan.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for seed := uint64(1); seed <= 10; seed++ {
		cfg := estategen.Random(seed, 40)
		p1, err := planner.Build(estategen.Generate(cfg).Model, planner.Options{})
		if err != nil {
			t.Fatal(err)
		}
		next := estategen.Generate(cfg)
		estategen.Change(next.Model, seed)
		keep := estategen.Start.AddDays(int(seed) * 7)
		p2, err := planner.Build(next.Model, planner.Options{Baseline: planner.BaselineOf(p1, "old.json"), KeepThrough: &keep})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := WriteJSON(&b, Input{Plan: p2}); err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(&b)
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
	}
}
