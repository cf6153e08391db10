//go:build unix

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFmtInterrupted starts `decom fmt` on 2,000 files, sends it SIGINT
// (and, in a second run, SIGTERM) once it has laid out the first, and
// checks that it stops with exit 2 and a message, leaves no temporary
// file, and that every file holds either its old text or its new one,
// exactly the files it listed holding the new.
func TestFmtInterrupted(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			const n = 2000
			old := func(i int) string { return fmt.Sprintf("site \"s%d\" {\nname=\"S\"\n}\n", i) }
			tidy := func(i int) string { return fmt.Sprintf("site \"s%d\" {\n  name = \"S\"\n}\n", i) }
			for i := range n {
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%04d.hcl", i)), []byte(old(i)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			cmd := exec.Command(os.Args[0], "fmt", dir)
			cmd.Env = append(os.Environ(), "DECOM_TEST_RUN_MAIN=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(out)
			if !sc.Scan() {
				t.Fatalf("decom fmt printed nothing: %s", stderr.String())
			}
			listed := map[string]bool{sc.Text(): true}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			for sc.Scan() {
				listed[sc.Text()] = true
			}
			err = cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitUsage {
				t.Fatalf("exit: %v, want status %d (stderr %s)", err, exitUsage, stderr.String())
			}
			if want := "decom: interrupted: the files listed were laid out, the others were left as they were\n"; stderr.String() != want {
				t.Errorf("stderr %q, want %q", stderr.String(), want)
			}
			if len(listed) == n {
				t.Fatalf("all %d files were laid out before the signal took effect", n)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != n {
				t.Errorf("%d entries in the folder, want %d (a temporary file left behind?)", len(entries), n)
			}
			for i := range n {
				name := filepath.Join(dir, fmt.Sprintf("s%04d.hcl", i))
				b, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				want := old(i)
				if listed[name] {
					want = tidy(i)
				}
				if string(b) != want {
					t.Fatalf("%s holds %q, want %q (listed: %v)", name, b, want, listed[name])
				}
			}
			for _, e := range entries {
				if strings.Contains(e.Name(), ".decom-") {
					t.Errorf("temporary file left behind: %s", e.Name())
				}
			}
		})
	}
}
