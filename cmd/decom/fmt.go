package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/format"
	"github.com/decomhq/decom/render/printable"
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
at the end, line endings kept (CRLF or LF, as the file's first line has
them). Only white space changes; every comment stays where it was. It
prints the name of each file it changed. A file that does not parse, or is
binary, is left untouched and its errors are reported (exit 1).

A file is replaced through a temporary file in its folder, with its mode,
owner and group, synced before it is renamed, so it is never half written;
a symbolic link is written through to its target. A file with several hard
links, a read-only file or folder, and anything that is not a regular file
are left as they are, each with a message, while the other files are laid
out (exit 2). SIGINT or SIGTERM stops it between two files.

With --check nothing is written: fmt lists the files that are not laid out
canonically and exits 1 if there are any, for CI. With "-" it reads one
file from standard input and writes it laid out to standard output (with
--check it only says whether it is laid out). See docs/decisions.md.`,
		Example: `  decom fmt examples/kcom
  decom fmt --check examples/kcom
  decom fmt - < examples/kcom/networks.hcl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// stdinName names standard input in fmt's output and diagnostics.
const stdinName = "<stdin>"

// runFmt lays out the files, or standard input, canonically. Each file is
// laid out by format.File, which never damages one; a file it leaves as it
// is gets a diagnostic and the others are still laid out. SIGINT and
// SIGTERM stop it between two files, so no temporary file is left behind.
func runFmt(s streams, o *fmtOptions) error {
	if slices.Contains(o.Paths, "-") {
		if len(o.Paths) > 1 {
			return errors.New(`"-" (standard input) cannot be combined with other paths; run decom fmt once for each`)
		}
		return fmtStdin(s, o.Check)
	}
	names, diags := inventory.Discover(o.Paths)
	if diags.HasErrors() {
		printDiagnostics(s.Err, &inventory.Model{}, diags)
		return loadFailed()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var problems hcl.Diagnostics
	var sources []inventory.SourceFile
	unformatted, refused, broken := 0, 0, 0
	for _, name := range names {
		if ctx.Err() != nil {
			printDiagnostics(s.Err, &inventory.Model{Files: sources}, problems)
			return &exitError{code: exitUsage, err: errors.New("interrupted: the files listed were laid out, the others were left as they were")}
		}
		r := format.File(name, o.Check)
		switch {
		case r.Refused:
			refused++
		case r.Failed():
			broken++
		case r.Changed:
			unformatted++
			fmt.Fprintln(s.Out, printable.Line(name))
		}
		if len(r.Diagnostics) > 0 {
			problems = append(problems, r.Diagnostics...)
			sources = append(sources, inventory.SourceFile{Name: name, Bytes: r.Source})
		}
	}
	if len(problems) > 0 {
		printDiagnostics(s.Err, &inventory.Model{Files: sources}, problems)
	}
	switch {
	case refused > 0:
		return &exitError{code: exitUsage, err: fmt.Errorf("%s left unchanged (see above)", english.Plural(refused, "file", "files"))}
	case broken > 0:
		return findings()
	case o.Check && unformatted > 0:
		return &exitError{code: exitFindings, err: fmt.Errorf("%d file(s) not formatted; run: decom fmt %s", unformatted, strings.Join(o.Paths, " "))}
	}
	return nil
}

// fmtStdin lays out one inventory file read from standard input: to
// standard output, or with check only says whether it is laid out (its
// name, <stdin>, on standard output and exit 1 when it is not).
func fmtStdin(s streams, check bool) error {
	src, err := io.ReadAll(s.In)
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("reading standard input: %w", err)}
	}
	diags := inventory.CheckText(stdinName, src)
	var out []byte
	if !diags.HasErrors() {
		out, diags = format.Source(stdinName, src)
	}
	if diags.HasErrors() {
		printDiagnostics(s.Err, &inventory.Model{Files: []inventory.SourceFile{{Name: stdinName, Bytes: src}}}, diags)
		return findings()
	}
	if check {
		if bytes.Equal(out, src) {
			return nil
		}
		fmt.Fprintln(s.Out, stdinName)
		return &exitError{code: exitFindings, err: errors.New("standard input is not formatted; run: decom fmt -")}
	}
	if _, err := s.Out.Write(out); err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the result: %w", err)}
	}
	return nil
}
