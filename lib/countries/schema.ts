// Input rules about countries: which ones one can say one works in. Pure data, kept apart from reference-data.ts so the app does
// not load the country packages at run time.

/**
 * Territories with no permanent population, hence no prison and no one working there: Antarctica, Bouvet
 * Island, South Georgia and the South Sandwich Islands, Heard and McDonald Islands, the French Southern
 * Territories, the US Minor Outlying Islands. They stay in the ISO reference (their codes remain valid) but
 * are never offered or accepted as a country one works in.
 */
export const NO_PERMANENT_POPULATION: readonly string[] = ["AQ", "BV", "GS", "HM", "TF", "UM"];

