# Network kit above the access layer: WAN routers, firewalls, the data
# centre core and each site's aggregation switches.
#
# `uplink` always points upstream, at the device a box is patched into, and
# takes one port there. Decommissioning therefore runs from the edge inwards:
# desks and handsets, then access switches, then aggregation, then the site
# router, and only then the network. Every device on network.kcom is
# decommissioned by default; only the telephony and ICCS kit, which is
# physically moved, says otherwise (telephony.hcl).
#
# Support dates are KCOM's back-to-back Cisco maintenance, from schedule 4 of
# the managed service contract.

# ---------------------------------------------------------------------------
# Data centre (Priory Park): WAN edge, core and firewalls
# ---------------------------------------------------------------------------

device "kcom_rtr_dc1_a" {
  network      = network.kcom
  site         = site.dc1
  kind         = "router"
  model        = "Cisco ASR 1001-X"
  ports        = 6
  support_ends = "2029-06-30"
}

device "kcom_rtr_dc1_b" {
  network        = network.kcom
  site           = site.dc1
  kind           = "router"
  model          = "Cisco ASR 1001-X"
  ports          = 6
  support_ends   = "2029-06-30"
  redundant_with = [device.kcom_rtr_dc1_a]
}

# Core pair, refreshed by KCOM in 2019. Everything in the data centre
# (hosts, storage, the ops room switch) is patched into one of these, so
# they are the last switches in the building to go. Each core switch is
# patched into its firewall, and each firewall into its WAN router, so the
# data centre edge is decommissioned last of all: core, then firewalls,
# then routers, a wave apart.
#
# Each pair (routers, firewalls, core) is resilient: every host, array and
# switch in the data centre is dual-homed to both core switches (the
# inventory records one uplink each, for the port count), so losing one
# box of a pair loses redundancy, not service. `redundant_with` says so;
# `decom impact` then lists what is uplinked to the lost box as carried by
# its partner.
device "kcom_core_dc1_a" {
  network      = network.kcom
  site         = site.dc1
  kind         = "switch"
  model        = "Cisco Catalyst 9500-48Y4C"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_fw_dc1_a
}

device "kcom_core_dc1_b" {
  network        = network.kcom
  site           = site.dc1
  kind           = "switch"
  model          = "Cisco Catalyst 9500-48Y4C"
  ports          = 48
  support_ends   = "2030-10-31"
  uplink         = device.kcom_fw_dc1_b
  redundant_with = [device.kcom_core_dc1_a]
}

# Firewalls between the data centre and the WAN. The KCOM side of
# link.kcom_transition also lands on these.
device "kcom_fw_dc1_a" {
  network      = network.kcom
  site         = site.dc1
  kind         = "firewall"
  model        = "Cisco Firepower 2130"
  support_ends = "2028-05-31"
  uplink       = device.kcom_rtr_dc1_a
}

device "kcom_fw_dc1_b" {
  network        = network.kcom
  site           = site.dc1
  kind           = "firewall"
  model          = "Cisco Firepower 2130"
  support_ends   = "2028-05-31"
  uplink         = device.kcom_rtr_dc1_b
  redundant_with = [device.kcom_fw_dc1_a]
}

# ---------------------------------------------------------------------------
# Force Operations Centre
# ---------------------------------------------------------------------------

device "kcom_rtr_foc_01" {
  network      = network.kcom
  site         = site.foc
  kind         = "router"
  model        = "Cisco ISR 4451-X"
  ports        = 4
  support_ends = "2028-08-31"
}

# Takes the eleven access switches, the FOC ESXi pair and its SAN, the ICCS
# servers and the FOC Mitel controller: 17 of 24 ports.
device "kcom_dist_foc_01" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-24XS"
  ports        = 24
  ports_in_use = 17
  support_ends = "2027-10-31"
  uplink       = device.kcom_rtr_foc_01
}

# ---------------------------------------------------------------------------
# Holderness HQ: two blocks, one aggregation switch each
# ---------------------------------------------------------------------------

device "kcom_rtr_hqh_01" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "router"
  model        = "Cisco ISR 4451-X"
  ports        = 4
  support_ends = "2028-08-31"
}

device "kcom_dist_hqh_a" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-24XS"
  ports        = 24
  support_ends = "2027-10-31"
  uplink       = device.kcom_rtr_hqh_01
}

device "kcom_dist_hqh_b" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-24XS"
  ports        = 24
  support_ends = "2027-10-31"
  uplink       = device.kcom_rtr_hqh_01
}

# ---------------------------------------------------------------------------
# Wolds HQ (refreshed on Catalyst 9300 in 2021)
# ---------------------------------------------------------------------------

device "kcom_rtr_hqw_01" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "router"
  model        = "Cisco ISR 4451-X"
  ports        = 4
  support_ends = "2028-08-31"
}

device "kcom_dist_hqw_01" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9500-24Y4C"
  ports        = 24
  support_ends = "2030-10-31"
  uplink       = device.kcom_rtr_hqw_01
}

# ---------------------------------------------------------------------------
# Custody suite and stations
# ---------------------------------------------------------------------------

device "kcom_rtr_cus_01" {
  network      = network.kcom
  site         = site.custody_priory
  kind         = "router"
  model        = "Cisco ISR 4331"
  ports        = 3
  support_ends = "2028-08-31"
}

device "kcom_agg_cus_01" {
  network      = network.kcom
  site         = site.custody_priory
  kind         = "switch"
  model        = "Cisco Catalyst 3850-12XS"
  ports        = 12
  support_ends = "2027-10-31"
  uplink       = device.kcom_rtr_cus_01
}

# Hedon, the pilot site, moved to the target network in June 2026. KCOM
# collected the kit; the records stay here as the audit trail.
device "kcom_rtr_hed_01" {
  network      = network.kcom
  site         = site.stn_hedon
  kind         = "router"
  model        = "Cisco ISR 4331"
  ports        = 3
  support_ends = "2028-08-31"
  status       = "done"
}

device "kcom_agg_hed_01" {
  network      = network.kcom
  site         = site.stn_hedon
  kind         = "switch"
  model        = "Cisco Catalyst 3850-12XS"
  ports        = 12
  support_ends = "2027-10-31"
  uplink       = device.kcom_rtr_hed_01
  status       = "done"
}

device "kcom_rtr_brd_01" {
  network      = network.kcom
  site         = site.stn_bridlington
  kind         = "router"
  model        = "Cisco ISR 4331"
  ports        = 3
  support_ends = "2028-08-31"
}

device "kcom_agg_brd_01" {
  network      = network.kcom
  site         = site.stn_bridlington
  kind         = "switch"
  model        = "Cisco Catalyst 3850-12XS"
  ports        = 12
  support_ends = "2027-10-31"
  uplink       = device.kcom_rtr_brd_01
}

# The three smallest stations have no aggregation switch: the access
# switches go straight into the router's 8-port switch module.
device "kcom_rtr_wit_01" {
  network      = network.kcom
  site         = site.stn_withernsea
  kind         = "router"
  model        = "Cisco ISR 4331 with NIM-ES2-8"
  ports        = 11
  support_ends = "2028-08-31"
}

device "kcom_rtr_pck_01" {
  network      = network.kcom
  site         = site.stn_pocklington
  kind         = "router"
  model        = "Cisco ISR 4331 with NIM-ES2-8"
  ports        = 11
  support_ends = "2028-08-31"
}

device "kcom_rtr_mkw_01" {
  network      = network.kcom
  site         = site.stn_market_weighton
  kind         = "router"
  model        = "Cisco ISR 4331 with NIM-ES2-8"
  ports        = 11
  support_ends = "2028-08-31"
}

# ---------------------------------------------------------------------------
# Transition network (hall 2): its own firewalls and hosting. Not
# decommissioned, so these default to retain.
# ---------------------------------------------------------------------------

device "trn_fw_a" {
  network       = network.transition
  site          = site.dc1
  kind          = "firewall"
  model         = "Fortinet FortiGate 600F"
  support_ends  = "2029-09-30"
  warranty_ends = "2029-09-30"
}

device "trn_fw_b" {
  network       = network.transition
  site          = site.dc1
  kind          = "firewall"
  model         = "Fortinet FortiGate 600F"
  support_ends  = "2029-09-30"
  warranty_ends = "2029-09-30"
}

# ---------------------------------------------------------------------------
# Target network: the new data centre core (site LANs are being installed
# alongside the KCOM kit, one site at a time, and are added here as they
# are handed over).
# ---------------------------------------------------------------------------

device "tgt_core_dc1_a" {
  network       = network.target
  site          = site.dc1
  kind          = "switch"
  model         = "Cisco Catalyst 9500-48Y4C"
  ports         = 48
  support_ends  = "2032-03-31"
  warranty_ends = "2031-03-31"
}

device "tgt_core_dc1_b" {
  network       = network.target
  site          = site.dc1
  kind          = "switch"
  model         = "Cisco Catalyst 9500-48Y4C"
  ports         = 48
  support_ends  = "2032-03-31"
  warranty_ends = "2031-03-31"
}
