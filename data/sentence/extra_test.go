package sentence

import (
	"slices"
	"testing"
)

// moreRules are further English cases from the pragmatic_segmenter / pySBD
// test suites (inputs and expected outputs verbatim) that need no text
// cleaning. Known divergences are listed in knownDivergent with the reason.
var moreRules = []struct {
	in   string
	want []string
}{
	{"Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.", []string{"Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot."}},
	{"I think Jun. is a great month, said Mr. Suzuki.", []string{"I think Jun. is a great month, said Mr. Suzuki."}},
	{"Jun. is a great month, said Mr. Suzuki.", []string{"Jun. is a great month, said Mr. Suzuki."}},
	{"I have 1.000.00. Yay $.50 and .50! That's 600.", []string{"I have 1.000.00.", "Yay $.50 and .50!", "That's 600."}},
	{"1.) This is a list item with a parens.", []string{"1.) This is a list item with a parens."}},
	{"1. This is a list item.", []string{"1. This is a list item."}},
	{"I live in the U.S.A. I went to J.C. Penney.", []string{"I live in the U.S.A.", "I went to J.C. Penney."}},
	{"His name is Alfred E. Sloan.", []string{"His name is Alfred E. Sloan."}},
	{"Q. What is his name? A. His name is Alfred E. Sloan.", []string{"Q. What is his name?", "A. His name is Alfred E. Sloan."}},
	{"Today is 11.18.2014.", []string{"Today is 11.18.2014."}},
	{"I need you to find 3 items, e.g. a hat, a coat, and a bag.", []string{"I need you to find 3 items, e.g. a hat, a coat, and a bag."}},
	{"The game is the Giants vs. the Tigers at 10 p.m. I'm going are you?", []string{"The game is the Giants vs. the Tigers at 10 p.m.", "I'm going are you?"}},
	{"He is no. 5, the shortstop.", []string{"He is no. 5, the shortstop."}},
	{"As payment for 1. above, pay us a commission fee of 0 yen and for 2. above, no fee will be paid.", []string{"As payment for 1. above, pay us a commission fee of 0 yen and for 2. above, no fee will be paid."}},
	{"I have 600. How many do you have?", []string{"I have 600.", "How many do you have?"}},
	{"\"Help yourself, sweetie,\" shouted Candy and gave her the cookie.", []string{"\"Help yourself, sweetie,\" shouted Candy and gave her the cookie."}},
	{"Until its release, a generic mechanism was known, where the sear keeps the hammer in back position, and when one pulls the trigger, the sear slips out of hammer’s notches, the hammer falls initiating \na shot.", []string{"Until its release, a generic mechanism was known, where the sear keeps the hammer in back position, and when one pulls the trigger, the sear slips out of hammer’s notches, the hammer falls initiating a shot."}},
	{"This was because it was an offensive weapon, designed to fight at a distance up to 400 yd \n( 365.8 m ).", []string{"This was because it was an offensive weapon, designed to fight at a distance up to 400 yd ( 365.8 m )."}},
	{"“Are demonstrations are evidence of the public anger and frustration at opaque environmental management and decision-making?” Others yet say: \"Should we be scared about these 'protests'?\"", []string{"“Are demonstrations are evidence of the public anger and frustration at opaque environmental management and decision-making?”", "Others yet say: \"Should we be scared about these 'protests'?\""}},
	{"www.testurl.Awesome.com", []string{"www.testurl.Awesome.com"}},
	{"http://testurl.Awesome.com", []string{"http://testurl.Awesome.com"}},
	{"St. Michael's Church in is a church.", []string{"St. Michael's Church in is a church."}},
	{"JFK Jr.'s book is on sale.", []string{"JFK Jr.'s book is on sale."}},
	{"This is e.g. Mr. Smith, who talks slowly... And this is another sentence.", []string{"This is e.g. Mr. Smith, who talks slowly...", "And this is another sentence."}},
	{"Leave me alone!, he yelled. I am in the U.S. Army. Charles (Ind.) said he.", []string{"Leave me alone!, he yelled.", "I am in the U.S. Army.", "Charles (Ind.) said he."}},
	{"Send it to P.O. box 6554", []string{"Send it to P.O. box 6554"}},
	{"There were 500 cases in the U.S. The U.S. Commission asked the U.S. Government to give their opinion on the issue.", []string{"There were 500 cases in the U.S.", "The U.S. Commission asked the U.S. Government to give their opinion on the issue."}},
	{"CELLULAR COMMUNICATIONS INC. sold 1,550,000 common shares at $21.75 each yesterday, according to lead underwriter L.F. Rothschild & Co. (cited from WSJ 05/29/1987)", []string{"CELLULAR COMMUNICATIONS INC. sold 1,550,000 common shares at $21.75 each yesterday, according to lead underwriter L.F. Rothschild & Co. (cited from WSJ 05/29/1987)"}},
	{"He climbed Mt. Fuji.", []string{"He climbed Mt. Fuji."}},
	{"He speaks !Xũ, !Kung, ǃʼOǃKung, !Xuun, !Kung-Ekoka, ǃHu, ǃKhung, ǃKu, ǃung, ǃXo, ǃXû, ǃXung, ǃXũ, and !Xun.", []string{"He speaks !Xũ, !Kung, ǃʼOǃKung, !Xuun, !Kung-Ekoka, ǃHu, ǃKhung, ǃKu, ǃung, ǃXo, ǃXû, ǃXung, ǃXũ, and !Xun."}},
	{"Test strange period．Does it segment correctly．", []string{"Test strange period．", "Does it segment correctly．"}},
	{"This sentence ends with the psuedo-number x10. This one with the psuedo-number %3.00. One last sentence.", []string{"This sentence ends with the psuedo-number x10.", "This one with the psuedo-number %3.00.", "One last sentence."}},
	{"Testing mixed numbers Jahr10. And another 0.3 %11. That's weird.", []string{"Testing mixed numbers Jahr10.", "And another 0.3 %11.", "That's weird."}},
	{"He works at Yahoo! and Y!J.", []string{"He works at Yahoo! and Y!J."}},
	{"The Scavenger Hunt ends on Dec. 31st, 2011.", []string{"The Scavenger Hunt ends on Dec. 31st, 2011."}},
	{"Putter King Scavenger Hunt Trophy\n(6 3/4\" Engraved Crystal Trophy - Picture Coming Soon)\nThe Putter King team will judge the scavenger hunt and all decisions will be final.  The scavenger hunt is open to anyone and everyone.  The scavenger hunt ends on Dec. 31st, 2011.", []string{"Putter King Scavenger Hunt Trophy", "(6 3/4\" Engraved Crystal Trophy - Picture Coming Soon)", "The Putter King team will judge the scavenger hunt and all decisions will be final.", "The scavenger hunt is open to anyone and everyone.", "The scavenger hunt ends on Dec. 31st, 2011."}},
	{"Unauthorized modifications, alterations or installations of or to this equipment are prohibited and are in violation of AR 750-10. Any such unauthorized modifications, alterations or installations could result in death, injury or damage to the equipment.", []string{"Unauthorized modifications, alterations or installations of or to this equipment are prohibited and are in violation of AR 750-10.", "Any such unauthorized modifications, alterations or installations could result in death, injury or damage to the equipment."}},
	{"Rolls-Royce Motor Cars Inc. said it expects its U.S. sales to remain steady at about 1,200 cars in 1990. `So what if you miss 50 tanks somewhere?' asks Rep. Norman Dicks (D., Wash.), a member of the House group that visited the talks in Vienna. Later, he recalls the words of his Marxist mentor: `The people! Theft! The holy fire!'", []string{"Rolls-Royce Motor Cars Inc. said it expects its U.S. sales to remain steady at about 1,200 cars in 1990.", "`So what if you miss 50 tanks somewhere?' asks Rep. Norman Dicks (D., Wash.), a member of the House group that visited the talks in Vienna.", "Later, he recalls the words of his Marxist mentor: `The people! Theft! The holy fire!'"}},
	{"A minute is a unit of measurement of time or of angle. The minute is a unit of time equal to 1/60th of an hour or 60 seconds by 1. In the UTC time scale, a minute occasionally has 59 or 61 seconds; see leap second. The minute is not an SI unit; however, it is accepted for use with SI units. The symbol for minute or minutes is min. The fact that an hour contains 60 minutes is probably due to influences from the Babylonians, who used a base-60 or sexagesimal counting system. Colloquially, a min. may also refer to an indefinite amount of time substantially longer than the standardized length.", []string{"A minute is a unit of measurement of time or of angle.", "The minute is a unit of time equal to 1/60th of an hour or 60 seconds by 1.", "In the UTC time scale, a minute occasionally has 59 or 61 seconds; see leap second.", "The minute is not an SI unit; however, it is accepted for use with SI units.", "The symbol for minute or minutes is min.", "The fact that an hour contains 60 minutes is probably due to influences from the Babylonians, who used a base-60 or sexagesimal counting system.", "Colloquially, a min. may also refer to an indefinite amount of time substantially longer than the standardized length."}},
	{"Down, down, down. Would the fall NEVER come to an ! 'I wonder how many miles I've fallen by this time?' she said aloud.", []string{"Down, down, down.", "Would the fall NEVER come to an !", "'I wonder how many miles I've fallen by this time?' she said aloud."}},
	{"Down, down, down. Would the fall NEVER come to an end! 'I wonder how many miles I've fallen by this time?' she said aloud.", []string{"Down, down, down.", "Would the fall NEVER come to an end!", "'I wonder how many miles I've fallen by this time?' she said aloud."}},
	{"Organising your care early \nmeans you'll have months to build a good relationship with your midwife or doctor, ready for \nthe birth.", []string{"Organising your care early means you'll have months to build a good relationship with your midwife or doctor, ready for the birth."}},
	{"10. Get some rest \n \nYou have the best chance of having a problem-free pregnancy and a healthy baby if you follow \na few simple guidelines:", []string{"10. Get some rest", "You have the best chance of having a problem-free pregnancy and a healthy baby if you follow a few simple guidelines:"}},
	{"• 9. Stop smoking \n• 10. Get some rest \n \nYou have the best chance of having a problem-free pregnancy and a healthy baby if you follow \na few simple guidelines:  \n\n1. Organise your pregnancy care early", []string{"• 9. Stop smoking", "• 10. Get some rest", "You have the best chance of having a problem-free pregnancy and a healthy baby if you follow a few simple guidelines:", "1. Organise your pregnancy care early"}},
	{"Hello Wolrd. Here is a secret code AS750-10. Another sentence. Finally, this. 1. The first item 2. The second item 3. The third list item 4. Hello 5. Hello 6. Hello 7. Hello 8. Hello 9. Hello 10. Hello 11. Hello", []string{"Hello Wolrd.", "Here is a secret code AS750-10.", "Another sentence.", "Finally, this.", "1. The first item", "2. The second item", "3. The third list item", "4. Hello", "5. Hello", "6. Hello", "7. Hello", "8. Hello", "9. Hello", "10. Hello", "11. Hello"}},
	{"He works for ABC Ltd. and sometimes for BCD Ltd. She works for ABC Co. and BCD Co. They work for ABC Corp. and BCD Corp.", []string{"He works for ABC Ltd. and sometimes for BCD Ltd.", "She works for ABC Co. and BCD Co.", "They work for ABC Corp. and BCD Corp."}},
	{"On Jan. 20, former Sen. Barack Obama became the 44th President of the U.S. Millions attended the Inauguration.", []string{"On Jan. 20, former Sen. Barack Obama became the 44th President of the U.S.", "Millions attended the Inauguration."}},
	{"The U.K. Panel on enivronmental issues said it was true. Finally he left the U.K. He went to a new location.", []string{"The U.K. Panel on enivronmental issues said it was true.", "Finally he left the U.K.", "He went to a new location."}},
	{"He left at 6 P.M. Travelers who didn't get the warning at 5 P.M. left later.", []string{"He left at 6 P.M.", "Travelers who didn't get the warning at 5 P.M. left later."}},
	{"He left at 6 a.m. Travelers who didn't get the warning at 5 a.m. left later.", []string{"He left at 6 a.m.", "Travelers who didn't get the warning at 5 a.m. left later."}},
	{"Header 1.2; Attachment Z\n\n\td. Compliance Log – Volume 12 \n\tAttachment A\n\n\te. Additional Logistics Data\n\tSection 10", []string{"Header 1.2; Attachment Z", "d. Compliance Log – Volume 12", "Attachment A", "e. Additional Logistics Data", "Section 10"}},
	{"a.) The first item b.) The second item c.) The third list item", []string{"a.) The first item", "b.) The second item", "c.) The third list item"}},
	{"a) The first item b) The second item c) The third list item", []string{"a) The first item", "b) The second item", "c) The third list item"}},
	{"His name is Mark E. Smith. a. here it is b. another c. one more\n They went to the store. It was John A. Smith. She was Jane B. Smith.", []string{"His name is Mark E. Smith.", "a. here it is", "b. another", "c. one more", "They went to the store.", "It was John A. Smith.", "She was Jane B. Smith."}},
	{"a) here it is b) another c) one more\n They went to the store. w) hello x) hello y) hello", []string{"a) here it is", "b) another", "c) one more", "They went to the store.", "w) hello", "x) hello", "y) hello"}},
	{"Leave me alone! he yelled. I am in the U.S. Army. Charles (Ind.) said he.", []string{"Leave me alone! he yelled.", "I am in the U.S. Army.", "Charles (Ind.) said he."}},
	{"She turned to him, “This is great.” She held the book out to show him.", []string{"She turned to him, “This is great.”", "She held the book out to show him."}},
	{"The nurse gave him the i.v. in his vein. She gave him the i.v. It was a great I.V. that she gave him. She gave him the I.V. It was night.", []string{"The nurse gave him the i.v. in his vein.", "She gave him the i.v.", "It was a great I.V. that she gave him.", "She gave him the I.V.", "It was night."}},
	{"(i) Hello world. \n(ii) Hello world.\n(iii) Hello world.\n(iv) Hello world.\n(v) Hello world.\n(vi) Hello world.", []string{"(i) Hello world.", "(ii) Hello world.", "(iii) Hello world.", "(iv) Hello world.", "(v) Hello world.", "(vi) Hello world."}},
	{"i) Hello world. \nii) Hello world.\niii) Hello world.\niv) Hello world.\nv) Hello world.\nvi) Hello world.", []string{"i) Hello world.", "ii) Hello world.", "iii) Hello world.", "iv) Hello world.", "v) Hello world.", "vi) Hello world."}},
	{"(a) Hello world. (b) Hello world. (c) Hello world. (d) Hello world. (e) Hello world.\n(f) Hello world.", []string{"(a) Hello world.", "(b) Hello world.", "(c) Hello world.", "(d) Hello world.", "(e) Hello world.", "(f) Hello world."}},
	{"(A) Hello world. \n(B) Hello world.\n(C) Hello world.\n(D) Hello world.\n(E) Hello world.\n(F) Hello world.", []string{"(A) Hello world.", "(B) Hello world.", "(C) Hello world.", "(D) Hello world.", "(E) Hello world.", "(F) Hello world."}},
	{"A) Hello world. \nB) Hello world.\nC) Hello world.\nD) Hello world.\nE) Hello world.\nF) Hello world.", []string{"A) Hello world.", "B) Hello world.", "C) Hello world.", "D) Hello world.", "E) Hello world.", "F) Hello world."}},
	{"The GmbH & Co. KG is a limited partnership with, typically, the sole general partner being a limited liability company.", []string{"The GmbH & Co. KG is a limited partnership with, typically, the sole general partner being a limited liability company."}},
	{"[?][footnoteRef:6] This is a footnote.", []string{"[?][footnoteRef:6] This is a footnote."}},
	{"[15:  12:32]  [16:  firma? 13:28]", []string{"[15:  12:32]  [16:  firma? 13:28]"}},
	{"\"It's a good thing that the water is really calm,\" I answered ironically.", []string{"\"It's a good thing that the water is really calm,\" I answered ironically."}},
	{"December 31, 1988. Hello world. It's great! \nBorn April 05, 1989.", []string{"December 31, 1988.", "Hello world.", "It's great!", "Born April 05, 1989."}},
}

// knownDivergent: cases where Split deliberately differs (index into
// moreRules → reason). Empty when every case passes.
var knownDivergent = map[int]string{
	65: "brackets are not tracked: \"firma? 13:28]\" ends a sentence before the number",
	37: "sentences inside a multi-sentence quotation are split (news evidence wants sentences); pragmatic_segmenter keeps the quotation whole",
}

func TestMoreRules(t *testing.T) {
	pass := 0
	for i, c := range moreRules {
		got := normAll(spanTexts(c.in, Split(c.in)))
		want := normAll(c.want)
		if slices.Equal(got, want) {
			pass++
			if why, ok := knownDivergent[i]; ok {
				t.Errorf("case %d now passes; drop it from knownDivergent (%s)", i, why)
			}
			continue
		}
		if _, ok := knownDivergent[i]; ok {
			continue
		}
		t.Errorf("case %d\n  in:   %q\n  got:  %q\n  want: %q", i, c.in, got, want)
	}
	t.Logf("further pragmatic_segmenter cases: %d/%d pass", pass, len(moreRules))
}
