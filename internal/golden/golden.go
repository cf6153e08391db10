// Package golden compares test output with golden files, the pattern of
// golang/go's src/go/printer/printer_test.go: `go test -update` rewrites
// the files from the current output instead of comparing, and the diff is
// reviewed before it is committed.
//
// It registers the -update flag, so a test package that imports it must
// not define a flag of that name itself. Only tests import it.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files from the current output instead of comparing with them")

// Update reports whether the test run was asked to rewrite golden files
// (go test -update).
func Update() bool { return *update }

// Check compares got with the golden file at path. With -update it writes
// got to path instead (creating its folder), and the test passes. A missing
// file or a difference fails the test, naming the first line that differs.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (go test -update rewrites it; review the diff): %s", path, FirstDiff(got, want))
	}
}

// FirstDiff describes the first line where got and want differ, for a
// failure message; "same lines, different bytes" when only line endings or
// a final newline differ.
func FirstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) || i >= len(g) || i >= len(w) {
			return fmt.Sprintf("line %d\n got: %q\nwant: %q", i+1, gl, wl)
		}
	}
	return "same lines, different bytes"
}
