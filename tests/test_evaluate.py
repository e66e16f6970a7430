"""Answer-key loading and scoring (guide: Evaluation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.annotated import AnnotatedArticle, Annotation, Part, Source
from kit.errors import KitError
from kit.evaluate import (
    details,
    evaluate,
    evaluate_key,
    load_key,
    locate,
    main,
    same_source,
    same_source_form,
    trap_hits,
)

MINI = (
    "Maria Lopez said the plan might fail in May. "
    '"It is reckless," She told reporters. Officials agreed on some points.'
)
KEY = Path(__file__).parent / "fixtures" / "mini_key.yaml"
ANSWERS = Path(__file__).parents[1] / "data" / "answers"


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _attr(cue: str, speaker: str, canonical: str, kind: str) -> Annotation:
    cs, ce = _span(MINI, cue)
    ss, se = _span(MINI, speaker)
    return Annotation(
        "attribution",
        kind,
        min(cs, ss),
        max(ce, se),
        MINI[min(cs, ss) : max(ce, se)],
        "",
        speaker=Part(speaker, ss, se, canonical),
        cue=Part(cue, cs, ce),
    )


def _mark(category: str, label: str, needle: str) -> Annotation:
    s, e = _span(MINI, needle)
    return Annotation(category, label, s, e, needle, "")


def test_locate_places_spans_and_refuses_ambiguity():
    assert locate(MINI, {"text": "She", "near": "She told"}).start == MINI.index("She told")
    with pytest.raises(KitError, match="more than once"):
        locate(MINI + " Officials left.", {"text": "Officials"})
    with pytest.raises(KitError, match="not in the article body"):
        locate(MINI, {"text": "Gonzalez"})
    with pytest.raises(KitError, match="not inside near"):
        locate(MINI, {"text": "might", "near": "She told reporters"})


def test_key_loads_every_section():
    key = load_key(KEY, text=MINI)
    assert [a.canonical for a in key.attributions] == ["Maria Lopez", "Maria Lopez"]
    assert key.of("attribution")[1].text == "told reporters"
    assert key.of("hedge")[0].label == "modal"
    assert key.acceptable["hedge"][0].text == "some"
    assert key.traps[0][1].text == "May"


def _mini_marks() -> AnnotatedArticle:
    """The kit's marks on MINI as the tests below pretend them: some right, some not."""
    return AnnotatedArticle(
        text=MINI,
        meta={},
        annotations=[
            _attr("said", "Maria Lopez", "Maria Lopez", "indirect"),
            _attr("told reporters", "She", "Officials", "indirect"),  # wrong speaker and kind
            _mark("hedge", "modal", "might"),
            _mark("hedge", "adverb", "some"),  # acceptable: neither right nor wrong
            _mark("hedge", "modal", "May"),  # a trap and a false positive
            _mark("loaded", "emotive", "agreed"),  # false positive; "reckless" missed
        ],
    )


def test_scores_follow_the_guide():
    key = load_key(KEY, text=MINI)
    annotated = _mini_marks()
    scores = evaluate(annotated, key)
    att = scores["attribution"]
    assert (att.tp, att.fp, att.fn) == (2, 0, 0)
    assert att.speaker_accuracy == 0.5 and att.label_accuracy == 0.5
    hedge = scores["hedge"]
    assert (hedge.tp, hedge.fp, hedge.fn) == (1, 1, 0)
    assert hedge.precision == 0.5 and hedge.recall == 1.0
    loaded = scores["loaded"]
    assert (loaded.tp, loaded.fp, loaded.fn) == (0, 1, 1) and loaded.f1 == 0.0
    assert [h.text for h in trap_hits(annotated, key)] == ["May"]


def test_details_list_every_disagreement_with_the_key():
    key = load_key(KEY, text=MINI)
    annotated = _mini_marks()
    lines = details(key, annotated, evaluate(annotated, key))
    assert "  speaker: key 'Maria Lopez', kit 'Officials': " in "\n".join(lines)
    assert any(x.startswith("  missed loaded") and "[reckless]" in x for x in lines)
    assert any(x.startswith("  extra loaded (emotive)") and "[agreed]" in x for x in lines)
    assert any(x.startswith("  extra hedge (modal)") and "[May]" in x for x in lines)
    assert any(x.startswith("  trap marked (hedge, modal)") for x in lines)
    assert not any("[might]" in x or "[said]" in x for x in lines)  # agreements are not listed
    assert not any("[some]" in x for x in lines)  # nor what the key accepts


def test_a_source_row_for_acts_the_key_only_accepts_is_not_a_false_source(tmp_path):
    raw = KEY.read_text(encoding="utf-8").replace(
        "acceptable:\n", "acceptable:\n  attributions:\n    - {cue: {text: agreed}}\n"
    )
    raw += "sources:\n  - {canonical: Maria Lopez, type: named_person, attributions: 2}\n"
    (tmp_path / "k.yaml").write_text(raw, encoding="utf-8")
    key = load_key(tmp_path / "k.yaml", text=MINI)
    annotated = _mini_marks()
    annotated.annotations[1] = _attr("told reporters", "She", "Maria Lopez", "direct")
    annotated.annotations.append(_attr("agreed", "Officials", "Officials", "indirect"))
    annotated.sources = [
        Source("Maria Lopez", "named_person"),
        Source("Officials", "unnamed_group"),
    ]
    source = evaluate(annotated, key)["source"]
    assert (source.tp, source.fp, source.fn) == (1, 0, 0)  # Officials speak only where accepted
    annotated.annotations[1] = _attr("told reporters", "She", "Officials", "indirect")
    source = evaluate(annotated, key)["source"]  # now Officials also take a required act
    assert (source.tp, source.fp) == (1, 1)
    assert [s.canonical for s in source.false_positives] == ["Officials"]


def test_cli_details_on_a_real_key(capsys):
    key = Path(__file__).parents[1] / "data" / "answers" / "global_times_alaska_2021.yaml"
    assert main([str(key)], show_details=True) == 0
    out = capsys.readouterr().out
    rows = [x for x in out.splitlines() if x.startswith("global_times_alaska_2021")]
    listed = [x for x in out.splitlines() if x.startswith("  ")]
    _, annotated, scores = evaluate_key(key)
    wrong = sum(s.fn + s.fp + len(s.wrong_speakers) for s in scores.values())
    wrong += sum(share < 0.5 for s in scores.values() for share, *_ in s.contents)
    wrong += len(trap_hits(annotated, load_key(key)))
    assert rows and len(listed) == max(wrong, 1)  # one line per disagreement, or one saying none
    assert all(
        x.strip() == "(no disagreement)"
        or x.lstrip().startswith(("missed", "extra", "speaker:", "content:", "trap marked"))
        for x in listed
    )


def test_broken_key_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("article: mini\nhedges:\n  - {text: Gonzalez}\n", encoding="utf-8")
    with pytest.raises(KitError, match="bad.yaml hedges 1"):
        load_key(bad, text=MINI)


def test_an_unquoted_comma_that_splits_a_span_is_a_clear_error(tmp_path):
    # YAML's {...} form ends an unquoted text at a comma: "told about 3,000 supporters"
    # read as the text "told about 3" and a stray field "000 supporters", which used to
    # load silently as a shorter span (23 spans in 20 keys, fixed with quotes)
    text = "Officials said the plan would cost 3,000 pounds, not less."
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "article: mini\nhedges:\n  - {text: would cost 3,000 pounds, label: modal}\n",
        encoding="utf-8",
    )
    with pytest.raises(KitError, match=r"bad.yaml hedges 1: unknown field '000 pounds'.*quotes"):
        load_key(bad, text=text)
    bad.write_text(
        'article: mini\nhedges:\n  - {text: "would cost 3,000 pounds", label: modal}\n',
        encoding="utf-8",
    )
    assert load_key(bad, text=text).spans["hedge"][0].text == "would cost 3,000 pounds"
    with pytest.raises(KitError, match="a span is a text or a mapping"):
        locate(text, ["would"])


def test_cli_evaluate_refuses_a_missing_article(tmp_path):
    orphan = tmp_path / "orphan.yaml"
    orphan.write_text("article: no_such_article\n", encoding="utf-8")
    with pytest.raises(KitError, match="no_such_article"):
        main([str(orphan)])


def test_a_word_in_the_key_matches_the_word_not_the_sentence_around_it():
    text = "The plan is a cynical ploy to win votes."
    key = load_key(KEY, text=MINI)  # reuse the loader; spans set by hand below
    from kit.evaluate import KeySpan, score_category

    sentence = KeySpan(0, len(text), text, "unattributed_claim")
    word = KeySpan(text.index("cynical"), text.index("cynical") + 7, "cynical", "emotive")
    key.text, key.spans = text, {"loaded": [sentence, word]}
    key.acceptable = {}
    annotated = AnnotatedArticle(
        text=text,
        meta={},
        annotations=[
            Annotation("loaded", "emotive", word.start, word.end, "cynical", ""),
            Annotation("loaded", "unattributed_claim", 0, len(text), text, ""),
        ],
    )
    score = score_category(annotated, key, "loaded")
    assert (score.tp, score.fp, score.fn) == (2, 0, 0) and score.label_accuracy == 1.0


def test_spans_respect_word_edges():
    text = "Officials met in the world capital, he said."
    span = locate(text, {"text": "he", "near": "in the world capital, he said"})
    assert text[span.start - 2 : span.end] == ", he"
    assert locate(text, {"text": "he"}).start == text.index(", he") + 2


CONTENT_TEXT = (
    "Ana Ruiz said the bridge would close in June and the ferry would run instead. "
    "Tom Bell said the plan was rushed."
)


def test_content_agreement_measures_how_much_of_each_key_content_the_kit_shares(tmp_path):
    key_file = tmp_path / "content.yaml"
    key_file.write_text(
        "article: content\nattributions:\n"
        "  - {cue: {text: said, near: Ruiz said}, speaker: {text: Ana Ruiz}, canonical: Ana Ruiz,"
        " kind: indirect, content: {text: the bridge would close in June and the ferry would"
        " run instead}}\n"
        "  - {cue: {text: said, near: Bell said}, speaker: {text: Tom Bell}, canonical: Tom Bell,"
        " kind: indirect, content: {text: the plan was rushed}}\n",
        encoding="utf-8",
    )
    key = load_key(key_file, text=CONTENT_TEXT)

    def act(cue_at: str, speaker: str, content: str) -> Annotation:
        cs = CONTENT_TEXT.index(cue_at) + cue_at.index("said")
        ss, ks = CONTENT_TEXT.index(speaker), CONTENT_TEXT.index(content)
        return Annotation(
            "attribution", "indirect", ss, ks + len(content), content, "",
            speaker=Part(speaker, ss, ss + len(speaker), speaker),
            cue=Part("said", cs, cs + 4),
            content=Part(content, ks, ks + len(content)),
        )  # fmt: skip

    cut = "the bridge would close"  # the kit stops at "and": 22 of the key's 62 characters
    annotated = AnnotatedArticle(
        text=CONTENT_TEXT,
        meta={},
        annotations=[
            act("Ruiz said", "Ana Ruiz", cut),
            act("Bell said", "Tom Bell", "the plan was rushed"),
        ],
    )
    scores = evaluate(annotated, key)
    att = scores["attribution"]
    assert [round(c[0], 3) for c in att.contents] == [round(22 / 62, 3), 1.0]
    assert att.content_agreement == pytest.approx((22 / 62 + 1.0) / 2)
    lines = details(key, annotated, scores)
    assert lines == [
        "  content: key 'the bridge would close in June and the ferry would run instead', "
        "kit 'the bridge would close'"
    ]


def test_canonical_names_compare_without_the_article_the_but_with_every_other_word():
    assert same_source("spokesman for the Tallyguard Office", "Spokesman for  Tallyguard Office")
    assert same_source("The Hague", "hague")
    assert not same_source("theatre manager", "atre manager")
    assert not same_source("spokesman for Tallyguard Office", "spokeswoman for Tallyguard Office")
    # the keys write a role's owner with either preposition; the owner still counts
    assert same_source("barrister for Kell Trust", "barrister of the Kell Trust")
    assert not same_source("barrister for Kell Trust", "barrister for Wray Trust")
    assert not same_source("forester of Kell Wood", "ofester of Kell Wood")
    assert same_source("night porter at the Ashby Infirmary", "night porter of Ashby Infirmary")
    assert not same_source("night porter at Ashby Infirmary", "night porter at Corve Infirmary")
    assert not same_source("gatekeeper of Ashby Infirmary", "gatekeeper of Ashby Infirm")
    assert not same_source("the other union", "union")


def test_an_owner_written_with_a_possessive_or_with_of_names_the_same_source():
    """Keys and articles name an owned body or document either way round; every word
    must still be there, and a different owner or a missing word is another source."""
    assert same_source("interior ministry of Korsvania", "Korsvania's interior ministry")
    assert same_source("Dunhaven foreign ministry", "Dunhaven’s foreign ministry")
    notice = "expulsion notice of the Ministry of Information"
    assert same_source(notice, "Ministry of Information's expulsion notice")
    hauliers = "Dunhaven Road Hauliers' Association"
    assert same_source(hauliers, "association of Dunhaven Road Hauliers")
    assert not same_source("interior ministry of Korsvania", "Faldmark's interior ministry")
    assert not same_source("management committee of Marrowdene camp", "camp's management committee")
    assert not same_source("finance ministry report of January", "finance ministry report")
    assert not same_source("of", "")


def test_a_documents_maker_after_by_or_from_or_before_it_names_the_same_source():
    """Keys write a document's maker either way round (round AP: "A report by the proxy
    adviser Glasswater" keyed "Glasswater report"; round AD: "Figures from Northshire Food
    Aid" keyed "Northshire Food Aid figures"); a different maker, or a word one name lacks,
    is still another source."""
    assert same_source("report by Glasswater", "Glasswater report")
    assert same_source("report by Farrand Crannow", "Farrand Crannow report")
    assert same_source("Figures from Northshire Food Aid", "Northshire Food Aid figures")
    assert same_source("report by Oluwaseun Braithwaite", "Oluwaseun Braithwaite's report")
    assert not same_source("report by Glasswater", "Pennistone report")
    assert not same_source("report by Glasswater", "annual report")
    assert not same_source("survey by Spurrell Engineering", "Spurrell Engineering")
    assert not same_source("figures from the trust", "trust figures for 2026")


def test_a_key_scored_on_a_doc_parsed_beforehand_scores_the_same(nlp):
    """score_key with the article's Doc from annotate.annotated_doc (the tests' one shared
    parse of each article) gives the marks and scores annotate itself gives."""
    from kit.annotate import annotate, annotated_doc
    from kit.article import Article
    from kit.evaluate import article_path, score_key

    key = load_key(Path(__file__).parents[1] / "data" / "answers" / "global_times_alaska_2021.yaml")
    article = Article.from_path(article_path(key.article, key.path))
    doc = annotated_doc(article, nlp)
    assert doc.text == key.text and doc.has_annotation("DEP") and doc.spans["attributions"]
    _, fresh, fresh_scores = score_key(key)
    _, shared, shared_scores = score_key(key, doc)
    assert shared == fresh == annotate(article)
    assert shared_scores == fresh_scores
    assert shared_scores["attribution"].tp > 10


def test_a_count_that_opens_one_name_only_is_no_part_of_the_source():
    """The keys write an unnamed group with its count ("Two diplomats at the Assembly,
    who asked not to be named, said" -> round AK4's "two hauliers who supply the
    island") and without it (round AM1's "diplomats at the Assembly"): a count says how
    many spoke, not which source. Two counts that differ, a count that is the whole name
    and a capitalised word of a body's name stay."""
    assert same_source("diplomats at the Assembly", "two diplomats at the Assembly")
    assert same_source("Two diplomats who attended the talks", "diplomats who attended the talks")
    assert same_source("dealers at the sale", "several dealers at the sale")
    assert same_source("the two diplomats in Brasolek", "diplomats in Brasolek")
    assert not same_source("two residents", "three residents")
    assert not same_source("two diplomats", "two officials")
    assert not same_source("diplomats at the Assembly", "two diplomats at the Embassy")
    assert not same_source("Three Rivers Council", "Rivers Council")
    assert not same_source("two", "")
    assert not same_source(
        "one of two people familiar with the talks", "people familiar with the talks"
    )


def test_own_after_an_owner_is_no_part_of_the_source():
    """The keys keep *own* in a document's owner phrase in most older rounds ("council's
    own impact report") and drop it in others (round Z's "Dravell Water's annual report",
    round AM's "Ministry of Orchards of Haldmere" for "Haldmere's own Ministry of
    Orchards"). Two documents of one owner stay two, and so does a name with "Own" in it."""
    assert same_source("Dravell Water's annual report", "Dravell Water's own annual report")
    assert same_source("Ministry of Orchards of Haldmere", "Haldmere's own Ministry of Orchards")
    assert same_source("Pellibrand timber merchants", "Pellibrand’s own timber merchants")
    assert not same_source("council's own survey", "council's own report")
    assert not same_source("council's own survey", "survey")
    assert not same_source("Own Goal Trust", "Goal Trust")


def _real_key(stem: str):
    return load_key(ANSWERS / f"{stem}.yaml")


def test_same_source_form_counts_a_shorter_form_the_key_gives_for_its_source():
    # the key's speakers are "The council", "the council"; no other source is a council
    key = _real_key("backpedal_scarvelby_sunday_charge")
    assert not same_source("district council", "Scarvelby District Council")  # strict: wrong
    assert same_source_form("district council", "Scarvelby District Council", key)
    assert same_source_form("council", "Scarvelby District Council", key)
    # the role noun of a person the key names, the kit's fuller mention of a body's staff
    agm = _real_key("agm_ravelstoke_water_payrise")
    assert same_source_form("chairman", "Mungo Kittermaster", agm)
    key = _real_key("rentiers_hearthholders_stoatley_cap")
    assert same_source_form(
        "member of the Federation's board", "Hearthholders' Federation board member", key
    )
    assert same_source_form("Hearthholders' Federation", "Hearthholders' Federation", key)  # strict


def test_same_source_form_never_counts_a_form_another_source_of_the_key_would_fit():
    # two foreign ministries in one key: the short form fits both, so neither
    key = _real_key("frontier_ulverdane_skarrowden_drills")
    for short in ("foreign ministry", "the ministry", "Kessavar's foreign ministry"):
        assert not same_source_form(short, "Kessavari foreign ministry", key)
    assert same_source_form("Kessavari foreign ministry", "Kessavari foreign ministry", key)
    # a surname or role another source of the key shares: "Dame Venetia" led the review
    key = _real_key("abusereport_kelvardine_church_review")
    assert not same_source_form("Dame Venetia", "independent review", key)
    assert same_source_form("review", "independent review", key)
    assert same_source_form("Quarrenby", "Aelred Quarrenby", key)


def test_same_source_form_never_counts_another_source_a_pronoun_or_a_document_for_its_maker():
    key = _real_key("agm_ravelstoke_water_payrise")
    assert not same_source_form("Ravelstoke Water", "Mungo Kittermaster", key)  # another source
    assert not same_source_form("he", "Mungo Kittermaster", key)
    assert not same_source_form(None, "Mungo Kittermaster", key)
    key = _real_key("airmiles_marrisk_voskelund_charters")  # the key's ministry is the trade one
    assert not same_source_form("foreign ministry", "trade ministry of Veskaria", key)
    key = _real_key("thickener_thrennick_borrowdane_vorrelline")  # key speaker: its figures
    name = "Ilvessan Food Manufacturers' Federation"
    assert not same_source_form(name + "'s own figures", name, key)


def test_the_same_source_figure_is_reported_beside_the_strict_one(capsys):
    path = ANSWERS / "backpedal_scarvelby_sunday_charge.yaml"
    key = load_key(path)
    found = [a for a in key.attributions if a.canonical == "Scarvelby District Council"]
    assert len(found) >= 2
    text = key.text

    def act(item, canonical: str) -> Annotation:
        cue = item.cue
        return Annotation(
            "attribution", item.kind, cue.start, cue.end, cue.text, "",
            speaker=Part(cue.text, cue.start, cue.end, canonical),
            cue=Part(cue.text, cue.start, cue.end),
        )  # fmt: skip

    marks = [act(found[0], "district council"), act(found[1], "Scarvelby District Council")]
    others = [a for a in key.attributions if a.canonical != "Scarvelby District Council"]
    marks.append(act(others[0], "Scarvelby District Council"))  # another source: never counted
    annotated = AnnotatedArticle(text=text, meta={}, annotations=marks)
    att = evaluate(annotated, key)["attribution"]
    assert (att.tp, att.speaker_right, att.speaker_same_source) == (3, 1, 2)
    assert att.speaker_accuracy == 1 / 3 and att.speaker_same_source_accuracy == 2 / 3
    lines = details(key, annotated, {"attribution": att})
    assert sum("(same source)" in x for x in lines) == 1
