package inventory

// This file decodes the estate and plan blocks, the settings of the
// estate and of its plan (freezes included).

import (
	"fmt"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
)

// estate decodes the estate block.
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

// plan decodes the plan block and its freezes.
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
		case "committed_until":
			p.CommittedUntil = v.date
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
