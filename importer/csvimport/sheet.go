package csvimport

import (
	"fmt"
	"strings"

	"github.com/decomhq/decom/importer"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
)

// sheet is one CSV file being read: which column gives what, and the
// diagnostics so far.
type sheet struct {
	opt       Options
	schema    *language.Block
	text      *text
	delim     rune
	header    []string
	headerPos []hcl.Range
	// label is the column of identifiers; nameAsLabel says it is the Name
	// column, used because there is no ID column.
	label       int
	nameAsLabel bool
	// attrs maps an attribute name to its column.
	attrs map[string]int
	// unnamed lists columns without a header, reported once if they hold
	// anything.
	unnamed  map[int]bool
	reported map[int]bool
	diags    hcl.Diagnostics
}

// labelKeys are the header Keys that name the column of identifiers,
// besides the block type itself and the type followed by "id".
var labelKeys = []string{"id", "assetid"}

// columns decides what each header gives.
func (s *sheet) columns(header []string) {
	s.header, s.label = header, -1
	s.attrs, s.unnamed, s.reported = map[string]int{}, map[int]bool{}, map[int]bool{}
	typ := importer.Key(s.schema.Type)
	claim := func(target string, i int) {
		if target == importer.LabelColumn {
			if s.label >= 0 {
				s.duplicate(i, s.label, "the ID")
				return
			}
			s.label = i
			return
		}
		if j, dup := s.attrs[target]; dup {
			s.duplicate(i, j, target)
			return
		}
		s.attrs[target] = i
	}
	for i, h := range header {
		k := importer.Key(h)
		if target, ok := s.opt.Mapping.Column(h); ok {
			if target != "" {
				claim(target, i)
			}
			continue
		}
		switch {
		case k == "":
			s.unnamed[i] = true
		case k == typ || k == typ+"id" || contains(labelKeys, k):
			claim(importer.LabelColumn, i)
		default:
			if a := s.attribute(k); a != "" {
				claim(a, i)
				continue
			}
			detail := fmt.Sprintf("No %s attribute is called %q (headers match attribute names ignoring case, spaces, hyphens and underscores), so this column is left out.", s.schema.Type, strings.TrimSpace(h))
			if sug := suggestKey(k, s.schema.AttributeNames()); sug != "" {
				detail += fmt.Sprintf(" Did you mean %q?", sug)
			}
			detail += fmt.Sprintf(` To import it, map it in the mapping file: columns = { %q = "ATTRIBUTE" }; to leave it out quietly, map it to "".`, strings.TrimSpace(h))
			s.diags = append(s.diags, diag.Warning(importer.CodeUnmappedColumn, fmt.Sprintf("Column %q is not imported", strings.TrimSpace(h)), detail, s.headerPos[i]))
		}
	}
	if s.label < 0 {
		if i, ok := s.attrs["name"]; ok {
			s.label, s.nameAsLabel = i, true
		} else {
			s.diags = append(s.diags, diag.Error(importer.CodeNoLabelColumn, "No ID column",
				fmt.Sprintf("Each row needs an identifier, which becomes its address %s.ID. Add a column \"ID\" (or %q), or map the column that holds identifiers in the mapping file: columns = { \"Asset Tag\" = \"id\" }.", s.schema.Type, capitalise(s.schema.Type)),
				s.headerRow()))
		}
	}
	for _, a := range s.schema.Attributes {
		if _, ok := s.attrs[a.Name]; !ok && a.Required {
			if _, ok := s.opt.Mapping.DefaultFor(a.Name); !ok {
				s.diags = append(s.diags, diag.Error(importer.CodeMissingValue, fmt.Sprintf("No column gives %s", a.Name),
					fmt.Sprintf("Every %s needs %s. Add a column %q, or give every row the same value in the mapping file: defaults = { %s = %q }.", s.schema.Type, a.Name, headerFor(a.Name), a.Name, exampleFor(&a)),
					s.headerRow()))
			}
		}
	}
}

func (s *sheet) duplicate(i, first int, what string) {
	s.diags = append(s.diags, diag.Error(importer.CodeDuplicateColumn, fmt.Sprintf("Two columns give %s", what),
		fmt.Sprintf("Column %q gives %s, and so does column %q before it. Remove or rename one, or leave one out in the mapping file: columns = { %q = \"\" }.", strings.TrimSpace(s.header[i]), what, strings.TrimSpace(s.header[first]), strings.TrimSpace(s.header[i])),
		s.headerPos[i]))
}

// attribute returns the attribute whose name matches header Key k.
func (s *sheet) attribute(k string) string {
	for _, a := range s.schema.Attributes {
		if importer.Key(a.Name) == k {
			return a.Name
		}
	}
	return ""
}

func (s *sheet) headerRow() hcl.Range {
	if len(s.headerPos) == 0 {
		return s.text.rangeAt(0, 0)
	}
	return hcl.RangeBetween(s.headerPos[0], s.headerPos[len(s.headerPos)-1])
}

// record turns one row into a block, leaving out values with faults (which
// it records, marking the block Faulty); false when the row is empty or
// has no usable ID.
func (s *sheet) record(row int, rec []string, cells []hcl.Range) (importer.Block, bool) {
	empty := true
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			empty = false
		}
	}
	if empty || s.label < 0 {
		return importer.Block{}, false
	}
	before := len(s.diags.Errs())
	for i := len(s.header); i < len(rec); i++ {
		if strings.TrimSpace(rec[i]) != "" {
			s.diags = append(s.diags, diag.Error(importer.CodeExtraCells, fmt.Sprintf("Row %d has more cells than the header", row),
				fmt.Sprintf("Row %d has a value in column %d, but the header names only %d columns: give the column a header, or remove the value. (If a cell holds the delimiter %q, put it in quotes.)", row, i+1, len(s.header), string(s.delim)),
				cells[i]))
			return importer.Block{}, false // its cells are shifted: the rest would only echo this
		}
	}
	for i := range s.unnamed {
		if i < len(rec) && strings.TrimSpace(rec[i]) != "" && !s.reported[i] {
			s.reported[i] = true
			s.diags = append(s.diags, diag.Warning(importer.CodeUnmappedColumn, fmt.Sprintf("Column %d has no header", i+1),
				fmt.Sprintf("Row %d and perhaps others have values in column %d, which has no header, so they are left out. Give the column a header to import it.", row, i+1), cells[i]))
		}
	}
	cell := func(i int) string {
		if i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	at := func(i int) hcl.Range {
		if i < len(cells) {
			return cells[i]
		}
		return cells[len(cells)-1]
	}
	id := cell(s.label)
	b := importer.Block{Type: s.schema.Type, ID: id, Origin: importer.Origin{Range: at(s.label), Where: where(row, s.header[s.label])}}
	b.Label = importer.Label(b.Type, id)
	switch {
	case id == "":
		what := "an ID"
		if s.nameAsLabel {
			what = "a name (and the file has no ID column)"
		}
		s.diags = append(s.diags, diag.Error(importer.CodeMissingValue, fmt.Sprintf("Row %d has no ID", row),
			fmt.Sprintf("%s: every row needs %s, from which its address %s.ID is made. Fill it in.", capitalise(b.Origin.Where), what, b.Type), b.Origin.Range))
	case b.Label == "":
		s.diags = append(s.diags, diag.Error(importer.CodeInvalidLabel, fmt.Sprintf("ID %q cannot be a name", id),
			fmt.Sprintf("%s: an ID needs at least one letter or digit to make the address %s.ID from.", capitalise(b.Origin.Where), b.Type), b.Origin.Range))
	}
	for _, a := range s.schema.Attributes {
		col, ok := s.attrs[a.Name]
		text := ""
		var o importer.Origin
		if ok {
			text = s.opt.Mapping.Translate(a.Name, cell(col))
			o = importer.Origin{Range: at(col), Where: where(row, s.header[col])}
		}
		if text == "" {
			d, has := s.opt.Mapping.DefaultFor(a.Name)
			if !has {
				if a.Required && ok {
					s.diags = append(s.diags, diag.Error(importer.CodeMissingValue, fmt.Sprintf("Row %d has no %s", row, a.Name),
						fmt.Sprintf("%s: every %s needs %s. Fill in the cell, or give a default in the mapping file: defaults = { %s = %q }.", capitalise(o.Where), b.Type, a.Name, a.Name, exampleFor(&a)), o.Range))
				}
				continue
			}
			text = d.Text
			o = importer.Origin{Range: d.Range, Where: fmt.Sprintf("the mapping file's default for %s (used by row %d)", a.Name, row)}
		}
		v, fault := importer.ParseCell(&a, text, s.opt.DateOrder)
		if fault != nil {
			s.diags = append(s.diags, diag.Error(fault.Code, fault.Summary, capitalise(o.Where)+": "+fault.Detail, o.Range))
			continue
		}
		b.Attrs = append(b.Attrs, importer.Attr{Name: a.Name, Value: v, Origin: o})
	}
	b.Faulty = len(s.diags.Errs()) > before
	return b, b.Label != ""
}

// headerFor is the header a person would write for an attribute.
func headerFor(attr string) string {
	words := strings.Split(attr, "_")
	for i, w := range words {
		words[i] = capitalise(w)
	}
	return strings.Join(words, " ")
}

func exampleFor(a *language.Attribute) string {
	switch a.Kind {
	case language.Enum:
		return a.Enum[0]
	case language.Ref, language.RefList:
		return "ID"
	}
	return "VALUE"
}

// suggestKey suggests the attribute whose Key is nearest to k.
func suggestKey(k string, names []string) string {
	keys := make([]string, len(names))
	for i, n := range names {
		keys[i] = importer.Key(n)
	}
	if s := inventory.Suggest(k, keys); s != "" {
		for i, key := range keys {
			if key == s {
				return names[i]
			}
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
