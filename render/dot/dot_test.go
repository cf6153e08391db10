package dot

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/decomhq/decom/internal/estatefixture"
	"github.com/decomhq/decom/render/diagram"
)

// TestGolden draws every view of the fixture estate and compares it with
// testdata/NAME.dot (go test -update rewrites them).
func TestGolden(t *testing.T) {
	estatefixture.CheckDiagrams(t, ".dot", Write, nil)
}

// render returns g written as DOT.
func render(t *testing.T, g *diagram.Graph) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, g); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// graphviz renders src with the real dot and fails on any error or any
// warning; it fails (does not skip) when Graphviz is not installed.
func graphviz(t *testing.T, name string, src []byte) []byte {
	t.Helper()
	bin, err := exec.LookPath("dot")
	if err != nil {
		t.Fatalf("Graphviz dot is not installed (apt-get install graphviz): %v", err)
	}
	cmd := exec.Command(bin, "-Tsvg")
	cmd.Stdin = bytes.NewReader(src)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: dot failed: %v\n%s", name, err, stderr.String())
	}
	t.Logf("%s: dot -Tsvg took %v for %d bytes of DOT", name, time.Since(start).Round(time.Millisecond), len(src))
	if stderr.Len() > 0 {
		t.Fatalf("%s: dot warned:\n%s", name, stderr.String())
	}
	if !bytes.Contains(out.Bytes(), []byte("<svg")) {
		t.Fatalf("%s: dot gave no SVG", name)
	}
	return out.Bytes()
}

// TestGraphviz renders every golden file with Graphviz.
func TestGraphviz(t *testing.T) {
	files, err := filepath.Glob("testdata/*.dot")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden DOT files: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		graphviz(t, f, src)
	}
}

// TestEscape checks that quotes, backslashes, angle brackets, control
// characters and invalid UTF-8 in names reach Graphviz as plain text.
func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		"plain":        "plain",
		"a\tb\rc":      "a b c",
		"x\x00y":       "x\uFFFDy",
		"bad\xffutf8":  "bad\uFFFDutf8",
		"two\nlines":   "two\nlines",
		`"<b>" \N #1`:  `"<b>" \N #1`,
		"zero\u200bw":  "zero\uFFFDw",
		"arrow → café": "arrow → café",
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
	g := &diagram.Graph{Title: "t \"q\" \\N <x>\x01", Nodes: []diagram.Node{{ID: "a", Label: "a\"b\\c\x02"}}}
	svg := graphviz(t, "escape", render(t, g))
	for _, want := range []string{"a&quot;b\\c", "t &quot;q&quot; \\N &lt;x&gt;"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

// TestLarge draws a 10,000-application estate and plan with the default
// collapse thresholds and renders them with Graphviz. Durations are logged
// (go test -v), not asserted.
func TestLarge(t *testing.T) {
	m, p := estatefixture.Large(10000)
	for _, v := range []diagram.View{diagram.ViewEstate, diagram.ViewPlan} {
		start := time.Now()
		g, err := diagram.Build(m, p, diagram.Options{View: v, MaxNodes: CollapseNodes, MaxEdges: CollapseEdges})
		if err != nil {
			t.Fatal(err)
		}
		src := render(t, g)
		t.Logf("%s: built and wrote %d bytes of DOT in %v", v, len(src), time.Since(start).Round(time.Millisecond))
		if g.Collapsed == 0 {
			t.Fatalf("%s: a 10,000-application estate was not collapsed", v)
		}
		if !bytes.Contains(src, []byte("Collapsed: ")) {
			t.Errorf("%s: the diagram does not say it was collapsed", v)
		}
		graphviz(t, string(v)+"-10k", src)
	}
}

// BenchmarkBuildFull measures building the uncollapsed diagram of a
// 10,000-application estate, without writing it.
func BenchmarkBuildFull(b *testing.B) {
	m, _ := estatefixture.Large(10000)
	for b.Loop() {
		if _, err := diagram.Build(m, nil, diagram.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderFull measures building and writing the DOT of an
// uncollapsed 10,000-application estate (about 10,600 nodes).
func BenchmarkRenderFull(b *testing.B) {
	m, _ := estatefixture.Large(10000)
	for b.Loop() {
		g, err := diagram.Build(m, nil, diagram.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := Write(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
}
