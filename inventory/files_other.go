//go:build !unix

package inventory

import "os"

// fileID identifies a file or directory. Platforms without inodes give
// none: loops through directory links are avoided by not following them.
type fileID struct{ dev, ino uint64 }

// fileKey returns false: this platform gives no file identity.
func fileKey(fi os.FileInfo) (fileID, bool) { return fileID{}, false }
