// Package diag gives every decom diagnostic a stable code. Diagnostics are
// plain hcl.Diagnostics; the code rides in the diagnostic's Extra field so
// that HCL's own diagnostics, renderers and snippets keep working.
package diag

import (
	"sort"

	"github.com/hashicorp/hcl/v2"
)

// Extra is stored in hcl.Diagnostic.Extra for diagnostics decom raises.
type Extra struct {
	Code string
	// Related lists the other places a finding is about, beside its
	// subject: for a switch-port shortfall, the other switches' ports and
	// the endpoint groups' counts. Nil for most findings.
	Related []Related
}

// Related is one more place a diagnostic is about, with a short message
// saying what is there ("endpoints.desks: count = 60").
type Related struct {
	Message string
	Range   hcl.Range
}

// CodeSyntax is the code given to HCL's own parse diagnostics, which carry no
// code of their own.
const CodeSyntax = "syntax"

// CodeChecksSkipped is the code of the one note that says checks were
// skipped because part of the inventory could not be read (see RootCause).
const CodeChecksSkipped = "checks-skipped"

// Rule documents one diagnostic code: a stable ID, a short title and a
// sentence of help saying how to fix what it reports.
type Rule struct {
	Code  string
	Title string
	Help  string
	// PlanBlocker marks errors that `decom validate` reports but that
	// `decom plan` turns into blockers (SPEC rule 8) while planning the rest
	// of the estate: a retained asset on a decommissioned network, a
	// retirement with live dependents.
	PlanBlocker bool
	// Warning marks codes that are raised as warnings rather than errors;
	// SARIF output gives such rules the default level "warning".
	Warning bool
	// RootCause marks errors that mean part of the inventory could not be
	// read (a syntax error, a binary file, a missing path): what that part
	// declares is unknown, so errors that may follow from it (dangling
	// references, whole-estate checks) are not reported, and these errors
	// sort before every other diagnostic.
	RootCause bool
	// LoadFailure marks errors that mean the inventory could not be read
	// at all (a missing path, an unreadable folder, no inventory files, a
	// symbolic link loop), as opposed to read and found wrong: commands
	// exit 2 for them rather than 1 (see inventory.LoadAndCheck).
	LoadFailure bool
}

var rules = map[string]Rule{
	CodeSyntax: {Code: CodeSyntax, Title: "HCL syntax error", Help: "Fix the syntax at the marked position; the detail says what the parser expected.", RootCause: true},
	CodeChecksSkipped: {Code: CodeChecksSkipped, Title: "Other checks skipped", Warning: true,
		Help: "Part of the inventory could not be read, so checks that need what it declares were skipped; fix the errors reported before this note and run again."},
}

// Register adds rules to the registry. It panics on a duplicate code, which
// is a programming error caught by any test that loads the package.
func Register(rs ...Rule) {
	for _, r := range rs {
		if _, dup := rules[r.Code]; dup {
			panic("diag: duplicate rule code " + r.Code)
		}
		rules[r.Code] = r
	}
}

// Rules returns every registered rule sorted by code.
func Rules() []Rule {
	out := make([]Rule, 0, len(rules))
	for _, r := range rules {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// Lookup returns the rule for code, and whether it is registered.
func Lookup(code string) (Rule, bool) {
	r, ok := rules[code]
	return r, ok
}

// Code returns d's code: the one decom gave it, or CodeSyntax for HCL's own.
func Code(d *hcl.Diagnostic) string {
	if e, ok := d.Extra.(Extra); ok && e.Code != "" {
		return e.Code
	}
	return CodeSyntax
}

// RelatedOf returns the related places of d, in the order they were
// attached; nil when it has none.
func RelatedOf(d *hcl.Diagnostic) []Related {
	if e, ok := d.Extra.(Extra); ok {
		return e.Related
	}
	return nil
}

// WithRelated attaches related places to d (a diagnostic made by Error or
// Warning) and returns d.
func WithRelated(d *hcl.Diagnostic, rs ...Related) *hcl.Diagnostic {
	if len(rs) == 0 {
		return d
	}
	e, _ := d.Extra.(Extra)
	e.Related = append(e.Related, rs...)
	d.Extra = e
	return d
}

// Error makes an error diagnostic with a code.
func Error(code, summary, detail string, subject hcl.Range) *hcl.Diagnostic {
	return newDiag(hcl.DiagError, code, summary, detail, subject)
}

// Warning makes a warning diagnostic with a code.
func Warning(code, summary, detail string, subject hcl.Range) *hcl.Diagnostic {
	return newDiag(hcl.DiagWarning, code, summary, detail, subject)
}

func newDiag(sev hcl.DiagnosticSeverity, code, summary, detail string, subject hcl.Range) *hcl.Diagnostic {
	s := subject
	return &hcl.Diagnostic{Severity: sev, Summary: summary, Detail: detail, Subject: &s, Extra: Extra{Code: code}}
}

// IsRootCause reports whether d is an error of a RootCause code: part of
// the inventory could not be read.
func IsRootCause(d *hcl.Diagnostic) bool {
	if d == nil || d.Severity != hcl.DiagError {
		return false
	}
	r, ok := rules[Code(d)]
	return ok && r.RootCause
}

// rank puts root causes first, then the checks-skipped note, then the rest.
func rank(d *hcl.Diagnostic) int {
	switch {
	case IsRootCause(d):
		return 0
	case Code(d) == CodeChecksSkipped:
		return 1
	}
	return 2
}

// Sort orders diagnostics so that output is deterministic and the root
// cause comes first: errors of RootCause codes (syntax errors, unreadable
// files), then the checks-skipped note, then everything else; within each
// group by file, then position, then severity (errors first), then code
// and summary.
func Sort(ds hcl.Diagnostics) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra < rb
		}
		af, ao := pos(a)
		bf, bo := pos(b)
		if af != bf {
			return af < bf
		}
		if ao != bo {
			return ao < bo
		}
		if a.Severity != b.Severity {
			return a.Severity == hcl.DiagError
		}
		if ca, cb := Code(a), Code(b); ca != cb {
			return ca < cb
		}
		return a.Summary < b.Summary
	})
}

func pos(d *hcl.Diagnostic) (string, int) {
	if d.Subject == nil {
		return "", -1
	}
	return d.Subject.Filename, d.Subject.Start.Byte
}
