package inventory

// applyDefaults fills in what the inventory leaves unsaid (docs/language.md,
// "Defaults"): estate.as_of is today; a network is decommissioned when it
// is legacy; a link when either end is; a device's disposition is
// decommission on a decommissioned network, else retain; an endpoint
// group's users are its count; a device's,
// application's or endpoint group's status is planned. The plan block's
// settings are left as given (zero = not given): the planner defaults them.
func applyDefaults(m *Model, opt LoadOptions) {
	if m.Estate == nil {
		m.Estate = &EstateSettings{Meta: Meta{Type: TypeEstate}}
	}
	if m.Estate.AsOf.IsZero() {
		m.Estate.AsOf = opt.Today
		if m.Estate.AsOf.IsZero() {
			m.Estate.AsOf = today()
		}
	}
	for _, n := range m.Networks {
		if !n.Has("decommission") {
			n.Decommission = n.Role == RoleLegacy
		}
	}
	for _, l := range m.Links {
		if !l.Has("decommission") {
			l.Decommission = false
			for _, end := range l.Between {
				if n, ok := m.Lookup(end.Addr).(*Network); ok && n.Decommission {
					l.Decommission = true
				}
			}
		}
	}
	for _, d := range m.Devices {
		if d.Disposition == "" {
			d.Disposition = DispRetain
			if n, ok := m.Lookup(d.Network.Addr).(*Network); ok && n.Decommission {
				d.Disposition = DispDecommission
			}
		}
		if d.Status == "" {
			d.Status = StatusPlanned
		}
	}
	for _, a := range m.Applications {
		if a.Status == "" {
			a.Status = StatusPlanned
		}
	}
	for _, e := range m.Endpoints {
		if !e.Has("users") {
			e.Users = e.Count
		}
		if e.Status == "" {
			e.Status = StatusPlanned
		}
	}
}
