# Labels in the generated documents. Clause prose lives in templates/sv, not here.
doc-title = Integritetspolicy för { $org }
doc-version-line = Version { $version } · gäller från { $date }
doc-contents = Innehåll
doc-purpose-fallback = Ändamål { $number }
list-and = och
# Sista ledet i en lista där något namn självt innehåller "och" ("bilder och filmer").
list-and-also = samt
doc-policy-name = Integritetspolicy
pdf-page-of = Sida { $page } av { $pages }

language-sv = svenska
language-en = engelska

lifetime-session = tills webbläsaren stängs
lifetime-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}
lifetime-months = { $count ->
    [one] { $count } månad
   *[other] { $count } månader
}
lifetime-years = { $count ->
    [one] { $count } år
   *[other] { $count } år
}

month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
doc-clause-failed = ⚠ Klausul ”{ $clause }” kunde inte renderas
doc-custom-clause-heading = Ny klausul
