package explain

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// Statuses of an Expiry: what the plan does about the asset by the date.
const (
	// ExpiryInTime: the asset's action is in a wave dated on or before
	// the date.
	ExpiryInTime = "in-time"
	// ExpiryLate: the asset's action is in a wave dated after the date.
	ExpiryLate = "late"
	// ExpiryBlocked: the asset's action can never be planned.
	ExpiryBlocked = "blocked"
	// ExpiryDone: the asset has already taken its action (status = done).
	ExpiryDone = "done"
	// ExpiryNoAction: the plan takes no action on the asset (it is
	// retained, or its network is not being decommissioned).
	ExpiryNoAction = "no-action"
)

// Span is a length of time counted from a date, as `decom expiring
// --within` takes it: a whole number of days, weeks, months or years.
// The zero Span is zero days.
type Span struct {
	N    int
	Unit byte // 'd', 'w', 'm' or 'y'
}

// maxSpan is the largest N ParseSpan accepts, whatever the unit: any
// window that long reaches past the last date decom plans on.
const maxSpan = 99999

// spanUnits are the unit words ParseSpan takes, by the unit they mean.
var spanUnits = map[string]byte{
	"d": 'd', "day": 'd', "days": 'd',
	"w": 'w', "wk": 'w', "wks": 'w', "week": 'w', "weeks": 'w',
	"m": 'm', "mo": 'm', "mon": 'm', "month": 'm', "months": 'm',
	"y": 'y', "yr": 'y', "yrs": 'y', "year": 'y', "years": 'y',
}

// ParseSpan reads a span written as a whole number and a unit: "90d"
// (days), "12w" (weeks), "6m" (months) or "1y" (years). The unit may be
// spelt out ("6months", "1 year") and in any case; String gives the short
// form.
func ParseSpan(s string) (Span, error) {
	bad := fmt.Errorf("%q is not a length of time; want a whole number and a unit, such as 6m (months), 90d (days), 12w (weeks) or 1y (years)", s)
	digits := s[:len(s)-len(strings.TrimLeft(s, "0123456789"))]
	unit, ok := spanUnits[strings.ToLower(strings.TrimPrefix(s[len(digits):], " "))]
	if digits == "" || !ok {
		return Span{}, bad
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n > maxSpan {
		return Span{}, fmt.Errorf("%q is too long a time; the most is %d of a unit", s, maxSpan)
	}
	return Span{N: n, Unit: unit}, nil
}

// String writes the span as ParseSpan reads it.
func (s Span) String() string {
	if s.Unit == 0 {
		return "0d"
	}
	return strconv.Itoa(s.N) + string(s.Unit)
}

// Words says the span in words: "6 months", "1 year".
func (s Span) Words() string {
	switch s.Unit {
	case 'w':
		return english.Plural(s.N, "week", "weeks")
	case 'm':
		return english.Plural(s.N, "month", "months")
	case 'y':
		return english.Plural(s.N, "year", "years")
	}
	return english.Plural(s.N, "day", "days")
}

// After returns the date the span after d: months and years are calendar
// months, and a day past the end of the month it lands in is that
// month's last day (2026-08-31 plus 6 months is 2027-02-28). It never
// passes inventory.MaxDate.
func (s Span) After(d inventory.Date) inventory.Date {
	switch s.Unit {
	case 'w':
		return min(d.AddDays(7*s.N), inventory.MaxDate)
	case 'm', 'y':
		months := s.N
		if s.Unit == 'y' {
			months *= 12
		}
		t := d.Time()
		total := t.Year()*12 + int(t.Month()) - 1 + months
		year, month := total/12, time.Month(total%12+1)
		if year > 9999 {
			return inventory.MaxDate
		}
		last := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return inventory.DateOf(year, month, min(t.Day(), last))
	}
	return min(d.AddDays(s.N), inventory.MaxDate)
}

// Window is the span of `decom expiring`: every end on or before Until,
// those already past at AsOf included.
type Window struct {
	AsOf inventory.Date `json:"as_of"`
	// Until is the last day in the window.
	Until inventory.Date `json:"until"`
	// Within is the span from AsOf that set Until ("6m"); empty when
	// Until was given as a date (--before).
	Within string `json:"within,omitempty"`
	words  string // Within in words: "6 months"
}

// WindowWithin is the window of everything that ends within span of
// asOf.
func WindowWithin(asOf inventory.Date, span Span) Window {
	return Window{AsOf: asOf, Until: span.After(asOf), Within: span.String(), words: span.Words()}
}

// WindowBefore is the window of everything that ends before the day
// before.
func WindowBefore(asOf, before inventory.Date) Window {
	return Window{AsOf: asOf, Until: before.AddDays(-1)}
}

// Expiring lists every support, warranty and contract end in a window,
// soonest first, with what the plan does about each by its date.
type Expiring struct {
	Window
	Items []Expiry `json:"items"`
	// NotHandled counts the items that are not handled in time.
	NotHandled int `json:"not_handled"`
}

// Expiry is one date on which an asset's support, warranty or contract
// cover ends.
type Expiry struct {
	// Address is the asset whose support, warranty or cover ends: the
	// network, device or application, or what a contract covers.
	Address string         `json:"address"`
	Name    string         `json:"name,omitempty"` // the asset's display name
	Type    string         `json:"type"`
	Date    inventory.Date `json:"date"`
	// Source is what ends: the asset's attribute (support_ends,
	// warranty_ends), or the address of the contract whose end takes its
	// cover away. Written is where the date is written (for a contract,
	// its ends).
	Source  string          `json:"source"`
	Written *planner.Source `json:"written"`
	// DaysLeft is the days from the window's as_of to Date: negative
	// when the date is already past.
	DaysLeft int `json:"days_left"`
	// Dependents is what runs on the asset: for a device, the
	// applications hosted on it and what is uplinked to it (devices,
	// endpoint groups); for a network, every asset on it; for an
	// application, the applications that depend on it.
	Dependents []string `json:"dependents"`
	// Status says what the plan does about the asset by Date (the
	// Expiry* constants); Handled is true for in-time and done.
	Status  string `json:"status"`
	Handled bool   `json:"handled"`
	// Action, Wave and WaveDate are the asset's action and its wave, for
	// in-time and late (Action also for blocked). DaysLate is WaveDate
	// minus Date, for late.
	Action   string         `json:"action,omitempty"`
	Wave     int            `json:"wave,omitempty"`
	WaveDate inventory.Date `json:"wave_date,omitzero"`
	DaysLate int            `json:"days_late,omitempty"`
	// Reason says why the action is blocked, or why the asset takes no
	// action.
	Reason string `json:"reason,omitempty"`
}

// Expiring lists every end in w: each network's, device's and
// application's support_ends, each device's warranty_ends, and each
// contract's ends once for every asset it covers (a contract that covers
// nothing ends nothing in the estate; validate warns of it). It runs in
// time linear in the size of the estate, plus a sort of what it finds.
func (ix *Index) Expiring(w Window) *Expiring {
	e := &Expiring{Window: w, Items: []Expiry{}}
	add := func(id int32, date inventory.Date, source string, written *planner.Source) {
		if date.IsZero() || date > w.Until {
			return
		}
		x := ix.expiry(w, id, date)
		x.Source, x.Written = source, written
		e.Items = append(e.Items, x)
	}
	for id := range int32(ix.rel.Len()) {
		switch a := ix.rel.Asset(id).(type) {
		case *inventory.Network:
			add(id, a.SupportEnds, "support_ends", planner.SourceAt(a, "support_ends"))
		case *inventory.Device:
			add(id, a.SupportEnds, "support_ends", planner.SourceAt(a, "support_ends"))
			add(id, a.WarrantyEnds, "warranty_ends", planner.SourceAt(a, "warranty_ends"))
		case *inventory.Application:
			add(id, a.SupportEnds, "support_ends", planner.SourceAt(a, "support_ends"))
		case *inventory.Contract:
			if a.Ends.IsZero() || a.Ends > w.Until {
				continue
			}
			src := planner.SourceAt(a, "ends")
			for _, c := range ix.rel.Covers(id) {
				add(c, a.Ends, a.Address(), src)
			}
		}
	}
	sort.SliceStable(e.Items, func(i, j int) bool {
		a, b := &e.Items[i], &e.Items[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Address != b.Address {
			return a.Address < b.Address
		}
		return a.Source < b.Source
	})
	for _, x := range e.Items {
		if !x.Handled {
			e.NotHandled++
		}
	}
	return e
}

// expiry is the Expiry of asset id on date in window w, without its
// source: what runs on it and what the plan does about it by then.
func (ix *Index) expiry(w Window, id int32, date inventory.Date) Expiry {
	asset := ix.rel.Asset(id)
	addr := ix.rel.Addr(id)
	x := Expiry{Address: addr, Name: ix.m.NameOf(addr), Type: asset.AssetMeta().Type, Date: date,
		DaysLeft: int(date - w.AsOf), Dependents: ix.rel.Addrs(ix.runsOn(id))}
	if a, wave := ix.plan.Action(addr); a != nil {
		x.Action, x.Wave, x.WaveDate = string(a.Action), wave.Number, wave.Date
		x.Status, x.Handled = ExpiryInTime, wave.Date <= date
		if !x.Handled {
			x.Status, x.DaysLate = ExpiryLate, int(wave.Date-date)
		}
		return x
	}
	if bl := ix.plan.Blocker(addr); bl != nil && bl.Action != "" {
		x.Status, x.Action, x.Reason = ExpiryBlocked, string(bl.Action), bl.Reason
		return x
	}
	x.Status, x.Reason = ExpiryNoAction, noActionReason(ix.m, asset)
	if inventory.Done(asset) {
		x.Status, x.Handled = ExpiryDone, true
	}
	return x
}

// runsOn lists, in address order, what runs on asset id: what is hosted
// on and uplinked to a device, every asset on a network, the dependents
// of an application.
func (ix *Index) runsOn(id int32) []int32 {
	switch ix.rel.Asset(id).(type) {
	case *inventory.Device:
		hosted, uplinked := ix.rel.Hosted(id), ix.rel.Uplinked(id)
		if len(uplinked) == 0 {
			return hosted
		}
		out := slices.Concat(hosted, uplinked)
		slices.Sort(out)
		return slices.Compact(out)
	case *inventory.Network:
		return ix.rel.OnNetwork(id)
	case *inventory.Application:
		return ix.rel.Dependents(id)
	}
	return nil
}
