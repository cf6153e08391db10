package planner

import "github.com/decomhq/decom/inventory"

// node is one action the estate needs.
type node struct {
	addr     string
	kind     ActionKind
	effort   float64
	critical bool
	deadline inventory.Date
	from     int32 // the asset whose date is the deadline, -1 if none
	// notBefore is the asset's not_before: its wave may not be dated
	// earlier (zero when not given).
	notBefore inventory.Date
	asset     inventory.Asset // the asset acting (saves looking it up by address)
	aid       int32           // the asset's id (see estate.number)
}

// estate is the model with its relations index and the actions it needs.
// Assets are known by their inventory.Relations ID (address order);
// nodes are the actions, in address order too.
type estate struct {
	m      *inventory.Model
	rel    *inventory.Relations
	nodes  []node
	nodeOf []int32 // asset id -> node, -1 when it takes no action
}

// moving reports whether an application disposition moves it (action
// migrate): rehost, relocate, replatform or refactor.
func moving(d inventory.Disposition) bool {
	switch d {
	case inventory.DispRehost, inventory.DispRelocate, inventory.DispReplatform, inventory.DispRefactor:
		return true
	}
	return false
}

// appAction is the action an application takes, "" for none.
func appAction(a *inventory.Application) ActionKind {
	switch {
	case a.Status == inventory.StatusDone:
		return ""
	case moving(a.Disposition):
		return Migrate
	case a.Disposition == inventory.DispRetire, a.Disposition == inventory.DispRepurchase:
		return Retire
	}
	return ""
}

func deviceAction(d *inventory.Device) ActionKind {
	switch {
	case d.Status == inventory.StatusDone:
		return ""
	case d.Disposition == inventory.DispDecommission:
		return Decommission
	case d.Disposition == inventory.DispMigrate:
		return Migrate
	}
	return ""
}

func endpointsAction(e *inventory.Endpoints) ActionKind {
	switch {
	case e.Status == inventory.StatusDone:
		return ""
	case e.Disposition == inventory.DispMigrate:
		return Migrate
	case e.Disposition == inventory.DispRetire:
		return Retire
	}
	return ""
}

// isDone reports whether asset id has already taken its action.
func (e *estate) isDone(id int32) bool { return inventory.Done(e.rel.Asset(id)) }

// acts returns the node of addr's action, or -1 when it takes none.
func (e *estate) acts(addr string) int {
	if id := e.rel.ID(addr); id >= 0 {
		return int(e.nodeOf[id])
	}
	return -1
}

// newEstate lists the actions of the estate indexed by rel, in address
// order.
func newEstate(m *inventory.Model, rel *inventory.Relations) *estate {
	n := rel.Len()
	e := &estate{m: m, rel: rel, nodeOf: make([]int32, n), nodes: make([]node, 0, n)}
	for id := range n {
		aid := int32(id)
		e.nodeOf[aid] = -1
		var k ActionKind
		var effort float64
		var notBefore inventory.Date
		critical := false
		a := rel.Asset(aid)
		switch a := a.(type) {
		case *inventory.Network:
			if a.Decommission {
				k = Decommission
			}
			effort, notBefore = a.EffortDays, a.NotBefore
		case *inventory.Link:
			if a.Decommission {
				k = Decommission
			}
			effort, notBefore = a.EffortDays, a.NotBefore
		case *inventory.Device:
			k, effort, notBefore = deviceAction(a), a.EffortDays, a.NotBefore
		case *inventory.Application:
			k, effort, notBefore = appAction(a), a.EffortDays, a.NotBefore
			critical = a.Criticality == inventory.CritCritical
		case *inventory.Endpoints:
			k, effort, notBefore = endpointsAction(a), a.EffortDays, a.NotBefore
		}
		if k != "" {
			e.nodeOf[aid] = int32(len(e.nodes))
			e.nodes = append(e.nodes, node{addr: rel.Addr(aid), kind: k, effort: effort, critical: critical,
				notBefore: notBefore, asset: a, aid: aid})
		}
	}
	return e
}

// device returns the device with id, or nil.
func (e *estate) device(id int32) *inventory.Device {
	if id < 0 {
		return nil
	}
	d, _ := e.rel.Asset(id).(*inventory.Device)
	return d
}

// app returns the application with id, or nil.
func (e *estate) app(id int32) *inventory.Application {
	if id < 0 {
		return nil
	}
	a, _ := e.rel.Asset(id).(*inventory.Application)
	return a
}

// network returns the network with id, or nil.
func (e *estate) network(id int32) *inventory.Network {
	if id < 0 {
		return nil
	}
	n, _ := e.rel.Asset(id).(*inventory.Network)
	return n
}
