package main

import (
	"fmt"
	"math"
	"strconv"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/spf13/pflag"
)

// The what-if overrides of `decom plan` are pflag values that store a
// pointer only when the flag is given, so an absent flag leaves nil in
// planner.Options and the inventory's own setting stands. Set rejects bad
// values with a message saying what is expected; cobra prefixes it with
// the flag's name and the command exits 2.

// intFlag is a whole-number override of at least min.
type intFlag struct {
	p    **int
	min  int
	what string // e.g. "a whole number of days, 1 or more"
	typ  string // shown in help, e.g. "DAYS"
}

func (f *intFlag) Set(s string) error {
	v, err := strconv.Atoi(s)
	if err != nil || v < f.min {
		return fmt.Errorf("want %s", f.what)
	}
	*f.p = &v
	return nil
}

func (f *intFlag) String() string {
	if f.p == nil || *f.p == nil {
		return ""
	}
	return strconv.Itoa(**f.p)
}

func (f *intFlag) Type() string { return f.typ }

// floatFlag is a non-negative, finite number override.
type floatFlag struct {
	p    **float64
	what string
	typ  string
}

func (f *floatFlag) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return fmt.Errorf("want %s", f.what)
	}
	*f.p = &v
	return nil
}

func (f *floatFlag) String() string {
	if f.p == nil || *f.p == nil {
		return ""
	}
	return strconv.FormatFloat(**f.p, 'f', -1, 64)
}

func (f *floatFlag) Type() string { return f.typ }

// dateFlag is a YYYY-MM-DD date override.
type dateFlag struct{ p **inventory.Date }

func (f *dateFlag) Set(s string) error {
	d, err := inventory.ParseDate(s)
	if err != nil {
		return err
	}
	*f.p = &d
	return nil
}

func (f *dateFlag) String() string {
	if f.p == nil || *f.p == nil {
		return ""
	}
	return (**f.p).String()
}

func (f *dateFlag) Type() string { return "YYYY-MM-DD" }

// planOverrideFlags adds the what-if overrides to a command's flags: plan,
// graph, why and impact all plan the inventory and take the same ones.
func planOverrideFlags(f *pflag.FlagSet, over *planner.Options) {
	f.Var(&dateFlag{&over.Start}, "start", "date of wave 1, overriding plan.start")
	f.Var(&intFlag{&over.WaveDays, 1, "a whole number of days, 1 or more", "DAYS"}, "wave-days",
		"days between waves, overriding plan.wave_days")
	f.Var(&intFlag{&over.MaxChanges, 0, "a whole number, 0 (no limit) or more", "N"}, "max-changes",
		"actions per wave, 0 for no limit, overriding plan.max_changes")
	f.Var(&floatFlag{&over.MaxEffortDays, "a number of days, 0 (no limit) or more", "DAYS"}, "max-effort",
		"effort days per wave, 0 for no limit, overriding plan.max_effort_days")
	f.Var(&intFlag{&over.MaxCritical, 0, "a whole number, 0 (no limit) or more", "N"}, "max-critical",
		"critical cutovers per wave, 0 for no limit, overriding plan.max_critical")
	f.Var(&intFlag{&over.SoakWaves, 0, "a whole number of waves, 0 or more", "WAVES"}, "soak",
		"full waves between a cutover and decommissioning what it left, overriding plan.soak_waves")
}
