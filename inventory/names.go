package inventory

// Name returns the display name (the `name` attribute) of a; empty when it
// has none. Addresses stay the identifiers: human outputs show the name
// beside the address, never instead of it where a reader must find the
// block.
func Name(a Asset) string {
	switch a := a.(type) {
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

// NameOf returns the display name of the asset at addr (see Name); empty
// when it has none or there is no such asset.
func (m *Model) NameOf(addr string) string { return Name(m.Lookup(addr)) }
