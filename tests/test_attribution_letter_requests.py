"""A letter's request after "wrote to X" (helper missesAT).

"Several parents have written to the league asking for the logo to come off the shirts"
(round AS2), "wrote to the council on Friday asking it to stop ..." (AQ-era practice),
"have written to the parish magazine demanding an independent review", "wrote to the
committee last month to ask for a minibus service": the letter is the act, its cue
"written to the league", and the participle (or the "to"-infinitive) of a verb of asking
(kit/lexicons/cues.yaml letter_requests) says what it asked. Before this rule "write"
found no clause and the act was lost. Look-alikes stay plain: no "to" listener ("wrote a
novel asking readers ..."), a participle of another verb ("using his own name",
"hoping to see his poem in print"), "asking after" someone (a greeting), and a letter
reported inside someone else's words stays in that act's content.

The first four sentences are from the practice articles (betting_corvasty_scarstone_shirts,
hivis_fallowfeather_ambermarsh_patrols, bunfight_pilkingate_brackwillow_fete,
scaffoldwait_tavenhale_quellhaven_infirmary), names shortened; the look-alikes are
written for these tests.
"""

from __future__ import annotations

import pytest
from speaker_acts import acts

import kit
from kit.article import Article

REQUESTS = [
    (
        "Several parents have written to the league asking for the logo to come off the "
        "shirts before the first match.",
        "written to the league",
        "Several parents",
    ),
    (
        "The Ambermarsh Residents' Association wrote to the council on Friday asking it to "
        "stop the watch using the community hall.",
        "wrote to the council",
        "The Ambermarsh Residents' Association",
    ),
    (
        "Fourteen residents have written to the parish magazine demanding an independent "
        "review of the fete accounts.",
        "written to the parish magazine",
        "Fourteen residents",
    ),
    (
        "Patients' groups in the valley wrote to the committee last month to ask for a "
        "minibus service to the temporary wards.",
        "wrote to the committee",
        "Patients' groups in the valley",
    ),
]

PLAIN = [
    "He wrote to the council using his own name.",
    "She wrote a novel asking readers to imagine a world without cars.",
    "He wrote to the paper last year, hoping to see his poem in print.",
    "She wrote to her sister every week, asking after her health.",
    "Gran wrote to me last spring.",
]


def _content(nlp, text: str) -> list[tuple[str, str]]:
    doc = kit.annotate(Article(body=text, meta={"outlet": "The Probe"}), nlp=nlp)
    return [(a.cue.text, a.content.text if a.content else "") for a in doc.attributions]


@pytest.mark.parametrize(("text", "cue", "speaker"), REQUESTS)
def test_a_letter_asking_is_reported(nlp, text, cue, speaker):
    assert [(c, s) for c, s, _ in acts(nlp, text)] == [(cue, speaker)]


def test_the_request_is_the_content(nlp):
    found = _content(nlp, REQUESTS[1][0])
    assert found == [
        ("wrote to the council", "asking it to stop the watch using the community hall.")
    ]


@pytest.mark.parametrize("text", PLAIN)
def test_a_letter_without_a_request_reports_nothing(nlp, text):
    assert acts(nlp, text) == []


def test_a_letter_inside_a_report_stays_in_its_content(nlp):
    text = (
        "The area's MP, Rosetta Quillinan, said she had written to the health board asking "
        "it to reconsider the closure."
    )
    assert [cue for cue, _, _ in acts(nlp, text)] == ["said"]


def test_a_reported_letter_leaves_the_second_act_its_own(nlp):
    # hospice_pellowick_beds: keyed "said" and "described"; the letter is in his words
    text = (
        "Pellowick's MP, Somhairle Inskip, said he had written to the health minister to ask "
        'for emergency funding, and described the cut as "a heartless decision that will be '
        'felt in every street in this town".'
    )
    assert [cue for cue, _, _ in acts(nlp, text)] == ["said", "described"]
