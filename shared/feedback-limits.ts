// The feedback form's length limits, apart from the schemas that enforce
// them: the buyer page shows them from its first paint, while the schemas
// (and valibot) load only when the form is sent (issue 12's 25 KB budget).
export const MESSAGE_MIN = 5
export const MESSAGE_MAX = 2000
export const NAME_MAX = 40
