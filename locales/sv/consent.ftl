# Kakbannern (render --format consent): texterna i orestbida/cookieconsent-konfigurationen och
# README-filen i mappen. Kategorinamnen kommer från catalog.ftl (cookie-category-*).

consent-title = Kakor på den här webbplatsen
# $categories: de kategorier som kräver samtycke, som en lista ("statistik och marknadsföring").
consent-description = Vi använder nödvändiga kakor för att webbplatsen ska fungera. Om du godkänner det använder vi också kakor och liknande tekniker för { $categories }. Du bestämmer själv och kan ändra ditt val när du vill.
consent-description-necessary = Vi använder bara kakor som behövs för att webbplatsen ska fungera. De kräver inte ditt samtycke, men här ser du vilka de är.
consent-accept-all = Godkänn alla
consent-accept-necessary = Bara nödvändiga
consent-show-preferences = Välj själv
consent-preferences-title = Inställningar för kakor
consent-save = Spara mina val
consent-close = Stäng
# cookieconsent visar singular eller plural på var sin sida om |.
consent-service-counter = tjänst|tjänster
consent-intro-title = Det här väljer du
consent-intro = Slå på de kategorier du godkänner. Nödvändiga kakor är alltid på, eftersom webbplatsen inte fungerar utan dem. Ditt val sparas i en kaka, och du kan ändra det här när som helst.
consent-category-necessary = Behövs för att webbplatsen och de tjänster du använder på den ska fungera. De går inte att stänga av.
consent-category-preferences = Kommer ihåg val du har gjort, till exempel språk.
consent-category-statistics = Visar oss hur webbplatsen används, så att vi kan göra den bättre.
consent-category-marketing = Används för annonser och för att följa ditt besök mellan webbplatser.
# $category: kategorins namn.
consent-table-caption = Kakor och liknande tekniker: { $category }
consent-column-name = Namn
consent-column-provider = Leverantör
consent-column-purpose = Ändamål
consent-column-lifetime = Lagringstid
consent-more-title = Mer information
# $link: en länk till avsnittet om kakor i integritetspolicyn.
consent-more = Allt om hur vi använder kakor finns i { $link }.
consent-policy-link = vår integritetspolicy

consent-readme-title = Kakbanner för { $org }
consent-readme-intro = Den här mappen innehåller en färdig kakbanner som säger samma sak som integritetspolicyn, version { $version }. Den bygger på cookieconsent { $library } (MIT-licens) av Orest Bida. Allt laddas från er egen webbplats, inget från någon annans server.
consent-readme-steps = Så lägger ni in den
consent-readme-step-copy = Kopiera mappen consent till webbplatsens rot, så att filerna nås under /consent/.
consent-readme-step-head = Klistra in innehållet i head.html i sidornas head-element, före alla andra skript som sätter kakor.
consent-readme-step-lang = Bannern visas på det språk som sidans html lang anger (sv eller en). Andra språk får { $default }.
consent-readme-step-scripts = Skript som sätter kakor som kräver samtycke ska bara köras när besökaren har godkänt kategorin: ge dem type="text/plain" och data-category med kategorins id ({ $categories }).
consent-readme-step-link = Lägg en länk eller knapp med data-cc="show-preferencesModal" i sidfoten, så att besökaren kan ändra sitt val.
consent-readme-google = Webbplatsen använder Googles tjänster. head.html sätter därför Google Consent Mode v2 till nekat innan någon Google-tagg laddas, och uppdaterar det efter besökarens val.
consent-readme-revision = Revision { $revision }: när en publicerad version av policyn ändrar kakorna eller deras ändamål ändras revisionen, och besökarna tillfrågas igen.
consent-readme-no-url = Obs: policy.url saknas i projektet, så länken till policyn pekar på #cookies på samma sida. Ange adressen till policysidan och exportera igen.
