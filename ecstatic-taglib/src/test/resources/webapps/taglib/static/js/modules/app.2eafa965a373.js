import {format} from './lib/format.js';
import {util} from '../shared/util.js';
export const app = format(util);
