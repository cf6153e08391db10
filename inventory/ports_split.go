package inventory

import (
	"math/bits"
	"sort"
)

// unlimited is the capacity of a switch that does not limit what is
// uplinked to it, and of the edges from groups to switches: more than any
// count can reach, with room to add a few without overflow.
const unlimited = int64(1) << 62

// splitGroup is one endpoint group that takes ports: its distinct uplinks
// that are devices, as switch indexes in list order.
type splitGroup struct {
	e        *Endpoints
	addr     string
	switches []int32
}

// split decides how every endpoint group is spread over its uplinks (see
// Ports) and records the Shortfalls of the sets of switches that no split
// fits. Groups are taken in the order of groups (address order), and the
// work is done per connected set of groups and switches.
func (p *Ports) split(groups []*Endpoints) {
	swIndex := map[string]int32{}
	sws := make([]*DevicePorts, 0, len(p.devices))
	gs := make([]splitGroup, 0, len(groups))
	seen := make([]int, 0, len(p.devices)) // seen[switch] = 1 + index of the last group listing it
	for _, e := range groups {
		if e.Count <= 0 || gone(e.Status, e.Disposition) {
			continue
		}
		g := splitGroup{e: e, addr: e.Address()}
		for _, r := range e.Uplink {
			dp := p.devices[r.Addr]
			if dp == nil || !r.IsSet() {
				continue
			}
			i, ok := swIndex[r.Addr]
			if !ok {
				i = int32(len(sws))
				swIndex[r.Addr] = i
				sws = append(sws, dp)
				seen = append(seen, 0)
			}
			if seen[i] != len(gs)+1 {
				seen[i] = len(gs) + 1
				g.switches = append(g.switches, i)
			}
		}
		if len(g.switches) > 0 {
			gs = append(gs, g)
		}
	}
	// Connected sets of switches, joined by the groups uplinked to them.
	joined := newUnionFind(len(sws))
	for _, g := range gs {
		for _, s := range g.switches[1:] {
			joined.union(g.switches[0], s)
		}
	}
	// Most sets fit the even split: record it and leave the flow to the
	// sets where it overfills a switch.
	load := make([]int64, len(sws))
	for _, g := range gs {
		count, k := flowCount(g.e), int64(len(g.switches))
		for j, s := range g.switches {
			load[s] += evenShare(count, k, j)
		}
	}
	over := map[int32]bool{}
	for s, dp := range sws {
		if load[s] > switchCap(dp) {
			over[joined.find(int32(s))] = true
		}
	}
	// Bucket the other groups by their set, sets in the order of their
	// first group.
	setOf := map[int32]int{}
	var sets [][]int
	for gi, g := range gs {
		root := joined.find(g.switches[0])
		if !over[root] {
			count, k := int64(g.e.Count), int64(len(g.switches))
			for j, s := range g.switches {
				p.record(g.addr, sws[s], evenShare(count, k, j))
			}
			continue
		}
		si, ok := setOf[root]
		if !ok {
			si = len(sets)
			setOf[root] = si
			sets = append(sets, nil)
		}
		sets[si] = append(sets[si], gi)
	}
	local := make([]int32, len(sws))
	for i := range local {
		local[i] = -1
	}
	for _, members := range sets {
		p.splitSet(gs, members, sws, local)
	}
}

// evenShare is the j-th of k shares of count in the even split: count / k,
// and one more for the first count % k.
func evenShare(count, k int64, j int) int64 {
	n := count / k
	if int64(j) < count%k {
		n++
	}
	return n
}

// switchCap is how many endpoints dp takes: its ports less those its
// uplinked devices take, or unlimited.
func switchCap(dp *DevicePorts) int64 {
	if !dp.Limited {
		return unlimited
	}
	return int64(max(0, dp.Ports-len(dp.Devices)))
}

// record adds n endpoints of group on dp, if n > 0.
func (p *Ports) record(group string, dp *DevicePorts, n int64) {
	if n <= 0 {
		return
	}
	s := Share{Group: group, Switch: dp.Address, Count: int(n)}
	p.shares[group] = append(p.shares[group], s)
	dp.Endpoints = append(dp.Endpoints, s)
}

// splitSet splits the groups gs[members] (one connected set, in address
// order) over their switches sws. local is scratch space, one entry per
// switch, all -1; splitSet leaves it so.
func (p *Ports) splitSet(gs []splitGroup, members []int, sws []*DevicePorts, local []int32) {
	// Nodes: 0 the source, 1..G the groups, then the switches in order of
	// first appearance, then the sink.
	var swOf []int32 // local switch -> index in sws
	for _, gi := range members {
		for _, s := range gs[gi].switches {
			if local[s] < 0 {
				local[s] = int32(len(swOf))
				swOf = append(swOf, s)
			}
		}
	}
	defer func() {
		for _, s := range swOf {
			local[s] = -1
		}
	}()
	nG, nS := len(members), len(swOf)
	deg := make([]int, nG+nS+2)
	src, sink := int32(0), int32(nG+nS+1)
	deg[src], deg[sink] = nG, nS
	for li, gi := range members {
		deg[li+1] = 1 + len(gs[gi].switches)
		for _, s := range gs[gi].switches {
			deg[nG+1+int(local[s])]++
		}
	}
	for ls := range nS {
		deg[nG+1+ls]++ // to the sink
	}
	f := newFlowNet(deg)
	swNode := func(ls int32) int32 { return int32(nG+1) + ls }

	srcEdge := make([]int32, nG)  // source -> group
	sinkEdge := make([]int32, nS) // switch -> sink
	mid := make([][]int32, nG)    // group -> its switch edges, in list order
	into := make([][]int32, nS)   // switch -> the group edges into it
	for li, gi := range members {
		srcEdge[li] = f.add(src, int32(li+1), flowCount(gs[gi].e))
	}
	for li, gi := range members {
		for _, s := range gs[gi].switches {
			e := f.add(int32(li+1), swNode(local[s]), unlimited)
			mid[li] = append(mid[li], e)
			into[local[s]] = append(into[local[s]], e)
		}
	}
	capOf := func(ls int) int64 { return switchCap(sws[swOf[ls]]) }
	for ls := range nS {
		sinkEdge[ls] = f.add(swNode(int32(ls)), sink, capOf(ls))
	}

	// Start from the even split, then cut back what overfills a switch in
	// proportion to each group's share of it.
	for li, gi := range members {
		count, k := flowCount(gs[gi].e), int64(len(mid[li]))
		for j, e := range mid[li] {
			f.flow[e] = evenShare(count, k, j)
		}
	}
	var want []int64
	for ls := range nS {
		c := capOf(ls)
		var sum int64
		for _, e := range into[ls] {
			sum += f.flow[e]
		}
		if sum <= c {
			continue
		}
		left := c
		want = want[:0]
		for _, e := range into[ls] {
			want = append(want, f.flow[e])
			f.flow[e] = mulDiv(f.flow[e], c, sum)
			left -= f.flow[e]
		}
		for i, e := range into[ls] {
			if left > 0 && f.flow[e] < want[i] {
				f.flow[e]++
				left--
			}
		}
	}
	for li := range members {
		var n int64
		for _, e := range mid[li] {
			f.setFlow(e, f.flow[e])
			n += f.flow[e]
		}
		f.setFlow(srcEdge[li], n)
	}
	for ls := range nS {
		var n int64
		for _, e := range into[ls] {
			n += f.flow[e]
		}
		f.setFlow(sinkEdge[ls], n)
	}

	short := false
	for li, gi := range members {
		if f.flow[srcEdge[li]] < flowCount(gs[gi].e) {
			short = true
			break
		}
	}
	if short {
		f.maxFlow(src, sink)
		p.shortfallsOf(f, gs, members, sws, swOf)
	}

	// Record the shares; what did not fit is spread evenly on top.
	for li, gi := range members {
		g := gs[gi]
		missing := int64(g.e.Count) - f.flow[srcEdge[li]]
		k := int64(len(mid[li]))
		for j, e := range mid[li] {
			n := f.flow[e]
			if missing > 0 {
				n += evenShare(missing, k, j)
			}
			p.record(g.addr, sws[g.switches[j]], n)
		}
	}
}

// shortfallsOf records a Shortfall for each connected part of the nodes
// reachable from the source in f's residual graph once f is a maximum flow.
// Those nodes are the smallest minimum cut's source side, whatever maximum
// flow was found: every group in it is uplinked only to switches in it,
// which are full, and each connected part holds a group that does not fit.
func (p *Ports) shortfallsOf(f *flowNet, gs []splitGroup, members []int, sws []*DevicePorts, swOf []int32) {
	nG := len(members)
	sink := int32(len(f.adj) - 1)
	reach := f.reachable(0)
	part := make([]bool, len(f.adj))
	for start := 1; start <= nG; start++ {
		if !reach[start] || part[start] {
			continue
		}
		// Walk the bipartite edges (either way) among reachable nodes.
		var sf Shortfall
		queue := []int32{int32(start)}
		part[start] = true
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			if int(x) <= nG {
				g := gs[members[x-1]]
				sf.Groups = append(sf.Groups, g.addr)
				sf.Endpoints = satAdd(sf.Endpoints, g.e.Count)
			} else {
				dp := sws[swOf[int(x)-nG-1]]
				sf.Switches = append(sf.Switches, dp.Address)
				sf.Devices = satAdd(sf.Devices, len(dp.Devices))
				sf.Ports = satAdd(sf.Ports, dp.Ports)
			}
			for _, e := range f.adj[x] {
				y := f.to[e]
				if y == 0 || y == sink || !reach[y] || part[y] {
					continue
				}
				part[y] = true
				queue = append(queue, y)
			}
		}
		sort.Strings(sf.Groups)
		sort.Strings(sf.Switches)
		p.shortfalls = append(p.shortfalls, sf)
	}
}

// maxFlowCount bounds a group's count in the flow, so that sums of counts
// cannot overflow. A group larger than that fits no switch with ports; on
// switches that do not limit it, the rest is placed with what did not fit.
const maxFlowCount = int64(1) << 40

func flowCount(e *Endpoints) int64 { return min(int64(e.Count), maxFlowCount) }

// mulDiv returns a*b/c rounded down, for 0 <= a <= c and b >= 0, without
// overflowing.
func mulDiv(a, b, c int64) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	q, _ := bits.Div64(hi, lo, uint64(c))
	return int64(q)
}
