# Ändringar i policyn (templates/changes.md).

changes-title = Ändringar i policyn
changes-new-purpose = Innan vi använder dina personuppgifter för ett annat ändamål än det vi samlade in dem för, informerar vi dig om det nya ändamålet.
changes-same-information = Du får då samma slags information som i den här policyn.
changes-consent = Vi ber dessutom om ditt samtycke först, och utan det använder vi inte uppgifterna för det nya ändamålet.
# $channels: de kanaler som ändringar meddelas i, redan i ord ("via e-post och på vår webbplats").
changes-announce = När vi ändrar policyn meddelar vi det { $channels }.
# $version: policyns versionsnummer. $date: datumet då versionen börjar gälla, i ord ("1 januari 2026").
changes-version = Det här är version { $version }, som gäller från och med den { $date }.
# $languages: namnen på språken den publiceras på ("svenska och engelska").
changes-languages = Policyn finns på { $languages }.
# $language: det språk som gäller, som adjektiv ("svenska", "engelska").
changes-prevailing = Om versionerna skiljer sig åt gäller den { $language } versionen.
changes-history-title = Versionshistorik
# Fetstilt etikett i versionshistoriken; följs av datumet.
changes-history-version = Version { $version }
# $sections: rubrikerna på de avsnitt som ändrades, redan som lista i ord.
changes-history-sections = Ändrade avsnitt: { $sections }.
