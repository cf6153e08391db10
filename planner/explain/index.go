// Package explain answers questions about an estate and its plan: why an
// action is in its wave (Why) and what is affected if an asset goes away
// (Impact). It reads the planner's output and never changes it.
//
// New builds every lookup and reverse index once, in time linear in the
// size of the estate and plan; each question is then answered with
// traversals that visit each asset and edge at most once.
package explain

import (
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// Index holds an estate, its plan and the indexes questions need.
type Index struct {
	m   *inventory.Model
	p   *planner.Plan
	rel *inventory.Relations

	wave    map[string]*planner.Wave
	action  map[string]*planner.Action
	breach  map[string]*planner.Breach
	blocker map[string]*planner.Blocker
	waves   map[int]*planner.Wave

	blocks map[string][]string // root cause -> blocked actions whose chain ends there
}

// New indexes m and its plan p (p may be nil: nothing is planned).
func New(m *inventory.Model, p *planner.Plan) *Index {
	if p == nil {
		p = &planner.Plan{}
	}
	ix := &Index{m: m, p: p, rel: inventory.NewRelations(m),
		wave: map[string]*planner.Wave{}, action: map[string]*planner.Action{},
		breach: map[string]*planner.Breach{}, blocker: map[string]*planner.Blocker{}, waves: map[int]*planner.Wave{},
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
	return ix
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
