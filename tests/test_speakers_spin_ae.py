"""Speakers in spin-heavy prose, round AD (issue 11 item 3, helper speakersAE), on
sentences written for these tests (not copied from data/): a pronoun inside a second
"who" clause is the speaker's own; a body the model tagged with its possessive mark is
found by its kind word; "the firm" where an unnamed speaker works is the firm named
before. Each rule has a near miss that keeps its old reading.
"""

from __future__ import annotations

import kit
from kit.article import Article


def annotate(nlp, text: str, outlet: str = "The Probe"):
    return kit.annotate(Article(body=text, meta={"outlet": outlet}), nlp=nlp)


def speakers(nlp, text: str, outlet: str = "The Probe") -> list[str | None]:
    return [a.canonical for a in annotate(nlp, text, outlet).attributions]


# -- 1. a pronoun in a second "who" clause is never someone else's ------------------------
def test_a_pronoun_in_a_joined_who_clause_stays_the_speakers_own(nlp):
    text = (
        "Grainfield, which runs a drop-off point at its Pellow depot, said in a statement "
        "that gifts had doubled.\n\n"
        "A man who has slept at the shelter since March, and who asked for his name not "
        "to be printed, told the Probe he had lost his flat."
    )
    found = speakers(nlp, text)
    assert found[-1] == "man who has slept at the shelter since March"
    assert not any("Grainfield's" in (s or "") for s in found)


# -- 2. "X Council's committee": the council found by its kind word ----------------------
def test_a_body_tagged_with_its_possessive_is_the_council_taken_up_later(nlp):
    text = (
        "After two years of delays, the council has finally admitted what every trader "
        "already knew: the car park was a mistake.\n\n"
        "Harrowby Borough Council's planning committee voted 6-3 on Monday to close the "
        "car park.\n\n"
        "The council's parking manager, who drew up the plan, said in a report that "
        "takings had fallen by a third.\n\n"
        "The council says 900 people answered its survey."
    )
    found = speakers(nlp, text)
    assert found[-2] == "parking manager of Harrowby Borough Council"
    assert found[0] == found[-1] == "Harrowby Borough Council"


def test_the_parish_council_is_not_a_district_council_named_with_its_mark(nlp):
    text = (
        "Dunmere District Council's planning committee voted 6-3 on Monday to close the "
        "car park.\n\n"
        "The parish council said it would fight the decision."
    )
    assert speakers(nlp, text)[-1] != "Dunmere District Council"


# -- 3. "a director at the firm": the firm named before ------------------------------------
def test_the_firm_where_an_unnamed_speaker_works_is_the_firm_named(nlp):
    text = (
        "Brackley & Venn, who are selling the mill, said interest had been "
        'strong. A partner at the firm, who asked not to be named, said most bidders '
        "were builders."
    )
    found = speakers(nlp, text)
    assert found[-1] == "partner at Brackley & Venn"


def test_staff_at_the_chain_are_staff_of_the_chain_just_named(nlp):
    text = (
        "Cartwell, the discount chain that wants the corner unit, has said nothing. "
        " According to workers at the chain, its surveyors measured the shop "
        "in June."
    )
    assert speakers(nlp, text) == ["workers at Cartwell"]


def test_two_firms_of_the_same_kind_leave_the_firm_as_written(nlp):
    text = (
        "Brackley Holdings and Osgood Partners both bid for the mill. "
        "A partner at the firm said the roof would need replacing."
    )
    assert speakers(nlp, text) == ["partner at the firm"]


# -- 4. "The managing director, a man who ...": the post, not "man" -----------------------
def test_a_plain_person_noun_in_apposition_leaves_the_post_the_speaker(nlp):
    text = (
        "The head teacher, a woman who has never once taught a lesson in her life, said "
        "the school was improving."
    )
    assert speakers(nlp, text) == ["head teacher"]


def test_a_witness_described_as_a_woman_keeps_the_description(nlp):
    text = (
        "Another witness, a woman who works in the bakery opposite, said she had heard "
        "two bangs."
    )
    assert speakers(nlp, text) == ["woman who works in the bakery opposite"]


def test_a_described_trade_in_apposition_is_still_the_speaker(nlp):
    text = "One porter, a grandfather of six who lives in Amblemoor, said the lifts had failed."
    assert speakers(nlp, text) == ["grandfather of six who lives in Amblemoor"]


# -- 5. the firm named by a word the model left untagged or split --------------------------
def test_the_chain_a_camel_cased_name_stood_in_apposition_to(nlp):
    text = (
        "Was anyone told? Of course not. Meanwhile ShelfMart, the chain that happens to "
        "want the corner unit, has been measuring up. According to staff at the chain, "
        "its surveyors came twice in June."
    )
    assert speakers(nlp, text)[-1] == "staff at ShelfMart"


def test_the_firm_that_just_spoke_under_a_trade_word(nlp):
    text = (
        "Estate agents Brackley & Venn, who are selling the mill, said interest had been "
        'strong. A partner at the firm, who asked not to be named, said most bidders '
        "were builders."
    )
    found = speakers(nlp, text)
    assert found[-1] == f"partner at {found[0]}"  # the firm as its own act names it


# -- 6. "X Y, chair of Z, said": the person, not the whole phrase -------------------------
def _parsed(nlp, words, heads, deps, person_end):
    """A Doc with the parse the model gave round AD's sentence (the name hung on the role
    as a modifier), which a fresh sentence does not reliably reproduce."""
    from spacy.tokens import Doc, Span

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    for tok in doc:
        tok.pos_ = "PROPN" if tok.text[:1].isupper() else "NOUN" if tok.dep_ == "nsubj" else "X"
    doc.ents = [Span(doc, 0, person_end, label="PERSON")]
    return doc


def test_a_name_hung_on_the_role_after_it_is_the_person(nlp):
    from kit.lenses.speakers import _name_then_role

    words = ["Ottoline", "Brackenbury", ",", "chair", "of", "Wenlow", "council", ",", "said"]
    heads = [1, 3, 1, 8, 3, 6, 4, 3, 8]
    deps = ["compound", "nmod", "punct", "nsubj", "prep", "compound", "pobj", "punct", "ROOT"]
    doc = _parsed(nlp, words, heads, deps, 2)
    assert _name_then_role(doc.ents[0], doc[3])


def test_a_name_joined_by_and_to_the_role_is_not_the_speaker(nlp):
    from kit.lenses.speakers import _name_then_role

    words = ["Ottoline", "Brackenbury", ",", "and", "chair", "of", "Wenlow", "said"]
    heads = [1, 4, 1, 4, 7, 4, 5, 7]
    deps = ["compound", "nmod", "punct", "cc", "nsubj", "prep", "pobj", "ROOT"]
    doc = _parsed(nlp, words, heads, deps, 2)
    assert not _name_then_role(doc.ents[0], doc[4])


def test_a_name_and_its_role_in_a_plain_parse_stay_the_person(nlp):
    text = (
        "Ottoline Brackenbury, chair of Wenlow parish council, said residents wanted the "
        "footpath to stay open."
    )
    assert speakers(nlp, text) == ["Ottoline Brackenbury"]


# -- 7. "Its head of X": the body just presented, never a person ---------------------------
def test_its_post_belongs_to_the_body_presented_in_the_sentence_before(nlp):
    text = (
        "Harlow Lettings wants to double the rent. The managing director told the Probe "
        'that traders "must adapt".\n\n'
        "Then there is the district council. Its head of planning said at Monday's meeting "
        'that the council "has no choice".'
    )
    assert speakers(nlp, text)[-1] == "head of planning of district council"


def test_its_never_stands_for_an_unnamed_person_who_spoke(nlp):
    text = (
        "Harlow Lettings wants to double the rent. The managing director told the Probe "
        'that traders "must adapt". Its head of lettings said the rent was fair.'
    )
    assert "director's" not in (speakers(nlp, text)[-1] or "")


def test_its_report_after_a_body_subject_keeps_the_owner_word(nlp):
    text = (
        "The panel rejected the club's appeal on Friday. Its ruling says the pitch was unsafe."
    )
    assert speakers(nlp, text)[-1] == "panel's ruling"


def test_it_still_stands_for_a_committee_that_spoke(nlp):
    text = (
        "The Harvest Fair committee said the pumpkin class would go ahead. It said "
        "entrants could send a photograph of a damaged pumpkin instead."
    )
    found = speakers(nlp, text)
    assert found == ["Harvest Fair committee", "Harvest Fair committee"]


# -- 8. "Figures from X's parent network, Y Food Aid, show": the maker named --------------
def test_a_makers_name_with_a_word_tagged_as_a_common_noun_is_read_whole(nlp):
    from types import SimpleNamespace

    from spacy.tokens import Doc, Span

    from kit.lenses.speakers import SpeakerResolver

    words = ["Figures", "from", "the", "Larder", "'s", "parent", "network", ",",
             "Southmoor", "Food", "Aid", ",", "show", "that", "demand", "rose"]  # fmt: skip
    heads = [12, 0, 3, 6, 3, 6, 1, 6, 10, 10, 6, 12, 12, 15, 15, 12]
    deps = ["nsubj", "prep", "det", "poss", "case", "compound", "pobj", "punct",
            "compound", "compound", "appos", "punct", "ROOT", "mark", "nsubj", "ccomp"]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    pos = ["NOUN", "ADP", "DET", "PROPN", "PART", "NOUN", "NOUN", "PUNCT",
           "PROPN", "PROPN", "NOUN", "PUNCT", "VERB", "SCONJ", "NOUN", "VERB"]  # fmt: skip
    for tok, tag in zip(doc, pos, strict=True):
        tok.pos_ = tag
        tok.lemma_ = "figure" if tok.i == 0 else tok.lower_
    doc.ents = [Span(doc, 8, 11, label="ORG")]
    resolver = SimpleNamespace(doc=doc, titles=frozenset())
    made = SpeakerResolver._document_by_named_maker(resolver, doc[0:11], doc[0])
    assert made == "Figures from Southmoor Food Aid"
