package diagnostics

import (
	"bytes"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

func TestGitHubEscaping(t *testing.T) {
	if got, want := escapeData("50% done\r\nnext: a, b"), "50%25 done%0D%0Anext: a, b"; got != want {
		t.Errorf("escapeData = %q, want %q", got, want)
	}
	if got, want := escapeProperty("code: a, b 100%\n"), "code%3A a%2C b 100%25%0A"; got != want {
		t.Errorf("escapeProperty = %q, want %q", got, want)
	}
}

func TestGitHubRanges(t *testing.T) {
	rng := func(l1, c1, l2, c2 int) *hcl.Range {
		return &hcl.Range{Filename: "a,b:c.hcl", Start: hcl.Pos{Line: l1, Column: c1}, End: hcl.Pos{Line: l2, Column: c2}}
	}
	cases := []struct {
		subject *hcl.Range
		want    string
	}{
		{rng(3, 10, 3, 17), "::error file=a%2Cb%3Ac.hcl,line=3,col=10,endLine=3,endColumn=16,title=x%3A S::S\n"},
		{rng(3, 10, 3, 10), "::error file=a%2Cb%3Ac.hcl,line=3,col=10,endLine=3,endColumn=10,title=x%3A S::S\n"},
		{rng(1, 1, 8, 2), "::error file=a%2Cb%3Ac.hcl,line=1,col=1,endLine=8,endColumn=1,title=x%3A S::S\n"},
		{rng(1, 1, 8, 1), "::error file=a%2Cb%3Ac.hcl,line=1,col=1,endLine=7,title=x%3A S::S\n"},
		{nil, "::error title=x%3A S::S\n"},
	}
	for _, c := range cases {
		d := &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "S", Subject: c.subject, Extra: diag.Extra{Code: "x"}}
		var buf bytes.Buffer
		if err := GitHub(&buf, Input{Report: NewReport(hcl.Diagnostics{d}, nil, 1, 1)}); err != nil {
			t.Fatal(err)
		}
		line, _, _ := bytes.Cut(buf.Bytes(), []byte("\n"))
		if got := string(line) + "\n"; got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}

// TestGitHubSummaryToLog checks that the github format writes workflow
// commands only, and its summary line to Options.Log when one is given.
func TestGitHubSummaryToLog(t *testing.T) {
	r := NewReport(hcl.Diagnostics{diag.Error("x", "Broken", "", hcl.Range{Filename: "a.hcl", Start: hcl.InitialPos, End: hcl.InitialPos})}, nil, 1, 1)
	var out, log bytes.Buffer
	if err := GitHub(&out, Input{Report: r, Options: Options{Log: &log}}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		if !strings.HasPrefix(line, "::") {
			t.Errorf("not a workflow command on the output: %q", line)
		}
	}
	if log.String() != "1 error, 0 warnings in 1 file\n" {
		t.Errorf("log %q", log.String())
	}
}
