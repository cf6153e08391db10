package planner

import (
	"reflect"
	"testing"
)

// TestIndex looks every kind of address up in a plan's index.
func TestIndex(t *testing.T) {
	p := &Plan{
		Waves: []Wave{
			{Number: 1, Date: day("2025-01-06"), Actions: []Action{{Address: "application.a", Action: Migrate}}},
			{Number: 2, Date: day("2025-01-20"), Actions: []Action{{Address: "device.d", Action: Decommission}}},
		},
		Breaches: []Breach{{Address: "device.d", DaysLate: 3}},
		Blockers: []Blocker{
			{Address: "application.r", Reason: "root", Chain: []string{"application.r"}},
			{Address: "network.n", Action: Decommission, Chain: []string{"network.n", "application.r"}},
		},
	}
	ix := p.Index()
	if a, w := ix.Action("device.d"); a == nil || a.Action != Decommission || w.Number != 2 {
		t.Fatalf("Action(device.d) = %v, %v", a, w)
	}
	if a, w := ix.Action("network.n"); a != nil || w != nil {
		t.Fatal("a blocked action is in no wave")
	}
	if ix.Breach("device.d").DaysLate != 3 || ix.Breach("application.a") != nil {
		t.Fatal("Breach")
	}
	if ix.Blocker("network.n").Action != Decommission || ix.Blocker("device.d") != nil {
		t.Fatal("Blocker")
	}
	if ix.Wave(2).Date != day("2025-01-20") || ix.Wave(3) != nil || ix.Wave(0) != nil {
		t.Fatal("Wave")
	}
	if got := ix.Blocks("application.r"); !reflect.DeepEqual(got, []string{"network.n"}) {
		t.Fatalf("Blocks = %v", got)
	}
	// application.r takes no action itself: it is a root cause only.
	if got := ix.Addresses(); !reflect.DeepEqual(got, []string{"application.a", "device.d", "network.n"}) {
		t.Fatalf("Addresses = %v", got)
	}
	if ix.Plan() != p || (*Plan)(nil).Index().Plan() == nil {
		t.Fatal("Plan")
	}
}

// TestSlack: an action's slack is its deadline less its wave's date, and
// absent without a deadline.
func TestSlack(t *testing.T) {
	b := newB()
	b.network("kcom", true).SupportEnds = day("2025-01-10")
	b.app("late", "rehost").Network = ref("network.kcom")
	p := b.build(t, Options{MaxChanges: intp(1)})
	for _, w := range p.Waves {
		for _, a := range w.Actions {
			if a.Slack == nil || *a.Slack != int(a.Deadline-w.Date) {
				t.Errorf("%s: slack %v, deadline %s, wave date %s", a.Address, a.Slack, a.Deadline, w.Date)
			}
		}
	}
	if got := *actionOf(p, "network.kcom").Slack; got != -10 {
		t.Errorf("network.kcom slack %d, want -10 (wave 2, 2025-01-20)", got)
	}
	b = newB()
	b.network("kcom", true)
	p = b.build(t, Options{})
	if a := actionOf(p, "network.kcom"); a.Slack != nil {
		t.Errorf("slack %d without a deadline", *a.Slack)
	}
}
