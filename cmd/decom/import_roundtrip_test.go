package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/language"
)

// TestImportRoundTrip exports examples/kcom to one CSV per block type (with
// natural headers, UK dates and capitalised words, as a spreadsheet would
// have them), imports the CSV files into a new folder beside a file holding
// the estate and plan blocks, and checks that the plan of the import is
// byte-identical to the plan of the example; as JSON too, but for the file
// and line each deadline is written at.
func TestImportRoundTrip(t *testing.T) {
	const example = "../../examples/kcom"
	m, diags := inventory.Load([]string{example}, inventory.LoadOptions{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "inventory")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "settings.hcl"), settingsOf(t, m), 0o644); err != nil {
		t.Fatal(err)
	}
	// Referenced types first, so every reference names an imported asset.
	order := []string{"tenant", "supplier", "site", "network", "link", "device", "application", "endpoints", "contract"}
	for _, typ := range order {
		name := filepath.Join(dir, typ+".csv")
		if err := os.WriteFile(name, exportCSV(t, m, typ), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, _, stderr := runDecom("import", "csv", "--type", typ, "--out", out, name); code != 0 {
			t.Fatalf("import %s exited %d:\n%s", typ, code, stderr)
		}
	}
	if code, stdout, stderr := runDecom("validate", out); code != 0 {
		t.Fatalf("validate of the import exited %d:\n%s%s", code, stdout, stderr)
	}
	_, want, _ := runDecom("plan", example)
	_, got, stderr := runDecom("plan", out)
	if !bytes.Equal(got, want) || len(want) == 0 {
		t.Errorf("plan of the import differs from the example's (stderr %s)\n%s", stderr, firstDifference(string(want), string(got)))
	}
	_, want, _ = runDecom("plan", "-o", "json", example)
	_, got, _ = runDecom("plan", "-o", "json", out)
	if w, g := withoutPositions(t, want), withoutPositions(t, got); w != g {
		t.Errorf("plan -o json of the import differs from the example's, positions aside\n%s", firstDifference(w, g))
	}
}

// withoutPositions is plan JSON without the file, line and column of each
// source it cites: those name the generated files, not the example's.
func withoutPositions(t *testing.T, b []byte) string {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var strip func(any)
	strip = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if _, ok := x["file"]; ok {
				delete(x, "file")
				delete(x, "line")
				delete(x, "column")
			}
			for _, e := range x {
				strip(e)
			}
		case []any:
			for _, e := range x {
				strip(e)
			}
		}
	}
	strip(v)
	out, _ := json.MarshalIndent(v, "", " ")
	return string(out)
}

func settingsOf(t *testing.T, m *inventory.Model) []byte {
	var b bytes.Buffer
	for _, meta := range []*inventory.Meta{&m.Estate.Meta, &m.Plan.Meta} {
		r := meta.BodyRange
		for _, f := range m.Files {
			if f.Name == r.Filename {
				b.Write(f.Bytes[r.Start.Byte:r.End.Byte])
				b.WriteString("\n\n")
			}
		}
	}
	if b.Len() == 0 {
		t.Fatal("no estate or plan block found")
	}
	return b.Bytes()
}

// exportCSV writes every asset of typ as a CSV row: an ID column, then a
// column for each attribute any of them writes (resolved defaults are left
// out, as the example leaves them unsaid).
func exportCSV(t *testing.T, m *inventory.Model, typ string) []byte {
	schema := language.Lookup(typ)
	var assets []inventory.Asset
	for _, addr := range m.Addresses() {
		if strings.HasPrefix(addr, typ+".") {
			assets = append(assets, m.Lookup(addr))
		}
	}
	var cols []string
	for _, a := range schema.Attributes {
		for _, as := range assets {
			if as.AssetMeta().Has(a.Name) {
				cols = append(cols, a.Name)
				break
			}
		}
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	header := []string{"ID"}
	for _, c := range cols {
		header = append(header, naturalHeader(c))
	}
	_ = w.Write(header)
	for _, as := range assets {
		row := []string{as.AssetMeta().Label}
		for _, c := range cols {
			cell := ""
			if as.AssetMeta().Has(c) {
				cell = exportCell(t, schema.Attribute(c), fieldByTag(as, c))
			}
			row = append(row, cell)
		}
		_ = w.Write(row)
	}
	w.Flush()
	return buf.Bytes()
}

// naturalHeader writes an attribute as a spreadsheet heading: "Support Ends".
func naturalHeader(attr string) string {
	words := strings.Split(attr, "_")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func fieldByTag(a inventory.Asset, attr string) reflect.Value {
	v := reflect.ValueOf(a).Elem()
	for i := 0; i < v.NumField(); i++ {
		if tag, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ","); tag == attr {
			return v.Field(i)
		}
	}
	panic("no field for " + attr)
}

func exportCell(t *testing.T, a *language.Attribute, v reflect.Value) string {
	switch x := v.Interface().(type) {
	case inventory.Date:
		tm := x.Time()
		return fmt.Sprintf("%d/%d/%d", tm.Day(), tm.Month(), tm.Year()) // UK order, no leading zeros
	case inventory.Ref:
		_, label, _ := strings.Cut(x.Addr, ".")
		return label
	case []inventory.Ref:
		var labels []string
		for _, r := range x {
			_, label, _ := strings.Cut(r.Addr, ".")
			labels = append(labels, label)
		}
		return strings.Join(labels, "; ")
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case *float64:
		return strconv.FormatFloat(*x, 'f', -1, 64)
	case int:
		return strconv.Itoa(x)
	case bool:
		return strings.ToUpper(strconv.FormatBool(x))
	}
	if v.Kind() == reflect.String {
		s := v.String()
		if a.Kind == language.Enum {
			return strings.ToUpper(s[:1]) + strings.ReplaceAll(s[1:], "_", " ") // "In progress"
		}
		return s
	}
	t.Fatalf("cannot export %s of type %s", a.Name, v.Type())
	return ""
}

func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(wl), len(gl)) {
		if wl[i] != gl[i] {
			return fmt.Sprintf("line %d:\nwant %s\n got %s", i+1, wl[i], gl[i])
		}
	}
	return fmt.Sprintf("lengths differ: want %d lines, got %d", len(wl), len(gl))
}
