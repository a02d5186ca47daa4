import a, {b as c} from './a.js';
export * from "../b.mjs?v=1";
const t = `x${ {y: `z${1}`} }`;
const r = /[/]\//g;
new URL('w.wasm', import.meta.url);
import(`./c.js`);
