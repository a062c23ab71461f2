# Where we get your data (templates/sources.md).

sources-title = Where we get your data
# The sentence begins with sources-intro-for, then sources-intro-one (one purpose has other sources) or sources-intro-some (several), and ends with sources-intro-end.
sources-intro-for = For
sources-intro-one = one of the purposes
sources-intro-some = some of the purposes
sources-intro-end = we get personal data from someone other than you.
sources-intro-table = Here you can see where it comes from and whether each source is publicly available.

## The table's columns and the answers in the last one

sources-column-purpose = Purpose
sources-column-source = Source
sources-column-public = Publicly available source
sources-public-yes = Yes
sources-public-no = No

## Purposes where some data comes from the person and some from other sources.
## The sentence: sources-mixed-one or sources-mixed-several, the purposes' names (sources-mixed-title, separated by commas and sources-mixed-and before the last), sources-mixed-end.

sources-mixed-one = For the purpose
sources-mixed-several = For the purposes
# $title: a purpose's name, in quotation marks.
sources-mixed-title = “{ $title }”
# Between the last two names of the list.
sources-mixed-and = and
sources-mixed-end = we also get part of the data directly from you.
sources-rest = For the purposes not listed in the table, we get all the data directly from you.
