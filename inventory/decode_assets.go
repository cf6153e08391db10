package inventory

// This file decodes the labelled blocks into assets: tenants, sites,
// suppliers and contracts here, the assets that take actions in
// decode_actionable.go.

import (
	"fmt"

	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
)

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
