package language

// Enum value lists, in the order the documentation gives them.
var (
	Roles                 = []string{"legacy", "transition", "target"}
	DeviceKinds           = []string{"switch", "router", "firewall", "server", "storage", "telephony", "other"}
	DeviceDispositions    = []string{"decommission", "migrate", "retain"}
	AppDispositions       = []string{"rehost", "relocate", "replatform", "refactor", "repurchase", "retire", "retain"}
	EndpointDispositions  = []string{"migrate", "retire"}
	Criticalities         = []string{"critical", "high", "medium", "low"}
	Statuses              = []string{"planned", "in_progress", "done"}
	networks              = []string{"network"}
	devices               = []string{"device"}
	applications          = []string{"application"}
	contractCoverageTypes = []string{"network", "link", "device", "application"}
)

func str(name, doc string) Attribute  { return Attribute{Name: name, Kind: String, Doc: doc} }
func date(name, doc string) Attribute { return Attribute{Name: name, Kind: Date, Doc: doc} }
func enum(name string, values []string, doc string) Attribute {
	return Attribute{Name: name, Kind: Enum, Enum: values, Doc: doc}
}
func ref(name string, types []string, doc string) Attribute {
	return Attribute{Name: name, Kind: Ref, RefTypes: types, Doc: doc}
}
func refs(name string, types []string, doc string) Attribute {
	return Attribute{Name: name, Kind: RefList, RefTypes: types, Doc: doc}
}
func num(name string, kind Kind, bound Bound, max float64, doc string) Attribute {
	return Attribute{Name: name, Kind: kind, Bound: bound, Max: max, Doc: doc}
}
func required(a Attribute) Attribute { a.Required = true; return a }

var (
	annualCost = num("annual_cost", Number, NonNegative, MaxMoney, "What the asset costs a year to keep running.")
	effortDays = num("effort_days", Number, NonNegative, MaxEffortDays, "Person-days of work the asset's action takes.")
	status     = enum("status", Statuses, "How far the asset's action has got; default planned. A done asset has already taken its action.")
	target     = ref("target", networks, "The network the asset moves to.")
	notBefore  = date("not_before", "The earliest day the asset's action may take place, e.g. when kit arrives or a supplier is booked.")
	owner      = str("owner", "Who is responsible for the asset: a person, team or tenant, as text.")
	display    = str("name", "Display name.")
)

// Freeze is the nested block of plan: a window in which no wave may fall.
var Freeze = &Block{
	Type: "freeze", Labels: []string{"name"},
	Doc: "A change freeze: no wave may fall on any day from `from` to `to`, both included.",
	Attributes: []Attribute{
		required(date("from", "First day of the freeze.")),
		required(date("to", "Last day of the freeze.")),
	},
}

// Blocks lists every top-level block type of the inventory language.
var Blocks = []*Block{
	{
		Type: "estate", Unique: true,
		Doc: "Settings of the whole estate; at most one.",
		Attributes: []Attribute{
			str("name", "The estate's name, used in reports."),
			date("as_of", "The day support status is judged on; default today."),
			{Name: "currency", Kind: Currency, Doc: "The ISO 4217 code of the currency costs are given in, such as GBP."},
		},
	},
	{
		Type: "tenant", Labels: []string{"name"},
		Doc: "An organisation that uses the estate, such as one police force.",
		Attributes: []Attribute{
			str("name", "Display name."),
			num("cost_share", Number, Fraction, 1, "The tenant's share of costs, from 0 to 1; the shares of all tenants sum to 1 when given."),
		},
	},
	{
		Type: "site", Labels: []string{"name"},
		Doc: "A physical location: a data room, an operations centre, a station.",
		Attributes: []Attribute{
			str("name", "Display name."),
			ref("tenant", []string{"tenant"}, "The tenant that owns or occupies the site."),
		},
	},
	{
		Type: "supplier", Labels: []string{"name"},
		Doc: "A company that provides networks, kit or support.",
		Attributes: []Attribute{
			str("name", "Display name."),
		},
	},
	{
		Type: "contract", Labels: []string{"name"},
		Doc: "A support or service contract.",
		Attributes: []Attribute{
			display,
			ref("supplier", []string{"supplier"}, "The supplier the contract is with."),
			date("ends", "The day the contract ends: a deadline for everything it covers."),
			annualCost,
			refs("covers", contractCoverageTypes, "The networks, links, devices and applications the contract supports."),
		},
	},
	{
		Type: "network", Labels: []string{"name"},
		Doc: "A routed network.",
		Attributes: []Attribute{
			str("name", "Display name."),
			ref("site", []string{"site"}, "Where the network is run from."),
			required(enum("role", Roles, "The network's part in the migration.")),
			ref("supplier", []string{"supplier"}, "Who runs the network."),
			date("support_ends", "The day support ends: a deadline for everything on the network."),
			{Name: "decommission", Kind: Bool, Doc: "Whether the network is to be decommissioned; default true for legacy networks, false otherwise."},
			annualCost,
			effortDays,
			notBefore,
		},
	},
	{
		Type: "link", Labels: []string{"name"},
		Doc: "A routed interconnect between two networks, up while it exists.",
		Attributes: []Attribute{
			display,
			refs("between", networks, "Exactly two different networks."),
			{Name: "decommission", Kind: Bool, Doc: "Whether the link is to be taken down; default true when either end is decommissioned."},
			effortDays,
			notBefore,
		},
	},
	{
		Type: "device", Labels: []string{"name"},
		Doc: "A piece of network or server kit.",
		Attributes: []Attribute{
			display,
			owner,
			required(ref("network", networks, "The network the device is on.")),
			ref("site", []string{"site"}, "Where the device is."),
			enum("kind", DeviceKinds, "What the device is."),
			str("model", "Make and model."),
			date("support_ends", "The day vendor support ends: a deadline."),
			date("warranty_ends", "The day the warranty ends (informational)."),
			num("ports", Int, NonNegative, MaxPorts, "How many ports the device has."),
			num("ports_in_use", Int, NonNegative, MaxPorts, "How many of its ports are in use; at most ports."),
			ref("uplink", devices, "The device it is patched into; occupies one port there."),
			refs("redundant_with", devices, "Devices of the same kind that carry its load when it fails: the other switch of a pair, the other hosts of a cluster."),
			enum("disposition", DeviceDispositions, "What happens to the device; default decommission on a decommissioned network, else retain."),
			target,
			annualCost,
			effortDays,
			notBefore,
			status,
		},
	},
	{
		Type: "application", Labels: []string{"name"},
		Doc: "A hosted service. Needs hosted_on or network.",
		Attributes: []Attribute{
			display,
			owner,
			refs("hosted_on", devices, "The devices (servers, storage) it runs on."),
			{Name: "survives_host_loss", Kind: Bool, Doc: "Whether it runs on its hosts at once (an HA pair, an active-active cluster) and stays up while any one of them stands; default false."},
			ref("network", networks, "The network it is on, when no device is given."),
			refs("depends_on", applications, "Applications it needs while it runs."),
			refs("used_by", []string{"tenant"}, "Tenants that use it."),
			num("users", Int, NonNegative, MaxCount, "How many people use it."),
			enum("criticality", Criticalities, "How important it is; critical cutovers are limited per wave."),
			enum("disposition", AppDispositions, "One of the 7 Rs; needed for anything on a decommissioned network."),
			target,
			ref("replaced_by", applications, "The application that replaces it (for repurchase)."),
			date("support_ends", "The day support ends: a deadline."),
			effortDays,
			annualCost,
			notBefore,
			status,
		},
	},
	{
		Type: "endpoints", Labels: []string{"name"},
		Doc: "A group of end-user devices such as desktops or handsets.",
		Attributes: []Attribute{
			display,
			required(num("count", Int, NonNegative, MaxCount, "How many devices the group has.")),
			num("users", Int, NonNegative, MaxCount, "How many people lose service when the group is lost; default count."),
			refs("uplink", devices, "The switches whose ports the group occupies, in any split."),
			enum("disposition", EndpointDispositions, "What happens to the group; none means it takes no action."),
			target,
			effortDays,
			notBefore,
			status,
		},
	},
	{
		Type: "plan", Unique: true,
		Doc: "Planning settings; at most one. Absent settings take the planner's defaults.",
		Attributes: []Attribute{
			date("start", "The date of wave 1."),
			num("wave_days", Int, Positive, MaxWaveDays, "Days between waves."),
			num("max_changes", Int, NonNegative, MaxPerWave, "Most actions per wave."),
			num("max_effort_days", Number, NonNegative, MaxWaveEffort, "Most effort days per wave."),
			num("max_critical", Int, NonNegative, MaxPerWave, "Most critical-application cutovers per wave."),
			num("soak_waves", Int, NonNegative, MaxSoakWaves, "Full waves between a cutover and decommissioning what it left behind."),
			date("committed_until", "Waves of the baseline plan dated on or before it are committed: same date, same actions."),
		},
		Blocks: []*Block{Freeze},
	},
}
