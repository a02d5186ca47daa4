import attempt from './attempt.js';
import bindAll from './bindAll.js';
import cond from './cond.js';
import conforms from './conforms.js';
import constant from './constant.js';
import defaultTo from './defaultTo.js';
import flow from './flow.js';
import flowRight from './flowRight.js';
import identity from './identity.js';
import iteratee from './iteratee.js';
import matches from './matches.js';
import matchesProperty from './matchesProperty.js';
import method from './method.js';
import methodOf from './methodOf.js';
import mixin from './mixin.js';
import noop from './noop.js';
import nthArg from './nthArg.js';
import over from './over.js';
import overEvery from './overEvery.js';
import overSome from './overSome.js';
import property from './property.js';
import propertyOf from './propertyOf.js';
import range from './range.js';
import rangeRight from './rangeRight.js';
import stubArray from './stubArray.js';
import stubFalse from './stubFalse.js';
import stubObject from './stubObject.js';
import stubString from './stubString.js';
import stubTrue from './stubTrue.js';
import times from './times.js';
import toPath from './toPath.js';
import uniqueId from './uniqueId.js';

export default {
  attempt, bindAll, cond, conforms, constant,
  defaultTo, flow, flowRight, identity, iteratee,
  matches, matchesProperty, method, methodOf, mixin,
  noop, nthArg, over, overEvery, overSome,
  property, propertyOf, range, rangeRight, stubArray,
  stubFalse, stubObject, stubString, stubTrue, times,
  toPath, uniqueId
};
