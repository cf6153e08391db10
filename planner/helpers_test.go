package planner

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
)

// estateB builds small models by hand for the tests.
type estateB struct{ m *inventory.Model }

func newB() *estateB {
	return &estateB{m: &inventory.Model{
		Estate: &inventory.EstateSettings{Meta: inventory.Meta{Type: inventory.TypeEstate}, AsOf: day("2025-01-06")},
	}}
}

func day(s string) inventory.Date {
	d, err := inventory.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func ref(addr string) inventory.Ref { return inventory.Ref{Addr: addr} }

func refs(addrs ...string) []inventory.Ref {
	out := make([]inventory.Ref, len(addrs))
	for i, a := range addrs {
		out[i] = ref(a)
	}
	return out
}

func meta(typ, label string) inventory.Meta { return inventory.Meta{Type: typ, Label: label} }

func (b *estateB) plan(ps inventory.PlanSettings) *estateB {
	ps.Meta = meta(inventory.TypePlan, "")
	b.m.Plan = &ps
	return b
}

func (b *estateB) network(name string, decom bool) *inventory.Network {
	n := &inventory.Network{Meta: meta(inventory.TypeNetwork, name), Role: inventory.RoleTarget, Decommission: decom}
	if decom {
		n.Role = inventory.RoleLegacy
	}
	b.m.Networks = append(b.m.Networks, n)
	return n
}

func (b *estateB) device(name, network string, disp inventory.Disposition) *inventory.Device {
	d := &inventory.Device{Meta: meta(inventory.TypeDevice, name), Network: ref(network), Disposition: disp, Status: inventory.StatusPlanned}
	b.m.Devices = append(b.m.Devices, d)
	return d
}

func (b *estateB) app(name string, disp inventory.Disposition, hosts ...string) *inventory.Application {
	a := &inventory.Application{Meta: meta(inventory.TypeApplication, name), HostedOn: refs(hosts...), Disposition: disp, Status: inventory.StatusPlanned}
	if disp == inventory.DispRehost || disp == inventory.DispRelocate || disp == inventory.DispReplatform || disp == inventory.DispRefactor {
		a.Target = ref("network.target")
	}
	b.m.Applications = append(b.m.Applications, a)
	return a
}

func (b *estateB) endpoints(name string, disp inventory.Disposition, uplinks ...string) *inventory.Endpoints {
	e := &inventory.Endpoints{Meta: meta(inventory.TypeEndpoints, name), Count: 10, Uplink: refs(uplinks...), Disposition: disp, Status: inventory.StatusPlanned}
	b.m.Endpoints = append(b.m.Endpoints, e)
	return e
}

func (b *estateB) link(name string, decom bool, nets ...string) *inventory.Link {
	l := &inventory.Link{Meta: meta(inventory.TypeLink, name), Between: refs(nets...), Decommission: decom}
	b.m.Links = append(b.m.Links, l)
	return l
}

func (b *estateB) contract(name string, ends string, covers ...string) *inventory.Contract {
	c := &inventory.Contract{Meta: meta(inventory.TypeContract, name), Ends: day(ends), Covers: refs(covers...)}
	b.m.Contracts = append(b.m.Contracts, c)
	return c
}

// mustBuild plans m and fails the test on an error.
func mustBuild(t testing.TB, m *inventory.Model, o Options) *Plan {
	t.Helper()
	p, err := Build(m, o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (b *estateB) build(t testing.TB, o Options) *Plan {
	t.Helper()
	b.m.Reindex()
	p := mustBuild(t, b.m, o)
	checkInvariants(t, b.m, p)
	return p
}

// waveOf returns the wave number of the action at addr, 0 if unplanned.
func waveOf(p *Plan, addr string) int {
	for _, w := range p.Waves {
		for _, a := range w.Actions {
			if a.Address == addr {
				return w.Number
			}
		}
	}
	return 0
}

func actionOf(p *Plan, addr string) *Action {
	for i := range p.Waves {
		for j := range p.Waves[i].Actions {
			if a := &p.Waves[i].Actions[j]; a.Address == addr {
				return a
			}
		}
	}
	return nil
}

func blockerOf(p *Plan, addr string) *Blocker {
	for i := range p.Blockers {
		if p.Blockers[i].Address == addr {
			return &p.Blockers[i]
		}
	}
	return nil
}

// checkInvariants checks the plan's shape (SPEC section 4): waves numbered
// 1..W with dates wave_days apart and outside freezes, each action once,
// capacity per wave, sorted output, a lower bound no higher than W.
func checkInvariants(t testing.TB, m *inventory.Model, p *Plan) {
	t.Helper()
	seen := map[string]bool{}
	for i, w := range p.Waves {
		if w.Number != i+1 {
			t.Fatalf("wave %d numbered %d", i+1, w.Number)
		}
		if i == 0 && w.Date < p.Settings.Start {
			t.Fatalf("wave 1 on %s before start %s", w.Date, p.Settings.Start)
		}
		if i > 0 && int(w.Date-p.Waves[i-1].Date) < p.Settings.WaveDays {
			t.Fatalf("wave %d only %d days after the previous", w.Number, w.Date-p.Waves[i-1].Date)
		}
		if m.Plan != nil {
			for _, f := range m.Plan.Freezes {
				if f.From <= w.Date && w.Date <= f.To {
					t.Fatalf("wave %d on %s inside freeze %s", w.Number, w.Date, f.Label)
				}
			}
		}
		var c, k int
		var ef float64
		for j, a := range w.Actions {
			if j > 0 && w.Actions[j-1].Address >= a.Address {
				t.Fatalf("wave %d not sorted at %s", w.Number, a.Address)
			}
			if seen[a.Address] {
				t.Fatalf("%s planned twice", a.Address)
			}
			seen[a.Address] = true
			c++
			ef += a.EffortDays
			if a.Critical {
				k++
			}
			if a.Why.Kind == "" || a.Why.Text == "" {
				t.Fatalf("%s has no explanation", a.Address)
			}
		}
		s := p.Settings
		if (s.MaxChanges > 0 && c > s.MaxChanges) || (s.MaxEffortDays > 0 && ef > s.MaxEffortDays+1e-9) || (s.MaxCritical > 0 && k > s.MaxCritical) {
			t.Fatalf("wave %d over capacity: %d changes, %g effort, %d critical", w.Number, c, ef, k)
		}
	}
	for i, b := range p.Blockers {
		if i > 0 && p.Blockers[i-1].Address > b.Address {
			t.Fatalf("blockers not sorted at %s", b.Address)
		}
		if b.Action != "" && seen[b.Address] {
			t.Fatalf("%s both planned and blocked", b.Address)
		}
		if b.Reason == "" || strings.Contains(b.Reason, "\n") {
			t.Fatalf("%s: bad reason %q", b.Address, b.Reason)
		}
	}
	if p.LowerBound.Waves > len(p.Waves) {
		t.Fatalf("lower bound %d above the plan's %d waves", p.LowerBound.Waves, len(p.Waves))
	}
	if _, err := json.Marshal(p); err != nil {
		t.Fatal(err)
	}
}
