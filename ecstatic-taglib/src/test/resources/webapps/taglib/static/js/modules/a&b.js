export const ab = 'a&b';
