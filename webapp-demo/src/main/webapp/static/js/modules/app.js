// The entry module of modules.jsp. Its imports are written as in any ES module project: relative
// specifiers, a bare specifier ('tiny-lib') and a dynamic import. The page's import map sends each
// one to a hashed file, so the browser never asks for a file whose content can change under its URL.
import { format } from './lib/format.js';
import { shout } from '../shared/util.js';
import { greet } from 'tiny-lib';

const show = (id, text) => {
  document.getElementById(id).textContent = text;
};

show('format', format('relative import'));
show('util', shout('parent directory'));
show('bare', greet('bare specifier'));

import('./lazy.js').then(({ lazy }) => {
  show('lazy', lazy());
  document.documentElement.dataset.modules = 'loaded';
});
