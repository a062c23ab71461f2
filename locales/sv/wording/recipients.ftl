# Vem vi delar uppgifterna med (templates/recipients.md).

recipients-title = Vem vi delar uppgifterna med
# Början av ingressen. När minst en mottagare är kopplad till våra ändamål följer "recipients-intro-purposes", sedan alltid "recipients-intro-country".
recipients-intro = Här ser du vilka som får dina uppgifter från oss, varför de får dem
# Fortsättning på "recipients-intro" när tabellen har kolumnen "För".
recipients-intro-purposes = , för vilka av våra ändamål
# Slutet av ingressen, efter "recipients-intro" (och ibland "recipients-intro-purposes").
recipients-intro-country = och i vilket land de behandlas.

## Tabellens kolumnrubriker.

recipients-col-recipient = Mottagare
recipients-col-role = Roll
recipients-col-why = Varför de får uppgifterna
# Kolumnen med de ändamål (behandlingar) som mottagaren får uppgifterna för.
recipients-col-for = För
recipients-col-country = Land

## Stycken om olika slags mottagare.

recipients-processor = Ett personuppgiftsbiträde behandlar uppgifterna åt oss och bara så som vi har bestämt. Det får inte använda dem för egna ändamål.
# Läggs till när säkerhetsåtgärden "avtal med biträden" är vald.
recipients-processor-agreement = Vi har ett skriftligt avtal om detta med varje biträde.
recipients-controller = En mottagare som är självständigt personuppgiftsansvarig bestämmer själv hur den använder uppgifterna. Den svarar också själv för det. Då gäller mottagarens egen integritetspolicy.
# $name: den gemensamt ansvariga mottagarens namn, i fetstil (**). $gdpr: hänvisningen till dataskyddsförordningen.
recipients-joint = Vi är gemensamt personuppgiftsansvariga med **{ $name }**: vi bestämmer tillsammans varför och hur uppgifterna behandlas (artikel 26 i { $gdpr }).
# $essence: det väsentliga i arrangemanget, med egna ord (egna meningar med punkt).
recipients-joint-division = Så här har vi fördelat ansvaret mellan oss: { $essence }
# $contact: vem man kontaktar, med egna ord.
recipients-joint-contact = Vem du kontaktar om behandlingen: { $contact }
# I stället för "recipients-joint-contact" när ingen kontakt är angiven.
recipients-joint-contact-us = Du kan kontakta oss om behandlingen.
recipients-joint-rights = Oavsett vad vi har kommit överens om kan du utöva dina rättigheter enligt dataskyddsförordningen mot var och en av oss.
recipients-group-company = Bolag i samma koncern som vi får uppgifterna bara för de ändamål som står i tabellen.
recipients-authority = Myndigheter får uppgifter från oss när lagen kräver det.
# En mening per myndighet som har angivna lagar. $name: myndighetens namn. $laws: lagarna.
recipients-authority-law = { $name } får dem enligt { $laws }.
recipients-prospective-buyer = Om vi planerar att sälja verksamheten eller slå ihop den med en annan, lämnar vi till en möjlig köpare eller efterträdare de uppgifter som den behöver för att bedöma verksamheten och ta över den, men inte mer.
recipients-other-users = Andra användare av vår tjänst kan se en del av dina uppgifter, så som tabellen beskriver.
recipients-public = En del av dina uppgifter publiceras, så som tabellen beskriver. När de väl är publicerade kan vem som helst läsa dem, var som helst i världen.

## Hänvisning till avsnittet om överföringar.

# Meningens början när en mottagare behandlar uppgifterna utanför EU/EES; "recipients-transfers" fortsätter meningen.
recipients-transfers-one = En mottagare
# Meningens början när flera mottagare gör det; "recipients-transfers" fortsätter meningen.
recipients-transfers-some = Några mottagare
# Fortsättning på "recipients-transfers-one" eller "recipients-transfers-some".
recipients-transfers = behandlar uppgifterna utanför EU och EES. I nästa avsnitt ser du hur vi skyddar dem då.
