import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify as toYaml } from 'yaml';
import { defaultLocale } from '../i18n/locales.ts';
import {
	backendFromEnvironment,
	backendOrigins,
	decapConfig,
	type FlowOutline,
} from '../lib/cms/decap-config.ts';
import { readContent, type RawEntry } from '../lib/content-check/read-content.ts';
import { adminCspDirectives } from '../lib/security/policy.ts';
import { contentDirectory } from '../schemas/collections.ts';

/**
 * The explainer's question, option and outcome ids, labelled with their Norwegian words, read by
 * the same reader as the content check (which has already stopped the build if they are broken).
 */
function flowOutlines(contentDir: string): FlowOutline[] {
	const { entries } = readContent(contentDir, process.cwd(), [
		'flows',
		'flowCriteria',
		'flowTexts',
	]);
	const data = <T>(collection: RawEntry['collection'], key: string) =>
		entries.find((entry) => entry.collection === collection && entry.key === key)?.data as
			T | undefined;
	return entries
		.filter((entry) => entry.collection === 'flows')
		.map((entry) => {
			const name = entry.key.split('/')[0]!;
			const flow = entry.data as {
				questions: Record<string, { asks?: string; options?: Record<string, unknown> }>;
				outcomes: Record<string, unknown>;
			};
			const criteria = data<{ criteria: Record<string, { listedForReaders?: boolean }> }>(
				'flowCriteria',
				`${name}/criteria`,
			);
			// A words file still to be written: the ids alone label the fields.
			const words =
				data<{
					questions?: Record<string, { question?: string }>;
					outcomes?: Record<string, { title?: string }>;
				}>('flowTexts', `${name}/${defaultLocale}`) ?? {};
			const label = (id: string, text: string | undefined) => (text ? `${id}: ${text}` : id);
			return {
				name,
				// A question asked again on another branch (`asks`) shows the words of the first.
				questions: Object.entries(flow.questions)
					.filter(([, question]) => !question.asks)
					.map(([id, question]) => ({
						id,
						label: label(id, words.questions?.[id]?.question),
						options: Object.keys(question.options ?? {}).map((key) => ({ key, label: key })),
					})),
				outcomes: Object.keys(flow.outcomes).map((id) => ({
					key: id,
					label: label(id, words.outcomes?.[id]?.title),
				})),
				criteria: Object.entries(criteria?.criteria ?? {})
					.filter(([, criterion]) => criterion.listedForReaders)
					.map(([key]) => ({ key, label: key })),
			};
		});
}

/** Decap's bundle and the chunks and WebAssembly it loads from beside itself; not its source maps. */
function bundleFiles(): { folder: string; names: string[] } {
	const folder = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
	const names = readdirSync(folder).filter(
		(name) => /(^|\.)decap-cms\.js$/.test(name) || name.endsWith('.wasm'),
	);
	return { folder, names };
}

/** The site's own CSS, taken from a built article page, so the form's preview looks like the site. */
function siteStyles(dir: string): string {
	const html = readFileSync(join(dir, defaultLocale, 'index.html'), 'utf8');
	return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
}

function adminPage(csp: string): string {
	// The page is for editors, not readers: Norwegian, kept out of search engines, with its own policy.
	// The icon link keeps browsers from asking for /favicon.ico, which does not exist.
	return `<!doctype html>
<html lang="nb-NO">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Redigering – narkotikaprogram med domstolskontroll</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
</head>
<body>
<script src="decap-cms.js"></script>
<script src="preview.js"></script>
</body>
</html>
`;
}

/**
 * The editors' form at /admin/ (Decap CMS): after every build it writes admin/index.html, the
 * configuration generated from the content schemas (admin/config.yml) and Decap's bundle from
 * node_modules. Listed last, so the search index, the page finishing and the readers' security
 * pass never see it. /admin/ is not in the route table, so it is in no sitemap, search index or
 * language switcher.
 */
export function editorAdmin(): AstroIntegration {
	return {
		name: 'editor-admin',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const site = fileURLToPath(dir);
				const admin = join(site, 'admin');
				mkdirSync(admin, { recursive: true });
				const backend = backendFromEnvironment(process.env);
				const config = decapConfig({ backend, flows: flowOutlines(contentDirectory()) });
				writeFileSync(
					join(admin, 'config.yml'),
					`# Written by the build from the content schemas (src/lib/cms/); edit those, not this file.\n${toYaml(config, { lineWidth: 0 })}`,
				);
				const { folder, names } = bundleFiles();
				for (const name of names) copyFileSync(join(folder, name), join(admin, name));
				writeFileSync(join(admin, 'preview.css'), siteStyles(site));
				writeFileSync(
					join(admin, 'preview.js'),
					"window.CMS.registerPreviewStyle('preview.css');\n",
				);
				writeFileSync(
					join(admin, 'index.html'),
					adminPage(adminCspDirectives(backendOrigins(backend)).join('; ')),
				);
			},
		},
	};
}
