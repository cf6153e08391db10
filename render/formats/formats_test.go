package formats

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

func TestList(t *testing.T) {
	write := func(tag string) Writer[int] {
		return func(w io.Writer, v int) error {
			_, err := io.WriteString(w, tag)
			return err
		}
	}
	l := List[int]{{"text", write("T")}, {"json", write("J")}}
	if got := l.Default(); got != "text" {
		t.Errorf("Default() = %q", got)
	}
	if got := l.Usage(); got != "output `FORMAT`: text, json" {
		t.Errorf("Usage() = %q", got)
	}
	w, err := l.Lookup("json")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := w(&b, 1); err != nil || b.String() != "J" {
		t.Errorf("json wrote %q, %v", b.String(), err)
	}
	_, err = l.Lookup("JSON")
	var ue *UnknownError
	if !errors.As(err, &ue) || err.Error() != `unknown format "JSON" for --format; valid formats: text, json` {
		t.Errorf("Lookup(JSON) error = %v", err)
	}
	if (List[int]{}).Default() != "" {
		t.Error("an empty list has a default")
	}
}

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, map[string]any{"name": "Graph <estate> & co", "n": []int{1}}); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"n\": [\n    1\n  ],\n  \"name\": \"Graph <estate> & co\"\n}\n"
	if b.String() != want {
		t.Errorf("JSON wrote %q, want %q", b.String(), want)
	}
}
