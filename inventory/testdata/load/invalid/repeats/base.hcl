# A reference listed twice is a warning and counted once.
network "n00" {
  role = "target"
}

network "n01" {
  role = "target"
}

network "n02" {
  role = "target"
}

network "n03" {
  role = "target"
}

network "n04" {
  role = "target"
}

network "n05" {
  role = "target"
}

network "n06" {
  role = "target"
}

network "n07" {
  role = "target"
}

network "n08" {
  role = "target"
}

network "n09" {
  role = "target"
}

network "n10" {
  role = "target"
}

network "n11" {
  role = "target"
}

network "n12" {
  role = "target"
}

network "n13" {
  role = "target"
}

network "n14" {
  role = "target"
}

network "n15" {
  role = "target"
}

network "n16" {
  role = "target"
}

network "n17" {
  role = "target"
}

network "n18" {
  role = "target"
}

network "n19" {
  role = "target"
}

application "a" {
  network    = network.n00
}

application "b" {
  network    = network.n00
  depends_on = [application.a, application.a] # WARNING: duplicate-reference 32
}

contract "c" {
  covers = [network.n00, network.n01, network.n02, network.n03, network.n04, network.n05, network.n06, network.n07, network.n08, network.n09, network.n10, network.n11, network.n12, network.n13, network.n14, network.n15, network.n16, network.n17, network.n03] # WARNING: duplicate-reference 247
}
