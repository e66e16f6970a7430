"""Scare quotes around a thing promised, offered or announced (issue 11, quotesAG): a short
quoted name in lower case after the writer's own article ('the council also promised a
"tree strategy" in May') is the writer holding the promise at arm's length, and the verb
reports no words of the speaker's, as 'promised a new bridge' reports none. The traps: a
quotation that holds its own article or a clause (the speaker's words, a partial quote),
a name in capitals, a quotation inside a report of what someone said.

Every sentence here was written for these tests; none is copied from data/.
"""

from __future__ import annotations

import pytest
from loaded_marks import covers


def _marks(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


def _contents(nlp, text: str) -> list[str]:
    doc = nlp(text)
    out = []
    for span in doc.spans["attributions"]:
        content = span._.kit_content
        out.append(text[content[0] : content[1]] if content else "")
    return out


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('The parish council also promised a "hedgerow plan" by the autumn.', '"hedgerow plan"'),
        ('The college promises a "kindness corridor" from next term.', '"kindness corridor"'),
        ('The operator has pledged a "fresh chapter" for the line.', '"fresh chapter"'),
        ('The museum announced a "memory lounge" for visitors.', '"memory lounge"'),
        ('The trust unveiled a "heritage trail" last week.', '"heritage trail"'),
        ('The brewery launched a "neighbour fund" in March.', '"neighbour fund"'),
        ('The estate has offered a "listening booth" instead.', '"listening booth"'),
        ('Glossy flyers arrived, each promising a "renewal adventure" that nobody wanted.',
         '"renewal adventure"'),
        # the participle before the quotation: the thing promised, in the writer's words
        ('The developer\'s promised "community jobs" turn out to be two cleaners.',
         '"community jobs"'),
    ],
)
def test_a_promised_thing_in_quotation_marks_is_a_scare_quote(nlp, text, quoted):
    assert covers(nlp, text, quoted, "scare_quote"), _marks(nlp, text)


def test_the_promise_reports_no_words(nlp):
    text = 'The parish council also promised a "hedgerow plan" by the autumn.'
    assert not any('"hedgerow plan"' in c for c in _contents(nlp, text))


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # the speaker's own words: the article or a clause inside the quotation marks
        ('The parish council promised "a full review" of the lane.', '"a full review"'),
        ('The parish council promised to "look again at the lane".', '"look again at the lane"'),
        # a name in capitals, not doubt
        ('The parish council promised a "Bright Lanes" scheme in May.', '"Bright Lanes"'),
        ('The county has launched the "Clean Verges" campaign.', '"Clean Verges"'),
        # inside a report of what someone said: a partial quote
        ('The clerk said the council would publish a "hedgerow plan" in May.', '"hedgerow plan"'),
        # a grade or a figure
        ('The hotel promised a "five-star" welcome.', '"five-star"'),
    ],
)
def test_partial_quotes_names_and_grades_are_not_scare_quotes(nlp, text, quoted):
    assert not covers(nlp, text, quoted, "scare_quote"), _marks(nlp, text)


def test_a_quotation_that_holds_its_article_stays_the_speakers_words(nlp):
    text = 'The parish council promised "a full review" of the lane.'
    assert any('"a full review"' in c for c in _contents(nlp, text))
