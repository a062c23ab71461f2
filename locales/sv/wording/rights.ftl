# Den registrerades rättigheter (templates/rights.md).

rights-title = Dina rättigheter
# Meningens början för en organisation i Storbritannien (UK GDPR och dataskyddsförordningen). Fortsätter med rights-intro.
rights-intro-uk = UK GDPR och dataskyddsförordningen ger
# Meningens början för andra organisationer. Fortsätter med rights-intro.
rights-intro-gdpr = Dataskyddsförordningen ger
# Fortsättningen av rights-intro-uk eller rights-intro-gdpr.
rights-intro = dig flera rättigheter när vi behandlar dina personuppgifter.
rights-intro-with-us = Här är de rättigheter du har hos oss.

## En punkt per rättighet. Rubriken (label) står i fetstil och slutar med punkt.

rights-access-label = Rätt till tillgång (registerutdrag).
rights-access-know = Du har rätt att få veta om vi behandlar personuppgifter om dig.
rights-access-copy = I så fall har du rätt att få en kopia av uppgifterna och information om hur vi använder dem.
rights-rectification-label = Rätt till rättelse.
rights-rectification = Om en uppgift om dig är fel eller ofullständig har du rätt att få den rättad eller kompletterad.
rights-erasure-label = Rätt till radering.
# Slutar utan punkt: rights-erasure-withdrawn kan följa.
rights-erasure = Du har rätt att få dina uppgifter raderade, till exempel när vi inte längre behöver dem för ändamålet
# Följer rights-erasure när någon behandling grundar sig på samtycke. Slutar utan punkt.
rights-erasure-withdrawn = eller när du återkallar ditt samtycke
# När andra lagar begränsar rättigheterna (listan längre ned).
rights-erasure-limited = Lagar begränsar den rätten för vissa uppgifter, se nedan.
rights-erasure-kept-by-law = Uppgifter som lagen kräver att vi sparar, till exempel i bokföringen, raderar vi först när den tiden har gått ut.
rights-restriction-label = Rätt till begränsning av behandling.
rights-restriction = Du har rätt att begära att vi tills vidare bara sparar dina uppgifter och inte använder dem på något annat sätt.
rights-restriction-example = Det gäller till exempel medan vi kontrollerar om de stämmer.
rights-object-label = Rätt att göra invändningar.
# Slutar utan punkt: rights-object-public-task och rights-object-profiling kan följa.
rights-object = Du har rätt att när som helst invända mot behandling som vi grundar på ett berättigat intresse
# Följer rights-object. Slutar utan punkt.
rights-object-public-task = eller en uppgift av allmänt intresse
# Följer rights-object efter ett kommatecken. Slutar utan punkt.
rights-object-profiling = även profilering som grundar sig på det
rights-object-grounds = Invändningen ska grunda sig på skäl som gäller din särskilda situation.
rights-object-stop = Då slutar vi, om vi inte kan visa tvingande berättigade skäl som väger tyngre än dina intressen, rättigheter och friheter.
rights-object-legal-claims = Vi får också fortsätta om vi behöver uppgifterna för att fastställa, göra gällande eller försvara rättsliga anspråk.
# Direktmarknadsföring. Meningen är rights-marketing-you + (rights-marketing-also när rätten att invända redan har nämnts) + rights-marketing.
rights-marketing-you = Du har
rights-marketing-also = också
# Slutar utan punkt: rights-marketing-profiling kan följa.
rights-marketing = alltid rätt att invända mot att vi använder dina uppgifter för direktmarknadsföring
# Följer rights-marketing efter ett kommatecken. Slutar utan punkt.
rights-marketing-profiling = även profilering som hör ihop med den
rights-marketing-stop = Då slutar vi med det, utan någon avvägning.
rights-portability-label = Rätt till dataportabilitet.
rights-portability = Du har rätt att få ut de uppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format.
rights-portability-when = Det gäller när vi behandlar uppgifterna automatiserat med stöd av ditt samtycke eller ett avtal med dig.
rights-portability-transfer = Du har också rätt att få dem överförda direkt till en annan organisation, när det är tekniskt möjligt.
rights-withdraw-label = Rätt att återkalla samtycke.
rights-withdraw = När vi behandlar dina uppgifter med stöd av ditt samtycke har du rätt att när som helst återkalla det.
rights-withdraw-before = Det påverkar inte den behandling som vi gjorde innan du återkallade samtycket.

## Begränsningar i andra lagar. $law i varje punkt: lagens namn.

rights-restrictions-intro = Andra lagar begränsar några av rättigheterna:
rights-patient-records-label = Patientjournaler.
rights-patient-records-keep = Vi måste föra patientjournaler och spara dem enligt { $law }, i regel i minst tio år efter den senaste anteckningen.
rights-patient-records-no-erasure = Därför kan vi inte radera en journal när du ber om det (artikel 17.3 b och c i dataskyddsförordningen).
rights-patient-records-ivo = Bara Inspektionen för vård och omsorg (IVO) kan besluta att en journal ska förstöras, efter en ansökan från dig.
rights-patient-records-correct = Är en uppgift i journalen fel rättar vi den så att den gamla uppgiften fortfarande går att läsa.
rights-patient-records-note = Du kan också få en anteckning om att du inte håller med införd i journalen.
rights-patient-records-copy = Din första kopia av journalen är gratis.
# När verksamheten har patienter under 18 år.
rights-patient-records-minor = Är du under 18 år utövar i regel din vårdnadshavare dina rättigheter.
rights-patient-records-minor-maturity = När du har nått en viss ålder och mognad tar vi hänsyn till din vilja, och då kan vårdnadshavaren nekas att ta del av uppgifter i din journal.
rights-bookkeeping-records-label = Räkenskapsinformation.
rights-bookkeeping-records-keep = Fakturor, kvitton och annat underlag för bokföringen måste vi spara enligt { $law } till och med det sjunde året efter det kalenderår då räkenskapsåret slutade.
rights-bookkeeping-records-no-erasure = Under den tiden kan vi inte radera dem, även om du ber om det.
rights-aml-records-label = Kundkännedom.
rights-aml-records-keep = Uppgifter som vi har samlat in för att känna våra kunder måste vi spara så länge som { $law } kräver.
rights-aml-records-no-erasure = Under den tiden kan vi inte radera dem.
rights-aml-records-tipping-off = Har vi rapporterat en misstanke om penningtvätt får vi inte berätta det för dig, inte heller när du begär ut dina uppgifter.
rights-employment-records-label = Uppgifter om anställda.
rights-employment-records-keep = Vissa uppgifter om anställda måste vi spara enligt { $law } och andra lagar.
rights-employment-records-erase = Dem raderar vi först när den tid som lagen anger har gått ut.

## Hur man utövar rättigheterna, avgifter och svarstider.

rights-exercise = Vill du utöva någon av dina rättigheter?
# $email: organisationens e-postadress som länk. Slutar utan punkt: rights-exercise-form kan följa.
rights-exercise-email = Skicka e-post till { $email }
# $form: adressen till organisationens formulär som länk. Slutar utan punkt.
rights-exercise-form = eller använd formuläret på { $form }
# När organisationen inte har angett någon e-postadress.
rights-exercise-contact = Kontakta oss.
rights-free = Det är normalt gratis.
rights-unfounded = Om en begäran är uppenbart ogrundad eller orimlig, till exempel för att den upprepas, får vi ta ut en rimlig avgift eller vägra att göra det du ber om.
rights-extra-copies = Ber du om fler än en kopia av dina uppgifter får vi ta ut en rimlig avgift för de extra kopiorna.
# Organisationens egen svarstid. $number: antalet dagar i ord eller siffror. Följs av rights-day eller rights-days och sedan rights-reply-from-request.
rights-reply-within = Vi svarar utan onödigt dröjsmål och senast inom { $number }
rights-day = dag
rights-days = dagar
# Avslutar meningen som börjar med rights-reply-within (efter antalet dagar).
rights-reply-from-request = från det att vi fick din begäran.
rights-reply-promise = Lagen ger oss en månad, så det är ett löfte om ett snabbare svar.
# När organisationen inte har angett någon egen svarstid: lagens tidsfrist (artikel 12.3).
rights-reply-month = Vi svarar utan onödigt dröjsmål och senast inom en månad från det att vi fick din begäran.
rights-extension = Om din begäran är särskilt komplicerad, eller om du har lämnat många begäranden, får vi förlänga tiden med högst två månader till.
# Slutar utan punkt: följs av svarstiden (antal dagar och rights-day/rights-days, eller rights-one-month) och rights-extension-why.
rights-extension-notice = Då meddelar vi dig inom
rights-one-month = en månad
# Avslutar meningen som börjar med rights-extension-notice.
rights-extension-why = från det att vi fick begäran och förklarar varför.

# Följs av organisationens beskrivning av hur den kontrollerar identiteten.
rights-identity = Vi behöver veta att det är du som frågar, så att vi inte lämnar ut uppgifter till fel person.
