package inventory

import (
	"path/filepath"
	"testing"
)

// TestLoadDiscovered checks the Discovered hook: called once, before
// decoding, with the number of files found (hidden ones skipped, a file
// reached twice counted once) and their total size.
func TestLoadDiscovered(t *testing.T) {
	dir := t.TempDir()
	dev := "device \"sw\" {\n  network = network.kcom\n  kind = \"switch\"\n}\n"
	ldWrite(t, dir, map[string]string{"net.hcl": ldNet, "sub/dev.hcl": dev, ".hidden.hcl": "junk {", "notes.txt": "x"})
	ldSymlink(t, filepath.Join(dir, "net.hcl"), filepath.Join(dir, "again.hcl"))
	calls, files, bytes := 0, 0, int64(0)
	_, diags := Load([]string{dir}, LoadOptions{Today: DateOf(2026, 1, 1), Discovered: func(n int, b int64) {
		calls, files, bytes = calls+1, n, b
	}})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if want := int64(len(ldNet) + len(dev)); calls != 1 || files != 2 || bytes != want {
		t.Errorf("Discovered called %d times with (%d, %d); want once with (2, %d)", calls, files, bytes, want)
	}

	calls = 0
	LoadSources([]SourceFile{{Name: "a.hcl", Bytes: []byte(ldNet)}}, LoadOptions{Discovered: func(n int, b int64) {
		calls, files, bytes = calls+1, n, b
	}})
	if calls != 1 || files != 1 || bytes != int64(len(ldNet)) {
		t.Errorf("LoadSources: Discovered called %d times with (%d, %d); want once with (1, %d)", calls, files, bytes, len(ldNet))
	}
}
