network "kcom" {
  name         = "KCOM managed WAN"
  role         = "legcy"
  support_ends = "2019-03-31"
}

network "psn_target" {
	name = "Réseau cible – PSN"
	role = "target"
	rol  = "target"
}
