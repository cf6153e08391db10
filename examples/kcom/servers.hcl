# Hosting on the KCOM network: the shared ESXi estate KCOM runs for both
# forces, its storage and backup, and one physical server nobody has been
# brave enough to switch off.
#
# Applications list the hosts of the cluster they run on (plus the SAN that
# holds their datastores) in `hosted_on`, so a cluster is only
# decommissioned once every application on it has moved and soaked.
# `support_ends` is the hardware maintenance date; `warranty_ends` the
# manufacturer's warranty, which for most of this kit lapsed long ago (it is
# on third-party maintenance, contracts.hcl).

# ---------------------------------------------------------------------------
# Data centre general cluster: four hosts, vSAN off, datastores on the Unity.
# Hardware maintenance ends 2027-02-28 (contract dc_hardware_maintenance),
# which is the real deadline for everything on it. vSphere HA restarts a
# lost host's VMs on the other three (`redundant_with`); the Unity is one
# array, so losing it takes every application on the cluster down.
# ---------------------------------------------------------------------------

device "esx_dc1_01" {
  name          = "Data centre ESXi host 1"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.dc1
  kind          = "server"
  model         = "Dell PowerEdge R740 (ESXi 7.0 U3)"
  warranty_ends = "2026-11-30"
  support_ends  = "2027-05-31"
  uplink        = device.kcom_core_dc1_a
  redundant_with = [
    device.esx_dc1_02, device.esx_dc1_03, device.esx_dc1_04,
  ]
}

device "esx_dc1_02" {
  name          = "Data centre ESXi host 2"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.dc1
  kind          = "server"
  model         = "Dell PowerEdge R740 (ESXi 7.0 U3)"
  warranty_ends = "2026-11-30"
  support_ends  = "2027-05-31"
  uplink        = device.kcom_core_dc1_b
}

device "esx_dc1_03" {
  name          = "Data centre ESXi host 3"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.dc1
  kind          = "server"
  model         = "Dell PowerEdge R740 (ESXi 7.0 U3)"
  warranty_ends = "2026-11-30"
  support_ends  = "2027-05-31"
  uplink        = device.kcom_core_dc1_a
}

device "esx_dc1_04" {
  name          = "Data centre ESXi host 4"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.dc1
  kind          = "server"
  model         = "Dell PowerEdge R740 (ESXi 7.0 U3)"
  warranty_ends = "2026-11-30"
  support_ends  = "2027-05-31"
  uplink        = device.kcom_core_dc1_b
}

device "san_dc1_01" {
  name          = "Data centre SAN"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.dc1
  kind          = "storage"
  model         = "Dell EMC Unity 480F"
  warranty_ends = "2026-11-30"
  support_ends  = "2027-05-31"
  uplink        = device.kcom_core_dc1_a
}

# Veeam repository for both clusters.
device "bkp_dc1_01" {
  name          = "Backup repository"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.dc1
  kind          = "storage"
  model         = "Dell PowerEdge R740xd2 (Veeam repository, 240 TB)"
  warranty_ends = "2026-11-30"
  support_ends  = "2027-05-31"
  uplink        = device.kcom_core_dc1_b
}

# The pre-2012 crime system's read-only archive, on its original hardware
# and Windows Server 2008 R2. Microsoft's support ended in January 2020; the
# paid extended support bought for it runs out on 31 August 2026, a week
# before wave 1, so the plan reports its retirement as a breach whatever wave
# it lands in: it is here to be retired, first.
device "legacy_dc1_01" {
  name          = "Legacy Windows 2008 server"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.dc1
  kind          = "server"
  model         = "HP ProLiant DL380 G7 (Windows Server 2008 R2)"
  warranty_ends = "2014-03-31"
  support_ends  = "2026-08-31"
  uplink        = device.kcom_core_dc1_a
}

# ---------------------------------------------------------------------------
# FOC operational cluster: two hosts and a small array in the FOC comms room,
# so command and control survives the loss of the data centre link. HA
# between the two hosts; one array.
# ---------------------------------------------------------------------------

device "esx_foc_01" {
  name           = "FOC ESXi host 1"
  owner          = "Joint ICT service"
  network        = network.kcom
  site           = site.foc
  kind           = "server"
  model          = "HPE ProLiant DL380 Gen10 (ESXi 7.0 U3)"
  warranty_ends  = "2027-06-30"
  support_ends   = "2028-06-30"
  uplink         = device.kcom_dist_foc_01
  redundant_with = [device.esx_foc_02]
}

device "esx_foc_02" {
  name          = "FOC ESXi host 2"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.foc
  kind          = "server"
  model         = "HPE ProLiant DL380 Gen10 (ESXi 7.0 U3)"
  warranty_ends = "2027-06-30"
  support_ends  = "2028-06-30"
  uplink        = device.kcom_dist_foc_01
}

device "san_foc_01" {
  name          = "FOC storage array"
  owner         = "Joint ICT service"
  network       = network.kcom
  site          = site.foc
  kind          = "storage"
  model         = "HPE MSA 2060"
  warranty_ends = "2027-06-30"
  support_ends  = "2028-06-30"
  uplink        = device.kcom_dist_foc_01
}

# ---------------------------------------------------------------------------
# Transition network hosting (hall 2). Retained: it becomes part of the
# target estate later.
# ---------------------------------------------------------------------------

device "trn_esx_01" {
  name          = "Transition ESXi host 1"
  owner         = "Joint ICT service"
  network       = network.transition
  site          = site.dc1
  kind          = "server"
  model         = "Dell PowerEdge R760 (ESXi 8.0)"
  warranty_ends = "2031-03-31"
  support_ends  = "2031-03-31"
}

device "trn_esx_02" {
  name          = "Transition ESXi host 2"
  owner         = "Joint ICT service"
  network       = network.transition
  site          = site.dc1
  kind          = "server"
  model         = "Dell PowerEdge R760 (ESXi 8.0)"
  warranty_ends = "2031-03-31"
  support_ends  = "2031-03-31"
}
