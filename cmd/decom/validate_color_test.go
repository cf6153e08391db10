//go:build linux

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal and returns its controlling side, to
// read what was written, and its terminal side, to write to.
func openPTY(t *testing.T) (ctl, tty *os.File) {
	t.Helper()
	ctl, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Fatalf("opening a pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { ctl.Close() })
	if err := unix.IoctlSetPointerInt(int(ctl.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(ctl.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	return ctl, tty
}

// validateOnTerminal runs decom validate with stdout on a terminal and
// returns its exit code and what the terminal received.
func validateOnTerminal(t *testing.T, args ...string) (int, string) {
	ctl, tty := openPTY(t)
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(ctl) // ends with EIO once the terminal side is closed
		done <- string(b)
	}()
	code := run(append([]string{"validate"}, args...), streams{In: strings.NewReader(""), Out: tty, Err: &bytes.Buffer{}})
	tty.Close()
	return code, <-done
}

// TestValidateColor checks that the text report is coloured on a terminal,
// and not with NO_COLOR or --no-color.
func TestValidateColor(t *testing.T) {
	dir := writeBadEstate(t)
	t.Setenv("TERM", "xterm")
	t.Setenv("NO_COLOR", "")
	const colored = "\x1b[1;31merror[unknown-enum-value]\x1b[0m"

	code, out := validateOnTerminal(t, dir)
	if code != exitFindings || !strings.Contains(out, colored) {
		t.Errorf("on a terminal: exit %d, output %q; want exit 1 and %q", code, out, colored)
	}
	code, out = validateOnTerminal(t, "--no-color", dir)
	if code != exitFindings || strings.Contains(out, "\x1b") || !strings.Contains(out, "error[unknown-enum-value]") {
		t.Errorf("with --no-color: exit %d, output %q", code, out)
	}
	t.Setenv("NO_COLOR", "1")
	code, out = validateOnTerminal(t, dir)
	if code != exitFindings || strings.Contains(out, "\x1b") || !strings.Contains(out, "error[unknown-enum-value]") {
		t.Errorf("with NO_COLOR=1: exit %d, output %q", code, out)
	}
}
