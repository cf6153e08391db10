package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func init() { register(newVersionCmd) }

func newVersionCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print decom's version and the commit it was built from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintln(s.Out, versionString(debug.ReadBuildInfo()))
			return nil
		},
	}
}

// versionString describes the build: module version, then commit and
// whether the tree was modified, where the Go toolchain recorded them.
func versionString(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "decom (unknown version)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, modified, when string
	for _, kv := range bi.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value
		case "vcs.modified":
			if kv.Value == "true" {
				modified = "+dirty"
			}
		case "vcs.time":
			when = kv.Value
		}
	}
	out := "decom " + v
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		out += " commit " + rev + modified
		if when != "" {
			out += " (" + when + ")"
		}
	}
	return out + " " + bi.GoVersion
}
