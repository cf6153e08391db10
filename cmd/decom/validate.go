package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/render/diagnostics"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// validateOptions are the parsed arguments of `decom validate`.
type validateOptions struct {
	Paths   []string // directories or files to load; empty means "."
	Format  string   // a name from diagnostics.Formats
	Strict  bool     // warnings fail the run too
	NoColor bool     // never colour the text format
}

// bind registers the command's flags on fs.
func (o *validateOptions) bind(fs *pflag.FlagSet) {
	formatFlag(fs, &o.Format, diagnostics.Formats)
	fs.BoolVar(&o.Strict, "strict", false, "exit 1 on warnings as well as errors")
	fs.BoolVar(&o.NoColor, "no-color", false, "never colour the text output (NO_COLOR does the same)")
}

// newValidateCmd builds `decom validate` with run as its action (runValidate,
// or a test's own to check the parsed options without loading anything).
func newValidateCmd(s streams, run func(streams, *validateOptions) error) *cobra.Command {
	o := &validateOptions{}
	cmd := &cobra.Command{
		Use:   "validate [DIR|FILE...]",
		Short: "Check an inventory and report every problem with its file and line",
		Long: `validate loads every *.hcl and *.hcl.json file under each DIR (default ".",
recursively, hidden folders skipped) and each FILE, checks every rule of the
inventory language and reports each problem with its file, line, column,
code and fix.

Formats (--format, -o): text (default, for people), json (documented schema
with format_version), sarif (SARIF 2.1.0 for GitHub code scanning) and
github (GitHub Actions annotations). See docs/output-formats.md.

Exit status: 0 when there are no errors (warnings allowed unless --strict),
1 when there are errors (or warnings with --strict), 2 for a usage error or
an inventory that could not be loaded (missing path, no inventory files).`,
		Example: `  decom validate examples/kcom
  decom validate -o sarif examples/kcom > decom.sarif
  decom validate --strict -o github examples/kcom`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// runValidate loads and checks the inventory, writes the report to stdout
// in the chosen format and turns the outcome into the exit code.
func runValidate(s streams, o *validateOptions) error {
	format, err := diagnostics.Formats.Lookup(o.Format)
	if err != nil {
		return err
	}
	m, diags, outcome := inventory.LoadAndCheck(o.Paths, loadOptions)
	r := diagnostics.NewReport(diags, sourcesOf(m), len(m.Files), len(m.Addresses()))
	wd, _ := os.Getwd()
	opts := diagnostics.Options{
		Color:       colorFor(s.Out, o.NoColor),
		WorkDir:     wd,
		ToolVersion: moduleVersion(),
		Log:         s.Err,
	}
	if err := format(s.Out, diagnostics.Input{Report: r, Options: opts}); err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the report: %w", err)}
	}
	if err := outcomeError(outcome); err != nil {
		return err
	}
	if o.Strict && r.Warnings > 0 {
		return findings()
	}
	return nil
}

// moduleVersion is decom's module version as the Go toolchain recorded
// it, or "" when unknown.
func moduleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	return bi.Main.Version
}
