/**
 * [longitude, latitude] of the countries and territories of ISO 3166-1 that neither world-atlas file gives a
 * shape of their own: Natural Earth draws France's overseas departments as part of France, and leaves out a
 * few islands. Each point is on the main island (or the territory's centre), good to a few kilometres,
 * far finer than a pixel of the map. The U.S. Outlying Islands (UM) are scattered over the whole Pacific
 * and have no sensible single point: they stay in the text list only.
 */
export const CENTROIDS_MISSING_FROM_ATLAS: Readonly<Record<string, [number, number]>> = {
  BQ: [-68.26, 12.18], // Caribbean Netherlands (Bonaire)
  BV: [3.36, -54.42], // Bouvet Island
  CC: [96.87, -12.17], // Cocos (Keeling) Islands
  CX: [105.69, -10.49], // Christmas Island
  GF: [-53.2, 3.9], // French Guiana
  GI: [-5.35, 36.14], // Gibraltar
  GP: [-61.55, 16.25], // Guadeloupe
  MQ: [-61.02, 14.64], // Martinique
  RE: [55.54, -21.12], // Réunion
  SJ: [16.5, 78.6], // Svalbard & Jan Mayen (Spitsbergen)
  TK: [-171.85, -9.2], // Tokelau
  TV: [179.2, -8.52], // Tuvalu (Funafuti)
  YT: [45.15, -12.83], // Mayotte
};
