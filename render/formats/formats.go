// Package formats is the one convention behind every --format flag: a
// command's formats are a List in the order its help shows them (the
// default first), looked up by name with one error message, and every
// format is a Writer of the same shape, func(io.Writer, T) error, where T
// is what that command renders.
package formats

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Writer writes one rendering of v to w.
type Writer[T any] func(w io.Writer, v T) error

// Format is one named output format.
type Format[T any] struct {
	Name  string
	Write Writer[T]
}

// List is the output formats of one kind of output, the default first.
type List[T any] []Format[T]

// Names returns the names of the formats in order, the default first.
func (l List[T]) Names() []string {
	out := make([]string, len(l))
	for i, f := range l {
		out[i] = f.Name
	}
	return out
}

// Default returns the name of the first format, or "" for an empty list.
func (l List[T]) Default() string {
	if len(l) == 0 {
		return ""
	}
	return l[0].Name
}

// Usage is the help text of a --format flag that takes these formats:
// "output `FORMAT`: text, json".
func (l List[T]) Usage() string {
	return "output `FORMAT`: " + strings.Join(l.Names(), ", ")
}

// Lookup returns the writer of the format called name, or an
// *UnknownError listing the valid names.
func (l List[T]) Lookup(name string) (Writer[T], error) {
	for _, f := range l {
		if f.Name == name {
			return f.Write, nil
		}
	}
	return nil, &UnknownError{Name: name, Valid: l.Names()}
}

// UnknownError is the error for a --format value that names no format.
type UnknownError struct {
	Name  string   // the name given
	Valid []string // the names of the formats there are, in order
}

func (e *UnknownError) Error() string {
	return fmt.Sprintf("unknown format %q for --format; valid formats: %s", e.Name, strings.Join(e.Valid, ", "))
}

// JSON writes v to w as one JSON value indented by two spaces, followed
// by a newline, with <, > and & left as they are (no HTML escaping): the
// shape of every JSON format of decom.
func JSON[T any](w io.Writer, v T) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
