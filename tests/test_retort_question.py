"""A short question in the writer's voice right before the writer's claim opens the same
retort (kit.lenses.loaded.question_before), whatever found the claim."""

from kit.lenses.loaded import question_before

TEXT = "The union offered 3 per cent. A fair compromise? Try telling that to the nurses."


def _claim_start(text: str, claim: str) -> int:
    return text.index(claim)


def test_a_short_question_before_a_claim_opens_it() -> None:
    start = _claim_start(TEXT, "Try telling")
    assert question_before(TEXT, start, [], []) == TEXT.index("A fair compromise?")


def test_a_question_with_an_apostrophe_still_counts() -> None:
    text = "The board met again. Who's counting? Not the board, clearly."
    assert question_before(text, text.index("Not the board"), [], []) == text.index("Who's")


def test_no_question_no_join() -> None:
    text = "The union offered 3 per cent. It was fair. Try telling that to the nurses."
    assert question_before(text, _claim_start(text, "Try telling"), [], []) is None


def test_a_long_question_is_not_a_retort() -> None:
    text = "Is the union right to hold out for a better offer? Try telling that to them."
    assert question_before(text, _claim_start(text, "Try telling"), [], []) is None


def test_a_question_in_the_paragraph_before_stays_apart() -> None:
    text = "A fair compromise?\nTry telling that to the nurses."
    assert question_before(text, _claim_start(text, "Try telling"), [], []) is None


def test_a_speakers_question_is_not_the_writers() -> None:
    text = 'He asked: "A fair compromise?" Try telling that to the nurses.'
    assert question_before(text, _claim_start(text, "Try telling"), [], []) is None
    # a question inside a quotation span the lens found, without quotation marks in it
    text = "He asked, A fair compromise? Try telling that to the nurses."
    q = text.index("A fair")
    quotes = [(q, q + len("A fair compromise?"), "direct")]
    assert question_before(text, _claim_start(text, "Try telling"), quotes, []) is None


def test_a_question_with_a_mark_of_its_own_is_left_alone() -> None:
    q = TEXT.index("A fair compromise?")
    taken = [(q, q + len("A fair compromise?"))]
    assert question_before(TEXT, _claim_start(TEXT, "Try telling"), [], taken) is None


def test_a_question_after_a_quoted_sentence_starts_after_its_closing_mark() -> None:
    text = 'He said: "We will deliver." Really? Nobody in the town believes it.'
    q = text.index("Really?")
    quotes = [(text.index('"We'), text.index('Really') - 1, "direct")]
    assert question_before(text, text.index("Nobody"), quotes, []) == q
