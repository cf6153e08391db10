# Second declarations of what a.hcl already declares.
estate {                  # ERROR: duplicate-block 1
  name = "Second"
}

plan {                    # ERROR: duplicate-block 1
  wave_days = 7
}

network "kcom" {          # ERROR: duplicate-address 1
  role = "target"
}

device "sw" {
  network = network.kcom
}

device "sw" {             # ERROR: duplicate-address 1
  network = network.kcom
}
