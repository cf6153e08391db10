package planner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
)

// not_before: an action is never in a wave dated before it; what waits for
// it waits longer; the reason names the date.
func TestNotBefore(t *testing.T) {
	b := newB() // waves weekly from 2025-01-06
	b.plan(inventory.PlanSettings{Start: day("2025-01-06"), WaveDays: 7})
	b.network("kcom", true)
	b.network("target", false)
	b.device("esx", "network.kcom", inventory.DispDecommission)
	app := b.app("app", inventory.DispRehost, "device.esx")
	app.NotBefore = day("2025-01-15") // a Wednesday: wave 3, 2025-01-20, is the first on or after it
	p := b.build(t, Options{})
	if w := waveOf(p, "application.app"); w != 3 {
		t.Fatalf("application.app in wave %d, want 3", w)
	}
	if w := waveOf(p, "device.esx"); w != 3 {
		t.Errorf("device.esx in wave %d, want 3: it waits for the application", w)
	}
	why := actionOf(p, "application.app").Why
	if why.Kind != ReasonNotBefore || why.Text != "not_before = 2025-01-15: wave 3 is the first dated on or after it" {
		t.Errorf("why = %+v", why)
	}
	if p.LowerBound.Waves != 3 || p.LowerBound.Chain != 3 {
		t.Errorf("lower bound %+v, want 3 waves from the chain (wave 3 at the earliest)", p.LowerBound)
	}
	// A member's not_before holds its whole move group back.
	other := b.app("other", inventory.DispRehost, "device.esx")
	other.DependsOn, app.DependsOn = refs("application.app"), refs("application.other")
	p = b.build(t, Options{})
	if wa, wo := waveOf(p, "application.app"), waveOf(p, "application.other"); wa != 3 || wo != 3 {
		t.Fatalf("group in waves %d and %d, want 3", wa, wo)
	}
	why = actionOf(p, "application.other").Why
	if why.Kind != ReasonGroup || why.Predecessor != "application.app" || !strings.Contains(why.Text, "application.app has not_before = 2025-01-15") {
		t.Errorf("why of the other member = %+v", why)
	}
}

// A not_before the calendar can never reach (past releaseHorizon waves)
// makes the action a blocker naming the date, and what waits for it is
// blocked too.
func TestNotBeforeBeyondHorizon(t *testing.T) {
	b := newB()
	b.plan(inventory.PlanSettings{Start: day("2025-01-06"), WaveDays: 1})
	b.network("kcom", true)
	b.network("target", false)
	b.app("app", inventory.DispRehost).Network = ref("network.kcom")
	b.m.Applications[0].NotBefore = day("2099-01-01") // 10,000 daily waves end in 2052
	p := b.build(t, Options{})
	bl := blockerOf(p, "application.app")
	if bl == nil || !strings.Contains(bl.Reason, "has not_before = 2099-01-01, later than any wave the plan can date") {
		t.Fatalf("blocker %+v", bl)
	}
	if bl := blockerOf(p, "network.kcom"); bl == nil || bl.Chain[len(bl.Chain)-1] != "application.app" {
		t.Fatalf("network blocker %+v", bl)
	}
	// Two weeks a wave reach it: planned, with the empty waves before it.
	p = b.build(t, Options{WaveDays: intp(14)})
	if len(p.Blockers) != 0 || p.Waves[len(p.Waves)-1].Date < day("2099-01-01") {
		t.Fatalf("blockers %+v; last wave %s", p.Blockers, p.Waves[len(p.Waves)-1].Date)
	}
}

// Effort comes from devices, links and networks too (SPEC section 1):
// pulling a switch is work, counted against max_effort_days.
func TestKitEffort(t *testing.T) {
	b := newB()
	b.network("kcom", true).EffortDays = 2
	b.network("target", false)
	b.network("dmz", true)
	b.link("kcom_dmz", true, "network.kcom", "network.dmz").EffortDays = 2
	b.device("core", "network.kcom", inventory.DispDecommission).EffortDays = 3
	b.device("edge", "network.dmz", inventory.DispDecommission).EffortDays = 3
	p := b.build(t, Options{MaxEffortDays: floatp(4)})
	for _, c := range []struct {
		addr   string
		effort float64
	}{{"network.kcom", 2}, {"link.kcom_dmz", 2}, {"device.core", 3}, {"device.edge", 3}, {"network.dmz", 0}} {
		if a := actionOf(p, c.addr); a == nil || a.EffortDays != c.effort {
			t.Errorf("%s: %+v, want effort %g", c.addr, a, c.effort)
		}
	}
	// 3 + 3 days of devices cannot share a wave of 4; the link (2) may
	// join one of them.
	if waveOf(p, "device.core") == waveOf(p, "device.edge") {
		t.Errorf("both devices in wave %d: 6 effort days over a limit of 4", waveOf(p, "device.core"))
	}
	if p.LowerBound.Capacity < 3 {
		t.Errorf("capacity bound %d: 10 effort days at 4 a wave need 3 waves", p.LowerBound.Capacity)
	}
	p = b.build(t, Options{MaxEffortDays: floatp(2)})
	if bl := blockerOf(p, "device.core"); bl == nil || !strings.Contains(bl.Reason, "3 effort days, more than max_effort_days = 2") {
		t.Errorf("device.core blocker %+v", bl)
	}
}

// The attribute at the root of a blocker is its cause: a not_before past
// the horizon, or the effort_days of an action too big for any wave.
func TestBlockerCauses(t *testing.T) {
	m := loadHCL(t, `plan {
  start           = "2025-01-06"
  wave_days       = 1
  max_effort_days = 5
}
network "kcom" { role = "legacy" }
network "target" { role = "target" }
application "late" {
  network     = network.kcom
  disposition = "rehost"
  target      = network.target
  not_before  = "2099-01-01"
}
application "big" {
  network     = network.kcom
  disposition = "rehost"
  target      = network.target
  effort_days = 8
}
`)
	p := mustBuild(t, m, Options{})
	for addr, want := range map[string]string{
		"application.late": "application.late not_before 12",
		"application.big":  "application.big effort_days 18",
		"network.kcom":     "application.late not_before 12", // the first root it waits for
	} {
		bl := blockerOf(p, addr)
		if bl == nil || bl.Cause == nil {
			t.Fatalf("%s: blocker %+v", addr, bl)
		}
		if got := fmt.Sprintf("%s %s %d", bl.Cause.Address, bl.Cause.Attribute, bl.Cause.Range.Start.Line); got != want {
			t.Errorf("%s: cause %s, want %s", addr, got, want)
		}
	}
}
