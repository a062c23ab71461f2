# How long the data is kept (templates/retention.md).

retention-title = How long we keep your data
# Ends without a full stop: the clause adds the anonymisation sentence when an activity has it.
retention-intro = We do not keep your personal data longer than we need it for the purpose. When the retention period has ended, we delete the data
retention-or-anonymise = , or anonymise it where stated below. Anonymised data can no longer be linked to you
# $period: the retention period in words, from the macro "retention" (macros.ftl).
retention-keep = We keep the data { $period }
retention-anonymised = After that we anonymise the data instead of deleting it.
