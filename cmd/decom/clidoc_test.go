package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/golden"
	"github.com/spf13/cobra"
)

// TestCLIDoc keeps docs/cli.md in step with the commands: it renders every
// command's usage, description, examples and flags and compares the result
// with the file. Run `go test ./cmd/decom -run TestCLIDoc -update` after
// changing a command.
func TestCLIDoc(t *testing.T) {
	got := cliDoc(newRootCmd(streams{}))
	golden.Check(t, "../../docs/cli.md", got)
}

func cliDoc(root *cobra.Command) []byte {
	var b bytes.Buffer
	b.WriteString("# Command reference\n\n")
	b.WriteString("This page is generated from the commands themselves (`go test ./cmd/decom -run TestCLIDoc -update`).\n\n")
	b.WriteString("Exit codes, for every command: 0 fine (warnings allowed); 1 findings (validation errors; plan breaches or blockers with `--fail-on`; ends not handled in time with `expiring --fail-if-any`); 2 usage or load error.\n\n")
	writeCommands(&b, root)
	return append(bytes.TrimRight(b.Bytes(), "\n"), '\n')
}

// writeCommands writes each subcommand of parent, then its own subcommands.
func writeCommands(b *bytes.Buffer, parent *cobra.Command) {
	for _, c := range parent.Commands() {
		if !c.IsAvailableCommand() || c.Name() == "help" {
			continue
		}
		fmt.Fprintf(b, "## %s\n\n%s.\n\n", c.CommandPath(), c.Short)
		fmt.Fprintf(b, "```\n%s\n```\n\n", c.UseLine())
		if c.Long != "" {
			fmt.Fprintf(b, "%s\n\n", strings.TrimSpace(c.Long))
		}
		if c.Example != "" {
			fmt.Fprintf(b, "Examples:\n\n```sh\n%s\n```\n\n", strings.TrimRight(dedent(c.Example), "\n"))
		}
		if f := c.NonInheritedFlags().FlagUsages(); f != "" {
			fmt.Fprintf(b, "Flags:\n\n```\n%s```\n\n", f)
		}
		writeCommands(b, c)
	}
}

// dedent removes the two-space indent cobra examples are written with.
func dedent(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, "  ")
	}
	return strings.Join(lines, "\n")
}
