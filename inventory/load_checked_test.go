package inventory

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// TestLoadOutcome checks how LoadAndCheck and LoadForPlan judge an
// inventory: valid, invalid, blocked only by plan blockers, or not
// loadable at all.
func TestLoadOutcome(t *testing.T) {
	const retained = `network "kcom" {
  role = "legacy"
}
device "sw" {
  network     = network.kcom
  disposition = "retain"
}
`
	cases := []struct {
		name       string
		files      map[string]string
		link       string // a symbolic link "sub/up" to ".." when set
		check      LoadOutcome
		plan       LoadOutcome
		planCodes  string // the codes LoadForPlan keeps, sorted
		checkCodes string // the codes LoadAndCheck reports, sorted
	}{
		{"valid", map[string]string{"net.hcl": ldNet}, "", LoadedValid, LoadedValid, "", ""},
		{"invalid", map[string]string{"net.hcl": "network \"kcom\" {\n  role = \"legcy\"\n}\n"}, "", LoadedInvalid, LoadedInvalid,
			"unknown-enum-value", "unknown-enum-value"},
		{"plan blocker", map[string]string{"net.hcl": retained}, "", LoadedInvalid, LoadedValid,
			"", "retain-on-decommissioned"},
		{"syntax", map[string]string{"net.hcl": ldNet, "bad.hcl": "network \"x\" {\n"}, "", LoadedInvalid, LoadedInvalid,
			"checks-skipped,syntax", "checks-skipped,syntax"},
		{"no files", map[string]string{"notes.txt": "x"}, "", NotLoaded, NotLoaded,
			"no-inventory-files", "no-inventory-files"},
		{"symlink loop", map[string]string{"net.hcl": ldNet, "sub/dev.hcl": "device \"sw\" {\n  network = network.kcom\n}\n"}, "sub/up",
			NotLoaded, NotLoaded, "symlink-loop", "symlink-loop"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			ldWrite(t, dir, c.files)
			if c.link != "" {
				ldSymlink(t, "..", filepath.Join(dir, c.link))
			}
			opt := LoadOptions{Today: DateOf(2026, 1, 1)}
			m, diags, got := LoadAndCheck([]string{dir}, opt)
			if m == nil || got != c.check || codesOf(diags) != c.checkCodes {
				t.Errorf("LoadAndCheck: outcome %d, codes %q; want %d, %q", got, codesOf(diags), c.check, c.checkCodes)
			}
			m, diags, got = LoadForPlan([]string{dir}, opt)
			if m == nil || got != c.plan || codesOf(diags) != c.planCodes {
				t.Errorf("LoadForPlan: outcome %d, codes %q; want %d, %q", got, codesOf(diags), c.plan, c.planCodes)
			}
		})
	}
	if _, _, got := LoadAndCheck([]string{filepath.Join(t.TempDir(), "nope")}, LoadOptions{}); got != NotLoaded {
		t.Errorf("a missing path: outcome %d, want NotLoaded", got)
	}
}

// TestLoadFailureRules pins the codes that mean an inventory could not be
// read at all.
func TestLoadFailureRules(t *testing.T) {
	var got []string
	for _, r := range diag.Rules() {
		if r.LoadFailure {
			got = append(got, r.Code)
		}
	}
	if want := "file-too-large,no-inventory-files,not-regular-file,path-not-found,symlink-loop,unreadable"; strings.Join(got, ",") != want {
		t.Errorf("LoadFailure rules %v, want %s", got, want)
	}
}

// codesOf lists the distinct codes of diags, sorted and comma-separated.
func codesOf(diags hcl.Diagnostics) string {
	seen := map[string]bool{}
	var out []string
	for _, d := range diags {
		if c := diag.Code(d); !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}
