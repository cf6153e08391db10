package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/decomhq/decom/render/formats"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
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

// newRootCmd builds decom with every command. Each command has the same
// shape: an options struct that binds its flags, a constructor
// newXCmd(s, run) that parses the arguments into the options and calls run
// (tests pass their own run to check the parsed options), and a private
// runX that only calls library code and turns the outcome into an exit
// code. cobra lists the commands sorted by name.
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
	root.AddCommand(
		newValidateCmd(s, runValidate),
		newPlanCmd(s, runPlan),
		newGraphCmd(s, runGraph),
		newWhyCmd(s, runWhy),
		newImpactCmd(s, runImpact),
		newDiffCmd(s, runDiff),
		newReportCmd(s, runReport),
		newExpiringCmd(s, runExpiring),
		newFmtCmd(s, runFmt),
		newImportCmd(s),
		newVersionCmd(s, runVersion),
	)
	return root
}

// formatFlag adds --format (-o) to fs, storing the name in p: the names of
// list in its help, its first format the default. The command looks the
// name up with list.Lookup, whose error is the one usage error for every
// unknown format.
func formatFlag[T any](fs *pflag.FlagSet, p *string, list formats.List[T]) {
	fs.StringVarP(p, "format", "o", list.Default(), list.Usage())
}
