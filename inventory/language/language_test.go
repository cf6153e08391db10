package language

import (
	"testing"

	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TestSchemaConsistent checks the schema tables: unique names that are
// identifiers, enums with values, references to labelled block types.
func TestSchemaConsistent(t *testing.T) {
	seen := map[string]bool{}
	for _, b := range append(append([]*Block{}, Blocks...), Freeze) {
		if seen[b.Type] {
			t.Errorf("block %s listed twice", b.Type)
		}
		seen[b.Type] = true
		if b.Doc == "" {
			t.Errorf("block %s has no doc", b.Type)
		}
		if b.Unique != (len(b.Labels) == 0) {
			t.Errorf("block %s: unique blocks are exactly the unlabelled ones", b.Type)
		}
		names := map[string]bool{}
		for _, a := range b.Attributes {
			if names[a.Name] || !hclsyntax.ValidIdentifier(a.Name) {
				t.Errorf("%s.%s: duplicate or invalid name", b.Type, a.Name)
			}
			names[a.Name] = true
			if a.Doc == "" {
				t.Errorf("%s.%s has no doc", b.Type, a.Name)
			}
			if (a.Kind == Enum) != (len(a.Enum) > 0) {
				t.Errorf("%s.%s: enum values only and always for Enum", b.Type, a.Name)
			}
			if (a.Kind == Ref || a.Kind == RefList) != (len(a.RefTypes) > 0) {
				t.Errorf("%s.%s: ref types only and always for references", b.Type, a.Name)
			}
			for _, rt := range a.RefTypes {
				if l := Lookup(rt); l == nil || len(l.Labels) == 0 {
					t.Errorf("%s.%s refers to %s, which is not an asset type", b.Type, a.Name, rt)
				}
			}
			if a.Bound != Any && a.Kind != Number && a.Kind != Int {
				t.Errorf("%s.%s: bounds are for numbers", b.Type, a.Name)
			}
			// Every number has an upper bound, and only numbers do.
			if numeric := a.Kind == Number || a.Kind == Int; numeric != (a.Max > 0) || a.Bound == Fraction && a.Max != 1 {
				t.Errorf("%s.%s: Max %g", b.Type, a.Name, a.Max)
			}
		}
	}
	if got := len(AssetTypes()); got != 9 {
		t.Errorf("%d asset types, want 9", got)
	}
	if Lookup("plan").Nested("freeze") != Freeze || Lookup("nope") != nil {
		t.Error("Lookup or Nested broken")
	}
}
