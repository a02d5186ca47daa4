import { a } from './cycle/a.js';
a();
