// Package report writes the decommissioning report an architect hands to a
// programme board: what the estate is, when each contract and support date
// runs out against the plan, the waves, the critical services' cutovers,
// what is late or blocked, and the running cost the plan switches off.
// New builds the report's content once; Markdown and JSON write it.
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
	FormatVersion string            `json:"format_version"`
	Estate        string            `json:"estate"`
	AsOf          inventory.Date    `json:"as_of,omitzero"`
	Summary       Summary           `json:"summary"`
	Contracts     []Contract        `json:"contracts"`
	Waves         []Wave            `json:"waves"`
	Critical      []Critical        `json:"critical"`
	Breaches      []planner.Breach  `json:"breaches"`
	Blockers      []planner.Blocker `json:"blockers"`
	Savings       Savings           `json:"savings"`
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

// Contract is one contract against the last wave acting on what it covers.
type Contract struct {
	Address  string         `json:"address"`
	Supplier string         `json:"supplier,omitempty"`
	Ends     inventory.Date `json:"ends,omitzero"`
	Covers   int            `json:"covers"`
	// LastWave is 0 when nothing it covers has a planned action.
	LastWave int            `json:"last_wave,omitempty"`
	LastDate inventory.Date `json:"last_date,omitzero"`
	// DaysLate is how long after Ends the last action falls; 0 when met.
	DaysLate int `json:"days_late,omitempty"`
}

// Wave sums up one wave.
type Wave struct {
	Number     int            `json:"number"`
	Date       inventory.Date `json:"date"`
	Actions    int            `json:"actions"`
	EffortDays float64        `json:"effort_days"`
	Critical   []string       `json:"critical_cutovers"`
}

// Critical is one critical application and its cutover.
type Critical struct {
	Address     string                `json:"address"`
	Disposition inventory.Disposition `json:"disposition,omitempty"`
	// Wave is 0 when the application takes no planned action.
	Wave           int             `json:"wave,omitempty"`
	Date           inventory.Date  `json:"date,omitzero"`
	Deadline       inventory.Date  `json:"deadline,omitzero"`
	DeadlineFrom   string          `json:"deadline_from,omitempty"`
	DeadlineSource *planner.Source `json:"deadline_source,omitempty"`
	// Slack is days from the cutover to the deadline; negative when late.
	Slack int `json:"slack_days"`
}

// Savings is the annual running cost of what the plan decommissions or
// retires, split between tenants by cost share.
type Savings struct {
	Annual  float64       `json:"annual"`
	Tenants []TenantShare `json:"tenants"`
}

// TenantShare is one tenant's part of the savings.
type TenantShare struct {
	Tenant string  `json:"tenant"`
	Name   string  `json:"name,omitempty"`
	Share  float64 `json:"share"`
	Annual float64 `json:"annual"`
}

// New builds the report of m and its plan p.
func New(m *inventory.Model, p *planner.Plan) *Report {
	r := &Report{FormatVersion: FormatVersion, Estate: "Estate", Contracts: []Contract{}, Waves: []Wave{},
		Critical: []Critical{}, Breaches: p.Breaches, Blockers: p.Blockers}
	if r.Breaches == nil {
		r.Breaches = []planner.Breach{}
	}
	if r.Blockers == nil {
		r.Blockers = []planner.Blocker{}
	}
	if e := m.Estate; e != nil {
		if e.Name != "" {
			r.Estate = e.Name
		}
		r.AsOf = e.AsOf
	}
	at := p.Index()
	r.summary(m, p)
	r.contracts(m, at)
	r.waves(p)
	r.critical(m, at)
	r.savings(m, at)
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
		if d.Kind == inventory.KindSwitch && d.Ports > 0 && d.Disposition == inventory.DispDecommission && d.Status != inventory.StatusDone {
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

func (r *Report) contracts(m *inventory.Model, at *planner.Index) {
	for _, c := range m.Contracts {
		row := Contract{Address: c.Address(), Supplier: c.Supplier.Addr, Ends: c.Ends, Covers: len(c.Covers)}
		for _, ref := range c.Covers {
			if _, w := at.Action(ref.Addr); w != nil && w.Number > row.LastWave {
				row.LastWave, row.LastDate = w.Number, w.Date
			}
		}
		if row.LastWave > 0 && !c.Ends.IsZero() && row.LastDate > c.Ends {
			row.DaysLate = int(row.LastDate - c.Ends)
		}
		r.Contracts = append(r.Contracts, row)
	}
}

func (r *Report) waves(p *planner.Plan) {
	for _, w := range p.Waves {
		row := Wave{Number: w.Number, Date: w.Date, Actions: len(w.Actions), Critical: []string{}}
		for _, a := range w.Actions {
			row.EffortDays += a.EffortDays
			if a.Critical {
				row.Critical = append(row.Critical, a.Address)
			}
		}
		r.Waves = append(r.Waves, row)
	}
}

func (r *Report) critical(m *inventory.Model, at *planner.Index) {
	for _, a := range m.Applications {
		if a.Criticality != inventory.CritCritical {
			continue
		}
		row := Critical{Address: a.Address(), Disposition: a.Disposition}
		if pa, w := at.Action(a.Address()); pa != nil {
			row.Wave, row.Date, row.Deadline, row.DeadlineFrom, row.DeadlineSource = w.Number, w.Date, pa.Deadline, pa.DeadlineFrom, pa.DeadlineSource
			if pa.Slack != nil {
				row.Slack = *pa.Slack
			}
		}
		r.Critical = append(r.Critical, row)
	}
}

func (r *Report) savings(m *inventory.Model, at *planner.Index) {
	add := func(addr string, cost float64) {
		if a, _ := at.Action(addr); a != nil && a.Action != planner.Migrate {
			r.Savings.Annual += cost
		}
	}
	for _, n := range m.Networks {
		add(n.Address(), n.AnnualCost)
	}
	for _, d := range m.Devices {
		add(d.Address(), d.AnnualCost)
	}
	for _, a := range m.Applications {
		add(a.Address(), a.AnnualCost)
	}
	r.Savings.Tenants = []TenantShare{}
	for _, t := range m.Tenants {
		if t.CostShare != nil {
			r.Savings.Tenants = append(r.Savings.Tenants, TenantShare{Tenant: t.Address(), Name: t.Name,
				Share: *t.CostShare, Annual: r.Savings.Annual * *t.CostShare})
		}
	}
	sort.SliceStable(r.Savings.Tenants, func(i, j int) bool { return r.Savings.Tenants[i].Share > r.Savings.Tenants[j].Share })
}
