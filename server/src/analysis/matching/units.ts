/**
 * Units of measure the matcher converts: a figure in tonnes and one in kilograms of the same
 * seizure compare after scale, as do kilometres and metres, hectares and acres. Each counted noun
 * that is a unit maps to a dimension and its size in that dimension's base unit. Units whose size
 * depends on the country ("tons", "gallons", "barrels") are left out: comparing them would
 * invent a conversion the text does not state.
 */
import { UNITS_OF_MEASURE } from '../lexicon/claims';

export interface UnitOfMeasure {
  /** "mass", "length", "area", "volume": only the same dimension compares. */
  dimension: string;
  /** Size in the dimension's base unit (kilogram, metre, square metre, litre). */
  factor: number;
  /** The base unit's name, for reasons ("compared in kilograms"). */
  base: string;
}

const UNITS: Record<string, UnitOfMeasure> = {};

for (const { dimension, base, factor, names } of UNITS_OF_MEASURE) for (const n of names) UNITS[n] = { dimension, factor, base };

/** The unit of measure a counted noun names ("tonne", "kilograms"), if the matcher converts it. */
export function unitOfMeasure(noun: string | undefined): UnitOfMeasure | undefined {
  if (!noun) return undefined;
  const w = noun.toLowerCase();
  return UNITS[w] ?? UNITS[w.replace(/e?s$/, '')] ?? UNITS[w.replace(/s$/, '')];
}
