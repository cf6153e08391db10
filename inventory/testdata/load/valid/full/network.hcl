network "kcom" {
  name         = "KCOM managed WAN"
  site         = site.hq
  role         = "legacy"
  supplier     = supplier.kcom
  support_ends = "2019-03-31"
  annual_cost  = 120000
  effort_days  = 3
  not_before   = "2019-02-18"
}

network "psn" {
  name = "New target network"
  role = "target"
}

network "transit" {
  role         = "transition"
  decommission = true
}

link "kcom_psn" {
  name        = "KCOM to PSN interconnect"
  between     = [network.kcom, network.psn]
  effort_days = 0.5
  not_before  = "2019-03-04"
}

link "psn_transit" {
  between      = [network.psn, network.transit]
  decommission = false
}

link "psn_transit_default" {
  between = [network.transit, network.psn]
}
