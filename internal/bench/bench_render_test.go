package bench

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/decomhq/decom/inventory/format"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/diagram"
	"github.com/decomhq/decom/render/graphout"
	"github.com/decomhq/decom/report"
)

// BenchmarkGraph draws the estate view as `decom graph DIR` does, with
// the dot format of graphout: built with DOT's collapse thresholds (so a
// large estate collapses to one node per network or site) and written as
// DOT.
func BenchmarkGraph(b *testing.B) {
	forEachSize(b, func(b *testing.B, dir string) {
		m := loadValid(b, dir)
		write, err := graphout.Formats.Lookup("dot")
		if err != nil {
			b.Fatal(err)
		}
		in := graphout.Input{Model: m, Options: diagram.Options{View: diagram.ViewEstate, Depth: 1}, MaxNodes: graphout.DefaultMaxNodes}
		b.ReportAllocs()
		for b.Loop() {
			var out bytes.Buffer
			if err := write(&out, in); err != nil {
				b.Fatal(err)
			}
			if !bytes.HasPrefix(out.Bytes(), []byte("digraph")) {
				b.Fatalf("the dot format wrote no digraph: %.80q", out.Bytes())
			}
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
		if len(srcs) == 0 {
			b.Fatalf("no *.hcl files under %s", dir)
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
// Any exit status but 0 (a load error, an invalid estate) fails it.
func BenchmarkPlanCommand(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "decom")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/decomhq/decom/cmd/decom").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	forEachSize(b, func(b *testing.B, dir string) {
		for b.Loop() {
			var stderr bytes.Buffer
			cmd := exec.Command(bin, "plan", "-o", "json", dir)
			cmd.Stdout, cmd.Stderr = io.Discard, &stderr
			if err := cmd.Run(); err != nil {
				os.Stderr.Write(stderr.Bytes())
				b.Fatalf("decom plan %s: %v", dir, err)
			}
		}
	})
}

// BenchmarkReport builds the board report of the planned estate
// (report.New) and writes it as HTML, as `decom report -o html` does
// without Graphviz.
func BenchmarkReport(b *testing.B) {
	forEachSize(b, func(b *testing.B, dir string) {
		m := loadValid(b, dir)
		p, err := planner.Build(m, planner.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			r := report.New(m, p)
			var out bytes.Buffer
			if err := report.HTML(&out, r); err != nil {
				b.Fatal(err)
			}
			if len(r.Waves) == 0 || !bytes.Contains(out.Bytes(), []byte(`<svg class="gantt"`)) {
				b.Fatal("the report has no waves or no timeline")
			}
		}
	})
}
