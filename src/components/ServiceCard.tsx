import type { ServiceCardStrings } from '../lib/directory/listing-props.ts';
import type { ServiceCardData } from '../lib/directory/service-card.ts';
import { fillTemplate } from '../lib/i18n/fill-template.ts';

/**
 * The parts of a card whose words the directory's free-text filter searches (islands/
 * DirectoryFilters.tsx), with the group's category name: name, organisation, description and area
 * (the first fact).
 */
export const searchablePartsOfCard =
	'.service-card__name, .service-card__organisation, .service-card__description, .service-card__facts dd:first-of-type';

/** One service in a listing: name (linking to its page), who runs it, what it does, area and contacts. */
export function ServiceCard({
	card,
	strings,
}: {
	card: ServiceCardData;
	strings: ServiceCardStrings;
}) {
	const headingId = `service-${card.id}`;
	return (
		<article class="service-card" aria-labelledby={headingId} data-status={card.status}>
			<h3 id={headingId} class="service-card__name">
				<a href={card.url} lang={card.lang.name}>
					{card.name}
				</a>
			</h3>
			<p class="service-card__organisation" lang={card.lang.organisation}>
				{card.organisation}
			</p>
			{card.status !== 'active' && <p class="service-card__status">{card.statusLabel}</p>}
			{card.alert && (
				<p class="service-card__alert" role="note" lang={card.lang.alert}>
					{card.alert}
				</p>
			)}
			<p class="service-card__description" lang={card.lang.description}>
				{card.description}
			</p>
			<dl class="service-card__facts">
				<dt>{strings.area}</dt>
				<dd>{card.areaLabel}</dd>
				{card.phones.length > 0 && (
					<>
						<dt>{strings.phone}</dt>
						<dd>
							<ul class="service-card__phones">
								{card.phones.map((phone) => (
									<li key={phone.tel}>
										<a class="nk-phone" href={`tel:${phone.tel}`}>
											{phone.display}
										</a>
										{phone.label && <span class="service-card__phone-label"> – {phone.label}</span>}
									</li>
								))}
							</ul>
						</dd>
					</>
				)}
			</dl>
			{card.website && (
				<p class="service-card__website">
					<a href={card.website} rel="noopener noreferrer">
						{fillTemplate(strings.website, { name: card.name })}
					</a>
				</p>
			)}
		</article>
	);
}
