package report

import (
	"math"
	"strconv"
	"strings"
)

// Money is an amount of the estate's currency in minor units (pence, cents),
// so that sums and splits are exact: no 379499.99999999994.
//
// As JSON it is a number of major units written exactly, with at most two
// decimals (12000, 379499.99), so `savings.annual` keeps its meaning.
type Money int64

// moneyOf converts an inventory amount (major units) to Money, rounding to
// the nearest minor unit.
func moneyOf(v float64) Money { return Money(math.Round(v * 100)) }

// MarshalJSON writes m as an exact decimal number of major units.
func (m Money) MarshalJSON() ([]byte, error) { return []byte(m.decimal(false)), nil }

// decimal writes m in major units: "12000" or "379499.99"; grouped puts
// thousands separators in the whole part.
func (m Money) decimal(grouped bool) string {
	neg := m < 0
	u := uint64(m)
	if neg {
		u = uint64(-m)
	}
	whole := strconv.FormatUint(u/100, 10)
	if grouped {
		whole = thousands(whole)
	}
	s := whole
	if frac := u % 100; frac != 0 {
		s += "." + strconv.FormatUint(frac/10, 10) + strconv.FormatUint(frac%10, 10)
	}
	if neg {
		s = "-" + s
	}
	return s
}

// thousands puts a comma between each group of three digits.
func thousands(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head > 0 {
		b.WriteString(digits[:head])
	}
	for i := head; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// symbols are the currency signs people expect in front of an amount; any
// other ISO 4217 code is written before the amount with a space.
var symbols = map[string]string{"GBP": "£", "EUR": "€", "USD": "$", "JPY": "¥", "INR": "₹"}

// Format writes m for people in the given ISO 4217 currency: "£2,400,000",
// "£379,499.99", "CHF 1,250"; with no currency, the grouped number alone.
func (m Money) Format(currency string) string {
	s := m.decimal(true)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "−", s[1:]
	}
	switch sym, ok := symbols[currency]; {
	case ok:
		return sign + sym + s
	case currency != "":
		return sign + currency + " " + s
	}
	return sign + s
}

// split gives each weight (a share of 1) its part of total in whole minor
// units, so that the parts add up exactly to total times the sum of the
// weights, rounded (largest remainder; ties to the earlier weight): shares
// that sum to 1 split total to the penny.
func split(total Money, weights []float64) []Money {
	out := make([]Money, len(weights))
	sum := 0.0
	for _, w := range weights {
		sum += w
	}
	if sum <= 0 {
		return out
	}
	target := Money(math.Round(float64(total) * sum))
	rem := make([]float64, len(weights))
	given := Money(0)
	for i, w := range weights {
		exact := float64(total) * w
		out[i] = Money(math.Floor(exact))
		rem[i] = exact - math.Floor(exact)
		given += out[i]
	}
	for left := target - given; left > 0; left-- {
		best := -1
		for i := range rem {
			if best < 0 || rem[i] > rem[best] {
				best = i
			}
		}
		out[best]++
		rem[best] = -1
	}
	return out
}
