// Package report writes the decommissioning report an architect hands to a
// programme board: when the exit finishes against the contract that
// decides it, what is late or blocked and why, a timeline of the waves,
// what each wave moves, retires and decommissions, each contract's verdict,
// the critical services' cutovers, and the running cost the plan switches
// off (assets and the contracts that lapse), wave by wave and tenant by
// tenant. New builds the report's content once; Markdown, HTML and JSON
// write it (Formats).
package report

import (
	"sort"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// FormatVersion is the version of the JSON shape; keys are only added.
const FormatVersion = "1"

// Report is the content of the decommissioning report.
type Report struct {
	FormatVersion string         `json:"format_version"`
	Estate        string         `json:"estate"`
	AsOf          inventory.Date `json:"as_of,omitzero"`
	// Currency is the ISO 4217 code of every amount (estate.currency);
	// empty when the inventory gives none.
	Currency  string     `json:"currency,omitempty"`
	Headline  Headline   `json:"headline"`
	Summary   Summary    `json:"summary"`
	Contracts []Contract `json:"contracts"`
	Waves     []Wave     `json:"waves"`
	Critical  []Critical `json:"critical"`
	Breaches  []Breach   `json:"breaches"`
	Blockers  []Blocker  `json:"blockers"`
	Savings   Savings    `json:"savings"`
	Timeline  Timeline   `json:"timeline"`
	// Diagrams are the estate and plan drawn as SVG, for the HTML report;
	// the command line fills them when Graphviz is installed. Empty
	// leaves a note in their place: NoDiagrams says why there are none
	// (Graphviz failed, say); empty means Graphviz was not found.
	Diagrams   []Diagram `json:"-"`
	NoDiagrams string    `json:"-"`
}

// Diagram is one picture of the HTML report.
type Diagram struct {
	Title string
	// ID is a short name unique in the report ("estate"), for anchors.
	ID string
	// SVG is an <svg> element as Graphviz writes it (no XML prolog).
	SVG string
}

// Headline is the report's opening sentence in data: when the programme
// finishes against the end of the contract that decides it.
type Headline struct {
	// Finish is the date of the last wave; zero when nothing is planned.
	Finish inventory.Date `json:"finish,omitzero"`
	// Contract is the deciding contract (see docs/decisions.md); empty
	// when no contract covers anything the plan acts on.
	Contract     string         `json:"contract,omitempty"`
	ContractName string         `json:"contract_name,omitempty"`
	Ends         inventory.Date `json:"ends,omitzero"`
	// Verdict is the deciding contract's verdict.
	Verdict Verdict `json:"verdict,omitempty"`
	// DaysToSpare is days from Finish to Ends: negative when the work on
	// what the contract covers finishes after it ends.
	DaysToSpare int `json:"days_to_spare"`
	Breaches    int `json:"breaches"`
	// Blocked counts the blocked actions (not the root causes that take
	// no action themselves).
	Blocked int   `json:"blocked_actions"`
	Annual  Money `json:"annual_saving"`
}

// Summary counts the estate and the plan.
type Summary struct {
	LegacyNetworks     int `json:"legacy_networks"`
	TransitionNetworks int `json:"transition_networks"`
	TargetNetworks     int `json:"target_networks"`
	Devices            int `json:"devices"`
	Applications       int `json:"applications"`
	EndpointGroups     int `json:"endpoint_groups"`
	Endpoints          int `json:"endpoints"`
	// Switches counts the switches being decommissioned whose ports are
	// given; SwitchPorts adds up their ports and SwitchPortsInUse the ports
	// taken by what is uplinked to them (one per device, one per endpoint
	// of the uplink split, inventory.Ports), the patching to undo.
	Switches         int            `json:"switches"`
	SwitchPorts      int            `json:"switch_ports"`
	SwitchPortsInUse int            `json:"switch_ports_in_use"`
	Actions          int            `json:"actions"`
	Waves            int            `json:"waves"`
	LowerBound       int            `json:"lower_bound"`
	Breaches         int            `json:"breaches"`
	Blocked          int            `json:"blocked"`
	FirstWave        inventory.Date `json:"first_wave,omitzero"`
	LastWave         inventory.Date `json:"last_wave,omitzero"`
}

// Verdict is what the plan does for a contract.
type Verdict string

// Verdicts of a contract.
const (
	// Met: everything it covers acts on or before it ends.
	Met Verdict = "met"
	// Late: the last action on what it covers falls after it ends.
	Late Verdict = "late"
	// Blocked: something it covers can never take its action.
	Blocked Verdict = "blocked"
	// None: nothing it covers takes an action.
	None Verdict = "none"
)

// Contract is one contract against the last wave acting on what it covers.
type Contract struct {
	Address      string         `json:"address"`
	Name         string         `json:"name,omitempty"`
	Supplier     string         `json:"supplier,omitempty"`
	SupplierName string         `json:"supplier_name,omitempty"`
	Ends         inventory.Date `json:"ends,omitzero"`
	Covers       int            `json:"covers"`
	AnnualCost   Money          `json:"annual_cost"`
	// LastWave is 0 when nothing it covers has a planned action.
	LastWave int            `json:"last_wave,omitempty"`
	LastDate inventory.Date `json:"last_date,omitzero"`
	// DaysLate is how long after Ends the last action falls; 0 when met.
	DaysLate int     `json:"days_late,omitempty"`
	Verdict  Verdict `json:"verdict"`
	// Blocked lists, for a blocked verdict, what it covers that can never
	// take its action, and BlockedBy the root causes of those blocks.
	Blocked   []string `json:"blocked,omitempty"`
	BlockedBy []string `json:"blocked_by,omitempty"`
	// Kept lists what it covers that takes no action and stays (a target
	// network, a retained application): the contract is still needed.
	Kept []string `json:"kept,omitempty"`
	// Lapses says the contract is no longer needed once the plan is done:
	// everything it covers is decommissioned, retired or moved away (or
	// done already), and something of it is planned. Its annual cost then
	// counts in the savings from LastWave.
	Lapses bool `json:"lapses"`
}

// Wave sums up one wave.
type Wave struct {
	Number     int            `json:"number"`
	Date       inventory.Date `json:"date"`
	Actions    int            `json:"actions"`
	EffortDays float64        `json:"effort_days"`
	// Critical lists the critical cutovers by address.
	Critical      []string `json:"critical_cutovers"`
	Moves         int      `json:"moves"`
	Retires       int      `json:"retires"`
	Decommissions int      `json:"decommissions"`
	// Late counts the wave's actions that breach their deadlines.
	Late int `json:"late"`
	// Users adds up the users of the applications and endpoint groups the
	// wave acts on: the people a change in the wave can touch.
	Users int `json:"users_affected"`
	// PortsReleased counts the ports on switches being decommissioned that
	// the wave frees: one per device uplinked there that acts, and each
	// acting endpoint group's share on them in the uplink split
	// (inventory.Ports). PortsReleasedToDate adds up the waves so far.
	PortsReleased       int `json:"ports_released"`
	PortsReleasedToDate int `json:"ports_released_to_date"`
	// Saving is the annual running cost switched off from this wave on;
	// SavingToDate the total a year switched off by the end of it.
	Saving       Money `json:"annual_saving"`
	SavingToDate Money `json:"annual_saving_to_date"`
	// Items are the wave's actions with display names, in plan order.
	Items []Item `json:"items"`
}

// Item is one action of a wave.
type Item struct {
	Address  string             `json:"address"`
	Name     string             `json:"name,omitempty"`
	Action   planner.ActionKind `json:"action"`
	Critical bool               `json:"critical,omitempty"`
	// DaysLate is the breach's lateness; 0 when on time.
	DaysLate int `json:"days_late,omitempty"`
}

// Critical is one critical application and its cutover.
type Critical struct {
	Address     string                `json:"address"`
	Name        string                `json:"name,omitempty"`
	Owner       string                `json:"owner,omitempty"`
	Disposition inventory.Disposition `json:"disposition,omitempty"`
	// Wave is 0 when the application takes no planned action.
	Wave             int             `json:"wave,omitempty"`
	Date             inventory.Date  `json:"date,omitzero"`
	Deadline         inventory.Date  `json:"deadline,omitzero"`
	DeadlineFrom     string          `json:"deadline_from,omitempty"`
	DeadlineFromName string          `json:"deadline_from_name,omitempty"`
	DeadlineSource   *planner.Source `json:"deadline_source,omitempty"`
	// Slack is days from the cutover to the deadline; negative when late.
	Slack int `json:"slack_days"`
	// Blocked is its blocker's reason when its action can never happen.
	Blocked string `json:"blocked,omitempty"`
}

// Breach is a planned action late for its deadline, with display names.
type Breach struct {
	planner.Breach
	Name             string `json:"name,omitempty"`
	DeadlineFromName string `json:"deadline_from_name,omitempty"`
}

// Blocker is an action that can never be planned, with display names.
type Blocker struct {
	planner.Blocker
	Name string `json:"name,omitempty"`
}

// Savings is the annual running cost the plan switches off: the
// annual_cost of every network, device and application it decommissions
// or retires, and of every contract that lapses. Annual is the total a
// year, split between tenants by cost share and between waves by when
// each saving starts.
type Savings struct {
	Annual  Money         `json:"annual"`
	Tenants []TenantShare `json:"tenants"`
	// Assets and Contracts are the two parts of Annual.
	Assets    Money `json:"assets"`
	Contracts Money `json:"contracts"`
	// Items lists every saving, by wave then address.
	Items []Saving `json:"items"`
	// Waves lists the waves in which a saving starts.
	Waves []WaveSaving `json:"waves"`
	// Held is the annual cost that stays because actions are blocked: the
	// assets whose decommission or retirement is blocked and the
	// contracts that cannot lapse for that reason.
	Held Money `json:"held_by_blockers"`
}

// Saving is one annual cost switched off.
type Saving struct {
	Address string         `json:"address"`
	Name    string         `json:"name,omitempty"`
	Kind    string         `json:"kind"` // "asset" or "contract"
	Annual  Money          `json:"annual"`
	Wave    int            `json:"wave"`
	Date    inventory.Date `json:"date"`
}

// WaveSaving is what one wave switches off and the total so far.
type WaveSaving struct {
	Wave   int            `json:"wave"`
	Date   inventory.Date `json:"date"`
	Annual Money          `json:"annual"`
	ToDate Money          `json:"to_date"`
}

// TenantShare is one tenant's part of the savings.
type TenantShare struct {
	Tenant string  `json:"tenant"`
	Name   string  `json:"name,omitempty"`
	Share  float64 `json:"share"`
	Annual Money   `json:"annual"`
}

// Timeline is what the Gantt chart draws besides the waves.
type Timeline struct {
	// Start is plan.start (or the first wave when unset); WaveDays the
	// days between waves, drawn as each wave's bar.
	Start    inventory.Date `json:"start,omitzero"`
	WaveDays int            `json:"wave_days"`
	Freezes  []Freeze       `json:"freezes"`
	Markers  []Marker       `json:"markers"`
}

// Freeze is a change freeze, both days included.
type Freeze struct {
	ID   string         `json:"id"`
	From inventory.Date `json:"from"`
	To   inventory.Date `json:"to"`
}

// Marker is a date that bounds the plan: a contract's end or support
// ending on assets the plan acts on.
type Marker struct {
	Date inventory.Date `json:"date"`
	Kind string         `json:"kind"` // "contract" or "support"
	// Label names the contract, or counts the assets whose support ends.
	Label string `json:"label"`
	// Address is the contract's, or the single asset's; empty for several.
	Address string `json:"address,omitempty"`
	// Assets counts the assets whose support ends on the date (support
	// markers only).
	Assets int `json:"assets,omitempty"`
}

// New builds the report of m and its plan p.
func New(m *inventory.Model, p *planner.Plan) *Report {
	r := &Report{FormatVersion: FormatVersion, Estate: "Estate", Contracts: []Contract{}, Waves: []Wave{},
		Critical: []Critical{}, Breaches: []Breach{}, Blockers: []Blocker{}}
	if e := m.Estate; e != nil {
		if e.Name != "" {
			r.Estate = e.Name
		}
		r.AsOf, r.Currency = e.AsOf, e.Currency
	}
	for _, b := range p.Breaches {
		r.Breaches = append(r.Breaches, Breach{Breach: b, Name: m.NameOf(b.Address), DeadlineFromName: m.NameOf(b.DeadlineFrom)})
	}
	for _, b := range p.Blockers {
		r.Blockers = append(r.Blockers, Blocker{Blocker: b, Name: m.NameOf(b.Address)})
	}
	at := p.Index()
	r.summary(m, p)
	r.contracts(m, at)
	r.waves(m, p, at)
	r.critical(m, at)
	r.savings(m, at)
	r.timeline(m, p)
	r.headline(m, p)
	return r
}

func (r *Report) summary(m *inventory.Model, p *planner.Plan) {
	s := &r.Summary
	for _, n := range m.Networks {
		switch n.Role {
		case inventory.RoleLegacy:
			s.LegacyNetworks++
		case inventory.RoleTransition:
			s.TransitionNetworks++
		case inventory.RoleTarget:
			s.TargetNetworks++
		}
	}
	s.Devices, s.Applications, s.EndpointGroups = len(m.Devices), len(m.Applications), len(m.Endpoints)
	for _, e := range m.Endpoints {
		s.Endpoints += e.Count
	}
	ports := m.Ports()
	for _, d := range m.Devices {
		if releasing(d) && d.Ports > 0 {
			s.Switches++
			s.SwitchPorts += d.Ports
			s.SwitchPortsInUse += ports.Device(d.Address()).Used()
		}
	}
	for _, w := range p.Waves {
		s.Actions += len(w.Actions)
	}
	s.Waves, s.LowerBound, s.Breaches, s.Blocked = len(p.Waves), p.LowerBound.Waves, len(p.Breaches), len(p.Blockers)
	if len(p.Waves) > 0 {
		s.FirstWave, s.LastWave = p.Waves[0].Date, p.Waves[len(p.Waves)-1].Date
	}
}

// releasing reports whether d is a switch being decommissioned: the ports
// patched into it are the ones the plan releases.
func releasing(d *inventory.Device) bool {
	return d != nil && d.Kind == inventory.KindSwitch && d.Disposition == inventory.DispDecommission && d.Status != inventory.StatusDone
}

// contracts gives every contract its last wave and verdict (see Verdict)
// and says whether it lapses.
func (r *Report) contracts(m *inventory.Model, at *planner.Index) {
	for _, c := range m.Contracts {
		row := Contract{Address: c.Address(), Name: c.Name, Supplier: c.Supplier.Addr, SupplierName: m.NameOf(c.Supplier.Addr),
			Ends: c.Ends, Covers: len(c.Covers), AnnualCost: moneyOf(c.AnnualCost)}
		acting := false
		causes := map[string]bool{}
		for _, ref := range c.Covers {
			if _, w := at.Action(ref.Addr); w != nil {
				acting = true
				if w.Number > row.LastWave {
					row.LastWave, row.LastDate = w.Number, w.Date
				}
				continue
			}
			if b := at.Blocker(ref.Addr); b != nil && b.Action != "" {
				acting = true
				row.Blocked = append(row.Blocked, ref.Addr)
				if k := len(b.Chain); k > 0 && !causes[b.Chain[k-1]] {
					causes[b.Chain[k-1]] = true
					row.BlockedBy = append(row.BlockedBy, b.Chain[k-1])
				}
				continue
			}
			if !inventory.Done(m.Lookup(ref.Addr)) {
				row.Kept = append(row.Kept, ref.Addr)
			}
		}
		sort.Strings(row.BlockedBy)
		if row.LastWave > 0 && !c.Ends.IsZero() && row.LastDate > c.Ends {
			row.DaysLate = int(row.LastDate - c.Ends)
		}
		switch {
		case !acting:
			row.Verdict = None
		case len(row.Blocked) > 0:
			row.Verdict = Blocked
		case row.DaysLate > 0:
			row.Verdict = Late
		default:
			row.Verdict = Met
		}
		row.Lapses = row.LastWave > 0 && len(row.Blocked) == 0 && len(row.Kept) == 0
		r.Contracts = append(r.Contracts, row)
	}
}

func (r *Report) waves(m *inventory.Model, p *planner.Plan, at *planner.Index) {
	ports := m.Ports()
	released := func(a planner.Action) int {
		switch x := m.Lookup(a.Address).(type) {
		case *inventory.Device:
			if x.Uplink.IsSet() {
				if up, _ := m.Lookup(x.Uplink.Addr).(*inventory.Device); releasing(up) {
					return 1
				}
			}
		case *inventory.Endpoints:
			n := 0
			for _, s := range ports.Shares(a.Address) {
				if sw, _ := m.Lookup(s.Switch).(*inventory.Device); releasing(sw) {
					n += s.Count
				}
			}
			return n
		}
		return 0
	}
	total := 0
	for _, w := range p.Waves {
		row := Wave{Number: w.Number, Date: w.Date, Actions: len(w.Actions), Critical: []string{}, Items: []Item{}}
		for _, a := range w.Actions {
			row.EffortDays += a.EffortDays
			it := Item{Address: a.Address, Name: m.NameOf(a.Address), Action: a.Action, Critical: a.Critical}
			if a.Critical {
				row.Critical = append(row.Critical, a.Address)
			}
			switch a.Action {
			case planner.Migrate:
				row.Moves++
			case planner.Retire:
				row.Retires++
			case planner.Decommission:
				row.Decommissions++
			}
			if b := at.Breach(a.Address); b != nil {
				row.Late++
				it.DaysLate = b.DaysLate
			}
			switch x := m.Lookup(a.Address).(type) {
			case *inventory.Application:
				row.Users += x.Users
			case *inventory.Endpoints:
				row.Users += x.Users
			}
			row.PortsReleased += released(a)
			row.Items = append(row.Items, it)
		}
		total += row.PortsReleased
		row.PortsReleasedToDate = total
		r.Waves = append(r.Waves, row)
	}
}

func (r *Report) critical(m *inventory.Model, at *planner.Index) {
	for _, a := range m.Applications {
		if a.Criticality != inventory.CritCritical {
			continue
		}
		row := Critical{Address: a.Address(), Name: a.Name, Owner: a.Owner, Disposition: a.Disposition}
		if pa, w := at.Action(a.Address()); pa != nil {
			row.Wave, row.Date, row.Deadline, row.DeadlineFrom, row.DeadlineSource = w.Number, w.Date, pa.Deadline, pa.DeadlineFrom, pa.DeadlineSource
			row.DeadlineFromName = m.NameOf(pa.DeadlineFrom)
			if pa.Slack != nil {
				row.Slack = *pa.Slack
			}
		} else if b := at.Blocker(a.Address()); b != nil {
			row.Blocked = b.Reason
		}
		r.Critical = append(r.Critical, row)
	}
}

// savings adds up what the plan switches off: assets decommissioned or
// retired, from their wave, and contracts that lapse, from the last wave
// acting on what they cover; and what blockers hold.
func (r *Report) savings(m *inventory.Model, at *planner.Index) {
	s := &r.Savings
	s.Items, s.Waves, s.Tenants = []Saving{}, []WaveSaving{}, []TenantShare{}
	asset := func(addr string, cost float64) {
		if cost == 0 {
			return
		}
		if a, w := at.Action(addr); a != nil && a.Action != planner.Migrate {
			s.Items = append(s.Items, Saving{Address: addr, Name: m.NameOf(addr), Kind: "asset", Annual: moneyOf(cost), Wave: w.Number, Date: w.Date})
			s.Assets += moneyOf(cost)
		} else if b := at.Blocker(addr); b != nil && b.Action != "" && b.Action != planner.Migrate {
			s.Held += moneyOf(cost)
		}
	}
	for _, n := range m.Networks {
		asset(n.Address(), n.AnnualCost)
	}
	for _, d := range m.Devices {
		asset(d.Address(), d.AnnualCost)
	}
	for _, a := range m.Applications {
		asset(a.Address(), a.AnnualCost)
	}
	for _, c := range r.Contracts {
		switch {
		case c.Lapses && c.AnnualCost != 0:
			s.Items = append(s.Items, Saving{Address: c.Address, Name: c.Name, Kind: "contract", Annual: c.AnnualCost, Wave: c.LastWave, Date: c.LastDate})
			s.Contracts += c.AnnualCost
		case c.Verdict == Blocked && len(c.Kept) == 0:
			s.Held += c.AnnualCost
		}
	}
	s.Annual = s.Assets + s.Contracts
	sort.SliceStable(s.Items, func(i, j int) bool {
		if s.Items[i].Wave != s.Items[j].Wave {
			return s.Items[i].Wave < s.Items[j].Wave
		}
		return s.Items[i].Address < s.Items[j].Address
	})
	byWave := map[int]Money{}
	for _, it := range s.Items {
		byWave[it.Wave] += it.Annual
	}
	var toDate Money
	for i := range r.Waves {
		w := &r.Waves[i]
		w.Saving = byWave[w.Number]
		toDate += w.Saving
		w.SavingToDate = toDate
		if w.Saving != 0 {
			s.Waves = append(s.Waves, WaveSaving{Wave: w.Number, Date: w.Date, Annual: w.Saving, ToDate: toDate})
		}
	}
	var shares []float64
	for _, t := range m.Tenants {
		if t.CostShare != nil {
			s.Tenants = append(s.Tenants, TenantShare{Tenant: t.Address(), Name: t.Name, Share: *t.CostShare})
			shares = append(shares, *t.CostShare)
		}
	}
	for i, v := range split(s.Annual, shares) {
		s.Tenants[i].Annual = v
	}
	sort.SliceStable(s.Tenants, func(i, j int) bool { return s.Tenants[i].Share > s.Tenants[j].Share })
}

// timeline gathers what the Gantt chart marks: freezes, the ends of the
// contracts the plan acts under, and the support end dates that set the
// deadlines of planned or blocked actions (one marker per date).
func (r *Report) timeline(m *inventory.Model, p *planner.Plan) {
	t := &r.Timeline
	t.Start, t.WaveDays, t.Freezes, t.Markers = p.Settings.Start, p.Settings.WaveDays, []Freeze{}, []Marker{}
	if t.Start.IsZero() && len(p.Waves) > 0 {
		t.Start = p.Waves[0].Date
	}
	if m.Plan != nil {
		for _, f := range m.Plan.Freezes {
			t.Freezes = append(t.Freezes, Freeze{ID: f.Label, From: f.From, To: f.To})
		}
		sort.SliceStable(t.Freezes, func(i, j int) bool { return t.Freezes[i].From < t.Freezes[j].From })
	}
	for _, c := range r.Contracts {
		if c.Verdict != None && !c.Ends.IsZero() {
			label := c.Name
			if label == "" {
				label = c.Address
			}
			t.Markers = append(t.Markers, Marker{Date: c.Ends, Kind: "contract", Label: label, Address: c.Address})
		}
	}
	support := map[inventory.Date][]string{}
	seen := map[string]bool{} // an asset has one support_ends
	note := func(src *planner.Source, d inventory.Date) {
		if src == nil || src.Attribute != "support_ends" || d.IsZero() || seen[src.Address] {
			return
		}
		seen[src.Address] = true
		support[d] = append(support[d], src.Address)
	}
	for _, w := range p.Waves {
		for _, a := range w.Actions {
			note(a.DeadlineSource, a.Deadline)
		}
	}
	for d, addrs := range support {
		mk := Marker{Date: d, Kind: "support", Assets: len(addrs)}
		if len(addrs) == 1 {
			mk.Address = addrs[0]
			mk.Label = "support ends: " + label(m.NameOf(addrs[0]), addrs[0])
		} else {
			mk.Label = "support ends on " + itoa(len(addrs)) + " assets"
		}
		t.Markers = append(t.Markers, mk)
	}
	sort.SliceStable(t.Markers, func(i, j int) bool {
		if t.Markers[i].Date != t.Markers[j].Date {
			return t.Markers[i].Date < t.Markers[j].Date
		}
		if t.Markers[i].Kind != t.Markers[j].Kind {
			return t.Markers[i].Kind < t.Markers[j].Kind
		}
		return t.Markers[i].Label < t.Markers[j].Label
	})
}

// headline picks the contract that decides the exit and sets the figures
// of the opening sentence. The deciding contract is, among the contracts
// with a verdict other than none, preferring those that cover a network
// being decommissioned (the exit itself): a blocked one first, then the
// one with the fewest days to spare, then the earliest end, then by
// address.
func (r *Report) headline(m *inventory.Model, p *planner.Plan) {
	h := &r.Headline
	h.Finish, h.Breaches, h.Annual = r.Summary.LastWave, len(p.Breaches), r.Savings.Annual
	for _, b := range p.Blockers {
		if b.Action != "" {
			h.Blocked++
		}
	}
	exit := func(c Contract) bool {
		for _, ref := range m.Lookup(c.Address).(*inventory.Contract).Covers {
			if n, ok := m.Lookup(ref.Addr).(*inventory.Network); ok && n.Decommission {
				return true
			}
		}
		return false
	}
	spare := func(c Contract) int {
		if c.Ends.IsZero() {
			return 1 << 30
		}
		return int(c.Ends - c.LastDate)
	}
	better := func(a, b Contract) bool {
		if ea, eb := exit(a), exit(b); ea != eb {
			return ea
		}
		if ba, bb := a.Verdict == Blocked, b.Verdict == Blocked; ba != bb {
			return ba
		}
		if sa, sb := spare(a), spare(b); sa != sb {
			return sa < sb
		}
		if a.Ends != b.Ends {
			return a.Ends < b.Ends
		}
		return a.Address < b.Address
	}
	var best *Contract
	for i := range r.Contracts {
		c := &r.Contracts[i]
		if c.Verdict == None || c.Ends.IsZero() {
			continue
		}
		if best == nil || better(*c, *best) {
			best = c
		}
	}
	if best == nil {
		return
	}
	h.Contract, h.ContractName, h.Ends, h.Verdict = best.Address, best.Name, best.Ends, best.Verdict
	if !h.Finish.IsZero() {
		h.DaysToSpare = int(best.Ends - h.Finish)
	}
}
