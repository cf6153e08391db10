package compare

import (
	"fmt"
	"io"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/render/formats"
	"github.com/decomhq/decom/render/printable"
)

// Report is everything `decom diff` says: asset changes and plan changes.
type Report struct {
	FormatVersion string        `json:"format_version"`
	Assets        []AssetChange `json:"assets"`
	Plan          PlanChanges   `json:"plan"`
}

// NewReport compares two estates and their plans.
func NewReport(assets []AssetChange, plan PlanChanges) Report {
	if assets == nil {
		assets = []AssetChange{}
	}
	return Report{FormatVersion: "1", Assets: assets, Plan: plan}
}

// Empty reports whether nothing changed.
func (r Report) Empty() bool {
	p := r.Plan
	return len(r.Assets) == 0 && len(p.Actions) == 0 && p.OldWaves == p.NewWaves &&
		len(p.NewBreaches)+len(p.FixedBreaches)+len(p.NewBlockers)+len(p.FixedBlockers) == 0
}

// Formats are the output formats of a Report, for --format, the default
// (text) first; markdown is meant for a pull-request comment.
var Formats = formats.List[Report]{
	{Name: "text", Write: func(w io.Writer, r Report) error { return writeLines(w, r, textStyle) }},
	{Name: "json", Write: formats.JSON[Report]},
	{Name: "markdown", Write: func(w io.Writer, r Report) error { return writeLines(w, r, markdownStyle) }},
}

// style is how a line-oriented report marks headings and items.
type style struct {
	heading func(string) string
	item    string
	code    func(string) string
}

var (
	textStyle     = style{heading: func(s string) string { return s + ":" }, item: "  ", code: printable.Line}
	markdownStyle = style{heading: func(s string) string { return "### " + s + "\n" }, item: "- ", code: func(s string) string { return "`" + strings.ReplaceAll(printable.Line(s), "`", "'") + "`" }}
)

func writeLines(w io.Writer, r Report, st style) error {
	var b strings.Builder
	p := r.Plan
	if r.Empty() {
		b.WriteString("No changes: the estate and its plan are the same.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "Plan: %s (lower bound %d), was %s (lower bound %d).\n", english.Plural(p.NewWaves, "wave", "waves"), p.NewLowerBound, english.Plural(p.OldWaves, "wave", "waves"), p.OldLowerBound)
	if bl := p.Baseline; bl != nil {
		fmt.Fprintf(&b, "Planned against the old plan: %d of %d actions moved; a plan from scratch would move %d.\n",
			bl.Moved, bl.Actions, bl.FromScratchMoved)
		for _, c := range bl.Conflicts {
			fmt.Fprintf(&b, "%sconflict: %s %s, committed to %s: %s\n", st.item, st.code(c.Address), c.Action, c.Date, printable.Line(c.Reason))
		}
	}
	b.WriteString("\n")
	if len(r.Assets) > 0 {
		fmt.Fprintln(&b, st.heading("Assets"))
		for _, a := range r.Assets {
			fmt.Fprintf(&b, "%s%s %s\n", st.item, st.code(a.Address), a.Change)
			for _, at := range a.Attributes {
				fmt.Fprintf(&b, "%s    %s: %s -> %s\n", st.item, at.Name, st.code(at.Old), st.code(at.New))
			}
		}
		b.WriteString("\n")
	}
	if len(p.Actions) > 0 {
		fmt.Fprintln(&b, st.heading("Actions"))
		for _, a := range p.Actions {
			fmt.Fprintf(&b, "%s%s %s: %s -> %s", st.item, st.code(a.Address), a.Change,
				placement(string(a.OldAction), a.OldWave, a.OldDate.String()), placement(string(a.NewAction), a.NewWave, a.NewDate.String()))
			if a.Reason != "" {
				b.WriteString(": " + printable.Line(a.Reason))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	for _, sec := range []struct {
		title string
		lines []string
	}{
		{"New breaches", breachLines(p.NewBreaches)},
		{"Fixed breaches", breachLines(p.FixedBreaches)},
		{"New blockers", blockerLines(p.NewBlockers)},
		{"Fixed blockers", blockerLines(p.FixedBlockers)},
	} {
		if len(sec.lines) == 0 {
			continue
		}
		fmt.Fprintln(&b, st.heading(sec.title))
		for _, l := range sec.lines {
			fmt.Fprintf(&b, "%s%s\n", st.item, l)
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

func placement(action string, wave int, date string) string {
	switch {
	case action == "":
		return "none"
	case wave == 0:
		return action + " blocked"
	}
	return fmt.Sprintf("%s in wave %d (%s)", action, wave, date)
}
