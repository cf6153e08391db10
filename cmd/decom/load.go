package main

import (
	"io"
	"os"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/diagnostics"
	"github.com/hashicorp/hcl/v2"
	"golang.org/x/term"
)

// loadModel loads and checks the inventory at paths (default "."). It
// prints every diagnostic to stderr in the text format (no summary line;
// colour only when stderr is a terminal and NO_COLOR is unset). When there
// are errors it returns an *exitError: exitUsage when the inventory could
// not be loaded (see loadFailedFor), exitFindings when it loaded but is
// invalid. Warnings are printed and do not stop it.
func loadModel(s streams, paths []string) (*inventory.Model, error) {
	m, diags := loadInventory(paths)
	if len(diags) > 0 {
		printDiagnostics(s.Err, m, diags)
	}
	if diags.HasErrors() {
		if loadFailedFor(m, diags) {
			return nil, loadFailed()
		}
		return nil, findings()
	}
	return m, nil
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

// loadInventory loads the inventory at paths (default ".") and runs the
// whole-model checks, so one run reports every problem; after load errors,
// checks about the blocks and files those errors are in are dropped as
// likely echoes (see inventory.CheckLoaded). The model is never nil.
func loadInventory(paths []string) (*inventory.Model, hcl.Diagnostics) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	m, diags := inventory.Load(paths, inventory.LoadOptions{Discovered: sizeMemoryLimit})
	if m == nil {
		m = &inventory.Model{}
	}
	diags = append(diags, inventory.CheckLoaded(m, diags)...)
	return m, diags
}

// loadFailureCodes are the errors that mean the inventory could not be
// read at all, as opposed to read and found wrong: they exit with
// exitUsage rather than exitFindings.
var loadFailureCodes = map[string]bool{
	inventory.CodePathNotFound:     true,
	inventory.CodeUnreadable:       true,
	inventory.CodeNoInventoryFiles: true,
	inventory.CodeSymlinkLoop:      true,
}

// loadFailedFor reports whether loading failed, rather than found faults:
// no file was loaded, or a path could not be found or read.
func loadFailedFor(m *inventory.Model, diags hcl.Diagnostics) bool {
	if len(m.Files) == 0 {
		return true
	}
	for _, d := range diags {
		if d.Severity == hcl.DiagError && loadFailureCodes[diag.Code(d)] {
			return true
		}
	}
	return false
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
	_ = diagnostics.Text(w, r, diagnostics.Options{NoSummary: true, Color: colorFor(w, false)})
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
