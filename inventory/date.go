package inventory

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"time"
)

// Date is a calendar day. The zero Date means "not given". Dates compare
// with <, and subtracting two dates gives the days between them.
type Date int32

// DateLayout is the only accepted date form: ISO YYYY-MM-DD.
const DateLayout = "2006-01-02"

// epochOffset makes 1970-01-01 the Date 1, so that 0 can mean "not given".
const epochOffset = 1

// DateOf returns the Date of a calendar day.
func DateOf(year int, month time.Month, day int) Date {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Date(t.Unix()/86400 + epochOffset)
}

// DateFromTime returns the Date of t's calendar day in t's location.
func DateFromTime(t time.Time) Date {
	return DateOf(t.Year(), t.Month(), t.Day())
}

// MaxDate is the last day decom reads or plans on, 9999-12-31: a later
// day has no YYYY-MM-DD form. A plan's waves stop there.
var MaxDate = DateOf(9999, time.December, 31)

// ParseDate reads an ISO YYYY-MM-DD date and rejects impossible days such as
// 2019-02-30. The error suggests the date most likely meant, when there is
// one (see SuggestDate).
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil || t.Format(DateLayout) != s {
		hint := ""
		if sug := SuggestDate(s); sug != "" {
			hint = fmt.Sprintf("; did you mean %q?", sug)
		}
		return 0, fmt.Errorf("%q is not a date of the form YYYY-MM-DD that exists on the calendar%s", s, hint)
	}
	if t.Year() < 1971 {
		return 0, fmt.Errorf("%q is before 1971; decom plans from 1971 onwards", s)
	}
	return DateFromTime(t), nil
}

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d == 0 }

// Time returns midnight UTC at the start of the day.
func (d Date) Time() time.Time { return time.Unix(int64(d-epochOffset)*86400, 0).UTC() }

// AddDays returns the date n days later (earlier for negative n). The sum
// never wraps round: it stops at the largest and smallest Date, far
// outside the calendar, where comparisons with MaxDate still hold.
func (d Date) AddDays(n int) Date {
	return Date(min(max(int64(d)+int64(n), math.MinInt32), math.MaxInt32))
}

// SuggestDate returns the date s most likely means, or "" when it cannot
// tell: a day past the end of its month is that month's last day
// (2019-02-30 is 2019-02-28), and a date written with single digits or
// another separator is written out (2019/3/1 is 2019-03-01).
func SuggestDate(s string) string {
	m := loose.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	year, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	if month < 1 || month > 12 || day < 1 || year < 1971 {
		return ""
	}
	last := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	sug := fmt.Sprintf("%04d-%02d-%02d", year, month, min(day, last))
	if sug == s || day > 31 {
		return ""
	}
	return sug
}

// loose matches what looks like a date: a four-digit year, a month and a
// day of one or two digits, separated by -, / or .
var loose = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$`)

// String returns YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return d.Time().Format(DateLayout)
}

// MarshalText writes YYYY-MM-DD (empty for the zero Date).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads YYYY-MM-DD; the empty string gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
