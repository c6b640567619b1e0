package timeline

import (
	"slices"
	"strings"
	"testing"
	"time"

	"storyline/timeline/compare"
)

// The tests of this file cover general causes found on held-out corpora
// (a parliamentary crisis, a ship striking a bridge); their sentences come
// from other domains on purpose.

// TestGeneralVocabulary: triggers for power failures, collisions, states of
// emergency, searches and their end, debates, motions, elections, walking
// out of a coalition, caretaker cabinets; and triggers inside names.
func TestGeneralVocabulary(t *testing.T) {
	tests := []struct {
		text   string
		kinds  []string // kinds of the main mentions, in order
		status Status   // of every main mention
	}{
		// power and collisions (aviation, rail, hospital)
		{"The jet lost power in both engines over the river.", []string{"failure"}, StatusHappened},
		{"A blackout hit the east wing of the hospital overnight.", []string{"failure"}, StatusHappened},
		{"A freight train ploughed into a stalled lorry at the crossing.", []string{"accident"}, StatusHappened},
		// a distress call is not a civil state of emergency (wildfire, aviation)
		{"The governor declared a state of emergency for three counties.", []string{"state-of-emergency"}, StatusHappened},
		{"The pilot declared an emergency over the lake.", []string{"emergency"}, StatusHappened},
		// searches (crime, mountaineering): calling one off is its end, not a cancellation
		{"Detectives searched the suspect's flat in the morning.", []string{"search"}, StatusHappened},
		{"Rescuers called off the search for the missing climbers at dusk.", []string{"search-end"}, StatusHappened},
		// deliberative bodies outside national politics
		{"The school board debated the budget for six hours.", []string{"debate"}, StatusHappened},
		{"A councillor tabled a motion to censure the mayor.", []string{"motion"}, StatusHappened},
		{"The union will hold a leadership election in March.", []string{"election"}, StatusPlanned},
		{"The Greens walked out of the coalition on the city council.", []string{"withdrawal"}, StatusHappened},
		{"The sponsor pulled out of the deal on Friday.", []string{"withdrawal"}, StatusHappened},
		{"Two workers were pulled out of the river by divers.", []string{"rescue"}, StatusHappened},
		{"The deputy mayor now leads a caretaker cabinet at city hall.", []string{"appointment"}, StatusHappened},
		{"Inspectors went aboard the ferry on Friday.", []string{"travel"}, StatusHappened},
		{"The city council passed the bill on Monday.", []string{"vote"}, StatusHappened},
		{"The petition was signed by 4,000 residents.", nil, StatusHappened},
		{"The two ministers signed the treaty in Geneva.", []string{"transaction"}, StatusHappened},
		{"The king dissolved parliament on Monday.", []string{"election"}, StatusHappened},
		{"The committee was handed the task of drafting the rules.", []string{"appointment"}, StatusHappened},
		{"Port officials kept the canal shut overnight.", []string{"closure"}, StatusHappened},
		// general vocabulary of aviation and politics
		{"The regional jet suffered a bird strike on its approach.", []string{"accident"}, StatusHappened},
		{"The governor vetoed the budget bill on Friday.", []string{"veto"}, StatusHappened},
		{"The challenger conceded defeat late on Sunday.", []string{"concession"}, StatusHappened},
		{"The House impeached the judge in March.", []string{"impeachment"}, StatusHappened},
		// elections: counts, recounts, results, requests, concessions,
		// certification; a number of votes beside another event counts
		// ballots, and a machine that jams breaks down
		{"Counting began at the sports centre shortly after the polls closed.", []string{"count"}, StatusHappened},
		{"The provisional result was declared at 4am, giving the mayor a lead of 212 votes.", []string{"election-result"}, StatusHappened},
		{"Lawmakers backed the motion by 83 votes to 71.", []string{"vote"}, StatusHappened},
		// finance: results, a run on deposits, queues, limits, a seizure, a
		// credit line, a downgrade, a share sale, job cuts, a payout; the
		// police seizing goods and a win capping a season are none of these
		{"The Harlow bakery chain booked a half-year loss of $3 million on Tuesday.", []string{"results"}, StatusHappened},
		{"Depositors withdrew some $60 million from the Westby building society on Monday.", []string{"outflow"}, StatusHappened},
		{"Queues formed outside the Easton ticket office before dawn.", []string{"queue"}, StatusHappened},
		{"The co-operative capped fuel purchases at 30 litres a car.", []string{"limit"}, StatusHappened},
		{"The win capped a fine season for the club.", nil, StatusHappened},
		{"The watchdog seized the Calderway insurer at first light on Thursday.", []string{"seizure"}, StatusHappened},
		{"Police seized drugs and cash at the house.", nil, StatusHappened},
		{"Ilse Varn has ruled out state ownership of the bus company.", []string{"nationalisation"}, StatusHypothetical},
		{"Customs officers have not ruled out more arrests in Harlow.", []string{"arrest"}, StatusHypothetical},
		{"Colm Vey hasn't ruled out arrests.", []string{"arrest"}, StatusHypothetical},
		{"Mara Osk has ruled out higher harbour fees ahead of the election.", []string{"election"}, StatusHappened},
		{"An agency in Westby downgraded the airline's bonds on Tuesday.", []string{"downgrade"}, StatusHappened},
		{"The province extended a credit line to the Easton shipyard.", []string{"funding"}, StatusHappened},
		{"The province agreed to lend the shipyard $40 million to pay its staff.", []string{"funding"}, StatusHappened},
		{"The deal was sealed at a marathon all-night meeting in Westby.", []string{"transaction", "meeting"}, StatusHappened},
		{"The brewer has put out its yearly figures.", nil, StatusHappened},
		{"Hedda Lurk ruled that out on Tuesday afternoon.", nil, StatusHappened},
		{"The brewer called off its planned rights issue.", []string{"share-sale"}, StatusCancelled},
		{"Some 85 jobs will go at the Harlow depot.", []string{"job-cuts"}, StatusHappened},
		{"The ticketing website crashed twice on Saturday morning.", []string{"outage"}, StatusHappened},
		{"Ilse Varn took over as acting head coach.", []string{"appointment"}, StatusHappened},
		{"A Harlow grocer agreed to buy the bankrupt chain's stores.", []string{"transaction"}, StatusHappened},
		{"The insurer began paying policyholders on Monday.", []string{"compensation"}, StatusHappened},
		{"Students could not log in to the university portal.", []string{"services-down"}, StatusHappened},
		// ordinary news text the finance words must leave alone
		{"Mourners began paying tribute on Sunday.", nil, StatusHappened},
		{"The storm was downgraded to a tropical depression.", nil, StatusHappened},
		{"Police downgraded the charge.", nil, StatusHappened},
		{"The firm withdrew two million jars.", nil, StatusHappened},
		{"The donor withdrew $2 billion in military aid.", nil, StatusHappened},
		{"Investigators reached the crash site.", []string{"accident"}, StatusHappened},
		{"The speed limit is 30 miles per hour.", nil, StatusHappened},
		{"The central bank seized on the data.", nil, StatusHappened},
		{"Rebels took control of the central bank building.", nil, StatusHappened},
		{"She served as interim director for two years.", nil, StatusHappened},
		{"The army reported heavy losses.", nil, StatusHappened},
		{"The report lent weight to the claims.", nil, StatusHappened},
		{"The court ruled that the merger was unlawful.", []string{"ruling", "transaction"}, StatusHappened},
		// a number of votes tells the vote, unless a margin or a gap measures it
		{"The bill passed with 57 votes.", []string{"vote"}, StatusHappened},
		{"The amendment received 45 votes.", []string{"vote"}, StatusHappened},
		{"Her majority is 80 votes.", nil, StatusHappened},
		{"Varn's lead fell to 30 votes.", nil, StatusHappened},
		// any other number of votes measures something: a margin, a gap
		{"The sheriff's margin is 19 votes.", nil, StatusHappened},
		{"Fewer than five votes separate Osk and Vey.", nil, StatusHappened},
		{"The council approved the plan, 40 votes in favour.", []string{"vote"}, StatusHappened},
		{"Westby has relied on ballot scanners since 2025.", nil, StatusHappened},
		{"Her campaign applied for a recount on Monday.", []string{"request"}, StatusHappened},
		{"The board ordered a full hand recount of the county's council election.", []string{"order"}, StatusHappened},
		{"The recount began at 9am on Tuesday with 40 counters.", []string{"recount"}, StatusHappened},
		{"The challenger refused to concede on Friday night.", []string{"refusal"}, StatusHappened},
		{"He conceded that the plan had flaws.", nil, StatusHappened},
		{"The senator conceded the race on Saturday afternoon.", []string{"concession"}, StatusHappened},
		{"The state board certified the result on Monday.", []string{"certification"}, StatusHappened},
		{"The firm certified the accounts.", nil, StatusHappened},
		{"A scanning machine jammed shortly after midnight.", []string{"breakdown"}, StatusHappened},
		{"Talks on a new coalition broke down on Friday.", []string{"meeting"}, StatusHappened},
		{"A ballot box from the north ward went missing for two hours.", []string{"disappearance"}, StatusHappened},
		{"Three hikers are missing in the hills.", nil, StatusHappened},
		{"The wallet was eventually found in a drawer.", []string{"discovery"}, StatusHappened},
		{"Her lawyers went to court on Friday to stop the count.", []string{"lawsuit"}, StatusHappened},
		{"The bloc imposed sanctions on three shipping firms.", []string{"sanctions"}, StatusHappened},
		// launches (space, defence): a rocket or missile launch; a launched
		// inquiry is no launch; an engine igniting is no outbreak of fire
		{"The rocket lifted off from the spaceport at dawn.", []string{"departure"}, StatusHappened},
		{"Liftoff came at 6:02 a.m., and the booster cleared the tower seconds later.", []string{"launch", "launch"}, StatusHappened},
		{"The country launched a ballistic missile into the sea on Sunday.", []string{"launch"}, StatusHappened},
		{"The regulator launched an inquiry into the crash.", []string{"investigation"}, StatusHappened},
		{"The second-stage engine ignited on time.", []string{"staging"}, StatusHappened},
		{"The engine in the lawn mower ignited the fuel.", nil, StatusHappened},
		{"The two stages separated about two minutes after liftoff.", []string{"staging"}, StatusHappened},
		{"A spark from a mower ignited dry grass near the highway.", []string{"outbreak"}, StatusHappened},
		// halting production is a closure; halting flights stays an order
		{"Production at the bottling plant was halted on Monday.", []string{"closure"}, StatusHappened},
		{"Lines at the biscuit factory were stopped at 6 a.m.", []string{"closure"}, StatusHappened},
		{"The regulator suspended all flights of the jet type.", []string{"order"}, StatusHappened},
		{"Police stopped the car near the factory gates.", nil, StatusHappened},
		// a legislative hearing (health, business)
		{"The chief executive gave evidence to the health committee on Tuesday.", []string{"hearing"}, StatusHappened},
		{"The chief executive was questioned by the Assembly's health committee.", []string{"hearing"}, StatusHappened},
		{"The suspect was questioned by detectives on Friday.", nil, StatusHappened},
		// outages of services (technology, utilities) are not cancellations
		{"The payments network went down for three hours on Friday.", []string{"outage"}, StatusHappened},
		{"The bank's app stopped working across the country.", []string{"outage"}, StatusHappened},
		{"The outage lasted most of the day.", []string{"outage"}, StatusHappened},
		{"The airline cancelled 40 flights.", []string{"cancellation"}, StatusHappened},
		{"Engineers rolled back the update overnight.", []string{"rollback"}, StatusHappened},
		{"Engineers traced the failure to a faulty software update.", []string{"discovery", "change"}, StatusHappened},
		{"Investigators identified the cause of the blaze on Friday.", []string{"discovery"}, StatusHappened},
		{"Most services came back by late afternoon.", []string{"reopening"}, StatusHappened},
		{"The bank said its app was up and running.", []string{"reopening"}, StatusHappened},
		{"The team came back on Sunday after a week away.", nil, StatusHappened},
		// a trigger word inside a name is no event; a name the trigger ends is one
		{"The Regional Rescue Coordination Centre said the lines were busy.", nil, StatusHappened},
		{"Staff at the Flood Warning Service worked through the night.", nil, StatusHappened},
		{"The Harvest Festival drew large crowds to the square.", []string{"public-event"}, StatusHappened},
		// cancellation phrases after the trigger (court, business)
		{"The hearing set for Monday has been dropped.", []string{"hearing"}, StatusCancelled},
		{"The shareholder meeting will not take place.", []string{"meeting"}, StatusCancelled},
		{"The club cancelled a three-day summer tour of Asia that was due to begin on Monday.", []string{"travel"}, StatusCancelled},
		{"The airline filed its lawsuit on Friday, seeking damages for the flights it cancelled.", []string{"lawsuit"}, StatusHappened},
		{"A festival, which had been scheduled for the last weekend of June, will not go ahead.", []string{"public-event"}, StatusCancelled},
		// a grid failure and its aftermath (energy; sentences also from storms and floods)
		{"Crews began restoring power to the district at 11:40 p.m.", []string{"restoration"}, StatusHappened},
		{"By 7 a.m. about 1.2 million customers had been reconnected.", []string{"restoration"}, StatusHappened},
		{"Electricity was back on for most homes by Wednesday evening.", []string{"restoration"}, StatusHappened},
		{"The lights came back on briefly before failing again.", nil, StatusHappened},
		{"The plan is back on the agenda.", nil, StatusHappened},
		{"Within minutes the lights had gone out across the province.", []string{"failure"}, StatusHappened},
		{"Every household will receive $60 off its next bill.", []string{"compensation"}, StatusPlanned},
		{"Every household that lost power will receive a bill credit.", []string{"compensation"}, StatusPlanned},
		{"A wildfire that broke out near the lake forced the evacuation of the town.", []string{"outbreak", "evacuation"}, StatusHappened},
		{"An internal fault ignited the transformer's insulating oil.", []string{"outbreak"}, StatusHappened},
		{"All 23 hospitals switched to backup generators.", []string{"backup-power"}, StatusHappened},
		{"The mayor opened six warming centres in schools.", []string{"relief"}, StatusHappened},
		{"The minister summoned the heads of the agencies to the control centre.", []string{"meeting"}, StatusHappened},
		{"The judge summoned the witness to court.", nil, StatusHappened},
		{"It was attended by the chief executive and two directors.", []string{"meeting"}, StatusHappened},
		{"The fire service says the fire is out.", []string{"containment"}, StatusHappened},
		{"The company has put out a statement: the fire has not spread and nobody has been hurt.", []string{"written-statement"}, StatusHappened},
		{"Firefighters put out the blaze within an hour, the report said.", []string{"containment"}, StatusHappened},
		{"The utility told customers that power was restored and issued a boil-water notice.", []string{"restoration", "warning"}, StatusHappened},
		{"The disciplinary panel heard the case over two days at the agency's headquarters.", []string{"hearing"}, StatusHappened},
		{"The hearing, held behind closed doors, lasted nearly nine hours.", []string{"hearing"}, StatusHappened},
		{"The thieves used a ladder to reach a window of the gallery at 9:40am.", []string{"theft", "break-in"}, StatusHappened},
		{"Residents said the window of the flat had been open all week.", nil, StatusHappened},
		{"The two parallel 275 kV circuits tripped on overload at 4:17 p.m.", []string{"disconnection"}, StatusHappened},
		{"The striker tripped and fell in the second half.", nil, StatusHappened},
		{"It was a very different tone from the one he struck two weeks ago.", nil, StatusHappened},
		{"Supporters shouted that the election had been stolen.", []string{"election"}, StatusHappened},
		{"A drone struck an oil depot overnight.", []string{"attack"}, StatusHappened},
		{"The crisis began last week.", nil, StatusHappened},
		{"\"Now it is up to them,\" Halvik said as she left the building shortly before 7 p.m.", nil, StatusHappened},
		{"She left the building shortly before 7 p.m.", []string{"departure"}, StatusHappened},
		{"It is the second major outage in the region in less than two years.", nil, StatusHappened},
		{"This was the worst blackout since the ice storm of 2019.", nil, StatusHappened},
		{"The second outage began at 9 a.m.", []string{"outage"}, StatusHappened},
		{"It is the most serious outage in the region since 2019.", nil, StatusHappened},
		{"The coast guard warned boaters to stay out of a section of the sea.", []string{"warning"}, StatusHappened},
		{"The coast guard has issued a notice to mariners.", []string{"warning"}, StatusHappened},
		{"The minister warned that the plan would fail.", nil, StatusHappened},
		{"Crowds cheered as the rocket arced out over the ocean.", []string{"launch"}, StatusHappened},
		{"Prices rose from 4% to 6%.", nil, StatusHappened},
		{"The bank says its app and online banking are unavailable.", []string{"services-down"}, StatusHappened},
		{"Card payments were declined at stores and restaurants.", []string{"services-down"}, StatusHappened},
		{"The minister was unavailable for comment.", nil, StatusHappened},
		{"His visa application was declined.", nil, StatusHappened},
		{"The airline has taken the cloud provider to court over the failure.", []string{"lawsuit"}, StatusHappened},
		{"The power diverted onto two parallel lines and overloaded them.", nil, StatusHappened},
		{"Opposition spokesman Ruairi Pell called for her resignation on Wednesday.", []string{"resignation-call"}, StatusHappened},
		{"Lawmakers urged the chief executive to step down.", []string{"resignation-call"}, StatusHappened},
		{"The minister resigned on Friday.", []string{"resignation"}, StatusHappened},
		{"The flight diverted to a regional airport.", []string{"landing"}, StatusHappened},
		{"Crews acted on earlier warnings and evacuated the valley.", []string{"evacuation"}, StatusHappened},
		{"The fire, which started at 16:12, spread to the roof.", []string{"outbreak"}, StatusHappened},
		{"The water utility told residents to boil their tap water until further notice.", []string{"warning"}, StatusHappened},
		{"On Friday the minister ordered the operator to inspect all 14 transformers of the same model.", []string{"order"}, StatusHappened},
		{"The airline ordered 40 new jets to replace its fleet.", nil, StatusHappened},
		// natural hazards and their aftermath (earthquake-relief)
		{"The seismology institute has recorded more than 200 aftershocks.", nil, StatusHappened},
		{"The result was a political earthquake.", nil, StatusHappened},
		{"The volunteers were fired up.", nil, StatusHappened},
		{"The club fired its coach on Monday.", []string{"dismissal"}, StatusHappened},
		{"The coach was fired on Monday.", []string{"dismissal"}, StatusHappened},
		{"The manager was fired at the end of the season.", []string{"dismissal"}, StatusHappened},
		{"Troops fired into the crowd.", nil, StatusHappened},
		{"Guards fired at the van with rifles.", nil, StatusHappened},
		{"Officials dismissed rumours that the pier had cracked.", nil, StatusHappened},
		{"The board dismissed the chief executive.", []string{"dismissal"}, StatusHappened},
		{"The chief executive was dismissed on Friday after allegations of fraud.", []string{"dismissal"}, StatusHappened},
		{"The boy was lifted out of the well by rescuers.", []string{"rescue"}, StatusHappened},
		{"The girl was lifted from the rubble on Friday.", []string{"rescue"}, StatusHappened},
		{"The council lifted the curfew on Monday.", []string{"lifting"}, StatusHappened},
		{"The curfew was lifted from midnight.", []string{"lifting"}, StatusHappened},
		{"The curfew was lifted on Monday.", []string{"lifting"}, StatusHappened},
		{"Crews treated the smoke as a warning.", nil, StatusHappened},
		{"Forecasters issued a warning for the coast.", []string{"warning"}, StatusHappened},
		{"The coastguard declared the rescue phase over on Sunday.", []string{"search-end"}, StatusHappened},
		{"The first aid convoy reached Westby on Wednesday evening.", []string{"arrival"}, StatusHappened},
		{"The bus rolled into Harlow at dawn.", []string{"arrival"}, StatusHappened},
		{"The dispute reached Westby County Court in May.", nil, StatusHappened},
		{"The news reached Harlow on Tuesday.", nil, StatusHappened},
		{"Reporters reached Colm Vey by phone.", nil, StatusHappened},
		{"The fees will be rolled into the new loan.", nil, StatusHappened},
		{"Staff found the attack when screens showed a ransom note.", []string{"accident"}, StatusHappened},
	}
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		var got []string
		for _, m := range ms {
			if m.passing || m.quoted {
				continue
			}
			got = append(got, kindName(e, m))
			if m.status != tc.status {
				t.Errorf("%q: %s status %s, want %s", tc.text, kindName(e, m), m.status, tc.status)
			}
		}
		if strings.Join(got, ",") != strings.Join(tc.kinds, ",") {
			t.Errorf("%q: main kinds %v, want %v", tc.text, got, tc.kinds)
		}
	}
}

// TestDateYearAndSchedule: a date without a year read by tense is corrected
// by its weekday or by "for"; a timetable verb in the present makes a plan;
// "will remain closed" is a state that already holds; a date days after its
// article was published is a plan, whatever the tense.
func TestDateYearAndSchedule(t *testing.T) {
	may := time.Date(2026, 5, 14, 18, 0, 0, 0, time.UTC)
	jan := time.Date(2026, 1, 30, 18, 0, 0, 0, time.UTC)
	mar := time.Date(2026, 3, 10, 18, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		name   string
		pub    time.Time
		text   string
		trig   string
		day    int
		status Status
	}{
		{"weekday decides the year (sport)", may, "The club called an extraordinary meeting for Sunday 28 June.", "meeting", ymd(2026, 6, 28), StatusPlanned},
		{"for a date ahead (business)", may, "The union has called a ballot for 2 June.", "ballot", ymd(2026, 6, 2), StatusPlanned},
		{"past date stays past (court)", jan, "He was arraigned on March 10.", "arraigned", ymd(2025, 3, 10), StatusHappened},
		{"a date ahead in the story's year (technology)", mar, "The committee's hearing on March 18 is the first test for the executives.", "hearing", ymd(2026, 3, 18), StatusPlanned},
		{"a deadline date is read ahead (regulation)", mar, "On Monday the regulator ordered the bank to deliver the findings by 27 March.", "findings", ymd(2026, 3, 27), StatusPlanned},
		{"a state until a day (transport): the day ends it", mar, "Officials said the bridge was closed until 2 April.", "closed", 0, StatusHappened},
		{"that weekday is the story's, not today (technology)", mar, "Engineers began rolling the change back at 1:20 p.m. that Tuesday.", "rolling the change back", ymd(2026, 3, 3), StatusHappened},
		{"timetable present is a plan (court)", may, "The trial starts on 3 June.", "trial", ymd(2026, 6, 3), StatusPlanned},
		{"list that puts the date first is a report (wildfire)", may, "12 May: The evacuation begins at the school.", "evacuation", ymd(2026, 5, 12), StatusHappened},
		{"the day it was due is read ahead (sport)", may, "A charter flight carrying the team, the Blue Arrow, that was due to land on Saturday with 180 fans has been diverted to Leeds.", "diverted", ymd(2026, 5, 16), StatusHappened},
		{"will remain closed holds already (aviation)", may, "The airport will remain closed on Friday.", "closed", ymd(2026, 5, 15), StatusHappened},
		{"will be closed is a plan (aviation)", may, "The airport will be closed on Saturday.", "closed", ymd(2026, 5, 16), StatusPlanned},
		{"relative clause of scheduling dates its head (sport)", may, "The members' meeting, which had been scheduled for 2 June to vote on the plan, will not now go ahead.", "meeting", ymd(2026, 6, 2), StatusCancelled},
		{"remanded until a hearing: the hearing's day (court)", may, "He was remanded in custody until a further hearing on 2 June.", "remanded", 0, StatusHappened},
		{"remanded until a hearing: the hearing ahead (court)", may, "He was remanded in custody until a further hearing on 2 June.", "hearing", ymd(2026, 6, 2), StatusPlanned},
		{"relative clause that plans its head (politics)", may, "The bill needs a majority at a party meeting, which the leader said he expected to hold on 20 June.", "meeting", ymd(2026, 6, 20), StatusPlanned},
	}
	for _, tc := range tests {
		ms, e := mentionsAt(tc.pub, tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%s: no mention %q", tc.name, tc.trig)
			continue
		}
		if m.day != tc.day && (tc.day != 0 || tc.status == StatusHappened) {
			t.Errorf("%s: day %s, want %s", tc.name, fd(m.day), fd(tc.day))
		}
		if m.status != tc.status {
			t.Errorf("%s: status %s, want %s", tc.name, m.status, tc.status)
		}
	}
}

// TestRelationAdverbs: words that look like relation adverbs but are part
// of a time expression, an ordinal, a preposition or a coordinated verb do
// not relate the mention to the event reported before it.
func TestRelationAdverbs(t *testing.T) {
	tests := []struct {
		name, text, trig string
		adverb           bool // an adverb relation to the event before (target -1)
		target           string
	}{
		{"at first light (wildfire)", "Firefighters evacuated the valley at first light.", "evacuated", false, ""},
		{"ordinal (summit)", "The first of three motorcades arrived at noon.", "arrived", false, ""},
		{"later on a day (health)", "The hospital will hold a briefing later on Friday.", "briefing", false, ""},
		{"coordinated verb (crime)", "Staff evacuated the building at 9 a.m. and went back in two hours later.", "evacuated", false, ""},
		{"narrative adverb relates (aviation)", "Two minutes later the jet landed.", "landed", true, ""},
		{"adverb after a coordinated verb relates to the verb before (rail)", "The driver sent a distress call at 9:10 a.m. and the train hit the buffers two minutes later.", "hit", false, "distress call"},
		{"shortly after is a preposition (aviation)", "The jet crashed shortly after takeoff from the regional airport.", "crashed", false, "takeoff"},
	}
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%s: no mention %q", tc.name, tc.trig)
			continue
		}
		adverb, target := false, ""
		for _, r := range m.rels {
			if r.target < 0 {
				adverb = true
			} else {
				s := &e.sents[ms[r.target].sent]
				target = s.text[ms[r.target].tStart:ms[r.target].tEnd]
			}
		}
		if adverb != tc.adverb || target != tc.target {
			t.Errorf("%s: adverb %v target %q, want %v %q", tc.name, adverb, target, tc.adverb, tc.target)
		}
	}
	// an adverb relates only to an event reported a sentence or two before
	ms, e := sentenceMentions("The council voted on the plan.\nResidents had long complained.\nThe road is narrow.\nTraffic is heavy.\nThe mayor resigned afterwards.")
	e.ms = ms
	e.cluster()
	for i := range e.ms {
		if kindName(e, e.ms[i]) == "resignation" {
			if c := e.prevMain(i, e.ms[i].cluster); c >= 0 {
				t.Errorf("afterwards four sentences after the vote relates to cluster %d", c)
			}
		}
	}
}

// TestStatusScope: a cancellation phrase belongs to the event just before
// it, not to a statement that reports it; a clause opened by "that" is no
// preposition's object; the one who accepts a resignation did not resign;
// the head's own plan ("due to be held") does not end its scope.
func TestStatusScope(t *testing.T) {
	tests := []struct {
		text, trig string
		status     Status
		passing    bool
		agent      string
	}{
		{"The league confirmed on Thursday that a concert on the coast will not take place.", "confirmed", StatusHappened, false, ""},
		{"The league confirmed on Thursday that a concert on the coast will not take place.", "concert", StatusCancelled, false, ""},
		{"A public meeting on the strike that had been scheduled for Thursday was called off on Wednesday.", "meeting", StatusCancelled, false, ""},
		{"The chairman Paul Grant accepted the resignation of the coach.", "resignation", StatusHappened, false, ""},
		{"Coach Paul Grant announced his resignation on Monday.", "resignation", StatusHappened, false, "Paul Grant"},
		{"The Westby spring regatta, due to be held on 21 March, has been cancelled, its organisers said.", "regatta", StatusCancelled, false, ""},
		// a cancel word that describes another noun is not the trigger's status
		{"The abandoned match will be replayed on 15 April.", "replayed", StatusPlanned, false, ""},
		// a name after a whole noun phrase opens the main clause: "after the match" relates nothing to it
		{"On the Monday after the match Colm Vey had undergone surgery, and on Wednesday he spoke in a video recorded in his hospital bed.", "undergone surgery", StatusHappened, false, "Colm Vey"},
		// a plan word in a clause of its own subject is not the trigger's
		{"The procedure at Westby General Hospital went well, and Colm Vey is expected to stay in hospital for a week.", "procedure", StatusHappened, false, "Colm Vey"},
		{"The procedure at Westby General Hospital is expected to take four hours.", "procedure", StatusPlanned, false, ""},
		{"The cancelled flights were rebooked on Tuesday.", "cancelled flights", StatusHappened, false, ""},
	}
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.trig)
			continue
		}
		if m.status != tc.status || m.passing != tc.passing || m.agent != tc.agent {
			t.Errorf("%q %q: status %s passing %v agent %q, want %s %v %q", tc.text, tc.trig, m.status, m.passing, m.agent, tc.status, tc.passing, tc.agent)
		}
	}
}

// TestPossessiveTime: "next year's budget" dates the budget, not the vote
// on it; "last week's meeting" still dates the meeting.
func TestPossessiveTime(t *testing.T) {
	may := time.Date(2026, 5, 14, 18, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, trig string
		year       int
		background bool
	}{
		{"Shareholders voted on next year's dividend.", "voted", 0, false},
		{"Last year's meeting drew a record crowd.", "meeting", 2025, true},
	} {
		ms, e := mentionsAt(may, tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.trig)
			continue
		}
		if m.year != tc.year || m.background != tc.background {
			t.Errorf("%q: year %d background %v, want %d %v", tc.text, m.year, m.background, tc.year, tc.background)
		}
	}
}

// TestOrderWithinDay: on one day, a stated clock time places an event
// before events known only by their kind (a road closure after the
// early-morning crash it follows), and an undated plan comes after the
// latest article that announces it.
func TestOrderWithinDay(t *testing.T) {
	sun := time.Date(2026, 4, 12, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: sun, text: "Police closed the motorway on Sunday.\nA tanker crashed at 2:10 a.m. on Sunday near the junction."}))
	closed, crash := eventWith(tl, "", "closed the motorway"), eventWith(tl, "", "tanker crashed")
	if closed < 0 || crash < 0 || closed == crash {
		t.Fatalf("closure %d and crash %d should be two events", closed, crash)
	}
	if crash > closed {
		t.Errorf("the 2:10 a.m. crash (rank %d) should come before the closure (rank %d)", crash+1, closed+1)
	}

	fri := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	tue := time.Date(2026, 4, 14, 20, 0, 0, 0, time.UTC)
	tl = Build(corpusOf("t",
		article{id: "a", outlet: "A", published: fri, text: "The chemical plant exploded on Friday, April 10, 2026.\nThe blast shook homes on Friday."},
		article{id: "b", outlet: "B", published: tue, text: "The plant exploded on Friday, April 10, 2026.\nCrews contained the fire on Sunday.\nThe company will hold a briefing for residents."}))
	plan, contained := eventWith(tl, "", "will hold a briefing"), eventWith(tl, "", "contained the fire")
	if plan < 0 || contained < 0 {
		t.Fatalf("briefing %d, containment %d", plan, contained)
	}
	if plan < contained {
		t.Errorf("the briefing announced on Tuesday (rank %d) should come after Sunday's containment (rank %d)", plan+1, contained+1)
	}
}

// TestPlanWithoutDateComesLate: a plan with no date of its own is not of
// the day of the sentences around it; it comes after what the outlets
// report before they announce it.
func TestPlanWithoutDateComesLate(t *testing.T) {
	fri := time.Date(2026, 3, 6, 20, 0, 0, 0, time.UTC)
	tue := time.Date(2026, 3, 10, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: fri, text: "The network went down at 8:40 a.m. on Tuesday, March 3, 2026.\nA customer sued the company on Friday, March 6, 2026."},
		article{id: "b", outlet: "B", published: tue, text: "The network went down at 8:40 a.m. on Tuesday, March 3, 2026.\n" +
			"Every affected customer will receive a service credit.\nEngineers rolled back the change at 1:20 p.m. on Tuesday, March 3, 2026."}))
	plan, sued := eventWith(tl, "", "will receive a service credit"), eventWith(tl, "", "sued the company")
	if plan < 0 || sued < 0 {
		t.Fatalf("credit %d, lawsuit %d", plan, sued)
	}
	if plan < sued {
		t.Errorf("the credit announced on March 10 (rank %d) should come after the March 6 lawsuit (rank %d)", plan+1, sued+1)
	}
}

// TestMomentOfTheNarrativeDay: a moment of an instant kind told with a
// clock time but no day, after the article has told its day, is not one of
// another stated day (restoration beginning at 11:40 p.m. on Tuesday is not
// the last homes reconnected at 5:05 a.m. on Thursday).
func TestMomentOfTheNarrativeDay(t *testing.T) {
	wed := time.Date(2027, 3, 3, 20, 0, 0, 0, time.UTC)
	thu := time.Date(2027, 3, 4, 12, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: wed, text: "A substation caught fire at 4:12 p.m. on Tuesday.\nCrews began restoring power in phases at 11:40 p.m."},
		article{id: "b", outlet: "B", published: thu, text: "The last customers were reconnected at 5:05 a.m. on Thursday, March 4."}))
	began, last := eventWith(tl, "", "began restoring power"), eventWith(tl, "", "last customers were reconnected")
	if began < 0 || last < 0 {
		t.Fatalf("began %d, last %d", began, last)
	}
	if began == last {
		t.Errorf("restoration beginning on Tuesday night and ending on Thursday are one event: %+v", tl.Events[began])
	}
}

// TestLiveEntryOfTheBlogsDay: a live blog's entry told in the present
// ("12:15 — The mayor arrives at the hall") happens on the blog's day, so it
// is not the arrival of another day; a recap in the past tense takes no
// day from the blog. A landing is a moment: one outlet's landings hours
// apart are two.
func TestLiveEntryOfTheBlogsDay(t *testing.T) {
	oct15 := time.Date(2027, 10, 15, 12, 0, 0, 0, time.UTC)
	oct28 := time.Date(2027, 10, 28, 21, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: oct15, text: "The mayor arrived at the hall at 10 p.m. on Thursday, October 14, 2027."},
		article{id: "b", outlet: "B", published: oct28, text: "**12:15** — The mayor arrives at the hall and shakes hands with the counters.\n" +
			"12:20 — A reminder: the ballot box went missing on count night."}))
	live, early := eventWith(tl, "", "arrives at the hall"), eventWith(tl, "", "arrived at the hall")
	if live < 0 || early < 0 {
		t.Fatalf("live %d, early %d", live, early)
	}
	if live == early {
		t.Fatalf("the blog's arrival and the arrival of October 14 are one event: %+v", tl.Events[live])
	}
	if d := tl.Events[live].When.Date; d != "2027-10-28" {
		t.Errorf("the blog's arrival dated %q, want 2027-10-28", d)
	}
	if k := eventWith(tl, "", "went missing on count night"); k >= 0 && tl.Events[k].When.Date == "2027-10-28" && !tl.Events[k].When.Inferred {
		t.Errorf("the recap took the blog's day as its own: %+v", tl.Events[k].When)
	}

	tl = Build(corpusOf("t",
		article{id: "a", outlet: "A", published: oct28, text: "12:55 — The first plane has landed at the city airport.\n" +
			"16:20 — Touchdown. The second plane has landed at the air base."},
		article{id: "b", outlet: "B", published: oct28, text: "The planes landed on Thursday, October 28, 2027, hours apart."}))
	first, second := eventWith(tl, "", "first plane has landed"), eventWith(tl, "", "second plane has landed")
	if first < 0 || second < 0 || first == second {
		t.Errorf("landings at 12:55 and 16:20 told by one outlet: events %d and %d, want two", first, second)
	}
}

// TestTimeOfTheMainVerb: a day told before "after <event>" is the day of
// the sentence's main event, not of the earlier one ("banned her on 30
// April after a two-day hearing").
func TestTimeOfTheMainVerb(t *testing.T) {
	may := time.Date(2026, 5, 8, 12, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: may, text: "An agency panel banned the runner for four years on 30 April 2026 after a two-day hearing at a hotel in Westport."}))
	k := eventWith(tl, "", "after a two-day hearing")
	if k < 0 {
		t.Fatal("no event of the sentence")
	}
	for _, ev := range tl.Events {
		if ev.Kind == "hearing" && ev.When.Date == "2026-04-30" && !ev.When.Inferred {
			t.Errorf("the hearing took the ban's day: %+v", ev.When)
		}
	}
}

// TestWhoAndDurationText: Who lists people and organisations, not places;
// a duration written as a modifier reads as a length.
func TestWhoAndDurationText(t *testing.T) {
	pub := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Mayor Ana Ruiz met Governor Tom Hale in Denver on Friday for a 45-minute meeting.\nRuiz and Hale met in Denver again later."}))
	i := eventWith(tl, "", "45-minute meeting")
	if i < 0 {
		t.Fatal("no meeting event")
	}
	ev := tl.Events[i]
	for _, w := range ev.Who {
		if w == "Denver" {
			t.Errorf("Who %v lists a place", ev.Who)
		}
	}
	if len(ev.Who) == 0 {
		t.Errorf("Who is empty, want the mayor and the governor")
	}
	tl = Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "The Valley Tribune reported that Mayor Ana Ruiz resigned on Friday in Denver.\nRuiz resigned after a long dispute."}))
	if i := eventWith(tl, "", "Ruiz resigned"); i < 0 {
		t.Error("no resignation event")
	} else {
		for _, w := range tl.Events[i].Who {
			if w == "Valley Tribune" || w == "Denver" {
				t.Errorf("resignation Who %v lists a newspaper or a place", tl.Events[i].Who)
			}
		}
	}
	for _, d := range ev.Durations {
		if strings.Contains(d.Text, "-") || d.Text != "45 minutes" {
			t.Errorf("duration text %q, want \"45 minutes\"", d.Text)
		}
	}
	for _, tc := range []struct {
		text    string
		minutes int
		approx  string
		want    string
	}{
		{"12-minute", 12, "exact", "12 minutes"},
		{"two-hour", 120, "exact", "2 hours"},
		{"day-long", 1440, "exact", "1 day"},
		{"about three hours", 180, "about", "about three hours"},
		{"for 90 minutes", 90, "exact", "1.5 hours"},
		{"four-year", 4 * 525600, "exact", "4 years"},
		{"18-month", 18 * 43800, "exact", "18 months"},
		{"two-week", 2 * 10080, "exact", "2 weeks"},
	} {
		if got := readableDuration(tc.text, tc.minutes, tc.approx); got != tc.want {
			t.Errorf("readableDuration(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDurationDisagreementScope: lengths stated for one event of a sentence
// are not a disagreement of another event the sentence reports.
func TestDurationDisagreementScope(t *testing.T) {
	pub := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "On Friday, after a two-hour debate, the city council passed the bill."},
		article{id: "b", outlet: "B", published: pub, text: "On Friday, after a five-hour debate, the city council passed the bill."}))
	for _, ev := range tl.Events {
		if ev.Kind != "vote" {
			continue
		}
		for _, d := range ev.Disagreements {
			if d.Fact == "duration" {
				t.Errorf("vote %q has a duration disagreement %q; the lengths are the debate's", ev.Title, d.Note)
			}
		}
	}
	found := false
	for _, ev := range tl.Events {
		found = found || ev.Kind == "debate" && len(ev.Durations) == 2
	}
	if !found {
		t.Error("no debate event with both stated lengths")
	}
}

// TestDisruptionLength: the length of the stoppage a breakdown caused,
// stated later in its sentence, is the breakdown's, and outlets that give
// different lengths disagree.
func TestDisruptionLength(t *testing.T) {
	pub := time.Date(2026, 5, 8, 12, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "On Friday a ticket machine at the north gate jammed, and staff sent fans to the other gates for about two hours."},
		article{id: "b", outlet: "B", published: pub, text: "On Friday a ticket machine at the north gate broke down, causing a 40-minute wait for fans."}))
	found := false
	for _, ev := range tl.Events {
		if ev.Kind != "breakdown" {
			continue
		}
		for _, d := range ev.Disagreements {
			found = found || d.Fact == "duration" && d.Verdict == "conflicting"
		}
		if len(ev.Durations) != 2 {
			t.Errorf("breakdown durations %+v, want both outlets'", ev.Durations)
		}
	}
	if !found {
		t.Errorf("no conflicting duration on the breakdown: %+v", tl.Events)
	}
}

// TestEndingDurationDisagreement: an event that ends an activity carries
// that activity's stated length ("called off the search after 17 hours"),
// so two outlets' different lengths are its disagreement.
func TestEndingDurationDisagreement(t *testing.T) {
	pub := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	tests := []struct{ kind, a, b string }{
		{"search-end", "Rescuers called off the search for the missing hikers on Friday evening after 17 hours.",
			"On Friday evening, after about 22 hours, rescuers called off the search for the missing hikers."},
		{"reopening", "The motorway reopened on Friday after 11 hours.",
			"The motorway reopened on Friday after six hours."},
	}
	for _, tt := range tests {
		tl := Build(corpusOf("t",
			article{id: "a", outlet: "A", published: pub, text: tt.a},
			article{id: "b", outlet: "B", published: pub, text: tt.b}))
		found := false
		for _, ev := range tl.Events {
			for _, d := range ev.Disagreements {
				found = found || ev.Kind == tt.kind && d.Fact == "duration"
			}
		}
		if !found {
			t.Errorf("%s: no duration disagreement on the %s event; events %+v", tt.kind, tt.kind, tl.Events)
		}
	}
}

// TestBusinessAndResponseVocabulary: offers and bids, their rejection and
// acceptance, share moves, walking away from a deal; a raised offer is
// another instance; a stance ("rejected the idea") is no event; "struck"
// and "hit" with a vehicle or a structure are accidents; "in a bid to" and
// "the impact of" are no events. (Found on a takeover corpus; sentences
// from sport, tech, politics, transport.)
func TestBusinessAndResponseVocabulary(t *testing.T) {
	tests := []struct {
		text     string
		kinds    []string // kinds of the main mentions, in order
		status   Status   // of every main mention
		instance string   // of the first main mention
	}{
		{"The club made an offer for the striker on Monday.", []string{"offer"}, StatusHappened, ""},
		{"The software group approached the chipmaker in March with a cash proposal.", []string{"offer"}, StatusHappened, ""},
		{"The utility raised its bid to $40 a share.", []string{"offer"}, StatusHappened, "raised"},
		{"The league rebuffed the broadcaster's proposal.", []string{"rejection"}, StatusHappened, ""},
		{"The union turned down the pay offer on Friday.", []string{"rejection"}, StatusHappened, ""},
		{"The minister has repeatedly rejected the idea of a second runway.", nil, StatusHappened, ""},
		{"The senator rejected claims that she had misled the committee.", nil, StatusHappened, ""},
		{"The board is minded to recommend the offer.", []string{"acceptance"}, StatusHappened, ""},
		{"Shares in the airline tumbled 12% in early trading.", []string{"market-move"}, StatusHappened, ""},
		{"Shares in Harlow Foods closed at 210p.", []string{"market-move"}, StatusHappened, ""},
		{"The carmaker's shares were little changed in early trading.", nil, StatusHappened, ""},
		{"The investor walked away from the stadium deal.", []string{"withdrawal"}, StatusHappened, ""},
		{"The carrier walked away from its planned tie-up with a rival.", []string{"withdrawal"}, StatusHappened, ""},
		{"Crews worked through the night in a bid to contain the blaze.", []string{"fire"}, StatusHappened, ""},
		// transport: "struck"/"hit" with a vehicle or structure is a collision
		{"The ferry struck the harbour wall at speed.", []string{"accident"}, StatusHappened, ""},
		{"A drone struck the depot overnight.", []string{"attack"}, StatusHappened, ""},
		{"The bus hit a lamp post outside the station.", []string{"accident"}, StatusHappened, ""},
		{"The storm hit the coast on Sunday.", nil, StatusHappened, ""},
		{"The talks collapsed on Friday night.", []string{"withdrawal"}, StatusHappened, ""},
		{"The alliance unravelled on Thursday.", []string{"withdrawal"}, StatusHappened, ""},
		{"The coach ruled out a move to Spain.", nil, StatusHappened, ""},
		{"Fans greeted the news of the coach's departure with relief.", []string{"departure"}, StatusHappened, ""},
		{"The mayor greeted the team at the airport.", []string{"arrival"}, StatusHappened, ""},
		{"The result was greeted with cheers in the hall.", nil, StatusHappened, ""},
		{"The delegation was greeted by the mayor at the airport.", []string{"arrival"}, StatusHappened, ""},
		{"Three climbers were missing after the avalanche.", []string{"search"}, StatusHappened, ""},
		// an infinitive after a verb of directing is no preposition's object
		{"The flood forced the council to shut down the bridge and cancel the market.", []string{"closure"}, StatusHappened, ""},
		// court and sport
		{"A jury of seven women and five men was seated on Tuesday.", []string{"jury-selection"}, StatusHappened, ""},
		{"The guests were seated at noon.", nil, StatusHappened, ""},
		{"The magistrate ordered the firm to pay $2 million in restitution.", []string{"sentence"}, StatusHappened, ""},
		{"The coach apologized to the fans on Monday.", []string{"statement"}, StatusHappened, ""},
		{"The stand collapsed during the match.", []string{"accident"}, StatusHappened, ""},
		{"The impact came seconds after the lorry stalled on the bridge.", []string{"accident"}, StatusHappened, ""},
		{"Economists debated the impact of the tariffs.", []string{"debate"}, StatusHappened, ""},
		{"The regulator had warned that the merger would raise prices.", []string{"warning"}, StatusHappened, ""},
		{"The senator warned of higher prices.", nil, StatusHappened, ""},
		{"Power to the plant returned briefly, then failed again.", []string{"failure"}, StatusHappened, ""},
		{"The club's annual festival, which had been set for 3 May, will not now go ahead.", []string{"public-event"}, StatusCancelled, ""},
	}
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		var got []string
		first := true
		for _, m := range ms {
			if m.passing || m.quoted {
				continue
			}
			got = append(got, kindName(e, m))
			if m.status != tc.status {
				t.Errorf("%q: %s status %s, want %s", tc.text, kindName(e, m), m.status, tc.status)
			}
			if first && m.instance != tc.instance {
				t.Errorf("%q: %s instance %q, want %q", tc.text, kindName(e, m), m.instance, tc.instance)
			}
			first = false
		}
		if strings.Join(got, ",") != strings.Join(tc.kinds, ",") {
			t.Errorf("%q: main kinds %v, want %v", tc.text, got, tc.kinds)
		}
	}
}

// TestTimeOfSaying: "said on Monday it had rejected …" dates the saying,
// not the rejection; "by Saturday … had cancelled" keeps its day; a clock
// time of the coordinated verb before is not the mention's own when it has
// a narrative time ("… and hit the bridge two minutes later"); the day of
// cancelling is not the day of the event cancelled; "according to the
// statement" is a passing reference.
func TestTimeOfSaying(t *testing.T) {
	pub := time.Date(2026, 5, 14, 18, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		name, text, trig string
		day              int // -1: not checked
		clock            int // -1: none
		passing          bool
	}{
		{"past perfect after saying (sport)", "The club said on Monday it had rejected the bid.", "rejected", 0, -1, false},
		{"simple past keeps the day (sport)", "The club rejected the bid on Monday.", "rejected", ymd(2026, 5, 11), -1, false},
		{"by a day keeps it (aviation)", "By Tuesday afternoon the airline said it had cancelled 90 flights.", "cancelled", ymd(2026, 5, 12), -1, false},
		{"narrative time of its own (rail)", "The driver sent a distress call at 9:10 a.m. on Tuesday and the train hit the buffers two minutes later.", "hit", ymd(2026, 5, 12), 9*60 + 12, false},
		{"the day of cancelling is not the event's (sport)", "The club cancelled the victory parade on Tuesday afternoon.", "parade", 0, -1, false},
		{"a day for the event stays (sport)", "The club cancelled the victory parade planned for Saturday.", "parade", ymd(2026, 5, 16), -1, false},
		{"according to a report released by (aviation)", "The jet had left the gate early, according to a timeline released by the airline.", "released", -1, -1, true},
		{"according to people briefed on (politics)", "The sticking point, according to two people briefed on the negotiations, was the budget.", "negotiations", -1, -1, false},
		{"according to the statement (politics)", "The plan was first put to the cabinet on Tuesday, according to the statement.", "statement", -1, -1, true},
	}
	for _, tc := range tests {
		ms, e := mentionsAt(pub, tc.text)
		m := mentionOf(ms, e, tc.trig)
		if m == nil {
			t.Errorf("%s: no mention %q", tc.name, tc.trig)
			continue
		}
		if tc.day >= 0 && m.day != tc.day || m.clock != tc.clock || m.passing != tc.passing {
			t.Errorf("%s: day %s clock %d passing %v, want %s %d %v", tc.name, fd(m.day), m.clock, m.passing, fd(tc.day), tc.clock, tc.passing)
		}
	}
}

// TestCancellationsApartFromDiversion: a round of cancellations of things
// that are no events ("cancelled 120 operations") does not join an
// ambulance diversion of the same family (health, from a hospital corpus;
// here a flood).
func TestCancellationsApartFromDiversion(t *testing.T) {
	pub := time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)
	c := corpusOf("flood",
		article{id: "a", outlet: "A", published: pub, text: "The county hospital went on ambulance diversion on Monday after the flood.\nThe diversion ended on Wednesday evening."},
		article{id: "b", outlet: "B", published: pub, text: "The hospital has cancelled 120 operations since the flood, a spokesman said on Wednesday."},
	)
	tl := Build(c)
	d := eventOfKind(tl, "diversion", "a", "ambulance diversion")
	if d < 0 {
		t.Fatalf("no diversion event")
	}
	if k := eventWith(tl, "b", "cancelled 120 operations"); k == d {
		t.Errorf("the cancellations joined the diversion %q", tl.Events[d].Title)
	}
}

// TestShareMovesOnTheirDay: a share move with no day of its own happened
// on its article's publication day, so moves reported on different days
// are different events (tech stocks, from a takeover corpus).
func TestShareMovesOnTheirDay(t *testing.T) {
	mon := time.Date(2026, 3, 2, 17, 0, 0, 0, time.UTC)
	wed := time.Date(2026, 3, 4, 17, 0, 0, 0, time.UTC)
	c := corpusOf("chips",
		article{id: "a", outlet: "A", published: mon, text: "Shares in Orbital Chips jumped 18% in early trading."},
		article{id: "b", outlet: "B", published: wed, text: "Shares in Orbital Chips fell 9% in early trading."},
	)
	tl := Build(c)
	a, b := eventWith(tl, "a", "jumped 18%"), eventWith(tl, "b", "fell 9%")
	if a < 0 || b < 0 {
		t.Fatalf("share moves missing: %d %d", a, b)
	}
	if a == b {
		t.Errorf("moves of Monday and Wednesday are one event %q", tl.Events[a].Title)
	}
	if a > b {
		t.Errorf("Wednesday's move comes before Monday's")
	}
}

// TestMergeAcrossDates: one outlet giving a happening the day next to the
// one three others give is the same happening, so the two dates are a
// disagreement of one event; an outlet that reports both days, or
// different participants, keeps two events.
func TestMergeAcrossDates(t *testing.T) {
	pub := time.Date(2026, 4, 10, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "The dairy recalled nine cheese products on April 3 after a listeria scare."},
		article{id: "b", outlet: "B", published: pub, text: "On April 3 the dairy recalled nine cheese products."},
		article{id: "c", outlet: "C", published: pub, text: "The dairy's recall of nine products, on April 3, followed the listeria scare."},
		article{id: "d", outlet: "D", published: pub, text: "The dairy recalled 11 cheese products on April 2."}))
	if n, conflict := kindEvents(tl, "recall"); n != 1 || !conflict {
		t.Errorf("one outlet's day next to three others': %d recall events (want 1), date disagreement %v (want true)", n, conflict)
	}
	tl = Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Farmers protested outside the ministry on April 2.\nFarmers protested outside the ministry on April 3."},
		article{id: "b", outlet: "B", published: pub, text: "Farmers protested outside the ministry on April 3."},
		article{id: "c", outlet: "C", published: pub, text: "Farmers protested outside the ministry on April 3."}))
	if n, _ := kindEvents(tl, "protest"); n < 2 {
		t.Errorf("an outlet reports both days: %d protest events, want 2", n)
	}
	tl = Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Brightwell Foods recalled nine cheese products on April 3."},
		article{id: "b", outlet: "B", published: pub, text: "On April 3 Brightwell Foods recalled nine cheese products."},
		article{id: "d", outlet: "D", published: pub, text: "Oakridge Dairy recalled 11 cheese products on April 2."}))
	if n, _ := kindEvents(tl, "recall"); n != 2 {
		t.Errorf("different companies: %d recall events, want 2", n)
	}
}

// TestClockSpread: the widest gap between the clock times of a time
// disagreement's sides, around midnight and within one zone only; events
// whose sides are more than maxClockSpread apart have gathered different
// moments, and their "disagreement" is dropped.
func TestClockSpread(t *testing.T) {
	side := func(v string) compare.Side { return compare.Side{Value: v} }
	tests := []struct {
		sides []string
		want  int
	}{
		{[]string{"about 08:40", "13:20"}, 280},
		{[]string{"10:14", "14:14 UTC", "10:16"}, 2},
		{[]string{"23:30", "00:30"}, 60},
		{[]string{"23:48", "21:32", "04:48"}, 436},
		{[]string{"shortly after 04:00", "about 02:30"}, 90},
	}
	for _, tt := range tests {
		d := compare.Disagreement{Fact: compare.FactTime}
		for _, v := range tt.sides {
			d.Sides = append(d.Sides, side(v))
		}
		if got := clockSpread(d); got != tt.want {
			t.Errorf("clockSpread(%q) = %d, want %d", tt.sides, got, tt.want)
		}
	}
}

// TestUndatedEventDatedByNeighbour: an event no outlet dates takes the day
// of the dated happening before it in story order, not the story's busiest
// day.
func TestUndatedEventDatedByNeighbour(t *testing.T) {
	thu := time.Date(2027, 3, 11, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: thu, text: "Thieves broke into the gallery on Tuesday, March 9, 2027.\nThe thieves escaped in a grey car driven by a third man.\n" +
			"On March 11, 2027, the trustees offered a reward.\nOn March 11, 2027, police released images of two men."},
		article{id: "b", outlet: "B", published: thu, text: "On March 11, 2027, the trustees offered a £1m reward.\nPolice released images of the men on March 11, 2027."}))
	k := eventWith(tl, "", "escaped in a grey car")
	if k < 0 {
		t.Fatal("no escape event")
	}
	if w := tl.Events[k].When; w.Date != "2027-03-09" || w.Text != "~ Tue 9 Mar 2027" || !w.Inferred {
		t.Errorf("escape dated %+v, want ~ Tue 9 Mar 2027 (the break-in's day), not the story's busiest day", w)
	}
}

// TestWhoLeavesOutDatelineAndVenues: the agency of a dateline and a
// museum, gallery or school are no participants of the event.
func TestWhoLeavesOutDatelineAndVenues(t *testing.T) {
	wed := time.Date(2027, 3, 17, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: wed, text: "TOWNVILLE, March 17 (NWS) — Thieves broke into the Harlow Gallery at the Marsh Museum on Tuesday, police said."}))
	k := eventWith(tl, "", "broke into the Harlow Gallery")
	if k < 0 {
		t.Fatal("no break-in event")
	}
	for _, w := range tl.Events[k].Who {
		if strings.Contains(w, "NWS") || strings.Contains(w, "Gallery") || strings.Contains(w, "Museum") {
			t.Errorf("who %v holds %q", tl.Events[k].Who, w)
		}
	}
	// a school is where the event took place
	tl = Build(corpusOf("t",
		article{id: "a", outlet: "A", published: wed, text: "Officials found the missing ballot box from the polling station at Saint Bede's Primary School on Tuesday, the commission said."}))
	k = eventWith(tl, "", "missing ballot box")
	if k < 0 {
		t.Fatal("no event of the ballot box")
	}
	for _, w := range tl.Events[k].Who {
		if strings.Contains(w, "School") {
			t.Errorf("who %v holds %q", tl.Events[k].Who, w)
		}
	}
}

// TestOnceActAcrossDates: an act that befalls a person once (a suspension,
// a sacking) told by one outlet three days from the day two others give
// is one act with a date disagreement, and an article's undated lead of it
// joins its own article's dated telling; acts done to different people by
// the same company or minister stay apart.
func TestOnceActAcrossDates(t *testing.T) {
	pub := time.Date(2027, 5, 26, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Westby Airways suspended the co-pilot, Ilse Varn, on Friday, May 21."},
		article{id: "b", outlet: "B", published: pub, text: "Westby Airways suspended the co-pilot, Ilse Varn, on Monday."},
		article{id: "c", outlet: "C", published: pub, text: "EASTON, May 26 (WNS) — The jet was back in service on Wednesday after engineers replaced the pump, and the airline has suspended a pilot pending an investigation.\nWestby Airways suspended the co-pilot, Ilse Varn, on Monday, May 24."}))
	if n, conflict := kindEvents(tl, "suspension"); n != 1 || !conflict {
		t.Errorf("one suspension told on two days: %d events (want 1), date disagreement %v (want true)", n, conflict)
	}
	tl = Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Westby Airways suspended the co-pilot, Ilse Varn, on Friday, May 21."},
		article{id: "b", outlet: "B", published: pub, text: "Westby Airways suspended the engineer, Colm Vey, on Monday."},
		article{id: "c", outlet: "C", published: pub, text: "Westby Airways suspended the engineer, Colm Vey, on Monday, May 24."}))
	if n, _ := kindEvents(tl, "suspension"); n != 2 {
		t.Errorf("two people suspended on two days: %d events, want 2", n)
	}
	tl = Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "Prime Minister Mara Osk sacked her deputy, Colm Vey, on Friday, May 21."},
		article{id: "b", outlet: "B", published: pub, text: "Mara Osk sacked two junior ministers on Monday."},
		article{id: "c", outlet: "C", published: pub, text: "Mara Osk sacked two junior ministers on Monday, May 24."}))
	if n, _ := kindEvents(tl, "dismissal"); n != 2 {
		t.Errorf("one minister's sackings of different people: %d events, want 2", n)
	}
	tl = Build(corpusOf("t",
		article{id: "a", outlet: "A", published: pub, text: "The board sacked the chief executive, Hedda Lurk, on Friday, May 21."},
		article{id: "b", outlet: "B", published: pub, text: "The board sacked the chief executive, Hedda Lurk, on Monday."},
		article{id: "c", outlet: "C", published: pub, text: "The board sacked the chief executive, Hedda Lurk, on Monday, May 24."}))
	if n, conflict := kindEvents(tl, "dismissal"); n != 1 || !conflict {
		t.Errorf("one sacking told on two days: %d events (want 1), date disagreement %v (want true)", n, conflict)
	}
}

// kindEvents counts the events of a kind in a timeline and reports whether
// one of them has a date disagreement.
func kindEvents(tl *Timeline, kind string) (n int, dateConflict bool) {
	for _, ev := range tl.Events {
		if ev.Kind != kind {
			continue
		}
		n++
		for _, d := range ev.Disagreements {
			dateConflict = dateConflict || d.Fact == "date"
		}
	}
	return n, dateConflict
}

// TestAircraftEmergencyVocabulary: an aircraft's fuel dump, a vehicle
// leaving its runway or road, an evacuation down the slides, flight
// recorders taken from a wreck, an airport's own alarm and jets returned to
// service are events of their own; their look-alikes elsewhere are not.
// Who stands at the podium with a speaker tells of the press conference.
func TestAircraftEmergencyVocabulary(t *testing.T) {
	tests := []kindCase{
		{"The crew circled over the estuary for 40 minutes to burn off fuel.", []string{"fuel-dump"}},
		{"The freighter spent an hour in a holding pattern, dumping fuel over the sea.", []string{"fuel-dump"}},
		{"A police helicopter circled over the crowd for an hour.", nil},
		{"The jet veered off the runway and came to rest on the grass.", []string{"excursion"}},
		{"The coach swerved to the left and ploughed across a field.", []string{"excursion"}},
		{"Her views veered to the left in her twenties.", nil},
		{"The building project overran its budget by a third.", nil},
		{"Passengers slid down the inflatable chutes to the tarmac.", []string{"evacuation"}},
		{"Passengers escaped down the emergency slides.", []string{"evacuation"}},
		{"The children slid down the hill on sledges.", nil},
		{"Investigators recovered both flight recorders from the wreck.", []string{"recorders"}},
		{"The board removed the cockpit voice recorder on Thursday.", []string{"recorders"}},
		{"The airport declared a full emergency at 09:40.", []string{"alert"}},
		{"The ambulance service declared a major incident.", []string{"alert"}},
		{"The airline returned two of its grounded jets to service on Monday.", []string{"reopening"}},
		{"The council will borrow more to service its debts.", nil},
		{"Everyone walked away from the wreck unhurt.", nil},
		{"We are hearing reports of a crash near the bridge.", []string{"accident"}},
		{"The hearing lasted two hours.", []string{"hearing"}},
		{"She is at the podium with the harbour master.", []string{"press-conference"}},
	}
	checkMainKinds(t, tests)
}

// TestUndatedClockTakesNarrativeDay: an undated clock time far from any
// dated sentence takes the day its article's narrative has reached, and two
// such tellings outweigh one that a later happening a few sentences on
// would date; a small-hours clock may be the night after and is left to
// other signals.
func TestUndatedClockTakesNarrativeDay(t *testing.T) {
	sun := time.Date(2027, 5, 9, 18, 0, 0, 0, time.UTC)
	opening := "On Friday, May 7, 2027, a crowd crush injured 40 people at the Easton fair.\nThe weather was warm.\n" +
		"Thousands of people came from the valley.\nFood stalls lined the paths.\nMusic played on every lawn.\n"
	alert := "The ambulance service declared a major incident at 22:05.\n"
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: sun, text: opening + alert + "Stewards were praised.\nThe crowd went home.\nThe lawns were quiet.\nThe stalls stayed shut."},
		article{id: "b", outlet: "B", published: sun, text: opening + alert + "Stewards were praised.\nThe crowd went home.\nThe lawns were quiet.\nThe stalls stayed shut."},
		article{id: "c", outlet: "C", published: sun, text: "Paramedics worked through the night.\n" + alert + "The lawns were quiet.\nA second victim died on Sunday, May 9, 2027."}))
	k := eventWith(tl, "a", "declared a major incident at 22:05")
	if k < 0 {
		t.Fatal("no alert event")
	}
	if w := tl.Events[k].When; w.Date != "2027-05-07" {
		t.Errorf("major incident dated %+v, want Friday 7 May (the narrative's day), not the Sunday of a death told after it", w)
	}
}

// TestNextPeriodIsNoPlan: "the next half hour" is a stretch of time, not a
// plan or another instance of the act it times.
func TestNextPeriodIsNoPlan(t *testing.T) {
	for _, text := range []string{
		"The crew spent the next half hour circling over the bay, dumping fuel.",
		"Over the following two days the crews evacuated 300 people.",
	} {
		ms, e := sentenceMentions(text)
		if len(ms) == 0 {
			t.Fatalf("%q: no mention", text)
		}
		for _, m := range ms {
			if m.status != StatusHappened || m.instance != "" {
				t.Errorf("%q: %s status %s instance %q, want happened and no instance", text, kindName(e, m), m.status, m.instance)
			}
		}
	}
}

// TestMomentToldAgainAfterLaterDay: an article that has reached a later
// day and goes back to an event ("… turned back after the engine caught
// fire. It landed at about 3:10 p.m.") tells that event's moment, so an
// outlet's differing clock time is a disagreement, not another landing.
func TestMomentToldAgainAfterLaterDay(t *testing.T) {
	tue := time.Date(2026, 6, 9, 20, 0, 0, 0, time.UTC)
	wed := time.Date(2026, 6, 10, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: tue, text: "A Westby Air jet turned back to Easton on Tuesday, June 9, 2026, after an engine fire.\nThe jet landed at 14:51 and veered off the runway."},
		article{id: "b", outlet: "B", published: tue, text: "The Westby Air jet landed at Easton at 14:51 on Tuesday, June 9, 2026."},
		article{id: "c", outlet: "C", published: wed, text: "Investigators removed the flight recorders from the Westby Air jet on Wednesday, June 10, 2026.\n" +
			"The jet turned back to Easton after its engine caught fire.\nIt landed at about 3:10 p.m., then veered off the runway."}))
	k := eventWith(tl, "", "It landed at about 3:10 p.m.")
	if k < 0 {
		t.Fatal("no landing event with the 3:10 p.m. telling")
	}
	if eventWith(tl, "", "The jet landed at 14:51") != k {
		t.Errorf("the 3:10 p.m. landing is an event apart from the 14:51 one")
	}
	found := false
	for _, d := range tl.Events[k].Disagreements {
		found = found || d.Fact == "time" && d.Verdict == "conflicting"
	}
	if !found {
		t.Errorf("no conflicting time on the landing: %+v", tl.Events[k].Disagreements)
	}
}

// TestParticipleOfAnotherActIsNotTheEventsDay: a participle set off after
// an event's noun tells another act at its own time ("the debate, granted
// by the Speaker on Tuesday evening, began …"), unless it realises the
// event ("the talks, convened on Friday") or the phrase has closed before
// the time.
func TestParticipleOfAnotherActIsNotTheEventsDay(t *testing.T) {
	for _, c := range []struct {
		text  string
		dated bool
	}{
		{"The urgent debate, granted by the Speaker, Ilse Varn, on Tuesday evening, began at 2:30 p.m. in a full chamber.", false},
		{"The debate, convened on Friday, lasted three hours.", true},
		{"The debate, requested by Colm Vey, began on Friday.", true},
	} {
		ms, e := sentenceMentions(c.text)
		found := false
		for _, m := range ms {
			if kindName(e, m) != "debate" {
				continue
			}
			found = true
			if (m.timeExpr >= 0) != c.dated {
				t.Errorf("%q: dated %v, want %v", c.text, m.timeExpr >= 0, c.dated)
			}
		}
		if !found {
			t.Errorf("%q: no debate mention", c.text)
		}
	}
}

// TestQuestioningInChamberIsDebate: questions put to a minister in
// parliament are the debate; questions put by a committee are a hearing.
func TestQuestioningInChamberIsDebate(t *testing.T) {
	for text, want := range map[string]string{
		"Hedda Lurk faced three hours of hostile questioning in parliament on Wednesday.": "debate",
		"Hedda Lurk was questioned by the committee in parliament on Wednesday.":          "hearing",
	} {
		ms, e := sentenceMentions(text)
		var kinds []string
		for _, m := range ms {
			kinds = append(kinds, kindName(e, m))
		}
		if !slices.Contains(kinds, want) {
			t.Errorf("%q: kinds %v, want %s", text, kinds, want)
		}
	}
}

// TestSwearingIn: taking the oath is an event of its own, a day after
// the appointment, but one with an appointment the same afternoon; "in a
// short ceremony" sums the oath up; a date that opens in the clause and
// runs past its comma ("on Friday, 17 October") is the clause's own.
func TestSwearingIn(t *testing.T) {
	ms, e := sentenceMentions("Colm Vey took the oath at 15:30 at the palace before the president, in a short ceremony.")
	if len(ms) != 1 || kindName(e, ms[0]) != "swearing-in" {
		var kinds []string
		for _, m := range ms {
			kinds = append(kinds, kindName(e, m))
		}
		t.Errorf("oath in a ceremony: kinds %v, want one swearing-in", kinds)
	}
	ms, e = sentenceMentions("The mayor named Colm Vey as her deputy the following morning, and he was sworn in at the town hall on Friday, 17 October.")
	if m := lastOfKind(ms, e, "swearing-in"); m == nil || m.timeExpr < 0 || e.sents[m.sent].times[m.timeExpr].Text != "Friday, 17 October" {
		t.Errorf("sworn in: not dated by its own clause's date")
	}
	wed := time.Date(2026, 10, 14, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: wed, text: "The mayor of Westby appointed Colm Vey as her deputy on Wednesday, October 14, 2026.\nVey will be sworn in on Thursday."},
		article{id: "b", outlet: "B", published: wed.AddDate(0, 0, 1), text: "Colm Vey was sworn in as deputy mayor of Westby on Thursday, October 15, 2026."}))
	if eventWith(tl, "b", "was sworn in") == eventWith(tl, "a", "appointed Colm Vey") {
		t.Errorf("the swearing-in a day later is the appointment's event")
	}
	tl = Build(corpusOf("t",
		article{id: "a", outlet: "A", published: wed, text: "The mayor of Westby appointed Colm Vey as her deputy on Wednesday, October 14, 2026."},
		article{id: "b", outlet: "B", published: wed, text: "Vey accepted and was sworn in at the town hall at 5 p.m."}))
	if k := eventWith(tl, "b", "was sworn in"); k < 0 || k != eventWith(tl, "a", "appointed Colm Vey") {
		t.Errorf("the same-afternoon swearing-in is not one event with its appointment")
	}
}

// TestLeakedDocumentContentFollowsRelease: what a leaked document says,
// told right after its publication ("According to the memo, …"), is
// evidence of the publication; with no publication before it, it is none.
func TestLeakedDocumentContentFollowsRelease(t *testing.T) {
	mon := time.Date(2026, 3, 9, 18, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: mon, text: "The Westby Herald published the memo on Monday, March 9, 2026.\nAccording to the memo, the Easton bid was 180 million crowns higher than its rival's."},
		article{id: "b", outlet: "B", published: mon, text: "Colm Vey spoke in the chamber.\nAccording to the memo, the Easton bid was 240 million crowns higher."}))
	k := eventWith(tl, "a", "According to the memo")
	if k < 0 || k != eventWith(tl, "a", "published the memo") {
		t.Errorf("the memo's content is not evidence of its publication")
	}
	if eventWith(tl, "b", "According to the memo") >= 0 {
		t.Errorf("the memo's content with no publication before it made an event")
	}
}

// TestDenialToReporters: denying wrongdoing to reporters is a statement,
// and a participle after a comma ("…, speaking to reporters outside his
// home") tells the same act, not a second one.
func TestDenialToReporters(t *testing.T) {
	ms, e := sentenceMentions("Colm Vey first denied wrongdoing on Monday shortly after 9 am, speaking to reporters outside his home in Westby.")
	var kinds []string
	for _, m := range ms {
		kinds = append(kinds, kindName(e, m))
	}
	if len(ms) != 1 || kinds[0] != "statement" || ms[0].clock != 9*60 {
		t.Fatalf("kinds %v, want one statement at 09:00", kinds)
	}
	// the trigger runs to the participle, so the place after it is the act's
	if text := e.sents[ms[0].sent].text; !strings.HasSuffix(text[ms[0].tStart:ms[0].tEnd], "speaking to reporters") {
		t.Errorf("trigger %q does not run to the participle", text[ms[0].tStart:ms[0].tEnd])
	}
	ms, e = sentenceMentions("Colm Vey speaks to reporters in Westby on Monday.")
	if len(ms) != 1 || kindName(e, ms[0]) != "statement" {
		t.Errorf("\"speaks to reporters\" is no statement")
	}
}

// TestOfferedThePost: being offered a post at a meeting is the
// appointment; the meeting is its setting. A single outlet's meeting on
// the morning after a day's afternoon meeting with the same host is
// another meeting, not a day disagreement.
func TestOfferedThePost(t *testing.T) {
	ms, e := sentenceMentions("Ilse Varn was offered the post at a short meeting with the mayor at 08:45 on Wednesday.")
	if len(ms) != 1 || kindName(e, ms[0]) != "appointment" {
		var kinds []string
		for _, m := range ms {
			kinds = append(kinds, kindName(e, m))
		}
		t.Errorf("kinds %v, want one appointment", kinds)
	}
	tue := time.Date(2026, 3, 10, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: tue, text: "Colm Vey met Mayor Hedda Lurk at Westby Hall on Tuesday afternoon, March 10, 2026."},
		article{id: "b", outlet: "B", published: tue, text: "Vey met Mayor Hedda Lurk at Westby Hall on Tuesday afternoon, March 10, 2026."},
		article{id: "c", outlet: "C", published: tue.AddDate(0, 0, 1), text: "Mayor Hedda Lurk met union leaders at Westby Hall at 08:45 on Wednesday, March 11, 2026."}))
	if k := eventWith(tl, "c", "08:45"); k < 0 || k == eventWith(tl, "a", "Tuesday afternoon") {
		t.Errorf("the Wednesday-morning meeting is folded into Tuesday afternoon's")
	}
}

// TestResignationCallAndLetter: "called for the minister to quit" is a
// call, not a resignation; "His resignation letter, addressed to Jane
// Doe, …" is his, not the addressee's.
func TestResignationCallAndLetter(t *testing.T) {
	ms, e := sentenceMentions("Hedda Lurk, who first called for the minister to quit on Monday afternoon, repeated the demand on Wednesday.")
	if m := lastOfKind(ms, e, "resignation"); m != nil {
		t.Errorf("a call to quit made a resignation")
	}
	ms, e = sentenceMentions("His resignation letter, addressed to Mayor Hedda Lurk, was posted on the council's website at 8:15 p.m. on Tuesday.")
	if m := lastOfKind(ms, e, "resignation"); m == nil || m.agent != "" {
		t.Errorf("the resignation's agent is the letter's addressee")
	}
}

// TestSurnameAfterInIsNoPlace: a person's surname after "in" ("a motion
// of no confidence in Vey") does not name the place of the event.
func TestSurnameAfterInIsNoPlace(t *testing.T) {
	mon := time.Date(2026, 3, 9, 20, 0, 0, 0, time.UTC)
	tl := Build(corpusOf("t",
		article{id: "a", outlet: "A", published: mon, text: "Finance minister Colm Vey told reporters on Monday, March 9, 2026, that he had followed advice.\nVey told reporters he would stay.\nLater Vey told reporters he had done nothing wrong."},
		article{id: "b", outlet: "B", published: mon, text: "The assembly rejected a motion of no confidence in Vey by 52 votes to 40 on Monday, March 9, 2026."}))
	k := eventWith(tl, "b", "no confidence in Vey")
	if k < 0 {
		t.Fatal("no event for the vote")
	}
	if title := tl.Events[k].Title; strings.Contains(title, "in Vey") {
		t.Errorf("title %q names the minister as a place", title)
	}
}

// TestLeakAndResponseVocabulary: a substance getting out of a plant is a
// leak, not a disclosure or an escape; stopping it at its source is its
// containment; the sirens, the order to stay indoors, the trip to hospital
// and a fund for those affected are events of their own, while shut
// windows, a house's landing and readings back to normal are none.
func TestLeakAndResponseVocabulary(t *testing.T) {
	tests := []kindCase{
		{"Ammonia leaked from a storage tank at the Westby depot overnight.", []string{"leak"}},
		{"The memo was leaked to reporters on Monday.", []string{"release"}},
		{"We are getting reports that ammonia has leaked at the Westby depot.", []string{"leak"}},
		{"A cloud of toxic gas escaped from the works just after midnight.", []string{"leak"}},
		{"Two inmates escaped from Calderway prison on Sunday.", []string{"escape"}},
		{"Families fled their homes as the flames spread.", []string{"evacuation"}},
		{"Engineers closed an isolation valve at 04:12.", []string{"containment"}},
		{"Firefighters and plant engineers closed an isolation valve by hand.", []string{"containment"}},
		{"Crews stopped the leak before dawn.", []string{"containment"}},
		{"The leak was sealed shortly before 5 a.m.", []string{"containment"}},
		{"Police closed the coast road at noon.", []string{"closure"}},
		{"The shop kept its windows shut all summer.", nil},
		{"The council told everyone within a mile to stay indoors.", []string{"shelter-order"}},
		{"Hedda Lurk chose to stay inside all day.", nil},
		{"The council ordered residents to shelter in place at 2:20 a.m.", []string{"shelter-order"}},
		{"Villagers across the river were told to keep their windows shut.", []string{"shelter-order"}},
		// the act told twice in one sentence keeps its time; the order lifted is the lifting
		{"The council ordered everyone within a mile of the Westby depot to shelter in place at 1:15 a.m., telling them to stay indoors.", []string{"shelter-order", "shelter-order"}},
		{"The shelter-in-place order was lifted at noon.", []string{"lifting"}},
		{"The council lifted the shelter-in-place order at noon.", []string{"lifting"}},
		{"The all-clear was given at 11:40.", []string{"lifting"}},
		{"The council gave the all-clear shortly before noon.", []string{"lifting"}},
		{"Inspectors served a prohibition notice on the works.", []string{"order"}},
		{"The night shift heard the sirens at about 2:10 a.m.", []string{"alert"}},
		{"Residents said the sirens were not loud enough.", nil},
		{"The fumes sent 14 people to hospital.", []string{"hospitalisation"}},
		{"In all, 14 people were treated at Easton General Hospital.", []string{"hospitalisation"}},
		{"One passenger is still being treated at Easton General Hospital.", nil},
		{"Readings returned to normal across the town by noon.", nil},
		{"My son was sick on the landing.", nil},
		{"The jet returned to Easton an hour later.", []string{"landing"}},
		{"The company announced a hardship fund for evacuated households.", []string{"announcement", "compensation"}},
		// a plume carried off and an instrument's reading; a boat adrift and a vote count are neither
		{"The plume drifted north-east over the river towards Easton.", []string{"drift"}},
		{"The lifeboat drifted towards the rocks.", nil},
		{"Monitoring vans recorded a peak level of 3.2 parts per million at 02:58.", []string{"measurement"}},
		{"The detector recorded 240 degrees above ambient.", []string{"measurement"}},
		{"Police recorded 40 crimes in the town last year.", nil},
		// speaking to a named outlet is a statement
		{"Colm Vey, a night-shift operator, spoke to the Westby Courier on Wednesday evening.", []string{"statement"}},
		{"The lawsuit seeks damages for lost earnings and medical bills.", []string{"lawsuit"}},
		{"Officials asked anyone with mild symptoms to call the health helpline.", nil},
		// a participle opening the sentence names the people, like "the evacuated residents"
		{"Evacuated residents were taken to a rest centre at Westby Hall.", []string{"relief"}},
		{"Evacuated in the dark, residents waited at Westby Hall.", []string{"evacuation"}},
	}
	checkMainKinds(t, tests)
}

// TestStandoffVocabulary: people held by an armed captor, shots fired by
// officers, a building stormed and captives walking out; the same words in
// other senses (a meeting held, a manager fired, a speaker storming off, an
// abstract "hostage-taking") are not these events.
func TestStandoffVocabulary(t *testing.T) {
	tests := []kindCase{
		{"Colm Vey took three customers hostage in the Easton bakery.", []string{"hostage-taking"}},
		{"He held two clerks at gunpoint behind the counter.", []string{"hostage-taking"}},
		{"A gunman seized two guards at gunpoint.", []string{"hostage-taking"}},
		{"Officers say four people are being held inside the bank.", []string{"hostage-taking"}},
		{"The vigil is being held inside the cathedral.", []string{"vigil"}},
		{"The thieves took nine pieces from the display.", []string{"theft"}},
		{"The critics accused the council of rewarding hostage-taking.", nil},
		{"An officer fired once, striking the gunman in the leg.", []string{"attack"}},
		{"Westby Rovers fired their manager on Sunday.", []string{"dismissal"}},
		{"Tactical officers stormed the bakery at 7:52 p.m.", []string{"attack"}},
		{"The tactical team went in through a rear door on Easton Lane.", []string{"attack"}},
		{"Hedda Lurk went in for her scan at noon.", nil},
		{"Hedda Lurk stormed off the stage.", nil},
		{"Two hostages walked out of the bank with their hands raised.", []string{"release"}},
		{"Delegates walked out of the talks on Monday.", []string{"withdrawal"}},
		// a shot fired or heard with no one hit; a captor reached by phone, not a vote by phone
		{"Colm Vey fired a shot into the ceiling at about 7:40 p.m.", []string{"gunfire"}},
		{"Officers in the street heard a single gunshot inside the bakery.", []string{"gunfire"}},
		{"Negotiators spoke to Colm Vey by telephone throughout the afternoon.", []string{"phone-call"}},
		{"Members voted by phone over the weekend.", nil},
		// a court appearance by video link; the town hall as a building; a chief speaking to the press outside it
		{"Colm Vey appeared by video link from his hospital bed before Easton District Court.", []string{"arraignment"}},
		{"Ross appeared by video link before Easton District Court.", []string{"arraignment"}},
		{"Videos posted by passengers showed smoke in the cabin.", nil},
		{"Hedda Lurk appeared in a court drama clip shared online on Sunday.", nil},
		{"Police Chief Hedda Lurk is speaking outside the town hall.", []string{"statement"}},
		{"The mayor held a town hall with residents on Monday.", []string{"meeting"}},
	}
	checkMainKinds(t, tests)
}

// TestAdverbDoesNotCountFromAParticiple: "the day before" at the end of a
// sentence whose subject is "Evacuated residents" counts from the event
// told before it in the article, not from the evacuation the participle
// names.
func TestAdverbDoesNotCountFromAParticiple(t *testing.T) {
	ms, e := sentenceMentions("Evacuated residents had returned home the day before.")
	ret := lastOfKind(ms, e, "return")
	if ret == nil {
		t.Fatal("no return mention")
	}
	for _, r := range ret.rels {
		if r.target >= 0 {
			t.Errorf("return relates to %s, want the event before in the article", kindName(e, ms[r.target]))
		}
	}
}

// TestTimeClosingARelativeClause: a day that closes a restrictive relative
// clause ("the driver who held … on Tuesday was charged on Wednesday")
// dates the clause's verb, and the main verb keeps its own day; with
// commas or no main verb right after, nothing changes. A day before ",
// charged with …" is the main verb's, not the participle's.
func TestTimeClosingARelativeClause(t *testing.T) {
	tests := []struct {
		text, kind, want string
	}{
		{"A former driver who held five people at gunpoint in the Easton bakery on Tuesday was charged on Wednesday with kidnapping.", "hostage-taking", "Tuesday"},
		{"A former driver who held five people at gunpoint in the Easton bakery on Tuesday was charged on Wednesday with kidnapping.", "charge", "Wednesday"},
		{"The man who attacked a guard at Westby station on Friday was arrested on Sunday.", "attack", "Friday"},
		{"The man who attacked a guard at Westby station on Friday was arrested on Sunday.", "arrest", "Sunday"},
		{"Colm Vey was arrested on Sunday after the attack.", "arrest", "Sunday"},
		// a participle clause after the day ("…, charged with …") tells a state; the day is the main verb's
		{"Colm Vey appeared by video link before Easton District Court on Thursday, charged with five counts of kidnapping as well as assault.", "arraignment", "Thursday"},
		{"Colm Vey appeared by video link before Easton District Court on Thursday, charged with five counts of kidnapping as well as assault.", "charge", ""},
	}
	for _, tc := range tests {
		ms, e := sentenceMentions(tc.text)
		m := lastOfKind(ms, e, tc.kind)
		if m == nil {
			t.Errorf("%q: no %s mention", tc.text, tc.kind)
			continue
		}
		got := ""
		if m.timeExpr >= 0 {
			got = e.sents[0].times[m.timeExpr].Text
		}
		if got != tc.want {
			t.Errorf("%q: %s dated %q, want %q", tc.text, tc.kind, got, tc.want)
		}
	}
}
