package inventory

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ldSeeds adds every file under the given folders whose name ends in
// suffix to the fuzz corpus.
func ldSeeds(f *testing.F, suffix string, dirs ...string) {
	n := 0
	for _, dir := range dirs {
		_ = filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || !strings.HasSuffix(path, suffix) {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return nil
			}
			for _, chunk := range ldChunks(b, suffix) {
				f.Add(chunk)
				n++
			}
			return nil
		})
	}
	if n == 0 {
		f.Fatalf("no %s seeds found", suffix)
	}
}

// ldSeedSize is the largest seed: the fuzzer minimises every input that
// finds new coverage, and large inputs make that slow, so big native files
// are cut into runs of whole blocks (at blank lines) of about this size.
const ldSeedSize = 2048

func ldChunks(b []byte, suffix string) [][]byte {
	if len(b) <= ldSeedSize || suffix != ".hcl" {
		return [][]byte{b}
	}
	var out [][]byte
	for len(b) > 0 {
		cut := len(b)
		if cut > ldSeedSize {
			if i := bytes.LastIndex(b[:ldSeedSize], []byte("\n\n")); i > 0 {
				cut = i + 2
			} else if i := bytes.Index(b[ldSeedSize:], []byte("\n\n")); i >= 0 {
				cut = ldSeedSize + i + 2
			}
		}
		out = append(out, b[:cut])
		b = b[cut:]
	}
	return out
}

// ldFuzzOne loads one file and checks the loader's promises: no panic, a
// model always, and every diagnostic pointing into the file.
func ldFuzzOne(t *testing.T, name string, src []byte) {
	m, diags := LoadSources([]SourceFile{{Name: name, Bytes: src}}, LoadOptions{Today: ldToday})
	if m == nil {
		t.Fatal("nil model")
	}
	for _, d := range diags {
		if d.Subject == nil {
			t.Fatalf("diagnostic without subject: %s", d.Summary)
		}
		if d.Subject.Filename != name && d.Subject.Filename != "" {
			t.Fatalf("diagnostic in %q, want %q: %s", d.Subject.Filename, name, d.Summary)
		}
		if d.Subject.Start.Byte < 0 || d.Subject.Start.Byte > len(src) || d.Subject.Start.Line < 1 {
			t.Fatalf("diagnostic outside the file: %v %s", d.Subject, d.Summary)
		}
	}
	ldCheckRefs(t, m)
	for _, d := range m.Devices {
		if d.Network.IsSet() && m.Lookup(d.Network.Addr) == nil {
			t.Fatalf("%s keeps dangling reference %s", d.Address(), d.Network.Addr)
		}
		if d.Disposition == "" || d.Status == "" {
			t.Fatalf("%s has no default disposition or status", d.Address())
		}
	}
}

// FuzzLoadNative feeds native-syntax files to the loader.
func FuzzLoadNative(f *testing.F) {
	ldSeeds(f, ".hcl", "../examples", "testdata/load")
	f.Fuzz(func(t *testing.T, src []byte) { ldFuzzOne(t, "fuzz.hcl", src) })
}

// FuzzLoadJSON feeds JSON-syntax files to the loader.
func FuzzLoadJSON(f *testing.F) {
	ldSeeds(f, ".hcl.json", "../examples", "testdata/load")
	f.Fuzz(func(t *testing.T, src []byte) { ldFuzzOne(t, "fuzz.hcl.json", src) })
}

// FuzzParseDate checks ParseDate accepts only dates it prints back the
// same way, and never panics.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2019-03-31", "2019-02-30", "2020-02-29", "1971-01-01", "1970-12-31", "9999-12-31", "2019-3-1", "", "x", "+2019-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if d != 0 {
				t.Fatalf("error with a date: %v", d)
			}
			return
		}
		if d.IsZero() || d.String() != s {
			t.Fatalf("ParseDate(%q) = %v (%q)", s, int32(d), d.String())
		}
		var back Date
		if err := back.UnmarshalText([]byte(s)); err != nil || back != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v", s, back, err)
		}
	})
}
