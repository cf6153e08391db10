// Package graphjson writes a diagram as JSON for other tools: the clusters,
// nodes and edges that the DOT and Mermaid renderers draw, without visual
// styles and without the legend. Input order is kept (a diagram.Graph is
// already sorted), so the output is deterministic.
package graphjson

import (
	"io"

	"github.com/decomhq/decom/render/diagram"
	"github.com/decomhq/decom/render/formats"
)

// FormatVersion is the version of the JSON shape; keys are only added.
const FormatVersion = "1"

type document struct {
	FormatVersion string    `json:"format_version"`
	Title         string    `json:"title"`
	Notes         []string  `json:"notes"`
	Collapsed     int       `json:"collapsed"`
	Clusters      []cluster `json:"clusters"`
	Nodes         []node    `json:"nodes"`
	Edges         []edge    `json:"edges"`
}

type cluster struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Parent string `json:"parent,omitempty"`
}

type node struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Cluster string `json:"cluster,omitempty"`
	// Address is the asset the node stands for; empty for a group of
	// assets.
	Address string `json:"address,omitempty"`
}

type edge struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Kind  string `json:"kind"`
	Label string `json:"label,omitempty"`
}

// Write writes g to w as one indented JSON object followed by a newline.
func Write(w io.Writer, g *diagram.Graph) error {
	doc := document{FormatVersion: FormatVersion, Title: g.Title, Notes: append([]string{}, g.Notes...), Collapsed: g.Collapsed,
		Clusters: []cluster{}, Nodes: []node{}, Edges: []edge{}}
	for _, c := range g.Clusters {
		doc.Clusters = append(doc.Clusters, cluster{ID: c.ID, Label: c.Label, Parent: c.Parent})
	}
	for _, n := range g.Nodes {
		doc.Nodes = append(doc.Nodes, node{ID: n.ID, Label: n.Label, Cluster: n.Cluster, Address: n.Address})
	}
	for _, e := range g.Edges {
		doc.Edges = append(doc.Edges, edge{From: e.From, To: e.To, Kind: string(e.Kind), Label: e.Label})
	}
	return formats.JSON(w, doc)
}
