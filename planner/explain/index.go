// Package explain answers questions about an estate and its plan: why an
// action is in its wave (Why) and what is affected if an asset goes away
// (Impact). It reads the planner's output and never changes it.
//
// New builds every lookup and reverse index once, in time linear in the
// size of the estate and plan; each question is then answered with
// traversals that visit each asset and edge at most once.
package explain

import (
	"sort"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// Index holds an estate, its plan and the reverse indexes questions need.
type Index struct {
	m *inventory.Model
	p *planner.Plan

	wave    map[string]*planner.Wave
	action  map[string]*planner.Action
	breach  map[string]*planner.Breach
	blocker map[string]*planner.Blocker
	waves   map[int]*planner.Wave

	dependents map[string][]string // application -> applications that depend on it
	hosted     map[string][]string // device -> applications hosted on it
	uplinked   map[string][]string // device -> devices and endpoint groups patched into it
	onNetwork  map[string][]string // network -> devices and applications whose network it is
	appsOn     map[string][]string // network -> applications on it (via hosts too)
	linksOf    map[string][]string // network -> links touching it
	atSite     map[string][]string // site -> networks and devices there
	ofSupplier map[string][]string // supplier -> contracts and networks
	usedBy     map[string][]string // tenant -> applications it uses
	blocks     map[string][]string // root cause -> blocked actions whose chain ends there
}

// New indexes m and its plan p (p may be nil: nothing is planned).
func New(m *inventory.Model, p *planner.Plan) *Index {
	if p == nil {
		p = &planner.Plan{}
	}
	ix := &Index{m: m, p: p,
		wave: map[string]*planner.Wave{}, action: map[string]*planner.Action{},
		breach: map[string]*planner.Breach{}, blocker: map[string]*planner.Blocker{}, waves: map[int]*planner.Wave{},
		dependents: map[string][]string{}, hosted: map[string][]string{}, uplinked: map[string][]string{},
		onNetwork: map[string][]string{}, appsOn: map[string][]string{}, linksOf: map[string][]string{},
		atSite: map[string][]string{}, ofSupplier: map[string][]string{}, usedBy: map[string][]string{},
		blocks: map[string][]string{},
	}
	for wi := range p.Waves {
		w := &p.Waves[wi]
		ix.waves[w.Number] = w
		for ai := range w.Actions {
			a := &w.Actions[ai]
			ix.wave[a.Address], ix.action[a.Address] = w, a
		}
	}
	for i := range p.Breaches {
		ix.breach[p.Breaches[i].Address] = &p.Breaches[i]
	}
	for i := range p.Blockers {
		bl := &p.Blockers[i]
		ix.blocker[bl.Address] = bl
		if n := len(bl.Chain); n > 0 && bl.Chain[n-1] != bl.Address {
			ix.blocks[bl.Chain[n-1]] = append(ix.blocks[bl.Chain[n-1]], bl.Address)
		}
	}
	for _, n := range m.Networks {
		if n.Site.IsSet() {
			ix.atSite[n.Site.Addr] = append(ix.atSite[n.Site.Addr], n.Address())
		}
		if n.Supplier.IsSet() {
			ix.ofSupplier[n.Supplier.Addr] = append(ix.ofSupplier[n.Supplier.Addr], n.Address())
		}
	}
	for _, c := range m.Contracts {
		if c.Supplier.IsSet() {
			ix.ofSupplier[c.Supplier.Addr] = append(ix.ofSupplier[c.Supplier.Addr], c.Address())
		}
	}
	for _, l := range m.Links {
		for _, r := range uniqueRefs(l.Between) {
			ix.linksOf[r] = append(ix.linksOf[r], l.Address())
		}
	}
	for _, d := range m.Devices {
		ix.onNetwork[d.Network.Addr] = append(ix.onNetwork[d.Network.Addr], d.Address())
		if d.Uplink.IsSet() {
			ix.uplinked[d.Uplink.Addr] = append(ix.uplinked[d.Uplink.Addr], d.Address())
		}
		if d.Site.IsSet() {
			ix.atSite[d.Site.Addr] = append(ix.atSite[d.Site.Addr], d.Address())
		}
	}
	for _, a := range m.Applications {
		addr := a.Address()
		if a.Network.IsSet() {
			ix.onNetwork[a.Network.Addr] = append(ix.onNetwork[a.Network.Addr], addr)
		}
		for _, n := range ix.networksOf(addr) {
			ix.appsOn[n] = append(ix.appsOn[n], addr)
		}
		for _, h := range uniqueRefs(a.HostedOn) {
			ix.hosted[h] = append(ix.hosted[h], addr)
		}
		for _, d := range uniqueRefs(a.DependsOn) {
			ix.dependents[d] = append(ix.dependents[d], addr)
		}
		for _, t := range uniqueRefs(a.UsedBy) {
			ix.usedBy[t] = append(ix.usedBy[t], addr)
		}
	}
	for _, e := range m.Endpoints {
		for _, u := range uniqueRefs(e.Uplink) {
			ix.uplinked[u] = append(ix.uplinked[u], e.Address())
		}
	}
	for _, idx := range []map[string][]string{ix.uplinked, ix.onNetwork, ix.atSite, ix.ofSupplier} {
		for _, v := range idx {
			sort.Strings(v)
		}
	}
	return ix
}

// uniqueRefs returns the distinct addresses of refs, in order.
func uniqueRefs(refs []inventory.Ref) []string {
	out := make([]string, 0, len(refs))
	for _, r := range refs {
		if r.IsSet() && !contains(out, r.Addr) {
			out = append(out, r.Addr)
		}
	}
	return out
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// networksOf lists the distinct networks an asset is on (SPEC "Where an
// asset is").
func (ix *Index) networksOf(addr string) []string {
	var out []string
	add := func(n string) {
		if n != "" && !contains(out, n) {
			out = append(out, n)
		}
	}
	hostNet := func(dev string) {
		if d, ok := ix.m.Lookup(dev).(*inventory.Device); ok {
			add(d.Network.Addr)
		}
	}
	switch a := ix.m.Lookup(addr).(type) {
	case *inventory.Network:
		add(addr)
	case *inventory.Link:
		for _, r := range a.Between {
			add(r.Addr)
		}
	case *inventory.Device:
		add(a.Network.Addr)
	case *inventory.Application:
		for _, h := range a.HostedOn {
			hostNet(h.Addr)
		}
		add(a.Network.Addr)
	case *inventory.Endpoints:
		for _, u := range a.Uplink {
			hostNet(u.Addr)
		}
	}
	return out
}

// UnknownError is returned for an address that names no asset.
type UnknownError struct {
	Address    string
	Suggestion []string // near-miss addresses, best first; may be empty
}

func (e *UnknownError) Error() string {
	msg := "no asset " + e.Address
	if len(e.Suggestion) > 0 {
		msg += "; did you mean " + e.Suggestion[0] + "?"
	}
	return msg
}

// Unknown returns an *UnknownError for addr with suggestions from m.
func Unknown(m *inventory.Model, addr string) *UnknownError {
	return &UnknownError{Address: addr, Suggestion: m.Suggest(addr)}
}
