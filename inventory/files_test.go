package inventory

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/limits"
	"github.com/hashicorp/hcl/v2"
)

const ldNet = "network \"kcom\" {\n  role = \"legacy\"\n}\n"

// ldWrite creates files (name -> content) under dir.
func ldWrite(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func ldSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// ldOne expects exactly one diagnostic and returns "file:line:col sev[code]".
func ldOne(t *testing.T, diags hcl.Diagnostics) string {
	t.Helper()
	if len(diags) != 1 {
		t.Fatalf("want 1 diagnostic, got %d:\n%s", len(diags), ldDiagText(diags))
	}
	return ldGot(diags)[0]
}

func ldFileNames(m *Model) []string {
	var out []string
	for _, f := range m.Files {
		out = append(out, f.Name)
	}
	return out
}

func TestLoadMissingPath(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "nope")
	m, diags := Load([]string{p}, LoadOptions{})
	if got, want := ldOne(t, diags), p+":1:1: error[path-not-found]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if m == nil || len(m.Files) != 0 {
		t.Errorf("want an empty model, got %v", m)
	}
}

func TestLoadEmptyDirectory(t *testing.T) {
	dir := t.TempDir()
	ldWrite(t, dir, map[string]string{"README.md": "not inventory", ".hidden/x.hcl": ldNet})
	_, diags := Load([]string{dir}, LoadOptions{})
	if got, want := ldOne(t, diags), dir+":1:1: error[no-inventory-files]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestLoadSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	ldWrite(t, dir, map[string]string{"net.hcl": ldNet, "sub/dev.hcl": "device \"sw\" {\n  network = network.kcom\n}\n"})
	ldSymlink(t, "..", filepath.Join(dir, "sub", "up"))
	ldSymlink(t, "self.hcl", filepath.Join(dir, "self.hcl"))
	m, diags := Load([]string{dir}, LoadOptions{})
	got := ldGot(diags)
	want := []string{
		filepath.Join(dir, "self.hcl") + ":1:1: error[symlink-loop]",
		filepath.Join(dir, "sub", "up") + ":1:1: error[symlink-loop]",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if len(m.Devices) != 1 || len(m.Networks) != 1 {
		t.Errorf("want the files outside the loop loaded once: %v", ldFileNames(m))
	}
}

func TestLoadFollowsSymlinkedFolderOnce(t *testing.T) {
	dir := t.TempDir()
	ldWrite(t, dir, map[string]string{"inv/net.hcl": ldNet, "shared/dev.hcl": "device \"sw\" {\n  network = network.kcom\n}\n"})
	ldSymlink(t, "../shared", filepath.Join(dir, "inv", "shared"))
	inv := filepath.Join(dir, "inv")
	// The shared folder is reached through the link and named again: it
	// is loaded once, under the first name found.
	m, diags := Load([]string{inv, filepath.Join(dir, "shared"), filepath.Join(inv, "net.hcl")}, LoadOptions{})
	if len(diags) != 0 {
		t.Fatalf("unexpected diagnostics:\n%s", ldDiagText(diags))
	}
	want := []string{filepath.Join(inv, "net.hcl"), filepath.Join(inv, "shared", "dev.hcl")}
	if got := ldFileNames(m); !reflect.DeepEqual(got, want) {
		t.Errorf("files %v, want %v", got, want)
	}
}

func TestLoadBrokenSymlink(t *testing.T) {
	dir := t.TempDir()
	ldWrite(t, dir, map[string]string{"net.hcl": ldNet})
	ldSymlink(t, "gone.hcl", filepath.Join(dir, "old.hcl"))
	ldSymlink(t, "gone.txt", filepath.Join(dir, "old.txt")) // not an inventory name: ignored
	_, diags := Load([]string{dir}, LoadOptions{})
	got := ldGot(diags)
	want := []string{
		filepath.Join(dir, "old.hcl") + ":1:1: error[unreadable]",
		filepath.Join(dir, "old.hcl") + ":1:1: warning[checks-skipped]",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestLoadBinaryAndNonUTF8(t *testing.T) {
	dir := t.TempDir()
	ldWrite(t, dir, map[string]string{
		"a.hcl":      ldNet,
		"bin.hcl":    "network \"x\" {\n  role = \"le\x00gacy\"\n}\n",
		"latin1.hcl": "# caf\xe9\nnetwork \"y\" {\n  role = \"target\"\n}\n",
	})
	m, diags := Load([]string{dir}, LoadOptions{})
	got := ldGot(diags)
	want := []string{
		filepath.Join(dir, "bin.hcl") + ":1:1: warning[checks-skipped]",
		filepath.Join(dir, "bin.hcl") + ":2:13: error[binary-file]",
		filepath.Join(dir, "latin1.hcl") + ":1:6: error[invalid-utf8]",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v\n%s", got, want, ldDiagText(diags))
	}
	if names := ldFileNames(m); len(names) != 1 || len(m.Networks) != 1 {
		t.Errorf("want only a.hcl loaded, got %v", names)
	}
}

func TestLoadEmptyFileWarns(t *testing.T) {
	dir := t.TempDir()
	ldWrite(t, dir, map[string]string{"a.hcl": ldNet, "empty.hcl": " \n\n", "empty.hcl.json": ""})
	_, diags := Load([]string{dir}, LoadOptions{})
	if diags.HasErrors() {
		t.Fatalf("unexpected errors:\n%s", ldDiagText(diags))
	}
	want := []string{
		filepath.Join(dir, "empty.hcl.json") + ":1:1: warning[empty-file]",
		filepath.Join(dir, "empty.hcl") + ":1:1: warning[empty-file]",
	}
	if got := ldGot(diags); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestLoadNames checks that file names are the argument joined with the
// path below it, that hidden folders and files are skipped and that the
// order is sorted.
func TestLoadNames(t *testing.T) {
	dir := t.TempDir()
	ldWrite(t, dir, map[string]string{
		"net.hcl":           ldNet,
		"b/dev.hcl.json":    `{"device": {"sw": {"network": "network.kcom"}}}`,
		"a/apps.hcl":        "application \"x\" {\n  network = network.kcom\n}\n",
		".git/junk.hcl":     "not { hcl",
		"a/.#apps.hcl":      "not { hcl",
		"a/notes.txt":       "not { hcl",
		"a/deep/er/net.hcl": "network \"psn\" {\n  role = \"target\"\n}\n",
	})
	t.Chdir(dir)
	m, diags := Load([]string{"."}, LoadOptions{})
	if len(diags) != 0 {
		t.Fatalf("unexpected diagnostics:\n%s", ldDiagText(diags))
	}
	want := []string{"a/apps.hcl", "a/deep/er/net.hcl", "b/dev.hcl.json", "net.hcl"}
	if got := ldFileNames(m); !reflect.DeepEqual(got, want) {
		t.Errorf("files %v, want %v", got, want)
	}
	m, _ = Load([]string{"a"}, LoadOptions{})
	if got := ldFileNames(m); len(got) != 2 || got[0] != filepath.Join("a", "apps.hcl") {
		t.Errorf("files %v, want a/apps.hcl first", got)
	}
	if m.Applications[0].DefRange.Filename != filepath.Join("a", "apps.hcl") {
		t.Errorf("range file %q", m.Applications[0].DefRange.Filename)
	}
}

// TestLoadDeterministic loads the same estate twice, and in memory, and
// expects identical models and diagnostics.
func TestLoadDeterministic(t *testing.T) {
	dirs := []string{"testdata/load/valid/full", "testdata/load/invalid/references", "testdata/load/syntax/json"}
	m1, d1 := Load(dirs, LoadOptions{Today: ldToday})
	m2, d2 := Load(dirs, LoadOptions{Today: ldToday})
	if !reflect.DeepEqual(m1, m2) {
		t.Error("two loads gave different models")
	}
	if !reflect.DeepEqual(d1, d2) {
		t.Errorf("two loads gave different diagnostics:\n%s\n%s", ldDiagText(d1), ldDiagText(d2))
	}
	// The worker count must not change the outcome.
	prev := runtime.GOMAXPROCS(1)
	m4, d4 := Load(dirs, LoadOptions{Today: ldToday})
	runtime.GOMAXPROCS(8)
	m5, d5 := Load(dirs, LoadOptions{Today: ldToday})
	runtime.GOMAXPROCS(prev)
	if !reflect.DeepEqual(m1, m4) || !reflect.DeepEqual(m1, m5) || !reflect.DeepEqual(d1, d4) || !reflect.DeepEqual(d1, d5) {
		t.Error("the number of workers changed the result")
	}
	m3, d3 := LoadSources(m1.Files, LoadOptions{Today: ldToday})
	if ldDump(m3, true) != ldDump(m1, true) || ldDiagText(d3) != ldDiagText(d1) {
		t.Error("LoadSources differs from Load on the same files")
	}
}

// TestLoadDefaultsToday checks estate.as_of defaults to LoadOptions.Today
// and that an estate is always present.
func TestLoadDefaultsToday(t *testing.T) {
	m, diags := LoadSources([]SourceFile{{Name: "n.hcl", Bytes: []byte(ldNet)}}, LoadOptions{Today: ldToday})
	if len(diags) != 0 || m.Estate == nil || m.Estate.AsOf != ldToday {
		t.Fatalf("estate %+v, diags %v", m.Estate, diags)
	}
	m, _ = LoadSources([]SourceFile{{Name: "n.hcl", Bytes: []byte(ldNet)}}, LoadOptions{})
	if m.Estate.AsOf.IsZero() {
		t.Error("as_of not defaulted to today")
	}
}

// TestLoadCodesRegistered checks every code the loader raises is
// registered with a title and help, and documented in docs/language.md.
func TestLoadCodesRegistered(t *testing.T) {
	doc, err := os.ReadFile("../docs/language.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range ldCodes {
		r, ok := diag.Lookup(code)
		if !ok || r.Title == "" || r.Help == "" {
			t.Errorf("code %q: registered %v, rule %+v", code, ok, r)
		}
		if !strings.Contains(string(doc), "### `"+code+"`") {
			t.Errorf("docs/language.md has no section ### `%s`", code)
		}
	}
}

var ldCodes = []string{
	CodePathNotFound, CodeUnreadable, CodeNoInventoryFiles, CodeSymlinkLoop, CodeBinaryFile,
	CodeInvalidUTF8, CodeEmptyFile, CodeUnknownBlock, CodeUnknownAttribute, CodeMissingLabel,
	CodeExtraLabel, CodeInvalidLabel, CodeWrongType, CodeInvalidExpression, CodeUnknownEnumValue,
	CodeInvalidDate, CodeInvalidCurrency, CodeNegativeNumber, CodeNumberOutOfRange, CodeDuplicateAddress,
	CodeDuplicateBlock, CodeMissingAttribute, CodeDanglingReference, CodeWrongReferenceType,
	CodeQuotedReference, CodeInvalidReference, CodeLinkBetween, CodeDuplicateReference, diag.CodeSyntax,
	diag.CodeChecksSkipped, limits.CodeNestingTooDeep, CodeNotRegularFile, CodeFileTooLarge,
}
