package main

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
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

// TestHelpExamples runs every example of every command's help, line by
// line with bash (pipefail), in a folder that holds a copy of
// examples/kcom and the CSV files of testdata/examples, with this test
// binary as decom on PATH. Each must exit 0. Lines run in order in the
// same folder, so an example may use what the one before it made.
func TestHelpExamples(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Fatalf("bash is needed to run the examples: %v", err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	if err := os.Symlink(self, filepath.Join(bin, "decom")); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "DECOM_TEST_RUN_MAIN=1", "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	var walk func(c *cobra.Command)
	ran := 0
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			walk(sub)
		}
		if c.Example == "" {
			return
		}
		t.Run(strings.ReplaceAll(c.CommandPath(), " ", "_"), func(t *testing.T) {
			dir := t.TempDir()
			copyTree(t, kcom, filepath.Join(dir, "examples", "kcom"))
			copyTree(t, filepath.Join("testdata", "examples"), dir)
			for _, line := range strings.Split(dedent(c.Example), "\n") {
				if strings.TrimSpace(line) == "" {
					continue
				}
				cmd := exec.Command(bash, "-o", "pipefail", "-c", line)
				cmd.Dir, cmd.Env = dir, env
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("%s: %v\n%s", line, err, out)
				}
				ran++
			}
		})
	}
	walk(newRootCmd(streams{}))
	if ran < 20 {
		t.Errorf("ran only %d example lines", ran)
	}
}

// copyTree copies the regular files under src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dst, filepath.Dir(rel)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
