package diagnostics

import (
	"io"
	"math"
	"testing"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// FuzzFormats renders a diagnostic with arbitrary source bytes and an
// arbitrary, possibly inconsistent, range in every format: none may panic
// or fail.
func FuzzFormats(f *testing.F) {
	f.Add([]byte("network \"kcom\" {\n  role = \"legcy\"\n}\n"), 2, 10, 16, 2, 17, 23, "Unknown role", "Did you mean %, \"legacy\"?\n")
	f.Add([]byte("\tname = \"Réseau – 🚓\"\r\n"), 1, 9, 8, 1, 30, 40, "x", "")
	f.Add([]byte{0xff, 0x1b, '\n', 0}, 0, -4, -1, 9, 0, 1<<30, "", "")
	f.Add([]byte("a\n"), math.MaxInt-1, 1, 0, math.MaxInt, 2, 1, "", "")
	f.Fuzz(func(t *testing.T, src []byte, l1, c1, b1, l2, c2, b2 int, summary, detail string) {
		rng := hcl.Range{Filename: "f.hcl", Start: hcl.Pos{Line: l1, Column: c1, Byte: b1}, End: hcl.Pos{Line: l2, Column: c2, Byte: b2}}
		ds := hcl.Diagnostics{
			diag.Error("fuzz", summary, detail, rng),
			diag.Warning("fuzz", summary, detail, hcl.Range{Filename: "f.hcl", Start: rng.End, End: rng.Start}),
		}
		r := NewReport(ds, map[string][]byte{"f.hcl": src}, 1, 1)
		for _, f := range Formats {
			for _, color := range []bool{false, true} {
				if err := f.Write(io.Discard, Input{r, Options{Color: color, WorkDir: "/w"}}); err != nil {
					t.Fatalf("%s: %v", f.Name, err)
				}
			}
		}
	})
}
