package planner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
)

func intp(n int) *int { return &n }

// R1: a dependent moves no earlier than what it depends on.
func TestR1DependencyOrder(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	b.app("dns", inventory.DispRehost).Network = ref("network.kcom")
	web := b.app("web", inventory.DispRehost)
	web.Network, web.DependsOn = ref("network.kcom"), refs("application.dns")
	web.SupportEnds = day("2025-01-01") // urgent, but must still wait for dns
	p := b.build(t, Options{MaxChanges: intp(1)})
	if waveOf(p, "application.dns") != 1 || waveOf(p, "application.web") != 2 {
		t.Fatalf("dns in %d, web in %d; want 1, 2", waveOf(p, "application.dns"), waveOf(p, "application.web"))
	}
	why := actionOf(p, "application.web").Why
	if why.Kind != "capacity" && !(why.Predecessor == "application.dns" && why.Rule == "R1") {
		t.Fatalf("web why = %+v", why)
	}
	if got := waveOf(p, "network.kcom"); got != 3 {
		t.Fatalf("network.kcom in wave %d, want 3 (after both moved)", got)
	}
	why = actionOf(p, "network.kcom").Why
	if why.Kind != "capacity" || why.Text != "wave 2 had no room left for it under max_changes = 1" {
		t.Fatalf("kcom why = %+v", why)
	}
	p = b.build(t, Options{})
	why = actionOf(p, "application.web").Why
	if why.Kind != "start" || waveOf(p, "application.web") != 1 || waveOf(p, "network.kcom") != 1 {
		t.Fatalf("unlimited: web why = %+v", why)
	}
	p = b.build(t, Options{SoakWaves: intp(1)})
	why = actionOf(p, "network.kcom").Why
	if why.Rule != "R5" || why.Predecessor != "application.dns" || why.PredecessorWave != 1 || why.Kind != "soak" ||
		why.Text != "waits for application.dns (on it), which acts in wave 1, plus soak_waves = 1" {
		t.Fatalf("kcom why = %+v", why)
	}
}

// R1's exception: a link joining the dependent's target and the
// dependency's network lifts the order, but the link stays up until both
// have moved; a link that is never decommissioned lifts it for good.
func TestR1LinkRelaxes(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	link := b.link("kcom_target", true, "network.kcom", "network.target")
	dns := b.app("dns", inventory.DispRehost)
	dns.Network = ref("network.kcom")
	web := b.app("web", inventory.DispRehost)
	web.Network, web.DependsOn = ref("network.kcom"), refs("application.dns")
	dns.SupportEnds = day("2025-02-01") // dns is less urgent than web
	web.SupportEnds = day("2025-01-06")
	p := b.build(t, Options{MaxChanges: intp(1), SoakWaves: intp(1)})
	if waveOf(p, "application.web") != 1 || waveOf(p, "application.dns") != 2 {
		t.Fatalf("web in %d, dns in %d; want 1, 2 (no order across the link)", waveOf(p, "application.web"), waveOf(p, "application.dns"))
	}
	if got := waveOf(p, "link.kcom_target"); got != 3 {
		t.Fatalf("link down in wave %d, want 3: after both moved", got)
	}
	if got := actionOf(p, "application.web").Across; len(got) != 1 ||
		got[0].Text != "does not wait for application.dns: link.kcom_target stays up until both have moved" {
		t.Fatalf("web across = %+v", got)
	}
	if got := waveOf(p, "network.kcom"); got != 4 {
		t.Fatalf("kcom down in wave %d, want 4: a soak wave after the link", got)
	}
	why := actionOf(p, "network.kcom").Why
	if why.Rule != "R5" || why.Kind != "soak" || why.Predecessor != "link.kcom_target" {
		t.Fatalf("kcom why = %+v", why)
	}
	if len(p.Breaches) != 0 {
		t.Fatalf("breaches: %+v", p.Breaches)
	}
	p = b.build(t, Options{SoakWaves: intp(1)})
	why = actionOf(p, "link.kcom_target").Why
	if waveOf(p, "link.kcom_target") != 1 || why.Kind != "start" {
		t.Fatalf("unlimited: link in wave %d, why %+v", waveOf(p, "link.kcom_target"), why)
	}
	// With the dependency blocked for good, the dependent still moves
	// (SPEC section 2): only the link, which must stay up for good, and
	// the network that waits for it are blocked.
	dns.EffortDays = 5 // more than a wave may take: dns is blocked
	p = b.build(t, Options{MaxEffortDays: floatp(1)})
	if waveOf(p, "application.web") != 1 || blockerOf(p, "application.web") != nil {
		t.Fatalf("web in wave %d, blocker %+v; want it planned", waveOf(p, "application.web"), blockerOf(p, "application.web"))
	}
	bl := blockerOf(p, "link.kcom_target")
	if bl == nil || len(bl.Chain) != 2 || bl.Chain[1] != "application.dns" || bl.Reason !=
		"must stay up for good: application.web moves and talks across it to application.dns, which never moves: it needs 5 effort days, more than max_effort_days = 1 allows in one wave" {
		t.Fatalf("link blocker = %+v", bl)
	}
	if bl := blockerOf(p, "network.kcom"); bl == nil || bl.Chain[1] != "link.kcom_target" && bl.Chain[1] != "application.dns" {
		t.Fatalf("kcom blocker = %+v", bl)
	}
	// A link that stays up needs no order at all.
	link.Decommission = false
	dns.EffortDays = 0
	p = b.build(t, Options{MaxChanges: intp(1)})
	if waveOf(p, "application.web") != 1 {
		t.Fatalf("web in wave %d, want 1", waveOf(p, "application.web"))
	}
}

func floatp(f float64) *float64 { return &f }

// R2: a dependency cycle moves as one group, or is blocked when the group
// is larger than a wave.
func TestR2MoveGroup(t *testing.T) {
	b := newB()
	b.network("target", false)
	b.network("kcom", true)
	for _, n := range []string{"a", "b", "c"} {
		b.app(n, inventory.DispRehost).Network = ref("network.kcom")
	}
	b.m.Applications[0].DependsOn = refs("application.b")
	b.m.Applications[1].DependsOn = refs("application.a")
	b.m.Applications[2].DependsOn = refs("application.a")
	p := b.build(t, Options{MaxChanges: intp(2)})
	if waveOf(p, "application.a") != 1 || waveOf(p, "application.b") != 1 || waveOf(p, "application.c") != 2 {
		t.Fatalf("waves a=%d b=%d c=%d", waveOf(p, "application.a"), waveOf(p, "application.b"), waveOf(p, "application.c"))
	}
	if g := actionOf(p, "application.b").Group; g != "application.a" {
		t.Fatalf("group of b = %q", g)
	}
	p = b.build(t, Options{MaxChanges: intp(1)})
	bl := blockerOf(p, "application.b")
	// Each member names the others, not itself.
	if bl == nil || !strings.Contains(bl.Reason, "moves as one group with application.a, which needs 2 changes") {
		t.Fatalf("b blocker = %+v", bl)
	}
	// c waits for the blocked group, and kcom for c.
	bl = blockerOf(p, "network.kcom")
	if bl == nil || bl.Chain[len(bl.Chain)-1] != "application.a" {
		t.Fatalf("kcom blocker = %+v", bl)
	}
	if len(p.Waves) != 0 {
		t.Fatalf("waves = %+v", p.Waves)
	}
}

// R2: a dependency cycle through an application that takes no move (one
// retained, retired or done) ties nothing: rule 1 orders only pairs that
// both move, so the others form no move group and take waves of their own
// as capacity allows. With all three moving, they are one group.
func TestR2CycleThroughNonMover(t *testing.T) {
	for _, c := range []struct {
		name string
		set  func(*inventory.Application)
	}{
		{"retained", func(a *inventory.Application) {
			a.Disposition = inventory.DispRetain
			a.Network = ref("network.target")
		}},
		{"retired", func(a *inventory.Application) { a.Disposition = inventory.DispRetire }},
		{"done", func(a *inventory.Application) { a.Status = inventory.StatusDone }},
		{"moving", func(*inventory.Application) {}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newB()
			b.network("target", false)
			b.network("kcom", true)
			for _, n := range []string{"a", "b", "c"} {
				b.app(n, inventory.DispRehost).Network = ref("network.kcom")
			}
			apps := b.m.Applications
			apps[0].DependsOn = refs("application.b")
			apps[1].DependsOn = refs("application.c")
			apps[2].DependsOn = refs("application.a") // a -> b -> c -> a
			c.set(apps[2])
			limit := 1
			if c.name == "moving" {
				limit = 3 // the group of three fits one wave
			}
			p := b.build(t, Options{MaxChanges: intp(limit)})
			for _, x := range []string{"application.a", "application.b"} {
				a := actionOf(p, x)
				if a == nil {
					t.Fatalf("%s is not planned; blockers %+v", x, p.Blockers)
				}
				if c.name == "moving" {
					if a.Group != "application.a" {
						t.Errorf("%s: group %q, want application.a", x, a.Group)
					}
				} else if a.Group != "" {
					t.Errorf("%s: group %q, want none: the cycle runs through a %s application", x, a.Group, c.name)
				}
			}
			if c.name == "moving" {
				if bl := blockerOf(p, "application.a"); bl != nil || len(p.Blockers) != 0 {
					t.Fatalf("blockers %+v", p.Blockers)
				}
				return
			}
			// One change a wave: b (which depends on the non-mover only)
			// first, then a, which depends on b.
			if wa, wb := waveOf(p, "application.a"), waveOf(p, "application.b"); wb >= wa {
				t.Errorf("a in wave %d, b in wave %d: a depends on b and must follow it", wa, wb)
			}
		})
	}
}

// R3: a retirement waits for its acting dependents; a repurchase waits for
// its replacement; a live dependent blocks the retirement.
func TestR3Retirement(t *testing.T) {
	b := newB()
	b.network("target", false)
	b.network("kcom", true)
	old := b.app("old_rms", inventory.DispRepurchase)
	old.Network, old.ReplacedBy = ref("network.kcom"), ref("application.new_rms")
	newRMS := b.app("new_rms", inventory.DispRehost)
	newRMS.Network = ref("network.kcom")
	user := b.app("user", inventory.DispRehost)
	user.Network, user.DependsOn = ref("network.kcom"), refs("application.old_rms")
	old.SupportEnds = day("2025-01-01")
	p := b.build(t, Options{MaxChanges: intp(1)})
	wo, wn, wu := waveOf(p, "application.old_rms"), waveOf(p, "application.new_rms"), waveOf(p, "application.user")
	if wo < wn || wo < wu || wo == 0 {
		t.Fatalf("old_rms in %d before new_rms %d or user %d", wo, wn, wu)
	}
	if a := actionOf(p, "application.old_rms"); a.Action != Retire {
		t.Fatalf("old_rms = %+v", a)
	}
	p = b.build(t, Options{MaxChanges: intp(2)})
	// new_rms and user fill wave 1; the retirement could share their wave
	// (w(X) <= w(Y)) but wave 1 is full.
	if a := actionOf(p, "application.old_rms"); waveOf(p, "application.old_rms") != 2 || a.Why.Kind != "capacity" {
		t.Fatalf("old_rms = %+v", a)
	}

	b = newB()
	b.network("kcom", true)
	y := b.app("y", inventory.DispRetire)
	y.Network = ref("network.kcom")
	x := b.app("x", inventory.DispRetain)
	x.Network, x.DependsOn = ref("network.target"), refs("application.y")
	b.network("target", false)
	p = b.build(t, Options{})
	bl := blockerOf(p, "application.y")
	if bl == nil || bl.Reason != "cannot be retired while application.x, which is not retired, depends on it" {
		t.Fatalf("y blocker = %+v", bl)
	}
	if bl := blockerOf(p, "application.x"); bl == nil || bl.Action != "" || bl.Reason != "retained and depends on application.y, which is retired" {
		t.Fatalf("x blocker = %+v", bl)
	}
	if bl := blockerOf(p, "network.kcom"); bl == nil || strings.Join(bl.Chain, " ") != "network.kcom application.y application.x" {
		t.Fatalf("kcom blocker = %+v", bl)
	}
}

// R3 for a repurchase chain: a is replaced by b, b itself repurchased by
// c. a's dependents move no later than a (they repoint to b); b, which
// then carries them, is retired no earlier than a; c, which moves, goes
// live no later than b. a cannot go before its not_before, so the chain
// edge is what holds b back.
func TestR3RepurchaseChain(t *testing.T) {
	b := newB()
	b.network("target", false)
	b.network("kcom", true)
	a := b.app("a", inventory.DispRepurchase)
	a.Network, a.ReplacedBy = ref("network.kcom"), ref("application.b")
	bb := b.app("b", inventory.DispRepurchase)
	bb.Network, bb.ReplacedBy = ref("network.kcom"), ref("application.c")
	c := b.app("c", inventory.DispRehost)
	c.Network = ref("network.kcom")
	x := b.app("x", inventory.DispRehost)
	x.Network, x.DependsOn = ref("network.kcom"), refs("application.a")
	p := b.build(t, Options{})
	wa, wb, wc, wx := waveOf(p, "application.a"), waveOf(p, "application.b"), waveOf(p, "application.c"), waveOf(p, "application.x")
	if wa == 0 || wb == 0 || wc == 0 || wx == 0 || wx > wa || wa > wb || wc > wb {
		t.Fatalf("waves a %d, b %d, c %d, x %d: want x <= a <= b and c <= b, all planned", wa, wb, wc, wx)
	}

	a.NotBefore = p.Settings.Start.AddDays(p.Settings.WaveDays)
	p = b.build(t, Options{})
	wa, wb = waveOf(p, "application.a"), waveOf(p, "application.b")
	if wa != 2 || wb != 2 {
		t.Fatalf("a in wave %d, b in wave %d; want both in wave 2", wa, wb)
	}
	why := actionOf(p, "application.b").Why
	if why.Predecessor != "application.a" || why.Rule != "R3" ||
		why.Text != "it replaces application.a, retired in wave 2, whose dependents move to it first" {
		t.Fatalf("b's reason = %+v", why)
	}
}

// R4 and R5 with soak: a device goes soak waves after what it hosts, its
// network soak waves after the device; an empty wave may sit between.
func TestR4R5Soak(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	b.device("sw1", "network.kcom", inventory.DispDecommission)
	b.device("esx", "network.kcom", inventory.DispDecommission).Uplink = ref("device.sw1")
	b.app("rms", inventory.DispRehost, "device.esx")
	b.endpoints("desks", inventory.DispMigrate, "device.sw1")
	p := b.build(t, Options{SoakWaves: intp(2)})
	want := map[string]int{"application.rms": 1, "endpoints.desks": 1, "device.esx": 3, "device.sw1": 5, "network.kcom": 7}
	for a, w := range want {
		if got := waveOf(p, a); got != w {
			t.Errorf("%s in wave %d, want %d", a, got, w)
		}
	}
	if len(p.Waves) != 7 || len(p.Waves[1].Actions) != 0 {
		t.Fatalf("want 7 waves with wave 2 empty: %+v", p.Waves)
	}
	why := actionOf(p, "device.sw1").Why
	if why.Kind != "soak" || why.Rule != "R4" || why.Predecessor != "device.esx" || why.PredecessorWave != 3 {
		t.Fatalf("sw1 why = %+v", why)
	}
	if lb := p.LowerBound; lb.Chain != 7 || lb.Waves != 7 {
		t.Fatalf("lower bound = %+v", lb)
	}
}

// R5 on its own: a network waits, plus soak, for every asset on it and
// every link touching it; a link waits for nothing but is on both its
// networks; a link between networks that stay takes no action; a link kept
// up (decommission = false) to a network being decommissioned blocks it.
func TestR5NetworksAndLinks(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	b.network("dmz", false)
	b.link("kcom_target", true, "network.kcom", "network.target")
	b.link("target_dmz", false, "network.target", "network.dmz")
	b.device("fw", "network.kcom", inventory.DispDecommission)
	b.app("rms", inventory.DispRehost).Network = ref("network.kcom")
	p := b.build(t, Options{SoakWaves: intp(1)})
	for a, w := range map[string]int{"application.rms": 1, "device.fw": 1, "link.kcom_target": 1, "network.kcom": 2} {
		if got := waveOf(p, a); got != w {
			t.Errorf("%s in wave %d, want %d", a, got, w)
		}
	}
	if a := actionOf(p, "link.target_dmz"); a != nil || blockerOf(p, "link.target_dmz") != nil {
		t.Errorf("the link between kept networks acts: %+v", a)
	}
	why := actionOf(p, "network.kcom").Why
	if why.Rule != "R5" || why.Kind != ReasonSoak || why.PredecessorWave != 1 {
		t.Errorf("network.kcom why = %+v", why)
	}
	// One change a wave: the network still goes last, soak_waves = 2
	// after the last of the three (w(network) >= w(x) + soak).
	p = b.build(t, Options{SoakWaves: intp(2), MaxChanges: intp(1)})
	last := max(waveOf(p, "application.rms"), waveOf(p, "device.fw"), waveOf(p, "link.kcom_target"))
	if got := waveOf(p, "network.kcom"); last != 3 || got != last+2 {
		t.Errorf("network.kcom in wave %d, the last on it in %d: want waves 3 and 5", got, last)
	}
	// The link kept up: the network can never go.
	b.m.Links[0].Decommission = false
	p = b.build(t, Options{})
	bl := blockerOf(p, "network.kcom")
	if bl == nil || bl.Reason != "cannot be decommissioned while link.kcom_target is kept up (decommission = false) joined to it" {
		t.Fatalf("network.kcom blocker = %+v", bl)
	}
	if root := blockerOf(p, "link.kcom_target"); root == nil || root.Action != "" {
		t.Fatalf("the kept link is not listed as the root cause: %+v", root)
	}
}

// R7: a wave that would fall on a freeze's last day (its to, which the
// freeze covers) moves to the day after; the next wave counts its gap
// from the moved date.
func TestR7FreezeToDay(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	for _, n := range []string{"a", "b", "c"} {
		b.app(n, inventory.DispRehost).Network = ref("network.kcom")
	}
	b.plan(inventory.PlanSettings{Start: day("2026-03-02"), WaveDays: 7, MaxChanges: 1,
		Freezes: []*inventory.Freeze{{Meta: meta(inventory.TypeFreeze, "audit"), From: day("2026-03-05"), To: day("2026-03-09")}}})
	p := b.build(t, Options{})
	// Waves keep the Monday cadence: the slot after the freeze is
	// 2026-03-16, not the day after it (issue 12).
	want := []string{"2026-03-02", "2026-03-16", "2026-03-23", "2026-03-30"}
	if len(p.Waves) != len(want) {
		t.Fatalf("%d waves, want %d", len(p.Waves), len(want))
	}
	for i, w := range p.Waves {
		if w.Date.String() != want[i] {
			t.Errorf("wave %d on %s, want %s", i+1, w.Date, want[i])
		}
	}
	// Wave 2 was due on 2026-03-09, the freeze's last day.
	if why := p.Waves[1].Actions[0].Why; why.Freeze != "freeze.audit" {
		t.Errorf("wave 2's reason names no freeze: %+v", why)
	}
	if why := p.Waves[2].Actions[0].Why; why.Freeze != "" {
		t.Errorf("wave 3 was not moved, but its reason names %q", why.Freeze)
	}
}

// R6: the deadline is the earliest of the asset's own date, its hosts',
// its network's and covering contracts'; late actions are breaches.
func TestR6Deadlines(t *testing.T) {
	b := newB()
	b.network("kcom", true).SupportEnds = day("2025-06-30")
	b.network("target", false)
	b.device("esx", "network.kcom", inventory.DispDecommission).SupportEnds = day("2025-05-31")
	b.app("rms", inventory.DispRehost, "device.esx").SupportEnds = day("2025-12-31")
	b.contract("esx_support", "2025-01-10", "device.esx")
	b.endpoints("desks", inventory.DispMigrate, "device.esx")
	b.link("kt", true, "network.kcom", "network.target")
	b.contract("kcom_wan", "2025-03-01", "network.kcom")
	p := b.build(t, Options{MaxChanges: intp(1)})
	for _, c := range []struct{ addr, from, date string }{
		{"application.rms", "contract.esx_support", "2025-01-10"},
		{"endpoints.desks", "contract.esx_support", "2025-01-10"},
		{"device.esx", "contract.esx_support", "2025-01-10"},
		{"link.kt", "contract.kcom_wan", "2025-03-01"},
		{"network.kcom", "contract.kcom_wan", "2025-03-01"},
	} {
		a := actionOf(p, c.addr)
		if a == nil || a.DeadlineFrom != c.from || a.Deadline.String() != c.date {
			t.Errorf("%s deadline = %+v, want %s from %s", c.addr, a, c.date, c.from)
		}
	}
	// Wave 1 (01-06) takes one of rms/desks, wave 2 (01-20) is late, and
	// so are esx and kcom: five actions in a chain of waves.
	if len(p.Breaches) != 3 {
		t.Fatalf("breaches = %+v", p.Breaches)
	}
	br := p.Breaches[0]
	if br.Address != "device.esx" || br.Wave != 3 || br.DaysLate != 24 {
		t.Fatalf("breach = %+v", br)
	}
}

// R7: freezes push wave dates; capacity spreads work; the capacity bound
// shows.
func TestR7FreezeAndCapacity(t *testing.T) {
	b := newB()
	b.network("target", false)
	b.network("kcom", false)
	for _, n := range []string{"a", "b", "c", "d", "e"} {
		a := b.app(n, inventory.DispRehost)
		a.Network, a.EffortDays = ref("network.kcom"), 3
	}
	b.m.Applications[0].Criticality = inventory.CritCritical
	b.m.Applications[1].Criticality = inventory.CritCritical
	b.plan(inventory.PlanSettings{
		Start: day("2025-12-20"), WaveDays: 7, MaxEffortDays: 7, MaxCritical: 1,
		Freezes: []*inventory.Freeze{{Meta: meta(inventory.TypeFreeze, "xmas"), From: day("2025-12-19"), To: day("2026-01-02")}},
	})
	p := b.build(t, Options{})
	if len(p.Waves) != 3 || p.Waves[0].Date.String() != "2026-01-03" || p.Waves[1].Date.String() != "2026-01-10" {
		t.Fatalf("waves = %+v", p.Waves)
	}
	if why := p.Waves[0].Actions[0].Why; why.Freeze != "freeze.xmas" {
		t.Fatalf("why = %+v", why)
	}
	if waveOf(p, "application.a") == waveOf(p, "application.b") {
		t.Fatal("two critical cutovers in one wave")
	}
	if p.LowerBound.Capacity != 3 || p.LowerBound.Waves != 3 {
		t.Fatalf("lower bound = %+v", p.LowerBound)
	}
	var capWhy bool
	for _, a := range p.Waves[2].Actions {
		capWhy = capWhy || (a.Why.Kind == "capacity" && a.Why.Rule == "R7")
	}
	if !capWhy {
		t.Fatalf("no capacity explanation in wave 3: %+v", p.Waves[2].Actions)
	}
}

// Done assets take no action and block nothing; in_progress is planned.
func TestStatus(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	b.device("esx", "network.kcom", inventory.DispDecommission)
	b.app("gone", inventory.DispRetain, "device.esx").Status = inventory.StatusDone
	b.app("moving", inventory.DispRehost, "device.esx").Status = inventory.StatusInProgress
	p := b.build(t, Options{})
	if len(p.Blockers) != 0 || waveOf(p, "application.gone") != 0 || waveOf(p, "application.moving") != 1 || waveOf(p, "network.kcom") != 1 {
		t.Fatalf("plan = %+v", p)
	}
}

// Deadlines propagate back along precedences: the network's contract makes
// the application on its device urgent, ahead of work with no deadline.
func TestDeadlinePropagation(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	b.network("dc", false)
	b.contract("wan", "2025-02-03", "network.kcom") // wave 3's date
	b.device("esx", "network.kcom", inventory.DispDecommission)
	b.app("y_urgent", inventory.DispRehost, "device.esx")
	b.app("a_free", inventory.DispRehost).Network = ref("network.dc")
	p := b.build(t, Options{MaxChanges: intp(1)})
	got := []int{waveOf(p, "application.y_urgent"), waveOf(p, "device.esx"), waveOf(p, "network.kcom"), waveOf(p, "application.a_free")}
	if fmt.Sprint(got) != "[1 2 3 4]" || len(p.Breaches) != 0 {
		t.Fatalf("waves %v, breaches %+v", got, p.Breaches)
	}
}

// A dependent that is done has already taken its action: a plain
// retirement it depends on is planned, and so is the network under it.
func TestDoneDependentBlocksNothing(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	lib := b.app("lib", inventory.DispRetire)
	lib.Network = ref("network.kcom")
	app := b.app("app", inventory.DispRehost)
	app.Network, app.Target, app.DependsOn = ref("network.kcom"), ref("network.target"), refs("application.lib")
	app.Status = inventory.StatusDone
	p := b.build(t, Options{})
	if len(p.Blockers) != 0 || waveOf(p, "application.lib") != 1 || waveOf(p, "network.kcom") != 1 || waveOf(p, "application.app") != 0 {
		t.Fatalf("plan = %+v", p)
	}
	// Not done, the same dependent blocks the plain retirement.
	app.Status = inventory.StatusPlanned
	p = b.build(t, Options{})
	if bl := blockerOf(p, "application.lib"); bl == nil || bl.Reason != "cannot be retired while application.app, which is not retired, depends on it" {
		t.Fatalf("lib blocker = %+v", bl)
	}
}

// R1's link exception is a choice per pair: ordering the pair instead of
// keeping the link up saves a wave when the link would need a wave of its
// own at the end (SPEC section 2: whichever serves the plan better).
func TestR1LinkOrOrder(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	b.link("kcom_target", true, "network.kcom", "network.target")
	dns := b.app("dns", inventory.DispRehost)
	dns.Network, dns.EffortDays = ref("network.kcom"), 5
	web := b.app("web", inventory.DispRehost)
	web.Network, web.DependsOn, web.Target = ref("network.kcom"), refs("application.dns"), ref("network.target")
	web.EffortDays = 2
	// dns and web cannot share a wave (7 effort days, 6 allowed), and a
	// wave takes two changes: dns with the link, then web with kcom.
	// Keeping the link up until both have moved would need a third wave.
	p := b.build(t, Options{MaxChanges: intp(2), MaxEffortDays: floatp(6)})
	if len(p.Waves) != 2 || waveOf(p, "application.dns") != 1 || waveOf(p, "link.kcom_target") != 1 ||
		waveOf(p, "application.web") != 2 || waveOf(p, "network.kcom") != 2 {
		t.Fatalf("got %d waves: dns %d, link %d, web %d, kcom %d; want dns and the link in 1, web and kcom in 2",
			len(p.Waves), waveOf(p, "application.dns"), waveOf(p, "link.kcom_target"), waveOf(p, "application.web"), waveOf(p, "network.kcom"))
	}
	if why := actionOf(p, "application.web").Why; why.Kind != ReasonCapacity && (why.Predecessor != "application.dns" || why.Rule != "R1") {
		t.Fatalf("web why = %+v", why)
	}
	if got := actionOf(p, "application.web").Across; len(got) != 0 {
		t.Fatalf("web waits for dns, across = %+v", got)
	}
}

// Every breach carries its remedy: the earliest date with everything else
// fixed, what to extend, and the binding constraint.
func TestBreachRemedy(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	b.contract("support", "2025-01-10", "network.kcom")
	for _, n := range []string{"a", "b", "c"} {
		b.app(n, inventory.DispRehost).Network = ref("network.kcom")
	}
	// One change a wave from 2025-01-06, weekly: a, b, c, then kcom; the
	// contract ends 2025-01-10, so b, c and kcom are late.
	p := b.build(t, Options{MaxChanges: intp(1), WaveDays: intp(7)})
	if len(p.Breaches) != 3 {
		t.Fatalf("breaches: %+v", p.Breaches)
	}
	for _, br := range p.Breaches {
		r := br.Remedy
		if r == nil || r.Extend != "ends of contract.support" || r.Date != br.Date {
			t.Fatalf("%s remedy = %+v", br.Address, r)
		}
		switch br.Address {
		case "network.kcom":
			// It waits for c (R5) in wave 3, which is full.
			if r.Binding != "capacity" || r.FullFrom != 3 || r.FullTo != 3 {
				t.Fatalf("kcom remedy = %+v", r)
			}
		default:
			if r.Binding != "capacity" || r.Limit != "max_changes = 1" || r.FullFrom != 1 {
				t.Fatalf("%s remedy = %+v", br.Address, r)
			}
		}
	}
	if r := p.Breaches[0].Remedy; p.Breaches[0].Address != "application.b" ||
		r.Text != "extend ends of contract.support to at least 2025-01-13: with everything else fixed, wave 1 has no room under max_changes = 1" {
		t.Fatalf("b remedy = %+v", r)
	}
}
