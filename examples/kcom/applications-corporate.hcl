# Corporate and communications systems: email, intranet, telephony, HR.

# Exchange 2016 on-premises. Replaced by Microsoft 365 (a repurchase): the
# mailbox migration is under way (status = "in_progress"); Exchange is
# retired once Microsoft 365 is live and nothing needs it.
application "exchange" {
  name  = "Exchange email"
  owner = "Joint ICT service"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 3150
  criticality = "high"
  disposition = "repurchase"
  replaced_by = application.microsoft_365
  effort_days = 15
  status      = "in_progress"
}

# Microsoft 365 (Exchange Online, SharePoint Online, Teams): the
# replacement, already live on the cloud network. It takes no action.
application "microsoft_365" {
  name        = "Microsoft 365"
  owner       = "Joint ICT service"
  network     = network.cloud
  depends_on  = [application.active_directory]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 3150
  criticality = "high"
}

# The old SharePoint 2013 intranet, replaced by SharePoint Online in spring
# 2026. Done: decom schedules nothing for it, and it no longer holds up the
# general cluster.
application "intranet" {
  name  = "Force intranet"
  owner = "Corporate Communications"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory, application.sql_corp]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 3150
  criticality = "low"
  disposition = "repurchase"
  replaced_by = application.microsoft_365
  effort_days = 10
  status      = "done"
}

# Holderness's Mitel platform becomes the joint telephony platform: the
# controllers are moved onto the target network (telephony.hcl) and the
# service relocated with them, SIP trunks replacing ISDN30.
application "voice_mitel" {
  name      = "Mitel voice platform"
  owner     = "Joint ICT service"
  hosted_on = [device.mitel_dc1_01, device.mitel_foc_01]
  # A resilient pair: either controller carries every extension.
  survives_host_loss = true
  used_by            = [tenant.holderness, tenant.wolds]
  users              = 1900
  criticality        = "high"
  disposition        = "relocate"
  target             = network.target
  effort_days        = 10
}

# Wolds's Avaya platform: its extensions are re-created on Mitel, then it is
# switched off. A repurchase whose replacement (voice_mitel) moves too, so
# the Mitel relocation must be live first; Avaya maintenance ends
# 2026-12-31, which makes this one of the earliest deadlines in the plan.
application "voice_avaya" {
  name        = "Wolds Avaya telephony"
  owner       = "Joint ICT service"
  hosted_on   = [device.avaya_cm_hqw_01, device.avaya_gw_hqw_01]
  used_by     = [tenant.wolds]
  users       = 1250
  criticality = "high"
  disposition = "repurchase"
  replaced_by = application.voice_mitel
  effort_days = 8
}

# On-premises HR and payroll, replaced by a SaaS service at the end of the
# payroll year. Duty management reads establishment data from it, so it is
# moved and repointed to the SaaS interface before the old system goes.
application "hr_payroll" {
  name  = "HR and payroll"
  owner = "People Services"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory, application.sql_corp]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 120
  criticality = "medium"
  disposition = "repurchase"
  replaced_by = application.hr_saas
  effort_days = 12
}

# The replacement HR and payroll service (SaaS). Takes no action.
application "hr_saas" {
  name        = "HR and payroll (SaaS)"
  owner       = "People Services"
  network     = network.cloud
  depends_on  = [application.active_directory]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 120
  criticality = "medium"
}

# Duty management and rostering (overtime, rest days, mutual aid).
application "duty_management" {
  name  = "Duty management (rostering)"
  owner = "Resource Management Unit"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on = [
    application.active_directory, application.sql_corp, application.hr_payroll,
  ]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 3150
  criticality = "medium"
  disposition = "rehost"
  target      = network.target
  effort_days = 6
}

# Read-only archive of the crime system Niche replaced in 2012, kept for
# disclosure requests. Its records were loaded into Niche RMS in 2024 and
# the information asset owners have signed off its retirement. It sits on an
# out-of-support physical server (servers.hcl, legacy_dc1_01): retiring it
# is overdue, and the plan says so.
application "legacy_crime_archive" {
  name        = "Legacy crime records archive"
  owner       = "Information Management"
  hosted_on   = [device.legacy_dc1_01]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 40
  criticality = "low"
  disposition = "retire"
  effort_days = 2
}
