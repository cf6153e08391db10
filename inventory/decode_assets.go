package inventory

import (
	"fmt"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
)

func (d *decoder) estate(meta Meta, s *language.Block, body rawBody) *EstateSettings {
	e := &EstateSettings{Meta: meta}
	d.attrs(&e.Meta, s, body, func(name string, v value) {
		switch name {
		case "name":
			e.Name = v.str
		case "as_of":
			e.AsOf = v.date
		case "currency":
			e.Currency = v.str
		}
	})
	return e
}

func (d *decoder) plan(meta Meta, s *language.Block, body rawBody) *PlanSettings {
	p := &PlanSettings{Meta: meta}
	d.attrs(&p.Meta, s, body, func(name string, v value) {
		switch name {
		case "start":
			p.Start = v.date
		case "wave_days":
			p.WaveDays = v.int
		case "max_changes":
			p.MaxChanges = v.int
		case "max_effort_days":
			p.MaxEffortDays = v.num
		case "max_critical":
			p.MaxCritical = v.int
		case "soak_waves":
			p.SoakWaves = v.int
		}
	})
	seen := map[string]*Freeze{}
	for _, b := range body.Blocks {
		fs := s.Nested(b.Type)
		if fs == nil {
			d.unknownBlock(b.Type, b.TypeRange, s.NestedNames(), "in a plan block")
			continue
		}
		label, ok := d.labels(b, fs)
		if !ok {
			continue
		}
		fbody, ds := b.content(fs)
		d.add(ds...)
		f := &Freeze{Meta: Meta{Type: b.Type, Label: label, DefRange: b.DefRange, BodyRange: b.BodyRange}}
		d.attrs(&f.Meta, fs, fbody, func(name string, v value) {
			switch name {
			case "from":
				f.From = v.date
			case "to":
				f.To = v.date
			}
		})
		for _, n := range fbody.Blocks {
			d.unknownBlock(n.Type, n.TypeRange, nil, "in a freeze block")
		}
		if first, dup := seen[label]; dup {
			d.add(diag.Error(CodeDuplicateAddress, fmt.Sprintf("Duplicate freeze %q", label),
				fmt.Sprintf("The plan already has a freeze %q at %s; give each freeze its own name.", label, lineOf(first.DefRange)), b.DefRange))
			continue
		}
		seen[label] = f
		p.Freezes = append(p.Freezes, f)
	}
	return p
}

// asset decodes a labelled block into its model type.
func (d *decoder) asset(meta Meta, s *language.Block, body rawBody) Asset {
	switch meta.Type {
	case TypeTenant:
		t := &Tenant{Meta: meta}
		d.attrs(&t.Meta, s, body, func(name string, v value) {
			switch name {
			case "name":
				t.Name = v.str
			case "cost_share":
				share := v.num
				t.CostShare = &share
			}
		})
		return t
	case TypeSite:
		t := &Site{Meta: meta}
		d.attrs(&t.Meta, s, body, func(name string, v value) {
			switch name {
			case "name":
				t.Name = v.str
			case "tenant":
				t.Tenant = v.ref
			}
		})
		return t
	case TypeSupplier:
		t := &Supplier{Meta: meta}
		d.attrs(&t.Meta, s, body, func(name string, v value) {
			if name == "name" {
				t.Name = v.str
			}
		})
		return t
	case TypeContract:
		t := &Contract{Meta: meta}
		d.attrs(&t.Meta, s, body, func(name string, v value) {
			switch name {
			case "name":
				t.Name = v.str
			case "supplier":
				t.Supplier = v.ref
			case "ends":
				t.Ends = v.date
			case "annual_cost":
				t.AnnualCost = v.num
			case "covers":
				t.Covers = v.refs
			}
		})
		return t
	case TypeNetwork:
		return d.network(meta, s, body)
	case TypeLink:
		return d.link(meta, s, body)
	case TypeDevice:
		return d.device(meta, s, body)
	case TypeApplication:
		return d.application(meta, s, body)
	case TypeEndpoints:
		return d.endpoints(meta, s, body)
	}
	return nil
}

// lineOf names a range's file and line, as diagnostics cite other places.
func lineOf(r hcl.Range) string {
	return fmt.Sprintf("%s:%d", r.Filename, r.Start.Line)
}
