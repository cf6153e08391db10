// Package importer turns records kept elsewhere (spreadsheet rows, NetBox
// objects) into inventory blocks, checks them against the inventory they
// join, and writes them as generated HCL files.
//
// A reader (importer/csvimport, importer/netbox) builds Files of Blocks
// whose attributes remember where each value came from (an Origin). Prepare
// resolves their references, renders them, loads them with the rest of the
// inventory and maps every problem the loader finds back to the record it
// came from, so that a fault names the row and column of the spreadsheet
// rather than a line of a file the user never wrote. Write then replaces
// the generated files, never a hand-written one.
package importer

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// Origin is where a value or a record came from.
type Origin struct {
	// Range is the span of the source to point a diagnostic at: a CSV
	// cell, a JSON value.
	Range hcl.Range
	// Where names the place for a person, e.g. `row 4, column "Hosted On"`.
	Where string
}

// Ref is a reference to another asset, by label. Types lists the block
// types it may name; it has exactly one once the reference is resolved.
// Text is the identifier as written, from which Label is made for each
// candidate type (see Label).
type Ref struct {
	Types []string
	Label string
	Text  string
}

// Address is TYPE.LABEL; only meaningful once the reference is resolved.
func (r Ref) Address() string { return r.Types[0] + "." + r.Label }

// Value is an attribute's value: a literal or references.
type Value struct {
	Lit  cty.Value // a string, number or bool; cty.NilVal for references
	Refs []Ref     // for references: one for a single reference
	List bool      // written as a list of references
}

// Attr is one attribute of a generated block.
type Attr struct {
	Name   string
	Value  Value
	Origin Origin
}

// Block is one generated block. ID is the identifier as the source wrote
// it, before it was made into a Label.
type Block struct {
	Type   string
	Label  string
	ID     string
	Attrs  []Attr // in the schema's order
	Origin Origin // the record's identifier
	// Faulty marks a record whose faults are already reported (its faulty
	// values left out): Prepare checks its references and name but not
	// what the loader would say about the values it lacks.
	Faulty bool
}

// File is one generated inventory file.
type File struct {
	// Name is the path the file is written to.
	Name string
	// Source names what it is generated from (a CSV file, NetBox exports)
	// in its header comment.
	Source string
	Blocks []Block
}
