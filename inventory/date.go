package inventory

import (
	"fmt"
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

// ParseDate reads an ISO YYYY-MM-DD date and rejects impossible days such as
// 2019-02-30.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil || t.Format(DateLayout) != s {
		return 0, fmt.Errorf("%q is not a date of the form YYYY-MM-DD that exists on the calendar", s)
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

// AddDays returns the date n days later (earlier for negative n).
func (d Date) AddDays(n int) Date { return d + Date(n) }

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
