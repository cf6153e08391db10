package report

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/golden"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// TestGolden writes the report of each estate and compares it with its
// golden file: examples/kcom and the per-rule estates of the planner.
func TestGolden(t *testing.T) {
	estates := map[string]string{
		"kcom":       "../examples/kcom",
		"r6":         "../planner/testdata/estates/r6-deadlines",
		"r8":         "../planner/testdata/estates/r8-blockers",
		"r3-retire":  "../planner/testdata/estates/r3-retire-repurchase",
		"r7-freezes": "../planner/testdata/estates/r7-capacity-freeze",
	}
	for name, dir := range estates {
		t.Run(name, func(t *testing.T) {
			m, diags := inventory.Load([]string{dir}, inventory.LoadOptions{Today: inventory.DateOf(2026, 11, 1)})
			if diags.HasErrors() {
				t.Fatalf("load %s: %v", dir, diags)
			}
			r := New(m, mustPlan(t, m, planner.Options{}))
			for _, f := range Formats {
				format := f.Name
				var b bytes.Buffer
				if err := f.Write(&b, r); err != nil {
					t.Fatal(err)
				}
				golden.Check(t, filepath.Join("testdata", name+map[string]string{"markdown": ".md", "json": ".json"}[format]), b.Bytes())
			}
		})
	}
}

func TestCellEscaping(t *testing.T) {
	if got := cell("a|b\nc"); got != `a\|b c` {
		t.Errorf("cell = %q", got)
	}
	if got := cell("*North* _force_"); got != `\*North\* \_force\_` {
		t.Errorf("cell = %q", got)
	}
	if got := code("x`y|z"); got != "x\\`y\\|z" {
		t.Errorf("code = %q", got)
	}
	if got := code(""); got != "—" {
		t.Errorf("code of nothing = %q", got)
	}
	if got := number(12.50); got != "12.5" {
		t.Errorf("number = %q", got)
	}
}

// TestOneDay checks that a lateness or slack of one day reads "1 day".
func TestOneDay(t *testing.T) {
	d := inventory.DateOf(2026, 3, 1)
	r := &Report{
		Contracts: []Contract{{Address: "contract.c", Ends: d, Covers: 1, LastWave: 2, LastDate: d + 1, DaysLate: 1}},
		Critical: []Critical{
			{Address: "application.a", Wave: 1, Date: d, Deadline: d + 1, DeadlineFrom: "network.n", Slack: 1},
			{Address: "application.b", Wave: 2, Date: d + 1, Deadline: d, DeadlineFrom: "network.n", Slack: -1},
		},
	}
	var b bytes.Buffer
	if err := Markdown(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"**late by 1 day**", "1 day to spare", "**1 day late**"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), "1 days") {
		t.Errorf("the report says \"1 days\":\n%s", b.String())
	}
}

// mustPlan plans m and fails the test on an error.
func mustPlan(t testing.TB, m *inventory.Model, o planner.Options) *planner.Plan {
	t.Helper()
	p, err := planner.Build(m, o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
