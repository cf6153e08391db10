// Package quality measures the planner against exact optima on medium
// estates (30 to 1,000 applications): it writes a time-indexed integer
// linear programme for a plancheck.Problem, solves it with COIN-OR CBC (the
// Debian coinor-cbc package) and reads the solution back.
//
// The benchmark itself is TestQuality, behind the "quality" build tag so
// that `go test ./...` never needs cbc; run it with run.sh.
package quality

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/decomhq/decom/internal/plancheck"
)

// node is a class of actions that take one wave together (a move group or
// a single action); the ILP has one set of wave variables per node.
type node struct {
	acts          []int
	changes, crit int
	effort        float64
	early, late   int // longest chain of lags before and after it
	preds         []arc
}

type arc struct{ from, lag int }

// Model is the ILP view of a problem: the unblocked actions merged into
// nodes, in an order where every precedence edge goes forward.
type Model struct {
	Prob  *plancheck.Problem
	nodes []node
	of    []int // action index -> node, -1 when blocked
}

// NewModel builds the ILP view of prob. It fails when the precedence edges
// between nodes have a cycle (which Derive turns into one node, so this
// means a bug).
func NewModel(prob *plancheck.Problem) (*Model, error) {
	m := &Model{Prob: prob, of: make([]int, len(prob.Acts))}
	for i := range m.of {
		m.of[i] = -1
	}
	for i, a := range prob.Acts {
		if a.Blocked || m.of[i] >= 0 {
			continue
		}
		members := []int{i}
		if a.Group >= 0 {
			members = prob.Groups[a.Group]
		}
		n := node{acts: members}
		for _, j := range members {
			m.of[j] = len(m.nodes)
			n.changes++
			n.effort += prob.Acts[j].Effort
			if prob.Acts[j].Critical {
				n.crit++
			}
		}
		m.nodes = append(m.nodes, n)
	}
	for _, e := range prob.Edges {
		f, t := m.of[e.From], m.of[e.To]
		if f >= 0 && t >= 0 && f != t {
			m.nodes[t].preds = append(m.nodes[t].preds, arc{f, e.Lag})
		}
	}
	// Longest paths by repeated relaxation over a topological order.
	order, err := m.topo()
	if err != nil {
		return nil, err
	}
	for _, k := range order {
		for _, a := range m.nodes[k].preds {
			m.nodes[k].early = max(m.nodes[k].early, m.nodes[a.from].early+a.lag)
		}
	}
	for i := len(order) - 1; i >= 0; i-- {
		k := order[i]
		for _, a := range m.nodes[k].preds {
			m.nodes[a.from].late = max(m.nodes[a.from].late, m.nodes[k].late+a.lag)
		}
	}
	return m, nil
}

func (m *Model) topo() ([]int, error) {
	indeg := make([]int, len(m.nodes))
	succ := make([][]int, len(m.nodes))
	for k, n := range m.nodes {
		for _, a := range n.preds {
			succ[a.from] = append(succ[a.from], k)
			indeg[k]++
		}
	}
	var order, queue []int
	for k := range m.nodes {
		if indeg[k] == 0 {
			queue = append(queue, k)
		}
	}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		order = append(order, k)
		for _, t := range succ[k] {
			if indeg[t]--; indeg[t] == 0 {
				queue = append(queue, t)
			}
		}
	}
	if len(order) < len(m.nodes) {
		return nil, fmt.Errorf("precedence cycle among %d nodes", len(m.nodes)-len(order))
	}
	return order, nil
}

// Nodes is the number of ILP nodes (move groups and single actions).
func (m *Model) Nodes() int { return len(m.nodes) }

// CapacityBound is total changes, effort and critical cutovers over the
// per-wave limits.
func (m *Model) CapacityBound() int {
	var n, crit int
	var effort float64
	for _, nd := range m.nodes {
		n += nd.changes
		crit += nd.crit
		effort += nd.effort
	}
	s := m.Prob.Settings
	lb := 0
	ceil := func(a, b float64) int { return int(math.Ceil(a/b - 1e-9)) }
	if s.MaxChanges > 0 {
		lb = max(lb, ceil(float64(n), float64(s.MaxChanges)))
	}
	if s.MaxCritical > 0 {
		lb = max(lb, ceil(float64(crit), float64(s.MaxCritical)))
	}
	if s.MaxEffortDays > 0 {
		lb = max(lb, ceil(effort, s.MaxEffortDays))
	}
	return lb
}

// ChainBound is the longest precedence chain in waves.
func (m *Model) ChainBound() int {
	lb := 0
	for _, n := range m.nodes {
		lb = max(lb, n.early+n.late+1)
	}
	return lb
}

// Result is one CBC solve.
type Result struct {
	Optimal   bool    // proven optimal within the time limit
	Objective float64 // best solution found
	Bound     float64 // best proven bound on the objective
	Wave      []int   // per action index: its wave (0 when blocked)
	Seconds   float64
}

// Solve runs CBC on the ILP that places every node in waves 1..horizon
// and minimises goal; maxBreaches caps the breaches for DaysLate, and
// lowerBound is a known lower bound on the waves for Waves. CBC stops at
// limit (wall clock) and is killed at twice the limit.
func (m *Model) Solve(dir string, horizon int, goal Goal, maxBreaches, lowerBound int, limit time.Duration) (*Result, error) {
	name := [...]string{"waves", "breaches", "late"}[goal]
	lpPath := filepath.Join(dir, name+".lp")
	solPath := filepath.Join(dir, name+".sol")
	if err := os.WriteFile(lpPath, m.write(horizon, goal, maxBreaches, lowerBound), 0o644); err != nil {
		return nil, err
	}
	_ = os.Remove(solPath)
	ctx, cancel := context.WithTimeout(context.Background(), 2*limit+10*time.Second)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, "cbc", lpPath, "timeMode", "elapsed", "sec", strconv.Itoa(int(limit.Seconds())),
		"threads", "1", "ratioGap", "0", "allowableGap", "0.5", "solve", "solu", solPath)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("cbc: %v\n%s", err, tail(out))
	}
	res := &Result{Seconds: time.Since(start).Seconds(), Wave: make([]int, len(m.Prob.Acts))}
	if err := m.read(solPath, res); err != nil {
		return nil, fmt.Errorf("%v\ncbc output:\n%s", err, tail(out))
	}
	res.Bound = res.Objective
	if !res.Optimal {
		if mt := boundRE.FindSubmatch(out); mt != nil {
			res.Bound, _ = strconv.ParseFloat(string(mt[1]), 64)
		}
	}
	return res, nil
}

func tail(b []byte) []byte { return b[max(0, len(b)-2000):] }

var boundRE = regexp.MustCompile(`Lower bound:\s+(-?[0-9.e+]+)`)

// read parses CBC's solution file: a status line, then one line per
// nonzero variable "index name value reduced-cost".
func (m *Model) read(path string, res *Result) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	if !sc.Scan() {
		return fmt.Errorf("empty solution file")
	}
	status := sc.Text()
	switch {
	case strings.HasPrefix(status, "Optimal"):
		res.Optimal = true
	case strings.Contains(status, "Infeasible"), strings.Contains(status, "infeasible"), strings.Contains(status, "no integer solution"):
		return fmt.Errorf("no solution: %s", status)
	}
	if i := strings.LastIndex(status, "objective value"); i >= 0 {
		res.Objective, _ = strconv.ParseFloat(strings.TrimSpace(status[i+len("objective value"):]), 64)
	}
	for sc.Scan() {
		f := strings.Fields(strings.TrimPrefix(sc.Text(), "**"))
		if len(f) < 3 || !strings.HasPrefix(f[1], "x") {
			continue
		}
		v, _ := strconv.ParseFloat(f[2], 64)
		if v < 0.5 {
			continue
		}
		var k, w int
		if _, err := fmt.Sscanf(f[1], "x%d_%d", &k, &w); err != nil {
			continue
		}
		for _, a := range m.nodes[k].acts {
			res.Wave[a] = w
		}
	}
	for i, a := range m.Prob.Acts {
		if !a.Blocked && res.Wave[i] == 0 {
			return fmt.Errorf("solution leaves %s unplaced (status %q)", a.Address, status)
		}
	}
	return nil
}
