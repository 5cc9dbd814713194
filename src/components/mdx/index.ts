import CountryTimeline from './CountryTimeline.astro';
import DirectoryLink from './DirectoryLink.astro';
import FeedbackLink from './FeedbackLink.astro';
import GlossaryList from './GlossaryList.astro';
import LegalReviews from './LegalReviews.astro';
import LegalStatus from './LegalStatus.astro';
import Phone from './Phone.astro';
import ProgrammePhases from './ProgrammePhases.astro';
import SectionLink from './SectionLink.astro';
import SiteLink from './SiteLink.astro';
import SourceIndex from './SourceIndex.astro';
import Term from './Term.astro';

/** Components editors can use in any MDX file without importing them. */
export const mdxComponents = {
	CountryTimeline,
	DirectoryLink,
	FeedbackLink,
	GlossaryList,
	LegalReviews,
	LegalStatus,
	Phone,
	ProgrammePhases,
	SectionLink,
	SiteLink,
	SourceIndex,
	Term,
};
