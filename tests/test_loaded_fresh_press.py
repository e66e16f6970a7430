"""Loaded-language classes found by probing fresh press prose of many kinds (issue 11,
loaded8): tabloid crime, partisan columns, business puff, sport, reviews, local news.
Every sentence was written for this file (none comes from data/). Each class has
sentences it must mark and literal or plain senses it must leave alone, and a set of
plain straight-news sentences must get no loaded mark at all.
"""

from __future__ import annotations

import pytest


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    """(text, label) of every loaded mark, claims included."""
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


def marked_words(nlp, text: str) -> set[str]:
    return {t for t, label in loaded(nlp, text) if label != "unattributed_claim"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a rare label noun the small tagger calls a proper noun is still a noun
        ("Witnesses said the drunken lout had kicked the door in.", "lout"),
        ("Parents in the street are up in arms about the new bus lane.", "up in arms"),
        ("The new car park is an eyesore, say people who live opposite.", "eyesore"),
        ("The coach, under fire after six defeats, named an unchanged side.", "under fire"),
        ("The report is riddled with errors from start to finish.", "riddled with errors"),
        ("Critics accuse the broadcaster of dumbing down its science programmes.", "dumbing down"),
        ("The senator has been in the pocket of the oil lobby for years.", "in the pocket of"),
        ("Managers were told to massage the figures before the audit.", "massage the figures"),
        ("The bill sailed through a supine parliament in a single afternoon.", "supine parliament"),
        ("It was waved through by a pliant planning committee.", "pliant planning committee"),
        ("The Swedish retailer has grown into a juggernaut of flat-pack furniture.", "juggernaut"),
        ("The bakery chain posted another stellar quarter.", "stellar"),
        ("The app promises to revolutionise the way we book dentists.", "revolutionise"),
        ("Asked about the overspend, the minister waffled for five minutes.", "waffled"),
        ("The ministers have prevaricated for two years over the cycle lane.", "prevaricated"),
        ("A gang of teenagers has terrorised the estate since the summer.", "terrorised"),
        ("The ministry lavished £3m of public money on a branding exercise.", "lavished"),
    ],
)
def test_a_class_member_in_its_charged_frame_is_marked(nlp, text, word):
    assert any(word in m for m in marked_words(nlp, text)), loaded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters came under fire from a sniper while they tackled the blaze.",
        "The door of the barn was riddled with bullets from the 1944 raid.",
        "Staff found the keys in the pocket of a coat left on the bus.",
        "The mitochondrion is often called the powerhouse of the cell.",
        "Astronomers measured the stellar wind of the young star.",
        "The committee was compliant with the new rules, the auditor found.",
        "The swimmer floundered in the water before a lifeguard reached her.",
        "She played the fiddle at the village fete on Saturday.",
        "The waffle stand at the market sold out by noon.",
        "The company folded in 2019 after its main customer went bankrupt.",
    ],
)
def test_the_literal_sense_is_not_marked(nlp, text):
    assert marked_words(nlp, text) == set(), loaded(nlp, text)


def test_a_business_folding_is_closure_but_a_minister_folding_gives_way(nlp):
    assert ("folded", "emotive") in loaded(nlp, "Within a week the minister had folded.")
    assert loaded(nlp, "The magazine folded in 2003, two years after its launch.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The residents, needless to say, were never asked.",
        "Naturally, nobody at the top will lose a penny.",
        "The bonus scheme has, unsurprisingly, disappeared from the annual report.",
    ],
)
def test_an_ironic_aside_beside_a_letdown_is_a_claim(nlp, text):
    assert any(label == "unattributed_claim" for _, label in loaded(nlp, text)), loaded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge, of course, opened in 1890 and was widened in 1962.",
        "Naturally occurring radon is not dangerous at these levels.",
        "Unsurprisingly, turnout rose in the marginal seats.",
        "The museum, as usual, will not open on Christmas Day.",
    ],
)
def test_an_aside_with_no_letdown_is_not_a_claim(nlp, text):
    assert loaded(nlp, text) == []


PLAIN_NEWS = [
    "The storm battered the coast overnight, bringing down power lines in three villages.",
    "The council voted 7-4 to approve the phone mast.",
    "The board will meet on Thursday to discuss the budget.",
    "The drug company spent £40m on the trial, its accounts show.",
    "Shares in the firm fell 3 per cent after the results.",
    "Fans were up early to queue for tickets.",
    "The minister answered questions from MPs for an hour.",
    "The exam board published the maths paper on its website.",
    "Residents objected to the plans at a public meeting on Monday.",
    "The regulator fined the company £2m for missing its targets.",
    "The striker scored twice in the second half.",
    "The mine closed in 1986 and the site is now a nature reserve.",
    "Police said the man had threatened staff at the shop.",
    "The bank cut its interest rate to 4 per cent.",
    "The power station was once the largest employer in the valley.",
]


@pytest.mark.parametrize("text", PLAIN_NEWS)
def test_plain_straight_news_gets_no_loaded_mark(nlp, text):
    assert loaded(nlp, text) == []


def test_an_aside_beside_a_fall_in_a_figure_is_not_a_claim(nlp):
    assert loaded(nlp, "Inevitably, prices dropped after the tax cut.") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an offender named by horror, a team by its unit, a trip as a perk
        ("A fiend who followed schoolgirls home was jailed for six years.", "fiend"),
        ("The club's spineless defence collapsed after half-time.", "spineless"),
        ("Three councillors went on a junket to the Algarve.", "junket"),
        ("The club blew $2m on a striker who never played.", "blew"),
        ("The sculptor has been hailed as a genius.", "hailed as"),
        ("One viral video catapulted her into the limelight.", "catapulted"),
        ("Shareholders will share a whopping payout this year.", "whopping"),
        ("Commuters face sky-high fares from January.", "sky-high"),
        ("The new console is flying off the shelves.", "flying off the shelves"),
        ("The prime minister faces a mutiny from his own backbenchers.", "mutiny"),
        ("The burglar was caged for nine years on Friday.", "caged for"),
    ],
)
def test_a_press_figure_of_horror_waste_or_hype_is_marked(nlp, text, word):
    assert any(word in m for m in marked_words(nlp, text)), loaded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The wind blew 40 tiles off the church roof.",
        "The storm blew $2m worth of stock into the harbour.",
        "She hailed a taxi outside the station.",
        "The crew staged a mutiny on the ship in 1789.",
        "The parrot was caged for its own safety during the move.",
        "The rocket was propelled into orbit by two boosters.",
        "Farmers expect a bumper harvest this year.",
        "The defence lawyer asked for more time.",
        "The monster truck show returns to the showground in May.",
    ],
)
def test_a_literal_blow_hail_mutiny_or_cage_is_not_marked(nlp, text):
    assert marked_words(nlp, text) == set(), loaded(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fans were herded into a holding pen outside the ground.", "herded"),
        ("He left parliament for a cushy job at a bank.", "cushy"),
        ("The regulator gave a mealy-mouthed reply to the complaint.", "mealy-mouthed"),
        ("The actor stormed off the stage during rehearsals.", "stormed off"),
        ("The ministry buried the report for eighteen months.", "buried the report"),
        ("The charity quietly dropped its pledge last spring.", "quietly dropped"),
        ("The chain has been bleeding customers since the price rise.", "bleeding customers"),
        (
            "For the families who waited, the payout is too little, too late.",
            "too little, too late",
        ),
        ("Shoppers are snapping up the wonder cream at £40 a jar.", "wonder cream"),
        ("The budget rests on fantasy figures about growth.", "fantasy figures"),
    ],
)
def test_a_class_from_the_third_probe_is_marked(nlp, text, word):
    assert any(word in m for m in marked_words(nlp, text)), loaded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The farmer herded the sheep into the pen before the storm.",
        "Soldiers stormed the building shortly after midnight.",
        "The monks buried the documents in a tin box in 1940.",
        "Many residents wonder whether the bridge will reopen this year.",
        "It is no wonder drivers are confused by the signs.",
        "Is it any wonder residents no longer trust the council?",
        "What wonder children felt at the first snow.",
        "She wrote a fantasy novel set in a northern city.",
        "The patient was bleeding from a cut to the head.",
    ],
)
def test_a_literal_herd_storm_burial_or_wonder_is_not_marked(nlp, text):
    assert marked_words(nlp, text) == set(), loaded(nlp, text)


def test_an_active_participle_noun_is_its_doer_not_what_is_squeezed(nlp):
    assert "bleeding" not in marked_words(
        nlp, "A man who left a pensioner bleeding on the pavement was jailed."
    )
    assert "bleed" in marked_words(nlp, "The new parking charges bleed motorists.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Heartless burglars stole a pensioner's medals.", "Heartless"),
        ("Police are hunting the callous thieves who raided a food bank.", "callous"),
        ("Police condemned the cowardly assault on a shop worker.", "cowardly"),
        ("The club splashed £60m on a goalkeeper.", "splashed"),
        ("The council squandered £4m on a failed app.", "squandered"),
        ("His so-called growth plan was unveiled on Tuesday.", "so-called"),
        ("The embattled chairman clings to power despite the vote.", "clings to power"),
        ("The government limped through another week of resignations.", "limped through"),
        ("Parents are at their wits' end over the school bus.", "wits' end"),
    ],
)
def test_a_class_from_the_fourth_probe_is_marked(nlp, text, word):
    assert any(word in m for m in marked_words(nlp, text)), loaded(nlp, text)


def test_a_preference_read_from_a_third_party_mind_is_a_claim(nlp):
    text = "Ministers, it seems, would rather build new roads than repair old ones."
    assert any(label == "unattributed_claim" for _, label in loaded(nlp, text)), loaded(nlp, text)
    assert loaded(nlp, "I would rather wait.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The striker limped through the last ten minutes with a knee injury.",
        "The winger limped off with a hamstring injury.",
        "The baby clung to her mother during the storm.",
        "Burglars stole jewellery worth £3,000 from the house.",
        "The so-called Kuiper belt lies beyond Neptune.",
    ],
)
def test_a_literal_limp_cling_or_plain_name_is_not_marked(nlp, text):
    assert marked_words(nlp, text) == set(), loaded(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The union's preposterous demands were rejected.", "preposterous"),
        ("It is a ludicrous price for a one-bedroom flat.", "ludicrous"),
        ("Nurses describe third-world conditions on the ward.", "third-world"),
        ("Asylum claims languish for years in the system.", "languish"),
    ],
)
def test_absurdity_poverty_and_wasting_away_said_of_a_thing_are_marked(nlp, text, word):
    assert any(word in m for m in marked_words(nlp, text)), loaded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The apples were left to rot in the orchard after the frost.",
        "Camus wrote about the absurd in the 1940s.",
        "The hospital has 40 beds on its psychiatric ward.",
    ],
)
def test_rotting_fruit_and_the_philosophers_absurd_are_not_marked(nlp, text):
    assert marked_words(nlp, text) == set(), loaded(nlp, text)


def test_the_plain_news_file_gets_no_loaded_mark(nlp, root):
    lines = (root / "benchmarks" / "fresh_probe" / "plain_news.txt").read_text(encoding="utf-8")
    marked = {
        line: loaded(nlp, line) for line in lines.splitlines() if line.strip() and loaded(nlp, line)
    }
    assert marked == {}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The receptionist sneered when I asked for a refund.", "sneered"),
        ("Commuters have whinged for years about the timetable.", "whinged"),
        ("The champion beat his overhyped challenger in three rounds.", "overhyped"),
        ("The café sells overpriced sandwiches to tourists.", "overpriced"),
    ],
)
def test_scorn_without_words_and_over_verdicts_are_marked(nlp, text, word):
    assert any(word in m for m in marked_words(nlp, text)), loaded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The dog sniffed at the bag on the platform.",
        "Customers who overpaid their tax will get a refund in May.",
    ],
)
def test_a_sniffing_dog_and_an_overpaid_tax_are_not_marked(nlp, text):
    assert marked_words(nlp, text) == set(), loaded(nlp, text)


def test_a_verdict_modifier_on_a_gathering_of_backers_labels_it(nlp):
    marks = loaded(nlp, "The shadowy consortium behind the bid will not name its backers.")
    assert ("shadowy consortium", "labeling") in marks, marks
    assert loaded(nlp, "The consortium bought the club in 2019.") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The board is out of touch with the people who use the library.", "out of touch"),
        ("Part-time staff have been short-changed for years.", "short-changed"),
    ],
)
def test_out_of_touch_and_short_changed_are_marked(nlp, text, word):
    assert any(word in m for m in marked_words(nlp, text)), loaded(nlp, text)
