# Access switches on the KCOM network, one block per switch, grouped by site.
#
# Desktops and handsets (endpoints.hcl) are patched into these; each endpoint
# group is patched across the switches it lists as uplinks, one port per
# device. decom counts the even split where it fits, so a group of 300
# desktops on twelve switches takes 25 ports on each. The comment on each
# site says what is on it.
#
# Every switch is on network.kcom, so it is decommissioned by default once
# everything patched into it has moved and soaked for a wave.

# ---------------------------------------------------------------------------
# Force Operations Centre. 01-05 serve the control room floor, 06-11 the
# support floor. Bought as a batch in 2016: KCOM's Cisco cover for this batch
# ends on 31 January 2027, two months before the contract, which pulls the
# FOC desks forward in the plan.
# ---------------------------------------------------------------------------

device "kcom_acc_foc_01" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

device "kcom_acc_foc_02" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

device "kcom_acc_foc_03" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

device "kcom_acc_foc_04" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

device "kcom_acc_foc_05" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

device "kcom_acc_foc_06" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

device "kcom_acc_foc_07" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

device "kcom_acc_foc_08" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

device "kcom_acc_foc_09" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

device "kcom_acc_foc_10" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

device "kcom_acc_foc_11" {
  network      = network.kcom
  site         = site.foc
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-01-31"
  uplink       = device.kcom_dist_foc_01
}

# ---------------------------------------------------------------------------
# Holderness HQ, block A (floors 0-3): twelve switches on dist_hqh_a.
# ---------------------------------------------------------------------------

device "kcom_acc_hqh_a01" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a02" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a03" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a04" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a05" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a06" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a07" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a08" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a09" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a10" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a11" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

device "kcom_acc_hqh_a12" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_a
}

# ---------------------------------------------------------------------------
# Holderness HQ, block B (floors 0-2): ten switches on dist_hqh_b.
# ---------------------------------------------------------------------------

device "kcom_acc_hqh_b01" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_b
}

device "kcom_acc_hqh_b02" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_b
}

device "kcom_acc_hqh_b03" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_b
}

device "kcom_acc_hqh_b04" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_b
}

device "kcom_acc_hqh_b05" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_b
}

device "kcom_acc_hqh_b06" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_b
}

device "kcom_acc_hqh_b07" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_b
}

device "kcom_acc_hqh_b08" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_b
}

device "kcom_acc_hqh_b09" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_b
}

device "kcom_acc_hqh_b10" {
  network      = network.kcom
  site         = site.hq_holderness
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_dist_hqh_b
}

# ---------------------------------------------------------------------------
# Wolds HQ: sixteen Catalyst 9300s from the 2021 refresh. In support well
# beyond the contract, but KCOM owns them and takes them back.
# ---------------------------------------------------------------------------

device "kcom_acc_hqw_01" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_02" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_03" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_04" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_05" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_06" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_07" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_08" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_09" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_10" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_11" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_12" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_13" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_14" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_15" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

device "kcom_acc_hqw_16" {
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_dist_hqw_01
}

# ---------------------------------------------------------------------------
# Data centre operations room: one 24-port switch on the core.
# ---------------------------------------------------------------------------

device "kcom_acc_dc1_01" {
  network      = network.kcom
  site         = site.dc1
  kind         = "switch"
  model        = "Cisco Catalyst 9300-24P"
  ports        = 24
  support_ends = "2030-10-31"
  uplink       = device.kcom_core_dc1_a
}

# ---------------------------------------------------------------------------
# Priory custody suite: booking-in desks, cell corridor phones, interview
# rooms.
# ---------------------------------------------------------------------------

device "kcom_acc_cus_01" {
  network      = network.kcom
  site         = site.custody_priory
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_cus_01
}

device "kcom_acc_cus_02" {
  network      = network.kcom
  site         = site.custody_priory
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_cus_01
}

device "kcom_acc_cus_03" {
  network      = network.kcom
  site         = site.custody_priory
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_cus_01
}

device "kcom_acc_cus_04" {
  network      = network.kcom
  site         = site.custody_priory
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_cus_01
}

# ---------------------------------------------------------------------------
# Hedon: the pilot site. Decommissioned in June 2026 after its desks moved to
# the target network (endpoints.hcl); kept here with status = "done".
# ---------------------------------------------------------------------------

device "kcom_acc_hed_01" {
  network      = network.kcom
  site         = site.stn_hedon
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_hed_01
  status       = "done"
}

device "kcom_acc_hed_02" {
  network      = network.kcom
  site         = site.stn_hedon
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_hed_01
  status       = "done"
}

device "kcom_acc_hed_03" {
  network      = network.kcom
  site         = site.stn_hedon
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_hed_01
  status       = "done"
}

# ---------------------------------------------------------------------------
# Withernsea: three 24-port switches straight into the router.
# ---------------------------------------------------------------------------

device "kcom_acc_wit_01" {
  network      = network.kcom
  site         = site.stn_withernsea
  kind         = "switch"
  model        = "Cisco Catalyst 3850-24P"
  ports        = 24
  support_ends = "2027-10-31"
  uplink       = device.kcom_rtr_wit_01
}

device "kcom_acc_wit_02" {
  network      = network.kcom
  site         = site.stn_withernsea
  kind         = "switch"
  model        = "Cisco Catalyst 3850-24P"
  ports        = 24
  support_ends = "2027-10-31"
  uplink       = device.kcom_rtr_wit_01
}

device "kcom_acc_wit_03" {
  network      = network.kcom
  site         = site.stn_withernsea
  kind         = "switch"
  model        = "Cisco Catalyst 3850-24P"
  ports        = 24
  support_ends = "2027-10-31"
  uplink       = device.kcom_rtr_wit_01
}

# ---------------------------------------------------------------------------
# Bridlington: six switches in the ground floor comms room.
# ---------------------------------------------------------------------------

device "kcom_acc_brd_01" {
  network      = network.kcom
  site         = site.stn_bridlington
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_brd_01
}

device "kcom_acc_brd_02" {
  network      = network.kcom
  site         = site.stn_bridlington
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_brd_01
}

device "kcom_acc_brd_03" {
  network      = network.kcom
  site         = site.stn_bridlington
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_brd_01
}

device "kcom_acc_brd_04" {
  network      = network.kcom
  site         = site.stn_bridlington
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_brd_01
}

device "kcom_acc_brd_05" {
  network      = network.kcom
  site         = site.stn_bridlington
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_brd_01
}

device "kcom_acc_brd_06" {
  network      = network.kcom
  site         = site.stn_bridlington
  kind         = "switch"
  model        = "Cisco Catalyst 3850-48P"
  ports        = 48
  support_ends = "2027-10-31"
  uplink       = device.kcom_agg_brd_01
}

# ---------------------------------------------------------------------------
# Pocklington.
# ---------------------------------------------------------------------------

device "kcom_acc_pck_01" {
  network      = network.kcom
  site         = site.stn_pocklington
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_rtr_pck_01
}

device "kcom_acc_pck_02" {
  network      = network.kcom
  site         = site.stn_pocklington
  kind         = "switch"
  model        = "Cisco Catalyst 9300-48P"
  ports        = 48
  support_ends = "2030-10-31"
  uplink       = device.kcom_rtr_pck_01
}

# ---------------------------------------------------------------------------
# Market Weighton: the last Catalyst 2960-X in the estate. KCOM's cover for
# them lapsed on 31 July 2026 and was not renewed (the site was due to move
# first, before the target LAN install slipped). `decom validate` warns that
# their support has already ended, and the plan reports them, and the desks
# and phones on them, as breaches: they are moved as early as the plan can.
# ---------------------------------------------------------------------------

device "kcom_acc_mkw_01" {
  network      = network.kcom
  site         = site.stn_market_weighton
  kind         = "switch"
  model        = "Cisco Catalyst 2960-X-48FPD-L"
  ports        = 48
  support_ends = "2026-07-31"
  uplink       = device.kcom_rtr_mkw_01
}

device "kcom_acc_mkw_02" {
  network      = network.kcom
  site         = site.stn_market_weighton
  kind         = "switch"
  model        = "Cisco Catalyst 2960-X-48FPD-L"
  ports        = 48
  support_ends = "2026-07-31"
  uplink       = device.kcom_rtr_mkw_01
}
