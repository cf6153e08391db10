package inventory

import (
	"fmt"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// reference decodes a bare reference TYPE.NAME. In JSON files a reference
// is a string holding the same text, which hcl.AbsTraversalForExpr parses.
// Whether the asset exists is checked after all files are merged.
func (d *decoder) reference(as *language.Attribute, expr hcl.Expression) (Ref, bool) {
	r := expr.Range()
	t, ds := hcl.AbsTraversalForExpr(expr)
	if ds.HasErrors() {
		d.notReference(as, expr)
		return Ref{}, false
	}
	if len(t) == 1 {
		if v, vds := expr.Value(nil); !vds.HasErrors() && (v.IsNull() || v.Type() == cty.Bool) {
			d.notReference(as, expr) // a keyword: null, true or false
			return Ref{}, false
		}
		d.add(diag.Error(CodeInvalidReference, "Invalid reference",
			fmt.Sprintf("%s takes a reference TYPE.NAME; did you mean %s = %s.%s?", as.Name, as.Name, as.RefTypes[0], t.RootName()), r))
		return Ref{}, false
	}
	if len(t) != 2 {
		d.add(diag.Error(CodeInvalidReference, "Invalid reference",
			fmt.Sprintf("%s takes a reference TYPE.NAME such as %s.NAME; %q is not one.", as.Name, as.RefTypes[0], traversalString(t)), r))
		return Ref{}, false
	}
	attr, ok := t[1].(hcl.TraverseAttr)
	if !ok {
		d.add(diag.Error(CodeInvalidReference, "Invalid reference",
			fmt.Sprintf("%s takes a reference TYPE.NAME such as %s.NAME, with no index.", as.Name, as.RefTypes[0]), r))
		return Ref{}, false
	}
	typ := t.RootName()
	for _, want := range as.RefTypes {
		if typ == want {
			return Ref{Addr: typ + "." + attr.Name, Range: r}, true
		}
	}
	addr := typ + "." + attr.Name
	if b := language.Lookup(typ); b != nil && len(b.Labels) > 0 {
		d.add(diag.Error(CodeWrongReferenceType, fmt.Sprintf("%s must refer to %s", as.Name, typeList(as.RefTypes)),
			fmt.Sprintf("%s is a %s, but %s takes a reference to %s.", addr, typ, as.Name, typeList(as.RefTypes)), r))
		return Ref{}, false
	}
	detail := fmt.Sprintf("%q is not a block type that can be referred to; %s takes a reference to %s.", typ, as.Name, typeList(as.RefTypes))
	if sug := suggest(typ, as.RefTypes); sug != "" {
		detail += fmt.Sprintf(" Did you mean %s.%s?", sug, attr.Name)
	}
	d.add(diag.Error(CodeInvalidReference, "Invalid reference", detail, r))
	return Ref{}, false
}

// notReference reports an expression that is not a traversal: a quoted
// reference (native syntax) gets its own code and the fix.
func (d *decoder) notReference(as *language.Attribute, expr hcl.Expression) {
	r := expr.Range()
	v, vds := expr.Value(nil)
	if !vds.HasErrors() && v.Type() == cty.String && !v.IsNull() && v.IsKnown() {
		s := v.AsString()
		if t, pds := hclsyntax.ParseTraversalAbs([]byte(s), "", hcl.InitialPos); !pds.HasErrors() && len(t) == 2 {
			d.add(diag.Error(CodeQuotedReference, "Quoted reference",
				fmt.Sprintf("References are written bare, without quotes: write %s = %s.", as.Name, s), r))
			return
		}
		d.add(diag.Error(CodeInvalidReference, "Invalid reference",
			fmt.Sprintf("%s takes a reference written bare as TYPE.NAME, e.g. %s = %s.%s; %q is not one.", as.Name, as.Name, as.RefTypes[0], exampleName(s), s), r))
		return
	}
	found := "an expression"
	switch {
	case !vds.HasErrors() && v.IsNull():
		found = "null; remove the attribute to leave it unset"
	case !vds.HasErrors() && v != cty.NilVal:
		found = typeName(v.Type())
	default:
		if _, lds := hcl.ExprList(expr); !lds.HasErrors() {
			found = "a list; a single reference takes no brackets"
		}
	}
	detail := fmt.Sprintf("%s takes a reference to %s written TYPE.NAME, e.g. %s = %s.NAME; found %s.", as.Name, typeList(as.RefTypes), as.Name, as.RefTypes[0], found)
	d.add(diag.Error(CodeWrongType, fmt.Sprintf("Wrong type for %s", as.Name), detail, r))
}

func exampleName(s string) string {
	if hclsyntax.ValidIdentifier(s) {
		return s
	}
	return "NAME"
}

// referenceList decodes a list of references. Every element is decoded,
// so that all bad ones are reported; the bad ones are left out.
func (d *decoder) referenceList(as *language.Attribute, expr hcl.Expression) (value, bool) {
	exprs, ds := hcl.ExprList(expr)
	if ds.HasErrors() {
		example := fmt.Sprintf("[%s.a, %s.b]", as.RefTypes[0], as.RefTypes[0])
		found := "something else"
		if t, tds := hcl.AbsTraversalForExpr(expr); !tds.HasErrors() {
			found = "a single reference; put it in brackets: [" + traversalString(t) + "]"
		} else if v, vds := expr.Value(nil); !vds.HasErrors() && v != cty.NilVal {
			found = typeName(v.Type())
		}
		d.add(diag.Error(CodeWrongType, fmt.Sprintf("Wrong type for %s", as.Name),
			fmt.Sprintf("%s takes a list of references, e.g. %s = %s; found %s.", as.Name, as.Name, example, found), expr.Range()))
		return value{}, false
	}
	refs := make([]Ref, 0, len(exprs))
	seen := refSet{}
	for _, e := range exprs {
		r, ok := d.reference(as, e)
		if !ok {
			continue
		}
		// A link's between is checked as a pair by the link decoder
		// (link-between), so its repeats are kept for that.
		if first, dup := seen.find(refs, r.Addr); dup && as.Name != "between" {
			d.add(diag.Warning(CodeDuplicateReference, fmt.Sprintf("%s listed twice", r.Addr),
				fmt.Sprintf("%s already lists %s at column %d; remove the repeat.", as.Name, r.Addr, first.Range.Start.Column), r.Range))
			continue
		}
		refs = append(refs, r)
		seen.add(r)
	}
	return value{refs: refs}, true
}

// typeList joins block types for a sentence: "a network", "a network, a
// device or an application".
func typeList(types []string) string {
	parts := make([]string, len(types))
	for i, t := range types {
		parts[i] = english.Article(t) + " " + t
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// refSet finds repeats in a list of references: by scanning while the
// list is short, by a map once it is long, so a long list costs linear time.
type refSet struct{ m map[string]Ref }

const refSetLinear = 16

// find returns the reference to addr among refs (the list so far).
func (s *refSet) find(refs []Ref, addr string) (Ref, bool) {
	if s.m == nil && len(refs) < refSetLinear {
		for _, r := range refs {
			if r.Addr == addr {
				return r, true
			}
		}
		return Ref{}, false
	}
	if s.m == nil {
		s.m = make(map[string]Ref, 2*len(refs))
		for _, r := range refs {
			if _, ok := s.m[r.Addr]; !ok {
				s.m[r.Addr] = r
			}
		}
	}
	r, ok := s.m[addr]
	return r, ok
}

// add records r once the set uses its map.
func (s *refSet) add(r Ref) {
	if s.m != nil {
		if _, ok := s.m[r.Addr]; !ok {
			s.m[r.Addr] = r
		}
	}
}
