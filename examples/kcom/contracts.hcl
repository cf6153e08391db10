# Support and service contracts. A contract's `ends` is a deadline for
# everything it covers and everything hosted on that (SPEC rule 6), so the
# dates here drive the plan as much as the hardware support dates do.

# The KCOM managed service. Notice was served in 2025; the contract ends on
# the last day of the financial year and the forces have no appetite for an
# extension at KCOM's proposed rates. It covers the whole KCOM network, so
# every asset on it inherits this deadline; the network and the core kit are
# named explicitly because they are in the contract's schedule 2.
contract "kcom_managed_service" {
  name        = "KCOM managed network service"
  supplier    = supplier.kcom
  ends        = "2027-03-31"
  annual_cost = 2400000
  covers = [
    network.kcom,
    device.kcom_core_dc1_a,
    device.kcom_core_dc1_b,
    device.kcom_rtr_dc1_a,
    device.kcom_rtr_dc1_b,
    device.kcom_fw_dc1_a,
    device.kcom_fw_dc1_b,
  ]
}

# Third-party maintenance on the data centre's ESXi hosts, SAN and backup
# repository. Renewed only to the end of February 2027, a month before
# KCOM, so the general cluster has to be empty a wave or two earlier than
# the rest of the data centre.
contract "dc_hardware_maintenance" {
  name        = "Data centre hardware maintenance"
  supplier    = supplier.humber_hardware
  ends        = "2027-02-28"
  annual_cost = 64000
  covers = [
    device.esx_dc1_01,
    device.esx_dc1_02,
    device.esx_dc1_03,
    device.esx_dc1_04,
    device.san_dc1_01,
    device.bkp_dc1_01,
  ]
}

# Avaya maintenance for Wolds Police's telephony was not renewed beyond the
# calendar year: Wolds extensions move onto the (relocated) Mitel platform
# before then.
contract "avaya_maintenance" {
  name        = "Avaya telephony maintenance"
  supplier    = supplier.coastline_telecom
  ends        = "2026-12-31"
  annual_cost = 38000
  covers = [
    application.voice_avaya,
    device.avaya_cm_hqw_01,
    device.avaya_gw_hqw_01,
  ]
}

contract "mitel_maintenance" {
  name        = "Mitel telephony maintenance"
  supplier    = supplier.coastline_telecom
  ends        = "2028-06-30"
  annual_cost = 52000
  covers = [
    application.voice_mitel,
    device.mitel_dc1_01,
    device.mitel_foc_01,
  ]
}

contract "iccs_support" {
  name        = "ICCS support"
  supplier    = supplier.iccs_vendor
  ends        = "2028-12-31"
  annual_cost = 210000
  covers = [
    application.iccs_999,
    device.iccs_foc_a,
    device.iccs_foc_b,
  ]
}

contract "niche_licence" {
  name        = "Niche RMS licence and support"
  supplier    = supplier.niche
  ends        = "2030-03-31"
  annual_cost = 420000
  covers      = [application.niche_rms]
}

contract "transition_network" {
  name        = "Transition network service"
  supplier    = supplier.ousebridge
  ends        = "2028-08-31"
  annual_cost = 180000
  covers      = [network.transition]
}

contract "target_network" {
  name        = "Target network service"
  supplier    = supplier.northern_shield
  ends        = "2033-03-31"
  annual_cost = 1150000
  covers      = [network.target]
}

contract "microsoft_365" {
  name        = "Microsoft 365 subscription"
  supplier    = supplier.microsoft
  ends        = "2029-03-31"
  annual_cost = 610000
  covers      = [application.microsoft_365]
}

contract "hr_saas" {
  name        = "HR and payroll SaaS subscription"
  supplier    = supplier.peoplepay
  ends        = "2031-03-31"
  annual_cost = 95000
  covers      = [application.hr_saas]
}
