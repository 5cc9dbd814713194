import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '~/i18n/locales.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { withoutSoftHyphens } from '~/lib/text/hyphenate.ts';
import { builtPages, problemsByPage, readBuilt } from '../support/dist.ts';

describe.each(localeCodes)('the explainer’s static pages in %s', (locale) => {
	const t = useTranslations(locale);
	const prefix = `/${locale}/${t('route.explainer')}/`;
	const pages = builtPages().filter((page) => page.path.startsWith(prefix) && page.path !== prefix);
	const outcomes = pages.filter((page) => page.path.includes(`/${t('route.explainerOutcome')}-`));
	const questions = pages.filter((page) => page.path.includes(`/${t('route.explainerQuestion')}-`));

	test('exist for every question and outcome, with a variant per county for outcomes after a county question', () => {
		expect(questions.length).toBeGreaterThanOrEqual(10);
		expect(outcomes.length).toBeGreaterThanOrEqual(17 + 2 * 15);
	});

	test('every outcome says that the court and the defence lawyer decide', () => {
		expect(
			problemsByPage(outcomes, ({ file }) =>
				parse(readBuilt(file)).querySelector('main')!.text.includes(t('explainer.whoDecides'))
					? []
					: ['does not say who decides'],
			),
		).toEqual({});
	});

	test('every outcome lists questions to ask the defence lawyer, also without JavaScript', () => {
		expect(
			problemsByPage(outcomes, ({ file }) => {
				const section = parse(readBuilt(file)).querySelector('.explainer-outcome__questions');
				return section &&
					withoutSoftHyphens(section.text).includes(t('explainer.lawyerQuestionsHeading')) &&
					section.querySelectorAll('li').length > 0
					? []
					: ['no questions for the defence lawyer'];
			}),
		).toEqual({});
	});

	test('every question and outcome has a neutral title that does not reveal the question or the outcome', () => {
		const stepLabel = t('explainer.questionLabel', { number: 0 }).replace('0', '\\d+');
		const neutral = new RegExp(
			`^(${stepLabel}|${t('explainer.resultTitle')}) – ${t('explainer.name')}`,
		);
		expect(
			problemsByPage([...questions, ...outcomes], ({ file }) => {
				const document = parse(readBuilt(file));
				const title = document.querySelector('title')!.text;
				const heading = document.querySelector('h1')!.text.replaceAll('\u00AD', '');
				return neutral.test(title) && !title.includes(heading) ? [] : [`title: ${title}`];
			}),
		).toEqual({});
	});
});
