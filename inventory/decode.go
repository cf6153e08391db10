package inventory

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/decomhq/decom/inventory/limits"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/json"
)

// fragment is what one file contributes to the model: its assets in source
// order and its diagnostics. The file's syntax tree is dropped once the
// fragment is built.
type fragment struct {
	file    SourceFile
	keep    bool // the file's bytes belong in Model.Files
	assets  []Asset
	estates []*EstateSettings
	plans   []*PlanSettings
	diags   hcl.Diagnostics
}

// decoder turns one file's blocks into model assets.
type decoder struct {
	frag *fragment
	// syntaxErrors is set when a .hcl.json file parsed but has the wrong
	// shape (HCL's "Incorrect JSON value type"): the decoder then keeps
	// quiet about missing attributes, which are most likely lost to that
	// error rather than missing. (A file that does not parse is not
	// decoded at all.)
	syntaxErrors bool
}

func (d *decoder) add(ds ...*hcl.Diagnostic) { d.frag.diags = append(d.frag.diags, ds...) }

// decodeFile parses and decodes one file's bytes. A file that does not
// parse is not decoded at all: its first parse error is its only
// diagnostic, because the parser's later errors and whatever a decoder
// would say about the blocks it recovered mostly echo that first fault.
func decodeFile(name string, src []byte) *fragment {
	f := &fragment{file: SourceFile{Name: name, Bytes: src}}
	parse, keep, diags := checkText(name, src)
	f.keep = keep
	f.diags = diags
	if !parse {
		return f
	}
	// Parsers recurse on nesting: measure it first (see limits).
	cuts, deep := limits.Split(name, src, pieceBytes)
	if deep != nil {
		f.diags = append(f.diags, deep)
		return f
	}
	d := &decoder{frag: f}
	if !isJSONName(name) {
		d.native(name, src, cuts)
		return f
	}
	// HCL's JSON parser takes no BOM; its native one skips it (see
	// limits.BOMLen).
	bom := limits.BOMLen(src)
	file, ds := json.ParseWithStartPos(src[bom:], name, hcl.Pos{Line: 1, Column: 1, Byte: bom})
	if ds.HasErrors() || file == nil || file.Body == nil {
		d.add(firstError(ds)...)
		return f
	}
	top, bds := jsonBody(file.Body, language.Blocks)
	d.add(bds...)
	d.syntaxErrors = bds.HasErrors()
	// JSON has no top-level attributes: an unknown key is a block type.
	for _, a := range top.Attrs {
		d.unknownBlock(a.Name, a.NameRange, language.BlockTypes(), "at the top level")
	}
	for _, b := range top.Blocks {
		d.block(b)
	}
	return f
}

// pieceBytes is about how much of a native file is parsed at a time.
// hclsyntax lexes a whole input into one slice of tokens, about 100 bytes
// each; for a file of tens of megabytes, growing that slice (copying
// gigabytes while the collector waits) made one 50 MB file take 87 s where
// the same text in 400 files took 10. Pieces of this size parse as fast as
// small files.
var pieceBytes = 256 << 10

// native parses and decodes a native-syntax file piece by piece, at the
// cuts limits.Split found (top-level line starts), each piece from its own
// start position so that ranges are those of the whole file. Each piece's
// syntax tree is dropped once it is decoded, as for separate files. When
// a piece does not parse, what the pieces before it gave is thrown away:
// the file is not decoded, and its first parse error is its only
// diagnostic.
func (d *decoder) native(name string, src []byte, cuts []int) {
	f := d.frag
	before := len(f.diags)
	start := hcl.InitialPos
	for i := 0; i <= len(cuts); i++ {
		end := len(src)
		if i < len(cuts) {
			end = cuts[i]
		}
		piece := src[start.Byte:end]
		file, ds := hclsyntax.ParseConfig(piece, name, start)
		if ds.HasErrors() {
			f.assets, f.estates, f.plans = nil, nil, nil
			f.diags = append(f.diags[:before], firstError(ds)...)
			return
		}
		top := nativeBody(file.Body.(*hclsyntax.Body)) // always a *hclsyntax.Body
		for _, a := range top.Attrs {
			d.add(diag.Error(CodeUnknownAttribute, fmt.Sprintf("Unexpected attribute %q", a.Name),
				fmt.Sprintf("An inventory file holds only blocks (%s); put %s inside the block it belongs to.", strings.Join(language.BlockTypes(), ", "), a.Name),
				a.NameRange))
		}
		for _, b := range top.Blocks {
			d.block(b)
		}
		// Every cut is the start of a line.
		start = hcl.Pos{Line: start.Line + bytes.Count(piece, []byte("\n")), Column: 1, Byte: end}
	}
}

// firstError returns the error of ds that starts first in the file (the
// earliest reported among equals): after a parse fault the parser's later
// errors are mostly echoes of it (an unterminated string makes every later
// line "Invalid multi-line string"), so only the first is worth reading.
func firstError(ds hcl.Diagnostics) hcl.Diagnostics {
	var first *hcl.Diagnostic
	for _, d := range ds {
		if d.Severity != hcl.DiagError {
			continue
		}
		if first == nil || d.Subject != nil && (first.Subject == nil || d.Subject.Start.Byte < first.Subject.Start.Byte) {
			first = d
		}
	}
	if first == nil {
		return nil
	}
	return hcl.Diagnostics{first}
}

func (d *decoder) unknownBlock(typ string, r hcl.Range, allowed []string, where string) {
	detail := fmt.Sprintf("There is no %q block %s.", typ, where)
	if s := suggest(typ, allowed); s != "" {
		detail += fmt.Sprintf(" Did you mean %q?", s)
	} else if parent := parentOf(typ); parent != "" {
		detail += fmt.Sprintf(" %s %s block goes inside the %s block.", english.Capitalise(english.Article(typ)), typ, parent)
	} else if len(allowed) > 0 {
		detail += " The block types here are: " + strings.Join(allowed, ", ") + "."
	} else {
		detail += " This block takes no nested blocks."
	}
	d.add(diag.Error(CodeUnknownBlock, fmt.Sprintf("Unknown block type %q", typ), detail, r))
}

// labels checks a block's labels against its schema and returns its name
// (empty for unlabelled blocks) and whether the block can be decoded.
func (d *decoder) labels(b *rawBlock, s *language.Block) (string, bool) {
	want := len(s.Labels)
	if len(b.Labels) < want {
		d.add(diag.Error(CodeMissingLabel, fmt.Sprintf("Missing name for %s block", s.Type),
			fmt.Sprintf("%s %s block needs a name in quotes after its type, e.g. %s \"main\" { ... }, so that it has an address %s.NAME.", english.Capitalise(english.Article(s.Type)), s.Type, s.Type, s.Type),
			b.DefRange))
		return "", false
	}
	if len(b.Labels) > want {
		extra := b.LabelRanges[want]
		detail := fmt.Sprintf("%s %s block takes one name; remove %q.", english.Capitalise(english.Article(s.Type)), s.Type, b.Labels[want])
		if want == 0 {
			detail = fmt.Sprintf("There is one %s block per inventory and it takes no name: write %s { ... } and remove %q.", s.Type, s.Type, b.Labels[want])
		}
		d.add(diag.Error(CodeExtraLabel, fmt.Sprintf("Extra label on %s block", s.Type), detail,
			hcl.RangeBetween(extra, b.LabelRanges[len(b.LabelRanges)-1])))
	}
	if want == 0 {
		return "", true
	}
	label := b.Labels[0]
	if !hclsyntax.ValidIdentifier(label) {
		d.add(diag.Error(CodeInvalidLabel, fmt.Sprintf("Invalid name %q", label),
			fmt.Sprintf("A name starts with a letter or underscore and holds only letters, digits, underscores and dashes, so that references such as %s.NAME can name it.", s.Type),
			b.LabelRanges[0]))
	}
	return label, true
}

// block decodes one top-level block into the fragment.
func (d *decoder) block(b *rawBlock) {
	s := language.Lookup(b.Type)
	if s == nil {
		d.unknownBlock(b.Type, b.TypeRange, language.BlockTypes(), "at the top level")
		return
	}
	label, ok := d.labels(b, s)
	if !ok {
		return
	}
	body, ds := b.content(s)
	d.add(ds...)
	d.syntaxErrors = d.syntaxErrors || ds.HasErrors()
	meta := Meta{Type: s.Type, Label: label, DefRange: b.DefRange, BodyRange: b.BodyRange}
	switch b.Type {
	case TypeEstate:
		d.frag.estates = append(d.frag.estates, d.estate(meta, s, body))
	case TypePlan:
		d.frag.plans = append(d.frag.plans, d.plan(meta, s, body))
	default:
		if a := d.asset(meta, s, body); a != nil {
			d.frag.assets = append(d.frag.assets, a)
		}
	}
	if b.Type != TypePlan {
		for _, n := range body.Blocks {
			d.unknownBlock(n.Type, n.TypeRange, s.NestedNames(), "in a "+b.Type+" block")
		}
	}
}

// attrs decodes a body's attributes against schema s, calling set for each
// one whose value is valid, and records their ranges in meta. It then
// reports required attributes that are absent.
func (d *decoder) attrs(meta *Meta, s *language.Block, body rawBody, set func(name string, v value)) {
	meta.Attrs = make([]AttrRange, 0, len(body.Attrs))
	for i := range body.Attrs {
		a := &body.Attrs[i]
		as := s.Attribute(a.Name)
		if as == nil {
			d.unknownAttribute(s, a)
			continue
		}
		v, ok := d.value(meta, as, a)
		if !ok {
			continue
		}
		// The schema's name, not the parser's copy, so the syntax tree can go.
		meta.Attrs = append(meta.Attrs, AttrRange{Name: as.Name, Range: a.Range, Value: a.Expr.Range()})
		set(a.Name, v)
	}
	if d.syntaxErrors {
		return
	}
	for _, as := range s.Attributes {
		if !as.Required || hasRaw(body, as.Name) {
			continue
		}
		detail := fmt.Sprintf("Every %s block needs %s", s.Type, as.Name)
		if as.Kind == language.Enum {
			detail += ": one of " + strings.Join(as.Enum, ", ")
		} else if as.Kind == language.Ref {
			detail += fmt.Sprintf(", e.g. %s = %s.NAME", as.Name, as.RefTypes[0])
		}
		d.add(diag.Error(CodeMissingAttribute, fmt.Sprintf("Missing required attribute %q", as.Name),
			fmt.Sprintf("%s. Add it to %s.", detail, meta.Address()), meta.DefRange))
	}
}

func hasRaw(body rawBody, name string) bool {
	for _, a := range body.Attrs {
		if a.Name == name {
			return true
		}
	}
	return false
}

func (d *decoder) unknownAttribute(s *language.Block, a *rawAttr) {
	names := s.AttributeNames()
	detail := fmt.Sprintf("%s %s block has no attribute %q.", english.Capitalise(english.Article(s.Type)), s.Type, a.Name)
	if sug := suggest(a.Name, names); sug != "" {
		detail += fmt.Sprintf(" Did you mean %q?", sug)
	} else if n := s.Nested(a.Name); n != nil {
		detail += fmt.Sprintf(" %s is a nested block: write %s \"NAME\" { ... }.", a.Name, a.Name)
	} else {
		detail += " Its attributes are: " + strings.Join(names, ", ") + "."
	}
	d.add(diag.Error(CodeUnknownAttribute, fmt.Sprintf("Unknown attribute %q", a.Name), detail, a.NameRange))
}

// parentOf names the block type that nests blocks of type typ, or "".
func parentOf(typ string) string {
	for _, b := range language.Blocks {
		if b.Nested(typ) != nil {
			return b.Type
		}
	}
	return ""
}
