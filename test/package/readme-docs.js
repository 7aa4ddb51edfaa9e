'use strict';
/**
 * The two READMEs and the pages of docs/ as a reader follows them: their headings, the anchors
 * GitHub gives those headings, the in-page links and the links to other files. Plain JavaScript,
 * so that the test reads files without the node code's lint rules.
 */
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');
const READMES = { en: 'README.md', zh: 'docs/zh-CN/README.md' };

function readReadme(name) {
	return fs.readFileSync(path.join(REPO, name), 'utf8');
}

/** The Markdown pages of docs/, as paths from the repository root. */
function docsPages() {
	return fs
		.readdirSync(path.join(REPO, 'docs'))
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => `docs/${name}`);
}

/** The lines outside fenced code blocks. */
function proseLines(markdown) {
	let fenced = false;
	return markdown.split('\n').filter((line) => {
		if (/^\s*```/.test(line)) {
			fenced = !fenced;
			return false;
		}
		return !fenced;
	});
}

/** `{level, text}` of every ATX heading outside code. */
function headings(markdown) {
	return proseLines(markdown)
		.map((line) => line.match(/^(#{1,6})\s+(.*?)\s*#*\s*$/))
		.filter(Boolean)
		.map((match) => ({ level: match[1].length, text: match[2] }));
}

/** GitHub's anchor of a heading (github-slugger): lower case, punctuation dropped, spaces → "-". */
function slug(text) {
	return text
		.replace(/`/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
}

/** Every anchor of the file, numbered as GitHub numbers repeated headings. */
function anchors(markdown) {
	const seen = new Map();
	return headings(markdown).map(({ text }) => {
		const base = slug(text);
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		return count ? `${base}-${count}` : base;
	});
}

/** The targets of the in-page links `](#…)` outside code. */
function inPageLinks(markdown) {
	const links = [];
	for (const line of proseLines(markdown)) {
		for (const match of line.matchAll(/\]\(#([^)\s]+)\)/g)) links.push(match[1]);
	}
	return links;
}

/**
 * The links to other files outside code, `](path)` or `](path#anchor)` (images too), as
 * `{path, anchor}`; web addresses and in-page links are left out.
 */
function fileLinks(markdown) {
	const links = [];
	for (const line of proseLines(markdown)) {
		for (const match of line.matchAll(/\]\(([^)\s#]+)(?:#([^)\s]+))?\)/g)) {
			if (/^[a-z]+:/i.test(match[1])) continue;
			links.push({ path: match[1], anchor: match[2] });
		}
	}
	return links;
}

/**
 * The links of the page `name` (a path from the repository root) to other files that do not find
 * their file, or not the heading they name there, as written (`path#anchor`).
 */
function brokenFileLinks(name) {
	return fileLinks(readReadme(name))
		.filter((link) => {
			const target = path.join(REPO, path.dirname(name), link.path);
			if (!fs.existsSync(target)) return true;
			if (!link.anchor) return false;
			return !anchors(fs.readFileSync(target, 'utf8')).includes(decodeURIComponent(link.anchor));
		})
		.map((link) => `${link.path}${link.anchor ? `#${link.anchor}` : ''}`);
}

/** A link's target as a path from the repository root, for a link in the page `name`. */
function fromRoot(name, link) {
	return path.posix.join(path.posix.dirname(name), link);
}

/** The anchors the Contents list links, in order (the list under the first `## ` heading). */
function contentsLinks(markdown) {
	const lines = markdown.split('\n');
	const start = lines.findIndex((line) => /^## /.test(line));
	const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
	return lines
		.slice(start + 1, end)
		.map((line) => line.match(/^\s*- \[.*?\]\(#([^)]+)\)/))
		.filter(Boolean)
		.map((match) => match[1]);
}

module.exports = {
	REPO,
	READMES,
	readReadme,
	docsPages,
	headings,
	slug,
	anchors,
	inPageLinks,
	fileLinks,
	brokenFileLinks,
	fromRoot,
	contentsLinks,
};
