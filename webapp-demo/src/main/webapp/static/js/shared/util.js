// Imported by ../modules/app.js as '../shared/util.js'.
export const shout = (text) => `${text.toUpperCase()}: ok`;
