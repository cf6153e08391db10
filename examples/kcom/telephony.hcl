# Telephony and control room kit on the KCOM network.
#
# The forces came to the shared service with different telephony: Holderness
# on Mitel MiVoice Business, Wolds on Avaya Aura. The Mitel controllers are
# physically moved onto the target network (disposition "migrate"). The ICCS
# service moves onto a new server pair and the old pair is switched off; so
# is the Avaya kit, once Wolds extensions have moved onto Mitel
# (applications-corporate.hcl, voice_avaya).

# Mitel controllers: one in the data centre, one at the FOC for resilience.
device "mitel_dc1_01" {
  name          = "Mitel controller, data centre"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.dc1
  kind          = "telephony"
  model         = "Mitel MiVoice Business on EX Controller"
  warranty_ends = "2026-10-31"
  support_ends  = "2028-06-30"
  uplink        = device.kcom_core_dc1_a
  disposition   = "migrate"
  target        = network.target
}

device "mitel_foc_01" {
  name          = "Mitel controller, FOC"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.foc
  kind          = "telephony"
  model         = "Mitel MiVoice Business on EX Controller"
  warranty_ends = "2026-10-31"
  support_ends  = "2028-06-30"
  uplink        = device.kcom_dist_foc_01
  disposition   = "migrate"
  target        = network.target
}

# Avaya at Wolds HQ: call server and media gateway (ISDN30 to BT until the
# SIP trunks on Mitel take over). Maintenance ends 2026-12-31.
device "avaya_cm_hqw_01" {
  name         = "Avaya call server, Wolds HQ"
  owner        = "Joint ICT service"
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "telephony"
  model        = "Avaya Aura Communication Manager 8.1 (S8300E)"
  support_ends = "2026-12-31"
  uplink       = device.kcom_dist_hqw_01
}

device "avaya_gw_hqw_01" {
  name         = "Avaya media gateway, Wolds HQ"
  owner        = "Joint ICT service"
  network      = network.kcom
  site         = site.hq_wolds
  kind         = "telephony"
  model        = "Avaya G450 media gateway"
  support_ends = "2026-12-31"
  uplink       = device.kcom_dist_hqw_01
}

# The Integrated Communications Control System: 999 and 101 call handling
# for both forces, 38 control room positions, BT 999 feeds and the radio
# gateway. A resilient pair in the FOC comms room. The vendor installs a new
# pair on the target network's FOC LAN as part of the support renewal; the
# service is relocated onto it in a controlled overnight cutover with the
# fallback control room (Wolds HQ) staffed, and this pair is then
# decommissioned (the default on KCOM) after a wave of soak.
device "iccs_foc_a" {
  name          = "ICCS server A"
  owner         = "Force Operations Centre"
  network       = network.kcom
  site          = site.foc
  kind          = "telephony"
  model         = "Frequentis ICCS server"
  warranty_ends = "2027-06-30"
  support_ends  = "2027-06-30"
  uplink        = device.kcom_dist_foc_01
}

device "iccs_foc_b" {
  name          = "ICCS server B"
  owner         = "Force Operations Centre"
  network       = network.kcom
  site          = site.foc
  kind          = "telephony"
  model         = "Frequentis ICCS server"
  warranty_ends = "2027-06-30"
  support_ends  = "2027-06-30"
  uplink        = device.kcom_dist_foc_01
}
