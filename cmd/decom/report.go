package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"

	"github.com/decomhq/decom/internal/atomicfile"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/diagram"
	"github.com/decomhq/decom/render/graphout"
	"github.com/decomhq/decom/report"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// reportOptions are the parsed arguments of `decom report`.
type reportOptions struct {
	Paths  []string // directories or files to load; empty means "."
	Format string   // a name from report.Formats
	Out    string   // file to write instead of stdout; empty for stdout
}

// bind registers the command's flags on fs.
func (o *reportOptions) bind(fs *pflag.FlagSet) {
	formatFlag(fs, &o.Format, report.Formats)
	fs.StringVar(&o.Out, "out", "", "write the report to `FILE` (replaced whole) instead of standard output")
}

// newReportCmd builds `decom report` with run as its action.
func newReportCmd(s streams, run func(streams, *reportOptions) error) *cobra.Command {
	o := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report [DIR|FILE...]",
		Short: "Write the decommissioning report for a programme board",
		Long: `report loads, validates and plans the inventory and writes the report a
programme board signs off: when the exit finishes against the end of the
contract that decides it, breaches and blockers at a glance, the annual
running cost switched off; a timeline of the waves with freezes and contract
and support ends; what each wave moves, retires and decommissions, its
effort, critical cutovers, users affected, ports released and cost switched
off, with running totals; the costs (assets and contracts that lapse) by
wave and by tenant; each contract's verdict (met, late, blocked, none); the
critical services' cutovers and slack; breaches with where each deadline is
written; blockers with their causal chains.

-o markdown (the default) is for a wiki or a pull request, with the timeline
as a Mermaid gantt block. -o html is one self-contained page (inline CSS and
SVG, nothing fetched) that prints to PDF a section a page; it includes the
estate and plan diagrams when Graphviz (dot) is installed. -o json is the
same content for other tools.`,
		Example: `  decom report examples/kcom > kcom-report.md
  decom report -o html --out kcom.html examples/kcom`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// runReport loads and plans the inventory and writes the report, to
// o.Out when given.
func runReport(s streams, o *reportOptions) error {
	write, err := report.Formats.Lookup(o.Format)
	if err != nil {
		return err
	}
	m, p, err := loadAndPlan(s, o.Paths, planner.Options{})
	if err != nil {
		return err
	}
	r := report.New(m, p)
	if o.Format == "html" {
		r.Diagrams, r.NoDiagrams = diagrams(m, p)
	}
	var b bytes.Buffer
	if err := write(&b, r); err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the report: %w", err)}
	}
	if o.Out == "" {
		_, err = s.Out.Write(b.Bytes())
	} else {
		err = atomicfile.Write(o.Out, b.Bytes(), 0o644)
	}
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the report: %w", err)}
	}
	return nil
}

// diagrams draws the estate and the plan with Graphviz for the HTML
// report. Without dot on the PATH there are none and no reason (the report
// says how to install it); when dot fails or takes over a minute, none and
// the reason.
func diagrams(m *inventory.Model, p *planner.Plan) ([]report.Diagram, string) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		return nil, ""
	}
	write, err := graphout.Formats.Lookup("dot")
	if err != nil {
		return nil, err.Error()
	}
	var out []report.Diagram
	for _, d := range []struct {
		id, title string
		view      diagram.View
	}{{"estate", "The estate: networks, devices, applications and endpoint groups", diagram.ViewEstate},
		{"plan", "The plan: assets in wave columns, joined to what decided each wave", diagram.ViewPlan}} {
		var src bytes.Buffer
		in := graphout.Input{Model: m, Plan: p, MaxNodes: graphout.DefaultMaxNodes, Options: diagram.Options{View: d.view, Depth: 1}}
		if err := write(&src, in); err != nil {
			return nil, "the " + d.id + " diagram could not be built: " + err.Error()
		}
		svg, err := runDot(dot, src.Bytes())
		if err != nil {
			return nil, "Graphviz could not draw the " + d.id + " diagram (" + err.Error() + ")"
		}
		out = append(out, report.Diagram{ID: d.id, Title: d.title, SVG: inlineSVG(svg, d.id)})
	}
	return out, ""
}

// runDot renders DOT source as SVG, giving Graphviz a minute.
func runDot(dot string, src []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, dot, "-Tsvg")
	cmd.Stdin = bytes.NewReader(src)
	out, err := cmd.Output()
	if ctx.Err() != nil {
		return nil, errors.New("it took longer than a minute")
	}
	return out, err
}

// inlineSVG makes Graphviz's SVG document an element to place in a page:
// the XML prolog and doctype go, and every id (and reference to one) is
// prefixed so that two diagrams on one page do not share ids.
func inlineSVG(svg []byte, prefix string) string {
	s := string(svg)
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	s = strings.ReplaceAll(s, ` id="`, ` id="`+prefix+`-`)
	s = strings.ReplaceAll(s, `url(#`, `url(#`+prefix+`-`)
	s = strings.ReplaceAll(s, `href="#`, `href="#`+prefix+`-`)
	return strings.TrimSpace(s)
}
