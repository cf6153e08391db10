package inventory

import (
	"slices"
	"strings"

	"github.com/decomhq/decom/inventory/language"

	"github.com/agext/levenshtein"
)

// This file is decom's one "did you mean": for names in the inventory
// language (block types, attributes, enum values, reference types), for
// references to declared assets, and for addresses given on the command
// line (Model.Suggest).

// maxSuggestLen is the longest name "did you mean" looks at: edit distance
// costs the product of the two lengths, and a name this long is no typo.
const maxSuggestLen = 256

// suggestBudget caps the character comparisons one run of suggestions may
// spend (about a second's work), so that an estate with thousands of
// dangling references stays fast; past it, what remains gets no suggestion.
const suggestBudget = 200_000_000

// nearMiss returns the largest edit distance at which a candidate still
// counts as a likely typo of given: 2, or a third of given's length for
// longer names.
func nearMiss(given string) int { return max(2, (len(given)+2)/3) }

// suggest returns the candidate nearest to given, or "" when none is close
// enough to be a likely typo. Ties go to the earlier candidate.
func suggest(given string, candidates []string) string {
	return suggestWithin(given, candidates, nil)
}

// suggestWithin is suggest that spends at most *budget character
// comparisons (when budget is not nil) and deducts what it spends.
func suggestWithin(given string, candidates []string, budget *int) string {
	if len(given) > maxSuggestLen {
		return ""
	}
	limit := nearMiss(given)
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if d := len(c) - len(given); d > limit || -d > limit {
			continue // the distance is at least the difference in length
		}
		if budget != nil {
			cost := (len(c) + 1) * (len(given) + 1)
			if *budget < cost {
				return best
			}
			*budget -= cost
		}
		if dist := levenshtein.Distance(given, c, nil); dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

// Suggest returns the addresses a mistyped address given on the command
// line most likely meant, or nil when none is close. A bare name
// ("niche_rms") gives every asset of that name or of the nearest name; an
// address of a known type ("device.core_swich") the nearest name of that
// type, else every asset of another type with exactly that name
// ("application.kcom" gives network.kcom); an address of an unknown type
// ("devise.core_sw") the nearest address. The result is in address order.
func (m *Model) Suggest(addr string) []string {
	if len(addr) > maxSuggestLen {
		return nil
	}
	addrs := m.Addresses()
	labels := make([]string, len(addrs))
	for i, a := range addrs {
		labels[i] = m.Lookup(a).AssetMeta().Label
	}
	named := func(label string) []string {
		var out []string
		for i, a := range addrs {
			if labels[i] == label && a != addr {
				out = append(out, a)
			}
		}
		return out
	}
	budget := suggestBudget
	typ, label, typed := strings.Cut(addr, ".")
	switch {
	case !typed:
		if out := named(addr); len(out) > 0 {
			return out
		}
		if s := suggestWithin(addr, labels, &budget); s != "" {
			return named(s)
		}
	case slices.Contains(language.AssetTypes(), typ):
		var names []string
		for i, a := range addrs {
			if strings.HasPrefix(a, typ+".") {
				names = append(names, labels[i])
			}
		}
		if s := suggestWithin(label, names, &budget); s != "" {
			return []string{typ + "." + s}
		}
		return named(label)
	default:
		if s := suggestWithin(addr, addrs, &budget); s != "" {
			return []string{s}
		}
	}
	return nil
}

// Suggest is "did you mean" for names decom reads outside the inventory
// language (import headers, mapping files, command-line values): the
// candidate nearest to given, or "" when none is a likely typo.
func Suggest(given string, candidates []string) string { return suggest(given, candidates) }
