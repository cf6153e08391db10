package inventory

import (
	"sort"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// CheckLoaded runs Check on a model that Load returned, so that one run
// reports every problem. When part of the inventory could not be read
// (Load then reports a checks-skipped note), what it declares is unknown
// and any finding could follow from that, so it runs no check at all.
// After other load errors the model is partial (a value that failed to
// decode is left out), and a check could report an echo of a load error:
// "missing target" for a target written with the wrong type. So it drops
// the findings about any block that holds a load error, keeping the rest.
func CheckLoaded(m *Model, loadDiags hcl.Diagnostics) hcl.Diagnostics {
	for _, d := range loadDiags {
		if diag.Code(d) == diag.CodeChecksSkipped {
			return nil
		}
	}
	checks := Check(m)
	if !loadDiags.HasErrors() || len(checks) == 0 {
		return checks
	}
	blocks := blocksByFile(m)
	brokenBlock := map[*Meta]bool{}
	for _, d := range loadDiags {
		if d.Severity != hcl.DiagError || d.Subject == nil {
			continue
		}
		if b := blockAt(blocks, *d.Subject); b != nil {
			brokenBlock[b] = true
		}
	}
	var out hcl.Diagnostics
	for _, d := range checks {
		if d.Subject != nil && brokenBlock[blockAt(blocks, *d.Subject)] {
			continue
		}
		out = append(out, d)
	}
	return out
}

// blocksByFile lists every block's header per file, sorted by where its
// body starts.
func blocksByFile(m *Model) map[string][]*Meta {
	out := map[string][]*Meta{}
	add := func(mt *Meta) { out[mt.BodyRange.Filename] = append(out[mt.BodyRange.Filename], mt) }
	for _, a := range m.Addresses() {
		add(m.Lookup(a).AssetMeta())
	}
	if m.Estate != nil {
		add(&m.Estate.Meta)
	}
	if m.Plan != nil {
		add(&m.Plan.Meta)
		for _, f := range m.Plan.Freezes {
			add(&f.Meta)
		}
	}
	for _, bs := range out {
		sort.Slice(bs, func(i, j int) bool { return bs[i].BodyRange.Start.Byte < bs[j].BodyRange.Start.Byte })
	}
	return out
}

// blockAt returns the innermost block whose body contains r, or nil.
func blockAt(blocks map[string][]*Meta, r hcl.Range) *Meta {
	bs := blocks[r.Filename]
	// The last block starting at or before r; freezes nest inside the plan,
	// so keep looking back while the candidate does not contain r.
	i := sort.Search(len(bs), func(i int) bool { return bs[i].BodyRange.Start.Byte > r.Start.Byte })
	for i--; i >= 0; i-- {
		if b := bs[i]; r.Start.Byte < b.BodyRange.End.Byte {
			return b
		}
	}
	return nil
}
