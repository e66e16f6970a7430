"""The loaded-language lens: words and claims that push a view (guide, section 4).

Marks, in ``doc.spans["loaded"]``, each with ``span._.explanation`` and
``span._.neutral``:

- ``emotive``, ``intensifier``, ``labeling``: words from ``kit/lexicons/loaded.yaml``;
- ``scare_quote``: quotation marks in the writer's own voice that doubt or mock
  a word (see :func:`classify_quotes`);
- ``unattributed_claim``: a claim of motive, sincerity or proof in the
  writer's own voice, from the patterns in ``kit/lexicons/claims.yaml``.

The lens reads the ``attributions`` span group (cue spans and their
``_.content``), never the attribution lens's internals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from kit.errors import KitError
from kit.lenses import judgement
from kit.lenses.hedging import stance_adverb
from kit.lenses.judgement_lexicon import JudgementLexicon
from kit.lenses.wordlists import (
    NAME_ENTITIES,
    Entry,
    WordList,
    forget_sentences,
    is_name,
    keep_longest,
    sentence_of,
)
from kit.quotes import find_quotes

if TYPE_CHECKING:  # pragma: no cover
    from kit.annotated import AnnotatedArticle

LOADED_LABELS = ("emotive", "intensifier", "labeling", "scare_quote", "unattributed_claim")
QUOTE_KINDS = ("speech", "partial", "scare", "title", "nickname", "term")

DISTANCE_NOTE = (
    " The word is in quotation marks inside a report of what someone said: they are "
    "the speaker's words, but quotation marks around one charged word can also signal "
    "the writer's distance from it."
)
SCARE_NOTE = (
    " The writer also puts it in quotation marks in their own voice (scare quotes), "
    "distancing themselves from it without saying why."
)
PARTIAL_NOTE = " These are the speaker's own words, quoted inside a report of what they said."

# -- quotation marks, classified -----------------------------------------------------
_SCARE_BEFORE = re.compile(
    r"\b(so-called|so called|supposed|alleged|self-styled|self-proclaimed|purported|"
    r"would-be|quote-unquote|quote unquote)\s*$",
    re.I,
)
_TITLE_BEFORE = re.compile(
    r"\b(film|movie|book|novel|song|single|album|report|show|series|play|poem|article|"
    r"essay|documentary|column|podcast|episode|exhibition|opera|musical|painting|study|"
    r"paper|editorial|op-ed|headline|programme|program|titled|entitled|headlined)"
    r"\s*[,:]?\s*$",
    re.I,
)
_NICKNAME_BEFORE = re.compile(
    r"\b(dubbed|nicknamed|known as|called|named|styled|christened|hailed as|"
    r"referred to as|went by|goes by)\s*$",
    re.I,
)
_TERM_BEFORE = re.compile(
    r"\b(term|terms|word|words|phrase|expression|slogan|motto|label|concept|notion|"
    r"name|hashtag|acronym|catchphrase|buzzword|mantra|termed|coined|spelled|spelt)"
    r"\s*(of\s*)?[,:]?\s*$",
    re.I,
)
#: Reporting verbs just before a quote make it a partial quote of someone's words.
_REPORTING_BEFORE = re.compile(
    r"\b(said|says|say|saying|described\s+[\w\s'’-]{0,40}?\s+as|describing\s+[\w\s'’-]{0,40}?"
    r"\s+as|calls?\s+[\w\s'’-]{0,30}?|calling\s+[\w\s'’-]{0,30}?|called\s+(it|them|him|her|"
    r"this|that)|warned\s+(of|against|about)?|promised|pledged|vowed|urged|told|"
    r"branded\s+[\w\s'’-]{0,30}?\s*(as)?|labell?ed\s+[\w\s'’-]{0,30}?\s*(as)?|"
    r"denounced\s+[\w\s'’-]{0,30}?\s*(as)?|praised\s+[\w\s'’-]{0,30}?\s*(as)?|"
    r"criticized|criticised|condemned|accused\s+[\w\s'’-]{0,30}?\s*of)\s*$",
    re.I,
)
#: A reporting verb earlier in the sentence, a few words before the quote:
#: 'slammed what she described as a "reckless gamble"'.
_REPORTING_EARLIER = re.compile(
    r"\b(said|says|saying|told|described|describing|calls|calling|warned|promised|pledged|"
    r"vowed|urged|branded|labell?ed|denounced|praised|criticized|criticised|condemned|"
    r"accused|slammed|insisted|claimed|argued|wrote|tweeted|posted|according)\b"
    r"(\W+\w+){0,8}\W*$",
    re.I,
)
#: A reporting verb anywhere in the sentence: a short quote there is someone's words.
_REPORTING_IN_SENTENCE = re.compile(
    r"\b(said|says|told|tells|according to|stated|added|noted|announced|argued|warned|"
    r"wrote|claimed|insisted|in a statement|statement)\b",
    re.I,
)
_DETERMINER_BEFORE = re.compile(r"\b(a|an|the|this|that|its|their|his|her)\s*$", re.I)
_NOT_A_NOUN = {
    "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "does", "did", "and", "or", "but",
    "that", "which", "who", "whom", "when", "where", "while", "to", "of", "in", "on", "at",
    "for", "by", "with", "from", "as", "not", "than", "if", "so", "because", "it",
    "behind", "about", "over", "under", "after", "before", "into", "through", "across",
    "against", "among", "around", "near", "without", "within", "during", "since", "until",
    "whose", "never", "always", "also", "now", "then", "still", "just", "only", "even",
    "all", "here", "there", "they", "he", "she", "we", "you", "i", "this", "these", "those",
}  # fmt: skip
_NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "zero", "hundred", "thousand", "million", "billion", "first", "second", "third",
}  # fmt: skip


@dataclass(frozen=True)
class QuoteContext:
    """What classifying quotation marks needs, as plain character ranges."""

    text: str
    contents: list[tuple[int, int]]
    cues: list[tuple[int, int]]
    sentences: list[tuple[int, int]]


def _sentence_of(ctx: QuoteContext, start: int) -> tuple[int, int]:
    for s, e in ctx.sentences:
        if s <= start < e:
            return s, e
    return 0, len(ctx.text)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def classify_quote(ctx: QuoteContext, start: int, end: int) -> str:
    """The kind of one quotation (marks at ``start`` and ``end - 1``): one of QUOTE_KINDS.

    - ``speech``: a quotation that is (most of) an attribution's content, or a
      long quoted sentence;
    - ``partial``: a fragment quoted inside an attribution's content, or after a
      reporting verb ("described the talks as "candid"") — never a scare quote;
    - ``title`` (a work: 'the film "..."'), ``nickname`` ('dubbed "the Iron Lady"'),
      ``term`` (a term being named: 'a "2+2" meeting', 'the word "reform"'):
      neither speech nor loaded;
    - ``scare``: a short word or phrase in the writer's own voice, in quotation
      marks to doubt or mock it ('the so-called "reform"').
    """
    text = ctx.text
    inner = text[start + 1 : end - 1].strip()
    words = re.findall(r"[\w'’-]+", inner)
    inside = [c for c in ctx.contents if _overlaps(c, (start, end))]
    if inside:
        longest = max(e - s for s, e in inside)
        return "speech" if (end - start) >= 0.8 * longest else "partial"
    sent_start, _ = _sentence_of(ctx, start)
    before = text[max(sent_start, start - 80) : start]
    after = text[end : end + 30]
    if _SCARE_BEFORE.search(before):
        return "scare"
    if _TITLE_BEFORE.search(before):
        return "title"
    if _NICKNAME_BEFORE.search(before):
        return "nickname" if any(w[:1].isupper() for w in words) else "term"
    if _TERM_BEFORE.search(before):
        return "term"
    if not words or any(ch.isdigit() for ch in inner) or not re.search(r"[A-Za-z]", inner):
        return "term"  # "2+2", "G7", "6%"
    if len(words) == 1 and words[0].lower() in _NUMBER_WORDS:
        return "term"  # gestures a "six"
    nxt = re.match(r"\s*([A-Za-z][\w-]*)", after)
    if (
        _DETERMINER_BEFORE.search(before)
        and nxt
        and after[:1] == " "
        and nxt.group(1).islower()
        and nxt.group(1) not in _NOT_A_NOUN
    ):
        return "term"  # a "2+2" meeting: the quotation names a kind of thing
    if _REPORTING_BEFORE.search(before) or _REPORTING_EARLIER.search(before):
        return "partial"
    sentence = _sentence_of(ctx, start)
    if any(_overlaps(c, sentence) for c in ctx.cues):
        return "partial"  # a cue in the same sentence: the words are someone's
    if _REPORTING_IN_SENTENCE.search(text[sentence[0] : sentence[1]]):
        return "partial"  # a reporting verb the attribution lens may have missed
    if len(words) > 4 or re.search(r"[.!?]\W*$", inner):
        return "speech"
    if all(w[:1].isupper() for w in words):
        return "term"  # a capitalised name: the "Quad", "Belt and Road"
    return "scare"


def quote_context(doc: Doc) -> QuoteContext:
    """A :class:`QuoteContext` from a Doc and its ``attributions`` span group."""
    text = doc.text  # Doc.text joins every token: read it once
    contents, cues = [], []
    for span in doc.spans.get("attributions", []):
        cues.append((span.start_char, span.end_char))
        content = span._.content
        if content:
            contents.append((int(content[0]), int(content[1])))
    sentences = (
        [(s.start_char, s.end_char) for s in doc.sents]
        if doc.has_annotation("SENT_START")
        else [(0, len(text))]
    )
    return QuoteContext(text, contents, cues, sentences)


def classify_quotes(source: Doc | AnnotatedArticle) -> list[tuple[int, int, str]]:
    """Every quotation in a Doc or AnnotatedArticle as ``(start, end, kind)``.

    ``start``/``end`` are character offsets including the quotation marks;
    ``kind`` is one of :data:`QUOTE_KINDS` (see :func:`classify_quote`).
    """
    if isinstance(source, Doc):
        ctx = quote_context(source)
    else:
        attrs = source.attributions
        ctx = QuoteContext(
            source.text,
            [(a.content.start, a.content.end) for a in attrs if a.content is not None],
            [(a.cue.start, a.cue.end) for a in attrs if a.cue is not None],
            list(source.sentences) or [(0, len(source.text))],
        )
    return [(q.start, q.end, classify_quote(ctx, q.start, q.end)) for q in find_quotes(ctx.text)]


# -- sense rules -------------------------------------------------------------------------
WORKPLACE_WORDS = {
    "company", "firm", "employee", "employees", "staff", "office", "job", "work", "worked",
    "works", "hired", "fired", "salary", "wage", "wages", "shift", "manager", "employer",
    "restaurant", "shop", "store", "factory", "boss's",
}  # fmt: skip
POLITICAL_WORDS = {
    "ally", "allies", "government", "governments", "country", "countries", "administration",
    "state", "states", "nation", "nations", "regime", "bloc", "alliance", "party",
}  # fmt: skip
POLITICAL_ENTITIES = {"GPE", "NORP"}
#: Words of courts and crime, where "punished" is the plain word.
LEGAL_WORDS = {
    "court", "judge", "jury", "law", "crime", "criminal", "sentence", "convict", "conviction",
    "prison", "jail", "offence", "offense", "offender", "fine", "guilty", "trial", "legal",
}  # fmt: skip
#: Decisions that can be "pushed through".
DECISION_WORDS = {
    "restructuring", "reform", "law", "bill", "cut", "plan", "change", "measure", "budget",
    "legislation", "policy", "deal", "merger", "rule", "amendment", "tax", "closure", "vote",
    "sale", "proposal", "package", "scheme",
}  # fmt: skip
#: Danger that makes "fled" the plain word.
DANGER_WORDS = {
    "war", "fighting", "violence", "conflict", "attack", "bombing", "shelling", "fire",
    "floodwater", "storm", "hurricane", "earthquake", "persecution", "troops",
    "army", "soldier", "militia", "police", "arrest", "famine", "drought", "refugee",
    "danger", "invasion", "regime", "gunfire", "gunman", "scene", "blaze", "burst",
    "evacuate", "evacuation", "disaster", "emergency", "wildfire", "tsunami", "cyclone",
    "typhoon", "landslide", "eruption", "bomb", "missile", "shooting", "explosion",
}  # fmt: skip
#: Reporting verbs: a sentence holding one is not in the writer's own voice.
REPORTING_LEMMAS = {
    "say", "tell", "note", "add", "argue", "claim", "state", "announce", "mock", "accuse",
    "condemn", "denounce", "brand", "insist", "complain", "deny", "admit", "warn", "criticise",
    "criticize", "describe", "dismiss", "write", "tweet", "allege",
}  # fmt: skip


def _political_label(span: Span, loaded_tokens: set[int]) -> bool:
    """ "their boss" said of a country or government, not of a real employer."""
    sent = sentence_of(span)
    if any(t.lower_ in WORKPLACE_WORDS for t in sent):
        return False
    return any(t.ent_type_ in POLITICAL_ENTITIES or t.lower_ in POLITICAL_WORDS for t in sent)


def _amplifies_charge(span: Span, loaded_tokens: set[int]) -> bool:
    """A common amplifier counts only when it strengthens a loaded word."""
    return span[-1].head.i in loaded_tokens


def _charged_lecture(span: Span, loaded_tokens: set[int]) -> bool:
    """ "lecturing" (scolding), not "a lecture at the university"."""
    tok = span[0]
    return tok.pos_ == "VERB" or tok.lower_.startswith("lecturing")


def _dramatic_flight(span: Span, loaded_tokens: set[int]) -> bool:
    """ "fled her villa in tears", not people fleeing war, fire or persecution."""
    return not any(t.lemma_.lower() in DANGER_WORDS for t in sentence_of(span))


def _third_party_subject(span: Span, loaded_tokens: set[int]) -> bool:
    """Someone else's wish or aim ("the US wants to"), not the speaker's ("we want to")."""
    verb = next((t for t in span if t.pos_ == "VERB"), span[0])
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    return subjects[0].lower_ not in {"i", "we", "you", "one"}


def _predicate_label(span: Span, loaded_tokens: set[int]) -> bool:
    """A crime word naming an action ("This is theft"), not a report ("car theft rose")."""
    tok = span[0]
    if tok.dep_ in ("attr", "oprd"):
        return True
    if tok.dep_ == "pobj" and tok.head.head.dep_ in ("attr", "oprd"):
        return True  # "an act of vandalism"
    # "calls it theft", "branded the move theft"
    return tok.head.lemma_ in {"call", "brand", "label", "describe", "denounce"}


def _not_legal(span: Span, loaded_tokens: set[int]) -> bool:
    """ "seriously punished by China", not a court punishing a crime."""
    return not any(t.lemma_.lower() in LEGAL_WORDS for t in sentence_of(span))


def _decision_object(span: Span, loaded_tokens: set[int]) -> bool:
    """ "pushed through a reform", not "pushed through the crowd"."""
    doc = span.doc
    following = doc[span.end : min(span.end + 5, len(doc))]
    return any(t.lemma_.lower() in DECISION_WORDS for t in following)


def _third_party_mind(span: Span, loaded_tokens: set[int]) -> bool:
    """Someone else "knows (that) ..." as a fact, not "we know", "I fear" or a
    narrative "knew exactly what was waiting"."""
    verb = span[0]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    clause = clauses[0]
    opening = [t for t in clause.subtree if t.i < clause.i]
    if any(t.tag_ in ("WP", "WRB", "WDT") or t.lower_ in ("whether", "if") for t in opening):
        return False  # "knew exactly what was waiting": not a proposition
    return _third_party_subject(span, loaded_tokens)


def _stance_booster(span: Span, loaded_tokens: set[int]) -> bool:
    """ "is clearly a performance" (a judgement), not "is clearly visible" (manner)."""
    adverbs = [t for t in span if t.pos_ == "ADV"]
    return bool(adverbs) and stance_adverb(span.doc[adverbs[0].i : adverbs[0].i + 1])


#: Things that are struck, slammed or blasted for real: "slammed the door".
PHYSICAL_OBJECTS = {
    "door", "brake", "brakes", "lid", "phone", "window", "gate", "ball", "shot", "goal",
    "fist", "hand", "car", "rock", "music", "horn", "wall", "fence", "net", "post", "bar",
    "tunnel", "hole", "way", "path", "road", "boot", "drawer", "trunk", "hatch", "table",
    "desk", "ground", "floor", "water", "air", "sand", "debris", "crowd", "building",
}  # fmt: skip
#: Words after a verb of striking that make the blow real.
LITERAL_PARTICLES = {
    "into", "on", "shut", "open", "down", "through", "home", "off", "away", "out", "past",
    "against", "onto", "up",
}  # fmt: skip
#: Forces of nature and machines as subjects: "the storm blasted the coast".
NATURE_SUBJECTS = {
    "storm", "wind", "gale", "hurricane", "wave", "sea", "snow", "rain", "heat", "sun",
    "bomb", "explosion", "shell", "cannon", "engine", "speaker", "radio", "jet", "dog",
    "shark", "bear", "lion", "tiger", "animal", "wolf",
}  # fmt: skip
#: Amounts and economic figures whose rise or fall can be dramatised ("shares plunged").
ECONOMIC_WORDS = {
    "price", "share", "stock", "market", "index", "sale", "profit", "revenue", "earning",
    "cost", "rate", "inflation", "unemployment", "value", "bill", "rent", "fee", "tax",
    "budget", "spending", "figure", "number", "demand", "output", "export", "import",
    "currency", "pound", "dollar", "euro", "yen", "bitcoin", "bond", "yield", "wage",
    "salary", "pay", "job", "workforce", "staff", "forecast", "valuation", "turnover",
    "investment", "fund", "funding", "debt", "deficit", "borrowing", "growth", "confidence",
    "approval", "rating", "poll", "support", "popularity", "attendance", "crime", "arrest",
    "application", "case", "infection", "admission", "death", "subscriber", "viewer",
    "ticket", "fare", "premium", "benefit", "pension", "grant", "subsidy", "aid", "post",
    "role", "service", "bonus", "dividend", "capacity", "production", "emission", "use",
    "usage", "visitor", "tourist", "enrolment", "membership", "petrol", "fuel", "energy",
    "mortgage", "loan", "lending", "capital", "asset", "income", "loss", "margin", "target",
    "estimate", "outlook", "guidance", "headcount", "investor", "saving", "traffic",
}  # fmt: skip
#: Words of policy and politics that make "regime" a label of a government.
POLITICAL_REGIME_WORDS = {
    "government", "opposition", "protester", "protest", "dissident", "sanction", "dictator",
    "president", "army", "military", "troops", "election", "crackdown", "people", "citizen",
    "prisoner", "activist", "rebel", "country", "nation", "minister", "jail", "power",
    "leader", "revolution", "coup", "uprising", "war", "refugee", "critic", "ruler", "rule",
    "state", "party", "communist", "authoritarian", "totalitarian", "repressive", "brutal",
    "force", "shell", "bomb", "bombard", "airstrike", "kill", "attack", "civilian", "militia",
    "torture", "execute", "detain", "opponent", "border", "embassy", "diplomat", "talks",
}  # fmt: skip
#: A regime of rules, treatment or exercise, not a government.
TECHNICAL_REGIMES = {
    "tax", "sanction", "sanctions", "training", "diet", "fitness", "exercise", "treatment",
    "drug", "dosing", "dose", "regulatory", "fiscal", "monetary", "trade", "tariff", "visa",
    "immigration", "pension", "inspection", "testing", "licensing", "exchange", "currency",
    "legal", "planning", "feeding", "care", "medication", "chemotherapy", "watering",
    "cleaning", "maintenance", "flow", "temperature", "rainfall", "fire", "hydrological",
    "compliance", "reporting", "disclosure", "safety", "security", "data", "privacy",
    "accounting", "audit", "insolvency", "subsidy", "water", "flood", "drought", "beauty",
    "skincare", "sleep", "study", "work", "shift", "rotation",
}  # fmt: skip
#: Heads an exaggerating amplifier leaves alone: measure words ("vary wildly").
MEASURE_HEADS = {
    "vary", "varying", "different", "differ", "fluctuate", "parallel", "multiplayer",
    "online", "scalable", "distributed", "inaccurate", "outnumber", "outnumbered",
}  # fmt: skip


def _criticism(span: Span, loaded_tokens: set[int]) -> bool:
    """ "slammed the plan", "tore into the minister": words as blows, not a real blow
    ("slammed the door", "slammed into a wall", "blasted the ball", "the storm blasted")."""
    verb = span[0]
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in LITERAL_PARTICLES and span[-1].lower_ != "into":
        return False  # "slammed into a wall", "slammed shut", "blasted home"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in NATURE_SUBJECTS:
        return False
    agent = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
    if any(t.lemma_.lower() in NATURE_SUBJECTS for t in agent):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if span[-1].lower_ == "into":
        objects += [c for c in span[-1].children if c.dep_ == "pobj"]
        nxt = doc[span.end : span.end + 3]
        objects += [t for t in nxt if t.pos_ == "NOUN"]
    return not any(o.lemma_.lower() in PHYSICAL_OBJECTS for o in objects)


def _actor_subject(span: Span, loaded_tokens: set[int]) -> bool:
    """ "the government caved in": people or bodies giving way, not "the roof caved in"."""
    verb = span[0]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if subject.lower_ in ("he", "she", "they", "we", "i", "who"):
        return True
    return subject.lemma_.lower() in ACTOR_NOUNS


#: People and bodies that can give way under pressure.
ACTOR_NOUNS = {
    "government", "minister", "council", "board", "company", "firm", "union", "party",
    "club", "administration", "leader", "boss", "regulator", "president", "chancellor",
    "premier", "ministry", "department", "management", "owner", "executive", "chief",
    "official", "authority", "committee", "league", "federation", "bank", "landlord",
    "school", "university", "broadcaster", "network", "studio", "publisher", "player",
    "manager", "coach", "star", "family", "state", "country", "police",
}  # fmt: skip


def _market_move(span: Span, loaded_tokens: set[int]) -> bool:
    """ "shares plunged", "slashed prices": a figure dramatised, not "the car plunged
    into the river", "temperatures plunged" or "slashed his arm"."""
    verb = span[0]
    deps = ("dobj", "nsubjpass") if verb.lemma_ in ("slash", "axe", "ax", "gut") else (
        "nsubj", "nsubjpass")  # fmt: skip
    heads = [c for c in verb.children if c.dep_ in deps]
    if not heads and verb.dep_ == "conj":
        heads = [c for c in verb.head.children if c.dep_ in deps]
    for head in heads:
        if head.lemma_.lower() in ECONOMIC_WORDS:
            return True
        if any(t.lemma_.lower() in ECONOMIC_WORDS for t in head.subtree):
            return True
        if head.ent_type_ == "ORG" and any(
            t.like_num or t.ent_type_ in ("PERCENT", "MONEY")
            for t in verb.doc[verb.i + 1 : verb.i + 5]
        ):
            return True  # "Fernvale plunged 12%"
    return False


def _political_regime(span: Span, loaded_tokens: set[int]) -> bool:
    """ "the regime jailed protesters", "the Orsenian regime"; not a regime of rules or
    treatment ("the tax regime", "a strict training regime")."""
    tok = span[0]
    modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(m.lemma_.lower() in TECHNICAL_REGIMES for m in modifiers):
        return False
    if any(m.tag_ in ("NN", "NNS") and m.dep_ == "compound" for m in modifiers):
        return False  # "the sanctions regime", "a watering regime"
    if any(m.ent_type_ in ("NORP", "GPE", "PERSON") or m.tag_ == "NNP" for m in modifiers):
        return True
    return any(t.lemma_.lower() in POLITICAL_REGIME_WORDS for t in sentence_of(span))


def _not_named_event(span: Span, loaded_tokens: set[int]) -> bool:
    """ "a scandal" as a verdict, not the name of an event ("the expenses scandal",
    "the phone-hacking scandal"), which is how the event is known."""
    tok = span[0]
    return not any(
        c.dep_ in ("compound", "nmod") or (c.dep_ == "amod" and c.tag_ in ("NNP", "VBG"))
        for c in tok.children
    )


def _not_a_war(span: Span, loaded_tokens: set[int]) -> bool:
    """ "a war on motorists" (a metaphor), not a real war on a country or people."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "the" and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
    return nxt is None or not (nxt.tag_ in ("NNP", "NNPS") or nxt.ent_type_ in NAME_ENTITIES)


def _not_modifier(span: Span, loaded_tokens: set[int]) -> bool:
    """A noun standing for people ("the elite"), not a modifier ("elite athletes")."""
    return span[-1].dep_ not in ("compound", "amod", "nmod") and span[-1].pos_ == "NOUN"


def _amplifies_evaluation(span: Span, loaded_tokens: set[int]) -> bool:
    """ "hugely popular", "wildly optimistic": an exaggerating amplifier of a judgement,
    not of a measure ("vary wildly", "massively multiplayer")."""
    head = span[-1].head
    if head.i in loaded_tokens:
        return True
    if head.lemma_.lower() in MEASURE_HEADS or head.lower_ in MEASURE_HEADS:
        return False
    return head.pos_ in ("ADJ", "VERB", "ADV") and head is not span[-1]


RULES: dict[str, Callable[[Span, set[int]], bool]] = {
    "criticism": _criticism,
    "actor_subject": _actor_subject,
    "market_move": _market_move,
    "political_regime": _political_regime,
    "not_named_event": _not_named_event,
    "not_a_war": _not_a_war,
    "not_modifier": _not_modifier,
    "amplifies_evaluation": _amplifies_evaluation,
    "not_legal": _not_legal,
    "decision_object": _decision_object,
    "dramatic_flight": _dramatic_flight,
    "stance_booster": _stance_booster,
    "predicate_label": _predicate_label,
    "third_party_mind": _third_party_mind,
    "political_label": _political_label,
    "amplifies_charge": _amplifies_charge,
    "charged_lecture": _charged_lecture,
    "third_party_subject": _third_party_subject,
}


# -- the component ----------------------------------------------------------------------
@Language.factory(
    "kit_loaded",
    default_config={"words": "loaded", "claims": "claims", "merge_intensifiers": False},
)
def make_loaded(
    nlp: Language, name: str, words: str, claims: str, merge_intensifiers: bool
) -> LoadedComponent:
    """The loaded-language lens; ``words``/``claims`` name word lists in kit/lexicons/.

    ``merge_intensifiers``: mark "extreme hostility" as one emotive span instead of
    an intensifier and an emotive word (the answer keys mark them apart).
    """
    return LoadedComponent(nlp, words, claims, merge_intensifiers)


@dataclass
class _Mark:
    start: int  # character offsets
    end: int
    label: str
    explanation: str
    neutral: str | None
    copula_claim: bool = True  # may make an "is/are" sentence an unattributed claim


class LoadedComponent:
    """Marks loaded words, scare quotes and unattributed claims of motive."""

    def __init__(
        self,
        nlp: Language,
        words: str = "loaded",
        claims: str = "claims",
        merge_intensifiers: bool = False,
    ) -> None:
        self.words = WordList(nlp, words, LOADED_LABELS)
        self.claims = WordList(nlp, claims, LOADED_LABELS)
        self.merge_intensifiers = merge_intensifiers
        self.judgement = JudgementLexicon.for_pipeline(nlp)  # rules: kit/lenses/judgement.py
        for wl in (self.words, self.claims):
            for entry in wl.entries.values():
                if entry.rule and entry.rule not in RULES:
                    raise KitError(
                        f"{wl.name}.yaml: unknown rule {entry.rule!r} "
                        f"(known: {', '.join(sorted(RULES))})"
                    )

    def __call__(self, doc: Doc) -> Doc:
        ctx = quote_context(doc)
        quotes = [
            (q.start, q.end, classify_quote(ctx, q.start, q.end)) for q in find_quotes(ctx.text)
        ]
        judged = judgement.judgements(doc, self.judgement)  # one token pass, every rule
        marks = self._words(doc, ctx.text, quotes, _judged_words(judged))
        marks += self._scare_quotes(ctx.text, quotes, marks)
        claims = [(j.explanation, j.span) for j in judged if j.span.label_ == "unattributed_claim"]
        marks += self._claims(doc, ctx, quotes, marks, claims)
        spans = []
        for m in sorted(marks, key=lambda m: (m.start, m.end)):
            span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
            if span is None:
                continue
            span._.explanation = m.explanation
            span._.neutral = m.neutral
            spans.append(span)
        doc.spans["loaded"] = spans
        forget_sentences(doc)
        return doc

    # -- words -------------------------------------------------------------------------
    def _words(
        self,
        doc: Doc,
        text: str,
        quotes: list[tuple[int, int, str]],
        judged: Iterable[tuple[Entry, Span]] = (),
    ) -> list[_Mark]:
        found = [(e, s) for e, s in self.words(doc) if not is_name(s)]
        charged = [(e, s) for e, s in found if e.label != "intensifier"]
        charged = [(e, s) for e, s in charged if self._accept(e, s, set())]
        listed = {i for _, s in charged for i in range(s.start, s.end)}  # the list wins
        charged += [(e, s) for e, s in judged if listed.isdisjoint(range(s.start, s.end))]
        charged = keep_longest(charged)
        loaded_tokens = {i for _, s in charged for i in range(s.start, s.end)}
        amplifiers = [
            (e, s)
            for e, s in found
            if e.label == "intensifier"
            and not any(i in loaded_tokens for i in range(s.start, s.end))
            and self._accept(e, s, loaded_tokens)
        ]
        amplifiers = keep_longest(amplifiers)
        marks = []
        merged: set[int] = set()
        for entry, span in charged:
            start, explanation = span.start_char, entry.explain(span.text)
            if self.merge_intensifiers:
                for i, (_amp_entry, amp) in enumerate(amplifiers):
                    if amp.end == span.start and amp[-1].head.i in range(span.start, span.end):
                        merged.add(i)
                        start = amp.start_char
                        explanation += f" '{amp.text}' makes the charge even stronger."
            marks.append(self._in_quotes(text, quotes, start, span.end_char, entry, explanation))
        for i, (entry, span) in enumerate(amplifiers):
            if i not in merged:
                explanation = entry.explain(span.text)
                head = span[-1].head
                if head.i in loaded_tokens:
                    explanation += f" Here it strengthens '{head.text}'."
                marks.append(
                    self._in_quotes(
                        text, quotes, span.start_char, span.end_char, entry, explanation
                    )
                )
        return marks

    @staticmethod
    def _accept(entry: Entry, span: Span, loaded_tokens: set[int]) -> bool:
        rule = RULES.get(entry.rule) if entry.rule else None
        return rule is None or rule(span, loaded_tokens)

    @staticmethod
    def _in_quotes(
        text: str,
        quotes: list[tuple[int, int, str]],
        start: int,
        end: int,
        entry: Entry,
        explanation: str,
    ) -> _Mark:
        """A word mark; a word alone in quotation marks takes the marks into its span.

        Inside a partial quote the word keeps its label and the explanation says whose
        words they are; alone in scare quotes (the writer's own voice) it becomes a
        ``scare_quote`` whose explanation also names the charged word.
        """
        label = entry.label
        for qs, qe, kind in quotes:
            if qs < start and end <= qe:
                alone = text[qs + 1 : qe - 1].strip(" ,.;:") == text[start:end]
                if kind == "partial":
                    explanation += DISTANCE_NOTE if alone else PARTIAL_NOTE
                elif kind == "scare":
                    explanation += SCARE_NOTE
                    label = "scare_quote" if alone else label
                if alone and kind in ("partial", "scare"):
                    start, end = qs, qe
                break
        return _Mark(
            start,
            end,
            label,
            _with_neutral(explanation, entry.neutral),
            entry.neutral,
            copula_claim=entry.extra.get("copula_claim", True) is not False,
        )

    # -- scare quotes ------------------------------------------------------------------
    @staticmethod
    def _scare_quotes(
        text: str, quotes: list[tuple[int, int, str]], marks: list[_Mark]
    ) -> list[_Mark]:
        out = []
        for start, end, kind in quotes:
            if kind != "scare":
                continue
            if any(m.start <= start and end <= m.end for m in marks):
                continue  # the charged word inside already took the marks
            word = text[start + 1 : end - 1].strip()
            explanation = (
                f"The writer puts '{word}' in quotation marks in their own voice, not to "
                "report anyone's words: scare quotes suggest the word is doubtful, false or "
                "ridiculous without saying why."
            )
            neutral = f"{word} (without quotation marks), or say who uses the word"
            out.append(
                _Mark(start, end, "scare_quote", _with_neutral(explanation, neutral), neutral)
            )
        return out

    # -- unattributed claims -----------------------------------------------------------
    def _claims(
        self,
        doc: Doc,
        ctx: QuoteContext,
        quotes: list[tuple[int, int, str]],
        word_marks: list[_Mark],
        judged: Iterable[tuple[str, Span]] = (),
    ) -> list[_Mark]:
        found = [(e.explain(s.text), s) for e, s in self.claims(doc) if self._accept(e, s, set())]
        found += self._evaluative_copulas(doc, ctx.text, word_marks)
        found += judged
        marks, seen_sents = [], set()
        for explanation, span in sorted(found, key=lambda m: (m[1].start, -len(m[1]))):
            sent = sentence_of(span)
            if sent.start in seen_sents or not _writer_voice(ctx, quotes, span, sent):
                continue
            seen_sents.add(sent.start)
            start, end = _claim_start(span), sent.end_char
            while end > span.end_char and ctx.text[end - 1].isspace():
                end -= 1
            marks.append(_Mark(start, end, "unattributed_claim", explanation, None))
        return marks

    def _evaluative_copulas(
        self, doc: Doc, text: str, word_marks: list[_Mark]
    ) -> list[tuple[str, Span]]:
        """A charged word in the predicate of "is"/"are": 'It is a shameful act'."""
        template = self.claims.header.get("evaluative_copula_explanation")
        if not template:
            return []
        out = []
        for m in word_marks:
            if m.label not in ("emotive", "labeling") or not m.copula_claim:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            tok = span.root
            for _ in range(4):
                if tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
                    verb = tok.head
                    word = text[m.start : m.end].strip('"“”')
                    explanation = " ".join(template.split()).replace("{text}", word)
                    out.append((explanation, doc[verb.i : verb.i + 1]))
                    break
                if tok.head is tok:
                    break
                tok = tok.head
        return out


def _claim_start(span: Span) -> int:
    """Where a claim starts: the subject of the clause holding the cue ("Their outrage
    is clearly ...", "who are using ... to distract"), else the cue itself."""
    tok = span[0]
    for _ in range(8):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return min(subject.left_edge.idx, span.start_char)
        if tok.head is tok or tok.dep_ in ("ccomp", "advcl"):
            break
        tok = tok.head
    return span.start_char


def _writer_voice(
    ctx: QuoteContext, quotes: Iterable[tuple[int, int, str]], span: Span, sent: Span
) -> bool:
    """Not inside reported content or quotation marks, and no reporting cue in the sentence.

    Besides the attribution lens's cues, a sentence with a plain reporting verb
    ("said", "told", "according to") is never taken as the writer's own voice:
    a claim there most likely belongs to the person reported.
    """
    here = (span.start_char, span.end_char)
    if any(_overlaps(c, here) for c in ctx.contents):
        return False
    if any(_overlaps((s, e), here) for s, e, _ in quotes):
        return False
    sentence = (sent.start_char, sent.end_char)
    if any(_overlaps(c, sentence) for c in ctx.cues):
        return False
    return not any(
        (t.lemma_ in REPORTING_LEMMAS and t.pos_ == "VERB")
        or (t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to")
        for t in sent
    )


def _judged_words(judged: list[judgement.Judgement]) -> list[tuple[Entry, Span]]:
    """The judgement rules' word marks as word-list entries, so that they join the
    listed words' dedup."""
    out = []
    for j in judged:
        if j.span.label_ == "unattributed_claim":
            continue
        entry = Entry(f"judgement:{j.rule}", j.span.label_, j.explanation, neutral=j.neutral)
        out.append((entry, j.span))
    return out


def _with_neutral(explanation: str, neutral: str | None) -> str:
    if not neutral or neutral.startswith("("):
        return explanation if not neutral else f"{explanation} Neutral: {neutral.strip('()')}."
    return f"{explanation} Neutral: *{neutral}*."
