/**
 * Well-known international organisations: acronyms with their full names, and a few names that
 * carry no organisation word ("Interpol", "Greenpeace"). General knowledge, kept small; any other
 * acronym counts when the article declares it ("Financial Action Task Force (FATF)") or when it
 * spells the initials of an organisation the article names.
 */
import { foldWords } from './fold';

const ACRONYMS = `
UN|United Nations
UNODC|United Nations Office on Drugs and Crime
UNHCR|United Nations High Commissioner for Refugees
UNICEF|United Nations Children's Fund
UNDP|United Nations Development Programme
UNESCO|United Nations Educational, Scientific and Cultural Organization
UNSC|United Nations Security Council
OHCHR|Office of the United Nations High Commissioner for Human Rights
WFP|World Food Programme
WHO|World Health Organization
IMF|International Monetary Fund
WTO|World Trade Organization
ILO|International Labour Organization
IOM|International Organization for Migration
ICC|International Criminal Court
ICJ|International Court of Justice
ICRC|International Committee of the Red Cross
NATO|North Atlantic Treaty Organization
EU|European Union
ASEAN|Association of Southeast Asian Nations
AU|African Union
ECOWAS|Economic Community of West African States
OPEC|Organization of the Petroleum Exporting Countries
OECD|Organisation for Economic Co-operation and Development
ADB|Asian Development Bank
FATF|Financial Action Task Force
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
DEA|Drug Enforcement Administration
OFAC|Office of Foreign Assets Control
HRW|Human Rights Watch
MSF|Médecins Sans Frontières
`;

/** Organisations known by a name without an organisation word. */
const NAMES = `
Interpol
Europol
Eurojust
Frontex
Greenpeace
Oxfam
Red Cross
Red Crescent
World Bank
Amnesty International
Human Rights Watch
Transparency International
Reporters Without Borders
`;

const byAcronym = new Map<string, string>();
const byFullName = new Map<string, string>();
const knownNames = new Map<string, string>();
let longest = 1;

for (const line of ACRONYMS.trim().split('\n')) {
  const [acronym, name] = line.split('|');
  byAcronym.set(acronym, name);
  const key = foldWords(name).join(' ');
  byFullName.set(key, acronym);
  knownNames.set(key, name);
  longest = Math.max(longest, key.split(' ').length);
}
for (const name of NAMES.trim().split('\n')) {
  const key = foldWords(name).join(' ');
  knownNames.set(key, name);
  longest = Math.max(longest, key.split(' ').length);
}

export const LONGEST_ORGANISATION_NAME = longest;

/** Capital letters of an acronym as written, without dots: "U.N." → "UN". */
export function acronymLetters(text: string): string {
  return text.replace(/[.\s]/g, '');
}

/** Whether a word is written as an acronym: two or more capitals, dots allowed ("UN", "U.S."). */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,}$/u.test(text) || /^\p{Lu}{2,}[&]?\p{Lu}*$/u.test(text);
}

/** The full name of a well-known acronym ("UN" → "United Nations"). */
export function expandAcronym(text: string): string | undefined {
  return byAcronym.get(acronymLetters(text));
}

/** The well-known acronym of a full name ("United Nations" → "UN"). */
export function acronymOf(name: string): string | undefined {
  return byFullName.get(foldWords(name).join(' '));
}

/** The canonical spelling of a well-known organisation's name, from its folded words. */
export function knownOrganisation(words: readonly string[]): string | undefined {
  return knownNames.get(words.join(' '));
}

const MINOR_WORDS = new Set(['of', 'for', 'on', 'and', 'the', 'in', 'to', 'de', 'des', 'du', 'la', 'le', '&']);

/** Initials of a multi-word name, minor words skipped: "United Nations Office on Drugs and Crime" → UNODC. */
export function initials(name: string): string {
  const words = name.split(/[\s\-]+/).filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return '';
  return words.map((w) => w[0]?.toUpperCase() ?? '').join('');
}
