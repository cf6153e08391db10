package bench

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/format"
	"github.com/decomhq/decom/planner"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// forEachSize runs fn as a sub-benchmark per estate size, with the estate's
// folder. Generating a 100k estate the first time takes a few seconds and
// is not timed.
func forEachSize(b *testing.B, fn func(b *testing.B, dir string)) {
	sizes, err := Sizes()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		dir, err := Dir(n)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("apps="+Label(n), func(b *testing.B) { fn(b, dir) })
	}
}

// load loads dir and fails the benchmark on any error.
func load(b *testing.B, dir string) *inventory.Model {
	m, diags := inventory.Load([]string{dir}, inventory.LoadOptions{Today: inventory.DateOf(2026, 11, 1)})
	if diags.HasErrors() {
		b.Fatalf("benchmark estate does not load: %v", diags[0])
	}
	return m
}

// BenchmarkParseBaseline is the floor the HCL library sets: a bare,
// single-threaded hclsyntax parse of every file, sources already in memory.
func BenchmarkParseBaseline(b *testing.B) {
	forEachSize(b, func(b *testing.B, dir string) {
		names, srcs, err := ReadAll(dir)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			for i, src := range srcs {
				if _, diags := hclsyntax.ParseConfig(src, names[i], hcl.InitialPos); diags.HasErrors() {
					b.Fatal(diags)
				}
			}
		}
	})
}

// BenchmarkLoad reads, parses (in parallel) and decodes the estate.
func BenchmarkLoad(b *testing.B) {
	forEachSize(b, func(b *testing.B, dir string) {
		b.ReportAllocs()
		for b.Loop() {
			load(b, dir)
		}
	})
}

// BenchmarkValidate runs the semantic checks on a loaded model.
func BenchmarkValidate(b *testing.B) {
	forEachSize(b, func(b *testing.B, dir string) {
		m := load(b, dir)
		b.ReportAllocs()
		for b.Loop() {
			if diags := inventory.Check(m); diags.HasErrors() {
				b.Fatalf("benchmark estate is invalid: %v", diags[0])
			}
		}
	})
}

// BenchmarkPlan plans a loaded, valid model.
func BenchmarkPlan(b *testing.B) {
	forEachSize(b, func(b *testing.B, dir string) {
		m := load(b, dir)
		b.ReportAllocs()
		for b.Loop() {
			planner.Build(m, planner.Options{})
		}
	})
}

// BenchmarkFmt formats every file, sources already in memory.
func BenchmarkFmt(b *testing.B) {
	forEachSize(b, func(b *testing.B, dir string) {
		names, srcs, err := ReadAll(dir)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			for i, src := range srcs {
				if _, diags := format.Source(names[i], src); diags.HasErrors() {
					b.Fatal(diags)
				}
			}
		}
	})
}

// BenchmarkPlanCommand runs `decom plan -o json DIR` end to end as a
// separate process, as a user would: start-up, load, check, plan, output.
func BenchmarkPlanCommand(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "decom")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/decomhq/decom/cmd/decom").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	forEachSize(b, func(b *testing.B, dir string) {
		for b.Loop() {
			cmd := exec.Command(bin, "plan", "-o", "json", dir)
			cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
			if err := cmd.Run(); err != nil {
				b.Fatalf("decom plan: %v", err)
			}
		}
	})
}
