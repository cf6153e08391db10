package inventory

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// value is a decoded attribute value; which field is set depends on the
// attribute's kind.
type value struct {
	str  string
	num  float64
	int  int
	bool bool
	date Date
	ref  Ref
	refs []Ref
}

// value decodes attribute a against its schema as, reporting any problem.
// An expression that is not a literal, a reference or a list of them is
// refused before anything evaluates it (see vetExpr).
func (d *decoder) value(meta *Meta, as *language.Attribute, a *rawAttr) (value, bool) {
	if !d.mustVet(a.Expr) {
		return value{}, false
	}
	switch as.Kind {
	case language.Ref:
		r, ok := d.reference(as, a.Expr)
		return value{ref: r}, ok
	case language.RefList:
		return d.referenceList(as, a.Expr)
	}
	v, ok := d.literal(as, a.Expr)
	if !ok {
		return value{}, false
	}
	r := a.Expr.Range()
	switch as.Kind {
	case language.String:
		if !d.wantType(as, v, cty.String, r, `"text"`) {
			return value{}, false
		}
		return value{str: v.AsString()}, true
	case language.Enum:
		if !d.wantType(as, v, cty.String, r, `"`+as.Enum[0]+`"`) {
			return value{}, false
		}
		s := v.AsString()
		for _, e := range as.Enum {
			if e == s {
				return value{str: s}, true
			}
		}
		detail := fmt.Sprintf("%s must be one of: %s.", as.Name, strings.Join(as.Enum, ", "))
		if sug := suggest(s, as.Enum); sug != "" {
			detail = fmt.Sprintf("Did you mean %q? %s", sug, detail)
		}
		d.add(diag.Error(CodeUnknownEnumValue, fmt.Sprintf("Unknown %s %q", as.Name, s), detail, r))
		return value{}, false
	case language.Date:
		if !d.wantType(as, v, cty.String, r, `"2019-03-31"`) {
			return value{}, false
		}
		dt, err := ParseDate(v.AsString())
		if err != nil {
			detail := fmt.Sprintf("%s. Write dates as \"YYYY-MM-DD\", e.g. %s = \"2019-03-31\".", english.Capitalise(err.Error()), as.Name)
			if sug := SuggestDate(v.AsString()); sug != "" {
				detail = fmt.Sprintf("%q is not a date of the form YYYY-MM-DD that exists on the calendar. Did you mean %s = %q?", v.AsString(), as.Name, sug)
			}
			d.add(diag.Error(CodeInvalidDate, fmt.Sprintf("Invalid date for %s", as.Name), detail, r))
			return value{}, false
		}
		return value{date: dt}, true
	case language.Currency:
		if !d.wantType(as, v, cty.String, r, `"GBP"`) {
			return value{}, false
		}
		code := v.AsString()
		if !IsCurrencyCode(code) {
			d.add(diag.Error(CodeInvalidCurrency, fmt.Sprintf("Invalid currency %q", code),
				fmt.Sprintf("%s takes an ISO 4217 code of three upper-case letters, e.g. %s = \"GBP\", \"EUR\" or \"USD\".", as.Name, as.Name), r))
			return value{}, false
		}
		return value{str: code}, true
	case language.Bool:
		if !d.wantType(as, v, cty.Bool, r, "true") {
			return value{}, false
		}
		return value{bool: v.True()}, true
	case language.Number, language.Int:
		if !d.wantType(as, v, cty.Number, r, "10") {
			return value{}, false
		}
		return d.number(as, v.AsBigFloat(), r)
	}
	return value{}, false
}

// literal evaluates an expression that vetExpr let through.
func (d *decoder) literal(as *language.Attribute, expr hcl.Expression) (cty.Value, bool) {
	v, ds := expr.Value(nil)
	if ds.HasErrors() {
		if t, tds := hcl.AbsTraversalForExpr(expr); !tds.HasErrors() {
			d.add(diag.Error(CodeWrongType, fmt.Sprintf("Wrong type for %s", as.Name),
				fmt.Sprintf("%s takes a %s, not a reference; found %s.%s", as.Name, as.Kind, traversalString(t), quoteHint(as)), expr.Range()))
			return cty.NilVal, false
		}
		// After vetExpr, only a list or object holding references fails
		// to evaluate.
		found := "an object holding references"
		if _, lds := hcl.ExprList(expr); !lds.HasErrors() {
			found = "a list holding references"
		}
		d.add(diag.Error(CodeWrongType, fmt.Sprintf("Wrong type for %s", as.Name),
			fmt.Sprintf("%s takes a %s; found %s.", as.Name, as.Kind, found), expr.Range()))
		return cty.NilVal, false
	}
	if v.IsNull() {
		d.add(diag.Error(CodeWrongType, fmt.Sprintf("Wrong type for %s", as.Name),
			fmt.Sprintf("%s takes a %s, not null; remove the attribute to leave it unset.", as.Name, as.Kind), expr.Range()))
		return cty.NilVal, false
	}
	if jsonString(expr, v) {
		v = cty.StringVal(unescapeTemplate(v.AsString()))
	}
	return v, true
}

// IsCurrencyCode reports whether s has the shape of an ISO 4217 currency
// code: exactly three upper-case ASCII letters ("GBP"). It does not check
// the code against the ISO list.
func IsCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func quoteHint(as *language.Attribute) string {
	if as.Kind == language.String || as.Kind == language.Date || as.Kind == language.Enum || as.Kind == language.Currency {
		return " Put text in quotes."
	}
	return ""
}

// wantType reports a wrong-type diagnostic unless v has type want.
func (d *decoder) wantType(as *language.Attribute, v cty.Value, want cty.Type, r hcl.Range, example string) bool {
	if v.Type() == want {
		return true
	}
	detail := fmt.Sprintf("%s takes a %s, e.g. %s = %s; found %s.", as.Name, as.Kind, as.Name, example, typeName(v.Type()))
	if want == cty.Number && v.Type() == cty.String {
		detail += " Write numbers without quotes."
	}
	if want == cty.Bool && v.Type() == cty.String {
		detail += " Write true or false without quotes."
	}
	d.add(diag.Error(CodeWrongType, fmt.Sprintf("Wrong type for %s", as.Name), detail, r))
	return false
}

// number checks a number against the attribute's kind and bound.
func (d *decoder) number(as *language.Attribute, bf *big.Float, r hcl.Range) (value, bool) {
	f, _ := bf.Float64()
	text := numberText(bf)
	if math.IsInf(f, 0) {
		d.add(diag.Error(CodeNumberOutOfRange, fmt.Sprintf("%s out of range", as.Name),
			fmt.Sprintf("%s is too large a number for %s.", text, as.Name), r))
		return value{}, false
	}
	if as.Kind == language.Int && !bf.IsInt() {
		d.add(diag.Error(CodeWrongType, fmt.Sprintf("Wrong type for %s", as.Name),
			fmt.Sprintf("%s takes a whole number; found %s.", as.Name, text), r))
		return value{}, false
	}
	switch {
	case f < 0 && as.Bound != language.Any && as.Bound != language.Fraction:
		d.add(diag.Error(CodeNegativeNumber, fmt.Sprintf("Negative %s", as.Name),
			fmt.Sprintf("%s must be %s; found %s.", as.Name, boundText(as.Bound), text), r))
		return value{}, false
	case as.Bound == language.Positive && f == 0, as.Bound == language.Fraction && (f < 0 || f > 1):
		d.add(diag.Error(CodeNumberOutOfRange, fmt.Sprintf("%s out of range", as.Name),
			fmt.Sprintf("%s must be %s; found %s.", as.Name, boundText(as.Bound), text), r))
		return value{}, false
	case f > as.Max:
		d.add(diag.Error(CodeNumberOutOfRange, fmt.Sprintf("%s out of range", as.Name),
			fmt.Sprintf("%s must be at most %s; found %s. decom keeps numbers to realistic bounds so that totals and dates stay exact (docs/language.md, Limits).", as.Name, grouped(as.Max), text), r))
		return value{}, false
	}
	return value{num: f, int: int(f)}, true
}

// numberText writes a number for a diagnostic. Decimal formatting takes
// time in proportion to the exponent, so a literal such as 9e99999999 (which
// HCL accepts) would stall the loader for minutes: beyond float64's range
// the number is described by its binary magnitude instead.
func numberText(bf *big.Float) string {
	if e := bf.MantExp(nil); e > 1100 || e < -1100 {
		return fmt.Sprintf("a number of magnitude 2^%d", e)
	}
	return bf.Text('g', 10)
}

// grouped writes a whole number with thousands separators: 1,000,000.
func grouped(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func boundText(b language.Bound) string {
	switch b {
	case language.NonNegative:
		return "0 or more"
	case language.Positive:
		return "more than 0"
	case language.Fraction:
		return "between 0 and 1"
	}
	return "a number"
}

func typeName(t cty.Type) string {
	switch {
	case t == cty.String:
		return "a string"
	case t == cty.Number:
		return "a number"
	case t == cty.Bool:
		return "a bool"
	case t.IsTupleType() || t.IsListType() || t.IsSetType():
		return "a list"
	case t.IsObjectType() || t.IsMapType():
		return "an object"
	}
	return t.FriendlyName()
}

func traversalString(t hcl.Traversal) string {
	var b strings.Builder
	for i, step := range t {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			b.WriteString(s.Name)
		case hcl.TraverseAttr:
			b.WriteString("." + s.Name)
		default:
			if i > 0 {
				b.WriteString("[...]")
			}
		}
	}
	return b.String()
}
