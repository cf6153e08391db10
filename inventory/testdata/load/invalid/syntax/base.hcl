# A syntax error in one block does not stop the other blocks decoding.
network "kcom" {
  role = "legacy"
}

device "sw" {
  network = network.kcom
  ports = 48 48                  # ERROR: syntax 14
}

device "ok" {
  network = network.nowhere      # ERROR: dangling-reference 13
}
