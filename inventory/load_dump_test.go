package inventory

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

// ldDump writes a model as text, one asset per line group, for golden
// files and for comparing models. With ranges, it includes every block's
// and attribute's source range; without, only values (to compare the
// native and JSON syntax, whose ranges differ).
func ldDump(m *Model, ranges bool) string {
	var b strings.Builder
	if m.Estate != nil {
		ldDumpAsset(&b, m.Estate, ranges)
	}
	if m.Plan != nil {
		ldDumpAsset(&b, m.Plan, ranges)
	}
	v := reflect.ValueOf(m).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() != reflect.Slice || v.Type().Field(i).Name == "Files" {
			continue
		}
		for j := 0; j < f.Len(); j++ {
			ldDumpAsset(&b, f.Index(j).Interface(), ranges)
		}
	}
	for _, f := range m.Files {
		fmt.Fprintf(&b, "file %s (%d bytes)\n", f.Name, len(f.Bytes))
	}
	return b.String()
}

func ldRange(r hcl.Range) string {
	return fmt.Sprintf("%s:%d:%d-%d:%d", r.Filename, r.Start.Line, r.Start.Column, r.End.Line, r.End.Column)
}

func ldDumpAsset(b *strings.Builder, a any, ranges bool) {
	v := reflect.ValueOf(a).Elem()
	meta := v.FieldByName("Meta").Addr().Interface().(*Meta)
	fmt.Fprintf(b, "%s", meta.Address())
	if ranges {
		fmt.Fprintf(b, " def=%s body=%s", ldRange(meta.DefRange), ldRange(meta.BodyRange))
	}
	b.WriteString("\n")
	if ranges {
		for _, at := range meta.Attrs {
			fmt.Fprintf(b, "  @%s %s value=%s\n", at.Name, ldRange(at.Range), ldRange(at.Value))
		}
	}
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		name := t.Field(i).Name
		if name == "Meta" {
			continue
		}
		f := v.Field(i)
		if f.IsZero() {
			continue
		}
		fmt.Fprintf(b, "  %s = %s\n", name, ldValue(f, ranges))
	}
}

func ldValue(f reflect.Value, ranges bool) string {
	switch x := f.Interface().(type) {
	case Ref:
		if ranges {
			return x.Addr + " @" + ldRange(x.Range)
		}
		return x.Addr
	case []Ref:
		parts := make([]string, len(x))
		for i, r := range x {
			parts[i] = ldValue(reflect.ValueOf(r), ranges)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case Date:
		return x.String()
	case *float64:
		return fmt.Sprint(*x)
	case []*Freeze:
		var b strings.Builder
		b.WriteString("\n")
		for _, fr := range x {
			ldDumpAsset(&b, fr, ranges)
		}
		return strings.TrimRight(b.String(), "\n")
	}
	return fmt.Sprint(f.Interface())
}

// ldCheckRefs fails unless every reference in m names an asset the model
// holds, of the type its address says, and every slice is sorted: the
// model is fit for the planner whatever errors loading found.
func ldCheckRefs(t *testing.T, m *Model) {
	t.Helper()
	v := reflect.ValueOf(m).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() != reflect.Slice || v.Type().Field(i).Name == "Files" {
			continue
		}
		prev := ""
		for j := 0; j < f.Len(); j++ {
			a := f.Index(j).Interface().(Asset)
			addr := a.AssetMeta().Address()
			if j > 0 && a.AssetMeta().Label <= prev {
				t.Fatalf("%s out of order after label %s", addr, prev)
			}
			prev = a.AssetMeta().Label
			if m.Lookup(addr) != a {
				t.Fatalf("Lookup(%s) does not return the asset", addr)
			}
			ldEachRef(f.Index(j).Elem(), func(r Ref) {
				target := m.Lookup(r.Addr)
				if target == nil || target.AssetMeta().Address() != r.Addr {
					t.Fatalf("%s keeps reference %q to no asset", addr, r.Addr)
				}
			})
		}
	}
}

func ldEachRef(v reflect.Value, fn func(Ref)) {
	for i := 0; i < v.NumField(); i++ {
		switch x := v.Field(i).Interface().(type) {
		case Ref:
			if x.IsSet() {
				fn(x)
			}
		case []Ref:
			for _, r := range x {
				fn(r)
			}
		}
	}
}
