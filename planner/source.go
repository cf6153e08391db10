package planner

import (
	"encoding/json"

	"github.com/decomhq/decom/inventory"
	"github.com/hashicorp/hcl/v2"
)

// Source is where a fact of the inventory is written: the asset, its
// attribute and where the attribute is in the files. A deadline's source
// is a support_ends (of an application, device or network) or a
// contract's ends; a blocker's cause is the attribute at its root (a
// disposition, a depends_on entry, a not_before, ...).
type Source struct {
	Address string
	// Attribute is the attribute's name; empty when the fact is the
	// block itself (an application with no disposition stays live).
	Attribute string
	// Range is the attribute, name and value, as written (for a list
	// entry such as one depends_on reference, that entry); the block's
	// header when the attribute is not written.
	Range hcl.Range
}

// sourceAt is the Source of attribute attr of asset a: the attribute's
// range when it is written, else the block header with no attribute.
func sourceAt(a inventory.Asset, attr string) *Source {
	meta := a.AssetMeta()
	src := &Source{Address: meta.Address(), Range: meta.DefRange}
	if ar, ok := meta.Attr(attr); ok {
		src.Attribute, src.Range = attr, ar.Range
	}
	return src
}

// entrySource is the Source of the entry of list attribute attr (of asset
// a) that refers to target: the reference as written. Without one, the
// attribute (or block) as sourceAt gives it.
func entrySource(a inventory.Asset, attr string, refs []inventory.Ref, target string) *Source {
	for _, r := range refs {
		if r.Addr == target && r.Range.Filename != "" {
			return &Source{Address: a.AssetMeta().Address(), Attribute: attr, Range: r.Range}
		}
	}
	return sourceAt(a, attr)
}

// sourceJSON is Source as JSON. File is the file name as loaded; line
// and column (counting from 1) are where the attribute starts. The three
// are left out for a model built by hand, which has no ranges.
type sourceJSON struct {
	Address   string `json:"address"`
	Attribute string `json:"attribute,omitempty"`
	File      string `json:"file,omitempty"`
	Line      int    `json:"line,omitempty"`
	Column    int    `json:"column,omitempty"`
}

// MarshalJSON writes the source as {"address", "attribute", "file",
// "line", "column"}; attribute is left out for a block.
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
