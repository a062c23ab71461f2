# Kakor och liknande tekniker (templates/cookies.md).

## Det som används, i obestämd form ($noun) och bestämd form ($the_noun): bara kakor, bara liknande tekniker, eller båda.

cookies-noun-cookies = kakor
cookies-noun-similar = tekniker
cookies-noun-both = kakor och liknande tekniker
cookies-the-noun-cookies = kakorna
cookies-the-noun-similar = teknikerna
cookies-the-noun-both = kakorna och teknikerna

## Rubrik och inledning.

cookies-title = Kakor (cookies)
# Läggs till efter rubriken när liknande tekniker används.
cookies-title-similar = och liknande tekniker
cookies-what-cookies = Kakor är små textfiler som en webbplats sparar i din webbläsare.
# $similar: de liknande tekniker som används, t.ex. "lokal lagring och pixlar".
cookies-what-similar = Liknande tekniker, här { $similar }, sparar information i din enhet eller läser den därifrån på andra sätt.
# Början av meningen "… använder vi …". $website: länken till webbplatsen.
cookies-on-website = På { $website }
# I stället för "cookies-on-website" när ingen länk är angiven.
cookies-on-our-website = På vår webbplats
# Läggs till efter "cookies-on-website"/"cookies-on-our-website" när även appen använder kakor.
cookies-and-in-app = och i vår app
# Början av meningen när bara appen använder kakor.
cookies-in-app = I vår app
# Följer på meningens början ("På vår webbplats", "I vår app"); sedan "cookies-the-listed" eller "cookies-we-use-cookies".
cookies-we-use = använder vi
# Slutet av meningen när det finns en tabell. $noun: se ovan.
cookies-the-listed = de { $noun } som står i tabellen nedan.
# $policy: länken till policyn för kakor.
cookies-policy-more = I vår policy för kakor på { $policy } kan du läsa mer om dem.
# Slutet av meningen när det inte finns någon tabell (då finns alltid en policy för kakor).
cookies-we-use-cookies = kakor.
# $policy: länken till policyn för kakor.
cookies-policy-lists = Vår policy för kakor på { $policy } räknar upp dem och berättar vad var och en gör och hur länge den finns kvar.

## Vad lagen kräver.

# $rule: den lag och paragraf som gäller för kakor. $the_noun: se ovan (bestämd form).
cookies-must-tell = Enligt { $rule } ska vi berätta vad { $the_noun } används till.
# Början av meningen; sedan "cookies-store-on-device" eller "cookies-store-in-browser", sedan "cookies-if-consent".
cookies-allowed-only = Vi får bara
# När liknande tekniker används. Slutar med kommatecken: meningen fortsätter med "cookies-if-consent".
cookies-store-on-device = spara information i din enhet, eller läsa den därifrån,
# När bara kakor används. Slutar med kommatecken: meningen fortsätter med "cookies-if-consent".
cookies-store-in-browser = spara kakor i din webbläsare, eller läsa dem därifrån,
cookies-if-consent = om du samtycker till det.
# $noun: se ovan.
cookies-exception = Undantaget är { $noun } som är nödvändiga för att överföra ett meddelande via ett elektroniskt kommunikationsnät, eller för att tillhandahålla en tjänst som du uttryckligen har begärt.
# $regulator: tillsynsmyndigheten för reglerna om kakor.
cookies-regulator = Den myndighet som har tillsyn över de här reglerna är { $regulator }.

## Samtycke.

# Början av meningen "Nödvändiga … använder vi utan samtycke."; sedan en av "cookies-necessary-cookies/-similar/-both".
cookies-necessary = Nödvändiga
cookies-necessary-cookies = kakor
cookies-necessary-similar = liknande tekniker
cookies-necessary-both = kakor och liknande tekniker
cookies-necessary-without-consent = använder vi utan samtycke.
# $noun: se ovan.
cookies-other-need-consent = Övriga { $noun } använder vi bara om du har samtyckt till dem.
# När inget är nödvändigt. $noun: se ovan.
cookies-all-need-consent = Alla { $noun } som vi använder kräver ditt samtycke: vi använder dem bara om du har samtyckt till dem.
# När det inte finns någon tabell.
cookies-unnecessary-need-consent = Kakor som inte är nödvändiga använder vi bara om du har samtyckt till dem.
# Rubrik i en punktlista; klausulen sätter kolonet.
cookies-consent-how = Så ger du ditt samtycke
# Rubrik i en punktlista; klausulen sätter kolonet.
cookies-withdraw-how = Så ändrar eller återkallar du ditt samtycke
cookies-withdraw-any-time = Du kan när som helst ändra eller återkalla ditt samtycke.
# Början av meningen; sedan "cookies-delete-storage" eller "cookies-delete-cookies" och en punkt.
cookies-delete = Du kan också radera
# Slutar utan punkt: klausulen sätter punkten.
cookies-delete-storage = kakor och annat som webbplatser sparar i din webbläsare i dess inställningar
# Slutar utan punkt: klausulen sätter punkten.
cookies-delete-cookies = kakor i din webbläsares inställningar
# När allt som används är nödvändigt. $noun: se ovan.
cookies-only-necessary = Vi använder bara nödvändiga { $noun }, alltså sådana som undantaget gäller. De kräver inget samtycke, men vi berättar ändå vad de gör.

## Tabellens kolumnrubriker.

cookies-col-name = Namn
cookies-col-technology = Teknik
cookies-col-provider = Leverantör
cookies-col-receiver = Tar emot uppgifterna
cookies-col-purpose = Ändamål
cookies-col-category = Kategori
cookies-col-lifetime = Lagringstid
cookies-col-party = Första- eller tredjepart

## Förklaring av kolumnen "Första- eller tredjepart".

# $column: kolumnrubriken "cookies-col-party". Meningen fortsätter med "cookies-or-technology" (om liknande tekniker används) och "cookies-party-column-meaning".
cookies-party-column = Kolumnen ”{ $column }” anger vems domän kakan
cookies-or-technology = eller tekniken
cookies-party-column-meaning = hör till: vår webbplats (förstapart) eller ett annat företags (tredjepart).
# Slutar med ett citattecken: sedan kommer kolumnrubriken "cookies-col-receiver" eller "cookies-col-provider" och "cookies-receiver-column-shows".
cookies-party-not-receiver = Det avgör inte vem som får uppgifterna: det visar kolumnen ”
# Följer på kolumnrubriken i "cookies-party-not-receiver": det avslutande citattecknet och meningens slut.
cookies-receiver-column-shows = ”.
# Verbet efter namnen på de andra som får uppgifter (i klausulen), när de är flera. Svenskan böjer inte verbet efter antal, så samma som "cookies-others-receives".
cookies-others-receive = får
# Verbet när det är en enda annan mottagare.
cookies-others-receives = får
# Följer på verbet. Slutar utan punkt: sedan eventuellt "cookies-others-also-first-party" och punkten.
cookies-others-visit = på så sätt uppgifter om ditt besök
cookies-others-also-first-party = , även från förstapartskakor
