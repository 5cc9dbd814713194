import { z } from 'astro/zod';

/**
 * Every UI string key, with what it is for. `src/i18n/<locale>.json` must hold exactly these keys,
 * none empty. Keys are flat and dotted: `area.thing.purpose`; `*.accessibleLabel` names an aria label;
 * plurals add i18next's `_one` / `_other` suffixes.
 */
export const uiStringDescriptions = {
	'locale.name': "The language's own name, shown in the language switcher.",
	'site.name': 'The site name in the header and in every page title.',
	'site.tagline': 'A short line under the site name in the header.',
	'skipLink.label': 'The skip link that jumps past the header to the main content.',
	'header.homeLink.accessibleLabel':
		'Accessible name of the site-name link. {{siteName}}: the site name.',
	'exit.label': 'Link in the header that leaves the site at once for a neutral website.',
	'exit.hint': 'Hint under the exit link, shown only where there is a keyboard: the shortcut.',
	'route.offline':
		'URL segment of the page shown without internet when a page is not in the saved copy.',
	'savedCopy.heading':
		'Footer heading of the control that saves the site on the phone for use without internet.',
	'savedCopy.intro': 'What saving the site does, under savedCopy.heading.',
	'savedCopy.exitRemoves':
		'Tells that the exit control removes the saved copy. {{exitLabel}}: the exit link\u2019s label.',
	'savedCopy.privacyLink': 'Link to the privacy page\u2019s section on what the saved copy holds.',
	'savedCopy.save': 'Button that starts saving the site (first asks, showing the size).',
	'savedCopy.confirm': 'Asked before saving. {{size}}: the download size, e.g. "2.4 MB".',
	'savedCopy.dataSaver': 'Added to savedCopy.confirm when the phone is set to save mobile data.',
	'savedCopy.confirmSave': 'Button that confirms saving.',
	'savedCopy.cancel': 'Button that cancels saving.',
	'savedCopy.saving': 'Status while the site is being saved.',
	'savedCopy.saved': 'Status when the site is saved on this phone.',
	'savedCopy.failed': 'Status when saving failed.',
	'savedCopy.remove': 'Button that removes the saved copy from the phone.',
	'savedCopy.removed': 'Status after the saved copy is removed.',
	'offline.title':
		'Heading of the page shown without internet when the page asked for is not saved.',
	'offline.description': 'Meta description of that page.',
	'offline.lead': 'First paragraph of that page, before the list of saved pages.',
	'offline.tryAgain': 'Last paragraph of that page.',
	'header.menu': "The header's menu button (a disclosure that works without JavaScript).",
	'header.help':
		'Button beside "Exit this page" on wide screens that shows the emergency number and helplines (a disclosure that works without JavaScript).',
	'urgentHelp.heading':
		'Heading of the emergency number and helplines, in the header menu and on pages for people under stress.',
	'nav.accessibleLabel': 'Accessible name of the main navigation landmark.',
	'languageSwitcher.accessibleLabel': 'Accessible name of the language switcher navigation.',
	'languageSwitcher.untranslated':
		'Added after a language name in the switcher when the page has no translation in it.',
	'breadcrumbs.accessibleLabel': 'Accessible name of the breadcrumb navigation.',
	'breadcrumbs.home': 'First breadcrumb, linking to the home page.',
	'footer.accessibleLabel': 'Accessible name of the footer navigation.',
	'footer.about': 'Footer link to the about page.',
	'footer.sources': 'Footer link to the list of sources.',
	'footer.accessibility': 'Footer link to the accessibility statement.',
	'footer.privacy': 'Footer link to the privacy page.',
	'footer.notLegalAdvice': 'One-line reminder in the footer that the site is not legal advice.',
	'page.lastReviewed': 'Shown on factual pages. {{date}}: the localised last-reviewed date.',
	'page.sourcesHeading': "Heading of a page's list of sources.",
	'review.line':
		'A recorded review, under a page’s last-reviewed date. {{who}}: review.role.*; {{date}}: when; {{scope}}: what was read.',
	'review.role.defence-lawyer': 'The reviewer in review.line: a defence lawyer.',
	'review.role.lawyer': 'The reviewer in review.line: a lawyer.',
	'review.none':
		'On the about page, when no review is recorded anywhere: nobody with legal training has reviewed the content.',
	'review.recorded': 'On the about page, before the list of recorded reviews.',
	'page.legalNotice':
		'Notice on pages a reader might act on: general information, not legal advice.',
	'notice.fallback':
		"Shown on a page that is not translated yet and shows a fallback's text instead. {{language}}: the name of the language shown, in lower case where the language writes it so.",
	'notice.fallbackParts':
		"Shown on a page where some texts are not translated yet and are shown in a fallback language. {{language}}: that language's name.",
	'notice.outdated':
		"Shown when the twin page was reviewed after this one. {{date}}: when the twin was reviewed; {{language}}: its language's name.",
	'notice.outdatedLink':
		"Link from the outdated notice to the newer twin page. {{language}}: its language's name.",
	'home.title': "The home page's heading and title.",
	'home.description': "The home page's meta description.",
	'home.intro.what': 'Home page, sentence 1 of 3: what the site is about.',
	'home.intro.who': 'Home page, sentence 2 of 3: who it is for.',
	'home.intro.not': 'Home page, sentence 3 of 3: it explains, it does not decide.',
	'home.audiences.heading': 'Heading over the audience routes on the home page.',
	'home.audience.public.heading': 'Route for the general public: heading.',
	'home.audience.public.text': 'Route for the general public: one sentence.',
	'home.audience.defendants.heading': 'Route for people with a criminal case: heading.',
	'home.audience.defendants.text': 'Route for people with a criminal case: one sentence.',
	'home.audience.families.heading': 'Route for families and next of kin: heading.',
	'home.audience.families.text': 'Route for families and next of kin: one sentence.',
	'root.title': 'Title of the language choice page at `/`.',
	'root.heading': 'Heading of the language choice page, in this language.',
	'root.continue': 'Link on the language choice page that continues in this language.',
	'notFound.title': 'Heading and title of the 404 page.',
	'notFound.text': 'Explanation on the 404 page.',
	'notFound.homeLink': 'Link from the 404 page to the home page.',
	'terms.heading': 'Heading of the list of glossary terms used on a page, at its foot.',
	'terms.glossaryLink': "Link from a page's term list to the full glossary.",
	'pathway.accessibleLabel': 'Accessible name of the list of programme phases.',
	'pathway.phaseNumber': 'Number of a phase, read by screen readers. {{number}}: 1 to 4.',
	'pathway.movingOn': 'Heading: how a participant moves on to the next phase.',
	'pathway.breach': 'Heading: what happens when a participant breaks the conditions.',
	'pathway.completion': 'Heading: what finishing the programme means.',
	'timeline.asOf': 'Under a timeline. {{date}}: the day the timeline was last reviewed.',
	'sourceIndex.usedOn': 'Before the list of pages that cite a source, on the sources page.',
	'sourceIndex.otherPublishers':
		'Group heading on the sources page for sources without a named publisher.',
	'nav.programme': 'Main navigation link to the drug court programme page.',
	'nav.reform': 'Main navigation link to the drug reform page.',
	'footer.glossary': 'Footer link to the glossary.',
	'footer.editors': 'Footer link to the page for editors.',
	'category.drug-court': 'Name of the service category "drug-court".',
	'category.correctional-service': 'Name of the service category "correctional-service".',
	'category.specialist-treatment': 'Name of the service category "specialist-treatment".',
	'category.municipal-service': 'Name of the service category "municipal-service".',
	'category.harm-reduction': 'Name of the service category "harm-reduction".',
	'category.helpline': 'Name of the service category "helpline".',
	'category.legal-aid': 'Name of the service category "legal-aid".',
	'category.family-support': 'Name of the service category "family-support".',
	'category.user-organisation': 'Name of the service category "user-organisation".',
	'region.national': 'Name of the region "national" (a county, or the whole country).',
	'region.oslo': 'Name of the region "oslo" (a county, or the whole country).',
	'region.akershus': 'Name of the region "akershus" (a county, or the whole country).',
	'region.ostfold': 'Name of the region "ostfold" (a county, or the whole country).',
	'region.buskerud': 'Name of the region "buskerud" (a county, or the whole country).',
	'region.innlandet': 'Name of the region "innlandet" (a county, or the whole country).',
	'region.vestfold': 'Name of the region "vestfold" (a county, or the whole country).',
	'region.telemark': 'Name of the region "telemark" (a county, or the whole country).',
	'region.agder': 'Name of the region "agder" (a county, or the whole country).',
	'region.rogaland': 'Name of the region "rogaland" (a county, or the whole country).',
	'region.vestland': 'Name of the region "vestland" (a county, or the whole country).',
	'region.more-og-romsdal':
		'Name of the region "more-og-romsdal" (a county, or the whole country).',
	'region.trondelag': 'Name of the region "trondelag" (a county, or the whole country).',
	'region.nordland': 'Name of the region "nordland" (a county, or the whole country).',
	'region.troms': 'Name of the region "troms" (a county, or the whole country).',
	'region.finnmark': 'Name of the region "finnmark" (a county, or the whole country).',
	'audience.defendants': 'Name of the audience "defendants" in the directory.',
	'audience.families': 'Name of the audience "families" in the directory.',
	'audience.public': 'Name of the audience "public" in the directory.',
	'audience.professionals': 'Name of the audience "professionals" in the directory.',
	'route.directory': 'URL segment of the service directory.',
	'route.directoryCounty':
		'URL segment before a county name in the directory, e.g. /nb/finn-hjelp/fylke/oslo/.',
	'nav.directory': 'Main navigation link to the service directory.',
	'directory.title': 'Heading and title of the service directory.',
	'directory.description': 'Meta description of the service directory.',
	'directory.intro': 'Introduction on the service directory.',
	'directory.categoriesHeading': 'Heading over the jump list of categories.',
	'directory.categoriesAccessibleLabel': 'Accessible name of the jump list navigation.',
	'directory.byCountyHeading':
		'Heading over the list of links to county pages (works without JavaScript).',
	'route.directoryCategory':
		'URL segment before a category in the directory: /nb/finn-hjelp/kategori/rettshjelp/.',
	'directory.categoryTitle': 'Heading of a category’s static listing. {{category}}: the category.',
	'directory.categoryDescription':
		'Meta description of a category’s static listing. {{category}}: the category.',
	'directory.categoryIntro':
		'Introduction on a category’s static listing. {{category}}: the category.',
	'explainer.directoryCategoriesIntro':
		'Before the links to the directory’s categories on an outcome without a county.',
	'directory.countyTitle': 'Heading of a county page. {{county}}: the county name.',
	'directory.countyDescription': 'Meta description of a county page. {{county}}: the county name.',
	'directory.countyIntro': 'Introduction of a county page. {{county}}: the county name.',
	'directory.filterLink':
		'Link from a county page to the full directory with that county pre-selected.',
	'directory.card.phone': 'Label before phone numbers on a service card.',
	'directory.card.website': 'Link text to a service’s own website. {{name}}: the service name.',
	'directory.card.moreLink': 'Link from a card to the service page. {{name}}: the service name.',
	'directory.card.area': 'Label before the area a service covers.',
	'directory.status.active': 'Status of a service that is open.',
	'directory.status.temporarily-closed': 'Status of a service that is temporarily closed.',
	'directory.status.inactive': 'Status of a service that has closed.',
	'directory.filters.heading': 'Heading of the filter panel.',
	'directory.filters.query': 'Label of the free-text search box.',
	'directory.filters.category': 'Legend of the category checkboxes.',
	'directory.filters.region': 'Label of the county select.',
	'directory.filters.regionAll': 'Option for all counties.',
	'directory.filters.audience': 'Label of the audience select.',
	'directory.filters.audienceAll':
		"The audience filter's option for no limit (must differ from every audience's name).",
	'directory.filters.language': 'Label of the language select.',
	'directory.filters.languageAll': 'Option for any language.',
	'directory.filters.clear': 'Button that clears all filters.',
	'directory.filters.count_one':
		'Announced result count, singular. {{count}}: 1; {{total}}: all services.',
	'directory.filters.count_other':
		'Announced result count, plural. {{count}}: matches; {{total}}: all services.',
	'directory.filters.none': 'Shown when no service matches the filters.',
	'directory.filters.toggle': "Button that opens the directory's filters.",
	'directory.filters.toggleActive': 'The same button when filters are in use. {{count}}: how many.',
	'directory.filters.show_one':
		'Button in the open filters that closes them and goes to the results. {{count}}: the number of services.',
	'directory.filters.show_other': 'Plural of directory.filters.show_one.',
	'service.organisation': 'Label: who runs the service.',
	'service.category': 'Label: the service’s category.',
	'service.audience': 'Label: who the service is for.',
	'service.area': 'Label: where the service is offered.',
	'service.contact': 'Heading of the contact section.',
	'service.website': 'Label of the website.',
	'service.email': 'Label of the email address.',
	'service.phones': 'Label of the phone numbers.',
	'service.addressVisiting': 'Label of a visiting address.',
	'service.addressPostal': 'Label of a postal address.',
	'service.openingHours': 'Label of opening hours.',
	'service.languages': 'Label of the languages offered.',
	'service.cost': 'Label of cost.',
	'service.cost.free': 'Cost: free.',
	'service.cost.paid': 'Cost: you pay something.',
	'service.accessibility': 'Label of accessibility notes.',
	'service.howToAccess': 'Heading: how to get help from the service.',
	'service.eligibility': 'Heading: who can use the service.',
	'service.status': 'Label of the service status.',
	'service.oldSource':
		'Notice on a listing whose contact details come from an old or second-hand source. {{date}}: the source’s date.',
	'service.notCheckedRecently':
		'Notice on a listing last checked more than a year ago. {{date}}: the day it was checked.',
	'service.compiledOn':
		'Under a listing nobody has confirmed with the service: when its details were taken from the sources. {{date}}: the date.',
	'service.checkedOn': 'Under a listing confirmed with the service itself. {{date}}: the date.',
	'service.sourceDate':
		'After the compiled or checked line, when the newest source for the contact details is old. {{date}}: its date.',
	'service.sourcesHeading': 'Heading of the service’s sources.',
	'service.reportError': 'Link to report a mistake in a listing.',
	'service.reportErrorSubject': 'Subject of the error-report email. {{name}}: service name.',
	'service.notStated':
		"One line on a service page naming the facts the sources do not give. {{fields}}: e.g. 'languages and cost'.",
	'route.explainer': 'URL segment of the pathway explainer.',
	'route.explainerQuestion':
		'URL segment of an explainer question page, before its number. Neutral on purpose.',
	'route.explainerOutcome':
		'URL segment of an explainer outcome page, before its number. Neutral on purpose.',
	'route.explainerOverview': 'URL segment of the editors’ overview of the explainer.',
	'nav.explainer': 'Main navigation link to the pathway explainer.',
	'explainer.name': 'Short name of the explainer, used in page titles.',
	'explainer.start': 'Button or link that starts the explainer.',
	'explainer.continue': 'Button that submits an answer.',
	'explainer.back': 'Link back to the previous step.',
	'explainer.startAgain': 'Link or button that clears the answers and starts over.',
	'explainer.questionLabel': 'Small label above a question heading. {{number}}: the step number.',
	'explainer.answersAccessibleLabel':
		'Accessible name of the list of answer links on a question page without JavaScript.',
	'explainer.checkTitle': 'Heading of the check-your-answers step.',
	'explainer.checkIntro': 'Text on the check-your-answers step.',
	'explainer.change': 'Link to change an answer.',
	'explainer.changeAccessibleLabel':
		'Accessible name of a change link. {{question}}: the question.',
	'explainer.showResult': 'Button on the check step that shows the outcome.',
	'explainer.resultTitle': 'Neutral page title of an outcome step.',
	'explainer.resultNotLoaded':
		'Said by the explainer when the outcomes’ words could not be fetched (the connection went); followed by a link to the result’s own page.',
	'explainer.resultPage': 'Link text to the static page of the result the answers reached.',
	'explainer.yourAnswers': 'Heading of the list of answers on the outcome step.',
	'explainer.nextSteps': 'Heading of the next steps on an outcome.',
	'explainer.changeWithoutScript':
		'On a static outcome page (no JavaScript): how to change an answer. Followed by the start-again link.',
	'explainer.printedOn':
		'Printed at the top of a printed outcome. {{date}}: the day it was printed.',
	'explainer.pagesHeading': 'Heading of the related pages on an outcome.',
	'explainer.helpHeading': 'Heading of the directory link section on an outcome.',
	'explainer.directoryLinkCounty':
		'Link from an outcome to the directory for a county. {{county}}: the county.',
	'explainer.pathwayHeading': 'Heading above the programme phases on an outcome.',
	'explainer.courtChecksHeading':
		'Heading of the list of what the court checks, on outcomes where the programme may be an option.',
	'explainer.openPointsHeading':
		'Heading of the list of what the reader was not sure about (JavaScript only: it needs the answers).',
	'explainer.lawyerQuestionsHeading':
		'Heading of the questions the reader can take to their defence lawyer, under an explainer outcome.',
	'explainer.printQuestions':
		'Button that prints the questions for the defence lawyer on their own.',
	'explainer.copyQuestions': 'Button that copies the questions for the defence lawyer as text.',
	'explainer.questionsCopied': 'Status after the questions were copied.',
	'explainer.copyFailed': 'Status when the browser did not let the page copy.',
	'explainer.whoDecides': 'Notice on every outcome: the site does not decide.',
	'explainer.print': 'Button that prints the answers and the outcome.',
	'explainer.errorSummary': 'Heading of the error summary when no answer is chosen.',
	'explainer.chooseAnswer': 'Error when continuing without choosing an answer.',
	'explainer.countyNotSaid': 'County-question option for readers who would rather not say.',
	'explainer.languageRestarts':
		'Beside the language links on the explainer: switching language starts it again (answers are only in memory).',
	'explainer.overview.title':
		'Heading of the overview of every question and result in the explainer.',
	'explainer.overview.description': 'Meta description of the explainer overview.',
	'explainer.overview.intro': 'Introduction of the explainer overview, for readers.',
	'explainer.overview.idsNote':
		'Small print on the overview telling editors what the grey ids are.',
	'explainer.overview.questions': 'Heading of the questions list in the overview.',
	'explainer.overview.outcomes': 'Heading of the outcomes list in the overview.',
	'explainer.overview.anyCounty': 'Shown for a county question in the overview.',
	'explainer.overview.paths': 'Heading of the list of paths to an outcome.',
	'explainer.overview.link': 'Link from the editors’ page to the overview.',
	'route.countries': 'URL segment of the country snapshots.',
	'route.news': 'URL segment of the news.',
	'route.newsPage': 'URL segment before a page number in the news list, e.g. /nb/nyheter/side/2/.',
	'nav.countries': 'Main navigation link to the country overview.',
	'nav.news': 'Main navigation link to the news.',
	'country.model.drug-treatment-court': 'Country model: special courts that lead treatment.',
	'country.model.court-supervised-programme':
		'Country model: a sentence with treatment that the ordinary courts follow up (Norway).',
	'country.model.treatment-orders':
		'Country model: treatment and testing orders any court can give (Scotland).',
	'country.model.decriminalisation': 'Country model: decriminalisation of personal use.',
	'countries.title': 'Heading and title of the country overview.',
	'countries.description': 'Meta description of the country overview.',
	'countries.intro': 'Introduction of the country overview.',
	'countries.table.caption': 'Caption of the comparison table.',
	'countries.table.sortHint':
		'Text under the table caption when sorting is available (JavaScript).',
	'countries.table.scrollHint':
		"Under the comparison table's caption on narrow screens: the table scrolls sideways.",
	'countries.table.country': 'Column heading: country.',
	'countries.table.model': 'Column heading: model.',
	'countries.table.yearStarted': 'Column heading: the year the model started.',
	'countries.table.treatmentCourts': 'Column heading: number of drug treatment courts.',
	'countries.table.snapshotDate': "Column heading: the date of the country's newest figure.",
	'countries.unknown': 'Shown in place of a figure no source gives.',
	'countries.unknownExplained': 'Explains an unknown figure on a country page.',
	'countries.notApplicable':
		'Shown in place of a figure that does not apply to a country (e.g. no drug courts by design).',
	'countries.notApplicableExplained': 'Explains a figure that does not apply, on a country page.',
	'countries.figureAsOf':
		'A figure with the date it is from. {{value}}: the number; {{date}}: its date.',
	'countries.figureStale': 'Marks a figure more than two years old.',
	'country.snapshotHeading':
		'Heading of the snapshot facts. {{date}}: the date of the newest figure.',
	'country.keyDatesHeading': 'Heading of a country’s timeline.',
	'country.keyDatesAccessibleLabel':
		'Accessible name of a country’s timeline list. {{country}}: the country.',
	'country.summaryHeading': 'Heading of a country’s summary.',
	'country.newsHeading': 'Heading of a country’s news list.',
	'country.noNews': 'Shown when a country has no news items.',
	'country.stale':
		"Shown when a snapshot's newest figure is more than two years old. {{date}}: its date.",
	'news.title': 'Heading and title of the news list.',
	'news.description': 'Meta description of the news list.',
	'news.intro': 'Introduction of the news list.',
	'news.published': 'Label before a news item’s date.',
	'news.countries': 'Label before a news item’s countries.',
	'news.tags': 'Label before a news item’s tags.',
	'news.pageTitle': 'Title of a news list page after the first. {{page}}: page number.',
	'news.pagination.accessibleLabel': 'Accessible name of the news pagination.',
	'news.pagination.previous': 'Link to newer news.',
	'news.pagination.next': 'Link to older news.',
	'news.pagination.page': 'Link to a numbered page of news. {{page}}: number.',
	'news.rss': 'Link to the RSS feed.',
	'news.rssTitle': 'Title of the RSS feed. {{siteName}}: the site name.',
	'home.latestNews': 'Heading of the latest news on the home page.',
	'home.allNews': 'Link from the home page to all news.',
	'home.explainer.heading': 'Heading of the explainer call to action on the home page.',
	'home.explainer.text': 'Text of the explainer call to action on the home page.',
	'home.explainer.link': 'Link to the explainer from the home page.',
	'route.search': 'URL segment of the search page.',
	'header.search': 'Header link to the search page.',
	'search.section.page': 'Search section name for information pages (also a filter chip).',
	'search.section.news': 'Search section name for news items.',
	'search.section.country': 'Search section name for country pages.',
	'search.section.service': 'Search section name for directory services.',
	'search.section.explainer': 'Search section name for the pathway explainer.',
	'search.title': 'Heading and title of the search page.',
	'search.description': 'Meta description of the search page.',
	'search.label': 'Label of the search box.',
	'search.hint': 'Hint under the search box.',
	'search.submit': 'Search button.',
	'search.filtersLabel': 'Accessible name of the group of section filter chips.',
	'search.allSections': 'Chip that shows results from every section.',
	'search.count_one': 'Announced number of results, singular. {{count}}: 1; {{query}}: the query.',
	'search.count_other':
		'Announced number of results, plural. {{count}}: number; {{query}}: the query.',
	'search.loading': 'Announced while the search index loads.',
	'search.none': 'Shown when nothing matches. {{query}}: the query.',
	'search.noneHelp': 'Suggestions when nothing matches, before the links.',
	'search.noneExplainer': 'Suggestion link to the explainer when nothing matches.',
	'search.noneDirectory': 'Suggestion link to the directory when nothing matches.',
	'search.noneIndex': 'Suggestion link to the A–Z list when nothing matches.',
	'search.needsScript':
		'Shown on the search page without JavaScript, before the link to the A\u2013Z list.',
	'search.respelled':
		'After the result count when the search used another spelling or corrected a typo. {{query}}: the query it searched for.',
	'search.searchOriginal':
		'Link after search.respelled that searches for the words exactly as typed. {{query}}: the words typed.',
	'search.index.heading': 'Heading of the A–Z list of every page.',
	'search.index.intro': 'Text above the A–Z list.',
	'search.unavailable': 'Shown if the search index cannot load.',
	'search.showMore': 'Button under the search results that shows the next results',
	'legalStatus.label':
		"Start of the status note beside a mention of a legal change. {{date}}: the source's date; {{status}}: one of legalStatus.status.*.",
	'legalStatus.status.proposed': 'Status of a legal change: proposed to the Storting.',
	'legalStatus.status.adopted': 'Status of a legal change: adopted, not yet in force.',
	'legalStatus.status.in-force': 'Status of a legal change: in force.',
	'legalStatus.status.rejected': 'Status of a legal change: voted down.',
	'legalStatus.status.unconfirmed': 'Status of a legal change: the sources do not confirm it.',
	'legalStatus.source': "Before the link to the source of a legal change's status.",
	'legalStatus.checked':
		'After a legal change’s status: when someone last looked for newer sources. {{date}}: that day.',
	'legalStatus.stale':
		'Warning beside a legal change’s status last checked more than six months ago. {{date}}: that day.',
	'series.heading':
		'Heading above the charts of figures over time (country page and comparison page).',
	'series.summary':
		'Text alternative of a chart: its first and last point. {{first}}/{{firstYear}}, {{last}}/{{lastYear}}.',
	'series.peak':
		"Added to a chart's text alternative when the highest point is not the last. {{max}}/{{maxYear}}.",
	'series.tableCaption':
		"Caption of the table of numbers under a chart. {{title}}: the chart's title.",
	'series.year': "Column heading in a chart's table: the year.",
	'series.value': "Column heading in a chart's table: the figure.",
	'series.source': "Column heading in a chart's table: the source of the figure.",
	'openData.heading': 'Heading of the open data links on the directory and countries pages.',
	'openData.intro':
		"Text above the open data links. {{licence}}: the licence's name (a link follows); {{date}}: the day the files were made.",
	'openData.licenceName': "The open data licence's name in the intro.",
	'openData.servicesJson': 'Link to the directory as HSDS JSON.',
	'openData.servicesCsv': 'Link to the directory as CSV.',
	'openData.countriesJson': 'Link to the country snapshots as JSON.',
	'openData.countriesCsv': 'Link to the country snapshots as CSV.',
	'openData.seriesCsv': "Link to the countries' figures over time as CSV.",
	'openData.free': 'HSDS fees_description for a free service.',
} as const;

export type UiStringKey = keyof typeof uiStringDescriptions;

const uiStringSchema = z
	.string({ error: 'expected text' })
	.trim()
	.min(1, { error: 'must not be empty' });

/** Parses one locale's UI strings: every declared key present, non-empty, and no unknown keys. */
export const uiStringsSchema = z.strictObject(
	Object.fromEntries(
		Object.entries(uiStringDescriptions).map(([key, description]) => [
			key,
			uiStringSchema.meta({ description }),
		]),
	) as Record<UiStringKey, typeof uiStringSchema>,
);

export type UiStrings = z.infer<typeof uiStringsSchema>;
