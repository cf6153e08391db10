package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of stopping.
type recorder struct {
	testing.TB
	failed bool
	msg    string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.failed = true
	r.msg = format
}
func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }

func TestCheck(t *testing.T) {
	defer func(u bool) { *update = u }(*update)
	*update = false // this test checks comparing, whatever the run asked for
	path := filepath.Join(t.TempDir(), "a.golden")
	if err := os.WriteFile(path, []byte("one\ntwo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		got  string
		fail bool
	}{{"one\ntwo\n", false}, {"one\nTWO\n", true}, {"one\ntwo", true}, {"", true}} {
		r := &recorder{TB: t}
		Check(r, path, []byte(c.got))
		if r.failed != c.fail {
			t.Errorf("Check(%q): failed = %v, want %v", c.got, r.failed, c.fail)
		}
	}
	r := &recorder{TB: t}
	Check(r, filepath.Join(t.TempDir(), "missing.golden"), []byte("x"))
	if !r.failed || !strings.Contains(r.msg, "-update") {
		t.Errorf("a missing golden file: failed = %v, message %q", r.failed, r.msg)
	}
}

func TestFirstDiff(t *testing.T) {
	for _, c := range []struct{ got, want, diff string }{
		{"a\nb\n", "a\nc\n", "line 2\n got: \"b\"\nwant: \"c\""},
		{"a\n", "a\nb\n", "line 2\n got: \"\"\nwant: \"b\""},
		{"a\r\n", "a\n", "line 1\n got: \"a\\r\"\nwant: \"a\""},
	} {
		if got := FirstDiff([]byte(c.got), []byte(c.want)); got != c.diff {
			t.Errorf("FirstDiff(%q, %q) = %q, want %q", c.got, c.want, got, c.diff)
		}
	}
}
