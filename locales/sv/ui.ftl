### Skrivbordsappens egna texter: kommandon, frågor och hjälptexter.
### Meddelande-id: `app-…` för appen, `q-<nyckel>` för en fråga och `q-<nyckel>-help` för dess hjälp
### (nycklar från ui/src/schema.ts). Variablerna fylls i av appen. Håll en/ui.ftl i takt.

## Appen och fönstret

app-name = Policywright
app-window-title = { $file } – Policywright
app-window-title-unsaved = ● { $file } – Policywright
app-unsaved = Osparade ändringar
app-untitled = Namnlöst projekt
app-commands = Projektkommandon
app-start = Start
app-new = Nytt projekt
app-open = Öppna…
app-save = Spara
app-save-as = Spara som…
app-export = Exportera…
app-shortcut = Kortkommando: { $keys }
app-ui-language = Språk
app-ui-lang-sv = Svenska
app-ui-lang-en = English
app-lang-sv = Svenska
app-lang-en = Engelska
app-close = Stäng
app-cancel = Avbryt
app-dismiss = Stäng meddelandet
app-saved = Sparat som { $file }.
app-autosave-failed = Reservkopian kunde inte skrivas: { $error }
app-error-title = Något gick fel
app-at-line = Rad { $line }, kolumn { $column }:
app-open-invalid = { $file } kan inte öppnas: filen har { $count } fel.
app-open-invalid-what-now = Rätta filen i en textredigerare på raderna som visas och öppna den igen, eller öppna ett annat projekt.
app-error-io = En fil kunde inte läsas eller skrivas. ({ $detail })
app-error-forbidden = Den filen kan bara öppnas med Öppna….
app-error-invalid = Policyn har fortfarande fel. Rätta dem först: granskningssteget listar dem.
app-error-not-a-project = ”{ $file }” är inget Policywright-projekt. Öppna en projektfil som Policywright har sparat (.toml), eller börja ett nytt projekt.
app-error-render = Policyn kunde inte skapas. ({ $detail })
app-error-internal = Något oväntat hände. ({ $detail })

## Startsidan och återställning

app-start-title = Er integritetspolicy
app-start-intro = Svara på frågor om hur er organisation hanterar personuppgifter och få en integritetspolicy på svenska och engelska. Ingenting lämnar den här datorn.
app-recent = Senaste projekt
app-recent-empty = Inga projekt ännu.
app-start-welcome = Välkommen! Börja ett nytt projekt för er egen organisation, eller öppna ett exempel och se hur en färdig policy ser ut.
app-examples = Öppna ett exempel
app-examples-intro = En påhittad organisations svar, att titta på eller utgå från. Det öppnas som en ny kopia: era egna projekt ändras inte, och Spara frågar var kopian ska sparas.
app-example-webshop = En webbutik
app-example-consultancy = En konsultfirma
app-example-association = En ideell förening
app-example-title = { $name } (exempel)
app-about-version = Policywright { $version }
app-about-legal-checked = Den juridiska informationen som kontrollerna bygger på (EES-länder, adekvansbeslut, lagar) kontrollerades senast { $date }.
app-back-to-project = Tillbaka till det öppna projektet
app-recovery-title = Återställa osparat arbete?
app-recovery-text = Appen stängdes utan att spara. En kopia av era ändringar från { $time } finns kvar. Vill ni fortsätta med den?
app-recovery-restore = Återställ ändringarna
app-recovery-discard = Släng kopian

## Osparade ändringar

app-unsaved-title = Spara ändringarna?
app-unsaved-text-close = { $file } har ändringar som inte är sparade. Vill ni spara dem innan ni stänger?
app-unsaved-text-new = { $file } har ändringar som inte är sparade. Vill ni spara dem innan ni börjar ett nytt projekt?
app-unsaved-text-open = { $file } har ändringar som inte är sparade. Vill ni spara dem innan ni öppnar ett annat projekt?
app-unsaved-save = Spara
app-unsaved-discard = Spara inte

## Steg och avsnitt

app-progress = Steg
app-state-complete = klart
app-state-incomplete = inte klart
app-state-errors = har fel
app-previous-section = Tillbaka: { $name }
app-next-section = Nästa: { $name }
app-section-organisation = Organisation
app-section-organisation-intro = Vem som ansvarar för personuppgifterna och hur man når er.
app-section-activities = Vad ni samlar in och varför
app-section-activities-intro = Beskriv varje sak ni använder personuppgifter till: vems uppgifter, vilka uppgifter, med vilken rättslig grund och hur länge.
app-section-sharing = Delning
app-section-sharing-intro = Alla som ni lämnar personuppgifter till: leverantörer som hanterar dem åt er, andra företag och myndigheter.
app-section-transfers = Utanför EES
app-section-transfers-intro = Mottagare i länder utanför EU, Island, Liechtenstein och Norge behöver ett rättsligt skydd för överföringen.
app-section-rights = Rättigheter och kontakt
app-section-rights-intro = Hur man använder sina rättigheter, till exempel att se eller radera sina uppgifter, och vart man kan klaga.
app-section-cookies = Kakor
app-section-cookies-intro = Kakor (cookies) och liknande tekniker på er webbplats, och hur besökare ger och återkallar samtycke.
app-section-children = Barn och automatiserade beslut
app-section-children-intro = Om er tjänst riktar sig till barn, och om en dator fattar viktiga beslut om människor på egen hand.
app-section-security = Säkerhet
app-section-security-intro = Hur ni skyddar personuppgifterna.
app-section-review = Granska och publicera
app-section-review-intro = Policyns version, datum och språk, och allt som fortfarande behöver er uppmärksamhet.

## Fält

app-choice-none = (inget)
app-choice-pick = Välj…
app-yes = Ja
app-no = Nej
app-missing-translation = Översättning saknas ({ $lang })
app-diag-error = Fel:
app-diag-warning = Kontrollera:
app-item-move-up = Upp
app-item-move-up-label = Flytta upp { $item }
app-item-move-down = Ner
app-item-move-down-label = Flytta ner { $item }
app-item-remove = Ta bort
app-item-remove-label = Ta bort { $item }
app-item-removed = { $item } togs bort.
app-undo = Ångra
app-transfer-adequate = EU har beslutat att landet skyddar personuppgifter tillräckligt väl (beslut om adekvat skyddsnivå). För USA gäller det bara företag som är certifierade enligt Data Privacy Framework.
app-transfer-not-adequate = EU har inget beslut om adekvat skyddsnivå för det här landet: överföringen behöver ett annat skydd, oftast standardavtalsklausulerna.
app-transfer-varies = Länderna varierar, så bara en skyddsåtgärd som följer med uppgifterna vart de än går kan täcka överföringen: standardavtalsklausuler eller bindande företagsbestämmelser.
app-lifetime-form = Sparas
app-lifetime-session = tills webbläsaren stängs (session)
app-lifetime-for = en bestämd tid
app-lifetime-up-to = upp till en bestämd tid
app-lifetime-range = mellan två tider
app-lifetime-until-deleted = tills den raderas
app-lifetime-none = inget sparas
app-lifetime-count = Antal
app-lifetime-unit = Enhet
app-lifetime-to-count = Till, antal
app-lifetime-to-unit = Till, enhet
app-lifetime-seconds = sekunder
app-lifetime-minutes = minuter
app-lifetime-hours = timmar
app-lifetime-days = dagar
app-lifetime-weeks = veckor
app-lifetime-months = månader
app-lifetime-years = år
app-own-add = Annat…
app-own-add-help = Lägg till något som saknas i listan, med egna ord på svenska och engelska
app-subset-empty = Kryssa först för vems uppgifter det gäller, under ”Vems uppgifter”.
app-own-entry = Egen uppgift { $n }
app-own-special = Känslig uppgift (till exempel hälsa, religion eller sexualliv)
app-own-remove-label = Ta bort { $entry }
app-field-in-lang = { $field } ({ $lang })
app-field-whole-project = Hela projektet

## Granskning

app-review-problems = Det här behöver åtgärdas
app-review-none = Inget att rätta: policyn är klar att publicera.
app-review-summary = Fel: { $errors }. Att kontrollera: { $warnings }. Välj en rad för att gå till frågan.

## Förhandsvisning

app-preview = Förhandsvisning
app-preview-hide = Dölj förhandsvisningen
app-preview-show = Visa förhandsvisningen
app-preview-language = Visa
app-preview-both = Båda språken
app-preview-doc = Policyn på { $lang }
app-preview-table = Tabell: { $heading }
app-preview-failed = Förhandsvisningen kunde inte skapas: { $error }

## Export

app-export-title = Exportera policyn
app-export-intro = Välj format och sedan mappen de ska sparas i. Varje format skrivs för varje språk som policyn publiceras på.
app-export-formats = Format
app-format-html = Webbsida (HTML)
app-format-html-help = En färdig sida som kan publiceras som den är.
app-format-fragment = HTML-fragment
app-format-fragment-help = Bara policytexten, för att klistra in i en sida på er befintliga webbplats.
app-format-md = Markdown
app-format-md-help = Text med enkel formatering, för redigering eller versionshantering.
app-format-pdf = PDF
app-format-pdf-help = Ett dokument klart för utskrift.
app-format-json = Policyn som data (JSON)
app-format-json-help = En fil med policyns uppgifter på alla språk, för utvecklare och verktyg (beskriven av ett JSON-schema).
app-format-consent = Kakbanner (mapp)
app-format-consent-help = En mapp att lägga på webbplatsen: en samtyckesbanner som listar policyns kakor, på alla språk, med instruktioner.
app-export-has-errors = Policyn har fortfarande fel ({ $errors }). Rätta dem först: ingenting exporteras så länge det finns fel. Steget Granska och publicera listar dem.
app-export-run = Välj mapp och exportera
app-export-progress = Skriver { $file } ({ $done } av { $total })
app-export-done = Skrivna filer: { $count }, i { $dir }
app-copy-fragment = Kopiera HTML-fragmentet ({ $lang })
app-copied = Kopierat till urklipp.
app-reveal-export = Öppna exportmappen

## Frågor: organisation

q-org-legal-name = Juridiskt namn
q-org-legal-name-help = Företagets eller föreningens registrerade namn, till exempel ”Bageri Lund AB”. Det är den som ansvarar för personuppgifterna.
q-org-number = Organisationsnummer
q-org-number-help = Numret som organisationen är registrerad under i sitt land, kontrollerat enligt landets regel: i Sverige organisationsnumret (556677-8899), i Finland FO-numret (1234567-8), i Danmark CVR-numret (åtta siffror), i Norge organisationsnumret (nio siffror), i Storbritannien company number (01234567 eller SC123456). Alla svenska bolag har ett; lämna tomt bara om organisationen saknar nummer, till exempel en liten förening. Då visas en påminnelse, inget fel.
q-org-address-street = Gatuadress
q-org-address-street-help = Postadressen dit man kan skriva till er.
q-org-address-postal-code = Postnummer
q-org-address-postal-code-help = Fem siffror, till exempel 222 21.
q-org-address-city = Ort
q-org-address-city-help = Orten i postadressen.
q-org-address-country = Land
q-org-address-country-help = Landet där organisationen är etablerad. Det avgör vilken lag policyn nämner vid sidan av GDPR och vilken tillsynsmyndighet som tar emot klagomål.
q-org-email = E-post
q-org-email-help = En adress som man kan använda för frågor om sina personuppgifter. En gemensam adress (som info@) är bättre än en personlig.
q-org-phone = Telefon
q-org-phone-help = Frivilligt. Ett nummer man kan ringa om sina personuppgifter.
q-org-website = Webbplats
q-org-website-help = Frivilligt. Adressen till er webbplats, som börjar med https://.
q-org-dpo = Vi har ett dataskyddsombud
q-org-dpo-help = Kryssa i om ni har utsett ett dataskyddsombud. De flesta små företag behöver inget; myndigheter och den som övervakar människor i stor skala behöver.
q-org-dpo-name = Dataskyddsombudets namn
q-org-dpo-name-help = Frivilligt. Ett namn eller en roll, som ”Dataskyddsombud”.
q-org-dpo-email = Dataskyddsombudets e-post
q-org-dpo-email-help = Man ska kunna kontakta dataskyddsombudet direkt.
q-org-dpo-phone = Dataskyddsombudets telefon
q-org-dpo-phone-help = Frivilligt.
q-org-rep = Vi har en företrädare i EU
q-org-rep-help = Bara för organisationer utanför EU som vänder sig till människor i EU: de utser en företrädare inom EU (artikel 27 i dataskyddsförordningen).
q-org-rep-name = Företrädarens namn
q-org-rep-name-help = Personen eller företaget som företräder er i EU.
q-org-rep-address-street = Företrädarens gatuadress
q-org-rep-address-street-help = Företrädarens postadress.
q-org-rep-address-postal-code = Företrädarens postnummer
q-org-rep-address-postal-code-help = Postnumret i den adressen.
q-org-rep-address-city = Företrädarens ort
q-org-rep-address-city-help = Orten i den adressen.
q-org-rep-address-country = Företrädarens land
q-org-rep-address-country-help = Måste vara ett land i EU.
q-org-rep-email = Företrädarens e-post
q-org-rep-email-help = Där man når företrädaren.
q-org-gdpr-reach = Varför dataskyddsförordningen gäller för er
q-org-gdpr-reach-help = Ni är etablerade utanför EU och EES, så dataskyddsförordningen gäller bara för personer i EU eller EES som ni erbjuder varor eller tjänster eller vars beteende ni övervakar där (artikel 3.2). Välj vilket, så att policyn anger den grund som stämmer.

## Frågor: vad ni samlar in och varför

q-activities = Användningar av personuppgifter
q-activities-help = Lägg till en post för varje ändamål, till exempel att hantera beställningar, skicka nyhetsbrev eller rekrytera. Policyn beskriver var och en.
q-activities-empty = Inga användningar tillagda ännu.
q-activity-add = Lägg till en användning
q-activity-item = { $n }. { $name }
q-activity-item-unnamed = { $n }. (inget ändamål valt ännu)
q-act-purpose = Ändamål
q-act-purpose-help = Vad ni använder uppgifterna till. Välj ett vanligt ändamål, eller välj ”(inget)” och beskriv det med egna ord nedan.
q-act-title = Kort rubrik
q-act-title-help = Några ord som namnger ändamålet, till exempel ”Sortera dina utgifter”. Den blir rubrik i policyn och namnger ändamålet i tabellerna. Om ni har valt ett vanligt ändamål ersätter den listans formulering. Håll den kort: förklaringen skriver ni nedanför.
q-act-description = Förklaring
q-act-description-help = Vad ni gör och varför, i några korta meningar under rubriken. Utan vanligt ändamål och kort rubrik blir den här texten själva rubriken, så håll den då kort.
q-act-people = Vems uppgifter
q-act-people-help = Kryssa i alla grupper av människor som det gäller.
q-act-data = Vilka uppgifter
q-act-data-help = Kryssa i alla slags uppgifter som ni använder för det här ändamålet. Hälsa, religion, fackmedlemskap och liknande är känsliga uppgifter med strängare regler.
q-act-legal-basis = Rättslig grund
q-act-legal-basis-help = Skälet till att lagen tillåter användningen. Avtal: ni behöver uppgifterna för att leverera det som personen beställt. Rättslig förpliktelse: en lag kräver det, som bokföring. Berättigat intresse: ni har ett intresse som personens intressen och grundläggande rättigheter och friheter inte väger tyngre än, vilket en intresseavvägning visar. Samtycke: personen har sagt ja och kan ta tillbaka det när som helst.
q-act-special-condition = Undantag för känsliga uppgifter
q-act-special-condition-help = Känsliga uppgifter får bara användas enligt något av undantagen i artikel 9.2 i dataskyddsförordningen. Välj det som gäller.
q-act-legitimate-interest = Ert berättigade intresse
q-act-legitimate-interest-help = Skriv vilket ert intresse är, till exempel ”att hålla vårt kundregister korrekt” eller ”att förhindra bedrägerier”. Man har rätt att få veta det.
q-act-bases = Flera rättsliga grunder
q-act-bases-help = Bara om lagen tillåter användningen på olika grunder för olika personer, till exempel avtal för era kunder och berättigat intresse för deras kontaktpersoner. Lägg till en rättslig grund för varje grupp; alla personer under ”Vems uppgifter” behöver en. Lämna listan tom när en rättslig grund gäller alla.
q-act-bases-empty = En rättslig grund gäller alla.
q-basis-add = Lägg till en rättslig grund
q-basis-item = { $n }. { $name }
q-basis-item-unnamed = { $n }. (rättslig grund inte vald än)
q-act-basis = Rättslig grund
q-act-basis-help = Skälet till att lagen tillåter användningen för de här personerna.
q-act-basis-people = För vems uppgifter
q-act-basis-people-help = Kryssa för de personer som den här rättsliga grunden gäller, bland dem ni kryssade för under ”Vems uppgifter”.
q-act-basis-situation = När den här rättsliga grunden gäller
q-act-basis-situation-help = Bara om den rättsliga grunden beror på situationen snarare än på vems uppgifter det är. Skriv ord som fortsätter ”när …”, till exempel ”lagen kräver ditt samtycke” eller ”vi lämnar ut uppgifter för att skydda våra rättigheter”. En grund med en situation och inga personer ikryssade gäller alla.
q-act-basis-interest = Ert berättigade intresse för de här personerna
q-act-basis-interest-help = Beskriv vilket intresse ni har av att använda de här personernas uppgifter, till exempel ”att kunna samarbeta med de personer som kunden har utsett”.
q-act-balancing-test = Vi har gjort och dokumenterat en intresseavvägning
q-act-balancing-test-help = Kryssa bara i om ni har vägt ert intresse mot personens intressen och grundläggande rättigheter och friheter, kommit fram till att de inte väger tyngre än ert intresse och sparat avvägningen. Då säger policyn det. Har ni inte gjort det, gör avvägningen först: lagen kräver att ni kan visa den.
q-act-consent-collected-by = Vem som samlar in samtycket åt er, om någon annan gör det
q-act-consent-collected-by-help = Fyll bara i om en partner ber om samtycket för er räkning, till exempel en bokningssajt eller en jämförelsetjänst. Skriv ord som fortsätter ”Du lämnade ditt samtycke via …”, till exempel ”bokningssajten Resekollen när du bokade där”. Då säger policyn det och att personen kan återkalla samtycket hos er eller hos partnern. Lämna tomt om ni samlar in samtycket själva.
q-act-laws = Lagen som fastställer skyldigheten eller uppgiften
q-act-laws-help = Policyn nämner den vid den rättsliga grunden (artikel 6.3 i dataskyddsförordningen). Välj den i listan eller skriv dess namn, till exempel ”bokföringslagen”. Bara EU-rätt eller lag i ett land inom EU eller EES räknas.
q-act-restrictions = Lagar som kräver att ni sparar uppgifterna
q-act-restrictions-help = Kryssa för en lag som kräver att ni sparar uppgifterna även om personen ber er radera dem. Då förklarar policyn begränsningen av rättigheterna och vad personen kan göra i stället. Patientjournaler kommer med utan kryss. Det här är svenska lagar.
q-act-identity-number-reason = Varför ni behöver personnumret
q-act-identity-number-reason-help = Personnummer får användas utan samtycke bara när det är klart motiverat, till exempel för säker identifiering (dataskyddslagen). Förklara varför.
q-act-requirement = Måste man lämna uppgifterna?
q-act-requirement-help = Ange om en lag kräver att ni samlar in uppgifterna, om ett avtal kräver dem eller om de behövs för att ingå ett avtal. Om det är frivilligt, välj det. Vid en rättslig förpliktelse måste frågan besvaras: policyn utgår aldrig från att det är frivilligt.
q-act-consequence = Vad händer om man inte gör det
q-act-consequence-help = Till exempel ”vi kan inte leverera beställningen” eller ”vi kan inte anställa dig”. Man ska veta vad det innebär att säga nej.
q-act-direct-marketing = Det här är direktmarknadsföring
q-act-direct-marketing-help = Kryssa i om ni använder uppgifterna för att marknadsföra era varor eller tjänster till personen, med post, e-post, telefon eller på nätet, också till affärskontakter. Policyn säger då att personen alltid kan invända och att ni då måste sluta. Nyhetsbrev och marknadsföring i listan över ändamål räknas alltid som direktmarknadsföring.
q-act-profiling = Det här innebär profilering
q-act-profiling-help = Kryssa i om ni bedömer personer automatiskt för det här ändamålet utan att fatta beslut med rättsliga eller liknande betydande följder: till exempel riktad reklam, anpassat innehåll, poäng för säljkontakter eller sortering av transaktioner i kategorier. Policyn kallar det profilering och säger hur personen kan invända mot den.
q-act-profiling-logic = Så går profileringen till
q-act-profiling-logic-help = Med enkla ord: vilka uppgifter ni tittar på och vad som kommer ut, till exempel ”vi ger varje kontakt ett värde från 0 till 100 efter företagets storlek och personens roll”.
q-act-sources = Andra källor än personen
q-act-sources-help = Lägg till varje ställe där ni får uppgifterna ifrån, utöver personen själv, till exempel ett kreditupplysningsföretag, en arbetsgivare, ett offentligt register eller en köpt adresslista. Ange för varje källa om den är allmänt tillgänglig. Lämna listan tom om alla uppgifter kommer från personen.
q-act-sources-empty = Inga andra källor: alla uppgifter kommer från personen.
q-source-add = Lägg till en källa
q-source-item = { $n }. { $name }
q-source-item-unnamed = { $n }. (inte beskriven än)
q-act-source-description = Var uppgifterna kommer ifrån
q-act-source-description-help = Ange källan eller vilket slags källa det är.
q-act-source-public = Källan är allmänt tillgänglig
q-act-source-public-help = Till exempel ett offentligt register eller en webbplats som alla kan läsa. En lista som ni har köpt är det inte.
q-act-from-person = En del av uppgifterna kommer också från personen
q-act-from-person-help = Kryssa i om personen också lämnar en del av uppgifterna själv, till exempel genom att svara er. Policyn säger då också om personen måste lämna dem.
q-act-retention = Hur länge ni sparar uppgifterna
q-act-retention-help = Välj regeln som avgör när ni raderar uppgifterna. Om ingen passar, välj egen beskrivning.
q-act-retention-months = Antal månader
q-act-retention-months-help = Hur många månader ni sparar uppgifterna, räknat som den valda regeln säger.
q-act-retention-text = Lagringstiden med egna ord
q-act-retention-text-help = Beskriv hur länge ni sparar uppgifterna, eller vad som avgör det.
q-act-retention-end = Vad som avslutar lagringstiden
q-act-retention-end-help = Vad avgör när ni raderar uppgifterna efter den kortaste tiden? Till exempel ”Därefter går vi igenom journalen varje år och raderar den när den inte längre behövs för din vård.” Policyn säger att ni raderar uppgifterna när tiden har gått ut, så tiden måste ha ett slut.
q-act-retention-anonymised = När tiden har gått ut anonymiserar vi uppgifterna i stället för att radera dem
q-act-retention-anonymised-help = Kryssa i om ni, när tiden har gått ut, tar bort allt som kopplar uppgifterna till en person och sparar resten, till exempel för statistik. Då säger policyn det i stället för ”vi raderar uppgifterna”. Uppgifter som fortfarande kan kopplas till någon är inte anonymiserade.
q-act-retention-ends = Vad som upphör innan tiden börjar räknas
q-act-retention-ends-help = Ange vad månaderna räknas från, så att policyn säger det: medlemskapet, avtalet, kontot, anställningen, det senaste köpet eller den senaste kontakten. Obesvarat säger policyn ”efter att vår relation med dig har upphört”.
q-act-id = Id som mottagare länkar den här användningen med

## Frågor: delning

q-recipients = Mottagare
q-recipients-help = Lägg till alla som ni lämnar personuppgifter till. Ni kan ange ett företag eller beskriva en grupp, som ”vår redovisningsbyrå”.
q-recipients-empty = Inga mottagare tillagda ännu.
q-recipient-add = Lägg till en mottagare
q-recipient-item = { $n }. { $name }
q-recipient-item-unnamed = { $n }. (inget namn ännu)
q-rec-name = Mottagarens namn
q-rec-name-help = Ett företagsnamn eller en beskrivning av en grupp mottagare.
q-rec-kind = Slags mottagare
q-rec-kind-help = Ett personuppgiftsbiträde hanterar uppgifter åt er (till exempel en it-leverantör) enligt ett personuppgiftsbiträdesavtal. En självständig personuppgiftsansvarig bestämmer själv, som en bank eller Skatteverket. En gemensamt personuppgiftsansvarig bestämmer tillsammans med er, som Meta för en pixel på er webbplats. Även andra användare av er tjänst och allmänheten (för ett publicerat omdöme) kan vara mottagare.
q-rec-purpose = Varför de får uppgifterna
q-rec-purpose-help = Till exempel ”för att driva vår webbplats” eller ”för att sköta vår bokföring”.
q-rec-country = Land där uppgifterna hanteras
q-rec-country-help = Där mottagaren lagrar eller hanterar uppgifterna. Välj ”länder som varierar” när uppgifterna går till länder som ni inte kan ange i förväg, till exempel en molntjänsts underleverantörer. Ett land utanför EES kräver ett skydd, som ni anger i nästa steg.
q-rec-activities = Vad de får uppgifterna för
q-rec-activities-help = Kryssa för de användningar av personuppgifter som mottagaren får uppgifter för. Policyns tabell över mottagare visar dem då i en kolumn ”För”. Lämna alla tomma för att inte säga något om det.
q-rec-laws = Lagen som kräver att uppgifterna lämnas ut
q-rec-laws-help = Om en lag kräver att ni lämnar uppgifterna till myndigheten, ange den; då säger policyn det. Lämna tomt om ingen lag kräver det.
q-rec-joint-essence = Vad var och en av er ansvarar för
q-rec-joint-essence-help = Det väsentliga i ert arrangemang (artikel 26.2), som policyn måste ange. Till exempel ”Vi ansvarar för att be om ditt samtycke och informera dig; Meta ansvarar för uppgifterna när Meta har fått dem.”
q-rec-joint-contact = Vem man kontaktar om den gemensamma behandlingen
q-rec-joint-contact-help = Till exempel ”Oss på integritet@exempel.se” eller den andra ansvariges webbsida. Lämnar ni tomt säger policyn att man kontaktar er. Policyn säger alltid att man kan utöva sina rättigheter mot var och en av er.
q-rec-other-countries = Andra länder där uppgifterna hanteras
q-rec-other-countries-help = Lägg till varje ytterligare land där mottagaren hanterar uppgifterna, eller ”länder som varierar”. Varje land utanför EES behöver en egen skyddsåtgärd.
q-rec-other-countries-empty = Inga andra länder.
q-rec-other-country-add = Lägg till ett land
q-rec-other-country-item = { $name }
q-rec-other-country-item-unnamed = Land { $n }
q-rec-other-country = Land
q-rec-other-country-help = Ett land, eller ”länder som varierar” (då kan bara standardavtalsklausuler eller bindande företagsbestämmelser vara skyddsåtgärden).

## Frågor: överföring utanför EES

q-transfers = Mottagare utanför EES
q-transfers-help = Välj för varje land utanför EES där en mottagare hanterar uppgifterna vad som gör överföringen laglig. En mottagare i flera sådana länder behöver en skyddsåtgärd för vart och ett.
q-transfers-empty = Ingen mottagare hanterar uppgifter utanför EES, så här finns inget att svara på.
q-transfer-item = { $name }
q-transfer-item-unnamed = Mottagare { $n }
q-tr-safeguard = Skydd för överföringen
q-tr-safeguard-help = Ett beslut om adekvat skyddsnivå betyder att EU har bedömt landets skydd som tillräckligt. Annars är EU:s standardavtalsklausuler från 2021 det vanliga skyddet. För USA gäller Data Privacy Framework bara certifierade företag. Vet ni inte vad leverantören använder? Det står i dess personuppgiftsbiträdesavtal (DPA). Har ni valt tjänsten i katalogen under Delning är det redan ifyllt när leverantören själv anger det.
q-tr-varies-how = Vad som varierar
q-tr-varies-how-help = Ange vad ”länder som varierar” betyder här, så att policyn säger något som stämmer: länder som skiftar över tid, flera länder som ni inte räknar upp, det land som personen väljer, eller där lagen kräver att uppgifter lämnas ut. Utan svar säger policyn att länderna skiftar över tid.
q-tr-dpf-fallback = Om Data Privacy Framework upphör att gälla
q-tr-dpf-fallback-help = Beslutet om ramverket gäller, men det har överklagats till EU-domstolen. Har ni redan avtalat om standardavtalsklausuler med mottagaren, eller följer den bindande företagsbestämmelser, välj det här; policyn säger då att överföringen fortsätter med det skyddet. Lämna tomt om ni inte har något sådant.
q-tr-derogation = Vilket undantag överföringen stöder sig på
q-tr-derogation-help = Artikel 49 tillåter en överföring utan skyddsåtgärd bara i särskilda situationer, och bara ibland. Välj det undantag som gäller; policyn nämner det.
q-tr-uk-safeguard = Skydd enligt UK GDPR
q-tr-uk-safeguard-help = Ni är etablerade i Storbritannien, och brittisk lag anser inte att landet har en adekvat skyddsnivå. EU:s verktyg ovan räcker inte ensamma enligt brittisk lag: välj vad överföringen stöder sig på enligt UK GDPR.
q-tr-safeguard-copy = Hur man får en kopia av skyddet
q-tr-safeguard-copy-help = Till exempel ”Kontakta oss så skickar vi en kopia” eller en länk till leverantörens sida.

## Frågor: rättigheter och kontakt

q-rights-email = E-post för begäranden
q-rights-email-help = Dit man skickar begäranden om att se, rätta eller radera sina uppgifter. Lämna tomt för att använda organisationens e-post.
q-rights-form-url = Webbformulär för begäranden
q-rights-form-url-help = Frivilligt. Adressen till ett formulär på er webbplats, om ni har ett.
q-rights-response-days = Kortare svarstid i dagar (frivilligt)
q-rights-response-days-help = Lämna tomt så säger policyn att ni svarar inom en månad, som lagen kräver. Ange ett tal bara för att lova ett snabbare svar: högst 28 dagar, eftersom ett längre löfte kan bli mer än en månad (februari).
q-rights-identity-check = Hur ni kontrollerar vem som frågar
q-rights-identity-check-help = Så att ni inte lämnar ut uppgifter till fel person. Till exempel ”vi svarar bara till den e-postadress vi har registrerad”.
q-authority = Vi anger själva myndigheten för klagomål
q-authority-help = Policyn nämner den tillsynsmyndighet man kan klaga hos. Normalt är det myndigheten i landet där ni är etablerade (i Sverige IMY); utanför EU och EES den i landet där er företrädare i EU finns. Kryssa i för att ange en annan, eller när policywright inte känner till er myndighet.
q-authority-country = Myndighet
q-authority-country-help = En av de myndigheter som policywright känner till, med aktuell adress. Låt den stå på ”(inget)” för att skriva in en annan myndighets uppgifter nedan.
q-authority-name = Myndighetens namn
q-authority-name-help = Myndighetens namn på båda språken.
q-authority-address = Myndighetens postadress
q-authority-address-help = Hela postadressen.
q-authority-website = Myndighetens webbplats
q-authority-website-help = Börjar med https://.
q-authority-email = Myndighetens e-post
q-authority-email-help = Frivilligt.
q-authority-phone = Myndighetens telefon
q-authority-phone-help = Frivilligt.

## Frågor: kakor

q-cookies = Kakor
q-cookies-help = Lista varje kaka som er webbplats sätter, och varje liknande teknik som er webbplats eller app använder för att spara eller läsa information i besökarens enhet: lokal lagring eller sessionslagring, spårningspixlar, SDK:er i en app. Lämna listan tom om det inte finns några, eller om er egen policy för kakor (nedan) listar dem.
q-cookies-empty = Inga kakor eller liknande tekniker tillagda.
q-cookie-add = Lägg till en kaka eller teknik
q-cookie-item = { $n }. { $name }
q-cookie-item-unnamed = { $n }. (inget namn ännu)
q-cookie-name = Namn
q-cookie-name-help = Det tekniska namnet som webbläsaren visar, till exempel ”_ga”, eller teknikens namn, till exempel ”Meta Pixel”.
q-cookie-technology = Vad det är
q-cookie-technology-help = En kaka, eller en liknande teknik som sparar eller läser information i besökarens enhet: lokal lagring eller sessionslagring i webbläsaren, en spårningspixel, en SDK i er app, eller fingeravtryck av enheten. Samma regler om samtycke gäller för dem alla.
q-cookie-provider = Sätts av
q-cookie-provider-help = Vem som sätter den: er organisation (skriv namnet som i steget Organisation) eller företaget vars skript eller tjänst gör det, till exempel ”Hotjar”.
q-cookie-data-recipient = Vem som får uppgifterna
q-cookie-data-recipient-help = Bara när någon annan än den som sätter den får uppgifterna den samlar in. Google Analytics _ga sätts via er egen webbplats, men Google får uppgifterna: skriv ”Google”. Lämna tomt när den som sätter den får uppgifterna.
q-cookie-purpose = Vad den används till
q-cookie-purpose-help = Med enkla ord, till exempel ”kommer ihåg vad som ligger i varukorgen”.
q-cookie-category = Kategori
q-cookie-category-help = Nödvändiga kakor kräver inget samtycke. Inställningar, statistik och marknadsföring kräver besökarens samtycke först.
q-cookie-lifetime = Hur länge den finns kvar
q-cookie-lifetime-help = Hur länge den finns kvar i enheten: tills webbläsaren stängs (en session), en bestämd tid (”1 minut”, ”13 månader”), upp till en bestämd tid (”upp till 2 år”), mellan två tider (”30 sekunder till 1 år”), tills den raderas (lokal lagring har inget eget slut), eller inget sparas (en pixel eller ett fingeravtryck läser bara).
q-cookie-party = Första- eller tredjepart
q-cookie-party-help = Vems domän den hör till, inte vem som får uppgifterna. Förstapart: er webbplats domän, dit även _ga och _fbp hör fast Google och Meta får deras uppgifter. Tredjepart: ett annat företags domän, till exempel ett annonsnätverks.
q-cookies-consent = Hur besökare ger samtycke
q-cookies-consent-help = Till exempel ”via kakbannern vid första besöket”.
q-cookies-withdrawal = Hur besökare ändrar eller återkallar samtycket
q-cookies-withdrawal-help = Det ska vara lika enkelt att återkalla som att ge samtycke. Till exempel ”via länken Kakinställningar längst ner på varje sida”.
q-cookies-policy-url = Er policy för kakor eller ert samtyckesverktyg
q-cookies-policy-url-help = Om er webbplats har en egen policy för kakor, eller en sida i ert samtyckesverktyg som listar kakorna, anger ni adressen här (https://…). Integritetspolicyn länkar dit för de detaljer som finns där.

## Frågor: barn och automatiserade beslut

q-children-addressed = Vår tjänst riktar sig till barn
q-children-addressed-help = Kryssa i om barn hör till dem ni vill nå, till exempel med ett spel eller en skoltjänst.
q-children-guardian-consent = Hur en vårdnadshavare ger samtycke
q-children-online-service = Erbjuder ni en tjänst på internet direkt till barn?
q-children-online-service-help = Svara ja för en app, ett spel eller en annan tjänst på internet som barn använder själva. Bara för en sådan tjänst anger lagen en fast ålder då barnet samtycker själv (13 år i Sverige, 15 i Danmark, 16 i Tyskland). För annat samtycke, som till bilder eller hälsouppgifter, gäller andra regler.
q-children-guardian-consent-help = Beskriv hur en vårdnadshavare ger samtycke när ett barn inte kan samtycka själv: under 13 år för en tjänst på internet, annars när barnet inte är moget nog.
q-children-minimum-age = Åldersgräns
q-children-minimum-age-help = Om er tjänst inte är till för personer under en viss ålder, ange den åldern, till exempel 18. Lämna tomt om det inte finns någon åldersgräns. Det är något annat än en tjänst som är till för barn.
q-children-younger-found = Om ni hittar uppgifter om någon som är yngre
q-children-younger-found-help = Beskriv vad ni gör när ni upptäcker att ni har uppgifter om någon under åldersgränsen, till exempel ”vi stänger kontot och raderar uppgifterna”.
q-ad-used = Vi fattar automatiserade beslut om människor
q-ad-used-help = Kryssa bara i om en dator ensam fattar beslut som påverkar människor i betydande grad, som att neka kredit, utan att en person tittar på ärendet.
q-ad-logic = Hur besluten fattas
q-ad-logic-help = Förklara med enkla ord vilka uppgifter som används och hur de leder till beslutet.
q-ad-consequences = Vad det betyder för personen
q-ad-consequences-help = Beskriv vad beslutet kan leda till och hur man kan be att en människa prövar det.
q-ad-ground = Varför lagen tillåter besluten
q-ad-ground-help = Sådana beslut är tillåtna bara om de är nödvändiga för ett avtal med personen, tillåtna enligt lag eller bygger på personens uttryckliga samtycke (artikel 22.2). Utan något av dessa måste en människa fatta besluten.
q-ad-laws = Lagen som tillåter besluten
q-ad-laws-help = Ange den lag inom EU eller i ett land inom EU eller EES som tillåter besluten och ger skyddsåtgärder för dem (artikel 22.2 b i dataskyddsförordningen).
q-ad-profiling = Vi använder profilering
q-ad-profiling-help = Kryssa i om ni bedömer personer automatiskt, till exempel deras intressen, beteende eller betalningsförmåga, även när inget beslut följer. Policyn kallar det profilering. Profilering för ett visst ändamål anger ni hellre vid ändamålet, under ”Användningar av personuppgifter”; det här avsnittet listar den då.
q-ad-profiling-description = Vad profileringen är och vad den används till
q-ad-profiling-description-help = Med enkla ord, till exempel ”appen föreslår övningar utifrån hur barnet har klarat tidigare uppgifter”.

## Frågor: säkerhet

q-security-measures = Säkerhetsåtgärder
q-security-measures-help = Kryssa i det ni faktiskt gör för att skydda uppgifterna. Policyn nämner dem bara i allmänna ordalag, utan detaljer som hjälper en angripare.
q-security-description = Mer om säkerheten
q-security-description-help = Frivilligt. Annat ni vill berätta om hur ni skyddar uppgifterna.

## Frågor: granska och publicera

q-policy-version = Version
q-policy-version-help = Versionsnumret som läsaren ser, till exempel 1.0. Höj det när ni ändrar policyn.
q-policy-effective-date = Gäller från
q-policy-effective-date-help = Dagen då policyn börjar gälla, skriven som 2026-03-01. Datumet skrivs i policyn, och samma datum ger alltid samma dokument.
q-policy-languages = Språk att publicera på
q-policy-languages-help = Policyn skrivs på varje språk som är ikryssat. Texter ni skriver efterfrågas på de språken.
q-policy-url = Policyns adress på webbplatsen
q-policy-url-help = Adressen till sidan där ni publicerar policyn, till exempel https://salongklippet.se/integritet. Kakbannern länkar dit till avsnittet om kakor. Ni kan lämna den tom tills sidan finns.
q-policy-prevailing-language = Språket som gäller om versionerna skiljer sig
q-policy-prevailing-language-help = Om översättningarna någon gång säger olika saker är det det här språket som avgör.
q-policy-change-channels = Hur ni berättar om ändringar
q-policy-change-channels-help = Var man får veta att policyn har ändrats.
q-policy-processor-data = Uppgifter som ni behandlar åt era kunder som personuppgiftsbiträde
q-policy-processor-data-help = Om ni också behandlar personuppgifter åt era kunder, till exempel uppgifter som de sparar i er programvara, beskriv dem här, till exempel ”uppgifterna som våra kunder sparar i vårt bokningssystem”. Då säger policyn att den inte gäller de uppgifterna och att varje kunds egen integritetspolicy gör det. Lämna tomt om ni inte behandlar uppgifter åt kunder.
q-policy-new-purpose-consent = Vi ber om samtycke innan vi använder uppgifter för ett nytt ändamål
q-policy-new-purpose-consent-help = Lagen kräver att ni berättar för personerna innan ni använder deras uppgifter för ett nytt ändamål. Kryssa bara i om ni dessutom lovar att be om deras samtycke först och att inte använda uppgifterna för det nya ändamålet utan det. Då ger policyn det löftet, så håll det.
q-policy-change-summary = Vad som ändrats i den här versionen
q-policy-change-summary-help = En eller två meningar om vad som är nytt sedan den senast publicerade versionen. När ni publicerar sparas den med versionen i historiken och visas i policyns versionshistorik, bredvid avsnitten som ändrats.

## Publicering, historik, jämförelse, granskningsmemo (ui/src/versions.ts)
app-publish = Publicera version…
app-publish-title = Publicera en version
app-publish-intro = När ni publicerar sparas den här versionen av policyn, på alla språk den publiceras på, i projektets historik: numret, dagen den gäller från, texten och vad som ändrats. Spara projektet efteråt för att behålla den.
app-publish-version = Versionsnummer
app-publish-date = Gäller från (ÅÅÅÅ-MM-DD)
app-publish-run = Publicera
app-history = Versioner…
app-history-title = Publicerade versioner
app-history-empty = Ingen version har publicerats ännu. Publicera en med ”Publicera version…”.
app-history-version = Version
app-history-date = Datum
app-history-languages = Språk
app-history-summary = Vad som ändrades
app-history-not-recorded = texten är inte sparad
app-history-open = Läs version { $version }
app-version-title = Version { $version } (skrivskyddad)
app-compare-title = Jämför versioner
app-compare-from = Från
app-compare-to = Till
app-compare-lang = Språk
app-compare-run = Jämför
app-compare-draft = Nuvarande svar (utkast)
app-compare-old = Före
app-compare-new = Efter
app-compare-legend = Borttagna ord är överstrukna och markerade [−…]; tillagda ord är understrukna och markerade [+…].
app-memo = Granskningsmemo…
app-memo-title = Granskningsmemo
app-memo-intro = Granskningsmemot visar vilken information artikel 13 och 14 kräver och vilket avsnitt som ger den, alla fel och varningar, granskningens anmärkningar och hur lättläst varje avsnitt är: HTML och PDF på varje publicerat språk.
app-memo-run = Välj mapp och skriv
app-memo-done = Skrivna filer: { $count }, i { $dir }
app-lint = Anmärkningar vid granskningen
app-lint-none = Inga anmärkningar.
app-lint-silenced = Tystad: { $id } — { $reason }
app-export-versioned = Ta med versionen i filnamnen (policy-{ $version }.sv.pdf)
app-overwrite-title = Filer från en annan version
app-overwrite-intro = Mappen har filer från en annan version av policyn:
app-overwrite-yes = Skriv över dem
app-overwrite-no = Avbryt
q-history-version = Nummer på en publicerad version
q-history-date = Datum för en publicerad version
q-history-summary = Vad som ändrades i en publicerad version
q-silenced-lint = Tystad granskningskontroll
q-silenced-reason = Skäl till att en granskningskontroll är tystad


# Vyn Klausuler (docs/clauses.md).
app-clauses = Klausuler
app-clauses-title = Klausuler
app-clauses-intro = Policyns alla klausuler i ordning, på varje språk: om den gäller för de här svaren, varifrån texten kommer, om standardtexten har ändrats sedan den skrevs om, och vilka uppgifter i artikel 13 och 14 GDPR den täcker. Skriv om en klausul för det här projektet med Redigera.
app-clauses-uncovered = De här uppgifterna gäller för svaren, men ingen klausul täcker dem:
app-house-style = Husstil
app-house-style-none = Ingen: de inbyggda texterna används.
app-house-style-choose = Välj en mapp med husstil…
app-house-style-clear = Använd de inbyggda texterna
app-clause-id = Klausul
app-clause-edit = Redigera ({ $lang })
app-clause-applies = gäller
app-clause-not-applies = gäller inte för de här svaren
app-clause-source-built-in = Inbyggd text
app-clause-source-house-style = Husstil
app-clause-source-override = Projektets egen text
app-clause-source-custom = Egen klausul
app-clause-stale = standardtexten har ändrats
app-clause-broken = innehåller ett fel
app-clause-remove = Ta bort
app-clause-add-title = Lägg till en egen klausul
app-clause-new-id = Id (små bokstäver, siffror, bindestreck)
app-clause-new-after = Efter klausul
app-clause-add = Lägg till klausul
app-clause-editing = Klausul ”{ $clause }” ({ $lang })
app-clause-template = Mall
app-clause-rendered = Klausulen som den blir för det här projektet
app-clause-close = Stäng redigeraren
app-clause-reset = Återställ standardtexten
app-clause-reset-undo = Ångra återställningen
app-clause-cursor = Rad { $line }, kolumn { $column }
app-clause-problem-at = Rad { $line }, kolumn { $column }:
app-clause-stale-text = Standardtexten för den här klausulen har ändrats sedan projektets text skrevs. Din text används fortfarande. Jämför den gamla standardtexten, den nya och din text, och godta sedan sammanslagningen.
app-clause-merge-old = Gammal standardtext
app-clause-merge-new = Ny standardtext
app-clause-merge-mine = Projektets text
app-clause-merge-clean = Sammanslagen text (inga konflikter):
app-clause-merge-conflicts = Sammanslagen text: lös konflikterna mellan <<<<<<< och >>>>>>> innan du godtar.
app-clause-merge-accept = Godta sammanslagningen
app-clause-covers = Uppgifter i artikel 13 och 14 GDPR som texten täcker
q-services = Vilka av de här tjänsterna använder ni?
q-services-help = Kryssa för de tjänster ert företag använder. Varje tjänst lägger till företaget bakom den som mottagare, med dess roll, vart uppgifterna skickas och med vilken skyddsåtgärd, och dess kakor, så långt leverantörens egna dokument säger det (kontrollerat { $date }). Ni kan ändra allt nedan; kryssar ni ur en tjänst tas det bort som den lade till.
app-services-search = Sök bland tjänsterna
app-services-shown = { $shown } av { $total } tjänster visas
app-service-from = Uppgifter från katalogen över tjänster: { $name }. Vid varje uppgift står var den lästes och när; ändrar ni en uppgift nedan gäller ert svar.
app-service-fact = { $what } (källa: { $source }, kontrollerad { $date })
app-service-role-unknown = Leverantörens dokument som vi kunde läsa säger inte om den är ert personuppgiftsbiträde eller själv personuppgiftsansvarig: välj dess roll nedan (det står i dess personuppgiftsbiträdesavtal, om den har ett).
app-service-location-unknown = Katalogen vet inte om uppgifterna lämnar EES: titta i leverantörens personuppgiftsbiträdesavtal eller dess lista över underbiträden, och lägg till varje land utanför EES nedan.
app-service-safeguard-unknown = Leverantören anger länderna men inte sin skyddsåtgärd: det står i dess personuppgiftsbiträdesavtal (ofta standardavtalsklausuler); välj den i steget Utanför EES.
app-service-controller-transfers = { $name } bestämmer själv vart de uppgifter den tar emot skickas (den är självständigt personuppgiftsansvarig), så dess egna överföringar hör hemma i dess integritetspolicy, inte i er.
app-service-stays-in-eea = uppgifterna stannar inom EES
app-service-unknown = ”{ $id }” finns inte i den här versionens katalog över tjänster: uppgifterna är de som ert projekt anger.
app-about-services-checked = Katalogen över tjänster (leverantörer, roller, överföringar, kakor) kontrollerades senast { $date }.
app-export-draft = Svaren har ändrats sedan version { $version } publicerades, så det här är inte texten i version { $version }. Filerna märks som utkast: versionsraden, PDF-filens metadata och, med versionen i filnamnen, ”draft” där. Publicera först en ny version om du vill exportera den nya texten som en version.
app-export-publish-first = Publicera en ny version…
app-history-export = Exportera version { $version }…
app-export-version-title = Exportera version { $version } som den publicerades
app-state-unvisited = inte besökt än
app-menu-file = Arkiv
app-menu-versions = Publicering
q-org-sole-trader = Verksamheten är en enskild firma
q-org-sole-trader-help = Då är dess nummer ägarens personnummer: det efterfrågas inte, och policyn publicerar det inte. Namn, adress och e-post räcker för att identifiera verksamheten.

