application "command_and_control" {
  hosted_on   = [device.hin_esx_01]
  depends_on  = [application.gazetteer, application.niche_rms]
  criticality = "critical"
  disposition = "retain"
  users       = 420
  effort_days = 30
}

application "crime_records" {
  network     = network.kcom
  disposition = "retire"
}
