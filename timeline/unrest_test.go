package timeline

import "testing"

// TestUnrestKinds: what a night of unrest brings, in general news words:
// tear gas fired, a water cannon brought in, windows smashed, a crowd
// cleared from a square, a curfew imposed and lifted. Each figure of speech
// beside it reports nothing of the kind.
func TestUnrestKinds(t *testing.T) {
	checkMainKinds(t, []kindCase{
		{"Police fired the first volleys of tear gas at 7:10 p.m.", []string{"tear-gas"}},
		{"Officers fired canisters into the crowd near the fountain.", nil},
		{"The club fired its manager on Monday.", []string{"dismissal"}},
		{"Police brought in a water cannon about an hour later.", []string{"water-cannon"}},
		{"Windows were smashed at several shops on the high street.", []string{"vandalism"}},
		{"Riot police cleared the square just before midnight.", []string{"dispersal"}},
		{"Crews cleared debris from the square on Monday.", []string{"cleanup"}},
		{"The tower was cleared for takeoff at 6:40.", []string{"clearance"}},
		{"Police dispersed the crowd with batons.", []string{"dispersal"}},
		{"The plume dispersed over the estuary by noon.", nil},
		{"The mayor imposed an overnight curfew on the old town.", []string{"curfew"}},
		{"The mayor lifted the curfew on Saturday morning.", []string{"lifting"}},
		{"Several thousand people are gathering at the park for the march.", nil},
		{"Hedda Lurk spoke at a gathering of party members.", []string{"meeting"}},
		{"The march set off from the park shortly after 3 p.m.", []string{"protest"}},
		{"Hundreds of protesters blocked the bridge.", []string{"protest"}},
		{"Seven protesters were treated for injuries.", []string{"injury"}},
		{"Westby council put the cost of the damage at €2.6 million.", []string{"estimate"}},
		{"Repairs will cost an estimated €1.8 million.", []string{"estimate"}},
	})
	checkStatuses(t, []statusCase{
		{"The campaign will hold a new march next month.", "new march", StatusPlanned},
	})
}
