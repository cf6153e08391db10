# Sites on the KCOM network. Shared buildings have no tenant: their cost is
# split by cost_share. Station codes follow the estates team's numbering.

# The shared data centre: two halls in a former exchange building, the
# KCOM core, both ESXi clusters' general half and the SAN. The transition
# network's racks are in hall 2.
site "dc1" {
  name = "Priory Park data centre"
}

# The joint Force Operations Centre (FOC): 999/101 call handling and
# dispatch for both forces, the ICCS, and a small ESXi cluster that keeps
# command and control running if the data centre link is lost.
site "foc" {
  name = "Force Operations Centre, Melton"
}

site "hq_holderness" {
  name   = "Holderness Police Headquarters, Sutton Fields"
  tenant = tenant.holderness
}

site "hq_wolds" {
  name   = "Wolds Police Headquarters, Driffield"
  tenant = tenant.wolds
}

# Joint custody suite, used by both forces (32 cells).
site "custody_priory" {
  name = "Priory custody suite"
}

# Hedon was the pilot site for the target network: already migrated (see
# endpoints.hcl and devices-access.hcl, status = "done").
site "stn_hedon" {
  name   = "Hedon police station"
  tenant = tenant.holderness
}

site "stn_withernsea" {
  name   = "Withernsea police station"
  tenant = tenant.holderness
}

site "stn_bridlington" {
  name   = "Bridlington police station"
  tenant = tenant.holderness
}

site "stn_pocklington" {
  name   = "Pocklington police station"
  tenant = tenant.wolds
}

site "stn_market_weighton" {
  name   = "Market Weighton police station"
  tenant = tenant.wolds
}
