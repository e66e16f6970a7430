"""The broadened word lists: charged words of news prose in every domain, each with
a trap sentence in which the same word is literal or neutral and gets no mark.

Every sentence here was written for this file (none comes from data/).
"""

from __future__ import annotations

import pytest
import yaml

from kit.errors import KitError
from kit.lenses.wordlists import WordList

HEADER = "# Where the idea comes from: a test.\n"

# the model and the steps that put its reading right (kit_lemmas), not the lenses
MODEL = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "kit_lemmas"]


def spans(nlp, text: str, group: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans[group]]


def loaded_words(nlp, text: str) -> list[tuple[str, str]]:
    return [m for m in spans(nlp, text, "loaded") if m[1] != "unattributed_claim"]


def claims(nlp, text: str) -> list[str]:
    return [t for t, label in spans(nlp, text, "loaded") if label == "unattributed_claim"]


# -- loaded words, found ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # politics
        ("The opposition leader slammed the budget.", ("slammed", "emotive")),
        ("Critics blasted the plan on Tuesday.", ("blasted", "emotive")),
        ("The minister hit out at the unions.", ("hit out at", "emotive")),
        ("The government caved in to pressure from landlords.", ("caved in", "emotive")),
        ("The council made a U-turn on the parking charges.", ("U-turn", "emotive")),
        ("The plan backfired badly on the minister.", ("backfired", "emotive")),
        ("The two parties are locked in a war of words.", ("war of words", "emotive")),
        ("The so-called experts got it wrong again.", ("so-called experts", "labeling")),
        ("The liberal elite ignored the warning.", ("elite", "labeling")),
        ("The puppet government signed the treaty.", ("puppet", "labeling")),
        ("Hardliners in the party blocked the deal.", ("Hardliners", "labeling")),
        ("The Assad regime jailed hundreds of protesters.", ("regime", "labeling")),
        ("Critics called it a war on motorists.", ("war on", "emotive")),
        ("The regime's forces shelled the city overnight.", ("regime", "labeling")),
        ("The decision is a scandal.", ("scandal", "emotive")),
        # crime and disorder
        ("An angry mob attacked the bus.", ("mob", "labeling")),
        ("Thugs smashed the windows of the shop.", ("Thugs", "labeling")),
        ("The horrific attack left three injured.", ("horrific", "emotive")),
        # business
        ("Shares in Fernvale plunged 12% after the warning.", ("plunged", "emotive")),
        ("House prices soared last year.", ("soared", "emotive")),
        ("The firm slashed prices across its stores.", ("slashed", "emotive")),
        ("It was a staggering loss for the bank.", ("staggering", "emotive")),
        ("The bank's fat cats awarded themselves bonuses.", ("fat cats", "labeling")),
        # sport
        ("United thrashed City 5-0 in the final.", ("thrashed", "emotive")),
        ("It was a humiliating defeat for the champions.", ("humiliating", "emotive")),
        ("It was a shock defeat for the champions.", ("shock defeat", "emotive")),
        ("The keeper's heroics kept the score level.", ("heroics", "emotive")),
        # health
        ("Doctors hailed the miracle cure.", ("miracle cure", "emotive")),
        # war and disaster drama
        ("The storm caused chaos on the roads.", ("chaos", "emotive")),
        ("The star had a meltdown on live television.", ("meltdown", "emotive")),
        # migration
        ("A flood of migrants is arriving at the border.", ("flood of migrants", "emotive")),
        ("Hordes of tourists descended on the village.", ("Hordes", "emotive")),
        ("The paper warned about illegal immigrants.", ("illegal immigrants", "labeling")),
        # climate
        ("The scaremongering about the weather is absurd.", ("scaremongering", "emotive")),
        ("Climate alarmists want the motorway closed.", ("alarmists", "labeling")),
        # celebrity
        ("She was furious about the decision.", ("furious", "emotive")),
        ("The singer flaunted her new ring at the premiere.", ("flaunted", "emotive")),
        ("The decision sparked fury among fans.", ("fury", "emotive")),
        ("Fans were stunned by the result.", ("stunned", "emotive")),
        ("Investors hammered the shares after the profit warning.", ("hammered", "emotive")),
        ("The firm announced swingeing cuts.", ("swingeing", "emotive")),
        ("The diva stormed off the set.", ("diva", "labeling")),
        ("Bosses pocketed eye-watering bonuses.", ("eye-watering", "emotive")),  # hyphenated
        ("The embattled coach faces the sack.", ("embattled", "emotive")),
        ("The disgraced former chief executive left the court.", ("disgraced", "emotive")),
        ("The report was damning.", ("damning", "emotive")),
        ("The council has declared war on drivers.", ("war on", "emotive")),
        # one-sided terms and euphemisms
        ("Officials called it collateral damage.", ("collateral damage", "emotive")),
        ("Troops neutralised three militants near the border.", ("neutralised", "emotive")),
        ("The chancellor's stealth tax on savers angered voters.", ("stealth tax", "labeling")),
        ("It was an epic final.", ("epic", "emotive")),
        # puffery
        ("The museum unveiled its iconic new wing.", ("iconic", "emotive")),
        ("The firm sells world-class software.", ("world-class", "emotive")),
    ],
)
def test_charged_word_found(nlp, text, expected):
    assert expected in loaded_words(nlp, text)


# -- the same words in their literal or neutral sense: no loaded mark ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "He slammed the door and left.",
        "The car slammed into a wall on the motorway.",
        "The striker blasted the ball into the net.",
        "The roof of the tunnel caved in after the storm.",
        "The driver made a U-turn in the road.",
        "The car backfired twice on the hill.",
        "Britain declared war on Germany in 1939.",
        "The so-called placebo effect is well documented.",
        "Elite athletes train for hours every day.",
        "The puppet show delighted the children.",
        "The new tax regime comes into force in April.",
        "She follows a strict training regime.",
        "The sanctions regime was tightened last year.",
        "The expenses scandal ended several careers.",
        "The mob boss was jailed for life.",
        "A flash mob danced in the station.",
        "Temperatures plunged to minus 20 overnight.",
        "The car plunged into the river.",
        "The eagle soared above the valley.",
        "The attacker slashed his arm with a knife.",
        "Flood warnings were issued for the river.",
        "Chaos theory describes such systems.",
        "The nuclear reactor suffered a meltdown.",
        "The stunt double performed the jump.",
        "Free radicals damage cells.",
        "The patient suffered an electric shock.",
        "Estimates vary wildly between surveys.",
        "The game is massively multiplayer.",
        "The company is very profitable and highly regarded.",
        "The incandescent bulb was replaced with a lamp.",
        "The pension scheme is open to all staff.",
        "Prices rose 3 percent in March.",
        "The company cut 200 jobs at its plant.",
        "Migrants arrived by boat at the southern port.",
        "She had a nightmare and woke up in the night.",
        "The butcher sold sausages and steak.",
        "Doctors warned that the insurance catastrophe bond market was small.",
        "Road rage is a growing problem on the motorway.",
        "A well-known author opened the festival.",
        "The bank is in dire need of capital.",
        "The factory neutralised the acid before disposal.",
        "A wave of refugees crossed the border last month.",  # a common, milder metaphor
        "The economy grew 0.2 percent, the slowest pace in a year.",
        "Witnesses described a loud bang and thick smoke.",
        "Police used a stun grenade to enter the flat.",
        "He hammered a nail into the wall.",
        "The forest fire created a firestorm.",
    ],
)
def test_literal_sense_gets_no_loaded_mark(nlp, text):
    assert loaded_words(nlp, text) == []


# -- intensifiers --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The film was hugely popular.", "hugely"),
        ("The plan is wildly optimistic.", "wildly"),
        ("The report is shockingly thin.", "shockingly"),
        ("The remarks were so outrageous that he apologised.", "so"),
        ("It was a truly shameful episode.", "truly"),
        ("The reply was absolutely disgraceful.", "absolutely"),
    ],
)
def test_intensifier_found(nlp, text, word):
    assert (word, "intensifier") in loaded_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She was so tired she fell asleep.",  # "so" amplifies nothing loaded
        "The case was extremely complex.",
        "Estimates vary wildly between surveys.",  # a measure, not a judgement
        "The servers run massively parallel jobs.",
        "It was really cold in the hall.",
    ],
)
def test_no_intensifier_in_neutral_measure_phrases(nlp, text):
    assert [m for m in loaded_words(nlp, text) if m[1] == "intensifier"] == []


# -- unattributed claims of motive and insistence ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The minister cut fuel duty in a cynical attempt to win back voters.",
        "The plan smacks of desperation.",
        "The new law was passed under the guise of protecting children.",
        "It is no coincidence that the report appeared a week before the vote.",
        "Make no mistake, this budget will hurt the poor.",
        "The company only cares about its shareholders.",
        "The senator pretends to support the farmers.",
        "The strike is little more than a publicity exercise.",
        "The government held the inquiry to silence its critics.",
        "The fact is that the scheme has failed.",
        "The mayor cut the ribbon with an eye on next year's election.",
    ],
)
def test_unattributed_claim_found(nlp, text):
    found = claims(nlp, text)
    assert len(found) == 1 and found[0].endswith(text[-10:])


@pytest.mark.parametrize(
    "text",
    [
        "We only care about our patients, the hospital said.",  # a source says so
        "Growth was little more than 2 percent.",  # an amount, not a dismissal
        "The council hired staff to clean the streets.",  # a plain purpose
        "He went to court to challenge the ruling.",
        "The club made a late bid to sign the striker.",
        "She was furious about the decision.",  # a feeling, not a verdict on motive
        "It was a staggering loss for the bank.",
        "Critics mocked the cynical ploy.",  # the critics' view, not the writer's
    ],
)
def test_no_unattributed_claim(nlp, text):
    assert claims(nlp, text) == []


# -- hedges and boosters from the fuller lists --------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An estimated 3,000 people marched.", ("An estimated", "phrase")),
        ("The bridge is expected to open next year.", ("is expected to", "phrase")),
        ("The cause of the fire remains unclear.", ("unclear", "phrase")),
        ("It is not yet clear whether the talks will resume.", ("It is not yet clear", "phrase")),
        ("Police found the suspected gunman's car.", ("suspected", "adverb")),
        ("A possible link between the two was found.", ("possible", "adverb")),
        ("The firm is largely owned by its staff.", ("largely", "adverb")),
        ("We reckon the market will recover.", ("We reckon", "verb")),
    ],
)
def test_more_hedges(nlp, text, expected):
    assert expected in spans(nlp, text, "hedges")


@pytest.mark.parametrize(
    "text",
    [
        "The film is about 1989 and its aftermath.",  # a year, not an approximation
        # an approximate amount is borderline in the answer keys and not marked (hedgeJ)
        "About 40 percent of patients improved.",
        "Some 300 people attended the meeting.",
        "Roughly a third of voters backed the plan.",
        "He is suspected of theft.",  # a legal report
        "The best possible outcome is a draw.",
        "Residents asked for a decision as soon as possible.",
        "The council approved the budget after a two-hour debate.",
    ],
)
def test_hedge_traps(nlp, text):
    assert spans(nlp, text, "hedges") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of course, the council will deny it.", ("Of course", "adverb")),
        ("This must be a mistake.", ("must", "verb")),
        ("There is little doubt that the plan failed.", ("There is little doubt that", "adverb")),
        ("The study conclusively shows that the drug works.", ("conclusively", "adverb")),
        ("The rise is certain to continue.", ("is certain to", "absolute")),
    ],
)
def test_more_boosters(nlp, text, expected):
    assert expected in spans(nlp, text, "boosters")


@pytest.mark.parametrize(
    "text",
    [
        "The captain ordered a change of course.",  # a route
        "The course of treatment lasts six weeks.",
        "Applicants must be over 18.",  # "must" of obligation
        "They must be stopped.",
        "This must be our priority.",
        "There must be an inquiry.",
        "Drivers must stop at the line.",
        "Make sure to check the times.",
    ],
)
def test_booster_traps(nlp, text):
    assert spans(nlp, text, "boosters") == []


# -- context keys in a word list ------------------------------------------------------------
def test_context_keys_keep_a_word_out_of_its_literal_sense(nlp, tmp_path):
    lexicon = {
        "entries": [
            {
                "lemma": "flood",
                "label": "emotive",
                "explanation": "x",
                "unless": ["river", "rain"],
                "not_before": ["warning"],
            },
            {"lemma": "thrash", "label": "emotive", "explanation": "x", "only_with": ["match"]},
            {"lemma": "mob", "label": "labeling", "explanation": "x", "not_after": ["flash"]},
        ]
    }
    (tmp_path / "ctx.yaml").write_text(HEADER + yaml.safe_dump(lexicon), encoding="utf-8")
    words = WordList(nlp, tmp_path / "ctx.yaml")

    def hits(text):
        with nlp.select_pipes(enable=MODEL):  # the model only, not the kit's lenses
            doc = nlp(text)
        return [s.text for _, s in words(doc)]

    assert hits("A flood of complaints reached the office.") == ["flood"]
    assert hits("The river burst its banks and the flood rose.") == []
    assert hits("A flood warning was issued.") == []
    assert hits("They thrashed the visitors in the match.") == ["thrashed"]
    assert hits("The swimmer thrashed in the water.") == []
    assert hits("A mob gathered.") == ["mob"]
    assert hits("A flash mob gathered.") == []


def test_a_context_key_that_is_not_a_word_list_is_a_clear_error(nlp, tmp_path):
    lexicon = {"entries": [{"term": "x", "label": "emotive", "explanation": "x", "unless": [1]}]}
    (tmp_path / "bad.yaml").write_text(HEADER + yaml.safe_dump(lexicon), encoding="utf-8")
    with pytest.raises(KitError, match="unless must be a list of words"):
        WordList(nlp, tmp_path / "bad.yaml")


def test_every_loaded_entry_names_a_neutral_alternative():
    from kit.lenses.wordlists import read_lexicon

    for entry in read_lexicon("loaded")["entries"]:
        assert entry.get("neutral"), entry


# -- scare quotes in the writer's own voice -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Their "solution" was to close three libraries.', '"solution"'),
        ('The "experts" behind the plan have never run a library.', '"experts"'),
        ('The council\'s "consultation" lasted four days.', '"consultation"'),
        ('The self-styled "people\'s champion" lost his seat.', '"people\'s champion"'),
    ],
)
def test_scare_quote_in_the_writer_s_voice(nlp, text, quoted):
    assert (quoted, "scare_quote") in spans(nlp, text, "loaded")


@pytest.mark.parametrize(
    "text",
    [
        'The minister called the plan "a disaster" on Monday.',  # someone's words
        'The ship, named "Aurora", left port on Friday.',  # a name
        'The "Yes" campaign won the vote.',  # a capitalised name
        'A "smart" motorway opened last year.',  # a kind of thing
    ],
)
def test_quotation_marks_that_are_not_scare_quotes(nlp, text):
    assert [m for m in spans(nlp, text, "loaded") if m[1] == "scare_quote"] == []
