package csvimport

import (
	"strings"
	"testing"

	"github.com/decomhq/decom/importer"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

func TestDetect(t *testing.T) {
	cases := map[string]rune{
		"ID,Name\n":               ',',
		"ID;Name;Network\n":       ';',
		"ID\tName\n":              '\t',
		"ID|Name\n":               '|',
		`"a;b",c` + "\n":          ',',
		"ID\n":                    ',',
		"ID;\"x,y,z\";N\na,b,c\n": ';',
		"":                        ',',
	}
	for in, want := range cases {
		if got := Detect([]byte(in)); got != want {
			t.Errorf("Detect(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadNotUTF8(t *testing.T) {
	src := []byte("ID,Name\ncafe,Caf\xe9 hall\n") // Latin-1 é
	_, _, diags := Read("old.csv", src, Options{Type: "site"})
	if len(diags) != 1 || diag.Code(diags[0]) != importer.CodeEncoding {
		t.Fatalf("diags = %v, want one %s", diags, importer.CodeEncoding)
	}
	if r := diags[0].Subject; r.Start.Line != 2 || r.Start.Column != 9 {
		t.Errorf("subject %s, want line 2 column 9", r)
	}
	if !strings.Contains(diags[0].Detail, "CSV UTF-8") {
		t.Errorf("detail %q does not say how to export", diags[0].Detail)
	}
}

// TestReadRowsCountBlankLinesAndMultilineCells checks that a row is named
// as a spreadsheet numbers it: a blank line is a row, a cell spanning lines
// is one row, and the subject is the cell's own line and column.
func TestReadRowsCountBlankLinesAndMultilineCells(t *testing.T) {
	src := "ID,Name,Support Ends\n" +
		"a,\"two\nlines\",2027-01-01\n" +
		"\n" +
		"b,B,31/02/2027\n"
	_, _, diags := Read("s.csv", []byte(src), Options{Type: "device"})
	var date *hcl.Diagnostic
	for _, d := range diags {
		if diag.Code(d) == importer.CodeInvalidDate {
			date = d
		}
	}
	if date == nil {
		t.Fatalf("no invalid-date diagnostic in %v", diags)
	}
	if !strings.HasPrefix(date.Detail, `Row 4, column "Support Ends": `) {
		t.Errorf("detail %q, want it to name row 4", date.Detail)
	}
	if r := date.Subject; r.Start.Line != 5 || r.Start.Column != 5 || r.End.Column != 15 {
		t.Errorf("subject %s, want line 5 columns 5-15", r)
	}
}
