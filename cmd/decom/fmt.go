package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/decomhq/decom/internal/atomicfile"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/format"
	"github.com/hashicorp/hcl/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// fmtOptions are the parsed arguments of `decom fmt`.
type fmtOptions struct {
	Paths []string // directories or files to lay out, or "-"; empty means "."
	Check bool     // write nothing, list what is not laid out canonically
}

// bind registers the command's flags on fs.
func (o *fmtOptions) bind(fs *pflag.FlagSet) {
	fs.BoolVar(&o.Check, "check", false, "write nothing; list unformatted files and exit 1 if there are any")
}

// newFmtCmd builds `decom fmt` with run as its action.
func newFmtCmd(s streams, run func(streams, *fmtOptions) error) *cobra.Command {
	o := &fmtOptions{}
	cmd := &cobra.Command{
		Use:   "fmt [DIR|FILE...|-]",
		Short: "Lay out inventory files canonically, keeping every comment",
		Long: `fmt rewrites every *.hcl and *.hcl.json file under each DIR or FILE (default
".") in canonical layout: attributes aligned, two-space indents, one newline
at the end. Only white space changes; every comment stays where it was. It
prints the name of each file it changed. A file that does not parse is left
untouched and its errors are reported (exit 1).

With --check nothing is written: fmt lists the files that are not laid out
canonically and exits 1 if there are any, for CI. With "-" it reads one
native file from standard input and writes it laid out to standard output.`,
		Example: `  decom fmt examples/kcom
  decom fmt --check .
  decom fmt - < network.hcl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// runFmt lays out the files, or standard input, canonically.
func runFmt(s streams, o *fmtOptions) error {
	if len(o.Paths) == 1 && o.Paths[0] == "-" {
		return fmtStdin(s)
	}
	if len(o.Paths) == 0 {
		o.Paths = []string{"."}
	}
	names, diags := inventory.Discover(o.Paths)
	if diags.HasErrors() {
		printDiagnostics(s.Err, &inventory.Model{}, diags)
		return loadFailed()
	}
	var broken hcl.Diagnostics
	var sources []inventory.SourceFile
	unformatted := 0
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			return &exitError{code: exitUsage, err: err}
		}
		out, d := format.Source(name, src)
		if d.HasErrors() {
			broken = append(broken, d...)
			sources = append(sources, inventory.SourceFile{Name: name, Bytes: src})
			continue
		}
		if bytes.Equal(out, src) {
			continue
		}
		unformatted++
		fmt.Fprintln(s.Out, name)
		if !o.Check {
			if err := atomicfile.Write(name, out, 0o644); err != nil {
				return &exitError{code: exitUsage, err: err}
			}
		}
	}
	if len(broken) > 0 {
		printDiagnostics(s.Err, &inventory.Model{Files: sources}, broken)
		return findings()
	}
	if o.Check && unformatted > 0 {
		return &exitError{code: exitFindings, err: fmt.Errorf("%d file(s) not formatted; run: decom fmt %s", unformatted, strings.Join(o.Paths, " "))}
	}
	return nil
}

func fmtStdin(s streams) error {
	src, err := io.ReadAll(s.In)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	out, diags := format.Source("<stdin>", src)
	if diags.HasErrors() {
		printDiagnostics(s.Err, &inventory.Model{Files: []inventory.SourceFile{{Name: "<stdin>", Bytes: src}}}, diags)
		return findings()
	}
	_, err = s.Out.Write(out)
	return err
}
