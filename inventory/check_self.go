package inventory

import (
	"fmt"

	"github.com/decomhq/decom/inventory/diag"
)

// selfRules catch an asset that refers to itself where that cannot make
// sense: an application in its own depends_on, a device uplinked into
// itself or redundant with itself. (A link between a network and itself, and an application
// replaced by itself, have codes of their own.)
var selfRules = []checkRule{
	{
		Rule: diag.Rule{
			Code:  "self-reference",
			Title: "Asset refers to itself",
			Help:  "Remove the reference to the asset itself: an application cannot depend on itself, and a device can be neither patched into itself nor its own redundant partner.",
		},
		run: func(c *checker, emit emitFunc) {
			for _, a := range c.m.Applications {
				for _, r := range a.DependsOn {
					if r.Addr == a.Address() {
						emit("Application depends on itself",
							fmt.Sprintf("%s lists itself in depends_on; remove it from the list.", r.Addr), r.Range)
					}
				}
			}
			for _, d := range c.m.Devices {
				if d.Uplink.Addr == d.Address() {
					emit("Device uplinked to itself",
						fmt.Sprintf("%s names itself as its uplink; set uplink to the switch it is patched into, or remove it.", d.Address()), d.Uplink.Range)
				}
				for _, r := range d.RedundantWith {
					if r.Addr == d.Address() {
						emit("Device redundant with itself",
							fmt.Sprintf("%s lists itself in redundant_with; list the devices that carry its load when it fails, or remove the reference.", d.Address()), r.Range)
					}
				}
			}
		},
	},
}
