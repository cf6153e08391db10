package diagram

import (
	"fmt"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
)

// lineWidth is the most characters a label line holds: labels are broken
// between phrases (and, for a long name, between words), never inside a
// phrase, so that no renderer has to wrap them.
const lineWidth = 26

// label is a node label: the asset's display name, then the phrases that
// describe it, packed into lines of at most lineWidth characters.
func label(name string, phrases ...string) string {
	out := wrapWords(name)
	return strings.Join(append(out, pack(phrases)...), "\n")
}

// pack joins the non-empty phrases with " · " into lines of at most
// lineWidth characters, starting a new line rather than breaking a phrase.
func pack(phrases []string) []string { return fill(phrases, " · ", lineWidth) }

// wrapWords breaks s between words into lines of at most lineWidth
// characters (a longer word keeps a line of its own).
func wrapWords(s string) []string { return Wrap(s, lineWidth) }

// Wrap breaks s between words into lines of at most width characters (a
// longer word keeps a line of its own); renderers wrap titles with it.
func Wrap(s string, width int) []string { return fill(strings.Fields(s), " ", width) }

// fill joins the non-empty parts with sep into lines of at most width
// characters, starting a new line rather than breaking a part (a longer
// part keeps a line of its own).
func fill(parts []string, sep string, width int) []string {
	var out []string
	cur := ""
	gap := len([]rune(sep))
	for _, p := range parts {
		switch {
		case p == "":
		case cur == "":
			cur = p
		case len([]rune(cur))+gap+len([]rune(p)) <= width:
			cur += sep + p
		default:
			out = append(out, cur)
			cur = p
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

func done(s inventory.Status) string {
	if s == inventory.StatusDone {
		return "done"
	}
	return ""
}

// arrow is "→ Target name" for a reference that is set.
func (b *builder) arrow(r inventory.Ref) string {
	if r.IsSet() {
		return "→ " + b.display(r.Addr)
	}
	return ""
}

func ends(d inventory.Date) string {
	if d.IsZero() {
		return ""
	}
	return "support ends " + d.String()
}

// names counts the display names of the estate's assets, so that display
// can add the address to a name that several assets share.
func (b *builder) names() {
	b.nameCount = map[string]int{}
	for id := range b.rel.Len() {
		if n := b.m.NameOf(b.rel.Addr(int32(id))); n != "" {
			b.nameCount[n]++
		}
	}
}

// display is how a node names an asset: its name attribute, with the
// address when another asset has the same name; the address when it has
// no name.
func (b *builder) display(addr string) string {
	n := b.m.NameOf(addr)
	switch {
	case n == "":
		return addr
	case b.nameCount[n] > 1:
		return n + " (" + addr + ")"
	}
	return n
}

func (b *builder) networkLabel(n *inventory.Network) string {
	disp := "kept"
	if n.Decommission {
		disp = "decommission"
	}
	return label(b.display(n.Address()), "network", string(n.Role), disp, ends(n.SupportEnds))
}

// deviceLabel names a device, its kind and, when it has ports, how many
// of them what is uplinked to it takes (uplinked devices and its share of
// endpoint groups, inventory.Ports): "41 of 48 ports used".
func (b *builder) deviceLabel(d *inventory.Device, p *inventory.DevicePorts) string {
	kind := string(d.Kind)
	if kind == "" {
		kind = "device"
	}
	ports := ""
	if d.Ports > 0 {
		ports = fmt.Sprintf("%d of %d ports used", p.Used(), d.Ports)
	}
	return label(b.display(d.Address()), kind, ports, dispositionOf(d), done(d.Status))
}

func (b *builder) appLabel(a *inventory.Application) string {
	target := ""
	if a.ReplacedBy.IsSet() {
		target = b.arrow(a.ReplacedBy)
	}
	users := ""
	if a.Users > 0 {
		users = english.Plural(a.Users, "user", "users")
	}
	return label(b.display(a.Address()), string(a.Criticality), dispositionOf(a), target, users, done(a.Status))
}

func (b *builder) endpointsLabel(e *inventory.Endpoints) string {
	return label(b.display(e.Address()), english.Plural(e.Count, "endpoint", "endpoints"), dispositionOf(e), done(e.Status))
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
