package graphjson

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/estatefixture"
	"github.com/decomhq/decom/internal/golden"
	"github.com/decomhq/decom/render/diagram"
)

// TestGolden renders the fixture estate and plan views and compares them
// with the golden files.
func TestGolden(t *testing.T) {
	for _, view := range []diagram.View{diagram.ViewEstate, diagram.ViewPlan} {
		t.Run(string(view), func(t *testing.T) {
			g, err := diagram.Build(estatefixture.Estate(), estatefixture.Plan(), diagram.Options{View: view})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := Write(&b, g); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "testdata/"+string(view)+".json", b.Bytes())
		})
	}
}

// TestNoLegendAndEdgesResolve checks the JSON leaves out the legend and
// that every edge joins two nodes that are in the output.
func TestNoLegendAndEdgesResolve(t *testing.T) {
	g, err := diagram.Build(estatefixture.Estate(), nil, diagram.Options{View: diagram.ViewEstate})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, g); err != nil {
		t.Fatal(err)
	}
	var doc document
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, n := range doc.Nodes {
		ids[n.ID] = true
		if n.Address == "" && !strings.HasPrefix(n.ID, "group:") && !strings.HasPrefix(n.ID, "similar|") {
			t.Errorf("node %s stands for no asset and no group", n.ID)
		}
	}
	if len(doc.Nodes) == 0 || len(doc.Edges) == 0 {
		t.Fatalf("empty graph: %d nodes, %d edges", len(doc.Nodes), len(doc.Edges))
	}
	for _, e := range doc.Edges {
		if !ids[e.From] || !ids[e.To] {
			t.Errorf("edge %s -> %s joins a node not in the output", e.From, e.To)
		}
	}
}
