# Publicering, historik, jämförelse, granskning och granskningsmemot (src/review/).

## Granskning: en rad var, visas med platsen (`lint-<id>`, id:n i src/review/lint.rs).
lint-repealed-reference = Texten hänvisar till { $reference }, som är upphävt eller ogiltigt: hänvisa till det som gäller i dag i stället.
lint-outdated-name = ”{ $reference }” är inaktuellt: { $now }.
lint-consent-without-withdrawal = Samtycke är en rättslig grund här, men texten säger inte att och hur samtycket kan återkallas (artikel 7.3 och 13.2 c).
lint-children-without-guardian-consent = Tjänsten riktar sig till barn, men texten säger inte hur en vårdnadshavare samtycker för ett barn som är för ungt för att samtycka själv.
lint-languages-differ = Avsnitten i det här dokumentet skiljer sig från dem i dokumentet på { $other }: { $sections }.
lint-vague-wording = Vaga formuleringar, { $count } i avsnittet ({ $phrases }): säg vad ni gör och när.
lint-hard-to-read = Svårläst ({ $score }; gränsen är { $limit }): kortare meningar och kortare ord hjälper.
lint-document-sv = det svenska dokumentet
lint-document-en = det engelska dokumentet
lint-silenced = tystad: { $reason }
lint-title-repealed-reference = Upphävd lag
lint-title-outdated-name = Inaktuellt namn
lint-title-consent-without-withdrawal = Samtycke utan återkallelse
lint-title-children-without-guardian-consent = Vårdnadshavarens samtycke saknas
lint-title-languages-differ = Språken skiljer sig
lint-title-vague-wording = Vaga formuleringar
lint-title-hard-to-read = Svårläst

## Publicering och historik
publish-refused-errors = { $count ->
    [one] Projektet har ett fel
   *[other] Projektet har { $count } fel
}: rätta dem innan ni publicerar. Filen ändrades inte.
publish-refused-no-version = Versionsnummer saknas: ange det med --version eller i policyns versionsfält. Filen ändrades inte.
publish-refused-already-published = Version { $version } är redan publicerad ({ $date }): ge den nya versionen ett eget nummer. Filen ändrades inte.
publish-refused-bad-date = ”{ $date }” är inte ett datum på formen ÅÅÅÅ-MM-DD. Filen ändrades inte.
publish-refused-date-before-last = { $date } är tidigare än den senast publicerade versionen, { $version } från { $last }: en ny version kan inte börja gälla före den. Filen ändrades inte.
publish-done = Version { $version } är publicerad och gäller från { $date }, på { $languages }.
history-empty = Ingen version har publicerats ännu.
history-not-recorded = texten är inte sparad
version-unknown = Version { $version } finns inte i historiken.
version-not-recorded = Version { $version } har ingen sparad text på { $language } (den publicerades innan policywright sparade texten).
version-label = version { $version }
version-draft = utkastet
export-other-version = { $file } hör till en annan version ({ $version }): vill ni skriva över den?

## Jämförelsen
diff-title = Ändringar i integritetspolicyn för { $org }: { $from } → { $to }
diff-summary = { $count ->
    [0] Inget avsnitt har ändrats.
    [one] Ett avsnitt har ändrats.
   *[other] { $count } avsnitt har ändrats.
}
diff-legend = Tillagda ord är understrukna och markerade { $ins }; borttagna ord är överstrukna och markerade { $del }.
diff-legend-inserted = tillagt
diff-legend-deleted = borttaget
diff-unchanged = Oförändrat.
diff-changed = Ändrat.
diff-added = Nytt avsnitt.
diff-removed = Avsnittet är borttaget.
diff-moved = Flyttat; texten är oförändrad.
diff-moved-changed = Flyttat och ändrat.
diff-renamed = (Hette tidigare ”{ $old }”.)

## Granskningsmemot
memo-name = Granskningsmemo
memo-subject = Granskning av integritetspolicyn för { $org }
memo-title = Granskningsmemo: integritetspolicy för { $org }
memo-version-line = Version { $version } · gäller från { $date }
memo-intro = Det här memot granskar integritetspolicyn för { $org }, version { $version }, på { $languages }. Det visar vilken information artiklarna 13 och 14 i dataskyddsförordningen kräver och var policyn ger den, alla fel och varningar i svaren, granskningens anmärkningar och hur lättläst texten är.
memo-summary = Sammanfattning
memo-summary-items = Punkter i artikel 13 och 14 som gäller: { $applies }; saknas: { $missing }.
memo-summary-diagnostics = Fel: { $errors }; varningar: { $warnings } ({ $answers } i svaren och { $findings } anmärkningar i texten).
memo-summary-lint = Anmärkningar: { $findings }; tystade kontroller: { $silenced }.
memo-coverage = Information som artikel 13 och 14 kräver
memo-col-item = Punkt
memo-col-articles = Artikel
memo-col-applies = Gäller
memo-yes = ja
memo-no = nej
memo-not-covered = **saknas**
memo-not-applicable = –
memo-diagnostics = Fel och varningar
memo-diagnostics-none = Inga fel eller varningar.
memo-error = Fel
memo-warning = Varning
memo-field = fältet { $path }
memo-lint = Anmärkningar
memo-lint-none = Inga anmärkningar.
memo-col-check = Kontroll
memo-col-where = Var
memo-col-finding = Anmärkning
memo-silenced = Tystade kontroller
memo-silenced-none = Ingen kontroll är tystad.
memo-col-reason = Skäl
memo-col-hidden = Dolda anmärkningar
memo-readability = Läsbarhet
# Under rubriken med textens språk, för ett språk som mäts med LIX (eller Flesch nedan).
memo-readability-intro-lix = LIX (ord per mening plus andelen ord med fler än sex bokstäver, i procent). Upp till 40 är lättläst; över { $limit } är svårt.
memo-readability-intro-flesch = Flesch reading ease (0–100, högre är lättare). 60 och uppåt är enkel engelska; under { $limit } är svårt.
memo-col-section = Avsnitt
memo-col-words = Ord
memo-col-sentences = Meningar
memo-col-score = Värde
memo-col-assessment = Bedömning
memo-hard = svårläst
memo-ok = godtagbart
memo-total = Hela dokumentet
memo-clauses = Klausultexter som inte är de inbyggda
memo-clauses-none = Alla klausuler använder programmets inbyggda text.
memo-col-clause = Klausul
memo-col-language = Språk
memo-col-source = Texten kommer från
memo-col-status = Status
memo-source-house-style = husstil
memo-source-override = omskriven för det här projektet
memo-source-custom = projektets egen klausul
memo-clause-current = används
memo-clause-stale = används, men standardtexten har ändrats sedan den här texten skrevs: jämför och slå ihop
memo-clause-not-applying = finns inte i policyn: den gäller inte för de här svaren
memo-item-controller = Den personuppgiftsansvariges identitet och kontaktuppgifter
memo-item-dpo = Dataskyddsombudets kontaktuppgifter
memo-item-purposes = Ändamål och rättslig grund
memo-item-categories = Kategorier av personuppgifter
memo-item-legitimate-interests = Berättigade intressen
memo-item-recipients = Mottagare
memo-item-transfers = Överföringar utanför EES och skyddsåtgärder
memo-item-retention = Lagringstid
memo-item-rights = Den registrerades rättigheter
memo-item-withdraw-consent = Rätten att återkalla samtycke
memo-item-complaint = Rätten att klaga hos en tillsynsmyndighet
memo-item-requirement = Om uppgifterna måste lämnas och vad som händer annars
memo-item-source = Varifrån uppgifterna kommer
memo-item-automated-decisions = Automatiserade beslut och profilering
memo-item-further-processing = Information före behandling för nya ändamål
export-refused-other-version = Inget exporterades: ange --force för att skriva över filerna, eller --versioned för att få versionen i filnamnen.
project-unreadable = { $file } kan inte läsas som ett projekt (se problemen ovan).
services-column-id = id
services-column-name = namn
services-column-provider = leverantör
services-column-role = roll
services-column-countries = länder
services-column-safeguard = skyddsåtgärd
services-column-checked = kontrollerad
services-checked = Katalogens uppgifter kontrollerades senast { $date }. Ett projekt anger en tjänst med service = "id" hos en mottagare eller en kaka.
services-none-found = Ingen tjänst i katalogen passar sökningen.
export-draft-marked = Svaren har ändrats sedan version { $version } publicerades, så filerna märks som utkast (versionsraden, PDF-filens metadata och, med --versioned, filnamnen). Publicera en ny version för att exportera den som en sådan.
service-not-in-catalogue = ”{ $id }” finns inte i den här versionens katalog över tjänster.
not-a-project = { $file } är inte ett Policywright-projekt. Ett projekt är en TOML-fil med schema_version och en tabell [organisation]; skapa ett med ”policywright new FIL”.
