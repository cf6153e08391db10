package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// writeBadEstate writes an inventory with one error and returns its
// directory.
func writeBadEstate(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := "network \"kcom\" {\n  role = \"legcy\"\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "net.hcl"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestValidateSARIFSchema validates what `decom validate -o sarif` prints,
// with every rule the inventory package registers, against the official
// SARIF 2.1.0 schema vendored beside the renderer.
func TestValidateSARIFSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	schema, err := c.Compile(filepath.Join("..", "..", "render", "diagnostics", "testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{writeBadEstate(t), filepath.Join("..", "..", "examples", "kcom")} {
		var out, errs bytes.Buffer
		code := run([]string{"validate", "-o", "sarif", dir}, streams{Out: &out, Err: &errs})
		if code == exitUsage || errs.Len() > 0 {
			t.Fatalf("%s: exit %d, stderr %s", dir, code, errs.String())
		}
		inst, err := jsonschema.UnmarshalJSON(&out)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("%s: SARIF output does not match the schema: %v", dir, err)
		}
	}
}
