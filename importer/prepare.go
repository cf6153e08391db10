package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/decomhq/decom/internal/atomicfile"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Options say where an import goes.
type Options struct {
	// Out is the folder the generated files are written to. The inventory
	// files already in it are what references may name, besides the
	// records being imported.
	Out string
	// Inventory lists more inventory files or folders that references may
	// name (the rest of an inventory kept outside Out).
	Inventory []string
}

// Output is one file ready to write.
type Output struct {
	Name   string
	Bytes  []byte
	Blocks int
}

// Run is a prepared import: the files to write and every source read, so
// that diagnostics can show the line they point at.
type Run struct {
	Outputs []Output
	Sources []inventory.SourceFile
}

// Write writes every output, creating the Out folder when needed. Prepare
// has already refused to replace a hand-written file.
func (r *Run) Write(opt Options) error {
	if len(r.Outputs) == 0 {
		return nil
	}
	if err := os.MkdirAll(opt.Out, 0o755); err != nil {
		return err
	}
	for _, o := range r.Outputs {
		if err := atomicfile.Write(o.Name, o.Bytes, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// IsUsage reports whether diags hold a fault that means the import could
// not run as asked (a source or inventory path missing, a broken mapping
// file), for which the command exits 2 rather than 1.
func IsUsage(diags hcl.Diagnostics) bool {
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		if r, _ := diag.Lookup(diag.Code(d)); r.LoadFailure {
			return true
		}
	}
	return false
}

// Prepare checks files against each other and against the inventory they
// join, resolves their references and renders them. Every fault is reported
// at the record it comes from. With any error, or any Faulty block, the
// returned outputs are nil: nothing is to be written.
func Prepare(files []*File, opt Options) ([]Output, hcl.Diagnostics) {
	diags := checkOutputs(files)
	existing, ds := existingInventory(files, opt)
	diags = append(diags, ds...)
	known, _ := inventory.LoadSources(existing, inventory.LoadOptions{})
	idx := newLabelIndex(known)
	diags = append(diags, collisions(files, known, idx)...)
	for _, f := range files {
		diags = append(diags, resolve(f, idx)...)
	}
	if diags.HasErrors() {
		diag.Sort(diags)
		return nil, diags
	}
	faulty := false
	for _, f := range files {
		for _, b := range f.Blocks {
			faulty = faulty || b.Faulty
		}
	}
	outputs := make([]Output, len(files))
	sources := append([]inventory.SourceFile{}, existing...)
	for i, f := range files {
		outputs[i] = Output{Name: f.Name, Bytes: Render(f), Blocks: len(f.Blocks)}
		sources = append(sources, inventory.SourceFile{Name: f.Name, Bytes: outputs[i].Bytes})
	}
	_, loaded := inventory.LoadSources(sources, inventory.LoadOptions{})
	for i, f := range files {
		diags = append(diags, mapBack(f, outputs[i].Bytes, loaded)...)
	}
	diag.Sort(diags)
	if diags.HasErrors() || faulty {
		return nil, diags
	}
	return outputs, diags
}

// checkOutputs refuses two sources with one output name, and any output
// that would replace a hand-written file.
func checkOutputs(files []*File) hcl.Diagnostics {
	var diags hcl.Diagnostics
	seen := map[string]string{}
	for _, f := range files {
		key := filepath.Clean(f.Name)
		if first, dup := seen[key]; dup {
			diags = append(diags, diag.Error(CodeHandWritten, fmt.Sprintf("Two sources would write %s", f.Name),
				fmt.Sprintf("%s and %s both make %s; rename one of them.", first, f.Source, f.Name), fileRange(f.Source)))
			continue
		}
		seen[key] = f.Source
		src, err := os.ReadFile(f.Name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			diags = append(diags, diag.Error(CodeUnreadable, fmt.Sprintf("Cannot read %s", f.Name), err.Error()+".", fileRange(f.Name)))
			continue
		}
		if !IsGenerated(src) {
			diags = append(diags, diag.Error(CodeHandWritten, fmt.Sprintf("%s is hand-written", f.Name),
				fmt.Sprintf("Importing %s would replace %s, which decom import did not write (it does not start with %q). Rename or move that file, or import into another --out folder.", f.Source, f.Name, GeneratedMarker),
				fileRange(f.Name)))
		}
	}
	return diags
}

// existingInventory reads the inventory files in opt.Out (but those this
// import replaces) and in opt.Inventory.
func existingInventory(files []*File, opt Options) ([]inventory.SourceFile, hcl.Diagnostics) {
	replaced := map[string]bool{}
	for _, f := range files {
		replaced[filepath.Clean(f.Name)] = true
	}
	var names []string
	if fi, err := os.Stat(opt.Out); err == nil && fi.IsDir() {
		found, _ := inventory.Discover([]string{opt.Out}) // an empty folder is fine
		names = append(names, found...)
	}
	var diags hcl.Diagnostics
	if len(opt.Inventory) > 0 {
		found, ds := inventory.Discover(opt.Inventory)
		names = append(names, found...)
		diags = append(diags, ds...)
	}
	var out []inventory.SourceFile
	seen := map[string]bool{}
	for _, n := range names {
		key := filepath.Clean(n)
		if replaced[key] || seen[key] {
			continue
		}
		seen[key] = true
		b, err := os.ReadFile(n)
		if err != nil {
			diags = append(diags, diag.Error(CodeUnreadable, fmt.Sprintf("Cannot read %s", n), err.Error()+".", fileRange(n)))
			continue
		}
		out = append(out, inventory.SourceFile{Name: n, Bytes: b})
	}
	return out, diags
}

// labelIndex knows every label by block type: the inventory's and the
// imported records'.
type labelIndex map[string]map[string]bool

func newLabelIndex(m *inventory.Model) labelIndex {
	idx := labelIndex{}
	for _, addr := range m.Addresses() {
		typ, label, _ := strings.Cut(addr, ".")
		idx.add(typ, label)
	}
	return idx
}

func (x labelIndex) add(typ, label string) {
	if x[typ] == nil {
		x[typ] = map[string]bool{}
	}
	x[typ][label] = true
}

func (x labelIndex) labels(typ string) []string {
	out := make([]string, 0, len(x[typ]))
	for l := range x[typ] {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// collisions reports two records that make one address, and a record whose
// address the inventory already has; it adds the rest to idx.
func collisions(files []*File, known *inventory.Model, idx labelIndex) hcl.Diagnostics {
	var diags hcl.Diagnostics
	type first struct {
		id    string
		where string
	}
	seen := map[string]first{}
	for _, f := range files {
		for _, b := range f.Blocks {
			addr := b.Type + "." + b.Label
			if p, dup := seen[addr]; dup {
				detail := fmt.Sprintf("%s already has the ID %q; give each %s its own ID.", p.where, b.ID, b.Type)
				if p.id != b.ID {
					detail = fmt.Sprintf("The ID %q makes the name %s, which %s's ID %q makes too: IDs that differ only in case, spaces or punctuation collide. Give one of them another ID.", b.ID, b.Label, p.where, p.id)
				}
				diags = append(diags, diag.Error(CodeLabelCollision, fmt.Sprintf("Two records are %s", addr), at(b.Origin, detail), b.Origin.Range))
				continue
			}
			seen[addr] = first{b.ID, b.Origin.Where}
			if a := known.Lookup(addr); a != nil {
				r := a.AssetMeta().DefRange
				diags = append(diags, diag.Error(inventory.CodeDuplicateAddress, fmt.Sprintf("%s is already declared", addr),
					at(b.Origin, fmt.Sprintf("%s is declared at %s:%d, which this import does not replace; remove one of the two, or give this row another ID.", addr, r.Filename, r.Start.Line)), b.Origin.Range))
			}
		}
	}
	for _, f := range files {
		for _, b := range f.Blocks {
			idx.add(b.Type, b.Label)
		}
	}
	return diags
}

// resolve gives every reference of f exactly one type, or reports it.
func resolve(f *File, idx labelIndex) hcl.Diagnostics {
	var diags hcl.Diagnostics
	for bi := range f.Blocks {
		for ai := range f.Blocks[bi].Attrs {
			a := &f.Blocks[bi].Attrs[ai]
			for ri := range a.Value.Refs {
				r := &a.Value.Refs[ri]
				var found []Ref
				for _, t := range r.Types {
					if l := Label(t, r.Text); idx[t][l] {
						found = append(found, Ref{Types: []string{t}, Label: l, Text: r.Text})
					}
				}
				switch len(found) {
				case 1:
					*r = found[0]
				case 0:
					diags = append(diags, unknownRef(a, *r, idx))
				default:
					var addrs []string
					for _, c := range found {
						addrs = append(addrs, c.Address())
					}
					diags = append(diags, diag.Error(CodeAmbiguousRef, fmt.Sprintf("%q names %d assets", r.Text, len(found)),
						at(a.Origin, fmt.Sprintf("%s could be %s; write the one you mean in full, e.g. %s.", r.Text, strings.Join(addrs, " or "), addrs[0])), a.Origin.Range))
				}
			}
		}
	}
	return diags
}

func unknownRef(a *Attr, r Ref, idx labelIndex) *hcl.Diagnostic {
	what := strings.Join(r.Types, ", ")
	detail := fmt.Sprintf("No %s has the ID %q, neither in this import nor in the inventory.", what, r.Text)
	for _, t := range r.Types {
		if s := inventory.Suggest(Label(t, r.Text), idx.labels(t)); s != "" {
			detail += fmt.Sprintf(" Did you mean %q?", s)
			break
		}
	}
	detail += fmt.Sprintf(" Import or declare the %s first (references may name anything in --out or --inventory), or fix the ID.", r.Types[0])
	return diag.Error(CodeUnknownReference, fmt.Sprintf("Unknown %s %q", r.Types[0], r.Text), at(a.Origin, detail), a.Origin.Range)
}

// mapBack keeps the loader's diagnostics about the generated file f and
// points each at the record and value it came from.
func mapBack(f *File, src []byte, loaded hcl.Diagnostics) hcl.Diagnostics {
	var mine hcl.Diagnostics
	for _, d := range loaded {
		if d.Subject != nil && d.Subject.Filename == f.Name {
			mine = append(mine, d)
		}
	}
	if len(mine) == 0 {
		return nil
	}
	parsed, _ := hclsyntax.ParseConfig(src, f.Name, hcl.InitialPos)
	var blocks hclsyntax.Blocks
	if parsed != nil {
		blocks = parsed.Body.(*hclsyntax.Body).Blocks
	}
	var out hcl.Diagnostics
	for _, d := range mine {
		o := Origin{Range: fileRange(f.Source), Where: f.Source}
		if bi := blockAt(blocks, d.Subject.Start.Byte); bi >= 0 && bi < len(f.Blocks) {
			b := &f.Blocks[bi]
			if b.Faulty {
				continue
			}
			o = b.Origin
			for name, a := range blocks[bi].Body.Attributes {
				if a.SrcRange.ContainsOffset(d.Subject.Start.Byte) {
					for _, ga := range b.Attrs {
						if ga.Name == name {
							o = ga.Origin
						}
					}
				}
			}
		}
		nd := *d
		nd.Subject = &o.Range
		nd.Context = nil
		nd.Detail = at(o, d.Detail)
		out = append(out, &nd)
	}
	return out
}

func blockAt(blocks hclsyntax.Blocks, offset int) int {
	for i, b := range blocks {
		if b.Range().ContainsOffset(offset) {
			return i
		}
	}
	return -1
}

// at prefixes a detail with where its value came from.
func at(o Origin, detail string) string {
	if o.Where == "" {
		return detail
	}
	return capitalise(o.Where) + ": " + detail
}

// fileRange points at the start of a file, for faults about a whole file.
func fileRange(name string) hcl.Range {
	return hcl.Range{Filename: name, Start: hcl.InitialPos, End: hcl.InitialPos}
}
