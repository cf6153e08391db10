package estategen

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/decomhq/decom/inventory"
)

// block is one rendered asset block.
type block struct {
	text []byte
}

// writer renders blocks, writing only the attributes the block's Meta
// lists (so defaults the loader applies are left out, as a person would).
type writer struct {
	buf  bytes.Buffer
	meta *inventory.Meta
}

func (w *writer) open(m *inventory.Meta) {
	w.buf.Reset()
	w.meta = m
	if m.Label == "" {
		fmt.Fprintf(&w.buf, "%s {\n", m.Type)
	} else {
		fmt.Fprintf(&w.buf, "%s %q {\n", m.Type, m.Label)
	}
}

func (w *writer) attr(name, value string) {
	if w.meta.Has(name) {
		fmt.Fprintf(&w.buf, "  %s = %s\n", name, value)
	}
}

func (w *writer) close() block {
	w.buf.WriteString("}\n")
	return block{text: bytes.Clone(w.buf.Bytes())}
}

func str(s string) string          { return strconv.Quote(s) }
func date(d inventory.Date) string { return strconv.Quote(d.String()) }
func num(f float64) string         { return strconv.FormatFloat(f, 'f', -1, 64) }
func refs(rs []inventory.Ref) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = r.Addr
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func (w *writer) status(s inventory.Status) { w.attr("status", str(string(s))) }

// blocks renders every labelled asset in address-sorted type order.
func (e *Estate) blocks() []block {
	m := e.Model
	var w writer
	var out []block
	for _, t := range m.Tenants {
		w.open(&t.Meta)
		w.attr("name", str(t.Name))
		out = append(out, w.close())
	}
	for _, s := range m.Sites {
		w.open(&s.Meta)
		w.attr("name", str(s.Name))
		w.attr("tenant", s.Tenant.Addr)
		out = append(out, w.close())
	}
	for _, s := range m.Suppliers {
		w.open(&s.Meta)
		w.attr("name", str(s.Name))
		out = append(out, w.close())
	}
	for _, n := range m.Networks {
		w.open(&n.Meta)
		w.attr("name", str(n.Name))
		w.attr("site", n.Site.Addr)
		w.attr("role", str(string(n.Role)))
		w.attr("supplier", n.Supplier.Addr)
		w.attr("support_ends", date(n.SupportEnds))
		w.attr("decommission", strconv.FormatBool(n.Decommission))
		w.attr("effort_days", num(n.EffortDays))
		w.attr("not_before", date(n.NotBefore))
		out = append(out, w.close())
	}
	for _, l := range m.Links {
		w.open(&l.Meta)
		w.attr("between", refs(l.Between))
		w.attr("decommission", strconv.FormatBool(l.Decommission))
		w.attr("effort_days", num(l.EffortDays))
		w.attr("not_before", date(l.NotBefore))
		out = append(out, w.close())
	}
	for _, d := range m.Devices {
		w.open(&d.Meta)
		w.attr("network", d.Network.Addr)
		w.attr("site", d.Site.Addr)
		w.attr("kind", str(string(d.Kind)))
		w.attr("model", str(d.Model))
		w.attr("support_ends", date(d.SupportEnds))
		w.attr("ports", strconv.Itoa(d.Ports))
		w.attr("ports_in_use", strconv.Itoa(d.PortsInUse))
		w.attr("uplink", d.Uplink.Addr)
		w.attr("disposition", str(string(d.Disposition)))
		w.attr("target", d.Target.Addr)
		w.attr("effort_days", num(d.EffortDays))
		w.attr("not_before", date(d.NotBefore))
		w.status(d.Status)
		out = append(out, w.close())
	}
	for _, a := range m.Applications {
		w.open(&a.Meta)
		w.attr("hosted_on", refs(a.HostedOn))
		w.attr("network", a.Network.Addr)
		w.attr("depends_on", refs(a.DependsOn))
		w.attr("used_by", refs(a.UsedBy))
		w.attr("users", strconv.Itoa(a.Users))
		w.attr("criticality", str(string(a.Criticality)))
		w.attr("disposition", str(string(a.Disposition)))
		w.attr("target", a.Target.Addr)
		w.attr("replaced_by", a.ReplacedBy.Addr)
		w.attr("support_ends", date(a.SupportEnds))
		w.attr("effort_days", num(a.EffortDays))
		w.attr("not_before", date(a.NotBefore))
		w.status(a.Status)
		out = append(out, w.close())
	}
	for _, g := range m.Endpoints {
		w.open(&g.Meta)
		w.attr("count", strconv.Itoa(g.Count))
		w.attr("uplink", refs(g.Uplink))
		w.attr("disposition", str(string(g.Disposition)))
		w.attr("target", g.Target.Addr)
		w.attr("effort_days", num(g.EffortDays))
		w.attr("not_before", date(g.NotBefore))
		w.status(g.Status)
		out = append(out, w.close())
	}
	for _, c := range m.Contracts {
		w.open(&c.Meta)
		w.attr("supplier", c.Supplier.Addr)
		w.attr("ends", date(c.Ends))
		w.attr("annual_cost", num(c.AnnualCost))
		w.attr("covers", refs(c.Covers))
		out = append(out, w.close())
	}
	return out
}

// settingsHCL renders the estate and plan blocks.
func (e *Estate) settingsHCL() []byte {
	var w writer
	var b bytes.Buffer
	if es := e.Model.Estate; es != nil {
		w.open(&es.Meta)
		w.attr("name", str(es.Name))
		w.attr("as_of", date(es.AsOf))
		b.Write(w.close().text)
	}
	if p := e.Model.Plan; p != nil {
		w.open(&p.Meta)
		w.attr("start", date(p.Start))
		w.attr("wave_days", strconv.Itoa(p.WaveDays))
		w.attr("max_changes", strconv.Itoa(p.MaxChanges))
		w.attr("max_effort_days", num(p.MaxEffortDays))
		w.attr("max_critical", strconv.Itoa(p.MaxCritical))
		w.attr("soak_waves", strconv.Itoa(p.SoakWaves))
		for _, f := range p.Freezes {
			fmt.Fprintf(&w.buf, "  freeze %q {\n    from = %s\n    to   = %s\n  }\n", f.Label, date(f.From), date(f.To))
		}
		b.Write(w.close().text)
	}
	return b.Bytes()
}

// Files renders the estate as HCL split across about n files (at least
// one): "estate.hcl" holds the estate and plan blocks, and the assets, in
// address order by type, fill "partNN/assetsNNNNN.hcl" in equal runs, 100
// files per folder. Keys are slash-separated relative paths.
func (e *Estate) Files(n int) map[string][]byte {
	bs := e.blocks()
	n = max(1, min(n-1, len(bs)))
	out := map[string][]byte{"estate.hcl": e.settingsHCL()}
	for f := range n {
		var b bytes.Buffer
		for _, bl := range bs[f*len(bs)/n : (f+1)*len(bs)/n] {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.Write(bl.text)
		}
		out[fmt.Sprintf("part%02d/assets%05d.hcl", f/100, f)] = b.Bytes()
	}
	return out
}

// WriteHCL writes Files(n) under dir, creating folders as needed.
func (e *Estate) WriteHCL(dir string, n int) error {
	files := e.Files(n)
	names := make([]string, 0, len(files))
	for k := range files {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		p := filepath.Join(dir, filepath.FromSlash(k))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, files[k], 0o644); err != nil {
			return err
		}
	}
	return nil
}
