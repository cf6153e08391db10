package inventory

import (
	"strings"
	"testing"
)

func TestCheckCostShareSum(t *testing.T) {
	e := newEstate()
	e.forceB.CostShare = share(0.3)
	ds := expect(t, e.Model, "error cost-share-sum "+at(t, &e.forceA.Meta, "cost_share"))
	want := "The tenants' cost shares sum to 0.9 (tenant.force_a = 0.6 and tenant.force_b = 0.3); they must sum to 1."
	if !strings.HasPrefix(ds[0].Detail, want) {
		t.Errorf("detail = %q, want prefix %q", ds[0].Detail, want)
	}
}

func TestCheckCostShareSumWithinTolerance(t *testing.T) {
	e := newEstate()
	third := &Tenant{Meta: e.f.meta(TypeTenant, "force_c", "cost_share"), CostShare: share(0.7)}
	e.forceA.CostShare, e.forceB.CostShare = share(0.1), share(0.2)
	e.Tenants = append(e.Tenants, third)
	expect(t, e.Model)
}

// TestCheckCostShareSumNearOne checks the tolerance is for rounding only:
// shares that sum to 0.995, 1.001 or even 1.000001 are an error, as the
// architect wrote them wrong, while 0.1 + 0.2 + 0.7 (0.9999999999999999 in
// floating point) passes above.
func TestCheckCostShareSumNearOne(t *testing.T) {
	for _, b := range []float64{0.395, 0.401, 0.400001} {
		e := newEstate()
		e.forceB.CostShare = share(b)
		ds := expect(t, e.Model, "error cost-share-sum "+at(t, &e.forceA.Meta, "cost_share"))
		if !strings.Contains(ds[0].Detail, "they must sum to 1") {
			t.Errorf("0.6 + %g: detail %q", b, ds[0].Detail)
		}
	}
}

// Shares given on some tenants only must still sum to 1; the detail names
// the tenants without one.
func TestCheckCostShareSumPartial(t *testing.T) {
	e := newEstate()
	e.forceA.CostShare = nil
	drop(&e.forceA.Meta, "cost_share")
	ds := expect(t, e.Model, "error cost-share-sum "+at(t, &e.forceB.Meta, "cost_share"))
	if !strings.Contains(ds[0].Detail, "tenant.force_a has none.") {
		t.Errorf("detail = %q", ds[0].Detail)
	}
}

func TestCheckNoCostSharesIsFine(t *testing.T) {
	e := newEstate()
	e.forceA.CostShare, e.forceB.CostShare = nil, nil
	expect(t, e.Model)
}

func TestCheckFreezeReversed(t *testing.T) {
	e := newEstate()
	e.xmas.From, e.xmas.To = day("2020-01-02"), day("2019-12-20")
	expect(t, e.Model, "error freeze-reversed "+at(t, &e.xmas.Meta, "to"))
	e.xmas.To = e.xmas.From // a one-day freeze
	expect(t, e.Model)
}
