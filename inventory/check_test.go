package inventory

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
)

func TestCheckCleanEstate(t *testing.T) {
	expect(t, newEstate().Model)
}

func TestCheckNilAndEmptyModel(t *testing.T) {
	if ds := Check(nil); len(ds) != 0 {
		t.Fatalf("Check(nil) = %v", ds)
	}
	expect(t, &Model{})
}

// Check runs on whatever Load managed to build: references that were not
// resolved (Addr == ""), that point nowhere or at the wrong type of block,
// missing estate and plan settings. It must not panic on any of them.
func TestCheckPartialModel(t *testing.T) {
	e := newEstate()
	addrs := append(e.Addresses(), "", "network.nowhere", "device.nowhere", "application.nowhere")
	rnd := rand.New(rand.NewSource(1))
	pick := func() Ref { return Ref{Addr: addrs[rnd.Intn(len(addrs))]} }
	pickN := func() []Ref {
		out := make([]Ref, rnd.Intn(4))
		for i := range out {
			out[i] = pick()
		}
		return out
	}
	dispositions := []Disposition{"", DispDecommission, DispMigrate, DispRetain, DispRehost, DispRepurchase, DispRetire, "bogus"}
	statuses := []Status{"", StatusPlanned, StatusDone}
	for i := 0; i < 300; i++ {
		e := newEstate()
		if i%3 == 0 {
			e.Model.Estate, e.Model.Plan = nil, nil
		} else {
			e.Plan.Freezes = append(e.Plan.Freezes, nil, &Freeze{To: day("2019-01-01")})
		}
		for _, d := range e.Devices {
			d.Network, d.Uplink, d.Target = pick(), pick(), pick()
			d.Disposition, d.Status = dispositions[rnd.Intn(len(dispositions))], statuses[rnd.Intn(len(statuses))]
			d.Ports, d.PortsInUse = rnd.Intn(3)-1, rnd.Intn(3)
		}
		for _, a := range e.Applications {
			a.Network, a.Target, a.ReplacedBy = pick(), pick(), pick()
			a.HostedOn, a.DependsOn = pickN(), pickN()
			a.Disposition, a.Status = dispositions[rnd.Intn(len(dispositions))], statuses[rnd.Intn(len(statuses))]
		}
		for _, g := range e.Endpoints {
			g.Uplink, g.Target = pickN(), pick()
			g.Count = rnd.Intn(5) - 1
			g.Disposition = dispositions[rnd.Intn(len(dispositions))]
		}
		for _, l := range e.Links {
			l.Between, l.Decommission = pickN(), rnd.Intn(2) == 0
		}
		for _, k := range e.Contracts {
			k.Covers = pickN()
		}
		e.Reindex()
		for _, d := range Check(e.Model) {
			if d.Subject == nil || d.Detail == "" || d.Summary == "" {
				t.Fatalf("diagnostic without subject, summary or detail: %+v", d)
			}
		}
	}
}

func TestCheckDeterministic(t *testing.T) {
	e := newEstate()
	e.ad.Disposition = DispRetire
	e.coreSw.Ports = 2
	e.forceA.CostShare = share(0.5)
	e.Reindex()
	first := fmt.Sprint(Check(e.Model))
	for i := 0; i < 20; i++ {
		if again := fmt.Sprint(Check(e.Model)); again != first {
			t.Fatalf("run %d differs:\n%s\nvs\n%s", i, again, first)
		}
	}
}

var kebab = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)

// Every rule is registered with diag, documented and has a CLI script; only
// the two SPEC rule 8 faults are plan blockers.
func TestCheckRulesRegisteredAndDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "checks.md"))
	if err != nil {
		t.Fatal(err)
	}
	blockers := map[string]bool{"retain-on-decommissioned": true, "retire-with-dependents": true}
	seen := map[string]bool{}
	for _, r := range checkRules {
		if seen[r.Code] {
			t.Errorf("%s: listed twice", r.Code)
		}
		seen[r.Code] = true
		if !kebab.MatchString(r.Code) || r.Title == "" || !strings.HasSuffix(r.Help, ".") || r.run == nil {
			t.Errorf("%s: malformed rule %+v", r.Code, r.Rule)
		}
		if got, ok := diag.Lookup(r.Code); !ok || got != r.Rule {
			t.Errorf("%s: not registered with diag", r.Code)
		}
		if r.PlanBlocker != blockers[r.Code] {
			t.Errorf("%s: PlanBlocker = %v", r.Code, r.PlanBlocker)
		}
		if r.PlanBlocker && r.Warning {
			t.Errorf("%s: a plan blocker must be an error", r.Code)
		}
		if !strings.Contains(string(doc), "\n### `"+r.Code+"`\n") {
			t.Errorf("%s: no \"### `%s`\" section in docs/checks.md", r.Code, r.Code)
		}
		script := filepath.Join("..", "cmd", "decom", "testdata", "script", "validate_check_"+r.Code+".txtar")
		if _, err := os.Stat(script); err != nil {
			t.Errorf("%s: no CLI script: %v", r.Code, err)
		}
	}
}

// BenchmarkCheck runs Check over an estate of 100,000 applications on 1,000
// servers behind 50 switches, with dependencies and retirements: Check must
// stay linear in the size of the estate.
func BenchmarkCheck(b *testing.B) {
	m := bigModel(100000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Check(m)
	}
}

func bigModel(apps int) *Model {
	m := &Model{Estate: &EstateSettings{AsOf: day("2019-01-01")}}
	m.Networks = []*Network{
		{Meta: Meta{Type: TypeNetwork, Label: "legacy"}, Role: RoleLegacy, Decommission: true},
		{Meta: Meta{Type: TypeNetwork, Label: "target"}, Role: RoleTarget},
	}
	legacy := Ref{Addr: "network.legacy"}
	for i := 0; i < 50; i++ {
		m.Devices = append(m.Devices, &Device{Meta: Meta{Type: TypeDevice, Label: fmt.Sprintf("sw%03d", i)}, Kind: KindSwitch, Ports: 48, Network: legacy, Disposition: DispDecommission})
	}
	for i := 0; i < 1000; i++ {
		m.Devices = append(m.Devices, &Device{Meta: Meta{Type: TypeDevice, Label: fmt.Sprintf("srv%04d", i)}, Kind: KindServer, Network: legacy,
			Uplink: Ref{Addr: fmt.Sprintf("device.sw%03d", i%50)}, Disposition: DispDecommission})
		m.Endpoints = append(m.Endpoints, &Endpoints{Meta: Meta{Type: TypeEndpoints, Label: fmt.Sprintf("ep%04d", i)}, Count: 30,
			Uplink: []Ref{{Addr: fmt.Sprintf("device.sw%03d", i%50)}, {Addr: fmt.Sprintf("device.sw%03d", (i+1)%50)}}, Disposition: DispRetire})
	}
	for i := 0; i < apps; i++ {
		a := &Application{Meta: Meta{Type: TypeApplication, Label: fmt.Sprintf("app%06d", i)},
			HostedOn: []Ref{{Addr: fmt.Sprintf("device.srv%04d", i%1000)}}, Disposition: DispRehost, Target: Ref{Addr: "network.target"}}
		if i%10 == 0 {
			a.Disposition, a.Target = DispRetire, Ref{}
		}
		for j := 1; j <= 3; j++ {
			a.DependsOn = append(a.DependsOn, Ref{Addr: fmt.Sprintf("application.app%06d", (i*7+j)%apps)})
		}
		m.Applications = append(m.Applications, a)
	}
	m.Reindex()
	return m
}
