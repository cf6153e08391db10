package main

import (
	"os"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestImportDocExample checks that the worked example of docs/import.md is
// the one the script import_csv_worked_example.txtar runs: every input file,
// the generated file and what each command prints (the .out files, shown
// after their "$ command" line) appear in the doc verbatim.
func TestImportDocExample(t *testing.T) {
	doc, err := os.ReadFile("../../docs/import.md")
	if err != nil {
		t.Fatal(err)
	}
	ar, err := txtar.ParseFile("testdata/script/import_csv_worked_example.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range ar.Files {
		if !strings.Contains(string(doc), "\n"+string(f.Data)+"```") {
			t.Errorf("docs/import.md does not show %s as the script has it", f.Name)
		}
	}
}
