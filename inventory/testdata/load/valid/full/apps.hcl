application "rms" {
  name         = "Niche records management"
  owner        = "Northshire Police"
  hosted_on    = [device.esx_01]
  depends_on   = [application.ad]
  used_by      = [tenant.north, tenant.south]
  users        = 1200
  criticality  = "critical"
  disposition  = "rehost"
  target       = network.psn
  support_ends = "2019-09-30"
  effort_days  = 10
  annual_cost  = 30000
  not_before   = "2019-03-18"
}

application "ad" {
  network     = network.kcom
  disposition = "repurchase"
  replaced_by = application.entra
  criticality = "high"
}

application "entra" {
  network = network.psn
  status  = "done"
}
