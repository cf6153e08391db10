// Package mermaid renders a diagram.Graph as a Mermaid flowchart. Node and
// subgraph identifiers are generated (n1, n2, ... and c1, c2, ... in the
// graph's sorted order) so no asset name ever reaches Mermaid's syntax, and
// every label is quoted with Mermaid's entity codes for the characters that
// could end or change it. Styles become classDef lines shared by all nodes
// that look alike, and edge styles become one linkStyle line per edge kind.
package mermaid

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/decomhq/decom/render/diagram"

	"github.com/decomhq/decom/render/printable"
)

// Mermaid's default limits, which GitHub applies: a diagram over either
// fails to render.
const (
	MaxChars = 50000 // maxTextSize
	MaxEdges = 500   // maxEdges
)

// wrappingWidth is the width, in pixels, past which Mermaid would wrap a
// label line.
const wrappingWidth = 480

// Write writes g to w as a Mermaid flowchart: its title (and notes) as
// the diagram's title above it, clusters as subgraphs, the plan's columns
// in their order, and the legend as a subgraph of samples.
func Write(w io.Writer, g *diagram.Graph) error {
	var b strings.Builder
	dir := g.Direction
	if dir == "" {
		dir = "LR"
	}
	title := append([]string{g.Title}, g.Notes...)
	// Labels carry their own line breaks; a wide wrapping width keeps
	// Mermaid from breaking their lines again (its default, 200 px, cuts
	// lines of 25 characters).
	fmt.Fprintf(&b, "---\ntitle: \"%s\"\nconfig:\n  flowchart:\n    wrappingWidth: %d\n---\n", yamlText(strings.Join(title, " — ")), wrappingWidth)
	b.WriteString("flowchart " + dir + "\n")

	ids := make(map[string]string, len(g.Nodes))
	for i, n := range g.Nodes {
		ids[n.ID] = "n" + strconv.Itoa(i+1)
	}
	pos := map[string]int{}
	for _, col := range g.Columns {
		for i, id := range col {
			pos[id] = i
		}
	}
	byCluster := map[string][]diagram.Node{}
	for _, n := range g.Nodes {
		byCluster[n.Cluster] = append(byCluster[n.Cluster], n)
	}
	for _, ns := range byCluster {
		sort.SliceStable(ns, func(i, j int) bool { return pos[ns[i].ID] < pos[ns[j].ID] })
	}
	kids := map[string][]diagram.Cluster{}
	cids := map[string]string{}
	for i, c := range g.Clusters {
		kids[c.Parent] = append(kids[c.Parent], c)
		cids[c.ID] = "c" + strconv.Itoa(i+1)
	}
	classes := newClasses()
	var write func(cluster, indent string)
	write = func(cluster, indent string) {
		for _, n := range byCluster[cluster] {
			open, close := shape(n.Style.Shape)
			fmt.Fprintf(&b, "%s%s%s\"%s\"%s\n", indent, ids[n.ID], open, Escape(n.Label), close)
			classes.add(n.Style, ids[n.ID])
		}
		for _, c := range kids[cluster] {
			fmt.Fprintf(&b, "%ssubgraph %s[\"%s\"]\n", indent, cids[c.ID], Escape(c.Label))
			write(c.ID, indent+"  ")
			fmt.Fprintf(&b, "%send\n", indent)
		}
	}
	write("", "  ")
	if len(g.Legend) > 0 {
		b.WriteString("  subgraph legend[\"Legend\"]\n")
		for i, it := range g.Legend {
			id := "l" + strconv.Itoa(i+1)
			st, text := it.Style, it.Label
			if it.Edge != "" {
				st, text = diagram.Style{Shape: diagram.ShapeText}, lineWords[it.Edge]+": "+it.Label
			}
			open, close := shape(st.Shape)
			fmt.Fprintf(&b, "    %s%s\"%s\"%s\n", id, open, Escape(text), close)
			classes.add(st, id)
		}
		b.WriteString("  end\n")
	}

	links := map[diagram.EdgeKind][]string{}
	i := 0
	for _, e := range g.Edges {
		from, ok1 := ids[e.From]
		to, ok2 := ids[e.To]
		if !ok1 || !ok2 {
			continue
		}
		label := ""
		if e.Label != "" {
			label = "|\"" + Escape(e.Label) + "\"|"
		}
		fmt.Fprintf(&b, "  %s %s%s %s\n", from, arrows[e.Kind], label, to)
		links[e.Kind] = append(links[e.Kind], strconv.Itoa(i))
		i++
	}
	// Invisible links from each column's first node to the next keep the
	// waves in order, left to right.
	prev := ""
	for _, col := range g.Columns {
		if len(col) == 0 || ids[col[0]] == "" {
			continue
		}
		if prev != "" {
			fmt.Fprintf(&b, "  %s ~~~ %s\n", prev, ids[col[0]])
			i++
		}
		prev = ids[col[0]]
	}
	classes.write(&b)
	for i, c := range g.Clusters {
		fmt.Fprintf(&b, "  style c%d %s\n", i+1, css(c.Style))
	}
	if len(g.Legend) > 0 {
		b.WriteString("  style legend fill:#ffffff,stroke:#bbbbbb\n")
	}
	for _, k := range diagram.EdgeKinds {
		if len(links[k]) > 0 {
			fmt.Fprintf(&b, "  linkStyle %s %s\n", strings.Join(links[k], ","), edgeCSS(k))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// yamlText makes s safe inside a double-quoted YAML string on one line.
func yamlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteRune('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(printable.Rune(r))
		}
	}
	return b.String()
}

// lineWords describes each line style in words, for the legend.
var lineWords = map[diagram.EdgeKind]string{
	diagram.DependsOn:   "dark arrow",
	diagram.HostedOn:    "dotted blue arrow",
	diagram.Uplink:      "dotted grey, circle end",
	diagram.Link:        "thick green line",
	diagram.Replacement: "thick purple arrow",
	diagram.After:       "orange arrow",
	diagram.Soak:        "dotted orange arrow",
	diagram.Blocks:      "dotted red arrow",
}

// EdgeCount returns how many edges Write draws for g: its edges and the
// links that keep the plan's columns in order.
func EdgeCount(g *diagram.Graph) int {
	n := len(g.Edges)
	if len(g.Columns) > 1 {
		n += len(g.Columns) - 1
	}
	return n
}

var arrows = map[diagram.EdgeKind]string{
	diagram.DependsOn:   "-->",
	diagram.HostedOn:    "-.->",
	diagram.Uplink:      "--o",
	diagram.Link:        "===",
	diagram.Replacement: "==>",
	diagram.After:       "-->",
	diagram.Soak:        "-.->",
	diagram.Blocks:      "-.->",
}

// shape gives the brackets that open and close a node of the given shape.
func shape(s diagram.Shape) (string, string) {
	switch s {
	case diagram.ShapeRounded:
		return "(", ")"
	case diagram.ShapeStadium:
		return "([", "])"
	case diagram.ShapeCylinder:
		return "[(", ")]"
	case diagram.ShapeHexagon:
		return "{{", "}}"
	case diagram.ShapeTrapezoid:
		return "[/", "\\]"
	case diagram.ShapeSubroutine, diagram.ShapeStack:
		return "[[", "]]"
	case diagram.ShapeParallelogram:
		return "[/", "/]"
	case diagram.ShapeNote:
		return ">", "]"
	case diagram.ShapeDiamond:
		return "{", "}"
	}
	return "[", "]"
}

// Escape makes s safe inside a quoted Mermaid label: characters that could
// end the label or be read as markup become entity codes (#34; and so on),
// newlines become <br>, and control or non-printable characters become
// spaces or U+FFFD (printable.Rune).
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString("<br>")
		case r == '"' || r == '#' || r == '<' || r == '>' || r == '&' || r == '`' || r == '|':
			fmt.Fprintf(&b, "#%d;", r)
		case r == '\t' || r == '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(printable.Rune(r))
		}
	}
	return b.String()
}

// classes gives every distinct node style one classDef.
type classes struct {
	names map[string]string   // css -> class name
	nodes map[string][]string // class name -> node ids
	order []string            // css in first-seen order
}

func newClasses() *classes {
	return &classes{names: map[string]string{}, nodes: map[string][]string{}}
}

func (c *classes) add(st diagram.Style, id string) {
	k := css(st)
	name, ok := c.names[k]
	if !ok {
		name = "s" + strconv.Itoa(len(c.order)+1)
		c.names[k] = name
		c.order = append(c.order, k)
	}
	c.nodes[name] = append(c.nodes[name], id)
}

func (c *classes) write(b *strings.Builder) {
	for _, k := range c.order {
		name := c.names[k]
		fmt.Fprintf(b, "  classDef %s %s\n", name, k)
	}
	names := make([]string, 0, len(c.order))
	for _, k := range c.order {
		names = append(names, c.names[k])
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(b, "  class %s %s\n", strings.Join(c.nodes[name], ","), name)
	}
}

// css is the Mermaid style of a node or subgraph.
func css(st diagram.Style) string {
	if st.Shape == diagram.ShapeText {
		return "fill:none,stroke:none"
	}
	fill, stroke := st.Fill, st.Stroke
	if fill == "" {
		fill = "#ffffff"
	}
	if stroke == "" {
		stroke = "#333333"
	}
	out := "fill:" + fill + ",stroke:" + stroke
	switch {
	case st.Double:
		out += ",stroke-width:4px"
	case st.Bold:
		out += ",stroke-width:2.5px"
	}
	if st.Dashed {
		out += ",stroke-dasharray:5 3"
	}
	return out
}

func edgeCSS(k diagram.EdgeKind) string {
	st := diagram.EdgeStyles[k]
	out := "stroke:" + st.Color
	switch st.Line {
	case "bold":
		out += ",stroke-width:3px"
	case "dotted":
		out += ",stroke-dasharray:2 2"
	}
	return out
}
