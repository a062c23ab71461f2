# Phrases of the built-in macros (templates/macros.md): numbers, periods, transfer safeguards.

## Numbers one to twelve in words (larger numbers are written in figures).

number-1 = one
number-2 = two
number-3 = three
number-4 = four
number-5 = five
number-6 = six
number-7 = seven
number-8 = eight
number-9 = nine
number-10 = ten
number-11 = eleven
number-12 = twelve
# "one" before a neuter noun, in a language that has them; English has none.
number-one-neuter = one

## A number of months, as the macro "months" writes it.

months-unknown = a number of months
months-one = one month
months-one-year = one year
# $years: a number from two, in words up to twelve.
months-years = { $years } years
# $months: a number in words up to twelve, not a whole number of years.
months-months = { $months } months

## The retention period of an activity. Each follows "We keep the data" (retention-keep) and ends the sentence.

# $period: the period the organisation states ("seven years"); $law: the bookkeeping law by name.
period-bookkeeping = { $period }. That is how long accounting records must be kept under { $law }.
period-bookkeeping-law = as long as the bookkeeping law requires.
period-until-withdrawn = until you withdraw your consent.
# $party: period-party-organisation or period-party-you.
period-contract-term = for as long as our contract with { $party } lasts.
period-party-organisation = your organisation
period-party-you = you
# $months: from the macro "months"; $end: one of the period-end-* phrases.
period-after = for { $months } after { $end }.
period-end-membership = your membership ends
period-end-contract = our contract with { $party } ends
period-end-account = you close your account
period-end-employment = your employment ends
period-end-last-purchase = your last purchase
period-end-last-contact = our last contact with you
period-end-relationship = our relationship with { $party } ends
period-after-collection = for { $months } from when we received it.
period-at-least = for at least { $months }.

## What the GDPR says of a transfer to a third country (macro "eu_transfer").

# $decision: the Commission decision's number.
transfer-adequacy-commercial = The European Commission has decided that this country gives an adequate level of protection to data handled by commercial organisations, which the recipient is (decision { $decision }). So no further safeguard is needed.
# $decision: transfer-decision or transfer-decision-renewed.
transfer-adequacy = The European Commission has decided that this country gives an adequate level of protection ({ $decision }). This means that it protects personal data well enough, so no further safeguard is needed.
transfer-decision = decision { $decision }
# $renewed and $valid_until: dates.
transfer-decision-renewed = decision { $decision }, renewed on { $renewed } and valid until { $valid_until }
transfer-dpf = The recipient is certified under the EU–US Data Privacy Framework. The European Commission has decided that certified organisations in the United States give an adequate level of protection (Implementing Decision { $decision }).
transfer-dpf-fallback-scc = If the framework ceases to apply, the transfer will rely instead on the European Commission's standard contractual clauses (Implementing Decision { $decision }), which we have already agreed with the recipient.
transfer-dpf-fallback-bcr = If the framework ceases to apply, the transfer will rely instead on the recipient's binding corporate rules, approved by a data protection authority in the EU (Article 47 GDPR).
transfer-scc = We have agreed the European Commission's standard contractual clauses with the recipient (Implementing Decision { $decision }). The clauses bind the recipient to protect the data to EU standards.
transfer-scc-several = The recipient processes the data in several countries, some of them outside the EU and the EEA. The clauses apply to every transfer there.
transfer-scc-varies = The recipient processes the data in countries that change over time, so we cannot name each one here. The clauses apply whichever of them the data goes to.
transfer-bcr = The recipient follows binding corporate rules: data protection rules for its whole group that a data protection authority in the EU has approved (Article 47 GDPR).
transfer-bcr-several = The recipient processes the data in several countries, some of them outside the EU and the EEA. The rules apply to every transfer there.
transfer-bcr-varies = The recipient processes the data in countries that change over time, so we cannot name each one here. The rules apply whichever of them the data goes to.
transfer-none-chosen-by-person = Which country it is depends on your choice. Inside the EU or the EEA there is no transfer to a third country. Outside them there is neither an adequacy decision nor any other safeguard for the transfer.
transfer-none-where-required = We disclose data abroad only where the law requires it, and the country depends on the case. There is neither an adequacy decision nor any other safeguard for such a transfer.
transfer-none = There is neither an adequacy decision nor any other safeguard for this transfer.
# $point: the point of Article 49(1), "a" to "g". Followed by one transfer-derogation-* sentence.
transfer-derogation = Instead, it relies on a derogation for a specific situation (Article 49(1)({ $point }) GDPR):
transfer-derogation-explicit-consent = you have explicitly consented to the transfer after we told you of its risks.
transfer-derogation-contract = the transfer is necessary to perform our contract with you, or for steps before a contract that you asked for.
transfer-derogation-contract-for-person = the transfer is necessary to make or perform a contract in your interest.
transfer-derogation-public-interest = the transfer is necessary for important reasons of public interest.
transfer-derogation-legal-claims = the transfer is necessary to establish, exercise or defend legal claims.
transfer-derogation-vital-interests = the transfer is necessary to protect your or someone else's life or health when you cannot consent.
transfer-derogation-public-register = the data comes from a register that the law says is there to inform the public.
transfer-derogation-unnamed = It relies on one of the derogations for specific situations in Article 49 GDPR.
