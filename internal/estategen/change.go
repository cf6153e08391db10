package estategen

import (
	"fmt"
	"math/rand/v2"

	"github.com/decomhq/decom/inventory"
)

// Change makes one random change to a generated estate's model, of the
// kind a programme meets between two plans, and says what it did: a
// contract or support end brought forward 30 to 120 days, an application
// added (a copy of one that moves, beside it), an application removed
// (one nothing refers to), an application's effort raised, or a
// not_before put on an application. It returns "" when the estate has
// nothing the drawn change could apply to. The model is reindexed.
func Change(m *inventory.Model, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return ChangeOf(m, seed, Kind(r.IntN(5)))
}

// Kind names the changes Change draws from, 0 to 4.
type Kind int

// The kinds of change.
const (
	EndForward Kind = iota // a contract (or device support) end 30 to 120 days earlier
	AppAdded               // an application added beside one that moves
	AppRemoved             // an application nothing refers to removed
	MoreEffort             // an application's effort_days raised
	NotBefore              // a not_before on an application
)

// ChangeOf makes one change of kind k (see Change), drawn with seed.
func ChangeOf(m *inventory.Model, seed uint64, k Kind) string {
	r := rand.New(rand.NewPCG(seed, seed^0x2545f4914f6cdd1d))
	defer m.Reindex()
	moving := []*inventory.Application{}
	for _, a := range m.Applications {
		switch a.Disposition {
		case inventory.DispRehost, inventory.DispRelocate, inventory.DispReplatform, inventory.DispRefactor:
			if a.Status != inventory.StatusDone {
				moving = append(moving, a)
			}
		}
	}
	switch k {
	case EndForward:
		var dated []*inventory.Contract
		for _, c := range m.Contracts {
			if !c.Ends.IsZero() {
				dated = append(dated, c)
			}
		}
		if len(dated) > 0 {
			c := dated[r.IntN(len(dated))]
			old := c.Ends
			c.Ends = old.AddDays(-(30 + r.IntN(91)))
			return fmt.Sprintf("%s ends %s, was %s", c.Address(), c.Ends, old)
		}
		var dev []*inventory.Device
		for _, d := range m.Devices {
			if !d.SupportEnds.IsZero() {
				dev = append(dev, d)
			}
		}
		if len(dev) == 0 {
			return ""
		}
		d := dev[r.IntN(len(dev))]
		old := d.SupportEnds
		d.SupportEnds = old.AddDays(-(30 + r.IntN(91)))
		return fmt.Sprintf("%s support ends %s, was %s", d.Address(), d.SupportEnds, old)
	case AppAdded:
		if len(moving) == 0 {
			return ""
		}
		src := moving[r.IntN(len(moving))]
		a := *src
		a.Meta = inventory.Meta{Type: inventory.TypeApplication, Label: fmt.Sprintf("%s_new", src.Label)}
		a.Name = src.Name + " (new)"
		a.DependsOn = append([]inventory.Ref{}, src.DependsOn...)
		a.NotBefore, a.Status = 0, inventory.StatusPlanned
		if m.Lookup(a.Address()) != nil {
			return ""
		}
		m.Applications = append(m.Applications, &a)
		return fmt.Sprintf("%s added beside %s", a.Address(), src.Address())
	case AppRemoved:
		used := map[string]bool{}
		for _, a := range m.Applications {
			for _, d := range a.DependsOn {
				used[d.Addr] = true
			}
			used[a.ReplacedBy.Addr] = true
		}
		for _, c := range m.Contracts {
			for _, cv := range c.Covers {
				used[cv.Addr] = true
			}
		}
		var free []int
		for i, a := range m.Applications {
			if !used[a.Address()] {
				free = append(free, i)
			}
		}
		if len(free) == 0 {
			return ""
		}
		i := free[r.IntN(len(free))]
		gone := m.Applications[i].Address()
		m.Applications = append(m.Applications[:i:i], m.Applications[i+1:]...)
		return gone + " removed"
	case MoreEffort:
		if len(moving) == 0 {
			return ""
		}
		a := moving[r.IntN(len(moving))]
		old := a.EffortDays
		a.EffortDays = old + float64(1+r.IntN(3))
		if m.Plan != nil && m.Plan.MaxEffortDays > 0 {
			a.EffortDays = min(a.EffortDays, m.Plan.MaxEffortDays)
		}
		return fmt.Sprintf("%s effort_days %g, was %g", a.Address(), a.EffortDays, old)
	default:
		if len(moving) == 0 {
			return ""
		}
		a := moving[r.IntN(len(moving))]
		start := Start
		if m.Plan != nil && !m.Plan.Start.IsZero() {
			start = m.Plan.Start
		}
		a.NotBefore = start.AddDays(14 + r.IntN(120))
		return fmt.Sprintf("%s not_before %s", a.Address(), a.NotBefore)
	}
}
