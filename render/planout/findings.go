package planout

import (
	"io"

	"github.com/decomhq/decom/planner/findings"
	"github.com/decomhq/decom/render/diagnostics"
)

// WriteSARIF writes the plan's findings (planner/findings) as a SARIF
// 2.1.0 log: one result per breach, at the attribute that sets its
// deadline, and one per blocker, at the attribute at its root, with the
// late or blocked asset as a related location.
func WriteSARIF(w io.Writer, in Input) error {
	return diagnostics.SARIF(w, in.findings())
}

// WriteGitHub writes the plan's findings as GitHub Actions workflow
// commands, one annotation per breach and blocker on the line that causes
// it.
func WriteGitHub(w io.Writer, in Input) error {
	return diagnostics.GitHub(w, in.findings())
}

// findings is the plan's breaches and blockers as a diagnostics report,
// with the rules of plan findings.
func (in Input) findings() diagnostics.Input {
	var sources map[string][]byte
	files, assets := 0, 0
	if m := in.Model; m != nil {
		sources = make(map[string][]byte, len(m.Files))
		for _, f := range m.Files {
			sources[f.Name] = f.Bytes
		}
		files, assets = len(m.Files), len(m.Addresses())
	}
	r := diagnostics.NewReport(findings.Diagnostics(in.Model, in.plan()), sources, files, assets)
	r.Rules = findings.RulesOf(in.plan())
	return diagnostics.Input{Report: r, Options: in.Diagnostics}
}
