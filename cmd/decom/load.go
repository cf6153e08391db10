package main

import (
	"github.com/decomhq/decom/inventory"
	"github.com/hashicorp/hcl/v2"
)

// loadModel loads and checks the inventory at paths (default "."). When it
// finds errors it prints every diagnostic to stderr and returns an
// *exitError: exitUsage when nothing could be loaded, exitFindings when the
// inventory loaded but is invalid. Warnings are printed and do not stop it.
func loadModel(s streams, paths []string) (*inventory.Model, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	m, diags := inventory.Load(paths, inventory.LoadOptions{})
	if !diags.HasErrors() {
		diags = append(diags, inventory.Check(m)...)
	}
	if len(diags) > 0 {
		files := make(map[string]*hcl.File, len(m.Files))
		for _, f := range m.Files {
			files[f.Name] = &hcl.File{Bytes: f.Bytes}
		}
		w := hcl.NewDiagnosticTextWriter(s.Err, files, 100, false)
		_ = w.WriteDiagnostics(diags)
	}
	if diags.HasErrors() {
		if len(m.Files) == 0 {
			return nil, loadFailed()
		}
		return nil, findings()
	}
	return m, nil
}
