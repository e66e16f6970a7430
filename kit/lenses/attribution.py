"""The attribution lens: who says what (annotation guide, section 1).

One attribution per act of reporting. The component finds reporting cues
(verbs such as *said*, *told*, *noted*; phrases such as *according to*), reads
the speaker from the dependency parse (subject, inverted subject, apposition,
the object of *according to*), finds the content (a quotation, a that-clause,
or the clause before ", X said"), labels it ``direct``/``indirect``/``mixed``
and resolves the speaker to one canonical source (:mod:`kit.lenses.speakers`).

Results: ``doc.spans["attributions"]``, one span over each cue, with
``_.kit_speaker`` and ``_.kit_content`` as ``[start_char, end_char]``, ``_.kit_canonical``
and ``_.kit_explanation``.
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kit.errors import KitError
from kit.lenses.attribution_agents import agentless
from kit.lenses.attribution_content import (
    _attach_follow_on_quotes,
    _content,
    _token_chars,
    end_at_cue,
)
from kit.lenses.attribution_documents import DOCUMENT_VERBS, READING_VERBS, received_document
from kit.lenses.attribution_formulas import (
    UNNAMED_INFORMANT,
    asked_question,
    listener_passive,
    no_act,
    passive_agent,
    told_aside_clause,
    told_to_writer,
    writer_challenge,
)
from kit.lenses.attribution_formulas import untold_passive as _untold
from kit.lenses.attribution_frames import (
    _CACHE,
    DEFAULT_CUES,
    EXPLETIVES,
    MIN_SPEECH_WORDS,
    Act,
    CueLexicon,
    _bare_participle,
    _DocCache,
    _in_quote,
    _is_impersonal,
    _negated,
    _no_one,
    _plain_object,
    _subject,
    _text,
)
from kit.lenses.attribution_inverted import (
    beside_report,
    inverted_speaker_start,
    manner_report,
    name_after_inverted_cue,
    quote_in_own_clause,
    quoted_object_label,
    reason_participle,
)
from kit.lenses.attribution_labels import _label, explain
from kit.lenses.attribution_links import (
    aside_of,
    by_a_source,
    captioned,
    contrast_host,
    document_nouns,
    finding_subject,
    literal_naming,
    prep_content,
)
from kit.lenses.attribution_phrases import (
    _drop_nested,
    _phrase_act,
    _reading_act,
    _record_act,
    relative_report,
)
from kit.lenses.attribution_ranges import _continues_cue, _cue_range, _frame_range, _phrase_extent
from kit.lenses.attribution_repairs import (
    aux_cue_subject,
    bound_pronoun,
    noun_read_cue,
    owned_document,
    participle_aside,
    proportion_start,
    share_group,
    stranded_relative,
)
from kit.lenses.attribution_speaker_range import _speaker_range
from kit.lenses.attribution_transcript import transcript_acts
from kit.lenses.shared import (
    EVIDENCE_VERBS,
    Verdicts,
    children_by_dep,
    doc_tree,
    forget_sentences,
    furniture_bars,
    furniture_lines,
    near_bar,
    noun_read_as_verb,
    tokens_where_known,
    within,
)
from kit.lenses.speaker_owners import plain_relation
from kit.lenses.speakers import SpeakerResolver, titles_of
from kit.lexicon import LexiconComponent, word_set
from kit.quotes import Quote, is_term

#: LOWER hash -> is "said" (kept across documents)
_SAID: Verdicts = Verdicts()

#: Verbs of proof (show, prove, demonstrate): "the quiz show" is a noun even when the
#: tagger reads "show" as a verb; reporting verbs keep British plural agreement ("The
#: council say ...").

__all__ = [
    "DEFAULT_CUES",
    "Act",
    "AttributionComponent",
    "CueLexicon",
    "explain",
    "make_attribution",
]


@Language.factory(
    "kit_attribution",
    default_config={
        "cues": "default",
        "titles": "default",
        "min_speech_words": MIN_SPEECH_WORDS,
        "spans_key": "attributions",
    },
    requires=["token.dep", "token.lemma", "token.tag", "token.is_sent_start", "doc.ents"],
    assigns=[
        "doc.spans",
        "span._.kit_speaker",
        "span._.kit_content",
        "span._.kit_follow_on",
        "span._.kit_canonical",
        "span._.kit_explanation",
        "doc._.kit_speakers",
    ],
)
def make_attribution(
    nlp: Language, name: str, cues: str, titles: str, min_speech_words: int, spans_key: str
) -> AttributionComponent:
    """The attribution component. ``cues``/``titles``: "default" or a path to a lexicon."""
    return AttributionComponent(nlp, name, cues, titles, min_speech_words, spans_key)


class AttributionComponent(LexiconComponent):
    """Finds attributions and writes them to ``doc.spans[spans_key]``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "kit_attribution",
        cues: str = "default",
        titles: str = "default",
        min_speech_words: int = MIN_SPEECH_WORDS,
        spans_key: str = "attributions",
    ) -> None:
        self.nlp, self.name = nlp, name
        self.min_speech_words = min_speech_words
        self.spans_key = spans_key
        self._use_lexicons({"cues": (cues, "cues"), "titles": (titles, "titles")})

    def _build(self) -> None:
        """Compile the lexicons (at creation, or after ``from_disk``)."""
        nlp = self.nlp
        self.lexicon = lexicon = CueLexicon.from_data(self.store.data("cues"))
        self.titles = titles_of(self.store.data("titles"))
        self._cue_lemmas: Verdicts = Verdicts()  # lemma hash -> a cue verb's lemma?
        self._reading_lemmas: Verdicts = Verdicts()  # lemma hash -> "read", "see", "hear"?
        self._record_lemmas: Verdicts = Verdicts()  # lemma hash -> "show", "record", ...?
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases.add("CUE", [nlp.make_doc(p) for p in lexicon.phrases])
        self.not_cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.not_cues.add("NOT_CUE", [nlp.make_doc(p) for p in lexicon.not_cues])

    # -- the pipeline step ------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and not doc.has_annotation("DEP"):
            raise KitError(
                "the attribution lens needs a dependency parse: add kit_attribution after "
                "the parser of an English model (kit.load_pipeline() does this)"
            )
        self._require_lexicons()
        _CACHE[id(doc)] = _DocCache(doc)
        doc_tree(doc)  # (read once here: the cue walks ask children by label from it)
        try:
            return self._annotate(doc)
        finally:
            del _CACHE[id(doc)]
            forget_sentences(doc)

    def _annotate(self, doc: Doc) -> Doc:
        quotes = _CACHE[id(doc)].quotes
        speech = [
            q for q in quotes if self._may_be_speech(_text(doc), q) or self._cued_after(doc, q)
        ]
        blocked = self._not_cue_tokens(doc)
        acts = self._verb_acts(doc, speech, blocked) + self._phrase_acts(doc, blocked, speech)
        acts = _drop_nested(acts, doc, quotes)
        acts = _one_voice(doc, acts)
        taken = {a.content for a in acts}  # 'Ms Lee: "..."': a transcript line's words
        acts += [a for a in transcript_acts(doc, speech, self.titles) if a.content not in taken]
        acts = [a for a in acts if a.verb is None or not _untold(a.verb)]
        acts = _off_furniture(doc, acts)
        end_at_cue(doc, acts)  # '"A," he said. "B."': the content is A
        acts.sort(key=lambda a: a.cue[0])
        for act in acts:
            act.label = _label(_text(doc), act.parts or [act.content], quotes)
            act.label = quoted_object_label(act.verb, act.label, self.lexicon.verbs)
            if act.label == "direct" and act.verb is not None and relative_report(act.verb):
                act.label = "mixed"  # 'which she said "appears ..."': "which" is the writer's
        _attach_follow_on_quotes(doc, acts, speech)
        resolver = SpeakerResolver(doc, self.titles)
        # acts that share their subject ("said ... and accused ...") share one source:
        # the speaker is resolved once, where it first appears
        speakers = [a.speaker if a.speaker not in [b.speaker for b in acts[:i]] else None
                    for i, a in enumerate(acts)]  # fmt: skip
        canonicals = self._resolve(resolver, acts, speakers)
        first = {a.speaker: c for a, c, s in zip(acts, canonicals, speakers, strict=True) if s}
        canonicals = [first.get(a.speaker) if a.speaker else None for a in acts]
        for act, own in zip(acts, speakers, strict=True):
            if act.speaker and own is None and not act.aside:
                act.aside = "second"
        hosts = [
            (a.verb, doc[a.speaker[0] : a.speaker[1]].root) for a in acts if a.verb and a.speaker
        ]
        for i, act in enumerate(acts):  # "X said ..., although it cautioned ...": it is X
            if act.aside == "contrast" and act.speaker and act.speaker[1] - act.speaker[0] == 1:
                k = contrast_host(act.verb, doc[act.speaker[0]], hosts)
                host = [a for a in acts if a.verb and a.speaker][k] if k is not None else None
                canonicals[i] = canonicals[acts.index(host)] if host else canonicals[i]
        for act, canonical in zip(acts, canonicals, strict=True):
            act.canonical = act.name or canonical
        acts = _open_pronouns(doc, acts, set(resolver.people))
        doc._.kit_speakers = resolver.record()
        doc.spans[self.spans_key] = [self._span(doc, act) for act in acts]
        return doc

    @staticmethod
    def _resolve(resolver: SpeakerResolver, acts: list[Act], speakers: list) -> list:
        """Resolve the speakers in reading order, but an act inside another's quotation
        ("the man on the phone said, '...'") after the act that quotes it, so that the
        outer "she said" is not taken for the inner speaker; "my tutor" in someone's
        quotation is the quoted speaker's ("tutor of X")."""
        order = sorted(
            range(len(acts)),
            key=lambda i: (acts[i].cue[0] if acts[i].within is None else acts[i].within,
                           acts[i].within is not None),
        )  # fmt: skip
        passing = frozenset(n for n, i in enumerate(order) if acts[i].within is not None)
        words = [  # what each speaker said, with a follow-on quotation after the cue
            (a.content[0], max(a.content[1], a.follow_on or 0)) if a.content else None
            for a in (acts[i] for i in order)
        ]  # fmt: skip
        found = resolver.resolve([speakers[i] for i in order], words, passing)
        canonicals: list = [None] * len(acts)
        for i, canonical in zip(order, found, strict=True):
            canonicals[i] = canonical
        starts = {a.cue[0]: k for k, a in enumerate(acts)}
        for k, act in enumerate(acts):
            host = starts.get(act.within) if act.within is not None else None
            first = resolver.doc[act.speaker[0]] if act.speaker and speakers[k] else None
            alone = act.speaker is not None and act.speaker[1] - act.speaker[0] == 1
            if host is not None and first is not None and alone and first.lower_ in ("i", "we"):
                canonicals[k] = canonicals[host]  # '"I told him, \'No,\'" she said': hers
                continue
            if host is None and first is not None and first.lower_ in ("my", "our"):
                host = _quoting_act(resolver, acts, first)  # '"My mum always says, '...',"
            if host is not None and first is not None and first.lower_ in ("my", "our"):
                owner = canonicals[host]
                rest = resolver.doc[act.speaker[0] + 1 : act.speaker[1]].text
                if owner and rest and owner.lower() not in ("he", "she", "they", "i", "we"):
                    canonicals[k] = f"{plain_relation(rest)} of {owner}"
        return canonicals

    # -- cues -------------------------------------------------------------------
    def _not_cue_tokens(self, doc: Doc) -> set[int]:
        blocked: set[int] = set()
        for _, start, end in self.not_cues(doc):
            blocked.update(range(start, end))
        for i in tokens_where_known(doc, LOWER, lambda word: word == "said", _SAID):
            tok = doc[i]  # "the said agreement": said as an adjective
            if tok.pos_ in ("ADJ", "DET") and tok.dep_ == "amod":
                blocked.add(tok.i)
        return blocked

    def _is_cue_verb(self, tok: Token, blocked: set[int]) -> bool:
        """Whether ``tok`` is a reporting verb that can open an act (not blocked, nor a
        look-alike); most tokens asked have no cue lemma, which the kept verdicts on the
        lemma's id tell without building its text."""
        if self._cue_lemmas.get(tok.lemma) is False:
            return False
        entry = self.lexicon.verbs.get(tok.lemma_.lower())
        if entry is None or tok.i in blocked:
            return False
        if tok.pos_ not in ("VERB", "AUX") and not noun_read_cue(tok, self.lexicon.verbs):
            return False  # (but "The manifesto pledges "..."": a verb read as a noun)
        if tok.lemma_ in EVIDENCE_VERBS and noun_read_as_verb(tok):
            return False  # "The quiz show that everyone watched": a noun read as a verb
        if entry.get("quote_object") and literal_naming(tok):
            return False  # "whose gate slammed into a car", "the system labels"
        if entry.get("clause_only") and tok.tag_ == "VBG":
            return False  # "might be forgiven for assuming ...": the writer's supposition
        if entry.get("clause_only") and not any(
            c.i > tok.i
            and (c.dep_ == "ccomp" or c.dep_ == "advcl" and c.left_edge.lower_ == "that")
            for c in tok.children
        ):
            return False  # "fear for their homes", "were accepting offers": no clause
        if entry.get("manner") and not manner_report(tok, self.lexicon.verbs):
            return False  # "laughed it off", "sobbing after ...": no words beside it
        particle = entry.get("particle")
        return not particle or any(c.lower_ == particle for c in tok.children)

    def _verb_acts(self, doc: Doc, speech: list[Quote], blocked: set[int]) -> list[Act]:
        acts: list[Act] = []
        for tok in self._cue_lemma_tokens(doc):
            if not self._is_cue_verb(tok, blocked) or _continues_cue(tok, self, blocked):
                continue
            act = self._act_for_verb(doc, tok, speech, blocked)
            if act is not None:
                acts.append(act)
        return acts

    def _cue_lemma_tokens(self, doc: Doc) -> list[Token]:
        """The tokens whose lemma is a cue verb's (no other is a cue verb), in order: the
        lemmas are read as hashes, and each distinct lemma's text is looked up once."""
        verbs = self.lexicon.verbs
        found = tokens_where_known(doc, LEMMA, lambda w: w.lower() in verbs, self._cue_lemmas)
        return [doc[i] for i in found]

    def _act_for_verb(
        self, doc: Doc, verb: Token, speech: list[Quote], blocked: set[int]
    ) -> Act | None:
        entry = self.lexicon.verbs[verb.lemma_.lower()]
        subject = aux_cue_subject(verb) or _subject(verb)  # "that they say leave them"
        subject = subject or name_after_inverted_cue(verb)  # '"...," seethed Stan Wendlethorpe'
        if subject is not None and listener_passive(verb, subject):
            # "was told by residents": the agent speaks; "was told" alone is kept until
            # the acts inside its content are dropped, then dropped itself (no speaker)
            subject = passive_agent(verb) or subject
        if subject is None or asked_question(verb) or writer_challenge(verb):
            return None  # (and "Did you expect ...?": a question, nothing reported)
        impersonal = entry.get("impersonal") and _is_impersonal(verb, subject)
        impersonal = impersonal or told_to_writer(verb)  # "I am told": an unnamed informant
        referring_it = subject.lower_ == "it" and subject.dep_ == "nsubj" and verb.pos_ == "VERB"
        if subject.lower_ in EXPLETIVES and not (impersonal or referring_it):
            return None
        if _negated(verb) or _no_one(subject):
            return None  # "he has never explained where ...": nothing is reported
        if no_act(verb, subject, entry):
            return None  # "I can tell you that", "the report was published", a caption
        if self._delivers_medium(verb):
            return None  # "said in a report read to the court that": the cue is "said"
        if _bare_participle(verb) or participle_aside(verb) is not None:
            return None  # "Asked whether ..., X said": the cue is "said"
        if entry.get("quoted_object_mixed") and quote_in_own_clause(verb):
            return None  # "blasted the timetable, which they say is "..."": say's quote
        if entry.get("not_participle") and reason_participle(verb):
            return None  # "pulled the tour, blaming "exhaustion"": a reason, no report
        if entry.get("beside_report") and not beside_report(verb, self.lexicon.verbs):
            return None  # "she hoped to win": a thought the writer guesses, no report
        if entry.get("it_object") and not any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
        ):
            return None  # "put it bluntly:", not "put the plan on hold"
        if entry.get("document_subject") and not _written_subject(subject):
            return None  # "the statement read: ..." reports; "she read the letter" does not
        if entry.get("source_subject") and not by_a_source(verb, subject):
            return None  # "low prices encouraged buyers to return": no one spoke
        if entry.get("agent_subject") and agentless(subject):
            return None  # "the mood in the bars suggested that ...": the writer's inference
        if (
            entry.get("speech_object")
            and _plain_object(verb)
            and not captioned(verb)
            and not (entry.get("finding_object") and finding_subject(subject))
        ):
            return None  # "patients reported nausea": a symptom, not a report
        if entry.get("medium") and _plain_object(verb) and not _colon_quote(verb):
            return None  # "texted her brother a photo"; not 'texted the programme: "..."'
        speaker = (subject.i, verb.i + 1) if impersonal else _speaker_range(subject)
        if received_document(verb) == subject:  # "an unsigned letter", not "... in September"
            speaker = (subject.left_edge.i, subject.i + 1)
        name = None
        if subject.dep_ in ("compound", "amod", "nmod") and subject.head == verb:
            speaker = (verb.left_edge.i, subject.i + 1)  # "Pantrio's advertising promises"
            name = owned_document(verb, subject)
        named = share_group(subject, verb) or bound_pronoun(verb, subject)
        if named is not None:  # "more than half said": the group; "which they said": its subject
            speaker = _speaker_range(named)
        if proportion_start(named or subject) is not None:  # "Nine out of ten complainants"
            speaker = (max(speaker[0], proportion_start(named or subject)), speaker[1])
        speaker = inverted_speaker_start(verb, subject, speaker)
        if stranded_relative(verb) is not None:  # "Three buyers we spoke to said": buyers
            speaker = (speaker[0], min(speaker[1], verb.head.left_edge.i))
        if not impersonal and speaker[0] <= verb.i < speaker[1]:  # no cue in its speaker
            speaker = (speaker[0], next(i for i in range(subject.i, verb.i + 1)
                                        if doc[i].text == "," or i == verb.i
                                        or _relative_of(doc[i], verb)))  # fmt: skip
        cue = self._cue_range(doc, verb)
        frame = _frame_range(verb, speaker, cue)
        parts = _content(doc, verb, frame, speech, self, blocked, entry)
        aside_clause = told_aside_clause(verb)  # "The land, I am told, is worth ..."
        if aside_clause is not None:
            parts = [_token_chars(doc, a, b) for a, b in aside_clause]
        if not parts:
            return None
        content = (min(p[0] for p in parts), max(p[1] for p in parts))
        note = entry.get("note", "")
        aside = aside_of(verb, subject, entry)
        act = Act(cue, speaker, content, verb=verb, note=note, parts=parts, aside=aside)
        act.name = name
        if told_to_writer(verb):  # "I am told": no words name the teller, so no speaker span
            act.speaker, act.name = None, UNNAMED_INFORMANT
            act.note = "the writer passes on what someone they do not name told them"
        return act

    def _cue_range(self, doc: Doc, verb: Token) -> tuple[int, int]:
        """The cue: the verb, the listener of *tell*, a following "in a statement"."""
        start, end = _cue_range(verb)
        entry = self.lexicon.verbs.get(verb.lemma_.lower(), {})
        particle = entry.get("particle")
        if particle and end < len(doc) and doc[end].lower_ == particle:
            end += 1  # "shot back", "pointed out": the particle belongs to the cue
        if (
            end == verb.i + 1
            and entry.get("prep_content")
            and prep_content(verb, entry, _subject(verb))
        ):
            end += 1  # "called for", "boasts of": the preposition belongs to the cue
        if entry.get("it_object"):  # "put it more bluntly:" up to the colon
            while end < len(doc) and end - verb.i < 6 and doc[end].is_alpha:
                end += 1
        listener = entry.get("listener")
        if listener and end < len(doc) and doc[end].lower_ == listener and doc[end].head == verb:
            objects = [c for c in doc[end].children if c.dep_ == "pobj"]
            end = _phrase_extent(objects[0])[1] + 1 if objects else end  # "wrote to the Gazette"
        medium = self._medium(verb)
        if medium is not None and medium.i == end:
            end = _phrase_extent(medium)[1] + 1
        stop = min(len(doc), end + 8)  # (a phrase right after the cue, of at most 8 words)
        for _, m_start, m_end in self._phrase_matches(doc):
            if m_start != end or m_end > stop:
                continue
            phrase = doc[m_start:m_end].text.lower()
            if self.lexicon.phrases[phrase].get("speaker") == "subject":
                objects = [c for c in doc[m_end - 1].children if c.dep_ == "pobj"]
                end = max([m_end] + [o.right_edge.i + 1 for o in objects])
                break
        return start, _delivered_extent(doc, verb, end)  # "in a report read to the court"

    def _medium(self, verb: Token) -> Token | None:
        """ "said in an emailed statement", "wrote in a blog post": the medium phrase."""
        for child in children_by_dep(verb, ("prep",)):
            if child.lower_ not in ("in", "on") or child.i <= verb.i:
                continue
            objects = children_by_dep(child, ("pobj",))
            if (
                objects
                and objects[0].lemma_.lower() in self.lexicon.media
                and child.i - verb.i <= 3
            ):
                return child
        return None

    def _delivers_medium(self, verb: Token) -> bool:
        """ "said in a report read to the court": a past participle that only says how the
        medium of another cue verb reached its audience reports nothing of its own."""
        if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.head.dep_ != "pobj":
            return False
        host = verb.head.head.head
        return host.pos_ == "VERB" and host.lemma_.lower() in self.lexicon.verbs and (
            _delivering(verb, host)
        )

    def _phrase_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The cue phrases' matches in ``doc`` (match id, start, end), found once per lens
        run and read by every cue verb's range and by the phrase acts: one pass of the
        phrase matcher a document, not one more over a slice after each cue verb."""
        cache = _CACHE.get(id(doc))
        if cache is None:
            return self.phrases(doc)
        if cache.phrase_matches is None:
            cache.phrase_matches = self.phrases(doc)
        return cache.phrase_matches

    def _phrase_acts(self, doc: Doc, blocked: set[int], speech: list[Quote]) -> list[Act]:
        acts: list[Act] = []
        for _, start, end in self._phrase_matches(doc):
            if any(i in blocked for i in range(start, end)):
                continue
            entry = self.lexicon.phrases[doc[start:end].text.lower()]
            # "in the words of X, "a betrayal"": the phrase itself says the quoted words
            # are X's, however short (a short quotation is otherwise not taken for speech)
            quotes = _CACHE[id(doc)].quotes if entry.get("quote") else speech
            act = _phrase_act(doc, start, end, entry, quotes)
            if act is not None:
                acts.append(act)
        # "read in the Broadsheet that ...", "heard on the radio that ...": the outlet speaks
        for i in tokens_where_known(doc, LEMMA, _reading_verb, self._reading_lemmas):
            act = _reading_act(doc, doc[i]) if i not in blocked else None
            if act is not None:
                acts.append(act)
        # "the log records that ...", "..., the minutes show.": a document's verb read as a noun
        for i in tokens_where_known(doc, LEMMA, _document_verb, self._record_lemmas):
            act = _record_act(doc, doc[i]) if i not in blocked else None
            if act is not None:
                acts.append(act)
        return acts

    # -- quotations -------------------------------------------------------------
    def _may_be_speech(self, text: str, quote: Quote) -> bool:
        """A quotation long enough, or sentence-like enough, to be someone's words."""
        if is_term(text, quote):
            return False
        inner = quote.inner(text).strip()
        return quote.words(text) >= self.min_speech_words or bool(re.search(r"[.!?]$", inner))

    def _cued_after(self, doc: Doc, quote: Quote) -> bool:
        """ '"Another photo opportunity," she wrote.': a short quotation closed by a comma
        (or "!"/"?") and followed by a speaker and a cue that end the sentence is speech."""
        text = _text(doc)
        if is_term(text, quote) or not re.search(r"[,!?]$", quote.inner(text).strip()):
            return False
        after = doc.char_span(quote.end, len(text), alignment_mode="expand")
        if after is None:
            return False
        frame = []
        for tok in after[:6]:
            if tok.is_sent_start and frame:
                break
            frame.append(tok)
            if tok.text in (".", "!", "?"):
                break
        ends = bool(frame) and frame[-1].text in (".", "!", "?")
        cues = [t for t in frame if t.lemma_.lower() in self.lexicon.verbs and t.pos_ == "VERB"]
        if ends and cues:
            return True
        # '"Help us," shouted a pensioner at the fence.': the cue opens what follows
        return bool(cues) and cues[0].i == after.start and not frame[0].is_sent_start

    # -- output -----------------------------------------------------------------
    def _span(self, doc: Doc, act: Act) -> Span:
        span = Span(doc, act.cue[0], act.cue[1], label=act.label)
        if act.speaker is not None:
            s = doc[act.speaker[0] : act.speaker[1]]
            span._.kit_speaker = [s.start_char, s.end_char]
        span._.kit_content = list(act.content) if act.content else None
        span._.kit_follow_on = act.follow_on  # '"A," she said. "B."': where B ends
        span._.kit_canonical = act.canonical
        span._.kit_explanation = explain(act, span.text)
        return span


def _open_pronouns(doc: Doc, acts: list[Act], people: set[str]) -> list[Act]:
    """Drop an act inside someone's quotation whose "he"/"she" the resolver could not
    tell from the quoting speaker, or did not resolve to a person the article names
    ('"He waved and shouted, \'Left!\'" Quaine said': not Quaine, who would say "I"):
    who it is stays open. Resolved to another named person, it stays ('"He said to me,
    \'...\'" she said': the neighbour she had named)."""
    starts = {a.cue[0]: a for a in acts}
    kept = []
    for act in acts:
        host = starts.get(act.within) if act.within is not None else None
        word = doc[act.speaker[0] : act.speaker[1]].text.lower() if act.speaker else ""
        if host is not None and word in ("he", "she") and (
            act.canonical not in people or act.canonical == host.canonical
        ):
            continue
        kept.append(act)
    return kept


def _relative_of(tok: Token, verb: Token) -> bool:
    """The relative word that opens the cue's own clause ("viewers who said"): the
    speaker is the noun before it."""
    return tok.head == verb and tok.dep_ == "nsubj" and tok.tag_ in ("WP", "WDT")


def _document_verb(lemma: str) -> bool:
    """A document's verb of showing or recording (cues.yaml document_verbs)."""
    return lemma.lower() in DOCUMENT_VERBS


def _reading_verb(lemma: str) -> bool:
    """A verb of reading or hearing what an outlet stated (cues.yaml reading_verbs)."""
    return lemma.lower() in READING_VERBS


def _one_voice(doc: Doc, acts: list[Act]) -> list[Act]:
    """One quotation, one act: 'posted a photo with the words "Job done!" Residents
    replied with photos': the words are the content of the cue before them, so a cue
    after them that found no other content ("replied") reports nothing of its own."""
    before = {
        a.content for a in acts
        if a.content and not _in_quote(doc[a.cue[0]]) and doc[a.cue[1] - 1].idx < a.content[0]
    }  # (not a cue inside a quotation that hands on words: "'he said, "Go,"' she said")
    return [
        a for a in acts
        if not (a.content in before and doc[a.cue[0]].idx >= a.content[1])
    ]  # fmt: skip


#: Things that bear words on display ("The sign reads: ..."): cues.yaml display_nouns
_DISPLAY_NOUNS = word_set("cues", "display_nouns")


def _written_subject(subject: Token) -> bool:
    """A subject whose words a verb of *reading* gives: a document ("the statement read")
    or a thing that bears words on display ("the sign on the door reads: ..."); not a
    person ("she read the letter")."""
    lemma = subject.lemma_.lower()
    return lemma in document_nouns() or lemma in _DISPLAY_NOUNS


def _colon_quote(verb: Token) -> bool:
    """ 'texted the programme: "..."': a colon and an opening quotation mark right after
    the verb's objects (its listener)."""
    doc = verb.doc
    for i in range(verb.i + 1, min(len(doc) - 1, verb.i + 8)):
        if doc[i].is_punct or doc[i].is_quote:
            return doc[i].text == ":" and doc[i + 1].is_quote
    return False


def _delivered_extent(doc: Doc, verb: Token, end: int) -> int:
    """The end of a cue whose medium phrase is followed by the participle that says
    where the medium went ("said in a report sent to the council", "in a statement read
    to the tribunal"): the participle and its own phrases, not a that-clause the parser
    hung on it."""
    if end >= len(doc) or end - verb.i > 5:
        return end
    participle = doc[end]
    if not _delivering(participle, verb):
        return end
    ids = [participle.i] + [
        t.i for c in participle.children if c.dep_ in ("prep", "dative", "agent")
        for t in c.subtree if not (t.dep_ in ("relcl", "acl") or t.lower_ == "that")
    ]  # fmt: skip
    last = max(ids)
    clause = next((i for i in range(participle.i, last + 1) if doc[i].lower_ == "that"), None)
    return clause if clause is not None else last + 1


def _delivering(participle: Token, verb: Token) -> bool:
    """ "read", "sent" in "said in a report read to the court": a past participle on the
    document noun of the "in"/"on" phrase that belongs to ``verb``."""
    noun = participle.head
    if participle.tag_ != "VBN" or participle.dep_ != "acl" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return (
        prep.lower_ in ("in", "on")
        and prep.head == verb
        and (noun.lemma_.lower() in document_nouns() or noun.lower_ in _MEDIA_WORDS)
    )


#: Media nouns of the cue lexicon are also read from it; these are the common ones
_MEDIA_WORDS = frozenset({"statement", "letter", "email", "memo", "submission", "message"})


def _quoting_act(resolver: SpeakerResolver, acts: list[Act], first: Token) -> int | None:
    """The act that quotes the words "my"/"our" stand in ('"My mum always says, \'Go,\'"
    he said': "he said"): the first act whose cue follows the double-quoted stretch that
    holds them, in the same sentence."""
    sent = first.sent
    for start, end in resolver._quoted_ranges(sent):
        if start < first.idx < end:
            doc = resolver.doc
            after = [k for k, a in enumerate(acts) if end <= doc[a.cue[0]].idx < sent.end_char]
            return min(after, key=lambda k: acts[k].cue[0]) if after else None
    return None


def _off_furniture(doc: Doc, acts: list[Act]) -> list[Act]:
    """The acts whose cue stands outside page furniture: a line of short segments split
    by "|" ("Tickets from the office | Fees: ask at reception | Term ends 4 July") is a
    notice's, and its imperative "ask" reports no one's words."""
    bars = furniture_bars(doc)
    if not bars or not any(near_bar(a.cue[0], bars) for a in acts):
        return acts  # (the common case: no "|" in the text)
    lines = furniture_lines(doc)
    return [
        a
        for a in acts
        if not near_bar(a.cue[0], bars)
        or not within(doc[a.cue[0]].idx, doc[a.cue[1] - 1].idx + len(doc[a.cue[1] - 1]), lines)
    ]
