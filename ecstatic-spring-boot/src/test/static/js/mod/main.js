// the entry module of the test application's module graph
import { twice } from './util.js';

export const four = twice(2);
