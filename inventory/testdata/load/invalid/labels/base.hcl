# Block labels: missing, extra, and names that references cannot name.
network "kcom" {
  role = "legacy"
}

device {                  # ERROR: missing-label 1
  network = network.kcom
}

device "a" "b" {          # ERROR: extra-label 12
  network = network.kcom
}

estate "main" {           # ERROR: extra-label 8
  name = "Estate"
}

application "999_call" {  # ERROR: invalid-label 13
  network = network.kcom
}

plan {
  freeze {                # ERROR: missing-label 3
    from = "2019-12-20"
    to   = "2020-01-02"
  }
}
