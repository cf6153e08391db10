package plancheck

import (
	"time"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

func day(m time.Month, d int) inventory.Date { return inventory.DateOf(2027, m, d) }

func r(addr string) inventory.Ref { return inventory.Ref{Addr: addr} }

func rs(addrs ...string) []inventory.Ref {
	out := make([]inventory.Ref, len(addrs))
	for i, a := range addrs {
		out[i] = r(a)
	}
	return out
}

func mt(typ, label string) inventory.Meta { return inventory.Meta{Type: typ, Label: label} }

// fixture is a small estate exercising every rule:
//
//	network.lan (legacy, support ends 2027-01-28) linked by link.lan_tgt to
//	network.tgt; network.tgt2 is not linked. device.sw (switch) and
//	device.srv (server, uplinked to sw, covered by contract.srv until
//	2027-01-20) are on lan. Applications on srv: a (-> tgt2, depends on b:
//	strict R1), b (-> tgt), f (-> tgt, depends on b: relaxed by the link),
//	c (retire), g (retire, depends on c), d (repurchase, replaced by b,
//	critical). application.e stays on tgt. endpoints.eu (migrate) hang off sw.
//	Plan: start 2027-01-04, weekly, soak 1, at most 4 changes, a freeze
//	2027-02-02..05.
func fixture() *inventory.Model {
	app := func(label string, mod func(a *inventory.Application)) *inventory.Application {
		a := &inventory.Application{Meta: mt("application", label), HostedOn: rs("device.srv"), Status: inventory.StatusPlanned,
			Disposition: inventory.DispRehost, Target: r("network.tgt"), EffortDays: 1}
		mod(a)
		return a
	}
	m := &inventory.Model{
		Plan: &inventory.PlanSettings{Start: day(1, 4), WaveDays: 7, SoakWaves: 1, MaxChanges: 4,
			Freezes: []*inventory.Freeze{{Meta: mt("freeze", "x"), From: day(2, 2), To: day(2, 5)}}},
		Networks: []*inventory.Network{
			{Meta: mt("network", "lan"), Role: inventory.RoleLegacy, Decommission: true, SupportEnds: day(1, 28)},
			{Meta: mt("network", "tgt"), Role: inventory.RoleTarget},
			{Meta: mt("network", "tgt2"), Role: inventory.RoleTarget},
		},
		Links: []*inventory.Link{{Meta: mt("link", "lan_tgt"), Between: rs("network.lan", "network.tgt"), Decommission: true}},
		Devices: []*inventory.Device{
			{Meta: mt("device", "sw"), Network: r("network.lan"), Kind: inventory.KindSwitch, Disposition: inventory.DispDecommission, Status: inventory.StatusPlanned},
			{Meta: mt("device", "srv"), Network: r("network.lan"), Kind: inventory.KindServer, Uplink: r("device.sw"), Disposition: inventory.DispDecommission, Status: inventory.StatusPlanned},
		},
		Contracts: []*inventory.Contract{{Meta: mt("contract", "srv"), Ends: day(1, 20), Covers: rs("device.srv")}},
		Applications: []*inventory.Application{
			app("a", func(a *inventory.Application) { a.Target = r("network.tgt2"); a.DependsOn = rs("application.b") }),
			app("b", func(a *inventory.Application) {}),
			app("f", func(a *inventory.Application) { a.DependsOn = rs("application.b") }),
			app("c", func(a *inventory.Application) { a.Disposition, a.Target = inventory.DispRetire, inventory.Ref{} }),
			app("g", func(a *inventory.Application) {
				a.Disposition, a.Target, a.DependsOn = inventory.DispRetire, inventory.Ref{}, rs("application.c")
			}),
			app("d", func(a *inventory.Application) {
				a.Disposition, a.Target, a.ReplacedBy, a.Criticality = inventory.DispRepurchase, inventory.Ref{}, r("application.b"), inventory.CritCritical
			}),
			{Meta: mt("application", "e"), HostedOn: nil, Network: r("network.tgt"), Status: inventory.StatusPlanned},
		},
		Endpoints: []*inventory.Endpoints{{Meta: mt("endpoints", "eu"), Count: 10, Uplink: rs("device.sw"),
			Disposition: inventory.DispMigrate, Target: r("network.tgt"), EffortDays: 2, Status: inventory.StatusPlanned}},
	}
	m.Reindex()
	return m
}

// validPlan is a hand-made valid plan for fixture(): actions per wave in
// address order. Per-action extras (deadline, effort, critical) are filled
// in from the derived problem, whose deadlines TestDeadlines checks.
func validPlan(m *inventory.Model) *planner.Plan {
	waves := [][]string{
		{"application.a", "application.b", "application.f", "endpoints.eu"},
		{"application.c", "application.d", "application.g"},
		{"device.srv", "link.lan_tgt"},
		{"device.sw"},
		{"network.lan"},
	}
	s := Settings(m, planner.Options{})
	prob := Derive(m, s)
	p := &planner.Plan{SchemaVersion: planner.SchemaVersion, Settings: s, LowerBound: planner.LowerBound{Waves: 4}}
	for k, addrs := range waves {
		w := planner.Wave{Number: k + 1, Date: s.Start.AddDays(7 * k)}
		for _, a := range addrs {
			act := prob.Acts[prob.Index[a]]
			w.Actions = append(w.Actions, planner.Action{Address: a, Action: act.Kind, EffortDays: act.Effort, Critical: act.Critical, Deadline: act.Deadline})
		}
		p.Waves = append(p.Waves, w)
	}
	p.Breaches = []planner.Breach{{Address: "network.lan", Action: planner.Decommission, Deadline: day(1, 28),
		DeadlineFrom: "network.lan", Date: day(2, 1), Wave: 5, DaysLate: 4}}
	return p
}
