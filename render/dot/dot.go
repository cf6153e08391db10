// Package dot renders a diagram.Graph as Graphviz DOT with
// github.com/emicklei/dot. Every label is sanitised (control and
// non-printable characters replaced) before the library quotes it, so any
// asset name is safe. Node and cluster identifiers are the library's own
// (n1, cluster_s2, ...), assigned in the graph's sorted order, so output is
// byte-identical for the same Graph.
package dot

import (
	"bytes"
	"fmt"
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

// Font sizes, in points: the title, and every other label. Labels share
// one size so that the smallest on a printed page is as big as the page
// allows (docs/graph.md, "Legible on A3").
const (
	titleSize = "14"
	textSize  = "10"
)

// titleWidth is the most characters of a line of the title's notes.
const titleWidth = 100

// Write writes g to w as DOT source.
func Write(w io.Writer, g *diagram.Graph) error {
	root := dot.NewGraph(dot.Directed)
	title := []string{g.Title}
	for _, n := range g.Notes {
		title = append(title, diagram.Wrap(n, titleWidth)...)
	}
	dir := g.Direction
	if dir == "" {
		dir = "LR"
	}
	root.Attrs("rankdir", dir, "fontname", fontname, "fontsize", titleSize, "labelloc", "t", "labeljust", "l",
		"label", Escape(strings.Join(title, "\n")), "nodesep", "0.08", "ranksep", "0.25", "newrank", "true",
		"margin", "0.1")
	subs := map[string]*dot.Graph{"": root}
	for _, c := range g.Clusters {
		parent := subs[c.Parent]
		if parent == nil {
			parent = root
		}
		sub := parent.Subgraph(c.ID, dot.ClusterOption{})
		sub.Attrs("label", Escape(c.Label), "fontname", fontname, "fontsize", textSize, "labeljust", "l", "margin", "6")
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
		if g.Layered {
			de.Attr("constraint", "false")
		}
	}
	columns(root, nodes, g)
	legend(root, g.Legend)
	var buf bytes.Buffer
	root.Write(&buf) // the library reports no write errors: buffer, then write
	_, err := w.Write(buf.Bytes())
	return err
}

// columns keeps each of g's Columns in one rank, in its order from top to
// bottom, with the columns' first nodes level, wrapped into as many rows
// of columns as make the drawing best fit an A3 page (rows): a rank=same
// group per position in a row, invisible edges up each column (dot stacks
// the nodes of a rank in the order of the edges between them) and from
// each column to the one above it, and a heavy invisible edge from each
// column's first node to the next's in its row.
func columns(root *dot.Graph, nodes map[string]dot.Node, g *diagram.Graph) {
	var cols [][]dot.Node
	var sizes [][2]float64
	labels := map[string]string{}
	for _, n := range g.Nodes {
		labels[n.ID] = n.Label
	}
	for _, col := range g.Columns {
		var ns []dot.Node
		w, h := 0.0, 24.0
		for _, id := range col {
			if n, ok := nodes[id]; ok {
				ns = append(ns, n)
				nw, nh := diagram.LabelSize(labels[id])
				w, h = max(w, nw+40), h+nh+12
			}
		}
		if len(ns) > 0 {
			cols = append(cols, ns)
			sizes = append(sizes, [2]float64{w, h})
		}
	}
	per := perRow(sizes)
	for i, ns := range cols {
		pos := i % per
		root.Subgraph(fmt.Sprintf("rank%04d", pos)).AddToSameRank("column", ns...)
		for j := len(ns) - 1; j > 0; j-- {
			root.Edge(ns[j], ns[j-1]).Attr("style", "invis")
		}
		if i >= per { // below the column in the row above
			above := cols[i-per]
			root.Edge(above[len(above)-1], ns[0]).Attr("style", "invis")
		}
		if pos > 0 {
			root.Edge(cols[i-1][0], ns[0]).Attrs("style", "invis", "weight", "20")
		}
	}
}

// perRow is how many columns of the given sizes (width, height) a row
// holds so that the rows together best fit an A3 page either way round;
// all of them when there are few.
func perRow(sizes [][2]float64) int {
	best, bestScale := len(sizes), 0.0
	for rows := 1; rows <= len(sizes); rows++ {
		per := (len(sizes) + rows - 1) / rows
		width, height := 0.0, 0.0
		for r := 0; r*per < len(sizes); r++ {
			w, h := 0.0, 0.0
			for _, s := range sizes[r*per : min(len(sizes), (r+1)*per)] {
				w, h = w+s[0], max(h, s[1])
			}
			width, height = max(width, w), height+h+30
		}
		a3 := diagram.A3
		scale := max(min(a3[0]/width, a3[1]/height), min(a3[1]/width, a3[0]/height))
		if scale > bestScale*1.05 { // more rows only for a clearly better fit
			best, bestScale = per, scale
		}
	}
	return max(best, 1)
}

// legend draws g's legend as one table, two items a row: a sample of each
// node style beside its meaning, and each line style in its colour.
func legend(root *dot.Graph, items []diagram.LegendItem) {
	if len(items) == 0 {
		return
	}
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="1" COLOR="#bbbbbb" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">`)
	b.WriteString(`<TR><TD COLSPAN="4" ALIGN="LEFT"><B>Legend</B></TD></TR>`)
	for i, it := range items {
		if i%2 == 0 {
			b.WriteString("<TR>")
		}
		switch {
		case it.Edge != "":
			st := diagram.EdgeStyles[it.Edge]
			fmt.Fprintf(&b, `<TD><FONT COLOR="%s">%s</FONT></TD>`, st.Color, lineSample(st))
		case it.Style.Shape == diagram.ShapeText:
			b.WriteString(`<TD></TD>`)
		default:
			st := it.Style
			style := ""
			switch {
			case st.Dashed:
				style = ` STYLE="dashed"`
			case st.Shape == diagram.ShapeRounded:
				style = ` STYLE="rounded"`
			}
			border := "1"
			if st.Bold || st.Double {
				border = "3"
			}
			fmt.Fprintf(&b, `<TD BGCOLOR="%s" COLOR="%s" BORDER="%s"%s>      </TD>`, st.Fill, st.Stroke, border, style)
		}
		fmt.Fprintf(&b, `<TD ALIGN="LEFT">%s</TD>`, html(it.Label))
		if i%2 == 1 || i == len(items)-1 {
			b.WriteString("</TR>")
		}
	}
	b.WriteString("</TABLE>")
	n := root.Node("~legend")
	n.Attrs("shape", "plaintext", "fontname", fontname, "fontsize", textSize, "label", dot.HTML(b.String()))
}

// lineSample draws a line style in characters: solid, dashed, dotted or
// thick, with its head.
func lineSample(st diagram.EdgeStyle) string {
	line := "———"
	switch st.Line {
	case "dashed":
		line = "– – –"
	case "dotted":
		line = "· · · ·"
	case "bold":
		line = "━━━"
	}
	switch {
	case st.Circle:
		line += "○"
	case st.Arrow:
		line += "▶"
	}
	return line
}

// htmlText escapes text for a Graphviz HTML label; a newline is a line
// break.
var htmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "\n", "<BR/>")

// html makes s safe as text in a Graphviz HTML label.
func html(s string) string { return htmlText.Replace(Escape(s)) }

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
	n.Attr("fontsize", textSize)
	n.Attr("height", "0.3")
	n.Attr("margin", "0.06,0.03")
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
	st := diagram.EdgeStyles[de.Kind]
	e.Attr("color", st.Color)
	e.Attr("fontname", fontname)
	e.Attr("fontsize", textSize)
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
