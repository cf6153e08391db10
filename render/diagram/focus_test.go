package diagram_test

import (
	"testing"

	"github.com/decomhq/decom/internal/estatefixture"
	"github.com/decomhq/decom/render/diagram"
)

// BenchmarkFocus draws the neighbourhood of one application in a large
// estate: the cost of walking the diagram's relations graph.
func BenchmarkFocus(b *testing.B) {
	m, _ := estatefixture.Large(20000)
	focus := m.Applications[len(m.Applications)/2].Address()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := diagram.Build(m, nil, diagram.Options{Focus: focus, Depth: 2}); err != nil {
			b.Fatal(err)
		}
	}
}
