/**
 * Claim extraction, one sentence at a time, through the real pipeline (structure, compromise
 * tokenization, actors, claims). Each row is a sentence and the claims it must give, rendered as
 *
 *   text | qualifier | interval | unit[/rate] | measure label [measure words] @places T:time A:attribution EQ:equivalents
 *
 * Intervals use [ ] for closed and ( ) for open bounds; ∞ is an open end. The rules behind the
 * numbers are in server/src/analysis/claims/qualifiers.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseArticle } from '../../server/src/analysis/analyse';
import type { Interval, NumericClaim } from '../../server/src/analysis/types';

/** Prose with no figures and no places, so that a one-sentence test passes the 40-word threshold. */
const FILLER =
  'Reporters at the regional desk followed the story closely through the week. Officials spoke with residents, community leaders and aid workers about what they had seen, and the newsroom checked every statement against documents before publication, as it always does with stories of this kind.';

/** The claims a sentence gives when it stands as the last paragraph of an article. */
function claimsOfSentence(sentence: string): NumericClaim[] {
  const text = `- Source: example.org\nA Headline For The Test Article\n\n${FILLER}\n\n${sentence}\n`;
  const from = text.indexOf(sentence);
  return analyseArticle(text).claims.filter((c) => c.span.start >= from);
}

function renderInterval(i: Interval): string {
  return `${i.lowInclusive ? '[' : '('}${i.low ?? '-∞'}, ${i.high ?? '∞'}${i.highInclusive ? ']' : ')'}`;
}

/**
 * The typed slots in the table's short notation: what is counted, then "=facet" (=added, =part,
 * =earlier, =margin, "=among voter", "=in district", "=average", "per person") and "@subject".
 */
function renderCounted(c: NumericClaim): string {
  const detail = c.counted.facetDetail ?? '';
  const facet: Record<string, string> = {
    addition: '=added', part: '=part', superseded: '=earlier', margin: '=margin',
    subgroup: `=among ${detail}`, 'some-places': `=in ${detail}`, aggregate: `=${detail}`, 'per-unit': `per ${detail}`,
  };
  const words = [...c.counted.events, ...c.counted.classes, ...c.counted.nationalities, ...c.counted.words, ...c.facets.map((f) => facet[f])];
  if (c.counted.subject) words.push(`@${c.counted.subject}`);
  return [...new Set(words)].sort().join(' ');
}

function renderClaim(c: NumericClaim): string {
  const unit = c.unit.kind === 'currency' ? c.unit.currency : c.unit.kind === 'percent' ? '%' : `count${c.unit.noun ? ':' + c.unit.noun : ''}`;
  return (
    `${c.text} | ${c.qualifier} | ${renderInterval(c.interval)} | ${unit}${c.rate ? ' /' + c.rate : ''} | ${c.measure.label} [${renderCounted(c)}]` +
    (c.scope.places.length ? ` @${c.scope.places.join('+')}` : '') +
    (c.scope.time ? ` T:${c.scope.time}` : '') +
    (c.attribution ? ` A:${c.attribution}` : '') +
    (c.equivalents ? ` EQ:${c.equivalents.map((e) => `${e.unit.currency}${renderInterval(e.interval)}`).join(',')}` : '')
  );
}

type Row = [sentence: string, ...claims: string[]];

const TABLE: Row[] = [
  // "down" after a verb is its particle: jets shot down are downed, not a decrease; a plural
  // compromise tags as a verb after a nationality is the noun counted.
  ["In retaliation, the air force shot down five Indian jets.",
    "five | exact | [5, 5] | count:jet | Indian jets shot down [indian intercept jet]"],
  ["Pakistan claimed it had downed five Indian planes in air-to-air combat.",
    "five | exact | [5, 5] | count:plane | Indian planes downed [indian intercept plane] A:Pakistan"],
  // A hedge between the copula and the figure leaves the subject its measure.
  ["Field sources say civilian deaths are likely between 2,300 and 2,400.",
    "2,300 and 2,400 | between | [2300, 2400] | count | people killed [death person] A:Field sources"],
  // The subject of "reached" runs back over a day, an -ing noun, "across" and an adverb; "alone"
  // after a second figure is that figure's.
  ["The overall death toll from the July 4 flooding across Texas has tragically reached 134.",
    "134 | exact | [134, 134] | count | people killed [death person] @texas T:July 4"],
  // An -ing phrase right after the noun describes the people counted; the verb after it says
  // what happened to them (a noun tagged as a verb may stand between).
  ["6 construction workers repairing pot holes on the bridge died.",
    "6 | exact | [6, 6] | count:worker | construction workers died [death worker]"],
  ["More than 100 people living near the river were evacuated.",
    "More than 100 | more than | (100, ∞) | count:person | people evacuated [evacuate person]"],
  // A superlative ranks a figure in a place's history; that is no place the figure counts.
  ["At least 200 died in the worst floods in Velmora's history.",
    "At least 200 | at least | [200, ∞) | count | count died [death]"],
  ["The death toll rose to 134, with 107 in the county alone.",
    "134 | exact | [134, 134] | count | people killed [death person]",
    "107 | exact | [107, 107] | count | people killed [=part death person]"],
  // Qualifiers, ranges, vague amounts, fractions, number words, currencies, scales and rates.
  ["Police arrested more than 1,000 individuals in the sweep.",
    "more than 1,000 | more than | (1000, ∞) | count:individual | people arrested [arrest person]"],
  // A province or state that counts a figure is where it was counted; a city (a capital stands for
  // its government) or "reported that" is a source only.
  ["Punjab recorded 304 deaths in the floods.",
    "304 | exact | [304, 304] | count:death | deaths [@punjab death person] @punjab"],
  ["Floods swept the hills this week, and Bagmati Province has recorded 56 fatalities.",
    "56 | exact | [56, 56] | count:fatality | fatalities [@bagmati death person] @bagmati"],
  ["Islamabad reported 8 deaths in the floods.",
    "8 | exact | [8, 8] | count:death | deaths [death person] A:Islamabad"],
  ["Sindh reported that 12 people had died.",
    "12 | exact | [12, 12] | count:person | people died [death person] A:Sindh"],
  // An event word before people named by their work is their job, not what happened to them.
  ["Around 2,000 rescue workers were engaged as 40 rescue workers were killed.",
    "Around 2,000 | around | [1800, 2200] | count:worker | rescue workers engaged [engag rescue worker worker]",
    "40 | exact | [40, 40] | count:worker | rescue workers killed [death rescue worker worker]"],
  ["Officers detained over 300 suspects at the border crossing.",
    "over 300 | over | (300, ∞) | count:suspect | people detained [arrest person]"],
  ["Revenue stayed above $2 billion for the quarter.",
    "above $2 billion | above | (2000000000, ∞) | USD | revenue [proceeds]"],
  ["Losses exceeding $2 million were reported by the bank.",
    "exceeding $2 million | exceeding | (2000000, ∞) | USD | losses [loss]"],
  ["Losses in excess of $5 million were reported by the insurers.",
    "in excess of $5 million | in excess of | (5000000, ∞) | USD | losses [loss]"],
  ["At least 12 people were killed in the collapse.",
    "At least 12 | at least | [12, ∞) | count:person | people killed [death person]"],
  ["No fewer than 30 boats were seized by the navy.",
    "No fewer than 30 | no fewer than | [30, ∞) | count:boat | boats seized [seize vehicle]"],
  ["Fraudsters stole up to $40 billion from savers.",
    "up to $40 billion | up to | [0, 40000000000] | USD | money stolen [proceeds]"],
  ["Organisers said no more than 500 people attended the rally.",
    "no more than 500 | no more than | [0, 500] | count:person | people attended [attend person] A:Organisers"],
  ["At most 20 officers were injured in the raid.",
    "At most 20 | at most | [0, 20] | count:officer | officers injured [injury police]"],
  ["As many as 7,000 people fled the fighting.",
    "As many as 7,000 | as many as | [0, 7000] | count:person | people fled [displace person]"],
  ["Less than 1% of the suspects were charged.",
    "Less than 1% | less than | [0, 1) | % | share of suspects charged [charge person]"],
  ["Under 5% of the cases reached court.",
    "Under 5% | under | [0, 5) | % | share of cases [case]"],
  ["Fewer than 50 families returned home after the storm.",
    "Fewer than 50 | fewer than | [0, 50) | count:family | families returned [family return]"],
  ["Nearly 2,000 homes were destroyed by the fire.",
    "Nearly 2,000 | nearly | [1800, 2000) | count:home | homes destroyed [damage property]"],
  ["Almost 40 boats were seized by the coast guard.",
    "Almost 40 | almost | [36, 40) | count:boat | boats seized [seize vehicle]"],
  ["Just under 600 workers were rescued from the compound.",
    "Just under 600 | just under | [540, 600) | count:worker | workers rescued [rescue worker]"],
  ["Close to 90 vehicles were impounded at the port.",
    "Close to 90 | close to | [81, 90) | count:vehicle | vehicles impounded [seize vehicle]"],
  ["Just over 1,000 people were evacuated from the coast.",
    "Just over 1,000 | just over | (1000, 1100] | count:person | people evacuated [evacuate person]"],
  ["About 3,000 residents were evacuated from the valley.",
    "About 3,000 | about | [2700, 3300] | count:resident | people evacuated [evacuate person]"],
  ["Around 250 people were injured in the clashes.",
    "Around 250 | around | [225, 275] | count:person | people injured [injury person]"],
  ["Roughly 70 buildings were damaged by the quake.",
    "Roughly 70 | roughly | [63, 77] | count:building | buildings damaged [damage property]"],
  ["Some 400 migrants were deported to their home countries.",
    "Some 400 | some | [360, 440] | count:migrant | migrants deported [deport migrant]"],
  ["An estimated 150,000 people work in the scam compounds.",
    "An estimated 150,000 | an estimated | [135000, 165000] | count:person | people in scam compounds [compound person]"],
  ["Approximately 1,200 phones were confiscated during the raids.",
    "Approximately 1,200 | approximately | [1080, 1320] | count:phone | phones confiscated [device seize]"],
  ["Exactly 85 suspects were charged.",
    "Exactly 85 | exactly | [85, 85] | count:suspect | people charged [charge person]"],
  ["Between 200 and 300 protesters were detained by police.",
    "200 and 300 | between | [200, 300] | count:protester | people detained [arrest person]"],
  ["Officials said 20 to 30 people died in the flooding.",
    "20 to 30 | to | [20, 30] | count:person | people died [death person] A:Officials"],
  ["She joined a noisy crowd that police estimated at around 8,000 people by midday.",
    "around 8,000 | around | [7200, 8800] | count:person | people joined [attend join person]"],
  ["An airliner carrying 67 people crashed, and 29 people survived.",
    "67 | exact | [67, 67] | count:person | people carrying [aboard person]",
    "29 | exact | [29, 29] | count:person | people survived [person survive]"],
  ["A total of 129 police officers and 76 civilians were injured.",
    "129 | exact | [129, 129] | count:officer | police officers injured [injury police]",
    "76 | exact | [76, 76] | count:civilian | people injured [injury person]"],
  ["Around 129 police personnel were hurt, and 62 passengers and five crew were on board.",
    "Around 129 | around | [116.1, 141.9] | count:personnel | police personnel hurt [injury police]",
    "62 | exact | [62, 62] | count:passenger | passengers on board [aboard customer]",
    "five | exact | [5, 5] | count:crew | crew on board [aboard crew]"],
  ["In Israel, the ambulance service confirmed 28 fatalities.",
    "28 | exact | [28, 28] | count:fatality | fatalities [death person] @israel A:the ambulance service"],
  ["In Geneva, a UN spokesman said 40 people had died in Sudan.",
    "40 | exact | [40, 40] | count:person | people died [death person] @sudan A:a UN spokesman"],
  ["Kandy: 118 dead, 171 missing",
    "118 | exact | [118, 118] | count | count killed [death] @kandy",
    "171 | exact | [171, 171] | count | count missing [missing] @kandy"],
  ["Thousands of police officers were deployed.",
    "Thousands | vague amount (thousands) | [2000, 1000000) | count:officer | police officers deployed [deploy police]"],
  ["Rescuers pulled 15-20 survivors from the rubble.",
    "15-20 | range | [15, 20] | count:survivor | survivors [person survive]"],
  ["The court fined the firm between $2 million and $3 million.",
    "$2 million and $3 million | between | [2000000, 3000000] | USD | money fined [fine]"],
  ["Police arrested 1,000 or more people in the sweep.",
    "1,000 or more | or more | [1000, ∞) | count:person | people arrested [arrest person]"],
  ["The rally drew 5,000-plus supporters.",
    "5,000-plus | plus | [5000, ∞) | count:supporter | supporters [supporter]"],
  ["The fire destroyed 1,137 homes.",
    "1,137 | exact | [1137, 1137] | count:home | homes destroyed [damage property]"],
  ["Rescue teams evacuated 2,500 residents.",
    "2,500 | bare round figure | [2450, 2550) | count:resident | people evacuated [evacuate person]"],
  ["The raids netted 1,000 arrests.",
    "1,000 | bare round figure | [950, 1050) | count:arrest | arrests [arrest person]"],
  ["Dozens of people were arrested in the raids.",
    "Dozens | vague amount (dozens) | [24, 100) | count:person | people arrested [arrest person]"],
  ["Scores of homes were damaged by the storm.",
    "Scores | vague amount (scores) | [40, 100) | count:home | homes damaged [damage property]"],
  ["Hundreds of phones were seized.",
    "Hundreds | vague amount (hundreds) | [200, 1000) | count:phone | phones seized [device seize]"],
  ["Thousands of workers fled the compounds.",
    "Thousands | vague amount (thousands) | [2000, 1000000) | count:worker | workers fled [displace worker]"],
  ["Tens of thousands of people were displaced.",
    "Tens of thousands | vague amount (tens of thousands) | [20000, 100000) | count:person | people displaced [displace person]"],
  ["Millions of people were displaced by the war.",
    "Millions | vague amount (millions) | [2000000, 1000000000) | count:person | people displaced [displace person]"],
  ["The networks have generated billions of dollars in illicit profits.",
    "billions of dollars | vague amount (billions) | [2000000000, 1000000000000) | USD | illicit profits [proceeds]"],
  ["Several hundred migrants were deported.",
    "Several hundred | vague amount (several hundred) | [300, 1000) | count:migrant | migrants deported [deport migrant]"],
  ["A third of the detainees were foreign nationals.",
    "A third | fraction | [31.6666666666, 35) | % | share of detainees arrested [arrest person]"],
  ["Half of the victims were children.",
    "Half | fraction | [47.5, 52.5) | % | share of victims [victim]"],
  ["Two-thirds of the budget was spent on salaries.",
    "Two-thirds | fraction | [63.3333333334, 70) | % | share of budget spent [budget spend]"],
  ["One in five victims was a child.",
    "One in five | fraction | [20, 20] | % | share of victims [victim]"],
  ["Two million people were displaced by the floods.",
    "Two million | bare round figure | [1900000, 2100000) | count:person | people displaced [displace person]"],
  ["Twenty-five people were arrested.",
    "Twenty-five | exact | [25, 25] | count:person | people arrested [arrest person]"],
  ["The agency employs three hundred staff.",
    "three hundred | exact | [300, 300] | count:staff | staff employed [employ worker]"],
  ["Half a million people were evacuated.",
    "Half a million | bare round figure | [475000, 525000) | count:person | people evacuated [evacuate person]"],
  ["The gangs earned $1.5bn from the schemes.",
    "$1.5bn | bare round figure | [1450000000, 1550000000) | USD | money earned [proceeds]"],
  ["Police seized €40m in cash.",
    "€40m | bare round figure | [38000000, 42000000) | EUR | cash seized [asset seize]"],
  ["The authorities froze £3.2 million in assets.",
    "£3.2 million | bare round figure | [3150000, 3250000) | GBP | assets seized [asset seize]"],
  ["The rebels seized US$3 million in gold.",
    "US$3 million | bare round figure | [2850000, 3150000) | USD | money seized [seize]"],
  ["The scheme defrauded victims of 2.5 billion baht (about $70 million).",
    "2.5 billion baht | bare round figure | [2450000000, 2550000000) | THB | money defrauded [proceeds] EQ:USD[63000000, 77000000]"],
  ["Investigators traced THB 900 million in illicit transfers.",
    "THB 900 million | bare round figure | [855000000, 945000000) | THB | illicit transfers [trac transfer]"],
  ["Prosecutors say the ring laundered USD 12 million.",
    "USD 12 million | bare round figure | [11500000, 12500000) | USD | money laundered [launder] A:Prosecutors"],
  ["The court froze KSh 1.6 billion in assets.",
    "KSh 1.6 billion | bare round figure | [1550000000, 1650000000) | KES | assets seized [asset seize]"],
  ["Investors lost ₦2.5bn in the scheme.",
    "₦2.5bn | bare round figure | [2450000000, 2550000000) | NGN | money lost [loss]"],
  ["Detectives arrested three more suspects on Thursday.",
    "three | exact | [3, 3] | count:suspect | people arrested [=added arrest person] T:on Thursday"],
  ["Police detained another 40 people overnight.",
    "40 | exact | [40, 40] | count:person | people detained [=added arrest person]"],
  ["Nine of the suspects were charged with fraud.",
    "Nine | exact | [9, 9] | count:suspect | people [=part person]"],
  ["Twenty-three people were arrested. Of those, 14 were arrested in Italy.",
    "Twenty-three | exact | [23, 23] | count:person | people arrested [arrest person]",
    "14 | exact | [14, 14] | count | count arrested [=part arrest] @italy"],
  ["The company required a minimum deposit of KSh 5,000.",
    "KSh 5,000 | bare round figure | [4750, 5250) | KES | minimum deposit [=minimum deposit requir]"],
  ["Four infants have died after drinking the formula, health authorities in Poland said on Wednesday.",
    "Four | exact | [4, 4] | count:infant | infants died [death infant] T:on Wednesday A:health authorities in Poland"],
  ["In Chaupimayo province alone 4,150 ballots were annulled.",
    "4,150 | bare round figure | [4145, 4155) | count:ballot | ballots annulled [=part annull ballot] @chaupimayo"],
  ["A recount would cost at least 5 million soles and take a month.",
    "at least 5 million soles | at least | [5000000, ∞) | PEN | money spent [spend]"],
  // A time in a clause telling when a tally's event happened dates the event; the count is as of when it was said, when the sentence says.
  ["At least 43 people were killed when the dam gave way on Monday, officials said on Thursday.",
    "At least 43 | at least | [43, ∞) | count:person | people killed [death person] T:on Thursday A:officials"],
  ["Police detained 60 protesters after clashes broke out on Monday.",
    "60 | exact | [60, 60] | count:protester | people detained [arrest person] T:on Monday"],
  // Not for a figure that is no running tally: the loss happened when the shares fell.
  ["The firm lost $3 billion when its shares fell on Monday.",
    "$3 billion | bare round figure | [2850000000, 3150000000) | USD | money lost [loss] T:on Monday"],
  ["The toll had stood at 19 by midnight on Saturday.",
    "19 | exact | [19, 19] | count | count killed [=earlier death] T:on Saturday"],
  // The subject before a relative clause set off by commas, and a person "from" a body.
  ["Tomas Vey from the Civic Alliance, which has ruled for half a century, took nearly 71 percent of the votes.",
    "nearly 71 percent | nearly | [63.9, 71) | % | share of votes taken [@tomas vey took vote]"],
  ["The European Union, which deployed 36 observers, saw no fraud.",
    "36 | exact | [36, 36] | count:observer | observers deployed [@european union deploy observer]"],
  ["Investors lost 45 million euros in the collapse.",
    "45 million euros | bare round figure | [44500000, 45500000) | EUR | money lost [loss]"],
  ["The company reported 12 billion yuan in revenue.",
    "12 billion yuan | bare round figure | [11500000000, 12500000000) | CNY | revenue [proceeds] A:The company"],
  ["The ministry paid 300,000 riel in compensation to each family.",
    "300,000 riel | bare round figure | [285000, 315000) | KHR | compensation per family [per family pledge]"],
  ["The networks generate more than $40 billion annually in illicit revenue.",
    "more than $40 billion | more than | (40000000000, ∞) | USD /year | illicit revenue [proceeds]"],
  ["The syndicate made $5 million a month from the scam.",
    "$5 million | bare round figure | [4750000, 5250000) | USD /month | money made [proceeds]"],
  ["Smugglers moved 300 people per day across the border.",
    "300 | exact | [300, 300] | count:person /day | people moved [mov person]"],
  ["The gang laundered $2 million weekly.",
    "$2 million | bare round figure | [1900000, 2100000) | USD /week | money laundered [launder]"],
  ["Victims lost $3,000 per month on average.",
    "$3,000 | bare round figure | [2850, 3150) | USD /month | money lost [loss]"],
  ["The smugglers moved 20,000 people each year.",
    "20,000 | bare round figure | [19000, 21000) | count:person /year | people moved [mov person]"],
  ["The ring earned $500,000 a year from fake tickets.",
    "$500,000 | bare round figure | [475000, 525000) | USD /year | money earned [proceeds]"],
  ["Unemployment rose to 7.5 per cent.",
    "7.5 per cent | bare round figure | [7.45, 7.55) | % | unemployment [unemployment]"],
  ["The share of fraud cases fell to 12 percent.",
    "12 percent | bare round figure | [11.5, 12.5) | % | share of fraud cases [case fraud]"],
  ["Annual revenue of $3 billion was recorded by the syndicates.",
    "$3 billion | bare round figure | [2850000000, 3150000000) | USD /year | annual revenue [proceeds]"],
  ["The detainees included over 200 Vietnamese nationals, 270 Indonesians and 85 Cambodians.",
    "over 200 | over | (200, ∞) | count:national | Vietnamese nationals arrested [arrest person vietnamese]",
    "270 | exact | [270, 270] | count:indonesian | Indonesians arrested [arrest indonesian person]",
    "85 | exact | [85, 85] | count:cambodian | Cambodians arrested [arrest cambodian person]"],
  // Not claims: dates, years, ages, durations, list markers, phone numbers, identifiers,
  // multipliers, references; and scope: running totals, ellipsis, places, times, attribution.
  ["The raids took place on July 14, 2025, and again on 16 July."],
  ["Similar operations were carried out in 2022 and 2024."],
  ["A 2024 UN report described the compounds in detail."],
  ["Some of the workers were as young as 13 when they were trafficked."],
  ["The 13-year-old girl was found in a compound."],
  ["Kok Rana, 62, was questioned by investigators."],
  ["Children under 18 were among those rescued."],
  ["The suspects were held for three days before release."],
  ["1. The first step is to report the scam."],
  ["Call the hotline on +855 12 345 678 for help."],
  ["Flight 370 disappeared over the ocean."],
  ["Article 5 of the treaty was invoked."],
  ["The fraud cost three times as much as the raid."],
  ["The two countries signed an agreement."],
  ["One of the suspects escaped from custody."],
  ["Police said the number of people evacuated rose to 300 by Monday and 450 by Thursday.",
    "300 | exact | [300, 300] | count | people evacuated [evacuate person] T:by Monday A:Police",
    "450 | exact | [450, 450] | count | people evacuated [evacuate person] T:by Thursday A:Police"],
  ["In 2024, police arrested 300 people and seized $2 million in cash.",
    "300 | exact | [300, 300] | count:person | people arrested [arrest person] T:In 2024",
    "$2 million | bare round figure | [1900000, 2100000) | USD | cash seized [asset seize] T:In 2024"],
  ["The storm killed 40 people in Larkspur and 12 in Kestrel Bay.",
    "40 | exact | [40, 40] | count:person | people killed [death person] @larkspur",
    "12 | exact | [12, 12] | count:person | people killed [death person] @kestrel bay"],
  ["According to the Interior Ministry, 1,200 suspects were detained across Pailin, Battambang and Kampot.",
    "1,200 | bare round figure | [1150, 1250) | count:suspect | people detained [arrest person] @pailin+battambang+kampot A:the Interior Ministry"],
  ["More than 500 people were evacuated, police spokesman Dara Vong said.",
    "More than 500 | more than | (500, ∞) | count:person | people evacuated [evacuate person] A:police spokesman Dara Vong"],
  ["The death toll rose to 57 on Tuesday.",
    "57 | exact | [57, 57] | count | people killed [death person] T:on Tuesday"],
  // A head earlier in the clause, joined by "to", "as" or "from … to" (real coverage, issue 10).
  ["Rescuers on Friday raised the death toll in the region's worst floods for a generation to 205.",
    "205 | exact | [205, 205] | count | people killed [death person] T:on Friday"],
  ["Officials have put the death toll as 95.",
    "95 | exact | [95, 95] | count | people killed [death person]"],
  ["The agency revised its estimate of the death toll from the landslide to over 670.",
    "over 670 | over | (670, ∞) | count | people killed [death person]"],
  ["The official death toll was revised downwards, from 217 to 215.",
    "217 | exact | [217, 217] | count | people killed [death person]",
    "215 | exact | [215, 215] | count | people killed [death person]"],
  ["Arrests totalled 2,300 as of June 3.",
    "2,300 | bare round figure | [2250, 2350) | count | people arrested [arrest person] T:as of June 3"],
  ["The detainees included 40 Chinese nationals, 25 Thais and 12 Laotians.",
    "40 | exact | [40, 40] | count:national | Chinese nationals arrested [arrest chinese person]",
    "25 | exact | [25, 25] | count:thai | Thais arrested [arrest person thai]",
    "12 | exact | [12, 12] | count:laotian | Laotians arrested [arrest laotian person]"],
  ["Prices were up 20% from last year.",
    "20% | bare round figure | [19, 21) | % | prices increase [increase price]"],
  ["Profits fell by 15% in the first half of 2024.",
    "15% | bare round figure | [14.5, 15.5) | % | profits decrease [decrease proceeds] T:2024"],
  ["At 10:30 on Monday, 45 officers stormed the building.",
    "45 | exact | [45, 45] | count:officer | officers stormed [police raid] T:on Monday"],
  // Measures: events, objects, equivalents, rates and attribution in longer sentences.
  ["Thai police recently raided 19 properties linked to the family.",
    "19 | exact | [19, 19] | count:property | properties raided [property raid]"],
  ["Authorities seized assets worth more than $33 million.",
    "more than $33 million | more than | (33000000, ∞) | USD | assets seized [asset seize]"],
  ["The operation netted 85 suspects and 12 vehicles.",
    "85 | exact | [85, 85] | count:suspect | people netted [net person]",
    "12 | exact | [12, 12] | count:vehicle | vehicles netted [net vehicle]"],
  ["Police said 2,000 people were arrested in Phnom Penh between July 14 and 16.",
    "2,000 | bare round figure | [1900, 2100) | count:person | people arrested [arrest person] @phnom penh T:between July 14 and 16 A:Police"],
  ["A 2024 report from the United Nations estimated that 120,000 people were trapped in compounds across Myanmar.",
    "120,000 | bare round figure | [115000, 125000) | count:person | people trapped in compounds [compound hold person] @myanmar A:the United Nations"],
  // The subject of "has reached": over "following" and a participle with its agent, to the toll;
  // "Storm" inside a storm's name is no raid.
  ["The death toll in Velmora province following the floods caused by Tropical Storm Halden has reached 59, officials said.",
    "59 | exact | [59, 59] | count | people killed [death person] @velmora A:officials"],
  // The subject of "has reached" over a span of time ("over the past 12 days": no figure of it),
  // an -ing form and two nouns joined inside it; a nationality before what happened names who did
  // it ("Russian strikes"), one before what befalls people names who is counted.
  ["The death toll from Russian strikes across Velmora over the past 12 days has reached 606, the minister said.",
    "606 | exact | [606, 606] | count | people killed [death person strike] @velmora A:the minister"],
  ["The death toll from explosions involving pagers and radios in the last two days has reached 37, the minister said.",
    "37 | exact | [37, 37] | count | people killed [death person] A:the minister"],
  ["The number of Russian deaths rose to 24, officials said.",
    "24 | exact | [24, 24] | count | people killed [death person russian] A:officials"],
  // "in Russian strikes" says whose strikes, not where: no place.
  ["More than 220 people have been killed in Russian strikes so far, the health ministry said.",
    "More than 220 | more than | (220, ∞) | count:person | people killed [death person] A:the health ministry"],
  // Harmed to death is dead; homes burnt to ashes are destroyed.
  ["At least 97 people were burned to death when the tanker exploded, police said.",
    "At least 97 | at least | [97, ∞) | count:person | people burned to death [death person] A:police"],
  // People stranded are held where they are, as people trapped are: never a count of the dead.
  ["Officials said 204 bodies had been recovered, and over 30 people remain stranded.",
    "204 | exact | [204, 204] | count:body | bodies recovered [body seize] A:Officials",
    "over 30 | over | (30, ∞) | count:person | people stranded [hold person] A:Officials"],
  // Who says so: a time or an adverb between a source and its verb is never the source; a
  // participle of saying hands a later figure to the main clause's subject; a named body before the
  // noun of a count; a pronoun of saying stands for the person the sentence before opens with (not
  // a storm); a toll that "claimed" lives is no claim made.
  ["Police on Friday said 40 people were killed in the blast.",
    "40 | exact | [40, 40] | count:person | people killed [death person] T:on Friday A:Police"],
  ["Officials also said 300 homes were destroyed.",
    "300 | exact | [300, 300] | count:home | homes destroyed [damage property] A:Officials"],
  ["The governor this week put the number of deaths at 12.",
    "12 | exact | [12, 12] | count | count killed [death] A:The governor"],
  ["In his speech to about 2,500 guests, the president disputed the toll, saying that 12 people had died.",
    "about 2,500 | about | [2250, 2750] | count:guest | guests [guest]",
    "12 | exact | [12, 12] | count:person | people died [death person] A:the president"],
  ["Lawmakers questioned the ministry's toll of 45 deaths.",
    "45 | exact | [45, 45] | count:death | deaths [death person] A:the ministry"],
  ["Fire chief Anna Berg spoke to reporters on Monday. \"We have counted 14 bodies,\" she said.",
    "14 | exact | [14, 14] | count:body | bodies [body] A:Fire chief Anna Berg"],
  ["The storm reached the coast on Monday. \"We have counted 14 bodies,\" he said.",
    "14 | exact | [14, 14] | count:body | bodies [body]"],
  // A participle of saying in a sentence whose main clause names no source goes on with the
  // source of the sentence before.
  ["According to the police figures, 618 people were arrested on the first day. On the second day, 63 were arrested, adding that seven people died.",
    "618 | exact | [618, 618] | count:person | people arrested [arrest person] A:the police figures",
    "63 | exact | [63, 63] | count | count arrested [arrest]",
    "seven | exact | [7, 7] | count:person | people died [death person] A:the police figures"],
  // A place that only describes the next ("the Indian Ocean island of Madagascar") is no scope.
  ["In the Indian Ocean island of Madagascar, 22 people died.",
    "22 | exact | [22, 22] | count:person | people died [death person] @madagascar"],
  // An area: "square" or "sq" before a unit of length; a record's "since" is not the figure's time.
  ["Ukraine said it controls about 1,000 square kilometres of the region.",
    "about 1,000 | about | [900, 1100] | count:square kilometre | square kilometres of the region controls [control kilometre region] A:Ukraine"],
  ["An area of about 800 sq kms has been seized, the greatest loss of territory since April 1944.",
    "about 800 | about | [720, 880] | count:square kms | sq kms seized [kms seize]"],
  // "revised the death toll to …": the subject gives the figure; a participle set off after the
  // figure ("excluding …") is not what happened to what it counts; "WHO" is an acronym.
  ["The WHO revised the official death toll to at least 900, excluding those still in morgues.",
    "at least 900 | at least | [900, ∞) | count | people killed [death person] A:The WHO"],
  // A compound modifier before the place is one word ("hardest-hit", "worst-affected").
  ["In hardest-hit Buner district, at least 208 people were killed.",
    "at least 208 | at least | [208, ∞) | count:person | people killed [death person] @buner"],
  ["In the worst-affected district of Buner, 20 people died.",
    "20 | exact | [20, 20] | count:person | people died [death person] @buner"],
  // What may stand between a source and its verb: a parenthesis, an active auxiliary (never the
  // passive "have been confirmed"), an aside set off by commas; a closing "said the mayor of X";
  // "with X estimating"; a condition that makes the injured a part of them.
  ["Governor Ana Lind (D) said Tuesday that at least 92 people are still missing.",
    "at least 92 | at least | [92, ∞) | count:person | people missing [missing person] T:Tuesday A:Governor Ana Lind"],
  ["The Riverton Emergency Agency (REA) reported that 107 people have perished.",
    "107 | exact | [107, 107] | count:person | people perished [death person] A:The Riverton Emergency Agency"],
  ["The provincial government has confirmed a death toll of 222.",
    "222 | exact | [222, 222] | count | count killed [death] A:The provincial government"],
  ["At least 137 people have been confirmed dead.",
    "At least 137 | at least | [137, ∞) | count:person | people killed [death person]"],
  ["Rights Watch Velmora, meanwhile, said it had received reports that at least 100 people had been killed.",
    "at least 100 | at least | [100, ∞) | count:person | people killed [death person] A:Rights Watch Velmora"],
  ["Nine were injured, said the mayor of Tarvo, the capital of Velmora, Ana Lind.",
    "Nine | exact | [9, 9] | count | count injured [injury] A:the mayor of Tarvo"],
  ["Protests were met with force, with the Velmora Red Cross estimating at least 700 people were killed.",
    "at least 700 | at least | [700, ∞) | count:person | people killed [@red cross death person] A:the Velmora Red Cross"],
  ["Nine were injured in critical condition.",
    "Nine | exact | [9, 9] | count | count injured [=among severe cases injury]"],
  ["The stampede claimed no less than 700 lives.",
    "no less than 700 | no less than | [700, ∞) | count:life | people killed [death person]"],
  ["The regional government promised $60 million a year in relief.",
    "$60 million | bare round figure | [57000000, 63000000) | USD /year | relief [pledge]"],
  ["Officials said the government will pay $5 million a month in relief.",
    "$5 million | bare round figure | [4750000, 5250000) | USD /month | relief [pledge] A:Officials"],
  ["Up to $12 million a week in trade was lost, the port authority said.",
    "Up to $12 million | up to | [0, 12000000] | USD /week | trade lost [loss trade] A:the port authority"],
  ["Growers lost 2 billion baht (about $55 million) as the fruit rotted.",
    "2 billion baht | bare round figure | [1900000000, 2100000000) | THB | money lost [loss] EQ:USD[49500000, 60500000]"],
  // Held-out round 4: the subject of a copula, a margin, a part of the whole, a part of a counted
  // whole, people left homeless, a street value's owner, an approximate restatement, a named subject
  // ("@civic alliance"), an age bound that is no claim.
  ["Turnout was 61%, the commission said.",
    "61% | bare round figure | [60.5, 61.5) | % | turnout [turnout] A:the commission"],
  ["In Holt, the sitting mayor lost by fewer than 200 votes.",
    "fewer than 200 | fewer than | [0, 200) | count:vote | votes lost [=margin loss vote] @holt"],
  ["She took about 60% of the vote in several districts.",
    "about 60% | about | [54, 66] | % | share of vote taken [=in district took vote]"],
  ["The Civic Alliance holds 14 of the 31 seats on the council.",
    "14 | exact | [14, 14] | count:seat | seats held [@civic alliance hold seat]",
    "31 | exact | [31, 31] | count:seat | seats [seat]"],
  // A relative clause on the people counted names what happened to them.
  ["The senator paid tribute to the 41 who died in the crush.",
    "41 | exact | [41, 41] | count | count died [death]"],
  ["Officials said 30 devotees had lost their lives in the crush.",
    "30 | exact | [30, 30] | count:devotee | people killed [death person] A:Officials"],
  // A singular noun after a count modifies the plural after it; "here" is never the noun counted.
  ["Teams recovered 158 body parts from the debris.",
    "158 | exact | [158, 158] | count:part | body parts recovered [part seize]"],
  ["We have nearly 40 bodies here.",
    "nearly 40 | nearly | [36, 40) | count:body | bodies [body]"],
  ["Organisers said 5 million people took part in the rallies.",
    "5 million | bare round figure | [4750000, 5250000) | count:person | people took part [attend person] A:Organisers"],
  ["About 20,000 people participated in the march.",
    "About 20,000 | about | [18000, 22000] | count:person | people participated [attend person]"],
  // Who counted a figure is its source, as who said it is.
  ["A Reuters witness counted 39 bodies inside the morgue.",
    "39 | exact | [39, 39] | count:body | bodies [body] A:A Reuters witness"],
  ["Searchers have found the bodies of 84 people in the county.",
    "84 | exact | [84, 84] | count:body | people [body person]"],
  ["About 40,000 people have been left homeless.",
    "About 40,000 | about | [36000, 44000] | count:person | people displaced [displace person]"],
  ["Some 25,000 people lost their homes.",
    "Some 25,000 | some | [22500, 27500] | count:person | people displaced [displace person]"],
  ["The drugs have an estimated street value of about €180 million.",
    "about €180 million | about | [162000000, 198000000] | EUR | drugs [drug]"],
  ["Japan has promised 500 million yen, about $3.4 million.",
    "500 million yen | bare round figure | [475000000, 525000000) | JPY | money promised [@japan pledge] EQ:USD[3060000, 3740000]"],
  ["The fire was 20% contained by Tuesday evening.",
    "20% | bare round figure | [19, 21) | % | share contained [contain] T:by Tuesday"],
  // The figure a change started from is superseded: "up from 76", "an earlier count of 76", "rose to 94 from 76".
  ["The death toll has risen to 94, the agency said, up from an earlier count of 76.",
    "94 | exact | [94, 94] | count | people killed [death person] A:the agency",
    "76 | exact | [76, 76] | count | people killed [=earlier death person] A:the agency"],
  ["The toll rose to 94 from 76 on Friday.",
    "94 | exact | [94, 94] | count | count killed [death]",
    "76 | exact | [76, 76] | count | count [=earlier] T:on Friday"],
  ["Flights from 30 countries were cancelled.",
    "30 | exact | [30, 30] | count:country | countries cancelled [cancell country]"],
  // How badly people were hurt is a sub-population of the injured, never all of them; adverbs
  // between the auxiliary and the participle are read through.
  ["Officials said more than 200 people were injured and 41 were critically injured.",
    "more than 200 | more than | (200, ∞) | count:person | people injured [injury person] A:Officials",
    "41 | exact | [41, 41] | count | count injured [=among severe cases injury] A:Officials"],
  ["Five people remain in critical condition, and 90 sustained severe injuries.",
    "Five | exact | [5, 5] | count:person | people in critical condition [=among severe cases injury person]",
    "90 | exact | [90, 90] | count:injury | sustained severe injuries [=among severe cases injury person sustain]"],
  ["Around 246 seriously injured people were rescued.",
    "Around 246 | around | [221.4, 270.6] | count:person | people rescued [=among severe cases injury person rescue]"],
  ["About 300 people were quickly evacuated, and ten people were not injured.",
    "About 300 | about | [270, 330] | count:person | people evacuated [evacuate person]",
    "ten | exact | [10, 10] | count:person | people [person]"],
  // "dozens" alone is a figure as the object or subject of a verb; "scores" alone never is.
  ["The cyclone killed dozens, officials said.",
    "dozens | vague amount (dozens) | [24, 100) | count | count killed [death] A:officials"],
  ["The striker scores often, and the club sold dozens, of course.",
    "dozens | vague amount (dozens) | [24, 100) | count | count sold [sell]"],
  // "to be" joins a figure to the head before it like "to": "estimate the death toll to be at least 700".
  ["UN experts estimate the death toll to be at least 700, while rights groups put the figure at more than 1,000.",
    "at least 700 | at least | [700, ∞) | count | people killed [death person] A:UN experts",
    "more than 1,000 | more than | (1000, ∞) | count | people killed [death person] A:rights groups"],
  // A plural compromise reads as a verb before the noun it modifies is part of the source's name.
  ["Local rights groups said 300 people were arrested.",
    "300 | exact | [300, 300] | count:person | people arrested [arrest person] A:Local rights groups"],
  // A share in a number of the parts ("in 8 out of 272 constituencies") is for those parts only.
  ["The commission said the president led with 96.99% of the votes in 8 out of 272 constituencies.",
    "96.99% | bare round figure | [96.985, 96.995) | % | share of votes cast [=in constituency vote] A:The commission",
    "8 | exact | [8, 8] | count | count [] A:The commission",
    "272 | exact | [272, 272] | count:constituency | constituencies [constituency] A:The commission"],
  ["Turnout among voters under 30 was 38%.",
    "38% | bare round figure | [37.5, 38.5) | % | turnout among voters under 30 [=among voter turnout]"],
  // Rival figures in one sentence: each clause set against the other names its own source, and
  // "the number" / "an estimate of" stand for the figure before them.
  ["Police said about 107,000 people attended the rally, while organisers put the number at 300,000.",
    "about 107,000 | about | [96300, 117700] | count:person | people attended [attend person] A:Police",
    "300,000 | bare round figure | [285000, 315000) | count:person | people attended [attend person] A:organisers"],
  ["The government says at least 2,000 people are buried, far more than a UN agency estimate of more than 670.",
    "at least 2,000 | at least | [2000, ∞) | count:person | people buried [death person] A:The government",
    "more than 670 | more than | (670, ∞) | count:person | people buried [death person] A:a UN agency"],
  ["A separate UN agency put the possible death toll at more than 670 people.",
    "more than 670 | more than | (670, ∞) | count:person | people killed [death person] A:A separate UN agency"],
  // With no figure before it in the sentence, "the figure" stands for the head further back in its
  // clause; "the range of" is read like "the figure of", and a compound that names what it counts
  // ("cost estimate") is the head.
  // A count with no noun of its own, a copula and a noun phrase: the phrase is what is counted.
  ["A police officer said all 39 were crash victims.",
    "39 | exact | [39, 39] | count:victim | crash victims [victim] A:A police officer"],
  ["Five were in the town hall.",
    "Five | exact | [5, 5] | count | count []"],
  ["Opposition leaders say the toll is far higher than the official figure of 37.",
    "37 | exact | [37, 37] | count | count killed [death] A:Opposition leaders"],
  ["The total cost estimate is in the range of $20 billion to $34 billion.",
    "$20 billion to $34 billion | to | [20000000000, 34000000000] | USD | total cost estimate [estimate spend]"],
  ["A crowd of 100,000 gathered in the capital on Sunday.",
    "100,000 | bare round figure | [95000, 105000) | count | count attended [attend] T:on Sunday"],
  // Whose votes: "for X" after a count of votes (past an appositive), and "X had won" after it.
  ["The tallies showed 2.75 million votes for Nicolas Maduro and 6.27 million for his rival, former diplomat Edmundo Gonzalez, Maria Machado said.",
    "2.75 million | bare round figure | [2745000, 2755000) | count:vote | votes cast [@nicolas maduro vote] A:Maria Machado",
    "6.27 million | bare round figure | [6265000, 6275000) | count:vote | votes cast [@edmundo gonzalez vote] A:Maria Machado"],
  // The determiner opens the source's noun phrase: not "votes the electoral authority".
  ["The numbers differ from the 5.15 million votes the electoral authority said Nicolas Maduro had won.",
    "5.15 million | bare round figure | [5145000, 5155000) | count:vote | votes cast [@nicolas maduro vote] A:the electoral authority"],
  // A participle before the counted noun says what happened to it, as one after it does.
  ["The commission's own data showed around 21,000 annulled ballots.",
    "around 21,000 | around | [18900, 23100] | count:ballot | annulled ballots [annull ballot]"],
  // After a comma, "compared to" sets the figure against the one before even past a longer
  // clause; a figure with a noun of its own keeps it.
  ["The count differs from the 3.1 million votes the commission said Tomas Vey had won, compared to 2.4 million for Lena Marsh.",
    "3.1 million | bare round figure | [3050000, 3150000) | count:vote | votes cast [@tomas vey vote] A:the commission",
    "2.4 million | bare round figure | [2350000, 2450000) | count:vote | votes cast [@lena marsh vote] A:the commission"],
  // "he" with votes is the last person named; a figure in brackets restates the one before it.
  ["Tomas Vey was re-elected on Sunday in a vote in which he won 52.10 percent of the votes (3,120,455 support).",
    "52.10 percent | bare round figure | [52.095, 52.105) | % | share of votes won [@tomas vey vote won] T:on Sunday",
    "3,120,455 | exact | [3120455, 3120455] | count | count cast [@tomas vey vote] T:on Sunday"],
  // An abbreviated month's full stop ends no clause; a span may run across months.
  ["On Aug. 3, officials said 2,000 people had been arrested.",
    "2,000 | bare round figure | [1900, 2100) | count:person | people arrested [arrest person] T:On Aug. 3 A:officials"],
  ["A monitoring group said 315 people died in the protests between Oct. 21 and Jan. 16.",
    "315 | exact | [315, 315] | count:person | people died [death person] T:between Oct. 21 and Jan. 16 A:A monitoring group"],
  // "N of them" after a figure is a part of what that figure counts.
  ["During the same period, 3,700 people were injured, more than 900 of them by firearms.",
    "3,700 | bare round figure | [3650, 3750) | count:person | people injured [injury person]",
    "more than 900 | more than | (900, ∞) | count:person | people injured [=part injury person]"],
  // A participle after an auxiliary is a passive verb whatever its tag; "the person of X" wins.
  ["The audit found that nearly 3,000 members were affected.",
    "nearly 3,000 | nearly | [2700, 3000) | count:member | members affected [affect member] A:The audit"],
  ["Lena Marsh of the Civic Alliance came second with about 42,000 votes.",
    "about 42,000 | about | [37800, 46200] | count:vote | votes cast [@lena marsh vote]"],
  // A share set against the one before it ("compared with"), or with no base of its own, is a
  // share of the same thing; "X the winner with N%" and "X who garnered N%" say whose.
  ["The commission declared Tomas Vey the winner with 52% of the vote, compared with 41% for the opposition candidate Lena Marsh.",
    "52% | bare round figure | [51.5, 52.5) | % | share of vote cast [@tomas vey vote]",
    "41% | bare round figure | [40.5, 41.5) | % | share of vote cast [@lena marsh vote]"],
  ["The commission said Tomas Vey secured 52 percent of the vote, defeating challenger Lena Marsh who garnered 41 percent.",
    "52 percent | bare round figure | [51.5, 52.5) | % | share of vote secured [@tomas vey secur vote] A:The commission",
    "41 percent | bare round figure | [40.5, 41.5) | % | share of vote garnered [@lena marsh secur vote] A:The commission"],
  // A rate further on leaves the verb before it to be read; one right after the figure is skipped.
  ["Some 300 people were arrested each month.",
    "Some 300 | some | [270, 330] | count:person /month | people arrested [arrest person]"],
  // A place before a verb of saying that introduces the figure is where the source spoke; a
  // speaker's own place ("doctors in Geneva said") and a closing "…, X said, as …" keep it.
  ["The opposition leader caused an uproar in Geneva by saying that 300 people had died in the floods.",
    "300 | exact | [300, 300] | count:person | people died [death person]"],
  ["Health officials in Geneva said 400 people were being treated for burns.",
    "400 | exact | [400, 400] | count:person | people treated [person treat] @geneva A:Health officials in Geneva"],
  ["The strike at Geneva is costing the port $1.2 billion a week, the port authority said, as more than 4,000 containers sat on the quays.",
    "$1.2 billion | bare round figure | [1150000000, 1250000000) | USD /week | money spent [spend] @geneva A:the port authority",
    "more than 4,000 | more than | (4000, ∞) | count:container | containers sat [container sat] @geneva A:the port authority"],
  ["The quake caused a death toll of 320 in the province, officials said.",
    "320 | exact | [320, 320] | count | count killed [death] A:officials"],
];

test(`claim extraction table (${TABLE.length} sentences)`, () => {
  const failures: string[] = [];
  for (const [sentence, ...expected] of TABLE) {
    const actual = claimsOfSentence(sentence).map(renderClaim);
    try {
      assert.deepEqual(actual, expected);
    } catch {
      failures.push(`${sentence}\n  expected: ${JSON.stringify(expected, null, 2)}\n  actual:   ${JSON.stringify(actual, null, 2)}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${TABLE.length} rows differ:\n\n${failures.join('\n\n')}`);
});

test('modality: projected figures and the alternatives offered to them are forecasts; "may be" describes the present', () => {
  const modalities = (sentence: string) => claimsOfSentence(sentence).map((c) => `${c.text}: ${c.modality}`);
  assert.deepEqual(modalities('"There will surely be several hundred, perhaps we will be close to a thousand, or a few thousand" deaths, the governor said.'), [
    'several hundred: forecast',
    'close to a thousand: forecast',
    'a few thousand: forecast',
  ]);
  assert.deepEqual(modalities('"There are some several hundred dead, maybe we\'ll get close to a thousand," the governor said.'), ['some several hundred: fact', 'close to a thousand: forecast']);
  assert.deepEqual(modalities('Officials said 40 people were killed, or 12 more than on Monday.'), ['40: fact', '12: fact']);
  assert.deepEqual(modalities('The toll may be 600, officials said, and deaths could exceed 5,000.'), ['600: fact', '5,000: forecast']);
  // An aim is no outcome: "tried to kill 4,000 people" says nothing of how many died.
  assert.deepEqual(modalities('Israel tried to kill 4,000 people simultaneously, he said, and the blasts killed 12.'), ['4,000: forecast', '12: fact']);
  assert.deepEqual(modalities('The army intended to evacuate 5,000 residents.'), ['5,000: forecast']);
  // After the figure, "to" starts another clause: "40 people tried to flee" still counts people.
  assert.deepEqual(modalities('Police said 40 people tried to flee the building.'), ['40: fact']);
});
