"""'It' after a sentence whose subject is a document that reports: the document speaking
again (found by the pooled partial-quote gate on round AO2, when "It recommended
"further calibration" of the software." left its quotation to be read as a scare quote).
Sentences written for this file."""

from __future__ import annotations

from speaker_acts import acts


def _acts(nlp, text):
    """(cue, canonical source) of every attribution (the shared ``speaker_acts.acts``)."""
    return [(cue, canonical) for cue, _, canonical in acts(nlp, text)]


def test_it_after_a_reporting_document_is_that_document(nlp):
    text = ("The council's own audit of the scheme found that half the grants went to two "
            'firms. It recommended "closer scrutiny" of the awards.')
    doc = nlp(text)
    assert ("recommended", "council's own audit") in _acts(nlp, text)
    assert not [s for s in doc.spans["loaded"] if s.label_ == "scare_quote"]


def test_it_after_things_and_states_is_no_source(nlp):
    for text in ("The recipe is simple. It calls for two eggs.",
                 "The storm hit the coast on Friday. It called for calm nerves on the ferry.",
                 "The boiler is twenty years old. It recommended itself to the last owner."):
        assert _acts(nlp, text) == [], text
