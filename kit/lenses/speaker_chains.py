"""Speakers named further along a chain of descriptions, and name repairs
(:mod:`kit.lenses.speakers`; guide, section 1: the fullest name the article gives).

- "One of the neighbours who objected, the retired dentist Ewan Rookhaven, said": the
  person named in apposition to a partitive "One of ..." is who spoke.
- "the runner-up, Tinker's Halt, whose jockey, Jago Dace, said": a "whose" noun with no
  verb of its own and a person's name in apposition names who spoke.
- "One of the artists, who gave only her first name, Lowri, said": the name the speaker's
  own relative clause gives as their "name" (also after any word for a person: "One
  father, who gave only his first name, Tobias,").
- "The lone dissenter, a retired surveyor named X Y, said", "A beekeeper called X Y":
  the name a participle of naming gives a word for a person.
- "Lula-Mae Tregothnan": a hyphenated given name the model left outside a person's
  entity is part of the name.
- "The younger Mr Brackley": of two people sharing the surname, the one introduced as a
  son or daughter, else the lower age given; "the elder" the other one.
- "The panel rejected that explanation. Its ruling says": "its" on a document is the body
  that was the subject just before, and the document keeps that owner word ("panel's
  ruling"; guide, section 5: a document keeps the owner word).
- "Harrowmere Rovers have sacked their manager": a name never tagged that takes a plural
  verb as a subject is a club or company (a body), which "the club" points back to.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.lenses.shared import doc_array
from kit.lenses.speaker_descriptors import OFFICE_VERBS
from kit.lenses.speaker_entities import place_elsewhere
from kit.lenses.speaker_names import (
    Person,
    body_heads,
    document_heads,
    introduced_body,
    load_gender_words,
    own_clause_gender,
    person_name,
    person_noun,
    trading_name,
    words_of,
)

_YOUNGER = {"younger": True, "elder": False, "older": False}
_CHILD_WORDS = lexicon.word_set("source_words", "child_kin")
_PARENT_WORDS = lexicon.word_set("source_words", "parent_kin")
_PLURAL_VERBS = {"have", "are", "were"}
_BUSINESS_ENDINGS = lexicon.word_set("source_words", "business_name_endings")
#: Participles that give a person's name: "a nurse named X", "a man called X"
_NAMING_VERBS = frozenset({"name", "call"})


@cache
def _body_heads() -> frozenset[str]:
    """:func:`kit.lenses.speaker_names.body_heads`, read once."""
    return body_heads()


def _name_run(tok: Token, kinds: tuple[str, ...] = ("PROPN",)) -> Span:
    """A proper name ending at ``tok``: the capitalised words right before it."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].pos_ in kinds and tok.doc[start - 1].is_title:
        start -= 1
    return tok.doc[start : tok.i + 1]


def _appos(tok: Token, after: int) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "appos" and c.i >= after]


def with_hyphened_given_name(ent: Span) -> Span:
    """ "Lula-Mae Tregothnan" where the model tagged only "Tregothnan" a person: the
    capitalised hyphenated word right before a one-word person is their given name; so
    is an untagged proper noun the parser hangs on that person ("Ennor Killigrew")."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
        return ent
    given = ent.doc[ent.start - 1]
    parts = given.text.split("-")
    if (
        len(parts) == 2 and given.pos_ == "PROPN" and given.whitespace_ == " "
        and all(p[:1].isupper() and p[1:].islower() for p in parts)
    ):  # fmt: skip
        return ent.doc[given.i : ent.end]
    # "Ennor Killigrew, whose farm ...": an untagged capitalised word the parser hangs on
    # the one-word person as a compound is their given name (round AD)
    if (
        len(parts) == 1 and given.pos_ == "PROPN" and given.is_title and not given.ent_type_
        and given.dep_ == "compound" and given.head.i == ent.start
        and given.whitespace_ == " " and given.is_alpha and ent[0].tag_ == "NNP"
        and ent[0].lower_ not in _body_heads() and not place_elsewhere(given)
    ):  # fmt: skip  (not "Corriemoor Renewables", "Corriemoor" a body elsewhere)
        return ent.doc[given.i : ent.end]
    return ent


def collective_names(doc: Doc, taken: set[int], people: list[Span]) -> list[Span]:
    """Names never tagged that take a plural verb as a subject, with no article before them
    ("Stavenhurst Athletic have pulled off a coup"): a club or company, as British news
    writes of teams and firms; never a known person's name."""
    if not len(doc):
        return []
    subject = doc.vocab.strings["nsubj"]
    deps = doc_array(doc, DEP).tolist()
    subjects = [i for i, dep in enumerate(deps) if dep == subject]
    person_words = {t.text for p in people for t in p}
    found = []
    for tok in (doc[i] for i in subjects if i not in taken):
        if tok.ent_type_ or not tok.is_title:
            continue
        if tok.pos_ != "PROPN" and (tok.tag_ != "NNS" or tok.is_sent_start):
            continue  # "Dunstable Wanderers", the head parsed as a plural noun
        verb = tok.head
        plural = verb.tag_ == "VBP" or any(
            c.dep_ == "aux" and c.lower_ in _PLURAL_VERBS for c in verb.children
        )
        name = _name_run(tok, ("PROPN", "ADJ", "NOUN"))
        if not plural or len(name) < 2 or any(t.ent_type_ or t.text in person_words for t in name):
            continue
        if name.start > 0 and doc[name.start - 1].pos_ == "DET":
            continue  # "the Kellys have lived here": a family
        found.append(name)
    return found


class LaterNamed:
    """Mixed into :class:`kit.lenses.speakers.SpeakerResolver` with :class:`ChainRules`."""

    doc: Doc
    titles: frozenset[str]
    people: dict[str, Person]
    history: list[tuple[str, str, int, str]]

    def _named_later(self, span: Span, root: Token) -> str | None:
        """ "The hospital's chief executive said .... The chief executive, Annabel Sturridge,
        said": a definite title the text ties to a name in the next two sentences, and to no
        one before, is that person (guide, section 5: a title tied to a name is the role).
        Further on only when the tie takes the title up again with a definite word ("The
        head of leisure, Crispin Allard,", "That manager, Ruth Galloway,"): the text
        names the holder it spoke of, not a new one ("the chief executive of the
        ambulance trust, Marcus Fell"), and then even when someone else with that role
        noun was named before ("Her brother, the shop's manager")."""
        if root.pos_ != "NOUN" or root.tag_ != "NN" or not root.is_lower:
            return None
        owned = _named_owner(root, self.people)  # "Brackmoss's head of resident experience"
        if not any(t.lower_ in ("the", "its") for t in span[:2]) and owned is None:
            return None  # ("its chief executive has said. X, who runs the hospice, said")
        holders = [p for p in self.people.values() if root.lower_ in p.roles]
        if any(h[3] == root.lemma_.lower() for h in self.history):
            return None  # an unnamed one spoke before: "the chief executive" is that one
        wanted = load_gender_words().get(root.lower_)  # "The chairman" is no woman the text
        if wanted is not None:  # names later as one who "chairs the remuneration committee"
            holders = [p for p in holders if self._introduced_gender(p) in (None, wanted)]
        later = [p for p in holders if p.first >= span.end]
        if not later:
            named = self._named_by_demonstrative(root)
            if named is not None:
                return named  # "The brewery's head of sales told ... That executive, X,"
        if len(later) == 1 and self._taken_up_again(span, root, later[0].first):
            return later[0].name  # (even beside a manager of the shop named before)
        if owned is not None:
            return None  # a named owner's title: only a tie that takes it up again
        if len(holders) != 1 or holders[0].first < span.end:
            return None  # no one, two people, or one named before (the older rules' case)
        end = root.sent.end
        for _ in range(2):
            end = self.doc[end].sent.end if end < len(self.doc) else end
        if holders[0].first < end or self._tie_fits(span, root, holders[0]):
            return holders[0].name
        return None

    def _introduced_gender(self, person: Person) -> str | None:
        """ "Drusilla X, who chairs the committee and spent her career in mining": the
        gender a possessive in the person's own "who" clause, where the text introduces
        them, gives (before the resolver has read their description)."""
        sent = self.doc[person.first].sent
        text = self.doc[person.first : sent.end].text.lower()
        clause = re.match(r"^[^,;]{0,60},\s*(who\b[^;]*)", text)
        return own_clause_gender(clause.group(1)) if clause else None

    def _tie_fits(self, span: Span, root: Token, person: Person) -> bool:
        """ "The trust's chief executive ... told the hearing" and, paragraphs later,
        "Gawain Corbishley, the chief executive, said"; "The chairman ... said" and
        "Councillor Denzil Drabwell, who has chaired the parish council since 2011": a
        role the article ties to one named person, however far on, is that person when
        the tie gives the role no other owner than the speaker's ("the chief executive of
        the ambulance trust" is not "the hospital's chief executive"; guide, section 1)."""
        sent = self.doc[person.first].sent
        ties = [t for t in sent if t.i >= person.first and t.lower_ == root.lower_]
        ties += [  # "who has chaired the parish council": the verb of office
            c for t in sent if person.first <= t.i for c in t.children
            if c.dep_ == "relcl" and c.lemma_.lower() in OFFICE_VERBS
        ]  # fmt: skip
        if not ties:
            return False
        tie = _owner_words(ties[0])
        own = _owner_words(root)
        return not tie or not own or bool(tie & own)

    def _named_by_demonstrative(self, root: Token) -> str | None:
        """ "The park's head of guest experience told ... That executive, Lucius Whitlam,
        said": a demonstrative with a plain word for any post-holder ("that executive",
        "this official") right before a name in the next sentence takes up the title-only
        speaker just before, and names them (guide, section 5: a title tied to a name)."""
        end = root.sent.end
        stop = self.doc[end].sent.end if end < len(self.doc) else end
        for person in self.people.values():
            first = person.first
            if not end <= first < stop or first < 3 or self.doc[first - 1].text != ",":
                continue
            noun = self.doc[first - 2]
            det = self.doc[first - 3]
            if noun.lower_ in _POST_HOLDERS and det.lower_ in ("that", "this"):
                return person.name
        return None

    def _taken_up_again(self, span: Span, root: Token, first: int) -> bool:
        """ "The head of leisure, Crispin Allard," right before a name: the same title noun
        with "the", "that" or "this", its own modifiers ("operations director") and "of"
        words ("head of leisure") but no owner, set off by a comma, before the name; no
        word that the speaker's own words lack ("the chief executive of the ambulance
        trust" after "The hospital's chief executive")."""
        if first < 2 or self.doc[first - 1].text != ",":
            return False
        noun = self.doc[first - 2]
        while noun.dep_ in ("pobj", "prep") and noun.head.i < noun.i:
            noun = noun.head  # "leisure" -> "of" -> "head"
        if noun.lower_ != root.lower_ or noun.i <= root.i:
            return False
        before = [c for c in noun.children if c.i < noun.i]
        owner = self._owner_taken_up(span, root, before)  # "The company's head of X, Y,"
        if owner is not None:
            before = [c for c in before if c != owner]
            owner_words = {t.i for t in owner.subtree}
            dets = [c for c in owner.children if c.dep_ == "det"]
        else:
            owner_words = set()
            dets = [c for c in before if c.dep_ == "det"]
        rest = [c for c in before if c.dep_ not in ("det", "compound", "amod")]
        if len(dets) != 1 or dets[0].lower_ not in ("the", "that", "this") or rest:
            return False
        words = {
            t.lower_ for t in self.doc[dets[0].i + 1 : first - 1] if t.i not in owner_words
        }  # fmt: skip
        return words <= {t.lower_ for t in span}  # not "chief executive of the trust"

    def _owner_taken_up(self, span: Span, root: Token, before: list[Token]) -> Token | None:
        """ "The company's head of resident experience, Valentin Quested," after
        "Brackmoss's head of resident experience said": an owner given again by a word
        for a body ("the company's", "the firm's") or by the same name, when the speaker
        named its owner; None otherwise."""
        owned = _named_owner(root, self.people)
        poss = [c for c in before if c.dep_ == "poss"]
        if owned is None or len(poss) != 1:
            return None
        word = poss[0]
        if word.lower_ == owned.lower_ or word.lemma_.lower() in self.org_nouns and any(
            c.lower_ == "the" for c in word.children
        ):
            return word
        return None


def _owner_words(role: Token) -> set[str]:
    """The content words of the body a role (or a verb of office) belongs to: its
    owner ("the trust's"), its "of"/"at"/"for" object, or the object held ("chaired the
    parish council"); empty when the role has none ("the chief executive")."""
    owners = [c for c in role.children if c.dep_ in ("poss", "dobj")]
    owners += [
        g for c in role.children if c.dep_ == "prep" and c.lower_ in ("of", "at")
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    return {
        t.lemma_.lower() for o in owners for t in o.subtree
        if t.pos_ in ("NOUN", "PROPN") and t.i != role.i
    }  # fmt: skip


def _named_owner(root: Token, people: dict[str, Person]) -> Token | None:
    """The named owner before a title ("Brackmoss" of "Brackmoss's head of X"), never a
    person's name ("Ada Lorne's lawyer"; a word the model tagged a person's is one only
    when it belongs to a person the text names)."""
    poss = next((c for c in root.children if c.dep_ == "poss" and c.i < root.i), None)
    if poss is None or poss.pos_ != "PROPN" or not poss.is_title:
        return None
    if any(poss.text in p.tokens for p in people.values()):
        return None
    if poss.ent_type_ == "PERSON" and poss.i > 0 and poss.nbor(-1).pos_ == "PROPN":
        return None  # "Ada Lorne's": a full name
    return poss


#: Verbs by which people give the name they go by: "gave his name as X", "known as X",
#: "identified herself as X", "introduced himself as X", "calls herself X", "goes by X"
_SELF_NAMING = frozenset({"give", "know", "identify", "introduce", "call", "go"})
#: The words that tie such a verb to the person: "his name", "herself", "known"
_SELF_WORDS = frozenset({"name", "himself", "herself", "themselves", "themself"})


def _self_named(noun: Token) -> Span | None:
    """ "A caller who gave his name only as Ossie, and who said ..., said", "One father,
    who asked to be known only as Rhodri,", "A regular who calls himself Smudger", "a
    postman, known to everyone as Digger,", "who goes by the name Spud": the name the
    speaker's own clause says the person goes by is that person (guide, section 1: the
    fullest name the article gives, here the only one). The clause must be about a name
    ("his name", "himself", "known as", "by the name"), so "a man who gave evidence as
    a witness" or "who works as Santa" names no one; one person goes by the name, so
    never a plural ("Residents near the plant, known locally as the Big Shed,") nor a
    name with "the" (a thing's)."""
    if noun.tag_ in ("NNS", "NNPS"):
        return None
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i):
        handle = _quoted_handle(clause)
        if handle is not None:
            return handle  # "who posts under the name "Fernacre Mum""
        verbs = [clause] + [c for c in clause.children if c.dep_ == "xcomp"]
        for verb in verbs:
            lemma = verb.lemma_.lower()
            if lemma not in _SELF_NAMING:
                continue
            objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
            tied = lemma == "know" and verb.tag_ == "VBN" or bool(objects & _SELF_WORDS)
            for child in verb.children:
                if child.dep_ == "oprd" and child.pos_ == "PROPN" and tied:
                    return _name_run(child)  # "calls himself Smudger"
            for child in _own_preps(verb):  # "known to everyone on the estate as Digger"
                for obj in (g for g in child.children if g.dep_ == "pobj"):
                    if child.lower_ == "as" and tied and obj.pos_ == "PROPN" and obj.is_title:
                        run = _name_run(obj)
                        if run.start > 0 and run.doc[run.start - 1].lower_ == "the":
                            continue  # "known as the Big Shed": a thing's name
                        return run  # "gave her name only as Bryony"
                    if child.lower_ == "by" and obj.lower_ == "name":
                        named = [n for n in _appos(obj, obj.i + 1) if n.pos_ == "PROPN"]
                        if named:
                            return _name_run(named[0])  # "goes by the name Spud"
    return None


#: Verbs by which someone writes online under a name: "posts as "X"", "comments under
#: the name "X"", "tweets as "X""
_HANDLE_VERBS = frozenset({"post", "comment", "tweet", "write", "blog", "go"})
_OPEN_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
_CLOSE_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})


def _quoted_handle(clause: Token) -> Span | None:
    """ "One commenter, who posts under the name "Fernacre Mum", replied", "a user who
    posts as "KerbQueen"": the quoted handle a speaker writes under is the only name the
    text gives them (guide, section 1: the fullest name the article gives), whatever
    the tagger made of its words; only a quoted handle right after "as" or "the name"
    of an act of posting, so "who posts photos of the "new" bridge" names no one."""
    if clause.lemma_.lower() not in _HANDLE_VERBS:
        return None
    doc = clause.doc
    for tok in clause.subtree:
        if not (tok.lower_ == "as" and tok.head == clause or tok.lower_ == "name"
                and tok.head.lower_ in ("under", "by") and tok.head.head == clause):
            continue  # fmt: skip
        start = tok.i + 1
        if start >= len(doc) or doc[start].text not in _OPEN_QUOTES:
            continue
        end = next((k for k in range(start + 1, min(start + 8, len(doc)))
                    if doc[k].text in _CLOSE_QUOTES), None)  # fmt: skip
        if end is not None and end > start + 1:
            return doc[start + 1 : end]
    return None


def _own_preps(verb: Token) -> list[Token]:
    """The prepositions "as" and "by" of a verb's own clause, also hung by the parser on
    a noun of it ("known to everyone on the estate as Digger": "as" on "estate"), never
    one in a clause of its own."""
    found = []
    for tok in verb.subtree:
        if tok.dep_ != "prep" or tok.lower_ not in ("as", "by"):
            continue
        up = tok.head
        while up != verb and up.pos_ not in ("VERB", "AUX"):
            up = up.head
        if up == verb:
            found.append(tok)
    return found


#: Plain words for whoever holds a post, which take up a title named just before
_POST_HOLDERS = frozenset({"executive", "official", "officer", "boss", "manager", "director"})


class ChainRules(LaterNamed):
    """Mixed into :class:`kit.lenses.speakers.SpeakerResolver`."""

    doc: Doc
    titles: frozenset[str]
    org_nouns: frozenset[str]
    people: dict[str, Person]
    history: list[tuple[str, str, int, str]]

    def _chained_person(self, span: Span) -> Span | None:
        """The person's name a chain of descriptions after the speaker gives."""
        root = span.root
        partitive = root.lower_ == "one" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in root.children
        )
        for noun in _appos(root, span.end):
            whose = any(c.tag_ == "WP$" for c in noun.children)
            if partitive and noun.pos_ == "PROPN" and self._personal(noun):
                return _name_run(noun)  # "One of them, Ann Lee, said"
            closing = self._closing_name(noun, root) if partitive else None
            if closing is not None:
                return closing  # "one of them, the veteran MP for Lowbridge, Agnes Trew, said"
            if noun.pos_ != "NOUN" or not (partitive or whose or root.pos_ == "NOUN"):
                continue
            named = [n for n in _appos(noun, noun.i + 1) if n.pos_ == "PROPN"]
            if named and (self._personal(named[0]) or self._role_named(noun, named[0])):
                return _name_run(named[0])  # "the retired dentist Ewan Rookhaven"
        nouns = [root] + [n for n in _appos(root, root.i + 1) if n.pos_ == "NOUN"]
        for noun in nouns if root.pos_ == "NOUN" else []:
            named = self._called(noun)
            if named is not None:
                return named  # "The lone dissenter, a retired surveyor named X Y, said"
        for noun in [root] + [n for n in _appos(root, root.i + 1) if n.pos_ == "NOUN"]:
            named = _self_named(noun)
            if named is not None:
                return named  # "A caller who gave his name only as Ossie", "known as X"
        if not partitive and not (root.pos_ == "NOUN" and person_noun(root, self.titles)):
            return None
        holders = [root] + [g for c in root.children if c.dep_ == "prep" for g in c.children]
        for clause in (c for h in holders for c in h.children if c.dep_ == "relcl"):
            for obj in (c for c in clause.children if c.dep_ == "dobj" and c.lemma_ == "name"):
                named = [n for n in _appos(obj, obj.i + 1) if n.pos_ == "PROPN" and n.is_title]
                if named:
                    return _name_run(named[0])  # "who gave only her first name, Lowri,"
        return None

    def _called(self, noun: Token) -> Span | None:
        """ "a retired hydrologist named X Y", "a local beekeeper called X Y": the name a
        participle of naming gives a word for a person (never a body's or a thing's:
        "a company called X", "a report called X"); a word for a business that may be
        a person ("a property developer named X Y") only with a name the model tagged a
        person's throughout (round AD)."""
        lemma = noun.lemma_.lower()
        if lemma in document_heads() or not person_noun(noun, self.titles):
            return None
        either = lemma in self.org_nouns | _body_heads()  # "developer": a firm or a person
        for verb in noun.children:
            if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in _NAMING_VERBS:
                continue
            for name in verb.children:
                if name.i > verb.i and name.pos_ == "PROPN" and name.is_title:
                    run = _name_run(name)
                    if run.start != verb.i + 1 or run[-1].lower_ in _BUSINESS_ENDINGS:
                        continue
                    if not either or len(run) > 1 and all(t.ent_type_ == "PERSON" for t in run):
                        return run
        return None

    def _one_named(self, span: Span) -> Span | None:
        """The body's name after a comma that "One of the companies ..." stands for:
        at the end of the speaker, or hung on it right after."""
        if len(span) < 4 or span[1].lower_ != "of":
            return None
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or not span.start < ent.start <= span.end + 1:
                continue
            inside = ent.end == span.end or span.start <= ent.root.head.i < span.end
            if inside and self.doc[ent.start - 1].text == ",":
                return ent
        return None

    def _closing_name(self, role: Token, one: Token) -> Span | None:
        """ "one of them, the veteran MP for Lowbridge, Agnes Trew, said": after a share of
        a group, a role for a person (a title or a word for a person) whose description
        closes with a name of two or three capitalised words set off by commas right
        before the verb names who spoke, however the parser hung the name (on the place
        of the role, say) and whatever label the model gave it; never a name that ends
        in a word for a body or a business."""
        if not (person_noun(role, self.titles) or role.lower_ in self.titles):
            return None
        doc, verb = self.doc, one.head
        if verb.i < 2 or verb.i <= role.i:
            return None
        last = doc[verb.i - 2]
        if last.pos_ != "PROPN" or last.dep_ != "appos" or role not in last.ancestors:
            return None
        if doc[last.i + 1].text != "," or last.ent_type_ not in ("", "PERSON", "ORG"):
            return None
        run = _name_run(last)
        if not 2 <= len(run) <= 3 or run.start == 0 or doc[run.start - 1].text != ",":
            return None
        if last.lower_ in _BUSINESS_ENDINGS | _body_heads() | self.org_nouns:
            return None
        return run

    def _role_named(self, noun: Token, name: Token) -> bool:
        """ "the Carnbrook scaffolding boss Lucan Merridew" (tagged a body): a name of two or
        three words after a lower-case noun that is no word for a body is a person's."""
        words = _name_run(name)
        return (
            noun.is_lower and noun.lemma_.lower() not in self.org_nouns
            and noun.lemma_.lower() not in _body_heads()
            and 2 <= len(words) <= 3 and words[-1].lower_ not in _BUSINESS_ENDINGS
        )  # fmt: skip

    def _personal(self, tok: Token) -> bool:
        return tok.ent_type_ == "PERSON" or any(tok.text in p.tokens for p in self.people.values())

    def _by_age(self, span: Span) -> str | None:
        """ "The younger Mr Brackley", "the elder Mrs Tasker": of the people sharing the
        surname, the child (or the younger by age given) or the other one."""
        surname = span[-1].text
        if span[-1].pos_ != "PROPN":  # (the cheap test first)
            return None
        which = next((_YOUNGER[t.lower_] for t in span[:3] if t.lower_ in _YOUNGER), None)
        if which is None:
            return None
        sharing = [p for p in self.people.values() if p.name.split()[-1] == surname
                   and len(p.name.split()) > 1 and p.first < span.start]  # fmt: skip
        if len(sharing) != 2:
            return None
        ages = [self._age(p) for p in sharing]
        if None not in ages and ages[0] != ages[1]:
            young = min(range(2), key=lambda i: ages[i])
        else:
            child = [i for i, p in enumerate(sharing) if p.roles & _CHILD_WORDS]
            parent = [i for i, p in enumerate(sharing) if p.roles & _PARENT_WORDS]
            if len(child) == 1:
                young = child[0]
            elif len(parent) == 1:
                young = 1 - parent[0]
            else:
                return None
        return sharing[young if which else 1 - young].name

    def _age(self, person: Person) -> int | None:
        """The age a comma sets after the person's first full name ("Ann Lee, 68,")."""
        doc = self.doc
        end = person.first
        while end < len(doc) and doc[end].text in person.tokens:
            end += 1
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text.isdigit():
            return int(doc[end + 1].text)
        return None

    def _its_subject(self, span: Span, root: Token) -> str | None:
        """ "The panel rejected that explanation. Its ruling says": the document of the body
        that was the writer's subject just before, known by that owner word."""
        poss = next((c for c in root.children if c.dep_ == "poss" and c.i < root.i), None)
        if poss is None or poss.lower_ != "its":
            return None
        post = root.lemma_.lower() in words_of("body_posts") or (
            root.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
        )  # "Its head of regeneration", "Its chairman": a post in the body
        if root.lemma_.lower() not in document_heads() and not post:
            return None
        sent = root.sent
        before = self.doc[sent.start - 1].sent if sent.start > 0 else None
        if before is None:
            return None
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subject is None and any(c.dep_ == "expl" for c in before.root.children):
            subject = next((c for c in before.root.children if c.dep_ == "attr"), None)
        if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in _body_heads():
            return None  # ("Then there is the town council. Its head of ...": presented)
        if not any(c.lower_ == "the" for c in subject.children):
            return None
        if any(
            e.start > subject.i and (e.label_ == "ORG" or trading_name(e))
            and introduced_body(e, self.org_nouns)
            for e in before.ents
        ):  # "the trust signed a deal with X Ltd, a company that ...": the firm's post
            return None
        rest = self.doc[poss.i + 1 : span.end].text.strip(" ,")
        if root.lemma_.lower() in document_heads():
            return f"{subject.lower_}'s {rest}"
        named = self._body_named_for(subject)
        body = named[0] if named and named[1] == "org" else " ".join(
            t.text for t in self.doc[subject.left_edge.i : subject.i + 1] if t.lower_ != "the"
        )  # fmt: skip
        return f"{rest} of {body}"  # "head of regeneration of town council"

    def _chained_speaker(self, span: Span) -> str | None:
        """A person named along a chain, or picked out by age, as the canonical name."""
        chained = self._chained_person(span)
        if chained is not None:
            name = person_name(chained, self.titles)
            known = [p.name for p in self.people.values() if set(name.split()) <= p.tokens]
            if len(known) == 1:
                return known[0]
            if name not in self.people:  # known from now on, "Lowri" by her first name
                self.people[name] = Person(name, set(name.split()), chained.start)
            return name
        return self._by_age(span)


def past_false_title(doc: Doc, start: int, last: int, bodies: frozenset[str]) -> tuple[int, bool]:
    """ "the Kelderby haulage boss Piers Cuthbertson", "the haulage firm Brant Logistics": a
    description in lower-case nouns before a name in apposition is no part of the name
    (the "false title" of news style). Where the name starts, and whether the description
    is a person's (its last noun no word for a body, the name two or three words with no
    business ending)."""
    lower = [t.i for t in doc[start:last] if t.is_lower and t.pos_ == "NOUN"]
    if not lower or not all(
        t.pos_ == "PROPN" and t.is_title for t in doc[lower[-1] + 1 : last + 1]
    ):
        return start, False
    head, name = doc[lower[-1]], doc[lower[-1] + 1 : last + 1]
    person = (
        head.lemma_.lower() not in bodies
        and head.lemma_.lower() not in _body_heads()
        and 2 <= len(name) <= 3
        and name[-1].lower_ not in _BUSINESS_ENDINGS
    )
    return name.start, person
