package inventory

import (
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
)

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
	e := newEstate()
	e.rmsCloud.Disposition = DispRetire
	e.set(t, &e.rmsCloud.Meta, "disposition")
	expect(t, e.Model, "error replacement-retired "+at(t, &e.rms.Meta, "replaced_by"))
}

// A repurchase chain (rms replaced by rms_cloud, itself repurchased by
// email) is planned, with a warning that names the chain and suggests
// replacing rms by email directly.
func TestCheckReplacementChain(t *testing.T) {
	e := newEstate()
	e.rmsCloud.Disposition = DispRepurchase
	e.set(t, &e.rmsCloud.Meta, "disposition")
	e.set(t, &e.rmsCloud.Meta, "replaced_by")
	e.rmsCloud.ReplacedBy = ref(&e.rmsCloud.Meta, "replaced_by", "application.email")
	ds := expect(t, e.Model, "warning replacement-chain "+at(t, &e.rms.Meta, "replaced_by"))
	want := "application.rms is replaced by application.rms_cloud, which is itself repurchased: application.rms's dependents move to application.rms_cloud when application.rms is retired, " +
		"and on to application.email when application.rms_cloud is (application.rms → application.rms_cloud → application.email). " +
		"decom plans the chain, retiring application.rms no later than application.rms_cloud. Set replaced_by = application.email to move them once."
	if ds[0].Detail != want {
		t.Errorf("detail =\n%s\nwant\n%s", ds[0].Detail, want)
	}
}

// A chain that comes back round has no live end: an error on every
// replaced_by that leads into it.
func TestCheckReplacementChainLoops(t *testing.T) {
	e := newEstate()
	e.rmsCloud.Disposition = DispRepurchase
	e.set(t, &e.rmsCloud.Meta, "disposition")
	e.set(t, &e.rmsCloud.Meta, "replaced_by")
	e.rmsCloud.ReplacedBy = ref(&e.rmsCloud.Meta, "replaced_by", "application.rms")
	ds := expect(t, e.Model, "error replacement-retired "+at(t, &e.rms.Meta, "replaced_by"), "error replacement-retired "+at(t, &e.rmsCloud.Meta, "replaced_by"))
	for _, d := range ds {
		if d.Summary != "Replacement chain loops" || !strings.Contains(d.Detail, "application.rms → application.rms_cloud → application.rms") && !strings.Contains(d.Detail, "application.rms_cloud → application.rms → application.rms_cloud") {
			t.Errorf("%s: %s", d.Summary, d.Detail)
		}
	}
}

// A chain ending in a plain retirement: the last link is an error, the
// chain a warning that does not suggest the retired end.
func TestCheckReplacementChainEndsRetired(t *testing.T) {
	e := newEstate()
	e.rmsCloud.Disposition = DispRepurchase
	e.set(t, &e.rmsCloud.Meta, "disposition")
	e.set(t, &e.rmsCloud.Meta, "replaced_by")
	e.rmsCloud.ReplacedBy = ref(&e.rmsCloud.Meta, "replaced_by", "application.intranet")
	ds := expect(t, e.Model, "warning replacement-chain "+at(t, &e.rms.Meta, "replaced_by"), "error replacement-retired "+at(t, &e.rmsCloud.Meta, "replaced_by"))
	for _, d := range ds {
		if diag.Code(d) == "replacement-chain" && (strings.Contains(d.Detail, "Set replaced_by") || !strings.Contains(d.Detail, "ends in application.intranet, which is retired")) {
			t.Errorf("detail = %s", d.Detail)
		}
	}
}
