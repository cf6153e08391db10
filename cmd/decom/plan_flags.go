package main

import (
	"fmt"
	"strconv"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/language"
	"github.com/decomhq/decom/planner"
	"github.com/spf13/pflag"
)

// The what-if overrides of `decom plan` are pflag values that store a
// pointer only when the flag is given, so an absent flag leaves nil in
// planner.Options and the inventory's own setting stands. Set rejects bad
// values with a message saying what is expected; cobra prefixes it with
// the flag's name and the command exits 2.

// intFlag is a whole-number override from min to max (the bounds of the
// plan block's attribute, language.Max*).
type intFlag struct {
	p        **int
	min, max int
	what     string // e.g. "a whole number of days from 1 to 366"
	typ      string // shown in help, e.g. "DAYS"
}

func (f *intFlag) Set(s string) error {
	v, err := strconv.Atoi(s)
	if err != nil || v < f.min || v > f.max {
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

// floatFlag is a number override from 0 to max.
type floatFlag struct {
	p    **float64
	max  float64
	what string
	typ  string
}

func (f *floatFlag) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || !(v >= 0 && v <= f.max) { // NaN fails both
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
	f.Var(&intFlag{&over.WaveDays, 1, language.MaxWaveDays, fmt.Sprintf("a whole number of days from 1 to %d", language.MaxWaveDays), "DAYS"}, "wave-days",
		"days between waves, overriding plan.wave_days")
	f.Var(&intFlag{&over.MaxChanges, 0, language.MaxPerWave, fmt.Sprintf("a whole number from 0 (no limit) to %d", language.MaxPerWave), "N"}, "max-changes",
		"actions per wave, 0 for no limit, overriding plan.max_changes")
	f.Var(&floatFlag{&over.MaxEffortDays, language.MaxWaveEffort, fmt.Sprintf("a number of days from 0 (no limit) to %d", language.MaxWaveEffort), "DAYS"}, "max-effort",
		"effort days per wave, 0 for no limit, overriding plan.max_effort_days")
	f.Var(&intFlag{&over.MaxCritical, 0, language.MaxPerWave, fmt.Sprintf("a whole number from 0 (no limit) to %d", language.MaxPerWave), "N"}, "max-critical",
		"critical cutovers per wave, 0 for no limit, overriding plan.max_critical")
	f.Var(&intFlag{&over.SoakWaves, 0, language.MaxSoakWaves, fmt.Sprintf("a whole number of waves from 0 to %d", language.MaxSoakWaves), "WAVES"}, "soak",
		"full waves between a cutover and decommissioning what it left, overriding plan.soak_waves")
}
