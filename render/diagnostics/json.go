package diagnostics

import (
	"io"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/render/formats"
	"github.com/hashicorp/hcl/v2"
)

// JSONFormatVersion is the format_version of the json format. It changes
// only when a key is renamed or removed or a meaning changes; new keys may
// appear beside the documented ones without a change.
const JSONFormatVersion = "1"

type jsonReport struct {
	FormatVersion string           `json:"format_version"`
	Summary       jsonSummary      `json:"summary"`
	Diagnostics   []jsonDiagnostic `json:"diagnostics"`
}

type jsonSummary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Files    int `json:"files"`
	Assets   int `json:"assets"`
}

type jsonDiagnostic struct {
	Code     string     `json:"code"`
	Severity string     `json:"severity"`
	Summary  string     `json:"summary"`
	Detail   string     `json:"detail"`
	File     string     `json:"file"`
	Range    *jsonRange `json:"range,omitempty"`
	// Related is absent when the diagnostic has no related places.
	Related []jsonRelated `json:"related,omitempty"`
}

type jsonRelated struct {
	Message string     `json:"message"`
	File    string     `json:"file"`
	Range   *jsonRange `json:"range,omitempty"`
}

type jsonRange struct {
	Start jsonPos `json:"start"`
	End   jsonPos `json:"end"`
}

type jsonPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Byte   int `json:"byte"`
}

// JSON writes the report as one indented JSON object:
//
//	{"format_version": "1",
//	 "summary": {"errors": 1, "warnings": 0, "files": 3, "assets": 40},
//	 "diagnostics": [{"code": "...", "severity": "error", "summary": "...",
//	   "detail": "...", "file": "net.hcl",
//	   "range": {"start": {"line": 3, "column": 10, "byte": 41},
//	             "end": {"line": 3, "column": 17, "byte": 48}},
//	   "related": [{"message": "...", "file": "net.hcl", "range": {...}}]}]}
//
// related lists the other places a diagnostic is about (diag.Related) and
// is absent when there are none. diagnostics is always an array, in the
// order of diag.Sort. file is ""
// and range absent for a diagnostic about no file; range is absent for one
// about a whole file. Lines and columns count from 1, byte offsets from 0;
// the end position is exclusive.
func JSON(w io.Writer, in Input) error {
	r := in.Report
	out := jsonReport{
		FormatVersion: JSONFormatVersion,
		Summary:       jsonSummary{Errors: r.Errors, Warnings: r.Warnings, Files: r.Files, Assets: r.Assets},
		Diagnostics:   make([]jsonDiagnostic, 0, len(r.Diagnostics)),
	}
	for _, d := range r.Diagnostics {
		jd := jsonDiagnostic{
			Code:     diag.Code(d),
			Severity: severity(d),
			Summary:  d.Summary,
			Detail:   d.Detail,
			File:     fileOf(d),
		}
		if hasPosition(d) {
			jd.Range = jsonRangeOf(*d.Subject)
		}
		for _, r := range diag.RelatedOf(d) {
			jr := jsonRelated{Message: r.Message, File: r.Range.Filename}
			if r.Range.Filename != "" && r.Range.Start.Line > 0 {
				jr.Range = jsonRangeOf(r.Range)
			}
			jd.Related = append(jd.Related, jr)
		}
		out.Diagnostics = append(out.Diagnostics, jd)
	}
	return formats.JSON(w, out)
}

func jsonRangeOf(r hcl.Range) *jsonRange {
	return &jsonRange{Start: jsonPosOf(r.Start), End: jsonPosOf(r.End)}
}

func jsonPosOf(p hcl.Pos) jsonPos { return jsonPos{Line: p.Line, Column: p.Column, Byte: p.Byte} }
