// Reference finder for the IQ Directory: uses only the public GraphQL API (schema.graphqls).
// No framework and no build step; the GraphQL documents live in documents/*.graphql.

import { UI, VALUES } from './i18n.js';

const LANGUAGES = ['de', 'en', 'ar', 'fa', 'tr', 'ru', 'uk', 'fr'];
const RTL = new Set(['ar', 'fa']);
const PAGE_SIZE = 20;
const MAP_ZOOM = 8; // geotile zoom: tiles of about 1.4° of longitude, a dozen or so over Germany
const FACET_PREVIEW = 8; // values shown before "show all"
const ENDPOINT = new URL(document.querySelector('meta[name="graphql-endpoint"]')?.content ?? '/graphql', document.baseURI);

// Per kind: its document, the root field it queries, whether it has places (near, map) and the
// facets it shows, in display order. The facets must be those its document asks for.
const KINDS = {
	ADVICE_CENTRES: {
		document: 'adviceCentres', root: 'adviceCentres', geo: true,
		facets: ['FEDERAL_STATE', 'TOPIC', 'TARGET_GROUP', 'DELIVERY_MODE', 'LANGUAGE', 'ACCESSIBILITY', 'FREE_OF_CHARGE'],
	},
	TRAINING_OFFERS: {
		document: 'trainingOffers', root: 'trainingOffers', geo: true,
		facets: ['FEDERAL_STATE', 'OFFER_TYPE', 'FORMAT', 'RECOGNITION_GOAL', 'ENTRY_LEVEL', 'TARGET_LEVEL', 'FUNDING',
			'LANGUAGE', 'TOPIC', 'TARGET_GROUP', 'FREE_OF_CHARGE'],
	},
	CURRICULA: {
		document: 'curricula', root: 'curricula', geo: false,
		facets: ['TOPIC', 'TARGET_GROUP', 'FORMAT', 'LANGUAGE', 'LICENCE', 'FEDERAL_STATE'],
	},
	START_UP_RESOURCES: {
		document: 'startUpResources', root: 'startUpResources', geo: false,
		facets: ['TOPIC', 'RESOURCE_TYPE', 'MATERIAL_FORMAT', 'LANGUAGE', 'TARGET_GROUP', 'FEDERAL_STATE'],
	},
};
// The filter field that selects a facet's values; the same name in every kind's filter type.
const FILTER_FIELDS = {
	FEDERAL_STATE: 'federalStates', TOPIC: 'topics', TARGET_GROUP: 'targetGroups', DELIVERY_MODE: 'deliveryModes',
	LANGUAGE: 'languages', ACCESSIBILITY: 'accessibility', FREE_OF_CHARGE: 'freeOfCharge', OFFER_TYPE: 'offerTypes',
	FORMAT: 'formats', RECOGNITION_GOAL: 'recognitionGoals', ENTRY_LEVEL: 'entryLevels', TARGET_LEVEL: 'targetLevels',
	FUNDING: 'funding', LICENCE: 'licences', RESOURCE_TYPE: 'resourceTypes', MATERIAL_FORMAT: 'formats',
};

const $ = (id) => document.getElementById(id);
const documents = {};
let geography = null; // germany-states.json
let controller = null; // aborts the search a newer one replaces

const state = {
	kind: 'ADVICE_CENTRES', text: '', near: '', point: null, radius: '', lang: 'en',
	selected: new Map(), // facet field -> Set of values
	expanded: new Set(), // facets showing all their values
	after: null, seen: new Set(), sequence: 0, facets: [], connection: null,
};

// ---- Language ------------------------------------------------------------------------------

function t(key, ...args) {
	const text = UI[state.lang]?.[key] ?? UI.en[key] ?? key;
	return text.replace(/\{(\d)\}/g, (_, i) => String(args[i]));
}

// UI strings exist in all eight content languages; a language missing from UI would fall back to
// English, which screen readers should pronounce as English and which must read left to right on
// an RTL page.
// Numbers and dates inside UI phrases follow the phrase's language.
const uiLang = () => (UI[state.lang] ? state.lang : 'en');
const number = (n, options) => new Intl.NumberFormat(uiLang(), options).format(n);

function ui(node) {
	if (uiLang() === state.lang) {
		node.removeAttribute('lang');
		node.removeAttribute('dir');
	}
	else {
		node.lang = 'en';
		node.dir = 'ltr';
	}
	return node;
}

function count(n) {
	return t(n === 1 ? 'results.one' : 'results.other', number(n));
}

function valueLabel(field, value) {
	if (field === 'FEDERAL_STATE') {
		const s = geography?.states.find((x) => x.code === value);
		return s ? (s.name[state.lang] ?? s.name.de) : value;
	}
	if (field === 'LANGUAGE') {
		try {
			return new Intl.DisplayNames([state.lang], { type: 'language' }).of(value) ?? value;
		}
		catch {
			return value;
		}
	}
	if (field === 'FREE_OF_CHARGE') return t(`free.${value}`);
	const labels = (VALUES[state.lang] ?? VALUES.en)[field];
	return labels?.[value] ?? VALUES.en[field]?.[value] ?? value;
}

function applyLanguage(lang) {
	state.lang = LANGUAGES.includes(lang) ? lang : 'en';
	document.documentElement.lang = state.lang;
	document.documentElement.dir = RTL.has(state.lang) ? 'rtl' : 'ltr';
	$('language').value = state.lang;
	for (const el of document.querySelectorAll('[data-i18n]')) ui(el).textContent = t(el.dataset.i18n);
	for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
	for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
	for (const id of ['result-status', 'relaxation', 'occupation-matches', 'concept-matches', 'map-caption', 'near-status', 'facets-toggle', 'radius']) ui($(id));
	updateFacetToggle();
	drawStates();
}

// ---- API -----------------------------------------------------------------------------------

class ApiError extends Error {
	constructor(errors) {
		super(errors.map((e) => e.message).join('; '));
		this.errors = errors;
	}
}

async function graphql(name, variables, signal) {
	let response;
	try {
		response = await fetch(ENDPOINT, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify({ query: documents[name], variables }),
			signal,
		});
	}
	catch (e) {
		if (e.name === 'AbortError') throw e;
		throw new ApiError([{ message: t('error.network'), local: true }]);
	}
	const body = await response.json().catch(() => null);
	if (body?.errors?.length) throw new ApiError(body.errors);
	if (!response.ok || !body?.data) throw new ApiError([{ message: t('error.http', response.status), local: true }]);
	return body.data;
}

function showErrors(error) {
	const errors = error instanceof ApiError ? error.errors : [{ message: String(error.message ?? error), local: true }];
	$('errors').replaceChildren(...errors.map((e) => {
		// The API's messages are English whatever the language asked for; ours are UI strings.
		const p = e.local ? ui(el('p', { 'data-testid': 'error' }, e.message))
			: el('p', { 'data-testid': 'error', lang: 'en', dir: 'ltr' }, e.message);
		const classification = e.extensions?.classification;
		if (classification) p.append(' ', el('code', {}, classification));
		return p;
	}));
}

const clearErrors = () => $('errors').replaceChildren();

// ---- Search --------------------------------------------------------------------------------

function nearArgument() {
	const radius = state.radius ? { radiusKm: Number(state.radius) } : {};
	if (state.point) return { point: state.point, ...radius };
	const text = state.near.trim();
	if (!text) return null;
	return { ...(/^\d{5}$/.test(text) ? { postalCode: text } : { place: text }), ...radius };
}

function filterArgument() {
	const filter = {};
	for (const [field, values] of state.selected) {
		if (!values.size) continue;
		if (field === 'FREE_OF_CHARGE') {
			// A boolean filter: both values selected means either, i.e. no filter.
			if (values.size === 1) filter.freeOfCharge = values.has('true');
		}
		else {
			filter[FILTER_FIELDS[field]] = [...values];
		}
	}
	return Object.keys(filter).length ? filter : null;
}

function variables(after) {
	const kind = KINDS[state.kind];
	const v = { language: state.lang, first: PAGE_SIZE, firstPage: !after };
	if (state.text.trim()) v.text = state.text.trim();
	if (after) v.after = after;
	const filter = filterArgument();
	if (filter) v.filter = filter;
	if (kind.geo) {
		v.zoom = MAP_ZOOM;
		const near = nearArgument();
		if (near) {
			v.near = near;
			v.sort = 'DISTANCE'; // with a place, nearest first even when there is a text
		}
	}
	return v;
}

async function search({ more = false } = {}) {
	const kind = KINDS[state.kind];
	const sequence = ++state.sequence; // a newer search makes this one's answer stale
	controller?.abort();
	controller = new AbortController();
	if (!more) {
		state.after = null;
		$('more-results').hidden = true;
		$('result-status').textContent = t('results.loading');
	}
	$('results').setAttribute('aria-busy', 'true');
	$('more-results').disabled = true;
	syncUrl();
	try {
		const data = await graphql(kind.document, variables(more ? state.after : null), controller.signal);
		if (sequence !== state.sequence) return;
		const connection = data[kind.root];
		clearErrors();
		if (!more) {
			state.seen.clear();
			state.connection = connection;
			$('result-list').replaceChildren();
			renderFacets(connection.facets ?? []);
			renderRelaxation(connection.relaxation);
			renderOccupations(connection.occupationMatches ?? []);
			renderConcepts(connection.conceptMatches ?? []);
			renderMap(connection);
		}
		const first = appendResults(connection.edges);
		state.after = connection.pageInfo.endCursor;
		$('more-results').hidden = !connection.pageInfo.hasNextPage;
		renderStatus();
		// Keyboard users continue reading at the first new result, not at the button.
		if (more && first) first.focus();
	}
	catch (e) {
		if (e.name !== 'AbortError' && sequence === state.sequence) {
			showErrors(e);
			if (!more) $('result-status').textContent = '';
		}
	}
	finally {
		if (sequence === state.sequence) {
			$('results').removeAttribute('aria-busy');
			$('more-results').disabled = false;
		}
	}
}

function renderStatus() {
	const c = state.connection;
	if (!c) return;
	if (!c.totalCount) {
		$('result-status').textContent = t('results.none');
		return;
	}
	const parts = [count(c.totalCount)];
	if (state.seen.size < c.totalCount) parts.push(t('results.shown', state.seen.size));
	if (c.origin) {
		const o = c.origin;
		parts.push(t('results.near', o.name ? [o.postalCode, o.name].filter(Boolean).join(' ') : t('results.position')));
	}
	$('result-status').textContent = parts.join(', ');
}

// ---- Results -------------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : value);
	}
	node.append(...children.filter((c) => c !== null && c !== undefined && c !== ''));
	return node;
}

// Highlight fragments are HTML-escaped by the API except for <mark>; anything else is text.
const onlyMarks = (html) => /^(?:[^<]|<\/?mark>)*$/.test(html);
function fragment(tag, html, lang, attributes = {}) {
	const node = el(tag, { lang, dir: 'auto', ...attributes });
	if (onlyMarks(html)) node.innerHTML = html;
	else node.textContent = html;
	return node;
}

// The highlight of a whole text (a title, a short summary), so the text can be shown marked.
function marked(highlights, field, text) {
	const h = highlights.find((x) => x.field === field && x.language === text.language && x.fragments.length === 1);
	if (!h || !onlyMarks(h.fragments[0])) return null;
	const probe = document.createElement('template');
	probe.innerHTML = h.fragments[0];
	return probe.content.textContent === text.text ? h : null;
}

const safeUrl = (url) => (/^https?:\/\//i.test(url ?? '') ? url : null);
const formatDate = (iso) => new Intl.DateTimeFormat(uiLang(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

function facts(node) {
	// A few facts per kind; values are enum names turned into labels.
	const list = [];
	if (node.offerType) list.push(valueLabel('OFFER_TYPE', node.offerType));
	if (node.resourceType) list.push(valueLabel('RESOURCE_TYPE', node.resourceType));
	if (node.format) list.push(valueLabel(state.kind === 'START_UP_RESOURCES' ? 'MATERIAL_FORMAT' : 'FORMAT', node.format));
	if (node.entryLevel || node.targetLevel) {
		list.push(t('results.german', [node.entryLevel, node.targetLevel].filter(Boolean).join(' → ')));
	}
	if ('startDate' in node) list.push(node.startDate ? t('results.starts', formatDate(node.startDate)) : t('results.anyTime'));
	if (node.deliveryModes) list.push(...node.deliveryModes.map((m) => valueLabel('DELIVERY_MODE', m)));
	if (node.freeOfCharge === true) list.push(t('free.true'));
	else if (node.costEur != null) list.push(number(node.costEur, { style: 'currency', currency: 'EUR' }));
	if (node.licence) list.push(valueLabel('LICENCE', node.licence));
	return list;
}

function resultItem(edge) {
	const node = edge.node;
	const titleMarked = marked(edge.highlights, 'title', node.title);
	const summaryMarked = node.summary && marked(edge.highlights, 'summary', node.summary);
	const title = titleMarked
		? fragment('h3', titleMarked.fragments[0], node.title.language)
		: el('h3', { lang: node.title.language, dir: 'auto' }, node.title.text);
	const item = el('li', { class: 'result', tabindex: '-1', 'data-testid': 'result', 'data-id': node.id }, title);
	const meta = el('p', { class: 'meta' });
	meta.append(el('span', { dir: 'auto' }, node.provider));
	for (const fact of facts(node)) meta.append(ui(el('span', {}, fact)));
	item.append(meta);
	if (edge.distanceMeters != null) {
		const km = number(edge.distanceMeters / 1000, { maximumFractionDigits: 1 });
		const site = edge.nearestSite?.address;
		item.append(el('p', { class: 'distance', dir: 'auto', 'data-testid': 'distance', 'data-meters': edge.distanceMeters },
			el('strong', {}, `${km} km`), site ? ` · ${site.postalCode} ${site.city}` : ''));
	}
	else if (edge.locationIndependent) {
		item.append(ui(el('p', { class: 'distance' }, t(state.kind === 'ADVICE_CENTRES' ? 'results.remote' : 'results.online'))));
	}
	if (summaryMarked) item.append(fragment('p', summaryMarked.fragments[0], node.summary.language, { class: 'summary' }));
	else if (node.summary) item.append(el('p', { class: 'summary', lang: node.summary.language, dir: 'auto' }, node.summary.text));
	// Passages of the body (or of parts of a long summary or title) that matched.
	for (const h of edge.highlights.filter((x) => x !== titleMarked && x !== summaryMarked)) {
		for (const f of h.fragments) item.append(fragment('p', `… ${f} …`, h.language, { class: 'highlight', 'data-testid': 'highlight' }));
	}
	if (edge.matchedOccupations?.length) {
		const names = edge.matchedOccupations.map((o) => occupationName(o)).join(', ');
		item.append(ui(el('p', { class: 'matched', 'data-testid': 'matched' }, t('results.matched', names))));
	}
	const link = safeUrl(node.url ?? node.contact?.website);
	if (link) {
		item.append(el('p', { class: 'link' }, ui(el('a', { href: link, rel: 'noopener', target: '_blank' },
			t(node.url ? 'results.open' : 'results.website'), el('span', { class: 'visually-hidden' }, `: ${node.title.text}`)))));
	}
	return item;
}

function occupationName(occupation) {
	const local = occupation.localisedName?.text;
	return local && local !== occupation.name && occupation.name ? `${occupation.name} (${local})` : (occupation.name ?? local);
}

function appendResults(edges) {
	let first = null;
	const list = $('result-list');
	for (const edge of edges) {
		if (state.seen.has(edge.node.id)) continue; // pages never overlap; this guards the list anyway
		state.seen.add(edge.node.id);
		const item = resultItem(edge);
		list.append(item);
		first ??= item;
	}
	return first;
}

function renderOccupations(matches) {
	const p = $('occupation-matches');
	p.hidden = !matches.length;
	p.textContent = matches.length
		? t('results.occupations', matches.map((m) => `${occupationName(m.occupation)} ("${m.matchedText}")`).join(', '))
		: '';
}

// A UI phrase with nodes in its {n} places: server strings stay text, never markup.
function phrase(key, ...nodes) {
	const text = UI[state.lang]?.[key] ?? UI.en[key] ?? key;
	return text.split(/(\{\d\})/).filter(Boolean).map((part) => {
		const hole = /^\{(\d)\}$/.exec(part);
		return hole ? nodes[Number(hole[1])] : part;
	});
}

// Nodes joined the way the page's language joins a list ("a, b and c", "a، b و c").
function listOf(nodes, type = 'conjunction') {
	let parts;
	try {
		parts = new Intl.ListFormat(uiLang(), { type }).formatToParts(nodes.map((_, i) => String(i)));
	}
	catch {
		parts = nodes.flatMap((_, i) => [...(i ? [{ type: 'literal', value: ', ' }] : []), { type: 'element' }]);
	}
	let i = 0;
	const span = el('span', {});
	for (const part of parts) span.append(part.type === 'element' ? nodes[i++] : part.value);
	return span;
}

// Words as typed, each isolated (a German word inside an Arabic sentence keeps its direction).
const wordList = (words, type) => listOf(words.map((w) => el('bdi', { class: 'word', 'data-testid': 'word' }, w)), type);

// No record matched all the words: say which the results are for, and which were left out. Or
// only a few did: say which words the results after them lack.
function renderRelaxation(relaxation) {
	const p = $('relaxation');
	if (relaxation?.optionalWords?.length) {
		return p.replaceChildren(...phrase('relaxation.optional', wordList(relaxation.optionalWords)));
	}
	// A word that named two concepts can be left out for one and searched for the other; it was
	// searched for, and a relaxation that left nothing out and still wants all words is none.
	const dropped = (relaxation?.droppedWords ?? []).filter((w) => !relaxation.searchedWords.includes(w));
	if (!relaxation || (!dropped.length && !relaxation.anyWord)) return p.replaceChildren();
	const any = relaxation.anyWord;
	const content = phrase(any ? 'relaxation.any' : 'relaxation.all',
		wordList(relaxation.searchedWords, any ? 'disjunction' : 'conjunction'));
	if (dropped.length) {
		content.push(' ', el('span', { 'data-testid': 'dropped' }, ...phrase('relaxation.without', wordList(dropped))));
	}
	p.replaceChildren(...content);
}

// Topics, offer and resource types the text named (in any language): searched for as well, and
// each a button that filters by it where this kind has that filter.
function renderConcepts(matches) {
	const p = $('concept-matches');
	p.hidden = !matches.length;
	if (!matches.length) return p.replaceChildren();
	const items = matches.map((m) => {
		const label = [el('bdi', {}, m.name)];
		if (m.field !== 'KIND') label.push(` (${t(`facet.${m.field}`)})`);
		const filterable = KINDS[state.kind].facets.includes(m.field) && !state.selected.get(m.field)?.has(m.value);
		const attributes = { class: 'concept', 'data-testid': 'concept', 'data-field': m.field, 'data-value': m.value };
		return filterable
			? el('button', { type: 'button', class: 'link-button concept', 'aria-describedby': 'concept-hint', ...attributes }, ...label)
			: el('span', attributes, ...label);
	});
	p.replaceChildren(...phrase('concepts.also', listOf(items, 'unit')));
}

// ---- Facets --------------------------------------------------------------------------------

function renderFacets(facets) {
	state.facets = facets;
	const focused = document.activeElement?.id; // re-rendering must not lose the keyboard focus
	const groups = [];
	for (const field of KINDS[state.kind].facets) {
		const facet = facets.find((f) => f.field === field);
		if (!facet?.values.length) continue;
		const selected = state.selected.get(field) ?? new Set();
		const showAll = state.expanded.has(field) || facet.values.length <= FACET_PREVIEW + 1;
		const values = showAll ? facet.values : facet.values.filter((v, i) => i < FACET_PREVIEW || selected.has(v.value));
		const list = el('ul', { id: `facet-${field}-values` });
		for (const v of values) {
			const id = `facet-${field}-${v.value}`;
			const box = el('input', { type: 'checkbox', id, value: v.value, 'data-field': field, 'data-testid': id });
			box.checked = selected.has(v.value);
			list.append(el('li', {}, box, el('label', { for: id },
				el('span', { class: 'value' }, valueLabel(field, v.value)),
				el('span', { class: 'count', id: `${id}-count`, 'data-testid': `${id}-count` }, String(v.count)))));
		}
		const group = el('fieldset', { class: 'facet', id: `facet-${field}`, 'data-testid': `facet-${field}` },
			ui(el('legend', {}, t(`facet.${field}`))), list);
		if (facet.values.length > FACET_PREVIEW + 1) {
			group.append(ui(el('button', {
				type: 'button', class: 'link-button', id: `facet-${field}-more`, 'data-field': field,
				'aria-expanded': String(showAll), 'aria-controls': list.id,
			}, showAll ? t('facets.less') : t('facets.more', facet.values.length))));
		}
		groups.push(group);
	}
	$('facet-groups').replaceChildren(...groups);
	$('clear-filters').hidden = ![...state.selected.values()].some((s) => s.size);
	if (focused && !document.activeElement?.id) $(focused)?.focus();
}

function updateFacetToggle() {
	const open = $('facets-toggle').getAttribute('aria-expanded') === 'true';
	$('facets-toggle').textContent = t(open ? 'facets.hide' : 'facets.show');
	$('facet-panel').classList.toggle('collapsed', !open);
}

// ---- Map -----------------------------------------------------------------------------------

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attributes = {}, text) {
	const node = document.createElementNS(SVG, tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	if (text !== undefined) node.textContent = text;
	return node;
}

function project({ lat, lon }) {
	const p = geography.projection; // equirectangular, scaled by cos(51°): see tools/germany-outline
	return [(lon - p.lon0) * p.kx * p.scale, (p.lat0 - lat) * p.scale];
}

function drawStates() {
	if (!geography) return;
	const map = $('map-svg');
	map.setAttribute('viewBox', `0 0 ${geography.width} ${geography.height}`);
	const states = svg('g', { class: 'states' });
	for (const s of geography.states) {
		const path = svg('path', { d: s.d, class: 'state', 'data-state': s.code });
		path.append(svg('title', {}, s.name[state.lang] ?? s.name.de));
		states.append(path);
	}
	map.querySelector('g.states')?.remove();
	map.querySelector('path.outline')?.remove();
	map.prepend(states, svg('path', { d: geography.outline, class: 'outline' }));
}

function renderMap(connection) {
	const kind = KINDS[state.kind];
	$('layout').classList.toggle('no-map', !kind.geo || !geography);
	$('map').hidden = !kind.geo || !geography;
	if ($('map').hidden) return;
	const layer = svg('g', { class: 'clusters' });
	const clusters = connection.clusters ?? [];
	const max = Math.max(1, ...clusters.map((c) => c.count));
	for (const c of clusters) {
		const [x, y] = project(c.centroid);
		const r = 14 + 30 * Math.sqrt(c.count / max);
		const g = svg('g', { class: 'cluster', 'data-testid': 'cluster', 'data-count': c.count, 'data-tile': c.tile });
		g.append(svg('title', {}, count(c.count)), svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }),
			svg('text', { x: x.toFixed(1), y: y.toFixed(1), dy: '0.35em' }, number(c.count)));
		layer.append(g);
	}
	if (connection.origin) {
		const [x, y] = project(connection.origin.location);
		const marker = svg('g', { class: 'origin', 'data-testid': 'map-origin' });
		marker.append(svg('title', {}, t('map.origin')), svg('path', { d: `M${x - 24} ${y}h48M${x} ${y - 24}v48` }),
			svg('circle', { cx: x, cy: y, r: 13 }));
		layer.append(marker);
	}
	$('map-svg').querySelector('g.clusters')?.remove();
	$('map-svg').append(layer);
	$('map-caption').textContent = clusters.length ? t('map.caption', clusters.length) : t('map.none');
}

// ---- Autocomplete (ARIA 1.2 combobox with a listbox popup) ---------------------------------

const combo = { options: [], active: -1, timer: 0, sequence: 0 };

function closeSuggestions() {
	combo.options = [];
	combo.active = -1;
	$('q-listbox').replaceChildren();
	$('q-listbox').hidden = true;
	$('q').setAttribute('aria-expanded', 'false');
	$('q').removeAttribute('aria-activedescendant');
}

async function suggest() {
	const prefix = $('q').value.trim();
	if (prefix.length < 2) return closeSuggestions();
	const sequence = ++combo.sequence;
	try {
		const data = await graphql('suggest', { prefix: prefix.slice(0, 100), language: state.lang, kinds: [state.kind], first: 5 });
		if (sequence !== combo.sequence || document.activeElement !== $('q')) return;
		const places = KINDS[state.kind].geo ? data.suggest.places : [];
		combo.options = [
			...data.suggest.titles.map((s) => ({ type: 'title', text: s.text })),
			...places.map((p) => ({ type: 'place', text: p.name, state: p.federalState })),
		];
	}
	catch {
		combo.options = []; // autocomplete is a convenience; the search itself reports errors
	}
	combo.active = -1;
	$('q-listbox').replaceChildren(...combo.options.map((o, i) => {
		const option = el('li', { role: 'option', id: `q-option-${i}`, 'aria-selected': 'false', 'data-testid': 'suggestion', 'data-type': o.type },
			el('span', { dir: 'auto' }, o.text));
		if (o.type === 'place') option.append(' ', el('span', { class: 'option-type' }, `(${valueLabel('FEDERAL_STATE', o.state)})`));
		return option;
	}));
	$('q-listbox').hidden = !combo.options.length;
	$('q').setAttribute('aria-expanded', String(combo.options.length > 0));
	$('q').removeAttribute('aria-activedescendant');
}

function setActive(index) {
	combo.active = index;
	[...$('q-listbox').children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
	if (index < 0) return $('q').removeAttribute('aria-activedescendant');
	$('q').setAttribute('aria-activedescendant', `q-option-${index}`);
	$(`q-option-${index}`).scrollIntoView({ block: 'nearest' });
}

function choose(index) {
	const option = combo.options[index];
	closeSuggestions();
	if (!option) return;
	if (option.type === 'place') {
		// A place is where to search, not what: it goes to "near".
		$('q').value = '';
		$('near').value = option.text;
		state.point = null;
	}
	else {
		$('q').value = option.text;
	}
	submit();
}

function onComboKey(event) {
	const n = combo.options.length;
	const open = !$('q-listbox').hidden;
	if (event.key === 'ArrowDown' && !open) {
		event.preventDefault(); // opens the list again after Escape
		suggest();
	}
	else if (event.key === 'ArrowDown' && n) {
		event.preventDefault();
		setActive((combo.active + 1) % n);
	}
	else if (event.key === 'ArrowUp' && n && open) {
		event.preventDefault();
		setActive(combo.active <= 0 ? n - 1 : combo.active - 1);
	}
	else if (event.key === 'Enter' && open && combo.active >= 0) {
		event.preventDefault(); // the option, not the form
		choose(combo.active);
	}
	else if (event.key === 'Escape' && open) {
		event.preventDefault(); // close the list; a second Escape clears the field as usual
		closeSuggestions();
	}
}

// ---- Offline copy: what an app that works without a connection does -----------------------
// The first sync (no token) returns every live advice centre, page by page; the copy keeps the
// last token, and each later sync returns only the records changed since (replaced by id) and the
// ids of those removed. Saved after every page, so a lost connection keeps what came.

const OFFLINE_KEY = 'iq-directory.offline.ADVICE_CENTRES';

function offlineCopy() {
	try {
		return JSON.parse(localStorage.getItem(OFFLINE_KEY)) ?? null;
	}
	catch {
		return null;
	}
}

function showOfflineCopy() {
	const copy = offlineCopy();
	$('offline-status').textContent = copy?.syncedAt ? t('offline.kept', number(Object.keys(copy.records).length),
		new Intl.DateTimeFormat(uiLang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(copy.syncedAt))) : '';
}

async function syncOffline() {
	const button = $('offline-sync');
	button.disabled = true;
	$('offline-status').textContent = t('offline.working');
	let copy = offlineCopy() ?? { token: null, records: {} };
	const fromScratch = !copy.token;
	let changed = 0;
	let removed = 0;
	try {
		for (let more = true; more;) {
			let page;
			try {
				page = (await graphql('sync', { kind: 'ADVICE_CENTRES', token: copy.token, language: state.lang })).sync;
			}
			catch (e) {
				// A token from before the changes the API keeps: sync from scratch and replace the copy.
				if (copy.token && e instanceof ApiError && e.errors.some((x) => x.extensions?.resync)) {
					copy = { token: null, records: {} };
					continue;
				}
				throw e;
			}
			for (const record of page.records) {
				copy.records[record.id] = record;
				changed++;
			}
			for (const id of page.deletedIds) {
				if (id in copy.records) removed++;
				delete copy.records[id];
			}
			copy.token = page.token;
			more = page.hasMore;
			if (!more) copy.syncedAt = new Date().toISOString();
			localStorage.setItem(OFFLINE_KEY, JSON.stringify(copy));
		}
		const total = number(Object.keys(copy.records).length);
		$('offline-status').textContent = fromScratch ? t('offline.saved', total)
			: t('offline.updated', number(changed), number(removed), total);
	}
	catch (e) {
		showOfflineCopy();
		showErrors(e);
	}
	finally {
		button.disabled = false;
	}
}

// ---- State in the URL, so a search can be bookmarked or shared ----------------------------

function syncUrl() {
	const params = new URLSearchParams();
	params.set('lang', state.lang);
	params.set('kind', state.kind);
	if (state.text.trim()) params.set('q', state.text.trim());
	if (KINDS[state.kind].geo && state.near.trim() && !state.point) params.set('near', state.near.trim());
	if (state.radius) params.set('radius', state.radius);
	for (const [field, values] of state.selected) for (const v of values) params.append('f', `${field}:${v}`);
	history.replaceState(null, '', `${location.pathname}?${params}`);
}

function readUrl() {
	const params = new URLSearchParams(location.search);
	const preferred = navigator.languages?.map((l) => l.slice(0, 2)).find((l) => LANGUAGES.includes(l));
	applyLanguage(params.get('lang') ?? preferred ?? 'de');
	if (KINDS[params.get('kind')]) state.kind = params.get('kind');
	state.text = $('q').value = params.get('q') ?? '';
	state.near = $('near').value = params.get('near') ?? '';
	state.radius = $('radius').value = ['10', '25', '50', '100'].includes(params.get('radius')) ? params.get('radius') : '';
	for (const entry of params.getAll('f')) {
		const [field, value] = entry.split(':');
		if (KINDS[state.kind].facets.includes(field) && value) {
			if (!state.selected.has(field)) state.selected.set(field, new Set());
			state.selected.get(field).add(value);
		}
	}
	$(`kind-${state.kind}`).checked = true;
	applyKind();
}

// ---- Wiring --------------------------------------------------------------------------------

function applyKind() {
	const geo = KINDS[state.kind].geo;
	$('near-fieldset').disabled = !geo;
	$('near-status').textContent = geo ? (state.point ? t('near.mine') : '') : t('near.notApplicable');
	$('near-clear').hidden = !geo || !state.point;
}

// Every change searches with what the form holds now, typed but not yet submitted included.
function submit() {
	state.text = $('q').value;
	state.near = $('near').value;
	state.radius = $('radius').value;
	// Suggestions still pending for what was typed would open over the page after the search.
	clearTimeout(combo.timer);
	combo.sequence++;
	closeSuggestions();
	search();
}

function bind() {
	$('search-form').addEventListener('submit', (event) => {
		event.preventDefault();
		submit();
	});
	$('q').addEventListener('input', () => {
		clearTimeout(combo.timer);
		combo.timer = setTimeout(suggest, 200);
	});
	$('q').addEventListener('keydown', onComboKey);
	$('q').addEventListener('blur', () => setTimeout(closeSuggestions, 0));
	// mousedown would move the focus away from the input before the click chooses.
	$('q-listbox').addEventListener('mousedown', (event) => event.preventDefault());
	$('q-listbox').addEventListener('click', (event) => {
		const option = event.target.closest('[role="option"]');
		if (option) choose(Number(option.id.replace('q-option-', '')));
	});
	$('near').addEventListener('input', () => {
		state.point = null;
		applyKind();
	});
	$('radius').addEventListener('change', submit);
	$('near-me').addEventListener('click', () => {
		if (!navigator.geolocation) return showErrors(new Error(t('geo.unsupported')));
		$('near-status').textContent = t('near.locating');
		navigator.geolocation.getCurrentPosition((position) => {
			// Three decimals (about 100 m) are enough to sort by distance and say less about the user.
			const round = (x) => Math.round(x * 1000) / 1000;
			state.point = { lat: round(position.coords.latitude), lon: round(position.coords.longitude) };
			$('near').value = '';
			applyKind();
			submit();
		}, (error) => {
			applyKind();
			showErrors(new Error(t('geo.failed', error.message)));
		}, { timeout: 15000, maximumAge: 600000 });
	});
	$('near-clear').addEventListener('click', () => {
		state.point = null;
		applyKind();
		$('near').focus();
		submit();
	});
	$('kind').addEventListener('change', (event) => {
		state.kind = event.target.value;
		// Keep the selections the new kind can filter by too (states, topics, …).
		for (const field of [...state.selected.keys()]) if (!KINDS[state.kind].facets.includes(field)) state.selected.delete(field);
		applyKind();
		submit();
	});
	$('facet-groups').addEventListener('change', (event) => {
		const { field } = event.target.dataset;
		if (!field) return;
		if (!state.selected.has(field)) state.selected.set(field, new Set());
		const values = state.selected.get(field);
		if (event.target.checked) values.add(event.target.value);
		else values.delete(event.target.value);
		submit();
	});
	$('facet-groups').addEventListener('click', (event) => {
		const button = event.target.closest('button[data-field]');
		if (!button) return;
		const { field } = button.dataset;
		if (state.expanded.has(field)) state.expanded.delete(field);
		else state.expanded.add(field);
		renderFacets(state.facets);
		$(`facet-${field}-more`)?.focus();
	});
	$('concept-matches').addEventListener('click', (event) => {
		const button = event.target.closest('button[data-field]');
		if (!button) return;
		const { field, value } = button.dataset;
		if (!state.selected.has(field)) state.selected.set(field, new Set());
		state.selected.get(field).add(value);
		$('concept-matches').focus(); // the button becomes plain text; keep the focus nearby
		submit();
	});
	$('clear-filters').addEventListener('click', () => {
		state.selected.clear();
		$('facets-heading').setAttribute('tabindex', '-1');
		$('facets-heading').focus(); // the button disappears; keep the focus nearby
		submit();
	});
	$('facets-toggle').addEventListener('click', () => {
		const open = $('facets-toggle').getAttribute('aria-expanded') !== 'true';
		$('facets-toggle').setAttribute('aria-expanded', String(open));
		updateFacetToggle();
	});
	$('more-results').addEventListener('click', () => search({ more: true }));
	$('offline-sync').addEventListener('click', syncOffline);
	$('language').addEventListener('change', (event) => {
		applyLanguage(event.target.value);
		applyKind();
		showOfflineCopy();
		submit(); // content comes back in the new language
	});
}

async function start() {
	bind();
	try {
		const names = ['adviceCentres', 'trainingOffers', 'curricula', 'startUpResources', 'suggest', 'sync'];
		const [texts, map] = await Promise.all([
			Promise.all(names.map((n) => fetch(`documents/${n}.graphql`).then((r) => {
				if (!r.ok) throw new Error(`documents/${n}.graphql: HTTP ${r.status}`);
				return r.text();
			}))),
			fetch('germany-states.json').then((r) => (r.ok ? r.json() : null)).catch(() => null),
		]);
		names.forEach((n, i) => { documents[n] = texts[i]; });
		geography = map; // without it the page works, only without a map
	}
	catch (e) {
		readUrl();
		return showErrors(e);
	}
	readUrl();
	showOfflineCopy();
	search();
}

start();
