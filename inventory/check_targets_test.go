package inventory

import "testing"

func TestCheckMissingTarget(t *testing.T) {
	e := newEstate()
	e.cad.Target = Ref{}
	drop(&e.cad.Meta, "target")
	e.desks.Target = Ref{}
	drop(&e.desks.Meta, "target")
	e.newSw.Disposition = DispMigrate
	dispo := e.set(t, &e.newSw.Meta, "disposition")
	expect(t, e.Model,
		"error missing-target "+at(t, &e.cad.Meta, "disposition"),
		"error missing-target "+at(t, &e.desks.Meta, "disposition"),
		"error missing-target "+dispo)
}

// Retire, repurchase and retain move nothing, so they need no target.
func TestCheckMissingTargetOnlyForMoves(t *testing.T) {
	e := newEstate()
	e.desks.Disposition = DispRetire
	e.desks.Target = Ref{}
	drop(&e.desks.Meta, "target")
	expect(t, e.Model)
}

func TestCheckMissingReplacedBy(t *testing.T) {
	e := newEstate()
	e.rms.ReplacedBy = Ref{}
	drop(&e.rms.Meta, "replaced_by")
	expect(t, e.Model, "error missing-replaced-by "+at(t, &e.rms.Meta, "disposition"))
}

// Targets that are not networks are the loader's to report; Check skips them.
func TestCheckTargetNotNetworkSkipped(t *testing.T) {
	e := newEstate()
	e.cad.Target = ref(&e.cad.Meta, "target", "device.new_sw")
	e.desks.Target = ref(&e.desks.Meta, "target", "application.email")
	expect(t, e.Model)
}

func TestCheckTargetDecommissioned(t *testing.T) {
	e := newEstate()
	e.cad.Target = ref(&e.cad.Meta, "target", "network.kcom")
	e.transit.Decommission = true
	e.set(t, &e.transit.Meta, "decommission")
	e.desks.Target = ref(&e.desks.Meta, "target", "network.transit")
	expect(t, e.Model,
		"error target-decommissioned "+at(t, &e.cad.Meta, "target"),
		"error target-decommissioned "+at(t, &e.desks.Meta, "target"))
}

func TestCheckReplacedBySelf(t *testing.T) {
	e := newEstate()
	e.rms.ReplacedBy = ref(&e.rms.Meta, "replaced_by", "application.rms")
	expect(t, e.Model, "error replaced-by-self "+at(t, &e.rms.Meta, "replaced_by"))
}

func TestCheckReplacementRetired(t *testing.T) {
	for _, d := range []Disposition{DispRetire, DispRepurchase} {
		e := newEstate()
		e.rmsCloud.Disposition = d
		e.set(t, &e.rmsCloud.Meta, "disposition")
		if d == DispRepurchase {
			e.rmsCloud.ReplacedBy = Ref{Addr: "application.email"}
		}
		expect(t, e.Model, "error replacement-retired "+at(t, &e.rms.Meta, "replaced_by"))
	}
}
