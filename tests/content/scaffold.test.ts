import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scaffold } from '~/lib/content-check/scaffold.ts';
import { validateContent } from '~/lib/content-check/validate-content.ts';

const day = new Date('2026-11-23T00:00:00Z');

describe('scaffold()', () => {
	const news = scaffold('news', { key: 'Drug reform again', title: 'Rusreform på nytt' }, day);

	test('names the files from the English key in every language, whatever the title’s language', () => {
		expect(news.map((file) => file.path)).toEqual([
			'news/nb/2026-11-23-drug-reform-again.mdx',
			'news/en/2026-11-23-drug-reform-again.mdx',
			'news/nn/2026-11-23-drug-reform-again.mdx',
		]);
	});

	test('gives the Norwegian title only to the Norwegian file; the English twin starts empty, marked as not translated', () => {
		const [nb, en, nn] = news.map((file) => file.text);
		expect(nn).toContain("title: ''");
		expect(nn).toContain('needsTranslation: true');
		expect(nn).toContain('Skriv teksten her, med korte setningar.');
		expect(nb).toContain('title: "Rusreform på nytt"');
		expect(nb).toContain('slug: rusreform-pa-nytt');
		expect(en).not.toContain('Rusreform');
		expect(en).toContain("title: ''");
		expect(en).toContain('slug: drug-reform-again');
		expect(en).toContain('needsTranslation: true');
	});

	test('leaves the choices that are the editor’s empty: a news item’s countries, a snapshot’s date', () => {
		expect(news[0]!.text).toContain('countries: []');
		const country = scaffold('country', { key: 'sweden', title: 'Sverige', code: 'SE' }, day);
		expect(country[0]!.text).not.toMatch(/^snapshotDate:/m);
	});

	test('refuses without an English key, and says how to give one', () => {
		expect(() => scaffold('page', { key: '', title: 'Hjelp til deg' }, day)).toThrow(
			'Give the English file name with --key',
		);
	});

	test('needs an ISO code for a country', () => {
		expect(() => scaffold('country', { key: 'sweden', title: 'Sverige' }, day)).toThrow(
			'A country needs its ISO code: npm run new -- country "Sverige" --key sweden --code SE',
		);
	});

	test('once the Norwegian item is published, its twins, still drafts, show it at the addresses they will keep', () => {
		const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
		cpSync('content', join(root, 'content'), { recursive: true });
		cpSync('src/i18n', join(root, 'src/i18n'), { recursive: true });
		for (const file of news) {
			// The editor fills in and publishes the Norwegian file only.
			const text = file.path.startsWith('news/nb/')
				? file.text
						.replace('draft: true\n', '')
						.replace("description: ''", 'description: Om reformen.')
						.replace('countries: []', 'countries: [norway]')
						.replace(
							'sources: []',
							'sources:\n  - title: Rusreform\n    url: https://www.regjeringen.no/\n    publisher: Regjeringen',
						)
				: file.text;
			mkdirSync(dirname(join(root, 'content', file.path)), { recursive: true });
			writeFileSync(join(root, 'content', file.path), text);
		}
		const { routes, problems } = validateContent(join(root, 'content'), root);
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		const paths = routes.map((route) => route.path);
		expect(paths).toContain('/en/news/drug-reform-again/');
		expect(paths).toContain('/nn/nyheiter/drug-reform-again/');
		expect(paths.filter((path) => path.includes('2026-11-23'))).toEqual([]);
	});
});
