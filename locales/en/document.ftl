# Labels in the generated documents. Clause prose lives in templates/en, not here.
doc-title = Privacy policy of { $org }
doc-version-line = Version { $version } · effective from { $date }
doc-draft-line = Draft · changed since version { $version } and not published
doc-contents = Contents
doc-purpose-fallback = Purpose { $number }
list-and = and
# The last join of a list whose names hold the word above ("bilder och filmer").
list-and-also = as well as
# A name quoted inside a sentence (a purpose's title).
quoted = “{ $text }”
doc-policy-name = Privacy policy
pdf-page-of = Page { $page } of { $pages }


lifetime-session = { $technology ->
    [session-storage] until the tab is closed
    [sdk] until the app is closed
   *[other] until the browser is closed
}
lifetime-none = nothing is stored
lifetime-until-deleted = until deleted

# The similar technologies used, named in the cookie clause's sentence "Similar technologies, here …".
cookie-similar-local-storage = local storage in your browser
cookie-similar-session-storage = session storage in your browser
cookie-similar-pixel = tracking pixels
cookie-similar-sdk = software development kits (SDKs) in our app
cookie-similar-fingerprinting = device fingerprinting
lifetime-up-to = up to { $time }
lifetime-range = { $from } to { $to }
lifetime-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
lifetime-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
lifetime-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
lifetime-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
lifetime-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
lifetime-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
lifetime-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
doc-clause-failed = ⚠ Clause “{ $clause }” could not be rendered
# What an organisation's registration number is called, by its country (org-number-name for others).
org-number-name = registration number
org-number-name-SE = organisation number
org-number-name-FI = Business ID (Y-tunnus)
org-number-name-DK = CVR number
org-number-name-NO = organisation number
org-number-name-GB = company number
# How an article is cited ("Article 6(1)(b) GDPR"); for an organisation in the UK both laws.
gdpr-cite = GDPR
gdpr-cite-uk = UK GDPR and GDPR
# Where a recipient is when its countries vary, by what varies (varies_how).
varies-change-over-time = countries that vary
varies-several = several countries inside and outside the EU/EEA
varies-chosen-by-person = the country you choose
varies-where-required = the country where the law requires it
