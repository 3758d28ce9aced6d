/**
 * Named actors, measured: for the two real seed articles and four fixture articles written for
 * this test (other, fictional events), the complete set of expected actors with kind, roles and
 * relations. Any missing or extra actor fails; precision and recall per kind are printed.
 * Snapshots show what was extracted, with mentions as line:col, for a reviewer to read.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { actorKey } from '../../server/src/analysis/actors';
import { analyseArticle } from '../../server/src/analysis/analyse';
import { lineStarts, positionAt } from '../../server/src/analysis/lines';
import type { ActorKind, ArticleActor } from '../../server/src/analysis/types';
import { expectSnapshot } from '../support/snapshot';
import { seed, seedTestOptions } from '../support/seeds';

interface Expected {
  name: string;
  kind: ActorKind;
  /** Roles as stated; omitted means none. */
  roles?: string[];
  /** "type target" pairs, target by name; omitted means none. */
  relations?: string[];
  aliases?: string[];
  acronym?: string;
}

/** Actors a careful reader would list that the extractor does not find yet, with the reason. */
interface KnownMiss extends Expected {
  why: string;
}

interface Case {
  title: string;
  text: () => string;
  expected: Expected[];
  knownMisses?: KnownMiss[];
}

const fixtureDir = join(__dirname, '..', 'fixtures', 'actors');
const fixture = (name: string) => () => readFileSync(join(fixtureDir, name), 'utf8');

const SEED_000: Expected[] = [
  { name: 'Phnom Penh', kind: 'place' },
  { name: 'Sihanoukville', kind: 'place' },
  { name: 'Kratie', kind: 'place' },
  { name: 'Pursat', kind: 'place' },
  { name: 'Poipet', kind: 'place' },
  { name: 'Hun Manet', kind: 'person', roles: ['Prime Minister'] },
  { name: 'Vietnamese nationals', kind: 'group', relations: ['nationals-of Vietnam'] },
  { name: 'Indonesians', kind: 'group', relations: ['nationals-of Indonesia'] },
  { name: 'Cambodians', kind: 'group', relations: ['nationals-of Cambodia'] },
  { name: 'China', kind: 'place' },
  { name: 'Thailand', kind: 'place' },
  { name: 'Myanmar', kind: 'place' },
  { name: 'Bangladesh', kind: 'place' },
  { name: 'United Nations', kind: 'organisation', aliases: ['UN'], acronym: 'UN' },
  { name: 'Southeast Asia', kind: 'place' },
  { name: 'Amnesty International', kind: 'organisation' },
  { name: 'Cambodia', kind: 'place' },
  { name: 'Kok An', kind: 'person', roles: ['Cambodian senator and businessman'] },
  { name: 'Juree Khlongkijjakol', kind: 'person', relations: ['child-of Kok An'] },
  { name: 'Phu Chelin', kind: 'person', relations: ['child-of Kok An'] },
  { name: 'Kittisak', kind: 'person', relations: ['child-of Kok An'] },
  { name: 'Interpol', kind: 'organisation' },
  { name: 'Hun Sen', kind: 'person', roles: ['Cambodia’s Senate President and former Prime Minister'] },
  { name: 'United States', kind: 'place', aliases: ['U.S.'] },
  { name: 'Ly Yong Phat', kind: 'person', roles: ['Cambodian tycoon', 'a close associate of Hun Sen'], relations: ['associate-of Hun Sen'] },
  { name: 'Paetongtarn Shinawatra', kind: 'person', roles: ['Thai Prime Minister'] },
  { name: 'Cambodian government', kind: 'organisation' },
  { name: 'Thai police', kind: 'organisation' },
];

const SEED_003: Expected[] = [
  { name: 'Cambodia', kind: 'place' },
  { name: 'Cambodians', kind: 'group', relations: ['nationals-of Cambodia'] },
  { name: 'Vietnam', kind: 'place' },
  { name: 'China', kind: 'place' },
  { name: 'Taiwan', kind: 'place' },
  { name: 'Indonesia', kind: 'place' },
  { name: 'Myanmar', kind: 'place' },
  { name: 'Bangladesh', kind: 'place' },
  { name: 'Phnom Penh', kind: 'place' },
  { name: 'Sihanoukville', kind: 'place' },
  { name: 'Poipet', kind: 'place' },
  { name: 'Kratie', kind: 'place' },
  { name: 'Pursat', kind: 'place' },
  { name: 'Hun Manet', kind: 'person', roles: ['Prime Minister'] },
  { name: 'United Nations', kind: 'organisation', acronym: 'UN' },
  { name: 'Southeast Asia', kind: 'place' },
  { name: 'Jacob Sims', kind: 'person', roles: ['Transnational crime analyst'] },
  { name: 'Amnesty International', kind: 'organisation' },
  { name: 'Agnès Callamard', kind: 'person', roles: ['Secretary General of Amnesty International'], relations: ['leads Amnesty International'] },
  { name: 'Cambodian police', kind: 'organisation' },
  { name: 'Cambodian government', kind: 'organisation' },
];

const LOAN_APP_RING: Expected[] = [
  { name: 'Jakarta', kind: 'place' },
  { name: 'Nigeria', kind: 'place' },
  { name: 'Economic and Financial Crimes Commission', kind: 'organisation', aliases: ['EFCC'], acronym: 'EFCC' },
  { name: 'Lagos', kind: 'place' },
  { name: 'Abuja', kind: 'place' },
  { name: 'Indonesia', kind: 'place' },
  { name: 'Olanrewaju Adeyemi', kind: 'person', roles: ['EFCC chairman'], relations: ['leads Economic and Financial Crimes Commission'], aliases: ['Adeyemi'] },
  { name: 'Indonesian nationals', kind: 'group', relations: ['nationals-of Indonesia'] },
  { name: 'Chinese citizens', kind: 'group', relations: ['nationals-of China'] },
  { name: 'Chinonso Eze', kind: 'person', roles: ['a 31-year-old teacher from Enugu'], aliases: ['Eze'] },
  { name: 'Enugu', kind: 'place' },
  { name: 'Komang Sutrisna', kind: 'person', roles: ['Indonesian police spokesperson'] },
  { name: 'Budi Hartono Wijaya', kind: 'person', roles: ['a businessman'], aliases: ['Wijaya'] },
  { name: 'PT Dana Kilat Nusantara', kind: 'organisation' },
  { name: 'Indonesian Financial Services Authority', kind: 'organisation', aliases: ['OJK'], acronym: 'OJK' },
  { name: 'Ratna Dewi Kusuma', kind: 'person', roles: ['deputy commissioner'] },
  { name: 'Interpol', kind: 'organisation' },
  { name: 'Singapore', kind: 'place' },
  { name: 'Hong Kong', kind: 'place' },
  { name: 'Aisha Bello-Okafor', kind: 'person', roles: ['Nigerian Senator'] },
  { name: 'Central Bank of Nigeria', kind: 'organisation' },
  { name: 'Indonesian police', kind: 'organisation' },
];

const BALKAN_ROUTE: Expected[] = [
  { name: 'Europol', kind: 'organisation', roles: ['European Union’s police agency'], relations: ['part-of European Union'] },
  { name: 'Balkans', kind: 'place' },
  { name: 'Turkey', kind: 'place' },
  { name: 'Bulgaria', kind: 'place' },
  { name: 'Serbia', kind: 'place' },
  { name: 'Hungary', kind: 'place' },
  { name: 'Germany', kind: 'place' },
  { name: 'United Kingdom', kind: 'place', aliases: ['U.K.'] },
  { name: 'European Union', kind: 'organisation', acronym: 'EU' },
  { name: 'Dragan M.', kind: 'person' },
  { name: 'Novi Sad', kind: 'place' },
  { name: 'Henrik Lindqvist', kind: 'person', roles: ['Europol’s deputy executive director'], relations: ['member-of Europol'], aliases: ['Lindqvist'] },
  { name: 'Vienna', kind: 'place' },
  { name: 'Istanbul', kind: 'place' },
  { name: 'Romanian nationals', kind: 'group', relations: ['nationals-of Romania'] },
  { name: 'Romania', kind: 'place' },
  { name: 'Directorate for Investigating Organized Crime and Terrorism', kind: 'organisation', aliases: ['DIICOT'], acronym: 'DIICOT' },
  { name: 'Ioana Dumitrescu', kind: 'person', roles: ['chief prosecutor'] },
  { name: 'Afghans', kind: 'group', relations: ['nationals-of Afghanistan'] },
  { name: 'Syrians', kind: 'group', relations: ['nationals-of Syria'] },
  { name: 'Moroccans', kind: 'group', relations: ['nationals-of Morocco'] },
  { name: 'United Nations', kind: 'organisation', aliases: ['UN'], acronym: 'UN' },
  { name: 'London', kind: 'place' },
  { name: 'Home Office', kind: 'organisation' },
  { name: 'Clare Whitfield', kind: 'person', roles: ['Home Office minister'], relations: ['member-of Home Office'] },
  { name: 'Budapest', kind: 'place' },
  { name: 'Gergely Tóth', kind: 'person', roles: ['government spokesman'] },
  { name: 'Belgrade Centre for Migrant Rights', kind: 'organisation' },
  { name: 'Milica Jovanović', kind: 'person', roles: ['centre’s director'] },
];

const MEKONG_DREDGING: Expected[] = [
  { name: 'Vietnam', kind: 'place' },
  { name: 'Mekong Delta', kind: 'place' },
  { name: 'An Giang', kind: 'place' },
  { name: 'Hậu River', kind: 'place' },
  { name: 'People’s Committee', kind: 'organisation' },
  { name: 'Hoàng Phát Construction Company', kind: 'organisation', roles: ['a contractor'] },
  { name: 'Trịnh Văn Quyết', kind: 'person', roles: ['businessman'], aliases: ['Quyết'] },
  { name: 'Cambodian migrants', kind: 'group', relations: ['nationals-of Cambodia'] },
  { name: 'Lê Thị Thu Hằng', kind: 'person', roles: ['deputy minister of natural resources and environment'], aliases: ['Hằng'] },
  { name: 'Phạm Minh Tuấn', kind: 'person', roles: ['director'] },
  { name: 'World Wildlife Fund', kind: 'organisation', aliases: ['WWF'], acronym: 'WWF' },
  { name: 'Cambodia', kind: 'place' },
  { name: 'Laos', kind: 'place' },
  { name: 'Singapore', kind: 'place' },
  { name: 'Can Tho University', kind: 'organisation' },
  { name: 'Nguyễn Hữu Thiện', kind: 'person', roles: ['an independent ecologist'] },
  { name: 'Long Xuyên', kind: 'place' },
  { name: 'Đặng Văn Lợi', kind: 'person' },
];

const ANDES_MINE_PROTEST: Expected[] = [
  { name: 'Peru', kind: 'place' },
  { name: 'Apurímac', kind: 'place' },
  { name: 'José Ramírez Peña', kind: 'person', roles: ['Interior Minister'] },
  { name: 'Ombudsman’s Office', kind: 'organisation' },
  { name: 'Rosa Quispe Huamán', kind: 'person', roles: ['a market vendor'], aliases: ['Quispe Huamán'] },
  { name: 'Eloy Quispe', kind: 'person', roles: ['nephew'] },
  { name: 'María Fernanda Ccori', kind: 'person', roles: ['Community leader'], aliases: ['Ccori'] },
  { name: 'Radio Uno', kind: 'organisation' },
  { name: 'Andina Cobre S.A.', kind: 'organisation', roles: ['the Chinese-owned operator of the mine'] },
  { name: 'CooperAcción', kind: 'organisation', roles: ['Lima-based rights group'] },
  { name: 'Amnesty International', kind: 'organisation' },
  { name: 'Alberto Vidal', kind: 'person', roles: ['President'], aliases: ['Vidal'] },
  { name: 'Bolivians', kind: 'group', relations: ['nationals-of Bolivia'] },
  { name: 'Cusco', kind: 'place' },
  { name: 'Lima', kind: 'place' },
  { name: 'Bolivian consulate in Cusco', kind: 'organisation' },
  { name: 'Peruvian government', kind: 'organisation' },
];

// The three articles below were written after the extractor, as a held-out check; the report on
// issue 4 gives their scores before the general fixes they prompted.
const BORDER_CASINO_RAID: Expected[] = [
  { name: 'Myawaddy', kind: 'place' },
  { name: 'Somchai Ratanakul', kind: 'person', roles: ['casino owner'], aliases: ['Somchai'] },
  { name: 'Moei River', kind: 'place' },
  { name: 'Myanmar', kind: 'place' },
  { name: 'Karen State', kind: 'place' },
  { name: 'Anucha Phromsri', kind: 'person', roles: ['Pol Lt Gen', 'commissioner of the Central Investigation Bureau'], relations: ['member-of Central Investigation Bureau'] },
  { name: 'Central Investigation Bureau', kind: 'organisation' },
  { name: 'Thanakorn', kind: 'person', relations: ['child-of Somchai Ratanakul'] },
  { name: 'Peerapat Ratanakul', kind: 'person', relations: ['child-of Somchai Ratanakul'] },
  { name: 'Wanida', kind: 'person', roles: ['Somchai’s wife'], relations: ['spouse-of Somchai Ratanakul'] },
  { name: 'Chinese nationals', kind: 'group', relations: ['nationals-of China'] },
  { name: 'Ethiopians', kind: 'group', relations: ['nationals-of Ethiopia'] },
  { name: 'Kenyans', kind: 'group', relations: ['nationals-of Kenya'] },
  { name: 'Filipinos', kind: 'group', relations: ['nationals-of Philippines'] },
  { name: 'Royal Thai Police', kind: 'organisation' },
  { name: 'Bangkok', kind: 'place' },
  { name: 'Karen Border Guard Force', kind: 'organisation', roles: ['a militia'], aliases: ['BGF'], acronym: 'BGF' },
  { name: 'Saw Htoo Lwin', kind: 'person', roles: ['Colonel', 'commander'] },
  { name: 'Priya Raman', kind: 'person', roles: ['a researcher at the International Crisis Group in Singapore'] },
  { name: 'International Crisis Group', kind: 'organisation' },
  { name: 'Singapore', kind: 'place' },
  { name: 'China', kind: 'place' },
  { name: 'Chinese Ministry of Public Security', kind: 'organisation' },
  { name: 'Mae Sot', kind: 'place' },
  { name: 'Burmese military', kind: 'organisation' },
  { name: 'Chinese embassy in Bangkok', kind: 'organisation' },
];

const POGO_HEARING: Expected[] = [
  { name: 'Philippine Senate', kind: 'organisation' },
  { name: 'San Isidro', kind: 'place' },
  { name: 'Tarlac', kind: 'place' },
  { name: 'Maricel Dizon-Abad', kind: 'person', roles: ['Senator'] },
  { name: 'Rodrigo “Digoy” Santillan', kind: 'person', roles: ['mayor'], aliases: ['Santillan'] },
  { name: 'Bureau of Immigration', kind: 'organisation' },
  { name: 'Chinese nationals', kind: 'group', relations: ['nationals-of China'] },
  { name: 'Malaysians', kind: 'group', relations: ['nationals-of Malaysia'] },
  { name: 'Ernesto Villaflor', kind: 'person', roles: ['Immigration commissioner'], aliases: ['Villaflor'] },
  { name: 'Clark International Airport', kind: 'place' },
  { name: 'Presidential Anti-Organized Crime Commission', kind: 'organisation', aliases: ['PAOCC'], acronym: 'PAOCC' },
  { name: 'Department of Justice', kind: 'organisation' },
  { name: 'Lin Jiahao', kind: 'person', roles: ['a Chinese businessman'], aliases: ['Lin'] },
  { name: 'Angela Robles', kind: 'person', roles: ['PAOCC spokesperson'], relations: ['member-of Presidential Anti-Organized Crime Commission'] },
  { name: 'Benigno Cruz', kind: 'person', roles: ['Santillan’s lawyer'] },
  { name: 'Department of the Interior and Local Government', kind: 'organisation' },
];

const FLOWER_FARM_STRIKE: Expected[] = [
  { name: 'Lake Naivasha', kind: 'place' },
  { name: 'Kenya Plantation and Agricultural Workers Union', kind: 'organisation', aliases: ['KPAWU'], acronym: 'KPAWU' },
  { name: 'Joseph Mwangi Kariuki', kind: 'person', roles: ['secretary general'] },
  { name: 'Rosewood Flowers Ltd', kind: 'organisation' },
  { name: 'Pieter van der Berg', kind: 'person', roles: ['Managing director'] },
  { name: 'Daily Nation', kind: 'organisation' },
  { name: 'Grace Wanjiru Njoroge', kind: 'person', roles: ['Labour Cabinet Secretary'] },
  { name: 'Kenya Flower Council', kind: 'organisation' },
  { name: 'Ugandans', kind: 'group', relations: ['nationals-of Uganda'] },
  { name: 'Ethiopian migrants', kind: 'group', relations: ['nationals-of Ethiopia'] },
  { name: 'Amina Nakato', kind: 'person', roles: ['a packer from Jinja'] },
  { name: 'Jinja', kind: 'place' },
  { name: 'Uganda', kind: 'place' },
  { name: 'Naivasha', kind: 'place' },
];

// A second held-out round, written after the first round's fixes.
const FUND_COLLAPSE: Expected[] = [
  { name: 'Darma Pay', kind: 'organisation', roles: ['the Indonesian payments start-up'] },
  { name: 'Singapore', kind: 'place' },
  { name: 'Lumen Capital', kind: 'organisation' },
  { name: 'Tan Wei Ming', kind: 'person', roles: ['founder'], aliases: ['Tan'] },
  { name: 'Hartono & Rekan', kind: 'organisation', roles: ['accounting firm'] },
  { name: 'Indonesia', kind: 'place' },
  { name: 'Financial Services Authority', kind: 'organisation' },
  { name: 'Sofia Herrera', kind: 'person', roles: ['Lumen Capital’s managing partner'], relations: ['member-of Lumen Capital'] },
  { name: 'The Straits Ledger', kind: 'organisation' },
  { name: 'SoftBridge Ventures', kind: 'organisation' },
  { name: 'Southeast Asia', kind: 'place' },
  { name: 'Monetary Authority of Singapore', kind: 'organisation', aliases: ['MAS'], acronym: 'MAS' },
  { name: 'Tokyo', kind: 'place' },
  { name: 'Singapore court', kind: 'organisation' },
];

const RUNOFF_VOTE: Expected[] = [
  { name: 'Karsu', kind: 'place' },
  { name: 'Mehmet Yıldırım', kind: 'person', roles: ['President'], aliases: ['Yıldırım'] },
  { name: 'Elif Aydın', kind: 'person', roles: ['former mayor', 'a 51-year-old lawyer'], aliases: ['Aydın'] },
  { name: 'Supreme Election Council', kind: 'organisation' },
  { name: 'Democratic Renewal Party', kind: 'organisation' },
  { name: 'Burak Özdemir', kind: 'person', roles: ['nationalist'] },
  { name: 'Organization for Security and Co-operation in Europe', kind: 'organisation', aliases: ['OSCE'], acronym: 'OSCE' },
  { name: 'Lena Korhonen', kind: 'person', roles: ['Ambassador'] },
  { name: 'Finland', kind: 'place' },
  { name: 'Derinkale', kind: 'place' },
  { name: 'Germany', kind: 'place' },
  { name: 'Netherlands', kind: 'place' },
  { name: 'Unity and Progress Party', kind: 'organisation' },
  { name: 'Deniz Arslan', kind: 'person', roles: ['a political scientist at Derinkale University'], relations: ['member-of Derinkale University'] },
  { name: 'Derinkale University', kind: 'organisation' },
];

const QUAKE_RELIEF: Expected[] = [
  { name: 'Nepal', kind: 'place' },
  { name: 'Sindhupalchok District', kind: 'place', aliases: ['Sindhupalchok'] },
  { name: 'Home Ministry', kind: 'organisation' },
  { name: 'Ramesh Adhikari', kind: 'person', roles: ['Home Ministry spokesperson'], relations: ['member-of Home Ministry'] },
  { name: 'Chautara', kind: 'place' },
  { name: 'Nepal Army', kind: 'organisation' },
  { name: 'Kathmandu', kind: 'place' },
  { name: 'India', kind: 'place' },
  { name: 'National Disaster Response Force', kind: 'organisation' },
  { name: 'China', kind: 'place' },
  { name: 'Médecins Sans Frontières', kind: 'organisation', aliases: ['MSF'], acronym: 'MSF' },
  { name: 'Melamchi', kind: 'place' },
  { name: 'Sunita Karki', kind: 'person', aliases: ['Karki'] },
  { name: 'Bir Hospital', kind: 'organisation' },
  { name: 'World Health Organization', kind: 'organisation', acronym: 'WHO' },
  { name: 'Bishnu Prasad Gautam', kind: 'person', roles: ['Prime Minister'] },
  { name: 'Indian embassy in Kathmandu', kind: 'organisation' },
];

// Held-out round 3: written, and this table with them, before the extractor was run on them. The
// first table also listed Kraków and Frankfurt, named only in the "Related articles" teasers that
// the structure parser drops as boilerplate, so no actor there is right.
const APPEAL_RULING: Expected[] = [
  { name: 'Court of Appeal', kind: 'organisation' },
  { name: 'Lagos', kind: 'place' },
  { name: 'Park Ji-hoon', kind: 'person', roles: ['a South Korean shipping executive'], aliases: ['Park'] },
  { name: 'Folasade Adebayo-Ogun', kind: 'person', roles: ['Justice'] },
  { name: 'Emeka Nwosu', kind: 'person' },
  { name: 'Halima Bello', kind: 'person' },
  { name: 'Nigerian Ports Authority', kind: 'organisation', aliases: ['NPA'], acronym: 'NPA' },
  { name: 'Hanbit Marine Logistics', kind: 'organisation', roles: ['Park’s company'] },
  { name: 'Adewale Ogunleye', kind: 'person', roles: ['authority’s head of legal services'] },
  { name: 'Supreme Court', kind: 'organisation' },
  { name: 'Chinedu Okafor', kind: 'person', roles: ['Park’s lawyer'], aliases: ['Okafor'] },
  { name: 'Busan', kind: 'place' },
  { name: 'South Koreans', kind: 'group', relations: ['nationals-of South Korea'] },
  { name: 'Nigeria', kind: 'place' },
  { name: 'Ngozi Eze', kind: 'person', roles: ['Legal analyst'], aliases: ['Eze'] },
  { name: 'Abuja', kind: 'place' },
  { name: 'South Korean embassy in Abuja', kind: 'organisation' },
];

const CITY_COUNT: Expected[] = [
  { name: 'Gdańsk', kind: 'place' },
  { name: 'Katarzyna Wiśniewska', kind: 'person', roles: ['incumbent mayor'], aliases: ['Wiśniewska'] },
  { name: 'National Electoral Commission', kind: 'organisation', aliases: ['PKW'], acronym: 'PKW' },
  { name: 'Tomasz Zieliński', kind: 'person', roles: ['chairman'], aliases: ['Zieliński'] },
  { name: 'Warsaw', kind: 'place' },
  { name: 'Civic Coalition', kind: 'organisation' },
  { name: 'Marek Kowalczyk', kind: 'person', roles: ['businessman'], relations: ['member-of Law and Justice'], aliases: ['Kowalczyk'] },
  { name: 'Law and Justice', kind: 'organisation' },
  { name: 'Organization for Security and Co-operation in Europe', kind: 'organisation', aliases: ['OSCE'], acronym: 'OSCE' },
  { name: 'Pieter van der Meulen', kind: 'person', roles: ['head'] },
  { name: 'Ukrainian citizens', kind: 'group', relations: ['nationals-of Ukraine'] },
  { name: 'Olena Hrytsenko', kind: 'person', roles: ['a coordinator at the Gdańsk Migrant Support Centre'], relations: ['member-of Gdańsk Migrant Support Centre'] },
  { name: 'Gdańsk Migrant Support Centre', kind: 'organisation' },
  { name: 'Agnieszka Dąbrowska', kind: 'person', roles: ['Kowalczyk’s spokeswoman'] },
];

const BOND_FRAUD: Expected[] = [
  { name: 'Lisbon', kind: 'place' },
  { name: 'Portugal', kind: 'place' },
  { name: 'Solverde Energia', kind: 'organisation', aliases: ['Solverde'] },
  { name: 'João Conceição', kind: 'person', roles: ['chief executive'], aliases: ['Conceição'] },
  { name: 'Alentejo', kind: 'place' },
  { name: 'Securities Market Commission', kind: 'organisation', aliases: ['CMVM'], acronym: 'CMVM' },
  { name: 'Inês Gonçalves', kind: 'person', aliases: ['Gonçalves'] },
  { name: 'Rui Magalhães', kind: 'person', roles: ['lawyer'] },
  { name: 'Gulf Meridian Capital', kind: 'organisation' },
  { name: 'Abu Dhabi', kind: 'place' },
  { name: 'Khalid bin Rashid al-Nuaimi', kind: 'person', roles: ['managing director'] },
  { name: 'Brazilian nationals', kind: 'group', relations: ['nationals-of Brazil'] },
  { name: 'Brazil', kind: 'place' },
  { name: 'São Paulo', kind: 'place' },
  { name: 'Procon', kind: 'organisation', roles: ['Brazil’s consumer protection agency'] },
  { name: 'Van der Linde & Partners', kind: 'organisation', roles: ['the Dutch firm'] },
  { name: 'Maarten van der Linde', kind: 'person', roles: ['Senior partner'] },
  { name: 'Lisbon court', kind: 'organisation' },
];

const CASES: Case[] = [
  { title: 'seed 000 (securityweek)', text: () => seed('000').text, expected: SEED_000 },
  { title: 'seed 003 (scraped, headings)', text: () => seed('003').text, expected: SEED_003 },
  { title: 'fixture loan-app-ring', text: fixture('loan-app-ring.txt'), expected: LOAN_APP_RING },
  { title: 'fixture balkan-route', text: fixture('balkan-route.txt'), expected: BALKAN_ROUTE },
  { title: 'fixture mekong-dredging (CRLF)', text: fixture('mekong-dredging.txt'), expected: MEKONG_DREDGING },
  {
    title: 'fixture andes-mine-protest (BOM)',
    text: fixture('andes-mine-protest.txt'),
    expected: ANDES_MINE_PROTEST,
    knownMisses: [{ name: 'Tambo Rojo', kind: 'place', why: 'a mine named before a lower-case noun ("the Tambo Rojo copper mine") has no cue the extractor trusts' }],
  },
  { title: 'held-out border-casino-raid', text: fixture('border-casino-raid.txt'), expected: BORDER_CASINO_RAID },
  {
    title: 'held-out pogo-hearing',
    text: fixture('pogo-hearing.txt'),
    expected: POGO_HEARING,
    knownMisses: [{ name: 'Vietnamese', kind: 'group', why: 'a demonym after "38 were" is read as an adjective, not as a national group' }],
  },
  {
    title: 'held-out flower-farm-strike',
    text: fixture('flower-farm-strike.txt'),
    expected: FLOWER_FARM_STRIKE,
  },
  {
    title: 'held-out 2 fund-collapse',
    text: fixture('fund-collapse.txt'),
    expected: FUND_COLLAPSE,
    knownMisses: [
      { name: 'Jakarta', kind: 'place', why: 'only in the title, before an unknown name ("Jakarta Fintech Darma Pay"); cities are not in the gazetteer' },
    ],
  },
  {
    title: 'held-out 2 runoff-vote',
    text: fixture('runoff-vote.txt'),
    expected: RUNOFF_VOTE,
    knownMisses: [{ name: 'Karsu citizens', kind: 'group', why: 'a country outside the gazetteer has no demonym, so its citizens are not recognised as a national group' }],
  },
  {
    title: 'held-out 2 quake-relief',
    text: fixture('quake-relief.txt'),
    expected: QUAKE_RELIEF,
    knownMisses: [{ name: 'Tatopani', kind: 'place', why: 'named only before lower-case nouns ("the Tatopani border crossing")' }],
  },
  { title: 'held-out 3 appeal-ruling', text: fixture('appeal-ruling.txt'), expected: APPEAL_RULING },
  { title: 'held-out 3 city-count', text: fixture('city-count.txt'), expected: CITY_COUNT },
  {
    title: 'held-out 3 bond-fraud',
    text: fixture('bond-fraud.txt'),
    expected: BOND_FRAUD,
  },
];

const KINDS: ActorKind[] = ['person', 'organisation', 'place', 'group'];

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

/** Compares extracted actors with the expected table; returns per-kind counts and readable problems. */
function compare(actors: readonly ArticleActor[], expected: readonly Expected[], misses: readonly KnownMiss[]): { scores: Record<ActorKind, Score>; problems: string[] } {
  const scores = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<ActorKind, Score>;
  const problems: string[] = [];
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const expectedKeys = new Set(expected.map((e) => actorKey(e.name)));
  for (const e of [...expected, ...misses]) {
    const actual = byKey.get(actorKey(e.name));
    const isMiss = misses.includes(e as KnownMiss);
    if (!actual || actual.kind !== e.kind) {
      scores[e.kind].fn++;
      if (actual) scores[actual.kind].fp++;
      if (!isMiss) problems.push(actual ? `${e.name}: kind ${actual.kind}, expected ${e.kind}` : `${e.name}: not found`);
      continue;
    }
    if (isMiss) problems.push(`${e.name}: listed as a known miss but now found — move it to the expected table`);
    scores[e.kind].tp++;
    if (actual.name !== e.name) problems.push(`${e.name}: named "${actual.name}"`);
    const roles = actual.roles.map((r) => r.text).sort();
    const wantRoles = [...(e.roles ?? [])].sort();
    if (JSON.stringify(roles) !== JSON.stringify(wantRoles)) problems.push(`${e.name}: roles ${JSON.stringify(roles)}, expected ${JSON.stringify(wantRoles)}`);
    const relations = actual.relations.map((r) => `${r.type} ${r.targetKey}`).sort();
    const wantRelations = (e.relations ?? []).map((r) => {
      const [type, ...target] = r.split(' ');
      return `${type} ${actorKey(target.join(' '))}`;
    }).sort();
    if (JSON.stringify(relations) !== JSON.stringify(wantRelations)) problems.push(`${e.name}: relations ${JSON.stringify(relations)}, expected ${JSON.stringify(wantRelations)}`);
    for (const alias of e.aliases ?? []) if (!actual.aliases.includes(alias)) problems.push(`${e.name}: alias "${alias}" missing (has ${JSON.stringify(actual.aliases)})`);
    if (e.acronym !== undefined && actual.acronym !== e.acronym) problems.push(`${e.name}: acronym ${actual.acronym}, expected ${e.acronym}`);
  }
  for (const a of actors) {
    if (expectedKeys.has(a.key) || misses.some((m) => actorKey(m.name) === a.key)) continue;
    scores[a.kind].fp++;
    problems.push(`unexpected ${a.kind} "${a.name}"`);
  }
  return { scores, problems };
}

function ratio(n: number, d: number): string {
  return d === 0 ? '   – ' : (n / d).toFixed(2).padStart(5);
}

function formatTable(rows: { title: string; scores: Record<ActorKind, Score> }[]): string {
  const header = `${'article'.padEnd(34)} ${KINDS.map((k) => `${k.padEnd(12)} P     R   `).join(' ')}`;
  const line = (title: string, s: Record<ActorKind, Score>) =>
    `${title.padEnd(34)} ${KINDS.map((k) => `${`${s[k].tp}/${s[k].tp + s[k].fn}`.padEnd(8)} ${ratio(s[k].tp, s[k].tp + s[k].fp)} ${ratio(s[k].tp, s[k].tp + s[k].fn)}`).join('  ')}`;
  const total = Object.fromEntries(KINDS.map((k) => [k, rows.reduce((acc, r) => ({ tp: acc.tp + r.scores[k].tp, fp: acc.fp + r.scores[k].fp, fn: acc.fn + r.scores[k].fn }), { tp: 0, fp: 0, fn: 0 })])) as Record<ActorKind, Score>;
  const all = KINDS.reduce((acc, k) => ({ tp: acc.tp + total[k].tp, fp: acc.fp + total[k].fp, fn: acc.fn + total[k].fn }), { tp: 0, fp: 0, fn: 0 });
  return [
    'Named actors: found/expected, precision (P) and recall (R) per kind',
    header,
    ...rows.map((r) => line(r.title, r.scores)),
    line('total', total),
    `all kinds: precision ${ratio(all.tp, all.tp + all.fp).trim()}, recall ${ratio(all.tp, all.tp + all.fn).trim()} (${all.tp} found, ${all.fp} spurious, ${all.fn} missed)`,
  ].join('\n');
}

test('actors: every expected actor with kind, roles and relations, and nothing else', seedTestOptions(), () => {
  const rows: { title: string; scores: Record<ActorKind, Score> }[] = [];
  const failures: string[] = [];
  for (const c of CASES) {
    const { actors } = analyseArticle(c.text());
    const { scores, problems } = compare(actors, c.expected, c.knownMisses ?? []);
    rows.push({ title: c.title, scores });
    for (const p of problems) failures.push(`${c.title}: ${p}`);
  }
  console.log('\n' + formatTable(rows) + '\n');
  for (const c of CASES) for (const m of c.knownMisses ?? []) console.log(`known miss in ${c.title}: ${m.kind} "${m.name}" — ${m.why}`);
  assert.deepEqual(failures, []);
});

test('actors: every mention slices back to its text, without possessive endings', seedTestOptions(), () => {
  for (const c of CASES) {
    const text = c.text();
    for (const a of analyseArticle(text).actors) {
      for (const m of a.mentions) {
        assert.equal(text.slice(m.span.start, m.span.end), m.text, `${c.title}: ${a.name}`);
        assert.doesNotMatch(m.text, /['’]s$/, `${c.title}: possessive kept in "${m.text}"`);
        assert.ok(m.sentence.start <= m.span.start && m.span.end <= m.sentence.end, `${c.title}: ${m.text} outside its sentence`);
      }
      for (const r of a.roles) assert.equal(text.slice(r.span.start, r.span.end), r.text, `${c.title}: role of ${a.name}`);
      for (const s of a.statements) assert.equal(text.slice(s.span.start, s.span.end), s.text, `${c.title}: statement of ${a.name}`);
    }
  }
});

/** Snapshot of the extracted actors; `statements` is off for the seeds, whose text stays out of the repository. */
function renderActors(text: string, statements: boolean): string {
  const starts = lineStarts(text);
  const at = (offset: number) => {
    const p = positionAt(starts, offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out: string[] = [];
  for (const a of analyseArticle(text).actors) {
    out.push(`${a.kind} ${a.name}${a.acronym ? ` (${a.acronym})` : ''}  key=${a.key}`);
    if (a.aliases.length) out.push(`  aliases: ${a.aliases.join(', ')}`);
    for (const r of a.roles) out.push(`  role: ${r.text} @${at(r.span.start)} (for mention @${at(r.mention.start)})`);
    for (const r of a.relations) out.push(`  relation: ${r.type} ${r.target} [${r.targetKey}] @${at(r.span.start)}`);
    out.push(`  mentions: ${a.mentions.map((m) => `${m.text === a.name ? '' : `"${m.text}" `}${at(m.span.start)}-${at(m.span.end)}`).join(', ')}`);
    if (statements) for (const s of a.statements) out.push(`  statement @${at(s.span.start)}: ${s.text}`);
  }
  return out.join('\n');
}

test('actors: snapshots of the fixture articles', () => {
  for (const name of ['loan-app-ring', 'balkan-route', 'mekong-dredging', 'andes-mine-protest', 'border-casino-raid', 'pogo-hearing', 'flower-farm-strike', 'fund-collapse', 'runoff-vote', 'quake-relief', 'appeal-ruling', 'city-count', 'bond-fraud']) {
    expectSnapshot(__filename, `actors-${name}`, renderActors(fixture(`${name}.txt`)(), true));
  }
});

test('actors: snapshots of the seeds (names, roles, relations and positions only)', seedTestOptions(), () => {
  for (const prefix of ['000', '003']) expectSnapshot(__filename, `actors-seed-${prefix}`, renderActors(seed(prefix).text, false));
});

test('actors: exact mention ranges in the CRLF fixture (non-ASCII names, curly possessive, em dash)', () => {
  const text = fixture('mekong-dredging.txt')();
  assert.ok(text.includes('\r\n'), 'fixture must keep CRLF line endings');
  const actors = analyseArticle(text).actors;
  const find = (name: string) => actors.find((a) => a.name === name) ?? assert.fail(`${name} not found`);
  const spanOf = (needle: string, length = needle.length) => {
    const start = text.indexOf(needle);
    assert.ok(start >= 0, needle);
    return { start, end: start + length };
  };
  // "Quyết’s company": the mention stops before the curly possessive.
  const quyet = find('Trịnh Văn Quyết');
  assert.deepEqual(quyet.mentions.map((m) => m.span), [spanOf('Trịnh Văn Quyết'), spanOf('Quyết’s company', 'Quyết'.length)]);
  // The surname alone after a quote, and the full name first.
  const hang = find('Lê Thị Thu Hằng');
  assert.deepEqual(hang.mentions.map((m) => m.span), [spanOf('Lê Thị Thu Hằng,', 'Lê Thị Thu Hằng'.length), spanOf('Hằng said', 'Hằng'.length)]);
  // "Laos—where": the em dash stays outside the mention.
  assert.deepEqual(find('Laos').mentions.map((m) => m.span), [spanOf('Laos—', 4)]);
  // Offsets past several CRLF line breaks stay exact.
  assert.deepEqual(find('Đặng Văn Lợi').mentions.map((m) => m.span), [spanOf('Đặng Văn Lợi')]);
  assert.deepEqual(find('Vietnam').mentions.map((m) => m.span), [spanOf('Vietnam’s Mekong', 'Vietnam'.length)]);
});

test('actors: exact mention ranges in the BOM fixture', () => {
  const text = fixture('andes-mine-protest.txt')();
  assert.equal(text.charCodeAt(0), 0xfeff, 'fixture must start with a BOM');
  const actors = analyseArticle(text).actors;
  const find = (name: string) => actors.find((a) => a.name === name) ?? assert.fail(`${name} not found`);
  const spanOf = (needle: string, length = needle.length) => {
    const start = text.indexOf(needle);
    assert.ok(start >= 0, needle);
    return { start, end: start + length };
  };
  assert.deepEqual(find('Peru').mentions.map((m) => m.span), [spanOf('Peru Declares', 4), spanOf('Peru’s government', 4)]);
  assert.deepEqual(find('Alberto Vidal').mentions.map((m) => m.span), [spanOf('Alberto Vidal’s', 'Alberto Vidal'.length), spanOf('Vidal’s office', 'Vidal'.length)]);
  assert.deepEqual(find('Rosa Quispe Huamán').mentions.map((m) => m.span), [spanOf('Rosa Quispe Huamán'), spanOf('Quispe Huamán’s family', 'Quispe Huamán'.length)]);
  const ombudsman = find('Ombudsman’s Office');
  assert.deepEqual(ombudsman.mentions.map((m) => m.span), [spanOf('Ombudsman’s Office')]);
  const vendor = find('Rosa Quispe Huamán').roles[0];
  assert.deepEqual(vendor.span, spanOf('a market vendor'));
});

test('actors: statements attached to the actor that said or did them', seedTestOptions(), () => {
  const s003 = analyseArticle(seed('003').text).actors;
  const statementsOf = (actors: readonly ArticleActor[], name: string) => actors.find((a) => a.name === name)?.statements.map((s) => s.text) ?? [];
  assert.ok(statementsOf(s003, 'Hun Manet').some((s) => s.startsWith('Hun Manet emphasized the need for this initiative')));
  assert.ok(statementsOf(s003, 'Hun Manet').some((s) => s.startsWith('He underscored the importance')), 'a "He …" sentence right after continues the same person');
  assert.ok(statementsOf(s003, 'Jacob Sims').some((s) => s.startsWith('Jacob Sims noted that')));
  assert.ok(statementsOf(s003, 'Agnès Callamard').some((s) => s.includes('has stressed the dire circumstances')));
  assert.ok(statementsOf(s003, 'United Nations').some((s) => s.startsWith('these scams have generated billions')), '"according to … the United Nations" attributes the claim');
  assert.deepEqual(statementsOf(s003, 'Amnesty International'), [], 'a name inside "organizations, including X," is not their subject');

  const s000 = analyseArticle(seed('000').text).actors;
  assert.ok(statementsOf(s000, 'Hun Manet').some((s) => s.startsWith('warned police officials of job losses')), 'relative clause after the name');
  assert.ok(statementsOf(s000, 'Paetongtarn Shinawatra').some((s) => s.startsWith('Paetongtarn Shinawatra stressed the need')));
  assert.ok(statementsOf(s000, 'United Nations').some((s) => s.startsWith('UN report estimated')));
  assert.ok(statementsOf(s000, 'Hun Sen').some((s) => s.startsWith('Hun Sen pushed back')));

  const balkan = analyseArticle(fixture('balkan-route.txt')()).actors;
  assert.deepEqual(statementsOf(balkan, 'Henrik Lindqvist')[0], 'Our aim is to take the business model apart — not just the drivers', 'a quote before "said X"');
  assert.ok(statementsOf(balkan, 'Europol')[0].startsWith('Police in six countries arrested 41 people'), '"…, Europol said" attributes the clause before it');
});

test('actors: time per article (printed)', seedTestOptions(), () => {
  const articles = [
    ...['000', '003'].map((p) => ({ name: `seed ${p}`, text: seed(p).text })),
    ...['loan-app-ring', 'balkan-route', 'mekong-dredging', 'andes-mine-protest'].map((n) => ({ name: n, text: fixture(`${n}.txt`)() })),
  ];
  analyseArticle(articles[0].text); // warm-up: compromise's first call builds its lexicon
  const lines = ['analyseArticle time per article (median of 5 runs; whole analysis, compromise parse included)'];
  for (const a of articles) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      analyseArticle(a.text);
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    lines.push(`  ${a.name.padEnd(20)} ${String(a.text.length).padStart(6)} chars  ${times[2].toFixed(1).padStart(6)} ms`);
  }
  console.log('\n' + lines.join('\n') + '\n');
});
