package inventory

import (
	"fmt"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// merge adds the fragments' assets to m in file order. The first block at
// an address wins; a later one is reported and left out of the model, as
// is a second estate or plan block.
func merge(m *Model, frags []*fragment) hcl.Diagnostics {
	var diags hcl.Diagnostics
	n := 0
	for _, f := range frags {
		n += len(f.assets)
	}
	seen := make(map[string]*Meta, n)
	for _, f := range frags {
		for _, e := range f.estates {
			if m.Estate != nil {
				diags = append(diags, secondBlock(&e.Meta, &m.Estate.Meta))
				continue
			}
			m.Estate = e
		}
		for _, p := range f.plans {
			if m.Plan != nil {
				diags = append(diags, secondBlock(&p.Meta, &m.Plan.Meta))
				continue
			}
			m.Plan = p
		}
		for _, a := range f.assets {
			meta := a.AssetMeta()
			addr := meta.Address()
			if first, dup := seen[addr]; dup {
				diags = append(diags, diag.Error(CodeDuplicateAddress, fmt.Sprintf("Duplicate address %s", addr),
					fmt.Sprintf("%s is already declared at %s; addresses are unique across all files. Rename one of the blocks or remove the copy.", addr, lineOf(first.DefRange)),
					meta.DefRange))
				continue
			}
			seen[addr] = meta
			add(m, a)
		}
	}
	return diags
}

func secondBlock(second, first *Meta) *hcl.Diagnostic {
	return diag.Error(CodeDuplicateBlock, fmt.Sprintf("Second %s block", second.Type),
		fmt.Sprintf("An inventory has at most one %s block and the first is at %s; merge the two.", second.Type, lineOf(first.DefRange)),
		second.DefRange)
}

func add(m *Model, a Asset) {
	switch a := a.(type) {
	case *Tenant:
		m.Tenants = append(m.Tenants, a)
	case *Site:
		m.Sites = append(m.Sites, a)
	case *Supplier:
		m.Suppliers = append(m.Suppliers, a)
	case *Contract:
		m.Contracts = append(m.Contracts, a)
	case *Network:
		m.Networks = append(m.Networks, a)
	case *Link:
		m.Links = append(m.Links, a)
	case *Device:
		m.Devices = append(m.Devices, a)
	case *Application:
		m.Applications = append(m.Applications, a)
	case *Endpoints:
		m.Endpoints = append(m.Endpoints, a)
	}
}
