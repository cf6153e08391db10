# Shared infrastructure services: identity, name resolution, databases,
# files, print and backup. Nearly everything depends on these, so they move
# early, onto the target network's new hosting.
#
# Criticality follows the forces' joint business impact assessment. Effort
# is in engineer-days for the move itself (build, migrate data, test,
# cutover), as estimated by the service owners.

# The joint forest (one domain per force plus the shared resource domain).
# AD-integrated DNS means Active Directory and DNS depend on each other: a
# dependency cycle, so decom moves them together as one move group in one
# wave. New domain controllers on the target network are promoted, roles
# transferred, the KCOM DCs demoted.
application "active_directory" {
  name  = "Active Directory"
  owner = "Joint ICT service"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.dns_dhcp]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 3150
  criticality = "critical"
  disposition = "rehost"
  target      = network.target
  effort_days = 12
}

# Windows DNS (AD-integrated) and DHCP for every site scope.
application "dns_dhcp" {
  name  = "DNS and DHCP"
  owner = "Joint ICT service"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 3150
  criticality = "high"
  disposition = "rehost"
  target      = network.target
  effort_days = 6
}

# SQL Server Always On cluster for the operational systems (command and
# control, GIS, ANPR). Rehosted as-is onto the target hosting.
application "sql_ops" {
  name  = "Operational SQL Server cluster"
  owner = "Joint ICT service"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory]
  used_by     = [tenant.holderness, tenant.wolds]
  criticality = "high"
  disposition = "rehost"
  target      = network.target
  effort_days = 10
}

# SQL Server 2017 cluster for corporate systems: rebuilt on SQL Server 2022
# (a new platform, hence replatform), databases migrated one by one.
application "sql_corp" {
  name  = "Corporate SQL Server cluster"
  owner = "Joint ICT service"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on   = [application.active_directory]
  used_by      = [tenant.holderness, tenant.wolds]
  criticality  = "medium"
  disposition  = "replatform"
  target       = network.target
  support_ends = "2027-10-12"
  effort_days  = 8
}

# Departmental and home drives (DFS, 38 TB): new file servers on the target
# hosting, data copied with Robocopy, namespace repointed.
application "file_shares" {
  name  = "File shares"
  owner = "Joint ICT service"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 3150
  criticality = "medium"
  disposition = "replatform"
  target      = network.target
  effort_days = 10
}

# Print management and follow-me printing (412 MFDs).
application "print" {
  name  = "Print service"
  owner = "Joint ICT service"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory, application.file_shares]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 3150
  criticality = "low"
  disposition = "rehost"
  target      = network.target
  effort_days = 4
}

# Veeam backup: a new instance on the target hosting with an immutable
# repository; the KCOM repository is kept until the last KCOM VM has gone
# and then decommissioned with the cluster.
application "backup" {
  name  = "Veeam backup"
  owner = "Joint ICT service"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.bkp_dc1_01,
  ]
  depends_on  = [application.active_directory]
  used_by     = [tenant.holderness, tenant.wolds]
  criticality = "medium"
  disposition = "replatform"
  target      = network.target
  effort_days = 8
}
