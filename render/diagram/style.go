package diagram

import "github.com/decomhq/decom/inventory"

// Shape is a renderer-neutral node shape. Each renderer maps it to its
// nearest own shape (see docs/graph.md for the table).
type Shape string

// Shapes.
const (
	ShapeBox           Shape = "box"           // servers, other kit
	ShapeRounded       Shape = "rounded"       // applications
	ShapeStadium       Shape = "stadium"       // telephony
	ShapeCylinder      Shape = "cylinder"      // storage
	ShapeHexagon       Shape = "hexagon"       // routers
	ShapeTrapezoid     Shape = "trapezoid"     // firewalls
	ShapeSubroutine    Shape = "subroutine"    // switches
	ShapeParallelogram Shape = "parallelogram" // networks
	ShapeNote          Shape = "note"          // endpoint groups
	ShapeDiamond       Shape = "diamond"       // links (plan view)
	ShapeStack         Shape = "stack"         // collapsed groups
	ShapeText          Shape = "text"          // legend captions and notes
)

// Style is how a node or cluster is drawn. Colours are #rrggbb.
type Style struct {
	Shape  Shape
	Fill   string
	Stroke string
	Dashed bool
	Bold   bool // thick border
	Double bool // double border: breaches
}

// Colours by criticality (fill of applications in the estate view).
var critFill = map[inventory.Criticality]string{
	inventory.CritCritical: "#f4cccc",
	inventory.CritHigh:     "#fce5cd",
	inventory.CritMedium:   "#fff2cc",
	inventory.CritLow:      "#d9ead3",
}

// Fill colours of assets that are not applications.
const (
	fillNone      = "#ffffff"
	fillDevice    = "#eeeeee"
	fillEndpoints = "#e8f0fe"
	fillNetwork   = "#ddeeff"
	fillSummary   = "#f3f3f3"
	fillBlocked   = "#ea9999"
	fillNoAction  = "#ffffff"
)

// Stroke colours by what happens to the asset.
const (
	strokeGone   = "#cc0000" // decommission, retire
	strokeMove   = "#1f5fbf" // migrate and the moving Rs
	strokeBuy    = "#7b3fa0" // repurchase
	strokeStay   = "#666666" // retain, no action
	strokeBreach = "#cc0000"
	strokeHosts  = "#1f5fbf" // a box of applications on the same hosts
)

// wavePalette colours waves in the plan view, cycling.
var wavePalette = []string{"#cfe2f3", "#d9ead3", "#fff2cc", "#fce5cd", "#d9d2e9", "#d0e0e3", "#ead1dc", "#e6f4c8"}

// WaveFill is the fill colour of wave n (1-based) in the plan view.
func WaveFill(n int) string {
	if n < 1 {
		return fillNone
	}
	return wavePalette[(n-1)%len(wavePalette)]
}

// dispositionStroke gives the border colour and dash for a disposition.
func dispositionStroke(d inventory.Disposition) (string, bool) {
	switch d {
	case inventory.DispDecommission, inventory.DispRetire:
		return strokeGone, true
	case inventory.DispMigrate, inventory.DispRehost, inventory.DispRelocate, inventory.DispReplatform, inventory.DispRefactor:
		return strokeMove, false
	case inventory.DispRepurchase:
		return strokeBuy, true
	}
	return strokeStay, false
}

// deviceShape maps a device kind to a shape.
func deviceShape(k inventory.DeviceKind) Shape {
	switch k {
	case inventory.KindSwitch:
		return ShapeSubroutine
	case inventory.KindRouter:
		return ShapeHexagon
	case inventory.KindFirewall:
		return ShapeTrapezoid
	case inventory.KindStorage:
		return ShapeCylinder
	case inventory.KindTelephony:
		return ShapeStadium
	}
	return ShapeBox
}

// EdgeStyle is how an edge kind is drawn.
type EdgeStyle struct {
	Color  string
	Line   string // "solid", "dashed", "dotted" or "bold"
	Arrow  bool   // false: no arrowhead
	Circle bool   // a circle at the head instead of an arrow (uplinks)
}

// EdgeStyles gives each edge kind its line style.
var EdgeStyles = map[EdgeKind]EdgeStyle{
	DependsOn:   {Color: "#333333", Line: "solid", Arrow: true},
	HostedOn:    {Color: "#1f5fbf", Line: "dashed", Arrow: true},
	Uplink:      {Color: "#888888", Line: "dotted", Circle: true},
	Link:        {Color: "#2e7d32", Line: "bold"},
	Replacement: {Color: "#7b3fa0", Line: "bold", Arrow: true},
	After:       {Color: "#b45f06", Line: "solid", Arrow: true},
	Soak:        {Color: "#b45f06", Line: "dashed", Arrow: true},
	Blocks:      {Color: "#cc0000", Line: "dotted", Arrow: true},
}
