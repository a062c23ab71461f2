# Messages for errors and warnings about a project (diag-<code>).
diag-file-too-large = The file is larger than { $max } bytes and is not read: a project takes at most { $project } bytes.
diag-project-too-large = Saved, this project takes { $size } bytes; a project may take at most { $max }. Shorten the longest answers.
diag-text-too-long = This answer has { $length } characters; an answer may have at most { $max }.
diag-toml-syntax = The file is not valid TOML: { $detail }
diag-unknown-field = Unknown field “{ $name }”. Expected one of: { $expected }
diag-missing-field = The required field “{ $name }” is missing.
diag-unknown-choice = “{ $value }” is not one of the choices here ({ $expected }).
diag-wrong-type = Wrong kind of value: { $detail }
diag-schema-version = This file has schema version { $found }; this version of policywright reads versions up to { $supported }. Open it with a newer version of policywright.
diag-required = This answer is required.
diag-translation-missing = { $lang ->
    [sv] The Swedish text is missing.
   *[en] The English text is missing.
}
diag-email-invalid = “{ $value }” is not a valid email address.
diag-url-invalid = “{ $value }” is not a web address starting with https:// (or http://).
diag-date-invalid = “{ $value }” is not a date written as YYYY-MM-DD.
diag-date-nonexistent = { $value } is no such date: check the month and the day.
diag-country-unknown = “{ $value }” is not a country code the app knows (two letters, such as SE or US).
diag-org-number-format = “{ $value }” is not an organisation number: write ten digits as NNNNNN-NNNN.
diag-org-number-checksum = “{ $value }” has the wrong check digit: check the organisation number for typing errors.
diag-fi-business-id-format = “{ $value }” is not a Finnish Business ID (Y-tunnus): write seven digits, a hyphen and the check digit, as 1234567-8.
diag-fi-business-id-checksum = “{ $value }” has the wrong check digit for a Finnish Business ID: check it for typing errors.
diag-dk-cvr-format = “{ $value }” is not a Danish CVR number: write its eight digits.
diag-dk-cvr-checksum = “{ $value }” fails the check of a Danish CVR number: check it for typing errors.
diag-no-orgnr-format = “{ $value }” is not a Norwegian organisation number: write its nine digits.
diag-no-orgnr-checksum = “{ $value }” has the wrong check digit for a Norwegian organisation number: check it for typing errors.
diag-uk-company-number-format = “{ $value }” is not a UK company number: write its eight characters, such as 01234567 or SC123456.
diag-org-number-missing = No organisation number: give it if the organisation has one (every Swedish company has; a small association may not).
diag-postal-code-invalid = “{ $value }” is not a Swedish postcode: write five digits, such as 111 34.
diag-representative-missing = The organisation is outside the EU: name its representative in the EU (GDPR Art. 27), unless an exception applies.
diag-gdpr-reach-unanswered = You are established outside the EU and the EEA. Say why the GDPR applies to you (Article 3(2)): you offer goods or services to people in the EU or the EEA, you monitor their behaviour there, or both. Until you do, the policy names both as alternatives.
diag-authority-unknown = policywright does not know the supervisory authority of “{ $value }”. Choose one of { $known }, or leave the country empty and give the authority’s name and address.
diag-authority-country-and-details = Either choose the authority by its country, or give its name and address: not both.
diag-authority-needed = policywright does not know the supervisory authority of { $country } (it knows { $known }): name the authority that takes complaints, with its name and address.
diag-identity-number-rule-swedish = The rule on personal identity numbers (Data Protection Act 3:10) is Swedish law, so the policy does not cite it for an organisation in { $country }: check what your country’s law says about national identification numbers (GDPR Art. 87).
diag-retention-bookkeeping-swedish = policywright does not know how long the bookkeeping law of { $country } keeps accounting records. Describe the period your law sets in your own words (choose “in your own words”).
diag-languages-empty = Choose at least one language to publish the policy in.
diag-prevailing-not-published = The prevailing language is not one of the languages the policy is published in.
diag-history-version-repeated = Version { $version } is already in the history: each published version has its own number.
diag-lint-unknown = “{ $value }” is not a lint check. Expected one of: { $expected }.
diag-activities-empty = Add at least one processing activity: what personal data you use, and why.
diag-purpose-missing = Choose a purpose from the list, or describe the purpose in your own words.
diag-purpose-title-long = This heading has { $length } characters; a purpose reads best with a heading of at most { $max }. Write a short title and move the rest to the explanation.
diag-name-long = The name has { $length } characters; an organisation’s name is rarely more than { $max }. Check that only the registered name is here: it is in the policy’s title.
diag-legitimate-interest-missing = The legal basis is legitimate interests: say which interest you pursue.
diag-legal-basis-ignored = This purpose lists several legal bases under “bases”, so this single legal basis is not used. Remove it, or remove the list.
diag-basis-people-unknown = These people are not among the purpose’s “whose data”: a legal basis can only cover people the purpose names.
diag-basis-people-uncovered = No legal basis of this purpose covers these people: add them to one of its legal bases.
diag-profiling-logic-missing = The purpose involves profiling: describe in words how it works and what it is used for.
diag-special-condition-missing = This activity uses special categories of data: choose the condition of GDPR Art. 9(2) that allows it.
diag-special-data-unmarked = “{ $word-en }” sounds like { $category ->
        [health] data concerning health
        [trade-union] trade union membership
        [religion] religious or philosophical beliefs
        [ethnicity] racial or ethnic origin
        [sex-life] a person’s sex life or sexual orientation
        [biometric] biometric data
        [genetic] genetic data
        [political] political opinions
       *[other] a special category of personal data
    }, a special category of personal data (Article 9(1)). Allergies, diagnoses and medicines are data concerning health. If it is, mark it as special: you then need a condition of Article 9(2), such as explicit consent, and the policy names it.
diag-special-condition-unused = A condition for special categories is set, but this activity uses no special categories of data.
diag-identity-number-reason-missing = Explain why personal identity numbers are needed: they may be used without consent only where it is clearly justified (Data Protection Act 3:10).
diag-consequence-missing = Say what happens if a person does not provide the data.
diag-requirement-missing = This purpose rests on a legal obligation: say whether the person must give the data (Art. 13(2)(e)). The policy does not assume it is voluntary.
diag-requirement-unanswered = Say whether the person must give the data (Art. 13(2)(e)); until then the policy says nothing about it for this purpose.
diag-tracking-without-cookies = Data about how people use the website is collected, but no cookie or similar technology is listed: list what collects it under Cookies.
diag-cookie-data-needs-consent = This purpose uses data about how people use the website, and the website has cookies that need consent. If the data is read through those cookies or similar technologies, its legal basis should be consent, not legitimate interests: the consent the cookie rule requires comes first, and data collected on consent cannot be used further on another basis (EDPB Guidelines 8/2020 and 2/2023).
diag-pixel-with-health-data = This looks like an advertiser’s tracking pixel ({ $provider }), and you use data concerning health. A pixel can send what a visitor views or buys to the advertiser, and on your website that can reveal their health. In 2024 the Swedish Authority for Privacy Protection fined two pharmacies SEK 37 million and SEK 8 million because the Meta pixel on their websites sent customers’ data to Meta. Keep the pixel off every page that can reveal health, or remove it.
diag-balancing-test-missing = The legal basis is legitimate interests, but you have not said that you weighed your interest against the person’s interests and fundamental rights and freedoms. Make that balancing test, keep a record of it and tick the box; until then the policy does not claim that a test was made.
diag-consent-collector-without-consent = You say who collects consent for this purpose, but the purpose does not rest on consent, so the policy does not mention it. Choose consent as the legal basis (for everyone or for some people), or remove who collects it.
diag-online-service-unanswered = Your services are aimed at children: say whether you offer them an online service directly. The age rule for a child’s own consent depends on it, so the policy states no age rule until you answer. (Files from before this question was asked have no answer.)
diag-law-missing = This purpose rests on a legal obligation or a task in the public interest: name the law that lays it down (Article 6(3) GDPR), from the list or in your own words. Until then the policy does not say which law it is.
diag-decision-law-missing = The decisions rest on a law that allows them (Article 22(2)(b) GDPR): name that law, from the list or in your own words.
diag-law-outside-eu = Under the GDPR only EU law or the law of an EU or EEA country can lay down a legal obligation or allow such decisions (Articles 6(3) and 22(2)(b)). The law of a country outside the EU and the EEA ({ $country }) does not count on its own: name the EU or member-state law, or choose another legal basis for people in the EU.
diag-restriction-swedish = This restriction on rights is Swedish law, so the policy does not state it for an organisation outside Sweden: describe what your own country's law requires you to keep in the purpose's description.
diag-uk-safeguard-missing = You are established in the United Kingdom, and UK law does not recognise { $country } as adequate: choose the safeguard the transfer has under the UK GDPR (the EU's tools alone do not count under UK law). Until then the policy states only what the GDPR says of it.
diag-uk-safeguard-not-needed = UK law already covers { $country } (the UK itself, or a country UK adequacy regulations cover): no safeguard under the UK GDPR is needed, and this answer is not used.
diag-uk-extension-not-us = The UK Extension to the Data Privacy Framework covers only certified organisations in the United States.
diag-retention-end-missing = Describe the rule that ends the retention period after the minimum time, such as when you review and delete the data.
diag-retention-open-ended = The text gives only a minimum period: say what ends it, or choose "at least a number of months" and describe the rule.
diag-derogation-missing = Choose which derogation of Article 49 the transfer relies on.
diag-decision-ground-missing = Decisions made solely by automated means with legal or similarly significant effects need a ground in Art. 22(2): a contract, a law or explicit consent. Choose one, or have a person take the decisions.
diag-retention-months-missing = Enter the number of months the data is kept.
diag-retention-text-missing = Describe how long the data is kept, or the criteria that decide it.
diag-retention-withdrawn-without-consent = "Until consent is withdrawn" fits only processing based on consent.
diag-transfer-safeguard-missing = { $country } is outside the EEA: choose the safeguard for the transfer (adequacy decision, Data Privacy Framework, standard contractual clauses, binding corporate rules or an Art. 49 derogation).
diag-safeguard-not-needed = { $country } is inside the EEA: no transfer safeguard is needed.
diag-adequacy-missing = There is no adequacy decision for { $country }: choose another safeguard.
diag-adequacy-needs-dpf = The adequacy decision for the USA covers only organisations certified under the EU-US Data Privacy Framework: choose that safeguard instead.
diag-dpf-not-us = The Data Privacy Framework applies only to organisations in the USA, not { $country }.
diag-safeguard-copy-missing = Say how a person can get a copy of the safeguard (GDPR Art. 13(1)(f)).
diag-dpf-fallback-invalid = If the Data Privacy Framework ceases to apply, standard contractual clauses or binding corporate rules can take over: choose one of those.
diag-countries-vary-safeguard = The countries vary, so choose a safeguard that goes with the data wherever it goes: standard contractual clauses or binding corporate rules. An adequacy decision and the Data Privacy Framework cover named countries only, and an Article 49 derogation only a specific transfer the person is told about.
diag-recipient-country-repeated = { $country } is named twice for this recipient: give each country once, with its safeguard.
diag-joint-essence-missing = Describe what you and the joint controller are each responsible for (the essence of your arrangement, GDPR Art. 26(2)); the policy must state it.
diag-recipient-activity-unknown = No use of personal data (activity) has the id “{ $value }”. The ids there are: { $expected }. An activity's id is its purpose from the list, or the id you give it.
diag-recipient-activity-ambiguous = Several uses of personal data (activities) have the id “{ $value }”: give them ids of their own and link the one you mean.
diag-activity-id-repeated = Another use of personal data (activity) already has the id “{ $value }”: each needs its own.
diag-lifetime-invalid = “{ $value }” is not a lifetime. Write it in English in one of these forms: "session" (until the browser is closed), "none" (nothing is stored), "until deleted", a number and a unit ("1 minute", "13 months"), "up to" a time ("up to 2 years") or a range ("30 seconds to 1 year"). The units are seconds, minutes, hours, days, weeks, months and years.
diag-lifetime-range-reversed = “{ $value }” gives the longer time first: write the shorter one first, as in "30 seconds to 1 year".
diag-lifetime-none-stored = { $technology ->
    [local-storage] Local storage
    [session-storage] Session storage
   *[other] A cookie
} stores information on the visitor's device, so "none" cannot be its lifetime: say how long it is kept, such as "session" or "13 months".
diag-cookie-consent-missing = Some cookies need consent: describe how visitors give it.
diag-cookie-withdrawal-missing = Describe how visitors withdraw or change their cookie consent.
diag-guardian-consent-missing = The service is aimed at children: describe how you get a parent or guardian's consent when a child cannot consent alone.
diag-children-consent-unused = No purpose rests on consent, so the age at which a child may consent alone (Article 8) and a parent’s or guardian’s consent do not apply, and the policy says nothing of them. A guardian’s approval of care, a trip or a contract is not consent under the GDPR. If you do ask for consent to use a child’s data, choose consent as the legal basis of that purpose.
diag-age-limit-invalid = { $age } is not an age limit: give an age from 1 to 99, or remove the age limit.
diag-younger-found-missing = The service has an age limit: say what you do when you find data about someone younger, for example that you delete it.
diag-age-limit-excludes-children = The service is aimed at children, but its age limit of { $age } leaves out everyone under 18. Remove the age limit, or say that the service is not aimed at children.
diag-age-limit-above-consent-age = The online service is offered directly to children and the policy explains the age of { $consent } for a child’s own consent, but the age limit of { $age } leaves out children that young. Check the age limit, or whether the service is offered to children.
diag-response-too-slow = A promise of { $days } days can be longer than the one month the GDPR allows for answering (Art. 12(3)). Leave it empty to say "within one month", or promise 28 days or fewer.
# A project's own clause texts (docs/clauses.md).
# How a clause problem names its place (the clause editor shows the reason without it).
clause-problem-place = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }:
diag-clause-syntax = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: the template cannot be read here (“{ $detail }”): check that every {"{{"} has its {"}}"}, every {"{%"} its {"%}"}, and that quotes and brackets are closed.
diag-clause-tag-unclosed = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: this tag is never closed: add “{ $detail }” where it ends.
diag-clause-unclosed = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: { $detail ->
    [for] the loop that starts here is never closed: add {"{"}% endfor %{"}"} where it should end.
    [if] the condition that starts here is never closed: add {"{"}% endif %{"}"} where it should end.
   *[other] the “{ $detail }” block that starts here is never closed: add {"{"}% end{ $detail } %{"}"} where it should end.
}
diag-clause-end-mismatch = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: “{ $end }” cannot close the { $open ->
    [for] loop
    [if] condition
   *[other] “{ $open }” block
} that starts on line { $opened }: close that first with {"{"}% end{ $open } %{"}"}.
diag-clause-end-extra = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: “{ $detail }” belongs to no open condition or loop: remove it, or open the block it belongs to.
diag-clause-unknown-variable = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: there is no variable “{ $detail }”. The clause editor lists the variables a clause can use.
diag-clause-unknown-macro = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: there is no macro “{ $detail }”. Import the built-in macros with {"{"}% import "{ $lang }/macros.md" as m %{"}"} and use one of those.
diag-clause-unknown-filter = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: the filter “{ $detail }” cannot be used in a clause.
diag-clause-unknown-test = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: the test “{ $detail }” cannot be used in a clause.
diag-clause-forbidden-function = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: a clause cannot call functions (“{ $detail }”).
diag-clause-forbidden-tag = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: a clause cannot use “{ $detail }”: it may not read other templates or files, or define macros.
diag-clause-forbidden-import = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: a clause can import only the built-in macros “{ $lang }/macros.md”, not “{ $detail }”.
diag-clause-set-chain = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: a “set” may use only one value made by a “set”, and “{ $detail }” is a second; a text must not double.
diag-clause-set-in-loop = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: a “set” inside a loop may use only the loop's item and values made by “set”, not “{ $detail }”.
diag-clause-nested-loop = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: a loop inside a loop must go over a field of the outer loop's item (like a.data), not over “{ $detail }”.
diag-clause-too-long = Clause “{ $clause }” ({ $lang }): the template is longer than { $detail } characters.
diag-clause-too-nested = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: the template nests blocks or brackets too deeply.
diag-clause-expression-too-large = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: one expression may use at most { $detail } values; split it into several.
diag-clause-output-too-large = Clause “{ $clause }” ({ $lang }): the clause grows without bound and was stopped; check its loops.
diag-clause-too-slow = Clause “{ $clause }” ({ $lang }): the clause took too long to render and was stopped; check its loops.
diag-clause-heading-missing = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: a clause must start with its heading, a line “# Heading”.
diag-clause-render = Clause “{ $clause }” ({ $lang }), line { $line }, column { $column }: the clause cannot be rendered: { $detail }
diag-clause-language-missing = Custom clause “{ $clause }” has no text in { $lang ->
    [sv] Swedish
   *[en] English
}, which the policy is published in.
diag-wording-unknown = No clause has a sentence “{ $message }”: remove this rewording, or name a message that “policywright clause wording” lists.
diag-wording-invalid = The rewording of “{ $message }” does not fit the clause: { $detail }
diag-wording-stale = The program's words for “{ $message }” ({ $lang }) have changed since this rewording was written. Compare them with “policywright clause wording”, then reword it again or reset it.
clause-heading-empty = Write the new clause's heading.
clause-heading-too-long = A heading is one line of at most 120 characters.
clause-heading-taken = This project already has a clause headed “{ $heading }”.
diag-clause-stale = The default text of clause “{ $clause }” ({ $lang }) has changed since this project's version was written ({ $source ->
    [house-style] house style
   *[built-in] built-in text
}). The project's text is still used: compare and merge it in the Clauses view or with “policywright clause show”.
diag-clause-unknown = There is no clause “{ $clause }”.
diag-clause-duplicate = Clause “{ $clause }” ({ $lang }) is overridden twice; keep one.
diag-clause-id-taken = “{ $clause }” cannot be a custom clause's id: use lower-case letters, digits and hyphens, not the id of a built-in clause or of another custom clause.
diag-coverage-item-unknown = “{ $item }” is not an item of GDPR Art. 13 or 14 (see “policywright coverage”).
diag-coverage-item-uncovered = No clause of the { $lang ->
    [sv] Swedish
   *[en] English
} policy covers { $item } (Art. { $articles }), which applies to these answers. Restore it in a clause, or declare which clause covers it.
diag-service-unknown = The service “{ $value }” is not in the catalogue of services. Run “policywright services” to see which are, or remove “service” and fill in the facts yourself.
diag-service-cookie-unknown = The catalogue describes no cookie “{ $value }” for { $service } ({ $expected ->
        [none] it describes none for this service
       *[other] it describes: { $expected }
    }). Fill in the cookie's facts yourself.
diag-service-changed = The catalogue's facts about { $service } changed on { $date }, after the policy was last published ({ $published }): { $what-en } Read the text through and publish a new version.
diag-org-number-personal = This is a personal identity number, as a sole trader's (enskild firma) number is: in the policy it would tell everyone the owner's date of birth. Mark the business as a sole trader instead, and the policy leaves the number out.

## Rewording a clause's sentence (the Clauses view, `policywright clause reword`).

reword-unknown-clause = There is no clause “{ $clause }”.
reword-unknown-message = No clause has a sentence “{ $message }”.
reword-not-built-in = Clause “{ $clause }” is not in the program's words here: a house style or this project's own text replaces it, so edit that text instead.
reword-unknown-placeable = “{ $name }” is not an answer this sentence can show. It can show: { $passes }.
reword-not-words = These words cannot be stored as they are: { $detail }
