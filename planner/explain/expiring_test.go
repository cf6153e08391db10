package explain

import (
	"bytes"
	"testing"
	"time"

	"github.com/decomhq/decom/internal/estatefixture"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/render/formats"
)

// TestExpiringGolden lists the ends of the fixture estate in every
// format: a contract covering a network and the network's own support
// (blocked), a switch's support (late), a warranty on a retained server
// (no action), an application's support (in time), a done device's
// warranty and an end past the window that is left out.
func TestExpiringGolden(t *testing.T) {
	m := estatefixture.Estate()
	day := estatefixture.Day
	device := func(addr string) *inventory.Device { return m.Lookup(addr).(*inventory.Device) }
	device("device.psn_esx").WarrantyEnds = day(2, 28) // retained: no action
	device("device.esx01").WarrantyEnds = day(12, 31)  // past the window
	m.Devices = append(m.Devices, &inventory.Device{Meta: inventory.Meta{Type: "device", Label: "old_pbx"},
		Network: inventory.Ref{Addr: "network.kcom"}, WarrantyEnds: day(1, 1), Status: inventory.StatusDone})
	m.Reindex()
	m.Lookup("application.db").(*inventory.Application).SupportEnds = day(1, 10) // wave 1 on 01-07: in time
	e := New(m, estatefixture.Plan()).Expiring(WindowWithin(day(1, 1), Span{N: 3, Unit: 'm'}))
	for _, f := range ExpiringFormats {
		var b bytes.Buffer
		if err := f.Write(&b, e); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "expiring."+f.Name, b.Bytes())
	}
	want := map[string]string{
		"application.db support_ends":        ExpiryInTime,
		"device.core_sw support_ends":        ExpiryLate,
		"device.psn_esx warranty_ends":       ExpiryNoAction,
		"device.old_pbx warranty_ends":       ExpiryDone,
		"network.kcom support_ends":          ExpiryBlocked,
		"network.kcom contract.kcom_support": ExpiryBlocked,
	}
	got := map[string]string{}
	for _, x := range e.Items {
		got[x.Address+" "+x.Source] = x.Status
	}
	if len(got) != len(want) {
		t.Errorf("items %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: status %q, want %q", k, got[k], v)
		}
	}
	if e.NotHandled != 4 {
		t.Errorf("NotHandled = %d, want 4", e.NotHandled)
	}
}

// TestExpiringEmpty checks that a window with nothing in it still lists
// items as an empty array.
func TestExpiringEmpty(t *testing.T) {
	e := New(estatefixture.Estate(), estatefixture.Plan()).Expiring(WindowBefore(estatefixture.Day(1, 1), estatefixture.Day(1, 1)))
	var b bytes.Buffer
	if err := formats.JSON(&b, e); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"items": [],`)) || e.Until != estatefixture.Day(12, 31).AddDays(-365) {
		t.Errorf("empty window:\n%s", b.String())
	}
}

func TestParseSpan(t *testing.T) {
	for s, want := range map[string]Span{"6m": {6, 'm'}, "90d": {90, 'd'}, "12W": {12, 'w'}, "1y": {1, 'y'}, "0d": {0, 'd'}, "99999y": {99999, 'y'},
		"6months": {6, 'm'}, "6 Months": {6, 'm'}, "6mo": {6, 'm'}, "2weeks": {2, 'w'}, "1 year": {1, 'y'}, "30 days": {30, 'd'}} {
		got, err := ParseSpan(s)
		if err != nil || got != want {
			t.Errorf("ParseSpan(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "m", "6", "6x", "-1m", "+1m", "1.5y", " 6m", "6  m", "6ms", "6 minutes", "6m ", "100000d", "99999999999999999999m"} {
		if _, err := ParseSpan(s); err == nil {
			t.Errorf("ParseSpan(%q) gave no error", s)
		}
	}
}

func TestSpanAfter(t *testing.T) {
	d := func(y int, m time.Month, day int) inventory.Date { return inventory.DateOf(y, m, day) }
	for _, c := range []struct {
		span     Span
		from, to inventory.Date
	}{
		{Span{6, 'm'}, d(2026, 7, 1), d(2027, 1, 1)},
		{Span{6, 'm'}, d(2026, 8, 31), d(2027, 2, 28)},
		{Span{1, 'm'}, d(2028, 1, 31), d(2028, 2, 29)},
		{Span{12, 'm'}, d(2026, 12, 15), d(2027, 12, 15)},
		{Span{1, 'y'}, d(2028, 2, 29), d(2029, 2, 28)},
		{Span{90, 'd'}, d(2026, 7, 1), d(2026, 9, 29)},
		{Span{2, 'w'}, d(2026, 7, 1), d(2026, 7, 15)},
		{Span{0, 'd'}, d(2026, 7, 1), d(2026, 7, 1)},
		{Span{99999, 'y'}, d(2026, 7, 1), inventory.MaxDate},
		{Span{99999, 'w'}, d(9000, 7, 1), inventory.MaxDate},
	} {
		if got := c.span.After(c.from); got != c.to {
			t.Errorf("%v after %s = %s, want %s", c.span, c.from, got, c.to)
		}
	}
}
