"""Look-alikes unmarked in the trapsAQ round (from the false marks and traps of all
practice rounds, grouped by kind and counted before each rule; kit/lenses/hedging.py,
kit/lenses/attribution_formulas.py):

- "every" in a fixed phrase ("every bit as safe", "every step of the way", "every few
  weeks", "by every account") against a claim about all ("Every expert agrees");
- a verb of believing with the writer's adverb of guess on it ("The board clearly thinks
  ...", "Perhaps the cabinet thinks ...") or under "appears to", against a view made
  known ("Ms Harrow believes the plan will fail");
- a limiter of how much set off as an afterthought ("What it is, mostly, is price rises")
  against a judgement or a claim limited ("seemed mostly unconcerned", "was largely
  peaceful");
- "explain" with a question clause under a modal, a denial, a verb of watching or a bare
  "to" ("Perhaps the hotel can explain how ...", "Nor has the minister explained why
  ...") against an explanation given ("The minister explained why the ban was needed").

Traps are sentences of the practice articles; positives are written for this file.
"""

from __future__ import annotations

import pytest

import kit


def words(nlp, text: str, group: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans[group]]


def cues(nlp, text: str) -> list[str]:
    """The cue of every attribution, in reading order."""
    return [a.cue.text.lower() for a in kit.annotate(text, nlp=nlp).attributions]


BOOSTER_TRAPS = [
    (
        "The board's medical director told a public meeting on Wednesday that midwife-led "
        'units were "every bit as safe" for low-risk births.'
    ),
    (
        "Violante Achterwell, the regional organiser for the union, said the union would "
        'fight the closure "every step of the way".'
    ),
    (
        "Neighbours of the garages on Ferrow Lane said they had seen two men visiting the "
        'lock-up "every few weeks" since the winter.'
    ),
    (
        "Mr Orrelwick, who by every account sat through the forty-minute meeting with "
        "admirable calm, told me on Monday that he had explained it twice."
    ),
    '"Every few years somebody splits or lumps these animals," she said.',
]

BOOSTER_KEPT = [
    "Every expert agrees the bridge is unsafe.",
    "They ate every bit of the cake.",
    "She has read every account of the battle and found nothing.",
]


@pytest.mark.parametrize("text", BOOSTER_TRAPS)
def test_every_idiom_is_no_booster(nlp, text):
    assert "every" not in words(nlp, text, "boosters")


@pytest.mark.parametrize("text", BOOSTER_KEPT)
def test_every_of_a_set_stays_a_booster(nlp, text):
    assert "every" in words(nlp, text, "boosters")


ATTRIBUTION_TRAPS = [
    ("The board clearly thinks we will pay whatever it asks.", "thinks"),
    ("Perhaps the cabinet thinks tourists will flock to Quilhaven to stare at an empty beach.",
     "thinks"),
    ("Clearly the abacus brigade thought that was a fair fight.", "thought"),
    ("Ms Crantbridge clearly believes that if she smiles long enough, nobody will ask what "
     "anything costs.", "believes"),
    ("He appears to believe that a dishwasher is a heritage project.", "believe"),
    ("Perhaps the hotel can explain how a mistake turns into a receipt with his signature "
     "on it.", "explain"),
    ("Nor has the minister explained why a ban is needed at all.", "explained"),
    ("There is a particular hush that settles on the Chamber when a minister rises to "
     "explain why something has not happened.", "explain"),
]  # fmt: skip

ATTRIBUTION_KEPT = [
    ("Ms Harrow believes the plan will fail.", "believes"),
    ("The minister explained why the ban was needed.", "explained"),
    ("She explained that the road would stay shut until Friday.", "explained"),
    ("The minister explained on Monday how the scheme would work.", "explained"),
]


@pytest.mark.parametrize(("text", "cue"), ATTRIBUTION_TRAPS)
def test_guessed_mind_and_unanswered_explain_report_nothing(nlp, text, cue):
    assert not any(cue in c for c in cues(nlp, text))


@pytest.mark.parametrize(("text", "cue"), ATTRIBUTION_KEPT)
def test_views_and_explanations_given_still_report(nlp, text, cue):
    assert any(cue in c for c in cues(nlp, text))


HEDGE_TRAPS = [
    'She said: "That is discipline." What it is, mostly, is price rises.',
    "One whip, who asked not to be named, said the mood among the party's members of "
    'parliament was "relief, mostly".',
    "Worth it for whom? Mostly, it turns out, for Halvergate Turbines.",
]

HEDGE_KEPT = [
    ("Parents at the school gate on Wednesday seemed mostly unconcerned.", "mostly"),
    ("The march was largely peaceful, but police fired tear gas near the parliament.",
     "largely"),
    ("The claims in the dossier were largely true.", "largely"),
]  # fmt: skip


@pytest.mark.parametrize("text", HEDGE_TRAPS)
def test_share_limiter_in_passing_is_no_hedge(nlp, text):
    assert not {"mostly", "largely", "mainly"} & set(words(nlp, text, "hedges"))


@pytest.mark.parametrize(("text", "word"), HEDGE_KEPT)
def test_limited_judgement_stays_a_hedge(nlp, text, word):
    assert word in words(nlp, text, "hedges")
