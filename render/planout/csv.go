package planout

import (
	"encoding/csv"
	"io"
	"strconv"
)

// csvHeader names the columns of WriteCSV.
var csvHeader = []string{"wave", "date", "address", "type", "action", "effort_days",
	"critical", "deadline", "deadline_from", "days_late", "reason"}

// WriteCSV writes one row per action under a header row: planned actions
// in wave order, then blocked actions with an empty wave and date and the
// blocker's reason. For planned actions, reason is the explanation of why
// the action is in its wave; days_late is empty when the action has no
// deadline and 0 when it meets it.
func WriteCSV(w io.Writer, in Input) error {
	p := in.plan()
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
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
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	for _, b := range p.Blockers {
		row := []string{"", "", b.Address, assetType(b.Address), string(b.Action), "", "", "", "", "", b.Reason}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
