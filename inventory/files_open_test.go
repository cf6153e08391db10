//go:build unix

package inventory

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/limits"
)

// TestLoadRefusesSpecialFiles names a FIFO, /dev/zero and a socket-free
// folder walk with a FIFO in it: none is read (a FIFO would block, a
// device never end), each is not-regular-file, and the rest still loads.
func TestLoadRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	ldWrite(t, dir, map[string]string{"net.hcl": ldNet})
	pipe := filepath.Join(dir, "pipe.hcl")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, paths := range [][]string{{pipe}, {"/dev/zero"}, {dir}} {
		m, diags := Load(paths, LoadOptions{Today: ldToday})
		var got []string
		for _, g := range ldGot(diags) {
			if !strings.Contains(g, "checks-skipped") {
				got = append(got, g)
			}
		}
		want := paths[0] + ":1:1: error[not-regular-file]"
		if paths[0] == dir {
			want = pipe + ":1:1: error[not-regular-file]"
			if len(m.Networks) != 1 {
				t.Errorf("%v: the regular file did not load", paths)
			}
		}
		if strings.Join(got, ";") != want {
			t.Errorf("%v: got %v, want %s\n%s", paths, got, want, ldDiagText(diags))
		}
	}
}

// TestLoadRefusesLargeFiles checks the size limits: a file one byte over
// is refused unread (a sparse file, so the test writes nothing), JSON at
// its lower limit.
func TestLoadRefusesLargeFiles(t *testing.T) {
	dir := t.TempDir()
	for name, size := range map[string]int64{"big.hcl": limits.MaxNativeBytes + 1, "big.hcl.json": limits.MaxJSONBytes + 1} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(p, size); err != nil {
			t.Fatal(err)
		}
		_, _, d := ReadFile(name, p)
		if d == nil || d.Subject.Filename != name || !strings.HasPrefix(d.Detail, name+" is "+map[bool]string{true: "16.0", false: "64.0"}[strings.HasSuffix(name, ".json")]) {
			t.Fatalf("%s: got %v", name, d)
		}
		if code := diag.Code(d); code != CodeFileTooLarge {
			t.Fatalf("%s: code %s", name, code)
		}
	}
	_, diags := Load([]string{dir}, LoadOptions{Today: ldToday})
	got := strings.Join(ldGot(diags), ";")
	want := filepath.Join(dir, "big.hcl.json") + ":1:1: error[file-too-large];" + filepath.Join(dir, "big.hcl") + ":1:1: error[file-too-large];" + filepath.Join(dir, "big.hcl") + ":1:1: warning[checks-skipped]"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
	// At the limit itself, the file is read.
	p := filepath.Join(dir, "big.hcl.json")
	if err := os.Truncate(p, limits.MaxJSONBytes); err != nil {
		t.Fatal(err)
	}
	if src, _, d := ReadFile(p, p); d != nil || len(src) != limits.MaxJSONBytes {
		t.Errorf("at the limit: %d bytes, %v", len(src), d)
	}
}
