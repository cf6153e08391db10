package main

import (
	"encoding/json"
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func init() { register(newVersionCmd) }

func newVersionCmd(s streams) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print decom's version and the commit it was built from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			bi, ok := debug.ReadBuildInfo()
			switch format {
			case "text":
				fmt.Fprintln(s.Out, versionString(bi, ok))
			case "json":
				enc := json.NewEncoder(s.Out)
				enc.SetIndent("", "  ")
				return enc.Encode(versionInfo(bi, ok))
			default:
				return fmt.Errorf("unknown format %q for --format; valid formats: text, json", format)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "o", "text", "output format: text, json")
	return cmd
}

// buildInfo is what `decom version -o json` prints.
type buildInfo struct {
	Version   string `json:"version"`
	Commit    string `json:"commit,omitempty"`
	Modified  bool   `json:"modified,omitempty"`
	Time      string `json:"time,omitempty"`
	GoVersion string `json:"go_version"`
}

func versionInfo(bi *debug.BuildInfo, ok bool) buildInfo {
	if !ok {
		return buildInfo{Version: "unknown"}
	}
	out := buildInfo{Version: bi.Main.Version, GoVersion: bi.GoVersion}
	if out.Version == "" {
		out.Version = "(devel)"
	}
	for _, kv := range bi.Settings {
		switch kv.Key {
		case "vcs.revision":
			out.Commit = kv.Value
		case "vcs.modified":
			out.Modified = kv.Value == "true"
		case "vcs.time":
			out.Time = kv.Value
		}
	}
	return out
}

// versionString describes the build: module version, then commit and
// whether the tree was modified, where the Go toolchain recorded them.
func versionString(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "decom (unknown version)"
	}
	v := versionInfo(bi, ok)
	out := "decom " + v.Version
	if v.Commit != "" {
		out += " commit " + v.Commit[:min(12, len(v.Commit))]
		if v.Modified {
			out += "+dirty"
		}
		if v.Time != "" {
			out += " (" + v.Time + ")"
		}
	}
	return out + " " + v.GoVersion
}
