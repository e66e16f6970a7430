"""Speakers resolved to one canonical source, rounds AD1 and AD2 (issue 11 item 3, helper
speakersAD12), on sentences written for these tests (not copied from data/): a body's
name with a plural owner inside it that the model left untagged; a place the model
tagged a person opening a name joined by "and"; a given name the model left outside a
one-word person; a trade noun that is also a surname before a full name; "a property
developer named X Y"; the organisers, the festival committee and the festival of the one
named event. Each rule has a near miss that keeps its old reading.
"""

from __future__ import annotations

import kit
from kit.article import Article
from kit.lenses.speaker_names import person_name


def speakers(nlp, text: str) -> list[str | None]:
    doc = kit.annotate(Article(body=text, meta={"outlet": "The Probe"}), nlp=nlp)
    return [a.canonical for a in doc.attributions]


def _hives(name: str) -> str:
    return (
        "For nine summers our four hives stood in the far corner of the "
        f"{name} Association orchard. On Saturday the association's committee voted to "
        "throw them out.\n\n"
        "The association says we broke its rules. In a letter to members, it said our "
        'hives posed "a risk".'
    )


# -- 1. "the X Dancers' Association orchard": the plural owner is inside the name -------
def test_the_association_is_the_untagged_name_with_a_plural_owner_inside_it(nlp):
    assert speakers(nlp, _hives("Hembury Morris Dancers'")) == [
        "Hembury Morris Dancers' Association"
    ] * 2
    assert speakers(nlp, _hives("Gorsley Anglers'")) == ["Gorsley Anglers' Association"] * 2


def test_the_association_with_no_association_named_stays_the_noun(nlp):
    text = (
        "For nine summers our four hives stood in the far corner of the Pellow Brothers' "
        "orchard. On Saturday the committee voted to throw them out.\n\n"
        "The association says we broke its rules."
    )
    assert speakers(nlp, text) == ["association"]


# -- 2. "from Ashworth and Pennfell Fire and Rescue Service", "Ashworth" tagged a person --
def test_a_place_tagged_a_person_before_and_opens_the_services_name(nlp):
    text = (
        "At its height on Sunday, the smoke could be seen from Lowick, and 14 crews from "
        "Ashworth and Pennfell Fire and Rescue Service battled it through the night, the "
        "service said.\n\n"
        "Ashworth police said the fire was probably started by a campfire.\n\n"
        "The fire service said walkers should keep to the lower path."
    )
    name = "Ashworth and Pennfell Fire and Rescue Service"
    assert speakers(nlp, text) == [name, "Ashworth police", name]


def test_a_person_never_used_as_a_place_stays_out_of_the_services_name(nlp):
    text = (
        "At its height on Sunday, 14 crews from Ashworth and Pennfell Fire and Rescue "
        "Service battled it through the night, the service said.\n\n"
        "Ashworth said the fire was probably started by a campfire."
    )
    assert speakers(nlp, text)[0] == "Pennfell Fire and Rescue Service"


# -- 3. "Ennor Pascoe, whose farm ...": only the surname tagged -----------------------------
def test_an_untagged_given_name_before_a_one_word_person_is_part_of_the_name(nlp):
    text = (
        "Ennor Pascoe, whose farm at Tiller Moor makes Lanivet Gold, said raw-milk butter "
        'had been "unfairly attacked". Later Pascoe said she would give a free pat to '
        "anyone who could name her goats."
    )
    assert speakers(nlp, text) == ["Ennor Pascoe", "Ennor Pascoe"]


# -- 4. "Farmer Tobin Ashgrove": a trade noun that is also a surname, before a full name --
def test_a_trade_surname_before_a_full_name_is_no_part_of_it(nlp):
    text = (
        "Farmer Tobin Ashgrove, who has agreed to lease the ridge to the developer, told the "
        'Bramwell Courier that the masts were "the future of farming". He said the director '
        'had "always been fair".'
    )
    assert speakers(nlp, text) == ["Tobin Ashgrove", "Tobin Ashgrove"]


def test_a_trade_surname_that_is_the_surname_or_a_given_name_stays(nlp):
    doc = nlp.make_doc("Ann Farmer Guy Tobin Ashgrove Farmer Ashgrove")
    assert person_name(doc[0:2]) == "Ann Farmer"
    assert person_name(doc[2:5]) == "Guy Tobin Ashgrove"
    assert person_name(doc[5:7]) == "Farmer Ashgrove"


# -- 5. "a property developer named X Y": the person, not the description -----------------
def test_a_developer_named_with_a_persons_name_is_that_person(nlp):
    text = (
        "Brackley's chairman, a property developer named Oswin Tregarthen, said on Pellow "
        'FM that the sale was "a fair deal".'
    )
    assert speakers(nlp, text) == ["Oswin Tregarthen"]


def test_a_company_called_by_a_name_stays_the_description(nlp):
    text = "The bidder, a company called Anwen Morgan, said the plans were fair."
    assert speakers(nlp, text) == ["company called Anwen Morgan"]


# -- 6. the organisers, the festival committee and the festival of one named event ---------
def test_the_organisers_and_the_festival_are_the_one_festival_named(nlp):
    text = (
        "The Pellow Apple Festival will return to the green on 3 and 4 June with its cider "
        "tent moved into the barn, the organisers said on Friday.\n\n"
        'Last year\'s tent blew down, and the festival committee said moving indoors would "end '
        'the worry". Festival chair Morwen Tregear said 40 growers had booked.\n\n'
        "The festival, which began in 2009 with four stalls, now says it draws 9,000 "
        "visitors a year."
    )
    name = "Pellow Apple Festival"
    assert speakers(nlp, text) == [name, name, "Morwen Tregear", name]


def test_organisers_of_something_else_stay_theirs(nlp):
    text = (
        "The Pellow Apple Festival will return to the green in June. Organisers of the "
        "petition against it said it was too noisy, and the organisers said they would "
        "fight on."
    )
    found = speakers(nlp, text)
    assert "Pellow Apple Festival" not in found


def test_the_organisers_with_two_festivals_named_stay_a_group(nlp):
    text = (
        "The Pellow Apple Festival and the Lanivet Cheese Festival share a weekend this "
        "year. The organisers said tickets would go on sale in March."
    )
    assert speakers(nlp, text) == ["organisers"]
