package planout

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/decomhq/decom/planner"
)

// csvHeader names the columns of WriteCSV.
var csvHeader = []string{"wave", "date", "address", "type", "action", "effort_days",
	"critical", "deadline", "deadline_from", "days_late", "reason"}

// WriteCSV writes one row per action under a header row: planned actions
// in wave order, then blocked actions with an empty wave and date and the
// blocker's reason. For planned actions, reason is the explanation of why
// the action is in its wave; days_late is empty when the action has no
// deadline and 0 when it meets it. A plan made against a baseline has
// three more columns, baseline_wave, baseline_date and moved (why it
// moved, empty when it kept its date), and a row per dropped action.
func WriteCSV(w io.Writer, in Input) error {
	p := in.plan()
	cw := csv.NewWriter(w)
	header := csvHeader
	base := csvBaseline(p.Baseline)
	if base != nil {
		header = append(append([]string{}, csvHeader...), "baseline_wave", "baseline_date", "moved")
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, wv := range p.Waves {
		for _, a := range wv.Actions {
			late := ""
			if d, ok := slack(a); ok {
				late = strconv.Itoa(max(0, -d))
			}
			row := []string{strconv.Itoa(wv.Number), wv.Date.String(), a.Address, assetType(a.Address),
				string(a.Action), num(a.EffortDays), strconv.FormatBool(a.Critical),
				a.Deadline.String(), a.DeadlineFrom, late, a.Why.Text}
			if base != nil {
				kept := []string{strconv.Itoa(wv.Number), wv.Date.String(), ""}
				if c, ok := base[a.Address]; ok {
					kept = c
				}
				row = append(row, kept...)
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	for _, b := range p.Blockers {
		row := []string{"", "", b.Address, assetType(b.Address), string(b.Action), "", "", "", "", "", b.Reason}
		if base != nil {
			c, ok := base[b.Address]
			if !ok {
				c = []string{"", "", ""} // an asset that takes no action
			}
			row = append(row, c...)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	if p.Baseline != nil {
		for _, d := range p.Baseline.Dropped {
			row := []string{"", "", d.Address, assetType(d.Address), string(d.Action), "", "", "", "", "",
				"dropped: the inventory no longer needs it", strconv.Itoa(d.Wave), d.Date.String(), "dropped"}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvBaseline gives the baseline columns of each moved or added address
// (its baseline wave and date, and why it moved; "added" for an action
// the baseline did not have), nil without a baseline. Any other planned
// action kept its wave and date.
func csvBaseline(b *planner.BaselineReport) map[string][]string {
	if b == nil {
		return nil
	}
	out := map[string][]string{}
	for _, m := range b.MovedActions {
		out[m.Address] = []string{strconv.Itoa(m.FromWave), m.FromDate.String(), m.Why()}
	}
	for _, a := range b.Added {
		out[a.Address] = []string{"", "", "added"}
	}
	return out
}
