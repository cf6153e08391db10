// Package netbox reads NetBox REST API exports (the JSON that the list
// endpoints /api/dcim/sites/, devices/, interfaces/ and cables/ return)
// into generated inventory files: a site per site, a device per device
// with its kind, model, ports, ports in use and uplink.
package netbox

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/decomhq/decom/importer"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
)

// Options configure a NetBox import.
type Options struct {
	// Network is the ID of the network every device is put on; empty to
	// take it from the mapping file's defaults.
	Network string
	// Mapping translates roles (values.kind, keyed by role slug or name)
	// and statuses (values.status), and gives defaults to every device.
	Mapping *importer.Mapping
}

// The files an import writes in the output folder.
const (
	SitesFile   = "netbox-sites.hcl"
	DevicesFile = "netbox-devices.hcl"
)

// Import reads the exports at paths (files, or folders whose *.json files
// are read in name order) and the mapping file at mapPath (none when
// empty), and prepares their import into dest.Out. It returns an error,
// before reading anything, when no network is given.
func Import(paths []string, mapPath string, opt Options, dest importer.Options) (*importer.Run, hcl.Diagnostics, error) {
	run := &importer.Run{}
	var diags hcl.Diagnostics
	if mapPath != "" {
		src, err := os.ReadFile(mapPath)
		if err != nil {
			return run, hcl.Diagnostics{unreadable(mapPath, err)}, nil
		}
		run.Sources = append(run.Sources, inventory.SourceFile{Name: mapPath, Bytes: src})
		m, ds := importer.ParseMapping(mapPath, src, inventory.TypeDevice)
		if ds.HasErrors() {
			return run, ds, nil
		}
		diags = append(diags, ds...)
		opt.Mapping = m
	}
	if _, ok := opt.Mapping.DefaultFor("network"); opt.Network == "" && !ok {
		return nil, nil, fmt.Errorf("import netbox needs --network: the ID of the network the devices are on (or defaults = { network = \"ID\" } in the mapping file)")
	}
	files, ds := expand(paths)
	diags = append(diags, ds...)
	x := &exports{records: map[string][]record{}, counts: map[string]int{}, seen: map[string]int{}, files: map[string][]string{}}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			diags = append(diags, unreadable(name, err))
			continue
		}
		run.Sources = append(run.Sources, inventory.SourceFile{Name: name, Bytes: src})
		diags = append(diags, x.read(name, src)...)
	}
	if diags.HasErrors() {
		diag.Sort(diags)
		return run, diags, nil
	}
	diags = append(diags, x.incomplete()...)
	out, ds := convert(x, opt, dest.Out)
	diags = append(diags, ds...)
	if !diags.HasErrors() {
		outs, ds := importer.Prepare(out, dest)
		diags = append(diags, ds...)
		if !diags.HasErrors() {
			run.Outputs = outs
		}
	}
	diag.Sort(diags)
	return run, diags, nil
}

// expand lists the files of paths: a file as given, a folder's *.json
// files in name order.
func expand(paths []string) ([]string, hcl.Diagnostics) {
	var out []string
	var diags hcl.Diagnostics
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			diags = append(diags, unreadable(p, err))
			continue
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		matches, _ := filepath.Glob(filepath.Join(p, "*.json"))
		sort.Strings(matches)
		if len(matches) == 0 {
			diags = append(diags, diag.Error(importer.CodeUnreadable, fmt.Sprintf("No exports in %s", p),
				"The folder holds no *.json files. Give the files NetBox's API returned, or the folder they are in.", fileStart(p)))
		}
		out = append(out, matches...)
	}
	return out, diags
}

// convert turns the records into a sites file and a devices file.
func convert(x *exports, opt Options, outDir string) ([]*importer.File, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	schema := language.Lookup(inventory.TypeDevice)
	var files []*importer.File

	if recs := x.records["sites"]; len(recs) > 0 {
		f := &importer.File{Name: filepath.Join(outDir, SitesFile), Source: sourceText(x.files["sites"])}
		siteSchema := language.Lookup(inventory.TypeSite)
		for _, r := range recs {
			var s site
			if err := json.Unmarshal(r.raw, &s); err != nil {
				diags = append(diags, shapeError("site", r, err))
				continue
			}
			id := s.Slug
			if id == "" {
				id = s.Name
			}
			o := r.origin
			o.Where = fmt.Sprintf("site %q (id %d, %s)", s.Name, s.ID, r.origin.Where)
			b := importer.Block{Type: inventory.TypeSite, ID: id, Label: importer.Label(inventory.TypeSite, id), Origin: o}
			if b.Label == "" {
				diags = append(diags, diag.Error(importer.CodeInvalidLabel, fmt.Sprintf("Site %d has no usable slug", s.ID), at(o, "A site needs a slug or name with a letter or digit."), o.Range))
				continue
			}
			if s.Name != "" {
				b.Attrs = append(b.Attrs, attr(siteSchema, "name", s.Name, o, &diags)...)
			}
			f.Blocks = append(f.Blocks, b)
		}
		sort.SliceStable(f.Blocks, func(i, j int) bool { return f.Blocks[i].Label < f.Blocks[j].Label })
		files = append(files, f)
	}

	devs := map[int]*node{}
	for _, r := range x.records["devices"] {
		var d device
		if err := json.Unmarshal(r.raw, &d); err != nil {
			diags = append(diags, shapeError("device", r, err))
			continue
		}
		id := "device_" + strconv.Itoa(d.ID)
		if d.Name != nil && strings.TrimSpace(*d.Name) != "" {
			id = *d.Name
		}
		o := r.origin
		o.Where = fmt.Sprintf("device %q (id %d, %s)", id, d.ID, r.origin.Where)
		devs[d.ID] = &node{dev: d, id: id, label: importer.Label(inventory.TypeDevice, id), origin: o}
	}
	if len(x.records["devices"]) == 0 {
		return files, diags
	}
	ports(x, devs, &diags)
	kinds(devs, opt.Mapping, &diags)
	uplinks(devs)

	f := &importer.File{Name: filepath.Join(outDir, DevicesFile), Source: sourceText(append(append(append([]string{}, x.files["devices"]...), x.files["interfaces"]...), x.files["cables"]...))}
	for _, id := range sortedKeys(devs) {
		n := devs[id]
		b := importer.Block{Type: inventory.TypeDevice, ID: n.id, Label: n.label, Origin: n.origin}
		if b.Label == "" {
			diags = append(diags, diag.Error(importer.CodeInvalidLabel, fmt.Sprintf("Device %d has no usable name", id), at(n.origin, "A device needs a name with a letter or digit to make its address."), n.origin.Range))
			continue
		}
		network := opt.Network
		if network == "" {
			d, _ := opt.Mapping.DefaultFor("network")
			network = d.Text
		}
		values := map[string]string{"network": network, "kind": n.kind, "model": n.dev.DeviceType.Model}
		if n.dev.Name != nil && *n.dev.Name != n.label {
			values["name"] = *n.dev.Name // the address does not say it already
		}
		if n.dev.Site != nil {
			values["site"] = firstOf(n.dev.Site.Slug, n.dev.Site.Name)
		}
		if n.hasPorts {
			values["ports"], values["ports_in_use"] = strconv.Itoa(n.ports), strconv.Itoa(n.inUse)
		}
		if n.uplink != nil {
			values["uplink"] = "device." + n.uplink.label
		}
		if n.dev.Status != nil {
			values["status"] = status(n.dev.Status.Value, opt.Mapping)
		}
		for _, a := range schema.Attributes {
			text := values[a.Name]
			if text == "" {
				if d, ok := opt.Mapping.DefaultFor(a.Name); ok {
					b.Attrs = append(b.Attrs, attr(schema, a.Name, d.Text, importer.Origin{Range: d.Range, Where: fmt.Sprintf("the mapping file's default for %s", a.Name)}, &diags)...)
				}
				continue
			}
			b.Attrs = append(b.Attrs, attr(schema, a.Name, text, n.origin, &diags)...)
		}
		f.Blocks = append(f.Blocks, b)
	}
	sort.SliceStable(f.Blocks, func(i, j int) bool { return f.Blocks[i].Label < f.Blocks[j].Label })
	return append(files, f), diags
}

// node is one device being imported, with what the other exports say of it.
type node struct {
	dev      device
	id       string
	label    string
	origin   importer.Origin
	kind     string
	hasPorts bool
	ports    int
	inUse    int
	links    map[int]bool // devices it is cabled to
	uplink   *node
}

// attr reads one attribute's text as a cell would be read.
func attr(schema *language.Block, name, text string, o importer.Origin, diags *hcl.Diagnostics) []importer.Attr {
	a := schema.Attribute(name)
	v, fault := importer.ParseCell(a, text, importer.DMY)
	if fault != nil {
		*diags = append(*diags, diag.Error(fault.Code, fault.Summary, at(o, fault.Detail), o.Range))
		return nil
	}
	return []importer.Attr{{Name: name, Value: v, Origin: o}}
}

func shapeError(what string, r record, err error) *hcl.Diagnostic {
	return diag.Error(importer.CodeNetBoxExport, fmt.Sprintf("Unexpected %s record", what),
		at(r.origin, fmt.Sprintf("It does not have the shape NetBox's API gives a %s: %s.", what, err)), r.origin.Range)
}

func at(o importer.Origin, detail string) string {
	if o.Where == "" {
		return detail
	}
	return strings.ToUpper(o.Where[:1]) + o.Where[1:] + ": " + detail
}

func sourceText(files []string) string {
	seen := map[string]bool{}
	var out []string
	for _, f := range files {
		if !seen[f] {
			seen[f] = true
			out = append(out, filepath.Base(f))
		}
	}
	return "NetBox exports " + strings.Join(out, ", ")
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

func unreadable(name string, err error) *hcl.Diagnostic {
	msg := err.Error()
	if pe, ok := err.(*os.PathError); ok {
		msg = pe.Err.Error()
	}
	return diag.Error(importer.CodeUnreadable, fmt.Sprintf("Cannot read %s", name), strings.ToUpper(msg[:1])+msg[1:]+".", fileStart(name))
}
