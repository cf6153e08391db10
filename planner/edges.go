package planner

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/decomhq/decom/inventory"
)

// edge is a precedence w(to) >= w(from) + lag, with the rule behind it.
// It holds no pointers and fits 32 bytes: there are about four per action,
// and the garbage collector need not scan them.
type edge struct {
	from, to int
	lag      int
	via      int32     // the node of the other application of an R1 link edge
	rule     edgeLabel // lR1..lR5; lR2 for the ring that ties a move group
	note     edgeLabel // which relation of the rule: see edgeText
	soft     bool      // an R1 link edge: one way of meeting the rule, not the only one
}

// edgeLabel names an edge's rule or relation (see labels).
type edgeLabel uint8

const (
	lNone edgeLabel = iota
	lR1
	lR2
	lR3
	lR4
	lR5
	lDep
	lLink
	lDependent
	lReplacement
	lGroup
	lOn
	lUplinked
	lJoined
	lReplaced
)

var labels = [...]string{"", "R1", "R2", "R3", "R4", "R5", "dep", "link", "dependent", "replacement", "group", "on", "uplinked to", "joined to", "replaced"}

func (l edgeLabel) String() string { return labels[l] }

// relationLabel is the edgeLabel of a relation's text.
func relationLabel(rel string) edgeLabel {
	switch rel {
	case "uplinked to":
		return lUplinked
	case "joined to":
		return lJoined
	}
	return lOn
}

// rootBlock is an action that can never be planned because of an asset
// that takes no action: a retained asset on something being
// decommissioned, or a live dependent of a retirement.
type rootBlock struct {
	node   int
	cause  string  // the asset's address
	reason string  // reason for the blocked action
	src    *Source // where the root cause is written
}

// rootCause is an asset that takes no action but blocks one: why, and
// the attribute that makes it so.
type rootCause struct {
	reason string
	src    *Source
}

// precedence derives the edges of rules R1, R3, R4 and R5 and the blocks
// of rule 8 that come from assets which take no action. causes maps each
// such asset to the reason it blocks (the first found).
func (e *estate) precedence(soak int) (edges []edge, relax []relaxPair, roots []rootBlock, causes map[string]rootCause) {
	causes = map[string]rootCause{}
	// Sized up front (about three edges per action on generated estates):
	// growing a slice of edges this large cost a tenth of analysis.
	edges = make([]edge, 0, 4*len(e.nodes)+16)
	add := func(from, to, lag int, rule, note edgeLabel) {
		if from != to {
			edges = append(edges, edge{from: from, to: to, lag: lag, rule: rule, note: note})
		}
	}
	for i, n := range e.nodes {
		ap := e.app(n.aid)
		if ap == nil {
			continue
		}
		switch n.kind {
		case Migrate: // R1
			for _, y := range e.rel.DependsOn(n.aid) {
				yi := int(e.nodeOf[y])
				if yi < 0 || yi == i || e.nodes[yi].kind != Migrate {
					continue
				}
				links, permanent := e.linksJoining(ap, e.app(y), y)
				switch {
				case permanent: // a link that stays up: no order at all
				case len(links) > 0:
					relax = append(relax, relaxPair{x: i, y: yi, links: links})
				default:
					add(yi, i, 0, lR1, lDep)
				}
			}
		case Retire: // R3
			plain := ap.Disposition == inventory.DispRetire
			for _, xid := range e.rel.Dependents(n.aid) {
				x := e.rel.Addr(xid)
				xa := e.app(xid)
				xi := int(e.nodeOf[xid])
				switch {
				case xi < 0 && e.isDone(xid):
					// Done: it has already taken its action and blocks
					// nothing (SPEC section 1).
				case plain && xa != nil && xa.Disposition != inventory.DispRetire && xa.Disposition != inventory.DispRepurchase:
					// Nothing replaces a plain retirement, so a dependent
					// that is not retired itself would be left without it.
					src := entrySource(xa, "depends_on", xa.DependsOn, n.addr)
					roots = append(roots, rootBlock{node: i, cause: x, src: src,
						reason: fmt.Sprintf("cannot be retired while %s, which is not retired, depends on it", x)})
					if _, ok := causes[x]; !ok && xi < 0 {
						causes[x] = rootCause{fmt.Sprintf("%s and depends on %s, which is retired", stayWord(xa), n.addr), src}
					}
				case xi >= 0:
					add(xi, i, 0, lR3, lDependent)
				default:
					src := entrySource(xa, "depends_on", xa.DependsOn, n.addr)
					roots = append(roots, rootBlock{node: i, cause: x, src: src,
						reason: fmt.Sprintf("cannot be retired while %s, which stays live, depends on it", x)})
					if _, ok := causes[x]; !ok {
						causes[x] = rootCause{fmt.Sprintf("%s and depends on %s, which is retired", stayWord(xa), n.addr), src}
					}
				}
			}
			if ap.Disposition == inventory.DispRepurchase && ap.ReplacedBy.IsSet() {
				if ri := e.acts(ap.ReplacedBy.Addr); ri >= 0 && e.app(e.rel.ID(ap.ReplacedBy.Addr)) != nil {
					switch e.nodes[ri].kind {
					case Migrate:
						add(ri, i, 0, lR3, lReplacement)
					case Retire:
						// A repurchase chain: the dependents move to the
						// replacement, which is itself retired later.
						add(i, ri, 0, lR3, lReplaced)
					}
				}
			}
		}
	}
	// R4 then R5, so a retained application's own entry names its device.
	for i, n := range e.nodes {
		if d := e.device(n.aid); d != nil && n.kind == Decommission {
			with := ""
			if nw := e.rel.ID(d.Network.Addr); nw >= 0 && e.nodeOf[nw] >= 0 {
				with = " with " + d.Network.Addr
			}
			on := e.rel.Hosted(n.aid) // sorted and unique already
			if up := e.rel.Uplinked(n.aid); len(up) > 0 {
				on = append(append([]int32(nil), on...), up...)
				slices.Sort(on)
				on = slices.Compact(on)
			}
			for _, x := range on {
				e.onto(i, x, soak, lR4, with, &edges, &roots, causes)
			}
		}
	}
	for i, n := range e.nodes {
		if e.network(n.aid) != nil && n.kind == Decommission {
			for _, x := range e.rel.OnNetwork(n.aid) {
				e.onto(i, x, soak, lR5, "", &edges, &roots, causes)
			}
		}
	}
	return edges, relax, roots, causes
}

// onto records that decommissioning node i must wait for asset x (hosted
// on, uplinked to or located on it): an edge when x acts, nothing when x is
// done, a block when x stays.
func (e *estate) onto(i int, xid int32, soak int, rule edgeLabel, with string, edges *[]edge, roots *[]rootBlock, causes map[string]rootCause) {
	target := e.nodes[i].addr
	x := e.rel.Addr(xid)
	a := e.rel.Asset(xid)
	if xi := int(e.nodeOf[xid]); xi >= 0 {
		if xi != i {
			note := lOn // an application is always "on" (skips a lookup)
			if !strings.HasPrefix(x, "application.") {
				note = relationLabel(relation(a, target))
			}
			*edges = append(*edges, edge{from: xi, to: i, lag: soak, rule: rule, note: note})
		}
		return
	}
	if e.isDone(xid) {
		return
	}
	src := SourceAt(a, stayAttr(a))
	*roots = append(*roots, rootBlock{node: i, cause: x, src: src,
		reason: fmt.Sprintf("cannot be decommissioned while %s %s %s it", x, stayVerb(a), relation(a, target))})
	if _, ok := causes[x]; !ok {
		causes[x] = rootCause{fmt.Sprintf("%s %s %s, which must be decommissioned%s", stayWord(a), relation(a, target), target, with), src}
	}
}

// relation is how asset a sits on the device or network at target.
func relation(a inventory.Asset, target string) string {
	switch a := a.(type) {
	case *inventory.Link:
		return "joined to"
	case *inventory.Device:
		if a.Uplink.Addr == target {
			return "uplinked to"
		}
	case *inventory.Endpoints:
		for _, u := range a.Uplink {
			if u.Addr == target {
				return "uplinked to"
			}
		}
	}
	return "on"
}

// stayAttr is the attribute that keeps an asset that takes no action
// where it is: a link's decommission, everything else's disposition (or
// its absence).
func stayAttr(a inventory.Asset) string {
	if _, ok := a.(*inventory.Link); ok {
		return "decommission"
	}
	return "disposition"
}

// stayVerb is stayWord as a predicate: "is retained", "stays live ...".
func stayVerb(a inventory.Asset) string {
	w := stayWord(a)
	if strings.HasPrefix(w, "stays") {
		return w
	}
	return "is " + w
}

// stayWord says why an asset takes no action.
func stayWord(a inventory.Asset) string {
	switch a := a.(type) {
	case *inventory.Application:
		if a.Disposition == inventory.DispRetain {
			return "retained"
		}
		return "stays live (no disposition)"
	case *inventory.Device:
		return "retained"
	case *inventory.Endpoints:
		return "stays (no disposition)"
	case *inventory.Link:
		return "kept up (decommission = false)"
	}
	return "stays"
}

// relaxPair is rule 1's exception: x depends on y, both move, and links
// that will be decommissioned join x's target to y's network. No order is
// needed between them, but one of the links must stay up until both have
// moved: the planner keeps them all up (w(link) >= w(x), w(y)).
type relaxPair struct {
	x, y  int
	links []int // the joining links' decommission actions, sorted
}

// linksJoining returns the decommissioned links joining x's target to any
// network y is on, and whether some joining link stays up for good (then
// x and y need no order at all).
func (e *estate) linksJoining(x, y *inventory.Application, yid int32) ([]int, bool) {
	if x == nil || y == nil || !x.Target.IsSet() {
		return nil, false
	}
	t := e.rel.ID(x.Target.Addr)
	if t < 0 { // no such network
		return nil, false
	}
	var out []int
	for _, n := range e.rel.Networks(yid) {
		if n == t {
			continue
		}
		for _, l := range e.rel.Links(t, n) {
			li := int(e.nodeOf[l])
			if li < 0 {
				return nil, true
			}
			out = append(out, li)
		}
	}
	sort.Ints(out)
	return out, false
}
