package schedule

import "testing"

func TestBinBound(t *testing.T) {
	for _, c := range []struct {
		sizes []float64
		cap   float64
		want  int
	}{
		{[]float64{6, 6, 6}, 10, 3},
		{[]float64{6, 5, 5, 4}, 10, 2},
		{[]float64{6, 6, 6, 2, 2, 2}, 10, 3},
		{[]float64{6, 6, 6, 5, 2, 2, 2}, 10, 4},
		{[]float64{1, 1, 1}, 10, 1},
		{nil, 10, 0},
	} {
		if got := binBound(append([]float64(nil), c.sizes...), c.cap); got != c.want {
			t.Errorf("binBound(%v, %g) = %d, want %d", c.sizes, c.cap, got, c.want)
		}
	}
}
