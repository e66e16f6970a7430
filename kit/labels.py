"""Categories, labels and source types: defined once, imported everywhere.

The annotation guide (``/work/shared/ANNOTATION_GUIDE.md``) names them; the
lenses write them, the data model, views, widgets and evaluation read them.
"""

from __future__ import annotations

#: Annotation categories, in the order the data model sorts and reports them.
CATEGORIES = ("attribution", "hedge", "booster", "loaded")
#: The categories that mark single words or phrases (not acts of reporting).
MARK_CATEGORIES = ("hedge", "booster", "loaded")

ATTRIBUTION_LABELS = ("direct", "indirect", "mixed")
HEDGE_LABELS = ("modal", "adverb", "verb", "phrase")
BOOSTER_LABELS = ("adverb", "verb", "absolute")
LOADED_LABELS = ("emotive", "intensifier", "labeling", "scare_quote", "unattributed_claim")
#: category -> its labels
LABELS = {
    "attribution": ATTRIBUTION_LABELS,
    "hedge": HEDGE_LABELS,
    "booster": BOOSTER_LABELS,
    "loaded": LOADED_LABELS,
}

#: The default span-group key in the Doc -> annotation category.
SPAN_GROUPS = {
    "attributions": "attribution",
    "hedges": "hedge",
    "boosters": "booster",
    "loaded": "loaded",
}

#: Source types of the sourcing lens (guide, section 2).
SOURCE_TYPES = ("named_person", "named_organization", "document", "unnamed_group", "anonymous")
#: Source types that name who is speaking.
NAMED_TYPES = ("named_person", "named_organization", "document")
