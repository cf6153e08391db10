package diagram

import (
	"fmt"
	"strconv"

	"github.com/decomhq/decom/inventory"
)

func done(s inventory.Status) string {
	if s == inventory.StatusDone {
		return "done"
	}
	return ""
}

func arrow(r inventory.Ref) string {
	if r.IsSet() {
		return "→ " + r.Addr
	}
	return ""
}

func ends(d inventory.Date) string {
	if d.IsZero() {
		return ""
	}
	return "support ends " + d.String()
}

func networkLabel(n *inventory.Network) string {
	disp := "retained"
	if n.Decommission {
		disp = "decommission"
	}
	return lines(n.Address(), n.Name, line(string(n.Role), disp, ends(n.SupportEnds)))
}

// deviceLabel names a device, its kind and, when it has ports, how many
// of them what is uplinked to it takes (uplinked devices and its share of
// endpoint groups, inventory.Ports), "41/48 ports".
func deviceLabel(d *inventory.Device, p *inventory.DevicePorts) string {
	kind := string(d.Kind)
	if kind == "" {
		kind = "device"
	}
	ports := ""
	if d.Ports > 0 {
		ports = fmt.Sprintf("%d/%d ports", p.Used(), d.Ports)
	}
	return lines(d.Address(), line(kind, ports, string(d.Disposition), arrow(d.Target), done(d.Status)))
}

func appLabel(a *inventory.Application) string {
	disp := string(a.Disposition)
	if disp == "" {
		disp = "no disposition"
	}
	target := arrow(a.Target)
	if a.ReplacedBy.IsSet() {
		target = "→ " + a.ReplacedBy.Addr
	}
	users := ""
	if a.Users > 0 {
		users = strconv.Itoa(a.Users) + " users"
	}
	return lines(a.Address(), line(string(a.Criticality), disp, target, users, done(a.Status)))
}

func endpointsLabel(e *inventory.Endpoints) string {
	disp := string(e.Disposition)
	if disp == "" {
		disp = "no disposition"
	}
	return lines(e.Address(), line(strconv.Itoa(e.Count)+" endpoints", disp, arrow(e.Target), done(e.Status)))
}

// Estate-view styles: shape by type, fill by criticality (applications),
// border by disposition.

func (b *builder) networkStyle(n *inventory.Network) Style {
	st := Style{Shape: ShapeParallelogram, Fill: fillNetwork, Stroke: strokeStay}
	if n.Decommission {
		st.Stroke, st.Dashed = strokeGone, true
	}
	return b.planStyle(n.Address(), st)
}

func (b *builder) linkStyle(l *inventory.Link) Style {
	st := Style{Shape: ShapeDiamond, Fill: fillNetwork, Stroke: strokeStay}
	if l.Decommission {
		st.Stroke, st.Dashed = strokeGone, true
	}
	return b.planStyle(l.Address(), st)
}

func (b *builder) deviceStyle(d *inventory.Device) Style {
	stroke, dashed := dispositionStroke(d.Disposition)
	return b.planStyle(d.Address(), Style{Shape: deviceShape(d.Kind), Fill: fillDevice, Stroke: stroke, Dashed: dashed})
}

func (b *builder) appStyle(a *inventory.Application) Style {
	stroke, dashed := dispositionStroke(a.Disposition)
	fill, ok := critFill[a.Criticality]
	if !ok {
		fill = fillNone
	}
	return b.planStyle(a.Address(), Style{Shape: ShapeRounded, Fill: fill, Stroke: stroke, Dashed: dashed, Bold: a.Criticality == inventory.CritCritical})
}

func (b *builder) endpointsStyle(e *inventory.Endpoints) Style {
	stroke, dashed := dispositionStroke(e.Disposition)
	return b.planStyle(e.Address(), Style{Shape: ShapeNote, Fill: fillEndpoints, Stroke: stroke, Dashed: dashed})
}
