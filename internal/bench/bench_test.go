package bench

import (
	"testing"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/inventory"
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

// today is the fixed clock of every benchmark load, so support dates are
// judged the same way on every run.
var today = inventory.DateOf(2026, 11, 1)

// load loads dir and fails the benchmark on any load error or on an
// estate with no applications.
func load(b *testing.B, dir string) *inventory.Model {
	m, diags := inventory.Load([]string{dir}, inventory.LoadOptions{Today: today})
	if diags.HasErrors() {
		b.Fatalf("benchmark estate %s does not load: %v", dir, diags[0])
	}
	if len(m.Applications) == 0 {
		b.Fatalf("benchmark estate %s has no applications", dir)
	}
	return m
}

// loadValid loads dir and fails the benchmark unless the estate also
// passes every check, so that later stages time real work on a valid
// estate rather than an early exit.
func loadValid(b *testing.B, dir string) *inventory.Model {
	m := load(b, dir)
	if diags := inventory.Check(m); diags.HasErrors() {
		b.Fatalf("benchmark estate %s is invalid: %v", dir, diags[0])
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
		if len(srcs) == 0 {
			b.Fatalf("no *.hcl files under %s", dir)
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

// BenchmarkValidate runs the whole-model checks (inventory.Check, what
// `decom validate` adds to loading) on a loaded model.
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
		m := loadValid(b, dir)
		b.ReportAllocs()
		for b.Loop() {
			p, err := planner.Build(m, planner.Options{})
			if err != nil {
				b.Fatal(err)
			}
			if len(p.Waves) == 0 {
				b.Fatal("the plan has no waves")
			}
		}
	})
}

// BenchmarkUplinkSplit splits every endpoint group over its uplink
// switches (inventory.NewPorts, what the uplink-ports-exceeded check and
// impact use) on the Realistic estate with UnevenUplinks: groups patched
// across two or three switches sized so that only an uneven split fits.
// The estate is generated in memory, not timed.
func BenchmarkUplinkSplit(b *testing.B) {
	sizes, err := Sizes()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		cfg := estategen.Realistic(Seed, n)
		cfg.UnevenUplinks = true
		m := estategen.Generate(cfg).Model
		b.Run("apps="+Label(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if sf := inventory.NewPorts(m).Shortfalls(); len(sf) > 0 {
					b.Fatalf("the estate fits an uneven split, but the split found %d shortfalls: %+v", len(sf), sf[0])
				}
			}
		})
	}
}
