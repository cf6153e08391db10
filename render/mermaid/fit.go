package mermaid

import (
	"fmt"

	"github.com/decomhq/decom/render/diagram"
)

// Collapse thresholds for Mermaid: a diagram with more asset nodes or
// edges than these is collapsed. CollapseEdges leaves room under MaxEdges
// for the plan view's wave-order links (the legend draws no edges: its
// line styles are words).
const (
	CollapseNodes = 200
	CollapseEdges = 470
)

// OverLimits says how out, the Mermaid text Write gave for g, is over
// Mermaid's default limits (MaxChars, MaxEdges), or returns "" when it is
// within them.
func OverLimits(out []byte, g *diagram.Graph) string {
	if len(out) <= MaxChars && EdgeCount(g) <= MaxEdges {
		return ""
	}
	return fmt.Sprintf("the diagram has %d characters and %d edges, over Mermaid's default limits (%d, %d)",
		len(out), EdgeCount(g), MaxChars, MaxEdges)
}
