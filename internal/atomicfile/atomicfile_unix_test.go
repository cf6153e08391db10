//go:build unix

package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestWriteKeepsOwnerAndGroup checks that a replaced file keeps its owner
// and group (a group other than the process's, when run as root) and its
// setgid bit, and is a new inode (replaced, not written in place).
func TestWriteKeepsOwnerAndGroup(t *testing.T) {
	name := filepath.Join(t.TempDir(), "a.hcl")
	if err := os.WriteFile(name, []byte("one"), 0o640); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		if err := os.Chown(name, 4242, 4343); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(name, 0o2640); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := os.Stat(name)
	if err := Write(name, []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(name)
	b, a := before.Sys().(*syscall.Stat_t), after.Sys().(*syscall.Stat_t)
	if after.Mode() != before.Mode() || a.Uid != b.Uid || a.Gid != b.Gid {
		t.Errorf("mode %v owner %d:%d, want %v %d:%d", after.Mode(), a.Uid, a.Gid, before.Mode(), b.Uid, b.Gid)
	}
	if a.Ino == b.Ino {
		t.Error("the file was written in place, not replaced")
	}
}

// TestWriteFailureLeavesNothing checks that a failed write (the folder is
// read-only to a non-root user; or the target is a folder, which the
// rename cannot replace) leaves the file as it was and no temporary file.
func TestWriteFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "sub")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(target, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	err := Write(target, []byte("data"), 0o644)
	if err == nil || !strings.HasPrefix(err.Error(), "cannot replace "+target+": ") {
		t.Fatalf("err = %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d entries in the folder, want 1 (no temporary file left)", len(entries))
	}
}
