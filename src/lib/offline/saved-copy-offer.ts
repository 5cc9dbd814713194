import {
	canSaveCopy,
	hasSavedCopy,
	removeSavedCopy,
	saveCopy,
	savedCopySize,
} from './saved-copy.ts';

/**
 * The footer's "Save this site on this phone" (src/components/SavedCopy.astro): shows it where the
 * browser can keep a copy, asks with the download size before saving, and offers "Remove the saved
 * copy" once saved. The texts come from the markup, in the page's language.
 *
 * Not part of the page's inline script: the build bundles it into a file of its own
 * (src/integrations/saved-copy.ts), which that script fetches once the page has loaded.
 */
export async function enhanceSavedCopyOffer(): Promise<void> {
	const $section = document.querySelector<HTMLElement>('[data-saved-copy]');
	if ($section && canSaveCopy()) {
		const addresses = {
			worker: $section.dataset.worker!,
			scope: $section.dataset.scope!,
			list: $section.dataset.list!,
		};
		const $status = $section.querySelector<HTMLElement>('[data-status]')!;
		const $confirm = $section.querySelector<HTMLElement>('[data-confirm]')!;
		const show = (step: 'offer' | 'confirm' | 'saved' | 'none', status?: string) => {
			for (const $step of $section.querySelectorAll<HTMLElement>('[data-step]'))
				$step.hidden = $step.dataset.step !== step;
			$status.textContent = status ? ($status.dataset[status] ?? '') : '';
		};
		const on = (action: string, handler: () => void) =>
			$section
				.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!
				.addEventListener('click', handler);
		const focus = (action: string) =>
			$section.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.focus();

		on('ask', async () => {
			try {
				const megabytes = (await savedCopySize(addresses)) / 1_000_000;
				const size = new Intl.NumberFormat(document.documentElement.lang, {
					style: 'unit',
					unit: 'megabyte',
					maximumFractionDigits: 1,
				}).format(megabytes);
				const saveData = (navigator as { connection?: { saveData?: boolean } }).connection
					?.saveData;
				$confirm.textContent = [
					saveData ? $confirm.dataset.dataSaver : '',
					$confirm.dataset.confirm!.replace('{{size}}', size),
				]
					.filter(Boolean)
					.join(' ');
				show('confirm');
				focus('save');
			} catch {
				show('offer', 'failed');
			}
		});
		on('cancel', () => {
			show('offer');
			focus('ask');
		});
		on('save', async () => {
			show('none', 'saving');
			// The buttons are hidden while saving: focus stays in the section, on its heading.
			$section.querySelector<HTMLElement>('h2')!.focus();
			const saved = await saveCopy(addresses);
			show(saved ? 'saved' : 'offer', saved ? 'saved' : 'failed');
			focus(saved ? 'remove' : 'ask');
		});
		on('remove', async () => {
			await removeSavedCopy();
			show('offer', 'removed');
			focus('ask');
		});
		show((await hasSavedCopy(addresses.list)) ? 'saved' : 'offer');
		$section.hidden = false;
	}
}
