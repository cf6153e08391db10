package planout

import (
	_ "embed"
	"io"

	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/formats"
)

// WriteJSON writes the plan as one JSON object with the keys of SPEC
// section 4 (waves, breaches, blockers, lower_bound) and the extras of
// planner.Plan beside them (schema_version, settings, each action's
// deadline and its explanation under "why"). Arrays are never null, the
// indent is two spaces and the output ends with a newline.
func WriteJSON(w io.Writer, in Input) error {
	return formats.JSON(w, nonNull(in.plan()))
}

// nonNull returns a shallow copy of p whose arrays are empty rather than
// nil, so they encode as [] and never as null.
func nonNull(p *planner.Plan) *planner.Plan {
	q := *p
	q.Waves = make([]planner.Wave, len(p.Waves))
	for i, wv := range p.Waves {
		wv.Actions = orEmpty(wv.Actions)
		q.Waves[i] = wv
	}
	q.Breaches = orEmpty(p.Breaches)
	q.Blockers = orEmpty(p.Blockers)
	return &q
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

//go:embed plan.schema.json
var schema []byte

// JSONSchema returns the JSON Schema (draft 2020-12) that WriteJSON's
// output satisfies: the fixed keys of SPEC section 4 are required, the
// extras are described, and unknown keys are allowed so that readers keep
// working when extras are added. The caller may modify the result.
func JSONSchema() []byte { return append([]byte(nil), schema...) }
