# Hur uppgifterna skyddas (templates/security.md).

security-title = Så skyddar vi dina uppgifter
security-measures = Vi skyddar dina uppgifter med tekniska och organisatoriska åtgärder.
security-aim = Syftet är att de inte ska gå förlorade eller ändras, och att ingen obehörig ska kunna se dem.
# Inleder listan över de åtgärder som organisationen har valt; står bara med när listan inte är tom.
security-list-intro = Det här gör vi:
