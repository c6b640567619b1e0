package timeline

import "testing"

// TestPlansDoNotDateHappened: a plan among the mentions of something that
// happened ("is expected to answer questions next week") does not give the
// event its day.
func TestPlansDoNotDateHappened(t *testing.T) {
	e := &engine{
		ms: []mention{
			{status: StatusHappened, day: 10, clock: -1},
			{status: StatusPlanned, day: 18, clock: -1},
			{status: StatusPlanned, day: 18, clock: -1},
		},
		clusters: []*cluster{{status: StatusHappened, members: []int{0, 1, 2}}},
	}
	if days, _ := e.clusterDays(); days[0] != 10 {
		t.Errorf("day %d, want 10 (the plans' day 18 is another time)", days[0])
	}
	// a planned event is dated by its plans
	e.clusters[0].status = StatusPlanned
	if days, _ := e.clusterDays(); days[0] != 18 {
		t.Errorf("planned event: day %d, want 18", days[0])
	}
}

// TestBreakCycles: the members of a cycle of strong evidence share an
// override equal to the least in-weight any of them gets from the cycle;
// events off the cycle get none, and an acyclic graph reports no cycle.
func TestBreakCycles(t *testing.T) {
	strong := map[[2]int]float64{{0, 1}: 3, {1, 0}: 0, {1, 2}: 2, {2, 0}: 1, {2, 3}: 4}
	adj := map[int][]int{0: {1, 2}, 1: {0, 2}, 2: {1, 0, 3}, 3: {2}}
	net := func(a, b int) (float64, float64) { return strong[[2]int{a, b}] - strong[[2]int{b, a}], 0 }
	story := []int{0, 1, 2, 3}
	over := make([]float64, 4)
	if !breakCycles(adj, story, make([]bool, 4), over, net) {
		t.Fatal("cycle 0→1→2→0 not found")
	}
	// in-weights from the cycle: 0 gets 1 (from 2), 1 gets 3, 2 gets 2
	for c, want := range []float64{1, 1, 1, 0} {
		if over[c] != want {
			t.Errorf("over[%d] = %v, want %v", c, over[c], want)
		}
	}
	// with 2 done the rest is acyclic
	done := []bool{false, false, true, false}
	if breakCycles(adj, story, done, over, net) {
		t.Error("a cycle reported without one")
	}
	for c, v := range over {
		if v != 0 {
			t.Errorf("acyclic: over[%d] = %v, want 0", c, v)
		}
	}
}
