# R6, deadlines: the support contract covering the legacy network ends on
# 2026-02-20, so everything on it is due by then; san's own support ends
# sooner. With one change a wave, not everything fits before the contract
# ends: the plan reports the actions it places late as breaches.
estate {
  name  = "R6 deadlines and breaches"
  as_of = "2026-01-05"
}

plan {
  start       = "2026-02-02"
  wave_days   = 7
  max_changes = 1
}

supplier "telco" {
  name = "Legacy Telco"
}

contract "managed_service" {
  supplier = supplier.telco
  ends     = "2026-02-20"
  covers   = [network.legacy]
}

network "legacy" {
  role = "legacy"
}

network "target" {
  role = "target"
}

device "san" {
  network      = network.legacy
  kind         = "storage"
  support_ends = "2026-02-12"
}

application "evidence" {
  hosted_on   = [device.san]
  disposition = "rehost"
  target      = network.target
}

application "duty_rota" {
  network      = network.legacy
  disposition  = "rehost"
  target       = network.target
  support_ends = "2026-06-30"
}
