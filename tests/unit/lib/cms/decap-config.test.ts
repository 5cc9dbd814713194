import { describe, expect, test } from 'vitest';
import {
	backendFromEnvironment,
	backendOrigins,
	decapConfig,
	type FlowOutline,
} from '../../../../src/lib/cms/decap-config.ts';
import type { CmsField } from '../../../../src/lib/cms/schema-fields.ts';
import { localeCodes } from '../../../../src/i18n/locales.ts';

const flow: FlowOutline = {
	name: 'pathway',
	questions: [
		{ id: 'charged', label: 'charged: Er du siktet?', options: [{ key: 'yes', label: 'yes' }] },
		{ id: 'county', label: 'county: Hvor bor du?', options: [] },
	],
	outcomes: [{ key: 'talk-to-lawyer', label: 'talk-to-lawyer: Snakk med forsvareren' }],
	criteria: [{ key: 'consent', label: 'consent' }],
};
const config = decapConfig({ backend: backendFromEnvironment({}), flows: [flow] });
const collection = (name: string) => config.collections.find((entry) => entry.name === name)!;
const fieldsIn = (name: string) => (collection(name) as { fields: CmsField[] }).fields;

/** Every field with the field that holds it. */
function everyField(
	fields: CmsField[],
	parent?: CmsField,
): { field: CmsField; parent?: CmsField }[] {
	return fields.flatMap((field) => [
		{ field, parent },
		...everyField([...(field.fields ?? []), ...(field.field ? [field.field] : [])], field),
	]);
}

const languageNames = new Set(
	localeCodes.map((code) => new Intl.DisplayNames([code], { type: 'language' }).of(code)),
);

describe('the editors’ form configuration', () => {
	test('every field an editor fills in has a Norwegian label and a help text', () => {
		const unexplained: string[] = [];
		for (const entry of config.collections.filter((entry) => 'fields' in entry)) {
			for (const { field, parent } of everyField((entry as { fields: CmsField[] }).fields)) {
				// A language's box inside a bilingual field, and a list's item, are explained by the field around them.
				if (languageNames.has(field.label) || parent?.field === field || field.widget === 'hidden')
					continue;
				if (field.label === field.name || !field.hint)
					unexplained.push(`${entry.name}: ${field.name}`);
			}
		}
		expect(unexplained).toEqual([]);
	});

	test('a news item is saved as one file per language, named by its date and English title', () => {
		expect(collection('news')).toMatchObject({
			folder: 'content/news',
			extension: 'mdx',
			i18n: true,
			slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
		});
		expect(config.i18n).toMatchObject({
			structure: 'multiple_folders',
			locales: localeCodes,
			default_locale: 'en',
		});
	});

	test('words are written per language; a date or a country is written once and copied to the other language', () => {
		const byName = Object.fromEntries(fieldsIn('news').map((field) => [field.name, field.i18n]));
		expect(byName).toMatchObject({
			title: true,
			body: true,
			slug: true,
			needsTranslation: true,
			date: 'duplicate',
			countries: 'duplicate',
			draft: 'duplicate',
		});
	});

	test('the explainer’s words file has a field for each question, option and outcome, and none for a county question’s options', () => {
		const files = (
			collection('explainer') as { files: { name: string; file: string; fields: CmsField[] }[] }
		).files;
		expect(files.map((file) => file.file)).toEqual(
			localeCodes.map((locale) => `content/flows/pathway/${locale}.yaml`),
		);
		const questions = files[0]!.fields.find((field) => field.name === 'questions')!;
		expect(questions.fields!.map((field) => [field.name, field.label])).toEqual([
			['charged', 'charged: Er du siktet?'],
			['county', 'county: Hvor bor du?'],
		]);
		const [charged, county] = questions.fields!;
		expect(
			charged!
				.fields!.find((field) => field.name === 'options')!
				.fields!.map((field) => field.name),
		).toEqual(['yes']);
		expect(county!.fields!.some((field) => field.name === 'options')).toBe(false);
	});
});

describe('where the form saves', () => {
	test('without settings it saves to the checkout through decap-server on this machine', () => {
		const backend = backendFromEnvironment({});
		expect(backend).toEqual({
			name: 'proxy',
			proxy_url: 'http://localhost:8081/api/v1',
			branch: 'main',
		});
		expect(backendOrigins(backend)).toEqual(['http://localhost:8081']);
	});

	test('a git host is chosen with CMS_BACKEND and CMS_REPO, and GitLab with an application id logs in from the browser', () => {
		const gitlab = backendFromEnvironment({
			CMS_BACKEND: 'gitlab',
			CMS_REPO: 'team/site',
			CMS_APP_ID: 'abc123',
		});
		expect(gitlab).toMatchObject({
			name: 'gitlab',
			repo: 'team/site',
			app_id: 'abc123',
			auth_type: 'pkce',
		});
		expect(backendOrigins(gitlab)).toEqual(['http://localhost:8081', 'https://gitlab.com']);
		const github = decapConfig({
			backend: backendFromEnvironment({ CMS_BACKEND: 'github', CMS_REPO: 'team/site' }),
			flows: [],
		});
		// An editor's own `npm run admin` still saves to their checkout.
		expect(github).toMatchObject({ backend: { name: 'github' }, local_backend: true });
	});

	test('a wrong setting stops the build with what to write instead', () => {
		expect(() => backendFromEnvironment({ CMS_BACKEND: 'bitbucket' })).toThrow(
			'CMS_BACKEND must be github, gitlab or gitea, not "bitbucket".',
		);
		expect(() => backendFromEnvironment({ CMS_BACKEND: 'github' })).toThrow(
			'needs CMS_REPO, the repository as owner/name',
		);
		expect(() => backendFromEnvironment({ CMS_BACKEND: 'gitea', CMS_REPO: 'team/site' })).toThrow(
			'needs CMS_BASE_URL',
		);
		expect(() =>
			backendFromEnvironment({
				CMS_BACKEND: 'github',
				CMS_REPO: 'team/site',
				CMS_BASE_URL: 'oauth.example.org',
			}),
		).toThrow('CMS_BASE_URL must be a web address');
	});
});
