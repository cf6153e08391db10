package mermaid

import "github.com/decomhq/decom/render/diagram"

// Collapse thresholds for Mermaid: a diagram with more asset nodes or
// edges than these is collapsed. CollapseEdges leaves room under MaxEdges
// for the legend's sample edges and the plan view's wave-order edges.
const (
	CollapseNodes = 200
	CollapseEdges = 470
)

// Fit builds a diagram with build and renders it, collapsing further (by
// calling build with a higher force level, up to 2) while the text is over
// MaxChars or the edges over MaxEdges. It returns the last rendering even
// when no level fits; the caller reports that.
func Fit(build func(force int) (*diagram.Graph, error)) ([]byte, *diagram.Graph, error) {
	var out []byte
	var g *diagram.Graph
	for force := 0; force <= 2; force++ {
		var err error
		g, err = build(force)
		if err != nil {
			return nil, nil, err
		}
		out = Render(g)
		if len(out) <= MaxChars && EdgeCount(g) <= MaxEdges {
			break
		}
	}
	return out, g, nil
}
