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
	m    *inventory.Model
	p    *planner.Plan
	plan *planner.Index
	rel  *inventory.Relations
}

// New indexes m and its plan p (p may be nil: nothing is planned).
func New(m *inventory.Model, p *planner.Plan) *Index {
	if p == nil {
		p = &planner.Plan{}
	}
	return &Index{m: m, p: p, plan: p.Index(), rel: inventory.NewRelations(m)}
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
