package inventory

import "testing"

func TestCheckSupportEnded(t *testing.T) {
	e := newEstate()
	e.esx1.SupportEnds = day("2018-12-31")
	e.kcom.SupportEnds = day("2018-06-30")
	e.cad.SupportEnds = day("2018-01-01")
	e.intranet.SupportEnds = day("2018-01-01")
	e.intranet.Status = StatusDone // retired already: no longer matters
	e.contract.Ends = day("2018-12-01")
	expect(t, e.Model,
		"warning support-ended "+at(t, &e.esx1.Meta, "support_ends"),
		"warning support-ended "+at(t, &e.kcom.Meta, "support_ends"),
		"warning support-ended "+e.set(t, &e.cad.Meta, "support_ends"),
		"warning support-ended "+at(t, &e.contract.Meta, "ends"))
}

// Support that ends on the as_of day itself has not ended yet.
func TestCheckSupportEndsOnAsOf(t *testing.T) {
	e := newEstate()
	e.esx1.SupportEnds = e.Estate.AsOf
	expect(t, e.Model)
}

func TestCheckSupportWithoutEstate(t *testing.T) {
	e := newEstate()
	e.esx1.SupportEnds = day("1999-01-01")
	e.Model.Estate = nil
	expect(t, e.Model)
}

func TestCheckContractEndsBeforePlan(t *testing.T) {
	e := newEstate()
	e.contract.Ends = day("2019-03-31")
	expect(t, e.Model, "warning contract-ends-before-plan "+at(t, &e.contract.Meta, "ends"))
}

func TestCheckWarrantyEnded(t *testing.T) {
	e := newEstate()
	// esx1's warranty ended in 2018 but it is being decommissioned: no warning.
	e.newSw.WarrantyEnds = day("2018-06-30")
	expect(t, e.Model, "warning warranty-ended "+e.set(t, &e.newSw.Meta, "warranty_ends"))
}

func TestCheckContractCoversNothing(t *testing.T) {
	e := newEstate()
	e.contract.Covers = nil
	drop(&e.contract.Meta, "covers")
	expect(t, e.Model, "warning contract-covers-nothing "+pos(e.contract.DefRange))
}
