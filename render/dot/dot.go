// Package dot renders a diagram.Graph as Graphviz DOT with
// github.com/emicklei/dot. Every label is sanitised (control and
// non-printable characters replaced) before the library quotes it, so any
// asset name is safe. Node and cluster identifiers are the library's own
// (n1, cluster_s2, ...), assigned in the graph's sorted order, so output is
// byte-identical for the same Graph.
package dot

import (
	"bytes"
	"io"
	"strings"

	"github.com/decomhq/decom/render/diagram"
	"github.com/emicklei/dot"

	"github.com/decomhq/decom/render/printable"
)

// Collapse thresholds for DOT: a diagram with more asset nodes or edges
// than these is collapsed to one node per network (or wave), so Graphviz
// lays it out in seconds. Graphviz 2.43 on a 2-core machine took 4.3 s for
// 530 nodes, 45 s for 1,060 and 123 s for 2,100 (docs/graph.md).
const (
	CollapseNodes = 500
	CollapseEdges = 1500
)

// fontname is used for the graph, clusters, nodes and edges.
const fontname = "Helvetica"

// Write writes g to w as DOT source.
func Write(w io.Writer, g *diagram.Graph) error {
	root := dot.NewGraph(dot.Directed)
	title := append([]string{g.Title}, g.Notes...)
	dir := g.Direction
	if dir == "" {
		dir = "LR"
	}
	root.Attrs("rankdir", dir, "fontname", fontname, "fontsize", "14", "labelloc", "t",
		"label", Escape(strings.Join(title, "\n")), "nodesep", "0.3", "ranksep", "0.6")
	subs := map[string]*dot.Graph{"": root}
	for _, c := range g.Clusters {
		parent := subs[c.Parent]
		if parent == nil {
			parent = root
		}
		sub := parent.Subgraph(c.ID, dot.ClusterOption{})
		sub.Attrs("label", Escape(c.Label), "fontname", fontname, "fontsize", "12", "labeljust", "l")
		styleCluster(sub, c.Style)
		subs[c.ID] = sub
	}
	nodes := make(map[string]dot.Node, len(g.Nodes))
	for _, n := range g.Nodes {
		parent := subs[n.Cluster]
		if parent == nil {
			parent = root
		}
		dn := parent.Node(n.ID)
		dn.Attr("label", Escape(n.Label))
		styleNode(dn, n.Style)
		nodes[n.ID] = dn
	}
	for _, e := range g.Edges {
		from, ok1 := nodes[e.From]
		to, ok2 := nodes[e.To]
		if !ok1 || !ok2 {
			continue
		}
		de := root.Edge(from, to)
		styleEdge(de, e)
		if g.Layered && e.Kind != diagram.Order && !strings.HasPrefix(e.From, diagram.LegendCluster) {
			de.Attr("constraint", "false")
		}
	}
	var buf bytes.Buffer
	root.Write(&buf) // the library reports no write errors: buffer, then write
	_, err := w.Write(buf.Bytes())
	return err
}

// Escape makes s safe as a DOT label: a newline is kept as a line break,
// a tab or CR becomes a space, and everything else goes through
// printable.Rune (control and format characters, invalid UTF-8: U+FFFD).
// The library then quotes the result, escaping quotes and backslashes, so
// a backslash in a name shows as a backslash instead of starting a
// Graphviz escape such as \N.
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\n':
			b.WriteRune(r)
		case '\t', '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(printable.Rune(r))
		}
	}
	return b.String()
}

var shapes = map[diagram.Shape]string{
	diagram.ShapeBox:           "box",
	diagram.ShapeRounded:       "box",
	diagram.ShapeStadium:       "ellipse",
	diagram.ShapeCylinder:      "cylinder",
	diagram.ShapeHexagon:       "hexagon",
	diagram.ShapeTrapezoid:     "trapezium",
	diagram.ShapeSubroutine:    "component",
	diagram.ShapeParallelogram: "parallelogram",
	diagram.ShapeNote:          "note",
	diagram.ShapeDiamond:       "diamond",
	diagram.ShapeStack:         "box3d",
	diagram.ShapeText:          "plaintext",
}

func styleNode(n dot.Node, st diagram.Style) {
	shape := shapes[st.Shape]
	if shape == "" {
		shape = "box"
	}
	n.Attr("shape", shape)
	n.Attr("fontname", fontname)
	n.Attr("fontsize", "10")
	if st.Shape == diagram.ShapeText {
		return
	}
	styles := []string{"filled"}
	if st.Shape == diagram.ShapeRounded {
		styles = append(styles, "rounded")
	}
	if st.Dashed {
		styles = append(styles, "dashed")
	}
	n.Attr("style", strings.Join(styles, ","))
	n.Attr("fillcolor", st.Fill)
	n.Attr("color", st.Stroke)
	if st.Bold {
		n.Attr("penwidth", "2.5")
	}
	if st.Double {
		n.Attr("peripheries", "2")
	}
}

func styleCluster(g *dot.Graph, st diagram.Style) {
	styles := []string{"filled"}
	if st.Dashed {
		styles = append(styles, "dashed")
	}
	styles = append(styles, "rounded")
	g.Attr("style", strings.Join(styles, ","))
	g.Attr("fillcolor", st.Fill)
	g.Attr("color", st.Stroke)
	if st.Bold {
		g.Attr("penwidth", "2")
	}
}

func styleEdge(e dot.Edge, de diagram.Edge) {
	if de.Kind == diagram.Order {
		e.Attr("style", "invis")
		return
	}
	st := diagram.EdgeStyles[de.Kind]
	e.Attr("color", st.Color)
	e.Attr("fontname", fontname)
	e.Attr("fontsize", "9")
	switch st.Line {
	case "bold":
		e.Attr("penwidth", "2.5")
	case "dashed", "dotted":
		e.Attr("style", st.Line)
	}
	switch {
	case st.Circle:
		e.Attr("arrowhead", "odot")
	case !st.Arrow:
		e.Attr("dir", "none")
	}
	if de.Label != "" {
		e.Attr("label", Escape(de.Label))
	}
	e.Attr("tooltip", string(de.Kind))
}
