package compare

import (
	"reflect"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/hashicorp/hcl/v2"
)

func device(label string, ports int, line int) *inventory.Device {
	return &inventory.Device{
		Meta:    inventory.Meta{Type: inventory.TypeDevice, Label: label, DefRange: hcl.Range{Filename: "d.hcl", Start: hcl.Pos{Line: line}}},
		Network: inventory.Ref{Addr: "network.kcom", Range: hcl.Range{Start: hcl.Pos{Line: line + 1}}},
		Ports:   ports,
	}
}

func model(devs ...*inventory.Device) *inventory.Model {
	m := &inventory.Model{Devices: devs}
	m.Reindex()
	return m
}

func TestAssets(t *testing.T) {
	old := model(device("a", 48, 1), device("b", 24, 10), device("c", 24, 20))
	// b moves to another line (not a change), c's ports change, a goes, d comes.
	new := model(device("b", 24, 50), device("c", 48, 20), device("d", 8, 1))
	got := Assets(old, new)
	want := []AssetChange{
		{Address: "device.a", Change: Removed},
		{Address: "device.c", Change: Changed, Attributes: []AttributeChange{{Name: "ports", Old: "24", New: "48"}}},
		{Address: "device.d", Change: Added},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Assets:\n got %+v\nwant %+v", got, want)
	}
}

func TestAssetsAttributeAppears(t *testing.T) {
	a, b := device("a", 48, 1), device("a", 48, 1)
	b.SupportEnds = inventory.DateOf(2027, 3, 31)
	got := Assets(model(a), model(b))
	want := []AssetChange{{Address: "device.a", Change: Changed, Attributes: []AttributeChange{{Name: "support_ends", Old: "null", New: `"2027-03-31"`}}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Assets:\n got %+v\nwant %+v", got, want)
	}
}

func plan(waves map[int][]string, breaches []planner.Breach, blockers []planner.Blocker) *planner.Plan {
	p := &planner.Plan{Breaches: breaches, Blockers: blockers}
	for n := 1; n <= len(waves); n++ {
		w := planner.Wave{Number: n, Date: inventory.DateOf(2027, 1, 7*n)}
		for _, a := range waves[n] {
			w.Actions = append(w.Actions, planner.Action{Address: a, Action: planner.Migrate})
		}
		p.Waves = append(p.Waves, w)
	}
	p.LowerBound.Waves = len(waves)
	return p
}

func TestPlans(t *testing.T) {
	late := planner.Breach{Address: "application.y", Action: planner.Migrate, DaysLate: 3}
	old := plan(map[int][]string{1: {"application.x", "application.y"}, 2: {"application.z"}}, []planner.Breach{late}, nil)
	blk := planner.Blocker{Address: "device.d", Action: planner.Decommission, Reason: "retained application.p"}
	new := plan(map[int][]string{1: {"application.x"}, 2: {"application.y"}, 3: {"application.w"}}, nil, []planner.Blocker{blk})
	got := Plans(old, new)
	if got.OldWaves != 2 || got.NewWaves != 3 || got.OldLowerBound != 2 || got.NewLowerBound != 3 {
		t.Errorf("wave counts: %+v", got)
	}
	want := []ActionChange{
		{Address: "application.w", Change: Added, NewAction: planner.Migrate, NewWave: 3, NewDate: inventory.DateOf(2027, 1, 21)},
		{Address: "application.y", Change: Changed, OldAction: planner.Migrate, NewAction: planner.Migrate, OldWave: 1, NewWave: 2, OldDate: inventory.DateOf(2027, 1, 7), NewDate: inventory.DateOf(2027, 1, 14)},
		{Address: "application.z", Change: Removed, OldAction: planner.Migrate, OldWave: 2, OldDate: inventory.DateOf(2027, 1, 14)},
		// A blocked action is in no wave.
		{Address: "device.d", Change: Added, NewAction: planner.Decommission},
	}
	if !reflect.DeepEqual(got.Actions, want) {
		t.Errorf("Actions:\n got %+v\nwant %+v", got.Actions, want)
	}
	if !reflect.DeepEqual(got.FixedBreaches, []planner.Breach{late}) || len(got.NewBreaches) != 0 {
		t.Errorf("breaches: new %+v fixed %+v", got.NewBreaches, got.FixedBreaches)
	}
	if !reflect.DeepEqual(got.NewBlockers, []planner.Blocker{blk}) || len(got.FixedBlockers) != 0 {
		t.Errorf("blockers: new %+v fixed %+v", got.NewBlockers, got.FixedBlockers)
	}
}

// TestPlansSameWave checks that an action whose wave number is unchanged
// is still reported when its date or its kind changed, and only then.
func TestPlansSameWave(t *testing.T) {
	old := plan(map[int][]string{1: {"application.x", "application.y"}, 2: {"device.d"}}, nil, nil)
	new := plan(map[int][]string{1: {"application.x", "application.y"}, 2: {"device.d"}}, nil, nil)
	new.Waves[0].Date = inventory.DateOf(2027, 2, 1) // wave 1 moved: x and y keep wave 1
	old.Waves[1].Actions[0].Action = planner.Decommission
	new.Waves[1].Date = old.Waves[1].Date // d keeps wave 2 and its date, but migrates
	got := Plans(old, new).Actions
	want := []ActionChange{
		{Address: "application.x", Change: Changed, OldAction: planner.Migrate, NewAction: planner.Migrate, OldWave: 1, NewWave: 1,
			OldDate: inventory.DateOf(2027, 1, 7), NewDate: inventory.DateOf(2027, 2, 1)},
		{Address: "application.y", Change: Changed, OldAction: planner.Migrate, NewAction: planner.Migrate, OldWave: 1, NewWave: 1,
			OldDate: inventory.DateOf(2027, 1, 7), NewDate: inventory.DateOf(2027, 2, 1)},
		{Address: "device.d", Change: Changed, OldAction: planner.Decommission, NewAction: planner.Migrate, OldWave: 2, NewWave: 2,
			OldDate: inventory.DateOf(2027, 1, 14), NewDate: inventory.DateOf(2027, 1, 14)},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Actions:\n got %+v\nwant %+v", got, want)
	}
	if same := Plans(old, old).Actions; len(same) != 0 {
		t.Errorf("a plan compared with itself reports %+v", same)
	}
	var b strings.Builder
	if err := writeLines(&b, NewReport(nil, Plans(old, new)), textStyle); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"  application.x changed: migrate in wave 1 (2027-01-07) -> migrate in wave 1 (2027-02-01)",
		"  device.d changed: decommission in wave 2 (2027-01-14) -> migrate in wave 2 (2027-01-14)",
	} {
		if !strings.Contains(b.String(), line+"\n") {
			t.Errorf("the text report lacks %q:\n%s", line, b.String())
		}
	}
}
