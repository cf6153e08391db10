# Operational policing systems. These carry the risk: each critical cutover
# gets a wave of its own (plan.max_critical = 1) and a fallback rehearsal.

# 999 and 101 call handling on the ICCS, relocated unchanged onto the new
# ICCS server pair on the target network (telephony.hcl). 101 calls arrive
# through the Mitel platform, so it depends on voice_mitel.
application "iccs_999" {
  name      = "999 and 101 call handling (ICCS)"
  owner     = "Force Operations Centre"
  hosted_on = [device.iccs_foc_a, device.iccs_foc_b]
  # The ICCS pair runs active-standby: either server carries the service.
  survives_host_loss = true
  depends_on         = [application.voice_mitel]
  used_by            = [tenant.holderness, tenant.wolds]
  users              = 240
  criticality        = "critical"
  disposition        = "relocate"
  target             = network.target
  effort_days        = 20
}

# Command and control (CAD): incident creation, resourcing, dispatch. Runs
# on the FOC cluster. It takes caller line identity from the ICCS, and its
# maps and gazetteer from GIS, which in turn reads the live incident layer
# back from command and control: the two depend on each other (a cycle), so
# they cut over together in one wave, as one move group.
application "command_control" {
  name      = "Command and control (CAD)"
  owner     = "Force Operations Centre"
  hosted_on = [device.esx_foc_01, device.esx_foc_02, device.san_foc_01]
  depends_on = [
    application.active_directory, application.sql_ops, application.gis,
    application.iccs_999,
  ]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 420
  criticality = "critical"
  disposition = "rehost"
  target      = network.target
  effort_days = 25
}

# GIS and gazetteer (incident mapping, AVL). "high", not "critical": with
# max_critical = 1 a move group holding two critical applications could
# never be scheduled, and the BIA agrees that dispatch can run on the
# gazetteer cache for a shift.
application "gis" {
  name        = "GIS and gazetteer"
  owner       = "Force Operations Centre"
  hosted_on   = [device.esx_foc_01, device.esx_foc_02, device.san_foc_01]
  depends_on  = [application.command_control, application.sql_ops]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 600
  criticality = "high"
  disposition = "rehost"
  target      = network.target
  effort_days = 8
}

# Crime, intelligence and case records (Niche RMS), one instance for both
# forces. Feeds PND and reads PNC through the national gateway.
application "niche_rms" {
  name  = "Niche RMS: crime, intelligence and case records"
  owner = "Crime and Justice"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory, application.pnc_gateway]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 2900
  criticality = "high"
  disposition = "rehost"
  target      = network.target
  effort_days = 20
}

# Custody records for the Priory suite; person records are shared with
# Niche RMS and checked against PNC on booking in.
application "custody" {
  name  = "Custody records"
  owner = "Crime and Justice"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on = [
    application.active_directory, application.niche_rms,
    application.pnc_gateway,
  ]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 410
  criticality = "high"
  disposition = "rehost"
  target      = network.target
  effort_days = 10
}

# Police National Computer, PND and other national systems, through the
# forces' national gateway (PSN for Policing).
application "pnc_gateway" {
  name  = "PNC gateway"
  owner = "Information Management"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 2900
  criticality = "high"
  disposition = "rehost"
  target      = network.target
  effort_days = 8
}

# Mobile data: the officer apps' back end (searches, statements, tasking).
application "mobile_data" {
  name  = "Mobile data for officers"
  owner = "Local Policing"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on = [
    application.active_directory, application.niche_rms,
    application.command_control,
  ]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 2100
  criticality = "high"
  disposition = "rehost"
  target      = network.target
  effort_days = 8
}

# ---------------------------------------------------------------------------
# The next three go to the transition network, not the target. Because
# link.kcom_transition routes the transition network to KCOM, they can move
# before what they depend on has left KCOM (intelligence before Niche RMS,
# ANPR before sql_ops, body-worn video before AD and the file shares): decom
# orders them freely against those dependencies and keeps the link up until
# both sides have moved.
# ---------------------------------------------------------------------------

# Intelligence management: source handling and the sanitised intelligence
# log; reads nominals from Niche RMS. Moved to the segregated transition
# network first for its accreditation (the target network's higher
# security zone is not built yet).
application "intelligence" {
  name  = "Intelligence analysis"
  owner = "Intelligence"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory, application.niche_rms]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 380
  criticality = "high"
  disposition = "rehost"
  target      = network.transition
  effort_days = 8
}

# ANPR back office and its national ANPR service interface.
application "anpr" {
  name  = "ANPR"
  owner = "Roads Policing"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory, application.sql_ops]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 150
  criticality = "medium"
  disposition = "rehost"
  target      = network.transition
  effort_days = 6
}

# Body-worn video: evidence management and the docking stations' upload
# service (about 2 TB a day). Relocated as a whole onto transition hosting,
# close to the new storage.
application "body_worn_video" {
  name  = "Body-worn video evidence"
  owner = "Crime and Justice"
  hosted_on = [
    device.esx_dc1_01, device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
    device.san_dc1_01,
  ]
  depends_on  = [application.active_directory, application.file_shares]
  used_by     = [tenant.holderness, tenant.wolds]
  users       = 1800
  criticality = "medium"
  disposition = "relocate"
  target      = network.transition
  effort_days = 6
}
