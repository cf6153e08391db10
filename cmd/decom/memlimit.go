package main

import (
	"math"
	"os"
	"runtime/debug"
	"sync"
)

// The memory limit sizing of large estates. Parsing allocates about 140
// bytes for every byte of HCL, nearly all of it short-lived, while the
// decoded model keeps about 11 bytes per byte of source. With Go's default
// GOGC=100 the heap may grow to twice what is live before a collection, so
// `decom plan` on a 30 MB estate (100k applications) peaked at 1.0-1.25 GB
// of RSS; a soft limit of memLimitBase + memLimitPerByte × source bytes
// holds it near 0.6 GB with no measurable change in CPU time
// (docs/performance.md). Small estates never reach the limit.
const (
	memLimitBase    = 64 << 20
	memLimitPerByte = 18
	// memLimitFrom is the total inventory size below which no limit is set.
	memLimitFrom = 4 << 20
)

var memLimit struct {
	sync.Mutex
	bytes int64 // inventory bytes loaded so far by this process
}

// sizeMemoryLimit is the loader's Discovered hook: it sets the Go runtime's
// soft memory limit from the total size of the inventories this process
// loads (decom diff loads two), unless GOMEMLIMIT is set by the user.
func sizeMemoryLimit(_ int, bytes int64) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	memLimit.Lock()
	defer memLimit.Unlock()
	memLimit.bytes += bytes
	if memLimit.bytes < memLimitFrom || memLimit.bytes > (math.MaxInt64-memLimitBase)/memLimitPerByte {
		return
	}
	debug.SetMemoryLimit(memLimitBase + memLimitPerByte*memLimit.bytes)
}
