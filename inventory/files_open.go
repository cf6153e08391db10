package inventory

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/limits"
	"github.com/hashicorp/hcl/v2"
)

// ReadFile reads the inventory file at path the way Load does, naming it
// name in diagnostics (the two differ when name is a symbolic link that
// `decom fmt` resolved). It opens without blocking, so that a FIFO cannot
// hang it, then checks what it opened: anything but a regular file (a
// FIFO, a socket, a device such as /dev/zero) is not-regular-file, and a
// file larger than limits.MaxBytes is file-too-large. It never reads more
// than that limit, even from a file that grows while it is read.
func ReadFile(name, path string) ([]byte, os.FileInfo, *hcl.Diagnostic) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, diag.Error(CodeUnreadable, "Cannot read file", fmt.Sprintf("%v. Fix its permissions or remove it.", err), pathRange(name))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, diag.Error(CodeUnreadable, "Cannot read file", fmt.Sprintf("%v.", err), pathRange(name))
	}
	if !fi.Mode().IsRegular() {
		return nil, nil, notRegular(name, fi.Mode())
	}
	limit := limits.MaxBytes(name)
	if fi.Size() > limit {
		return nil, nil, tooLarge(name, fi.Size(), limit)
	}
	src, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, nil, diag.Error(CodeUnreadable, "Cannot read file", fmt.Sprintf("%v.", err), pathRange(name))
	}
	if int64(len(src)) > limit {
		return nil, nil, tooLarge(name, int64(len(src)), limit)
	}
	return src, fi, nil
}

func notRegular(name string, m fs.FileMode) *hcl.Diagnostic {
	return diag.Error(CodeNotRegularFile, "Not a regular file",
		fmt.Sprintf("%s is a %s, not a regular file, so decom does not read it (it could block or never end). Give the inventory's files or folders.", name, fileKind(m)),
		pathRange(name))
}

func tooLarge(name string, size, limit int64) *hcl.Diagnostic {
	what := "more than"
	if size > limit {
		what = fmt.Sprintf("%.1f MiB, more than", float64(size)/(1<<20))
	}
	return diag.Error(CodeFileTooLarge, "File too large",
		fmt.Sprintf("%s is %s the %d MiB decom reads from one %s file. Split it into several files (one per site or per kind of asset): they load in parallel.", name, what, limit>>20, syntaxName(name)),
		pathRange(name))
}

func syntaxName(name string) string {
	if isJSONName(name) {
		return "JSON"
	}
	return "native-syntax"
}

// fileKind names a type of file that is not regular, for a message.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "folder"
	case m&fs.ModeNamedPipe != 0:
		return "FIFO (named pipe)"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}
