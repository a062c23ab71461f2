# Labels in the generated documents. Clause prose lives in templates/sv, not here.
doc-title = Integritetspolicy för { $org }
doc-version-line = Version { $version } · gäller från och med den { $date }
doc-draft-line = Utkast · ändrat efter version { $version } och inte publicerat
doc-contents = Innehåll
doc-purpose-fallback = Ändamål { $number }
list-and = och
# Sista ledet i en lista där något namn självt innehåller "och" ("bilder och filmer").
list-and-also = samt
# Ett namn citerat i en mening (ett ändamåls rubrik).
quoted = ”{ $text }”
doc-policy-name = Integritetspolicy
pdf-page-of = Sida { $page } av { $pages }


lifetime-session = { $technology ->
    [session-storage] tills fliken stängs
    [sdk] tills appen stängs
   *[other] tills webbläsaren stängs
}
lifetime-none = inget sparas
lifetime-until-deleted = tills den raderas

# De liknande tekniker som används, i kakavsnittets mening "Liknande tekniker, här …".
cookie-similar-local-storage = lokal lagring i webbläsaren
cookie-similar-session-storage = sessionslagring i webbläsaren
cookie-similar-pixel = spårningspixlar
cookie-similar-sdk = programbibliotek (SDK) i vår app
cookie-similar-fingerprinting = fingeravtryck av din enhet
lifetime-up-to = upp till { $time }
lifetime-range = { $from } till { $to }
lifetime-seconds = { $count ->
    [one] { $count } sekund
   *[other] { $count } sekunder
}
lifetime-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minuter
}
lifetime-hours = { $count ->
    [one] { $count } timme
   *[other] { $count } timmar
}
lifetime-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}
lifetime-weeks = { $count ->
    [one] { $count } vecka
   *[other] { $count } veckor
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
# Vad en organisations registreringsnummer heter, per land (org-number-name för övriga).
org-number-name = registreringsnummer
org-number-name-SE = organisationsnummer
org-number-name-FI = FO-nummer (Y-tunnus)
org-number-name-DK = CVR-nummer
org-number-name-NO = organisationsnummer
org-number-name-GB = registreringsnummer (company number)
# Hur en artikel citeras ("artikel 6.1 b i dataskyddsförordningen"); för en organisation i Storbritannien båda lagarna.
gdpr-cite = dataskyddsförordningen
gdpr-cite-uk = UK GDPR och dataskyddsförordningen
# Var en mottagare finns när länderna varierar, efter vad som varierar (varies_how).
varies-change-over-time = länder som varierar
varies-several = flera länder inom och utanför EU/EES
varies-chosen-by-person = det land du väljer
varies-where-required = det land där lagen kräver det
