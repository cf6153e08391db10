# R1, dependencies: an application moves no earlier than what it depends
# on. With one change per wave, db moves first, then api, then web; the
# legacy network goes last (R5).
estate {
  name  = "R1 dependency order"
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

application "web" {
  network     = network.legacy
  depends_on  = [application.api]
  disposition = "rehost"
  target      = network.target
}

application "api" {
  network     = network.legacy
  depends_on  = [application.db]
  disposition = "rehost"
  target      = network.target
}

application "db" {
  network     = network.legacy
  disposition = "rehost"
  target      = network.target
}

# Stays on the target network: it takes no action and orders nothing.
application "directory" {
  network = network.target
}
