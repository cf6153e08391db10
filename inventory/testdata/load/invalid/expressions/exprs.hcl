# Only literals, references and lists of them: anything else is refused
# where it is written, before it is evaluated.
network "kcom" {
  role = "legacy"
  name = "KCOM $${escaped} %%{too}"
}

device "sw" {
  network      = network.kcom
  annual_cost  = max(1, 2)                     # ERROR: invalid-expression 18
  model        = "${"leg"}acy"                 # ERROR: invalid-expression 18
  owner        = "%{if true}x%{endif}"         # ERROR: invalid-expression 18
  name         = [for s in ["a"] : s]          # ERROR: invalid-expression 18
  kind         = true ? "switch" : "router"    # ERROR: invalid-expression 18
  uplink       = device.all[*].id              # ERROR: invalid-expression 18
  ports        = [48][0]                       # ERROR: invalid-expression 18
  ports_in_use = 5 % 0                         # ERROR: invalid-expression 18
  support_ends = ("2030-01-01")                # ERROR: invalid-expression 18
  status       = -"done"                       # ERROR: invalid-expression 18
}

application "a" {
  network    = network.kcom
  depends_on = [application.b, upper("x")]     # ERROR: invalid-expression 32
  hosted_on  = [device.sw, device.sw + 1]      # ERROR: invalid-expression 28
  users      = -5                              # ERROR: negative-number 16
  name       = [network.kcom]                  # ERROR: wrong-type 16
}

application "b" {
  network = network.kcom
  owner   = {team = "x", (upper("k")) = 1}     # ERROR: invalid-expression 26
}
