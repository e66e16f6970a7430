"""A reporting verb inside a relative clause ("rules that they say treat them ...",
"an offer they say falls short", "a decision skippers say could ...") is an act of its
own (docs/annotation_rules.md, section 1): the cue is the verb, the speaker the
subject ("they" stands for the main clause's subject), the content the rest of the
relative clause, mixed when it holds a partial quote, which is then no scare quote.
Sentences written for these tests; the parser misreads each in a different way.
"""

from __future__ import annotations

import kit


def acts(nlp, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(cue, canonical source, content, kind) of every attribution, in reading order."""
    return [
        (a.cue.text, a.canonical, a.content.text if a.content else None, a.label)
        for a in kit.annotate(text, nlp=nlp).attributions
    ]


def scare_quotes(nlp, text: str) -> list[str]:
    return [a.text for a in kit.annotate(text, nlp=nlp).of("loaded", "scare_quote")]


def test_they_say_hung_on_the_main_verb_reports_the_clause(nlp):
    text = (
        "Nine of the twelve porters at a Drelmouth hotel have quit in a dispute over "
        'new shifts that they say treat them "like furniture".'
    )
    ((cue, source, content, kind),) = acts(nlp, text)
    assert (cue, kind) == ("say", "mixed")
    assert source.startswith("porters")  # the group, not "Nine of the twelve" nor "they"
    assert content == 'treat them "like furniture".' or content == 'treat them "like furniture"'
    assert scare_quotes(nlp, text) == []


def test_they_say_read_as_an_auxiliary_is_still_the_cue(nlp):
    text = 'Tenants have complained about new charges that they say leave them "worse off".'
    found = acts(nlp, text)
    assert [(c, s, k) for c, s, _, k in found] == [("say", "Tenants", "mixed")]
    assert found[0][2] == 'leave them "worse off"'


def test_a_partial_quote_in_the_content_keeps_its_closing_mark(nlp):
    text = 'Parents are angry about a policy that they claim treats children "like suspects".'
    ((cue, source, content, kind),) = acts(nlp, text)
    assert (cue, source, kind) == ("claim", "Parents", "mixed")
    assert content == 'treats children "like suspects"'


def test_which_they_say_keeps_its_closing_mark(nlp):
    text = 'Commuters blasted the timetable, which they say is "a total shambles".'
    ((cue, source, content, _),) = acts(nlp, text)
    assert (cue, source, content) == ("say", "Commuters", 'is "a total shambles"')


def test_a_relative_clause_without_a_relative_word(nlp):
    text = 'The nurses rejected a pay offer they say falls "miles short" of inflation.'
    ((cue, source, content, kind),) = acts(nlp, text)
    assert (cue, source, kind) == ("say", "nurses", "mixed")
    assert content == 'falls "miles short" of inflation'


def test_the_antecedent_is_not_part_of_the_speaker(nlp):
    found = acts(nlp, "It was a decision ferrymen say could sink the crossing.")
    assert [(c, s) for c, s, _, _ in found] == [("say", "ferrymen")]


def test_an_indirect_relative_report_and_its_look_alikes(nlp):
    # no quote: indirect; "they" stands for the group a count is taken of
    text = (
        "Seven of the nine governors have resigned over a budget that they say starves the school."
    )
    found = acts(nlp, text)
    assert [(c, s, x, k) for c, s, x, k in found] == [
        ("say", "governors", "starves the school", "indirect")
    ]
    # still an act (indirect): "the rules that they say are fair"
    assert [
        (c, s, k) for c, s, _, k in acts(nlp, "The ramblers back the rules that they say are fair.")
    ] == [("say", "ramblers", "indirect")]
    # "they say he wrote it": an act whose speaker names no one
    ((cue, _, content, _),) = acts(nlp, "This is the book that they say he wrote.")
    assert (cue, content) == ("say", "he wrote")
    # no reporting verb, no act; and an infinitive is no reported clause
    assert acts(nlp, "This is the house that they sold.") == []


def test_cue_word_in_a_who_clause_reports_nothing_of_the_sentence(nlp):
    """A cue lemma inside a relative clause that describes the speaker ("who found £9,000
    for a statue", "whose chairman once shared a flat") has no content of its own; the
    clause around it belongs to the sentence's own cue, "told"/"said"."""
    text = (
        "The mayor, Councillor Ada Brisk, who found £9,000 this spring for a statue of "
        "himself, told the Gazette that the fund was empty."
    )
    assert acts(nlp, text) == [
        ("told the Gazette", "Ada Brisk", "the fund was empty.", "indirect")
    ]
    text = (
        "Lamberts Ltd, whose chairman once shared a flat with the council's chief "
        "executive, said the contract was fair."
    )
    assert acts(nlp, text) == [("said", "Lamberts Ltd", "the contract was fair.", "indirect")]


def test_parenthetical_cue_without_a_relative_word_still_reports_the_sentence(nlp):
    """ "Leaving, our survey found, can take weeks.": the parser may read the inserted cue
    as a relative clause, but with no relative word it is the parenthetical it looks
    like, and reports the sentence around it."""
    assert [(cue, source) for cue, source, _, _ in acts(
        nlp, "Leaving, our investigation found, can take weeks."
    )] == [("found", "our investigation")]
