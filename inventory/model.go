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

// Done reports whether asset a has already taken its action: a device,
// application or endpoint group with status = done.
func Done(a Asset) bool {
	switch a := a.(type) {
	case *Application:
		return a.Status == StatusDone
	case *Device:
		return a.Status == StatusDone
	case *Endpoints:
		return a.Status == StatusDone
	}
	return false
}

// Ref is a resolved reference to another asset. Addr is the target's address
// ("network.kcom"); the zero Ref (Addr == "") means the attribute was absent.
// Range is where the reference was written.
type Ref struct {
	Addr  string
	Range hcl.Range
}

// MarshalText writes the reference as its address ("" when absent).
func (r Ref) MarshalText() ([]byte, error) { return []byte(r.Addr), nil }

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
//
// Meta is left out of JSON: an asset marshals as its own attributes only,
// which is how `decom diff` compares two versions of it.
type Meta struct {
	Type      string      `json:"-"` // block type, e.g. "device"
	Label     string      `json:"-"` // block label, e.g. "core_sw_01"; empty for estate and plan
	DefRange  hcl.Range   `json:"-"` // the block header: type and labels
	Attrs     []AttrRange `json:"-"`
	BodyRange hcl.Range   `json:"-"` // the whole block including braces
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
	Name string `json:"name,omitzero"`
	// AsOf is the day support status is judged on. Load fills it with the
	// loader's clock (today) when the block or attribute is absent.
	AsOf Date `json:"as_of,omitzero"`
	// Currency is the ISO 4217 code costs are given in ("GBP"); empty when
	// not given.
	Currency string `json:"currency,omitzero"`
}

// Tenant is an organisation that uses the estate (e.g. one police force).
type Tenant struct {
	Meta
	Name      string   `json:"name,omitzero"`
	CostShare *float64 `json:"cost_share,omitzero"` // nil when not given
}

// Site is a physical location.
type Site struct {
	Meta
	Name   string `json:"name,omitzero"`
	Tenant Ref    `json:"tenant,omitzero"`
}

// Supplier is a company that provides networks, kit or support.
type Supplier struct {
	Meta
	Name string `json:"name,omitzero"`
}

// Contract is a support or service contract.
type Contract struct {
	Meta
	Name       string  `json:"name,omitzero"`
	Supplier   Ref     `json:"supplier,omitzero"`
	Ends       Date    `json:"ends,omitzero"`
	AnnualCost float64 `json:"annual_cost,omitzero"`
	Covers     []Ref   `json:"covers,omitzero"` // networks, devices, applications (and links)
}

// Network is a routed network.
type Network struct {
	Meta
	Name        string `json:"name,omitzero"`
	Site        Ref    `json:"site,omitzero"`
	Role        Role   `json:"role,omitzero"`
	Supplier    Ref    `json:"supplier,omitzero"`
	SupportEnds Date   `json:"support_ends,omitzero"`
	// Decommission is the resolved value: the attribute if given, otherwise
	// true for legacy networks and false for the others.
	Decommission bool    `json:"decommission,omitzero"`
	AnnualCost   float64 `json:"annual_cost,omitzero"`
	EffortDays   float64 `json:"effort_days,omitzero"` // person-days its action takes
	NotBefore    Date    `json:"not_before,omitzero"`  // earliest day its action may be dated; zero when not given
}

// Link is a routed interconnect between exactly two networks.
type Link struct {
	Meta
	Name    string `json:"name,omitzero"`
	Between []Ref  `json:"between,omitzero"`
	// Decommission is the resolved value: the attribute if given, otherwise
	// true when either end is decommissioned.
	Decommission bool    `json:"decommission,omitzero"`
	EffortDays   float64 `json:"effort_days,omitzero"` // person-days its action takes
	NotBefore    Date    `json:"not_before,omitzero"`  // earliest day its action may be dated; zero when not given
}

// Device is a piece of network or server kit.
type Device struct {
	Meta
	Name         string     `json:"name,omitzero"`
	Owner        string     `json:"owner,omitzero"` // who is responsible for it, as free text
	Network      Ref        `json:"network,omitzero"`
	Site         Ref        `json:"site,omitzero"`
	Kind         DeviceKind `json:"kind,omitzero"` // empty when not given
	Model        string     `json:"model,omitzero"`
	SupportEnds  Date       `json:"support_ends,omitzero"`
	WarrantyEnds Date       `json:"warranty_ends,omitzero"`
	Ports        int        `json:"ports,omitzero"` // 0 when not given
	PortsInUse   int        `json:"ports_in_use,omitzero"`
	Uplink       Ref        `json:"uplink,omitzero"`
	// RedundantWith are the devices that carry its load when it fails (the
	// other switch of a pair, the other hosts of a cluster). The relation
	// is symmetric and transitive: Relations.RedundancyGroup gives the
	// whole group.
	RedundantWith []Ref `json:"redundant_with,omitzero"`
	// Disposition is the resolved value: the attribute if given, otherwise
	// decommission on a decommissioned network and retain elsewhere.
	Disposition Disposition `json:"disposition,omitzero"`
	Target      Ref         `json:"target,omitzero"`
	AnnualCost  float64     `json:"annual_cost,omitzero"`
	EffortDays  float64     `json:"effort_days,omitzero"` // person-days its action takes
	NotBefore   Date        `json:"not_before,omitzero"`  // earliest day its action may be dated; zero when not given
	Status      Status      `json:"status,omitzero"`
}

// Application is a hosted service.
type Application struct {
	Meta
	Name     string `json:"name,omitzero"`
	Owner    string `json:"owner,omitzero"` // who is responsible for it, as free text
	HostedOn []Ref  `json:"hosted_on,omitzero"`
	// SurvivesHostLoss says it runs on its hosts at once (an HA pair, an
	// active-active cluster) and stays up while any one of them stands.
	SurvivesHostLoss bool        `json:"survives_host_loss,omitzero"`
	Network          Ref         `json:"network,omitzero"`
	DependsOn        []Ref       `json:"depends_on,omitzero"`
	UsedBy           []Ref       `json:"used_by,omitzero"`
	Users            int         `json:"users,omitzero"`
	Criticality      Criticality `json:"criticality,omitzero"`
	Disposition      Disposition `json:"disposition,omitzero"` // empty when not given: the application stays live
	Target           Ref         `json:"target,omitzero"`
	ReplacedBy       Ref         `json:"replaced_by,omitzero"`
	SupportEnds      Date        `json:"support_ends,omitzero"`
	EffortDays       float64     `json:"effort_days,omitzero"`
	AnnualCost       float64     `json:"annual_cost,omitzero"`
	NotBefore        Date        `json:"not_before,omitzero"` // earliest day its action may be dated; zero when not given
	Status           Status      `json:"status,omitzero"`
}

// Endpoints is a group of end-user devices (desktops, handsets).
type Endpoints struct {
	Meta
	Name  string `json:"name,omitzero"`
	Count int    `json:"count,omitzero"`
	// Users is how many people lose service when the group is lost: the
	// attribute if given, otherwise Count.
	Users       int         `json:"users,omitzero"`
	Uplink      []Ref       `json:"uplink,omitzero"`
	Disposition Disposition `json:"disposition,omitzero"` // empty when not given: the group takes no action
	Target      Ref         `json:"target,omitzero"`
	EffortDays  float64     `json:"effort_days,omitzero"` // person-days its action takes
	NotBefore   Date        `json:"not_before,omitzero"`  // earliest day its action may be dated; zero when not given
	Status      Status      `json:"status,omitzero"`
}

// Freeze is a window, both ends included, in which no wave may fall.
type Freeze struct {
	Meta
	From Date `json:"from,omitzero"`
	To   Date `json:"to,omitzero"`
}

// PlanSettings is the plan block. Zero limits mean "no limit".
type PlanSettings struct {
	Meta
	Start         Date    `json:"start,omitzero"`     // zero when not given
	WaveDays      int     `json:"wave_days,omitzero"` // zero when not given
	MaxChanges    int     `json:"max_changes,omitzero"`
	MaxEffortDays float64 `json:"max_effort_days,omitzero"`
	MaxCritical   int     `json:"max_critical,omitzero"`
	SoakWaves     int     `json:"soak_waves,omitzero"`
	// CommittedUntil commits the waves of a baseline plan dated on or
	// before it (decom plan --baseline, decom diff); zero when not given.
	CommittedUntil Date      `json:"committed_until,omitzero"`
	Freezes        []*Freeze `json:"freeze,omitzero"`
}

// Model is a loaded estate. Every slice is sorted by address, so iterating
// it is deterministic. Pointers in the slices are shared with the index
// returned by Lookup.
type Model struct {
	// Estate is never nil after Load: without an estate block it holds
	// only the default AsOf.
	Estate *EstateSettings
	Plan   *PlanSettings // nil when the inventory has no plan block

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
	ports *Ports // built by Ports or Check; reset by Reindex
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

// Reindex sorts every slice by address, rebuilds the address index and
// forgets the port split (see Ports). Load calls it; code that builds or
// edits a Model by hand calls it afterwards.
func (m *Model) Reindex() {
	m.index = make(map[string]Asset)
	m.ports = nil
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
