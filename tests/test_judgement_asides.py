"""Claims in the writer's own voice that seem only to ask, note or describe (issue 11:
classes learned from round G's misses), each with sentences it must mark and plain
sentences of news prose it must leave alone.

Every sentence here was written for this file (none comes from data/):

- a question that carries its own answer or is asked aloud of nobody
  (kit/lenses/judgement_asides.py);
- a demand told as absurd in a note of what a statement left out (same module);
- a quoted phrase echoed as the subject of a deflating verdict (same module);
- a clipped echo about a habit ("She rarely is when ..."; judgement_claims.py);
- lying in wait for a chance, read from a mind ("has clearly been waiting for this
  moment"; judgement_minds.py);
- speech pointed at and dismissed ("delivered this drivel"), and evidence set against
  the publicity ("The trial behind it is rather more mundane."; judgement_asides.py);
- a sentence built on the writer's own scare quote, saying what the thing is ('the
  "rescue fleet" is two rowing boats'; kit/lenses/loaded_quotes.py);
- a label denied, a motive told as being dazzled, feigned puzzlement at an omission
  (kit/lexicons/claims.yaml);
- sentences with "told nothing", or a participle such as "announced to staff", are
  still the writer's own voice (kit/lenses/loaded.py).
"""

from __future__ import annotations

import pytest
from loaded_marks import claims
from practice_text import crowded_classes, rounds_since

from kit.lenses import judgement_asides as A
from kit.lenses import judgement_claims as C
from kit.lexicon import LEXICON_DIR as LEXICONS
from kit.lexicon import load_yaml


def test_the_aside_rules_run_with_the_claim_rules():
    assert set(A.ASIDE_RULES) <= set(C.VERDICT_RULES)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The bridge reopened on Monday. Who, if not the county, will pay for the next one?",
            "Who, if not the county, will pay for the next one?",
        ),
        (
            "The levy was dropped in March. What was it for, if not the harbour wall?",
            "What was it for, if not the harbour wall?",
        ),
        (
            "The contract went to a firm with no staff. Who, one wonders, approved it?",
            "Who, one wonders, approved it?",
        ),
        (
            "The guidance did not explain how a carer working nights was meant to attend "
            "daytime classes.",
            "The guidance did not explain how a carer working nights was meant to attend "
            "daytime classes.",
        ),
        (
            'The chairman promised "a new golden age" for the club. The new golden age is, '
            "so far, two draws and a defeat.",
            "The new golden age is, so far, two draws and a defeat.",
        ),
        (
            "The health secretary was not at the hospital on Friday. He seldom is when "
            "nurses are on strike.",
            "He seldom is when nurses are on strike.",
        ),
        (
            "The shadow chancellor had obviously been waiting for this chance for months.",
            "The shadow chancellor had obviously been waiting for this chance for months.",
        ),
        (
            "The independent review was anything but independent.",
            "The independent review was anything but independent.",
        ),
        (
            "The consultation turned out to be nothing of the sort.",
            "The consultation turned out to be nothing of the sort.",
        ),
        (
            "The winger's head has been turned by a bigger contract abroad.",
            "The winger's head has been turned by a bigger contract abroad.",
        ),
        (
            "The annual report leaves out the fines, a curious omission for a firm so proud "
            "of its openness.",
            "The annual report leaves out the fines, a curious omission for a firm so proud "
            "of its openness.",
        ),
        (
            "Shareholders were told nothing about the loss, which seems a strange thing to "
            "leave out.",
            "which seems a strange thing to leave out.",
        ),
        (
            'The "free" parking offer announced to residents last week is nothing of the kind.',
            'The "free" parking offer announced to residents last week is nothing of the kind.',
        ),
        (
            'The port\'s "rescue fleet" is two rowing boats and a radio.',
            'The port\'s "rescue fleet" is two rowing boats and a radio.',
        ),
        (
            'Its "independent" audit is a two-page letter from the mining firm.',
            'Its "independent" audit is a two-page letter from the mining firm.',
        ),
        (
            'Her "fresh start" was supposed to win back the suburbs.',
            'Her "fresh start" was supposed to win back the suburbs.',
        ),
        (
            'The clinic calls the cream "a miracle". The trial behind it is rather more mundane.',
            "The trial behind it is rather more mundane.",
        ),
        (
            "The chief executive repeated this twaddle at every meeting.",
            "The chief executive repeated this twaddle at every meeting.",
        ),
    ],
)
def test_a_claim_in_disguise_is_marked(nlp, text, claim):
    assert claim in claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will close in June. What happens if not enough drivers use the ferry?",
        "The council meets on Monday. What, you might ask, is a precept?",  # a signpost
        "The ministry did not explain how the scheme would be funded.",
        "The council did not say when the work was expected to be finished.",
        "The operator did not say when the train was supposed to arrive.",
        "The results were more modest than the company had forecast.",
        "Growth will be more modest next year, the bank said.",
        "The council opened a new community hub in May. The community hub is a converted library.",
        'The council opened a "community hub" in May. The community hub is a converted '
        "library.",  # an echo with no deflating turn
        "The river seldom floods in summer, when the reservoirs are low.",
        "Trains are often late in winter. They rarely are when the weather is dry.",
        "Notable omissions from the shortlist include two debut novels.",
        "Commuters waited for the last bus outside the station.",
        "Nothing of the kind has been tried in the county before.",
        "The patient's head was turned by nurses every two hours.",
        "The funding scheme announced by the council last week will cost £2m.",
        "It was a strange thing to see a seal so far up the river.",
        "He turned his head towards the cameras and smiled.",
        'Their "peace plan" lasted eleven days.',  # an event told of it: the quote alone
        'The school\'s "wellbeing day" was organised by pupils.',
        'The so-called "blue zone" is an area where parking is free on Sundays.',
        'The word "hygge" is a Danish term for cosiness.',  # a term, not a scare quote
        "She read her son a fairy tale at bedtime.",
    ],
)
def test_plain_news_prose_gets_no_claim(nlp, text):
    assert claims(nlp, text) == []


def test_a_participle_naming_a_thing_reports_nobody_s_words(nlp):
    """'the "free" upgrade announced last week': "announced" names the upgrade, so the
    quotation marks are the writer's own (a scare quote), not a report of words."""
    doc = nlp('The "free" upgrade announced to customers last week costs £4 a month.')
    assert ('"free"', "scare_quote") in [(s.text, s.label_) for s in doc.spans["loaded"]]
    doc = nlp('The firm announced a "free" upgrade for customers last week.')
    assert all(s.label_ != "scare_quote" for s in doc.spans["loaded"])


def test_a_quoted_aside_is_the_speakers_not_the_writers(nlp):
    text = '"Who, if not the county, will pay for the next one?" the councillor asked.'
    assert claims(nlp, text) == []


def test_the_asides_lexicon_is_a_broad_family():
    """At least half of each open class's words (first word of a phrase, with simple
    inflections) appear nowhere in the practice text, so the lists were not built from
    the articles; the file names where its idea comes from."""
    path = LEXICONS / "judgement_asides.yaml"
    assert "Where the idea comes from" in path.read_text(encoding="utf-8")
    frames = ("unanswered_verb", "demand_word", "evidence_noun")  # common verbs of a frame
    # deflating_adverbial was written from round G's misses (bf36e49): it is checked
    # against the text its writer could read, not the rounds that joined later and bring
    # its common phrases ("so far", "in fact", "at the moment") into the practice data
    # letdown_verb too (b965e30, written before round H): rounds AH1-AH6 bring common verbs
    # of it ("ignore", "scrap", "abandon") into the practice text
    # ironic_aside too (b965e30, before round H): rounds AI1-AI6's national news bring its
    # common phrases into the practice text
    late = ("deflating_adverbial", "letdown_verb", "ironic_aside")
    assert crowded_classes(path, skip=frames + late) == []
    others = tuple(c for c in load_yaml(path.read_text(encoding="utf-8")) if c not in late)
    assert crowded_classes(path, skip=frames + others, later_rounds=rounds_since("roundH")) == []
