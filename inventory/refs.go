package inventory

import (
	"fmt"
	"strings"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// resolver checks that every reference names a declared asset. The decoder
// has already checked each reference's form and block type.
type resolver struct {
	m      *Model
	diags  hcl.Diagnostics
	labels map[string][]string // block type -> labels, built on first need
	budget int
}

// resolve checks every reference of m against its index. A dangling
// reference is reported and removed from the model (a single reference is
// zeroed, a list loses the element), so that later steps only ever see
// references to assets that exist.
func resolve(m *Model) hcl.Diagnostics {
	r := &resolver{m: m, budget: suggestBudget}
	for _, s := range m.Sites {
		r.one(&s.Tenant)
	}
	for _, c := range m.Contracts {
		r.one(&c.Supplier)
		c.Covers = r.list(c.Covers)
	}
	for _, n := range m.Networks {
		r.one(&n.Site)
		r.one(&n.Supplier)
	}
	for _, l := range m.Links {
		l.Between = r.list(l.Between)
	}
	for _, d := range m.Devices {
		r.one(&d.Network)
		r.one(&d.Site)
		r.one(&d.Uplink)
		d.RedundantWith = r.list(d.RedundantWith)
		r.one(&d.Target)
	}
	for _, a := range m.Applications {
		a.HostedOn = r.list(a.HostedOn)
		r.one(&a.Network)
		a.DependsOn = r.list(a.DependsOn)
		a.UsedBy = r.list(a.UsedBy)
		r.one(&a.Target)
		r.one(&a.ReplacedBy)
	}
	for _, e := range m.Endpoints {
		e.Uplink = r.list(e.Uplink)
		r.one(&e.Target)
	}
	return r.diags
}

func (r *resolver) one(ref *Ref) {
	if ref.IsSet() && !r.exists(*ref) {
		*ref = Ref{}
	}
}

func (r *resolver) list(refs []Ref) []Ref {
	out := refs[:0]
	for _, ref := range refs {
		if r.exists(ref) {
			out = append(out, ref)
		}
	}
	if len(out) == 0 && refs != nil {
		return []Ref{}
	}
	return out
}

func (r *resolver) exists(ref Ref) bool {
	if r.m.Lookup(ref.Addr) != nil {
		return true
	}
	typ, name, _ := strings.Cut(ref.Addr, ".")
	detail := fmt.Sprintf("No %s %q is declared in the inventory.", typ, name)
	if sug := r.suggest(typ, name); sug != "" {
		detail += fmt.Sprintf(" Did you mean %s.%s?", typ, sug)
	} else {
		detail += fmt.Sprintf(" Declare it with %s %q { ... } or fix the name.", typ, name)
	}
	r.diags = append(r.diags, diag.Error(CodeDanglingReference, fmt.Sprintf("Reference to undeclared %s", ref.Addr), detail, ref.Range))
	return false
}

// suggest finds the nearest declared label of type typ, within budget.
func (r *resolver) suggest(typ, name string) string {
	if r.labels == nil {
		r.labels = map[string][]string{}
		for _, addr := range r.m.Addresses() {
			t, l, _ := strings.Cut(addr, ".")
			r.labels[t] = append(r.labels[t], l)
		}
	}
	return suggestWithin(name, r.labels[typ], &r.budget)
}
