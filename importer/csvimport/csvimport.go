// Package csvimport reads spreadsheet exports (CSV) of one block type into
// generated inventory files: headers matched to attributes, values typed
// by the language schema, every fault located at its row and column.
package csvimport

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/decomhq/decom/importer"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
)

// Options configure reading CSV files.
type Options struct {
	// Type is the block type every row declares, e.g. "device".
	Type string
	// Delimiter separates cells; 0 detects it from the header row (comma,
	// semicolon, tab or pipe).
	Delimiter rune
	// DateOrder reads dates written with numbers only; empty means DMY.
	DateOrder importer.DateOrder
	// Mapping translates headers and words; nil maps nothing.
	Mapping *importer.Mapping
}

// Check reports options that cannot work, in the words of the command's
// flags: a type that is not an asset type, an unknown date order.
func (o Options) Check() error {
	if b := language.Lookup(o.Type); b == nil || len(b.Labels) == 0 {
		msg := fmt.Sprintf("--type %q is not a block type to import; it takes one of: %s", o.Type, strings.Join(language.AssetTypes(), ", "))
		if s := inventory.Suggest(o.Type, language.AssetTypes()); s != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", s)
		}
		return fmt.Errorf("%s", msg)
	}
	switch o.DateOrder {
	case "", importer.DMY, importer.MDY, importer.YMD:
	default:
		return fmt.Errorf("--date-order %q: use dmy, mdy or ymd", o.DateOrder)
	}
	return nil
}

// Import reads the CSV files at paths and the mapping file at mapPath (none
// when empty) and prepares their import into dest.Out: each FILE.csv becomes
// dest.Out/FILE.hcl. The run holds nothing to write when there is an error.
// It returns an error, before reading anything, when opt fails Check.
func Import(paths []string, mapPath string, opt Options, dest importer.Options) (*importer.Run, hcl.Diagnostics, error) {
	if err := opt.Check(); err != nil {
		return nil, nil, err
	}
	run := &importer.Run{}
	var diags hcl.Diagnostics
	if mapPath != "" {
		src, err := os.ReadFile(mapPath)
		if err != nil {
			return run, hcl.Diagnostics{unreadable(mapPath, err)}, nil
		}
		run.Sources = append(run.Sources, inventory.SourceFile{Name: mapPath, Bytes: src})
		m, ds := importer.ParseMapping(mapPath, src, opt.Type)
		diags = append(diags, ds...)
		opt.Mapping = m
		if ds.HasErrors() {
			return run, diags, nil
		}
	}
	var files []*importer.File
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			diags = append(diags, unreadable(p, err))
			continue
		}
		f, text, ds := Read(p, src, opt)
		run.Sources = append(run.Sources, inventory.SourceFile{Name: p, Bytes: text})
		f.Name = OutputName(dest.Out, p)
		diags = append(diags, ds...)
		files = append(files, f)
	}
	if importer.IsUsage(diags) {
		diag.Sort(diags)
		return run, diags, nil
	}
	// Faults in the files do not stop Prepare: references and names are
	// checked too, so one run reports everything. Faulty records make it
	// return nothing to write.
	outs, ds := importer.Prepare(files, dest)
	diags = append(diags, ds...)
	if !diags.HasErrors() {
		run.Outputs = outs
	}
	diag.Sort(diags)
	return run, diags, nil
}

// OutputName is the file a CSV file is imported to: its base name with
// .hcl instead of .csv (or .txt, .tsv), in out.
func OutputName(out, csvPath string) string {
	base := filepath.Base(csvPath)
	for _, ext := range []string{".csv", ".CSV", ".tsv", ".TSV", ".txt", ".TXT"} {
		base = strings.TrimSuffix(base, ext)
	}
	return filepath.Join(out, base+".hcl")
}

func unreadable(name string, err error) *hcl.Diagnostic {
	r := hcl.Range{Filename: name, Start: hcl.InitialPos, End: hcl.InitialPos}
	return diag.Error(importer.CodeUnreadable, fmt.Sprintf("Cannot read %s", name), capitalise(strings.TrimPrefix(err.Error(), "open "+name+": "))+".", r)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// ParseDelimiter reads --delimiter: one character, or "tab" (also `\t`);
// "" means detect.
func ParseDelimiter(s string) (rune, error) {
	switch s {
	case "":
		return 0, nil
	case "tab", `\t`:
		return '\t', nil
	}
	r := []rune(s)
	if len(r) != 1 || r[0] == '"' || r[0] == '\r' || r[0] == '\n' || r[0] == utf8.RuneError {
		return 0, fmt.Errorf("--delimiter %q: give one character such as , ; | or \"tab\"", s)
	}
	return r[0], nil
}
