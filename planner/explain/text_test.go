package explain

import "testing"

func TestSlackText(t *testing.T) {
	for days, want := range map[int]string{
		2: "2 days of slack", 1: "1 day of slack", 0: "on the day, no slack", -1: "1 day LATE", -3: "3 days LATE",
	} {
		if got := slackText(days); got != want {
			t.Errorf("slackText(%d) = %q, want %q", days, got, want)
		}
	}
}
