package planner

import (
	"fmt"
	"testing"

	"github.com/decomhq/decom/inventory"
)

// The window bound beats chain and capacity: core no later than four apps,
// their server a soak wave after them, two changes a wave. Chain says 2
// (core and the apps may share a wave), capacity 3 (6 actions); but the
// five actions that need a wave after them take 3 waves before the
// server's: 4.
func TestWindowBound(t *testing.T) {
	b := newB()
	b.network("dc", false)
	b.network("target", false)
	b.device("esx", "network.dc", inventory.DispDecommission)
	b.app("core", inventory.DispRehost).Network = ref("network.dc")
	for _, n := range []string{"b1", "b2", "b3", "b4"} {
		b.app(n, inventory.DispRehost, "device.esx").DependsOn = refs("application.core")
	}
	p := b.build(t, Options{MaxChanges: intp(2), SoakWaves: intp(1)})
	want := LowerBound{Waves: 4, Chain: 2, Capacity: 3, Window: 4}
	if p.LowerBound != want || len(p.Waves) != 4 {
		t.Fatalf("lower bound %+v, %d waves; want %+v and 4 waves", p.LowerBound, len(p.Waves), want)
	}
}

// Clearing whole hosts before a shared deadline: four servers with 1, 1, 2
// and 4 applications, two effort days a wave and a network contract that
// only waves 1 and 2 meet. Interleaving the applications would leave every
// server with a late one (9 breaches); clearing the three small servers
// first leaves only the big one, its applications and the network late.
func TestClearWholeHosts(t *testing.T) {
	b := newB()
	b.network("kcom", true)
	b.network("target", false)
	b.contract("wan", "2025-01-20", "network.kcom")
	hosts := map[string]int{"a_small": 1, "b_small": 1, "c_mid": 2, "d_big": 4}
	i := 0
	for _, h := range []string{"a_small", "b_small", "c_mid", "d_big"} {
		b.device(h, "network.kcom", inventory.DispDecommission)
		for k := 0; k < hosts[h]; k++ {
			// Names interleave the hosts in address order.
			a := b.app(fmt.Sprintf("app%d_%s", 7-i%8, h), inventory.DispRehost, "device."+h)
			a.EffortDays = 1
			i++
		}
	}
	p := b.build(t, Options{MaxEffortDays: floatp(2)})
	if len(p.Waves) != 4 || len(p.Breaches) != 6 {
		t.Fatalf("%d waves, %d breaches: %+v", len(p.Waves), len(p.Breaches), p.Breaches)
	}
	for _, h := range []string{"a_small", "b_small", "c_mid"} {
		if w := waveOf(p, "device."+h); w > 2 {
			t.Errorf("device.%s in wave %d, after the contract", h, w)
		}
	}
	if base := baseline(b.m, p.Settings); base.Breaches <= 6 {
		t.Logf("plain list scheduling also finds %d breaches", base.Breaches)
	} else {
		t.Logf("plain list scheduling: %d breaches; planner: 6", base.Breaches)
	}
}
