# Registret över behandlingar (artikel 30 i dataskyddsförordningen): policywright record och
# appens ”Register över behandlingar…”. Uppgifterna som bara registret har visas aldrig i policyn.

record-title = Register över behandlingar: { $org }
# $date: dagen registret senast granskades, eller dagen policyn gäller från.
record-article = artikel
record-date-line = Artikel 30 i dataskyddsförordningen · senast granskat { $date }
record-date-line-unreviewed = Artikel 30 i dataskyddsförordningen · ännu inte granskat
record-intro = Registret beskriver de behandlingar av personuppgifter som { $org } ansvarar för. Det bygger på samma svar som integritetspolicyn, version { $version }, och på de interna uppgifterna i steget ”För ert register”. Integritetsskyddsmyndigheten kan begära att få se det.

record-part-controller = Personuppgiftsansvarig
record-part-required = Måste ni föra register?
record-part-activities = Behandlingar
record-part-recipients = Mottagare och överföringar
record-part-measures = Säkerhetsåtgärder
record-part-processor = Behandlingar för andras räkning (artikel 30.2)

record-field = Uppgift
record-value = Innehåll
record-name = Namn
record-contact = Kontaktuppgifter
record-org-number = Organisationsnummer
record-dpo = Dataskyddsombud
record-representative = Företrädare i EU (artikel 27)
record-joint = Gemensamt personuppgiftsansvariga
record-keeper = Ansvarig för registret
record-none = Ingen
record-not-given = Inte angivet

record-purpose = Ändamål (artikel 30.1 b)
record-basis = Rättslig grund (artikel 6.1)
record-special-condition = Villkor för känsliga personuppgifter (artikel 9.2)
record-laws = Lag som grundar behandlingen
record-people = Kategorier av registrerade (artikel 30.1 c)
record-data = Kategorier av personuppgifter (artikel 30.1 c)
record-special = känslig personuppgift
record-recipients = Kategorier av mottagare (artikel 30.1 d)
record-transfers = Överföringar till tredjeland (artikel 30.1 e)
record-retention = Tidsfrist för radering (artikel 30.1 f)
record-owner = Ansvarig funktion eller person
record-systems = System och platser där uppgifterna finns
record-source = Varifrån uppgifterna kommer
record-source-person = Från den registrerade själv
record-rights = Rättigheter som gäller
record-dpia = Konsekvensbedömning (artikel 35)
record-dpia-not-needed = Inte nödvändig
record-dpia-done = Gjord
record-dpia-needed = Behövs men är inte gjord
record-dpia-unanswered = Inte bedömt
record-consent-where = Där samtycken dokumenteras
record-assessment-where = Där intresseavvägningen finns
record-contract = Personuppgiftsbiträdesavtal
record-role = Roll
record-countries = Länder
record-safeguard = Skyddsåtgärd (kapitel V)
record-in-eea = inom EES
record-measures-lead = Allmän beskrivning av de tekniska och organisatoriska säkerhetsåtgärderna (artikel 30.1 g och 32.1):
record-processor-controller = Personuppgiftsansvarig (kund)
record-processor-processing = Kategorier av behandling (artikel 30.2 b)
record-processor-transfers = Överföringar till tredjeland (artikel 30.2 c)
record-processor-measures = Säkerhetsåtgärder (artikel 30.2 d)

# Artikel 30.5: undantaget för organisationer med färre än 250 anställda.
record-required-many = Ja. Ni har { $employees } anställda, och undantaget i artikel 30.5 gäller bara organisationer med färre än 250.
record-required-regular = Ja. Ni har färre än 250 anställda, men undantaget i artikel 30.5 gäller bara om behandlingen sker tillfälligt. Era behandlingar sker regelbundet, till exempel kundregister, bokföring eller nyhetsbrev, och då ska registret föras.
record-required-special = Ja. Ni har färre än 250 anställda, men ni behandlar känsliga personuppgifter ({ $data }), och då gäller inte undantaget i artikel 30.5.
record-maybe-exempt = Kanske inte. Ni har färre än 250 anställda, behandlingen sker bara tillfälligt och omfattar inga känsliga personuppgifter. Då gäller undantaget i artikel 30.5, men bara om behandlingen inte heller innebär någon risk för de registrerade. Registret är ändå det enklaste sättet att visa att ni följer förordningen.
record-required-unknown = Ange hur många som är anställda i steget ”För ert register”. Undantaget i artikel 30.5 gäller bara organisationer med färre än 250 anställda vars behandling sker tillfälligt, inte innebär någon risk och inte omfattar känsliga personuppgifter eller uppgifter om brott. Nästan alla organisationer behandlar uppgifter regelbundet och måste därför föra register.

# Kalkylbladet: bladens namn (högst 31 tecken).
record-sheet-organisation = Organisation
record-sheet-activities = Behandlingar
record-sheet-recipients = Mottagare och överföringar
record-sheet-processor = För andras räkning
record-column-activity = Behandling

# Registrets PDF: titel och ämne i metadata, versionsraden.
record-name-pdf = Register över behandlingar
record-subject = Behandlingar av personuppgifter hos { $org }
record-version-line = Bygger på integritetspolicyn version { $version } · gäller från { $date }
