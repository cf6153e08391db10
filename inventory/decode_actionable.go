package inventory

// This file decodes the assets that can take an action in a plan:
// networks, links, devices, applications and endpoint groups.

import (
	"fmt"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
)

func (d *decoder) network(meta Meta, s *language.Block, body rawBody) *Network {
	n := &Network{Meta: meta}
	d.attrs(&n.Meta, s, body, func(name string, v value) {
		switch name {
		case "name":
			n.Name = v.str
		case "site":
			n.Site = v.ref
		case "role":
			n.Role = Role(v.str)
		case "supplier":
			n.Supplier = v.ref
		case "support_ends":
			n.SupportEnds = v.date
		case "decommission":
			n.Decommission = v.bool
		case "annual_cost":
			n.AnnualCost = v.num
		case "effort_days":
			n.EffortDays = v.num
		case "not_before":
			n.NotBefore = v.date
		}
	})
	return n
}

func (d *decoder) link(meta Meta, s *language.Block, body rawBody) *Link {
	l := &Link{Meta: meta}
	d.attrs(&l.Meta, s, body, func(name string, v value) {
		switch name {
		case "name":
			l.Name = v.str
		case "between":
			l.Between = v.refs
		case "decommission":
			l.Decommission = v.bool
		case "effort_days":
			l.EffortDays = v.num
		case "not_before":
			l.NotBefore = v.date
		}
	})
	const example = "between = [network.a, network.b]"
	switch a, given := l.Attr("between"); {
	case !given && !hasRaw(body, "between") && !d.syntaxErrors:
		d.add(diag.Error(CodeLinkBetween, "Link joins no networks",
			fmt.Sprintf("A link joins exactly two networks; add %s to %s.", example, meta.Address()), meta.DefRange))
	case given && len(l.Between) != 2 && len(l.Between) == rawLen(body, "between"):
		d.add(diag.Error(CodeLinkBetween, "Link needs exactly two networks",
			fmt.Sprintf("between lists %d network(s); a link joins exactly two, e.g. %s.", len(l.Between), example), a.Value))
	case len(l.Between) == 2 && l.Between[0].Addr == l.Between[1].Addr:
		d.add(diag.Error(CodeLinkBetween, fmt.Sprintf("Link joins %s to itself", l.Between[0].Addr),
			"A link joins two different networks; name the other end.", a.Value))
	}
	return l
}

// rawLen is how many elements the named attribute's list has as written
// (-1 when it is not a list), so that a list with bad elements, already
// reported, is not reported again for its length.
func rawLen(body rawBody, name string) int {
	for _, a := range body.Attrs {
		if a.Name == name {
			if exprs, ds := hclExprList(a.Expr); !ds {
				return len(exprs)
			}
		}
	}
	return -1
}

func (d *decoder) device(meta Meta, s *language.Block, body rawBody) *Device {
	dv := &Device{Meta: meta}
	d.attrs(&dv.Meta, s, body, func(name string, v value) {
		switch name {
		case "name":
			dv.Name = v.str
		case "owner":
			dv.Owner = v.str
		case "network":
			dv.Network = v.ref
		case "site":
			dv.Site = v.ref
		case "kind":
			dv.Kind = DeviceKind(v.str)
		case "model":
			dv.Model = v.str
		case "support_ends":
			dv.SupportEnds = v.date
		case "warranty_ends":
			dv.WarrantyEnds = v.date
		case "ports":
			dv.Ports = v.int
		case "ports_in_use":
			dv.PortsInUse = v.int
		case "uplink":
			dv.Uplink = v.ref
		case "redundant_with":
			dv.RedundantWith = v.refs
		case "disposition":
			dv.Disposition = Disposition(v.str)
		case "target":
			dv.Target = v.ref
		case "annual_cost":
			dv.AnnualCost = v.num
		case "effort_days":
			dv.EffortDays = v.num
		case "not_before":
			dv.NotBefore = v.date
		case "status":
			dv.Status = Status(v.str)
		}
	})
	return dv
}

func (d *decoder) application(meta Meta, s *language.Block, body rawBody) *Application {
	a := &Application{Meta: meta}
	d.attrs(&a.Meta, s, body, func(name string, v value) {
		switch name {
		case "name":
			a.Name = v.str
		case "owner":
			a.Owner = v.str
		case "hosted_on":
			a.HostedOn = v.refs
		case "survives_host_loss":
			a.SurvivesHostLoss = v.bool
		case "network":
			a.Network = v.ref
		case "depends_on":
			a.DependsOn = v.refs
		case "used_by":
			a.UsedBy = v.refs
		case "users":
			a.Users = v.int
		case "criticality":
			a.Criticality = Criticality(v.str)
		case "disposition":
			a.Disposition = Disposition(v.str)
		case "target":
			a.Target = v.ref
		case "replaced_by":
			a.ReplacedBy = v.ref
		case "support_ends":
			a.SupportEnds = v.date
		case "effort_days":
			a.EffortDays = v.num
		case "annual_cost":
			a.AnnualCost = v.num
		case "not_before":
			a.NotBefore = v.date
		case "status":
			a.Status = Status(v.str)
		}
	})
	if !d.syntaxErrors && !hasRaw(body, "network") && (!hasRaw(body, "hosted_on") || rawLen(body, "hosted_on") == 0) {
		d.add(diag.Error(CodeMissingAttribute, "Application has no hosted_on or network",
			fmt.Sprintf("Say where %s runs: hosted_on = [device.NAME] or network = network.NAME.", meta.Address()), meta.DefRange))
	}
	return a
}

func (d *decoder) endpoints(meta Meta, s *language.Block, body rawBody) *Endpoints {
	e := &Endpoints{Meta: meta}
	d.attrs(&e.Meta, s, body, func(name string, v value) {
		switch name {
		case "name":
			e.Name = v.str
		case "count":
			e.Count = v.int
		case "users":
			e.Users = v.int
		case "uplink":
			e.Uplink = v.refs
		case "disposition":
			e.Disposition = Disposition(v.str)
		case "target":
			e.Target = v.ref
		case "effort_days":
			e.EffortDays = v.num
		case "not_before":
			e.NotBefore = v.date
		case "status":
			e.Status = Status(v.str)
		}
	})
	return e
}

// hclExprList is hcl.ExprList reporting only whether it failed.
func hclExprList(e hcl.Expression) ([]hcl.Expression, bool) {
	exprs, ds := hcl.ExprList(e)
	return exprs, ds.HasErrors()
}
