// Package english holds the small helpers decom's messages use to read as
// English: counted nouns ("1 day", "3 days").
package english

import "strconv"

// Plural returns n followed by one when n is 1 and by many otherwise:
// Plural(1, "day", "days") is "1 day", Plural(0, "day", "days") "0 days".
// Negative counts take many ("-1 days"); callers say "late" or "early"
// with the absolute value instead.
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
