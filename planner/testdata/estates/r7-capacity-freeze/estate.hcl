# R7, capacity and freezes: at most 2 changes, 10 effort days and 1
# critical cutover a wave, and no wave inside the February freeze (both
# ends count), so the second wave slips to a date after it.
estate {
  name  = "R7 capacity and freeze"
  as_of = "2026-01-05"
}

plan {
  start           = "2026-02-02"
  wave_days       = 7
  max_changes     = 2
  max_effort_days = 10
  max_critical    = 1

  freeze "half_term" {
    from = "2026-02-09"
    to   = "2026-02-16"
  }
}

network "legacy" {
  role = "legacy"
}

network "target" {
  role = "target"
}

application "control_room" {
  network     = network.legacy
  criticality = "critical"
  disposition = "rehost"
  target      = network.target
  effort_days = 4
}

application "radio_logger" {
  network     = network.legacy
  criticality = "critical"
  disposition = "rehost"
  target      = network.target
  effort_days = 2
}

application "hr" {
  network     = network.legacy
  criticality = "medium"
  disposition = "rehost"
  target      = network.target
  effort_days = 8
}

application "wiki" {
  network     = network.legacy
  criticality = "low"
  disposition = "retire"
}
