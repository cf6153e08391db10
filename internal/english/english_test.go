package english

import "testing"

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 breaches"}, {1, "1 breach"}, {2, "2 breaches"}, {-1, "-1 breaches"}, {1000, "1000 breaches"}} {
		if got := Plural(c.n, "breach", "breaches"); got != c.want {
			t.Errorf("Plural(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
