# Values of the wrong type, and expressions that are not literals.
network "kcom" {
  role           = "legacy"
  name           = 42            # ERROR: wrong-type 20
  decommission   = "yes"         # ERROR: wrong-type 20
  annual_cost    = upper("x")    # ERROR: invalid-expression 20
}

device "sw" {
  network      = network.kcom
  ports        = "48"            # ERROR: wrong-type 18
  ports_in_use = 1.5             # ERROR: wrong-type 18
  model        = network.kcom    # ERROR: wrong-type 18
  site         = [site.hq]       # ERROR: wrong-type 18
  target       = null            # ERROR: wrong-type 18
  name         = ["Core"]        # ERROR: wrong-type 18
  owner        = 7               # ERROR: wrong-type 18
  effort_days  = "2"             # ERROR: wrong-type 18
}

contract "kcom" {
  name = true                    # ERROR: wrong-type 10
}

link "kcom_psn" {
  between = [network.kcom, network.psn]
  name    = network.kcom         # ERROR: wrong-type 13
}

network "psn" {
  role = "target"
}

endpoints "desks" {
  count = 5
  name  = 5                      # ERROR: wrong-type 11
}

estate {
  currency = 826                 # ERROR: wrong-type 14
}

application "app" {
  hosted_on = device.sw          # ERROR: wrong-type 15
  network   = network.kcom
  users     = true               # ERROR: wrong-type 15
  owner     = ["North", "South"] # ERROR: wrong-type 15
}
