# Var vi får uppgifterna ifrån (templates/sources.md).

sources-title = Var vi får uppgifterna ifrån
# Meningen börjar med sources-intro-for, följt av sources-intro-one (ett ändamål har andra källor) eller sources-intro-some (flera), och slutar med sources-intro-end.
sources-intro-for = För
sources-intro-one = ett av ändamålen
sources-intro-some = några av ändamålen
sources-intro-end = får vi personuppgifter från någon annan än dig.
sources-intro-table = Här ser du varifrån de kommer och om varje källa är allmänt tillgänglig.

## Tabellens kolumner och svaren i den sista

sources-column-purpose = Ändamål
sources-column-source = Källa
sources-column-public = Allmänt tillgänglig källa
sources-public-yes = Ja
sources-public-no = Nej

## Ändamål där en del uppgifter kommer från personen själv och en del från andra källor.
## Meningen: sources-mixed-one eller sources-mixed-several, ändamålens namn (sources-mixed-title, åtskilda av kommatecken och sources-mixed-and före det sista), sources-mixed-end.

sources-mixed-one = För ändamålet
sources-mixed-several = För ändamålen
# $title: ett ändamåls namn, inom citattecken.
sources-mixed-title = ”{ $title }”
# Mellan de två sista namnen i uppräkningen.
sources-mixed-and = och
sources-mixed-end = får vi också en del av uppgifterna direkt från dig.
sources-rest = För ändamål som inte står i tabellen får vi alla uppgifter direkt från dig.
