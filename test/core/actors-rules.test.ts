/**
 * The extractor's rules one at a time, in the fixture style of ../support/fixture.ts: a caret line
 * under each expected mention, labelled with its kind. `check` fails on a missing mention, a wrong
 * kind and any mention not marked, so every case also guards precision.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractActors } from '../../server/src/analysis/actors';
import { tokenize } from '../../server/src/analysis/nlp';
import { parseStructure } from '../../server/src/analysis/structure';
import type { ArticleActor } from '../../server/src/analysis/types';
import { parseFixture } from '../support/fixture';

/** Actors of a text of any length (the "is this an article" threshold is off). */
function actorsIn(text: string): ArticleActor[] {
  const structure = parseStructure(text, { minArticleWords: 0 });
  return extractActors({ text, structure, sentences: tokenize(text, structure) });
}

function check(source: string): ArticleActor[] {
  const { files, markers } = parseFixture(source);
  const text = files[0].text;
  const actors = actorsIn(text);
  const found = actors.flatMap((a) => a.mentions.map((m) => `${m.span.start}-${m.span.end} ${a.kind} "${m.text}"`)).sort();
  const wanted = markers.map((m) => `${m.start}-${m.end} ${m.label} "${text.slice(m.start, m.end)}"`).sort();
  assert.deepEqual(found, wanted);
  return actors;
}

const byName = (actors: readonly ArticleActor[], name: string) => actors.find((a) => a.name === name) ?? assert.fail(`${name} not among ${actors.map((a) => a.name).join(', ')}`);

test('titles and roles before a name make a person, and state the role', () => {
  const actors = check(`
    Foreign Minister Prak Sokhonn met opposition leader Sam Rainsy and Deputy Governor Maria dos Santos.
                     ^^^^^^^^^^^^ person
                                                        ^^^^^^^^^^ person
                                                                                       ^^^^^^^^^^^^^^^^ person
    Local police chief Arun Wongsa said the talks failed.
                       ^^^^^^^^^^^ person
  `);
  assert.deepEqual(byName(actors, 'Prak Sokhonn').roles.map((r) => r.text), ['Foreign Minister']);
  assert.deepEqual(byName(actors, 'Sam Rainsy').roles.map((r) => r.text), ['opposition leader']);
  assert.deepEqual(byName(actors, 'Maria dos Santos').roles.map((r) => r.text), ['Deputy Governor']);
  assert.deepEqual(byName(actors, 'Arun Wongsa').roles.map((r) => r.text), ['Local police chief']);
});

test('a title with a portfolio in an "of" phrase before the name', () => {
  const text = 'Deputy Minister of Natural Resources and Environment Lê Thị Thu Hằng met Minister of Foreign Affairs Prak Sokhonn.';
  const actors = actorsIn(text);
  assert.deepEqual(kindNameRoles(actors), [
    'person Lê Thị Thu Hằng: Deputy Minister of Natural Resources and Environment',
    'person Prak Sokhonn: Minister of Foreign Affairs',
  ]);
});

test('a judging adjective is not part of the role; a possessive owner is, and leads', () => {
  const actors = check(`
    Police questioned influential businesswoman Dara Chheng and Cambodia’s Prime Minister Sok Vanna.
                                                ^^^^^^^^^^^ person
                                                                ^^^^^^^^ place
                                                                                          ^^^^^^^^^ person
  `);
  assert.deepEqual(byName(actors, 'Dara Chheng').roles.map((r) => r.text), ['businesswoman']);
  const sok = byName(actors, 'Sok Vanna');
  assert.deepEqual(sok.roles.map((r) => r.text), ['Cambodia’s Prime Minister']);
  assert.deepEqual(sok.relations.map((r) => `${r.type} ${r.target}`), ['leads Cambodia']);
});

test('appositives give roles and relations; a list after a comma is not an appositive', () => {
  const actors = check(`
    Maya Lindqvist, head of the Nordic Ferry Union, met Omar Haddad, a close ally of Tarek Sayed, in Oslo.
    ^^^^^^^^^^^^^^ person
                                ^^^^^^^^^^^^^^^^^^ organisation
                                                        ^^^^^^^^^^^ person
                                                                                     ^^^^^^^^^^^ person
                                                                                                     ^^^^ place
    They visited Tromsø, Bodø, and Oslo.
                 ^^^^^^ place
                         ^^^^ place
                                   ^^^^ place
  `);
  const maya = byName(actors, 'Maya Lindqvist');
  assert.deepEqual(maya.roles.map((r) => r.text), ['head of the Nordic Ferry Union']);
  assert.deepEqual(maya.relations.map((r) => `${r.type} ${r.target}`), ['leads Nordic Ferry Union']);
  const omar = byName(actors, 'Omar Haddad');
  assert.deepEqual(omar.relations.map((r) => `${r.type} ${r.target}`), ['associate-of Tarek Sayed']);
});

test('a role between commas before a name set off by commas is the name\'s, not the actor before it', () => {
  const actors = check(`
    Police held 300 people, among them 40 Ghanaian citizens, the agency’s head of communications, Tunde Bakare, said.
                                          ^^^^^^^^^^^^^^^^^ group
                                                                                                  ^^^^^^^^^^^^ person
    The ministry’s spokesman, Lena Vogt, told reporters. Mr Bakare added nothing.
                              ^^^^^^^^^ person
                                                            ^^^^^^ person
  `);
  assert.deepEqual(byName(actors, 'Ghanaian citizens').roles, []);
  assert.deepEqual(byName(actors, 'Tunde Bakare').roles.map((r) => r.text), ['agency’s head of communications']);
  assert.deepEqual(byName(actors, 'Tunde Bakare').aliases, ['Bakare']);
  assert.deepEqual(byName(actors, 'Lena Vogt').roles.map((r) => r.text), ['ministry’s spokesman']);
});

test('a role with an "of" phrase before the name; an organisation after "of" is the relation', () => {
  const actors = check(`
    The director of Amnesty International, Jane Okafor, said so, and head of media Ola Bello agreed.
                    ^^^^^^^^^^^^^^^^^^^^^ organisation
                                           ^^^^^^^^^^^ person
                                                                                   ^^^^^^^^^ person
  `);
  const jane = byName(actors, 'Jane Okafor');
  assert.deepEqual(jane.roles.map((r) => r.text), ['director of Amnesty International']);
  assert.deepEqual(jane.relations.map((r) => `${r.type} ${r.target}`), ['leads Amnesty International']);
  assert.deepEqual(byName(actors, 'Ola Bello').roles.map((r) => r.text), ['head of media']);
});

test('a full name with no evidence of its own is the person a later "Mr <surname>" names', () => {
  const actors = check(`
    Officers met Kunle Adeyemi at the station. Mr Adeyemi declined to comment.
                 ^^^^^^^^^^^^^ person
                                                  ^^^^^^^ person
  `);
  assert.deepEqual(actors.map((a) => a.name), ['Kunle Adeyemi']);
});

test('two-word demonyms make national groups and role modifiers', () => {
  const actors = actorsIn('About 20 South Koreans were held. Police named Kim Min-jun, a South Korean ship captain, as a suspect.');
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name}`), ['group South Koreans', 'person Kim Min-jun']);
  assert.deepEqual(byName(actors, 'South Koreans').relations.map((r) => `${r.type} ${r.target}`), ['nationals-of South Korea']);
  assert.deepEqual(byName(actors, 'Kim Min-jun').roles.map((r) => r.text), ['a South Korean ship captain']);
  // Opening a sentence before a common noun, a two-word demonym is an adjective, not a name.
  assert.deepEqual(actorsIn('Sri Lankan technicians are among the injured. New Zealand officials sent help.').map((a) => `${a.kind} ${a.name}`), ['place New Zealand']);
});

test('"Justice" before a full name is a judge\'s title; before an organisation word it is not', () => {
  const actors = actorsIn('Justice Amara Okeke-Bassey read the ruling. The Justice Ministry said it would comply.');
  assert.deepEqual(kindNameRoles(actors), [
    'person Amara Okeke-Bassey: Justice',
    'organisation Justice Ministry: ',
  ]);
});

test('names listed after a plural role noun are persons; a place list after "of" is not', () => {
  const actors = actorsIn('The two lawyers for the defence, Tunde Afolabi and Marta Wójcik, objected. Residents of Lagos and Abuja protested.');
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name}`), ['person Tunde Afolabi', 'person Marta Wójcik', 'place Lagos', 'place Abuja']);
  for (const a of actors) assert.deepEqual(a.roles, []);
});

test('an organisation noun with an owner between commas before a name: the organisation\'s role', () => {
  const actors = actorsIn('Brazil’s consumer protection agency, Procon, said it had complaints. He owns a firm whose company, Vela Norte, failed.');
  const procon = byName(actors, 'Procon');
  assert.equal(procon.kind, 'organisation');
  assert.deepEqual(procon.roles.map((r) => r.text), ['Brazil’s consumer protection agency']);
  assert.ok(!actors.some((a) => a.name === 'Vela Norte' && a.roles.length > 0));
});

test('company cues: "X and its chief executive", "shares in X", a short name after the full one', () => {
  const actors = actorsIn('Regulators charged Veltra Holdings and its chief executive, Rosa Amaral, on Monday. Shares in Veltra fell.');
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name} [${a.aliases.join(', ')}]`), ['organisation Veltra Holdings [Veltra]', 'person Rosa Amaral []']);
});

test('the first word of a two-word company name alone is the company, unless something says otherwise', () => {
  const actors = actorsIn('Regulators charged Veltra Minerals and its chief executive, Rosa Amaral. Shares in Veltra fell, and Veltra said it would appeal. Lagos Traffic Authority officials met in Lagos.');
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name} [${a.aliases.join(', ')}]`), [
    'organisation Veltra Minerals [Veltra]',
    'person Rosa Amaral []',
    'organisation Lagos Traffic Authority []',
    'place Lagos []',
  ]);
});

test('an organisation with a name of its own "of" a seat: the organisation and the place', () => {
  const actors = actorsIn('The largest investor, Gulf Meridian Capital of Abu Dhabi, lost money. The National Bank of Greece did not.');
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name}`), ['organisation Gulf Meridian Capital', 'place Abu Dhabi', 'organisation National Bank of Greece']);
});

test('a lower-case particle inside a place name keeps it one place: "Dar es Salaam", "Rio de Janeiro"', () => {
  const actors = actorsIn('Protesters marched in Dar es Salaam on Thursday, and police fired tear gas in Rio de Janeiro.');
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name}`), ['place Dar es Salaam', 'place Rio de Janeiro']);
});

test('"the X party" names an organisation; a person with a role "of" it is a member', () => {
  const actors = actorsIn('Her rival, businessman Marek Nowicki of the Law and Justice party, lost. Governor Ana Ruiz of Peru won.');
  assert.deepEqual(byName(actors, 'Law and Justice').kind, 'organisation');
  assert.deepEqual(byName(actors, 'Marek Nowicki').relations.map((r) => `${r.type} ${r.target}`), ['member-of Law and Justice']);
  assert.deepEqual(byName(actors, 'Ana Ruiz').relations, []);
});

test('relatives listed after an owner in the possessive', () => {
  const actors = check(`
    Prosecutors charged Lam Chau’s daughters—Lam Mei and Lam Yan—with fraud.
                        ^^^^^^^^ person
                                             ^^^^^^^ person
                                                         ^^^^^^^ person
  `);
  for (const name of ['Lam Mei', 'Lam Yan']) assert.deepEqual(byName(actors, name).relations.map((r) => `${r.type} ${r.target}`), ['child-of Lam Chau']);
});

test('possessives never split an actor, and mentions exclude the ending', () => {
  const text = 'Senator Kok Vira’s lawyer said Kok Vira\'s assets and the Philippines’ police were involved.';
  const actors = actorsIn(text);
  const kok = byName(actors, 'Kok Vira');
  assert.deepEqual(kok.mentions.map((m) => text.slice(m.span.start, m.span.end)), ['Kok Vira', 'Kok Vira']);
  assert.deepEqual(byName(actors, 'Philippines').mentions.map((m) => m.text), ['Philippines']);
});

test('surname alone links to the full name only after the full name', () => {
  const actors = check(`
    Reporters asked Okoro about it. Later, analyst Ngozi Okoro said prices rose, and Okoro repeated it.
                                                   ^^^^^^^^^^^ person
                                                                                     ^^^^^ person
  `);
  assert.deepEqual(byName(actors, 'Ngozi Okoro').aliases, ['Okoro']);
});

test('acronyms: declared in brackets, well known, or the initials of a named organisation', () => {
  const actors = check(`
    The Financial Action Task Force (FATF) warned Laos. FATF and the UN agreed; the U.S. did not.
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^ organisation
                                     ^^^^ organisation
                                                  ^^^^ place
                                                        ^^^^ organisation
                                                                     ^^ organisation
                                                                                    ^^^^ place
    The Mekong River Commission met; MRC staff left.
        ^^^^^^^^^^^^^^^^^^^^^^^ organisation
                                     ^^^ organisation
  `);
  const fatf = byName(actors, 'Financial Action Task Force');
  assert.equal(fatf.acronym, 'FATF');
  assert.deepEqual(fatf.aliases, ['FATF']);
  assert.equal(byName(actors, 'United Nations').acronym, 'UN');
  assert.equal(byName(actors, 'United States').key, 'united states');
  assert.deepEqual(byName(actors, 'Mekong River Commission').aliases, ['MRC']);
});

test('an acronym never spelled out is an organisation where it acts like one', () => {
  check(`
    The EFCC said 14 suspects were held. A CITES official and an NCS spokesman spoke.
        ^^^^ organisation
                                           ^^^^^ organisation
                                                                 ^^^ organisation
    The GDP figures and the CEO were not discussed; COVID rules and the WTF jokes went on.
  `);
});

test('an acronym never spelled out is an organisation as the source of what is reported: the subject of a verb of saying, after "according to" or "per"', () => {
  const actors = check(`
    KVRN reported that 30 homes were lost, and the toll rose to 12, according to the AEMV. The rain was the heaviest in years, per OSMB.
    ^^^^ organisation
                                                                                     ^^^^ organisation
                                                                                                                                   ^^^^ organisation
    The GDP estimate fell, a local NGO reported, and the CEO said little, according to NGO staff.
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation KVRN [kvrn]', 'organisation AEMV [aemv]', 'organisation OSMB [osmb]']);
});

test('a name between "a" or "an" and what a body or an outlet publishes (a report, a tally, an interview) is an organisation; a date or a place is not', () => {
  const actors = check(`
    Senator Ana Ruiz cited a KRT report, and a Halvon tally of official figures put the toll at 93. She spoke during a Brevik interview.
            ^^^^^^^^ person
                             ^^^ organisation
                                               ^^^^^^ organisation
                                                                                                                       ^^^^^^ organisation
    An August survey and a Kenya poll found the same.
                           ^^^^^ place
  `);
  assert.deepEqual(nameKindKey(actors), ['person Ana Ruiz [ana ruiz]', 'organisation KRT [krt]', 'organisation Halvon [halvon]', 'organisation Brevik [brevik]', 'place Kenya [kenya]']);
});

test('a dateline that opens a paragraph with a town in capitals, then its state or country, names the town, perhaps after a date stamp', () => {
  const first = check(`
    VELMORNE, Japan (AP) — Rescuers searched the rubble on Tuesday, police said.
    ^^^^^^^^ place
              ^^^^^ place
                     ^^ organisation
  `);
  assert.deepEqual(nameKindKey(first), ['place VELMORNE [velmorne]', 'place Japan [japan]', 'organisation Associated Press [associated press]']);
  const second = check(`
    date 2026-01-02 DUNBARTH, Scotland — Thousands marched. BREAKING: the vote was delayed.
                    ^^^^^^^^ place
                              ^^^^^^^^ place
  `);
  assert.deepEqual(nameKindKey(second), ['place DUNBARTH [dunbarth]', 'place Scotland [scotland]']);
});

test('a name before a spokesperson noun and the spokesperson\'s own name is the body they speak for; a word for bodies in general is none', () => {
  const actors = check(`
    Korsk spokesman Dmitri Orlov said the attack was planned, and Police spokesman Anil Rao said 12 were held.
    ^^^^^ organisation
                    ^^^^^^^^^^^^ person
                                                                                   ^^^^^^^^ person
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation Korsk [korsk]', 'person Dmitri Orlov [dmitri orlov]', 'person Anil Rao [anil rao]']);
  assert.deepEqual(byName(actors, 'Dmitri Orlov').roles.map((r) => r.text), ['Korsk spokesman']);
});

test('two sentences a scraper glued at a stop ("found.Searchers", "Harbour.The", "named.(Devesh") are split there; an abbreviation ("Gov.Marlow") is not', () => {
  const actors = check(`
    Nobody was found.Searchers kept going in Tarvo Harbour.The dead were named.(Devesh Rawal/ KT) Then Gov.Marlow spoke.
                                             ^^^^^^^^^^^^^ place
                                                                                ^^^^^^^^^^^^ person
                                                                                              ^^ organisation
  `);
  assert.deepEqual(nameKindKey(actors), ['place Tarvo Harbour [tarvo harbour]', 'person Devesh Rawal [devesh rawal]', 'organisation KT [kt]']);
});

test('national groups are linked to their country; demonyms alone are not actors', () => {
  const actors = check(`
    Police held 40 Nigerians, 12 Thai nationals and several Vietnamese citizens, Cambodian officials said.
                   ^^^^^^^^^ group
                                 ^^^^^^^^^^^^^^ group
                                                            ^^^^^^^^^^^^^^^^^^^ group
  `);
  assert.deepEqual(byName(actors, 'Thai nationals').relations.map((r) => `${r.type} ${r.targetKey}`), ['nationals-of thailand']);
  assert.equal(byName(actors, 'Nigerians').key, 'nigerian nationals');
});

test('place cues: "in X", "X province", "the province of X", lists with a known place', () => {
  check(`
    The ring operated in Kampot and in villages of Takeo province, near the border.
                         ^^^^^^ place
                                                   ^^^^^ place
    Raids in the province of Koh Kong and across Bangkok, Chonburi and Rayong followed.
                             ^^^^^^^^ place
                                                 ^^^^^^^ place
                                                          ^^^^^^^^ place
                                                                       ^^^^^^ place
  `);
});

test('organisation words, legal forms and criminal groups', () => {
  check(`
    The Ministry of Interior fined PT Sinar Jaya and Golden Fortune Holdings; the Sam Gor syndicate denied it.
        ^^^^^^^^^^^^^^^^^^^^ organisation
                                   ^^^^^^^^^^^^^ organisation
                                                     ^^^^^^^^^^^^^^^^^^^^^^^ organisation
                                                                                  ^^^^^^^^^^^^^^^^^ organisation
  `);
});

test('headings never make actors from capitalised common words', () => {
  const text = [
    'Understanding the Crackdown',
    '',
    'The raids went on for days and nobody was spared by the police that week.',
    '',
    'Regional Tensions and Global Scrutiny Mount',
    '',
    'Thai Authorities Target Cambodian Senator’s Family for Cyber Scam',
    '',
    'Final Thoughts',
    '',
    'Law Enforcement Actions',
    '',
    'Despite these allegations, authorities insisted. Authorities seized phones. These Cyber Scam centers closed.',
  ].join('\n');
  assert.deepEqual(actorsIn(text).map((a) => a.name), []);
});

test('a known country in a heading is a mention; an ambiguous one is not', () => {
  const text = ['Crackdown in Cambodia Nets Arrests', '', 'The raids went on for days.', '', 'Turkey Prices Rise Before Holidays', '', 'Shops were busy.'].join('\n');
  const actors = actorsIn(text);
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name}`), ['place Cambodia']);
});

test('sentence-initial names are names; sentence-initial common words are not', () => {
  check(`
    Kittisak said the deal was off. Amnesty International disagreed. Officials said nothing.
    ^^^^^^^^ person
                                    ^^^^^^^^^^^^^^^^^^^^^ organisation
    Sihanoukville, Kampot and Kep reported arrests. Nobody in Kep was surprised.
    ^^^^^^^^^^^^^ place
                   ^^^^^^ place
                              ^^^ place
                                                              ^^^ place
  `);
});

test('never throws, and gives the same result twice, on odd input', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pieces = ['Kok', 'An’s', 'U.S.', '(UN)', '—', 'said', 'the', ',', 'and', 'Minister', 'of', 'Ministry', '’s', '"', '“', '”', 'Đặng', '85', 'Cambodians', 'in', 'province', 'Prime', '\r\n', '\n\n', 'Inc', 'A', 'Z.', '🙂', 'e\u0301', 'who', 'children—', 'Secretary', 'General', 'Chad', ':', ';', '(', ')'];
  const texts = [
    '',
    '   ',
    '’s',
    'Minister',
    'Prime Minister Prime Minister Prime Minister',
    '\uFEFF',
    'A'.repeat(5000),
    Array.from({ length: 300 }, (_, i) => `Name${i}`).join(' '),
    ...Array.from({ length: 40 }, () => Array.from({ length: 60 }, () => pieces[Math.floor(random() * pieces.length)]).join(' ')),
  ];
  for (const text of texts) {
    const first = actorsIn(text);
    assert.deepEqual(actorsIn(text), first);
    for (const a of first) {
      assert.ok(a.key.length > 0, `empty key for ${JSON.stringify(a.name)}`);
      for (const m of a.mentions) assert.equal(text.slice(m.span.start, m.span.end), m.text);
    }
  }
});

const nameKindKey = (actors: readonly ArticleActor[]) => actors.map((a) => `${a.kind} ${a.name} [${a.key}]`);
const kindNameRoles = (actors: readonly ArticleActor[]) => actors.map((a) => `${a.kind} ${a.name}: ${a.roles.map((r) => r.text).join('; ')}`);

test('an organisation word alone is a body among other bodies in a list', () => {
  const actors = check(`
    Crews from the Army, KRF, Coast Guard, Navy, and PWT searched the valley.
                   ^^^^ organisation
                         ^^^ organisation
                              ^^^^^^^^^^^ organisation
                                           ^^^^ organisation
                                                     ^^^ organisation
    The Navy said little. The Army and the Police left.
        ^^^^ organisation
                              ^^^^ organisation
                                           ^^^^^^ organisation
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation Army [army]', 'organisation KRF [krf]', 'organisation Coast Guard [coast guard]', 'organisation Navy [navy]', 'organisation PWT [pwt]', 'organisation Police [police]']);
});

test('an institute "of" a field is one name; a company "of" a seat is two', () => {
  const actors = check(`
    Patients were flown to the Velmora Institute of Health Sciences, said Orin Meridian Capital of Abu Dhabi.
                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ organisation
                                                                          ^^^^^^^^^^^^^^^^^^^^^ organisation
                                                                                                   ^^^^^^^^^ place
  `);
  assert.deepEqual(nameKindKey(actors), [
    'organisation Velmora Institute of Health Sciences [velmora institute of health sciences]',
    'organisation Orin Meridian Capital [orin meridian capital]',
    'place Abu Dhabi [abu dhabi]',
  ]);
});

test('places: a geographic noun in lower case after a name, a square, a taluk, an area', () => {
  const actors = check(`
    A curfew ran from Tolan Chowk to the Marwi bridge and the Pelo waterfall in Kestri taluk, near the Lyon airport and the Ambel areas.
                      ^^^^^^^^^^^ place
                                         ^^^^^^^^^^^^ place
                                                              ^^^^^^^^^^^^^^ place
                                                                                ^^^^^^ place
                                                                                                       ^^^^ place
                                                                                                                            ^^^^^ place
  `);
  assert.deepEqual(nameKindKey(actors), [
    'place Tolan Chowk [tolan chowk]',
    'place Marwi bridge [marwi bridge]',
    'place Pelo waterfall [pelo waterfall]',
    'place Kestri [kestri]',
    'place Lyon [lyon]',
    'place Ambel [ambel]',
  ]);
});

test('bodies named in lower case: after a name, with portfolio words, or with no owner in sight', () => {
  const actors = check(`
    The Velmora district administration, the Gaza health ministry and one forest department employee met the weather department.
        ^^^^^^^ place
                ^^^^^^^^^^^^^^^^^^^^^^^ organisation
                                             ^^^^ place
                                                  ^^^^^^^^^^^^^^^ organisation
                                                                          ^^^^^^^^^^^^^^^^^ organisation
                                                                                                             ^^^^^^^^^^^^^^^^^^ organisation
  `);
  assert.deepEqual(nameKindKey(actors), [
    'place Velmora [velmora]',
    'organisation Velmora district administration [velmora district administration]',
    'place Gaza [gaza]',
    'organisation Gaza health ministry [gaza health ministry]',
    'organisation forest department [forest department]',
    'organisation weather department [weather department]',
  ]);
});

test('a name that speaks through a spokesperson or a statement is a body, unless it is a person or a place', () => {
  const actors = check(`
    President Donald Trump spoke. A Defence spokesperson said troops moved out. A Kremlin statement followed, and a Trump spokesman spoke, as did a Paris spokesman.
              ^^^^^^^^^^^^ person
                                    ^^^^^^^ organisation
                                                                                  ^^^^^^^ organisation
                                                                                                                    ^^^^^ person
                                                                                                                                                    ^^^^^ place
  `);
  assert.deepEqual(nameKindKey(actors), [
    'person Donald Trump [donald trump]',
    'organisation Defence [defence]',
    'organisation Kremlin [kremlin]',
    'place Paris [paris]',
  ]);
});

test('a storm named like a person ("Hurricane Helene", "Typhoon Yagi") is no actor; the places it hit are', () => {
  const actors = actorsIn('Hurricane Helene made landfall in Florida on Thursday, and Typhoon Yagi struck Hanoi a week earlier, officials said.');
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name}`).sort(), ['place Florida', 'place Hanoi']);
});

test('news outlets named by what they do: who was told, what reported, whose reporter, a news station', () => {
  const actors = check(`
    A guard told Newsbeat that the gate shut, and the minister told the Varna Kural that the count was wrong.
                 ^^^^^^^^ organisation
                                                                        ^^^^^^^^^^^ organisation
    The count was confirmed, Tarsa Law reported. Tarvi Samachar’s reporter saw the long queue.
                             ^^^^^^^^^ organisation
                                                 ^^^^^^^^^^^^^^ organisation
    His son told The Lantern that the road was shut, and the KVRN news station said the same.
                 ^^^^^^^^^^^ organisation
                                                             ^^^^ organisation
  `);
  assert.deepEqual(nameKindKey(actors), [
    'organisation Newsbeat [newsbeat]',
    'organisation Varna Kural [varna kural]',
    'organisation Tarsa Law [tarsa law]',
    'organisation Tarvi Samachar [tarvi samachar]',
    'organisation The Lantern [lantern]',
    'organisation KVRN [kvrn]',
  ]);
});

test('who received a statement or an interview is an outlet or a body; an interview with one plain word may be with a person', () => {
  const actors = check(`
    In a statement to KVRN, the mayor said the bridge would reopen. She repeated it in an interview with Harbourline.net on Friday.
                      ^^^^ organisation
                                                                                                         ^^^^^^^^^^^^^^^ organisation
    The governor gave an interview with the Kelso Ledger, and later an interview with Marlow.
                                            ^^^^^^^^^^^^ organisation
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation KVRN [kvrn]', 'organisation Harbourline.net [harbourlinenet]', 'organisation Kelso Ledger [kelso ledger]']);
});

test('what a picture, a post or a report comes through ("via") is an agency, an outlet or a platform; a place or a person is not', () => {
  const actors = check(`
    Public domain, via Kelvo Commons
                       ^^^^^^^^^^^^^ organisation

    Images shared via Kelvogram showed the damage. The team flew via Doha, and a note came via Marta Lind.
                      ^^^^^^^^^ organisation
                                                                     ^^^^ place
                                                                                               ^^^^^^^^^^ person
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation Kelvo Commons [kelvo commons]', 'organisation Kelvogram [kelvogram]', 'place Doha [doha]', 'person Marta Lind [marta lind]']);
});

test('who was told, or what reported, with a personal name is a person; a word for bodies in general is no one (a legislature named alone is the legislature)', () => {
  const actors = check(`
    The chief executive told Congress that the data was safe, and Sara Lindqvist told the House that it was not.
                             ^^^^^^^^ organisation
                                                                  ^^^^^^^^^^^^^^ person
    The victim’s mother told Lindqvist on Monday, and Marlo Penn reported the theft to the police.
                             ^^^^^^^^^ person
                                                      ^^^^^^^^^^ person
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation Congress [congress]', 'person Sara Lindqvist [sara lindqvist]', 'person Marlo Penn [marlo penn]']);
});

test('titles: "Speaker", a role noun after a title, a numbered regnal name, a title in the plural, what a title is "of the"', () => {
  const actors = check(`
    House Speaker Mara Olufemi said the chamber would meet, and Chief Meteorologist Tomas Reyvik said rain would fall.
                  ^^^^^^^^^^^^ person
                                                                                    ^^^^^^^^^^^^ person
    Pope Leo XIV spoke at dawn, and a bench of Justices Mira Kant Rao and Tomas Vell ordered an inquiry.
    ^^^^^^^^^^^^ person
                                                        ^^^^^^^^^^^^^ person
                                                                          ^^^^^^^^^^ person
    President of the Tarsi Velor Mandal, Mahant Devan Rao, said the gates opened. World War II ended.
                     ^^^^^^^^^^^^^^^^^^ organisation
                                                ^^^^^^^^^ person
  `);
  assert.deepEqual(kindNameRoles(actors), [
    'person Mara Olufemi: House Speaker',
    'person Tomas Reyvik: Chief Meteorologist',
    'person Pope Leo XIV: ',
    'person Mira Kant Rao: Justices',
    'person Tomas Vell: ',
    'organisation Tarsi Velor Mandal: ',
    'person Devan Rao: Mahant',
  ]);
});

test('credits: two acronyms joined by a slash are both outlets; a name after "Photo -" is the photographer', () => {
  const actors = check(`
    KELBURY (KVRN/KTLO) - The two fires spread overnight. (Express Photo - Marit Olsson)
             ^^^^ organisation
                  ^^^^ organisation
                                                                           ^^^^^^^^^^^^ person
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation KVRN [kvrn]', 'organisation KTLO [ktlo]', 'person Marit Olsson [marit olsson]']);
});

test('places: a numbered part of a site, and roads and highways by their word; a word numbered by a figure after "in" is no place', () => {
  const actors = check(`
    Crowds gathered at Gate 4 beside the old Varna Road, and traffic backed up along the Kelso Coast Highway.
                       ^^^^^^ place
                                             ^^^^^^^^^^ place
                                                                                         ^^^^^^^^^^^^^^^^^^^ place
    Pilgrims at Sector 12 waited, and the plan is in Phase 2 now.
                ^^^^^^^^^ place
  `);
  assert.deepEqual(nameKindKey(actors), [
    'place Gate 4 [gate 4]',
    'place Varna Road [varna road]',
    'place Kelso Coast Highway [kelso coast highway]',
    'place Sector 12 [sector 12]',
  ]);
});

test('people: a name after an age, and a name of two words from a place that closes the phrase', () => {
  const actors = check(`
    His wife, 62-year-old Lata Mirvani, had gone to the ghat, and Tarun Bhel from Lyon died there.
                          ^^^^^^^^^^^^ person
                                                                  ^^^^^^^^^^ person
                                                                                  ^^^^ place
    A 23-year-old Varna University student said the Kelvo Tigers from Lyon lost.
                  ^^^^^^^^^^^^^^^^ organisation
                                                                      ^^^^ place
  `);
  assert.deepEqual(nameKindKey(actors), ['person Lata Mirvani [lata mirvani]', 'person Tarun Bhel [tarun bhel]', 'place Lyon [lyon]', 'organisation Varna University [varna university]']);
});

test('a legislature and a conservancy are organisations; the state they are named after stays a place', () => {
  const actors = check(`
    The Ohio Legislature met on Monday, and Ohio’s governor spoke, according to the Varna Conservancy.
        ^^^^^^^^^^^^^^^^ organisation
                                            ^^^^ place
                                                                                    ^^^^^^^^^^^^^^^^^ organisation
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation Ohio Legislature [ohio legislature]', 'place Ohio [ohio]', 'organisation Varna Conservancy [varna conservancy]']);
});

test('the people of a state or province named by a plural of its name are a group; inside a longer name they are not', () => {
  const actors = check(`
    Floods killed 40 Ohioans last week, and Oregonians sent help to the Kelvo Kansans Club.
                     ^^^^^^^ group
                                            ^^^^^^^^^^ group
                                                                        ^^^^^^^^^^^^^^^^^^ organisation
  `);
  assert.deepEqual(nameKindKey(actors), ['group Ohioans [ohioans]', 'group Oregonians [oregonians]', 'organisation Kelvo Kansans Club [kelvo kansans club]']);
});

test('a word with a capital inside opening a sentence is a name; an acronym in a list after a plural role is no person', () => {
  const actors = check(`
    The claims were many. TerraLogic put them at two billion, and the brokers Tomas Halden and KMS agreed.
                          ^^^^^^^^^^ organisation
                                                                              ^^^^^^^^^^^^ person
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation TerraLogic [terralogic]', 'person Tomas Halden [tomas halden]']);
});

test('people: a given name that looks like a plural before a family name and a role; a role with a place before its head', () => {
  const actors = check(`
    The crowd was large. Idris Velkan, director of a research unit, said the losses were big.
                         ^^^^^^^^^^^^ person
    Tarini, a Queensland resident who came for the fair, told reporters she lost her bag.
    ^^^^^^ person
              ^^^^^^^^^^ place
  `);
  assert.deepEqual(kindNameRoles(actors), [
    'person Idris Velkan: director of a research unit',
    'person Tarini: a Queensland resident',
    'place Queensland: ',
  ]);
});

test('a place noun right before a name that is nothing else makes it a place; a word for bodies there is no place (a legislature named alone is the legislature)', () => {
  const actors = check(`
    Buses left the district headquarters Varsel, and the state Congress met in the capital Derinkale.
                                         ^^^^^^ place
                                                               ^^^^^^^^ organisation
                                                                                           ^^^^^^^^^ place
  `);
  assert.deepEqual(nameKindKey(actors), ['place Varsel [varsel]', 'organisation Congress [congress]', 'place Derinkale [derinkale]']);
});

test('a known place and a name after it, after a place preposition, are one place; without the preposition they are no place ("Kenya Power" is the utility)', () => {
  const actors = check(`
    Fire broke out in Pacific Heights, and Kenya Power restored supply to farms in the Kenya Highlands.
                      ^^^^^^^^^^^^^^^ place
                                           ^^^^^^^^^^^ organisation
                                                                                       ^^^^^^^^^^^^^^^ place
  `);
  assert.deepEqual(nameKindKey(actors), ['place Pacific Heights [pacific heights]', 'organisation Kenya Power [kenya power]', 'place Kenya Highlands [kenya highlands]']);
});

test('an acronym of three to five capitals before a full personal name is a title; two capitals are initials; an acronym before a name that is no one’s stays a body', () => {
  const actors = check(`
    The toll was given by Varna DIG Rohan Mehta on Monday, and KP Anil Kumar spoke.
                          ^^^^^ place
                                    ^^^^^^^^^^^ person
                                                               ^^^^^^^^^^^^^ person
    The report from the TVLA Anderson Forecast followed.
                        ^^^^ organisation
  `);
  assert.deepEqual(kindNameRoles(actors), [
    'place Varna: ',
    'person Rohan Mehta: Varna DIG',
    'person KP Anil Kumar: ',
    'organisation TVLA: ',
  ]);
});

test('a coined name in quotes after a plural of people and a naming phrase is a group; after other things it is none', () => {
  const actors = check(`
    Armed groups known as “tarvitos” raided homes, and the ministers’ children, dubbed ‘gold kids’, left.
                           ^^^^^^^^ group
                                                                                        ^^^^^^^^^ group
    A storm system dubbed “the beast” hit the coast.
  `);
  assert.deepEqual(nameKindKey(actors), ['group tarvitos [tarvitos]', 'group gold kids [gold kids]']);
});

test('a name of two or more words that opens with a region and is no person’s, before “officials”, is an organisation; a personal name stays a person', () => {
  const actors = check(`
    The lines fell. Southern Ontario Edison officials denied any fault, and Marlo Penn officials left.
                    ^^^^^^^^^^^^^^^^^^^^^^^ organisation
                                                                            ^^^^^^^^^^ person
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation Southern Ontario Edison [southern ontario edison]', 'person Marlo Penn [marlo penn]']);
});

test('a name that “who” refers back to is a person; “which” says nothing', () => {
  const actors = check(`
    The buses arrived late. Meruna, who had walked from the hills, waited. Kelvo, which is a town, flooded.
                            ^^^^^^ person
  `);
  assert.deepEqual(nameKindKey(actors), ['person Meruna [meruna]']);
});

test('a reinsurer named "X Re" is an organisation, and so is the acronym listed beside it', () => {
  const actors = check(`
    The claims were many, and the brokers Halden Re and KMS put them higher.
                                          ^^^^^^^^^ organisation
                                                        ^^^ organisation
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation Halden Re [halden re]', 'organisation KMS [kms]']);
});

test('a state or province and "House" name its legislative chamber; another name and "House" is no chamber', () => {
  const actors = check(`
    The vote passed in the Ohio House on Tuesday, and the bill went to the Opera House.
                           ^^^^^^^^^^ organisation
                                                                           ^^^^^^^^^^^ place
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation Ohio House [ohio house]', 'place Opera House [opera house]']);
});

test('an outlet credited at the end of a sentence ("…, Signal reports.") is an organisation even when its name is an ordinary word; a word for bodies in general is none', () => {
  const actors = check(`
    Nine people were detained overnight, Signal reports. The count rose, Police reported.
                                         ^^^^^^ organisation
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation Signal [signal]']);
});

test('what one posts on is a platform, an organisation, even named by one letter; a place or a person posted about is not', () => {
  const actors = check(`
    The minister posted on X that 40 people were held, and Kelda Marsh said in a post on X that she was safe. Others wrote on Gaza.
                           ^ organisation
                                                           ^^^^^^^^^^^ person
                                                                                         ^ organisation
                                                                                                                              ^^^^ place
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation X [x]', 'person Kelda Marsh [kelda marsh]', 'place Gaza [gaza]']);
});

test('a legislature or a cabinet named alone with a capital is an organisation; another generic body word alone, or one inside a title, is not', () => {
  const actors = check(`
    Governor Ellen Marsh asked Congress for aid, and crowds gathered outside Parliament. During a Cabinet meeting, the Senate voted. Cabinet Secretary Lena Voss left the Office.
             ^^^^^^^^^^^ person
                               ^^^^^^^^ organisation
                                                                             ^^^^^^^^^^ organisation
                                                                                                  ^^^^^^^ organisation
                                                                                                                       ^^^^^^ organisation
                                                                                                                                                       ^^^^^^^^^ person
  `);
  assert.deepEqual(nameKindKey(actors), [
    'person Ellen Marsh [ellen marsh]', 'organisation Congress [congress]', 'organisation Parliament [parliament]', 'organisation Cabinet [cabinet]', 'organisation Senate [senate]', 'person Lena Voss [lena voss]',
  ]);
});

test('the site an article comes from, named in its text, is a news outlet; its name opening a sentence alone, a masthead word or a place is not', () => {
  const site = actorsIn('- Source: new-origin.harbourline.com\n\nThe river rose overnight in Dorvik, according to the latest updates from Harbourline. Three people died.\n');
  assert.deepEqual(nameKindKey(site), ['place Dorvik [dorvik]', 'organisation Harbourline [harbourline]']);
  // A name in two words, the second in lower case ("Ravi news" on ravinews.kenya.com: the host’s
  // last label is no name of its own, so the label before it is the site's).
  const twoWords = actorsIn('- Source: ravinews.kenya.com\n\nThe toll rose to nine, reported Ravi news TV on Monday.\n');
  assert.deepEqual(nameKindKey(twoWords), ['organisation Ravi news [ravi news]']);
  // "Trends" opening a sentence says nothing; a site named after a country leaves the country a place.
  const plain = actorsIn('- Source: www.trends.com\n\nTrends show more rain in Kenya this week.\n');
  assert.deepEqual(nameKindKey(plain), ['place Kenya [kenya]']);
  const country = actorsIn('- Source: www.kenya.com\n\nThe rains hit Kenya this week.\n');
  assert.deepEqual(nameKindKey(country), ['place Kenya [kenya]']);
  // A name that only ends with the site's name is something else.
  const tail = actorsIn('- Source: www.harbourline.com\n\nShips left Port Harbourline on Monday.\n');
  assert.deepEqual(nameKindKey(tail), ['place Port Harbourline [port harbourline]']);
});

test('a name and a number of one or two digits is a broadcaster as the subject of a verb of reporting, as who was told or where a speaker spoke; a month, a numbered site or a count is not', () => {
  assert.deepEqual(nameKindKey(actorsIn('Ravenna 24 reported that nine people died.')), ['organisation Ravenna 24 [ravenna 24]']);
  // Opening its sentence, where compromise may read the name's word as a verb.
  assert.deepEqual(nameKindKey(actorsIn('Channel 8 said the footage was real.')), ['organisation Channel 8 [channel 8]']);
  assert.deepEqual(nameKindKey(actorsIn('The mayor told Kelvonia 5 that the bridge would reopen.')), ['organisation Kelvonia 5 [kelvonia 5]']);
  assert.deepEqual(nameKindKey(actorsIn('Bayrou announced on Tuesday evening on Kenya 2 that he would travel.')), ['person Bayrou [bayrou]', 'organisation Kenya 2 [kenya 2]']);
  // A date, a numbered part of a site and a count keep their readings.
  assert.deepEqual(nameKindKey(actorsIn('Police said on March 27 that crowds gathered at Sector 10.')), ['place Sector 10 [sector 10]']);
  assert.deepEqual(nameKindKey(actorsIn('Crews reached Kenya 2 days later, officials said.')), ['place Kenya [kenya]']);
});

test('a legislature or a council in lower case after a place is that place’s body; a place in the possessive owns its body the same way, another name does not', () => {
  assert.deepEqual(nameKindKey(actorsIn('Flowers were laid outside the Ontario parliament building.')), ['place Ontario [ontario]', 'organisation Ontario parliament [ontario parliament]']);
  assert.deepEqual(nameKindKey(actorsIn('The Dorvik council met on Monday.')), ['organisation Dorvik council [dorvik council]']);
  assert.deepEqual(nameKindKey(actorsIn('Kerala’s state assembly passed the bill.')), ['place Kerala [kerala]', 'organisation Kerala state assembly [kerala state assembly]']);
  assert.deepEqual(nameKindKey(actorsIn('Valencia’s city council estimated the crowd at 7,000.')), ['place Valencia [valencia]', 'organisation Valencia city council [valencia city council]']);
  // A name of no place in the possessive names no body after it.
  assert.ok(!actorsIn('Marlow Tennet’s government denied it.').some((a) => a.name.endsWith('government')));
});

test('a name after a comma and a conjunction opens a clause and may take an appositive role; after a comma and a preposition it is an introductory phrase’s', () => {
  const actors = actorsIn('Most of them were never charged, and Orsolya Vantreck, a lawyer for the families, said the cases were weak.');
  assert.deepEqual(kindNameRoles(actors), ['person Orsolya Vantreck: a lawyer for the families']);
  const introduced = actorsIn('In Budapest, a government spokesman, Tomas Lind, said so.');
  assert.deepEqual(kindNameRoles(introduced), ['place Budapest: ', 'person Tomas Lind: government spokesman']);
});

test('a chamber word opening a name before "of" names a legislative chamber, an organisation', () => {
  assert.deepEqual(nameKindKey(actorsIn('The minister told the House of Commons that 30 people died.')), ['organisation House of Commons [house of commons]']);
  assert.deepEqual(nameKindKey(actorsIn('The bill passed the House of Councillors on Monday.')), ['organisation House of Councillors [house of councillors]']);
});

test('a credit word opening a name is no part of it, and a credit word after a slash is no agency', () => {
  const text = 'Flood toll rises\nNine people died in the valley, officials said.\nCopyright Arno Lindqvist/Copyright 2024 The KPX. All rights reserved\n';
  assert.deepEqual(nameKindKey(actorsIn(text)), ['person Arno Lindqvist [arno lindqvist]', 'organisation The KPX [kpx]']);
  // An organisation named with the word keeps it.
  assert.deepEqual(nameKindKey(actorsIn('The Copyright Office said on Monday that the filings were late.')), ['organisation Copyright Office [copyright office]']);
});

test('a role "to" or "for" a place or a field, before a name, is the name\'s role: "ambassador to Lebanon, X", "commissioner for human rights X"', () => {
  const actors = check(`
    Iran’s ambassador to Lebanon, Mojtaba Raheli, was also injured in the blasts.
    ^^^^ place
                         ^^^^^^^ place
                                  ^^^^^^^^^^^^^^ person
    The high commissioner for human rights Volkan Tarek was shocked.
                                           ^^^^^^^^^^^^ person
  `);
  assert.deepEqual(byName(actors, 'Mojtaba Raheli').roles.map((r) => r.text), ['Iran’s ambassador to Lebanon']);
  assert.deepEqual(byName(actors, 'Mojtaba Raheli').relations, []);
  assert.deepEqual(byName(actors, 'Volkan Tarek').roles.map((r) => r.text), ['high commissioner for human rights']);
});

test('"Staff" in a title ("Chief of Army Staff", "Staff Sergeant") is part of the title, not of the name', () => {
  const actors = check(`
    Chief of Army Staff Anil Chavan confirmed the losses, and Staff Sergeant Maria Lopes agreed.
                        ^^^^^^^^^^^ person
                                                                             ^^^^^^^^^^^ person
  `);
  assert.deepEqual(byName(actors, 'Anil Chavan').roles.map((r) => r.text), ['Chief of Army Staff']);
});

test('a name opening with a capital "The" inside a sentence that says or is cited is an outlet or a body, not a person: "said The Guardian", "according to The Conversation"', () => {
  const actors = check(`
    The hills are a tinderbox, said The Guardian, and 2,000 died, according to The Conversation.
                                    ^^^^^^^^^^^^ organisation
                                                                               ^^^^^^^^^^^^^^^^ organisation
  `);
  assert.deepEqual(nameKindKey(actors), ['organisation The Guardian [guardian]', 'organisation The Conversation [conversation]']);
});

test('a name, one lower-case modifier and a noun of outlets or agencies is an organisation: "Israel’s Mossad intelligence agency"; a personal name is not', () => {
  const actors = check(`
    Israel’s Mossad intelligence agency planted the charges, and Tomas Lind told the Dawn newspaper.
    ^^^^^^ place
             ^^^^^^ organisation
                                                                 ^^^^^^^^^^ person
                                                                                     ^^^^ organisation
  `);
  assert.equal(nameKindKey(actors).length, 4);
});

test('a list introduced as people is people, even a name that looks like a street ("Spencer Lane"); "the dead" and plurals of people by what they do ("skaters") introduce one', () => {
  const actors = check(`
    The victims included Spencer Lane, Jinna Hale and Vadim Norov. The dead were Ana Lima and Tomas Vey.
                         ^^^^^^^^^^^^ person
                                       ^^^^^^^^^^ person
                                                      ^^^^^^^^^^^ person
                                                                                 ^^^^^^^^ person
                                                                                              ^^^^^^^^^ person
    Among them were figure skaters Mira Sollen and Kato Brandt.
                                   ^^^^^^^^^^^ person
                                                   ^^^^^^^^^^^ person
  `);
  assert.equal(nameKindKey(actors).length, 7);
});

test('a rank or a cleric\'s title before a full name is a role, not part of the name; so is an alliance or a movement before a name', () => {
  const actors = check(`
    Police spokesperson Major Lena Dravic told reporters that Ayatollah Karim Nouri had left.
                              ^^^^^^^^^^^ person
                                                                        ^^^^^^^^^^^ person
    The leader of left-wing alliance Bayan Makabago said the protest movement Kilos Bayan would march.
                                     ^^^^^^^^^^^^^^ organisation
                                                                              ^^^^^^^^^^^ organisation
  `);
  assert.deepEqual(byName(actors, 'Lena Dravic').roles.map((r) => r.text), ['Police spokesperson Major']);
  assert.deepEqual(byName(actors, 'Karim Nouri').roles.map((r) => r.text), ['Ayatollah']);
});

test('a wire agency\'s acronym alone on a line, and the name on a "Source:" line, are organisations', () => {
  const text = [
    'Storm toll rises to 40',
    '',
    'AFP',
    '',
    'MANILA — The storm killed 40 people on Monday, officials said.',
    '',
    'Rescue work went on through the night in the hills, the army said.',
    '',
    'Source: KVTN',
    '',
  ].join('\n');
  const actors = actorsIn(text);
  assert.deepEqual(actors.map((a) => `${a.kind} ${a.name}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}`), ['organisation Agence France-Presse (AFP)', 'place MANILA', 'organisation KVTN']);
  // A person's name on such a line is left alone; so is a heading that merely opens with the word.
  const people = actorsIn(text.replace('Source: KVTN', 'Source: John Ellis'));
  assert.equal(people.some((a) => a.name === 'John Ellis' && a.kind !== 'person'), false);
});

test('a last block cut off mid-sentence after a paragraph is read as the rest of that paragraph, names and all', () => {
  const lines = [
    'Bridge toll rises',
    '',
    'Divers can no longer reach that area, officials said on Sunday.',
    '',
    'Velmora Gov. Tomas Brell, Sen. Ana Kirov, Sen. Ivo Maren Dask and offi',
    '',
  ];
  assert.deepEqual(actorsIn(lines.join('\n')).map((a) => `${a.kind} ${a.name}`), ['person Tomas Brell', 'person Ana Kirov', 'person Ivo Maren Dask']);
  // The same line with a paragraph after it is a line of its own, whose names need a table or a cue.
  const inside = [...lines, 'Recovery work will resume when the weather clears, the state said.', ''].join('\n');
  assert.deepEqual(actorsIn(inside).map((a) => `${a.kind} ${a.name}`), []);
});

test('who was there names a role: a passenger, a firefighter, a pilgrim before or around a name', () => {
  check(`
    Another passenger, Vafa Dremova, heard the bang, and Kelvo firefighter Joey Brannik carried two children out.
                       ^^^^^^^^^^^^ person
                                                                           ^^^^^^^^^^^^ person
  `);
});

test('adherents of a sect are a group, and their name before a place word makes no place', () => {
  assert.deepEqual(actorsIn('Gunmen killed 40 Alawites in Jableh, and the Alawite coast was shelled.').map((a) => `${a.kind} ${a.name}`), ['group Alawites', 'place Jableh']);
});
