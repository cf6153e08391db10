package graphout

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/estatefixture"
	"github.com/decomhq/decom/render/diagram"
	"github.com/decomhq/decom/render/mermaid"
)

func draw(t *testing.T, format string, in Input) []byte {
	t.Helper()
	write, err := Formats.Lookup(format)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := write(&b, in); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// collapsed returns how many assets the JSON drawing of in left out.
func collapsed(t *testing.T, in Input) int {
	var doc struct{ Collapsed int }
	if err := json.Unmarshal(draw(t, "json", in), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Collapsed
}

func TestFormats(t *testing.T) {
	if got := strings.Join(Formats.Names(), ","); got != "dot,mermaid,json" {
		t.Errorf("Formats.Names() = %s", got)
	}
}

// TestCollapseDefaults checks each format's registered thresholds on an
// estate of 1,000 applications (about 1,060 asset nodes): DOT and Mermaid
// collapse it by default, JSON does not; a threshold asked for replaces
// the default, and 0 never collapses.
func TestCollapseDefaults(t *testing.T) {
	m, p := estatefixture.Large(1000)
	in := Input{Model: m, Plan: p, MaxNodes: DefaultMaxNodes}
	for _, f := range []string{"dot", "mermaid"} {
		if out := draw(t, f, in); !bytes.Contains(out, []byte("Collapsed: ")) {
			t.Errorf("%s: 1,000 applications were not collapsed by default", f)
		}
	}
	if n := collapsed(t, in); n != 0 {
		t.Errorf("json collapsed %d assets by default, want none", n)
	}
	in.MaxNodes = 20
	if n := collapsed(t, in); n == 0 {
		t.Error("json with a threshold of 20 nodes did not collapse")
	}
	in.MaxNodes = 0
	if out := draw(t, "dot", in); bytes.Contains(out, []byte("Collapsed: ")) {
		t.Error("dot with --max-nodes 0 collapsed")
	}
}

// TestMermaidLimits checks that a 10,000-application estate and its plan
// stay within Mermaid's default limits once collapsed, with no warning.
func TestMermaidLimits(t *testing.T) {
	m, p := estatefixture.Large(10000)
	for _, v := range []diagram.View{diagram.ViewEstate, diagram.ViewPlan} {
		var warned string
		out := draw(t, "mermaid", Input{Model: m, Plan: p, Options: diagram.Options{View: v}, MaxNodes: DefaultMaxNodes,
			Warn: func(msg string) { warned = msg }})
		if len(out) > mermaid.MaxChars || warned != "" {
			t.Errorf("%s: %d characters, warning %q", v, len(out), warned)
		}
		if !strings.Contains(string(out), "Collapsed: ") {
			t.Errorf("%s: not collapsed, or does not say so", v)
		}
	}
}

// TestOverWarns checks the collapse loop of a format with limits: while a
// rendering is over them it collapses further, up to level 2, then writes
// the last rendering whole and warns once.
func TestOverWarns(t *testing.T) {
	var levels []int
	d := drawer{render: mermaid.Write, over: func(out []byte, g *diagram.Graph) string {
		levels = append(levels, len(levels))
		return "too big"
	}}
	var warned []string
	var b bytes.Buffer
	err := d.draw(&b, Input{Model: estatefixture.Estate(), MaxNodes: DefaultMaxNodes, Warn: func(msg string) { warned = append(warned, msg) }})
	if err != nil || b.Len() == 0 {
		t.Fatalf("draw: %v, %d bytes", err, b.Len())
	}
	if len(levels) != 3 || len(warned) != 1 || warned[0] != "too big" {
		t.Errorf("checked %d renderings, warnings %q; want 3 and one warning", len(levels), warned)
	}
	g, err := diagram.Build(estatefixture.Estate(), nil, diagram.Options{ForceCollapse: 2})
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := mermaid.Write(&want, g); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want.Bytes()) {
		t.Error("the drawing written is not the one at collapse level 2")
	}
}

func TestUnknownAddress(t *testing.T) {
	in := Input{Model: estatefixture.Estate(), Options: diagram.Options{Focus: "application.nope"}, MaxNodes: DefaultMaxNodes}
	for _, f := range Formats {
		var b bytes.Buffer
		err := f.Write(&b, in)
		var ue *diagram.UnknownAddressError
		if !errors.As(err, &ue) || b.Len() > 0 {
			t.Errorf("%s: err %v, %d bytes written", f.Name, err, b.Len())
		}
	}
}
