# R8, blockers: payroll is retained on esx_01, which must go with the
# legacy network, and ledger is retired while reports (kept) depends on it.
# Neither can ever be planned; esx_01 and the network wait on payroll, so
# they are blocked too. email still moves.
estate {
  name  = "R8 blockers"
  as_of = "2026-01-05"
}

plan {
  start     = "2026-02-02"
  wave_days = 14
}

network "legacy" {
  role = "legacy"
}

network "target" {
  role = "target"
}

device "esx_01" {
  network = network.legacy
  kind    = "server"
}

application "payroll" {
  hosted_on   = [device.esx_01]
  disposition = "retain"
}

application "ledger" {
  network     = network.target
  disposition = "retire"
}

application "reports" {
  network    = network.target
  depends_on = [application.ledger]
}

application "email" {
  network     = network.legacy
  disposition = "rehost"
  target      = network.target
}
