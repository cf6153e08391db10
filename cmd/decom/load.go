package main

import (
	"io"
	"os"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/diagnostics"
	"github.com/hashicorp/hcl/v2"
	"golang.org/x/term"
)

// loadOptions are the loader options of every command: the soft memory
// limit is sized to the inventory (see memlimit.go).
var loadOptions = inventory.LoadOptions{Discovered: sizeMemoryLimit}

// loadForPlan loads the inventory at paths (default ".") for a command
// that plans it, with inventory.LoadForPlan. It prints the diagnostics on
// stderr in the text format (no summary line; colour only on a terminal)
// and returns the model, or the exit error for an inventory that is
// invalid (exit 1) or could not be loaded (exit 2).
func loadForPlan(s streams, paths []string) (*inventory.Model, error) {
	m, diags, outcome := inventory.LoadForPlan(paths, loadOptions)
	if len(diags) > 0 {
		printDiagnostics(s.Err, m, diags)
	}
	return m, outcomeError(outcome)
}

// planModel plans m. Load never gives a model Build refuses (its one
// error is a duplicate address, which Load reports and leaves out), so an
// error here exits 2 like an inventory that could not be loaded.
func planModel(m *inventory.Model, o planner.Options) (*planner.Plan, error) {
	p, err := planner.Build(m, o)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	return p, nil
}

// loadAndPlan is loadForPlan, then planModel with the what-if overrides:
// the model and its plan, or the exit error.
func loadAndPlan(s streams, paths []string, o planner.Options) (*inventory.Model, *planner.Plan, error) {
	m, err := loadForPlan(s, paths)
	if err != nil {
		return nil, nil, err
	}
	p, err := planModel(m, o)
	if err != nil {
		return nil, nil, err
	}
	return m, p, nil
}

// outcomeError is the exit error for a load outcome, nil when it is valid.
func outcomeError(o inventory.LoadOutcome) error {
	switch o {
	case inventory.NotLoaded:
		return loadFailed()
	case inventory.LoadedInvalid:
		return findings()
	}
	return nil
}

// sourcesOf maps each loaded file's name to its bytes, for snippets.
func sourcesOf(m *inventory.Model) map[string][]byte {
	out := make(map[string][]byte, len(m.Files))
	for _, f := range m.Files {
		out[f.Name] = f.Bytes
	}
	return out
}

// printDiagnostics writes diags to w in the text format without the
// summary line, the way every command but validate reports them.
func printDiagnostics(w io.Writer, m *inventory.Model, diags hcl.Diagnostics) {
	r := diagnostics.NewReport(diags, sourcesOf(m), len(m.Files), 0)
	_ = diagnostics.Text(w, diagnostics.Input{Report: r, Options: diagnostics.Options{NoSummary: true, Color: colorFor(w, false)}})
}

// colorFor reports whether text written to w may be coloured: only when w
// is a terminal, NO_COLOR is unset or empty, TERM is not "dumb" and noColor
// (--no-color) is false.
func colorFor(w io.Writer, noColor bool) bool {
	if noColor || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
