# A syntax error stops its file: only the first is reported. # WARNING: checks-skipped 1
network "kcom" {
  role = "legacy"
}

device "sw" {
  network = network.kcom
  ports = 48 48                  # ERROR: syntax 14
  rol = "echo of nothing"
}

device "ok" {
  network = network.nowhere
  kind = "swtch"
}
