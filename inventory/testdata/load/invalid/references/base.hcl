# References: dangling, of the wrong type, quoted, malformed; links.
network "kcom" {
  role = "legacy"
}

network "psn" {
  role = "target"
}

device "sw" {
  network = network.kcmo         # ERROR: dangling-reference 13
  uplink  = network.kcom         # ERROR: wrong-reference-type 13
  target  = "network.psn"        # ERROR: quoted-reference 13
  site    = kcom                 # ERROR: invalid-reference 13
}

application "app" {
  network    = network.kcom
  depends_on = [application.app2, device.sw] # ERROR: dangling-reference 17; ERROR: wrong-reference-type 35
  used_by    = [tenant.a.b]      # ERROR: invalid-reference 17
  target     = netwrk.psn        # ERROR: invalid-reference 16
  replaced_by = "legacy app"     # ERROR: invalid-reference 17
}

application "app3" {
  network = network.kcom
}

link "one_end" {
  between = [network.kcom]       # ERROR: link-between 13
}

link "loop" {
  between = [network.kcom, network.kcom] # ERROR: link-between 13
}

link "none" {                    # ERROR: link-between 1
}

link "three" {
  between = [network.kcom, network.psn, network.kcom] # ERROR: link-between 13
}

contract "c" {
  covers = [network.kcom, link.none, site.hq] # ERROR: wrong-reference-type 38
}
