package planout

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/decomhq/decom/planner"
)

// FuzzCells checks that no text from an estate can break the tables: in
// Markdown, a blocker's row keeps exactly its five cell separators (pipes
// not preceded by a backslash) and stays on one line; in CSV, the reason
// reads back unchanged.
func FuzzCells(f *testing.F) {
	for _, s := range []string{"plain", "a | b", "`x|y`", "\\|", "line\nbreak", "\"q\",r", "*_[]<>&#!~", "\r\n|"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, reason string) {
		in := Input{Plan: &planner.Plan{Blockers: []planner.Blocker{
			{Address: "application.x", Action: planner.Retire, Reason: reason},
		}}, Estate: reason}
		md := string(render(t, "markdown", in))
		var row string
		for _, l := range strings.Split(md, "\n") {
			if strings.HasPrefix(l, "| `application.x` |") {
				row = l
			}
		}
		if row == "" {
			t.Fatalf("no blocker row in:\n%s", md)
		}
		if n := separators(row); n != 6 {
			t.Errorf("blocker row has %d cell separators, want 6: %q", n, row)
		}
		if title := strings.SplitN(md, "\n\n", 2)[0]; !strings.HasPrefix(title, "# Migration plan") || strings.Contains(title, "\n") {
			t.Errorf("title is not one heading line: %q", title)
		}

		rows, err := csv.NewReader(bytes.NewReader(render(t, "csv", in))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		// encoding/csv reads \r\n inside a quoted field back as \n.
		want := strings.ReplaceAll(reason, "\r\n", "\n")
		if len(rows) != 2 || rows[1][10] != want {
			t.Errorf("csv reason = %q, want %q", rows[1][10], want)
		}
	})
}

// separators counts the pipes in a Markdown table row that are not escaped
// with a backslash.
func separators(row string) int {
	n := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n
}
