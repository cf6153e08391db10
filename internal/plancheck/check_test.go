package plancheck

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

func TestValidPlan(t *testing.T) {
	m := fixture()
	p := validPlan(m)
	if vs := Check(m, p); len(vs) != 0 {
		t.Fatalf("valid plan has violations:\n%v", vs)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if vs := CheckJSON(m, b, planner.Options{}); len(vs) != 0 {
		t.Fatalf("valid plan as JSON has violations:\n%v", vs)
	}
}

func TestDeadlines(t *testing.T) {
	prob := Derive(fixture(), Settings(fixture(), planner.Options{}))
	want := map[string]string{
		"application.a": "2027-01-20 [contract.srv]",
		"application.e": "", // no action
		"device.srv":    "2027-01-20 [contract.srv]",
		"device.sw":     "2027-01-28 [network.lan]",
		"endpoints.eu":  "2027-01-28 [network.lan]",
		"link.lan_tgt":  "2027-01-28 [network.lan]",
		"network.lan":   "2027-01-28 [network.lan]",
	}
	for addr, w := range want {
		i, ok := prob.Index[addr]
		got := ""
		if ok {
			got = fmt.Sprintf("%s %v", prob.Acts[i].Deadline, prob.Acts[i].DeadlineFrom)
		}
		if got != w {
			t.Errorf("%s: deadline %q, want %q", addr, got, w)
		}
	}
	if len(prob.Relax) != 1 || prob.Acts[prob.Relax[0].X].Address != "application.f" {
		t.Errorf("want one relaxable dependency (f on b), got %+v", prob.Relax)
	}
}

// move moves addr to wave w (1-based), keeping address order.
func move(p *planner.Plan, addr string, w int) {
	var act planner.Action
	for k := range p.Waves {
		for j, a := range p.Waves[k].Actions {
			if a.Address == addr {
				act = a
				p.Waves[k].Actions = slices.Delete(p.Waves[k].Actions, j, j+1)
			}
		}
	}
	if act.Address == "" {
		panic("no action " + addr)
	}
	as := append(p.Waves[w-1].Actions, act)
	slices.SortFunc(as, func(x, y planner.Action) int { return strings.Compare(x.Address, y.Address) })
	p.Waves[w-1].Actions = as
}

func TestViolations(t *testing.T) {
	tests := []struct {
		name    string
		model   func(m *inventory.Model)
		plan    func(p *planner.Plan)
		rule    string
		address string
	}{
		{name: "R1 dependency", plan: func(p *planner.Plan) { move(p, "application.b", 2) }, rule: "R1", address: "application.a"},
		{name: "R1 link taken down too early", plan: func(p *planner.Plan) { move(p, "application.b", 2); move(p, "link.lan_tgt", 1) }, rule: "R1", address: "application.f"},
		{name: "R2 move group split", model: func(m *inventory.Model) {
			m.Lookup("application.b").(*inventory.Application).DependsOn = rs("application.a")
		}, plan: func(p *planner.Plan) { move(p, "application.a", 2) }, rule: "R2"},
		{name: "R3 retired before dependent", plan: func(p *planner.Plan) { move(p, "application.g", 3) }, rule: "R3", address: "application.c"},
		{name: "R3 repurchased before replacement", plan: func(p *planner.Plan) { move(p, "application.b", 2); move(p, "application.d", 1) }, rule: "R3", address: "application.d"},
		{name: "R3 repurchase chain: replacement retired first", model: func(m *inventory.Model) {
			c := m.Lookup("application.c").(*inventory.Application)
			c.Disposition, c.ReplacedBy = inventory.DispRepurchase, r("application.d")
		}, plan: func(p *planner.Plan) { move(p, "application.c", 3) }, rule: "R3", address: "application.d"},
		{name: "R4 hosting soak", plan: func(p *planner.Plan) { move(p, "device.srv", 2) }, rule: "R4", address: "device.srv"},
		{name: "R4 uplink soak", plan: func(p *planner.Plan) { move(p, "device.sw", 3) }, rule: "R4", address: "device.sw"},
		{name: "R5 network soak", plan: func(p *planner.Plan) { move(p, "network.lan", 4); p.Waves = p.Waves[:4] }, rule: "R5", address: "network.lan"},
		{name: "R5 link soak", plan: func(p *planner.Plan) { move(p, "link.lan_tgt", 5) }, rule: "R5", address: "network.lan"},
		{name: "R6 breach missing", plan: func(p *planner.Plan) { p.Breaches = nil }, rule: "R6", address: "network.lan"},
		{name: "R6 wrong lateness", plan: func(p *planner.Plan) { p.Breaches[0].DaysLate = 3 }, rule: "R6", address: "network.lan"},
		{name: "R6 wrong deadline_from", plan: func(p *planner.Plan) { p.Breaches[0].DeadlineFrom = "device.sw" }, rule: "R6", address: "network.lan"},
		{name: "R6 spurious breach", plan: func(p *planner.Plan) {
			p.Breaches = append(p.Breaches, planner.Breach{Address: "network.tgt"})
		}, rule: "R6", address: "network.tgt"},
		{name: "R6 action deadline", plan: func(p *planner.Plan) { p.Waves[0].Actions[0].Deadline = 0 }, rule: "R6", address: "application.a"},
		{name: "R7 max_changes", plan: func(p *planner.Plan) { move(p, "application.c", 1) }, rule: "R7"},
		{name: "R7 max_effort_days", model: func(m *inventory.Model) { m.Plan.MaxEffortDays = 3 }, plan: func(p *planner.Plan) { p.Settings.MaxEffortDays = 3 }, rule: "R7"},
		{name: "R7 max_critical", model: func(m *inventory.Model) {
			m.Plan.MaxCritical = 1
			m.Lookup("application.c").(*inventory.Application).Criticality = inventory.CritCritical
		}, plan: func(p *planner.Plan) { p.Settings.MaxCritical = 1; p.Waves[1].Actions[0].Critical = true }, rule: "R7"},
		{name: "R7 freeze", plan: func(p *planner.Plan) { p.Waves[4].Date = day(2, 3) }, rule: "R7"},
		{name: "R8 blocked action planned", model: func(m *inventory.Model) {
			m.Applications = append(m.Applications, &inventory.Application{Meta: mt("application", "h"), HostedOn: rs("device.srv"), Disposition: inventory.DispRetain})
			m.Reindex()
		}, rule: "R8", address: "device.srv"},
		{name: "R8 retire with live dependent planned", model: func(m *inventory.Model) {
			m.Lookup("application.e").(*inventory.Application).DependsOn = rs("application.c")
		}, rule: "R8", address: "application.c"},
		{name: "R8 retirement cycle over capacity", model: func(m *inventory.Model) {
			m.Plan.MaxEffortDays = 1
			m.Lookup("application.c").(*inventory.Application).DependsOn = rs("application.g")
		}, plan: func(p *planner.Plan) { p.Settings.MaxEffortDays = 1 }, rule: "R8", address: "application.c"},
		{name: "R8 unjustified blocker", plan: func(p *planner.Plan) {
			p.Waves[0].Actions = p.Waves[0].Actions[:3]
			p.Blockers = []planner.Blocker{{Address: "endpoints.eu", Action: planner.Migrate, Reason: "no reason"}}
		}, rule: "R8", address: "endpoints.eu"},
		{name: "R8 horizon blocker in the middle of the calendar", plan: func(p *planner.Plan) {
			p.Waves[0].Actions = p.Waves[0].Actions[:3]
			p.Blockers = []planner.Blocker{{Address: "endpoints.eu", Action: planner.Migrate, Reason: "would fall in wave 9, " + planner.PastHorizon}}
		}, rule: "R8", address: "endpoints.eu"},
		{name: "S4 date past the calendar", plan: func(p *planner.Plan) { p.Waves[4].Date = inventory.MaxDate.AddDays(1) }, rule: "S4"},
		{name: "S4 numbering", plan: func(p *planner.Plan) { p.Waves[1].Number = 3 }, rule: "S4"},
		{name: "S4 wave_days", plan: func(p *planner.Plan) { p.Waves[1].Date = p.Waves[0].Date.AddDays(3) }, rule: "S4"},
		{name: "S4 before start", plan: func(p *planner.Plan) { p.Waves[0].Date = day(1, 1) }, rule: "S4"},
		{name: "S4 missing action", plan: func(p *planner.Plan) { p.Waves[0].Actions = p.Waves[0].Actions[:3] }, rule: "S4", address: "endpoints.eu"},
		{name: "S4 duplicate action", plan: func(p *planner.Plan) {
			p.Waves[1].Actions = append(p.Waves[1].Actions, planner.Action{Address: "network.lan", Action: planner.Decommission})
		}, rule: "S4", address: "network.lan"},
		{name: "S4 wrong kind", plan: func(p *planner.Plan) { p.Waves[0].Actions[0].Action = planner.Retire }, rule: "S4", address: "application.a"},
		{name: "S4 unneeded action", plan: func(p *planner.Plan) {
			p.Waves[1].Actions = append(p.Waves[1].Actions, planner.Action{Address: "application.e", Action: planner.Migrate})
		}, rule: "S4", address: "application.e"},
		{name: "S4 order", plan: func(p *planner.Plan) { w := p.Waves[0].Actions; w[0], w[1] = w[1], w[0] }, rule: "S4"},
		{name: "S4 lower bound", plan: func(p *planner.Plan) { p.LowerBound.Waves = 6 }, rule: "S4"},
		{name: "S4 trailing empty wave", plan: func(p *planner.Plan) {
			p.Waves = append(p.Waves, planner.Wave{Number: 6, Date: day(2, 8)})
		}, rule: "S4"},
		{name: "settings", plan: func(p *planner.Plan) { p.Settings.MaxChanges = 5 }, rule: "settings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := fixture()
			p := validPlan(m)
			if tt.model != nil {
				tt.model(m)
			}
			if tt.plan != nil {
				tt.plan(p)
			}
			vs := Check(m, p)
			for _, v := range vs {
				if v.Rule == tt.rule && (tt.address == "" || v.Address == tt.address) {
					return
				}
			}
			t.Errorf("no [%s] %s violation; got:\n%v", tt.rule, tt.address, vs)
		})
	}
}

// TestBlockedPlan checks a plan that reports what can never be planned as
// blockers and plans the rest.
func TestBlockedPlan(t *testing.T) {
	m := fixture()
	m.Applications = append(m.Applications, &inventory.Application{Meta: mt("application", "h"), HostedOn: rs("device.srv"), Disposition: inventory.DispRetain})
	m.Reindex()
	p := validPlan(m)
	p.Waves = p.Waves[:3]
	p.Waves[2].Actions = p.Waves[2].Actions[1:]
	p.Breaches = nil
	p.LowerBound.Waves = 2
	p.Blockers = []planner.Blocker{
		{Address: "device.srv", Action: planner.Decommission, Reason: "application.h is retained on it"},
		{Address: "device.sw", Action: planner.Decommission, Reason: "waits for device.srv"},
		{Address: "network.lan", Action: planner.Decommission, Reason: "waits for device.srv"},
	}
	if vs := Check(m, p); len(vs) != 0 {
		t.Fatalf("violations:\n%v", vs)
	}
	p.Blockers = p.Blockers[:2]
	if vs := Check(m, p); len(vs) != 1 || vs[0].Address != "network.lan" {
		t.Fatalf("want one violation for network.lan missing, got:\n%v", vs)
	}
}

// TestGarbledPlans feeds the checker randomly garbled plans: it must report
// violations, never panic.
func TestGarbledPlans(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	m := fixture()
	for range 2000 {
		p := validPlan(m)
		for range 1 + rng.IntN(4) {
			if len(p.Waves) == 0 {
				break
			}
			w := &p.Waves[rng.IntN(len(p.Waves))]
			switch rng.IntN(6) {
			case 0:
				w.Number += 1 + rng.IntN(3)
			case 1:
				if len(w.Actions) > 0 {
					w.Actions = w.Actions[1:]
				}
			case 2:
				w.Actions = append(w.Actions, planner.Action{Address: "device.sw", Action: planner.ActionKind("x")})
			case 3:
				p.Breaches = append(p.Breaches, planner.Breach{Address: "device.srv", Wave: rng.IntN(20) - 5})
			case 4:
				p.Blockers = append(p.Blockers, planner.Blocker{Address: "application.e"})
			case 5:
				p.Waves = p.Waves[:rng.IntN(len(p.Waves))]
			}
		}
		if len(Check(m, p)) == 0 {
			t.Fatalf("garbled plan passed: %+v", p)
		}
	}
}

// TestDoneDependent: a done dependent blocks no plain retirement (SPEC
// section 1), so a plan that lists the retirement as blocked is wrong and
// one that plans it is right.
func TestDoneDependent(t *testing.T) {
	m := &inventory.Model{
		Plan: &inventory.PlanSettings{Start: day(1, 4), WaveDays: 7},
		Networks: []*inventory.Network{
			{Meta: mt("network", "lan"), Role: inventory.RoleLegacy, Decommission: true},
			{Meta: mt("network", "tgt"), Role: inventory.RoleTarget},
		},
		Applications: []*inventory.Application{
			{Meta: mt("application", "app"), Network: r("network.lan"), Target: r("network.tgt"), DependsOn: rs("application.lib"),
				Disposition: inventory.DispRehost, Status: inventory.StatusDone},
			{Meta: mt("application", "lib"), Network: r("network.lan"), Disposition: inventory.DispRetire},
		},
	}
	m.Reindex()
	prob := Derive(m, Settings(m, planner.Options{}))
	for _, a := range prob.Acts {
		if a.Blocked {
			t.Fatalf("%s blocked: %s", a.Address, a.BlockedWhy)
		}
	}
	p := mustPlan(t, m, planner.Options{})
	if vs := Check(m, p); len(vs) != 0 || len(p.Waves) != 1 {
		t.Fatalf("plan %+v has violations:\n%v", p, vs)
	}
	p.Blockers = []planner.Blocker{{Address: "application.lib", Action: planner.Retire, Reason: "application.app depends on it"}}
	p.Waves = nil
	if vs := Check(m, p); len(vs) == 0 {
		t.Fatal("a plan blocking application.lib has no violations")
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

// A repurchase chain (c replaced by d, d itself repurchased by b) is
// planned, and the planner's plan passes this independent check: c's
// dependent g goes no later than c, d no earlier than c, b no later than d.
func TestRepurchaseChainPlanned(t *testing.T) {
	m := fixture()
	c := m.Lookup("application.c").(*inventory.Application)
	c.Disposition, c.ReplacedBy = inventory.DispRepurchase, r("application.d")
	p, err := planner.Build(m, planner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if vs := Check(m, p); len(vs) != 0 {
		t.Fatalf("planner's plan of a repurchase chain has violations:\n%v", vs)
	}
	wave := map[string]int{}
	for _, w := range p.Waves {
		for _, a := range w.Actions {
			wave[a.Address] = w.Number
		}
	}
	if wave["application.c"] == 0 || wave["application.g"] > wave["application.c"] || wave["application.c"] > wave["application.d"] || wave["application.b"] > wave["application.d"] {
		t.Errorf("waves %v: want g <= c <= d and b <= d", wave)
	}
}
