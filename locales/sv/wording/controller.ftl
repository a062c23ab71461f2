# Personuppgiftsansvarig och kontaktuppgifter (templates/controller.md).

controller-title = Personuppgiftsansvarig
# Fortsättningen av en mening som börjar med organisationens namn (och ev. organisationsnummer inom parentes).
controller-named-is-controller = är personuppgiftsansvarig för behandlingen av dina personuppgifter.
# När organisationen inte har angett något namn.
controller-we-are-controller = Vi är personuppgiftsansvariga för behandlingen av dina personuppgifter.
controller-meaning = Det betyder att vi bestämmer varför och hur uppgifterna behandlas.
controller-lawful = Vi ansvarar också för att det sker enligt lagen.
# Inleder listan med organisationens kontaktuppgifter.
controller-contact-us = Så når du oss:
# Etiketterna i kontaktlistorna (organisationen, dataskyddsombudet, företrädaren); uppgiften följer efter kolonet.
controller-label-address = Postadress:
controller-label-email = E-post:
controller-label-phone = Telefon:
controller-label-website = Webbplats:
controller-label-name = Namn:
controller-dpo = Vi har ett dataskyddsombud.
controller-dpo-contact = Du kan vända dig till dataskyddsombudet med alla frågor om hur vi behandlar dina personuppgifter och om dina rättigheter.
# Företrädare enligt artikel 27 i dataskyddsförordningen (två meningar här, en på engelska).
controller-representative = Vi är inte etablerade i EU. Därför har vi utsett en företrädare i EU enligt artikel 27 i dataskyddsförordningen.
controller-representative-contact = Du kan vända dig till företrädaren i stället för till oss eller utöver oss, och det kan tillsynsmyndigheterna också göra.
