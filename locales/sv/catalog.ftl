# Namn på katalogens val (`<sort>-<id>`) och en hjälptext för frågeformuläret (`.help`).
#
# Stil: namnen används både i formuläret och inne i policyns meningar, listor och tabeller.
# - Ändamål (purpose-) börjar med versal: de blir rubriker i policyn ("Skicka nyhetsbrev").
# - Länder (country-) är egennamn och skrivs som egennamn.
# - Allt annat börjar med gemen, så att det kan stå mitt i en mening ("namn, adress och
#   köphistorik"); mallarna sätter versal där ett namn inleder en tabellcell eller listpunkt.
# - Inga Markdown-tecken (* _ [ ] # |) i namnen: de hamnar oförändrade i dokumentet.
# - Hjälptexten är en enkel mening till den som fyller i formuläret ("ni").

## Ändamål

purpose-order-fulfilment = Hantera och leverera beställningar
    .help = Ni tar emot beställningar och skickar varor eller utför tjänster som kunden har köpt.
purpose-customer-service = Svara på frågor och ärenden
    .help = Ni svarar på frågor, reklamationer och andra ärenden från kunder och besökare.
purpose-customer-account = Hantera kundkonton
    .help = Kunderna kan skapa ett konto hos er för att logga in, se ordrar eller spara inställningar.
purpose-payments = Ta emot betalningar
    .help = Ni tar betalt, skickar fakturor och stämmer av inbetalningar.
purpose-newsletter = Skicka nyhetsbrev
    .help = Ni skickar nyhetsbrev med e-post till dem som har anmält sig.
purpose-marketing = Marknadsföra våra varor och tjänster
    .help = Ni gör reklam eller skickar erbjudanden, utöver ett nyhetsbrev som man anmäler sig till.
purpose-website-analytics = Mäta hur webbplatsen används
    .help = Ni samlar statistik över besök på webbplatsen, till exempel med ett analysverktyg.
purpose-website-operation = Driva webbplatsen
    .help = Uppgifter som behövs för att webbplatsen ska fungera och visas rätt, till exempel serverloggar.
purpose-recruitment = Rekrytera personal
    .help = Ni tar emot ansökningar, intervjuar och väljer ut kandidater till lediga tjänster.
purpose-employment = Administrera anställningar
    .help = Ni betalar lön, för personalregister och fullgör arbetsgivarens skyldigheter.
purpose-business-contacts = Sköta kontakter med kunder och samarbetspartner
    .help = Ni för register över kontaktpersoner hos företag som ni gör affärer med eller vill göra affärer med.
purpose-supplier-management = Hantera leverantörer
    .help = Ni beställer från leverantörer och håller kontakt med deras kontaktpersoner.
purpose-membership = Administrera medlemskap
    .help = Ni för medlemsregister, tar in medlemsavgifter och skickar information till medlemmarna.
purpose-events = Ordna evenemang
    .help = Ni tar emot anmälningar till evenemang, kurser eller möten och genomför dem.
purpose-health-care = Ge vård och behandling
    .help = Ni undersöker, behandlar eller vårdar patienter, till exempel på en klinik eller mottagning.
purpose-education = Bedriva undervisning
    .help = Ni har elever, studenter eller kursdeltagare och sköter deras utbildning.
purpose-renting = Hyra ut bostäder och lokaler
    .help = Ni hyr ut lägenheter, lokaler eller annat och sköter hyresavtal och hyror.
purpose-fundraising = Samla in gåvor och sköta givarkontakter
    .help = Ni tar emot gåvor eller bidrag och håller kontakt med dem som ger.
purpose-bookkeeping = Sköta bokföringen
    .help = Ni bokför affärshändelser och sparar underlagen så som bokföringslagen kräver.
purpose-security = Skydda våra system och förhindra missbruk
    .help = Ni använder uppgifter för att upptäcka och stoppa intrång, bedrägerier och annat missbruk.
purpose-legal-claims = Hantera rättsliga anspråk
    .help = Ni sparar eller använder uppgifter för att kunna fastställa, göra gällande eller försvara rättsliga anspråk.

## Vems uppgifter

people-customers = kunder
    .help = Personer som köper eller har köpt något av er.
people-website-visitors = besökare på webbplatsen
    .help = Alla som besöker er webbplats, oavsett om de köper något.
people-newsletter-subscribers = prenumeranter på nyhetsbrevet
    .help = Personer som har anmält sig för att få ert nyhetsbrev.
people-job-applicants = arbetssökande
    .help = Personer som söker arbete hos er.
people-sourced-candidates = kandidater som vi själva har hittat
    .help = Personer som ni kontaktar om en ledig tjänst utan att de har sökt den, till exempel genom deras offentliga yrkesprofil.
people-employees = anställda
    .help = Personer som arbetar hos er, även tidigare anställda.
people-supplier-contacts = kontaktpersoner hos leverantörer
    .help = Personer som ni har kontakt med hos era leverantörer.
people-business-contacts = affärskontakter
    .help = Kontaktpersoner hos kunder, samarbetspartner och andra företag som ni har kontakt med i affärer.
people-members = medlemmar
    .help = Medlemmar i er förening eller organisation, även tidigare medlemmar.
people-event-participants = deltagare i evenemang
    .help = Personer som anmäler sig till eller deltar i era evenemang, kurser eller möten.
people-guardians = vårdnadshavare
    .help = Föräldrar eller andra vårdnadshavare som ni har kontakt med för ett barns räkning.
people-patients = patienter
    .help = Personer som ni undersöker, behandlar eller vårdar.
people-pupils = elever och studenter
    .help = Personer som går i er skola eller deltar i era utbildningar.
people-tenants = hyresgäster
    .help = Personer som hyr eller söker en bostad eller lokal av er.
people-volunteers = volontärer
    .help = Personer som arbetar ideellt hos er utan att vara anställda.
people-donors = givare
    .help = Personer som skänker pengar eller annat till er.
people-app-users = användare av vår app
    .help = Personer som har installerat och använder er mobilapp.
people-guests = gäster
    .help = Personer som bor, äter eller vistas hos er som gäster, till exempel på ett hotell eller en restaurang.

## Uppgifter

data-name = namn
    .help = För- och efternamn.
data-contact = kontaktuppgifter (till exempel e-post eller telefon)
    .help = E-postadress och telefonnummer.
data-address = postadress
    .help = Gatuadress, postnummer och ort.
data-personal-identity-number = personnummer
    .help = Svenskt personnummer eller samordningsnummer. Utan samtycke får det bara användas när det är klart motiverat.
data-date-of-birth = födelsedatum
    .help = Födelsedatum utan de fyra sista siffrorna i personnumret.
data-payment = betalningsuppgifter
    .help = Uppgifter om betalningar, till exempel belopp, betalsätt och fakturor.
data-purchase-history = köphistorik
    .help = Vad personen har köpt, när och till vilket pris.
data-account = inloggningsuppgifter
    .help = Användarnamn, lösenord och inställningar för ett konto hos er.
data-correspondence = korrespondens med oss
    .help = Det som personen skriver till er, och era svar, i e-post, chatt eller formulär.
data-technical = tekniska uppgifter (IP-adress, webbläsare, enhet)
    .help = Uppgifter som webbläsaren eller enheten skickar när någon använder er webbplats eller tjänst.
data-usage = uppgifter om hur du använder webbplatsen
    .help = Vilka sidor som besöks, hur länge och vad man klickar på.
data-location = platsuppgifter
    .help = Var personen eller enheten befinner sig, till exempel från GPS eller IP-adress.
data-cv = ansökningshandlingar (cv, personligt brev)
    .help = Cv, personligt brev, betyg, referenser och annat som en arbetssökande skickar in.
data-professional-profile = yrkesprofil (erfarenhet, utbildning, nuvarande arbete)
    .help = Det som en person har publicerat om sitt arbetsliv, till exempel på en professionell nätverkssajt: för kandidater som ni kontaktar, inte för arbetssökande.
data-employment = uppgifter om anställningen (befattning, lön, anställningstid)
    .help = Uppgifter som behövs för att sköta en anställning, till exempel tjänst, lön och semester.
data-bank-account = bankkontonummer
    .help = Kontonummer för att betala ut lön, ersättningar eller återbetalningar.
data-membership = uppgifter om medlemskapet (medlemsnummer, avgifter)
    .help = När personen blev medlem, medlemsnummer, betalda avgifter och uppdrag i föreningen.
data-images = bilder
    .help = Fotografier och andra bilder där personen syns.
data-video = filmer
    .help = Film eller videoinspelningar där personen syns eller hörs, till exempel från kameraövervakning.
data-health = uppgifter om hälsa
    .help = Till exempel allergier, sjukdomar eller funktionsnedsättningar. Det är en känslig personuppgift.
data-patient-records = uppgifter om hälsa i patientjournaler
    .help = Journalanteckningar om undersökningar och behandlingar, även röntgenbilder. Det är uppgifter om hälsa, alltså känsliga personuppgifter.
data-ethnic-origin = uppgifter om etniskt ursprung
    .help = Uppgifter som visar en persons etniska ursprung. Det är en känslig personuppgift.
data-political-opinions = politiska åsikter
    .help = Uppgifter som visar vilka politiska åsikter någon har. Det är en känslig personuppgift.
data-religious-beliefs = religiös eller filosofisk övertygelse
    .help = Uppgifter som visar någons tro eller livsåskådning. Det är en känslig personuppgift.
data-trade-union = medlemskap i fackförening
    .help = Uppgifter om att någon är med i en fackförening. Det är en känslig personuppgift.
data-genetic = genetiska uppgifter
    .help = Uppgifter om någons arvsanlag, till exempel från ett dna-test. Det är en känslig personuppgift.
data-biometric = biometriska uppgifter som identifierar dig
    .help = Till exempel fingeravtryck eller ansiktsigenkänning som används för att identifiera någon. Det är en känslig personuppgift.
data-sex-life = uppgifter om sexualliv eller sexuell läggning
    .help = Uppgifter om någons sexualliv eller sexuella läggning. Det är en känslig personuppgift.

## Rättslig grund (artikel 6.1 i dataskyddsförordningen)

basis-consent = samtycke
    .help = Personen har själv sagt ja till behandlingen och kan när som helst ta tillbaka sitt ja.
basis-contract = avtal
    .help = Uppgifterna behövs för att ingå eller fullgöra ett avtal med personen själv.
basis-legal-obligation = rättslig förpliktelse
    .help = En lag kräver att ni behandlar uppgifterna, till exempel bokföringslagen.
basis-vital-interests = intressen av grundläggande betydelse
    .help = Uppgifterna behövs för att skydda någons liv eller hälsa.
basis-public-task = uppgift av allmänt intresse eller myndighetsutövning
    .help = Ni utför en uppgift som följer av lag och som är av allmänt intresse, vanligen som myndighet.
basis-legitimate-interests = berättigat intresse
    .help = Ni har ett intresse som personens intressen och grundläggande rättigheter och friheter inte väger tyngre än (en intresseavvägning visar det); beskriv intresset.

## Undantag för känsliga personuppgifter (artikel 9.2)

special-explicit-consent = uttryckligt samtycke
    .help = Personen har uttryckligen sagt ja till att just de känsliga uppgifterna används för ändamålet.
special-employment-law = skyldigheter inom arbetsrätt och social trygghet
    .help = Ni behöver uppgifterna för att fullgöra skyldigheter som arbetsgivare enligt lag eller kollektivavtal.
special-vital-interests = skydd för grundläggande intressen när du inte kan samtycka
    .help = Uppgifterna behövs för att skydda någons liv eller hälsa när personen inte själv kan ge samtycke.
special-non-profit-members = en ideell organisations behandling av uppgifter om sina medlemmar
    .help = Ni är en ideell organisation med politiskt, filosofiskt, religiöst eller fackligt syfte och behandlar uppgifter om era medlemmar.
special-made-public = uppgifter som du själv har offentliggjort
    .help = Personen har själv tydligt gjort uppgifterna offentliga.
special-legal-claims = rättsliga anspråk
    .help = Uppgifterna behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.
special-substantial-public-interest = ett viktigt allmänt intresse enligt lag
    .help = En lag tillåter behandlingen därför att den behövs av hänsyn till ett viktigt allmänt intresse.
special-health-care = hälso- och sjukvård eller social omsorg
    .help = Uppgifterna behövs för vård, behandling eller bedömning av arbetsförmåga, under tystnadsplikt.

## Måste personen lämna uppgifterna? (artikel 13.2 e)

requirement-none = frivilligt
    .help = Personen väljer själv om den vill lämna uppgifterna.
requirement-statutory = krävs enligt lag
    .help = En lag kräver att ni samlar in uppgifterna, till exempel bokföringslagen. Lagen förpliktar er, inte personen.
requirement-contractual = krävs enligt avtal
    .help = Ett avtal med personen kräver att den lämnar uppgifterna.
requirement-contract-prerequisite = krävs för att ingå avtal
    .help = Ni kan inte ingå avtal med personen utan uppgifterna.
requirement-reused = inget nytt: uppgifter som samlats in för andra ändamål
    .help = Ni samlar inte in något nytt för det här ändamålet: det använder uppgifter ni redan har för andra ändamål, som fakturering eller säkerhet. Policyn säger det i stället för att fråga personen.

## Lagringstid

retention-bookkeeping = enligt bokföringslagen
    .help = Så länge som bokföringslagen i ert land kräver att räkenskapsinformation sparas. I Sverige till och med det sjunde året efter det kalenderår då räkenskapsåret slutade (7 kap. 2 § bokföringslagen); policywright känner också till Danmarks, Finlands och Norges tider.
retention-until-withdrawn = tills samtycket återkallas
    .help = Uppgifterna sparas tills personen tar tillbaka sitt samtycke.
retention-contract-term = så länge avtalet gäller
    .help = Uppgifterna sparas medan avtalet eller medlemskapet gäller och raderas när det upphör.
retention-after-relationship = ett antal månader efter att kontakten har upphört
    .help = Uppgifterna sparas ett visst antal månader efter att kundrelationen, medlemskapet eller kontakten har upphört.
retention-after-collection = ett antal månader efter insamlingen
    .help = Uppgifterna sparas ett visst antal månader räknat från när ni fick dem.
retention-at-least = minst ett antal månader, med en regel för när tiden slutar
    .help = En lag kräver att uppgifterna sparas minst en viss tid, till exempel patientjournaler i minst tio år. Ange den kortaste tiden och beskriv vad som avgör när ni raderar dem.
retention-custom = med egna ord
    .help = Beskriv lagringstiden, eller vad som avgör den, med egna ord.

## Mottagare

recipient-kind-processor = personuppgiftsbiträde
    .help = Behandlar uppgifterna för er räkning och enligt era instruktioner, till exempel en it-leverantör.
recipient-kind-controller = självständigt personuppgiftsansvarig
    .help = Bestämmer själv hur uppgifterna används, till exempel en bank, ett fraktbolag med eget ansvar eller en revisor.
recipient-kind-joint-controller = gemensamt personuppgiftsansvarig
    .help = Bestämmer tillsammans med er varför och hur uppgifterna behandlas (artikel 26), till exempel Meta för en Facebook-pixel eller sidstatistik, eller koncernbolag som delar ett kundregister. Ni anger då vad var och en av er ansvarar för och vem man kontaktar.
recipient-kind-group-company = bolag i samma koncern
    .help = Ett annat bolag i samma koncern som ni.
recipient-kind-authority = myndighet
    .help = En myndighet som ni lämnar uppgifter till därför att lagen kräver det, till exempel Skatteverket.
recipient-kind-other-users = andra användare av tjänsten
    .help = Personer som använder er tjänst och kan se en del av uppgifterna, till exempel andra medlemmar i ett forum eller motparten i en bokning.
recipient-kind-public = allmänheten
    .help = Vem som helst kan läsa uppgifterna eftersom ni publicerar dem, till exempel ett omdöme, en kommentar eller en offentlig profil.
recipient-kind-prospective-buyer = en möjlig köpare eller efterträdare
    .help = Om ni säljer verksamheten eller slår ihop den med en annan får köparen eller efterträdaren de uppgifter som behövs för att bedöma och ta över verksamheten. Vem det är vet ni inte i förväg, så inget land efterfrågas.

## Skyddsåtgärder vid överföring utanför EU/EES

safeguard-adequacy = beslut om adekvat skyddsnivå
    .help = EU-kommissionen har beslutat att landet skyddar personuppgifter tillräckligt bra.
safeguard-data-privacy-framework = EU–US Data Privacy Framework
    .help = Mottagaren i USA är certifierad enligt Data Privacy Framework. Vet ni inte? Sök på företagets namn i listan på www.dataprivacyframework.gov.
safeguard-standard-contractual-clauses = standardavtalsklausuler
    .help = Ett färdigt avtal om dataskydd från EU-kommissionen. Stora leverantörer har det oftast med i sitt personuppgiftsbiträdesavtal (DPA): sök där efter ”standard contractual clauses”.
safeguard-binding-corporate-rules = bindande företagsbestämmelser
    .help = Mottagaren följer interna regler för sin koncern som en dataskyddsmyndighet har godkänt. Leverantören säger det i sitt personuppgiftsbiträdesavtal eller sin integritetspolicy.
safeguard-derogation = undantag för särskilda situationer (artikel 49)
    .help = Ingen annan skyddsåtgärd finns och överföringen stöder sig på ett av undantagen i artikel 49, till exempel uttryckligt samtycke. Välj sedan vilket undantag.

## Undantag för särskilda situationer (artikel 49.1)

derogation-explicit-consent = uttryckligt samtycke efter information om riskerna
    .help = Personen har uttryckligen samtyckt till just den här överföringen, efter att ni har berättat om riskerna med den (artikel 49.1 a).
derogation-contract = nödvändig för ett avtal med personen
    .help = Överföringen är nödvändig för att fullgöra ett avtal med personen, eller för åtgärder före ett avtal som personen har begärt (artikel 49.1 b).
derogation-contract-for-person = nödvändig för ett avtal i personens intresse
    .help = Överföringen är nödvändig för att ingå eller fullgöra ett avtal med någon annan i personens intresse (artikel 49.1 c).
derogation-public-interest = viktiga skäl som rör allmänintresset
    .help = Överföringen är nödvändig av viktiga skäl som rör allmänintresset och som erkänns i EU-rätten eller svensk rätt (artikel 49.1 d).
derogation-legal-claims = rättsliga anspråk
    .help = Överföringen är nödvändig för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 49.1 e).
derogation-vital-interests = skydd för grundläggande intressen
    .help = Överföringen behövs för att skydda någons liv eller hälsa när personen inte kan samtycka (artikel 49.1 f).
derogation-public-register = uppgifter ur ett offentligt register
    .help = Uppgifterna kommer ur ett register som enligt lag är till för att informera allmänheten (artikel 49.1 g).

## Grunder för automatiserade beslut (artikel 22.2)

decision-ground-contract = nödvändigt för ett avtal med personen
    .help = Beslutet är nödvändigt för att ingå eller fullgöra ett avtal med personen (artikel 22.2 a).
decision-ground-law = tillåtet enligt lag
    .help = En lag i EU eller Sverige tillåter beslutet och kräver skyddsåtgärder för personen (artikel 22.2 b).
decision-ground-explicit-consent = personens uttryckliga samtycke
    .help = Personen har uttryckligen samtyckt till att beslutet fattas automatiskt (artikel 22.2 c).

## Kakor

cookie-category-necessary = nödvändig
    .help = Behövs för att webbplatsen eller en tjänst som besökaren har bett om ska fungera. Kräver inte samtycke.
cookie-category-preferences = inställningar
    .help = Kommer ihåg val som besökaren har gjort, till exempel språk. Kräver samtycke.
cookie-category-statistics = statistik
    .help = Mäter hur webbplatsen används. Kräver samtycke.
cookie-category-marketing = marknadsföring
    .help = Används för annonser eller för att följa besökare mellan webbplatser. Kräver samtycke.

party-first = förstapart
    .help = Den hör till er egen webbplats domän, även när ett annat företags skript sätter den och får dess uppgifter (Google Analytics _ga).
party-third = tredjepart
    .help = Den hör till ett annat företags domän, till exempel ett annonsnätverks.

technology-cookie = kaka
    .help = En liten textfil som webbplatsen sparar i besökarens webbläsare.
technology-local-storage = lokal lagring
    .help = Uppgifter som webbplatsen sparar i webbläsarens lokala lagring (local storage); de finns kvar tills de raderas.
technology-session-storage = sessionslagring
    .help = Uppgifter som webbplatsen sparar i webbläsarens sessionslagring (session storage); de försvinner när fliken stängs.
technology-pixel = spårningspixel
    .help = En osynlig bild eller ett skript (en webbfyr, till exempel Meta-pixeln) som rapporterar besöket till leverantören.
technology-sdk = SDK i en app
    .help = Ett programbibliotek (SDK) i er mobilapp som sparar eller läser uppgifter i telefonen, till exempel för statistik eller annonser.
technology-fingerprinting = fingeravtryck av enheten
    .help = Enhetens egenskaper (skärm, typsnitt, inställningar) läses för att känna igen den, utan att något sparas.

## Hur ändringar meddelas (används i meningen "Vi meddelar ändringar …")

change-channel-website = på vår webbplats
    .help = Ni publicerar den nya versionen på webbplatsen och visar att policyn har ändrats.
change-channel-email = med e-post
    .help = Ni skickar e-post om ändringen till dem vars e-postadress ni har.
change-channel-account-message = med ett meddelande i ditt konto
    .help = Ni visar ett meddelande när användaren loggar in på sitt konto.

## Säkerhetsåtgärder

security-encryption-in-transit = kryptering när uppgifter skickas över internet
    .help = Webbplatsen och e-posten använder kryptering (https och TLS).
security-encryption-at-rest = kryptering av lagrade uppgifter
    .help = Uppgifterna är krypterade där de sparas, till exempel på servrar och datorer.
security-access-control = behörighetsstyrning, så att bara de som behöver uppgifterna kommer åt dem
    .help = Varje medarbetare kommer bara åt de uppgifter som den behöver i sitt arbete.
security-two-factor = tvåstegsverifiering vid inloggning
    .help = Inloggning i system med personuppgifter kräver något mer än ett lösenord.
security-backups = regelbundna säkerhetskopior
    .help = Ni tar säkerhetskopior så att uppgifter inte går förlorade.
security-logging = loggning av vem som har tagit del av uppgifter
    .help = Systemen loggar vem som läser eller ändrar uppgifter.
security-staff-training = utbildning i dataskydd för personalen
    .help = De som hanterar personuppgifter får utbildning i hur de ska göra det säkert.
security-processor-agreements = personuppgiftsbiträdesavtal med alla som behandlar uppgifter åt oss
    .help = Ni har skriftliga avtal med alla personuppgiftsbiträden (artikel 28).
security-pseudonymisation = pseudonymisering, så att uppgifterna inte direkt kan kopplas till dig
    .help = Namn och andra direkta kännetecken ersätts med koder där de inte behövs.
security-physical-security = låsta lokaler och skyddad utrustning
    .help = Papper och datorer med personuppgifter förvaras inlåsta eller skyddade.

## Länder (egennamn; hjälptexten säger om en överföring dit kräver en skyddsåtgärd)

country-AT = Österrike
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-BE = Belgien
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-BG = Bulgarien
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-HR = Kroatien
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-CY = Cypern
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-CZ = Tjeckien
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-DK = Danmark
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-EE = Estland
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-FI = Finland
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-FR = Frankrike
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-DE = Tyskland
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-GR = Grekland
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-HU = Ungern
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-IE = Irland
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-IT = Italien
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-LV = Lettland
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-LT = Litauen
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-LU = Luxemburg
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-MT = Malta
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-NL = Nederländerna
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-PL = Polen
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-PT = Portugal
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-RO = Rumänien
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-SK = Slovakien
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-SI = Slovenien
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-ES = Spanien
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-SE = Sverige
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-IS = Island
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-LI = Liechtenstein
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-NO = Norge
    .help = Inom EU/EES: samma dataskyddsregler gäller, så ingen särskild skyddsåtgärd behövs.
country-US = USA
    .help = Utanför EES: en överföring hit kräver att mottagaren är certifierad enligt Data Privacy Framework eller en annan skyddsåtgärd, till exempel standardavtalsklausuler.
country-GB = Storbritannien
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-CH = Schweiz
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-CA = Kanada
    .help = Utanför EES: EU-kommissionen har beslutat att landet har en adekvat skyddsnivå för kommersiella organisationer.
country-JP = Japan
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-KR = Sydkorea
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-NZ = Nya Zeeland
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-IL = Israel
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-AR = Argentina
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-UY = Uruguay
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-AD = Andorra
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-FO = Färöarna
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-GG = Guernsey
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-IM = Isle of Man
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-JE = Jersey
    .help = Utanför EES, men EU-kommissionen har beslutat att landet har en adekvat skyddsnivå.
country-AU = Australien
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-IN = Indien
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-CN = Kina
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-SG = Singapore
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-BR = Brasilien
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-ZA = Sydafrika
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-AE = Förenade Arabemiraten
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-TR = Turkiet
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-UA = Ukraina
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-RS = Serbien
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-PH = Filippinerna
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-VN = Vietnam
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-TW = Taiwan
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-HK = Hongkong
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-ID = Indonesien
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-MY = Malaysia
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-MU = Mauritius
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-MX = Mexiko
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-RU = Ryssland
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-VG = Brittiska Jungfruöarna
    .help = Utanför EES och utan beslut om adekvat skyddsnivå: en överföring hit kräver en skyddsåtgärd, till exempel standardavtalsklausuler.
country-varies = länder som varierar
    .help = Mottagaren behandlar uppgifterna i länder som skiftar över tid, till exempel en molntjänsts underleverantörer. Bara standardavtalsklausuler eller bindande företagsbestämmelser kan täcka sådana överföringar.

# Lagar som håller kvar uppgifter trots vissa rättigheter (activities[].restrictions).
restriction-patient-records = patientjournaler (patientdatalagen)
restriction-bookkeeping-records = räkenskapsinformation (bokföringslagen)
restriction-anti-money-laundering-records = uppgifter om kundkännedom (penningtvättslagen)
restriction-employment-records = uppgifter om anställda som lagen kräver

# Skyddsåtgärder enligt UK GDPR, för en organisation i Storbritannien (recipients[].uk_safeguard).
uk-safeguard-uk-extension = brittiska utvidgningen av Data Privacy Framework (certifierade organisationer i USA)
    .help = Mottagaren i USA är certifierad enligt den brittiska utvidgningen av EU–US Data Privacy Framework.
uk-safeguard-idta = International Data Transfer Agreement (IDTA)
    .help = Den brittiska dataskyddsmyndighetens överföringsavtal, avtalat med mottagaren.
uk-safeguard-addendum = EU:s standardavtalsklausuler med det brittiska tillägget (Addendum)
    .help = EU:s klausuler med den brittiska dataskyddsmyndighetens tillägg International Data Transfer Addendum, avtalade med mottagaren.
uk-safeguard-binding-corporate-rules = bindande företagsbestämmelser som ICO har godkänt
    .help = Mottagarens koncernregler, godkända av den brittiska dataskyddsmyndigheten (ICO).
uk-safeguard-derogation = ett undantag för en särskild situation (artikel 49 i UK GDPR)
    .help = Bara för en enstaka överföring i en situation som artikel 49 anger; välj vilket under ”Vilket undantag överföringen stöder sig på”.

# Vad som varierar när en mottagares länder varierar (recipients[].varies_how).
varies-how-change-over-time = de skiftar över tid
    .help = Till exempel en molntjänsts underleverantörer. Bara standardavtalsklausuler eller bindande företagsbestämmelser täcker sådana överföringar.
varies-how-several = flera bestämda länder, som inte räknas upp
    .help = Till exempel en koncerns bolag eller leverantörer inom och utanför EU/EES. Bara standardavtalsklausuler eller bindande företagsbestämmelser täcker alla.
varies-how-chosen-by-person = det land som personen väljer
    .help = Till exempel en säljare, en värd eller ett hotell som personen väljer. Det kan ligga inom EU/EES; utanför kan ett undantag, som avtalet med personen, täcka överföringen.
varies-how-where-required = där lagen kräver det
    .help = Till exempel domstolar och myndigheter utomlands som uppgifter lämnas till när lagen kräver det. Ett undantag (rättsliga anspråk, allmänintresse) kan täcka det.

# Vad som upphör när lagringstiden ”efter att relationen har upphört” börjar (activities[].retention.ends).
relationship-end-membership = medlemskapet
    .help = Policyn säger ”efter att ditt medlemskap har upphört”.
relationship-end-contract = avtalet
    .help = Policyn säger ”efter att vårt avtal med dig har upphört”, eller ”med din organisation” för kontaktpersoner.
relationship-end-account = kontot
    .help = Policyn säger ”efter att du har avslutat ditt konto”.
relationship-end-employment = anställningen
    .help = Policyn säger ”efter att din anställning har upphört”.
relationship-end-last-purchase = det senaste köpet
    .help = För en butik utan kundkonton. Policyn säger ”efter ditt senaste köp”.
relationship-end-last-contact = den senaste kontakten
    .help = Till exempel för affärskontakter och förfrågningar. Policyn säger ”efter vår senaste kontakt med dig”.

# Varför dataskyddsförordningen gäller för en organisation utanför EES (organisation.gdpr_reach, artikel 3.2).
gdpr-reach-offering = vi erbjuder varor eller tjänster till personer i EU eller EES
    .help = Artikel 3.2 a: ni säljer eller erbjuder något till personer där, mot betalning eller gratis, till exempel en webbplats på deras språk eller priser i euro.
gdpr-reach-monitoring = vi övervakar beteendet hos personer i EU eller EES
    .help = Artikel 3.2 b: ni spårar eller profilerar personer där, till exempel spårning på nätet för annonser eller poängsättning av leads.
gdpr-reach-both = båda
    .help = Artikel 3.2 a och b: ni erbjuder varor eller tjänster till personer där och övervakar deras beteende.

# De registrerades rättigheter, med artikeln i dataskyddsförordningen (policyn som data).

right-access = rätt till tillgång
right-rectification = rätt till rättelse
right-erasure = rätt till radering
right-restriction = rätt till begränsning av behandling
right-portability = rätt till dataportabilitet
right-objection = rätt att göra invändningar
right-automated-decisions = rätt att inte bli föremål för ett beslut som enbart grundas på automatiserad behandling
right-withdraw-consent = rätt att återkalla samtycke
right-complaint = rätt att lämna klagomål till en tillsynsmyndighet

# Konsekvensbedömning av en behandling (activities[].record.dpia, artikel 35).
dpia-not-needed = behövs inte
    .help = Behandlingen medför troligen inte någon hög risk för de registrerade.
dpia-done = gjord
    .help = En konsekvensbedömning är gjord. Ange var den finns.
dpia-needed = behövs men är inte gjord
    .help = Behandlingen kan medföra hög risk, till exempel känsliga uppgifter i stor skala eller systematisk övervakning. Gör bedömningen innan behandlingen börjar.
