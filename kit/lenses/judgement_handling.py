"""Figures of handling, craving and crowds told of people (loadedX).

A verb whose plain sense handles a thing is a charged figure when the parse shows it
acting on what people say or charge, or done by people; the same verb on its own thing
stays plain. Each category of ``handling_verb`` (kit/lexicons/judgement_acts.yaml) has
its own test:

- ``retouch``: "airbrushed the claims from her website", "churned out press releases"
  (not "airbrushed the photograph", "churned out 400 pats of butter");
- ``raise``: "hiking the cost of a licence badge", "jacked up the rent" (not "hiked up
  the hill": no price);
- ``crave``: "the council is itching to sell the park" (not "my arm was itching": no
  person wanting "to" do something);
- ``drop_in``: "a former banker was parachuted in to run the trust" (not "the
  paratroopers parachuted into France": a war, and no person put into a post);
- ``swarm``: "his fans swarmed the comments" (not "bees swarmed the hive": no
  people, nothing posted).

:func:`host_labels` names a group of people by a figure of a host: "an army of
communications officers", "a legion of consultants" (not "an army of 40,000 soldiers",
"a herd of cattle").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_idioms import idioms_lexicon
from kit.lenses.judgement_lexicon import (
    Hit,
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    in_name,
    is_person,
    literal_context,
    make,
    scan,
    subject_of,
    target_of,
    written_name,
)
from kit.lenses.judgement_verdicts import candidates
from kit.lenses.shared import tokens_labelled
from kit.lenses.wordlists import sentence_of


def _objects(verb: Token, hit: Hit) -> list[Token]:
    """What the verb acts on: its object, or the subject of its passive."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and not hit.start <= c.i < hit.end
    ]


def _names(tok: Token, words: frozenset[str]) -> bool:
    """``tok`` or the noun of its "of" names one of ``words`` ("the cost of a badge")."""
    if tok.lemma_.lower() in words or tok.lower_ in words:
        return True
    return any(
        o.dep_ == "pobj" and (o.lemma_.lower() in words or o.lower_ in words)
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


def _aux_subject(verb: Token) -> Token | None:
    """The subject the parser hung on the verb's auxiliary: "The council is itching to
    sell" read as council <- is <- itching."""
    return next(
        (c for a in verb.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"),
        None,
    )


def _wants_to(verb: Token) -> bool:
    """The verb takes an act it wants: "itching to sell"."""
    return any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
    )


def _craves_at(verb: Token) -> bool:
    """The verb eyes a prize: "salivating at the chance", "salivating over the site"."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "over") for c in verb.children)


def _actor(tok: Token, lex: JudgementLexicon) -> bool:
    """A person, or a body that acts through people: "the clinic", "the county"."""
    lemma = tok.lemma_.lower()
    return (
        is_person(tok, lex)
        or lemma in lex.set_of("institution_noun")
        or lemma in lex.set_of("body_name_head")
        or lemma in lex.set_of("seat_noun")
    )


def _posted(verb: Token, lex: JudgementLexicon) -> bool:
    """The one dropped in is sent to a post: "parachuted in to run the theatre",
    "parachuted into the chief executive's job" (not supplies "parachuted into the
    village"); the classes ``post_verb`` and ``post_noun``."""
    to_do, posts = lex.set_of("post_verb"), lex.set_of("post_noun")
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in to_do:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "into"
            and any(o.lemma_.lower() in posts for o in c.children if o.dep_ == "pobj")
        ):
            return True
    return False


def _swarmed(subject: Token, objs: list[Token], lex: JudgementLexicon) -> bool:
    """What is posted is swarmed only in a figure ("swarmed the comments"); a person
    only when people do it ("fans swarmed the minister"; not "bees swarmed the hive")."""
    return any(
        _names(o, lex.set_of("posted_noun")) or (is_person(o, lex) and is_person(subject, lex))
        for o in objs
    )


def handling_figures(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A verb of handling, craving or swarming told of people (see the module)."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("handling_verb", ()):
        verb = doc[hit.start]
        if verb.pos_ != "VERB" or in_name(doc[hit.start : hit.end]):
            continue
        kind = hit.word.category
        subject = subject_of(verb) or _aux_subject(verb)
        objs = _objects(verb, hit)
        target = None
        if kind == "retouch":
            if not objs or any(_names(o, lex.set_of("retouched_thing")) for o in objs):
                continue  # "airbrushed the photograph", "churned out butter"
            if subject is not None and _actor(subject, lex):
                target = target_of(subject)
            elif any(o.dep_ == "nsubjpass" for o in objs):
                target = "whoever did it"
        elif kind == "raise":
            if any(_names(o, lex.set_of("price_noun")) for o in objs):
                target = target_of(subject) if subject is not None else "whoever set it"
        elif kind == "crave":
            # no skin itches "to" do anything: the infinitive makes it a want; "at" or
            # "over" a prize needs a person or body (a dog salivates at its dinner)
            if subject is not None and (
                _wants_to(verb) or (_craves_at(verb) and _actor(subject, lex))
            ):
                target = target_of(subject)
        elif kind == "drop_in":
            if literal_context(sentence_of(verb), lex, ("war", "sport")):
                continue
            placed = next((o for o in objs if is_person(o, lex)), None)
            if placed is not None:
                target = target_of(placed)
            elif objs and _posted(verb, lex):
                target = target_of(objs[0])
        elif kind == "swarm" and subject is not None and _swarmed(subject, objs, lex):
            target = target_of(subject)
        if target is not None:
            yield make(doc, hit, lex, "handling_figure", target)


def host_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A host noun before "of" and people: "an army of communications officers" (see
    the module); the label runs from the host noun to the people."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("host_noun", ()):
        tok = doc[hit.start]
        if tok.pos_ != "NOUN" or in_name(doc[hit.start : hit.end]):
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            continue
        people = next((o for o in of.children if o.dep_ == "pobj"), None)
        if people is None or people.tag_ != "NNS" or not is_person(people, lex):
            continue  # "a herd of cattle", "the army of Napoleon"
        sent = sentence_of(tok)
        if literal_context(doc[tok.i + 1 : sent.end], lex, ("war",)):
            continue  # "an army of 40,000 soldiers" (the host noun itself is no war)
        yield make(
            doc, Hit(hit.word, hit.start, people.i + 1), lex, "host_label", target_of(people)
        )


#: Heads that name people or firms by a figure when a trade stands before them ("bus
#: giant Ferrowby", "spreadsheet jockeys"), each with the class of kit/lexicons/
#: judgement_idioms.yaml that holds the first words keeping the plain sense ("a gas
#: giant", "disc jockeys", "an apprentice jockey").
MOCK_HEADS = {"giant": "literal_giant", "jockey": "literal_jockey"}
MOCK_NOTES = {
    "giant": ("names a company by its size as if it were a monster", "(the company's name)"),
    "jockey": ("names people by a sneer at the desk work they do", "(their job: analysts)"),
}


def mock_trade_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A trade before a figure of a person: "bus giant Ferrowby", "the supermarket
    giant", "its spreadsheet jockeys" (not "a gas giant", "the disc jockeys"): labeling."""
    for tok in candidates(doc, MOCK_WORDS):
        head = tok.lemma_.lower()
        if head not in MOCK_HEADS and head.endswith("s"):
            head = head[:-1]  # a plural the tagger read as a name keeps its "s" as lemma
        if head not in MOCK_HEADS or tok.pos_ not in ("NOUN", "PROPN") or not tok.is_lower:
            continue  # (the tagger may call a lower-case plural a name: "jockeys/PROPN")
        trade = next(
            (c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1), None
        )
        plain = idioms_lexicon()[MOCK_HEADS[head]]
        if trade is None or not trade.is_lower or trade.lower_ in plain:
            continue
        span = Span(doc, trade.i, tok.i + 1, label="labeling")
        what, neutral = MOCK_NOTES[head]
        yield Judgement(
            span,
            f"'{span.text}' {what}: a label instead of a plain name.",
            neutral,
            "mock_trade_label",
        )


MOCK_WORDS = frozenset({"giant", "giants", "jockey", "jockeys"})

#: Determiners that point at a party already in view: "the lanyard platoon", "its
#: spreadsheet surgeons" (not "a spreadsheet analyst", any one of a kind).
DEFINITE = frozenset({"the", "these", "those", "its", "their", "our", "his", "her", "your"})
#: Endings of a noun for people by what they do: astronom-ers, warri-ors, econom-ists.
AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "eers")
#: Plural things with such an ending, which a desk also holds: "the spreadsheet
#: numbers", "the whiteboard markers" (no people named).
AGENT_THINGS = frozenset(
    {"numbers", "orders", "letters", "papers", "markers", "folders", "filters", "headers",
     "footers", "borders", "layers", "counters", "timers", "printers", "computers",
     "scanners", "posters", "stickers", "binders", "containers", "holders", "covers",
     "corners", "figures", "totals", "colours", "colors", "errors", "sensors", "monitors",
     "meters", "registers", "calculators", "dividers", "pointers", "readers", "users"}
)


def office_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """People named by a thing of office work set before a group or a trade that is not
    theirs: "whatever the lanyard platoon decides", "the spreadsheet surgeons on the
    top corridor", "the clipboard brigade": labeling. Not a plain job or thing ("the
    spreadsheet team", "ticket office staff", "the whiteboard markers"), nor one of a
    kind ("a clipboard volunteer"): the label points at a party already in view."""
    idioms = idioms_lexicon()
    objects = idioms["office_object"]
    if not (found := candidates(doc, objects)):
        return
    lex = lex or default_lexicon()
    plain = idioms["office_plain_head"]
    groups = lex.set_of("host_noun") | idioms["cheer_group"] | idioms["office_group"]
    for tok in found:
        head = tok.head
        if tok.dep_ not in ("compound", "amod", "nmod") or head.i != tok.i + 1:
            continue
        if not tok.is_lower or not head.is_lower or head.pos_ != "NOUN":
            continue
        word, lemma = head.lower_, head.lemma_.lower()
        if word in plain or lemma in plain or lemma in MOCK_HEADS or word in AGENT_THINGS:
            continue  # "the spreadsheet team"; "spreadsheet jockeys" (mock_trade_labels)
        group = word in groups or lemma in groups
        agent = head.tag_ == "NNS" and word.endswith(AGENT_ENDINGS)
        if not (group or agent or (head.tag_ == "NNS" and is_person(head, lex))):
            continue
        if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in head.children):
            continue
        span = Span(doc, tok.i, head.i + 1, label="labeling")
        yield Judgement(
            span,
            f"'{span.text}' names people by a thing of office work ('{tok.text}') set "
            f"before a {'group' if group else 'trade'} that is not theirs: a label that "
            "sneers at them as box-tickers instead of saying who they are.",
            "(their job: managers, board staff)",
            "office_label",
        )


def gate_trade_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A named company or body renamed in apposition by a trade that stands at a gate and
    takes a fee: "Barrowgate Ltd, the tollkeepers who run the ferry ramp", "Hallam Estates,
    the gaolers of Block C": labeling. The plural after one name says it is a figure for
    a firm, not a person's job ("Ann Bell, the tollkeeper at the old bridge"); not a
    name that holds the trade itself ("Gatekeepers Ltd, the gatekeepers")."""
    found = candidates(doc, idioms_lexicon()["gate_trade"])
    for tok in found:
        name = tok.head
        if tok.dep_ != "appos" or tok.tag_ != "NNS" or name.pos_ != "PROPN":
            continue
        if name.tag_ == "NNPS" or any(c.dep_ == "conj" for c in name.children):
            continue  # "the Bells", "Hale and Sons": more than one named
        if tok.lemma_.lower() in {t.lemma_.lower() for t in name.subtree if t.i < tok.i}:
            continue
        span = Span(doc, tok.i, tok.i + 1, label="labeling")
        yield Judgement(
            span,
            f"'{tok.text}' renames a company by a trade it does not ply, one that stands at "
            "a gate and takes a fee or a prisoner: a label that casts its business as a "
            "shakedown instead of saying what it does.",
            "(the firm, the operator)",
            "gate_trade_label",
        )


def renamed_body_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """(loadedAK) A named company or body renamed in apposition by a plural noun for
    people with a modifier of its own: "Spetchley Holdings, the asset-strippers who ...",
    "Ringrose Residential, the rent collectors who ...", "Glaciant Leisure, the landlords
    in fleeces who ...": labeling. One name cannot be several people, so the plural is a
    figure for the firm, a trade pinned on it instead of saying what it does (the word
    class of gate_trade_labels, by the parse). Not a plain trade or a sporting role
    (``firm_plain_trade``: "Rolls-Royce, the engine makers", "Kent, the county
    champions"), a bare plural ("Hartgrove Homes, the developers"), a plural name ("the
    Bells"), or an apposition in capitals (a caption, a title)."""
    lex = lex or default_lexicon()
    plain = idioms_lexicon()["firm_plain_trade"]
    for tok in tokens_labelled(doc, "appos", "NNS"):  # (read from the parse's arrays)
        if not tok.is_lower:
            continue
        name = tok.head
        if name.pos_ != "PROPN" or name.ent_type_ == "GPE":
            continue
        if name.tag_ == "NNPS" and (
            not any(c.dep_ == "compound" for c in name.children)
            or any(c.dep_ == "det" for c in name.children)
        ):
            continue  # "the Bells", "The Rolling Stones" (but "Sloley Mumby Associates")
        if any(c.dep_ == "conj" for c in name.children) or name.dep_ == "conj":
            continue  # "Hale and Sons", "Tom Hale and Ben Hale, the local men": several named
        if name.sent != tok.sent:
            continue
        if not any(c.dep_ == "det" and c.text == "the" for c in tok.children):
            continue
        if tok.lemma_.lower() in plain or tok.lower_ in plain:
            continue
        if tok.lemma_.lower() in {t.lemma_.lower() for t in name.subtree if t.i < tok.i}:
            continue  # "Gatekeepers Ltd, the gatekeepers of the estate": its own trade
        if not (
            tok.lower_.endswith(AGENT_ENDINGS) and tok.lower_ not in AGENT_THINGS
            or is_person(tok, lex)
        ):
            continue  # people, not things ("the Harbour kiosks")
        if "\n" in doc[name.i : tok.i].text:
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        hyphen = doc[tok.i - 1].text == "-" and tok.i >= 2
        preps = [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
        if not (mods or hyphen or preps):
            continue  # a bare trade: "Hartgrove Homes, the developers"
        start = min([m.left_edge.i for m in mods] + [tok.i - 2 if hyphen else tok.i])
        end = tok.i + 1
        if not (mods or hyphen):  # "the landlords in fleeces" (not the relative clause after)
            end = max(o.i for p in preps for o in [*p.children, p] if o.dep_ != "relcl") + 1
        if any(t.lower_ in ("the", ",") for t in doc[start:end]):
            start = tok.i - 2 if hyphen else tok.i  # keep the mark to the label itself
        span = Span(doc, start, end, label="labeling")
        named = written_name(name)  # "Halden Homes", not "Homes"
        yield Judgement(
            span,
            f"'{span.text}' renames {named} as a band of people by a trade or a "
            "figure it was not named for: a label that tells the reader what to think "
            "of the firm instead of saying what it does.",
            "(the firm's name, or what it does: the owner, the operator)",
            "renamed_body_label",
        )


def despot_similes(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """Running or treating something "like a" despot: "ruled the company like a medieval
    prince", "runs the club like a dictator"; the simile from "like" to the despot."""
    lex = lex or default_lexicon()
    despots, rules = lex.set_of("despot_noun"), lex.set_of("rule_verb")
    for like in candidates(doc, LIKE):
        if like.dep_ != "prep":
            continue
        verb = like.head
        if verb.dep_ == "dobj":
            verb = verb.head  # "runs the society like a dictator", "like" on the object
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules:
            continue
        despot = next((o for o in like.children if o.dep_ == "pobj"), None)
        if despot is None:
            continue
        first = next((t.i for t in despot.subtree if t.dep_ != "det"), despot.i)
        whole = doc[first : despot.i + 1].text.lower()  # "sergeant-major", "feudal lord"
        last_two = doc[max(despot.i - 1, first) : despot.i + 1].text.lower()
        if not {despot.lemma_.lower(), whole, last_two} & despots:
            continue
        span = Span(doc, like.i, despot.i + 1, label="emotive")
        yield Judgement(
            span,
            f"'{span.text}' casts the way someone runs things as a despot's rule: a "
            "charged comparison that judges instead of saying what they did.",
            "(describe the decisions they made)",
            "despot_simile",
        )


LIKE = frozenset({"like"})

RULES = (
    handling_figures, host_labels, mock_trade_labels, office_labels, gate_trade_labels,
    renamed_body_labels, despot_similes,
)

__all__ = [
    "RULES",
    "despot_similes",
    "gate_trade_labels",
    "handling_figures",
    "host_labels",
    "mock_trade_labels",
    "office_labels",
    "renamed_body_labels",
]
