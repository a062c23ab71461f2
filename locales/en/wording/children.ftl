# Children and age limit (templates/children.md).

# The heading when the organisation addresses children.
children-title = Children
# The heading when the organisation does not address children but has an age limit.
children-title-age-limit = Age limit

## The organisation addresses children. $age in this section: an age in years, in figures.

children-addressed = Our services are also aimed at children.
children-age-limit = The age limit is { $age }: our services are not for younger children.

## Consent to an online service offered directly to children (Article 8). One of three paragraphs is shown.

# An organisation outside the EEA (the UK), where the age is known. Followed by children-online-uk.
children-online-fixed-age = For our online service, which we offer directly to children, there is a fixed age limit.
# $country: the organisation's country; $age: the age of consent there; $rule: the national rule on the age.
children-online-uk = A child in { $country } who has turned { $age } can consent on their own to the service using their personal data, under Article 8 of the UK GDPR and { $rule }.
children-online-eea = For a child in a country of the EU or the EEA, the age that country has set applies, between 13 and 16.
# An organisation in the EEA, where the age in its country is known. $age: that age.
children-online-consent-age = For our online service, which we offer directly to children, there is a fixed age limit: a child who has turned { $age } can consent on their own to the service using their personal data.
# Ends without a full stop: children-online-and-rule may follow.
children-online-article-8 = This follows from Article 8 GDPR
# $rule: the national rule on the age, when known. Follows children-online-article-8; ends without a full stop.
children-online-and-rule = and { $rule }
# When the age in the organisation's country is not known.
children-online-national-age = For our online service, which we offer directly to children, there is a fixed age limit under Article 8 GDPR: from the age that national law sets, between 13 and 16, a child can consent on their own to the service using their personal data.
# Ends each of the three paragraphs.
children-online-younger = For a younger child, we ask the child's parent or guardian to consent.

## Other consent from children, with no fixed age limit.

# $when: children-when-other-consent or children-when-consent. For an organisation in Sweden.
children-no-fixed-age = { $when }, there is no fixed age limit.
# $when: children-when-other-consent or children-when-consent. For an organisation outside Sweden.
children-no-fixed-age-gdpr = { $when }, the GDPR sets no fixed age limit.
# When there is an online service for children (the paragraph above).
children-when-other-consent = For consent to anything other than the online service
# When there is no such service.
children-when-consent = When we need consent to use data about a child
# Follows children-no-fixed-age (Sweden).
children-maturity = The child's age and maturity decide whether the child can consent on their own.
# Follows children-no-fixed-age-gdpr (outside Sweden).
children-maturity-country = Whether the child can consent on their own depends on the child's age and maturity and on the rules of the child's country.
children-guardian-if-cannot = If the child cannot, we ask the child's parent or guardian to consent.

## Contracts with children (Swedish law).

# $rule: the Swedish rule on minors' contracts.
children-contracts-minors = A child under 18 generally cannot enter into a contract alone ({ $rule }).
children-contracts-approval = So before a child enters into a contract with us, we need the approval of the child's parent or guardian.
# Ends without a full stop: followed by children-contracts-purpose or -purposes and the names of the purposes.
children-contracts-applies = This applies to
children-contracts-purpose = the purpose
children-contracts-purposes = the purposes
# Followed by the organisation's own description.
children-guardian-consent = How we get consent from a parent or guardian:

## Age limit. $age: the minimum age, in figures.

# When the organisation does not address children.
children-not-for-younger = Our services are not for people under { $age }, and we do not aim them at anyone younger.
# Followed by the organisation's own description.
children-younger-found = If we find out that we have personal data about someone under { $age }, this is what we do:
