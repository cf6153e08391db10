package inventory

import (
	"fmt"
	"strings"
	"testing"
)

// ldSynthetic builds an estate of apps applications spread over files of
// 100 applications each, with servers, switches, dependencies and
// endpoints, in native syntax.
func ldSynthetic(apps int) []SourceFile {
	var files []SourceFile
	var b strings.Builder
	b.WriteString("network \"kcom\" {\n  role = \"legacy\"\n}\n\nnetwork \"psn\" {\n  role = \"target\"\n}\n\n")
	b.WriteString("link \"kcom_psn\" {\n  between = [network.kcom, network.psn]\n}\n")
	files = append(files, SourceFile{Name: "net.hcl", Bytes: []byte(b.String())})
	for f := 0; f*100 < apps; f++ {
		b.Reset()
		fmt.Fprintf(&b, "device \"sw_%d\" {\n  network = network.kcom\n  kind    = \"switch\"\n  ports   = 480\n}\n\n", f)
		for i := f * 100; i < min(apps, (f+1)*100); i++ {
			if i%10 == 0 {
				fmt.Fprintf(&b, "device \"srv_%d\" {\n  network      = network.kcom\n  kind         = \"server\"\n  uplink       = device.sw_%d\n  support_ends = \"2019-06-30\"\n}\n\n", i/10, f)
				fmt.Fprintf(&b, "endpoints \"desks_%d\" {\n  count  = 20\n  uplink = [device.sw_%d]\n  disposition = \"migrate\"\n  target = network.psn\n}\n\n", i/10, f)
			}
			dep := ""
			if i > 0 {
				dep = fmt.Sprintf("\n  depends_on  = [application.app_%d]", i/2)
			}
			fmt.Fprintf(&b, "application \"app_%d\" {\n  hosted_on   = [device.srv_%d]%s\n  criticality = \"medium\"\n  disposition = \"rehost\"\n  target      = network.psn\n  effort_days = 2.5\n  users       = %d\n}\n\n", i, i/10, dep, i%500)
		}
		files = append(files, SourceFile{Name: fmt.Sprintf("apps_%04d.hcl", f), Bytes: []byte(b.String())})
	}
	return files
}

// BenchmarkLoad10k loads a synthetic 10,000-application estate.
func BenchmarkLoad10k(b *testing.B) {
	files := ldSynthetic(10_000)
	size := 0
	for _, f := range files {
		size += len(f.Bytes)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		m, diags := LoadSources(files, LoadOptions{Today: ldToday})
		if diags.HasErrors() || len(m.Applications) != 10_000 {
			b.Fatalf("%d applications, diags:\n%s", len(m.Applications), ldDiagText(diags))
		}
	}
}

// TestLoadSynthetic checks the synthetic estate loads clean, so the
// benchmark measures a valid estate.
func TestLoadSynthetic(t *testing.T) {
	m, diags := LoadSources(ldSynthetic(1000), LoadOptions{Today: ldToday})
	if len(diags) != 0 || len(m.Applications) != 1000 || len(m.Devices) != 110 {
		t.Fatalf("%d applications, %d devices, diags:\n%s", len(m.Applications), len(m.Devices), ldDiagText(diags))
	}
}
