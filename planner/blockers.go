package planner

import (
	"fmt"
	"sort"
	"strings"
)

// blockState records, for every node, whether it is blocked and why.
type blockState struct {
	blocked []bool
	parent  []int     // the blocked predecessor it waits for; -1 at a root
	reason  []string  // at a root: the root's own reason
	cause   []string  // at a root caused by an asset that takes no action: that asset
	extra   []int     // at a root: how many more causes it has
	src     []*Source // at a root: where its cause is written
	// talker is, for a link blocked because a dependency that talks
	// across it can never move, the dependent's node plus one (0 for
	// every other node).
	talker []int32
}

// propagate marks the roots and everything that must wait for them
// (along precedence edges, breadth first, so each chain is a shortest
// one). Roots are taken in order; a node's first root wins.
//
// A relaxed pair (rule 1's link exception) whose dependency y is blocked
// does not block the dependent x (SPEC section 2): x moves, and one of the
// pair's links must stay up for good, so that link's decommission is
// blocked (with what waits for it) unless one of them is blocked already.
// Pairs with a single link are settled first; a pair with several takes
// its first link (address order) only when no other block settled it.
func propagate(n int, edges []edge, out csr, relax []relaxPair, roots []rootBlock) *blockState {
	b := &blockState{
		blocked: make([]bool, n), parent: make([]int, n), reason: make([]string, n),
		cause: make([]string, n), extra: make([]int, n), src: make([]*Source, n),
		talker: make([]int32, n),
	}
	var queue []int
	for _, r := range roots {
		if b.blocked[r.node] {
			if b.parent[r.node] < 0 && b.cause[r.node] != "" && b.cause[r.node] != r.cause {
				b.extra[r.node]++
			}
			continue
		}
		b.blocked[r.node], b.parent[r.node] = true, -1
		b.reason[r.node], b.cause[r.node], b.src[r.node] = r.reason, r.cause, r.src
		queue = append(queue, r.node)
	}
	head := 0
	spread := func() {
		for ; head < len(queue); head++ {
			v := queue[head]
			for _, ei := range out.of(v) {
				t := edges[ei].to
				if !b.blocked[t] {
					b.blocked[t], b.parent[t] = true, v
					queue = append(queue, t)
				}
			}
		}
	}
	spread()
	// settle blocks the link of each pair whose dependency is blocked and
	// none of whose links is: only pairs with one link when single is set.
	settle := func(single bool) bool {
		added := false
		for _, r := range relax {
			if !b.blocked[r.y] || b.blocked[r.x] || (single && len(r.links) > 1) || b.anyBlocked(r.links) {
				continue
			}
			l := r.links[0]
			b.blocked[l], b.parent[l], b.talker[l] = true, r.y, int32(r.x)+1
			queue = append(queue, l)
			added = true
		}
		return added
	}
	for settle(true) || settle(false) {
		spread()
	}
	return b
}

// anyBlocked reports whether any of the nodes is blocked.
func (b *blockState) anyBlocked(nodes []int) bool {
	for _, v := range nodes {
		if b.blocked[v] {
			return true
		}
	}
	return false
}

// root follows the chain from v to its root node.
func (b *blockState) root(v int) int {
	for b.parent[v] >= 0 {
		v = b.parent[v]
	}
	return v
}

// blockers lists every blocked action and every asset that takes no action
// but blocks one, sorted by address.
func (b *blockState) blockers(e *estate, causes map[string]rootCause) []Blocker {
	out := []Blocker{}
	for v, n := range e.nodes {
		if !b.blocked[v] {
			continue
		}
		var chain []string
		for x := v; x >= 0; x = b.parent[x] {
			chain = append(chain, e.nodes[x].addr)
		}
		r := b.root(v)
		if b.cause[r] != "" {
			chain = append(chain, b.cause[r])
		}
		rootText := b.reason[r]
		if b.extra[r] > 0 {
			rootText += fmt.Sprintf(" (and %d more)", b.extra[r])
		}
		reason := rootText
		switch {
		case b.talker[v] > 0 && b.parent[v] == r:
			reason = fmt.Sprintf("must stay up for good: %s moves and talks across it to %s, which never moves: it %s",
				e.nodes[b.talker[v]-1].addr, e.nodes[r].addr, rootText)
		case b.talker[v] > 0:
			reason = fmt.Sprintf("must stay up for good: %s moves and talks across it to %s, which never moves: it waits for %s, which %s",
				e.nodes[b.talker[v]-1].addr, e.nodes[b.parent[v]].addr, e.nodes[r].addr, rootText)
		case b.parent[v] == r:
			reason = fmt.Sprintf("waits for %s, which %s", e.nodes[r].addr, rootText)
		case b.parent[v] >= 0:
			reason = fmt.Sprintf("waits for %s, blocked in turn because %s %s",
				e.nodes[b.parent[v]].addr, e.nodes[r].addr, rootText)
		}
		out = append(out, Blocker{Address: n.addr, Action: n.kind, Reason: reason, Chain: chain, Cause: b.src[r]})
	}
	addrs := make([]string, 0, len(causes))
	for a := range causes {
		addrs = append(addrs, a)
	}
	sort.Strings(addrs)
	for _, a := range addrs {
		out = append(out, Blocker{Address: a, Reason: causes[a].reason, Chain: []string{a}, Cause: causes[a].src})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Address < out[j].Address })
	return out
}

// listAddrs names up to four addresses, then how many more.
func listAddrs(addrs []string) string {
	if len(addrs) <= 4 {
		return strings.Join(addrs, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(addrs[:4], ", "), len(addrs)-4)
}
