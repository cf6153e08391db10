package estategen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// modelJSON renders a model's assets and settings (Meta excluded by its
// JSON tags) so that two models can be compared.
func modelJSON(t *testing.T, m *inventory.Model) []byte {
	t.Helper()
	b, err := json.MarshalIndent(struct {
		Estate       *inventory.EstateSettings
		Plan         *inventory.PlanSettings
		Tenants      []*inventory.Tenant
		Sites        []*inventory.Site
		Suppliers    []*inventory.Supplier
		Contracts    []*inventory.Contract
		Networks     []*inventory.Network
		Links        []*inventory.Link
		Devices      []*inventory.Device
		Applications []*inventory.Application
		Endpoints    []*inventory.Endpoints
	}{m.Estate, m.Plan, m.Tenants, m.Sites, m.Suppliers, m.Contracts, m.Networks, m.Links, m.Devices, m.Applications, m.Endpoints}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDeterministic(t *testing.T) {
	for seed := range uint64(5) {
		cfg := Random(seed, 50)
		a, b := Generate(cfg), Generate(cfg)
		if !bytes.Equal(modelJSON(t, a.Model), modelJSON(t, b.Model)) {
			t.Fatalf("seed %d: two generations differ", seed)
		}
		fa, fb := a.Files(4), b.Files(4)
		for k, v := range fa {
			if !bytes.Equal(v, fb[k]) {
				t.Fatalf("seed %d: file %s differs", seed, k)
			}
		}
	}
	if bytes.Equal(modelJSON(t, Generate(Random(1, 50)).Model), modelJSON(t, Generate(Random(2, 50)).Model)) {
		t.Fatal("different seeds gave the same estate")
	}
}

func TestProportions(t *testing.T) {
	e := Generate(Realistic(7, 1000))
	m := e.Model
	if len(m.Applications) != 1000 {
		t.Fatalf("got %d applications, want 1000", len(m.Applications))
	}
	if len(m.Devices) < 300 || len(m.Networks) < 8 || len(m.Endpoints) == 0 || len(m.Contracts) < 10 || len(m.Links) == 0 {
		t.Fatalf("unrealistic proportions: %d devices, %d networks, %d endpoints, %d contracts, %d links",
			len(m.Devices), len(m.Networks), len(m.Endpoints), len(m.Contracts), len(m.Links))
	}
	if n := len(e.Files(10)); n != 10 {
		t.Fatalf("Files(10) gave %d files", n)
	}
}

// errorCodes returns the codes of the error diagnostics, sorted and
// de-duplicated.
func errorCodes(ds hcl.Diagnostics) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range ds {
		if d.Severity == hcl.DiagError && !seen[diag.Code(d)] {
			seen[diag.Code(d)] = true
			out = append(out, diag.Code(d))
		}
	}
	sort.Strings(out)
	return out
}

// TestValidAndRoundTrip checks that generated estates are valid by the
// language (no errors but the injected blockers) and that their HCL loads
// back into an equal model.
func TestValidAndRoundTrip(t *testing.T) {
	for seed := range uint64(40) {
		cfg := Random(seed, 5+int(seed*7%200))
		e := Generate(cfg)
		t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) {
			want := []string(nil)
			if cfg.Blockers > 0 {
				want = []string{"retain-on-decommissioned"}
				if cfg.Blockers > 1 {
					want = []string{"retain-on-decommissioned", "retire-with-dependents"}
				}
			}
			if got := errorCodes(inventory.Check(e.Model)); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("Check errors %v, want %v\n%v", got, want, inventory.Check(e.Model).Errs())
			}
			var srcs []inventory.SourceFile
			files := e.Files(3)
			names := make([]string, 0, len(files))
			for k := range files {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, k := range names {
				srcs = append(srcs, inventory.SourceFile{Name: k, Bytes: files[k]})
			}
			loaded, ds := inventory.LoadSources(srcs, inventory.LoadOptions{Today: Start})
			if ds.HasErrors() {
				t.Fatalf("load: %v", ds.Errs())
			}
			if a, b := modelJSON(t, e.Model), modelJSON(t, loaded); !bytes.Equal(a, b) {
				t.Fatalf("loaded model differs from the generated one:\n%s", firstDiff(a, b))
			}
		})
	}
}

// firstDiff shows the lines around the first difference of a and b.
func firstDiff(a, b []byte) string {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			lo := max(0, i-5)
			return fmt.Sprintf("generated:\n%s\nloaded:\n%s", bytes.Join(la[lo:i+1], []byte("\n")), bytes.Join(lb[lo:i+1], []byte("\n")))
		}
	}
	return fmt.Sprintf("lengths %d and %d lines", len(la), len(lb))
}

// UnevenUplinks estates are valid, but only because the split is uneven:
// the even split overfills some switches.
func TestUnevenUplinks(t *testing.T) {
	cfg := Config{Seed: 3, Apps: 2000, Endpoints: true, UnevenUplinks: true}
	m := Generate(cfg).Model
	if got := errorCodes(inventory.Check(m)); len(got) > 0 {
		t.Fatalf("Check errors %v\n%v", got, inventory.Check(m).Errs())
	}
	over, spread := 0, 0
	used := map[string]int{}
	for _, d := range m.Devices {
		if d.Uplink.IsSet() {
			used[d.Uplink.Addr]++
		}
	}
	for _, e := range m.Endpoints {
		if len(e.Uplink) > 1 {
			spread++
		}
		for i, u := range e.Uplink {
			used[u.Addr] += e.Count / len(e.Uplink)
			if i < e.Count%len(e.Uplink) {
				used[u.Addr]++
			}
		}
	}
	for _, d := range m.Devices {
		if d.Ports > 0 && used[d.Address()] > d.Ports {
			over++
		}
	}
	if over < 10 || spread < 50 {
		t.Errorf("%d groups spread over several switches, %d switches the even split overfills; want many of both", spread, over)
	}
}
