//go:build unix

package inventory

import (
	"os"
	"syscall"
)

// fileID identifies a file or directory by device and inode, so that a
// folder reached again through a symbolic link is recognised.
type fileID struct{ dev, ino uint64 }

// fileKey returns fi's identity, and false when the platform gives none.
func fileKey(fi os.FileInfo) (fileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true //nolint:unconvert // widths differ by platform
}
