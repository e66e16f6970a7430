"""How the speaker resolver follows pronouns back (:mod:`kit.lenses.speakers`).

- he/she: the most recent person speaker, or a person named as the subject of
  a clause since (not inside someone's words, nor inside a speaker's own
  description), or a more recent unnamed speaker; the text's own "he"/"she"
  for a person, once used, gives that person's gender.
- they: a group of people just named as a subject ("Other analysts were more
  cautious. ..., they said"), else the most recent group or organisation;
  "two of them", "One of them" are that group.
- Two people sharing a surname: the one the gender of the pronouns in the
  sentence, or of the next sentence's "he said"/"she said", fits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import POS
from spacy.symbols import NOUN
from spacy.tokens import Span, Token

from kit.lenses.shared import doc_array, entity_at, tokens_back
from kit.lenses.speaker_names import (
    PERSON_PRONOUNS,
    Person,
    body_heads,
    content_words,
    document_heads,
    load_anaphors,
    load_gender_words,
    org_key,
    people_plural,
    person_gender,
    person_noun,
    plain_text,
    shared_words,
    strip_quantifier,
    strip_text,
    unnamed_roles,
    words_of,
)
from kit.lenses.speaker_people import verb_read_as_noun
from kit.lenses.speaker_titled import honorific_gender

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: The writer or the people quoted speaking of themselves: never "he" or "she"
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
#: the writer and the reader: never what "it" stands for ("Let me tell you ... its panel")
_NOT_IT = _FIRST_PERSON | {"you"}
#: Pronouns that only a person takes: a sentence with one is no body's
_PERSONAL = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})
#: Words that pick members out of a group: "each of them", "neither of them"
_MEMBER_WORDS = frozenset({"each", "either", "neither", "none", "any"})


#: Endings of nouns for an event, act or proceeding ("hearing", "inquiry", "settlement")
_EVENT_ENDINGS = re.compile(r"(?:ing|ion|ment|iry|ance|ence)$")

#: A double-quoted stretch of text, straight or curly marks
_DOUBLE_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")

#: Verbs of the writer's own question to a body ("I asked the council", "We contacted");
#: a narrower list than speaker_owners._ASKING_VERBS (asked for comment, invited, called)
_QUESTION_VERBS = frozenset({"ask", "contact", "email", "approach", "phone", "query"})
#: Verbs of putting a question to someone, whose answer follows ("X asked him whether
#: ... . He said"), and the object pronoun each gender takes
_ASKING_BACK = frozenset({"ask", "press", "question", "challenge"})
_OBJECT_PRONOUNS = {"m": "him", "f": "her"}


class PronounRules:
    """The pronoun half of :class:`kit.lenses.speakers.SpeakerResolver`.

    Relies on the resolver's state: ``doc``, ``people``, ``history``,
    ``person_mentions``, ``reported``, ``speaker_heads``, ``speaker_tokens``
    and its ``_person_name``.
    """

    doc: Doc
    people: dict[str, Person]
    history: list[tuple[str, str, int, str]]
    person_mentions: list[tuple[Token, str]]
    reported: list[tuple[int, int]]
    speaker_heads: set[int]
    speaker_tokens: set[int]
    speaker_roots: set[int]
    taken_up_as_body: set[str]
    titles: frozenset[str]

    if TYPE_CHECKING:  # pragma: no cover

        org_nouns: frozenset[str]

        def _named_later(self, span: Span, root: Token) -> str | None: ...

        def _definite(self, head: Token) -> tuple[str, str] | None: ...

        bodies: list[Span]

        def _org(self, text: str) -> str: ...

        def _fuller_name(self, key: str) -> list[str]: ...

        def _canonical(self, span: Span) -> tuple[str, str]: ...

    def _asked_body(self, pos: int) -> str | None:
        """ "I asked the council how many pitches it had sold. It said ...": "it" opening
        the sentence after the writer's own question to a body (the writer the subject
        of "asked", "contacted", "emailed", the body its object) is the body that
        answers, not the writer nor a body that spoke before."""
        sent = self.doc[pos].sent
        if sent.start == 0 or pos != sent.start:
            return None
        root = self.doc[sent.start - 1].sent.root
        if root.lemma_.lower() not in _QUESTION_VERBS or not any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children
        ):
            return None
        obj = next((c for c in root.children if c.dep_ in ("dobj", "dative")), None)
        if obj is None:
            return None
        if obj.ent_type_ == "ORG":
            return self._org(entity_at(obj).text)
        if obj.tag_ != "NN" or not any(c.lower_ == "the" for c in obj.children):
            return None
        if obj.lemma_.lower() not in self.org_nouns | body_heads():
            return None
        found = self._definite(obj)
        return found[0] if found is not None and found[1] == "org" else None

    def _pronoun(self, pronoun: str, pos: int) -> tuple[str, str]:
        """The most recent compatible speaker, or a person named as a subject since."""
        if pronoun in PERSON_PRONOUNS:
            wanted: tuple[str, ...] = ("person",)
        elif pronoun == "it":
            wanted = ("org", "other")
        else:
            wanted = ("group", "org")
        gender = load_gender_words().get(pronoun) if pronoun in PERSON_PRONOUNS else None
        persons = {h[0] for h in self.history if h[3] in PERSON_PRONOUNS and pronoun == "it"}
        speaker = next(  # "it" is never an unnamed speaker a "he" or "she" took up ("A steward
            (h for h in reversed(self.history)  # ... said. "...," he said. ... It said")
             if h[1] in wanted and self._fits(h[0], gender) and h[0] not in persons
             and not (pronoun == "it" and h[1] == "other" and self._person_head(h[2]))
             and not (pronoun == "it" and h[0].lower() in _NOT_IT)),
            None,
        )  # fmt: skip
        if pronoun in PERSON_PRONOUNS:
            told = self._told_by_content(pos, gender)
            if told is not None:
                return told, "person"  # "X met the bakery's owner, Y. He told us the bakery"
            introduced = self._just_introduced(pos, gender) or self._introduced_in_clause(
                pos, gender
            )
            if introduced is not None:
                return introduced, "person"
            answered = self._asked_back(pos, gender)
            if answered is not None:
                return answered, "person"  # "X asked him how many .... He said": not X
            since = speaker[2] if speaker else -1
            unnamed = next((h for h in reversed(self.history) if h[1] == "other"), None)
            first_person = unnamed is not None and unnamed[0].lower() in _NOT_IT
            other_gender = unnamed is not None and load_gender_words().get(unnamed[3]) not in (
                None,
                gender,
            )
            unnamed = unnamed if unnamed and unnamed[2] > since and not (
                first_person or other_gender or unnamed[3] in document_heads() | body_heads()
                or self._thing_word(self.doc[unnamed[2]])
            ) else None  # never a body left unnamed ("according to the union. ... she said"),
            # nor "A spokeswoman said ..." for "he said", nor an event, place or thing
            # ("The hearing in Wrayfield was told that .... She told the tribunal")
            # a person named as a subject before the unnamed speaker spoke is passed over
            after = unnamed[2] if unnamed else since  # ("Minister X visited. ... The trust's
            fresh = self._unnamed_subject(pos, gender)  # "A nurse rejected that. ... she said"
            if fresh is not None and fresh[1] > after:
                later = self._person_subject(fresh[1], pos, gender)
                return (later, "person") if later else (fresh[0], "other")
            subject = self._person_subject(after, pos, gender) or self._role_subject(
                after, pos, gender  # engineer told us ... "...," she said": the engineer)
            )
            if subject:
                return subject, "person"
            owned = self._owned_role_subject(after, pos, gender)
            if owned is not None:
                return owned, "other"  # "The trust's chief executive wrote .... She said"
            if unnamed:
                return unnamed[0], unnamed[1]  # "A spokesman said ... he added"
            if speaker is None and gender is not None:
                named = self._gendered_mention(pos, gender)
                if named is not None:
                    return named, "person"  # "set up by her son, Caspian X. "...," he said"
        if pronoun in ("they", "them"):
            since = speaker[2] if speaker else -1
            group = self._group_subject(since, pos)
            if group is not None:
                return group, "group"  # "Other analysts were more cautious. ..., they said"
        if pronoun == "it":
            asked = self._asked_body(pos)
            if asked is not None:
                return asked, "org"  # "I asked the council how many .... It said"
            governing = self._governing_body(pos)
            if governing is not None:
                return governing, "org"  # "the brigade posted a video that it said showed"
            named = self._named_subject(pos)
            if named is not None and (speaker is None or speaker[2] < named[1]):
                self.taken_up_as_body.add(named[0])
                return named[0], "org"  # "Vireo+ has spent ..., which it describes as"
            owner = self._subject_owner(pos)
            if owner is not None:
                return owner, "org"  # "The exchange's new system handled ..., it said"
            unnamed = self._unnamed_body_subject(pos)
            if unnamed is not None and (speaker is None or speaker[2] < unnamed[1]):
                return unnamed[0], "other"  # "The teachers' union has responded. ... it said"
        if pronoun == "it":
            mistagged = self._ungendered_speaker(pos)
            if mistagged is not None:
                self.taken_up_as_body.add(mistagged)
                return mistagged, "org"  # "Rosewell Live said in a statement .... It said"
        if speaker is not None:
            return speaker[0], speaker[1]
        return pronoun, "anonymous"

    def _asked_back(self, pos: int, gender: str | None) -> str | None:
        """ "Councillor X asked him how many drivers earned the minimum wage. He said he
        did not have the figure": a sentence-opening he/she right after a sentence in
        which someone asks "him"/"her" something is the one asked, the answer's speaker,
        not the asker who spoke last: the latest earlier speaker of that gender who is
        not the asker (guide, section 1: the person the pronoun refers to)."""
        sent = self.doc[pos].sent
        if gender is None or sent.start == 0 or self._opening_words(sent, pos):
            return None
        prev = self.doc[sent.start - 1].sent
        wanted = _OBJECT_PRONOUNS.get(gender)
        verb = next(
            (t for t in prev if t.lemma_.lower() in _ASKING_BACK and t.pos_ == "VERB"
             and any(c.dep_ == "dobj" and c.lower_ == wanted for c in t.children)),
            None,
        )  # fmt: skip
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        lo = min(t.i for t in subjects[0].subtree)
        hi = max(t.i for t in subjects[0].subtree) + 1
        askers = {h[0] for h in self.history if lo <= h[2] < hi}
        askers |= {
            self._person_name(name, self.doc[tok.i : tok.i + 1])
            for tok, name in self.person_mentions
            if lo <= tok.i < hi
        }
        if not askers:
            return None  # "They asked him ...": no named asker to pass over
        return next(
            (h[0] for h in reversed(self.history)
             if h[2] < prev.start and h[1] == "person" and h[0] not in askers
             and self._fits(h[0], gender)),
            None,
        )  # fmt: skip

    def _opening_words(self, sent: Span, pos: int) -> bool:
        """Whether the writer's own words come before the pronoun in its sentence."""
        quoted = self._quoted_ranges(sent)
        return any(
            t.is_alpha and not any(s <= t.idx < e for s, e in quoted)
            for t in self.doc[sent.start : pos]
        )

    def _told_by_content(self, pos: int, gender: str | None) -> str | None:
        """ "The shop's owner, X Y, met the council's housing lead, Councillor Z W, on
        Monday. She said the council could not interfere": a he/she opening its sentence
        after one that names two people the pronoun could mean is the one whose
        description (the role the text gave them) shares a noun with what the pronoun's act
        reports ("council": the council's housing lead), the reader's own cue; None when
        neither or both descriptions share one, and the other rules decide. Of two, one
        the words name in the third person ("... over Parnel's wall") is not the speaker.
        """
        sent = self.doc[pos].sent
        if sent.start == 0 or any(t.is_alpha for t in self.doc[sent.start : pos]):
            return None
        start, end = sent.start_char, sent.end_char
        at = self.doc[pos].idx
        said = next(((s, e) for s, e in self.reported if start <= s < end and s > at), None)
        if said is None:
            return None
        span = self.doc.char_span(said[0], said[1], alignment_mode="expand")
        if span is None:
            return None
        nouns = {t.lemma_.lower() for t in span if t.pos_ == "NOUN"}
        prev = self.doc[sent.start - 1].sent
        found: dict[str, int] = {}
        for tok, name in self.person_mentions:
            if not prev.start <= tok.i < prev.end:
                continue
            if any(s <= tok.idx < e for s, e in self.reported):
                continue
            person = self.people.get(self._person_name(name, self.doc[tok.i : tok.i + 1]))
            if person is None or not self._fits(person.name, gender):
                continue
            found[person.name] = max(
                found.get(person.name, 0), shared_words(nouns, _described_by(tok))
            )
        if len(found) < 2:
            return None
        words = {t.text for t in span if t.pos_ == "PROPN"}
        spoken_of = [name for name in found if words & self.people[name].tokens]
        if len(found) == 2 and len(spoken_of) == 1:
            # "X Y went with his neighbour, Z W. He told me, '... over Y's wall'": one
            # speaks of the other by name, so the other is the speaker
            return next(name for name in found if name != spoken_of[0])
        best = [name for name, n in found.items() if n > 0]
        return best[0] if len(best) == 1 else None

    def _governing_body(self, pos: int) -> str | None:
        """ "Hours later the brigade posted a video that it said showed its fighters":
        "it" in a clause hung inside another clause of its sentence (a relative or
        complement clause) stands for the subject of the nearest clause above it, when
        that subject is a definite body word ("the brigade", "the council") the article
        named before; a person, a thing or a name there leaves "it" to the other rules.
        A lookup up the pronoun's own parse (guide, section 1: the pronoun resolves to
        what it refers to)."""
        tok = self.doc[pos]
        for verb in tok.ancestors:
            subject = next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != pos),
                None,
            )
            if subject is None:
                continue
            if subject.i > pos or subject.tag_ != "NN":
                return None
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
                return None
            if any(s <= subject.idx < e for s, e in self.reported):
                return None  # (a body inside someone's words)
            lemma = subject.lemma_.lower()
            named = [  # "the rebel Western Hill Brigade ... the brigade"
                b for b in self.bodies if b.end <= subject.i and b[-1].lemma_.lower() == lemma
            ]
            if named:
                return self._org(named[-1].text)
            found = self._definite(subject) if lemma in self.org_nouns else None
            return found[0] if found is not None and found[1] == "org" else None
        return None

    def _ungendered_speaker(self, pos: int) -> str | None:
        """ "Rosewell Live said in a statement that .... It said it would review": the
        speaker just before, the subject of the sentence before "it" (or of its own),
        kept as a person only because the model tagged the name a person's, is a body
        when the text never gives it "he", "she" or a title: "it" never points to a
        person, so "it" stands for that name, not for a body that spoke earlier."""
        if not self.history:
            return None
        name, kind, at, _ = self.history[-1]
        person = self.people.get(name)
        if kind != "person" or person is None or person.pronoun:
            return None
        sent = self.doc[pos].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        head = self.doc[at]
        if not start <= at < pos or head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if any(t.lower_ in self.titles for t in head.lefts):
            return None  # "Mrs ...", "Dr ..."
        if any(t.lower_ in _PERSONAL for t in head.sent):
            return None  # "X said she had been pushed": a person after all
        if any(t.lower_ in ("who", "whose", "whom") for t in head.subtree):
            return None  # "Ingrid Salk, who chairs the committee, said": a person
        return name

    def _titled_genders(self) -> None:
        """ "Ms Threave shrugs off the critics": an honorific before the name of one
        known person gives that person's gender for the pronouns that follow, as a "she
        said" would (guide, section 1: the gender the text gives a person); never when
        two known people share the name, nor when the text gives both honorifics."""
        found: dict[str, set[str]] = {}
        for tok, name in self.person_mentions:
            words = set(name.split())
            first = tok.i
            while first > 0 and self.doc[first - 1].text in words:
                first -= 1
            if first == 0:
                continue
            gender = honorific_gender(self.doc[first - 1 : tok.i + 1])
            owners = [p for p in self.people.values() if words <= p.tokens]
            if gender is not None and len(owners) == 1:
                found.setdefault(owners[0].name, set()).add(gender)
        for name, genders in found.items():
            person = self.people[name]
            if len(genders) == 1 and not person.pronoun and person_gender(person) is None:
                person.pronoun = "she" if genders == {"f"} else "he"

    def _role_before_comma(self) -> None:
        """ "... before their captain, Farouk Meddings, struck 68": a person noun with
        "the" or an owner word set off by a comma right before a full name is that
        person's role, though the parser left the name out of apposition."""
        for tok, name in self.person_mentions:
            person = self.people.get(name)
            if person is None:
                continue
            words = set(name.split())
            first = tok.i
            while first > 0 and self.doc[first - 1].text in words:
                first -= 1
            if first < 2 or self.doc[first - 1].text != ",":
                continue
            noun = self.doc[first - 2]
            if noun.tag_ != "NN" or not noun.is_lower or tok.dep_ == "appos":
                continue
            dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
            if dets & {"the", "their", "its", "his", "her", "our"} and person_noun(
                noun, self.titles
            ):
                person.roles.add(noun.lower_)

    def _person_head(self, at: int) -> bool:
        """ "The managing director told X .... Its head of lettings said": "it" never
        stands for an unnamed speaker whose head word is a person's (a title or post),
        only for a document or thing; the word at ``at`` is such a head."""
        head = self.doc[at]
        lemma = head.lemma_.lower()  # (not "committee", a body of people)
        if head.tag_ != "NN" or lemma in body_heads() | self.org_nouns:
            return False
        if any(c.dep_ == "poss" for c in head.children):
            return False  # "the Intelligencer's leader": a paper's column, as likely as not
        return person_noun(head, self.titles) or lemma in words_of("body_posts")

    def _thing_word(self, head: Token) -> bool:
        """An unnamed speaker that "he"/"she" cannot stand for: no word for a person, and
        either the subject of a passive act ("The hearing in Wrayfield was told that
        ...": the one told, an event) or a noun built as an event or proceeding
        ("hearing", "inquiry", "settlement")."""
        if self._person_word(head):
            return False
        return head.dep_ == "nsubjpass" or bool(_EVENT_ENDINGS.search(head.lower_))

    def _person_word(self, head: Token) -> bool:
        """ "he"/"she" stand for a person: an unnamed speaker's head word must be a word
        for one (a title, an everyday person noun, a word built like one, an unnamed role
        such as "source" or "aide"), never an event, place or thing ("hearing", "panel",
        "court") that a passive act made the subject (guide, section 1: a pronoun
        resolves to the person it refers to). A post in a body ("head of regulatory
        services", "executive at X") and a head with a "who" clause are people too."""
        if head.pos_ == "PRON" or head.pos_ == "PROPN":
            return True
        lemma = head.lemma_.lower()
        if person_noun(head, self.titles) or lemma in unnamed_roles() | words_of("body_posts"):
            return True
        # a post ("head of X", "executive at Y"), never a proceeding placed somewhere
        # ("The inquest at Moorcross was told ...", "the panel at Y was told")
        posts = ("of", "for") if _EVENT_ENDINGS.search(head.lower_) or (
            head.dep_ == "nsubjpass"
        ) else ("of", "at", "for")
        return any(  # "One executive, who asked not to be named": "who" is for a person;
            c.dep_ == "relcl" and any(g.tag_ in ("WP", "WP$") for g in c.children)
            or c.dep_ == "prep" and c.lower_ in posts
            for c in head.children
        )

    def _another(self, words: list[Token], pos: int) -> tuple[str, str] | None:
        """ "one season-ticket holder said. Another called him ...": "another" standing
        alone is one more of the kind that spoke just before, in its sentence or the one
        before, known by the same description (without the count, like "one")."""
        if len(words) != 1 or words[0].lower_ != "another" or not self.history:
            return None
        sent = self.doc[pos].sent
        since = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        name, kind, at, _ = self.history[-1]
        if kind not in ("other", "group") or at < since:
            return None
        head = self.doc[at]
        own = head.lower_ in name.lower().split()  # not one folded into a crowd's row
        if kind == "other" and head.tag_ == "NN" and own and not self._crowd_named(head):
            return f"another {head.lower_}", "other"  # "One member, ... said. Another said"
        return name, kind

    def _crowd_named(self, head: Token) -> bool:
        """ "Commuters were furious. One commuter said ...", "Fans outside were split. ...,
        one season-ticket holder said": the one who spoke is one of a crowd that is the
        subject of its sentence or the one before, and "another" is one more of it (the
        same source); without the crowd, "another" is a second person."""
        sent = head.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return any(
            t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
            for t in self.doc[start : head.i]
        )  # the writer's own clause, not reported words ("said repairs could cost ...")

    def _members_of_them(self, words: list[Token], pos: int) -> str | None:
        """ "two of them said", "One of them called it": members of the group that spoke
        last, so the same source (guide, section 1: one canonical source per group)."""
        count = words[0]
        if len(words) == 4 and words[1].lower_ == "of" and words[2].lower_ == "the":
            noun = words[3].lower_  # "according to two people with knowledge of the
            if words[3].tag_ != "NNS" or not (count.like_num or count.lower_ in _MEMBER_WORDS):
                return None  # talks ... One of the people said": that group
            return next(
                (h[0] for h in reversed(self.history)
                 if h[1] in ("group", "anonymous") and noun in h[0].lower().split()),
                None,
            )  # fmt: skip
        if len(words) != 3 or words[1].lower_ != "of" or words[2].lower_ != "them":
            return None
        if not (count.like_num or count.lower_ in load_anaphors()[1] | _MEMBER_WORDS):
            return None
        name, kind = self._pronoun("they", pos)
        if kind != "group" or count.lower_ != "one":
            return name if kind in ("group", "org") else None
        return self._one_member(name, pos) or name

    def _one_member(self, name: str, pos: int) -> str | None:
        """ "Growers who supply the fruit cut their use ..., and one of them told us":
        after a group named without a count, "one of them" is one member, written as the
        group's noun in the singular ("grower", "crew member"); after a counted group
        ("Two senior figures said ... One of them called it") the speaker stays that
        group, a pool of the stated size (the keys: 2 and 3)."""
        words = name.split()
        if not words:
            return None
        last = words[-1].lower()
        for tok in reversed(self.doc[:pos]):
            if tok.tag_ != "NNS" or tok.lower_ != last:
                continue
            if any(c.dep_ == "nummod" or c.like_num for c in tok.children):
                return None  # "Three current employees ... one of them said": the group
            if tok.lemma_.lower() == tok.lower_:
                return None  # no singular known ("staff", "police")
            return " ".join([*words[:-1], tok.lemma_.lower()])
        return None

    def _named_subject(self, pos: int) -> tuple[str, int] | None:
        """A name that is the subject of the writer's clause before "it", in its sentence
        or the one before, and names no known person: what "it" points back to."""
        sent = self.doc[pos].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        quoted = self._quoted_ranges(sent)
        for tok in reversed(self.doc[start:pos]):
            # an owner "its" in the pronoun's own sentence: the act's paraphrase may hold
            # the subject ("Brightwick can still process ..., according to its website")
            owner = self.doc[pos].tag_ == "PRP$"
            words = quoted if owner and tok.i >= sent.start else self.reported
            if any(s <= tok.idx < e for s, e in words):
                continue
            body = self._body_subject(tok)
            if body is None and owner and tok.i >= sent.start:
                body = self._kind_subject(tok)  # "The trust, its barrister argued, had"
            if body is not None:
                return body, tok.i  # "The agency has issued a warning, although it said"
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN":
                continue
            body = next((b for b in self.bodies if b.start <= tok.i < b.end), None)
            titled = any(c.lower_ == "the" for c in tok.children)  # "The Daily Thrum ... runs"
            if tok.ent_type_ == "PERSON" and body is None and not titled:
                continue  # a body the model tagged a person ("water firm Brackmoor Water")
            name = body.text if body is not None else self.doc[tok.left_edge.i : tok.i + 1].text
            if not titled and any(set(name.split()) & p.tokens for p in self.people.values()):
                continue  # (never a person: "The Daily Thrum")
            short = strip_text(name)
            if self.doc[pos].lower_ == "it" and self._fuller_name(org_key(short)):
                # "... what the Authority will not say. It said": the speaker in full, the
                # Yselmark Medicines Authority (an owner "its" keeps the short form, as the
                # keys write it: "member of the Authority's advisory panel")
                short = self._org(short)
            return short, tok.i
        return None

    def _unnamed_body_subject(self, pos: int) -> tuple[str, int] | None:
        """ "The teachers' union has responded. In a statement, it said": a body the text
        never names, the definite subject of the writer's clause in the sentence before
        "it" (or earlier in its own), is what "it" stands for, written as "the teachers'
        union said" would be (guide, section 1: the pronoun resolves to what it refers
        to). Never a body inside someone's words, one that already spoke, nor a phrase
        with a name in it (those are the named-body rules')."""
        sent = self.doc[pos].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        heads = body_heads() | self.org_nouns
        for tok in reversed(self.doc[start:pos]):
            if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.tag_ != "NN":
                continue
            if any(s <= tok.idx < e for s, e in self.reported) or tok.i in self.speaker_tokens:
                return None
            left = self.doc[tok.left_edge.i : tok.i]  # (a live blog's time stamp before it)
            the = next((t.i for t in left if t.is_alpha), tok.i)
            phrase = self.doc[the : tok.i + 1]
            if (
                tok.lemma_.lower() not in heads
                or phrase[0].lower_ != "the"
                or any(t.pos_ == "PROPN" for t in phrase)
            ):
                return None  # the latest subject is someone or something else
            return strip_text(plain_text(phrase)), tok.i
        return None

    def _body_subject(self, tok: Token) -> str | None:
        """ "The agency", "the ministry" as the subject of the writer's clause: the body
        named before with that word, what a later "it" in the sentence stands for."""
        if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.tag_ != "NN":
            return None
        det = [c for c in tok.children if c.dep_ == "det"]
        if len(det) != 1 or det[0].lower_ != "the" or tok.i in self.speaker_tokens:
            return None
        return self._body_word([det[0], tok], tok)

    def _kind_subject(self, tok: Token) -> str | None:
        """ "The trust, its barrister argued in closing, had followed a fair procedure":
        a definite word for a kind of body ("the trust", "the foundation") as the subject
        of the sentence that "its" is in is the body the article named with it, and "its
        barrister" is that body's (guide, section 1: an owner resolves as the body would,
        "barrister for Starhollow Science Trust")."""
        if tok.dep_ != "nsubj" or tok.tag_ != "NN" or tok.lemma_.lower() not in self.org_nouns:
            return None
        if not any(c.lower_ == "the" for c in tok.children) or tok.i in self.speaker_tokens:
            return None
        found = self._definite(tok)
        return found[0] if found is not None and found[1] == "org" else None

    def _subject_owner(self, pos: int) -> str | None:
        """ "The exchange's new trading system handled the volumes, it said": the body that
        owns the subject of the words "it" reports, named before ("the Ostvard Stock
        Exchange"), is what "it" stands for."""
        sent = self.doc[pos].sent
        for tok in self.doc[sent.start : pos]:
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            for poss in (c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"):
                if any(c.lower_ == "the" for c in poss.children):
                    body = self._named_body(poss)
                    if body is not None:
                        return body[0]
            return None
        return None

    def _just_introduced(self, pos: int, gender: str | None) -> str | None:
        """ "The most telling detail came from Tamsin Orvald-Reiss, who directs .... She
        told ...": a sentence-opening he/she right after the writer introduces a new
        person with a description (never named before, not yet a speaker, not inside
        someone's words) is that person, not the last speaker. The pronoun may follow
        the quotation it closes ('"...," he said.'), and the introduction may lie two
        sentences back when the sentence between reports no one's words ("Then there
        is my neighbour, X, who .... I asked him .... "...," he said.")."""
        sent = self.doc[pos].sent
        if sent.start == 0:
            return None
        quoted = self._quoted_ranges(sent)
        if any(
            t.is_alpha and not any(s <= t.idx < e for s, e in quoted)
            for t in self.doc[sent.start : pos]
        ):
            return None  # the writer's own words come first: not an opening pronoun
        prev = self.doc[sent.start - 1].sent
        start = prev.start
        between = [self.doc[i] for i in self.speaker_roots if start <= i < prev.end]
        named = any(  # "Quintrell rejected that.": a person is the subject between
            start <= tok.i < prev.end and (_subject_like(tok) or _asked_by_writer(tok))
            for tok, _ in self.person_mentions
        )  # (or the one the writer asked: "I asked Quintrell what ...")
        if start > 0 and not named and all(t.lower_ in _FIRST_PERSON for t in between):
            start = self.doc[start - 1].sent.start  # "I asked him ...": only the writer spoke
        spoken = {h[0] for h in self.history}
        found: list[tuple[int, bool, str, bool]] = []
        for tok, name in reversed(self.person_mentions):
            if not (start <= tok.i < prev.end) or tok.i in self.speaker_tokens:
                continue
            if any(s <= tok.idx < e for s, e in self.reported):
                continue
            if any(a.i in self.speaker_roots for a in tok.ancestors):
                continue  # inside a speaker's own description ("X, head of Y, who ...")
            canonical = self._person_name(name, self.doc[tok.i : tok.i + 1])
            person = self.people.get(canonical)
            if person is None or not start <= person.first <= tok.i or canonical in spoken:
                continue
            if not (
                any(c.dep_ in ("relcl", "appos") for c in tok.children)
                or tok.dep_ == "appos" and tok.head.pos_ == "NOUN"  # "his granddaughter, X,"
                or _named_newcomer(tok)  # "a Frenchman named X"
                or _who_follows(tok)  # "to Sylvia X, 83, who was carried ...": misparsed
            ):
                continue
            if self._fits(canonical, gender):
                inside = any(a.dep_ == "relcl" for a in tok.ancestors)
                found.append((tok.sent.start, _subject_like(tok), canonical, inside))
        # "Vale boss X, whose team ..., praised her striker Y, who scored twice.": of two
        # people introduced in the last such sentence, the subject of the writer's clause,
        # else the last named
        last = [f for f in found if f[0] == found[0][0]] if found else []
        # "went to X, 26, who was handed the trophy by last year's winner, Y. He told the
        # room": a person named inside a relative clause that describes another newcomer
        # is part of that description, not the sentence's topic
        topical = [f for f in last if not f[3]]
        last = topical or last
        if last and not any(f[1] for f in last) and self._known_subject(prev, gender):
            return None  # "Ms X will hand the petition to the mayor, Y. She said": X
        return max(last, key=lambda f: f[1])[2] if last else None

    def _introduced_in_clause(self, pos: int, gender: str | None) -> str | None:
        """ "He left his last girlfriend, the model Ada Venn, by text, and she later
        described him as ...": a he/she opening a clause joined by "and" to the writer's
        clause before it, in one sentence, where that clause introduces one new person
        in apposition to a noun ("his girlfriend, the model X"), is that person, not the
        last speaker (a lookup within the sentence; none when two newcomers fit)."""
        verb = self.doc[pos].head
        if self.doc[pos].dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i > pos:
            return None
        sent = self.doc[pos].sent
        spoken = {h[0] for h in self.history}
        found = set()
        for tok, name in self.person_mentions:
            if not sent.start <= tok.i < pos or tok.i in self.speaker_tokens:
                continue
            if tok.dep_ != "appos" or tok.head.pos_ != "NOUN":
                continue
            if any(s <= tok.idx < e for s, e in self.reported):
                continue
            canonical = self._person_name(name, self.doc[tok.i : tok.i + 1])
            person = self.people.get(canonical)
            if person is None or person.first < sent.start or canonical in spoken:
                continue
            if self._fits(canonical, gender):
                found.add(canonical)
        return found.pop() if len(found) == 1 else None

    def _known_subject(self, sent: Span, gender: str | None) -> bool:
        """Whether a person named before is the subject of the writer's main clause of a
        sentence, of the pronoun's gender when the text tells it: then "she" in the next
        sentence goes on about that person, not a newcomer introduced as an object in it
        ("Ms Nwachukwu-Frayne will hand the petition to the mayor, Councillor Iolanthe
        Fasbury, .... She said the campaign would ..."; guide, section 1)."""
        for tok, name in self.person_mentions:
            if not (sent.start <= tok.i < sent.end) or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if tok.head != sent.root or any(s <= tok.idx < e for s, e in self.reported):
                continue
            person = self.people.get(self._person_name(name, self.doc[tok.i : tok.i + 1]))
            if person is not None and person.first < tok.i and self._fits(person.name, gender):
                return True
        return False

    def _partitive(self, pos: int) -> str | None:
        """ "Analysts polled by the Daily expect .... Some think ...": a quantifier
        standing alone is part of the group that spoke last, in its own sentence or the
        one before, else of a group named as a subject there."""
        sent = self.doc[pos].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for canonical, kind, at, _ in reversed(self.history):
            if at < start:
                break
            if kind == "group":
                return canonical
        return self._group_subject(start - 1, pos)

    def _group_subject(self, after: int, before: int) -> str | None:
        """A plural group of people ("analysts", "the crew") named as the subject of a
        clause in the writer's voice after the last group speaker, in the sentence of the
        pronoun or the one before."""
        sent = self.doc[before].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for tok in reversed(self.doc[max(start, after + 1) : before]):
            if tok.dep_ not in ("nsubj", "nsubjpass") or not people_plural(tok):
                continue  # "Residents were divided. ... said one"
            if any(s <= tok.idx < e for s, e in self.reported):
                continue
            end = max(  # "Analysts polled by the Daily": its participle or preposition
                [c.right_edge.i for c in tok.children if c.dep_ in ("acl", "prep") and c.i > tok.i]
                + [tok.i]
            )
            group = self.doc[tok.left_edge.i : end + 1]
            return strip_quantifier(strip_text(plain_text(group)))
        return None

    def _person_subject(self, after: int, before: int, gender: str | None = None) -> str | None:
        """The last person named as the subject of a clause between two positions
        (of the pronoun's gender when the text tells it)."""
        for tok, name in reversed(self.person_mentions):
            if not (after < tok.i < before) or not (
                _subject_like(tok) or _asked_by_writer(tok) or self._owns_subject(tok)
            ):
                continue
            if any(s <= tok.idx < e for s, e in self.reported):
                continue  # named inside someone's words, not by the writer
            if any(a.i in self.speaker_heads for a in tok.ancestors):
                continue  # inside a speaker's own description ("X, who asked Y to resign,")
            if tok.i in self.speaker_tokens and gender is not None:
                continue  # a speaker already resolved, of the other gender ("Cllr Lee ... she")
            found = self._person_name(name, self.doc[tok.i : tok.i + 1], gender)
            if self._fits(found, gender):
                return found
        return None

    def _unnamed_subject(self, pos: int, gender: str | None) -> tuple[str, int] | None:
        """ "A council spokeswoman rejected that. "...," she said.": an unnamed person
        brought in with "a"/"an" as the subject of the writer's main clause in the
        sentence before, of the same paragraph (not in anyone's words, not a speaker
        already, of no other gender by its own word), is who the he/she that follows is;
        known by its words up to the noun ("council spokeswoman")."""
        sent = self.doc[pos].sent
        if sent.start == 0 or "\n" in self.doc[sent.start - 1].text_with_ws:
            return None
        prev = self.doc[sent.start - 1].sent
        root = prev.root
        for tok in root.children:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN":
                continue
            if tok.i in self.speaker_tokens or any(s <= tok.idx < e for s, e in self.reported):
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                continue
            own = load_gender_words().get(tok.lower_)
            if not self._person_word(tok) or (own is not None and own != gender):
                continue
            words = self.doc[tok.left_edge.i : tok.i + 1]
            text = " ".join(t.text for t in words if not (t.dep_ == "det" and t.head == tok))
            return text, tok.i
        return None

    def _owns_subject(self, tok: Token) -> bool:
        """ "Ms Okafor's verdict is blunt. "...," she said.": a name that owns the subject
        of a clause is what that clause is about, so a he/she after it goes on about that
        person; never when the subject is itself a person ("Mr Lee's son was driving. He
        said": the son)."""
        head = tok.head
        return (
            tok.dep_ == "poss"
            and head.dep_ in ("nsubj", "nsubjpass")
            and head.i > tok.i
            and not self._person_word(head)
        )

    def _holder_by_owner(self, head: Token, holders: list[Person]) -> Person | None:
        """ "The Wrangham captain said" when two captains were named: the one holder whose
        introduction names that owner ("Wrangham ... their captain, X Y"), none when the
        title names no owner or several holders' introductions name it."""
        owners = {
            c.text for c in head.children
            if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.i < head.i
        }  # fmt: skip
        if not owners or len(holders) < 2:
            return None
        found = [
            p for p in holders
            if owners & {t.text for t in self.doc[p.first].sent if t.text not in p.tokens}
        ]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def _role_subject(self, after: int, before: int, gender: str | None) -> str | None:
        """ "Within a minute the minister had folded: the ferry, he said, ...": a definite
        title the article tied to one person ("the Ferries Minister, X,"), the subject of
        the writer's clause since the last speaker of that gender and in the pronoun's
        sentence or the one before, brings that person back as a name would."""
        sent = self.doc[before].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        quoted = self._quoted_ranges(sent)
        nouns = doc_array(self.doc, POS) == NOUN
        for tok in tokens_back(self.doc, nouns, before, max(start, after + 1)):
            if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if tok.i in self.speaker_tokens or not _made_definite(tok):
                continue
            # in the pronoun's own sentence its act's paraphrase may run over the subject:
            # the writer's clause ends at a colon or semicolon ("the minister had folded:
            # the ferry, he said, ..."), else it is the speaker's words ("The mayor has
            # called it "vital", but ..., he said")
            own = tok.i >= sent.start
            if own and not any(t.text in (":", ";") for t in self.doc[tok.i : before]):
                continue
            words = quoted if own else self.reported
            if any(s <= tok.idx < e for s, e in words) or _subordinate(tok.head):
                continue  # "Pressed on whether the striker had asked to leave, he snapped"
            holders = [
                p for p in self.people.values()
                if p.first < tok.i and {tok.lower_, tok.lemma_.lower()} & p.roles
            ]  # fmt: skip
            if len(holders) == 1 and self._fits(holders[0].name, gender):
                return holders[0].name
            later = None if holders else self._named_later(self._role_span(tok), tok)
            if later is not None and self._fits(later, gender):
                return later  # "the board's director of moorings came on the line. He
                # said ...", named later ("Lionel X, the director,")
            if not holders and tok.lemma_.lower() in self.titles:
                return _title_phrase(tok)  # "The chancellor was pressed ... she replied"
        return None

    def _owned_role_subject(self, after: int, before: int, gender: str | None) -> str | None:
        """ "The trust's chief executive wrote to parents in June. She said ...": an unnamed
        person known by an owner ("the trust's", "its"), the subject of the writer's main
        clause in the sentence before the pronoun's and introduced after the last speaker
        the pronoun could mean, is who the he/she stands for (the nearest person the
        writer put in focus), known as that role would be if it spoke ("chief executive of
        X"; guide, section 1). Not a role of the other gender by its own word, not one in
        anyone's words, nor a thing ("The trust's decision was final. She said")."""
        sent = self.doc[before].sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        for tok in prev.root.children:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.tag_ != "NN":
                continue
            if tok.i <= after or tok.i in self.speaker_tokens:
                continue
            if any(s <= tok.idx < e for s, e in self.reported):
                continue
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
            if poss is None or poss.pos_ == "PROPN" or poss.lower_ not in ("its", "their") and (
                poss.pos_ != "NOUN"
            ):
                continue  # "Ann Lee's lawyer", "her lawyer", "our chair": left as it was
            if any({tok.lower_, tok.lemma_.lower()} & p.roles for p in self.people.values()):
                continue  # a role the text tied to a name: the other rules find the person
            if poss.pos_ == "NOUN" and not any(c.lower_ == "the" for c in poss.children):
                continue
            own = load_gender_words().get(tok.lower_)
            if not self._person_word(tok) or (own is not None and own != gender):
                continue
            canonical, kind = self._canonical(self._role_span(tok))
            if kind in ("other", "group") and canonical and canonical.lower() != tok.lower_:
                return canonical
        return None

    def _role_span(self, tok: Token) -> Span:
        """A role noun with its words before it and its "of"/"for" phrase ("the harbour
        board's director of moorings"), without a clause of its own."""
        start, end = tok.i, tok.i + 1
        for c in tok.children:
            if c.dep_ in ("det", "poss", "compound", "amod", "nmod") and c.i < tok.i:
                start = min(start, c.left_edge.i)
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("of", "for", "at"):
                end = max(end, c.right_edge.i + 1)
        return self.doc[start:end]

    def _gendered_mention(self, pos: int, gender: str) -> str | None:
        """ "An online fundraiser set up by her son, Caspian Penrose-Lunt, had raised ....
        "...," he said.": when no one of the pronoun's gender has spoken yet, the last
        person the writer named in the pronoun's sentence or the one before whom the
        text gives that gender ("her son"), else of no gender the text gives."""
        sent = self.doc[pos].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        loose = None  # else the last person named there whose gender the text never gives
        for tok, name in reversed(self.person_mentions):
            if not (start <= tok.i < pos) or tok.i in self.speaker_tokens:
                continue
            if any(s <= tok.idx < e for s, e in self.reported):
                continue
            person = self.people.get(self._person_name(name, self.doc[tok.i : tok.i + 1]))
            if person is not None and person_gender(person) == gender:
                return person.name
            if person is not None and person_gender(person) is None and loose is None:
                loose = person.name  # "The team, led by Dr X, .... "...," she said."
        return loose

    def _fits(self, canonical: str, gender: str | None) -> bool:
        """False only when the text gives this person the other gender."""
        person = self.people.get(canonical)
        if gender is None or person is None:
            return True
        known = person_gender(person)
        return known is None or known == gender

    def _gender_cue(self, candidates: list[Person], speaker: Span) -> Person | None:
        """ "Asked whether she would stay, Ruiz said ...": the one candidate whose
        roles or title give the gender of the pronouns in the writer's part of the
        sentence (none of the other gender)."""
        gender_of = load_gender_words()
        sent = self.doc[speaker.start].sent
        cues = {
            gender_of[t.lower_] for t in sent
            if t.pos_ == "PRON" and t.lower_ in gender_of
            and not any(s <= t.idx < e for s, e in self._quoted_ranges(sent))
        }  # fmt: skip
        genders = [person_gender(p) for p in candidates]
        if not cues:  # '... Ortiz said. "We priced it to win," she said.'
            wanted = self._next_speaker_pronoun(sent)
            fits = [p for p, g in zip(candidates, genders, strict=True) if g in (None, wanted)]
            return fits[0] if wanted and len(fits) == 1 else None
        if len(cues) != 1 or None in genders:
            return None
        (wanted,) = cues
        match = [p for p, g in zip(candidates, genders, strict=True) if g == wanted]
        return match[0] if len(match) == 1 else None

    def _given_name_cue(self, candidates: list[Person], speaker: Span) -> Person | None:
        """ "named as Rufina and Odo Gilchrest. Ms Gilchrest, 34, told the Tideline":
        when the honorific gives a gender and the text gives none to either of two
        people who share the surname, the given name's ending breaks the tie: an English
        given name ending in "a" is, far more often than not, a woman's ("Rufina", "Marta";
        "Luca" and "Ezra" are the exceptions), so "Ms" is the one whose name ends so and
        "Mr" the other. Only a tie-break of the last resort, with exactly one such name."""
        gender = honorific_gender(speaker)
        if gender is None or len(candidates) != 2:
            return None
        if any(person_gender(p) is not None for p in candidates):
            return None
        ending = [p for p in candidates if p.name.split()[0].lower().endswith("a")]
        if len(ending) != 1:
            return None
        return ending[0] if gender == "f" else next(p for p in candidates if p is not ending[0])

    def _next_speaker_pronoun(self, sent: Span) -> str | None:
        """The gender of a "he said"/"she said" that opens or closes the next sentence
        of the same paragraph: the writer's pronoun for the speaker just named."""
        if sent.end >= len(self.doc) or "\n" in self.doc[sent.end - 1 : sent.end + 1].text_with_ws:
            return None
        after = self.doc[sent.end].sent
        quoted = self._quoted_ranges(after)
        for tok in after:
            if tok.lower_ not in ("he", "she") or tok.i not in self.speaker_tokens:
                continue
            if any(s <= tok.idx < e for s, e in quoted):
                continue
            return load_gender_words().get(tok.lower_)
        return None

    def _quoted_ranges(self, sent: Span) -> list[tuple[int, int]]:
        """The double-quoted stretches of a sentence (characters), found once per sentence."""
        found = self.__dict__.setdefault("_quoted_by_sentence", {})
        spans = found.get((sent.start, sent.end))
        if spans is not None:
            return list(spans)
        text = sent.text
        spans = []
        for m in _DOUBLE_QUOTED.finditer(text):
            spans.append((sent.start_char + m.start(), sent.start_char + m.end()))
        found[(sent.start, sent.end)] = spans
        return list(spans)

    def _role_mention(self, candidates: list[Person], pos: int) -> Person | None:
        """The one person picked out by a role noun as a subject ("Her brother
        sounded ...") since the start of the sentence before, with no name of
        theirs mentioned after it."""
        sent = self.doc[pos].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for tok in reversed(self.doc[start:pos]):
            if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            found = [p for p in candidates if tok.lower_ in p.roles]
            named_since = any(tok.i < m < pos for p in candidates for m in p.mentions)
            if len(found) == 1 and not named_since:
                return found[0]
        return None


def _described_by(name: Token) -> set[str]:
    """The content words of the role a name is set beside: the noun it is in apposition
    to, with all its words ("the owner of the corner bakery, X Y"), or the apposition
    after it ("X Y, the council's housing lead"), never the name itself."""
    parts = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    doc = name.doc
    start = name.left_edge.i
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        parts.append(name.head)
    elif not parts and start > 1 and doc[start - 1].text == "," and doc[start - 2].pos_ == "NOUN":
        parts.append(doc[start - 2])  # "met the council's housing lead, X Y," hung elsewhere
    inside = {t.i for t in name.subtree}
    words: set[str] = set()
    for part in parts:
        text = " ".join(t.text for t in part.subtree if t.i not in inside)
        words |= content_words(text)
    return words


def _made_definite(tok: Token) -> bool:
    """ "the minister", "the council's cabinet member": a role made definite by "the" or
    by an owner that is ("the board's")."""
    return any(
        c.lower_ == "the" or c.dep_ == "poss" and any(g.lower_ == "the" for g in c.children)
        for c in tok.children
    )


def _subject_like(tok: Token) -> bool:
    """The subject of a clause, or a name opening a sentence whose verb has no subject
    ("Marsh-Obi closed with a jab ...", where the tagger took the name for an adverb)."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # "Its spokeswoman, Linnea Shaw, went further."
    head = tok.head
    if verb_read_as_noun(tok):
        return True  # "Ms Denhavre-Quarrie disputes that."
    root = tok.sent.root
    if tok.dep_ == "appos" and head == root and (
        root.pos_ in ("NOUN", "PROPN") and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)
        and any(c.dep_ in ("poss", "det") for c in root.children)  # not "Picture: X Images"
    ):
        return True  # "And our MP, Dashiell Uttley?": a verbless line about the person
    if (
        tok == root and tok.pos_ == "PROPN" and tok.sent[-1].text == "?"
        and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)
    ):
        return True  # "And Mr Uttley?": the name alone, asked about, is the next topic
    if tok.dep_ == "appos" and head.dep_ == "attr" and head.head == root and any(
        c.dep_ == "expl" for c in root.children
    ):
        return True  # "Then there is the club captain, Owen Fairlie.": brought on stage
    if tok.dep_ == "attr" and head == root and any(c.dep_ == "expl" for c in root.children):
        return True  # "And then there is Owen Fairlie, who ...": the name itself
    return (
        tok.is_sent_start
        and head.pos_ == "VERB"
        and head.i > tok.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )


def _asked_by_writer(tok: Token) -> bool:
    """The person a first-person writer speaks to ("I asked Wolfgang what he expected"):
    the one who answers next, not someone introduced before."""
    return tok.dep_ in ("dobj", "dative") and any(
        c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in tok.head.children
    )


def _subordinate(verb: Token) -> bool:
    """A verb of a subordinate clause ("whether the striker had asked", "that the
    minister would", "who ..."): its subject is not the writer's main topic."""
    if verb.dep_ in ("advcl", "pcomp", "csubj", "acl"):
        return True
    return any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP") for c in verb.children)


def _title_phrase(tok: Token) -> str:
    """An unnamed office holder known by the title and the words before it ("the foreign
    minister" -> "foreign minister"), named as the speaker lens names a title that speaks."""
    return strip_quantifier(strip_text(plain_text(tok.doc[tok.left_edge.i : tok.i + 1])))


def _who_follows(tok: Token) -> bool:
    """A name followed by ", who" or ", whose" (or ", 83, who"): the writer describes a newcomer,
    wherever the parser hung the relative clause."""
    doc = tok.doc
    words = [t.lower_ for t in doc[tok.i + 1 : tok.i + 5]]
    if words[:2] in ([",", "who"], [",", "whose"]):  # "brought by X, whose father ..."
        return True
    return len(words) == 4 and words[0] == words[2] == "," and words[3] == "who" and (
        doc[tok.i + 2].like_num
    )


def _named_newcomer(tok: Token) -> bool:
    """ "Her winemaker, a Frenchman named Olivier X,": a name given to an indefinite noun
    ("a ... named/called X") introduces a newcomer; "The board named X as chair" does not."""
    verb = tok.head
    if verb.lower_ not in ("named", "called") or verb.dep_ != "acl":
        return False
    return any(c.lower_ in ("a", "an") for c in verb.head.children)
