package diagram

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestReduce: X → Y → Z and X → Z keeps the first two; a cycle is left
// as it is; other kinds are never touched.
func TestReduce(t *testing.T) {
	g := &Graph{Nodes: []Node{{ID: "x"}, {ID: "y"}, {ID: "z"}}, Edges: []Edge{
		{From: "x", To: "y", Kind: DependsOn}, {From: "y", To: "z", Kind: DependsOn}, {From: "x", To: "z", Kind: DependsOn},
		{From: "x", To: "z", Kind: Uplink},
	}}
	(&builder{}).reduce(g)
	want := fmt.Sprint([]Edge{{From: "x", To: "y", Kind: DependsOn}, {From: "y", To: "z", Kind: DependsOn}, {From: "x", To: "z", Kind: Uplink}})
	if got := fmt.Sprint(g.Edges); got != want {
		t.Errorf("reduced to %s, want %s", got, want)
	}
	cyc := &Graph{Nodes: g.Nodes, Edges: []Edge{
		{From: "x", To: "y", Kind: After}, {From: "y", To: "x", Kind: After}, {From: "x", To: "z", Kind: Soak}, {From: "y", To: "z", Kind: After},
	}}
	(&builder{}).reduce(cyc)
	if len(cyc.Edges) != 4 {
		t.Errorf("a cycle was reduced: %v", cyc.Edges)
	}
}

// BenchmarkReduce measures the transitive reduction of dominikbraun/graph
// on random dependency graphs (each node depends on two earlier ones, as
// the synthetic estates of docs/performance.md do) of growing size: the
// cost grows much faster than the graph, which is why reduce only runs on
// drawings of at most maxReduce nodes.
func BenchmarkReduce(b *testing.B) {
	for _, n := range []int{100, 500, 2000} {
		r := rand.New(rand.NewPCG(1, uint64(n)))
		var es []Edge
		for i := 1; i < n; i++ {
			for k := 0; k < 2; k++ {
				es = append(es, Edge{From: fmt.Sprint("a", i), To: fmt.Sprint("a", r.IntN(i)), Kind: DependsOn})
			}
		}
		b.Run(fmt.Sprintf("nodes=%d/edges=%d", n, len(es)), func(b *testing.B) {
			for b.Loop() {
				transitiveReduction(es)
			}
		})
	}
}

// TestLabels: label lines are at most lineWidth characters and break
// between phrases, never inside one; a long name breaks between words.
func TestLabels(t *testing.T) {
	got := label("Holderness Police Headquarters, Sutton Fields", "critical", "rehost", "3150 users", "support ends 2027-05-31")
	want := "Holderness Police\nHeadquarters, Sutton\nFields\ncritical · rehost\n3150 users\nsupport ends 2027-05-31"
	if got != want {
		t.Errorf("label = %q, want %q", got, want)
	}
	if got := pack([]string{"", "a", "", "b"}); fmt.Sprint(got) != "[a · b]" {
		t.Errorf("pack skips empty phrases: %q", got)
	}
	if got := Wrap("averyveryverylongwordthatdoesnotfit here", 10); fmt.Sprint(got) != "[averyveryverylongwordthatdoesnotfit here]" {
		t.Errorf("Wrap = %q", got)
	}
}
