// The faces' scores, apart from the rating schemas: the store page draws the
// faces without loading valibot (issue 12's 25 KB budget).

/** 4 = very satisfied … 1 = very dissatisfied. */
export const RATING_SCORES = [4, 3, 2, 1] as const
export type RatingScore = (typeof RATING_SCORES)[number]
