//go:build unix

package format

import (
	"os"
	"syscall"
)

// linkCount returns the number of hard links of the file fi describes.
func linkCount(fi os.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink) //nolint:unconvert // widths differ by platform
	}
	return 1
}
