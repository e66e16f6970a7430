"""Loaded recall on spin nobody here wrote (loadedW): two batches of six passages.

Twelve short passages (118-160 words each) in genres not in data/, in the voices real
spin uses (campaign leaflet, angry column, literary sneer, brochure puff, populist
opinion, members' newsletter; then garden-centre puff, anti-cycle-lane column, school
campaign, fans' blog, anti-solar leaflet, gallery puff). Every loaded item is keyed
``[[...]]`` by ANNOTATION_GUIDE.md section 4; ``{{...}}`` marks a literal look-alike that
must stay unmarked. An item counts as found when a loaded span overlaps it.

Batch 1 was written before reading the loaded rules and scored once on main: 42 of 76
found, 2 extra marks (one on a look-alike: "the old diving board was demolished").
The rules were then written from the classes main missed (not its words):
praise of devotion said of people ("the devoted lifeguards", "lovingly", "passion";
judgement.yaml ``devotion``), a social set named by a sneer ("the literati";
judgement_words.yaml ``coterie``), the writer's disbelief opening a sentence ("You
couldn't make it up.", "Translation:"; judgement_frames.yaml ``disbelief_opener``), a
budget cut told as starving ("starved the baths of money"; judgement_acts.yaml
``starve_verb``), puff of miracles, heroic effort and self-surpassing, a discharge told
as vomiting, a possessive hidden aim ("Their real aim is to"), "No wonder ..." (loaded.yaml,
claims.yaml), the maker of a disaster as a label ("the architect of this fiasco"), and a
plank "board" that is neither a body nor an argument. Branch: 57 of 76, 1 extra ("spewed
filth": "filth" is marked by an older rule and arguably loaded, but not keyed here).

Batch 2 was written after the rules and scored once: main 39 of 80, branch 41 of 80, no
extra marks on either. The word lists reached little of it: the classes it needed were
mostly others (puff of places and food, "breathed new life into", sarcastic echoes,
"stripped for parts"). Items the branch misses are listed in STILL_MISSED and kept out of
the tests; every other keyed item is a test, and no look-alike may be marked.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from practice_text import practice_text, seen_in

from kit.lexicon import load_yaml

LEXICONS = Path(__file__).resolve().parents[1] / "kit" / "lexicons"

BATCH1 = {
"swimming_pool": (
"For forty years the Hollins Road baths have taught this town's children to swim. Now a "
"[[clique]] of [[penny-pinching]] councillors wants to [[bulldoze]] them for yet another car "
"park. The so-called [[\"consultation\"]] ran for nine days in August, when half the town was "
"away. [[Convenient, isn't it?]] The cabinet member for leisure, who has never once set foot "
"in the changing rooms, says the pool is \"no longer viable\". The truth is that it sits on "
"land [[his developer friends]] have [[coveted]] for years. This council [[has quietly starved]] "
"the baths of money since 2015 [[so that closure would look inevitable]]. It is a [[disgrace]]. "
"The [[devoted]] lifeguards have kept the pool open through two boiler failures. The old "
"diving board was {{demolished}} in 2019 after a safety inspection, and nobody objected. We "
"will not let them [[get away with]] this. Sign the petition at the library. Swimmers who use "
"the {{fast lane}} on Tuesdays can collect forms at reception."),
"water_company": (
"Another summer, another season of sewage. Severnvale Water's [[fat-cat]] bosses [[pocketed]] "
"£4 million in bonuses last year while their pipes [[spewed]] filth into the Avon on 212 days. "
"[[Let that sink in.]] The company's [[spin doctors]] call these discharges [['overflow "
"events']], [[as though raw sewage were a weather report]]. The regulator, [[toothless]] as "
"ever, has handed out yet another [[slap on the wrist]]. Ministers, meanwhile, [[cosy up to]] "
"the [[water barons]] at every party conference. The [[greed]] is [[staggering]]. [[Who, "
"exactly, is supposed to swim in that?]] The Avon {{flooded}} the lower meadow in March, and "
"engineers {{pumped}} the storage tank dry within a week. The bonus scheme was {{introduced}} "
"in 2014. Families who once paddled at Saltford now [[stay away]], and the [[shameless]] "
"directors [[could not care less]]."),
"literary_prize": (
"The Ashcombe Prize shortlist arrived on Tuesday, and the judges have [[outdone themselves]]. "
"Six novels, four of them by [[the usual suspects]] from the same two London publishers, and "
"one by a judge's former student. [[What a coincidence.]] The chair of the panel, a "
"[[self-appointed guardian]] of literary taste, says the books \"speak to our moment\". "
"[[Translation:]] nobody outside Islington will read them. The favourite, a [[bloated]] "
"700-page family saga, is [[the kind of book people buy to display and never open]]. The "
"[[literati]] will [[gush]], of course, and the [[chattering classes]] will [[dutifully]] "
"queue at the signing. The one [[genuinely]] original debut, a slim novel set in a Grimsby "
"fish market, was left off. [[Spare us.]] The book's heroine, a {{guardian}} to three "
"orphaned nieces, sells {{herring}} from a barrow. The judges read 160 submissions, and the "
"winner receives £25,000 at a {{dinner}} in November."),
"spa_retreat": (
"Tucked away in the Dales, Hartley Hall is [[quite simply the finest]] spa retreat in the "
"north. Its [[visionary]] owner, Clara Venn, has [[lovingly]] restored the Georgian house "
"into a [[haven]] of calm. The [[world-class]] therapists [[work miracles]] on tired "
"shoulders, and the [[sublime]] tasting menu is [[worth the journey alone]]. [[Guests rave "
"about]] the outdoor pool, heated to {{32 degrees}} all year. [[Everyone who stays leaves a "
"different person.]] Clara's [[passion]] for wellbeing shines through in every detail, from "
"the hand-poured candles to the [[breathtaking]] views across Wharfedale. [[No wonder]] the "
"waiting list runs to spring. The house sits in {{forty acres}} of parkland and has eighteen "
"bedrooms. Clara {{restored}} the orangery roof with reclaimed slate last winter. Rooms "
"start at £240 a night."),
"ev_charging": (
"The [[eco-zealots]] at the Town Hall have struck again. Having [[waged war on]] drivers with "
"their bus gates, they have now [[ripped out]] twenty parking bays on Market Street to "
"install chargers that [[nobody uses]]. [[Of course]] the cabinet [[couldn't care less]] about "
"the pensioners who can no longer park outside the chemist. [[Their real aim is to price "
"ordinary families off the road.]] Councillor Nadia Fenwick, the [[architect]] of this "
"[[fiasco]], drives a taxpayer-funded electric saloon. [[You couldn't make it up.]] [[Ask "
"any trader on Market Street]] and they will tell you takings are down by a third. The "
"chargers were {{installed}} by a firm from Leeds in June. Workmen {{ripped up}} the old "
"tarmac in May, and the car park on Bridge Street {{charges}} £2 a day."),
"heritage_railway": (
"Members of the Dunmore Valley Railway deserve better than the [[clown show]] now running the "
"board. Chairman Roger Pell and his [[cronies]] have [[rammed through]] a fare rise of 40 per "
"cent without a members' vote. [[Apparently democracy is optional now.]] The board's "
"[[glossy]] [[\"strategy\"]] is [[a masterpiece of waffle]]: twenty pages on branding and not "
"one word on the leaking engine shed. Meanwhile the [[loyal]] volunteers who [[slave away]] "
"every weekend on the track have been told there is no money for new sleepers. [[Why should "
"they keep giving up their Saturdays for a board that treats them with contempt?]] The old "
"tank engine was {{retired}} in 2011 and {{shunted}} into the museum siding. Volunteers "
"{{steamed}} the locomotive on Sunday for the first time in two years. The AGM is on 14 "
"March at the station tea room."),
}

BATCH2 = {
"garden_centre": (
"Brambleford Garden Centre has reopened after a [[stunning]] £2 million makeover, and it is "
"[[nothing short of a triumph]]. Owner Dev Kaur and his [[tireless]] team have turned a "
"tired row of greenhouses into a [[paradise]] for gardeners. The new cafe serves "
"[[mouth-watering]] cakes, the plant hall is [[bursting with]] colour, and the children's "
"play barn is [[sure to be a hit]] with families. Staff [[go out of their way]] to help, "
"and their advice is [[second to none]]. [[Quite how]] other garden centres will compete is "
"anyone's guess. The greenhouses were {{built}} in 1974 and the site {{covers}} nine acres. "
"The old {{potting shed}} has been kept as a store. The cafe opens at 9am, and parking is "
"free for the first two hours. Dev says the next step is a {{wildlife pond}}."),
"cycle_lane": (
"The [[anti-car brigade]] at City Hall have [[excelled themselves]] this time. Their new "
"cycle lane on Tenter Road, [[rammed through]] without a proper vote, has turned a five-minute "
"drive into a [[half-hour crawl]]. [[Nobody asked for it]]. The handful of [[lycra-clad "
"zealots]] who use it are [[laughing all the way to the bank]], while shopkeepers [[watch "
"their livelihoods drain away]]. Transport chief Ellen Marsh [[smugly]] insists the scheme is "
"[[\"a success\"]]. [[A success for whom?]] The lane's [[true purpose]] is to [[drive "
"motorists out of the city]] altogether, and [[everybody knows it]]. The lane is {{two metres}} "
"wide and {{runs}} for a mile from the station to the ring road. Contractors {{painted}} the "
"markings in October, and the council will {{review}} the scheme next summer."),
"academy_trust": (
"Parents at Holloway Green Primary are [[up in arms]], and [[who can blame them]]? The "
"Northstar Academy Trust, a [[faceless]] outfit run from an office park in Reading, wants to "
"[[axe]] the school's music teacher and [[slash]] its library budget. The trust's "
"[[overpaid]] chief executive, on £240,000 a year, calls this \"[[efficiency]]\". [[We call "
"it asset-stripping]]. The trust has [[hoovered up]] eleven schools in five years and "
"[[bled every one of them dry]]. Its board [[hides behind]] spreadsheets while [[dedicated]] "
"teachers [[pick up the pieces]]. [[Enough is enough]]. Holloway Green was {{founded}} in "
"1902 and has 310 pupils. The music room was {{refurbished}} in 2018 with money from a "
"parents' {{cake sale}}. A meeting will be held in the school hall on Thursday at 7pm."),
"football_takeover": (
"So the [[saviour]] has arrived. Carl Brenner, a [[hedge-fund cowboy]] who could not find "
"Stockport on a map, has bought the club for a [[bargain-basement]] £9 million, and the "
"board are [[falling over themselves]] to thank him. [[Forgive us if we don't join the "
"conga.]] Brenner's last club was [[stripped for parts]] and [[dumped]] in League Two within "
"three years. His [[trademark]] promise of \"[[exciting times]]\" has been heard before. The "
"[[spineless]] directors who sold up [[pocketed]] a tidy sum and [[scuttled off]] to Spain. "
"[[Typical.]] Fans deserve owners who love the club, not [[asset-strippers in sharp "
"suits]]. The ground was {{built}} in 1911, and the club {{sold}} its training pitch in 2015. "
"The squad {{trained}} at the university on Tuesday. Brenner is due to {{meet}} the "
"supporters' trust next month."),
"solar_park": (
"Developers want to [[carpet]] 400 acres of prime farmland near Ashby with solar panels, and "
"[[the usual chorus]] of [[eco-warriors]] is [[cheering them on]]. [[Never mind]] that this "
"land has fed the county for centuries. [[Never mind]] that the panels are made in China. "
"The company behind the plan, Helio Fields, is a [[shell]] registered in the Channel Islands, "
"and its [[glossy]] brochure promises a \"[[green future]]\". [[Green for its shareholders, "
"perhaps.]] Local people have been [[steamrollered]] by a planning system that [[treats them "
"as an inconvenience]]. This is a [[land grab]], [[plain and simple]]. The site is {{crossed}} "
"by two footpaths and a {{bridleway}}. The farm grew {{wheat}} and {{barley}} last year. The "
"planning committee will {{hear}} the application in March."),
"art_gallery": (
"The Harrowgate Gallery reopens on Saturday, and its [[brilliant]] new director, Sofia "
"Lindqvist, has worked [[nothing less than a miracle]]. In just eighteen months she has "
"[[breathed new life into]] a [[dusty]], [[forgotten]] institution. The new wing is "
"[[a jewel]], [[flooded with]] natural light, and the opening show of northern landscapes "
"is [[unmissable]]. [[Sceptics]] who [[sneered]] at the £6 million budget have been "
"[[proved spectacularly wrong]]. Lindqvist, a [[champion]] of young artists, "
"[[fought tooth and nail]] for free entry, and [[every visitor will be grateful]]. The wing "
"was {{designed}} by a practice from Glasgow and {{has}} three galleries. The old roof was "
"{{repaired}} with lead from the original building. The cafe {{opens}} at 10am and closes "
"at 5pm. Tickets for the members' preview are on sale at the front desk."),
}


#: Keyed items the branch still misses, by genre (reported, not tested).
STILL_MISSED = {
    "swimming_pool": {"so that closure would look inevitable", "get away with"},
    "water_company": {"'overflow events'", "as though raw sewage were a weather report",
                      "toothless", "stay away"},
    "literary_prize": {"bloated", "the kind of book people buy to display and never open",
                       "gush", "dutifully", "genuinely"},
    "spa_retreat": {"haven", "worth the journey alone",
                    "Everyone who stays leaves a different person."},
    "ev_charging": {"ripped out", "nobody uses", "Of course",
                    "Ask any trader on Market Street"},
    "heritage_railway": {"Apparently democracy is optional now."},
    "garden_centre": {"paradise", "bursting with", "sure to be a hit", "go out of their way",
                      "second to none", "Quite how"},
    "cycle_lane": {"half-hour crawl", "Nobody asked for it",
                   "watch their livelihoods drain away", '"a success"'},
    "academy_trust": {"who can blame them", "efficiency", "We call it asset-stripping",
                      "hoovered up", "hides behind", "pick up the pieces"},
    "football_takeover": {"saviour", "hedge-fund cowboy", "bargain-basement",
                          "falling over themselves", "Forgive us if we don't join the conga.",
                          "stripped for parts", "dumped", "trademark", "scuttled off"},
    "solar_park": {"shell", "green future", "treats them as an inconvenience"},
    "art_gallery": {"brilliant", "breathed new life into", "dusty", "forgotten", "a jewel",
                    "flooded with", "unmissable", "Sceptics", "champion",
                    "fought tooth and nail", "every visitor will be grateful"},
}
PASSAGES = {**BATCH1, **BATCH2}


def parse(marked: str) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The plain text, its keyed items and its look-alikes as (start, end, text)."""
    text, items, guards, pos = "", [], [], 0
    for m in re.finditer(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", marked):
        text += marked[pos : m.start()]
        body = m.group(1) or m.group(2)
        start = len(text)
        text += body
        (items if m.group(1) else guards).append((start, len(text), body))
        pos = m.end()
    return text + marked[pos:], items, guards


def spans(nlp, text: str) -> list[tuple[int, int, str]]:
    return [(s.start_char, s.end_char, s.text) for s in nlp(text).spans["loaded"]]


ITEMS = [
    (genre, item[2])
    for genre, marked in PASSAGES.items()
    for item in parse(marked)[1]
    if item[2] not in STILL_MISSED[genre]
]


@pytest.fixture(scope="module")
def marks(nlp) -> dict[str, list[tuple[int, int, str]]]:
    return {genre: spans(nlp, parse(marked)[0]) for genre, marked in PASSAGES.items()}


def test_missed_list_names_keyed_items():
    for genre, missed in STILL_MISSED.items():
        keyed = {i[2] for i in parse(PASSAGES[genre])[1]}
        assert missed <= keyed, missed - keyed
    assert len(ITEMS) == 57 + 41


@pytest.mark.parametrize(("genre", "item"), ITEMS)
def test_item_found(marks, genre, item):
    _, items, _ = parse(PASSAGES[genre])
    start, end, _ = next(i for i in items if i[2] == item)
    found = marks[genre]
    assert any(a < end and start < b for a, b, _ in found), (item, found)


@pytest.mark.parametrize("genre", list(PASSAGES))
def test_look_alikes_unmarked(marks, genre):
    _, _, guards = parse(PASSAGES[genre])
    hit = [s for s in marks[genre] if any(s[0] < e and b < s[1] for b, e, _ in guards)]
    assert hit == []


#: Literal senses of the new classes' words, one sentence each: none may be marked.
GUARDS = [
    "The seedlings were starved of light in the cellar.",
    "The cattle starved during the long winter.",
    "Police say the victim was strangled.",
    "The town has a dedicated bus lane on Mill Road.",
    "The puppies went to a loving home in Derby.",
    "The chapel is dedicated to Saint Anne.",
    "He is devoted to steam engines and spends every weekend at the shed.",
    "The translation of the novel took three years.",
    "Jesus performed miracles at Cana, the vicar told the children.",
    "The volcano spewed lava for a week.",
    "The old steam engine belched smoke as it left the station.",
    "She excelled in the exam and won a place at Leeds.",
    "Little Wonder won the Derby in 1840.",
    "The miners toiled in the heat for twelve hours.",
    "The magician worked his magic on the crowd.",
    "The architect of the new library spoke at the opening.",
    "She is the author of a book about the 1953 flood disaster.",
    "The old diving board was demolished in 2019 after a safety inspection.",
    "Loyal customers get a free coffee on Fridays.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_guards(nlp, text):
    assert spans(nlp, text) == []


def _words(entries) -> list[str]:
    return [str(w["word"] if isinstance(w, dict) else w) for w in entries]


@pytest.mark.parametrize(
    ("lexicon", "path"),
    [
        ("judgement.yaml", ("classes", "judgement_adjective", "entries", "devotion")),
        ("judgement_words.yaml", ("classes", "metonym_label", "entries", "coterie")),
        ("judgement_frames.yaml", ("classes", "sarcasm_phrase", "entries", "disbelief_opener")),
        ("judgement_acts.yaml", ("classes", "starve_verb", "entries", "starve")),
        ("judgement_acts.yaml", ("classes", "starve_verb", "entries", "choke")),
    ],
)
def test_new_classes_not_built_from_articles(lexicon, path):
    """Each class this wave added: at least half its words unseen in the practice text."""
    text = (LEXICONS / lexicon).read_text(encoding="utf-8")
    assert "Where the idea comes from" in text
    node = load_yaml(text)
    for key in path:
        node = node[key]
    words = _words(node)
    corpus = practice_text()
    assert words and sum(seen_in(corpus, w) for w in words) <= len(words) / 2
