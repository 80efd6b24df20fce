// A list typed into one text box: commas (either width) or spaces between items.
export const splitList = (text: string): string[] => text.split(/[,，、\s]+/).filter(Boolean)
