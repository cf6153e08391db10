# Every block and attribute of the language, with defaults left to apply.
estate {
  name     = "Two forces on KCOM"
  currency = "GBP"
}

tenant "north" {
  name       = "Northshire Police"
  cost_share = 0.6
}

tenant "south" {
  name       = "Southshire Police"
  cost_share = 0.4
}

site "hq" {
  name   = "Headquarters data room"
  tenant = tenant.north
}

supplier "kcom" {
  name = "KCOM Group"
}

contract "kcom_managed" {
  supplier    = supplier.kcom
  ends        = "2019-03-31"
  annual_cost = 250000
  covers      = [network.kcom, link.kcom_psn, device.core_sw, application.rms]
}

plan {
  start           = "2019-02-04"
  wave_days       = 14
  max_changes     = 20
  max_effort_days = 40.5
  max_critical    = 1
  soak_waves      = 1

  freeze "christmas" {
    from = "2019-12-20"
    to   = "2020-01-02"
  }
}
