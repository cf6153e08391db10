package planner_test

import (
	"encoding/binary"
	"testing"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/internal/plancheck"
	"github.com/decomhq/decom/planner"
)

// fuzzConfig turns random bytes into a generator configuration: the first
// eight bytes are the seed, the next gives the size (1..64 applications),
// and each further byte, when present, overrides one option so the fuzzer
// can steer towards dense cycles, tight capacity or long soaks.
func fuzzConfig(data []byte) estategen.Config {
	var buf [8]byte
	copy(buf[:], data)
	seed := binary.LittleEndian.Uint64(buf[:])
	rest := data[min(len(data), 8):]
	at := func(i int) (byte, bool) {
		if i < len(rest) {
			return rest[i], true
		}
		return 0, false
	}
	size := 1
	if b, ok := at(0); ok {
		size += int(b % 64)
	}
	cfg := estategen.Random(seed, size)
	if b, ok := at(1); ok {
		cfg.DepDensity = float64(b%40) / 10
	}
	if b, ok := at(2); ok {
		cfg.Cycles = float64(b) / 255
	}
	if b, ok := at(3); ok {
		cfg.Links = float64(b) / 255
	}
	if b, ok := at(4); ok {
		cfg.Soak = int(b % 4)
	}
	if b, ok := at(5); ok {
		cfg.Blockers = int(b % 4)
	}
	if b, ok := at(6); ok {
		cfg.Capacity = b%2 == 0
		cfg.Done = float64(b%8) / 10
	}
	return cfg
}

// FuzzPlan plans the estate random bytes describe and checks the plan with
// the independent checker: Build must never panic and never break a rule.
func FuzzPlan(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 0, 0, 0, 0, 0, 0, 0, 10})
	f.Add([]byte{7, 0, 0, 0, 0, 0, 0, 0, 40, 30, 200, 255, 2, 1, 0})
	f.Add([]byte{42, 0, 0, 0, 0, 0, 0, 0, 63, 39, 255, 128, 3, 3, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg := fuzzConfig(data)
		e := estategen.Generate(cfg)
		p := mustPlan(t, e.Model, planner.Options{})
		if vs := plancheck.Check(e.Model, p); len(vs) > 0 {
			t.Fatalf("config %+v: %d violations:\n%s", cfg, len(vs), report(vs))
		}
	})
}
