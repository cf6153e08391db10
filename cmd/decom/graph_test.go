package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/golden"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/planner/explain"
	"github.com/decomhq/decom/render/formats"
	"github.com/decomhq/decom/render/mermaid"
)

// mermaidEdge matches one edge line of decom's Mermaid output.
var mermaidEdge = regexp.MustCompile(`(?m)^\s*n\d+ (-->|-\.->|--o|===|==>|~~~)`)

// kcom is the example estate the goldens and the walk test use.
const kcom = "../../examples/kcom"

// kcomGraphs are the diagrams of examples/kcom kept as golden files in
// testdata/goldens (go test -run TestGraphKCOM -update rewrites them).
var kcomGraphs = []struct {
	file string
	args []string
}{
	{"kcom_estate.dot", []string{"graph", kcom}},
	{"kcom_plan.dot", []string{"graph", "--view", "plan", kcom}},
	{"kcom_estate.mmd", []string{"graph", "-o", "mermaid", kcom}},
	{"kcom_plan.mmd", []string{"graph", "-o", "mermaid", "--view", "plan", kcom}},
	{"kcom_estate_collapsed.dot", []string{"graph", "--max-nodes", "20", kcom}},
	{"kcom_plan_collapsed.mmd", []string{"graph", "-o", "mermaid", "--view", "plan", "--max-nodes", "20", kcom}},
	{"kcom_apps.mmd", []string{"graph", "-o", "mermaid", "--type", "application", kcom}},
	{"kcom_focus.dot", []string{"graph", "--focus", "application.command_control", kcom}},
	{"kcom_focus.mmd", []string{"graph", "-o", "mermaid", "--focus", "application.command_control", kcom}},
	{"kcom_focus_plan.dot", []string{"graph", "--view", "plan", "--focus", "application.command_control", kcom}},
}

// runDecom runs decom in-process and returns its exit code and output.
func runDecom(args ...string) (int, []byte, []byte) {
	var out, errb bytes.Buffer
	code := run(args, streams{In: strings.NewReader(""), Out: &out, Err: &errb})
	return code, out.Bytes(), errb.Bytes()
}

func TestGraphKCOM(t *testing.T) {
	for _, g := range kcomGraphs {
		t.Run(g.file, func(t *testing.T) {
			code, out, errb := runDecom(g.args...)
			if code != exitOK {
				t.Fatalf("decom %s exited %d:\n%s", strings.Join(g.args, " "), code, errb)
			}
			if _, again, _ := runDecom(g.args...); !bytes.Equal(out, again) {
				t.Fatal("two runs gave different output")
			}
			golden.Check(t, filepath.Join("testdata", "goldens", g.file), out)
			if strings.HasSuffix(g.file, ".mmd") {
				edges := len(mermaidEdge.FindAll(out, -1))
				if len(out) > mermaid.MaxChars || edges > mermaid.MaxEdges {
					t.Errorf("%s: %d characters and %d edges, over Mermaid's limits", g.file, len(out), edges)
				}
			}
		})
	}
}

// TestGraphvizGoldens renders every DOT golden with the real Graphviz dot
// and fails on any warning. It fails, not skips, when dot is missing.
func TestGraphvizGoldens(t *testing.T) {
	bin, err := exec.LookPath("dot")
	if err != nil {
		t.Fatalf("Graphviz dot is not installed (apt-get install graphviz): %v", err)
	}
	files, _ := filepath.Glob("testdata/goldens/*.dot")
	if len(files) == 0 {
		t.Fatal("no DOT goldens in testdata/goldens")
	}
	for _, f := range files {
		cmd := exec.Command(bin, "-Tsvg", "-o", os.DevNull, f)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 {
			t.Errorf("dot -Tsvg %s: %v\n%s", f, err, stderr.String())
		}
	}
}

// TestWalkKCOM asks why and impact about every asset of examples/kcom,
// planned once, in text and JSON: each must answer without error, name the
// asset, and for planned actions give a chain that ends at the asset. The
// CLI itself is run for a sample of the assets.
func TestWalkKCOM(t *testing.T) {
	m, diags := inventory.Load([]string{kcom}, inventory.LoadOptions{})
	if diags.HasErrors() {
		t.Fatalf("examples/kcom does not load: %v", diags)
	}
	addrs := m.Addresses()
	if len(addrs) < 50 {
		t.Fatalf("examples/kcom has only %d assets", len(addrs))
	}
	ix := explain.New(m, mustPlan(t, m))
	for _, addr := range addrs {
		w, err := ix.Why(addr)
		if err != nil {
			t.Fatalf("why %s: %v", addr, err)
		}
		if w.Outcome == explain.OutcomePlanned && (len(w.Chain) == 0 || w.Chain[len(w.Chain)-1].Address != addr) {
			t.Errorf("why %s: chain %+v does not end at the asset", addr, w.Chain)
		}
		im, err := ix.Impact(addr)
		if err != nil {
			t.Fatalf("impact %s: %v", addr, err)
		}
		for _, v := range []any{w, im} {
			var txt, js bytes.Buffer
			if wv, ok := v.(*explain.Why); ok {
				err = explain.WriteWhy(&txt, wv)
			} else {
				err = explain.WriteImpact(&txt, v.(*explain.Impact))
			}
			if err != nil || !bytes.Contains(txt.Bytes(), []byte(addr)) {
				t.Fatalf("%s: text answer %q, %v", addr, txt.String(), err)
			}
			var back struct {
				Address string `json:"address"`
			}
			if err := formats.JSON(&js, v); err != nil || json.Unmarshal(js.Bytes(), &back) != nil || back.Address != addr {
				t.Fatalf("%s: JSON answer %s, %v", addr, js.String(), err)
			}
		}
	}
	for i := 0; i < len(addrs); i += 25 {
		for _, cmd := range []string{"why", "impact"} {
			code, out, errb := runDecom(cmd, addrs[i], kcom)
			if code != exitOK || !bytes.Contains(out, []byte(addrs[i])) {
				t.Errorf("decom %s %s: exit %d\n%s\n%s", cmd, addrs[i], code, out, errb)
			}
		}
	}
}

// mustPlan plans m and fails the test on an error.
func mustPlan(t testing.TB, m *inventory.Model) *planner.Plan {
	t.Helper()
	p, err := planner.Build(m, planner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}
