package inventory

import (
	"math"
	"testing"
)

func TestSuggestDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2019-02-30", "2019-02-28"}, // the last day of that month
		{"2020-02-30", "2020-02-29"}, // a leap year
		{"2019-04-31", "2019-04-30"},
		{"2019-3-1", "2019-03-01"},
		{"2019/03/31", "2019-03-31"},
		{"2019.12.5", "2019-12-05"},
		{"2019-13-01", ""}, // no such month: no guess
		{"2019-02-00", ""},
		{"2019-02-32", ""}, // not a day of any month
		{"1970-01-01", ""}, // before 1971
		{"2019-03-31", ""}, // already right
		{"31/03/2019", ""},
		{"", ""},
	} {
		if got := SuggestDate(c.in); got != c.want {
			t.Errorf("SuggestDate(%q) = %q, want %q", c.in, got, c.want)
		}
		if c.want != "" {
			if _, err := ParseDate(c.want); err != nil {
				t.Errorf("suggestion %q does not parse: %v", c.want, err)
			}
		}
	}
}

// TestAddDaysNeverWraps checks date arithmetic saturates instead of
// wrapping round to a date before the start (wave_days = 2147483647 once
// put wave 2 in the year -5877584).
func TestAddDaysNeverWraps(t *testing.T) {
	d := DateOf(2019, 4, 1)
	if got := d.AddDays(math.MaxInt32); got != math.MaxInt32 || got <= MaxDate {
		t.Errorf("AddDays(MaxInt32) = %d", got)
	}
	if got := d.AddDays(math.MinInt64); got != math.MinInt32 {
		t.Errorf("AddDays(MinInt64) = %d", got)
	}
	if got := MaxDate.AddDays(1); got <= MaxDate || got.AddDays(-1) != MaxDate {
		t.Errorf("the day after MaxDate is %d", got)
	}
	if MaxDate.String() != "9999-12-31" {
		t.Errorf("MaxDate is %s", MaxDate)
	}
	if d, err := ParseDate("9999-12-31"); err != nil || d != MaxDate {
		t.Errorf("ParseDate(9999-12-31) = %v, %v", d, err)
	}
}
