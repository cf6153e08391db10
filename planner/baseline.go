package planner

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/decomhq/decom/inventory"
)

// Baseline is an earlier plan that a new one is made against (`decom plan
// --baseline`, `decom diff`): the programme has booked people and
// suppliers on its dates, so the new plan keeps them where it can.
type Baseline struct {
	// Name says where the baseline came from (a file name), for reports.
	Name string
	// Actions are the baseline's planned actions, sorted by address.
	Actions []BaselineAction
	// Blocked are the addresses of the baseline's blocked actions: one
	// still blocked is neither added nor moved.
	Blocked map[string]bool
}

// BaselineAction is one action of a baseline and where it was planned.
type BaselineAction struct {
	Address string         `json:"address"`
	Action  ActionKind     `json:"action"`
	Wave    int            `json:"wave"`
	Date    inventory.Date `json:"date"`
	// Deadline is the action's deadline in the baseline; zero when it had
	// none (or the baseline does not say).
	Deadline inventory.Date `json:"deadline,omitzero"`
}

// BaselineOf is the baseline that plan p gives, named name.
func BaselineOf(p *Plan, name string) *Baseline {
	b := &Baseline{Name: name, Blocked: map[string]bool{}}
	for _, x := range p.Blockers {
		if x.Action != "" {
			b.Blocked[x.Address] = true
		}
	}
	for _, w := range p.Waves {
		for _, a := range w.Actions {
			b.Actions = append(b.Actions, BaselineAction{Address: a.Address, Action: a.Action, Wave: w.Number, Date: w.Date, Deadline: a.Deadline})
		}
	}
	sort.Slice(b.Actions, func(i, j int) bool { return b.Actions[i].Address < b.Actions[j].Address })
	return b
}

// BaselineError is ReadBaseline's error: the file is not a plan that
// `decom plan -o json` writes.
type BaselineError struct {
	Name   string // the file
	Detail string // what is wrong, and where in the file
}

func (e *BaselineError) Error() string {
	return fmt.Sprintf("%s: not a plan written by `decom plan -o json`: %s", e.Name, e.Detail)
}

// ReadBaseline reads the JSON of an earlier `decom plan -o json` as a
// baseline. Only the keys of SPEC section 4 are read (waves, their
// number, date and actions, each action's address and action; the
// blockers' addresses) and an action's deadline when given; anything else is ignored, so plans of
// later versions read too. A file that is not such a plan gets a
// *BaselineError naming the file and what is wrong.
func ReadBaseline(name string, data []byte) (*Baseline, error) {
	bad := func(format string, args ...any) error {
		return &BaselineError{Name: name, Detail: fmt.Sprintf(format, args...)}
	}
	var doc struct {
		Waves *[]struct {
			Number  *int    `json:"number"`
			Date    *string `json:"date"`
			Actions *[]struct {
				Address  *string `json:"address"`
				Action   *string `json:"action"`
				Deadline *string `json:"deadline"`
			} `json:"actions"`
		} `json:"waves"`
		Blockers []struct {
			Address string `json:"address"`
			Action  string `json:"action"`
		} `json:"blockers"`
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if err := json.Unmarshal(data, &doc); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
			return nil, bad("invalid JSON on line %d: %v", line, se)
		case errors.As(err, &te):
			return nil, bad("%s is a JSON %s, want %s", jsonPath(te), te.Value, jsonKind(te.Type.Kind()))
		}
		return nil, bad("%v", err)
	}
	if doc.Waves == nil {
		return nil, bad(`no "waves" array`)
	}
	b := &Baseline{Name: name, Blocked: map[string]bool{}}
	for _, x := range doc.Blockers {
		if x.Action != "" {
			b.Blocked[x.Address] = true
		}
	}
	seen := map[string]bool{}
	var prev inventory.Date
	for i, w := range *doc.Waves {
		switch {
		case w.Number == nil:
			return nil, bad("wave %d has no number", i+1)
		case *w.Number != i+1:
			return nil, bad("wave %d is numbered %d; waves run 1, 2, 3, ...", i+1, *w.Number)
		case w.Date == nil:
			return nil, bad("wave %d has no date", i+1)
		case w.Actions == nil:
			return nil, bad(`wave %d has no "actions" array`, i+1)
		}
		d, err := inventory.ParseDate(*w.Date)
		if err != nil {
			return nil, bad("wave %d: date %q: %v", i+1, *w.Date, err)
		}
		if i > 0 && d <= prev {
			return nil, bad("wave %d on %s is not after wave %d on %s", i+1, d, i, prev)
		}
		prev = d
		for j, a := range *w.Actions {
			where := fmt.Sprintf("wave %d, action %d", i+1, j+1)
			if a.Address == nil || !validAddress(*a.Address) {
				return nil, bad(`%s: "address" must be TYPE.NAME, e.g. "application.crm"`, where)
			}
			if a.Action == nil || !validKind(*a.Action) {
				return nil, bad(`%s (%s): "action" must be migrate, retire or decommission`, where, *a.Address)
			}
			if seen[*a.Address] {
				return nil, bad("%s: %s is planned twice", where, *a.Address)
			}
			seen[*a.Address] = true
			ba := BaselineAction{Address: *a.Address, Action: ActionKind(*a.Action), Wave: i + 1, Date: d}
			if a.Deadline != nil && *a.Deadline != "" {
				dl, err := inventory.ParseDate(*a.Deadline)
				if err != nil {
					return nil, bad("%s (%s): deadline %q: %v", where, *a.Address, *a.Deadline, err)
				}
				ba.Deadline = dl
			}
			b.Actions = append(b.Actions, ba)
		}
	}
	sort.Slice(b.Actions, func(i, j int) bool { return b.Actions[i].Address < b.Actions[j].Address })
	return b, nil
}

// jsonPath names the field of a type error: "waves.date".
func jsonPath(te *json.UnmarshalTypeError) string {
	if te.Field == "" {
		return "the document"
	}
	return `"` + te.Field + `"`
}

// jsonKind names what a Go kind reads from in JSON.
func jsonKind(k reflect.Kind) string {
	switch k {
	case reflect.Slice:
		return "an array"
	case reflect.Struct:
		return "an object"
	case reflect.String:
		return "a string"
	}
	return "a number"
}

// validAddress reports whether s looks like TYPE.NAME.
func validAddress(s string) bool {
	t, n, ok := strings.Cut(s, ".")
	return ok && t != "" && n != "" && !strings.ContainsAny(s, " \t\n")
}

func validKind(s string) bool {
	switch ActionKind(s) {
	case Migrate, Retire, Decommission:
		return true
	}
	return false
}
