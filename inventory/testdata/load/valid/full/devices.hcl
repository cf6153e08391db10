device "core_sw" {
  name          = "HQ core switch"
  owner         = "Network services"
  network       = network.kcom
  site          = site.hq
  kind          = "switch"
  model         = "Cisco Catalyst 6509"
  support_ends  = "2019-06-30"
  warranty_ends = "2018-06-30"
  ports         = 384
  ports_in_use  = 300
  annual_cost   = 5000.50
  effort_days   = 1.5
  not_before    = "2019-04-01"
}

device "access_sw" {
  network = network.kcom
  kind    = "switch"
  ports   = 48
  uplink  = device.core_sw
}

device "esx_01" {
  network     = network.kcom
  kind        = "server"
  uplink      = device.core_sw
  disposition = "migrate"
  target      = network.psn
  status      = "in_progress"
}

device "new_core" {
  network = network.psn
  kind    = "router"
}

endpoints "desks" {
  name        = "HQ desktops"
  count       = 40
  users       = 55
  uplink      = [device.access_sw]
  disposition = "migrate"
  target      = network.psn
  effort_days = 2
  not_before  = "2019-02-18"
}

endpoints "phones" {
  count  = 10
  uplink = [device.access_sw, device.core_sw]
  status = "done"
}
