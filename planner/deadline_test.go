package planner

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/hashicorp/hcl/v2"
)

// deadlineEstate is an application hosted on a device on a network, each
// with a support_ends, and a contract covering the network; the dates are
// filled in per case.
const deadlineEstate = `
plan { start = "2025-01-06" }
network "kcom" {
  role = "legacy"
  %s
}
network "target" { role = "target" }
device "esx" {
  network     = network.kcom
  disposition = "migrate"
  target      = network.target
  %s
}
application "app" {
  hosted_on   = [device.esx]
  disposition = "rehost"
  target      = network.target
  %s
}
contract "support" {
  covers = [network.kcom]
  %s
}
`

// loadHCL loads one file of HCL and fails the test on errors.
func loadHCL(t *testing.T, src string) *inventory.Model {
	t.Helper()
	m, diags := inventory.LoadSources([]inventory.SourceFile{{Name: "estate.hcl", Bytes: []byte(src)}},
		inventory.LoadOptions{Today: day("2025-01-01")})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return m
}

// TestDeadlineSources: an application's deadline is the earliest of its
// own support_ends, its host's, its network's and the contract covering
// that network; the source names the asset, the attribute and the line it
// is written on. On a tie the first in that order wins.
func TestDeadlineSources(t *testing.T) {
	cases := []struct {
		name                 string
		network, device, own string // support_ends
		contract             string // ends
		want                 string // address attribute line
		deadline             string
	}{
		{"own earliest", "2025-03-01", "2025-02-01", "2025-01-20", "", "application.app support_ends 18", "2025-01-20"},
		{"host earliest", "2025-03-01", "2025-01-15", "2025-01-20", "", "device.esx support_ends 12", "2025-01-15"},
		{"network earliest", "2025-01-10", "2025-01-15", "2025-01-20", "", "network.kcom support_ends 5", "2025-01-10"},
		{"contract earliest", "2025-01-10", "2025-01-15", "2025-01-20", "2025-01-08", "contract.support ends 22", "2025-01-08"},
		{"own wins a tie", "2025-02-01", "2025-02-01", "2025-02-01", "2025-02-01", "application.app support_ends 18", "2025-02-01"},
		{"host wins a tie with its network", "2025-02-01", "2025-02-01", "", "2025-02-01", "device.esx support_ends 12", "2025-02-01"},
		{"network wins a tie with its contract", "2025-02-01", "", "", "2025-02-01", "network.kcom support_ends 5", "2025-02-01"},
	}
	attr := func(name, date string) string {
		if date == "" {
			return ""
		}
		return fmt.Sprintf("%s = %q", name, date)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := loadHCL(t, fmt.Sprintf(deadlineEstate, attr("support_ends", c.network), attr("support_ends", c.device),
				attr("support_ends", c.own), attr("ends", c.contract)))
			p := mustBuild(t, m, Options{})
			a := actionOf(p, "application.app")
			src := a.DeadlineSource
			if src == nil {
				t.Fatalf("no deadline source; deadline %s from %s", a.Deadline, a.DeadlineFrom)
			}
			got := fmt.Sprintf("%s %s %d", src.Address, src.Attribute, src.Range.Start.Line)
			if got != c.want || a.Deadline != day(c.deadline) || a.DeadlineFrom != src.Address {
				t.Errorf("deadline %s from %s (%s), want %s from %s", a.Deadline, a.DeadlineFrom, got, c.deadline, c.want)
			}
			if src.Range.Filename != "estate.hcl" || !strings.HasPrefix(string(srcLine(m, src)), src.Attribute+" = ") {
				t.Errorf("the range %s is not the attribute: %q", src.Range, srcLine(m, src))
			}
		})
	}
}

// srcLine returns the text src's range covers.
func srcLine(m *inventory.Model, src *Source) []byte {
	for _, f := range m.Files {
		if f.Name == src.Range.Filename {
			return f.Bytes[src.Range.Start.Byte:src.Range.End.Byte]
		}
	}
	return nil
}

// TestDeadlineSourcesShared: actions with the same deadline source share
// one Source, and a breach carries its action's source.
func TestDeadlineSourcesShared(t *testing.T) {
	m := loadHCL(t, fmt.Sprintf(deadlineEstate, `support_ends = "2025-01-01"`, "", "", ""))
	p := mustBuild(t, m, Options{MaxChanges: intp(1)})
	app, dev := actionOf(p, "application.app"), actionOf(p, "device.esx")
	if app.DeadlineSource == nil || app.DeadlineSource != dev.DeadlineSource {
		t.Fatalf("sources %p and %p, want one shared", app.DeadlineSource, dev.DeadlineSource)
	}
	if len(p.Breaches) == 0 {
		t.Fatal("no breaches")
	}
	for _, br := range p.Breaches {
		if br.DeadlineSource == nil || br.DeadlineSource.Address != "network.kcom" || br.DeadlineFrom != "network.kcom" {
			t.Errorf("%s: breach source %+v", br.Address, br.DeadlineSource)
		}
	}
}

// TestSourceJSON: a source writes its file, line and column, and reads
// them back; one without a range writes neither.
func TestSourceJSON(t *testing.T) {
	var rng hcl.Range
	rng.Filename, rng.Start.Line, rng.Start.Column = "contracts.hcl", 12, 3
	b, err := json.Marshal(newSource("contract.c", "ends", rng))
	if err != nil || string(b) != `{"address":"contract.c","attribute":"ends","file":"contracts.hcl","line":12,"column":3}` {
		t.Fatalf("%s, %v", b, err)
	}
	var back Source
	if err := json.Unmarshal(b, &back); err != nil || back.Address != "contract.c" || back.Attribute != "ends" ||
		back.File != "contracts.hcl" || back.Line != 12 || back.Column != 3 {
		t.Fatalf("read back %+v, %v", back, err)
	}
	if b, _ := json.Marshal(newSource("network.n", "support_ends", hcl.Range{})); string(b) != `{"address":"network.n","attribute":"support_ends"}` {
		t.Fatalf("no range: %s", b)
	}
}
