package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes, the same for every command.
const (
	exitOK       = 0 // success (warnings allowed)
	exitFindings = 1 // validation errors, or plan findings asked for with --fail-on
	exitUsage    = 2 // usage error, or the inventory could not be loaded
)

// streams are the command's standard streams, swapped for buffers in tests.
type streams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// exitError carries an exit code up to Main. Commands return it when they
// have already printed what went wrong.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

// findings returns the error a command gives when it printed findings.
func findings() error { return &exitError{code: exitFindings} }

// loadFailed returns the error a command gives when the inventory could not
// be loaded at all and it has printed why.
func loadFailed() error { return &exitError{code: exitUsage} }

// Main runs decom with os.Args and returns the process exit code.
func Main() int {
	return run(os.Args[1:], streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr})
}

func run(args []string, s streams) int {
	root := newRootCmd(s)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(s.Err, "decom:", ee.err)
		}
		return ee.code
	}
	// Anything else is a usage error from cobra or flag parsing.
	fmt.Fprintln(s.Err, "decom:", err)
	fmt.Fprintln(s.Err, "Run 'decom --help' for usage.")
	return exitUsage
}

func newRootCmd(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "decom",
		Short: "Plan a safe, deadline-aware exit from a legacy network",
		Long: `decom reads an estate declared in HCL (sites, networks, devices, applications,
endpoints, suppliers and contracts), validates it, orders its migration and
retirement into deadline-aware waves, explains every decision and draws the
estate and the plan as diagrams.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	for _, newCmd := range commands {
		root.AddCommand(newCmd(s))
	}
	return root
}

// commands holds the constructor of every subcommand. Each command's file
// registers itself in an init function, so that commands live in files of
// their own; cobra lists them sorted by name whatever the order here.
var commands []func(streams) *cobra.Command

func register(newCmd func(streams) *cobra.Command) { commands = append(commands, newCmd) }
