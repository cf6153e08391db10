//go:build !unix

package atomicfile

import "os"

// keepOwner does nothing: the platform has no Unix owner and group.
func keepOwner(f *os.File, fi os.FileInfo) error { return nil }
