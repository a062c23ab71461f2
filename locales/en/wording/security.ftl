# How the data is protected (templates/security.md).

security-title = How we protect your data
security-measures = We protect your personal data with technical and organisational measures.
security-aim = Their aim is to protect the data against loss, alteration and access by anyone who is not authorised.
# Introduces the list of the measures the organisation chose; only there when the list is not empty.
security-list-intro = These are our measures:
