// Package estategen generates random estates, deterministic by seed and
// valid by the inventory language (SPEC section 1), for property tests,
// fuzzing, quality and performance benchmarks.
//
// Generate builds the *inventory.Model directly, with every default
// resolved as the loader would; Estate.Files renders the same estate as HCL
// text split across files, for loader and end-to-end benchmarks.
package estategen

import (
	"math/rand/v2"
)

// Config says what estate to generate. The zero value of each option turns
// it off; Apps is the only required field.
type Config struct {
	Seed uint64
	// Apps is the number of applications; networks, sites, devices,
	// endpoint groups, contracts and tenants follow in proportion.
	Apps int
	// DepDensity is the mean number of depends_on entries per application.
	DepDensity float64
	// Cycles is the probability that an application also depends on a
	// nearby later one, closing dependency cycles.
	Cycles float64
	// Links is the probability that a legacy network is linked to each of
	// up to three networks that stay (transition and target).
	Links float64
	// Transition adds transition networks (targets that stay) when set.
	Transition bool
	// Retire and Repurchase are the fractions of legacy applications with
	// those dispositions; the rest move (rehost, relocate, ...).
	Retire, Repurchase float64
	// Contracts is the number of contracts per 100 applications (at least
	// one when positive); each covers a few networks, devices and
	// applications and ends within 150 days of the plan start.
	Contracts float64
	// SupportEnds is the probability that a network, device or application
	// has its own support_ends date within 150 days of the plan start.
	SupportEnds float64
	// Freezes is the number of freeze windows in the plan block.
	Freezes int
	// Done and InProgress are the fractions of acting assets with that
	// status.
	Done, InProgress float64
	// DeviceMigrate is the fraction of legacy servers migrated to a target
	// network rather than decommissioned.
	DeviceMigrate float64
	// Endpoints adds end-user endpoint groups on access switches.
	Endpoints bool
	// UnevenUplinks, with Endpoints, adds groups patched across two or
	// three neighbouring access switches and sizes every switch's ports to
	// an uneven split of them, so that the split has real work to do: the
	// even split overfills some switches, but a split fits.
	UnevenUplinks bool
	// Capacity sets max_changes, max_effort_days and max_critical.
	Capacity bool
	// Soak is the plan's soak_waves.
	Soak int
	// Blockers is the number of injected blockers (SPEC rule 8): a retained
	// application on a decommissioned server, or a retired application with
	// a live dependent.
	Blockers int
	// NotBefore is the probability that an asset which acts has a
	// not_before within 120 days of the plan start.
	NotBefore float64
	// KitEffort is the probability that a device, link or network has
	// effort_days (1 to 3) of its own.
	KitEffort float64
}

// Realistic returns a configuration with every feature on in realistic
// proportions, for benchmarks.
func Realistic(seed uint64, apps int) Config {
	return Config{Seed: seed, Apps: apps, DepDensity: 1.5, Cycles: 0.03, Links: 0.3, Transition: true,
		Retire: 0.15, Repurchase: 0.1, Contracts: 2, SupportEnds: 0.2, Freezes: 2, Done: 0.05,
		InProgress: 0.05, DeviceMigrate: 0.05, Endpoints: true, Capacity: true, Soak: 1}
}

// Random derives a varied configuration from seed, with apps applications:
// each option on or off and its strength drawn at random. Property tests
// and the fuzz target use it to cover the option space.
func Random(seed uint64, apps int) Config {
	r := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
	pick := func(p, v float64) float64 {
		if r.Float64() < p {
			return v * r.Float64()
		}
		return 0
	}
	c := Config{Seed: seed, Apps: apps,
		DepDensity:    pick(0.9, 3),
		Cycles:        pick(0.4, 0.3),
		Links:         pick(0.5, 1),
		Transition:    r.IntN(2) == 0,
		Retire:        pick(0.7, 0.4),
		Repurchase:    pick(0.6, 0.3),
		Contracts:     pick(0.7, 10),
		SupportEnds:   pick(0.6, 0.5),
		Freezes:       r.IntN(4),
		Done:          pick(0.4, 0.3),
		InProgress:    pick(0.3, 0.3),
		DeviceMigrate: pick(0.4, 0.3),
		Endpoints:     r.IntN(2) == 0,
		Capacity:      r.IntN(3) > 0,
		Soak:          r.IntN(3),
	}
	if r.IntN(4) == 0 {
		c.Blockers = 1 + r.IntN(3)
	}
	c.NotBefore = pick(0.4, 0.3)
	c.KitEffort = pick(0.4, 0.5)
	return c
}
