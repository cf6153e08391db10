// Package language describes the decom inventory language as data: every
// block type, its labels, its attributes with their types, enum values,
// bounds and the block types a reference may point at. The loader, the
// documentation and the "did you mean" suggestions all read these tables,
// so the language is defined in one place. spec.md beside this file is the
// prose version.
package language

// Kind is the type of an attribute's value.
type Kind int

// Attribute kinds.
const (
	String   Kind = iota // a quoted string
	Number               // any number (costs, effort, shares)
	Int                  // a whole number (counts, ports)
	Bool                 // true or false
	Date                 // an ISO YYYY-MM-DD string naming a real calendar day
	Enum                 // a quoted string from Attribute.Enum
	Ref                  // a bare reference TYPE.NAME to one asset
	RefList              // a list of bare references [TYPE.NAME, ...]
	Currency             // a quoted ISO 4217 currency code: three upper-case letters such as "GBP"
)

// String names the kind the way diagnostics and docs say it.
func (k Kind) String() string {
	switch k {
	case String:
		return "string"
	case Number:
		return "number"
	case Int:
		return "whole number"
	case Bool:
		return "bool"
	case Date:
		return "date"
	case Enum:
		return "string"
	case Ref:
		return "reference"
	case RefList:
		return "list of references"
	case Currency:
		return "currency code"
	}
	return "unknown"
}

// Bound restricts a numeric attribute's value.
type Bound int

// Numeric bounds.
const (
	Any         Bound = iota // no restriction
	NonNegative              // >= 0
	Positive                 // > 0
	Fraction                 // between 0 and 1, both included
)

// Upper bounds of the numeric attributes. Each is far above any real
// estate and far below what would overflow: a hundred thousand assets at
// MaxMoney sum to 1e17, well inside a float64, and MaxWaveDays times
// MaxSoakWaves is a hundred years.
const (
	MaxMoney      = 1e12       // annual_cost: a trillion a year, in any currency
	MaxEffortDays = 100_000    // effort_days of one asset
	MaxPorts      = 100_000    // ports and ports_in_use of one device
	MaxCount      = 10_000_000 // count and users
	MaxWaveDays   = 366        // wave_days: at most a year between waves
	MaxSoakWaves  = 100        // soak_waves
	MaxPerWave    = 1_000_000  // max_changes and max_critical
	MaxWaveEffort = 1_000_000  // max_effort_days
)

// Attribute describes one attribute of a block.
type Attribute struct {
	Name     string
	Kind     Kind
	Required bool     // the block is invalid without it
	Enum     []string // allowed values, for Kind Enum
	RefTypes []string // block types a Ref or RefList may point at
	Bound    Bound    // for Number and Int
	// Max is the largest value a Number or Int takes (every numeric
	// attribute has one): realistic limits that keep sums over an estate
	// finite and dates within the calendar.
	Max float64
	Doc string // one sentence for the reference documentation
}

// Block describes one block type.
type Block struct {
	Type   string
	Labels []string // label names; empty for estate, plan
	// Unique blocks (estate, plan) may appear at most once in an inventory.
	Unique     bool
	Attributes []Attribute
	Blocks     []*Block // nested block types (plan has freeze)
	Doc        string
}

// Attribute returns the schema of the named attribute, or nil.
func (b *Block) Attribute(name string) *Attribute {
	for i := range b.Attributes {
		if b.Attributes[i].Name == name {
			return &b.Attributes[i]
		}
	}
	return nil
}

// AttributeNames returns the block's attribute names in schema order.
func (b *Block) AttributeNames() []string {
	out := make([]string, len(b.Attributes))
	for i, a := range b.Attributes {
		out[i] = a.Name
	}
	return out
}

// Nested returns the schema of the named nested block type, or nil.
func (b *Block) Nested(typ string) *Block {
	for _, n := range b.Blocks {
		if n.Type == typ {
			return n
		}
	}
	return nil
}

// NestedNames returns the nested block types in schema order.
func (b *Block) NestedNames() []string {
	out := make([]string, len(b.Blocks))
	for i, n := range b.Blocks {
		out[i] = n.Type
	}
	return out
}

// Lookup returns the schema of the named top-level block type, or nil.
func Lookup(typ string) *Block {
	for _, b := range Blocks {
		if b.Type == typ {
			return b
		}
	}
	return nil
}

// BlockTypes returns the top-level block types in schema order.
func BlockTypes() []string {
	out := make([]string, len(Blocks))
	for i, b := range Blocks {
		out[i] = b.Type
	}
	return out
}

// AssetTypes returns the block types whose blocks are addressable assets
// (those with a label), in schema order.
func AssetTypes() []string {
	var out []string
	for _, b := range Blocks {
		if len(b.Labels) > 0 {
			out = append(out, b.Type)
		}
	}
	return out
}
