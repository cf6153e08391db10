package graphout

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/diagram"
)

// a3Font renders DOT src with Graphviz's -Tjson and returns the smallest
// label size, in points, once the drawing is scaled to fit the printable
// area of an A3 page (diagram.A3, either way round, never enlarged): the
// smallest fontsize of any label drawn times the scale.
func a3Font(t *testing.T, name string, src []byte) (font, w, h float64) {
	t.Helper()
	bin, err := exec.LookPath("dot")
	if err != nil {
		t.Fatalf("Graphviz dot is not installed (apt-get install graphviz): %v", err)
	}
	cmd := exec.Command(bin, "-Tjson")
	cmd.Stdin = bytes.NewReader(src)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("%s: dot -Tjson: %v\n%s", name, err, stderr.String())
	}
	var doc struct {
		BB       string `json:"bb"`
		Fontsize string `json:"fontsize"`
		Objects  []struct {
			Label    string `json:"label"`
			Fontsize string `json:"fontsize"`
		} `json:"objects"`
		Edges []struct {
			Label    string `json:"label"`
			Fontsize string `json:"fontsize"`
		} `json:"edges"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	bb := strings.Split(doc.BB, ",")
	if len(bb) != 4 {
		t.Fatalf("%s: bounding box %q", name, doc.BB)
	}
	x0, _ := strconv.ParseFloat(bb[0], 64)
	y0, _ := strconv.ParseFloat(bb[1], 64)
	x1, _ := strconv.ParseFloat(bb[2], 64)
	y1, _ := strconv.ParseFloat(bb[3], 64)
	w, h = x1-x0, y1-y0
	size := func(s string) float64 {
		if s == "" {
			return 14 // Graphviz's default
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("%s: fontsize %q", name, s)
		}
		return f
	}
	smallest := size(doc.Fontsize)
	for _, o := range doc.Objects {
		if strings.TrimSpace(o.Label) != "" {
			smallest = min(smallest, size(o.Fontsize))
		}
	}
	for _, e := range doc.Edges {
		if strings.TrimSpace(e.Label) != "" {
			smallest = min(smallest, size(e.Fontsize))
		}
	}
	a3 := diagram.A3
	scale := max(min(a3[0]/w, a3[1]/h), min(a3[1]/w, a3[0]/h))
	return smallest * min(scale, 1), w, h
}

// TestLegibleOnA3 draws every view of the example estate, of a generated
// estate of about 100 assets and of two generated estates that once broke
// the budget (many hosting boxes; 132 waves) as DOT with the default
// thresholds, lays each out with Graphviz and checks that, fitted to one
// A3 page, every label is at least diagram.MinFont points.
func TestLegibleOnA3(t *testing.T) {
	kcom, diags := inventory.Load([]string{"../../examples/kcom"}, inventory.LoadOptions{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	gen := estategen.Generate(estategen.Realistic(7, 70)).Model
	// Two that once failed: many small hosting boxes, and 132 waves.
	boxes := estategen.Generate(estategen.Random(4, 40)).Model
	waves := estategen.Generate(estategen.Realistic(7, 400)).Model
	for _, c := range []struct {
		name  string
		m     *inventory.Model
		focus string
	}{
		{"kcom", kcom, "application.command_control"},
		{"generated", gen, gen.Applications[len(gen.Applications)/2].Address()},
		{"hosting-boxes", boxes, boxes.Applications[0].Address()},
		{"many-waves", waves, waves.Applications[0].Address()},
	} {
		p, err := planner.Build(c.m, planner.Options{})
		if err != nil {
			t.Fatal(err)
		}
		assets := len(c.m.Networks) + len(c.m.Devices) + len(c.m.Applications) + len(c.m.Endpoints)
		for _, v := range []struct {
			name string
			opt  diagram.Options
		}{
			{"estate", diagram.Options{View: diagram.ViewEstate}},
			{"plan", diagram.Options{View: diagram.ViewPlan}},
			{"focus", diagram.Options{View: diagram.ViewEstate, Focus: c.focus, Depth: 1}},
			{"focus-plan", diagram.Options{View: diagram.ViewPlan, Focus: c.focus, Depth: 1}},
		} {
			name := c.name + "/" + v.name
			src := draw(t, "dot", Input{Model: c.m, Plan: p, Options: v.opt, MaxNodes: DefaultMaxNodes})
			font, w, h := a3Font(t, name, src)
			t.Logf("%s (%d assets): %.0f × %.0f pt, smallest label %.1f pt on A3", name, assets, w, h, font)
			if font < diagram.MinFont {
				t.Errorf("%s: on A3 the smallest label is %.1f pt, under %d pt (drawing %.0f × %.0f pt)", name, font, diagram.MinFont, w, h)
			}
		}
	}
}
