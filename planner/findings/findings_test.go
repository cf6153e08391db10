package findings_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/planner/findings"
	"github.com/hashicorp/hcl/v2"
)

// estate has a breach caused by a contract (web, after the wan contract's
// ends), a blocker caused by a retained application (payroll, on the host
// and network being decommissioned), one caused by a live dependent's
// depends_on entry (reports, of the retired ledger), and one by a link
// kept up (decommission = false) to a decommissioned network.
const estate = `plan {
  start       = "2026-02-02"
  wave_days   = 7
  max_changes = 1
}
network "legacy" { role = "legacy" }
network "new" { role = "target" }
network "dmz" { role = "legacy" }
link "keep" {
  between      = [network.dmz, network.new]
  decommission = false
}
device "esx" {
  network = network.legacy
  kind    = "server"
}
application "payroll" {
  hosted_on   = [device.esx]
  disposition = "retain"
}
application "web" {
  network     = network.legacy
  disposition = "rehost"
  target      = network.new
}
application "db" {
  network     = network.legacy
  disposition = "rehost"
  target      = network.new
}
application "ledger" {
  network     = network.new
  disposition = "retire"
}
application "reports" {
  network    = network.new
  depends_on = [application.ledger]
}
contract "wan" {
  ends   = "2026-02-05"
  covers = [network.legacy]
}
`

func planned(t *testing.T) (*inventory.Model, *planner.Plan) {
	t.Helper()
	m, diags := inventory.LoadSources([]inventory.SourceFile{{Name: "estate.hcl", Bytes: []byte(estate)}},
		inventory.LoadOptions{Today: inventory.DateOf(2026, 1, 5)})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	p, err := planner.Build(m, planner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return m, p
}

// line is the text of line n (from 1) of the estate.
func line(n int) string { return strings.Split(estate, "\n")[n-1] }

// TestDiagnostics: one warning per breach at the attribute that sets the
// deadline, one error per blocker at the attribute at its root, each with
// the late or blocked asset as a related place.
func TestDiagnostics(t *testing.T) {
	m, p := planned(t)
	ds := findings.Diagnostics(m, p)
	if len(ds) != len(p.Breaches)+len(p.Blockers) || findings.Count(ds, findings.CodeBreach) != len(p.Breaches) ||
		findings.Count(ds, findings.CodeBlocked) != len(p.Blockers) {
		t.Fatalf("%d diagnostics for %d breaches and %d blockers", len(ds), len(p.Breaches), len(p.Blockers))
	}
	got := map[string]string{}
	for _, d := range ds {
		if d.Subject == nil || d.Subject.Filename != "estate.hcl" {
			t.Fatalf("%s: no subject", d.Summary)
		}
		sev := "error"
		if d.Severity == hcl.DiagWarning {
			sev = "warning"
		}
		rel := ""
		for _, r := range diag.RelatedOf(d) {
			rel += fmt.Sprintf(" [%d %s]", r.Range.Start.Line, r.Message)
		}
		got[d.Summary] = fmt.Sprintf("%s %s %q%s", sev, diag.Code(d), strings.TrimSpace(line(d.Subject.Start.Line)), rel)
	}
	want := map[string]string{
		"application.web migrate is 4 days late": `warning deadline-breach "ends   = \"2026-02-05\"" [21 application.web: migrate in wave 2 (2026-02-09)]`,
		"application.payroll blocks the plan":    `error blocked "disposition = \"retain\""`,
		"device.esx decommission is blocked":     `error blocked "disposition = \"retain\"" [13 device.esx: decommission blocked]`,
		"network.legacy decommission is blocked": `error blocked "disposition = \"retain\"" [6 network.legacy: decommission blocked]`,
		"application.ledger retire is blocked":   `error blocked "depends_on = [application.ledger]" [31 application.ledger: retire blocked]`,
		"application.reports blocks the plan":    `error blocked "depends_on = [application.ledger]"`,
		"network.dmz decommission is blocked":    `error blocked "decommission = false" [8 network.dmz: decommission blocked]`,
		"link.keep blocks the plan":              `error blocked "decommission = false"`,
	}
	for s, w := range want {
		if got[s] != w {
			t.Errorf("%s:\n got %s\nwant %s", s, got[s], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("findings %v", got)
	}
	// The depends_on entry itself, not the whole attribute.
	for _, d := range ds {
		if strings.HasPrefix(d.Summary, "application.reports") {
			if r := d.Subject; estate[r.Start.Byte:r.End.Byte] != "application.ledger" {
				t.Errorf("reports' subject is %q, want the depends_on entry", estate[r.Start.Byte:r.End.Byte])
			}
		}
	}
}

// TestRules: every code a finding uses has a documented rule, errors and
// warnings as the findings are, and none is in the inventory's registry.
func TestRules(t *testing.T) {
	for i, r := range findings.Rules {
		if r.Title == "" || r.Help == "" || (i > 0 && findings.Rules[i-1].Code >= r.Code) {
			t.Errorf("rule %+v: untitled, unhelped or out of order", r)
		}
		if _, ok := diag.Lookup(r.Code); ok {
			t.Errorf("%s is registered: validate would list it", r.Code)
		}
	}
	if findings.Rules[0].Code != findings.CodeBlocked || findings.Rules[0].Warning ||
		findings.Rules[1].Code != findings.CodeBreach || !findings.Rules[1].Warning {
		t.Errorf("rules %+v", findings.Rules)
	}
	if findings.Diagnostics(nil, nil) != nil {
		t.Error("no plan, no findings")
	}
}
