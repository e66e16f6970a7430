"""Cues and canonical speakers from helper spkQ1's fresh probes
(benchmarks/fresh_probe/speakers22.yaml), on sentences written for these tests in tabloid,
partisan and press-release voices (docs/annotation_rules.md, section 1: reporting verbs
and the fullest name; section 5: a title tied to a name is that person). Rules in
kit/lenses/attribution_inverted.py and kit/lenses/speaker_descriptors.py.
"""

from __future__ import annotations

import kit


def acts(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """Each attribution's cue text and canonical source, in reading order."""
    return [
        (a.cue.text if a.cue else None, a.canonical)
        for a in kit.annotate(text, nlp=nlp).attributions
    ]


# -- verbs of attack and blame that carry the speaker's quoted words ----------------------------
def test_slammed_as_with_a_quoted_label(nlp):
    text = (
        'Campaign group Save Our Lidos slammed the closure as "cultural vandalism". '
        "The council said the pool cost £300,000 a year to run."
    )
    assert acts(nlp, text) == [("slammed", "Save Our Lidos"), ("said", "council")]


def test_blamed_with_quoted_words(nlp):
    text = (
        "Shopkeeper Ned Gorringe-Platt, who has traded on the high street for 30 years, "
        'blamed "sky-high rents and no footfall" for the closure.'
    )
    assert acts(nlp, text) == [("blamed", "Ned Gorringe-Platt")]


def test_a_slammed_door_and_a_plain_blame_are_no_cues(nlp):
    text = "Ottilie slammed the door. The inquiry blamed the weather for the crash."
    assert acts(nlp, text) == []


def test_blaming_as_a_participle_gives_a_reason(nlp):
    text = 'The band has cancelled its autumn dates, blaming "a family emergency".'
    assert acts(nlp, text) == []


# -- an inverted cue the parser read as a modifier of the name ----------------------------------
def test_seethed_read_as_a_modifier_of_the_name(nlp):
    """The model reads this way in longer passages (*seethed* an ``amod`` of the name)."""
    from spacy.tokens import Doc

    from kit.lenses.attribution_inverted import inverted_speaker_start, name_after_inverted_cue

    words = ['"', "They", "lied", ",", '"', "seethed", "Stan", "Ockenden", ",", "61", "."]
    heads = [7, 2, 5, 7, 7, 7, 7, 7, 7, 7, 7]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "amod", "compound", "ROOT", "punct",
            "appos", "punct"]  # fmt: skip
    tags = ["``", "PRP", "VBD", ",", "''", "VBD", "NNP", "NNP", ",", "CD", "."]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT",
           "NUM", "PUNCT"]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    verb = doc[5]
    assert name_after_inverted_cue(verb) == doc[7]
    assert inverted_speaker_start(verb, doc[7], (0, 10)) == (6, 10)
    assert name_after_inverted_cue(doc[2]) is None  # "lied": no modifier of a name


# -- a verb of hope joined to a reporting verb ---------------------------------------------------
def test_and_it_hoped_with_a_clause_continues_the_report(nlp):
    text = (
        "The Hollins Abbey Trust has closed the gardens for the winter. The trust said the "
        "paths were unsafe, and it hoped visitors would return in the spring."
    )
    assert acts(nlp, text) == [("said", "Hollins Abbey Trust"), ("hoped", "Hollins Abbey Trust")]


def test_hoped_alone_or_hoped_to_is_no_cue(nlp):
    text = (
        "Fans hoped the team would win. The trust said the paths were unsafe and hoped to "
        "reopen in March. She said she was tired and hopped on a bus."
    )
    assert [c for c, _ in acts(nlp, text)] == ["said", "said"]


# -- a body's role before its name ---------------------------------------------------------------
def test_receivers_before_the_firm_name(nlp):
    text = (
        "Receivers Thornbury Advisory said on Monday that all twelve shops would close. "
        "The firm said staff would be paid until the end of the month."
    )
    assert acts(nlp, text) == [("said", "Thornbury Advisory"), ("said", "Thornbury Advisory")]


# -- a title tied to a name by a clause of office ------------------------------------------------
def test_the_chairman_named_later_by_who_chairs(nlp):
    text = (
        'The guild\'s chairman said the vote had been "a stitch-up from start to finish".\n\n'
        "Later, Jethro Vanstone, who chairs the guild, told members he would appeal."
    )
    assert acts(nlp, text) == [("said", "Jethro Vanstone"), ("told members", "Jethro Vanstone")]


def test_who_chaired_it_long_ago_is_not_the_chairman(nlp):
    text = (
        'The guild\'s chairman said the vote had been "a stitch-up from start to finish".\n\n'
        "Later, Jethro Vanstone, who chaired the guild in 1990, told members he would appeal."
    )
    assert acts(nlp, text)[0][1] != "Jethro Vanstone"
