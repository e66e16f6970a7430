"""Who "you", "your" and "our" are in formats that address someone
(:mod:`kit.lenses.speakers`; guide, section 1).

- A letters page: a letter opens with a greeting paragraph ("Sir," "Dear
  Editor,"), and in the writer's own words "your" is the newspaper the letter is
  written to: "Your report of 20 November said" is the outlet's document
  ("Courant's report of 20 November"), "your reporter" its unnamed reporter
  ("reporter for the Hollinford Courant"). The greeting itself ("Sir") is never
  a speaker: the subject after it is.
- A Q&A transcript: paragraphs open with a speaker label ("Argus:",
  "Dromgoole:"). The person whose surname labels the answers is the
  interviewee, a person whatever the model called the name; in the other
  label's paragraphs (the questions) "you" is the interviewee and "your last
  report" that person's report.
- A reader's letter signed at its end ("- D.K., Pellingham"): "my brother-in-law" in
  the writer's own words is "brother-in-law of D.K.".
- The outlet's own "we" (a magazine's investigation): outside quotation marks,
  and outside letters and answers, "our investigation" is the outlet's own
  document ("Fair Deal's investigation").

The outlet is the article's ``outlet`` (``doc._.kit_outlet``); it is written as
the text writes it: "the Courant" for The Hollinford Courant, "Fair Deal" in full,
without a note in brackets after the name ("Zelbury Rail (company blog)" is Zelbury
Rail: the note says where the text appeared, it is no part of the name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kit.lenses.shared import doc_quotes, doc_text
from kit.lenses.sourcing_kinds import outlet_name
from kit.lenses.speaker_names import Person, document_heads, strip_text, words_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: A paragraph that opens a letter: "Sir," "Madam," "Dear Editor,"
_GREETING = re.compile(r"(?:Sir|Madam|Sirs|Dear\s+[A-Z][\w .]*?)\s*[,:]")
#: A speaker label opening a paragraph of a transcript: "Argus:", "Dr Lee:"
_LABEL = re.compile(r"([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2}):\s")


#: A reader's sign-off closing a letter's paragraph: "- D.K., Pellingham", "— Jan, Leeds"
_SIGN_OFF = re.compile(
    r"\s[-\u2013\u2014]\s*([A-Z][\w.'\u2019 -]{0,30}?),\s*[A-Z][\w' -]{1,30}\s*$"
)


class OutletRules:
    """The addressing half of :class:`kit.lenses.speakers.SpeakerResolver`.

    Relies on the resolver's ``doc``, ``people`` and ``history``.
    """

    doc: Doc
    people: dict[str, Person]
    history: list[tuple[str, str, int, str]]

    def _setup_addressing(self) -> None:
        """Paragraphs, letters, transcript labels and quotations: once per document."""
        doc = self.doc
        text = doc_text(doc)
        starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
        self._paragraphs = [(s, text[s : s + 60]) for s in starts]
        self._letters_from = min(
            (s for s, head in self._paragraphs if _GREETING.match(head)), default=None
        )
        labels = {}
        for s, head in self._paragraphs:
            m = _LABEL.match(head)
            if m:
                labels[s] = m.group(1)
        self._labels = labels if len(set(labels.values())) >= 2 else {}
        self._quotes = [(q.inner_start, q.inner_end) for q in doc_quotes(doc)]  # (found once)
        self._interviewee = self._find_interviewee()

    # -- the outlet ----------------------------------------------------------------
    def _outlet(self) -> tuple[str, str] | None:
        """The outlet in full ("the Hollinford Courant") and as the text writes it
        short ("Courant", from "the Courant"; else the full name without "the")."""
        outlet = outlet_name(self.doc._.kit_outlet or "")  # no "(company blog)" note
        if not outlet:
            return None
        bare = re.sub(r"^the\s+", "", outlet, flags=re.IGNORECASE)
        full = ("the " + bare) if bare != outlet else bare
        last = bare.split()[-1]
        short = last if len(bare.split()) > 1 and re.search(
            rf"\bthe {re.escape(last)}\b", doc_text(self.doc)
        ) else bare
        return full, short

    def _outlet_in_full(self, short: str) -> str | None:
        """ "the Beacon reported", "the Beacon's reporter" in The Harrowfield Beacon: the
        last words of the outlet's name stand for the outlet, written in full (guide,
        section 1: the fullest name the article gives) when the body gives the full name
        somewhere, in any case ("THE HARROWFIELD BEACON | Nostalgia"); None for any other
        name, or when the body never writes the outlet's name in full ("Courant's report")."""
        outlet = outlet_name(self.doc._.kit_outlet or "")
        bare = re.sub(r"^the\s+", "", outlet, flags=re.IGNORECASE)
        words, tail = bare.lower().split(), short.lower().split()
        if not tail or len(words) <= len(tail) or words[-len(tail) :] != tail:
            return None
        return bare if bare.lower() in doc_text(self.doc).lower() else None

    def _paragraph_start(self, char: int) -> int:
        return max((s for s, _ in self._paragraphs if s <= char), default=0)

    def _quoted(self, char: int) -> bool:
        return any(s <= char < e for s, e in self._quotes)

    def _in_letter(self, char: int) -> bool:
        return self._letters_from is not None and char >= self._letters_from

    # -- the transcript --------------------------------------------------------------
    def _find_interviewee(self) -> str | None:
        """The person whose surname labels a transcript's answers (added as a person
        when the model tagged the full name otherwise)."""
        outlet = self._outlet()
        outlet_words = set(outlet[1].split()) if outlet else set()
        answering = {w for w in self._labels.values() if not set(w.split()) & outlet_words}
        if len(answering) != 1:
            return None
        (label,) = answering
        surname = label.split()[-1]
        known = [p for p in self.people.values() if p.name.split()[-1] == surname]
        if known:
            return known[0].name
        for ent in self.doc.ents:
            words = ent.text.split()
            if len(words) in (2, 3) and words[-1] == surname and all(
                w[:1].isupper() for w in words
            ) and not {w.lower() for w in words} & words_of("not_name_words"):
                self.people[ent.text] = Person(ent.text, set(words), ent.start)
                self.people[ent.text].mentions.append(ent.start)
                return ent.text
        return None

    def _asks(self, char: int) -> bool:
        """In a transcript's question: a paragraph labelled by anyone but the interviewee."""
        label = self._labels.get(self._paragraph_start(char))
        return bool(label and self._interviewee and label.split()[-1] not in self._interviewee)

    def _answers(self, char: int) -> bool:
        label = self._labels.get(self._paragraph_start(char))
        return bool(label and self._interviewee and label.split()[-1] in self._interviewee)

    # -- who is addressed --------------------------------------------------------
    def _addressee(self, tok: Token) -> tuple[str, str] | None:
        """Who "you"/"your" is in the writer's own words: the interviewee in a
        transcript's question, the newspaper in a letter."""
        if self._quoted(tok.idx):
            return None
        if self._asks(tok.idx):
            return self._interviewee, "person"
        outlet = self._outlet()
        if outlet is not None and self._in_letter(tok.idx):
            return outlet[0], "outlet"
        return None

    def _we_owner(self, tok: Token) -> tuple[str, str] | None:
        """ "our investigation" in the outlet's own voice: the outlet."""
        outlet = self._outlet()
        if outlet is None or self._quoted(tok.idx) or self._in_letter(tok.idx):
            return None
        if self._answers(tok.idx):
            return None
        return outlet[0], "outlet"

    def _addressed_owner(self, poss: Token) -> tuple[str, str] | None:
        """The owner "your"/"our" stands for, or None."""
        if poss.lower_ == "your":
            return self._addressee(poss)
        if poss.lower_ == "our":
            return self._we_owner(poss)
        return None

    def _signed_owner(self, span: Span) -> str | None:
        """ "My brother-in-law keeps telling us ... - D.K., Pellingham": in a reader's
        letter signed at its end, "my X" in the writer's own words is "X of D.K."."""
        first = span[0]
        if first.lower_ != "my" or len(span) < 2 or self._quoted(first.idx):
            return None
        text = doc_text(self.doc)
        end = text.find("\n", first.idx)
        paragraph = text[self._paragraph_start(first.idx) : end if end != -1 else len(text)]
        signed = _SIGN_OFF.search(paragraph)
        if signed is None:
            return None
        return f"{span[1:].text} of {signed.group(1)}"

    def _outlet_owned(self, root: Token, rest: str) -> str:
        """ "Your report of 20 November" -> "Courant's report of 20 November" (a
        document keeps the owner word, here the outlet's name); "your reporter" ->
        "reporter for the Hollinford Courant"."""
        full, short = self._outlet() or ("", "")
        rest = strip_text(rest)  # "Our report on X (17 November": without the date's bracket
        if root.lemma_.lower() in document_heads() or root.lower_ in document_heads():
            return f"{short}'s {rest}"
        return f"{rest} for {full}"

    def _greeting_subject(self, span: Span) -> Span | None:
        """ "Sir, your correction ... said": the greeting is no speaker; the subject
        after it is."""
        words = [t for t in span if not t.is_punct]
        if len(words) != 1 or self._letters_from is None:
            return None
        tok = words[0]
        para = self._paragraph_start(tok.idx)
        if tok.idx != para or not _GREETING.match(doc_text(self.doc)[para : para + 60]):
            return None
        verb = tok.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i > tok.i + 1:
                return self.doc[child.left_edge.i : child.right_edge.i + 1]
        return None
