package inventory

import (
	"sort"

	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// rawAttr is one attribute as written, in either syntax.
type rawAttr struct {
	Name      string
	NameRange hcl.Range
	Range     hcl.Range // the whole attribute
	Expr      hcl.Expression
}

// rawBlock is one block as written, in either syntax: the decoder works on
// these so that native and JSON files decode through the same code.
type rawBlock struct {
	Type        string
	TypeRange   hcl.Range
	Labels      []string
	LabelRanges []hcl.Range
	DefRange    hcl.Range
	BodyRange   hcl.Range
	// json blocks get their labels from the schema; native blocks are
	// checked against it by the decoder.
	json   bool
	native *hclsyntax.Body
	body   hcl.Body // the JSON body
}

// rawBody is a body's attributes (in source order) and blocks.
type rawBody struct {
	Attrs  []rawAttr
	Blocks []*rawBlock
}

// nativeBody lists a native body's attributes and blocks.
func nativeBody(b *hclsyntax.Body) rawBody {
	var out rawBody
	out.Attrs = make([]rawAttr, 0, len(b.Attributes))
	for _, a := range b.Attributes {
		out.Attrs = append(out.Attrs, rawAttr{Name: a.Name, NameRange: a.NameRange, Range: a.SrcRange, Expr: a.Expr})
	}
	sortAttrs(out.Attrs)
	out.Blocks = make([]*rawBlock, 0, len(b.Blocks))
	for _, blk := range b.Blocks {
		out.Blocks = append(out.Blocks, &rawBlock{
			Type:        blk.Type,
			TypeRange:   blk.TypeRange,
			Labels:      blk.Labels,
			LabelRanges: blk.LabelRanges,
			DefRange:    blk.DefRange(),
			BodyRange:   blk.Range(),
			native:      blk.Body,
		})
	}
	return out
}

// jsonBody lists a JSON body's attributes and blocks. JSON needs the schema
// to tell blocks from attributes: nested are the block types the body may
// hold; every other property is an attribute.
func jsonBody(b hcl.Body, nested []*language.Block) (rawBody, hcl.Diagnostics) {
	var out rawBody
	var diags hcl.Diagnostics
	remain := b
	if len(nested) > 0 {
		schema := &hcl.BodySchema{}
		for _, n := range nested {
			schema.Blocks = append(schema.Blocks, hcl.BlockHeaderSchema{Type: n.Type, LabelNames: n.Labels})
		}
		content, rest, ds := b.PartialContent(schema)
		diags = append(diags, ds...)
		remain = rest
		for _, blk := range content.Blocks {
			// HCL's JSON DefRange is the body's opening brace; point at
			// the name instead, as the native syntax does.
			def := blk.TypeRange
			if n := len(blk.LabelRanges); n > 0 {
				def = blk.LabelRanges[n-1]
			}
			out.Blocks = append(out.Blocks, &rawBlock{
				Type:        blk.Type,
				TypeRange:   blk.TypeRange,
				Labels:      blk.Labels,
				LabelRanges: blk.LabelRanges,
				DefRange:    def,
				BodyRange:   hcl.RangeBetween(blk.TypeRange, blk.Body.MissingItemRange()),
				json:        true,
				body:        blk.Body,
			})
		}
	}
	attrs, ds := remain.JustAttributes()
	diags = append(diags, ds...)
	out.Attrs = make([]rawAttr, 0, len(attrs))
	for _, a := range attrs {
		out.Attrs = append(out.Attrs, rawAttr{Name: a.Name, NameRange: a.NameRange, Range: a.Range, Expr: a.Expr})
	}
	sortAttrs(out.Attrs)
	return out, diags
}

// body lists the block's own attributes and nested blocks.
func (b *rawBlock) content(schema *language.Block) (rawBody, hcl.Diagnostics) {
	if b.native != nil {
		return nativeBody(b.native), nil
	}
	if b.body == nil {
		return rawBody{}, nil
	}
	return jsonBody(b.body, schema.Blocks)
}

func sortAttrs(as []rawAttr) {
	sort.Slice(as, func(i, j int) bool { return as[i].Range.Start.Byte < as[j].Range.Start.Byte })
}
