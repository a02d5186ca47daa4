import {core} from './core.js';
export const tiny = core + 1;
