// app.js: import './no-comment.js' stays a comment
import { util } from './util.js';
import {html} from 'lit'
import './helper'
export * from "./lib/shapes.mjs?v=1";
const lazy = () => import(`./lazy.js`);
const wasm = new URL('core.wasm', import.meta.url);
const base = new URL('./', import.meta.url);
const pick = name => import(name);
