# Strings only the PDF needs (src/pdf). The PDF also uses, from document.ftl:
# doc-policy-name (PdfMeta.title), doc-contents (PdfLabels.contents),
# doc-version-line (PdfLabels.version_line) and pdf-page-of (PdfLabels.page_of).

# Metadata subject (PdfMeta.subject).
pdf-subject = How { $org } processes personal data
