package planout

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/golden"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// ext is each format's golden file extension.
var ext = map[string]string{"text": "txt", "json": "json", "markdown": "md", "csv": "csv", "sarif": "sarif", "github": "github"}

func day(s string) inventory.Date {
	d, err := inventory.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// samplePlan exercises every field a renderer shows: move groups, critical
// cutovers, deadlines met and missed, breaches, blockers with chains, and
// text with Markdown and CSV specials in it.
func days(n int) *int { return &n }

func samplePlan() *planner.Plan {
	return &planner.Plan{
		SchemaVersion: planner.SchemaVersion,
		Settings: planner.Settings{Start: day("2019-04-01"), WaveDays: 14, MaxChanges: 3,
			MaxEffortDays: 20, MaxCritical: 1, SoakWaves: 1},
		Waves: []planner.Wave{
			{Number: 1, Date: day("2019-04-01"), Actions: []planner.Action{
				{Address: "application.dns", Action: planner.Migrate, EffortDays: 2.5, Critical: true,
					Deadline: day("2019-05-31"), DeadlineFrom: "contract.kcom_support", Slack: days(60),
					Why: planner.Reason{Kind: "start", Text: "wave 1 is the first wave"}},
				{Address: "application.hr_a", Action: planner.Migrate, Group: "application.hr_a", EffortDays: 4,
					Why: planner.Reason{Kind: "group", Rule: "R2", Text: "moves with its move group application.hr_a"}},
				{Address: "application.hr_b", Action: planner.Migrate, Group: "application.hr_a", EffortDays: 1,
					Why: planner.Reason{Kind: "group", Rule: "R2", Text: "moves with its move group application.hr_a"}},
			}},
			{Number: 2, Date: day("2019-04-29"), Actions: []planner.Action{
				{Address: "application.payroll_legacy", Action: planner.Retire, Critical: true,
					Deadline: day("2019-04-29"), DeadlineFrom: "application.payroll_legacy", Slack: days(0),
					Why: planner.Reason{Kind: "after", Predecessor: "application.dns", PredecessorWave: 1, Rule: "R3",
						Text: "waits for application.dns (wave 1) | replacement *live* first"}},
				{Address: "device.hin_san_01", Action: planner.Decommission,
					Deadline: day("2019-03-31"), DeadlineFrom: "contract.kcom_support", Slack: days(-29),
					Why: planner.Reason{Kind: "soak", Predecessor: "application.dns", PredecessorWave: 1, Rule: "R4",
						Text: "soaks 1 wave after application.dns (wave 1), \"quoted\", with a comma"}},
			}},
		},
		Breaches: []planner.Breach{
			{Address: "device.hin_san_01", Action: planner.Decommission, Deadline: day("2019-03-31"),
				DeadlineFrom: "contract.kcom_support", Date: day("2019-04-29"), Wave: 2, DaysLate: 29},
		},
		Blockers: []planner.Blocker{
			{Address: "application.payroll", Action: planner.Retire,
				Reason: "retained on device.hin_esx_01, which must be decommissioned with network.kcom <legacy> | R8",
				Chain:  []string{"application.payroll", "device.hin_esx_01", "network.kcom"}},
			{Address: "network.kcom", Action: planner.Decommission,
				Reason: "waits for application.payroll, which is blocked",
				Chain:  []string{"network.kcom", "application.payroll"}},
		},
		LowerBound: planner.LowerBound{Waves: 2, Chain: 2, Capacity: 1, Window: 2},
	}
}

// cases are the hand-made plans rendered by TestGolden.
var cases = []struct {
	name string
	in   Input
}{
	{"sample", Input{Plan: samplePlan(), Estate: "KCOM exit | *phase 1*", AsOf: day("2019-01-15")}},
	{"empty", Input{Plan: &planner.Plan{SchemaVersion: planner.SchemaVersion}}},
	{"nil", Input{}},
	{"gap", Input{Plan: &planner.Plan{SchemaVersion: planner.SchemaVersion,
		Settings: planner.Settings{Start: day("2020-01-06"), WaveDays: 7},
		Waves: []planner.Wave{
			{Number: 1, Date: day("2020-01-06"), Actions: []planner.Action{{Address: "link.a_b", Action: planner.Decommission,
				Why: planner.Reason{Kind: "start", Text: "wave 1, the first wave"}}}},
			{Number: 2, Date: day("2020-01-13")},
		},
		LowerBound: planner.LowerBound{Waves: 1, Chain: 1, Capacity: 1, Window: 1}}, Estate: "Small"}},
}

// checkGolden compares got with testdata/name (go test -update rewrites it).
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got)
}

func render(t *testing.T, format string, in Input) []byte {
	t.Helper()
	write, err := Formats.Lookup(format)
	if err != nil {
		t.Fatalf("no format %q", format)
	}
	var b bytes.Buffer
	if err := write(&b, in); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, c := range cases {
		for _, f := range Formats.Names() {
			t.Run(c.name+"/"+f, func(t *testing.T) {
				got := render(t, f, c.in)
				checkGolden(t, c.name+"."+ext[f], got)
				if again := render(t, f, c.in); !bytes.Equal(got, again) {
					t.Errorf("second rendering differs from the first")
				}
			})
		}
	}
}

func TestFormats(t *testing.T) {
	if got := strings.Join(Formats.Names(), ","); got != "text,json,markdown,csv,sarif,github" {
		t.Errorf("Formats.Names() = %s", got)
	}
	if _, err := Formats.Lookup("xml"); err == nil {
		t.Errorf("Lookup(xml) found a format")
	}
}

// TestJSONShape checks the fixed keys of SPEC section 4 and that arrays are
// [] rather than null, whatever the plan holds.
func TestJSONShape(t *testing.T) {
	for _, c := range cases {
		var v map[string]any
		if err := json.Unmarshal(render(t, "json", c.in), &v); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, k := range []string{"waves", "breaches", "blockers"} {
			if _, ok := v[k].([]any); !ok {
				t.Errorf("%s: %q is %v, want an array", c.name, k, v[k])
			}
		}
		lb, ok := v["lower_bound"].(map[string]any)
		if _, has := lb["waves"]; !ok || !has {
			t.Errorf("%s: lower_bound.waves missing", c.name)
		}
		if v["schema_version"] != float64(planner.SchemaVersion) {
			t.Errorf("%s: schema_version = %v", c.name, v["schema_version"])
		}
		for _, w := range v["waves"].([]any) {
			w := w.(map[string]any)
			if _, ok := w["actions"].([]any); !ok {
				t.Errorf("%s: wave %v actions = %v, want an array", c.name, w["number"], w["actions"])
			}
		}
	}
}

// TestCSVRows reads the CSV back: one row per planned or blocked action,
// with quoting handled by encoding/csv.
func TestCSVRows(t *testing.T) {
	in := cases[0].in
	rows, err := csv.NewReader(bytes.NewReader(render(t, "csv", in))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := 1 + 5 + 2; len(rows) != want {
		t.Fatalf("%d rows, want %d", len(rows), want)
	}
	if got := rows[5][10]; !strings.Contains(got, `"quoted", with a comma`) {
		t.Errorf("reason = %q", got)
	}
	if got := rows[5][9]; got != "29" {
		t.Errorf("days_late = %q, want 29", got)
	}
	if blk := rows[6]; blk[0] != "" || blk[2] != "application.payroll" || blk[3] != "application" {
		t.Errorf("blocked row = %q", blk)
	}
}

// TestTextColor checks that colour appears only when asked for and that
// padding ignores the escape codes.
func TestTextColor(t *testing.T) {
	in := cases[0].in
	plain := render(t, "text", in)
	if bytes.Contains(plain, []byte("\x1b[")) {
		t.Errorf("plain text has escape codes")
	}
	in.Color = true
	colored := render(t, "text", in)
	if !bytes.Contains(colored, []byte("\x1b[31mLATE 29 days\x1b[0m")) {
		t.Errorf("coloured text does not mark lateness in red:\n%s", colored)
	}
	strip := strings.NewReplacer(styleBold, "", styleRed, "", styleYellow, "", styleDim, "", styleReset, "")
	if got := strip.Replace(string(colored)); got != string(plain) {
		t.Errorf("coloured text without escapes differs from plain:\n%s\n---\n%s", got, plain)
	}
}
