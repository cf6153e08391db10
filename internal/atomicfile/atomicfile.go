// Package atomicfile writes files so that an interrupted run never leaves
// one half-written: the data goes to a temporary file in the same folder,
// which is synced to disk and then renamed over the file.
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// TempMark is in the name of every temporary file Write makes beside the
// file it replaces: ".NAME.decom-RANDOM". The name starts with a dot, so
// the inventory loader skips any that a crash leaves behind.
const TempMark = ".decom-"

// Write replaces (or creates) name with data. The data goes to a temporary
// file in name's folder; a file that exists gives it its mode (permission,
// setuid, setgid and sticky bits), owner and group, and a new one gets
// perm; it is synced to disk, renamed over name, and the folder is synced
// so the rename lasts. On any error the temporary file is removed and name
// is left as it was. name must not be a symbolic link: the caller resolves
// one (filepath.EvalSymlinks) to write through it.
//
// Errors say which step failed: creating, writing or syncing the temporary
// file, keeping the owner or mode, or the rename.
func Write(name string, data []byte, perm fs.FileMode) error {
	fi, err := os.Stat(name)
	switch {
	case err == nil:
		perm = fi.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
	case errors.Is(err, fs.ErrNotExist):
		fi = nil
	default:
		return err
	}
	dir := filepath.Dir(name)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(name)+TempMark+"*")
	if err != nil {
		return fmt.Errorf("cannot create a temporary file in %s: %w", dir, cause(err))
	}
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("cannot write a temporary file in %s: %w", dir, cause(err))
	}
	if fi != nil {
		if err := keepOwner(tmp, fi); err != nil {
			return fmt.Errorf("cannot keep the owner and group of %s: %w", name, cause(err))
		}
	}
	// Chmod after Chown, which clears the setuid and setgid bits.
	if err := tmp.Chmod(perm); err != nil {
		return fmt.Errorf("cannot keep the mode of %s: %w", name, cause(err))
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("cannot sync a temporary file in %s: %w", dir, cause(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write a temporary file in %s: %w", dir, cause(err))
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("cannot replace %s: %w", name, cause(err))
	}
	renamed = true
	syncDir(dir)
	return nil
}

// syncDir flushes a folder's entries to disk, so that a rename survives a
// crash; where the platform cannot, it does nothing.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// cause is err without the operation and path an *fs.PathError or
// *os.LinkError adds, since the messages name the file themselves.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
