// Package inventory reads an estate declared in HCL into a plain Go model,
// resolves its references, applies defaults and validates it.
//
// The model holds no HCL types except source ranges (hcl.Range), kept so
// that every later step (planner explanations, renderers) can point back at
// the file and line an asset came from.
package inventory

import (
	"sort"

	"github.com/hashicorp/hcl/v2"
)

// Block type names, as written in the inventory language.
const (
	TypeEstate      = "estate"
	TypeTenant      = "tenant"
	TypeSite        = "site"
	TypeSupplier    = "supplier"
	TypeContract    = "contract"
	TypeNetwork     = "network"
	TypeLink        = "link"
	TypeDevice      = "device"
	TypeApplication = "application"
	TypeEndpoints   = "endpoints"
	TypePlan        = "plan"
	TypeFreeze      = "freeze"
)

// Role is a network's role in the migration.
type Role string

// Network roles.
const (
	RoleLegacy     Role = "legacy"
	RoleTransition Role = "transition"
	RoleTarget     Role = "target"
)

// DeviceKind says what a device is.
type DeviceKind string

// Device kinds.
const (
	KindSwitch    DeviceKind = "switch"
	KindRouter    DeviceKind = "router"
	KindFirewall  DeviceKind = "firewall"
	KindServer    DeviceKind = "server"
	KindStorage   DeviceKind = "storage"
	KindTelephony DeviceKind = "telephony"
	KindOther     DeviceKind = "other"
)

// Disposition is what happens to an asset. Devices take decommission,
// migrate or retain; applications take one of the 7 Rs; endpoint groups take
// migrate or retire. The empty Disposition means none was given (and, for
// devices, no default applied: see Device.Disposition).
type Disposition string

// Dispositions of devices, applications and endpoint groups.
const (
	DispDecommission Disposition = "decommission"
	DispMigrate      Disposition = "migrate"
	DispRetain       Disposition = "retain"
	DispRehost       Disposition = "rehost"
	DispRelocate     Disposition = "relocate"
	DispReplatform   Disposition = "replatform"
	DispRefactor     Disposition = "refactor"
	DispRepurchase   Disposition = "repurchase"
	DispRetire       Disposition = "retire"
)

// Criticality ranks an application's importance. Empty means not given.
type Criticality string

// Criticalities, most critical first.
const (
	CritCritical Criticality = "critical"
	CritHigh     Criticality = "high"
	CritMedium   Criticality = "medium"
	CritLow      Criticality = "low"
)

// Status is how far an asset's action has got.
type Status string

// Statuses. The default is StatusPlanned.
const (
	StatusPlanned    Status = "planned"
	StatusInProgress Status = "in_progress"
	StatusDone       Status = "done"
)

// Ref is a resolved reference to another asset. Addr is the target's address
// ("network.kcom"); the zero Ref (Addr == "") means the attribute was absent.
// Range is where the reference was written.
type Ref struct {
	Addr  string
	Range hcl.Range
}

// IsSet reports whether the reference was given.
func (r Ref) IsSet() bool { return r.Addr != "" }

// AttrRange records where one attribute of a block was written.
type AttrRange struct {
	Name  string
	Range hcl.Range // the whole "name = value" attribute
	Value hcl.Range // the value expression only
}

// Meta is what every block has: its type, label, where it was declared and
// where each of its attributes was written.
type Meta struct {
	Type      string    // block type, e.g. "device"
	Label     string    // block label, e.g. "core_sw_01"; empty for estate and plan
	DefRange  hcl.Range // the block header: type and labels
	Attrs     []AttrRange
	BodyRange hcl.Range // the whole block including braces
}

// Address is the asset's address, TYPE.NAME (or just TYPE for unlabelled
// blocks such as estate and plan).
func (m *Meta) Address() string {
	if m.Label == "" {
		return m.Type
	}
	return m.Type + "." + m.Label
}

// Attr returns where the named attribute was written, and whether it was.
func (m *Meta) Attr(name string) (AttrRange, bool) {
	for _, a := range m.Attrs {
		if a.Name == name {
			return a, true
		}
	}
	return AttrRange{}, false
}

// Has reports whether the named attribute was written.
func (m *Meta) Has(name string) bool {
	_, ok := m.Attr(name)
	return ok
}

// SubjectRange is the best range to point a diagnostic about the named
// attribute at: its value when written, otherwise the block header.
func (m *Meta) SubjectRange(name string) hcl.Range {
	if a, ok := m.Attr(name); ok {
		return a.Value
	}
	return m.DefRange
}

// EstateSettings is the estate block: at most one per inventory.
type EstateSettings struct {
	Meta
	Name string
	// AsOf is the day support status is judged on. Load fills it with the
	// loader's clock (today) when the block or attribute is absent.
	AsOf Date
}

// Tenant is an organisation that uses the estate (e.g. one police force).
type Tenant struct {
	Meta
	Name      string
	CostShare *float64 // nil when not given
}

// Site is a physical location.
type Site struct {
	Meta
	Name   string
	Tenant Ref
}

// Supplier is a company that provides networks, kit or support.
type Supplier struct {
	Meta
	Name string
}

// Contract is a support or service contract.
type Contract struct {
	Meta
	Supplier   Ref
	Ends       Date
	AnnualCost float64
	Covers     []Ref // networks, devices, applications (and links)
}

// Network is a routed network.
type Network struct {
	Meta
	Name        string
	Site        Ref
	Role        Role
	Supplier    Ref
	SupportEnds Date
	// Decommission is the resolved value: the attribute if given, otherwise
	// true for legacy networks and false for the others.
	Decommission bool
	AnnualCost   float64
}

// Link is a routed interconnect between exactly two networks.
type Link struct {
	Meta
	Between []Ref
	// Decommission is the resolved value: the attribute if given, otherwise
	// true when either end is decommissioned.
	Decommission bool
}

// Device is a piece of network or server kit.
type Device struct {
	Meta
	Network      Ref
	Site         Ref
	Kind         DeviceKind // empty when not given
	Model        string
	SupportEnds  Date
	WarrantyEnds Date
	Ports        int // 0 when not given
	PortsInUse   int
	Uplink       Ref
	// Disposition is the resolved value: the attribute if given, otherwise
	// decommission on a decommissioned network and retain elsewhere.
	Disposition Disposition
	Target      Ref
	AnnualCost  float64
	Status      Status
}

// Application is a hosted service.
type Application struct {
	Meta
	HostedOn    []Ref
	Network     Ref
	DependsOn   []Ref
	UsedBy      []Ref
	Users       int
	Criticality Criticality
	Disposition Disposition // empty when not given: the application stays live
	Target      Ref
	ReplacedBy  Ref
	SupportEnds Date
	EffortDays  float64
	AnnualCost  float64
	Status      Status
}

// Endpoints is a group of end-user devices (desktops, handsets).
type Endpoints struct {
	Meta
	Count       int
	Uplink      []Ref
	Disposition Disposition // empty when not given: the group takes no action
	Target      Ref
	EffortDays  float64
	Status      Status
}

// Freeze is a window, both ends included, in which no wave may fall.
type Freeze struct {
	Meta
	From Date
	To   Date
}

// PlanSettings is the plan block. Zero limits mean "no limit".
type PlanSettings struct {
	Meta
	Start         Date // zero when not given
	WaveDays      int  // zero when not given
	MaxChanges    int
	MaxEffortDays float64
	MaxCritical   int
	SoakWaves     int
	Freezes       []*Freeze
}

// Model is a loaded estate. Every slice is sorted by address, so iterating
// it is deterministic. Pointers in the slices are shared with the index
// returned by Lookup.
type Model struct {
	Estate *EstateSettings // nil when the inventory has no estate block
	Plan   *PlanSettings   // nil when the inventory has no plan block

	Tenants      []*Tenant
	Sites        []*Site
	Suppliers    []*Supplier
	Contracts    []*Contract
	Networks     []*Network
	Links        []*Link
	Devices      []*Device
	Applications []*Application
	Endpoints    []*Endpoints

	// Files lists the loaded files in load order, each with its source
	// bytes, so diagnostics can show the offending line.
	Files []SourceFile

	index map[string]Asset
}

// SourceFile is one loaded file: its name as used in ranges, and its bytes.
type SourceFile struct {
	Name  string
	Bytes []byte
}

// Asset is any block of the model: *Tenant, *Device, *Application and so on.
type Asset interface {
	AssetMeta() *Meta
}

// AssetMeta returns the block's common header.
func (m *Meta) AssetMeta() *Meta { return m }

// Lookup returns the asset at addr, or nil when there is none.
func (m *Model) Lookup(addr string) Asset {
	if m.index == nil {
		m.Reindex()
	}
	return m.index[addr]
}

// Addresses returns every labelled asset's address in sorted order.
func (m *Model) Addresses() []string {
	if m.index == nil {
		m.Reindex()
	}
	out := make([]string, 0, len(m.index))
	for a := range m.index {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// Reindex sorts every slice by address and rebuilds the address index. Load
// calls it; code that builds or edits a Model by hand calls it afterwards.
func (m *Model) Reindex() {
	m.index = make(map[string]Asset)
	add := func(a Asset) { m.index[a.AssetMeta().Address()] = a }
	sortAndIndex(m.Tenants, add)
	sortAndIndex(m.Sites, add)
	sortAndIndex(m.Suppliers, add)
	sortAndIndex(m.Contracts, add)
	sortAndIndex(m.Networks, add)
	sortAndIndex(m.Links, add)
	sortAndIndex(m.Devices, add)
	sortAndIndex(m.Applications, add)
	sortAndIndex(m.Endpoints, add)
}

func sortAndIndex[T Asset](s []T, add func(Asset)) {
	sort.Slice(s, func(i, j int) bool { return s[i].AssetMeta().Label < s[j].AssetMeta().Label })
	for _, a := range s {
		add(a)
	}
}
