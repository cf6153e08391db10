# Required attributes.
network "kcom" {          # ERROR: missing-attribute 1
  name = "KCOM"
}

device "sw" {             # ERROR: missing-attribute 1
  kind = "switch"
}

endpoints "desks" {       # ERROR: missing-attribute 1
  uplink = [device.sw]
}

application "app" {       # ERROR: missing-attribute 1
  users = 10
}

application "empty_hosts" { # ERROR: missing-attribute 1
  hosted_on = []
}

plan {
  freeze "xmas" {         # ERROR: missing-attribute 3
    from = "2019-12-20"
  }
}
