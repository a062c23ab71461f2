# Meddelanden om fel och varningar i ett projekt (`diag-<kod>`).
diag-toml-syntax = Filen är inte giltig TOML: { $detail }
diag-unknown-field = Okänt fält `{ $name }`. Tillåtna fält: { $expected }
diag-missing-field = Det obligatoriska fältet `{ $name }` saknas.
diag-unknown-choice = `{ $value }` är inte ett av valen här ({ $expected }).
diag-wrong-type = Fel sorts värde: { $detail }
diag-schema-version = Filen har schemaversion { $found }; den här versionen av policywright läser version { $supported }.
diag-required = Svaret är obligatoriskt.
diag-translation-missing = { $lang ->
    [sv] Den svenska texten saknas.
   *[en] Den engelska texten saknas.
}
diag-email-invalid = `{ $value }` är ingen giltig e-postadress.
diag-url-invalid = `{ $value }` är ingen webbadress som börjar med https:// (eller http://).
diag-date-invalid = `{ $value }` är inget datum skrivet som ÅÅÅÅ-MM-DD.
diag-country-unknown = `{ $value }` är ingen landskod som appen känner till (två bokstäver, till exempel SE eller US).
diag-org-number-format = `{ $value }` är inget organisationsnummer: skriv tio siffror som NNNNNN-NNNN.
diag-org-number-checksum = `{ $value }` har fel kontrollsiffra: kontrollera organisationsnumret.
diag-representative-missing = Organisationen finns utanför EU: ange dess företrädare i EU (artikel 27 i dataskyddsförordningen), om inte ett undantag gäller.
diag-languages-empty = Välj minst ett språk att publicera policyn på.
diag-prevailing-not-published = Språket som ska gälla vid skillnader är inte ett av de språk som policyn publiceras på.
diag-activities-empty = Lägg till minst en behandling: vilka personuppgifter ni använder och varför.
diag-purpose-missing = Välj ett ändamål i listan eller beskriv ändamålet med egna ord.
diag-legitimate-interest-missing = Den rättsliga grunden är berättigat intresse: beskriv vilket intresse ni har.
diag-special-condition-missing = Behandlingen omfattar känsliga personuppgifter: välj det undantag i artikel 9.2 som gör den tillåten.
diag-special-condition-unused = Ett undantag för känsliga personuppgifter är valt, men behandlingen omfattar inga känsliga personuppgifter.
diag-identity-number-reason-missing = Förklara varför personnummer behövs: utan samtycke får de bara användas när det är klart motiverat (3 kap. 10 § dataskyddslagen).
diag-consequence-missing = Beskriv vad som händer om personen inte lämnar uppgifterna.
diag-retention-months-missing = Ange hur många månader uppgifterna sparas.
diag-retention-text-missing = Beskriv hur länge uppgifterna sparas, eller vad som avgör hur länge.
diag-retention-withdrawn-without-consent = "Tills samtycket återkallas" passar bara för behandling som grundar sig på samtycke.
diag-transfer-safeguard-missing = { $country } ligger utanför EES: välj skyddsåtgärd för överföringen (beslut om adekvat skyddsnivå, Data Privacy Framework, standardavtalsklausuler, bindande företagsbestämmelser eller ett undantag enligt artikel 49).
diag-safeguard-not-needed = { $country } ligger inom EES: ingen skyddsåtgärd för överföring behövs.
diag-adequacy-missing = Det finns inget beslut om adekvat skyddsnivå för { $country }: välj en annan skyddsåtgärd.
diag-adequacy-needs-dpf = Beslutet om adekvat skyddsnivå för USA gäller bara organisationer som är certifierade enligt EU–US Data Privacy Framework: välj den skyddsåtgärden i stället.
diag-dpf-not-us = Data Privacy Framework gäller bara organisationer i USA, inte { $country }.
diag-safeguard-copy-missing = Beskriv hur en person kan få en kopia av skyddsåtgärden (artikel 13.1 f).
diag-lifetime-invalid = `{ $value }` är ingen livslängd: skriv "session" eller ett tal och en enhet på engelska, till exempel "30 days", "13 months" eller "2 years".
diag-cookie-consent-missing = Vissa kakor kräver samtycke: beskriv hur besökaren lämnar det.
diag-cookie-withdrawal-missing = Beskriv hur besökaren återkallar eller ändrar sitt samtycke till kakor.
diag-guardian-consent-missing = Tjänsten riktar sig till barn: beskriv hur en vårdnadshavare samtycker för barn under 13 år.
diag-response-too-slow = { $days } dagar är längre än den månad som dataskyddsförordningen ger för att svara (artikel 12.3); en förlängning måste förklaras för personen.
diag-repealed-reference = Texten hänvisar till { $reference }, som är upphävt eller ogiltigt: hänvisa till det gällande beslutet i stället.
diag-old-authority-name = Datainspektionen heter Integritetsskyddsmyndigheten (IMY) sedan den 1 januari 2021.
