package format

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/decomhq/decom/internal/atomicfile"
	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// Codes of the diagnostics File raises when it leaves a file as it is.
const (
	// CodeHardLink: a file with more than one hard link.
	CodeHardLink = "fmt-hard-link"
	// CodeUnwritable: a file that cannot be rewritten safely: read-only,
	// in a read-only folder, or its owner or group cannot be kept.
	CodeUnwritable = "fmt-unwritable"
)

func init() {
	diag.Register(diag.Rule{
		Code:  CodeHardLink,
		Title: "File with several hard links",
		Help:  "Replacing the file would split it from its other names; remove the extra links, or lay it out with decom fmt - and copy the result in.",
	}, diag.Rule{
		Code:  CodeUnwritable,
		Title: "File cannot be rewritten",
		Help:  "Make the file and its folder writable, or leave the file out of the paths given to decom fmt; it was left exactly as it was.",
	})
}

// Result is what File did with one file.
type Result struct {
	// Changed is true when the file was not in canonical layout: File
	// rewrote it, or with check would have.
	Changed bool
	// Diagnostics say why the file was left as it is: it does not parse,
	// is binary, is not a regular file, or cannot be rewritten safely.
	Diagnostics hcl.Diagnostics
	// Refused is true when the file was left as it is for what it is on
	// disk (not readable, not a regular file, hard links, not writable)
	// rather than for its text.
	Refused bool
	// Source is the text read, for snippets; nil when nothing was read or
	// the file was refused for what it is on disk.
	Source []byte
}

// Failed reports whether File left the file as it is because of an error.
func (r Result) Failed() bool { return r.Diagnostics.HasErrors() }

// File lays out the inventory file name canonically, in place. With check
// it only reports whether the file is laid out. It never damages a file:
//
//   - a symbolic link is written through: its target is replaced, in the
//     target's folder, and the link stays;
//   - a file with several hard links is left as it is (replacing it would
//     split it from its other names, CodeHardLink);
//   - a FIFO, device or other non-regular file is not read, nor a file
//     too large (inventory.ReadFile); a binary or non-UTF-8 file is refused as Load
//     refuses it; a file that does not parse is left as it is;
//   - the new text is written with atomicfile.Write: a temporary file in
//     the same folder, with the file's mode, owner and group, synced to
//     disk, then renamed over the file, so the file is either the old text
//     or the new, never half of one; the temporary file is removed on any
//     failure;
//   - a read-only file, or one in a read-only folder (no write permission
//     in its mode, even for root), or one whose owner or group cannot be
//     kept, is left as it is (CodeUnwritable).
//
// Diagnostics name the file as given.
func File(name string, check bool) Result {
	target := name
	if fi, err := os.Lstat(name); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		t, err := filepath.EvalSymlinks(name)
		if err != nil {
			return failed(inventory.CodeUnreadable, "Cannot read file", fmt.Sprintf("%s: %v.", name, err), name)
		}
		target = t
	}
	src, fi, res := read(name, target)
	if res.Failed() {
		return res
	}
	out, diags := Source(name, src)
	if diags.HasErrors() {
		return Result{Diagnostics: diags, Source: src}
	}
	if bytes.Equal(out, src) {
		return Result{Source: src}
	}
	if check {
		return Result{Changed: true, Source: src}
	}
	if res := replace(name, target, fi, out); res.Failed() {
		return res
	}
	return Result{Changed: true, Source: src}
}

// read reads target, the file name stands for, as the loader does
// (inventory.ReadFile): never blocking on a FIFO, refusing what is not a
// regular file or is too large, and then what is not text.
func read(name, target string) ([]byte, os.FileInfo, Result) {
	src, fi, d := inventory.ReadFile(name, target)
	if d != nil {
		return nil, nil, Result{Refused: true, Diagnostics: hcl.Diagnostics{d}}
	}
	if diags := inventory.CheckText(name, src); diags.HasErrors() {
		return nil, nil, Result{Diagnostics: errorsOnly(diags), Source: src}
	}
	return src, fi, Result{}
}

// replace writes out over target (the file name stands for), whose
// FileInfo fi was taken when it was read.
func replace(name, target string, fi os.FileInfo, out []byte) Result {
	unwritable := func(why string) Result {
		return failed(CodeUnwritable, "File left as it was", why+"; decom fmt changed nothing.", name)
	}
	if n := linkCount(fi); n > 1 {
		return failed(CodeHardLink, "File with several hard links",
			fmt.Sprintf("%s has %d hard links; replacing it would leave the other names with the old text, so decom fmt changed nothing. Remove the extra links, or lay it out with decom fmt - and copy the result in.", name, n), name)
	}
	dir := filepath.Dir(target)
	if fi.Mode().Perm()&0o222 == 0 {
		return unwritable(fmt.Sprintf("%s is read-only (mode %04o)", name, fi.Mode().Perm()))
	}
	if di, err := os.Stat(dir); err != nil {
		return unwritable(fmt.Sprintf("Cannot read the folder of %s: %v", name, reason(err)))
	} else if di.Mode().Perm()&0o222 == 0 {
		return unwritable(fmt.Sprintf("%s is in the read-only folder %s (mode %04o)", name, dir, di.Mode().Perm()))
	}
	if f, err := os.OpenFile(target, os.O_WRONLY, 0); err != nil {
		return unwritable(fmt.Sprintf("Cannot write %s: %v", name, reason(err)))
	} else {
		f.Close()
	}
	if now, err := os.Stat(target); err != nil || now.Size() != fi.Size() || !now.ModTime().Equal(fi.ModTime()) {
		return unwritable(fmt.Sprintf("%s changed while decom fmt was laying it out", name))
	}
	if err := atomicfile.Write(target, out, 0); err != nil {
		return unwritable(english.Capitalise(err.Error()))
	}
	return Result{}
}

// failed is a Result with one error about the file name.
func failed(code, summary, detail, name string) Result {
	return Result{Refused: true, Diagnostics: hcl.Diagnostics{diag.Error(code, summary, detail,
		hcl.Range{Filename: name, Start: hcl.InitialPos, End: hcl.InitialPos})}}
}

// errorsOnly drops warnings (an empty file's) from diags.
func errorsOnly(diags hcl.Diagnostics) hcl.Diagnostics {
	var out hcl.Diagnostics
	for _, d := range diags {
		if d.Severity == hcl.DiagError {
			out = append(out, d)
		}
	}
	return out
}

// reason is err without the operation and path an *fs.PathError adds
// ("permission denied"), since the messages name the file themselves.
func reason(err error) error {
	if u := errors.Unwrap(err); u != nil {
		return u
	}
	return err
}
