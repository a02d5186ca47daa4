// A small vendored library, imported by its bare specifier 'tiny-lib' (mapped in web.xml's
// ecstatic.importmap). It imports a module of its own with a relative specifier.
import { VERSION } from './version.js';

export const greet = (text) => `${text}: tiny-lib ${VERSION}`;
