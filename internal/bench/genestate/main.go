// Command genestate writes (or reuses) the benchmark estate of N
// applications and prints its folder: `go run ./internal/bench/genestate 100000`.
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/decomhq/decom/internal/bench"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: genestate APPLICATIONS")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil || n <= 0 {
		fmt.Fprintln(os.Stderr, "genestate: want a positive number of applications")
		os.Exit(2)
	}
	dir, err := bench.Dir(n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genestate:", err)
		os.Exit(1)
	}
	fmt.Println(dir)
}
