# Numbers below zero, and out of range.
tenant "a" {
  cost_share = 1.5             # ERROR: number-out-of-range 16
}

tenant "b" {
  cost_share = -0.5            # ERROR: number-out-of-range 16
}

network "kcom" {
  role        = "legacy"
  annual_cost = -100           # ERROR: negative-number 17
  effort_days = -3             # ERROR: negative-number 17
}

link "kcom_psn" {
  between     = [network.kcom, network.kcom]  # ERROR: link-between 17
  effort_days = -0.5           # ERROR: negative-number 17
}

device "sw" {
  network      = network.kcom
  ports        = -48           # ERROR: negative-number 18
  ports_in_use = 99999999999   # ERROR: number-out-of-range 18
  effort_days  = -1            # ERROR: negative-number 18
}

endpoints "desks" {
  count       = -1             # ERROR: negative-number 17
  effort_days = -2.5           # ERROR: negative-number 17
  users       = -40            # ERROR: negative-number 17
}

endpoints "phones" {
  count = 10
  users = 12.5                 # ERROR: wrong-type 11
}

application "app" {
  network     = network.kcom
  users       = -10            # ERROR: negative-number 17
}

plan {
  wave_days       = 0          # ERROR: number-out-of-range 21
  max_changes     = -1         # ERROR: negative-number 21
  max_effort_days = -1         # ERROR: negative-number 21
  max_critical    = -1         # ERROR: negative-number 21
  soak_waves      = -1         # ERROR: negative-number 21
}

# Upper bounds: realistic, so that totals and dates stay exact.
network "dear" {
  role        = "target"
  annual_cost = 2e12             # ERROR: number-out-of-range 17
}

device "big" {
  network     = network.dear
  ports       = 100001           # ERROR: number-out-of-range 17
  effort_days = 100000           # at the bound: accepted
}

endpoints "all" {
  count = 10000001               # ERROR: number-out-of-range 11
}
