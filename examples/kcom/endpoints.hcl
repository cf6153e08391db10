# Desktops and handsets, one group per kind per site (or per block on the
# big sites), with the access switches they are patched into.
#
# A group is patched across its uplink switches, one port per device, in
# whatever split the site chose; decom counts the even split where it fits:
# 300 desktops on twelve switches take 25 ports on each. The counts come
# from the July 2026 port audit (2,931 patched desks and phones on 3,240
# access ports).
#
# Desktops and handsets "migrate": they are repatched into the new target
# network switches, installed alongside the KCOM ones, in an evening per
# floor. Effort is the site team's estimate in engineer-days.

# Force Operations Centre: control room floor (switches 01-05). The
# control room positions' ICCS terminals are part of the ICCS, not counted
# here.
endpoints "foc_control_desktops" {
  name  = "FOC control room desktops"
  count = 120
  uplink = [
    device.kcom_acc_foc_01, device.kcom_acc_foc_02, device.kcom_acc_foc_03,
    device.kcom_acc_foc_04, device.kcom_acc_foc_05,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 4
}

endpoints "foc_control_handsets" {
  name  = "FOC control room handsets"
  count = 80
  uplink = [
    device.kcom_acc_foc_01, device.kcom_acc_foc_02, device.kcom_acc_foc_03,
    device.kcom_acc_foc_04, device.kcom_acc_foc_05,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 2
}

# Force Operations Centre: support floor (switches 06-11).
endpoints "foc_support_desktops" {
  name  = "FOC support floor desktops"
  count = 144
  uplink = [
    device.kcom_acc_foc_06, device.kcom_acc_foc_07, device.kcom_acc_foc_08,
    device.kcom_acc_foc_09, device.kcom_acc_foc_10, device.kcom_acc_foc_11,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 5
}

endpoints "foc_support_handsets" {
  name  = "FOC support floor handsets"
  count = 108
  uplink = [
    device.kcom_acc_foc_06, device.kcom_acc_foc_07, device.kcom_acc_foc_08,
    device.kcom_acc_foc_09, device.kcom_acc_foc_10, device.kcom_acc_foc_11,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 2
}

# Holderness HQ, block A.
endpoints "hqh_a_desktops" {
  name  = "Holderness HQ block A desktops"
  count = 300
  uplink = [
    device.kcom_acc_hqh_a01, device.kcom_acc_hqh_a02, device.kcom_acc_hqh_a03,
    device.kcom_acc_hqh_a04, device.kcom_acc_hqh_a05, device.kcom_acc_hqh_a06,
    device.kcom_acc_hqh_a07, device.kcom_acc_hqh_a08, device.kcom_acc_hqh_a09,
    device.kcom_acc_hqh_a10, device.kcom_acc_hqh_a11, device.kcom_acc_hqh_a12,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 10
}

endpoints "hqh_a_handsets" {
  name  = "Holderness HQ block A handsets"
  count = 240
  uplink = [
    device.kcom_acc_hqh_a01, device.kcom_acc_hqh_a02, device.kcom_acc_hqh_a03,
    device.kcom_acc_hqh_a04, device.kcom_acc_hqh_a05, device.kcom_acc_hqh_a06,
    device.kcom_acc_hqh_a07, device.kcom_acc_hqh_a08, device.kcom_acc_hqh_a09,
    device.kcom_acc_hqh_a10, device.kcom_acc_hqh_a11, device.kcom_acc_hqh_a12,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 4
}

# Holderness HQ, block B. The block B desk move started early, alongside
# the target LAN install on floor 0.
endpoints "hqh_b_desktops" {
  name  = "Holderness HQ block B desktops"
  count = 250
  uplink = [
    device.kcom_acc_hqh_b01, device.kcom_acc_hqh_b02, device.kcom_acc_hqh_b03,
    device.kcom_acc_hqh_b04, device.kcom_acc_hqh_b05, device.kcom_acc_hqh_b06,
    device.kcom_acc_hqh_b07, device.kcom_acc_hqh_b08, device.kcom_acc_hqh_b09,
    device.kcom_acc_hqh_b10,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 8
  status      = "in_progress"
}

endpoints "hqh_b_handsets" {
  name  = "Holderness HQ block B handsets"
  count = 200
  uplink = [
    device.kcom_acc_hqh_b01, device.kcom_acc_hqh_b02, device.kcom_acc_hqh_b03,
    device.kcom_acc_hqh_b04, device.kcom_acc_hqh_b05, device.kcom_acc_hqh_b06,
    device.kcom_acc_hqh_b07, device.kcom_acc_hqh_b08, device.kcom_acc_hqh_b09,
    device.kcom_acc_hqh_b10,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 4
}

# Wolds HQ. The handsets were swapped for Mitel SIP sets in 2025-26, ahead
# of the Avaya switch-off (applications-corporate.hcl, voice_avaya); they
# are repatched with the desks like every other site's.
endpoints "hqw_desktops" {
  name  = "Wolds HQ desktops"
  count = 384
  uplink = [
    device.kcom_acc_hqw_01, device.kcom_acc_hqw_02, device.kcom_acc_hqw_03,
    device.kcom_acc_hqw_04, device.kcom_acc_hqw_05, device.kcom_acc_hqw_06,
    device.kcom_acc_hqw_07, device.kcom_acc_hqw_08, device.kcom_acc_hqw_09,
    device.kcom_acc_hqw_10, device.kcom_acc_hqw_11, device.kcom_acc_hqw_12,
    device.kcom_acc_hqw_13, device.kcom_acc_hqw_14, device.kcom_acc_hqw_15,
    device.kcom_acc_hqw_16,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 12
}

endpoints "hqw_handsets" {
  name  = "Wolds HQ handsets"
  count = 304
  uplink = [
    device.kcom_acc_hqw_01, device.kcom_acc_hqw_02, device.kcom_acc_hqw_03,
    device.kcom_acc_hqw_04, device.kcom_acc_hqw_05, device.kcom_acc_hqw_06,
    device.kcom_acc_hqw_07, device.kcom_acc_hqw_08, device.kcom_acc_hqw_09,
    device.kcom_acc_hqw_10, device.kcom_acc_hqw_11, device.kcom_acc_hqw_12,
    device.kcom_acc_hqw_13, device.kcom_acc_hqw_14, device.kcom_acc_hqw_15,
    device.kcom_acc_hqw_16,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 5
}

# Data centre operations room. Its handsets are retired: the ops team
# moved to Teams calling in 2026.
endpoints "dc1_desktops" {
  name        = "Data centre operations room desktops"
  count       = 12
  uplink      = [device.kcom_acc_dc1_01]
  disposition = "migrate"
  target      = network.target
  effort_days = 1
}

endpoints "dc1_handsets" {
  name        = "Data centre operations room handsets"
  count       = 8
  uplink      = [device.kcom_acc_dc1_01]
  disposition = "retire"
  effort_days = 0.5
}

# Priory custody suite.
endpoints "cus_desktops" {
  name  = "Priory custody suite desktops"
  count = 100
  uplink = [
    device.kcom_acc_cus_01, device.kcom_acc_cus_02, device.kcom_acc_cus_03,
    device.kcom_acc_cus_04,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 4
}

endpoints "cus_handsets" {
  name  = "Priory custody suite handsets"
  count = 72
  uplink = [
    device.kcom_acc_cus_01, device.kcom_acc_cus_02, device.kcom_acc_cus_03,
    device.kcom_acc_cus_04,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 2
}

# Hedon: the pilot site, migrated in June 2026 (status = "done"): it takes
# no action and no longer occupies ports on the KCOM switches.
endpoints "hed_desktops" {
  name        = "Hedon desktops"
  count       = 66
  uplink      = [device.kcom_acc_hed_01, device.kcom_acc_hed_02, device.kcom_acc_hed_03]
  disposition = "migrate"
  target      = network.target
  effort_days = 3
  status      = "done"
}

endpoints "hed_handsets" {
  name        = "Hedon handsets"
  count       = 48
  uplink      = [device.kcom_acc_hed_01, device.kcom_acc_hed_02, device.kcom_acc_hed_03]
  disposition = "migrate"
  target      = network.target
  effort_days = 1
  status      = "done"
}

# Withernsea.
endpoints "wit_desktops" {
  name        = "Withernsea desktops"
  count       = 39
  uplink      = [device.kcom_acc_wit_01, device.kcom_acc_wit_02, device.kcom_acc_wit_03]
  disposition = "migrate"
  target      = network.target
  effort_days = 2
}

endpoints "wit_handsets" {
  name        = "Withernsea handsets"
  count       = 30
  uplink      = [device.kcom_acc_wit_01, device.kcom_acc_wit_02, device.kcom_acc_wit_03]
  disposition = "migrate"
  target      = network.target
  effort_days = 1
}

# Bridlington.
endpoints "brd_desktops" {
  name  = "Bridlington desktops"
  count = 156
  uplink = [
    device.kcom_acc_brd_01, device.kcom_acc_brd_02, device.kcom_acc_brd_03,
    device.kcom_acc_brd_04, device.kcom_acc_brd_05, device.kcom_acc_brd_06,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 5
}

endpoints "brd_handsets" {
  name  = "Bridlington handsets"
  count = 120
  uplink = [
    device.kcom_acc_brd_01, device.kcom_acc_brd_02, device.kcom_acc_brd_03,
    device.kcom_acc_brd_04, device.kcom_acc_brd_05, device.kcom_acc_brd_06,
  ]
  disposition = "migrate"
  target      = network.target
  effort_days = 3
}

# Pocklington.
endpoints "pck_desktops" {
  name        = "Pocklington desktops"
  count       = 48
  uplink      = [device.kcom_acc_pck_01, device.kcom_acc_pck_02]
  disposition = "migrate"
  target      = network.target
  effort_days = 2
}

endpoints "pck_handsets" {
  name        = "Pocklington handsets"
  count       = 36
  uplink      = [device.kcom_acc_pck_01, device.kcom_acc_pck_02]
  disposition = "migrate"
  target      = network.target
  effort_days = 1
}

# Market Weighton: on the two out-of-support 2960-X switches, so their
# deadline has already passed; the plan moves them as early as it can and
# reports the lateness.
endpoints "mkw_desktops" {
  name        = "Market Weighton desktops"
  count       = 36
  uplink      = [device.kcom_acc_mkw_01, device.kcom_acc_mkw_02]
  disposition = "migrate"
  target      = network.target
  effort_days = 2
}

endpoints "mkw_handsets" {
  name        = "Market Weighton handsets"
  count       = 30
  uplink      = [device.kcom_acc_mkw_01, device.kcom_acc_mkw_02]
  disposition = "migrate"
  target      = network.target
  effort_days = 1
}
