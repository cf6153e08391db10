// Command cputime measures the CPU time (user and system, from getrusage)
// that each stage takes on one estate: loading, validating, planning and
// drawing the estate as DOT, each K times with GOMAXPROCS=1, printing the
// least of the K in microseconds. On a machine shared with other work,
// CPU time moves far less than the wall time the benchmarks report, so
// two versions can be compared by running it on both, interleaved:
//
//	go run ./internal/bench/cputime DIR K
package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/diagram"
	"github.com/decomhq/decom/render/graphout"
)

// cpu is the CPU time the process has used so far.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// stage runs f k times after a collection each and prints the least CPU
// time one run took.
func stage(name string, k int, f func() error) error {
	best := time.Duration(1 << 62)
	for range k {
		runtime.GC()
		t := cpu()
		if err := f(); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		best = min(best, cpu()-t)
	}
	fmt.Printf("%s %d\n", name, best.Microseconds())
	return nil
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: cputime DIR K")
		os.Exit(2)
	}
	k, err := strconv.Atoi(os.Args[2])
	if err != nil || k < 1 {
		fmt.Fprintln(os.Stderr, "cputime: K must be a whole number from 1")
		os.Exit(2)
	}
	if err := run(os.Args[1], k); err != nil {
		fmt.Fprintln(os.Stderr, "cputime:", err)
		os.Exit(1)
	}
}

func run(dir string, k int) error {
	runtime.GOMAXPROCS(1)
	var m *inventory.Model
	steps := []struct {
		name string
		f    func() error
	}{
		{"Load", func() error {
			var diags interface{ HasErrors() bool }
			m, diags = inventory.Load([]string{dir}, inventory.LoadOptions{Today: inventory.DateOf(2026, 1, 1)})
			if diags.HasErrors() {
				return fmt.Errorf("%s does not load", dir)
			}
			return nil
		}},
		{"Validate", func() error {
			if inventory.Check(m).HasErrors() {
				return fmt.Errorf("%s is invalid", dir)
			}
			return nil
		}},
		{"Plan", func() error {
			p, err := planner.Build(m, planner.Options{})
			if err == nil && len(p.Waves) == 0 {
				err = fmt.Errorf("the plan of %s has no waves", dir)
			}
			return err
		}},
		{"Graph", func() error {
			write, err := graphout.Formats.Lookup("dot")
			if err != nil {
				return err
			}
			var out bytes.Buffer
			in := graphout.Input{Model: m, Options: diagram.Options{View: diagram.ViewEstate, Depth: 1}, MaxNodes: graphout.DefaultMaxNodes}
			if err := write(&out, in); err != nil {
				return err
			}
			if !bytes.HasPrefix(out.Bytes(), []byte("digraph")) {
				return fmt.Errorf("the dot format wrote no digraph")
			}
			return nil
		}},
	}
	for _, s := range steps {
		if err := stage(s.name, k, s.f); err != nil {
			return err
		}
	}
	return nil
}
