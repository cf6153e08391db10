package inventory

import (
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// LoadOptions tune Load. The zero value is ready to use.
type LoadOptions struct {
	// Today is the date used for estate.as_of when the inventory gives
	// none; zero means the system clock's date.
	Today Date
	// Discovered, when set, is called once the inventory files are found
	// and before any is read, with their number and total size in bytes.
	// The CLI uses it to size its memory limit to the estate.
	Discovered func(files int, bytes int64)
}

// Load reads every *.hcl and *.hcl.json file under paths (default ".":
// directories are walked recursively in name order, hidden folders and
// files skipped, symbolic links followed; files named directly are read
// whatever their name, as JSON when it ends in .json), decodes them into a
// Model, resolves references and applies defaults. It returns the model
// built from whatever could be read, even when there are errors, together
// with every diagnostic found, sorted. The model is never nil.
//
// Files are parsed and decoded concurrently, one worker per CPU; each
// file's syntax tree is dropped as soon as it is decoded, and the results
// are merged in file order, so the outcome does not depend on scheduling.
func Load(paths []string, opt LoadOptions) (*Model, hcl.Diagnostics) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	names, sizes, diags := discover(paths)
	if opt.Discovered != nil {
		var total int64
		for _, n := range sizes {
			total += n
		}
		opt.Discovered(len(names), total)
	}
	frags := decodeAll(len(names), func(i int) *fragment {
		src, _, d := ReadFile(names[i], names[i])
		if d != nil {
			return &fragment{file: SourceFile{Name: names[i]}, diags: hcl.Diagnostics{d}}
		}
		return decodeFile(names[i], src)
	})
	m, diags := assemble(frags, diags, opt)
	diag.Sort(diags)
	return m, diags
}

// LoadSources is Load for files already in memory: each is decoded as if
// read from disk under its Name (JSON syntax when the name ends in .json).
// Tests, fuzzing and tools that hold inventories in memory use it.
func LoadSources(files []SourceFile, opt LoadOptions) (*Model, hcl.Diagnostics) {
	if opt.Discovered != nil {
		var total int64
		for _, f := range files {
			total += int64(len(f.Bytes))
		}
		opt.Discovered(len(files), total)
	}
	frags := decodeAll(len(files), func(i int) *fragment {
		return decodeFile(files[i].Name, files[i].Bytes)
	})
	m, diags := assemble(frags, nil, opt)
	diag.Sort(diags)
	return m, diags
}

// decodeAll runs decode for 0..n-1 on a pool of GOMAXPROCS workers and
// returns the fragments in index order.
func decodeAll(n int, decode func(i int) *fragment) []*fragment {
	frags := make([]*fragment, n)
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range frags {
			frags[i] = decode(i)
		}
		return frags
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				frags[i] = decode(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return frags
}

// assemble merges fragments in order into a model, reports duplicates,
// resolves references and applies defaults. found holds the diagnostics
// of finding the files. When part of the inventory could not be read (a
// root-cause error, see diag.IsRootCause), references into it cannot be
// judged: they are still resolved, so the model only holds references to
// assets that exist, but not reported, and one checks-skipped note says
// so instead (unless no file was found at all: then nothing was checked).
func assemble(frags []*fragment, found hcl.Diagnostics, opt LoadOptions) (*Model, hcl.Diagnostics) {
	m := &Model{}
	diags := found
	for _, f := range frags {
		diags = append(diags, f.diags...)
		if f.keep {
			m.Files = append(m.Files, f.file)
		}
	}
	diags = append(diags, merge(m, frags)...)
	m.Reindex()
	refs := resolve(m)
	if note := checksSkipped(diags); note != nil && len(frags) > 0 {
		diags = append(diags, note)
	} else {
		diags = append(diags, refs...)
	}
	applyDefaults(m, opt)
	return m, diags
}

// checksSkipped returns the note that other checks were skipped, naming
// the files that could not be read, or nil when every file was read.
func checksSkipped(diags hcl.Diagnostics) *hcl.Diagnostic {
	var files []string
	seen := map[string]bool{}
	syntaxOnly, errors := true, 0
	for _, d := range diags {
		if !diag.IsRootCause(d) || d.Subject == nil {
			continue
		}
		errors++
		syntaxOnly = syntaxOnly && diag.Code(d) == diag.CodeSyntax
		if !seen[d.Subject.Filename] {
			seen[d.Subject.Filename] = true
			files = append(files, d.Subject.Filename)
		}
	}
	if len(files) == 0 {
		return nil
	}
	sort.Strings(files)
	summary, fix := "Other checks skipped until the syntax is fixed", "Fix the syntax "+english.Verb(errors, "error", "errors")+" above"
	if !syntaxOnly {
		summary, fix = "Other checks skipped until every file can be read", "Fix the "+english.Verb(errors, "error", "errors")+" above"
	}
	detail := fmt.Sprintf("What %s %s is unknown, so references between files and the checks of the whole estate were not run. %s and run decom again.", nameList(files), english.Verb(len(files), "declares", "declare"), fix)
	return diag.Warning(diag.CodeChecksSkipped, summary, detail, pathRange(files[0]))
}
