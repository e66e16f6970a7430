"""The title lists and titled surnames the speaker rules share (speed round AH), on
sentences written for these tests: the same findings, with no document kept in module
state and one set object for one list of titles."""

from __future__ import annotations

from kit import lexicon
from kit.lenses import speaker_titled
from kit.lenses.speaker_names import person_name, titles_of
from kit.lenses.speaker_titled import names_called_by_title, titled_surnames


def test_equal_title_lists_give_the_same_set_object(nlp):
    # two components read the titles lexicon each: the name cache then finds its entries
    # by the set object, and the names come out the same whichever list is passed
    first = titles_of(lexicon.load("titles", "titles"))
    second = titles_of(dict(lexicon.load("titles", "titles")))
    assert first is second
    doc = nlp("Councillor Petra Wendlebury-Oakes said the ferry would run.")
    assert person_name(doc[0:3], first) == person_name(doc[0:3], second) == (
        "Petra Wendlebury-Oakes"
    )


def test_titled_surnames_are_read_per_call_and_keep_no_document(nlp):
    doc = nlp("The owner, Bram Tollivant, opened early. Mr Tollivant said trade was slow.")
    called = titled_surnames(doc)
    assert called == {"Tollivant"}
    names = [span.text for span in names_called_by_title(doc, called)]
    assert all("Mr" not in name for name in names)  # "Mr Tollivant" is the title rules'
    # (no one-slot cache in the module holds the last document alive)
    assert not any(_holds(value, doc) for value in vars(speaker_titled).values())


def _holds(value: object, doc: object, depth: int = 3) -> bool:
    """Whether ``value`` is ``doc`` or holds it in a list, tuple, set or dict."""
    if value is doc:
        return True
    if depth == 0 or not isinstance(value, (list, tuple, set, frozenset, dict)):
        return False
    items = [*value.keys(), *value.values()] if isinstance(value, dict) else value
    return any(_holds(item, doc, depth - 1) for item in items)


def test_no_titled_surname_without_a_personal_title(nlp):
    # trap: a capitalised word after a role that is no personal title is no surname
    doc = nlp("The Harbour Board met on Monday. Chair Lindqvist said little.")
    assert "Lindqvist" not in titled_surnames(doc)
    assert names_called_by_title(doc, titled_surnames(doc)) == []
