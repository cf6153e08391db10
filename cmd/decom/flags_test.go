package main

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/planner/explain"
	"github.com/decomhq/decom/render/graphout"
	"github.com/spf13/cobra"
)

// parsed runs the command newCmd builds on args with a run function that
// only records the options, and returns them; nothing is loaded.
func parsed[O any](t *testing.T, newCmd func(streams, func(streams, *O) error) *cobra.Command, args ...string) O {
	t.Helper()
	var got *O
	cmd := newCmd(streams{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}}, func(_ streams, o *O) error {
		got = o
		return nil
	})
	cmd.SetArgs(args)
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%s: %v", strings.Join(args, " "), err)
	}
	if got == nil {
		t.Fatalf("%s: run was not called", strings.Join(args, " "))
	}
	return *got
}

// check compares what parsed gave with want.
func check[O any](t *testing.T, args string, got, want O) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %+v\nwant %+v", args, got, want)
	}
}

func ptr[T any](v T) *T { return &v }

// TestCommandFlags checks, for every command, how arguments become its
// options, without loading anything.
func TestCommandFlags(t *testing.T) {
	check(t, "validate", parsed(t, newValidateCmd), validateOptions{Paths: []string{}, Format: "text"})
	check(t, "validate a b/c.hcl", parsed(t, newValidateCmd, "a", "b/c.hcl"),
		validateOptions{Paths: []string{"a", "b/c.hcl"}, Format: "text"})
	check(t, "validate -o sarif --strict .", parsed(t, newValidateCmd, "-o", "sarif", "--strict", "."),
		validateOptions{Paths: []string{"."}, Format: "sarif", Strict: true})
	check(t, "validate --format=github --no-color", parsed(t, newValidateCmd, "--format=github", "--no-color"),
		validateOptions{Paths: []string{}, Format: "github", NoColor: true})

	check(t, "plan", parsed(t, newPlanCmd), planOptions{Paths: []string{}, Format: "text"})
	check(t, "plan --baseline old.json --keep-through 2026-10-31 x", parsed(t, newPlanCmd, "--baseline", "old.json", "--keep-through", "2026-10-31", "x"),
		planOptions{Paths: []string{"x"}, Format: "text", Baseline: "old.json", Overrides: planner.Options{KeepThrough: ptr(inventory.DateOf(2026, 10, 31))}})
	check(t, "plan -o csv --fail-on breach,blocker --no-color --start 2026-10-05 --wave-days 7 --max-changes 0 --max-effort 2.5 --max-critical 1 --soak 0 x",
		parsed(t, newPlanCmd, "-o", "csv", "--fail-on", "breach,blocker", "--no-color", "--start", "2026-10-05", "--wave-days", "7",
			"--max-changes", "0", "--max-effort", "2.5", "--max-critical", "1", "--soak", "0", "x"),
		planOptions{Paths: []string{"x"}, Format: "csv", FailOn: []string{"breach", "blocker"}, NoColor: true,
			Overrides: planner.Options{Start: ptr(inventory.DateOf(2026, 10, 5)), WaveDays: ptr(7), MaxChanges: ptr(0),
				MaxEffortDays: ptr(2.5), MaxCritical: ptr(1), SoakWaves: ptr(0)}})

	check(t, "graph", parsed(t, newGraphCmd), graphOptions{Paths: []string{}, Format: "dot", View: "estate", Depth: 1, MaxNodes: graphout.DefaultMaxNodes})
	check(t, "graph -o mermaid --view plan --focus device.sw --depth 2 --type device,application --network network.n --tenant tenant.t --max-nodes 0 --soak 1 d",
		parsed(t, newGraphCmd, "-o", "mermaid", "--view", "plan", "--focus", "device.sw", "--depth", "2", "--type", "device,application",
			"--network", "network.n", "--tenant", "tenant.t", "--max-nodes", "0", "--soak", "1", "d"),
		graphOptions{Paths: []string{"d"}, Format: "mermaid", View: "plan", Focus: "device.sw", Depth: 2, Types: []string{"device", "application"},
			Network: "network.n", Tenant: "tenant.t", MaxNodes: 0, Overrides: planner.Options{SoakWaves: ptr(1)}})

	check(t, "why application.a", parsed(t, newWhyCmd, "application.a"), explainOptions{Address: "application.a", Paths: []string{}, Format: "text"})
	check(t, "why -o json --start 2026-01-05 application.a d e", parsed(t, newWhyCmd, "-o", "json", "--start", "2026-01-05", "application.a", "d", "e"),
		explainOptions{Address: "application.a", Paths: []string{"d", "e"}, Format: "json", Overrides: planner.Options{Start: ptr(inventory.DateOf(2026, 1, 5))}})
	check(t, "why --baseline old.json --keep-through 2026-10-31 application.a", parsed(t, newWhyCmd, "--baseline", "old.json", "--keep-through", "2026-10-31", "application.a"),
		explainOptions{Address: "application.a", Paths: []string{}, Format: "text", Baseline: "old.json", Overrides: planner.Options{KeepThrough: ptr(inventory.DateOf(2026, 10, 31))}})
	check(t, "impact -o json device.sw d", parsed(t, newImpactCmd, "-o", "json", "device.sw", "d"),
		explainOptions{Address: "device.sw", Paths: []string{"d"}, Format: "json"})

	check(t, "diff a b", parsed(t, newDiffCmd, "a", "b"), diffOptions{Old: "a", New: "b", Format: "text"})
	check(t, "diff -o markdown a b", parsed(t, newDiffCmd, "-o", "markdown", "a", "b"), diffOptions{Old: "a", New: "b", Format: "markdown"})
	check(t, "diff --from-scratch a b", parsed(t, newDiffCmd, "--from-scratch", "a", "b"), diffOptions{Old: "a", New: "b", Format: "text", FromScratch: true})

	check(t, "report", parsed(t, newReportCmd), reportOptions{Paths: []string{}, Format: "markdown"})
	check(t, "report -o json d", parsed(t, newReportCmd, "-o", "json", "d"), reportOptions{Paths: []string{"d"}, Format: "json"})

	check(t, "expiring", parsed(t, newExpiringCmd), expiringOptions{Paths: []string{}, Format: "text", Within: explain.Span{N: 6, Unit: 'm'}})
	check(t, "expiring --within 90D -o csv --fail-if-any --soak 0 d", parsed(t, newExpiringCmd, "--within", "90D", "-o", "csv", "--fail-if-any", "--soak", "0", "d"),
		expiringOptions{Paths: []string{"d"}, Format: "csv", Within: explain.Span{N: 90, Unit: 'd'}, FailIfAny: true, Overrides: planner.Options{SoakWaves: ptr(0)}})
	check(t, "expiring --before 2027-04-01 -o json", parsed(t, newExpiringCmd, "--before", "2027-04-01", "-o", "json"),
		expiringOptions{Paths: []string{}, Format: "json", Within: explain.Span{N: 6, Unit: 'm'}, Before: ptr(inventory.DateOf(2027, 4, 1))})

	check(t, "fmt", parsed(t, newFmtCmd), fmtOptions{Paths: []string{}})
	check(t, "fmt --check - ", parsed(t, newFmtCmd, "--check", "-"), fmtOptions{Paths: []string{"-"}, Check: true})

	check(t, "import csv", parsed(t, newImportCSVCmd, "--type", "device", "--out", "inv", "a.csv", "b.csv"),
		importCSVOptions{Files: []string{"a.csv", "b.csv"}, Type: "device", Out: "inv", DateOrder: "dmy"})
	check(t, "import csv, every flag", parsed(t, newImportCSVCmd, "--type", "site", "--out", "o", "--map", "m.hcl",
		"--delimiter", "tab", "--date-order", "mdy", "--inventory", "x", "--inventory", "y", "s.csv"),
		importCSVOptions{Files: []string{"s.csv"}, Type: "site", Out: "o", Map: "m.hcl", Delimiter: "tab", DateOrder: "mdy", Inventory: []string{"x", "y"}})

	check(t, "import netbox", parsed(t, newImportNetBoxCmd, "--out", "inv", "--network", "kcom", "--map", "m.hcl", "--inventory", "x", "exports", "more.json"),
		importNetBoxOptions{Paths: []string{"exports", "more.json"}, Out: "inv", Network: "kcom", Map: "m.hcl", Inventory: []string{"x"}})

	check(t, "version", parsed(t, newVersionCmd), versionOptions{Format: "text"})
	check(t, "version -o json", parsed(t, newVersionCmd, "-o", "json"), versionOptions{Format: "json"})
}

// TestCommandsRegistered checks that the root has every command, each
// built the same way.
func TestCommandsRegistered(t *testing.T) {
	var names []string
	for _, c := range newRootCmd(streams{}).Commands() {
		names = append(names, c.Name())
	}
	want := "diff expiring fmt graph impact import plan report validate version why"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("commands %q, want %q", got, want)
	}
}
