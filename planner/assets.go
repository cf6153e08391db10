package planner

import (
	"slices"
	"sort"

	"github.com/decomhq/decom/inventory"
)

// number gives every network, link, device, application and endpoint
// group an asset id in address order (so sorting ids sorts addresses),
// fills e.addrs, e.assets and e.ids, and returns each model slice's ids
// by position. On a sorted model without duplicates (as Reindex leaves
// it) the ids are the positions in type order; otherwise the addresses
// are sorted first. A duplicated address gets one id and, as in the
// model's index, the last asset declared with it.
func (e *estate) number() (nets, links, devs, apps, eps []int32) {
	m := e.m
	total := len(m.Applications) + len(m.Devices) + len(m.Endpoints) + len(m.Links) + len(m.Networks)
	all := make([]string, 0, total)
	pos := func(n int) []int32 {
		ids := make([]int32, n)
		for i := range ids {
			ids[i] = int32(len(all) + i)
		}
		return ids
	}
	// Type order is address order: application < device < endpoints <
	// link < network.
	apps = pos(len(m.Applications))
	for _, a := range m.Applications {
		all = append(all, a.Address())
	}
	devs = pos(len(m.Devices))
	for _, a := range m.Devices {
		all = append(all, a.Address())
	}
	eps = pos(len(m.Endpoints))
	for _, a := range m.Endpoints {
		all = append(all, a.Address())
	}
	links = pos(len(m.Links))
	for _, a := range m.Links {
		all = append(all, a.Address())
	}
	nets = pos(len(m.Networks))
	for _, a := range m.Networks {
		all = append(all, a.Address())
	}
	e.ids = make(map[string]int32, total+16)
	sorted := true
	for i := 1; i < len(all); i++ {
		if all[i-1] >= all[i] {
			sorted = false
			break
		}
	}
	e.unique = sorted
	if sorted {
		e.addrs = all
		for i, a := range all {
			e.ids[a] = int32(i)
		}
	} else {
		u := sortedUnique(append([]string(nil), all...))
		e.unique = len(u) == len(all)
		e.addrs = u
		for i, a := range u {
			e.ids[a] = int32(i)
		}
		for _, s := range [][]int32{apps, devs, eps, links, nets} {
			for i, p := range s {
				s[i] = e.ids[all[p]]
			}
		}
	}
	e.assets = make([]inventory.Asset, len(e.addrs))
	// The last declared wins, in the model index's order.
	for i, a := range m.Networks {
		e.assets[nets[i]] = a
	}
	for i, a := range m.Links {
		e.assets[links[i]] = a
	}
	for i, a := range m.Devices {
		e.assets[devs[i]] = a
	}
	for i, a := range m.Applications {
		e.assets[apps[i]] = a
	}
	for i, a := range m.Endpoints {
		e.assets[eps[i]] = a
	}
	return nets, links, devs, apps, eps
}

// ref returns addr's asset id, giving an address that names no asset (a
// dangling reference) a new id after all the assets'.
func (e *estate) ref(addr string) int32 {
	if id, ok := e.ids[addr]; ok {
		return id
	}
	id := int32(len(e.addrs))
	e.ids[addr] = id
	e.addrs = append(e.addrs, addr)
	e.assets = append(e.assets, nil)
	e.nodeOf = append(e.nodeOf, -1)
	e.hostedOn = append(e.hostedOn, nil)
	e.uplinked = append(e.uplinked, nil)
	e.onNetwork = append(e.onNetwork, nil)
	e.dependents = append(e.dependents, nil)
	e.deps = append(e.deps, nil)
	e.appNets = append(e.appNets, nil)
	e.covers = append(e.covers, nil)
	e.devNet = append(e.devNet, -1)
	e.hosted = append(e.hosted, nil)
	return id
}

// find returns addr's id, or -1 when no asset or reference names it.
func (e *estate) find(addr string) int32 {
	if id, ok := e.ids[addr]; ok {
		return id
	}
	return -1
}

// refIDs returns the ids of the set references in rs, in order.
func (e *estate) refIDs(rs []inventory.Ref) []int32 {
	out := make([]int32, 0, len(rs))
	for _, r := range rs {
		if r.IsSet() {
			out = append(out, e.ref(r.Addr))
		}
	}
	return out
}

// device returns the device with id, or nil.
func (e *estate) device(id int32) *inventory.Device {
	if id < 0 {
		return nil
	}
	d, _ := e.assets[id].(*inventory.Device)
	return d
}

// app returns the application with id, or nil.
func (e *estate) app(id int32) *inventory.Application {
	if id < 0 {
		return nil
	}
	a, _ := e.assets[id].(*inventory.Application)
	return a
}

// network returns the network with id, or nil.
func (e *estate) network(id int32) *inventory.Network {
	if id < 0 {
		return nil
	}
	n, _ := e.assets[id].(*inventory.Network)
	return n
}

func sortedUniqueIDs(s []int32) []int32 {
	if len(s) < 2 {
		return s
	}
	slices.Sort(s)
	return slices.Compact(s)
}

// sortNodes sorts the actions by address and indexes them by asset.
// With unique addresses the order is unique too, so sorting by asset id
// (address order) gives it; with duplicates the addresses are compared as
// before, so that the same input gives the same order.
func (e *estate) sortNodes() {
	if e.unique { // place by asset id: at most one action per asset
		at := e.nodeOf
		for i := range at {
			at[i] = -1
		}
		for i, n := range e.nodes {
			at[n.aid] = int32(i)
		}
		sorted := make([]node, 0, len(e.nodes))
		for _, i := range at {
			if i >= 0 {
				sorted = append(sorted, e.nodes[i])
			}
		}
		e.nodes = sorted
	} else {
		sort.Slice(e.nodes, func(i, j int) bool { return e.nodes[i].addr < e.nodes[j].addr })
	}
	for i := range e.nodeOf {
		e.nodeOf[i] = -1
	}
	for i, n := range e.nodes {
		e.nodeOf[n.aid] = int32(i)
	}
}
