# R2, move groups: custody and case_file depend on each other, so they
# move in one wave as a move group. Reports depends on custody and follows.
estate {
  name  = "R2 move group"
  as_of = "2026-01-05"
}

plan {
  start       = "2026-02-02"
  wave_days   = 14
  max_changes = 2
}

network "legacy" {
  role = "legacy"
}

network "target" {
  role = "target"
}

application "custody" {
  network     = network.legacy
  depends_on  = [application.case_file]
  disposition = "refactor"
  target      = network.target
  effort_days = 5
}

application "case_file" {
  network     = network.legacy
  depends_on  = [application.custody]
  disposition = "rehost"
  target      = network.target
  effort_days = 3
}

application "reports" {
  network     = network.legacy
  depends_on  = [application.custody]
  disposition = "rehost"
  target      = network.target
}
