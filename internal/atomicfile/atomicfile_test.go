package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteCreatesAndReplaces checks a new file gets perm, a replaced one
// keeps its own permissions, and no temporary file is left behind.
func TestWriteCreatesAndReplaces(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.hcl")
	if err := Write(name, []byte("one"), 0o640); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(name); fi.Mode().Perm() != 0o640 {
		t.Errorf("new file mode %v, want 0640", fi.Mode().Perm())
	}
	if err := os.Chmod(name, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(name, []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(name)
	fi, _ := os.Stat(name)
	if string(b) != "two" || fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced file %q mode %v, want \"two\" 0600", b, fi.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d entries in the folder, want 1 (no temporary file left)", len(entries))
	}
	if err := Write(filepath.Join(dir, "missing", "b.hcl"), nil, 0o644); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
}
