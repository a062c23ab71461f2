# Special categories of personal data and personal identity numbers (templates/special-data.md).

## The heading: after what the policy covers.

special-data-title-both = Special categories of personal data and personal identity numbers
special-data-title-special = Special categories of personal data
special-data-title-identity-number = Personal identity numbers

## Special categories of personal data (Article 9)

special-data-intro = Some personal data needs extra protection, such as data about your health. The law calls it special categories of personal data. We are allowed to use such data only where one of the conditions in Article 9(2) GDPR applies.
# $data: the special categories of data the purpose uses, as a list in words.
special-data-processed = We use { $data }.
# $name: the condition's name; $point: the point of Article 9(2) ("a"); $cite: how the GDPR is cited (document.ftl).
special-data-condition = The condition that allows this is { $name } (Article 9(2)({ $point }) { $cite }).
special-data-explicit-consent = We ask for your explicit consent before we collect the data. You can withdraw it at any time.
special-data-health-care = Our staff are bound by professional secrecy (Article 9(3)).

## Personal identity numbers

special-data-identity-number = Your personal identity number (personnummer) identifies you unambiguously, but it can also be misused.
# $rule: the provision on when identity numbers may be used without consent ("Chapter 3, Section 10 of the Swedish Data Protection Act (2018:218)"). Only for an organisation in Sweden; otherwise the sentence is left out.
special-data-identity-number-rule = So { $rule } allows us to use it without your consent only where that is clearly justified.
# Introduces the list of purposes, hence the colon.
special-data-identity-number-uses = This is how we use personal identity numbers:
# When the organisation has not said why the purpose needs the identity number.
special-data-identity-number-needed = We need your personal identity number for this purpose.
