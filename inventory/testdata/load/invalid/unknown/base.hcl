# Unknown block types and attributes, with and without a near miss.
network "kcom" {
  role = "legacy"
  nme  = "KCOM"         # ERROR: unknown-attribute 3
  colour = "blue"       # ERROR: unknown-attribute 3
  notbefore = "2019-04-01" # ERROR: unknown-attribute 3
}

application "app" {
  network = network.kcom
  ownr    = "Control room" # ERROR: unknown-attribute 3
}

endpoints "desks" {
  count = 1
  user  = 10            # ERROR: unknown-attribute 3
}

estate {
  curency = "GBP"       # ERROR: unknown-attribute 3
}

devce "core_sw_01" {    # ERROR: unknown-block 1
  network = network.kcom
}

widget "w" {            # ERROR: unknown-block 1
}

owner = "ict"           # ERROR: unknown-attribute 1

device "core_sw_02" {
  network = network.kcom
  tags {                # ERROR: unknown-block 3
  }
}

plan {
  wave_days = 14
  freez "xmas" {        # ERROR: unknown-block 3
    from = "2019-12-20"
    to   = "2020-01-02"
  }
  freeze "easter" {
    from = "2019-04-18"
    to   = "2019-04-22"
    note = "bank holiday" # ERROR: unknown-attribute 5
  }
}

freeze "summer" {         # ERROR: unknown-block 1
  from = "2019-08-01"
  to   = "2019-08-31"
}
