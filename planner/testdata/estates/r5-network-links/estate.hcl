# R5, networks and links: the legacy network is decommissioned a soak wave
# after every asset on it and every link touching it has taken its action.
# link.legacy_target is decommissioned with it (one end is decommissioned);
# link.target_cloud joins two networks that stay, so it stays too.
estate {
  name  = "R5 networks and links"
  as_of = "2026-01-05"
}

plan {
  start       = "2026-02-02"
  wave_days   = 14
  soak_waves  = 1
}

network "legacy" {
  role = "legacy"
}

network "target" {
  role = "target"
}

network "cloud" {
  role = "target"
}

link "legacy_target" {
  between = [network.legacy, network.target]
}

link "target_cloud" {
  between = [network.target, network.cloud]
}

device "wan_router" {
  network = network.legacy
  kind    = "router"
}

device "firewall" {
  network     = network.legacy
  kind        = "firewall"
  disposition = "migrate"
  target      = network.target
}

application "email" {
  network     = network.legacy
  disposition = "replatform"
  target      = network.cloud
}
