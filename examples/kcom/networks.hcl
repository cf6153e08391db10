# The networks of the KCOM exit: legacy, transition and target (plus the cloud).
#
#   kcom ──link.kcom_transition── transition ──link.transition_target── target
#                                                            (cloud via target)

# The managed network KCOM has run for both forces since 2013: MPLS WAN to
# every site, site LANs, the data centre core. Its end date comes from the
# managed service contract (contracts.hcl), which covers the network and all
# KCOM kit on it. Being legacy, it is decommissioned by default, and so is
# every device on it unless it says otherwise.
network "kcom" {
  name     = "KCOM managed network (WAN, site LANs, data centre)"
  role     = "legacy"
  supplier = supplier.kcom
}

# A segregated network built in hall 2 of the data centre on new hosting,
# behind its own firewalls, so that services which cannot wait for the
# target network can leave the KCOM hosting early. It is routed to KCOM
# (link.kcom_transition) while the exit runs. Folding it into the target
# network is a separate, later project: it is not decommissioned here.
network "transition" {
  name     = "Segregated transition network (data centre hall 2)"
  site     = site.dc1
  role     = "transition"
  supplier = supplier.ousebridge
}

# The new force network: WAN, site LANs, new hosting at the data centre and
# the FOC, built by Northern Shield. For security accreditation it is never
# routed to KCOM directly; only through the transition network.
network "target" {
  name     = "Target force network (Northern Shield)"
  role     = "target"
  supplier = supplier.northern_shield
}

# Microsoft 365 and other SaaS, reached from the target network.
network "cloud" {
  name     = "Microsoft 365 and SaaS (cloud)"
  role     = "target"
  supplier = supplier.microsoft
}

# The routed interconnect between KCOM and the transition network, through
# the transition firewalls. While it is up, an application rehosted onto the
# transition network can still reach what it depends on back on KCOM, so it
# does not have to wait for those dependencies to move (intelligence before
# Niche RMS, ANPR before the operational SQL cluster). It is decommissioned
# with KCOM (its default, since one end is decommissioned), only once both
# sides of every dependency that crosses it have moved.
link "kcom_transition" {
  name    = "KCOM to transition interconnect"
  between = [network.kcom, network.transition]
}

# The transition network's permanent route into the target network. Neither
# end is decommissioned, so this link stays.
link "transition_target" {
  name    = "Transition to target interconnect"
  between = [network.transition, network.target]
}
