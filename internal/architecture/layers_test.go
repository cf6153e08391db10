package architecture

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/decomhq/decom"

// layers places every package of the module (by path inside it) in a
// layer: a package may import the module's packages of lower layers only.
// Test support (testSupport) sits beside the layers. A package missing
// here fails the test: add it, and a paragraph for it in
// docs/architecture.md.
var layers = map[string]int{
	// 0: leaves, importing nothing of decom.
	"internal/english":    0,
	"internal/atomicfile": 0,
	"render/formats":      0,
	"render/printable":    0,
	"inventory/language":  0,
	"planner/schedule":    0,
	// 1-3: diagnostics and the model, and Markdown escaping.
	"render/markdown":  1,
	"inventory/diag":   1,
	"inventory/limits": 2,
	"inventory":        3,
	// 4-6: what reads and writes the model: the fmt layout, the
	// planner's rules, the importers; questions about a plan.
	"inventory/format":   4,
	"planner":            4,
	"importer":           5,
	"importer/csvimport": 6,
	"importer/netbox":    6,
	"planner/explain":    5,
	"planner/findings":   5,
	// 6-8: renderers and reports.
	"render/diagnostics": 6,
	"render/diagram":     6,
	"render/dot":         7,
	"render/mermaid":     7,
	"render/graphjson":   7,
	"render/graphout":    8,
	"render/planout":     8,
	"report":             8,
	"compare":            8,
	// 9: the command line, which only wires things up.
	"cmd/decom": 9,
}

// testSupport are packages for tests, benchmarks and tools: they may
// import any layer below the command line, and no package of the layers
// may import them.
var testSupport = map[string]bool{
	"internal/architecture":    true,
	"internal/golden":          true,
	"internal/estategen":       true,
	"internal/estatefixture":   true,
	"internal/plancheck":       true,
	"internal/quality":         true,
	"internal/bench":           true,
	"internal/bench/genestate": true,
	"internal/bench/parsekeep": true,
	"internal/bench/tabulate":  true,
	"internal/bench/cputime":   true,
}

// stdlibOnly are packages that import nothing outside the standard library
// and themselves: the scheduler knows nothing of estates or HCL.
var stdlibOnly = []string{"planner/schedule"}

// pkg is one package as go list reports it.
type pkg struct {
	path    string   // inside the module
	imports []string // the module's packages it imports, inside the module
	deps    []string // every package it depends on, transitively, outside the standard library
}

// list runs go list over the module, from its root.
func list(t *testing.T) []pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-tags", "quality", "-f",
		"{{.ImportPath}}|{{join .Imports \" \"}}|{{join .Deps \" \"}}", module+"/...")
	cmd.Dir = filepath.Join("..", "..")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	std := stdlib(t)
	var pkgs []pkg
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "|")
		p := pkg{path: inside(f[0])}
		for _, imp := range strings.Fields(f[1]) {
			if strings.HasPrefix(imp, module+"/") {
				p.imports = append(p.imports, inside(imp))
			}
		}
		for _, d := range strings.Fields(f[2]) {
			if !std[d] {
				p.deps = append(p.deps, d)
			}
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

// stdlib lists the standard library's packages.
func stdlib(t *testing.T) map[string]bool {
	t.Helper()
	out, err := exec.Command("go", "list", "std").CombinedOutput()
	if err != nil {
		t.Fatalf("go list std: %v\n%s", err, out)
	}
	m := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		m[p] = true
	}
	return m
}

func inside(path string) string { return strings.TrimPrefix(path, module+"/") }

// TestLayers: every package is placed; each imports only lower layers;
// none of the layers imports test support; test support does not import
// the command line.
func TestLayers(t *testing.T) {
	pkgs := list(t)
	if len(pkgs) < len(layers) {
		t.Fatalf("go list found %d packages", len(pkgs))
	}
	for _, p := range pkgs {
		layer, placed := layers[p.path]
		if !placed && !testSupport[p.path] {
			t.Errorf("%s is in no layer: add it to layers (or testSupport) here and to docs/architecture.md", p.path)
			continue
		}
		for _, imp := range p.imports {
			switch {
			case testSupport[imp] && !testSupport[p.path]:
				t.Errorf("%s imports %s, which is test support", p.path, imp)
			case testSupport[p.path]:
				if l, ok := layers[imp]; ok && l >= layers["cmd/decom"] {
					t.Errorf("%s (test support) imports %s", p.path, imp)
				}
			case layers[imp] >= layer:
				t.Errorf("%s (layer %d) imports %s (layer %d): a package imports lower layers only; see docs/architecture.md",
					p.path, layer, imp, layers[imp])
			}
		}
	}
}

// TestStdlibOnly: the scheduler depends on nothing but the standard
// library (no HCL, no cty, no decom package).
func TestStdlibOnly(t *testing.T) {
	for _, p := range list(t) {
		for _, want := range stdlibOnly {
			if p.path == want && len(p.deps) > 0 {
				t.Errorf("%s depends on %s; it may use the standard library only", p.path, strings.Join(p.deps, ", "))
			}
		}
	}
}

// TestDocumented: docs/architecture.md names every package of the
// layers, so the page and the table above cannot drift apart.
func TestDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "architecture.md"))
	if err != nil {
		t.Fatal(err)
	}
	for path := range layers {
		if !strings.Contains(string(doc), "`"+path+"`") {
			t.Errorf("docs/architecture.md does not describe `%s`", path)
		}
	}
}
