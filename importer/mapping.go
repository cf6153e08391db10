package importer

import (
	"fmt"
	"github.com/decomhq/decom/internal/english"
	"sort"
	"strings"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// LabelColumn is the target a mapping file gives a column that holds each
// record's identifier: columns = { "Asset Tag" = "id" }.
const LabelColumn = "id"

// Mapping is a parsed mapping file (docs/import.md): how a source's columns
// and words translate into one block type's attributes. The nil *Mapping
// maps nothing.
type Mapping struct {
	// Columns maps a header's Key to an attribute name, LabelColumn, or
	// "" for a column to leave out without a warning.
	Columns map[string]string
	// Defaults gives attributes a value for records that leave them empty.
	Defaults map[string]Default
	// Values maps an attribute to a table from a word's Key to the text to
	// read instead ("Core Switch" → "switch").
	Values map[string]map[string]string
}

// Default is a default value as the mapping file wrote it.
type Default struct {
	Text  string
	Range hcl.Range
}

// Column returns the target of header and whether the mapping names it.
func (m *Mapping) Column(header string) (string, bool) {
	if m == nil {
		return "", false
	}
	t, ok := m.Columns[Key(header)]
	return t, ok
}

// Translate returns the text to read for a value of attr: the mapping's
// replacement when it has one, else text.
func (m *Mapping) Translate(attr, text string) string {
	if m == nil {
		return text
	}
	if t, ok := m.Values[attr][Key(text)]; ok {
		return t
	}
	return text
}

// DefaultFor returns the default of attr, if the mapping gives one.
func (m *Mapping) DefaultFor(attr string) (Default, bool) {
	if m == nil {
		return Default{}, false
	}
	d, ok := m.Defaults[attr]
	return d, ok
}

// ParseMapping reads a mapping file for blocks of type typ.
func ParseMapping(name string, src []byte, typ string) (*Mapping, hcl.Diagnostics) {
	schema := language.Lookup(typ)
	m := &Mapping{Columns: map[string]string{}, Defaults: map[string]Default{}, Values: map[string]map[string]string{}}
	file, diags := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	if diags.HasErrors() {
		return nil, diags
	}
	body := file.Body.(*hclsyntax.Body)
	for _, b := range body.Blocks {
		diags = append(diags, mapErr("Unexpected block", fmt.Sprintf("A mapping file holds only the attributes columns, defaults and values; %s is a block.", b.Type), b.TypeRange))
	}
	names := []string{"columns", "defaults", "values"}
	attrs := make([]*hclsyntax.Attribute, 0, len(body.Attributes))
	for _, a := range body.Attributes {
		attrs = append(attrs, a)
	}
	sort.Slice(attrs, func(i, j int) bool { return attrs[i].SrcRange.Start.Byte < attrs[j].SrcRange.Start.Byte })
	attrNames := schema.AttributeNames()
	isAttr := func(n string) bool { return schema.Attribute(n) != nil }
	for _, a := range attrs {
		switch a.Name {
		case "columns":
			seen := map[string]bool{}
			diags = append(diags, pairs(a.Expr, func(k, v string, kr, vr hcl.Range) hcl.Diagnostics {
				if seen[Key(k)] {
					return hcl.Diagnostics{mapErr("Column mapped twice", fmt.Sprintf("%q is already mapped; headers match ignoring case, spaces, hyphens and underscores.", k), kr)}
				}
				seen[Key(k)] = true
				if v != "" && v != LabelColumn && !isAttr(v) {
					return hcl.Diagnostics{mapErr(fmt.Sprintf("No attribute %q", v), unknownAttr(typ, v, attrNames)+` Use "id" for the column of identifiers, or "" to leave the column out.`, vr)}
				}
				m.Columns[Key(k)] = v
				return nil
			})...)
		case "defaults":
			diags = append(diags, pairs(a.Expr, func(k, v string, kr, vr hcl.Range) hcl.Diagnostics {
				if !isAttr(k) {
					return hcl.Diagnostics{mapErr(fmt.Sprintf("No attribute %q", k), unknownAttr(typ, k, attrNames), kr)}
				}
				m.Defaults[k] = Default{Text: v, Range: vr}
				return nil
			})...)
		case "values":
			obj, ok := a.Expr.(*hclsyntax.ObjectConsExpr)
			if !ok {
				diags = append(diags, mapErr("values must be an object", `Write values = { ATTRIBUTE = { "word" = "value" } }.`, a.Expr.Range()))
				continue
			}
			for _, item := range obj.Items {
				attr, ds := literalText(item.KeyExpr)
				if ds != nil {
					diags = append(diags, ds)
					continue
				}
				if !isAttr(attr) {
					diags = append(diags, mapErr(fmt.Sprintf("No attribute %q", attr), unknownAttr(typ, attr, attrNames), item.KeyExpr.Range()))
					continue
				}
				table := map[string]string{}
				diags = append(diags, pairs(item.ValueExpr, func(k, v string, kr, vr hcl.Range) hcl.Diagnostics {
					table[Key(k)] = v
					return nil
				})...)
				m.Values[attr] = table
			}
		default:
			detail := fmt.Sprintf("A mapping file has the attributes %s.", strings.Join(names, ", "))
			if s := inventory.Suggest(a.Name, names); s != "" {
				detail = fmt.Sprintf("Did you mean %q? %s", s, detail)
			}
			diags = append(diags, mapErr(fmt.Sprintf("Unknown attribute %q", a.Name), detail, a.NameRange))
		}
	}
	return m, diags
}

func unknownAttr(typ, name string, names []string) string {
	detail := fmt.Sprintf("%s %s block has no attribute %q.", english.Capitalise(english.Article(typ)), typ, name)
	if s := inventory.Suggest(name, names); s != "" {
		return detail + fmt.Sprintf(" Did you mean %q?", s)
	}
	return detail + " Its attributes are: " + strings.Join(names, ", ") + "."
}

// pairs calls f for each key and value of an object of texts.
func pairs(e hcl.Expression, f func(k, v string, kr, vr hcl.Range) hcl.Diagnostics) hcl.Diagnostics {
	obj, ok := e.(*hclsyntax.ObjectConsExpr)
	if !ok {
		return hcl.Diagnostics{mapErr("Expected an object", `Write { "key" = "value", ... }.`, e.Range())}
	}
	var diags hcl.Diagnostics
	for _, item := range obj.Items {
		k, d := literalText(item.KeyExpr)
		if d != nil {
			diags = append(diags, d)
			continue
		}
		v, d := literalText(item.ValueExpr)
		if d != nil {
			diags = append(diags, d)
			continue
		}
		diags = append(diags, f(k, v, item.KeyExpr.Range(), item.ValueExpr.Range())...)
	}
	return diags
}

// literalText evaluates a literal string, number or bool as text.
func literalText(e hcl.Expression) (string, *hcl.Diagnostic) {
	v, ds := e.Value(nil)
	if ds.HasErrors() || v.IsNull() || !v.IsWhollyKnown() {
		return "", mapErr("Expected a literal", "Write a quoted text, a number or true/false.", e.Range())
	}
	switch v.Type() {
	case cty.String:
		return v.AsString(), nil
	case cty.Number:
		return v.AsBigFloat().Text('f', -1), nil
	case cty.Bool:
		if v.True() {
			return "true", nil
		}
		return "false", nil
	}
	return "", mapErr("Expected a literal", "Write a quoted text, a number or true/false.", e.Range())
}

func mapErr(summary, detail string, r hcl.Range) *hcl.Diagnostic {
	return diag.Error(CodeMapping, summary, detail, r)
}
