/**
 * Units of measure the matcher converts: a figure in tonnes and one in kilograms of the same
 * seizure compare after scale, as do kilometres and metres, hectares and acres. Each counted noun
 * that is a unit maps to a dimension and its size in that dimension's base unit. Units whose size
 * depends on the country ("tons", "gallons", "barrels") are left out: comparing them would
 * invent a conversion the text does not state.
 */

export interface UnitOfMeasure {
  /** "mass", "length", "area", "volume": only the same dimension compares. */
  dimension: string;
  /** Size in the dimension's base unit (kilogram, metre, square metre, litre). */
  factor: number;
  /** The base unit's name, for reasons ("compared in kilograms"). */
  base: string;
}

const UNITS: Record<string, UnitOfMeasure> = {};

function define(dimension: string, base: string, factor: number, names: string): void {
  for (const n of names.split(' ')) UNITS[n] = { dimension, factor, base };
}

define('mass', 'kilograms', 1000, 'tonne metric-ton');
define('mass', 'kilograms', 1, 'kilogram kilo kg kilogramme');
define('mass', 'kilograms', 0.001, 'gram gramme g');
define('mass', 'kilograms', 0.45359237, 'pound lb');
define('mass', 'kilograms', 0.028349523125, 'ounce oz');
define('length', 'metres', 1000, 'kilometre kilometer km');
define('length', 'metres', 1, 'metre meter');
define('length', 'metres', 0.01, 'centimetre centimeter cm');
define('length', 'metres', 0.001, 'millimetre millimeter mm');
define('length', 'metres', 1609.344, 'mile');
define('length', 'metres', 0.3048, 'foot feet');
define('area', 'square metres', 10000, 'hectare ha');
define('area', 'square metres', 4046.8564224, 'acre');
define('volume', 'litres', 1, 'litre liter');
define('volume', 'litres', 0.001, 'millilitre milliliter ml');

/** The unit of measure a counted noun names ("tonne", "kilograms"), if the matcher converts it. */
export function unitOfMeasure(noun: string | undefined): UnitOfMeasure | undefined {
  if (!noun) return undefined;
  const w = noun.toLowerCase();
  return UNITS[w] ?? UNITS[w.replace(/e?s$/, '')] ?? UNITS[w.replace(/s$/, '')];
}
