package diagnostics

import (
	"io"
	"sort"
	"strings"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/render/formats"
	"github.com/hashicorp/hcl/v2"
)

// SARIF identifies decom in SARIF logs.
const (
	sarifSchema    = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion   = "2.1.0"
	toolName       = "decom"
	toolInfoURI    = "https://github.com/decomhq/decom"
	sarifSrcRootID = "%SRCROOT%"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult                    `json:"results"`
	ColumnKind         string                           `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string        `json:"id"`
	Name                 string        `json:"name"`
	ShortDescription     sarifText     `json:"shortDescription"`
	FullDescription      sarifText     `json:"fullDescription"`
	Help                 sarifText     `json:"help"`
	DefaultConfiguration sarifRuleConf `json:"defaultConfiguration"`
}

type sarifRuleConf struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
	// RelatedLocations are the diagnostic's related places (diag.Related).
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
}

type sarifLocation struct {
	// ID and Message are set on related locations only.
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// SARIF writes the report as a SARIF 2.1.0 log that GitHub code scanning
// accepts: one run whose tool.driver lists a rule for every code of the
// report's Rules (by default every registered code, diag.Rules), plus any
// other code the report uses, and one result per diagnostic with its rule, level, message
// (summary, then detail on the next line) and location, with its related
// places (diag.Related) as relatedLocations numbered from 1. Locations are
// relative to %SRCROOT%, which originalUriBaseIds sets to Options.WorkDir;
// regions count columns in UTF-16 code units (SARIF's default) and end
// exclusively.
func SARIF(w io.Writer, in Input) error {
	r, o := in.Report, in.Options
	rules, index := sarifRules(r)
	src := newSources(r.Sources)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: toolName, InformationURI: toolInfoURI, Version: o.ToolVersion, Rules: rules,
		}},
		Results:    make([]sarifResult, 0, len(r.Diagnostics)),
		ColumnKind: "utf16CodeUnits",
	}
	if o.WorkDir != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{sarifSrcRootID: {URI: dirURI(o.WorkDir)}}
	}
	for _, d := range r.Diagnostics {
		code := diag.Code(d)
		res := sarifResult{
			RuleID:    code,
			RuleIndex: index[code],
			Level:     severity(d),
			Message:   sarifText{Text: sarifMessage(d)},
		}
		if f := fileOf(d); f != "" {
			loc := sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: relURI(f, o.WorkDir), URIBaseID: sarifSrcRootID}}
			if hasPosition(d) {
				loc.Region = sarifRegionOf(src, *d.Subject)
			}
			res.Locations = []sarifLocation{{PhysicalLocation: loc}}
		}
		for i, rel := range diag.RelatedOf(d) {
			if rel.Range.Filename == "" {
				continue
			}
			loc := sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: relURI(rel.Range.Filename, o.WorkDir), URIBaseID: sarifSrcRootID}}
			if rel.Range.Start.Line > 0 {
				loc.Region = sarifRegionOf(src, rel.Range)
			}
			id := i + 1
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{ID: &id, PhysicalLocation: loc, Message: &sarifText{Text: rel.Message}})
		}
		run.Results = append(run.Results, res)
	}
	return formats.JSON(w, sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// sarifRules lists a rule for every code of the report's rules (every
// registered code when it has none) and every other code
// the diagnostics use, sorted by code, and the index of each code.
func sarifRules(r *Report) ([]sarifRule, map[string]int) {
	byCode := make(map[string]diag.Rule)
	listed := r.Rules
	if listed == nil {
		listed = diag.Rules()
	}
	for _, r := range listed {
		byCode[r.Code] = r
	}
	for _, d := range r.Diagnostics {
		code := diag.Code(d)
		if _, ok := byCode[code]; !ok {
			byCode[code] = diag.Rule{Code: code, Title: d.Summary, Warning: d.Severity != hcl.DiagError}
		}
	}
	codes := make([]string, 0, len(byCode))
	for c := range byCode {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	rules := make([]sarifRule, len(codes))
	index := make(map[string]int, len(codes))
	for i, c := range codes {
		r := byCode[c]
		help := r.Help
		if help == "" {
			help = r.Title
		}
		level := "error"
		if r.Warning {
			level = "warning"
		}
		rules[i] = sarifRule{
			ID:                   c,
			Name:                 ruleName(c),
			ShortDescription:     sarifText{Text: r.Title},
			FullDescription:      sarifText{Text: help},
			Help:                 sarifText{Text: help},
			DefaultConfiguration: sarifRuleConf{Level: level},
		}
		index[c] = i
	}
	return rules, index
}

// ruleName turns a kebab-case code into the UpperCamelCase name SARIF
// suggests for rules: "unknown-attribute" becomes "UnknownAttribute".
func ruleName(code string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(code, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func sarifMessage(d *hcl.Diagnostic) string {
	msg := strings.TrimSpace(d.Summary)
	if detail := strings.TrimSpace(d.Detail); detail != "" {
		msg += "\n" + detail
	}
	if msg == "" {
		msg = diag.Code(d)
	}
	return msg
}

// sarifRegionOf converts rng to a SARIF region with an exclusive end.
func sarifRegionOf(src *sources, rng hcl.Range) *sarifRegion {
	start := src.utf16Column(rng.Filename, rng.Start)
	endLine := max(rng.End.Line, rng.Start.Line)
	end := rng.End
	if end.Line < rng.Start.Line {
		end = rng.Start
	}
	endCol := src.utf16Column(rng.Filename, end)
	if endLine == rng.Start.Line {
		endCol = max(endCol, start)
	}
	return &sarifRegion{StartLine: rng.Start.Line, StartColumn: start, EndLine: endLine, EndColumn: endCol}
}
