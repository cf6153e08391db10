package schedule

// Improve returns a schedule at least as good as wave, a valid schedule
// of p (one wave per unit), by the improvement phases that start from a
// schedule rather than build one: compaction, then repair while it helps.
// The caller's slice is left as it was.
func (p *Problem) Improve(lbWaves int, wave []int) []int {
	if p.n == 0 {
		return nil
	}
	best := append([]int(nil), wave...)
	p.compact(best)
	bestScore := p.Score(best)
	sure := p.sureBreaches()
	for r := 0; r < repairRounds && bestScore.Breaches > sure; r++ {
		w := append([]int(nil), best...)
		p.repair(w)
		p.compact(w)
		s := p.Score(w)
		if !s.Less(bestScore) {
			break
		}
		best, bestScore = w, s
	}
	return best
}
