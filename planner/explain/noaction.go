package explain

import (
	"fmt"

	"github.com/decomhq/decom/inventory"
)

// noActionReason says why an asset has no action in the plan, as what
// follows "ADDRESS takes no action: " (so it never says that again).
func noActionReason(m *inventory.Model, asset inventory.Asset) string {
	done := "status = done: it has already taken its action, so nothing is scheduled for it"
	switch a := asset.(type) {
	case *inventory.Application:
		switch {
		case a.Status == inventory.StatusDone:
			return done
		case a.Disposition == inventory.DispRetain:
			return "disposition = retain: it stays live where it is"
		case a.Disposition == "":
			return "it has no disposition, so it stays live where it is"
		}
	case *inventory.Device:
		switch {
		case a.Status == inventory.StatusDone:
			return done
		case a.Disposition == inventory.DispRetain:
			if n, ok := m.Lookup(a.Network.Addr).(*inventory.Network); ok && !n.Decommission {
				return fmt.Sprintf("disposition = retain (the default: %s is not being decommissioned)", n.Address())
			}
			return "disposition = retain: it stays where it is"
		}
	case *inventory.Endpoints:
		switch {
		case a.Status == inventory.StatusDone:
			return done
		case a.Disposition == "":
			return "it has no disposition, so the group stays where it is"
		}
	case *inventory.Network:
		if !a.Decommission {
			return fmt.Sprintf("it is not being decommissioned (role %s, decommission = false)", a.Role)
		}
	case *inventory.Link:
		if !a.Decommission {
			return "it is not being decommissioned (neither end is, or decommission = false)"
		}
	case *inventory.Tenant, *inventory.Site, *inventory.Supplier:
		return fmt.Sprintf("%ss are not planned: only networks, links, devices, applications and endpoint groups take actions", asset.AssetMeta().Type)
	case *inventory.Contract:
		return "a contract is not planned: its end date is a deadline for what it covers"
	}
	return "it has no action in this plan"
}
