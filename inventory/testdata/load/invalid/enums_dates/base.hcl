# Enum values and dates.
network "kcom" {
  role         = "legasy"        # ERROR: unknown-enum-value 18
  support_ends = "2019-02-30"    # ERROR: invalid-date 18
}

device "sw" {
  network       = network.kcom
  kind          = "toaster"      # ERROR: unknown-enum-value 19
  support_ends  = "31/03/2019"   # ERROR: invalid-date 19
  warranty_ends = "2019-3-31"    # ERROR: invalid-date 19
  status        = "finished"     # ERROR: unknown-enum-value 19
  not_before    = "2019-02-29"   # ERROR: invalid-date 19
}

link "kcom_psn" {
  between    = [network.kcom, network.kcom2]
  not_before = "1/4/2019"        # ERROR: invalid-date 16
}

network "kcom2" {
  role       = "target"
  not_before = "2019-13-01"      # ERROR: invalid-date 16
}

endpoints "desks" {
  count      = 10
  not_before = 20190401          # ERROR: wrong-type 16
}

application "app" {
  network     = network.kcom
  disposition = "rehosted"       # ERROR: unknown-enum-value 17
  criticality = "Critical"       # ERROR: unknown-enum-value 17
  not_before  = "2019-04-31"     # ERROR: invalid-date 17
}

estate {
  as_of    = "1969-12-31"        # ERROR: invalid-date 14
  currency = "gbp"               # ERROR: invalid-currency 14
}
