package csvimport

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decomhq/decom/importer"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// FuzzRead feeds arbitrary bytes to the CSV reader as each block type. It
// must not panic; it must give blocks or diagnostics; every diagnostic has
// a subject in the file; and what it would write parses as HCL, with every
// label a valid name.
func FuzzRead(f *testing.F) {
	seeds := []string{
		"ID,Name,Network,Kind,Support Ends,Ports\ncore-01,Core,kcom,Switch,31/03/2027,48\n",
		"Application;Name;Hosted On;Depends On\n\"999 Call Handling\";999;\"esx-01\nesx-02\";crm\n",
		"ID\tCount\tUsers\tUplink\ndesks\t40\t\"1,200\"\tsw1, sw2\n",
		"ID|Role|Decommission|Annual Cost\nkcom|Legacy|yes|£120,000.50\n",
		"\xef\xbb\xbfID,Name\n\"a \"\"b\"\"\",x\n,\n\n",
		"ID,Name\nx,\"unterminated\n",
		"ID,between\nl,\"a;b;a\"\n",
		"Name\n${var} %{if},\n",
	}
	if dir, err := os.ReadDir("../../cmd/decom/testdata/script"); err == nil {
		for _, e := range dir {
			if strings.HasPrefix(e.Name(), "import_csv_") {
				b, _ := os.ReadFile(filepath.Join("../../cmd/decom/testdata/script", e.Name()))
				for _, part := range strings.Split(string(b), "\n-- ") {
					if name, body, ok := strings.Cut(part, " --\n"); ok && strings.HasSuffix(name, ".csv") {
						seeds = append(seeds, body)
					}
				}
			}
		}
	}
	for _, s := range seeds {
		f.Add([]byte(s), uint8(0))
	}
	types := language.AssetTypes()
	f.Fuzz(func(t *testing.T, src []byte, which uint8) {
		typ := types[int(which)%len(types)]
		file, text, diags := Read("in.csv", src, Options{Type: typ})
		if len(file.Blocks) == 0 && len(diags) == 0 {
			t.Fatal("no blocks and no diagnostics")
		}
		for _, d := range diags {
			if d.Subject == nil || d.Subject.Filename != "in.csv" || d.Subject.Start.Byte > len(text) || d.Subject.End.Byte > len(text) || d.Summary == "" {
				t.Fatalf("diagnostic without a subject in the file: %+v", d)
			}
		}
		for _, b := range file.Blocks {
			if !hclsyntax.ValidIdentifier(b.Label) {
				t.Fatalf("label %q is not a valid name", b.Label)
			}
			for _, a := range b.Attrs {
				for i := range a.Value.Refs {
					a.Value.Refs[i].Types = a.Value.Refs[i].Types[:1] // as Prepare resolves them
				}
			}
		}
		file.Name = "out.hcl"
		out := importer.Render(file)
		if _, ds := hclsyntax.ParseConfig(out, "out.hcl", hcl.InitialPos); ds.HasErrors() {
			t.Fatalf("rendered file does not parse: %v\n%s", ds, out)
		}
		if !importer.IsGenerated(out) {
			t.Fatal("rendered file lacks the generated marker")
		}
	})
}
