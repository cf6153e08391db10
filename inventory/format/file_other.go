//go:build !unix

package format

import "os"

// linkCount returns 1: the platform gives no link count through os.
func linkCount(fi os.FileInfo) uint64 { return 1 }
