import {app} from '../modules/app.js';
export const util = 'util';
export const later = () => app;
