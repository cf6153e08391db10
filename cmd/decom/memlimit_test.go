package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestSizeMemoryLimit checks that a small inventory leaves the runtime's
// memory limit alone, that a large one sets it from its size, that the
// sizes of several inventories in one process add up (decom diff), and
// that GOMEMLIMIT given by the user wins.
func TestSizeMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		debug.SetMemoryLimit(before)
		memLimit.bytes = 0
	})
	t.Setenv("GOMEMLIMIT", "")
	memLimit.bytes = 0
	debug.SetMemoryLimit(math.MaxInt64)

	sizeMemoryLimit(10, 1<<20)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("1 MiB inventory: limit %d, want none", got)
	}
	sizeMemoryLimit(1000, 31<<20)
	if got, want := debug.SetMemoryLimit(-1), int64(memLimitBase+memLimitPerByte*(32<<20)); got != want {
		t.Errorf("32 MiB in all: limit %d, want %d", got, want)
	}

	t.Setenv("GOMEMLIMIT", "off")
	debug.SetMemoryLimit(math.MaxInt64)
	sizeMemoryLimit(1000, 32<<20)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set: limit %d, want it left alone", got)
	}
}
