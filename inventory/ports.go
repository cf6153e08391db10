package inventory

import (
	"sort"
)

// Ports says what is patched into every device's ports: the devices
// uplinked to it and, for each endpoint group, how many of its endpoints
// sit on it.
//
// The inventory gives an endpoint group's count and the switches it is
// uplinked to, not how many endpoints sit on each, so decom chooses one
// split that fits (a flow from groups to switches, each switch holding its
// ports less those taken by uplinked devices). The split is deterministic:
//
//   - each group starts from the even split over its distinct uplinks,
//     count / k each and one more on the first count % k, in list order;
//   - where that overfills a switch, each group on it keeps a share in
//     proportion to its even one (rounded down, the ports left over going
//     one each to the groups in address order);
//   - the endpoints taken off are placed by augmenting paths (Dinic's
//     max-flow, per connected set of groups and switches), trying a
//     group's uplinks in list order and moving other groups' endpoints
//     along where that makes room.
//
// So an estate that fits the even split keeps it. When no split fits, the
// endpoints that do not fit are spread evenly over their group's uplinks on
// top of the rest, so every endpoint is counted somewhere, and Shortfalls
// names the switches that are too small.
//
// A device uplinked to another takes one port there. Devices and groups
// that are done and gone take none. A device with no ports, or one that is
// done and gone, does not limit what is uplinked to it.
type Ports struct {
	devices    map[string]*DevicePorts
	shares     map[string][]Share
	shortfalls []Shortfall
}

// DevicePorts is what is uplinked to one device.
type DevicePorts struct {
	Address string
	// Ports is the device's port count (0 when not given). Limited reports
	// whether it bounds what is uplinked: ports given, and the device not
	// done and gone.
	Ports   int
	Limited bool
	// Devices are the uplinked devices, one port each, in address order.
	Devices []string
	// Endpoints are the endpoint groups' shares on it, in group address
	// order; only shares of at least one endpoint are listed.
	Endpoints []Share
}

// EndpointCount is the number of endpoints on the device.
func (d *DevicePorts) EndpointCount() int {
	n := 0
	for _, s := range d.Endpoints {
		n = satAdd(n, s.Count)
	}
	return n
}

// Used is the number of ports taken by what is uplinked: one per device
// and one per endpoint.
func (d *DevicePorts) Used() int { return satAdd(len(d.Devices), d.EndpointCount()) }

// Share is how many endpoints of one group sit on one switch.
type Share struct {
	Group  string // the endpoint group's address
	Switch string // the device's address
	Count  int
}

// Shortfall is a set of switches too small, in every split, for what must
// be uplinked to them: the endpoint groups in Groups are uplinked to no
// other switch, and with the devices uplinked to the switches they need
// more ports than the switches have. Groups is empty when the devices
// uplinked to one switch alone overfill it.
type Shortfall struct {
	Switches  []string // addresses, sorted
	Groups    []string // addresses, sorted
	Endpoints int      // endpoints in Groups
	Devices   int      // ports on Switches taken by uplinked devices
	Ports     int      // ports on Switches
}

// Missing is how many more ports the switches need.
func (s Shortfall) Missing() int { return satAdd(s.Devices, s.Endpoints) - s.Ports }

// Device returns what is uplinked to the device at addr, or nil when addr
// is not a device.
func (p *Ports) Device(addr string) *DevicePorts { return p.devices[addr] }

// Shares returns how endpoint group addr is split over its uplinks, in the
// order of its uplink list, leaving out uplinks with no share. It is empty
// for a group that takes no ports (done and gone, no count, no uplink
// that is a device).
func (p *Ports) Shares(addr string) []Share { return p.shares[addr] }

// Shortfalls lists every set of switches too small for what is uplinked
// to them, sorted by their first switch. It is empty when a split fits.
func (p *Ports) Shortfalls() []Shortfall { return p.shortfalls }

// Ports returns the estate's port usage and endpoint split, computed on
// first use and kept until Reindex (Check computes it afresh). Code that
// edits a model's devices or endpoints calls Reindex afterwards.
func (m *Model) Ports() *Ports {
	if m.ports == nil {
		m.ports = NewPorts(m)
	}
	return m.ports
}

// NewPorts works out afresh what is uplinked to every device of m, in
// time near-linear in the size of the estate. Most callers want m.Ports,
// which keeps the result.
func NewPorts(m *Model) *Ports {
	p := &Ports{devices: make(map[string]*DevicePorts, len(m.Devices)), shares: map[string][]Share{}}
	all := make([]DevicePorts, len(m.Devices))
	for i, d := range m.Devices {
		all[i] = DevicePorts{Address: d.Address(), Ports: max(d.Ports, 0), Limited: portsGiven(d) && !gone(d.Status, d.Disposition)}
		p.devices[all[i].Address] = &all[i]
	}
	for i, d := range m.Devices {
		if up := p.devices[d.Uplink.Addr]; up != nil && d.Uplink.IsSet() && !gone(d.Status, d.Disposition) {
			up.Devices = append(up.Devices, all[i].Address)
		}
	}
	for i := range all {
		if dp := &all[i]; dp.Limited && len(dp.Devices) > dp.Ports {
			p.shortfalls = append(p.shortfalls, Shortfall{Switches: []string{dp.Address}, Devices: len(dp.Devices), Ports: dp.Ports})
		}
	}
	p.split(m.Endpoints)
	sort.SliceStable(p.shortfalls, func(i, j int) bool { return p.shortfalls[i].Switches[0] < p.shortfalls[j].Switches[0] })
	return p
}

// portsGiven reports whether d's port count is known.
func portsGiven(d *Device) bool { return d.Ports > 0 || d.Has("ports") }

// satAdd adds two non-negative ints, saturating instead of wrapping.
func satAdd(a, b int) int {
	if s := a + b; s >= a {
		return s
	}
	return int(^uint(0) >> 1)
}
