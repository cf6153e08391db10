// Package diagnostics renders the diagnostics of `decom validate` (and of
// every other command that loads an inventory) in the formats behind
// --format: text for people, json for tools, sarif for code scanning and
// github for GitHub Actions annotations.
//
// Every format is a formats.Writer of an Input, listed in Formats. All
// formats take the same Report, built with NewReport, which sorts the
// diagnostics once so that every format prints them in the same,
// deterministic order. docs/output-formats.md describes each format.
package diagnostics

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/render/formats"
	"github.com/hashicorp/hcl/v2"
)

// Report is what every format renders: the diagnostics of one run and what
// was loaded.
type Report struct {
	// Diagnostics sorted with diag.Sort (NewReport does it).
	Diagnostics hcl.Diagnostics
	// Sources maps a file name, as it appears in diagnostic ranges, to its
	// bytes, for snippets and exact columns. A missing file only loses its
	// snippet.
	Sources map[string][]byte
	// Files is the number of inventory files loaded.
	Files int
	// Assets is the number of assets (labelled blocks) loaded.
	Assets int
	// Errors and Warnings count the diagnostics by severity.
	Errors, Warnings int
	// Rules are the rules the sarif format lists; nil lists every
	// registered rule (diag.Rules). Findings that are not diagnostics of
	// the inventory (a plan's breaches and blockers) bring their own.
	Rules []diag.Rule
}

// NewReport builds a Report from a copy of diags, sorted with diag.Sort and
// counted by severity. Nil diagnostics are dropped; sources may be nil.
func NewReport(diags hcl.Diagnostics, sources map[string][]byte, files, assets int) *Report {
	ds := make(hcl.Diagnostics, 0, len(diags))
	r := &Report{Sources: sources, Files: files, Assets: assets}
	for _, d := range diags {
		if d == nil {
			continue
		}
		ds = append(ds, d)
		if d.Severity == hcl.DiagError {
			r.Errors++
		} else {
			r.Warnings++
		}
	}
	diag.Sort(ds)
	r.Diagnostics = ds
	return r
}

// Summary is the one-line verdict that ends the text and github formats:
// "ok: 5 files, 312 assets, no problems" when there is nothing to report,
// otherwise "2 errors, 1 warning in 5 files".
func (r *Report) Summary() string {
	if len(r.Diagnostics) == 0 {
		return fmt.Sprintf("ok: %s, %s, no problems", english.Plural(r.Files, "file", "files"), english.Plural(r.Assets, "asset", "assets"))
	}
	return fmt.Sprintf("%s, %s in %s", english.Plural(r.Errors, "error", "errors"), english.Plural(r.Warnings, "warning", "warnings"), english.Plural(r.Files, "file", "files"))
}

// Options tune the formats. The zero value gives plain text with a summary,
// file names as loaded and no tool version.
type Options struct {
	// Color adds ANSI colour to the text format. Callers decide: only on a
	// terminal, never with NO_COLOR or --no-color.
	Color bool
	// NoSummary leaves out the closing summary line of the text format, for
	// commands that print diagnostics on stderr before their own output.
	NoSummary bool
	// WorkDir is the absolute directory that sarif and github make file
	// paths relative to (normally the current directory). Empty keeps the
	// names as loaded and leaves out SARIF's originalUriBaseIds.
	WorkDir string
	// ToolVersion is decom's version for SARIF's tool.driver.version;
	// empty leaves it out.
	ToolVersion string
	// Log is where the github format writes its closing summary line for
	// people reading the job's log (stderr), so that its own output holds
	// workflow commands only; nil leaves the line out.
	Log io.Writer
}

// Input is what every format renders: a report and how to render it.
type Input struct {
	Report  *Report
	Options Options
}

// Formats are the output formats of diagnostics, for --format, the
// default first: text for people, json for tools, sarif for code scanning
// and github for GitHub Actions annotations.
var Formats = formats.List[Input]{
	{Name: "text", Write: Text},
	{Name: "json", Write: JSON},
	{Name: "sarif", Write: SARIF},
	{Name: "github", Write: GitHub},
}

// severity names a diagnostic's severity as the formats spell it.
func severity(d *hcl.Diagnostic) string {
	if d.Severity == hcl.DiagError {
		return "error"
	}
	return "warning"
}

// hasPosition reports whether d points at a line of a named file.
func hasPosition(d *hcl.Diagnostic) bool {
	return d.Subject != nil && d.Subject.Filename != "" && d.Subject.Start.Line > 0
}

// fileOf returns the file d is about, or "" when none.
func fileOf(d *hcl.Diagnostic) string {
	if d.Subject == nil {
		return ""
	}
	return d.Subject.Filename
}

// relPath returns name as a slash-separated path relative to workDir when
// name is absolute and lies under workDir's tree, else name cleaned.
func relPath(name, workDir string) string {
	p := name
	if workDir != "" && filepath.IsAbs(p) {
		if r, err := filepath.Rel(workDir, p); err == nil {
			p = r
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// relURI is relPath as a relative URI reference (percent-escaped).
func relURI(name, workDir string) string {
	u := url.URL{Path: relPath(name, workDir)}
	return u.String()
}

// dirURI is the file URI of the directory dir, ending in a slash.
func dirURI(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows drive paths: file:///C:/...
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	u := url.URL{Scheme: "file", Path: p}
	return u.String()
}
