package inventory

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// isInventoryName reports whether a file name found in a directory walk is
// an inventory file: *.hcl (native syntax) or *.hcl.json (JSON syntax).
func isInventoryName(name string) bool {
	return strings.HasSuffix(name, ".hcl") || strings.HasSuffix(name, ".hcl.json")
}

// isJSONName reports whether a file is read with HCL's JSON syntax.
func isJSONName(name string) bool { return strings.HasSuffix(name, ".json") }

// pathRange is the subject of a diagnostic about a whole file or directory:
// its first line and column, so that every diagnostic names a file:line.
func pathRange(name string) hcl.Range {
	return hcl.Range{Filename: name, Start: hcl.InitialPos, End: hcl.InitialPos}
}

// discovery walks the paths given to Load and collects inventory file
// names in a deterministic order.
type discovery struct {
	names   []string
	sizes   []int64 // each file's size when found, for LoadOptions.Discovered
	diags   hcl.Diagnostics
	files   map[fileID]bool // files already collected, to load each once
	walked  map[fileID]bool // directories already walked
	parents []fileID        // directories being walked, outermost first
}

// discover returns the inventory files under paths: directories are walked
// recursively in name order, skipping hidden (dot) folders and files;
// symbolic links are followed, loops detected by device and inode; a file
// reached twice (through a link or overlapping paths) is loaded once, under
// the first name found. Names are each path joined with the path below it.
func discover(paths []string) ([]string, []int64, hcl.Diagnostics) {
	d := &discovery{files: map[fileID]bool{}, walked: map[fileID]bool{}}
	for _, p := range paths {
		d.path(p)
	}
	return d.names, d.sizes, d.diags
}

func (d *discovery) path(p string) {
	fi, err := os.Stat(p)
	if err != nil {
		d.statError(p, err)
		return
	}
	if !fi.IsDir() {
		d.addFile(filepath.Clean(p), fi)
		return
	}
	before := len(d.names)
	id, ok := fileKey(fi)
	if ok && d.walked[id] {
		return // already walked through an earlier path
	}
	d.dir(p, id, ok)
	if len(d.names) == before {
		d.diags = append(d.diags, diag.Error(CodeNoInventoryFiles, "No inventory files",
			fmt.Sprintf("%q holds no *.hcl or *.hcl.json files (hidden folders and files are skipped). Give the directory that holds the inventory.", p),
			pathRange(p)))
	}
}

func (d *discovery) statError(p string, err error) {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		d.diags = append(d.diags, diag.Error(CodePathNotFound, "No such file or directory",
			fmt.Sprintf("%q does not exist. Give a directory of *.hcl files, or a file.", p), pathRange(p)))
	case errors.Is(err, syscall.ELOOP):
		d.diags = append(d.diags, diag.Error(CodeSymlinkLoop, "Symbolic link loop",
			fmt.Sprintf("%q is a symbolic link that resolves to itself; remove it or point it at a real file or folder.", p), pathRange(p)))
	default:
		d.diags = append(d.diags, diag.Error(CodeUnreadable, "Cannot read path",
			fmt.Sprintf("%v.", err), pathRange(p)))
	}
}

func (d *discovery) addFile(name string, fi os.FileInfo) {
	if id, ok := fileKey(fi); ok {
		if d.files[id] {
			return
		}
		d.files[id] = true
	}
	d.names = append(d.names, name)
	d.sizes = append(d.sizes, fi.Size())
}

// dir walks one directory. id identifies it (when ok) for loop detection.
func (d *discovery) dir(p string, id fileID, ok bool) {
	if ok {
		d.walked[id] = true
		d.parents = append(d.parents, id)
		defer func() { d.parents = d.parents[:len(d.parents)-1] }()
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		d.diags = append(d.diags, diag.Error(CodeUnreadable, "Cannot read directory",
			fmt.Sprintf("%v. Fix its permissions or remove it from the inventory.", err), pathRange(p)))
		// ReadDir returns the entries it read before the error; walk those.
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		child := filepath.Join(p, name)
		if e.Type()&fs.ModeSymlink != 0 {
			d.symlink(child, name)
			continue
		}
		if e.IsDir() {
			fi, err := e.Info()
			if err != nil {
				d.statError(child, err)
				continue
			}
			cid, cok := fileKey(fi)
			d.dir(child, cid, cok)
			continue
		}
		// Anything named like an inventory file is listed, FIFOs and
		// devices too, so that reading it reports what it is.
		if isInventoryName(name) {
			fi, err := e.Info()
			if err != nil {
				d.statError(child, err)
				continue
			}
			d.addFile(child, fi)
		}
	}
}

// symlink follows a symbolic link found in a walk.
func (d *discovery) symlink(child, name string) {
	fi, err := os.Stat(child)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if isInventoryName(name) {
				target, _ := os.Readlink(child)
				d.diags = append(d.diags, diag.Error(CodeUnreadable, "Broken symbolic link",
					fmt.Sprintf("%q links to %q, which does not exist. Fix or remove the link.", child, target), pathRange(child)))
			}
			return // a broken link to something that would be skipped anyway
		}
		d.statError(child, err)
		return
	}
	if !fi.IsDir() {
		if isInventoryName(name) {
			d.addFile(child, fi)
		}
		return
	}
	id, ok := fileKey(fi)
	if !ok {
		// No identity to detect loops with: do not follow directory links.
		return
	}
	for _, p := range d.parents {
		if p == id {
			target, _ := os.Readlink(child)
			d.diags = append(d.diags, diag.Error(CodeSymlinkLoop, "Symbolic link loop",
				fmt.Sprintf("%q links to %q, a folder that encloses it, so following it would never end and decom cannot read the inventory as given. Remove the link or point it elsewhere.", child, target),
				pathRange(child)))
			return
		}
	}
	if d.walked[id] {
		return // the same folder, already walked through another path
	}
	d.dir(child, id, ok)
}
