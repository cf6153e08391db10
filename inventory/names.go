package inventory

// NameOf returns the display name (the `name` attribute) of the asset at
// addr; empty when the asset has none or there is no such asset.
// Addresses stay the identifiers: human outputs show the name beside the
// address, never instead of it where a reader must find the block.
func (m *Model) NameOf(addr string) string {
	switch a := m.Lookup(addr).(type) {
	case *Tenant:
		return a.Name
	case *Site:
		return a.Name
	case *Supplier:
		return a.Name
	case *Contract:
		return a.Name
	case *Network:
		return a.Name
	case *Link:
		return a.Name
	case *Device:
		return a.Name
	case *Application:
		return a.Name
	case *Endpoints:
		return a.Name
	}
	return ""
}
