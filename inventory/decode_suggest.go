package inventory

import (
	"github.com/agext/levenshtein"
	"github.com/hashicorp/hcl/v2"
)

// maxSuggestLen is the longest name "did you mean" looks at: edit distance
// costs the product of the two lengths, and a name this long is no typo.
const maxSuggestLen = 256

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
	best, bestDist := "", 3 // a distance of 3 or more is not a near miss
	for _, c := range candidates {
		if d := len(c) - len(given); d >= 3 || d <= -3 {
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

// hclExprList is hcl.ExprList reporting only whether it failed.
func hclExprList(e hcl.Expression) ([]hcl.Expression, bool) {
	exprs, ds := hcl.ExprList(e)
	return exprs, ds.HasErrors()
}
