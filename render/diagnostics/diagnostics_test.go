package diagnostics

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/decomhq/decom/internal/golden"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// workDir is the directory the fixture pretends to run in; absPath is a
// file under it named by an absolute path.
const (
	workDir = "/srv/estate"
	absPath = "/srv/estate/sites/empty.hcl"
)

func init() {
	diag.Register(
		diag.Rule{Code: "unknown-enum", Title: "Unknown enum value", Help: "Use one of the values the detail lists."},
		diag.Rule{Code: "unknown-attribute", Title: "Unknown attribute", Help: "Remove the attribute or correct its name; the detail suggests the nearest one."},
		diag.Rule{Code: "dangling-reference", Title: "Reference to an undeclared asset", Help: "Declare the asset or correct the address."},
		diag.Rule{Code: "retain-on-decommissioned", Title: "Asset retained on a network being decommissioned", Help: "Give the asset a disposition that moves or retires it.", PlanBlocker: true},
		diag.Rule{Code: "retire-with-dependents", Title: "Retired while still depended on", Help: "Move or retire the dependents first."},
		diag.Rule{Code: "support-ended", Title: "Support already ended", Help: "Plan the asset in an early wave.", Warning: true},
		diag.Rule{Code: "empty-file", Title: "Empty inventory file", Help: "Add blocks or delete the file.", Warning: true},
	)
}

// fixture reads testdata/src, the source of the hand-made diagnostics.
func fixture(t *testing.T) map[string][]byte {
	t.Helper()
	srcs := map[string][]byte{}
	for _, name := range []string{"net.hcl", "apps.hcl", "broken.hcl"} {
		b, err := os.ReadFile(filepath.Join("testdata", "src", name))
		if err != nil {
			t.Fatal(err)
		}
		srcs["examples/demo/"+name] = b
	}
	srcs[absPath] = nil
	return srcs
}

// span returns the range of the n-th (from 1) occurrence of text in file,
// with HCL's 1-based lines and columns and 0-based bytes.
func span(t *testing.T, srcs map[string][]byte, file, text string, n int) hcl.Range {
	t.Helper()
	src := srcs[file]
	off := -1
	for i := 0; i < n; i++ {
		j := bytes.Index(src[off+1:], []byte(text))
		if j < 0 {
			t.Fatalf("%q occurs fewer than %d times in %s", text, n, file)
		}
		off += 1 + j
	}
	return hcl.Range{Filename: file, Start: posAt(src, off), End: posAt(src, off+len(text))}
}

func posAt(src []byte, off int) hcl.Pos {
	before := src[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return hcl.Pos{Line: line, Column: col, Byte: off}
}

// sampleDiagnostics covers every shape a renderer meets: errors and
// warnings, HCL's own syntax errors, single-line, two-line and long ranges,
// tabs and non-ASCII text, characters that need escaping, a diagnostic
// about a whole file given by an absolute path, one about no file at all,
// a code nobody registered and one with related places in two files. They are deliberately out of order.
func sampleDiagnostics(t *testing.T, srcs map[string][]byte) hcl.Diagnostics {
	net, apps, broken := "examples/demo/net.hcl", "examples/demo/apps.hcl", "examples/demo/broken.hcl"
	blockEnd := span(t, srcs, apps, "}", 1)
	whole := hcl.Range{Filename: apps, Start: span(t, srcs, apps, "application", 1).Start, End: blockEnd.End}
	retire := span(t, srcs, apps, "network", 1)
	retire.End = span(t, srcs, apps, `"retire"`, 1).End
	unterminated := span(t, srcs, broken, `"Headquarters`, 1)
	unterminated.End = span(t, srcs, broken, "}", 1).Start
	return hcl.Diagnostics{
		diag.WithRelated(diag.Error("retire-with-dependents", "Application retired while still depended on",
			"application.crime_records is retired, but application.command_and_control (disposition retain) depends on it.", retire),
			diag.Related{Message: `application.command_and_control: disposition = "retain"`, Range: span(t, srcs, apps, `"retain"`, 1)},
			diag.Related{Message: "network.kcom", Range: span(t, srcs, net, `network "kcom"`, 1)}),
		diag.Warning("support-ended", "Support already ended",
			"Support for network.kcom ended on 2019-03-31, before as_of: 100%, no margin.\nPlan it in wave 1.", span(t, srcs, net, `"2019-03-31"`, 1)),
		diag.Error("unknown-enum", `Unknown network role "legcy"`,
			`The role must be one of legacy, transition or target. Did you mean "legacy"?`, span(t, srcs, net, `"legcy"`, 1)),
		diag.Error("retain-on-decommissioned", "Application retained on a network being decommissioned",
			"application.command_and_control is retained, but it is hosted on device.hin_esx_01 on network.kcom, which is decommissioned.\nGive it a disposition that moves it (rehost, relocate, ...) or retire it.", whole),
		{Severity: hcl.DiagError, Summary: "Unterminated template string", Detail: "No closing marker was found for the string.", Subject: &unterminated},
		diag.Error("dangling-reference", "Reference to an undeclared application",
			`There is no application "gazetteer". Did you mean application.niche_rms?`, span(t, srcs, apps, "application.gazetteer", 1)),
		diag.Error("unknown-attribute", `Unknown attribute "rol"`,
			`network blocks have no attribute "rol". Did you mean "role"?`, span(t, srcs, net, "rol ", 1)),
		diag.Warning("name-style", "Name has <non-ASCII> characters",
			"", span(t, srcs, net, `"Réseau cible – PSN"`, 1)),
		diag.Warning("empty-file", "Empty inventory file", "The file declares no blocks.", hcl.Range{Filename: absPath}),
		{Severity: hcl.DiagError, Summary: "No inventory files", Detail: `No *.hcl or *.hcl.json files were found under "missing".`, Extra: diag.Extra{Code: "no-inventory-files"}},
	}
}

// reports are the golden cases: every shape of diagnostic, and a clean run.
func reports(t *testing.T) map[string]*Report {
	srcs := fixture(t)
	return map[string]*Report{
		"report": NewReport(sampleDiagnostics(t, srcs), srcs, 4, 3),
		"clean":  NewReport(nil, srcs, 4, 312),
	}
}

// variants are the golden files of each case: a format and its options.
var variants = []struct {
	ext    string
	format string
	opts   Options
}{
	{"txt", "text", Options{}},
	{"color.txt", "text", Options{Color: true}},
	{"json", "json", Options{}},
	{"sarif", "sarif", Options{WorkDir: workDir, ToolVersion: "v0.0.0-test"}},
	{"github", "github", Options{WorkDir: workDir}},
}

func render(t *testing.T, r *Report, format string, o Options) []byte {
	t.Helper()
	f, err := Formats.Lookup(format)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f(&buf, Input{r, o}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGolden compares every format with testdata/golden. Run
// `go test ./render/diagnostics -update` to rewrite them.
func TestGolden(t *testing.T) {
	for name, r := range reports(t) {
		for _, v := range variants {
			path := filepath.Join("testdata", "golden", name+"."+v.ext)
			t.Run(name+"."+v.ext, func(t *testing.T) {
				got := render(t, r, v.format, v.opts)
				if again := render(t, r, v.format, v.opts); !bytes.Equal(got, again) {
					t.Fatal("two renderings of the same report differ")
				}
				golden.Check(t, path, got)
			})
		}
	}
}

func TestFormats(t *testing.T) {
	if got, want := strings.Join(Formats.Names(), ","), "text,json,sarif,github"; got != want {
		t.Errorf("Formats.Names() = %s, want %s", got, want)
	}
	_, err := Formats.Lookup("xml")
	if err == nil || err.Error() != `unknown format "xml" for --format; valid formats: text, json, sarif, github` {
		t.Errorf("Lookup(xml) error = %v", err)
	}
}

func TestSummary(t *testing.T) {
	mk := func(sev ...hcl.DiagnosticSeverity) hcl.Diagnostics {
		var ds hcl.Diagnostics
		for _, s := range sev {
			ds = append(ds, &hcl.Diagnostic{Severity: s, Summary: "x"})
		}
		return ds
	}
	cases := []struct {
		r    *Report
		want string
	}{
		{NewReport(nil, nil, 5, 312), "ok: 5 files, 312 assets, no problems"},
		{NewReport(nil, nil, 1, 1), "ok: 1 file, 1 asset, no problems"},
		{NewReport(mk(hcl.DiagError, hcl.DiagError, hcl.DiagWarning), nil, 5, 0), "2 errors, 1 warning in 5 files"},
		{NewReport(mk(hcl.DiagWarning, hcl.DiagWarning), nil, 1, 0), "0 errors, 2 warnings in 1 file"},
	}
	for _, c := range cases {
		if got := c.r.Summary(); got != c.want {
			t.Errorf("Summary() = %q, want %q", got, c.want)
		}
	}
}

func TestNewReportSortsACopy(t *testing.T) {
	srcs := fixture(t)
	in := sampleDiagnostics(t, srcs)
	first := in[0]
	r := NewReport(append(in, nil), srcs, 1, 1)
	if in[0] != first {
		t.Error("NewReport reordered its argument")
	}
	if len(r.Diagnostics) != len(in) || r.Errors != 7 || r.Warnings != 3 {
		t.Errorf("got %d diagnostics, %d errors, %d warnings", len(r.Diagnostics), r.Errors, r.Warnings)
	}
	// The root cause (HCL's syntax error) first, then diagnostics without
	// a position, then the rest by file and position.
	if got := diag.Code(r.Diagnostics[0]); got != diag.CodeSyntax {
		t.Errorf("the syntax error should sort first, got %s", got)
	}
	if diag.Code(r.Diagnostics[1]) != "no-inventory-files" || diag.Code(r.Diagnostics[2]) != "empty-file" {
		t.Errorf("diagnostics without a position should sort next, got %s, %s", diag.Code(r.Diagnostics[1]), diag.Code(r.Diagnostics[2]))
	}
}
