"""Hedge and booster look-alikes of instructions, notices, timetables, reviews and
advice (issue 11, hedge9; kit/lenses/hedging_registers.py), learned from the fresh
probe prose in benchmarks/fresh_probe/hedges*.txt. Each class has a sentence whose
hedge or booster must still be marked and a trap that must get no mark. Every
sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def marks(nlp, text: str, group: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans[group]]


MARKED = [
    # never/always of a claim, beside instructions and timetables
    ("The old ferry never once left on time in all the years I used it.", "boosters", "never"),
    ("Politicians always promise more than they deliver.", "boosters", "always"),
    # "may" of a guess, beside rules
    ("Passengers may face long queues at the border this weekend.", "hedges", "may"),
    ("The pipes may be damaged after the frost.", "hedges", "may"),
    ("Fans may travel to the final in record numbers.", "hedges", "may"),
    # "could" of what may befall the reader, beside options offered
    ("If you miss the deadline, you could lose your deposit.", "hedges", "could"),
    ("You could be fined for parking on the verge.", "hedges", "could"),
    # proof claimed, beside proof asked for
    ("The survey proves that the scheme has failed.", "boosters", "proves that"),
    ("This goes to show that the old model still works.", "boosters", "show that"),
    # "no one" of a claim, beside a rule for a class
    ("No one believes the minister's figures any more.", "boosters", "no one"),
    # "clearly" of stance, beside manner
    ("The minister was clearly annoyed by the question.", "boosters", "clearly"),
    ("The data clearly show that the river is cleaner.", "boosters", "clearly"),
    ("The plan is clearly doomed, slowly or not.", "boosters", "clearly"),
    # "roughly" of an amount
    ("Sales have roughly doubled since the spring.", "hedges", "roughly"),
    # "tend to" of a habit
    ("Prices tend to rise before the holidays.", "hedges", "tend to"),
    # "indicate" of evidence
    ("The early results indicate that the treatment works.", "hedges", "indicate"),
    # "suggest" of a view
    ("I suggest that the figures are wrong.", "hedges", "suggest"),
    # "must" of a conclusion
    ("That must be a mistake on the bill.", "boosters", "must"),
    # "would" softening a verdict of fit
    ("The compact model would suit a small flat.", "hedges", "would"),
    ("The little speaker would make a thoughtful present.", "hedges", "would"),
    # learned from hedges2.txt: a guess at how long, a view on a process, a guess about
    # people who are no service's users, a passive of no rule, intent, a thing's effect,
    # "every" of a claim, evidence
    ("The inquiry could take two years to report.", "hedges", "could"),
    ("Scientists suggest that warmer seas could push the cod north.", "hedges", "could"),
    ("Neighbours may complain about the noise.", "hedges", "may"),
    ("Homes may be flooded if the river rises.", "hedges", "may"),
    ("The firm clearly set out to mislead its customers.", "boosters", "clearly"),
    ("Heavy snow could cut the village off tonight.", "hedges", "could"),
    ("Every expert we asked agreed with the verdict.", "boosters", "every"),
    ("The figures suggest that visitors are spending less.", "hedges", "suggest"),
    # learned from hedges3.txt: a class by age with no rule, "never" of a claim to "you"
    # and of a judgement, an approximation before its verb, what may befall staff, a
    # passive of no rule, an open question
    ("Children under five may be more vulnerable to the virus.", "hedges", "may"),
    ("You will never find a better view than this.", "boosters", "never"),
    ("Such cruelty is never acceptable.", "boosters", "never"),
    ("Prices roughly doubled over the decade.", "hedges", "roughly"),
    ("Staff may lose their jobs if the plant closes.", "hedges", "may"),
    ("The costs may be higher than the council expected.", "hedges", "may"),
    ("It is too early to say whether the repairs worked.", "hedges", "too early to say"),
    # learned from hedges4.txt: a present "who could", a verdict suggested, "always" of
    # a judgement, a judgement aloud, what may befall the reader, a guess about residents
    ("He may be the only player who could turn this game around.", "hedges", "could"),
    ("Reviewers suggest that the ending could be stronger.", "hedges", "suggest"),
    ("Good advice is always welcome.", "boosters", "always"),
    ("I wouldn't bet on a quick deal.", "hedges", "would"),
    ("You could fail the inspection if you rush the wiring.", "hedges", "could"),
    ("He may have been the last miller in the county.", "hedges", "may"),
    # learned from hedges5.txt: no request made, worn out, a claim in the passive (no
    # day of the week), a judgement, a time beside a forecast, evidence in a relative
    ("Mistakes may be made in the rush to finish.", "hedges", "may"),
    ("The tyres may be worn after a long winter.", "hedges", "may"),
    ("Promises are never kept in this town.", "boosters", "never"),
    ("A factory loaf is never left to rise for more than an hour.", "boosters", "never"),
    ("It would be a mistake to sell the land.", "hedges", "would"),
    ("This year, the new law could make a real difference.", "hedges", "could"),
    ("The evidence that suggests that the tax failed is thin.", "hedges", "suggests"),
    # learned from hedges6.txt: a past "always" with a subject, "so" joining a claim
    ("She always read the last page first.", "boosters", "always"),
    ("The river rose, so it never reached the town.", "boosters", "never"),
    # learned from hedges7.txt: "nobody who ..." of a claim, a result after ", so",
    # a judgement of pairing, a forecast date, a writer's own speculation
    ("Nobody who saw the final will forget the last minute.", "boosters", "nobody"),
    ("The pass could be snowed in, so the team might take the coast road.", "hedges", "might"),
    ("This cheese would go well with a dry cider.", "hedges", "would"),
    ("A verdict is expected by the end of the month.", "hedges", "is expected by"),
    ("We can only speculate about the reasons.", "hedges", "speculate"),
    ("After that drive, he must be exhausted and hungry.", "boosters", "must"),
    # hedges8.txt, real hedges and boosters of news in the frames of rules: reported,
    # future, a bare comparison, a concession, a past, a quotation, a view
    ("Shoppers may buy less this Christmas, retailers fear.", "hedges", "may"),
    ("Members may vote against the deal next week.", "hedges", "may"),
    ("Tenants may complain, but landlords will win.", "hedges", "may"),
    ("Fees may be charged retrospectively, the regulator said.", "hedges", "may"),
    ("The trains never run on time on Sundays, one commuter said.", "boosters", "never"),
    ("Smoking was never allowed in the old hall either.", "boosters", "never"),
    ('"No one over 60 can afford these prices," said a pensioner.', "boosters", "no one"),
    ("You could also argue that the scheme saves money.", "hedges", "could"),
    # a passive of a rule action with no terms of a notice (no limit, channel, measure
    # or condition) is a guess
    ("The land may be bought by developers.", "hedges", "may"),
    ("The statue may be placed in storage.", "hedges", "may"),
    ("The app may be downloaded by millions in its first week.", "hedges", "may"),
]

TRAPS = [
    # instructions and timetables
    ("Never pour hot fat down the sink.", "boosters", "never"),
    ("Always switch off the mains before you lift the floorboards.", "boosters", "always"),
    ("The ticket hall is never staffed on bank holidays.", "boosters", "never"),
    ("The footbridge is always closed after 22:00 in winter.", "boosters", "always"),
    # "may" of a rule
    ("Cakes may be frozen for up to a month.", "hedges", "may"),
    ("This leaflet may not be photocopied without permission.", "hedges", "may"),
    ("Annual pass holders may park in the east field at no charge.", "hedges", "may"),
    ("No one without a wristband may enter the arena.", "hedges", "may"),
    ("Full details may be found in the club handbook.", "hedges", "may"),
    # "could" of an option offered to the reader
    ("You could substitute yoghurt for the cream if you prefer.", "hedges", "could"),
    ("You could also varnish the legs for a darker finish.", "hedges", "could"),
    ("You could invite her round for coffee and see how she is.", "hedges", "could"),
    # proof asked for, not claimed
    ("Tenants must prove that they have paid the deposit.", "boosters", "prove that"),
    ("Check the meter, then confirm that the supply is off.", "boosters", "confirm that"),
    ("We will write to confirm that your tickets have been posted.", "boosters", "confirm that"),
    # a rule for a class marked off by age or condition
    ("No one under 16 may use the gym unsupervised.", "boosters", "no one"),
    # manner
    ("The paint dries slowly but surely in the cold.", "boosters", "surely"),
    ("Fares are clearly shown on the machine.", "boosters", "clearly"),
    ("Roughly chop the parsley and scatter it over the soup.", "hedges", "roughly"),
    # looking after, a device's signal, a proposal, a requirement
    ("Tend to the tomatoes every evening in dry weather.", "hedges", "tend to"),
    ("A green light indicates that the kettle has boiled.", "hedges", "indicates"),
    ("We suggest that visitors bring warm clothes.", "hedges", "suggest"),
    ("If you have varnished the table, it must be dry before you wax it.", "boosters", "must"),
    # learned from hedges2.txt: capacity, a proposal, a service's users, a prohibition,
    # setting out, a machine's rate, a feeding schedule, a notice's proposal
    ("The ferry could take 300 cars and 40 lorries.", "hedges", "could"),
    ("The mayor suggested that the council could pay for the repairs.", "hedges", "suggested"),
    ("Members may reserve a court up to a week ahead.", "hedges", "may"),
    ("The club crest may not be used without written consent.", "hedges", "may"),
    ("The contract clearly sets out the notice period.", "boosters", "clearly"),
    ("The shredder could shred 200 sheets a minute.", "hedges", "could"),
    ("Feed the starter every day with a spoonful of flour.", "boosters", "every"),
    ("The park suggests visitors bring their own water.", "hedges", "suggests"),
    # learned from hedges3.txt: a dose for an age class, a duty told to "you", a house
    # rule, a manner after its verb, staff's rights, a fee waived, a form submitted
    ("Children over 12 may take two tablets a day.", "hedges", "may"),
    ("You must never mix bleach with other cleaners.", "boosters", "never"),
    ("Cash is always accepted at the bar.", "boosters", "always"),
    ("Turn the soil roughly with a spade.", "hedges", "roughly"),
    ("Staff may join the cycle-to-work scheme after six months.", "hedges", "may"),
    ("The booking fee may be waived for members.", "hedges", "may"),
    ("Entries may be submitted by email until Friday.", "hedges", "may"),
    # learned from hedges4.txt: a past ability in a perfect, a proposal of an action,
    # terms of a service, an option, a right to write, an item to order
    ("He may have been the last miller in the county who could dress a millstone.",
     "hedges", "could"),
    ("The chair suggested that the committee could meet in March.", "hedges", "suggested"),
    ("Refills are always free at the counter.", "boosters", "always"),
    ("You could test the paint on a small patch first.", "hedges", "could"),
    ("Residents may write to the planning office before Friday.", "hedges", "may"),
    ("Spare filters may be ordered from our website.", "hedges", "may"),
    # learned from hedges5.txt: a request, a dress rule, a collection day, a house rule,
    # an offer, a sailing time, a device in a relative clause, capacity beside a time
    ("Applications may be made online until the end of the month.", "hedges", "may"),
    ("Trainers may not be worn in the dining room.", "hedges", "may"),
    ("The recycling is never collected on bank holidays.", "boosters", "never"),
    ("Formal dress is always required at the gala dinner.", "boosters", "always"),
    ("We would be happy to send you a brochure.", "hedges", "would"),
    ("The ferry always sails at noon on Sundays.", "boosters", "always"),
    ("The beep that indicates that the door is open can be switched off.", "hedges",
     "indicates"),
    ("This year, the new mill could make 40,000 loaves a week.", "hedges", "could"),
    # learned from hedges6.txt: an imperative tagged as a past verb, one joined by "so"
    ("Always cut the fabric on the bias.", "boosters", "always"),
    ("A burst pipe could leave you without water for days, so always read the small print.",
     "boosters", "always"),
    # learned from hedges7.txt: a rule for those described, a service's runs, a pram
    # folded, a requirement of size, a purpose, a guess others can make
    ("No one who has not paid may enter the hall.", "boosters", "no one"),
    ("Trams never run after midnight on Sundays.", "boosters", "never"),
    ("Prams may be folded when the bus is busy.", "hedges", "may"),
    ("The hutch must be big enough for the rabbit to stand up in.", "boosters", "must"),
    ("Leave the gate open so that the sheep may graze the lower field.", "hedges", "may"),
    ("The ending can be guessed from the first scene.", "hedges", "guessed"),
    # hedges8.txt: a pair of rules joined by "but", a permission from a date
    ("Supporters may bring scarves but may not bring flares.", "hedges", "may"),
    ("Cyclists may use the new bridge from Monday.", "hedges", "may"),
    # an amount made is a consequence, not a verdict of fit
    ("The deal would make a great deal of money for shareholders.", "hedges", "would"),
]


@pytest.mark.parametrize(("text", "group", "word"), MARKED)
def test_real_hedges_and_boosters_are_still_marked(nlp, text, group, word):
    assert word in marks(nlp, text, group)


@pytest.mark.parametrize(("text", "group", "word"), TRAPS)
def test_instructions_rules_and_options_get_no_mark(nlp, text, group, word):
    assert word not in marks(nlp, text, group)


def test_a_modal_in_a_question_put_is_no_hedge(nlp):
    # the lead's probe of a fresh health story: "whether that would be enough" is the
    # reporter's question, not the text sounding unsure
    text = "Asked by the Courier whether that would be enough, the manager shrugged."
    assert marks(nlp, text, "hedges") == []
    assert marks(nlp, "Neighbours wondered if the pier could be saved.", "hedges") == []
    # the same modals stated, not asked, stay hedges
    assert marks(nlp, "That would be enough, the manager believes.", "hedges") == ["would"]
    assert marks(nlp, "The pier could be saved.", "hedges") == ["could"]


def test_round_i_hedge_classes(nlp):
    # (round I, after it joined the practice data) a second "would" of a reported
    # clause is the reported "will"; a "who could" question asks nothing; a relative
    # clause names what was imagined
    text = "The trust said the ward would shut in May and would certainly reopen in June."
    assert marks(nlp, text, "hedges") == []
    assert marks(nlp, "Who, seeing the queue at the door, could blame her?", "hedges") == []
    assert marks(nlp, 'Sales are "beyond anything we imagined", he says.', "hedges") == []
    # look-alikes that stay hedges: a "would" of assessment after "but", a plain
    # possibility, a view offered
    text = "She said the plan looked sound but would be hard to fund."
    assert marks(nlp, text, "hedges") == ["would"]
    assert marks(nlp, "The ward could shut in May.", "hedges") == ["could"]
    assert marks(nlp, "I imagine the ward will shut in May.", "hedges") == ["i imagine"]
