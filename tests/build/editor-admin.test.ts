import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtPages, distDir, readBuilt } from '../support/dist.ts';

const admin = parse(readBuilt('admin/index.html'));

test('/admin/ is kept out of search engines and has a policy of its own, loading only the site’s files', () => {
	expect(admin.querySelector('meta[name=robots]')?.getAttribute('content')).toContain('noindex');
	const policy =
		admin.querySelector('meta[http-equiv=Content-Security-Policy]')?.getAttribute('content') ?? '';
	expect(policy).toContain("script-src 'self' 'unsafe-eval'");
	expect(policy).toContain("connect-src 'self' http://localhost:8081");
	expect(policy).toContain("object-src 'none'");
	const scripts = admin.querySelectorAll('script').map((script) => script.getAttribute('src'));
	expect(scripts).toEqual(['decap-cms.js', 'preview.js']);
	for (const script of scripts) expect(existsSync(join(distDir, 'admin', script!))).toBe(true);
});

test('no reader’s page or sitemap entry leads to /admin/', () => {
	expect(readBuilt('sitemap.xml')).not.toContain('/admin/');
	const linking = builtPages().filter(({ file }) => /href="[^"]*\/admin\//.test(readBuilt(file)));
	expect(linking.map(({ file }) => file)).toEqual([]);
});

test('the form’s configuration is generated from the schemas and lists every kind of content', () => {
	const text = readBuilt('admin/config.yml');
	expect(text.split('\n')[0]).toContain('Written by the build from the content schemas');
	const config = parseYaml(text) as { collections: { name: string }[] };
	expect(config.collections.map(({ name }) => name).sort()).toEqual(
		['countries', 'explainer', 'glossary', 'legalChanges', 'news', 'pages', 'services'].sort(),
	);
});
