package planner

import (
	"sort"

	"github.com/decomhq/decom/inventory"
)

// DefaultWaveDays is the gap between waves when neither the plan block nor
// the options give one.
const DefaultWaveDays = 14

// resolveSettings applies the defaults and then the plan block and then the
// options: start = estate.as_of (1970-01-01 when the model has none),
// wave_days = 14, every limit unlimited (0), soak_waves = 0. Nonsense values
// (a wave_days below 1, negative limits) fall back to the default.
func resolveSettings(m *inventory.Model, o Options) Settings {
	s := Settings{WaveDays: DefaultWaveDays}
	if m.Estate != nil && !m.Estate.AsOf.IsZero() {
		s.Start = m.Estate.AsOf
	}
	if p := m.Plan; p != nil {
		if !p.Start.IsZero() {
			s.Start = p.Start
		}
		if p.WaveDays > 0 {
			s.WaveDays = p.WaveDays
		}
		s.MaxChanges = p.MaxChanges
		s.MaxEffortDays = p.MaxEffortDays
		s.MaxCritical = p.MaxCritical
		s.SoakWaves = p.SoakWaves
	}
	if o.Start != nil && !o.Start.IsZero() {
		s.Start = *o.Start
	}
	if o.WaveDays != nil && *o.WaveDays > 0 {
		s.WaveDays = *o.WaveDays
	}
	if o.MaxChanges != nil {
		s.MaxChanges = *o.MaxChanges
	}
	if o.MaxEffortDays != nil {
		s.MaxEffortDays = *o.MaxEffortDays
	}
	if o.MaxCritical != nil {
		s.MaxCritical = *o.MaxCritical
	}
	if o.SoakWaves != nil {
		s.SoakWaves = *o.SoakWaves
	}
	if s.Start.IsZero() {
		s.Start = inventory.DateOf(1970, 1, 1)
	}
	s.MaxChanges = max(s.MaxChanges, 0)
	s.MaxEffortDays = max(s.MaxEffortDays, 0)
	s.MaxCritical = max(s.MaxCritical, 0)
	s.SoakWaves = max(s.SoakWaves, 0)
	return s
}

// freezeWin is one freeze window, both ends included.
type freezeWin struct {
	addr     string
	from, to inventory.Date
}

// calendar gives the date of every wave. Wave 1 is on the start, or on
// the first day after it that no freeze covers. Later waves fall on the
// agreed cadence, the slots start + j*wave_days: wave k+1 on the first
// slot at least wave_days after wave k that no freeze covers. After a
// freeze the plan picks the cadence up again, so waves keep their
// weekday. It grows on demand.
type calendar struct {
	start   inventory.Date
	gap     int
	freezes []freezeWin
	dates   []inventory.Date
	movedBy []string // freeze that pushed each wave's date, or ""
}

// pin makes the first waves fall on dates (sorted, outside every freeze):
// the committed waves of a baseline. Later waves follow the cadence from
// the last of them. It must be called before any date is asked for.
func (c *calendar) pin(dates []inventory.Date) {
	c.dates = append(c.dates[:0], dates...)
	c.movedBy = make([]string, len(dates))
}

// freezeOn names the freeze that covers d, or "".
func (c *calendar) freezeOn(d inventory.Date) string {
	for _, f := range c.freezes {
		if f.from <= d && d <= f.to {
			return f.addr
		}
	}
	return ""
}

func newCalendar(m *inventory.Model, s Settings) *calendar {
	c := &calendar{start: s.Start, gap: s.WaveDays}
	if m.Plan != nil {
		for _, f := range m.Plan.Freezes {
			if f == nil || f.From.IsZero() || f.To.IsZero() || f.To < f.From {
				continue
			}
			c.freezes = append(c.freezes, freezeWin{addr: freezeAddr(f), from: f.From, to: f.To})
		}
	}
	sort.Slice(c.freezes, func(i, j int) bool {
		if c.freezes[i].from != c.freezes[j].from {
			return c.freezes[i].from < c.freezes[j].from
		}
		return c.freezes[i].addr < c.freezes[j].addr
	})
	return c
}

func freezeAddr(f *inventory.Freeze) string {
	if f.Label == "" {
		return "freeze"
	}
	return "freeze." + f.Label
}

// firstFree returns the first day on or after d that no freeze covers,
// and the last freeze that pushed it ("" when d itself was free).
func (c *calendar) firstFree(d inventory.Date) (inventory.Date, string) {
	by := ""
	for moved := true; moved; {
		moved = false
		for _, f := range c.freezes {
			if f.from <= d && d <= f.to {
				d, by, moved = f.to+1, f.addr, true
			}
		}
	}
	return d, by
}

// slot returns the first cadence slot on or after d that no freeze
// covers, and the freeze that pushed it there: of those covering a day
// between the first slot on or after d and the slot taken, the one that
// ends last ("" when the first slot was free).
func (c *calendar) slot(d inventory.Date) (inventory.Date, string) {
	first := c.onCadence(d)
	d = first
	for moved := true; moved; {
		moved = false
		for _, f := range c.freezes {
			if f.from <= d && d <= f.to {
				d, moved = c.onCadence(f.to+1), true
			}
		}
	}
	by, end := "", inventory.Date(0)
	for _, f := range c.freezes {
		if f.from < d && f.to >= first && (by == "" || f.to >= end) {
			by, end = f.addr, f.to
		}
	}
	return d, by
}

// onCadence returns the first cadence slot (start + j*gap) on or after d.
func (c *calendar) onCadence(d inventory.Date) inventory.Date {
	if d <= c.start {
		return c.start
	}
	j := (int(d-c.start) + c.gap - 1) / c.gap
	return c.start.AddDays(j * c.gap)
}

// Day is the date of wave k (0-based) as a day number: the calendar is
// the scheduler's (schedule.Calendar).
func (c *calendar) Day(k int) int { return int(c.date(k)) }

// date returns the date of wave k (0-based).
func (c *calendar) date(k int) inventory.Date {
	for len(c.dates) <= k {
		var d inventory.Date
		var by string
		if n := len(c.dates); n > 0 {
			d, by = c.slot(c.dates[n-1].AddDays(c.gap))
		} else {
			d, by = c.firstFree(c.start)
		}
		c.dates = append(c.dates, d)
		c.movedBy = append(c.movedBy, by)
	}
	return c.dates[k]
}

// firstWaveFrom returns the first wave (0-based) dated on or after d, or
// -1 when no wave up to limit is.
func (c *calendar) firstWaveFrom(d inventory.Date, limit int) int {
	if c.date(0) >= d {
		return 0
	}
	// Grow until a wave reaches d or the limit is passed.
	for k := len(c.dates) - 1; c.dates[k] < d; k = len(c.dates) - 1 {
		if k >= limit {
			return -1
		}
		c.date(k + 1)
	}
	k := sort.Search(len(c.dates), func(i int) bool { return c.dates[i] >= d })
	if k > limit {
		return -1
	}
	return k
}

// lastWaveBy returns the last wave (0-based) whose date is on or before d,
// -1 when even wave 1 is later, or limit when every wave up to limit is.
func (c *calendar) lastWaveBy(d inventory.Date, limit int) int {
	if c.date(0) > d {
		return -1
	}
	// Grow until a wave passes d or the limit is reached.
	for k := len(c.dates) - 1; c.dates[k] <= d; k = len(c.dates) - 1 {
		if k >= limit {
			return limit
		}
		c.date(k + 1)
	}
	return sort.Search(len(c.dates), func(i int) bool { return c.dates[i] > d }) - 1
}
