"""The loaded lens: charged words, quotation marks classified, unattributed claims.

Most tests build the Doc with the English model only, set the ``attributions``
span group by hand (as the attribution lens would), then run the loaded
component alone, so the lens is tested in isolation.
"""

from __future__ import annotations

import pytest
from lens_docs import parse

from kit.lenses.loaded import classify_quotes


def loaded(nlp, text, attributions=()):
    doc = parse(nlp, text, attributions)
    nlp.get_pipe("kit_loaded")(doc)
    return list(doc.spans["loaded"])  # Span objects keep their Doc alive


def found(nlp, text, attributions=()):
    return [(s.text, s.label_) for s in loaded(nlp, text, attributions)]


# -- charged words ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Australia was seriously punished by China due to the extreme hostility of the "
            "previous government.",
            [
                ("seriously", "intensifier"),
                ("punished", "emotive"),
                ("extreme", "intensifier"),
                ("hostility", "emotive"),
            ],
        ),
        (
            "These include provocative comments on the reform.",
            [("provocative", "emotive")],
        ),
        (
            "A destroyer plowed through the straits.",
            [("plowed through", "emotive")],
        ),
        (
            "The ministry welcomes problem solving rather than wrangling.",
            [("wrangling", "emotive")],
        ),
        (
            "The senator slammed the new budget.",
            [("slammed", "emotive")],
        ),
        (
            "The regime jailed the protesters.",
            [("regime", "labeling")],
        ),
        (
            "It was utterly useless.",  # a verdict as the whole sentence's point, too
            [("It was utterly useless.", "unattributed_claim"), ("utterly", "intensifier")],
        ),
        (
            "Residents were outraged when the council rammed the measure through.",
            [("outraged", "emotive"), ("rammed the measure through", "emotive")],
        ),
        (
            "Critics mocked the cynical ploy.",
            [("cynical", "emotive"), ("ploy", "emotive")],
        ),
        ("The talks expose a rift at the top.", [("rift", "emotive")]),
        ("The board pushed through a restructuring.", [("pushed through", "emotive")]),
        (
            "After a gruelling, injury-wrecked season, she retired.",
            [("gruelling", "emotive"), ("injury-wrecked", "emotive")],
        ),
        ("The closing minutes are almost unbearably moving.", [("unbearably", "intensifier")]),
    ],
)
def test_charged_words(nlp, text, expected):
    assert found(nlp, text) == expected


def test_loaded_words_name_a_neutral_alternative(nlp):
    spans = loaded(nlp, "The senator slammed the budget, citing extreme hostility.")
    assert [s.label_ for s in spans] == ["emotive", "intensifier", "emotive"]
    for span in spans:
        assert span._.kit_neutral
    for span in (spans[0], spans[2]):
        assert f"Neutral: *{span._.kit_neutral}*" in span._.kit_explanation
    assert spans[0]._.kit_neutral == "strongly criticised"
    assert "leave it out" in spans[1]._.kit_explanation


@pytest.mark.parametrize(
    "text",
    [
        "Sun Taiyi, an assistant professor, spoke on Mar 11.",  # names and dates
        "She gave a lecture at the university.",  # a lecture is not lecturing
        "The company is very profitable and highly regarded.",  # amplifiers of nothing loaded
        "Her boss at the firm approved the plan.",  # a real employer
        "The destroyer passed through the straits.",
        "The court fined the company.",
        "Offenders will be punished under the new law.",  # the plain legal word
        # plain manner (in a quote: in the writer's own voice it is a consensus claim)
        '"No one who has studied the river seriously believes otherwise," she said.',
        "Car theft rose sharply last year.",  # a report of crime, not a label
        "Two hawks circled over the field.",  # birds
        "Thousands fled the fighting in the north.",  # "fled" is the plain word here
        "Thousands fled their homes when the river burst its banks.",
        "Police investigated vandalism at the school.",  # a report of a crime
        "She pushed through the crowd to the stage.",  # a physical push
        # a count of real crimes, not a verdict on an act
        "It was the fourth theft from the allotments this winter, detectives said.",
        "Police said it was the second robbery at the kiosk in a month.",
        # a named storm is a force of nature, like "the storm"
        "Storm Corra hammered the western isles with gusts of ninety miles an hour.",
    ],
)
def test_loaded_traps(nlp, text):
    assert found(nlp, text) == []


def test_crime_word_used_as_a_label_and_political_hawks(nlp):
    quoted = '"This is theft, plain and simple," the minister said.'
    assert found(nlp, quoted) == [("theft", "emotive")]
    # in the writer's own voice the same sentence is also an evaluation stated as fact
    assert found(nlp, "This is theft, plain and simple.") == [
        ("This is theft, plain and simple.", "unattributed_claim"),
        ("theft", "emotive"),
    ]
    assert found(nlp, "The Orsenian hawks blocked the study.") == [("hawks", "labeling")]
    # a count of incidents is a report; an act named as a crime is a verdict
    assert found(nlp, '"The new levy is robbery," the landlord said.') == [("robbery", "emotive")]
    assert ("hammered", "emotive") in found(nlp, "The mayor hammered the storm plan.")


def test_gossip_labels_and_drama(nlp):
    text = (
        "Heartbroken reality queen Tamsin Rook fled her villa in floods of tears after "
        "her love rat boyfriend was seen with a mystery blonde."
    )
    assert found(nlp, text) == [
        ("Heartbroken", "emotive"),  # the entity recogniser calls this a name: it is not
        ("fled", "emotive"),
        ("in floods of tears", "emotive"),
        ("love rat", "labeling"),
        ("mystery blonde", "labeling"),
    ]


def test_name_calling_and_metaphorical_war_inside_quotes(nlp):
    text = '"I will not hand my grandfather\'s work to vultures," Ruiz told shareholders.'
    assert found(nlp, text) == [("vultures", "labeling")]
    text = (
        'Lowe said it was "a war on anyone who still drives" and that the council had '
        "ignored the people who would pay for it."
    )
    content = 'it was "a war on anyone who still drives" and that the council had ignored'
    spans = loaded(nlp, text, [("said", content)])
    assert [(s.text, s.label_) for s in spans] == [("war on", "emotive")]
    assert "speaker's own words" in spans[0]._.kit_explanation


def test_labeling_a_country_as_someone_else_s_boss(nlp):
    text = "Some US allies are waiting for the latest instructions from their boss."
    assert found(nlp, text) == [("their boss", "labeling")]


# -- quotation marks -------------------------------------------------------------------
def test_charged_word_in_a_partial_quote_is_loaded_never_a_scare_quote(nlp):
    text = (
        "Jin said the meeting would be pointless if China just receives another round of "
        '"lecturing" from US officials.'
    )
    spans = loaded(nlp, text, [("said", "the meeting would be pointless if China just receives")])
    assert [(s.text, s.label_) for s in spans] == [('"lecturing"', "emotive")]
    assert "writer's distance" in spans[0]._.kit_explanation
    assert "Neutral: *criticism, advice*" in spans[0]._.kit_explanation


def test_partial_quote_with_a_label_inside(nlp):
    text = (
        'Jin said some US allies are waiting for "the latest instructions from their boss," '
        "and some have been punished."
    )
    attrs = [("said", "some US allies are waiting for")]
    doc = parse(nlp, text, attrs)
    kinds = [k for _, _, k in classify_quotes(doc)]
    assert kinds == ["partial"]
    spans = loaded(nlp, text, attrs)
    labels = [(s.text, s.label_) for s in spans]
    assert ("their boss", "labeling") in labels
    assert all(s.label_ != "scare_quote" for s in spans)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('The government announced the so-called "reform" on Monday.', "scare"),
        ('Critics mocked the "experts" who had advised the ministry.', "scare"),
        ('They announced a "2+2" meeting between the chief diplomats.', "term"),
        ('Li gestures a "six" when he takes questions.', "term"),
        ('She starred in the film "The Long Road Home" last year.', "title"),
        ('The report titled "Growth at Risk" was published today.', "title"),
        ('The prime minister, dubbed "the Iron Lady", resigned.', "nickname"),
        ('Thatcher, known as "the Iron Lady", resigned.', "nickname"),
        # words between "known" and "as" name who calls it so
        ('The striker, known to the away fans as "the Heron", signed on Friday.', "nickname"),
        ('The valve, known in the industry as "the widow-maker", was replaced.', "term"),
        ('The word "sovereignty" appears ten times.', "term"),
        ('The ministry described the talks as "candid" and useful.', "partial"),
        ('Cole slammed what she described as a "reckless gamble" on Monday.', "partial"),
        # a verb of attitude and "that", in a form the tagger may read as a noun
        ('The rival pier spent May whingeing that we had "stolen" its anglers.', "partial"),
        ('Its backers kept up their sniping that the museum was "a folly".', "partial"),
        # a loaded verb of speaking after "to", which the tagger may read as a noun
        ('Then came a critic, who has never paid for a meal there, to coo that the stall '
         'was "the town\'s beating heart".', "partial"),
        ('A gallery that we gather is "world-class" opened on Friday.', "scare"),
        # an adjective of insisting and "that": the clause is what the subject maintains
        ('The bus company is adamant that its timetable is "fit for purpose".', "partial"),
        ('The landlord remained insistent that the rent was "below the market".', "partial"),
    ],
)
def test_quote_kinds(nlp, text, kind):
    doc = parse(nlp, text)
    assert [k for _, _, k in classify_quotes(doc)] == [kind]


def test_quote_inside_content_is_speech_and_fragment_is_partial(nlp):
    text = 'Li said, "We hope to talk." Jin said the US needs "a new attitude" now.'
    attrs = [("Li said", "We hope to talk."), ("Jin said", 'the US needs "a new attitude" now')]
    doc = parse(nlp, text, attrs)
    assert [k for _, _, k in classify_quotes(doc)] == ["speech", "partial"]
    assert found(nlp, text, attrs) == []


def test_scare_quote_is_marked_with_explanation(nlp):
    spans = loaded(nlp, 'The government announced the so-called "reform" on Monday.')
    assert [(s.text, s.label_) for s in spans] == [('"reform"', "scare_quote")]
    assert "quotation marks" in spans[0]._.kit_explanation
    assert spans[0]._.kit_neutral.startswith("reform")


@pytest.mark.parametrize(
    "text",
    [
        'They announced a "2+2" meeting between the chief diplomats.',
        'She starred in the film "The Long Road Home" last year.',
        'The prime minister, dubbed "the Iron Lady", resigned.',
    ],
)
def test_titles_nicknames_terms_are_not_loaded(nlp, text):
    assert found(nlp, text) == []


# -- unattributed claims -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Premier Li's remarks on the upcoming meeting reflects China's sincerity to fix "
            "the ties with the US.",
            "reflects China's sincerity",
        ),
        ("This proves that the US is being very careful.", "This proves that"),
        ("The new sanctions are a clear attempt to divide the alliance.", "are a clear attempt"),
        ("Their outrage is clearly a performance for the cameras.", "is clearly"),
        ("The party has always been a friend of farmers.", "has always been"),
        ("The leaders know the dam will benefit the whole basin.", "know"),
        (
            "Politicians in the capital are using the river to distract voters.",
            "to distract",
        ),
        ("It is a shameful act of cultural vandalism.", "is a shameful act"),
        ("Its authors clearly care more about a spreadsheet than children.", "clearly care"),
        (
            "His push for a sale has less to do with competition than with his own fund.",
            "has less to do with",
        ),
        ("The US wants to gain some advantage over China.", "wants to"),
        ("Beijing cut the tariffs in order to appease its neighbours.", "in order to appease"),
    ],
)
def test_unattributed_claims_in_the_writer_s_voice(nlp, text, cue):
    spans = [s for s in loaded(nlp, text) if s.label_ == "unattributed_claim"]
    assert len(spans) == 1
    assert cue in spans[0].text and spans[0].text.endswith(text[-12:])
    assert spans[0]._.kit_explanation.startswith("Whose judgement is this?")
    assert "source" in spans[0]._.kit_explanation


@pytest.mark.parametrize(
    ("text", "attributions"),
    [
        # inside an attribution's content: the claim has a source
        (
            "Shen said the US wants to gain some advantage over China.",
            [("said", "the US wants to gain some advantage over China")],
        ),
        # a reporting verb in the sentence, even if the attribution lens missed it
        ("The US wants to gain some advantage, Shen said.", []),
        # the speaker's own stated wish, in quotation marks
        ('"We want to talk," the minister told reporters.', []),
        # a neutral purpose
        ("The city closed the road in order to repair it.", []),
        ("We want to hear from readers.", []),
        ("We know the dam will help.", []),
        ("Signs on the detour are clearly visible.", []),
        ("The officials know the river well.", []),
        ("Strikers who came to the ground knew exactly what was waiting for them.", []),
    ],
)
def test_no_unattributed_claim(nlp, text, attributions):
    assert [s for s in loaded(nlp, text, attributions) if s.label_ == "unattributed_claim"] == []


def test_classify_quotes_reads_an_annotated_article_too(nlp):
    from kit.annotated import AnnotatedArticle

    text = (
        'The so-called "reform" was approved on Monday. '
        'A "2+2" meeting is planned. She starred in the film "Long Road Home".'
    )
    doc = nlp(text)
    annotated = AnnotatedArticle.from_doc(doc)
    kinds = classify_quotes(annotated)
    assert kinds == classify_quotes(doc)
    assert [k for _, _, k in kinds] == ["scare", "term", "title"]
    assert [text[s:e] for s, e, _ in kinds] == ['"reform"', '"2+2"', '"Long Road Home"']


def test_intensifiers_can_be_merged_into_the_word_they_amplify(nlp):
    from kit.lenses.loaded import LoadedComponent

    component = LoadedComponent(nlp, merge_intensifiers=True)
    doc = parse(nlp, "The talks were marred by extreme hostility.")
    component(doc)
    spans = list(doc.spans["loaded"])
    assert [(s.text, s.label_) for s in spans] == [("extreme hostility", "emotive")]
    assert "'extreme' makes the charge even stronger" in spans[0]._.kit_explanation


def test_charged_word_alone_in_scare_quotes_is_a_scare_quote_naming_the_word(nlp):
    spans = loaded(nlp, 'The minister attacked the "hysteria" of the opposition.')
    assert [(s.text, s.label_) for s in spans] == [('"hysteria"', "scare_quote")]
    assert "scare quotes" in spans[0]._.kit_explanation
    assert "'hysteria' dismisses a reaction" in spans[0]._.kit_explanation


# -- scare quotes after an owner or a sarcastic formula -------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('The board published its "independent" audit of the accounts.', "scare"),
        ('So much for the mayor\'s "open door."', "scare"),  # a final stop is the sentence's
        ('So much for her "fresh start" pledge.', "scare"),
        ('Nothing says "value for money" like a second bill.', "scare"),
        ('The council\'s "Green Streets" scheme starts in June.', "term"),  # a name
        ('They announced a "pay as you go" tariff for the car park.', "term"),  # a kind
    ],
)
def test_owner_and_sarcasm_quote_kinds(nlp, text, kind):
    assert [k for _, _, k in classify_quotes(parse(nlp, text))] == [kind]


def test_a_sarcastic_formula_read_as_a_cue_is_still_a_scare_quote(nlp):
    """'Nothing says "..." like ...' is not a report, even when "says" was taken as a cue."""
    text = 'Nothing says "we listen" like a locked town hall.'
    doc = parse(nlp, text, [("says", '"we listen" like a locked town hall')])
    assert [k for _, _, k in classify_quotes(doc)] == ["scare"]
    # a real report of the same words stays partial
    text = 'The mayor says "we listen" to every resident.'
    doc = parse(nlp, text, [("says", '"we listen" to every resident')])
    assert [k for _, _, k in classify_quotes(doc)] == ["partial"]


# -- degree adverbs, chained amplifiers, idioms ---------------------------------------
def test_manner_adverb_as_degree_before_an_adjective(nlp):
    got = found(nlp, "The trustees should be thoroughly embarrassed.")
    assert ("thoroughly", "intensifier") in got
    assert ("achingly", "intensifier") in found(nlp, "The second act is achingly slow.")
    assert found(nlp, "Engineers thoroughly tested the new bridge.") == []  # manner
    assert found(nlp, "She campaigned relentlessly for the new library.") == []  # manner


def test_amplifiers_in_a_row_are_one_intensifier(nlp):
    got = found(nlp, "It was a speech so relentlessly smug that nobody clapped.")
    assert [t for t, label in got if label == "intensifier"] == ["so relentlessly"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A ministry that bans bonfires has lost its marbles.", "lost its marbles"),
        ("The cabinet left the fishermen high and dry.", "left the fishermen high and dry"),
        ("The union says it was thrown under the bus by its allies.", "thrown under the bus"),
        ("A property firm bankrolled the campaign.", "bankrolled"),
        ("The trust has shovelled cash into consultants.", "shovelled cash into"),
    ],
)
def test_idioms_of_madness_abandonment_and_money(nlp, text, span):
    assert (span, "emotive") in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She hung the washing out to dry in the yard.",
        "The storm cut the dinghy adrift from its mooring.",
        "He poured water into the tank.",
        "After years of dementia he had lost his mind, his daughter wrote.",
    ],
)
def test_idiom_literal_senses_are_left_alone(nlp, text):
    assert found(nlp, text) == []


def test_a_charged_word_in_an_aside_does_not_make_the_sentence_a_claim(nlp):
    """'X is Y, a performance so hammy ...': the verdict sits in an apposition, so the
    copula sentence is not an unattributed claim (the word itself is still marked)."""
    got = found(nlp, "The lead is Tom Reyes as the detective, a performance so hammy it hurts.")
    assert ("hammy", "emotive") in got
    assert all(label != "unattributed_claim" for _, label in got)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The regulator was asleep at the wheel for a decade.", "asleep at the wheel"),
        ("The council left the lido to rot.", "left the lido to rot"),
        ("The club turned a blind eye to the abuse.", "turned a blind eye"),
        ("The trust axed three of its libraries.", "axed"),
    ],
)
def test_negligence_idioms_and_closures_told_as_blows(nlp, text, span):
    assert (span, "emotive") in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The driver fell asleep at the wheel and the car left the road.",
        "Apples were left to rot in the orchard after the harvest.",
        "He axed the old oak by the gate.",
    ],
)
def test_negligence_idiom_literal_senses(nlp, text):
    assert found(nlp, text) == []
