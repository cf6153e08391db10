package importer

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/language"
	"github.com/zclconf/go-cty/cty"
)

// Fault is a problem with one value, before it is placed: a summary and a
// detail that says how to fix it.
type Fault struct {
	Code    string
	Summary string
	Detail  string
}

var (
	plainNumber = regexp.MustCompile(`^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$`)
	groupedNum  = regexp.MustCompile(`^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$`)
	wholeNumber = regexp.MustCompile(`^[-+]?\d+(\.0*)?$`)
)

// ParseCell reads one value of attribute a from text as a person would
// type it in a spreadsheet. The caller has trimmed it and left out empty
// cells. Numbers may carry a currency symbol and thousands separators
// (£250,000); bools are true/false, yes/no, y/n or 1/0; enum values match
// ignoring case, spaces, hyphens and underscores ("In Progress" is
// in_progress); references are labels (see Label), or TYPE.LABEL, and a
// list of them is separated by ";" or new lines, or by "," when it has
// neither.
func ParseCell(a *language.Attribute, text string, order DateOrder) (Value, *Fault) {
	switch a.Kind {
	case language.String:
		return Value{Lit: cty.StringVal(text)}, nil
	case language.Number, language.Int:
		return number(a, text)
	case language.Bool:
		switch Key(text) {
		case "true", "yes", "y", "1":
			return Value{Lit: cty.True}, nil
		case "false", "no", "n", "0":
			return Value{Lit: cty.False}, nil
		}
		return Value{}, &Fault{CodeInvalidValue, fmt.Sprintf("%q is not true or false", text),
			fmt.Sprintf("%s takes true or false (yes/no, y/n and 1/0 are read too).", a.Name)}
	case language.Date:
		d, err := ParseDate(text, order)
		if err != nil {
			return Value{}, &Fault{CodeInvalidDate, fmt.Sprintf("Invalid date for %s", a.Name), capitalise(err.Error()) + "."}
		}
		return Value{Lit: cty.StringVal(d.String())}, nil
	case language.Enum:
		k := Key(text)
		for _, e := range a.Enum {
			if Key(e) == k {
				return Value{Lit: cty.StringVal(e)}, nil
			}
		}
		detail := fmt.Sprintf("%s takes one of: %s.", a.Name, strings.Join(a.Enum, ", "))
		if s := inventory.Suggest(strings.ToLower(text), a.Enum); s != "" {
			detail = fmt.Sprintf("Did you mean %q? %s", s, detail)
		}
		detail += fmt.Sprintf(" Or translate the spreadsheet's words in the mapping file: values = { %s = { %q = %q } }.", a.Name, text, a.Enum[0])
		return Value{}, &Fault{CodeInvalidValue, fmt.Sprintf("Unknown %s %q", a.Name, text), detail}
	case language.Currency:
		code := strings.ToUpper(text)
		if !inventory.IsCurrencyCode(code) {
			return Value{}, &Fault{CodeInvalidValue, fmt.Sprintf("Invalid currency %q", text),
				fmt.Sprintf("%s takes an ISO 4217 code of three letters, e.g. GBP.", a.Name)}
		}
		return Value{Lit: cty.StringVal(code)}, nil
	case language.Ref:
		r, f := reference(a, text)
		return Value{Refs: []Ref{r}}, f
	case language.RefList:
		var refs []Ref
		for _, part := range SplitList(text) {
			r, f := reference(a, part)
			if f != nil {
				return Value{}, f
			}
			refs = append(refs, r)
		}
		return Value{Refs: refs, List: true}, nil
	}
	return Value{}, &Fault{CodeInvalidValue, "Unsupported attribute", fmt.Sprintf("%s cannot be imported.", a.Name)}
}

// SplitList splits a list cell: at ";" and new lines, or at "," when the
// cell has neither. Empty items are dropped.
func SplitList(text string) []string {
	sep := func(r rune) bool { return r == ';' || r == '\n' || r == '\r' }
	if !strings.ContainsAny(text, ";\n\r") {
		sep = func(r rune) bool { return r == ',' }
	}
	var out []string
	for _, p := range strings.FieldsFunc(text, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func number(a *language.Attribute, text string) (Value, *Fault) {
	s, neg := strings.CutPrefix(text, "-") // -£100 is -100
	s = strings.TrimSpace(strings.TrimLeft(s, "£€$ "))
	if neg {
		s = "-" + s
	}
	if groupedNum.MatchString(s) {
		s = strings.ReplaceAll(s, ",", "")
	}
	bad := func(what string) (Value, *Fault) {
		return Value{}, &Fault{CodeInvalidValue, fmt.Sprintf("%q is not %s", text, what),
			fmt.Sprintf("%s takes %s, e.g. 48; write it without words or units.", a.Name, what)}
	}
	if !plainNumber.MatchString(s) {
		if a.Kind == language.Int {
			return bad("a whole number")
		}
		return bad("a number")
	}
	if a.Kind == language.Int && !wholeNumber.MatchString(s) {
		return bad("a whole number")
	}
	f, _, err := big.ParseFloat(strings.TrimPrefix(s, "+"), 10, 512, big.ToNearestEven)
	if err != nil || f.IsInf() {
		return bad("a number")
	}
	return Value{Lit: cty.NumberVal(f)}, nil
}

func reference(a *language.Attribute, text string) (Ref, *Fault) {
	text = strings.TrimSpace(text)
	types := a.RefTypes
	if typ, rest, ok := strings.Cut(text, "."); ok {
		for _, t := range a.RefTypes {
			if strings.EqualFold(t, typ) && rest != "" {
				types, text = []string{t}, rest
			}
		}
	}
	label := Label(types[0], text)
	if label == "" || Label(types[len(types)-1], text) == "" {
		return Ref{}, &Fault{CodeInvalidValue, fmt.Sprintf("%q is not a label", text),
			fmt.Sprintf("%s names %s by its ID; this has no letter or digit.", a.Name, strings.Join(a.RefTypes, " or "))}
	}
	return Ref{Types: types, Label: label, Text: text}, nil
}

// Key folds a header or a value for matching: lower case, without spaces,
// hyphens and underscores ("Support Ends", "support-ends" and
// "SUPPORT_ENDS" are all supportends).
func Key(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if r == ' ' || r == '-' || r == '_' || r == '\t' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
