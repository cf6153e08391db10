// Package english holds the small helpers decom's messages use to read as
// English: counted nouns ("1 day", "3 days"), verbs that agree with a count
// ("is", "are"), lists ("a, b and c") and articles ("an application").
package english

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// Verb returns the form of a verb or noun that agrees with n subjects:
// one when n is 1, many otherwise. Verb(1, "is", "are") is "is",
// Verb(3, "depends", "depend") "depend".
func Verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// And joins words as English lists them: "", "a", "a and b", "a, b and c".
func And(words []string) string {
	if len(words) <= 1 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// Article returns the indefinite article for word: "an" before a vowel,
// as the block types are spelt ("an application", "an endpoints"), "a"
// otherwise ("a network").
func Article(word string) string {
	if word != "" && strings.ContainsRune("aeiouAEIOU", rune(word[0])) {
		return "an"
	}
	return "a"
}

// Capitalise upper-cases the first letter of s, which begins a sentence:
// an error message or a phrase.
func Capitalise(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
