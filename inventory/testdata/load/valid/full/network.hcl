network "kcom" {
  name         = "KCOM managed WAN"
  site         = site.hq
  role         = "legacy"
  supplier     = supplier.kcom
  support_ends = "2019-03-31"
  annual_cost  = 120000
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
  between = [network.kcom, network.psn]
}

link "psn_transit" {
  between      = [network.psn, network.transit]
  decommission = false
}

link "psn_transit_default" {
  between = [network.transit, network.psn]
}
