package main

import (
	"bytes"
	"regexp"
	"testing"
)

// TestExampleValidatesClean checks the README's example estate: no errors
// and no warnings, even with --strict, and a plan that the CLI prints
// without findings beyond its breaches.
func TestExampleValidatesClean(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"validate", "--strict", "../../examples/kcom"}, streams{Out: &out, Err: &errOut})
	if code != exitOK {
		t.Fatalf("decom validate --strict examples/kcom exited %d\n%s%s", code, out.String(), errOut.String())
	}
	if !regexp.MustCompile(`(?m)^ok: 13 files, \d+ assets, no problems$`).Match(out.Bytes()) {
		t.Errorf("unexpected validate output:\n%s", out.String())
	}
	out.Reset()
	if code := run([]string{"plan", "--fail-on", "blocker", "../../examples/kcom"}, streams{Out: &out, Err: &errOut}); code != exitOK {
		t.Fatalf("decom plan --fail-on blocker examples/kcom exited %d\n%s", code, errOut.String())
	}
	if errOut.Len() > 0 {
		t.Errorf("plan printed to stderr:\n%s", errOut.String())
	}
}
