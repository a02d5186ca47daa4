export const core = 41;
