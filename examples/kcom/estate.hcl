# Holderness & Wolds Shared ICT: leaving the KCOM managed network
#
# This inventory describes the ICT estate that Holderness Police and Wolds
# Police share through a joint ICT service, as it stood at the start of the
# KCOM exit programme. It is kept in git by the programme's architects; every
# change goes through a pull request that `decom validate` checks.
#
# Files in this folder:
#   estate.hcl              estate settings, the two forces, the wave plan
#   suppliers.hcl.json      suppliers (JSON syntax: exported from the
#                           commercial team's register)
#   contracts.hcl           support and service contracts
#   sites.hcl               buildings
#   networks.hcl            the legacy, transition and target networks
#   devices-core.hcl        WAN routers, firewalls, core and site
#                           aggregation switches
#   devices-access.hcl      every access switch (one block per switch)
#   servers.hcl             ESXi hosts, storage, backup, legacy servers
#   telephony.hcl           call servers, gateways and the ICCS
#   applications-*.hcl      hosted services, one file per area
#   endpoints.hcl           desktops and handsets, per site

estate {
  name = "Holderness & Wolds Shared ICT: KCOM exit"

  # The day of the inventory audit. Support status is judged on this day
  # rather than "today", so the plan printed from this folder is the same on
  # every machine.
  as_of = "2026-07-01"

  # Every annual_cost in this folder is in pounds sterling.
  currency = "GBP"
}

# The two forces fund the shared service in proportion to headcount, as set
# out in the collaboration agreement (section 9 of the s22A agreement).
tenant "holderness" {
  name       = "Holderness Police"
  cost_share = 0.55
}

tenant "wolds" {
  name       = "Wolds Police"
  cost_share = 0.45
}

# Wave plan agreed at the programme board.
#
# - Waves run every second Monday from the first Monday of September.
# - max_changes: the joint Change Advisory Board accepts up to 20 changes a
#   wave (a switch decommission is one change; a site's stack goes as a batch).
# - max_effort_days: four engineers and one application specialist, about
#   eight working days each in a fortnight, less BAU: 40 days of effort.
# - max_critical: the control room will take one critical cutover per wave,
#   never two, so a failed cutover never leaves two critical services on
#   fallback at once.
# - soak_waves: whatever a cutover leaves behind (old hosts, old switches)
#   stays powered for one full wave as the rollback path before it is
#   decommissioned.
plan {
  start           = "2026-09-07"
  wave_days       = 14
  max_changes     = 20
  max_effort_days = 40
  max_critical    = 1
  soak_waves      = 1

  # Conference season: both forces send public order mutual aid and the
  # control room runs at raised staffing; no planned change.
  freeze "party_conference" {
    from = "2026-10-03"
    to   = "2026-10-08"
  }

  # Christmas and New Year: peak demand on 999 and minimum ICT staffing.
  freeze "christmas" {
    from = "2026-12-19"
    to   = "2027-01-04"
  }
}
