package inventory

import (
	"strings"

	"testing"

	"github.com/hashicorp/hcl/v2"
)

func TestCheckRetireWithDependents(t *testing.T) {
	e := newEstate()
	e.ad.Disposition = DispRetire
	e.ad.Target = Ref{}
	ds := expect(t, e.Model, "error retire-with-dependents "+at(t, &e.ad.Meta, "disposition"))
	// intranet is retired and rms repurchased: only cad and email are live.
	want := "application.ad is retired but application.cad and application.email still depend on it and are not retired;"
	if !strings.HasPrefix(ds[0].Detail, want) {
		t.Errorf("detail = %q, want prefix %q", ds[0].Detail, want)
	}
}

func TestCheckRetireWithOneDependentListedOnce(t *testing.T) {
	e := newEstate()
	e.intranet.Status = StatusInProgress
	e.email.DependsOn = refs(&e.email.Meta, "depends_on", "application.intranet", "application.intranet")
	ds := expect(t, e.Model, "error retire-with-dependents "+at(t, &e.intranet.Meta, "disposition"))
	want := "application.intranet is retired but application.email still depends on it and is not retired;"
	if !strings.HasPrefix(ds[0].Detail, want) {
		t.Errorf("detail = %q, want prefix %q", ds[0].Detail, want)
	}
}

// Once the retirement is done it blocks nothing; the stale dependency is a
// warning on the dependent's reference.
func TestCheckDependsOnRetired(t *testing.T) {
	e := newEstate()
	e.intranet.Status = StatusDone
	e.email.DependsOn = refs(&e.email.Meta, "depends_on", "application.ad", "application.intranet")
	expect(t, e.Model, "warning depends-on-retired "+pos(e.email.DependsOn[1].Range))

	e.rms.Status = StatusDone
	e.cad.DependsOn = refs(&e.cad.Meta, "depends_on", "application.rms")
	ds := expect(t, e.Model,
		"warning depends-on-retired "+pos(e.email.DependsOn[1].Range),
		"warning depends-on-retired "+pos(e.cad.DependsOn[0].Range))
	for _, d := range ds {
		if strings.Contains(d.Detail, "application.rms,") && !strings.Contains(d.Detail, "depend on application.rms_cloud instead") {
			t.Errorf("detail = %q, want the replacement named", d.Detail)
		}
	}
}

// A dependent that is done has already taken its action: it blocks no
// retirement (SPEC section 1), and its stale dependency is a warning.
func TestCheckRetireWithDoneDependents(t *testing.T) {
	e := newEstate()
	e.ad.Disposition = DispRetire
	e.ad.Target = Ref{}
	e.cad.Status = StatusDone
	ds := expect(t, e.Model,
		"error retire-with-dependents "+at(t, &e.ad.Meta, "disposition"),
		"warning depends-on-retired "+pos(e.cad.DependsOn[0].Range))
	for _, d := range ds {
		if d.Severity == hcl.DiagError && !strings.HasPrefix(d.Detail, "application.ad is retired but application.email still depends on it and is not retired;") {
			t.Errorf("detail = %q, want only application.email named", d.Detail)
		}
	}

	e.email.Status = StatusDone
	ds = expect(t, e.Model,
		"warning depends-on-retired "+pos(e.cad.DependsOn[0].Range),
		"warning depends-on-retired "+pos(e.email.DependsOn[0].Range))
	for _, d := range ds {
		if strings.HasPrefix(d.Detail, "application.email ") {
			want := "application.email depends on application.ad, which is retired; application.email is done, so it does not block the retirement"
			if !strings.HasPrefix(d.Detail, want) {
				t.Errorf("detail = %q, want prefix %q", d.Detail, want)
			}
		}
	}
}
