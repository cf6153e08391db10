package inventory

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/language"
)

// TestLanguageDocsCoverSchema checks docs/language.md has a section for
// every block of the schema, with a table row for each of its attributes
// and no row for an attribute the schema lacks.
func TestLanguageDocsCoverSchema(t *testing.T) {
	b, err := os.ReadFile("../docs/language.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	blocks := append(append([]*language.Block{}, language.Blocks...), language.Freeze)
	for _, blk := range blocks {
		head := "### `" + blk.Type + "` block"
		i := strings.Index(doc, head)
		if i < 0 {
			t.Errorf("no section %q", head)
			continue
		}
		section := doc[i+len(head):]
		if j := strings.Index(section, "\n#"); j >= 0 {
			section = section[:j]
		}
		rows := 0
		for _, line := range strings.Split(section, "\n") {
			if strings.HasPrefix(line, "| `") {
				rows++
			}
		}
		if rows != len(blk.Attributes) {
			t.Errorf("%s: %d attribute rows, schema has %d", head, rows, len(blk.Attributes))
		}
		for _, a := range blk.Attributes {
			if !strings.Contains(section, "| `"+a.Name+"` |") {
				t.Errorf("%s: no row for %s", head, a.Name)
			}
			for _, v := range a.Enum {
				if !strings.Contains(section, "`"+v+"`") {
					t.Errorf("%s: %s value %q not documented", head, a.Name, v)
				}
			}
		}
	}
}

// TestLanguageEnumsMatchModel checks the schema's enum lists hold exactly
// the model's constants.
func TestLanguageEnumsMatchModel(t *testing.T) {
	str := func(vs ...any) []string {
		out := make([]string, len(vs))
		for i, v := range vs {
			out[i] = fmt.Sprint(v)
		}
		return out
	}
	cases := []struct {
		name       string
		got, model []string
	}{
		{"roles", language.Roles, str(RoleLegacy, RoleTransition, RoleTarget)},
		{"kinds", language.DeviceKinds, str(KindSwitch, KindRouter, KindFirewall, KindServer, KindStorage, KindTelephony, KindOther)},
		{"device dispositions", language.DeviceDispositions, str(DispDecommission, DispMigrate, DispRetain)},
		{"application dispositions", language.AppDispositions, str(DispRehost, DispRelocate, DispReplatform, DispRefactor, DispRepurchase, DispRetire, DispRetain)},
		{"endpoint dispositions", language.EndpointDispositions, str(DispMigrate, DispRetire)},
		{"criticalities", language.Criticalities, str(CritCritical, CritHigh, CritMedium, CritLow)},
		{"statuses", language.Statuses, str(StatusPlanned, StatusInProgress, StatusDone)},
	}
	for _, c := range cases {
		if strings.Join(c.got, ",") != strings.Join(c.model, ",") {
			t.Errorf("%s: schema %v, model %v", c.name, c.got, c.model)
		}
	}
	types := []string{TypeEstate, TypeTenant, TypeSite, TypeSupplier, TypeContract, TypeNetwork, TypeLink, TypeDevice, TypeApplication, TypeEndpoints, TypePlan}
	if got := strings.Join(language.BlockTypes(), ","); got != strings.Join(types, ",") {
		t.Errorf("block types %s, model %v", got, types)
	}
}
