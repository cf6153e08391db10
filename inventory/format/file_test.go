//go:build unix

package format

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
)

const (
	messy = "network \"kcom\" {\nrole=\"legacy\" # the WAN\n}\n"
	tidy  = "network \"kcom\" {\n  role = \"legacy\" # the WAN\n}\n"
)

// write creates dir/name with text and mode, and returns its path.
func write(t *testing.T, dir, name, text string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
	return p
}

func text(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// noTemporaries fails when a temporary file of File is left in dir.
func noTemporaries(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), ".decom-") {
			t.Errorf("temporary file left behind: %s", p)
		}
		return nil
	})
}

// code returns the one diagnostic code of r, or "".
func code(t *testing.T, r Result) string {
	t.Helper()
	if len(r.Diagnostics) == 0 {
		return ""
	}
	if len(r.Diagnostics) > 1 {
		t.Fatalf("%d diagnostics: %v", len(r.Diagnostics), r.Diagnostics)
	}
	return diag.Code(r.Diagnostics[0])
}

func TestFileRewrites(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "net.hcl", messy, 0o640)
	if r := File(p, true); !r.Changed || r.Failed() || text(t, p) != messy {
		t.Fatalf("check: %+v; the file must not change", r)
	}
	if r := File(p, false); !r.Changed || r.Failed() {
		t.Fatalf("rewrite: %+v", r)
	}
	if got := text(t, p); got != tidy {
		t.Errorf("got %q", got)
	}
	if r := File(p, false); r.Changed || r.Failed() {
		t.Errorf("a laid-out file: %+v", r)
	}
	noTemporaries(t, dir)
}

// TestFileKeepsModeOwnerGroup checks that the replaced file has the mode,
// owner and group of the one it replaces (a group other than the
// process's when run as root).
func TestFileKeepsModeOwnerGroup(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "net.hcl", messy, 0o640)
	if os.Geteuid() == 0 {
		if err := os.Chown(p, 4242, 4343); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := os.Stat(p)
	if r := File(p, false); !r.Changed || r.Failed() {
		t.Fatalf("%+v", r)
	}
	after, _ := os.Stat(p)
	b, a := before.Sys().(*syscall.Stat_t), after.Sys().(*syscall.Stat_t)
	if after.Mode() != before.Mode() || a.Uid != b.Uid || a.Gid != b.Gid {
		t.Errorf("mode %v owner %d:%d, want %v %d:%d", after.Mode(), a.Uid, a.Gid, before.Mode(), b.Uid, b.Gid)
	}
	if a.Ino == b.Ino {
		t.Error("the file was written in place, not replaced")
	}
}

func TestFileCRLF(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "net.hcl", strings.ReplaceAll(messy, "\n", "\r\n"), 0o644)
	if r := File(p, false); !r.Changed || r.Failed() {
		t.Fatalf("%+v", r)
	}
	if got, want := text(t, p), strings.ReplaceAll(tidy, "\n", "\r\n"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFileSymlink checks that a symbolic link is written through: the
// target is laid out, the link stays a link, and the temporary file is
// made in the target's folder.
func TestFileSymlink(t *testing.T) {
	dir := t.TempDir()
	target := write(t, dir, "shared/net.hcl", messy, 0o644)
	link := filepath.Join(dir, "estate", "net.hcl")
	os.MkdirAll(filepath.Dir(link), 0o755)
	if err := os.Symlink("../shared/net.hcl", link); err != nil {
		t.Fatal(err)
	}
	if r := File(link, false); !r.Changed || r.Failed() {
		t.Fatalf("%+v", r)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi.Mode(), err)
	}
	if got := text(t, target); got != tidy {
		t.Errorf("target %q", got)
	}
	noTemporaries(t, dir)
}

// TestFileRefuses checks every case File leaves a file exactly as it is,
// with a diagnostic, and without a temporary file.
func TestFileRefuses(t *testing.T) {
	dir := t.TempDir()
	hard := write(t, dir, "hard/a.hcl", messy, 0o644)
	if err := os.Link(hard, filepath.Join(dir, "hard", "b.hcl")); err != nil {
		t.Fatal(err)
	}
	readOnly := write(t, dir, "ro/file.hcl", messy, 0o444)
	inROFolder := write(t, dir, "rodir/net.hcl", messy, 0o644)
	if err := os.Chmod(filepath.Join(dir, "rodir"), 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "rodir"), 0o755) })
	binary := write(t, dir, "bin.hcl", "network \"x\" {\x00}\n", 0o644)
	broken := write(t, dir, "broken.hcl", "network \"x\" {\n", 0o644)
	fifo := filepath.Join(dir, "pipe.hcl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path, code string
		refused    bool
		want       string // the text the file must still hold
	}{
		{hard, CodeHardLink, true, messy},
		{readOnly, CodeUnwritable, true, messy},
		{inROFolder, CodeUnwritable, true, messy},
		{binary, "binary-file", false, "network \"x\" {\x00}\n"},
		{broken, diag.CodeSyntax, false, "network \"x\" {\n"},
		{fifo, inventory.CodeNotRegularFile, true, ""},
	} {
		before, _ := os.Stat(c.path)
		r := File(c.path, false)
		if got := code(t, r); got != c.code || r.Refused != c.refused || r.Changed {
			t.Errorf("%s: code %q refused %v changed %v, want %q %v false", c.path, got, r.Refused, r.Changed, c.code, c.refused)
		}
		if c.want != "" && text(t, c.path) != c.want {
			t.Errorf("%s was changed", c.path)
		}
		after, _ := os.Stat(c.path)
		if after.Mode() != before.Mode() || !after.ModTime().Equal(before.ModTime()) {
			t.Errorf("%s: mode or time changed", c.path)
		}
	}
	// --check reads and judges them all without refusing to write.
	if r := File(hard, true); !r.Changed || r.Failed() {
		t.Errorf("check of a hard-linked file: %+v", r)
	}
	noTemporaries(t, dir)
}
