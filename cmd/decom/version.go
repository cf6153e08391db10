package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"github.com/decomhq/decom/render/formats"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// versionOptions are the parsed arguments of `decom version`.
type versionOptions struct {
	Format string // a name from versionFormats
}

// bind registers the command's flags on fs.
func (o *versionOptions) bind(fs *pflag.FlagSet) {
	formatFlag(fs, &o.Format, versionFormats)
}

// newVersionCmd builds `decom version` with run as its action.
func newVersionCmd(s streams, run func(streams, *versionOptions) error) *cobra.Command {
	o := &versionOptions{}
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print decom's version and the commit it was built from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// runVersion prints the build information the Go toolchain recorded.
func runVersion(s streams, o *versionOptions) error {
	write, err := versionFormats.Lookup(o.Format)
	if err != nil {
		return err
	}
	return write(s.Out, versionInfo(debug.ReadBuildInfo()))
}

// versionFormats are the output formats of `decom version`.
var versionFormats = formats.List[buildInfo]{
	{Name: "text", Write: func(w io.Writer, b buildInfo) error {
		_, err := fmt.Fprintln(w, b.String())
		return err
	}},
	{Name: "json", Write: formats.JSON[buildInfo]},
}

// buildInfo is what `decom version -o json` prints.
type buildInfo struct {
	Version   string `json:"version"`
	Commit    string `json:"commit,omitempty"`
	Modified  bool   `json:"modified,omitempty"`
	Time      string `json:"time,omitempty"`
	GoVersion string `json:"go_version"`
}

// versionInfo reads the build information; ok is false when the binary
// carries none, which gives the version "unknown".
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

// String describes the build: module version, then commit and whether the
// tree was modified, where the Go toolchain recorded them, then the Go
// version.
func (b buildInfo) String() string {
	if b.GoVersion == "" {
		return "decom (unknown version)"
	}
	out := "decom " + b.Version
	if b.Commit != "" {
		out += " commit " + b.Commit[:min(12, len(b.Commit))]
		if b.Modified {
			out += "+dirty"
		}
		if b.Time != "" {
			out += " (" + b.Time + ")"
		}
	}
	return out + " " + b.GoVersion
}
