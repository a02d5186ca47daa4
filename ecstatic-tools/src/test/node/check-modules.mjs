// Checks the JavaScript modules a collector run wrote, with Acorn (a real JavaScript parser), against
// their sources: node check-modules.mjs SOURCE_ROOT OUTPUT_ROOT MANIFEST
//
// For every module the manifest lists under a hashed name it parses the source and the hashed copy,
// compares their token streams (a token may differ only where the copy has a hash inserted into a
// specifier), finds every specifier of the copy in its syntax tree (import/export from, import(),
// new URL(..., import.meta.url)) and resolves the relative ones against the copy's own name. Prints
// one JSON object: counts, the mismatches, the relative specifiers that name no hashed file, and the
// static imports of each module as the manifest should list them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as acorn from './acorn/acorn.mjs';

const [sourceRoot, outputRoot, manifestFile] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const HASH = /\.[0-9a-f]{12}(?=(\.[^./?#]*)?([?#].*)?$)/;

const result = { modules: 0, scripts: 0, unparsable: [], specifiers: 0, rewritten: 0, mismatches: [],
  unresolved: [], imports: {} };

function parse(text) {
  for (const sourceType of ['module', 'script']) {
    try {
      const options = { ecmaVersion: 'latest', sourceType, allowHashBang: true, locations: true };
      return { ast: acorn.parse(text, options), tokens: [...acorn.tokenizer(text, options)], sourceType };
    } catch (e) {
      if (sourceType === 'script') {
        return { error: e.message };
      }
    }
  }
}

/** The specifier nodes of a syntax tree, each as { node, kind }. */
function specifiers(ast) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') {
      return;
    }
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration'
        || node.type === 'ExportNamedDeclaration') && node.source) {
      found.push({ node: node.source, kind: 'STATIC_IMPORT' });
    } else if (node.type === 'ImportExpression' && isLiteral(node.source)) {
      found.push({ node: node.source, kind: 'DYNAMIC_IMPORT' });
    } else if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'URL'
        && node.arguments.length === 2 && isLiteral(node.arguments[0]) && isImportMetaUrl(node.arguments[1])) {
      found.push({ node: node.arguments[0], kind: 'MODULE_URL' });
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) {
        value.forEach(visit);
      } else if (value && typeof value.type === 'string') {
        visit(value);
      }
    }
  };
  visit(ast);
  return found;
}

function isLiteral(node) {
  return (node.type === 'Literal' && typeof node.value === 'string')
    || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
}

function isImportMetaUrl(node) {
  return node.type === 'MemberExpression' && node.object.type === 'MetaProperty'
    && node.object.meta.name === 'import' && node.object.property.name === 'meta'
    && !node.computed && node.property.name === 'url';
}

function valueOf(node) {
  return node.type === 'Literal' ? node.value : node.quasis[0].value.cooked;
}

function isRelative(specifier, kind) {
  if (kind === 'MODULE_URL') {
    return !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(specifier) && !specifier.startsWith('//')
      && !specifier.endsWith('/') && specifier !== '.' && specifier !== '..' && !/^[?#]/.test(specifier);
  }
  return specifier.startsWith('./') || specifier.startsWith('../') || (specifier.startsWith('/') && !specifier.startsWith('//'));
}

/** The name, relative to the static root, that a relative specifier in the file `from` names. */
function resolve(from, specifier) {
  const url = new URL(specifier, 'https://root.invalid/' + from);
  return decodeURIComponent(url.pathname.substring(1));
}

const hashedToLogical = new Map(Object.entries(manifest.paths).map(([logical, hashed]) => [hashed, logical]));
for (const [hashed, logical] of hashedToLogical) {
  if (hashed === logical || !/\.m?js$/.test(logical)) {
    continue;
  }
  const source = parse(readFileSync(join(sourceRoot, logical), 'utf8'));
  const copy = parse(readFileSync(join(outputRoot, hashed), 'utf8'));
  if (source.error) {
    result.unparsable.push(logical + ': ' + source.error);
    continue;
  }
  if (copy.error) {
    result.mismatches.push(hashed + ' does not parse, though ' + logical + ' does: ' + copy.error);
    continue;
  }
  result.modules++;
  if (source.sourceType === 'script') {
    result.scripts++;
  }
  const found = specifiers(copy.ast);
  const specifierStarts = new Set(found.map(({ node }) =>
    node.type === 'Literal' ? node.start : node.quasis[0].start - 1));
  compareTokens(logical, hashed, source.tokens, copy.tokens, specifierStarts);
  const imports = new Set();
  for (const { node, kind } of found) {
    const specifier = valueOf(node);
    result.specifiers++;
    if (!isRelative(specifier, kind)) {
      continue;
    }
    const target = resolve(hashed, specifier.replace(/[?#].*$/, ''));
    if (!(target in manifest.files)) {
      result.unresolved.push(logical + ':' + node.loc.start.line + ' ' + specifier);
    } else if (kind === 'STATIC_IMPORT') {
      imports.add(target);
    }
  }
  result.imports[hashed] = [...imports].sort();
}

/** Compares two token streams; a token may differ only at a specifier, and only by the hash put into it. */
function compareTokens(logical, hashed, before, after, specifierStarts) {
  if (before.length !== after.length) {
    result.mismatches.push(hashed + ' has ' + after.length + ' tokens, ' + logical + ' ' + before.length);
    return;
  }
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a.type.label !== b.type.label) {
      result.mismatches.push(hashed + ' token ' + i + ' is ' + b.type.label + ', in ' + logical + ' ' + a.type.label);
      return;
    }
    if (a.value === b.value || (a.value instanceof RegExp && String(a.value) === String(b.value))
        || (a.type.label === 'regexp' && a.value.pattern === b.value.pattern && a.value.flags === b.value.flags)
        || (Number.isNaN(a.value) && Number.isNaN(b.value))) {
      continue;
    }
    const tokenStart = a.type.label === 'template' ? b.start - 1 : b.start;
    if (typeof b.value === 'string' && specifierStarts.has(tokenStart) && b.value.replace(HASH, '') === a.value) {
      result.rewritten++;
      continue;
    }
    result.mismatches.push(hashed + ' token ' + i + ' is ' + JSON.stringify(b.value) + ', in ' + logical + ' '
      + JSON.stringify(a.value));
    return;
  }
}

process.stdout.write(JSON.stringify(result) + '\n');
