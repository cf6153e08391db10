# R1 relaxed by a link: intel depends on records, but intel moves to the
# transition network, which a link joins to the legacy network where
# records still runs. So intel need not wait for records, and goes first
# because its own support ends sooner (R6). The link stays until both have
# moved, then is decommissioned before the legacy network (R5).
estate {
  name  = "R1 link relaxation"
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

network "transition" {
  role = "transition"
}

link "legacy_transition" {
  between = [network.legacy, network.transition]
}

application "intel" {
  network      = network.legacy
  depends_on   = [application.records]
  disposition  = "rehost"
  target       = network.transition
  support_ends = "2026-02-10"
}

application "records" {
  network     = network.legacy
  disposition = "replatform"
  target      = network.transition
}
