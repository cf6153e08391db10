// Command parsekeep is the memory baseline of scripts/bench.sh: it parses
// every *.hcl file under a folder with hclsyntax, single-threaded, and keeps
// every syntax tree alive until the end, as a loader that decodes after
// parsing everything would. Its peak RSS is what decom's is compared with.
package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/decomhq/decom/internal/bench"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: parsekeep DIR")
		os.Exit(2)
	}
	names, srcs, err := bench.ReadAll(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	files := make([]*hcl.File, len(srcs))
	for i, src := range srcs {
		f, diags := hclsyntax.ParseConfig(src, names[i], hcl.InitialPos)
		if diags.HasErrors() {
			fmt.Fprintln(os.Stderr, diags)
			os.Exit(1)
		}
		files[i] = f
	}
	runtime.KeepAlive(files)
	fmt.Printf("parsed %d files\n", len(files))
}
