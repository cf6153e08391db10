package planout

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestFindingsLines checks, on every estate with golden plans, that -o
// sarif gives one result per breach and per blocker, each breach at the
// attribute that sets its deadline (a support_ends or a contract's ends:
// the breach's deadline source), each blocker at its root cause, and that
// -o github annotates exactly the same places.
func TestFindingsLines(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	sources := map[string]int{} // breaches by the attribute that sets their deadline
	for name, dir := range estateDirs(t) {
		t.Run(name, func(t *testing.T) {
			in := planEstate(t, dir)
			var log struct {
				Runs []struct {
					Results []struct {
						RuleID    string `json:"ruleId"`
						Locations []struct {
							PhysicalLocation struct {
								ArtifactLocation struct {
									URI string `json:"uri"`
								} `json:"artifactLocation"`
								Region struct {
									StartLine   int `json:"startLine"`
									StartColumn int `json:"startColumn"`
								} `json:"region"`
							} `json:"physicalLocation"`
						} `json:"locations"`
					} `json:"results"`
				} `json:"runs"`
			}
			if err := json.Unmarshal(render(t, "sarif", in), &log); err != nil {
				t.Fatal(err)
			}
			var sarif []string
			for _, r := range log.Runs[0].Results {
				if len(r.Locations) != 1 {
					t.Fatalf("%s result with %d locations", r.RuleID, len(r.Locations))
				}
				l := r.Locations[0].PhysicalLocation
				sarif = append(sarif, fmt.Sprintf("%s %s:%d:%d", r.RuleID, l.ArtifactLocation.URI, l.Region.StartLine, l.Region.StartColumn))
			}
			p := in.Plan
			if len(sarif) != len(p.Breaches)+len(p.Blockers) {
				t.Fatalf("%d SARIF results for %d breaches and %d blockers", len(sarif), len(p.Breaches), len(p.Blockers))
			}
			var want []string
			for _, b := range p.Breaches {
				src := b.DeadlineSource
				if src == nil || (src.Attribute != "support_ends" && src.Attribute != "ends") {
					t.Fatalf("%s: breach without a support_ends or ends source: %+v", b.Address, src)
				}
				sources[src.Attribute]++
				want = append(want, fmt.Sprintf("deadline-breach %s:%d:%d", filepath.ToSlash(src.File), src.Line, src.Column))
			}
			for _, b := range p.Blockers {
				want = append(want, fmt.Sprintf("blocked %s:%d:%d", filepath.ToSlash(b.Cause.File), b.Cause.Line, b.Cause.Column))
			}
			slices.Sort(sarif)
			slices.Sort(want)
			if !slices.Equal(sarif, want) {
				t.Errorf("SARIF results at\n%s\nwant\n%s", strings.Join(sarif, "\n"), strings.Join(want, "\n"))
			}
			annotation := regexp.MustCompile(`^::(?:warning|error) file=([^,]+),line=(\d+),col=(\d+),[^:]*title=([a-z-]+)%3A`)
			var github []string
			for _, line := range strings.Split(strings.TrimSpace(string(render(t, "github", in))), "\n") {
				if line == "" {
					continue
				}
				m := annotation.FindStringSubmatch(line)
				if m == nil {
					t.Fatalf("not an annotation: %s", line)
				}
				github = append(github, fmt.Sprintf("%s %s:%s:%s", m[4], m[1], m[2], m[3]))
			}
			slices.Sort(github)
			if !slices.Equal(github, sarif) {
				t.Errorf("GitHub annotations at\n%s\nSARIF results at\n%s", strings.Join(github, "\n"), strings.Join(sarif, "\n"))
			}
		})
	}
	if sources["support_ends"] == 0 || sources["ends"] == 0 {
		t.Errorf("breaches by source %v: want some set by a support_ends and some by a contract's ends", sources)
	}
}
