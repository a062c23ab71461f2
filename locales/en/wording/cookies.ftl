# Cookies and similar technologies (templates/cookies.md).

## What is used, as a plain noun ($noun) and with the article ($the_noun): cookies only, similar technologies only, or both.

cookies-noun-cookies = cookies
cookies-noun-similar = technologies
cookies-noun-both = cookies and similar technologies
cookies-the-noun-cookies = the cookies
cookies-the-noun-similar = the technologies
cookies-the-noun-both = the cookies and similar technologies

## Heading and introduction.

cookies-title = Cookies
# Added after the heading when similar technologies are used.
cookies-title-similar = and similar technologies
cookies-what-cookies = Cookies are small text files that a website stores in your browser.
# $similar: the similar technologies used, e.g. "local storage and pixels".
cookies-what-similar = Similar technologies, here { $similar }, store information on your device or read it from there in other ways.
# Start of the sentence "… we use …". $website: the link to the website.
cookies-on-website = On { $website }
# Instead of "cookies-on-website" when no link is given.
cookies-on-our-website = On our website
# Added after "cookies-on-website"/"cookies-on-our-website" when the app uses cookies too.
cookies-and-in-app = and in our app
# Start of the sentence when only the app uses cookies.
cookies-in-app = In our app
# Follows the start of the sentence ("On our website", "In our app"); then "cookies-the-listed" or "cookies-we-use-cookies".
cookies-we-use = we use
# End of the sentence when there is a table. $noun: see above.
cookies-the-listed = the { $noun } listed in the table below.
# $policy: the link to the cookie policy.
cookies-policy-more = Our cookie policy at { $policy } tells you more about them.
# End of the sentence when there is no table (there is then always a cookie policy).
cookies-we-use-cookies = cookies.
# $policy: the link to the cookie policy.
cookies-policy-lists = Our cookie policy at { $policy } lists them, with what each one does and how long it is kept.

## What the law requires.

# $rule: the law and section that governs cookies. $the_noun: see above (with the article).
cookies-must-tell = Under { $rule }, we must tell you what { $the_noun } are for.
# Start of the sentence; then "cookies-store-on-device" or "cookies-store-in-browser", then "cookies-if-consent".
cookies-allowed-only = We are allowed to
# When similar technologies are used. Ends with a comma: the sentence goes on with "cookies-if-consent".
cookies-store-on-device = store information on your device, or read it from there,
# When only cookies are used. Ends with a comma: the sentence goes on with "cookies-if-consent".
cookies-store-in-browser = store cookies in your browser, or read them from there,
cookies-if-consent = only if you consent.
# $noun: see above.
cookies-exception = The exception is { $noun } that are strictly necessary to transmit a communication over an electronic communications network, or to provide a service that you have explicitly requested.
# $regulator: the authority that supervises the cookie rules.
cookies-regulator = The authority that supervises these rules is { $regulator }.

## Consent.

# Start of the sentence "We use strictly necessary … without consent."; then one of "cookies-necessary-cookies/-similar/-both".
cookies-necessary = We use strictly necessary
cookies-necessary-cookies = cookies
cookies-necessary-similar = similar technologies
cookies-necessary-both = cookies and similar technologies
cookies-necessary-without-consent = without consent.
# $noun: see above.
cookies-other-need-consent = We use other { $noun } only if you have consented to them.
# When nothing is strictly necessary. $noun: see above.
cookies-all-need-consent = All the { $noun } we use need your consent: we use them only if you have consented to them.
# When there is no table.
cookies-unnecessary-need-consent = We use cookies that are not strictly necessary only if you have consented to them.
# A label in a list; the clause adds the colon.
cookies-consent-how = How you give your consent
# A label in a list; the clause adds the colon.
cookies-withdraw-how = How you change or withdraw your consent
cookies-withdraw-any-time = You can change or withdraw your consent at any time.
# Start of the sentence; then "cookies-delete-storage" or "cookies-delete-cookies" and a full stop.
cookies-delete = You can also delete
# Ends without a full stop: the clause adds it.
cookies-delete-storage = cookies and other data that websites store in your browser in its settings
# Ends without a full stop: the clause adds it.
cookies-delete-cookies = cookies in your browser's settings
# When everything used is strictly necessary. $noun: see above.
cookies-only-necessary = We use only strictly necessary { $noun }, which the exception covers. They need no consent, but we still tell you what they do.

## The table's column headings.

cookies-col-name = Name
cookies-col-technology = Technology
cookies-col-provider = Provider
cookies-col-receiver = Receives the data
cookies-col-purpose = Purpose
cookies-col-category = Category
cookies-col-lifetime = Lifetime
cookies-col-party = First or third party

## Explanation of the column "First or third party".

# $column: the column heading "cookies-col-party". The sentence goes on with "cookies-or-technology" (when similar technologies are used) and "cookies-party-column-meaning".
cookies-party-column = The column “{ $column }” shows whose domain a cookie
cookies-or-technology = or technology
cookies-party-column-meaning = belongs to: our website's (first party) or another company's (third party).
# Ends with an opening quotation mark: then comes the column heading "cookies-col-receiver" or "cookies-col-provider", and "cookies-receiver-column-shows".
cookies-party-not-receiver = That does not decide who receives the data: the column “
# Follows the column heading in "cookies-party-not-receiver": the closing quotation mark and the end of the sentence.
cookies-receiver-column-shows = ” shows who does.
# The verb after the names of the others who receive data (in the clause), when there are several.
cookies-others-receive = receive
# The verb when there is only one other recipient.
cookies-others-receives = receives
# Follows the verb. Ends without a full stop: then possibly "cookies-others-also-first-party", and the full stop.
cookies-others-visit = data about your visit in this way
cookies-others-also-first-party = , also from first-party cookies
