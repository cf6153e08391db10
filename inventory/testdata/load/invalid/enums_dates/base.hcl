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
}

application "app" {
  network     = network.kcom
  disposition = "rehosted"       # ERROR: unknown-enum-value 17
  criticality = "Critical"       # ERROR: unknown-enum-value 17
}

estate {
  as_of = "1969-12-31"           # ERROR: invalid-date 11
}
