package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/golden"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// estates are the estates the goldens report on: examples/kcom, a small
// estate with a lapsing contract, a late one, a blocked one and one with
// nothing to do, and the per-rule estates of the planner.
var estates = map[string]string{
	"kcom":       "../examples/kcom",
	"board":      "testdata/board",
	"r6":         "../planner/testdata/estates/r6-deadlines",
	"r8":         "../planner/testdata/estates/r8-blockers",
	"r3-retire":  "../planner/testdata/estates/r3-retire-repurchase",
	"r7-freezes": "../planner/testdata/estates/r7-capacity-freeze",
}

// extensions names each format's golden file.
var extensions = map[string]string{"markdown": ".md", "html": ".html", "json": ".json"}

// TestGolden writes the report of each estate in every format and
// compares it with its golden file.
func TestGolden(t *testing.T) {
	for name, dir := range estates {
		t.Run(name, func(t *testing.T) {
			r := load(t, dir)
			for _, f := range Formats {
				var b bytes.Buffer
				if err := f.Write(&b, r); err != nil {
					t.Fatal(err)
				}
				golden.Check(t, filepath.Join("testdata", name+extensions[f.Name]), b.Bytes())
			}
		})
	}
}

// load loads and plans the estate at dir and builds its report.
func load(t *testing.T, dir string) *Report {
	t.Helper()
	m, diags, outcome := inventory.LoadForPlan([]string{dir}, inventory.LoadOptions{Today: inventory.DateOf(2026, 11, 1)})
	if outcome != inventory.LoadedValid {
		t.Fatalf("load %s: %v", dir, diags)
	}
	return New(m, mustPlan(t, m, planner.Options{}))
}

// TestBoardVerdicts checks the verdicts, lapses and savings of the small
// estate by hand: host maintenance lapses a wave late, the network and
// payroll kit contracts are held by the retained payroll, CRM hosting
// lapses when CRM moves away, mail has nothing to do.
func TestBoardVerdicts(t *testing.T) {
	r := load(t, "testdata/board")
	want := map[string]struct {
		verdict Verdict
		late    int
		lapses  bool
		blocked string
	}{
		"contract.network":      {Blocked, 0, false, "network.legacy"},
		"contract.host_support": {Late, 6, true, ""},
		"contract.crm_hosting":  {Met, 0, true, ""},
		"contract.payroll_kit":  {Blocked, 0, false, "device.host2"},
		"contract.mail":         {None, 0, false, ""},
	}
	for _, c := range r.Contracts {
		w, ok := want[c.Address]
		if !ok {
			t.Errorf("unexpected contract %s", c.Address)
			continue
		}
		if c.Verdict != w.verdict || c.DaysLate != w.late || c.Lapses != w.lapses || strings.Join(c.Blocked, ",") != w.blocked {
			t.Errorf("%s: verdict %s, %d days late, lapses %v, blocked %v; want %s, %d, %v, %s",
				c.Address, c.Verdict, c.DaysLate, c.Lapses, c.Blocked, w.verdict, w.late, w.lapses, w.blocked)
		}
		if c.Verdict == Blocked && strings.Join(c.BlockedBy, ",") != "application.payroll" {
			t.Errorf("%s: blocked by %v, want application.payroll", c.Address, c.BlockedBy)
		}
	}
	s := r.Savings
	// Contracts: host maintenance 1,234.57 (wave 2) and CRM hosting 9,000
	// (wave 1); assets: host1 2,500.50 (wave 2). The legacy network's
	// 50,000 and the network contract's 100,000 and payroll kit's 4,000
	// are held by the blocker.
	if s.Contracts != 1023457 || s.Assets != 250050 || s.Annual != 1273507 || s.Held != 15400000 {
		t.Errorf("savings: contracts %d, assets %d, annual %d, held %d", s.Contracts, s.Assets, s.Annual, s.Held)
	}
	if len(s.Waves) != 2 || s.Waves[0].Annual != 900000 || s.Waves[1].ToDate != s.Annual {
		t.Errorf("savings by wave: %+v", s.Waves)
	}
	var sum Money
	for _, x := range s.Tenants {
		sum += x.Annual
	}
	if sum != s.Annual || s.Tenants[0].Annual != 764104 {
		t.Errorf("tenant split %+v does not add up to %d", s.Tenants, s.Annual)
	}
	if r.Headline.Contract != "contract.network" || r.Headline.Verdict != Blocked {
		t.Errorf("headline decided by %s (%s), want contract.network (blocked)", r.Headline.Contract, r.Headline.Verdict)
	}
	if w := r.Waves[0]; w.PortsReleased != 30 || w.Users != 150 || w.Moves != 2 {
		t.Errorf("wave 1: ports released %d, users %d, moves %d; want 30, 150, 2", w.PortsReleased, w.Users, w.Moves)
	}
}

// TestKCOMHeadline checks the example's headline and that the ports the
// waves release add up to the ports in use on the switches it removes.
func TestKCOMHeadline(t *testing.T) {
	r := load(t, "../examples/kcom")
	if got, want := r.Sentence(), "Exit on 8 Mar 2027, 23 days before KCOM managed network service ends (31 Mar 2027)."; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	if last := r.Waves[len(r.Waves)-1]; last.PortsReleasedToDate != r.Summary.SwitchPortsInUse {
		t.Errorf("ports released %d, in use on the switches %d", last.PortsReleasedToDate, r.Summary.SwitchPortsInUse)
	}
}

func TestMoney(t *testing.T) {
	for _, c := range []struct {
		m        Money
		currency string
		text, js string
	}{
		{moneyOf(379499.99999999994), "GBP", "£379,500", "379500"},
		{moneyOf(1234567.8), "GBP", "£1,234,567.80", "1234567.80"},
		{moneyOf(0.05), "EUR", "€0.05", "0.05"},
		{moneyOf(-1500), "USD", "−$1,500", "-1500"},
		{moneyOf(999), "CHF", "CHF 999", "999"},
		{moneyOf(1000), "", "1,000", "1000"},
	} {
		if got := c.m.Format(c.currency); got != c.text {
			t.Errorf("Format(%d, %s) = %q, want %q", c.m, c.currency, got, c.text)
		}
		if got, _ := json.Marshal(c.m); string(got) != c.js {
			t.Errorf("JSON of %d = %s, want %s", c.m, got, c.js)
		}
	}
	parts := split(100, []float64{1.0 / 3, 1.0 / 3, 1.0 / 3})
	if parts[0]+parts[1]+parts[2] != 100 || parts[0] != 34 {
		t.Errorf("split(100, thirds) = %v", parts)
	}
}

// TestEscaping checks that text from the inventory cannot break out of
// the Markdown tables or into the HTML.
func TestEscaping(t *testing.T) {
	r := &Report{Estate: "<script>alert(1)</script> | *x*", Summary: Summary{Waves: 1},
		Waves: []Wave{{Number: 1, Date: inventory.DateOf(2027, 1, 4), Actions: 1, Critical: []string{},
			Items: []Item{{Address: "application.a", Name: "A <b>|</b>\x1b[31m", Action: planner.Migrate}}}}}
	var h, m bytes.Buffer
	if err := HTML(&h, r); err != nil {
		t.Fatal(err)
	}
	if err := Markdown(&m, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(h.String(), "<script>") || strings.Contains(h.String(), "<b>") || strings.Contains(h.String(), "\x1b") {
		t.Errorf("HTML lets inventory text through unescaped:\n%s", h.String())
	}
	if !strings.Contains(m.String(), `\<script\>alert(1)\</script\> \| \*x\*`) && !strings.Contains(m.String(), `\| \*x\*`) {
		t.Errorf("Markdown title not escaped:\n%s", m.String())
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

// TestDiagramsInHTML checks the three ways the diagrams section reads:
// the SVG inline, the reason Graphviz failed, or how to install it.
func TestDiagramsInHTML(t *testing.T) {
	r := load(t, "testdata/board")
	page := func() string {
		var b bytes.Buffer
		if err := HTML(&b, r); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if got := page(); !strings.Contains(got, "Graphviz (<code>dot</code>) was not found") {
		t.Error("without diagrams the page does not say how to get them")
	}
	r.NoDiagrams = "Graphviz could not draw the estate diagram (exit status 3)"
	if got := page(); !strings.Contains(got, "are not included: Graphviz could not draw the estate diagram (exit status 3).") {
		t.Error("the page does not say why Graphviz drew nothing")
	}
	r.Diagrams = []Diagram{{ID: "estate", Title: "The estate", SVG: `<svg id="estate-graph0"></svg>`}}
	if got := page(); !strings.Contains(got, `<figure class="diagram" id="diagram-estate">`) || !strings.Contains(got, `<svg id="estate-graph0"></svg>`) {
		t.Error("the diagram's SVG is not inline")
	}
}
