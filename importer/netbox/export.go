package netbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/decomhq/decom/importer"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// The shapes below are the fields decom reads of NetBox's REST API
// serializers (netbox/dcim/api/serializers_): a list endpoint returns
// {"count", "next", "previous", "results"}; a related object is nested in
// its brief form ({"id", "url", "display", "name", "slug", ...}); a choice
// is {"value", "label"}. Other fields are ignored.

// brief is a nested related object.
type brief struct {
	ID      int    `json:"id"`
	Name    string `json:"name"`
	Slug    string `json:"slug"`
	Display string `json:"display"`
}

// choice is a ChoiceField: {"value": "active", "label": "Active"}.
type choice struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

type site struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	Slug string `json:"slug"`
}

type device struct {
	ID         int     `json:"id"`
	Name       *string `json:"name"` // null for an unnamed device
	DeviceType struct {
		Model string `json:"model"`
	} `json:"device_type"`
	Role       *brief  `json:"role"`
	DeviceRole *brief  `json:"device_role"` // NetBox before 3.6 called role this
	Site       *brief  `json:"site"`
	Status     *choice `json:"status"`
}

// peer is an interface nested in another object: a link peer, a connected
// endpoint, a cable termination.
type peer struct {
	ID     int    `json:"id"`
	Name   string `json:"name"`
	Device *brief `json:"device"`
}

type iface struct {
	ID                     int     `json:"id"`
	Name                   string  `json:"name"`
	Device                 *brief  `json:"device"`
	Type                   *choice `json:"type"`
	MgmtOnly               bool    `json:"mgmt_only"`
	Cable                  *brief  `json:"cable"`
	MarkConnected          bool    `json:"mark_connected"`
	LinkPeers              []peer  `json:"link_peers"`
	LinkPeersType          *string `json:"link_peers_type"`
	ConnectedEndpoints     []peer  `json:"connected_endpoints"`
	ConnectedEndpointsType *string `json:"connected_endpoints_type"`
}

// termination is one end of a cable: a GenericObjectSerializer.
type termination struct {
	ObjectType string `json:"object_type"`
	ObjectID   int    `json:"object_id"`
	Object     *peer  `json:"object"`
}

type cable struct {
	ID            int           `json:"id"`
	ATerminations []termination `json:"a_terminations"`
	BTerminations []termination `json:"b_terminations"`
	Status        *choice       `json:"status"`
}

// endpoints are the list endpoints decom reads, by the path in each
// result's "url".
var endpoints = []string{"sites", "devices", "interfaces", "cables"}

// record is one result with where it was in its file.
type record struct {
	raw    json.RawMessage
	origin importer.Origin
}

// exports are the records read, by endpoint.
type exports struct {
	records map[string][]record
	// counts and seen compare each endpoint's "count" with the results
	// read, to spot missing pages.
	counts map[string]int
	seen   map[string]int
	files  map[string][]string
}

// page is a paginated list response.
type page struct {
	Count   *int              `json:"count"`
	Results []json.RawMessage `json:"results"`
}

// read adds one export file to x.
func (x *exports) read(name string, src []byte) hcl.Diagnostics {
	var p page
	dec := json.NewDecoder(bytes.NewReader(src))
	if err := dec.Decode(&p); err != nil || p.Results == nil {
		detail := "It is not JSON."
		if err == nil {
			detail = `It has no "results" list.`
		} else if se, ok := err.(*json.SyntaxError); ok {
			detail = fmt.Sprintf("It is not JSON: %s at byte %d.", err, se.Offset)
		}
		return hcl.Diagnostics{diag.Error(importer.CodeNetBoxExport, fmt.Sprintf("%s is not a NetBox API list", name),
			detail+` Save the response of a NetBox list endpoint as it comes, e.g. curl -H "Authorization: Token $TOKEN" "https://netbox.example.com/api/dcim/devices/?limit=0" > devices.json.`,
			fileStart(name))}
	}
	if _, err := dec.Token(); err != io.EOF {
		return hcl.Diagnostics{diag.Error(importer.CodeNetBoxExport, fmt.Sprintf("%s holds more than one JSON value", name),
			"Save one API response per file.", fileStart(name))}
	}
	starts := resultStarts(src)
	kind := ""
	for i, raw := range p.Results {
		var head struct {
			URL string `json:"url"`
		}
		_ = json.Unmarshal(raw, &head)
		k := endpointOf(head.URL)
		if k == "" {
			k = endpointOf("/api/dcim/" + strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)) + "/")
		}
		if k == "" {
			return hcl.Diagnostics{diag.Error(importer.CodeNetBoxExport, fmt.Sprintf("%s is not from a known endpoint", name),
				fmt.Sprintf("decom reads /api/dcim/sites/, /api/dcim/devices/, /api/dcim/interfaces/ and /api/dcim/cables/; the results here have the url %q. Name the file after its endpoint (devices.json) if its results have no url.", head.URL),
				fileStart(name))}
		}
		if kind != "" && k != kind {
			return hcl.Diagnostics{diag.Error(importer.CodeNetBoxExport, fmt.Sprintf("%s mixes endpoints", name),
				fmt.Sprintf("Its results come from both /api/dcim/%s/ and /api/dcim/%s/; save each endpoint's response in its own file.", kind, k), fileStart(name))}
		}
		kind = k
		r := hcl.Range{Filename: name, Start: hcl.InitialPos, End: hcl.InitialPos}
		if i < len(starts) {
			r = rangeAt(name, src, starts[i])
		}
		x.records[k] = append(x.records[k], record{raw: raw, origin: importer.Origin{Range: r, Where: fmt.Sprintf("results[%d]", i)}})
	}
	if kind == "" {
		return nil // an empty page: nothing to read
	}
	if p.Count != nil && *p.Count > x.counts[kind] {
		x.counts[kind] = *p.Count
	}
	x.seen[kind] += len(p.Results)
	x.files[kind] = append(x.files[kind], name)
	return nil
}

// incomplete warns about endpoints whose pages were not all given.
func (x *exports) incomplete() hcl.Diagnostics {
	var diags hcl.Diagnostics
	for _, k := range endpoints {
		if x.seen[k] < x.counts[k] {
			files := x.files[k]
			diags = append(diags, diag.Warning(importer.CodeNetBoxIncomplete, fmt.Sprintf("Only %d of %d %s", x.seen[k], x.counts[k], k),
				fmt.Sprintf("NetBox says there are %d %s, and the exports hold %d: some pages are missing. Export with ?limit=0 (or give every page); what is missing is not imported.", x.counts[k], k, x.seen[k]),
				fileStart(files[0])))
		}
	}
	return diags
}

// endpointOf names the endpoint a result's url belongs to ("devices"), or "".
func endpointOf(url string) string {
	for _, k := range endpoints {
		if strings.Contains(url, "/api/dcim/"+k+"/") {
			return k
		}
	}
	return ""
}

// resultStarts finds the byte offset of each element of the top-level
// "results" array.
func resultStarts(src []byte) []int {
	dec := json.NewDecoder(bytes.NewReader(src))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		if key != "results" {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return nil
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return nil
		}
		var out []int
		for dec.More() {
			off := int(dec.InputOffset())
			for off < len(src) && (src[off] == ',' || src[off] == ' ' || src[off] == '\n' || src[off] == '\r' || src[off] == '\t') {
				off++
			}
			out = append(out, off)
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return out
			}
		}
		return out
	}
	return nil
}

func rangeAt(name string, src []byte, off int) hcl.Range {
	line, col := 1, 1
	lineStart := 0
	for i := 0; i < off && i < len(src); i++ {
		if src[i] == '\n' {
			line++
			lineStart = i + 1
		}
	}
	col = len([]rune(string(src[lineStart:off]))) + 1
	p := hcl.Pos{Line: line, Column: col, Byte: off}
	return hcl.Range{Filename: name, Start: p, End: hcl.Pos{Line: line, Column: col + 1, Byte: off + 1}}
}

func fileStart(name string) hcl.Range {
	return hcl.Range{Filename: name, Start: hcl.InitialPos, End: hcl.InitialPos}
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}
