// Package compare tells what changed between two versions of an estate: the
// assets added, removed and edited, and how the plan moved. It answers the
// reviewer's question on an inventory pull request: "what does this change
// do to the plan?"
package compare

import (
	"bytes"
	"encoding/json"
	"sort"

	"github.com/decomhq/decom/inventory"
)

// Change kinds.
const (
	Added   = "added"
	Removed = "removed"
	Changed = "changed"
)

// AssetChange is one asset that differs between the old and new estate.
type AssetChange struct {
	Address string `json:"address"`
	Change  string `json:"change"` // added, removed or changed
	// Attributes lists, for a changed asset, each attribute whose value
	// differs, sorted by name. Empty for added and removed assets.
	Attributes []AttributeChange `json:"attributes,omitempty"`
}

// AttributeChange is one attribute's old and new value, as JSON text
// (`null` when absent).
type AttributeChange struct {
	Name string `json:"name"`
	Old  string `json:"old"`
	New  string `json:"new"`
}

// Assets compares every labelled asset of two estates by address and returns
// the differences sorted by address. Source positions do not count: moving a
// block to another file or line is not a change.
func Assets(old, new *inventory.Model) []AssetChange {
	var out []AssetChange
	oldAddrs, newAddrs := old.Addresses(), new.Addresses()
	i, j := 0, 0
	for i < len(oldAddrs) || j < len(newAddrs) {
		switch {
		case j == len(newAddrs) || (i < len(oldAddrs) && oldAddrs[i] < newAddrs[j]):
			out = append(out, AssetChange{Address: oldAddrs[i], Change: Removed})
			i++
		case i == len(oldAddrs) || newAddrs[j] < oldAddrs[i]:
			out = append(out, AssetChange{Address: newAddrs[j], Change: Added})
			j++
		default:
			addr := oldAddrs[i]
			if attrs := attributeChanges(old.Lookup(addr), new.Lookup(addr)); len(attrs) > 0 {
				out = append(out, AssetChange{Address: addr, Change: Changed, Attributes: attrs})
			}
			i++
			j++
		}
	}
	return out
}

// attributeChanges compares two assets attribute by attribute through their
// JSON form, which leaves out source positions.
func attributeChanges(a, b inventory.Asset) []AttributeChange {
	am, bm := fields(a), fields(b)
	names := make([]string, 0, len(am)+len(bm))
	for n := range am {
		names = append(names, n)
	}
	for n := range bm {
		if _, ok := am[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var out []AttributeChange
	for _, n := range names {
		av, bv := am[n], bm[n]
		if !bytes.Equal(av, bv) {
			out = append(out, AttributeChange{Name: n, Old: text(av), New: text(bv)})
		}
	}
	return out
}

func fields(a inventory.Asset) map[string]json.RawMessage {
	b, err := json.Marshal(a)
	if err != nil {
		// Model types are plain data; marshalling cannot fail.
		panic("compare: " + err.Error())
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		panic("compare: " + err.Error())
	}
	return m
}

func text(v json.RawMessage) string {
	if v == nil {
		return "null"
	}
	return string(v)
}
