// Package bench holds decom's performance benchmarks on generated estates
// of 1k, 10k and 100k applications, and what they share with the
// scripts/bench.sh run that measures peak memory. Generated estates live in
// a temporary folder, never in git.
package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/decomhq/decom/internal/estategen"
)

// Seed is the generator seed of every benchmark estate.
const Seed = 2026

// stamp marks a fully written estate folder; its content names the
// generator version so a stale folder is rebuilt.
const stamp = ".complete"

// genVersion changes whenever the benchmark estates' shape changes.
const genVersion = "1"

// FilesFor is the number of files an estate of apps applications is split
// over: one per 100 applications, as a large programme would keep them
// (about 1,000 files at 100k).
func FilesFor(apps int) int { return max(1, apps/100) }

// Dir returns a folder holding the benchmark estate of apps applications as
// HCL, generating it the first time under the system temp folder (or
// $DECOM_BENCH_DIR) and reusing it afterwards.
func Dir(apps int) (string, error) {
	root := os.Getenv("DECOM_BENCH_DIR")
	if root == "" {
		root = filepath.Join(os.TempDir(), "decom-bench")
	}
	dir := filepath.Join(root, fmt.Sprintf("apps-%d", apps))
	if b, err := os.ReadFile(filepath.Join(dir, stamp)); err == nil && string(b) == genVersion {
		return dir, nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	e := estategen.Generate(estategen.Realistic(Seed, apps))
	if err := e.WriteHCL(dir, FilesFor(apps)); err != nil {
		return "", err
	}
	return dir, os.WriteFile(filepath.Join(dir, stamp), []byte(genVersion), 0o644)
}

// Sizes returns the estate sizes to benchmark: $DECOM_BENCH_SIZES as a
// comma list such as "1k,10k" or "5000", or 1k, 10k and 100k.
func Sizes() ([]int, error) {
	spec := os.Getenv("DECOM_BENCH_SIZES")
	if spec == "" {
		spec = "1k,10k,100k"
	}
	var out []int
	for _, f := range strings.Split(spec, ",") {
		f = strings.TrimSpace(f)
		mult := 1
		if strings.HasSuffix(f, "k") {
			mult, f = 1000, strings.TrimSuffix(f, "k")
		}
		n, err := strconv.Atoi(f)
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("DECOM_BENCH_SIZES: %q is not a size such as 10k or 5000", f)
		}
		out = append(out, n*mult)
	}
	return out, nil
}

// Label names a size as the benchmarks print it: 1k, 10k, 100k, 5000.
func Label(apps int) string {
	if apps%1000 == 0 {
		return fmt.Sprintf("%dk", apps/1000)
	}
	return strconv.Itoa(apps)
}

// ReadAll returns the bytes of every *.hcl file under dir, in sorted order.
func ReadAll(dir string) (names []string, srcs [][]byte, err error) {
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".hcl") {
			return err
		}
		b, err := os.ReadFile(p)
		names, srcs = append(names, p), append(srcs, b)
		return err
	})
	return names, srcs, err
}
