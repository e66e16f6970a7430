"""Forms of reporting (and of no reporting) the kit met in round Z (helper cuesAA).
Every sentence is written for this file (none is copied from data/); each rule has a
look-alike that must keep its plain reading.
"""

from __future__ import annotations

import pytest

from kit.annotated import AnnotatedArticle


def _acts(nlp, text):
    return AnnotatedArticle.from_doc(nlp(text), {}).of("attribution")


def _cues(nlp, text):
    return [a.cue.text for a in _acts(nlp, text)]


# -- a verb of showing needs an agent: a person, a body or a document -----------------
@pytest.mark.parametrize(
    "text",
    [
        "But the mood in the harbour afterwards suggested that few people agreed with him.",
        "The queues outside the surgery showed that demand had outstripped supply.",
        "The silence in the chamber indicated that the motion would fail.",
        "Evidence from Norway suggests that the tax works.",
        "The pattern of results suggests that the test works best in older animals.",
    ],
)
def test_a_state_of_affairs_that_suggests_reports_no_one(nlp, text):
    assert _cues(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "canonical"),
    [
        # the guide counts documents and published data as sources (and so do the keys)
        ("The figures suggest that the scheme has failed.", "suggest", "figures"),
        ("The council's annual report shows that visits fell by a third.", "shows",
         "council's annual report"),
        ("A listener suggested that we check the old timetables.", "suggested", "listener"),
        ("The council's head of planning suggested that the road be closed.", "suggested",
         "council's head of planning"),
        ("Ornithologists and wardens indicated that the colony had moved.", "indicated",
         "Ornithologists and wardens"),
    ],
)
def test_a_person_body_or_document_that_suggests_is_a_source(nlp, text, cue, canonical):
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == [cue]
    assert acts[0].canonical.lower() == canonical.lower()


# -- "has yet to explain": an act that has not happened -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The trust, which spent £3 million on consultants last year, has yet to explain "
        "why the ward closed.",
        "The minister is yet to say when the report will be published.",
        "The council has still to explain where the money went.",
    ],
)
def test_an_act_still_to_come_reports_nothing(nlp, text):
    assert _cues(nlp, text) == []


def test_a_done_act_beside_a_yet_to_frame_stays(nlp):
    assert _cues(nlp, "She has explained why the ward closed.") == ["explained"]
    text = ("Officials have yet to explain the delay, but the agency said on Monday that "
            "repairs would start soon.")
    assert _cues(nlp, text) == ["said"]
    assert _cues(nlp, "The mayor said he had yet to see the report.") == ["said"]


# -- a role and its name beside a cue, given by the parser to another verb ------------
def _misparsed_before(nlp):
    """'"They had four wet summers to fix this," the club's secretary, Ann Lee, told
    Radio Penrith.' parsed as the model can: *secretary* the object of the quoted verb,
    *Lee* its modifier, and *told* a root with no subject."""
    from spacy.tokens import Doc

    words = ['"', "They", "had", "four", "wet", "summers", "to", "fix", "this", ",", '"',
             "the", "club", "'s", "secretary", ",", "Ann", "Lee", ",", "told", "Radio",
             "Penrith", "."]  # fmt: skip
    spaces = [False, True, True, True, True, True, True, True, False, False, True, True,
              False, True, False, True, True, False, True, True, True, False, False]  # fmt: skip
    heads = [19, 2, 19, 5, 5, 2, 7, 2, 7, 2, 9, 12, 14, 12, 2, 2, 17, 2, 2, 19, 21, 19, 19]
    deps = ["punct", "nsubj", "ccomp", "nummod", "amod", "dobj", "aux", "xcomp", "dobj",
            "punct", "punct", "det", "poss", "case", "dobj", "punct", "compound", "npadvmod",
            "punct", "ROOT", "compound", "dobj", "punct"]  # fmt: skip
    pos = ["PUNCT", "PRON", "VERB", "NUM", "ADJ", "NOUN", "PART", "VERB", "PRON", "PUNCT",
           "PUNCT", "DET", "NOUN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB",
           "PROPN", "PROPN", "PUNCT"]  # fmt: skip
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_a_role_and_name_before_a_subjectless_cue_speak(nlp):
    from kit.lenses.attribution_apposed import role_before_cue, role_before_span

    doc = _misparsed_before(nlp)
    told = doc[19]
    assert role_before_cue(told).text == "Lee"
    assert doc[slice(*role_before_span(told))].text == "the club's secretary, Ann Lee,"
    assert role_before_cue(doc[7]) is None  # "fix" inside the quotation: no role before it


def test_a_role_and_name_after_an_inverted_cue_speak(nlp):
    text = ('"It was a decision we made together," said our managing director, Colin Ashby, '
            "who founded the firm in 1998 and has, by most accounts, rebuilt it.")
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == ["said"]
    assert acts[0].canonical == "Colin Ashby" and acts[0].label == "direct"
    assert acts[0].content.text == "It was a decision we made together"


def test_a_content_subject_after_an_inverted_cue_is_no_speaker(nlp):
    text = 'The notice, posted online and labelled "final," says the pool will shut in May.'
    acts = _acts(nlp, text)
    assert [a.canonical for a in acts] == ["notice"]


# -- a cue in a relative clause inside another act's content: its own act ------------
def test_a_relative_cue_inside_a_report_is_its_own_act(nlp):
    text = ('The councillor said she had asked the firm to explain its "recovery strategy", '
            'which she said "seems to rely on luck".')
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == ["said", "said"]
    second = acts[1]
    assert second.canonical == acts[0].canonical
    # the keys' convention: "which" (the clause's subject) is the writer's word -> mixed
    assert second.label == "mixed" and second.content.text == "seems to rely on luck"


def test_a_clause_inside_a_relative_with_no_relative_subject_stays_content(nlp):
    text = ("She argues that he strayed outside the part of the field she had agreed he "
            "could search.")
    assert _cues(nlp, text) == ["argues"]


# -- "told the chair, Dame Ann Lee, that ...": the clause hung on the listener's name --
def _listener_doc(nlp, words, heads, deps, pos):
    from spacy.tokens import Doc

    spaces = [not (i + 1 < len(words) and words[i + 1] in (",", ".")) for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_a_that_clause_hung_on_the_listeners_name_is_what_was_told(nlp):
    from kit.lenses.attribution_content import _clause_after_named_listener

    # "Ann Pike told the chair, Dame Ruth Mott, that tenants had waited a year." as the
    # model can parse it: *Mott* hung on *told*, the that-clause a relative clause of *Mott*
    words = ["Ann", "Pike", "told", "the", "chair", ",", "Dame", "Ruth", "Mott", ",", "that",
             "tenants", "had", "waited", "a", "year", "."]  # fmt: skip
    heads = [1, 2, 2, 4, 2, 2, 8, 8, 2, 8, 13, 13, 13, 8, 15, 13, 2]
    deps = ["compound", "nsubj", "ROOT", "det", "dobj", "punct", "compound", "compound",
            "npadvmod", "punct", "mark", "nsubj", "aux", "relcl", "det", "npadvmod", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN",
           "PUNCT", "SCONJ", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]  # fmt: skip
    doc = _listener_doc(nlp, words, heads, deps, pos)
    assert [c.text for c in _clause_after_named_listener(doc[2], doc[4])] == ["waited"]


def test_a_relative_clause_on_the_listeners_name_stays_a_description(nlp):
    from kit.lenses.attribution_content import _clause_after_named_listener

    # "Ann Pike told the chair, Dame Ruth Mott, who had arrived late." : "who" describes her
    words = ["Ann", "Pike", "told", "the", "chair", ",", "Dame", "Ruth", "Mott", ",", "who",
             "had", "arrived", "late", "."]  # fmt: skip
    heads = [1, 2, 2, 4, 2, 2, 8, 8, 2, 8, 12, 12, 8, 12, 2]
    deps = ["compound", "nsubj", "ROOT", "det", "dobj", "punct", "compound", "compound",
            "npadvmod", "punct", "nsubj", "aux", "relcl", "advmod", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN",
           "PUNCT", "PRON", "AUX", "VERB", "ADV", "PUNCT"]  # fmt: skip
    doc = _listener_doc(nlp, words, heads, deps, pos)
    assert _clause_after_named_listener(doc[2], doc[4]) == []
