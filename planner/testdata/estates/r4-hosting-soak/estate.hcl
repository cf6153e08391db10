# R4, hosting and soak: esx_01 is decommissioned one full wave after the
# last application it hosts has moved (soak_waves = 1), and core_sw one wave
# after esx_01 and the desktops uplinked to it. Done assets need nothing.
estate {
  name  = "R4 hosting and soak"
  as_of = "2026-01-05"
}

plan {
  start       = "2026-02-02"
  wave_days   = 7
  soak_waves  = 1
}

network "legacy" {
  role = "legacy"
}

network "target" {
  role = "target"
}

device "core_sw" {
  network = network.legacy
  kind    = "switch"
  ports   = 48
}

device "esx_01" {
  network = network.legacy
  kind    = "server"
  uplink  = device.core_sw
}

device "esx_02" {
  network = network.legacy
  kind    = "server"
  uplink  = device.core_sw
  status  = "done"
}

application "mail" {
  hosted_on   = [device.esx_01]
  disposition = "rehost"
  target      = network.target
  effort_days = 2
}

application "files" {
  hosted_on   = [device.esx_01]
  disposition = "rehost"
  target      = network.target
  status      = "in_progress"
}

application "intranet" {
  hosted_on   = [device.esx_02]
  disposition = "rehost"
  target      = network.target
  status      = "done"
}

endpoints "hq_desktops" {
  count       = 40
  uplink      = [device.core_sw]
  disposition = "migrate"
  target      = network.target
  effort_days = 3
}
