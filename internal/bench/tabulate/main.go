// Command tabulate turns the output of scripts/bench.sh (go test -bench
// lines, plus "rss PROGRAM SIZE KB WALL-SECONDS [CPU-SECONDS]" lines) into the Markdown tables
// of docs/performance.md: time, memory and allocations per stage and size
// (the median of repeated runs), the scaling exponent from the smallest to
// the largest size, and peak RSS against the parse-and-keep baseline. It
// replaces the text between the "<!-- bench:begin -->" and
// "<!-- bench:end -->" markers of the file named by its argument.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var benchLine = regexp.MustCompile(`^Benchmark(\w+)/apps=(\w+)-\d+\s+\d+\s+([\d.]+) ns/op(?:\s+([\d.]+) B/op\s+([\d.]+) allocs/op)?`)

type sample struct{ ns, bytes, allocs []float64 }

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: tabulate docs/performance.md < bench-output")
		os.Exit(2)
	}
	samples := map[[2]string]*sample{}
	var stages, sizes []string
	type rss struct{ prog, size, kb, secs, cpu string }
	var rssRows []rss
	var notes []string
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		if f := strings.Fields(line); (len(f) == 5 || len(f) == 6) && f[0] == "rss" {
			r := rss{f[1], f[2], f[3], f[4], "—"}
			if len(f) == 6 {
				r.cpu = f[5] + " s"
			}
			rssRows = append(rssRows, r)
			continue
		}
		if strings.HasPrefix(line, "# ") {
			notes = append(notes, strings.TrimPrefix(line, "# "))
			continue
		}
		m := benchLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		k := [2]string{m[1], m[2]}
		s := samples[k]
		if s == nil {
			s = &sample{}
			samples[k] = s
			stages, sizes = addOnce(stages, m[1]), addOnce(sizes, m[2])
		}
		s.ns = append(s.ns, num(m[3]))
		if m[4] != "" {
			s.bytes, s.allocs = append(s.bytes, num(m[4])), append(s.allocs, num(m[5]))
		}
	}
	sort.Slice(sizes, func(i, j int) bool { return apps(sizes[i]) < apps(sizes[j]) })
	sort.SliceStable(stages, func(i, j int) bool { return stageRank(stages[i]) < stageRank(stages[j]) })
	var b strings.Builder
	b.WriteString("| stage | " + strings.Join(sizes, " | ") + " | exponent |\n|---|" + strings.Repeat("---:|", len(sizes)+1) + "\n")
	for _, st := range stages {
		row := "| " + st + " |"
		for _, sz := range sizes {
			s := samples[[2]string{st, sz}]
			if s == nil {
				row += " — |"
				continue
			}
			row += fmt.Sprintf(" %s<br>%s, %s allocs |", duration(median(s.ns)), bytes(median(s.bytes)), count(median(s.allocs)))
		}
		first, last := samples[[2]string{st, sizes[0]}], samples[[2]string{st, sizes[len(sizes)-1]}]
		if first != nil && last != nil && len(sizes) > 1 {
			e := math.Log(median(last.ns)/median(first.ns)) / math.Log(float64(apps(sizes[len(sizes)-1]))/float64(apps(sizes[0])))
			row += fmt.Sprintf(" %.2f |", e)
		} else {
			row += " — |"
		}
		b.WriteString(row + "\n")
	}
	if len(rssRows) > 0 {
		baseline := map[string]float64{}
		for _, r := range rssRows {
			if r.prog == "parsekeep" {
				baseline[r.size] = num(r.kb)
			}
		}
		b.WriteString("\n| program | estate | peak RSS | vs parsekeep | wall time | CPU (user+sys) |\n|---|---|---:|---:|---:|---:|\n")
		for _, r := range rssRows {
			kb := num(r.kb)
			ratio := "—"
			if base := baseline[r.size]; base > 0 {
				ratio = fmt.Sprintf("%.2f×", kb/base)
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s s | %s |\n", r.prog, r.size, bytes(kb*1024), ratio, r.secs, r.cpu)
		}
	}
	if len(notes) > 0 {
		b.WriteString("\nMeasured: " + strings.Join(notes, "; ") + "\n")
	}
	if err := replaceBetweenMarkers(os.Args[1], b.String()); err != nil {
		fmt.Fprintln(os.Stderr, "tabulate:", err)
		os.Exit(1)
	}
}

func replaceBetweenMarkers(path, table string) error {
	const begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
	doc, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(doc)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		return fmt.Errorf("%s has no %s ... %s markers", path, begin, end)
	}
	s = s[:i+len(begin)] + "\n" + table + s[j:]
	return os.WriteFile(path, []byte(s), 0o644)
}

// stageOrder is the order of the table's rows: the parse floor, then the
// pipeline's stages, then the whole command; other benchmarks follow.
var stageOrder = []string{"ParseBaseline", "Load", "Validate", "Plan", "Graph", "Fmt", "PlanCommand"}

func stageRank(s string) int {
	for i, t := range stageOrder {
		if t == s {
			return i
		}
	}
	return len(stageOrder)
}

func addOnce(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func num(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }

func apps(label string) int {
	if n, err := strconv.Atoi(strings.TrimSuffix(label, "k")); err == nil {
		if strings.HasSuffix(label, "k") {
			return n * 1000
		}
		return n
	}
	return 0
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func duration(ns float64) string {
	switch {
	case ns >= 1e9:
		return fmt.Sprintf("%.2f s", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.1f ms", ns/1e6)
	}
	return fmt.Sprintf("%.0f µs", ns/1e3)
}

func bytes(b float64) string {
	switch {
	case b >= 1<<30:
		return fmt.Sprintf("%.2f GiB", b/(1<<30))
	case b >= 1<<20:
		return fmt.Sprintf("%.1f MiB", b/(1<<20))
	}
	return fmt.Sprintf("%.0f KiB", b/(1<<10))
}

func count(n float64) string {
	switch {
	case n >= 1e6:
		return fmt.Sprintf("%.1fM", n/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.0fk", n/1e3)
	}
	return fmt.Sprintf("%.0f", n)
}
