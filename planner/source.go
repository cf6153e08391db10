package planner

import (
	"github.com/decomhq/decom/inventory"
	"github.com/hashicorp/hcl/v2"
)

// Source is where a fact of the inventory is written: the asset, its
// attribute and where the attribute is in the files. A deadline's source
// is a support_ends (of an application, device or network) or a
// contract's ends; a blocker's cause is the attribute at its root (a
// disposition, a depends_on entry, a not_before, ...).
//
// As JSON it is {"address", "attribute", "file", "line", "column"}: plain
// fields, so that a plan of 100,000 actions encodes without a method call
// per source.
type Source struct {
	Address string `json:"address"`
	// Attribute is the attribute's name; empty when the fact is the
	// block itself (an application with no disposition stays live).
	Attribute string `json:"attribute,omitempty"`
	// File (as loaded), Line and Column (from 1) are where Range starts;
	// empty for a model built by hand, which has no ranges.
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
	// Range is the attribute, name and value, as written (for a list
	// entry such as one depends_on reference, that entry); the block's
	// header when the attribute is not written. A plan read back from
	// JSON has only File, Line and Column.
	Range hcl.Range `json:"-"`
}

// newSource is the Source of attribute attr of the asset at addr, written
// at rng.
func newSource(addr, attr string, rng hcl.Range) *Source {
	src := &Source{Address: addr, Attribute: attr, Range: rng}
	if rng.Filename != "" && rng.Start.Line > 0 {
		src.File, src.Line, src.Column = rng.Filename, rng.Start.Line, rng.Start.Column
	}
	return src
}

// SourceAt is the Source of attribute attr of asset a: the attribute's
// range when it is written, else the block header with no attribute.
func SourceAt(a inventory.Asset, attr string) *Source {
	meta := a.AssetMeta()
	if ar, ok := meta.Attr(attr); ok {
		return newSource(meta.Address(), attr, ar.Range)
	}
	return newSource(meta.Address(), "", meta.DefRange)
}

// entrySource is the Source of the entry of list attribute attr (of asset
// a) that refers to target: the reference as written. Without one, the
// attribute (or block) as sourceAt gives it.
func entrySource(a inventory.Asset, attr string, refs []inventory.Ref, target string) *Source {
	for _, r := range refs {
		if r.Addr == target && r.Range.Filename != "" {
			return newSource(a.AssetMeta().Address(), attr, r.Range)
		}
	}
	return SourceAt(a, attr)
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
	rng := meta.DefRange
	if ar, ok := meta.Attr(attr); ok {
		rng = ar.Range
	}
	src := newSource(s.rel.Addr(id), attr, rng)
	if s.at == nil {
		s.at = map[int32]*Source{}
	}
	s.at[id] = src
	return src
}
