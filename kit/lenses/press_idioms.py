"""Stock press idioms as judgement (issue 11, loadedP2): set phrases whose figure
passes a verdict ("moved the goalposts", "cold comfort", "a thorn in the board's side",
"left the tenants holding the baby"), listed in ``kit/lexicons/press_idioms.yaml`` as
[phrase, category, what the figure says, neutral alternative, literal-sense words].

:func:`compile_idioms` turns that list into word-list entries (``kit.lenses.wordlists``)
with one spaCy ``Matcher`` pattern each, so the loaded lens runs them with its other
token patterns, only over sentences that hold the phrase's key words (its anchors):

- a content word matches its inflected forms ("move" matches "moves", "moved",
  "moving"; "sing" matches "sang", "sung"), by form, so a tagger's misreading of
  "left" or "sung" does not lose the match;
- an article or possessive inside the phrase ("a", "the", "one's") matches any
  determiner or possessive, or none ("buried their heads in the sand"), and "one's"
  also "their own" ("lining their own pockets");
- a leading article is optional ("cold comfort", "is hardly a marriage made in heaven");
- "oneself" matches any reflexive ("shot itself in the foot");
- "~" is an owner slot, "*" a short object slot: one to four words without
  punctuation ("a thorn in the marina developers' side", "kicked the review into ...");
- the literal sense is kept out by the fifth item, words whose presence in the
  sentence shows it ("the groundsman moved the goalposts", "a thorn in her thumb"):
  never the idiom's own words, which are in every sentence that holds it;
- a match is a name only by the idiom's own lower-case words written with a capital
  ("the band Wet Blanket"), not by its own names ("while Rome burns") or a slot's.

A mark counts in any voice, like the other loaded words: an idiom in a quotation is
still the speaker's loaded word.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.tokens import Span

from kit.lenses.shared import NAME_ENTITIES

#: Words a phrase's "a", "the" or "one's" may stand for (or be left out).
DETERMINERS = ("a", "an", "the", "their", "his", "her", "its", "our", "your", "my", "this",
               "that", "these", "those", "one", "'s", "’s", "someone", "somebody")  # fmt: skip
#: Words a phrase's "oneself" may stand for.
REFLEXIVES = ("oneself", "itself", "themselves", "himself", "herself", "ourselves",
              "yourself", "yourselves", "myself", "themself")  # fmt: skip
_FLEXIBLE = frozenset({"a", "an", "the", "one's", "someone's"})
#: Words that never inflect in a phrase.
_FIXED = frozenset({
    "in", "on", "at", "to", "of", "for", "from", "with", "by", "into", "onto", "over", "under",
    "after", "up", "down", "out", "off", "and", "or", "not", "it", "as", "all", "around",
    "when", "above", "between", "like", "than", "no", "which", "what", "who", "i", "them",
    "themselves", "itself", "oneself", "each", "other's", "other", "way", "bad", "good",
})  # fmt: skip
_IRREGULAR = {
    "leave": ["left"], "hold": ["held"], "throw": ["threw", "thrown"],
    "sing": ["sang", "sung"], "sit": ["sat"], "take": ["took", "taken"], "make": ["made"],
    "bite": ["bit", "bitten"], "fall": ["fell", "fallen"], "give": ["gave", "given"],
    "get": ["got", "gotten"], "run": ["ran"], "come": ["came"],
    "go": ["goes", "going", "went", "gone"],
    "bring": ["brought"], "buy": ["bought"], "catch": ["caught"], "draw": ["drew", "drawn"],
    "eat": ["ate", "eaten"], "feed": ["fed"], "fight": ["fought"], "find": ["found"],
    "hang": ["hung"], "keep": ["kept"], "lose": ["lost"], "pay": ["paid"], "lay": ["laid"],
    "ride": ["rode", "ridden"], "say": ["said"], "sell": ["sold"], "shoot": ["shot"],
    "sink": ["sank", "sunk"], "stand": ["stood"], "stick": ["stuck"], "sweep": ["swept"],
    "tear": ["tore", "torn"], "tell": ["told"], "win": ["won"], "write": ["wrote", "written"],
    "show": ["shown"],
    "bend": ["bent"], "blow": ["blew", "blown"], "break": ["broke", "broken"],
    "bury": ["buried", "buries"], "is": ["is", "are", "was", "were", "be", "been"],
    "stir": ["stirred", "stirring"], "be": [
        "is", "are", "was", "were", "been", "being", "'s", "’s"],
    "have": ["has", "had", "having", "'s", "’s"], "do": ["does", "did", "done", "doing"],
    "spit": ["spat"], "stab": ["stabbed", "stabbing"], "drop": ["dropped", "dropping"],
    "rub": ["rubbed", "rubbing"], "rig": ["rigged", "rigging"], "mug": ["mugged", "mugging"],
    "flog": ["flogged", "flogging"], "nod": ["nodded", "nodding"], "shut": ["shutting"],
    "put": ["putting"], "cut": ["cutting"], "hit": ["hitting"], "set": ["setting"],
    "bet": ["betting"], "let": ["letting"], "sweat": ["sweated"], "swing": ["swung"],
    "strike": ["struck", "stricken"], "wear": ["wore", "worn"], "lie": ["lay", "lying"],
    "ram": ["rammed", "ramming"], "trip": ["tripped"], "stitch": ["stitches", "stitched"],
    "pass": ["passes", "passed"], "fiddle": ["fiddled", "fiddling", "fiddles"],
}  # fmt: skip
#: The first token of a contraction whose stem changes ("can't": "ca" + "n't").
_NEGATED = {"can't": "ca", "won't": "wo", "shan't": "sha"}
_SLOT = {"TEXT": {"NOT_IN": [".", ",", ";", ":", "!", "?", '"', "“", "”", "(", ")", "—", "–"]},
         "OP": "{1,4}"}  # fmt: skip
_OBJECT = {**_SLOT, "OP": "{0,4}"}  # "left [the tenants] holding", "were left holding"


#: The explanation's words that tell an idiom's mark from other loaded words.
IDIOM_MARK = "is a stock idiom of the press"
#: Idioms that, as the predicate of "is" ("that is cold comfort"), make the sentence a
#: verdict on a situation (an unattributed claim); the others mark the phrase only.
VERDICT_CATEGORIES = frozenset({"consolation"})


def inside_claims(marks: list[Any]) -> list[Any]:
    """The loaded lens's marks without an idiom's mark inside a sentence marked as an
    unattributed claim: the claim's explanation already covers the figure that carries it
    ("For the couples, that is cold comfort.")."""
    claims = [(m.start, m.end) for m in marks if m.label == "unattributed_claim"]
    return [
        m for m in marks
        if not (IDIOM_MARK in m.explanation and any(s <= m.start and m.end <= e for s, e in claims))
    ]  # fmt: skip


def forms(word: str) -> list[str]:
    """The written forms of a phrase word: itself, and its regular and irregular
    inflections ("move": moves, moved, moving; "tune": tunes, tuned, tuning)."""
    w = word.lower()
    if w in _FIXED or not w.isalpha() or (len(w) < 3 and w not in _IRREGULAR):
        return [w]
    if len(w) < 3:  # "go", "do", "be": only their listed forms ("gone to the dogs")
        return sorted({w, *_IRREGULAR[w]})
    out = {w, *_IRREGULAR.get(w, ())}
    if w.endswith("y") and w[-2] not in "aeiou":
        out |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif w.endswith("e"):
        out |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith(("s", "sh", "ch", "x", "z")):
        out |= {w + "es", w + "ed", w + "ing"}
    else:
        out |= {w + "s", w + "ed", w + "ing"}
    return sorted(out)


@cache
def _own_forms(phrase: str) -> frozenset[str]:
    """The forms of an idiom's words written in lower case ("wet", "blanket"), not its
    names ("Rome", "Trojan") nor its articles and slots."""
    words = [re.sub(r"'s?$", "", w) for w in phrase.replace("’", "'").replace("-", " ").split()]
    return frozenset(f for w in words if w.islower() and w not in _FLEXIBLE for f in forms(w))


def named(span: Span, phrase: str) -> bool:
    """An idiom's match is part of a name ("the band Wet Blanket played", "the Trojan
    Horse inquiry") when one of its own lower-case words is written with a capital inside
    the sentence and read as a name. The idiom's own names ("fiddle while Rome burns", "a
    Damascene conversion"), a name in its slot ("stabbed Mr Okafor in the back") and a
    lower-case word the tagger calls a proper noun ("an ivory tower", "made in heaven",
    "a china shop") do not make it one."""
    own = _own_forms(phrase)
    return any(
        tok.lower_ in own and tok.text[:1].isupper() and not tok.is_sent_start
        and (tok.tag_ in ("NNP", "NNPS") or tok.ent_type_ in NAME_ENTITIES)
        for tok in span
    )  # fmt: skip


def pattern(phrase: str) -> list[dict[str, Any]]:
    """A Matcher token pattern for one phrase of the idiom list."""
    words = phrase.replace("’", "'").split()
    pat: list[dict[str, Any]] = []
    for i, raw in enumerate(words):
        word = raw.lower()
        if word in ("~", "*"):
            pat.append(dict(_SLOT if word == "~" else _OBJECT))
        elif word in _FLEXIBLE:
            pat.append({"LOWER": {"IN": list(DETERMINERS)}, "OP": "*" if i else "?"})
            pat.append({"POS": "ADV", "OP": "?"})  # "a very different tune"
            if word.endswith("'s"):
                pat.append({"LOWER": {"IN": ["'s", "’s"]}, "OP": "?"})
                pat.append({"LOWER": "own", "OP": "?"})  # "lining their own pockets"
        elif word == "oneself":  # "shot itself in the foot", "shot themselves ..."
            pat.append({"LOWER": {"IN": list(REFLEXIVES)}})
        elif word.endswith("n't") and len(word) > 3:  # "couldn't": "could" + "n't"
            pat.append({"LOWER": _NEGATED.get(word, word[:-3])})
            pat.append({"LOWER": {"IN": ["n't", "n’t", "not"]}})
        elif word.endswith("'s") and len(word) > 2:  # "dog's", "hornets'"
            pat.append({"LOWER": word[:-2]})
            pat.append({"LOWER": {"IN": ["'s", "’s"]}})
        elif word.endswith("'") and len(word) > 1:
            pat.append({"LOWER": word[:-1]})
            pat.append({"LOWER": {"IN": ["'", "’"]}})
        elif "-" in word.strip("-"):
            parts = word.split("-")
            for j, part in enumerate(parts):
                pat.append({"LOWER": {"IN": forms(part)} if j == len(parts) - 1 else part})
                if j < len(parts) - 1:
                    pat.append({"ORTH": "-", "OP": "?"})
        else:
            pat.append({"LOWER": {"IN": forms(word)}})
    while pat and pat[0].get("OP") in ("?", "*"):
        pat.pop(0)  # a leading article is not part of the mark
    return pat


def compile_idioms(data: dict[str, Any]) -> dict[str, Any]:
    """The idiom list (``press_idioms.yaml``) as a word list's data: one ``pattern``
    entry per idiom, with its label, explanation, neutral alternative and ``unless``."""
    categories = data.get("categories") or {}
    entries = []
    for item in data.get("idioms") or []:
        phrase, category, says, neutral = (str(x) for x in item[:4])
        literal = item[4] if len(item) > 4 else []
        figure = categories.get(category, category)
        entries.append({
            "pattern": pattern(phrase),
            "label": "emotive",
            "neutral": neutral,
            "unless": [str(w) for w in literal] or None,
            "rule": "whole_idiom",  # kit/lenses/loaded_rules.py: not "dead in the water butt"
            "copula_claim": category in VERDICT_CATEGORIES,
            "explanation": (
                f"'{{text}}' {IDIOM_MARK} ({figure}): it {says} instead "
                "of saying plainly what happened, so the figure passes the judgement."
            ),
            "idiom": phrase,
            "idiom_category": category,
        })  # fmt: skip
    return {"name": data.get("name", "press_idioms"), "entries": entries}
