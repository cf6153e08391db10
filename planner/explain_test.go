package planner

import (
	"testing"

	"github.com/decomhq/decom/inventory"
)

// A move group member that does not itself wait for anything is explained
// by the member that does.
func TestWhyGroup(t *testing.T) {
	b := newB()
	b.network("dc", false)
	b.network("target", false)
	for _, n := range []string{"u1", "u2", "u3"} {
		u := b.app(n, inventory.DispRehost)
		u.Network, u.SupportEnds = ref("network.dc"), day("2025-01-10")
	}
	b.app("x", inventory.DispRehost).Network = ref("network.dc")
	a := b.app("a", inventory.DispRehost)
	a.Network, a.DependsOn = ref("network.dc"), refs("application.b", "application.x")
	b.app("b", inventory.DispRehost).DependsOn = refs("application.a")
	b.m.Applications[len(b.m.Applications)-1].Network = ref("network.dc")
	p := b.build(t, Options{MaxChanges: intp(3)})
	if waveOf(p, "application.a") != 2 || waveOf(p, "application.x") != 2 {
		t.Fatalf("waves: %+v", p.Waves)
	}
	wa, wb := actionOf(p, "application.a").Why, actionOf(p, "application.b").Why
	if wa.Kind != "after" || wa.Rule != "R1" || wa.Predecessor != "application.x" || wa.Text != "depends on application.x, which moves in wave 2" {
		t.Fatalf("a why = %+v", wa)
	}
	if wb.Kind != "group" || wb.Rule != "R2" || wb.Predecessor != "application.x" ||
		wb.Text != "moves with application.a in one move group, and application.a depends on application.x, which moves in wave 2" {
		t.Fatalf("b why = %+v", wb)
	}
}

// Bad or odd input never panics: a nil model, dangling references, an
// application depending on itself, an uplink cycle that soak cannot
// satisfy, a freeze that ends before it starts.
func TestOddInput(t *testing.T) {
	if p := mustBuild(t, nil, Options{}); len(p.Waves) != 0 || p.Settings.WaveDays != DefaultWaveDays {
		t.Fatalf("nil model: %+v", p)
	}
	b := newB()
	b.network("kcom", true)
	b.device("sw1", "network.kcom", inventory.DispDecommission).Uplink = ref("device.sw2")
	b.device("sw2", "network.kcom", inventory.DispDecommission).Uplink = ref("device.sw1")
	self := b.app("self", inventory.DispRehost, "device.nowhere")
	self.DependsOn = refs("application.self", "application.ghost")
	self.Target = ref("network.ghost")
	b.endpoints("desks", inventory.DispMigrate, "device.ghost_switch")
	b.link("half", true, "network.kcom")
	b.plan(inventory.PlanSettings{Freezes: []*inventory.Freeze{{Meta: meta(inventory.TypeFreeze, "odd"), From: day("2025-02-01"), To: day("2025-01-01")}}})
	p := b.build(t, Options{SoakWaves: intp(1)})
	bl := blockerOf(p, "device.sw1")
	if bl == nil || bl.Reason != "is in a cycle of precedences (device.sw1, device.sw2) that soak_waves = 1 cannot satisfy" {
		t.Fatalf("sw1 blocker = %+v", bl)
	}
	if waveOf(p, "application.self") != 1 || waveOf(p, "endpoints.desks") != 1 {
		t.Fatalf("waves: %+v", p.Waves)
	}
	// Without soak the cycle is one unit that moves in one wave.
	p = b.build(t, Options{})
	if waveOf(p, "device.sw1") == 0 || waveOf(p, "device.sw1") != waveOf(p, "device.sw2") {
		t.Fatalf("waves: %+v, blockers %+v", p.Waves, p.Blockers)
	}
}
