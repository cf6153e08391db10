package inventory

import (
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// allowedValues says what an inventory value may be, for the detail of
// every invalid-expression diagnostic.
const allowedValues = `An inventory value is a literal or a reference: a string in quotes, a number, true or false, a reference such as network.kcom, or a list of these. decom evaluates nothing: no functions, variables, templates (${...} or %{...}), operators, conditionals, for or splat expressions, indexes or parentheses. Write the value itself.`

// vetExpr returns an error at the first part of expr that is not a
// literal, a reference, or a list or object of them, or nil when it is
// all literal. It looks at the syntax tree only and evaluates nothing, so
// that an expression built to be expensive (a for expression doubling a
// string, an index into a huge tuple) costs no more than reading it. In a
// .hcl.json file the same rule holds for strings: one holding ${ or %{
// is a template.
func vetExpr(expr hcl.Expression) *hcl.Diagnostic {
	if e, ok := expr.(hclsyntax.Expression); ok {
		return vetNative(e)
	}
	return vetJSON(expr)
}

func notLiteral(what string, r hcl.Range) *hcl.Diagnostic {
	return diag.Error(CodeInvalidExpression, english.Capitalise(what)+" not allowed", allowedValues, r)
}

func vetNative(e hclsyntax.Expression) *hcl.Diagnostic {
	switch x := e.(type) {
	case *hclsyntax.LiteralValueExpr, *hclsyntax.ScopeTraversalExpr:
		return nil
	case *hclsyntax.TemplateExpr:
		// A quoted string or heredoc is a template of literal text; any
		// other part is an interpolation or a directive.
		for _, p := range x.Parts {
			if l, ok := p.(*hclsyntax.LiteralValueExpr); !ok || l.Val.Type() != cty.String || l.Val.IsNull() {
				return notLiteral("template sequence", x.SrcRange)
			}
		}
		return nil
	case *hclsyntax.TupleConsExpr:
		for _, el := range x.Exprs {
			if d := vetNative(el); d != nil {
				return d
			}
		}
		return nil
	case *hclsyntax.ObjectConsExpr:
		for _, item := range x.Items {
			if k, ok := item.KeyExpr.(*hclsyntax.ObjectConsKeyExpr); ok && k.ForceNonLiteral {
				return notLiteral("parenthesised key", k.Range())
			}
			if d := vetNative(item.KeyExpr); d != nil {
				return d
			}
			if d := vetNative(item.ValueExpr); d != nil {
				return d
			}
		}
		return nil
	case *hclsyntax.ObjectConsKeyExpr:
		return vetNative(x.Wrapped)
	case *hclsyntax.UnaryOpExpr:
		// A negative number is written as minus and a number literal.
		if l, ok := x.Val.(*hclsyntax.LiteralValueExpr); ok && x.Op == hclsyntax.OpNegate && l.Val.Type() == cty.Number {
			return nil
		}
		return notLiteral("operator", x.SymbolRange)
	}
	return notLiteral(exprKind(e), e.Range())
}

// exprKind names a kind of native expression for a diagnostic summary.
func exprKind(e hclsyntax.Expression) string {
	switch e.(type) {
	case *hclsyntax.FunctionCallExpr:
		return "function call"
	case *hclsyntax.TemplateWrapExpr, *hclsyntax.TemplateJoinExpr:
		return "template sequence"
	case *hclsyntax.ConditionalExpr:
		return "conditional expression"
	case *hclsyntax.ForExpr:
		return "for expression"
	case *hclsyntax.SplatExpr, *hclsyntax.AnonSymbolExpr:
		return "splat expression"
	case *hclsyntax.IndexExpr, *hclsyntax.RelativeTraversalExpr:
		return "index"
	case *hclsyntax.BinaryOpExpr, *hclsyntax.UnaryOpExpr:
		return "operator"
	case *hclsyntax.ParenthesesExpr:
		return "parentheses"
	}
	return "expression"
}

// vetJSON checks a JSON value: arrays and objects element by element, and
// every string for a template sequence. Evaluating a JSON expression with
// no context is safe: it reads strings verbatim.
func vetJSON(expr hcl.Expression) *hcl.Diagnostic {
	if l, ok := expr.(interface{ ExprList() []hcl.Expression }); ok {
		if items := l.ExprList(); len(items) > 0 {
			for _, it := range items {
				if d := vetJSON(it); d != nil {
					return d
				}
			}
			return nil
		}
	}
	if m, ok := expr.(interface{ ExprMap() []hcl.KeyValuePair }); ok {
		if pairs := m.ExprMap(); len(pairs) > 0 {
			for _, p := range pairs {
				if d := vetJSON(p.Key); d != nil {
					return d
				}
				if d := vetJSON(p.Value); d != nil {
					return d
				}
			}
			return nil
		}
	}
	v, ds := expr.Value(nil)
	if ds.HasErrors() || v.IsNull() || v.Type() != cty.String {
		return nil
	}
	if hasTemplateSequence(v.AsString()) {
		return notLiteral("template sequence", expr.Range())
	}
	return nil
}

// hasTemplateSequence reports whether s holds ${ or %{ that is not
// escaped as $${ or %%{: HCL reads such a JSON string as a template.
func hasTemplateSequence(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] != '$' && s[i] != '%') || s[i+1] != '{' {
			continue
		}
		if i > 0 && s[i-1] == s[i] {
			continue // the second half of an escape $${ or %%{
		}
		return true
	}
	return false
}

// unescapeTemplate turns the escapes $${ and %%{ of a JSON string into
// the ${ and %{ they stand for, as the native syntax does.
func unescapeTemplate(s string) string {
	if !strings.Contains(s, "${") && !strings.Contains(s, "%{") {
		return s
	}
	return strings.NewReplacer("$${", "${", "%%{", "%{").Replace(s)
}

// mustVet reports expr's first non-literal part; it returns false when
// there is one.
func (d *decoder) mustVet(expr hcl.Expression) bool {
	if bad := vetExpr(expr); bad != nil {
		d.add(bad)
		return false
	}
	return true
}

// jsonString reports whether expr is a string of a .hcl.json file.
func jsonString(expr hcl.Expression, v cty.Value) bool {
	_, native := expr.(hclsyntax.Expression)
	return !native && v.Type() == cty.String && !v.IsNull()
}
