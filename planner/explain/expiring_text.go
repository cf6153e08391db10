package explain

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/render/formats"
	"github.com/decomhq/decom/render/printable"
)

// ExpiringFormats are the output formats of an Expiring, for --format,
// the default (text) first.
var ExpiringFormats = formats.List[*Expiring]{
	{Name: "text", Write: WriteExpiring},
	{Name: "json", Write: formats.JSON[*Expiring]},
	{Name: "csv", Write: WriteExpiringCSV},
}

// maxDependentsShown is how many of what runs on an asset the text format
// names before it counts the rest.
const maxDependentsShown = 8

// WriteExpiring writes e for people: a heading with the window, then each
// end, soonest first, with what runs on the asset and what the plan does
// about it, then how many are not handled in time.
func WriteExpiring(out io.Writer, e *Expiring) error {
	var b strings.Builder
	window := "on or before " + e.Until.String()
	if e.words != "" {
		window += ", within " + e.words
	}
	if len(e.Items) == 0 {
		fmt.Fprintf(&b, "No support, warranty or contract ends %s (as_of %s), and none already past.\n", window, e.AsOf)
		_, err := io.WriteString(out, b.String())
		return err
	}
	fmt.Fprintf(&b, "Support, warranty and contract ends %s (as_of %s), soonest first:\n", window, e.AsOf)
	for _, x := range e.Items {
		fmt.Fprintf(&b, "\n%s  %s  %s, %s\n", x.Date, named(x.Address, x.Name), whatEnds(x), daysLeftText(x.DaysLeft))
		if len(x.Dependents) > 0 {
			fmt.Fprintf(&b, "  runs on it: %s\n", dependentsText(x.Dependents))
		}
		fmt.Fprintf(&b, "  plan: %s\n", planText(x))
	}
	if e.NotHandled == 0 {
		fmt.Fprintf(&b, "\nAll %s handled in time.\n", english.Plural(len(e.Items), "end is", "ends are"))
	} else {
		fmt.Fprintf(&b, "\n%d of %s %s not handled in time: late, blocked or not acted on.\n", e.NotHandled,
			english.Plural(len(e.Items), "end", "ends"), english.Verb(e.NotHandled, "is", "are"))
	}
	_, err := io.WriteString(out, printable.Text(b.String()))
	return err
}

// whatEnds says what ends: "support_ends", "warranty_ends", or "cover of
// contract.kcom_wan".
func whatEnds(x Expiry) string {
	if strings.Contains(x.Source, ".") {
		return "cover of " + x.Source
	}
	return x.Source
}

// daysLeftText says how far the date is from as_of: "in 45 days",
// "today", "1 day ago".
func daysLeftText(d int) string {
	switch {
	case d > 0:
		return "in " + english.Plural(d, "day", "days")
	case d == 0:
		return "on as_of"
	}
	return english.Plural(-d, "day", "days") + " before as_of"
}

// dependentsText names the first few dependents and counts the rest.
func dependentsText(deps []string) string {
	if len(deps) <= maxDependentsShown {
		return strings.Join(deps, ", ")
	}
	return strings.Join(deps[:maxDependentsShown], ", ") + fmt.Sprintf(" and %d more", len(deps)-maxDependentsShown)
}

// planText says what the plan does about x by its date.
func planText(x Expiry) string {
	switch x.Status {
	case ExpiryInTime:
		return fmt.Sprintf("%s in wave %d (%s), %s to spare", x.Action, x.Wave, x.WaveDate,
			english.Plural(int(x.Date-x.WaveDate), "day", "days"))
	case ExpiryLate:
		return fmt.Sprintf("%s in wave %d (%s), late by %s", x.Action, x.Wave, x.WaveDate,
			english.Plural(x.DaysLate, "day", "days"))
	case ExpiryBlocked:
		return "blocked: " + x.Reason
	case ExpiryDone:
		return "done: it has already taken its action"
	}
	return "no action: " + x.Reason
}

// expiringCSVHeader names the columns of WriteExpiringCSV.
var expiringCSVHeader = []string{"date", "address", "name", "type", "source", "days_left", "status", "handled",
	"action", "wave", "wave_date", "days_late", "dependents", "reason"}

// WriteExpiringCSV writes one row per end under a header row, soonest
// first. Dependents are separated by "; "; a column that does not apply
// to the row's status is empty.
func WriteExpiringCSV(w io.Writer, e *Expiring) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(expiringCSVHeader); err != nil {
		return err
	}
	for _, x := range e.Items {
		wave, waveDate, late := "", "", ""
		if x.Wave > 0 {
			wave, waveDate = strconv.Itoa(x.Wave), x.WaveDate.String()
		}
		if x.Status == ExpiryLate {
			late = strconv.Itoa(x.DaysLate)
		}
		row := []string{x.Date.String(), x.Address, x.Name, x.Type, x.Source, strconv.Itoa(x.DaysLeft), x.Status,
			strconv.FormatBool(x.Handled), x.Action, wave, waveDate, late, strings.Join(x.Dependents, "; "), x.Reason}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
