package diagram

import "strings"

// LabelSize estimates, in points, the box Graphviz draws around a label
// at 10 pt Helvetica: about 5.6 pt a character and 12 pt a line, with
// the node's margins. Build uses it to judge whether a view fits a page;
// renderers use it to lay out the plan's columns.
func LabelSize(label string) (w, h float64) {
	lines := strings.Split(label, "\n")
	most := 0
	for _, l := range lines {
		most = max(most, len([]rune(l)))
	}
	return float64(most)*5.6 + 18, float64(len(lines))*12 + 10
}

// A3 is the printable area of an A3 page in points, portrait (297 × 420
// mm less 10 mm margins).
var A3 = [2]float64{785, 1134}

// MinFont is the smallest label size, in points, a printed view may have.
const MinFont = 6

// packing is how much room a layout takes for the room its nodes need,
// as measured on the example estate's views and on generated estates of 5
// to 400 applications (docs/graph.md): clusters, edges and ranks leave
// gaps.
const packing = 12

// overPage says whether nodes, drawn at 10 pt, would need a smaller scale
// than MinFont/10 to fit on A3: their estimated room, with the layout's
// gaps, is more than the page at that scale.
func overPage(nodes []Node) bool {
	area := 0.0
	for _, n := range nodes {
		w, h := LabelSize(n.Label)
		area += (w + 8) * (h + 8)
	}
	scale := float64(MinFont) / 10
	return area*packing > (A3[0]/scale)*(A3[1]/scale)
}
