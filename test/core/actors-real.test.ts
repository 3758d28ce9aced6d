/**
 * Actors as real coverage names them, one rule per case, on short sentences written for the test
 * (issue 10, item 8): organisations named without a cue word, places in long lists and from the
 * world-cities data, people in lists, credits and bylines, names from many languages. Each case
 * lists every actor the text holds, so it guards precision as well as recall.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorKey, extractActors } from '../../server/src/analysis/actors';
import { extractClaims } from '../../server/src/analysis/claims';
import { tokenize } from '../../server/src/analysis/nlp';
import { parseStructure } from '../../server/src/analysis/structure';
import type { ArticleActor } from '../../server/src/analysis/types';

function actorsIn(text: string): ArticleActor[] {
  const structure = parseStructure(text, { minArticleWords: 0 });
  return extractActors({ text, structure, sentences: tokenize(text, structure) });
}

/** "kind name" of every actor, in the order the text introduces them. */
function kinds(text: string): string[] {
  return actorsIn(text).map((a) => `${a.kind} ${a.name}`);
}

test('news agencies, outlets and platforms are organisations without an organisation word', () => {
  assert.deepEqual(kinds('Fighting resumed on Monday, a police officer told Reuters. The Associated Press and Agence France-Presse also reported the clashes, as did BenarNews.'), [
    'organisation Reuters', 'organisation Associated Press', 'organisation Agence France-Presse', 'organisation BenarNews',
  ]);
  assert.deepEqual(kinds('The group claimed the attack on Telegram, and Al Jazeera aired the footage.'), ['organisation Telegram', 'organisation Al Jazeera']);
  // A noun of outlets after a word of the media, before the name: "the radio station Exitosa".
  assert.deepEqual(kinds('The radio station Exitosa said that its reporter was hit by pellets during the protest.'), ['organisation Exitosa']);
  // An outlet's edition or service is an organisation of its own; a country after an agency stays a place.
  assert.deepEqual(kinds('BBC Urdu said 20 died, officials told CNN Brasil, and according to BBC Africa the toll rose. The Reuters Kenya bureau confirmed it.'), [
    'organisation BBC Urdu', 'organisation CNN Brasil', 'organisation BBC Africa', 'organisation Reuters', 'place Kenya',
  ]);
  // A credit run into the first sentence leaves no "The" behind as an organisation.
  assert.deepEqual(kinds('Shafaq News/ The death toll in the coastal region rose to 1,383 civilians.'), ['organisation Shafaq News']);
  // "AP" and "the Associated Press" are one actor across articles.
  assert.equal(actorKey('AP'), actorKey('the Associated Press'));
});

test('a ministry named by its country, armed forces by demonym: state bodies', () => {
  assert.deepEqual(kinds('Spain’s interior ministry said 40 people were missing, while the Saudi health ministry gave no figure.'), [
    'place Spain', 'organisation Spanish interior ministry', 'organisation Saudi health ministry',
  ]);
  assert.deepEqual(kinds('The Thai army said Russian security forces had left the area.'), ['organisation Thai army', 'organisation Russian security forces']);
  assert.deepEqual(kinds('The pagers were rigged by Israeli intelligence, and Saudi intelligence had warned about the man.'), ['organisation Israeli intelligence', 'organisation Saudi intelligence']);
  // A country's abbreviation stands before its body as a demonym does; the country keeps its mention.
  assert.deepEqual(kinds('Helicopters of the U.S. military and UK police flew in.'), ['place United States', 'organisation U.S. military', 'place United Kingdom', 'organisation UK police']);
  assert.deepEqual(kinds('The US has 50 states.'), ['place United States']);
  // A demonym or a country before a federation's name names its national society.
  assert.deepEqual(kinds('Syrian Red Crescent teams helped, and Turkey’s Red Cross sent aid.'), ['organisation Syrian Red Crescent', 'place Turkey', 'organisation Red Cross']);
  // After the society is named, "the Red Cross" is its short form, as reporters write it.
  assert.deepEqual(actorsIn('The Nepal Red Cross said 20 died. The Red Cross opened shelters.').map((a) => [a.name, a.aliases]), [['Nepal', []], ['Nepal Red Cross', ['Red Cross']]]);
  assert.equal(actorKey('Spain’s interior ministry'), actorKey('the Spanish interior ministry'));
  // "Ministry of Emergency Situations" after a country in the possessive is that country's: two countries' ministries stay two.
  assert.deepEqual(kinds('Kazakhstan’s Ministry of Emergency Situations said 38 died. Azerbaijan’s Ministry of Emergency Situations sent a plane.'), [
    'place Kazakhstan', 'organisation Kazakh Ministry of Emergency Situations', 'place Azerbaijan', 'organisation Azerbaijani Ministry of Emergency Situations',
  ]);
  assert.equal(actorKey('Kazakhstan’s Ministry of Emergency Situations'), actorKey('the Kazakh Ministry of Emergency Situations'));
  assert.equal(actorKey('the Supreme Court of Venezuela'), actorKey('Venezuelan Supreme Court'));
  assert.equal(actorKey('Ministry of Health'), actorKey('Health Ministry'));
  assert.equal(actorKey('Anthem Inc.'), actorKey('Anthem'));
  // "Officers of the Thai army" are people; "army officers" name no organisation of their own.
  assert.deepEqual(kinds('Two army officers were detained.'), []);
});

test('the label that opens a row of a toll table is a place; a label that is a common word is not', () => {
  const rows = 'The number of deaths and missing individuals per district, according to the disaster management centre, is as follows:\n\nKandy: 118 dead, 171 missing\n\nBadulla: 83 dead, 28 missing\n\nPuttalam: 27 dead, 08 missing\n\nUpdate: 5 dead, 2 missing';
  assert.deepEqual(kinds(rows), ['place Kandy', 'place Badulla', 'place Puttalam']);
});

test('a body named after a place keeps the place; a mission keeps its city', () => {
  assert.deepEqual(kinds('A Moscow court jailed the four men.'), ['place Moscow', 'organisation Moscow court']);
  assert.deepEqual(kinds('Two are Chinese nationals, according to the Chinese embassy in Madrid.'), [
    'group Chinese nationals', 'organisation Chinese embassy in Madrid', 'place Madrid',
  ]);
  assert.deepEqual(kinds('Rallies were led by the Fontaro union and the Valdria Community government.'), [
    'organisation Fontaro union', 'organisation Valdria Community government',
  ]);
});

test('places: long lists after a place preposition, wards listed after their noun, cities from the world data', () => {
  assert.deepEqual(kinds('Floods destroyed homes in Orvane, Belcastro, Tiradel and Mosquen overnight.'), [
    'place Orvane', 'place Belcastro', 'place Tiradel', 'place Mosquen',
  ]);
  assert.deepEqual(kinds('The estimate covered two affected wards, Kalapa and Tumbi.'), ['place Kalapa', 'place Tumbi']);
  assert.deepEqual(kinds('Rescuers flew from Wabag to Lae before dawn.'), ['place Wabag', 'place Lae']);
  assert.deepEqual(kinds('The Minnetonka-based insurer reported a loss.'), ['place Minnetonka']);
  assert.deepEqual(kinds('The death toll in the Moscow region rose again.'), ['place Moscow region']);
  // A city's name that compromise knows as a person's needs context to be the place.
  assert.deepEqual(kinds('Victoria Ruiz said the water rose in Charlotte.'), ['person Victoria Ruiz', 'place Charlotte']);
});

test('people: lists of names, shared family names, regnal titles, names from many languages', () => {
  assert.deepEqual(kinds('Two survivors, Johnson and Jacklyn Yandam, described the rescue.'), ['person Johnson Yandam', 'person Jacklyn Yandam']);
  assert.deepEqual(kinds('Pope Francis prayed for the victims.'), ['person Pope Francis']);
  assert.deepEqual(kinds('President Yoon Suk Yeol met Prime Minister Hun Manet and Crown Prince Mohammed bin Salman.'), [
    'person Yoon Suk Yeol', 'person Hun Manet', 'person Mohammed bin Salman',
  ]);
  assert.deepEqual(kinds('Interior minister Fernando Grande-Marlaska thanked opposition leader María Corina Machado.'), [
    'person Fernando Grande-Marlaska', 'person María Corina Machado',
  ]);
  assert.deepEqual(kinds('Lawyers Somchai Thongdee, Lee Jae-sung and Chea Sophal filed the appeal.'), [
    'person Somchai Thongdee', 'person Lee Jae-sung', 'person Chea Sophal',
  ]);
});

test('credits, bylines and datelines name photographers, reporters and wires', () => {
  assert.deepEqual(kinds('Protesters marched to the palace. (Photo by Lena Ortiz/AFP via Getty Images)'), [
    'person Lena Ortiz', 'organisation Agence France-Presse', 'organisation Getty Images',
  ]);
  assert.deepEqual(kinds('MADRID, Nov 5 (Reuters) - Rescuers searched the river banks.'), ['place MADRID', 'organisation Reuters']);
  assert.deepEqual(kinds('The court approved their detention until May 22.-Bernama'), ['organisation Bernama']);
  // A slash between spaces is a term of its own that compromise keeps: no name runs over it.
  assert.deepEqual(kinds('The hall burned on Friday. © MIRA DOLENKO / AFP'), ['person MIRA DOLENKO', 'organisation Agence France-Presse']);
  assert.deepEqual(kinds('Teams searched the banks. Photo: Tomas Verel / Reuters'), ['person Tomas Verel', 'organisation Reuters']);
  assert.deepEqual(kinds('Storm Toll Rises\n\nRenju Jose and Lewis Jackson |\n\nThe storm reached the coast on Friday and flooded the port.'), [
    'person Renju Jose', 'person Lewis Jackson',
  ]);
});

test('in the header of a page, a line that is one name compromise knows nothing of is a byline; the same line among the sections is none', () => {
  const story = 'The storm reached the coast on Friday and flooded the port.';
  assert.deepEqual(kinds(`Storm Floods the Harbour Town\n\nStorm Floods the Harbour Town\n\nTamsin Okorie\n\nAugust 1, 2025\n\n${story}`), ['person Tamsin Okorie']);
  assert.deepEqual(kinds(`Storm Floods the Harbour Town\n\n${story}\n\nTamsin Okorie\n\nUpdated:\n\n${story}`), ['person Tamsin Okorie']);
  assert.deepEqual(kinds(`Storm Floods the Harbour Town\n\n${story}\n\nTamsin Okorie\n\n${story}`), []);
  assert.deepEqual(kinds(`Storm Floods the Harbour Town\n\nStorm Floods the Harbour Town\n\nLaw Enforcement Actions\n\n${story}`), []);
});

test('a credit line of its own names the photographer, the agency and the copyright holder, and no figure', () => {
  const story = 'The storm reached the coast on Friday and flooded 40 homes.';
  assert.deepEqual(kinds(`Harbour Storm Leaves Town Flooded\n\nPhoto: Tamsin Okorie/Kelvonet\n\n${story}`), ['person Tamsin Okorie', 'organisation Kelvonet']);
  assert.deepEqual(kinds(`Harbour Storm Leaves Town Flooded\n\n${story}\n\nImage: REUTERS/Tamsin Okorie/ File photo`), ['organisation Reuters', 'person Tamsin Okorie']);
  assert.deepEqual(kinds(`Harbour Storm Leaves Town Flooded\n\n${story}\n\nCopyright 2025 Kelvo Media`), ['organisation Kelvo Media']);
  const text = `Harbour Storm Leaves Town Flooded\n\nPhoto: 12 Tamsin Okorie/Kelvonet\n\n${story}`;
  const structure = parseStructure(text, { minArticleWords: 0 });
  assert.deepEqual(extractClaims({ text, structure, sentences: tokenize(text, structure) }, []).map((c) => c.text), ['40']);
});

test('a news outlet named alone on a line before the story is its masthead, an organisation; a section heading or a line with nothing after it is none', () => {
  const story = 'The storm reached the coast on Friday and flooded the port.';
  assert.deepEqual(kinds(`Harbour Storm Leaves Town Flooded\n\nMira Solberg and Tomas Verel\n\nKelvo Science News\n\n${story}`), [
    'person Mira Solberg', 'person Tomas Verel', 'organisation Kelvo Science News',
  ]);
  assert.deepEqual(kinds(`Harbour Storm Leaves Town Flooded\n\nOhio Tribune\n\n${story}`), ['organisation Ohio Tribune']);
  assert.deepEqual(kinds(`Harbour Storm Leaves Town Flooded\n\nWorld News\n\n${story}`), []);
  assert.deepEqual(kinds(`Harbour Storm Leaves Town Flooded\n\n${story}\n\nKelvo Science News`), []);
});

test('organisations in a list with other organisations, journals, camel-case brands', () => {
  assert.deepEqual(kinds('The FSB, the Ministry of Internal Affairs, the Investigative Committee, and the Rosgvardiya reported to the president.'), [
    'organisation FSB', 'organisation Ministry of Internal Affairs', 'organisation Investigative Committee', 'organisation Rosgvardiya',
  ]);
  assert.deepEqual(kinds('A study published in May 2023 in Health Policy Open found the same.'), ['organisation Health Policy Open']);
  assert.deepEqual(kinds('The startup MediCorp sold the unit to NorthPeak.'), ['organisation MediCorp', 'organisation NorthPeak']);
});

test('a name closing a phrase that opens the sentence takes no appositive: the words after the comma are the subject', () => {
  assert.deepEqual(kinds('In an interview with the Varnell Times, the minister denied wrongdoing.'), ['organisation Varnell Times']);
  assert.deepEqual(kinds('Speaking to Radio Kestra, an opposition lawmaker called for an inquiry.'), ['organisation Radio Kestra']);
});

test('a word compromise knows as a company is no city of the same name, nor a place by its list', () => {
  assert.deepEqual(kinds('Toyota, Honda and Nissan reported similar disruptions.'), ['organisation Toyota', 'organisation Honda', 'organisation Nissan']);
});

test('airlines from the data package are organisations without an organisation word', () => {
  assert.deepEqual(kinds('Qantas and Cathay Pacific cancelled flights, while Garuda Indonesia diverted planes.'), [
    'organisation Qantas', 'organisation Cathay Pacific', 'organisation Garuda Indonesia',
  ]);
  // A one-word airline name that is a demonym stays the demonym.
  assert.deepEqual(kinds('The Maldivian government agreed.'), ['organisation Maldivian government']);
});

test('people: a list of two- or three-word names with nothing else said of them', () => {
  assert.deepEqual(kinds('Police arrested Tendai Morova, Fadzayi Kuvhe and Ostallos Sipho at the court in Bulawayo.'), [
    'person Tendai Morova', 'person Fadzayi Kuvhe', 'person Ostallos Sipho', 'place Bulawayo',
  ]);
  // After a place preposition such names are places.
  assert.deepEqual(kinds('Teams visited Santa Ana, Nueva Loja and Puerto Bravo on Monday.'), ['place Santa Ana', 'place Nueva Loja', 'place Puerto Bravo']);
});

test('places: what residents and villagers are "of"', () => {
  assert.deepEqual(kinds('Residents of Koshi Haraicha and Belbari said they had received no help.'), ['place Koshi Haraicha', 'place Belbari']);
});

test('outlets: "the X reported", "the X newspaper"; industry words end company names', () => {
  assert.deepEqual(kinds('The Varnell Courier reported the payments. The vote was rigged, the Dawn newspaper said.'), [
    'organisation Varnell Courier', 'organisation Dawn',
  ]);
  assert.deepEqual(kinds('The Xinhua news agency said the toll rose. The Philippines said it would help.'), ['organisation Xinhua', 'place The Philippines']);
  assert.deepEqual(kinds('Kestrel Electronics said production would resume.'), ['organisation Kestrel Electronics']);
});

test('parties and leagues: "League" ends a name; an owner in the plural stays inside the name', () => {
  assert.deepEqual(kinds('A spokesman said the Velmari League would march, and the Tamsin People’s Party agreed.'), [
    'organisation Velmari League', 'organisation Tamsin People’s Party',
  ]);
  assert.deepEqual(kinds('The Kelvo Workers’ Party and the Ravel Women’s League boycotted the vote.'), [
    'organisation Kelvo Workers’ Party', 'organisation Ravel Women’s League',
  ]);
});

test('"Leader", "Officer" and "Collector" written with a capital are titles before a name, initials and all', () => {
  assert.deepEqual(kinds('Opposition Leader K.R. Velayan called for aid.'), ['person K.R. Velayan']);
  assert.deepEqual(kinds('District Education Officer P.S. Anand Menon said the schools were shut.'), ['person P.S. Anand Menon']);
  assert.deepEqual(kinds('"The toll has risen," District Collector Lakshmi R S said.'), ['person Lakshmi R S']);
  const [collector] = actorsIn('District Collector Lakshmi R S said the toll had risen.');
  assert.deepEqual(collector.roles.map((r) => r.text), ['District Collector']);
});

test('"Democratic Republic of Congo" and "Congo" alone, as the wires write them, are the DRC, not its neighbour the Republic of the Congo', () => {
  assert.deepEqual(kinds('Fighting spread in the Democratic Republic of Congo on Monday.'), ['place Democratic Republic of the Congo']);
  assert.equal(actorKey('Democratic Republic of Congo'), actorKey('DRC'));
  assert.notEqual(actorKey('Democratic Republic of Congo'), actorKey('Republic of the Congo'));
  // "Congo" alone is the DRC, as the wires write it; its neighbour is "Republic of Congo" or "Congo-Brazzaville".
  assert.equal(actorKey('Congo'), actorKey('DRC'));
  assert.equal(actorKey('Republic of Congo'), actorKey('Congo-Brazzaville'));
});

test('an acronym no table knows is a body when its officials or members are named', () => {
  assert.deepEqual(kinds('He took a swipe at DMK’s former minister Senthil Balaji.'), ['organisation DMK', 'person Senthil Balaji']);
  assert.deepEqual(kinds('Members of CAPSAT, an elite army unit, joined the protesters.'), ['organisation CAPSAT']);
  assert.deepEqual(kinds('A spokesman for the NDMA said the rains would go on.'), ['organisation NDMA']);
  assert.deepEqual(kinds('Rising prices slowed the GDP’s growth, officials said.'), []);
  // "…, said KVRN." names the source.
  assert.deepEqual(kinds('The group wants control of the mines, said KVRN.'), ['organisation KVRN']);
  // A brand of three humps is an organisation.
  assert.deepEqual(kinds('Her family launched a GoFundMe to support the recovery.'), ['organisation GoFundMe']);
});

test('a lone name after a place preposition is a place, with a word of nearness between them or "near" or "alone" after it', () => {
  assert.deepEqual(kinds('Security forces killed six people in Suleja near the capital.'), ['place Suleja']);
  assert.deepEqual(kinds('In nearby Chagharzai, more than two dozen members of one family died.'), ['place Chagharzai']);
  assert.deepEqual(kinds('He warned that in Dir alone, deaths could exceed a thousand.'), ['place Dir']);
});

test('"and" inside an agency\'s name after a run of up to five words, when an organisation word ends it', () => {
  assert.deepEqual(kinds('The National Disaster Risk Reduction and Management Council said 72 had died.'), ['organisation National Disaster Risk Reduction and Management Council']);
  assert.deepEqual(kinds('The Cebu Provincial Disaster Risk Reduction and Management Office gave the toll.'), ['organisation Cebu Provincial Disaster Risk Reduction and Management Office']);
  // People with their titles, listed: each is a person.
  assert.deepEqual(kinds('Corporal Technician Farooq and Senior Technician Mubashir were killed.'), ['person Farooq', 'person Mubashir']);
});

test('people: an MP named after the party, a Coordinator, and whoever a body, a funeral or a killing is "of"', () => {
  assert.deepEqual(kinds('Hezbollah MP Ali Ammar spoke at the funeral.'), ['organisation Hezbollah', 'person Ali Ammar']);
  assert.deepEqual(kinds('The body of Maynor Suazo Sandoval was recovered on April 5.'), ['person Maynor Suazo Sandoval']);
  assert.deepEqual(kinds('The killing of Hassan Nasrallah shocked the region.'), ['person Hassan Nasrallah']);
  // Hausa honorifics are no part of the name.
  assert.deepEqual(kinds('Malam Inuwa Abdullahi, a parent who lost his son, spoke to Alhaji Musa Bello.'), ['person Inuwa Abdullahi', 'person Musa Bello']);
  // A given name compromise takes for a band, before a personal name it knows, is a person's.
  assert.deepEqual(kinds('He met Kano State Governor, Abba Yusuf, at the Government House.'), ['place Kano State', 'person Abba Yusuf', 'place Government House']);
  // "Coordinator" written with a capital is a title: the name after it, or set off after it, is the person.
  assert.deepEqual(kinds('The UN Humanitarian Coordinator, Ramesh Rajasingham, condemned the violence.'), ['person Ramesh Rajasingham']);
  // A place of the world data is no person, whatever it is "of".
  assert.ok(!kinds('The funeral of Kampot drew crowds from the coast.').some((k) => k.startsWith('person')));
});

test('geological features are places: faults, lineaments, volcanoes, creeks', () => {
  assert.deepEqual(kinds('The quake struck along the Bogo Fault, said experts who mapped the Daanbantayan Lineament.'), ['place Bogo Fault', 'place Daanbantayan Lineament']);
  assert.deepEqual(kinds('Ash rose over the Taal Volcano as rescuers reached Deer Creek.'), ['place Taal Volcano', 'place Deer Creek']);
});

test('in a credit chain, the name between the photographer and another slash or "via" is an outlet', () => {
  assert.deepEqual(kinds('Boats searched the area near the bridge. (Jerry Jackson/Baltimore Sun/Tribune News Service via Getty Images)'), [
    'person Jerry Jackson', 'organisation Baltimore Sun', 'organisation Tribune News Service', 'organisation Getty Images',
  ]);
});

test('a name before armed men ("the M23 rebels", "Houthi fighters") is their group; a people\'s adjective is not', () => {
  assert.deepEqual(kinds('The M23 rebels seized the airport as Houthi fighters fired at ships.'), ['group M23', 'group Houthi']);
  assert.deepEqual(kinds('Syrian rebels took the town.'), []);
  assert.deepEqual(kinds('Hamas militants crossed the border.'), ['organisation Hamas']);
});

test('places: a hometown or a suburb "of" a name, and one name given as an instance of places', () => {
  assert.deepEqual(kinds('Fighters took the former president\'s hometown of Qardaha.'), ['place Qardaha']);
  assert.deepEqual(kinds('In areas like Hunza, glacial lakes burst.'), ['place Hunza']);
  assert.deepEqual(kinds('Cities including Velk flooded.'), ['place Velk']);
  // Not after people.
  assert.deepEqual(kinds('Leaders like Hassan spoke.'), []);
});

test('a month or weekday before a comma is no organisation, though compromise reads one across the comma', () => {
  assert.deepEqual(kinds('The attacks took place in early March, Arab News reported.'), ['organisation Arab News']);
  assert.deepEqual(kinds('The vote was held on Sunday, Al Jazeera said.'), ['organisation Al Jazeera']);
});

test('"Chair" and "Sayyed" written with a capital are titles before a name', () => {
  assert.deepEqual(kinds('Speaking near the site, National Transportation Safety Board Chair Jennifer Homendy said the agency would investigate.'), [
    'organisation National Transportation Safety Board', 'person Jennifer Homendy',
  ]);
  assert.deepEqual(kinds('Vice Chair Tom Lee spoke first.'), ['person Tom Lee']);
  // An honorific of descent before a name is a title too.
  assert.deepEqual(kinds('In a speech on Thursday, Hezbollah Secretary General Sayyed Hassan Nasrallah said it was war.'), ['organisation Hezbollah', 'person Hassan Nasrallah']);
});

test('countries joined by a hyphen name each country; a longer name that holds them keeps them', () => {
  assert.deepEqual(kinds('The Nepal-India border was shut, and the US-China talks stalled.'), [
    'place Nepal', 'place India', 'place United States', 'place China',
  ]);
  const [nepal, india] = actorsIn('Trade across the Nepal-India border resumed.');
  const text = 'Trade across the Nepal-India border resumed.';
  assert.deepEqual([nepal, india].map((a) => a.mentions.map((m) => text.slice(m.span.start, m.span.end))), [['Nepal'], ['India']]);
  assert.deepEqual(kinds('The Nepal-India Friendship Society met in March.'), ['organisation Nepal-India Friendship Society']);
  // Two names that are also given names, or an acronym not in capitals, name no countries.
  assert.deepEqual(kinds('They signed the Chad-Jordan pact.').filter((k) => k.startsWith('place')), []);
});

test('a demonym before a state body in capitals: the name keeps it, the body\'s own name is an alias', () => {
  const text = 'The Ostrian Ministry of Urban Planning said 30 buildings fell, and the Serbian Interior Ministry said the march was calm.';
  assert.deepEqual(actorsIn(text).map((a) => [a.kind, a.name, a.aliases]), [
    ['organisation', 'Ostrian Ministry of Urban Planning', []],
    ['organisation', 'Serbian Interior Ministry', ['Interior Ministry']],
  ]);
  assert.deepEqual(actorsIn('The Mexican Ministry of Urban Development said so.').map((a) => [a.name, a.aliases]), [
    ['Mexican Ministry of Urban Development', ['Ministry of Urban Development']],
  ]);
  // A party or a company whose name opens with a demonym, and a body in lower case, keep their names whole.
  assert.deepEqual(actorsIn('The Serbian Progressive Party won, the Indian Navy searched, and the Thai army withdrew.').map((a) => [a.name, a.aliases]), [
    ['Serbian Progressive Party', []], ['Indian Navy', []], ['Thai army', []],
  ]);
});

test('a name after a place phrase and a comma is the larger place; a name "of" an organisation is a person', () => {
  assert.deepEqual(kinds('In Damak, Jhapa, protesters marched to the office. Fighting in Kherson, Ukraine, went on.'), [
    'place Damak', 'place Jhapa', 'place Kherson', 'place Ukraine',
  ]);
  // A name set off by commas after a place, then a role or a verb, is no place.
  assert.deepEqual(kinds('In Kathmandu, Sharma, a teacher, said it was calm.'), ['place Kathmandu', 'person Sharma']);
  assert.deepEqual(kinds('The agency’s chief in Velmora, Aran Teskel, said the toll was rising.'), ['place Velmora']);
  assert.deepEqual(kinds('Reporters Sita Rai of Ganta Press and Hem Joshi of Pokhra Television were hurt.'), [
    'person Sita Rai', 'organisation Ganta Press', 'person Hem Joshi', 'organisation Pokhra Television',
  ]);
  // A unit "of" an organisation is no person.
  assert.deepEqual(kinds('Soldiers of the 122 Rifle Battalion of the Territorial Army moved out.'), ['organisation Territorial Army']);
});

test('an organisation noun opening the sentence is the role of the organisation named after it', () => {
  assert.deepEqual(kinds('Broadcaster KTN said the vote was delayed.'), ['organisation KTN']);
  assert.deepEqual(kinds('Carrier Velo Air cancelled its flights on Monday.'), ['organisation Velo Air']);
  // A role of a person still opens a person's name.
  assert.deepEqual(kinds('Analyst Jacob Sims said the vote was delayed.'), ['person Jacob Sims']);
});

test('police "in" a known place are that place\'s police; the place keeps its mention', () => {
  assert.deepEqual(kinds('Police in Dhaka said 30 people were held.'), ['organisation Dhaka police', 'place Dhaka']);
  assert.equal(actorKey('Dhaka police'), actorsIn('Protesters clashed with police in Dhaka on Monday.')[0].key);
  assert.deepEqual(kinds('The police in Spain were on alert.'), ['organisation Spanish police', 'place Spain']);
  // A name that is a place only by its context names no body.
  assert.deepEqual(kinds('Police in Velmora said nothing.'), ['place Velmora']);
});

test('two names joined by "and", one an organisation and the other nothing else in the article, are organisations', () => {
  assert.deepEqual(kinds('According to reports in the Varnell Times and Kestrapur, at least 14 people died.'), [
    'organisation Varnell Times', 'organisation Kestrapur',
  ]);
  // A name with evidence of its own keeps it.
  assert.deepEqual(kinds('The Varnell Times and Jacob Sims said the toll rose. Mr Sims is a reporter.').slice(0, 2), [
    'organisation Varnell Times', 'person Jacob Sims',
  ]);
});

test('an organisation noun in the plural after a list is the noun of every member', () => {
  assert.deepEqual(actorsIn('The injured were taken to the Velmar and Ostin hospitals.').map((a) => `${a.kind} ${a.name}`), [
    'organisation Velmar hospital', 'organisation Ostin hospital',
  ]);
  assert.equal(actorsIn('The Labour and Green parties objected.')[1].key, actorKey('Green Party'));
  // Known places stay places: hospitals in those places.
  assert.deepEqual(kinds('Many were treated at the Kathmandu and Lalitpur hospitals.'), ['place Kathmandu', 'place Lalitpur']);
});

test('the other end of a journey "from" places "to" a one-word name, or back, is a place', () => {
  assert.deepEqual(kinds('Army companies moved from Thiruvananthapuram and Bengaluru to Palvekar by road.'), [
    'place Thiruvananthapuram', 'place Bengaluru', 'place Palvekar',
  ]);
  assert.deepEqual(kinds('Trains ran from Kelvor to Bengaluru.'), ['place Kelvor', 'place Bengaluru']);
  // Ranks and people are no journey's ends.
  assert.deepEqual(kinds('He was promoted from Captain to Major.'), []);
  assert.deepEqual(kinds('The gift went from Paris to John Smith.'), ['place Paris', 'person John Smith']);
});

test('a name before "-language", or a demonym before a lower-case part, is an adjective, not an actor', () => {
  assert.deepEqual(kinds('The Bengali-language daily Rosh Alor reported the toll.'), ['organisation Rosh Alor']);
  assert.deepEqual(kinds('The English-language newspaper Dravik Times said the toll rose.'), ['organisation Dravik Times']);
});

/** "kind name: roles" of every actor. */
function withRoles(text: string): string[] {
  return actorsIn(text).map((a) => `${a.kind} ${a.name}: ${a.roles.map((r) => r.text).join('; ')}`);
}

test('titles inside a run before a name: "Sheriff", "Bishop", "Head", a rank before a full name, a role noun opening the sentence', () => {
  assert.deepEqual(withRoles('“We keep going,” said Dunmore County Sheriff Talia Brennock.'), ['person Talia Brennock: County Sheriff']);
  assert.deepEqual(withRoles('The results were read by Methodist Bishop Oren Vashti on Thursday.'), ['person Oren Vashti: Bishop']);
  assert.deepEqual(withRoles('The army spokesperson, General Joaquim Mavale, announced a curfew.'), ['person Joaquim Mavale: General; army spokesperson']);
  assert.deepEqual(withRoles('Demonstrator Lina Corvo said the police fired first.'), ['person Lina Corvo: Demonstrator']);
  assert.deepEqual(withRoles('Prosecutors detained Varnak Municipality Head Selim Torgut on Friday.'), ['person Selim Torgut: Head']);
  // A rank before one word, or before an organisation word, is no title.
  assert.deepEqual(withRoles('General Motors cut jobs. The General Assembly met.'), ['organisation General Motors: ', 'organisation General Assembly: ']);
});

test('places: "Town, State" set off by commas, and what lies north, south, east or west "of" a name', () => {
  assert.deepEqual(kinds('The storm made landfall near Kelbury, Florida, on Thursday.'), ['place Kelbury', 'place Florida']);
  assert.deepEqual(kinds('Shelling hit Tarvik, Ukraine.'), ['place Tarvik', 'place Ukraine']);
  assert.deepEqual(kinds('The eye passed 20 miles southwest of Dunmore and the outskirts of Brakely.'), ['place Dunmore', 'place Brakely']);
  // A state in the possessive opens a role, not an address; a personal name is no town.
  assert.deepEqual(kinds('Reporters asked Marta Quell, Florida’s attorney general, about it.'), ['person Marta Quell', 'place Florida']);
  assert.deepEqual(kinds('The first prize went to Maria Lopez, Spain.'), ['person Maria Lopez', 'place Spain']);
});

test('places: a panhandle, a mine, a courthouse, a panchayat', () => {
  assert.deepEqual(kinds('The storm slammed into the Dorran Panhandle on Thursday.'), ['place Dorran Panhandle']);
  assert.deepEqual(kinds('The road to Kelvari Mine was blocked.'), ['place Kelvari Mine']);
  assert.deepEqual(kinds('Crowds gathered outside Tervan courthouse on Friday.'), ['place Tervan courthouse']);
  assert.deepEqual(kinds('Bodies were found near the Arikode panchayath office.'), ['place Arikode']);
  // An organisation word before "of Mines" keeps the name an organisation's.
  assert.deepEqual(kinds('The Chamber of Mines objected.'), ['organisation Chamber of Mines']);
});

test('places: names joined by hyphens before a route noun; a river or a lake named again without its geographic word', () => {
  assert.deepEqual(kinds('Police patrolled the Arvel-Tomsk-Berun corridor overnight.'), ['place Arvel', 'place Tomsk', 'place Berun']);
  assert.deepEqual(kinds('Trucks queued on the Kelvor-Dunmore highway.'), ['place Kelvor', 'place Dunmore']);
  const river = actorsIn('Bodies were found in the River Kelvane. The tributaries of Kelvane were rising.');
  assert.deepEqual(river.map((a) => `${a.kind} ${a.name} [${a.aliases.join(', ')}]`), ['place River Kelvane [Kelvane]']);
  // A known place stays itself beside the valley named after it; a built thing is not its place.
  assert.deepEqual(kinds('Rain filled the Kathmandu Valley. Schools in Kathmandu closed.'), ['place Kathmandu Valley', 'place Kathmandu']);
  // Names joined by a hyphen before any other noun are left alone.
  assert.deepEqual(kinds('The Arvel-Berun deal was signed.'), []);
});

test('bodies: the office of a title, a district office, a country\'s armed forces', () => {
  assert.deepEqual(kinds('On Monday the Varnak Chief Prosecutor’s Office ordered arrests. The Dunmore County Sheriff’s Office said it was searching.'), [
    'organisation Varnak Chief Prosecutor’s Office', 'organisation Dunmore County Sheriff’s Office',
  ]);
  assert.deepEqual(withRoles('Reuters quoted Tarvik district office spokesperson Omel Ristan as saying the curfew would hold.'), [
    'organisation Reuters: ', 'organisation Tarvik district office: ', 'person Omel Ristan: Tarvik district office spokesperson',
  ]);
  const forces = actorsIn('Mozambique’s armed forces said the soldiers would stay.');
  assert.deepEqual(forces.map((a) => `${a.kind} ${a.name}`), ['place Mozambique', 'organisation Mozambican armed forces']);
  assert.equal(forces[1].key, actorKey('Mozambique’s armed forces'));
  // A person's office is no organisation of its own, whatever compromise tags the name.
  assert.deepEqual(kinds('Reporters called Mr Ristan’s office on Monday.'), ['person Ristan']);
});

test('a credit of agencies and a photographer joined by slashes: one word is an agency, two or more a photographer', () => {
  assert.deepEqual(kinds('Crowds fill the square on Friday. EFE/EPA/TOMAS VERELLO'), ['organisation EFE', 'organisation EPA', 'person TOMAS VERELLO']);
  assert.deepEqual(kinds('Crowds fill the square on Friday. (Reuters/Lena Ortiz)'), ['organisation Reuters', 'person Lena Ortiz']);
  assert.deepEqual(kinds('Crowds fill the square on Friday. (Lena Ortiz/Reuters)'), ['person Lena Ortiz', 'organisation Reuters']);
  // Words in capitals outside a credit are no photographer.
  assert.deepEqual(kinds('The NEW RULES apply from Friday.'), []);
});

test('people in lists: names owned by places in the possessive, names after "those arrested include" or "the victims were"', () => {
  assert.deepEqual(kinds('Two leaders (Chile’s Anton Drask and Guinea-Bissau’s Tamsin Oru Bakel) attended.'), [
    'place Chile', 'person Anton Drask', 'place Guinea-Bissau', 'person Tamsin Oru Bakel',
  ]);
  assert.deepEqual(kinds('Those arrested include Ravi Kelmar and Sita Oru Bhandel, among others.'), ['person Ravi Kelmar', 'person Sita Oru Bhandel']);
  assert.deepEqual(kinds('The victims were Kelda Morrow and Ansel Pike.'), ['person Kelda Morrow', 'person Ansel Pike']);
  // Places and organisations after such verbs keep their kind; a plural of places is no plural of people.
  assert.deepEqual(kinds('Those affected include Nepal and India.'), ['place Nepal', 'place India']);
  assert.deepEqual(kinds('The cities hit were Kelvor and Dunmore.'), []);
});

test('a generation ("Gen Z", "GenZ", "Generation X") is a group, never a title and a name', () => {
  const actors = actorsIn('Gen Z protesters marched on Monday. Gen Z-led protests spread, and the GenZ movement grew.');
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name} [${a.aliases.join(', ')}]`), ['group Gen Z [GenZ]']);
  assert.deepEqual(actors[0].mentions.map((m) => m.text), ['Gen Z', 'Gen Z', 'GenZ']);
  assert.deepEqual(kinds('Generation X voters stayed home.'), ['group Generation X']);
  // "Gen." before a full name is still a general.
  assert.deepEqual(kinds('Gen. Tomas Verel said the army would withdraw.'), ['person Tomas Verel']);
});

test('a name after a phrase that opens the sentence and a verb takes its appositive: "Among the speakers was X, the leader of Y"', () => {
  assert.deepEqual(withRoles('Among the speakers at the rally was Marek Olund, the leader of the Homeland Party, who spoke first.'), [
    'person Marek Olund: the leader of the Homeland Party', 'organisation Homeland Party: ',
  ]);
});

test('an acronym in the possessive before an organisation is an organisation of its own, and so is what it owns', () => {
  assert.deepEqual(kinds('Damage reached $7 billion, and KORVA’s National Centre for Flood Records (NCFR) is counting.'), [
    'organisation KORVA', 'organisation National Centre for Flood Records',
  ]);
  assert.deepEqual(kinds('The UN’s International Organization for Migration said 600 were missing.'), ['organisation United Nations', 'organisation International Organization for Migration']);
  // A word in capitals in the possessive before a role and a person is the body the person serves.
  assert.deepEqual(kinds('He met KORVA’s director Tomas Verel.'), ['organisation KORVA', 'person Tomas Verel']);
  // Before a person alone, it is no body.
  assert.deepEqual(kinds('He met KORVA’s Tomas Verel.'), ['person Tomas Verel']);
});

test('"TV" ends the name of a broadcaster, as "Television" does', () => {
  assert.deepEqual(kinds('Velmar TV broadcast the speech live, and Dorsa Television showed the crowds.'), ['organisation Velmar TV', 'organisation Dorsa Television']);
  // A well-known outlet and "TV" name its channel, one actor.
  assert.deepEqual(kinds('The general spoke to Reuters TV on Saturday.'), ['organisation Reuters TV']);
});

test('adherents of a faith are a group: the plural alone, the singular before people or "community"; the singular or a faith alone is no actor', () => {
  assert.deepEqual(kinds('Muslims and Hindus in the valley were attacked, and Sikh community leaders said two Hindu pilgrims died.'), [
    'group Muslims', 'group Hindus', 'group Sikh community', 'group Hindu pilgrims',
  ]);
  assert.deepEqual(kinds('The camp is a Christian retreat, and its owner is a critic of Islam.'), []);
  // Inside a longer name the word is the name's: a church, a party, a given name.
  assert.deepEqual(kinds('The Catholic Church and the Christian Democratic Union mourned, Christian Velmar said.'), [
    'organisation Catholic Church', 'organisation Christian Democratic Union', 'person Christian Velmar',
  ]);
});

test('names of one word before "in" and a known place are places within it: a list of three or more, or one name after "from"', () => {
  assert.deepEqual(kinds('Troops fired on areas opposite Velkor, Dunmara, Uri and Astel in Kerala on Monday.'), [
    'place Velkor', 'place Dunmara', 'place Uri', 'place Astel', 'place Kerala',
  ]);
  assert.deepEqual(kinds('Trains from Velkor in central Kerala were stopped.'), ['place Velkor', 'place Kerala']);
  // Two names, or names of two words, may be people.
  assert.deepEqual(kinds('Velkor and Dunmara in Kerala were stopped.'), ['place Kerala']);
  assert.deepEqual(kinds('Ravi Kelmar, Anil Rao and Sita Oru in Kerala were arrested.').filter((k) => k.startsWith('place')), ['place Kerala']);
});

test('a place before a title in a run keeps its mention, and the words between them name its body', () => {
  assert.deepEqual(kinds('Officials said Rivne Emergency Management Chief Tomas Verel had warned them.'), [
    'place Rivne', 'organisation Rivne Emergency Management', 'person Tomas Verel',
  ]);
  assert.deepEqual(kinds('Kelvo Air Force Squadron Leader Tomas Verel was killed near Pakistan.'), ['organisation Kelvo Air Force', 'person Tomas Verel', 'place Pakistan']);
  assert.deepEqual(kinds('Pakistan Air Force Squadron Leader Tomas Verel was killed.'), ['place Pakistan', 'organisation Pakistan Air Force', 'person Tomas Verel']);
  // A unit of administration stays with its place; a place alone before the title is the place.
  assert.deepEqual(kinds('Officials said Lagos State Governor Tomas Verel and Istanbul Mayor Ana Kirel spoke.'), [
    'place Lagos State', 'person Tomas Verel', 'place Istanbul', 'person Ana Kirel',
  ]);
});

test('a news agency that writes its own acronym in lower case is found as it writes it ("dpa"), one actor with its name and capitals', () => {
  const actors = actorsIn('The suspect was arrested, dpa reported, and a spokesman told the dpa news agency that DPA had the facts.');
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name} [${a.aliases.join(', ')}]`), ['organisation Deutsche Presse-Agentur [dpa, DPA]']);
  assert.equal(actorKey('dpa'), actorKey('Deutsche Presse-Agentur'));
  // Only the exact form: an ordinary word that happens to spell it elsewhere is left alone.
  assert.deepEqual(kinds('The Dpa said nothing.').filter((k) => k.includes('Presse')), []);
});

test('a surname in the headline or the lede, before the body names the person in full, is that person', () => {
  const text = 'Velkaro says five jets were downed\n\nWASHINGTON: President Tomas Velkaro said on Friday that five jets were downed. Velkaro, who spoke at a dinner, gave no details.\n';
  const actors = actorsIn(text);
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name}: ${a.mentions.map((m) => m.text).join(', ')}`), ['person Tomas Velkaro: Velkaro, Tomas Velkaro, Velkaro', 'place WASHINGTON: WASHINGTON']);
  // Two people of that surname: the lone surname stays apart.
  const two = actorsIn('Velkaro says the talks failed\n\nTomas Velkaro and Ana Velkaro spoke on Friday. Velkaro said the talks had failed.\n');
  assert.deepEqual(two.map((a) => a.name).filter((n) => n.includes('Velkaro')).sort(), ['Ana Velkaro', 'Tomas Velkaro', 'Velkaro']);
});

test('a name and a plural of people who follow or use it, or a collective noun, are a group named with the noun; the name keeps its mention', () => {
  assert.deepEqual(kinds('The outage stranded thousands of Qantas passengers, and Tomas Velkaro said Velkaro supporters would march.'), [
    'organisation Qantas', 'group Qantas passengers', 'person Tomas Velkaro', 'group Velkaro supporters',
  ]);
  assert.deepEqual(kinds('The lawsuit accuses the Dorrance family of negligence.'), ['group Dorrance family']);
  // A noun of the name's staff still makes it an organisation ("Tarsa Power employees"), and a singular noun before another is a compound.
  assert.deepEqual(kinds('He called Qantas customer service twice.'), ['organisation Qantas']);
});

test('"Hotel", "Resort" and "Store" end the name of a business, an organisation', () => {
  assert.deepEqual(kinds('Guests of the Dunmore Bay Resort fled, and the Kelvo Grand Hotel and two Marrow Departmental Store outlets were torched.'), [
    'organisation Dunmore Bay Resort', 'organisation Kelvo Grand Hotel', 'organisation Marrow Departmental Store',
  ]);
});

test('two names of one word after a place preposition are places each, as one alone would be', () => {
  assert.deepEqual(kinds('About 70 victims were treated at facilities in Velkor and Dunmara on Monday.'), ['place Velkor', 'place Dunmara']);
  // Names compromise knows as people's, or of two words, are not read so.
  assert.deepEqual(kinds('The award was shared in 2019 by Peter Velkor and Anna Dunmara.').filter((k) => k.startsWith('place')), []);
});

test('a formal title written with a capital, a comma and a name: the name is a person with that role, as after the title in lower case', () => {
  assert.deepEqual(withRoles('Kelvania’s Interior Minister, Tomas Okorie Velk, said the police acted lawfully.'), [
    'person Tomas Okorie Velk: Kelvania’s Interior Minister',
  ]);
  assert.deepEqual(withRoles('The interior minister, Tomas Okorie Velk, said the police acted lawfully.'), ['person Tomas Okorie Velk: interior minister']);
});

test('a run that ends in a title names no one by the title; an acronym before a title is read as acronyms are anywhere', () => {
  assert.deepEqual(withRoles('The Chief Minister said the toll had risen, and the Home Minister agreed.'), []);
  assert.deepEqual(withRoles('The figures came from the UN Human Rights Chief, Tomas Velkaro, on Monday.'), [
    'organisation United Nations: ', 'person Tomas Velkaro: UN Human Rights Chief',
  ]);
  assert.deepEqual(withRoles('FBI Director Ana Kirel said the case was open.'), ['organisation Federal Bureau of Investigation: ', 'person Ana Kirel: FBI Director']);
});

test('a relation noun in lower case, a comma and a name: the name is a person, as after a role noun', () => {
  assert.deepEqual(withRoles('“I was with my friend, Musa, an hour before,” said a survivor. Her son, Tunde, was still missing.'), [
    'person Musa: friend', 'person Tunde: son',
  ]);
});

test('a plural of a place noun after a list makes every name of the list a place, and belongs to none of the names', () => {
  assert.deepEqual(kinds('Flooding hit Tom Velkaro and Dunmore counties on Friday, and water rose in the Kelvo and Astel rivers.'), [
    'place Tom Velkaro', 'place Dunmore', 'place Kelvo', 'place Astel',
  ]);
});

test('a role "in" a country and its holder\'s name with no comma between: the country is a place and the name a person, not one place', () => {
  assert.deepEqual(kinds('The agency’s chief of mission in Kenya Velmi Orkanas said the camps were full.').filter((k) => !k.startsWith('organisation')), ['place Kenya', 'person Velmi Orkanas']);
  // An organisation's name after the country stays whole.
  assert.deepEqual(kinds('The head of operations in Sudan Armed Forces territory said the road was shut.'), ['organisation Sudan Armed Forces']);
});

test('a well-known body spelt the British way is the body its acronym names, one actor', () => {
  assert.deepEqual(kinds('The International Organisation for Migration said 40 families were moved, and the IOM said more would follow.'), ['organisation International Organization for Migration']);
});
