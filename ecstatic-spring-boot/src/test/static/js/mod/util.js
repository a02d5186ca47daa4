import { one } from './deep.js';

export function twice(x) { return x * 2 * one; }
