"""Double-barrelled names joined into one token (kit_names) read as proper names by
every speaker rule (issue 11, speaker round 6), on sentences written for these tests:
in apposition before and after the cue, opening a sentence, taken up by "she"/"he"
and by the surname alone, and as a named person in the source list; hyphenated
words that are no person's name stay what they were.
"""

from __future__ import annotations

import kit
from kit.article import Article


def canonicals(nlp, text: str) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def source_types(nlp, text: str) -> dict[str, str]:
    return {s.canonical: s.type for s in kit.annotate(Article(text), nlp=nlp).sources}


def test_a_name_in_apposition_before_the_cue_is_the_speaker_and_she_follows_it(nlp):
    text = (
        "The head of the rowing club, Ottoline Pryce-Jarrow, said the boathouse would "
        "reopen in spring. She said the repairs had cost more than expected."
    )
    assert canonicals(nlp, text) == ["Ottoline Pryce-Jarrow"] * 2
    assert source_types(nlp, text) == {"Ottoline Pryce-Jarrow": "named_person"}


def test_an_owner_noun_before_the_name_gives_way_to_the_name(nlp):
    text = (
        "Her nephew, Caspian Oduwole-Marsh, told reporters that the farm had been sold. "
        "He said the family was relieved."
    )
    assert canonicals(nlp, text) == ["Caspian Oduwole-Marsh"] * 2


def test_a_title_and_a_first_name_the_parser_made_the_subject(nlp):
    text = (
        "The warden of the reserve, Dr Ilse Brannagh-Tully, said the herons had returned. "
        "Brannagh-Tully added that numbers were rising."
    )
    assert canonicals(nlp, text) == ["Ilse Brannagh-Tully"] * 2


def test_a_name_after_an_inverted_cue_and_opening_a_sentence(nlp):
    text = (
        '"It was a long night," said the lock keeper, Teodora Quennell-Ash.\n\n'
        "Margit Solberg-Hale said the bridge had been closed twice. "
        '"It is a scandal," she said.'
    )
    assert canonicals(nlp, text) == [
        "Teodora Quennell-Ash", "Margit Solberg-Hale", "Margit Solberg-Hale"
    ]  # fmt: skip
    types = source_types(nlp, text)
    assert types["Margit Solberg-Hale"] == "named_person"


def test_a_sentence_whose_verb_the_parser_hung_on_the_name(nlp):
    text = (
        "Fenella Ruckworth-Dyce, the county archivist, seized on the letters. "
        '"They settle the question," she said.'
    )
    assert canonicals(nlp, text)[-1] == "Fenella Ruckworth-Dyce"


def test_joined_names_and_their_first_names_are_tagged_proper_nouns(nlp):
    doc = nlp("The chair of the trust, Precious Halloway-Mbeki, spoke first.")
    tags = {t.text: (t.pos_, t.tag_) for t in doc}
    assert tags["Halloway-Mbeki"] == ("PROPN", "NNP")
    assert tags["Precious"] == ("PROPN", "NNP")
    assert any(e.text == "Precious Halloway-Mbeki" and e.label_ == "PERSON" for e in doc.ents)


def test_a_title_the_parser_made_the_subject_gives_way_to_the_surname(nlp):
    text = "Dr Brannagh-Tully said the herons had returned."
    assert canonicals(nlp, text) == ["Brannagh-Tully"]


def test_hyphenated_words_that_name_no_person_stay_as_they_were(nlp):
    # traps: a place after "in", a people's adjective after "The", a sentence-opening
    # adjective: none is a first name, and no person entity is made
    assert canonicals(nlp, "Officials in Caravel-Bissau said the vote would go ahead.") == [
        "Officials in Caravel-Bissau"
    ]
    doc = nlp("The Anglo-Saxon chronicle says the king died in winter.")
    assert doc[0].pos_ == "DET" and not any(e.label_ == "PERSON" for e in doc.ents)
    doc = nlp("Furious Marsh-Obi supporters said the vote was rigged.")
    assert doc[0].pos_ == "ADJ" and not any(e.label_ == "PERSON" for e in doc.ents)



def test_a_title_and_the_surname_alone_are_the_person_named_in_full(nlp):
    text = (
        "Dr Ayo Bankole-Reid, a consultant at the county hospital, said beds were full. "
        '"We are at breaking point," Dr Bankole-Reid said.'
    )
    assert canonicals(nlp, text) == ["Ayo Bankole-Reid"] * 2
