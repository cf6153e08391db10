package inventory

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomPorts builds a small random estate of switches (some without
// ports, some with devices uplinked) and endpoint groups over them.
func randomPorts(r *rand.Rand) *portEstate {
	p := newPortEstate()
	nSw := 1 + r.IntN(5)
	for i := range nSw {
		ports := r.IntN(14)
		if r.IntN(6) == 0 {
			ports = -1
		}
		p.sw(fmt.Sprintf("s%d", i), ports)
		for j := range r.IntN(3) {
			p.dev(fmt.Sprintf("d%d_%d", i, j), fmt.Sprintf("s%d", i))
		}
	}
	for i := range 1 + r.IntN(5) {
		var ups []string
		for range 1 + r.IntN(3) {
			ups = append(ups, fmt.Sprintf("s%d", r.IntN(nSw)))
		}
		p.group(fmt.Sprintf("g%d", i), 1+r.IntN(15), ups...)
	}
	p.Reindex()
	return p
}

// hall is the brute-force answer for m: for every set of groups, the
// endpoints it has beyond the free ports of its uplinks (after devices);
// the largest such deficiency (0 when a split fits) and the groups of
// every set that reaches it.
func hall(m *Model) (most int, argmax [][]string) {
	free := map[string]int{} // -1: unlimited
	for _, d := range m.Devices {
		free[d.Address()] = -1
		if portsGiven(d) {
			free[d.Address()] = d.Ports
		}
	}
	for _, d := range m.Devices {
		if d.Uplink.IsSet() && free[d.Uplink.Addr] >= 0 {
			free[d.Uplink.Addr] = max(0, free[d.Uplink.Addr]-1)
		}
	}
	gs := m.Endpoints
	for mask := 1; mask < 1<<len(gs); mask++ {
		need, have, unlimitedUp := 0, 0, false
		ups := map[string]bool{}
		var names []string
		for i, g := range gs {
			if mask&(1<<i) == 0 {
				continue
			}
			names = append(names, g.Address())
			need += g.Count
			for _, u := range g.Uplink {
				ups[u.Addr] = true
			}
		}
		for u := range ups {
			if free[u] < 0 {
				unlimitedUp = true
			}
			have += free[u]
		}
		if unlimitedUp {
			continue
		}
		switch d := need - have; {
		case d > most:
			most, argmax = d, [][]string{names}
		case d == most && d > 0:
			argmax = append(argmax, names)
		}
	}
	return most, argmax
}

// The split and its shortfalls agree with Hall's theorem checked by brute
// force: a shortfall exactly when some set of groups has too few ports;
// the shortfalls' missing endpoints add up to the largest deficiency; and
// their groups are the smallest set that reaches it. Every endpoint is
// placed on one of its group's uplinks, and when a split fits no limited
// switch is overfilled.
func TestPortsSplitAgreesWithHall(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	short, uneven := 0, 0
	for iter := range 3000 {
		p := randomPorts(r)
		ports := NewPorts(p.Model)
		most, argmax := hall(p.Model)
		var groups []string
		deficit := 0
		for _, sf := range ports.Shortfalls() {
			if len(sf.Groups) == 0 {
				continue
			}
			groups = append(groups, sf.Groups...)
			// Its own deficiency: endpoints beyond the free ports.
			free := 0
			for _, s := range sf.Switches {
				dp := ports.Device(s)
				free += max(0, dp.Ports-len(dp.Devices))
			}
			deficit += sf.Endpoints - free
			for _, g := range sf.Groups {
				for _, u := range p.Lookup(g).(*Endpoints).Uplink {
					if !slices.Contains(sf.Switches, u.Addr) {
						t.Fatalf("case %d: %s in a shortfall but uplinked to %s outside it: %+v", iter, g, u.Addr, sf)
					}
				}
			}
		}
		slices.Sort(groups)
		if deficit != most {
			t.Fatalf("case %d: brute force finds deficiency %d, split found shortfalls %+v\n%s", iter, most, ports.Shortfalls(), shares(p.Model))
		}
		if most > 0 {
			for _, set := range argmax {
				for _, g := range groups {
					if !slices.Contains(set, g) {
						t.Fatalf("case %d: shortfall groups %v are not inside every most-deficient set (%v)", iter, groups, set)
					}
				}
			}
		}
		used := map[string]int{}
		for _, e := range p.Endpoints {
			n := 0
			for _, s := range ports.Shares(e.Address()) {
				if s.Count <= 0 || !slices.ContainsFunc(e.Uplink, func(r Ref) bool { return r.Addr == s.Switch }) {
					t.Fatalf("case %d: bad share %+v", iter, s)
				}
				n += s.Count
				used[s.Switch] += s.Count
			}
			if n != e.Count {
				t.Fatalf("case %d: %s has %d endpoints placed, want %d", iter, e.Address(), n, e.Count)
			}
		}
		for _, d := range p.Devices {
			dp := ports.Device(d.Address())
			if dp.EndpointCount() != used[d.Address()] {
				t.Fatalf("case %d: %s counts %d endpoints, shares say %d", iter, d.Address(), dp.EndpointCount(), used[d.Address()])
			}
			if most == 0 && dp.Limited && len(dp.Devices) <= dp.Ports && dp.Used() > dp.Ports {
				t.Fatalf("case %d: a split fits but %s uses %d of %d ports", iter, d.Address(), dp.Used(), dp.Ports)
			}
		}
		if again := NewPorts(p.Model); fmt.Sprint(again.Shortfalls(), again.shares) != fmt.Sprint(ports.Shortfalls(), ports.shares) {
			t.Fatalf("case %d: not deterministic", iter)
		}
		switch {
		case most > 0:
			short++
		case !evenFits(p.Model):
			uneven++
		}
	}
	// The cases that matter were met often enough to mean something.
	if short < 300 || uneven < 100 {
		t.Errorf("only %d cases with a shortfall and %d that only an uneven split fits", short, uneven)
	}
}

// evenFits reports whether the even split of every group fits every
// limited switch.
func evenFits(m *Model) bool {
	used := map[string]int{}
	for _, d := range m.Devices {
		if d.Uplink.IsSet() {
			used[d.Uplink.Addr]++
		}
	}
	for _, e := range m.Endpoints {
		var ups []string
		for _, u := range e.Uplink {
			if !slices.Contains(ups, u.Addr) {
				ups = append(ups, u.Addr)
			}
		}
		for i, u := range ups {
			used[u] += e.Count / len(ups)
			if i < e.Count%len(ups) {
				used[u]++
			}
		}
	}
	for _, d := range m.Devices {
		if portsGiven(d) && used[d.Address()] > d.Ports {
			return false
		}
	}
	return true
}

// chainModel is n groups of 10 endpoints in a chain, group i uplinked to
// switches i and i+1. Switch 0 has no free port and the last has 20, so
// the only split that fits moves five endpoints of every group one switch
// along: one augmenting path through the whole chain.
func chainModel(n int) *Model {
	m := &Model{}
	for i := range n + 1 {
		ports := 10
		switch i {
		case 0:
			ports = 0
		case n:
			ports = 20
		}
		m.Devices = append(m.Devices, &Device{Meta: Meta{Type: TypeDevice, Label: fmt.Sprintf("s%06d", i)}, Kind: KindSwitch, Ports: ports,
			Disposition: DispDecommission})
	}
	m.Devices[0].Attrs = []AttrRange{{Name: "ports"}}
	for i := range n {
		m.Endpoints = append(m.Endpoints, &Endpoints{Meta: Meta{Type: TypeEndpoints, Label: fmt.Sprintf("g%06d", i)}, Count: 10,
			Uplink: []Ref{{Addr: fmt.Sprintf("device.s%06d", i)}, {Addr: fmt.Sprintf("device.s%06d", i+1)}}})
	}
	m.Reindex()
	return m
}

func TestPortsChainCascade(t *testing.T) {
	m := chainModel(20000)
	p := NewPorts(m)
	if sf := p.Shortfalls(); len(sf) != 0 {
		t.Fatalf("shortfalls %+v", sf[0])
	}
	if got := fmt.Sprint(p.Shares("endpoints.g000000"), p.Shares("endpoints.g019999")); got != "[{endpoints.g000000 device.s000001 10}] [{endpoints.g019999 device.s020000 10}]" {
		t.Errorf("ends of the chain: %s", got)
	}
	m.Devices[len(m.Devices)-1].Ports = 9
	if sf := NewPorts(m).Shortfalls(); len(sf) != 1 || len(sf[0].Groups) != 20000 || sf[0].Missing() != 1 {
		t.Errorf("one port short: want one shortfall of every group, 1 port short")
	}
}

// BenchmarkPortsChain splits 100,000 groups that form one connected set
// whose only fitting split is one augmenting path through all of them.
func BenchmarkPortsChain(b *testing.B) {
	m := chainModel(100000)
	b.ReportAllocs()
	for b.Loop() {
		if sf := NewPorts(m).Shortfalls(); len(sf) != 0 {
			b.Fatal("the chain fits")
		}
	}
}
