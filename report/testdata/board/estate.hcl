# A small estate for the board report's goldens: one contract that lapses
# on time, one that lapses late (a breach), one blocked by a retained
# application, one with nothing to do, and money that splits to the penny.
estate {
  name     = "Board test"
  as_of    = "2027-01-01"
  currency = "GBP"
}

tenant "north" {
  name       = "North Force"
  cost_share = 0.6
}

tenant "south" {
  name       = "South Force"
  cost_share = 0.4
}

plan {
  start       = "2027-01-04"
  wave_days   = 7
  soak_waves  = 1
  max_changes = 3

  freeze "year_end" {
    from = "2027-01-20"
    to   = "2027-01-26"
  }
}

supplier "oldco" {
  name = "OldCo Managed Services"
}

contract "network" {
  name        = "Legacy network service"
  supplier    = supplier.oldco
  ends        = "2027-06-30"
  annual_cost = 100000
  covers      = [network.legacy]
}

contract "host_support" {
  name        = "Host maintenance"
  supplier    = supplier.oldco
  ends        = "2027-01-05"
  annual_cost = 1234.57
  covers      = [device.host1]
}

contract "crm_hosting" {
  name        = "CRM hosting"
  ends        = "2027-12-31"
  annual_cost = 9000
  covers      = [application.crm]
}

contract "payroll_kit" {
  name        = "Payroll server maintenance"
  ends        = "2027-03-31"
  annual_cost = 4000
  covers      = [device.host2]
}

contract "mail" {
  name        = "Mail subscription"
  ends        = "2029-03-31"
  annual_cost = 25000
  covers      = [application.mail]
}

network "legacy" {
  name        = "Legacy network"
  role        = "legacy"
  annual_cost = 50000
}

network "target" {
  name = "Target network"
  role = "target"
}

device "host1" {
  name        = "Host 1"
  network     = network.legacy
  kind        = "server"
  annual_cost = 2500.5
}

device "host2" {
  name    = "Host 2"
  network = network.legacy
  kind    = "server"
}

device "sw1" {
  name    = "Access switch 1"
  network = network.legacy
  kind    = "switch"
  ports   = 48
}

application "crm" {
  name        = "CRM"
  owner       = "Head of Contact"
  hosted_on   = [device.host1]
  criticality = "critical"
  disposition = "rehost"
  target      = network.target
  users       = 120
  effort_days = 3
}

application "payroll" {
  name        = "Payroll"
  hosted_on   = [device.host2]
  disposition = "retain"
  users       = 40
}

application "mail" {
  name    = "Mail"
  network = network.target
}

endpoints "desks" {
  name        = "Desks"
  count       = 30
  uplink      = [device.sw1]
  disposition = "migrate"
  target      = network.target
}
