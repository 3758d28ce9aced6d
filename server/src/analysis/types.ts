/**
 * Plain data produced by the analysis core. Everything here is serialisable (it crosses the
 * worker-thread boundary and is written by the command line as JSON), so it holds no classes,
 * no Maps and no compromise objects. Offsets are UTF-16 code-unit indices into the original text
 * of the article, whatever its line endings, BOM or Unicode.
 */

/** A half-open range [start, end) of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Something odd about an input: the analysis still returns a result beside it. */
export interface Problem {
  /** Stable code, e.g. `article.binary`, `article.too-large`. */
  code: string;
  message: string;
  severity: Severity;
  span?: Span;
}

// ---------------------------------------------------------------------------------------------
// Article structure
// ---------------------------------------------------------------------------------------------

export type BlockKind = 'title' | 'heading' | 'paragraph';

/** A line-level unit of content: the title, a section heading, or a paragraph. */
export interface Block {
  kind: BlockKind;
  span: Span;
  text: string;
}

export interface UrlRef {
  url: string;
  span: Span;
  /** Host name without a leading `www.`, lower case. Empty when the URL has no host. */
  domain: string;
  /** True when the URL stands in the closing `Sources:` list rather than in running text. */
  inSourcesList: boolean;
}

export interface SourceHeader {
  /** The whole header line, e.g. `- Source: www.securityweek.com`. */
  span: Span;
  /** The value as written, e.g. `www.securityweek.com`. */
  value: string;
  valueSpan: Span;
  /** Host without `www.`, lower case, e.g. `securityweek.com`. */
  domain: string;
}

/**
 * Site furniture, teasers for other stories, and credits: a line of its own that credits a
 * photographer, an agency or a copyright holder ("Photo: …", "Image: …", "Credit: …", "Copyright
 * 2024 …", "© …"). A credit is no content (no figures, no mirror words), but its names are read
 * as actors.
 */
export type BoilerplateKind = 'site-furniture' | 'teasers' | 'credit';

export interface BoilerplateRegion {
  kind: BoilerplateKind;
  span: Span;
}

export interface ArticleStructure {
  /** Length of the text in UTF-16 code units. */
  length: number;
  /** Offset of the first content character after a BOM, if any. */
  contentStart: number;
  sourceHeader?: SourceHeader;
  title?: Block;
  /** Title, headings and paragraphs in document order (the title is included once). */
  blocks: Block[];
  /** The closing `Sources:` label, when present. */
  sourcesLabel?: Span;
  urls: UrlRef[];
  boilerplate: BoilerplateRegion[];
  /** Whether this looks like a news article at all (enough prose), and why not. */
  isArticle: boolean;
  notArticleReason?: string;
  problems: Problem[];
}

// ---------------------------------------------------------------------------------------------
// Tokens: compromise's terms turned into plain data, once per article
// ---------------------------------------------------------------------------------------------

export interface Term {
  /** The term's text without surrounding punctuation or whitespace. */
  text: string;
  /** compromise's normal form (lower case, no diacritics or punctuation). */
  normal: string;
  start: number;
  end: number;
  /** Punctuation and whitespace before and after the term, as in the text. */
  pre: string;
  post: string;
  tags: string[];
}

export interface Sentence {
  span: Span;
  /** Index into ArticleStructure.blocks; -1 for a credit line (a boilerplate region of kind `credit`). */
  blockIndex: number;
  terms: Term[];
  /** The sentence is a credit line, read for its names only. */
  credit?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------------------------

export type ActorKind = 'person' | 'organisation' | 'place' | 'group';

export interface Mention {
  span: Span;
  /** The mention as written, without a possessive ending ("Kok An" for "Kok An’s"). */
  text: string;
  /** The sentence that contains it, for context in hovers and reports. */
  sentence: Span;
}

export interface Role {
  /** The role as the text states it, e.g. "Cambodian senator and businessman". */
  text: string;
  /** Where the role is stated. */
  span: Span;
  /** The mention of the actor this role is attached to. */
  mention: Span;
}

export type RelationType =
  | 'child-of'
  | 'parent-of'
  | 'sibling-of'
  | 'spouse-of'
  | 'associate-of'
  | 'leads'
  | 'led-by'
  | 'member-of'
  | 'part-of'
  | 'nationals-of'
  | 'located-in';

export interface Relation {
  type: RelationType;
  /** Display name of the other actor as written in this article. */
  target: string;
  /** Identity key of the other actor (see actorKey). */
  targetKey: string;
  /** Where the relation is stated. */
  span: Span;
}

export interface Statement {
  /** The clause or quote attributed to the actor. */
  text: string;
  span: Span;
}

/** An actor as one article presents it. The corpus merges these across articles by `key`. */
export interface ArticleActor {
  /** Identity key: survives case, diacritics, apostrophes, possessives; acronyms resolved. */
  key: string;
  /** The fullest name this article uses. */
  name: string;
  kind: ActorKind;
  /** Other names this article uses for it (acronyms, surname alone, short forms). */
  aliases: string[];
  /** Acronym this actor is known by when the article states or implies one ("UN"). */
  acronym?: string;
  mentions: Mention[];
  roles: Role[];
  relations: Relation[];
  statements: Statement[];
}

// ---------------------------------------------------------------------------------------------
// Numeric claims
// ---------------------------------------------------------------------------------------------

/** A closed or open interval of values. Infinite bounds are written as null for JSON. */
export interface Interval {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

export type UnitKind = 'currency' | 'percent' | 'count';

export interface Unit {
  kind: UnitKind;
  /** ISO-like code for currency: USD, EUR, THB, GBP…; absent otherwise. */
  currency?: string;
  /** For counts: the counted noun as written, singular and lower case ("individual", "property"). */
  noun?: string;
}

export type Rate = 'year' | 'quarter' | 'month' | 'week' | 'day';

export interface Measure {
  /** Short label a reviewer reads, e.g. "people arrested", "illicit revenue". */
  label: string;
  /** Normalised content words that define the measure (lemmas, synonyms folded). */
  words: string[];
}

export interface Scope {
  /** Places the claim is scoped to, as actor keys ("southeast asia", "cambodia"). */
  places: string[];
  /** Time scope as written ("between July 14 and 16", "in 2024", "last year"), if any. */
  time?: string;
  /** A year the claim is pinned to, if any. */
  year?: number;
}

// ---------------------------------------------------------------------------------------------
// Time: the article's own date and the moment a figure describes, as values
// ---------------------------------------------------------------------------------------------

/** When the article was written, read from its text (never from the file system). */
/** The day and month an article names as its own when its text gives no year. */
export interface YearlessDate {
  month: number;
  day: number;
  basis: 'dateline' | 'today';
  evidence: string;
}

export interface ArticleDate {
  /** `YYYY-MM-DD`; for month or year precision, the first day of that month or year. */
  day: string;
  precision: 'day' | 'month' | 'year';
  /** Where it was read: a `Published:` line, a dateline, a date in a URL, or the latest date the text mentions. */
  basis: 'published' | 'dateline' | 'url' | 'mentions' | 'today' | 'story';
  /** The text it was read from. */
  evidence: string;
}

/**
 * A time expression as a value, resolved against the article's date when it is relative ("on
 * Friday", "last year"). Days are `YYYY-MM-DD`; `from`/`to` are inclusive.
 * - `day`: one day; `span`: several days ("between July 14 and 16"); `month`, `year`: a whole one;
 * - `since`: a running total from `from` up to the article's date; `through`: a total up to `to`
 *   ("by Tuesday", "so far", "as of Monday"); `period`: a past period ("last week");
 * - `unresolved`: a time the text states but that could not be placed (no article date).
 */
export interface TimeValue {
  kind: 'day' | 'span' | 'month' | 'year' | 'since' | 'through' | 'period' | 'unresolved';
  from?: string;
  to?: string;
  /** The time as written ("on Friday"). */
  text: string;
  /** Relative to the article's date ("last year", "this month"). */
  relative?: boolean;
  /** The parts the text states, kept for times that could not be resolved to days. */
  year?: number;
  month?: number;
  dayOfMonth?: number;
  weekday?: number;
}

/**
 * How a figure relates to the whole it belongs to, as the text marks it. A figure with a facet
 * is never the plain total another article gives.
 * - `part`: "Nine of the suspects", "including 85", "in Paiporta alone";
 * - `addition`: "three more", "another 40";
 * - `superseded`: "had stood at 19", "initially 95";
 * - `margin`: "won by 3,000";
 * - `aggregate`: "a minimum deposit", "the average customer";
 * - `subgroup`: "among voters under 30";
 * - `some-places`: "in several districts";
 * - `per-unit`: "$300 per family", "100,000 krona a head".
 */
export type Facet = 'part' | 'addition' | 'superseded' | 'margin' | 'aggregate' | 'subgroup' | 'some-places' | 'per-unit';

/** What a figure counts, as typed slots (the matcher reads these, never the label). */
export interface Counted {
  /** Event concepts: "kill", "arrest", "evacuate". */
  events: string[];
  /** Class concepts of the thing counted: "person", "house", "vote". */
  classes: string[];
  /** Nationalities or national groups ("vietnamese"), sorted. */
  nationalities: string[];
  /** Other content words (stems). */
  words: string[];
  /** Identity key of the named actor whose figure it is ("Marrow won 48,210 votes"). */
  subject?: string;
  /** Detail of a facet: the aggregate word ("average"), the sub-population ("voter"), the parts ("district"). */
  facetDetail?: string;
}

/** A figure stated as a fact, or as a projection, scenario or goal. */
export type Modality = 'fact' | 'forecast';

export interface NumericClaim {
  /** The figure with its qualifier as written, e.g. "more than $40 billion". */
  text: string;
  span: Span;
  sentence: Span;
  /** How the qualifier reads ("more than", "up to", "bare round figure", "exact"). */
  qualifier: string;
  interval: Interval;
  /** Value written, after scale, before qualifiers (40e9 for "$40 billion"). */
  value: number;
  unit: Unit;
  rate?: Rate;
  measure: Measure;
  scope: Scope;
  /** Who says so, as written ("a 2024 UN report", "police"). */
  attribution?: string;
  /** Who says so, as keys two attributions can share ("un", "united nations", "police"). */
  sourceKeys?: string[];
  /**
   * The country whose body gives the figure, when the attribution opens with one ("Israel's
   * Health Ministry", "the Iranian army", "Iran said"): the gazetteer's key of the country.
   */
  sourceCountry?: string;
  /** Other units the text states for the same figure ("(about $70 million)"). */
  equivalents?: { value: number; interval: Interval; unit: Unit; span: Span }[];
  /** What is counted, as typed slots. */
  counted: Counted;
  facets: Facet[];
  /** The time the text states for the figure, as a value. */
  time?: TimeValue;
  /**
   * The day the figure describes: its stated day, the end of a total "by" a day, or for a running
   * total or a figure with no time of its own, the article's date. Absent for a figure over a
   * whole past period and when the article has no date.
   */
  asOf?: string;
  modality: Modality;
  /**
   * Its sentence, or the one before, disputes a count ("Rajoelina disputed the toll, saying there
   * were 12 deaths"): the figure stands against another source's, and the times the sentence
   * names are when each side spoke.
   */
  rival?: true;
}

// ---------------------------------------------------------------------------------------------
// The result for one article
// ---------------------------------------------------------------------------------------------

export interface ArticleAnalysis {
  structure: ArticleStructure;
  /** When the article was written, when its text says. */
  date?: ArticleDate;
  /** Without `date`: the day and month it names as its own, when its text gives no year. */
  yearlessDate?: YearlessDate;
  /** The text counts the time since its event ("one year after", "anniversary"): a look back. */
  looksBack?: true;
  /** The kinds of event its headline and first paragraph name ("fire", "unrest"; lexicon storyKinds), sorted. */
  storyKinds?: string[];
  actors: ArticleActor[];
  claims: NumericClaim[];
  problems: Problem[];
}

// ---------------------------------------------------------------------------------------------
// Cross-article links between claims
// ---------------------------------------------------------------------------------------------

/**
 * - `conflict`: the same measure, scope and moment; the figures cannot both hold.
 * - `agree`: they can both hold.
 * - `different-scope`: the same measure for another place, time, rate or group.
 * - `update`: the same tally at a later moment, grown or unchanged (a timeline, never a warning).
 * - `revision`: the same tally reported lower at a later moment: an official figure revised.
 */
export type ClaimRelation = 'conflict' | 'agree' | 'different-scope' | 'update' | 'revision';

export interface ClaimRef {
  /** The article's identifier as the caller gave it (a URI in the server, a path in the CLI). */
  article: string;
  /** Index into that article's `claims`. */
  index: number;
}

export interface ClaimLink {
  a: ClaimRef;
  b: ClaimRef;
  relation: ClaimRelation;
  /** 0..1: how sure the matcher is that both claims speak of the same measure and scope. */
  confidence: number;
  /** Human-readable reasons: shared measure words, scope, attribution, why the intervals clash. */
  reasons: string[];
  /** Ids of the matching rules that fired (analysis/matching/rules.ts), in the table's order. */
  rules: string[];
  /**
   * A conflict only: the same two figures stated again in the same two articles (a headline and
   * its body), folded into this one warning; each pair as `a` (in a's article) and `b`.
   */
  repeats?: { a: ClaimRef; b: ClaimRef }[];
  /**
   * Set on a link as one of its repeats sees it (Corpus.linksOf on a repeated statement): the
   * warning itself stands on this pair, in the Problems panel once.
   */
  repeatOf?: { a: ClaimRef; b: ClaimRef };
}

// ---------------------------------------------------------------------------------------------
// Actors merged across articles
// ---------------------------------------------------------------------------------------------

/** Adds the article a finding comes from. `article` is the caller's identifier (URI or path). */
export type InArticle<T> = T & { article: string };

/** One actor as the whole workspace knows it, merged from every article that mentions it. */
export interface CorpusActor {
  key: string;
  /** The fullest name any article uses. */
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: InArticle<Role>[];
  relations: InArticle<Relation>[];
  statements: InArticle<Statement>[];
  mentions: InArticle<Mention>[];
  /** Articles that mention it, in the order given to the merge. */
  articles: string[];
}
