import '../styles/components/directory.css';
import type { ServiceGroupsProps } from '../lib/directory/listing-props.ts';
import { ServiceCard } from './ServiceCard.tsx';

/**
 * Services grouped by category, with a jump list to each group: the whole listing as plain HTML,
 * on every directory page. On the directory's own page the filter island narrows it in place
 * (islands/DirectoryFilters.tsx), finding cards, groups and jump links by their ids.
 */
export function ServiceGroups({ cards, categories, strings }: ServiceGroupsProps) {
	const groups = categories
		.map((category) => ({
			...category,
			cards: cards.filter((card) => card.category === category.id),
		}))
		.filter((group) => group.cards.length > 0);
	return (
		<div class="service-groups">
			{groups.length > 1 && (
				<nav class="service-groups__jump" aria-label={strings.jumpLabel} data-print="hide">
					<p class="service-groups__jump-heading">{strings.jumpHeading}</p>
					<ul class="nk-link-row">
						{groups.map((group) => (
							<li key={group.id}>
								<a href={`#category-${group.id}`}>
									{group.label} ({group.cards.length})
								</a>
							</li>
						))}
					</ul>
				</nav>
			)}
			{groups.map((group) => (
				<section
					key={group.id}
					class="service-groups__group"
					aria-labelledby={`category-${group.id}`}
				>
					<h2 id={`category-${group.id}`}>{group.label}</h2>
					<ul class="service-groups__cards">
						{group.cards.map((card) => (
							<li key={card.id}>
								<ServiceCard card={card} strings={strings} />
							</li>
						))}
					</ul>
				</section>
			))}
		</div>
	);
}
