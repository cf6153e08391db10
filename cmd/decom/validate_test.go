package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestValidateFlags checks how arguments become validateOptions, without
// loading anything.
func TestValidateFlags(t *testing.T) {
	cases := []struct {
		args []string
		want validateOptions
	}{
		{nil, validateOptions{Paths: []string{}, Format: "text"}},
		{[]string{"a", "b/c.hcl"}, validateOptions{Paths: []string{"a", "b/c.hcl"}, Format: "text"}},
		{[]string{"-o", "sarif", "--strict", "."}, validateOptions{Paths: []string{"."}, Format: "sarif", Strict: true}},
		{[]string{"--format=github", "--no-color"}, validateOptions{Paths: []string{}, Format: "github", NoColor: true}},
	}
	for _, c := range cases {
		var got *validateOptions
		cmd := newValidateCmdWith(streams{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}}, func(_ streams, o *validateOptions) error {
			got = o
			return nil
		})
		cmd.SetArgs(c.args)
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		if got == nil || !reflect.DeepEqual(*got, c.want) {
			t.Errorf("%v: got %+v, want %+v", c.args, got, c.want)
		}
	}
}

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
