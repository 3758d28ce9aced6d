/**
 * The world's countries and a few territories and regions, with their other names and demonyms.
 * General knowledge in one compact table: `Name;other names|adjectives|plural nouns`. A leading
 * `?` marks a name that is also a common first name or word (Chad, Jordan, Georgia, Turkey): such
 * a name counts as a place only when nothing says it is a person, and never in a heading.
 */
import { fold, foldWords } from './fold';

const COUNTRIES = `
Afghanistan|Afghan|Afghans
Albania|Albanian|Albanians
Algeria|Algerian|Algerians
Andorra|Andorran|Andorrans
Angola|Angolan|Angolans
Antigua and Barbuda|Antiguan|Antiguans
Argentina|Argentine;Argentinian|Argentines;Argentinians
Armenia|Armenian|Armenians
Australia|Australian|Australians
Austria|Austrian|Austrians
Azerbaijan|Azerbaijani;Azeri|Azerbaijanis;Azeris
Bahamas;The Bahamas|Bahamian|Bahamians
Bahrain|Bahraini|Bahrainis
Bangladesh|Bangladeshi|Bangladeshis
Barbados|Barbadian|Barbadians
Belarus|Belarusian|Belarusians
Belgium|Belgian|Belgians
Belize|Belizean|Belizeans
Benin|Beninese|
Bhutan|Bhutanese|
Bolivia|Bolivian|Bolivians
Bosnia and Herzegovina;Bosnia|Bosnian|Bosnians
Botswana|Botswanan|Batswana
Brazil|Brazilian|Brazilians
Brunei|Bruneian|Bruneians
Bulgaria|Bulgarian|Bulgarians
Burkina Faso|Burkinabe|
Burundi|Burundian|Burundians
Cabo Verde;Cape Verde|Cape Verdean;Cabo Verdean|Cape Verdeans
Cambodia;Kampuchea|Cambodian|Cambodians
Cameroon|Cameroonian|Cameroonians
Canada|Canadian|Canadians
Central African Republic|Central African|Central Africans
?Chad|Chadian|Chadians
Chile|Chilean|Chileans
China;People's Republic of China;PRC;Mainland China|Chinese|
Colombia|Colombian|Colombians
Comoros|Comorian|Comorians
Democratic Republic of the Congo;DR Congo;DRC;Congo-Kinshasa|Congolese|
Republic of the Congo;Congo-Brazzaville;Congo||
Costa Rica|Costa Rican|Costa Ricans
Côte d'Ivoire;Ivory Coast|Ivorian|Ivorians
Croatia|Croatian;Croat|Croatians;Croats
Cuba|Cuban|Cubans
Cyprus|Cypriot|Cypriots
Czech Republic;Czechia|Czech|Czechs
Denmark|Danish|Danes
Djibouti|Djiboutian|Djiboutians
Dominica||
Dominican Republic|Dominican|Dominicans
Ecuador|Ecuadorian;Ecuadorean|Ecuadorians
Egypt|Egyptian|Egyptians
El Salvador|Salvadoran;Salvadorean|Salvadorans
Equatorial Guinea|Equatorial Guinean|Equatorial Guineans
Eritrea|Eritrean|Eritreans
Estonia|Estonian|Estonians
Eswatini;Swaziland|Swazi|Swazis
Ethiopia|Ethiopian|Ethiopians
Fiji|Fijian|Fijians
Finland|Finnish|Finns
France|French|
Gabon|Gabonese|
Gambia;The Gambia|Gambian|Gambians
?Georgia|Georgian|Georgians
Germany|German|Germans
Ghana|Ghanaian|Ghanaians
Greece|Greek|Greeks
Grenada|Grenadian|Grenadians
Guatemala|Guatemalan|Guatemalans
Guinea|Guinean|Guineans
Guinea-Bissau|Bissau-Guinean|Bissau-Guineans
Guyana|Guyanese|
Haiti|Haitian|Haitians
Honduras|Honduran|Hondurans
Hungary|Hungarian|Hungarians
Iceland|Icelandic|Icelanders
India|Indian|Indians
Indonesia|Indonesian|Indonesians
Iran|Iranian|Iranians
Iraq|Iraqi|Iraqis
Ireland;Republic of Ireland|Irish|
Israel|Israeli|Israelis
Italy|Italian|Italians
Jamaica|Jamaican|Jamaicans
Japan|Japanese|
?Jordan|Jordanian|Jordanians
Kazakhstan|Kazakh;Kazakhstani|Kazakhs;Kazakhstanis
Kenya|Kenyan|Kenyans
Kiribati||
Kuwait|Kuwaiti|Kuwaitis
Kyrgyzstan|Kyrgyz;Kyrgyzstani|Kyrgyzstanis
Laos;Lao PDR|Laotian;Lao|Laotians
Latvia|Latvian|Latvians
Lebanon|Lebanese|
Lesotho|Basotho|
Liberia|Liberian|Liberians
Libya|Libyan|Libyans
Liechtenstein||Liechtensteiners
Lithuania|Lithuanian|Lithuanians
Luxembourg|Luxembourgish|Luxembourgers
Madagascar|Malagasy|
Malawi|Malawian|Malawians
Malaysia|Malaysian|Malaysians
Maldives;The Maldives|Maldivian|Maldivians
Mali|Malian|Malians
Malta|Maltese|
Marshall Islands|Marshallese|
Mauritania|Mauritanian|Mauritanians
Mauritius|Mauritian|Mauritians
Mexico|Mexican|Mexicans
Micronesia|Micronesian|Micronesians
Moldova|Moldovan|Moldovans
Monaco|Monegasque|
Mongolia|Mongolian|Mongolians
Montenegro|Montenegrin|Montenegrins
Morocco|Moroccan|Moroccans
Mozambique|Mozambican|Mozambicans
Myanmar;Burma|Burmese;Myanmar|
Namibia|Namibian|Namibians
Nauru|Nauruan|Nauruans
Nepal|Nepali;Nepalese|Nepalis
Netherlands;The Netherlands;Holland|Dutch|
New Zealand|New Zealand|New Zealanders
Nicaragua|Nicaraguan|Nicaraguans
Niger|Nigerien|Nigeriens
Nigeria|Nigerian|Nigerians
North Korea;DPRK|North Korean|North Koreans
North Macedonia;Macedonia|Macedonian;North Macedonian|Macedonians
Norway|Norwegian|Norwegians
Oman|Omani|Omanis
Pakistan|Pakistani|Pakistanis
Palau|Palauan|Palauans
Palestine;State of Palestine;Palestinian Territories|Palestinian|Palestinians
Panama|Panamanian|Panamanians
Papua New Guinea|Papua New Guinean|Papua New Guineans
Paraguay|Paraguayan|Paraguayans
Peru|Peruvian|Peruvians
Philippines;The Philippines|Filipino;Philippine|Filipinos;Filipinas
Poland|Polish|Poles
Portugal|Portuguese|
Qatar|Qatari|Qataris
Romania|Romanian|Romanians
Russia;Russian Federation|Russian|Russians
Rwanda|Rwandan|Rwandans
Saint Kitts and Nevis;St Kitts and Nevis||
Saint Lucia;St Lucia|Saint Lucian|Saint Lucians
Saint Vincent and the Grenadines||
Samoa|Samoan|Samoans
San Marino|Sammarinese|
Sao Tome and Principe||
Saudi Arabia|Saudi;Saudi Arabian|Saudis
Senegal|Senegalese|
Serbia|Serbian;Serb|Serbians;Serbs
Seychelles|Seychellois|
Sierra Leone|Sierra Leonean|Sierra Leoneans
Singapore|Singaporean|Singaporeans
Slovakia|Slovak;Slovakian|Slovaks
Slovenia|Slovenian;Slovene|Slovenians;Slovenes
Solomon Islands||Solomon Islanders
Somalia|Somali|Somalis
South Africa|South African|South Africans
South Korea;Republic of Korea;ROK|South Korean|South Koreans
South Sudan|South Sudanese|
Spain|Spanish|Spaniards
Sri Lanka|Sri Lankan|Sri Lankans
Sudan|Sudanese|
Suriname|Surinamese|
Sweden|Swedish|Swedes
Switzerland|Swiss|
Syria|Syrian|Syrians
Taiwan|Taiwanese|
Tajikistan|Tajik;Tajikistani|Tajiks
Tanzania|Tanzanian|Tanzanians
Thailand|Thai|Thais
Timor-Leste;East Timor|Timorese|
Togo|Togolese|
Tonga|Tongan|Tongans
Trinidad and Tobago|Trinidadian|Trinidadians
Tunisia|Tunisian|Tunisians
?Turkey;Türkiye|Turkish|Turks
Turkmenistan|Turkmen|Turkmens
Tuvalu|Tuvaluan|Tuvaluans
Uganda|Ugandan|Ugandans
Ukraine|Ukrainian|Ukrainians
United Arab Emirates;UAE|Emirati|Emiratis
United Kingdom;UK;U.K.;Britain;Great Britain|British|Britons
United States;United States of America;USA;U.S.A.;US;U.S.;America|American|Americans
Uruguay|Uruguayan|Uruguayans
Uzbekistan|Uzbek;Uzbekistani|Uzbeks
Vanuatu||
Vatican City;Holy See||
Venezuela|Venezuelan|Venezuelans
Vietnam;Viet Nam|Vietnamese|
Yemen|Yemeni|Yemenis
Zambia|Zambian|Zambians
Zimbabwe|Zimbabwean|Zimbabweans
Hong Kong||Hong Kongers
Macau;Macao|Macanese|
Puerto Rico|Puerto Rican|Puerto Ricans
Greenland|Greenlandic|Greenlanders
Kosovo|Kosovar;Kosovan|Kosovars
England|English|
Scotland|Scottish|Scots
Wales|Welsh|
Northern Ireland||
`;

const REGIONS = `
Asia|Asian|Asians
Southeast Asia;South-East Asia;South East Asia|Southeast Asian|Southeast Asians
East Asia|East Asian|
South Asia|South Asian|South Asians
Central Asia|Central Asian|
Asia-Pacific;Asia Pacific||
Indo-Pacific||
Europe|European|Europeans
Eastern Europe|Eastern European|Eastern Europeans
Western Europe|Western European|
Central Europe|Central European|
Africa|African|Africans
West Africa|West African|West Africans
East Africa|East African|East Africans
North Africa|North African|North Africans
Southern Africa||
Sub-Saharan Africa||
Horn of Africa||
Sahel||
Middle East|Middle Eastern|
Latin America|Latin American|Latin Americans
South America|South American|South Americans
North America|North American|North Americans
Central America|Central American|Central Americans
Caribbean||
Balkans;Western Balkans||
Scandinavia|Scandinavian|Scandinavians
Oceania||
Arctic||
Antarctica||
Golden Triangle||
Kashmir|Kashmiri|Kashmiris
Gaza;Gaza Strip||
West Bank||
Tibet|Tibetan|Tibetans
Crimea||
`;

export interface PlaceEntry {
  /** Canonical name, e.g. "United States". */
  name: string;
  kind: 'country' | 'region';
  /** Also a common first name or word: a place only without contrary evidence, never in headings. */
  ambiguous: boolean;
  /** Folded names, canonical first. */
  names: string[];
  adjectives: string[];
  plurals: string[];
}

export interface DemonymHit {
  entry: PlaceEntry;
  /** Plural noun ("Cambodians") rather than adjective ("Cambodian"). */
  plural: boolean;
}

const entries: PlaceEntry[] = [];
/** Folded name words joined by single spaces → entry. */
const byName = new Map<string, PlaceEntry>();
const byDemonym = new Map<string, DemonymHit>();
/** Folded names written as acronyms ("US", "U.K."): they match only when written in capitals. */
const acronymNames = new Set<string>();
let longestName = 1;

function load(table: string, kind: PlaceEntry['kind']): void {
  for (const line of table.trim().split('\n')) {
    const [namesField, adjectivesField = '', pluralsField = ''] = line.split('|');
    const ambiguous = namesField.startsWith('?');
    const names = namesField.replace(/^\?/, '').split(';').filter(Boolean);
    const entry: PlaceEntry = {
      name: names[0],
      kind,
      ambiguous,
      names: names.map((n) => foldWords(n).join(' ')),
      adjectives: adjectivesField.split(';').filter(Boolean),
      plurals: pluralsField.split(';').filter(Boolean),
    };
    entries.push(entry);
    for (const n of names) {
      const key = foldWords(n).join(' ');
      // Exact spellings of acronyms ("US", "UK") are matched by case elsewhere; folded keys here.
      if (!byName.has(key)) byName.set(key, entry);
      if (/^(?:\p{Lu}\.?){2,}$/u.test(n)) acronymNames.add(key);
      longestName = Math.max(longestName, key.split(' ').length);
    }
    for (const a of entry.adjectives) {
      const key = foldWords(a).join(' ');
      if (!byDemonym.has(key)) byDemonym.set(key, { entry, plural: false });
    }
    for (const p of entry.plurals) {
      const key = foldWords(p).join(' ');
      if (!byDemonym.has(key)) byDemonym.set(key, { entry, plural: true });
    }
  }
}
load(COUNTRIES, 'country');
load(REGIONS, 'region');

export const LONGEST_PLACE_NAME = longestName;

/** The place whose name (any spelling) folds to these words, if any. */
export function placeByWords(words: readonly string[]): PlaceEntry | undefined {
  return byName.get(words.join(' '));
}

/** Whether this folded name is an acronym ("us"), which must be written in capitals to count. */
export function isAcronymName(words: readonly string[]): boolean {
  return acronymNames.has(words.join(' '));
}

/** The place a folded name denotes, if any ("u.s." and "united states of america" both give the US). */
export function placeByName(name: string): PlaceEntry | undefined {
  return byName.get(foldWords(name).join(' ')) ?? byName.get(foldWords(name.replace(/\./g, '')).join(' '));
}

/** The place a demonym word (or two words, "Sri Lankan") belongs to. */
export function demonym(words: readonly string[]): DemonymHit | undefined {
  return byDemonym.get(words.join(' '));
}

/** All entries, for tests and documentation. */
export function placeEntries(): readonly PlaceEntry[] {
  return entries;
}

/** Folded names are compared by words; a name written with dots ("U.S.") folds without them. */
export function placeKey(entry: PlaceEntry): string {
  return fold(entry.name);
}
