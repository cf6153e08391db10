package inventory

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/golden"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// ldToday fixes the loader's clock in tests.
var ldToday = DateOf(2019, 1, 1)

// ldMarker matches an expected diagnostic written as a comment on the line
// it is about: "# ERROR: code COLUMN" (or WARNING), several per line
// separated by ";".
var ldMarker = regexp.MustCompile(`(ERROR|WARNING): ([a-z0-9-]+) (\d+)`)

// ldExpected reads the markers of every .hcl file under dir.
func ldExpected(t *testing.T, dir string) []string {
	t.Helper()
	var want []string
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".hcl") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			text := sc.Text()
			i := strings.LastIndex(text, "# ")
			if i < 0 {
				continue
			}
			for _, m := range ldMarker.FindAllStringSubmatch(text[i:], -1) {
				want = append(want, fmt.Sprintf("%s:%d:%s: %s[%s]", path, line, m[3], strings.ToLower(m[1]), m[2]))
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(want)
	return want
}

// ldGot renders diagnostics the way markers are written.
func ldGot(diags hcl.Diagnostics) []string {
	var got []string
	for _, d := range diags {
		sev := "error"
		if d.Severity == hcl.DiagWarning {
			sev = "warning"
		}
		got = append(got, fmt.Sprintf("%s:%d:%d: %s[%s]", d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column, sev, diag.Code(d)))
	}
	sort.Strings(got)
	return got
}

// TestLoadInvalid loads each folder of testdata/load/invalid and checks
// that it reports exactly the diagnostics its # ERROR markers name, at
// their file, line and column.
func TestLoadInvalid(t *testing.T) {
	dirs, err := filepath.Glob("testdata/load/invalid/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			m, diags := Load([]string{dir}, LoadOptions{Today: ldToday})
			if m == nil {
				t.Fatal("Load returned a nil model")
			}
			for _, d := range diags {
				if d.Subject == nil {
					t.Fatalf("diagnostic without a subject: %s", d.Summary)
				}
				if code := diag.Code(d); code != diag.CodeSyntax {
					if _, ok := diag.Lookup(code); !ok {
						t.Errorf("code %q is not registered", code)
					}
				}
			}
			ldCheckRefs(t, m)
			got, want := ldGot(diags), ldExpected(t, dir)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("diagnostics differ\n got:\n  %s\nwant:\n  %s\ndetails:\n%s", strings.Join(got, "\n  "), strings.Join(want, "\n  "), ldDiagText(diags))
			}
		})
	}
}

func ldDiagText(diags hcl.Diagnostics) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "  %s: [%s] %s: %s\n", d.Subject, diag.Code(d), d.Summary, d.Detail)
	}
	return b.String()
}

// TestLoadValid loads each folder of testdata/load/valid, expects no
// diagnostics and compares the model, ranges included, with the golden
// file beside it (go test -update rewrites them).
func TestLoadValid(t *testing.T) {
	dirs, err := filepath.Glob("testdata/load/valid/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, dir := range dirs {
		if strings.HasSuffix(dir, ".golden") {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			m, diags := Load([]string{dir}, LoadOptions{Today: ldToday})
			if len(diags) > 0 {
				t.Fatalf("unexpected diagnostics:\n%s", ldDiagText(diags))
			}
			golden.Check(t, dir+".golden", []byte(ldDump(m, true)))
		})
	}
}
