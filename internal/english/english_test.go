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

func TestVerb(t *testing.T) {
	for n, want := range map[int]string{0: "are", 1: "is", 2: "are", -1: "are"} {
		if got := Verb(n, "is", "are"); got != want {
			t.Errorf("Verb(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestAnd(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  string
	}{{nil, ""}, {[]string{"a"}, "a"}, {[]string{"a", "b"}, "a and b"}, {[]string{"a", "b", "c"}, "a, b and c"}} {
		if got := And(c.words); got != c.want {
			t.Errorf("And(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}

func TestArticle(t *testing.T) {
	for word, want := range map[string]string{"application": "an", "endpoints": "an", "network": "a", "device": "a", "": "a"} {
		if got := Article(word); got != want {
			t.Errorf("Article(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestCapitalise(t *testing.T) {
	for in, want := range map[string]string{"": "", "an application": "An application", "é": "É", "X": "X"} {
		if got := Capitalise(in); got != want {
			t.Errorf("Capitalise(%q) = %q, want %q", in, got, want)
		}
	}
}
