import at from './wrapperAt.js';
import chain from './chain.js';
import commit from './commit.js';
import lodash from './wrapperLodash.js';
import next from './next.js';
import plant from './plant.js';
import reverse from './wrapperReverse.js';
import tap from './tap.js';
import thru from './thru.js';
import toIterator from './toIterator.js';
import toJSON from './toJSON.js';
import value from './wrapperValue.js';
import valueOf from './valueOf.js';
import wrapperChain from './wrapperChain.js';

export default {
  at, chain, commit, lodash, next,
  plant, reverse, tap, thru, toIterator,
  toJSON, value, valueOf, wrapperChain
};
