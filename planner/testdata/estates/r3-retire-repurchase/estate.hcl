# R3, retirement and repurchase. old_crm is repurchased as new_crm, which
# must be live first; portal depends on old_crm and moves (repointing to
# new_crm) no later than old_crm is retired. fax is retired only once
# fax_reports, which depends on it, is retired too.
estate {
  name  = "R3 retirement and repurchase"
  as_of = "2026-01-05"
}

plan {
  start       = "2026-02-02"
  wave_days   = 14
  max_changes = 1
}

network "legacy" {
  role = "legacy"
}

network "target" {
  role = "target"
}

application "old_crm" {
  network     = network.legacy
  disposition = "repurchase"
  replaced_by = application.new_crm
}

application "new_crm" {
  network     = network.legacy
  disposition = "relocate"
  target      = network.target
}

application "portal" {
  network     = network.legacy
  depends_on  = [application.old_crm]
  disposition = "rehost"
  target      = network.target
}

application "fax" {
  network     = network.legacy
  disposition = "retire"
}

application "fax_reports" {
  network     = network.legacy
  depends_on  = [application.fax]
  disposition = "retire"
}
