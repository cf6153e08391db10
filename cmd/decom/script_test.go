package main

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets scripts run decom in-process as the "decom" command. With
// DECOM_TEST_RUN_MAIN=1 the test binary is decom itself, for tests that
// start it as a child process (to send it a signal).
func TestMain(m *testing.M) {
	if os.Getenv("DECOM_TEST_RUN_MAIN") == "1" {
		os.Exit(Main())
	}
	testscript.Main(m, map[string]func(){
		"decom": func() { os.Exit(Main()) },
	})
}

// TestScripts runs every testdata/script/*.txtar. Set DECOM_UPDATE_SCRIPTS=1
// to rewrite the golden sections (stdout/stderr files) from what decom
// prints; review the diff before committing.
//
// Besides testscript's own commands, scripts have:
//
//	status N command [args...]
//
// which runs command like exec and fails unless it exits with exactly N.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       os.Getenv("DECOM_UPDATE_SCRIPTS") == "1",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Cmds:                map[string]func(ts *testscript.TestScript, neg bool, args []string){"status": cmdStatus},
	})
}

func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! status")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: status N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: %q is not an exit code", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("status: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited %d, want %d", args[1], got, want)
	}
}
