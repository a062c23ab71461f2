# Labels in the generated documents. Clause prose lives in templates/en, not here.
doc-title = Privacy policy of { $org }
doc-version-line = Version { $version } · effective from { $date }
doc-contents = Contents
doc-purpose-fallback = Purpose { $number }
list-and = and
# The last join of a list whose names hold the word above ("bilder och filmer").
list-and-also = as well as
doc-policy-name = Privacy policy
pdf-page-of = Page { $page } of { $pages }

language-sv = Swedish
language-en = English

lifetime-session = until the browser is closed
lifetime-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
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
doc-custom-clause-heading = New clause
