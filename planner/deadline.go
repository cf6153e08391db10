package planner

import (
	"encoding/json"

	"github.com/decomhq/decom/inventory"
	"github.com/hashicorp/hcl/v2"
)

// setDeadlines sets each node's deadline (rule 6): the earliest of its own
// support_ends, its hosts', its networks' and every contract covering any
// of them. On a tie the first source in that order wins.
func (e *estate) setDeadlines() {
	for i := range e.nodes {
		n := &e.nodes[i]
		n.deadline, n.from = e.deadlineFor(n.aid, n.asset)
	}
}

// deadlineFor returns the deadline of asset (with id aid) and the id of
// the asset whose date it is (-1 when there is no deadline).
func (e *estate) deadlineFor(aid int32, asset inventory.Asset) (inventory.Date, int32) {
	var best inventory.Date
	from := int32(-1)
	consider := func(d inventory.Date, src int32) {
		if !d.IsZero() && (best.IsZero() || d < best) {
			best, from = d, src
		}
	}
	var buf [8]int32
	covered := buf[:0] // assets whose covering contracts count
	rel := e.rel
	device := func(id int32) {
		if d := e.device(id); d != nil {
			consider(d.SupportEnds, id)
			covered = append(covered, id)
		}
	}
	network := func(id int32) {
		if n := e.network(id); n != nil {
			consider(n.SupportEnds, id)
			covered = append(covered, id)
		}
	}
	switch a := asset.(type) {
	case *inventory.Application:
		consider(a.SupportEnds, aid)
		covered = append(covered, aid)
		for _, h := range rel.HostedOn(aid) {
			device(h)
		}
		for _, n := range rel.Networks(aid) {
			network(n)
		}
	case *inventory.Device:
		device(aid)
		network(rel.ID(a.Network.Addr))
	case *inventory.Endpoints:
		for _, u := range rel.Uplinks(aid) {
			device(u)
		}
		for _, n := range rel.Networks(aid) {
			network(n)
		}
	case *inventory.Link:
		covered = append(covered, aid)
		for _, r := range a.Between { // as written: the first wins a tie
			network(rel.ID(r.Addr))
		}
	case *inventory.Network:
		network(aid)
	}
	for _, c := range covered {
		for _, k := range rel.CoveredBy(c) {
			if ends := rel.Asset(k).(*inventory.Contract).Ends; !ends.IsZero() && (best.IsZero() || ends < best) {
				best, from = ends, k
			}
		}
	}
	return best, from
}

// Source is where a fact of the inventory is written: the asset, its
// attribute and where the attribute is in the files. A deadline's source
// is a support_ends (of an application, device or network) or a
// contract's ends.
type Source struct {
	Address   string
	Attribute string
	// Range is the attribute, name and value, as written; the block's
	// header when the model was built by hand without ranges for it.
	Range hcl.Range
}

// sourceJSON is Source as JSON. File is the file name as loaded; line
// and column (counting from 1) are where the attribute starts. The three
// are left out for a model built by hand, which has no ranges.
type sourceJSON struct {
	Address   string `json:"address"`
	Attribute string `json:"attribute"`
	File      string `json:"file,omitempty"`
	Line      int    `json:"line,omitempty"`
	Column    int    `json:"column,omitempty"`
}

// MarshalJSON writes the source as {"address", "attribute", "file",
// "line", "column"}.
func (s Source) MarshalJSON() ([]byte, error) {
	out := sourceJSON{Address: s.Address, Attribute: s.Attribute}
	if s.Range.Filename != "" && s.Range.Start.Line > 0 {
		out.File, out.Line, out.Column = s.Range.Filename, s.Range.Start.Line, s.Range.Start.Column
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes; the range gets the file
// and start position back.
func (s *Source) UnmarshalJSON(b []byte) error {
	var in sourceJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	*s = Source{Address: in.Address, Attribute: in.Attribute}
	s.Range.Filename, s.Range.Start.Line, s.Range.Start.Column = in.File, in.Line, in.Column
	s.Range.End = s.Range.Start
	return nil
}

// sources gives each asset that sets a deadline one Source, made on first
// use, so that every action with that deadline shares it.
type sources struct {
	rel *inventory.Relations
	at  map[int32]*Source
}

// of returns the source of the date of asset id: its support_ends, or a
// contract's ends.
func (s *sources) of(id int32) *Source {
	if src, ok := s.at[id]; ok {
		return src
	}
	a := s.rel.Asset(id)
	attr := "support_ends"
	if _, ok := a.(*inventory.Contract); ok {
		attr = "ends"
	}
	meta := a.AssetMeta()
	src := &Source{Address: s.rel.Addr(id), Attribute: attr, Range: meta.DefRange}
	if ar, ok := meta.Attr(attr); ok {
		src.Range = ar.Range
	}
	if s.at == nil {
		s.at = map[int32]*Source{}
	}
	s.at[id] = src
	return src
}
