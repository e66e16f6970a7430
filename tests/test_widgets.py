"""Exercise widgets, driven headless: set control values, click, read the feedback HTML.

The practice article is ``tests/fixtures/articles/harbour_bridge.md`` with its
hand-made key (``tests/fixtures/answers/harbour_bridge.yaml``), annotated by the
real kit.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kit.annotate import annotate
from kit.annotated import AnnotatedArticle, Annotation
from kit.errors import KitError
from kit.evaluate import load_key
from kit.progress import ProgressStore
from kit.widgets import (
    ArticleExplorer,
    CertaintyMeter,
    PredictThenReveal,
    RewriteChallenge,
    SourceMap,
    WhoSaidIt,
    practice,
)
from kit.widgets.exercises import fact_kept, facts_in

FIXTURES = Path(__file__).parent / "fixtures"
STEM = "harbour_bridge"


@pytest.fixture(autouse=True)
def fixture_data(monkeypatch, nlp):
    """Practice articles come from tests/fixtures (the pipeline is loaded once)."""
    monkeypatch.setenv("KIT_DATA_DIR", str(FIXTURES))


@pytest.fixture
def article() -> AnnotatedArticle:
    return practice(STEM)[0]


def sentence_with(annotated: AnnotatedArticle, words: str) -> int:
    return annotated.sentence_of(annotated.text.index(words))


def tick(widget: PredictThenReveal, *indices: int) -> None:
    for i, box in zip(widget.sentence_ids, widget.marks, strict=True):
        box.value = i in indices


def with_key_marks(annotated: AnnotatedArticle) -> AnnotatedArticle:
    """The article with marks written from its key, as a stand-in for the kit's own marks
    (each carries its own explanation, so we can see which explanation a widget uses)."""
    key = load_key(FIXTURES / "answers" / f"{STEM}.yaml", text=annotated.text)
    marks = [
        Annotation(cat, s.label or "", s.start, s.end, s.text, f"KIT says: {s.text} is a {cat}")
        for cat in ("hedge", "booster", "loaded")
        for s in key.of(cat)
    ]
    return AnnotatedArticle(
        annotated.text, {}, marks, [], list(annotated.sentences), list(annotated.paragraphs)
    )


# -- practice -------------------------------------------------------------------------
def test_practice_gives_the_annotated_article_and_its_key():
    annotated, key = practice(STEM)
    assert annotated.text.startswith("The city council voted on Tuesday")
    assert [a.canonical for a in key.attributions][:2] == ["Lena Ortiz", "Lena Ortiz"]
    assert practice(STEM)[0] is annotated  # cached


def test_unknown_practice_article_is_a_clear_error():
    with pytest.raises(KitError, match="no practice article 'nope'; known: harbour_bridge"):
        PredictThenReveal("nope")
    with pytest.raises(KitError, match="category must be one of"):
        PredictThenReveal(STEM, category="adjectives")


# -- predict, then reveal -------------------------------------------------------------
def test_predict_sentences_scores_misses_and_false_alarms(article):
    w = PredictThenReveal(STEM, "hedge")
    assert len(w.marks) == len(article.sentences)
    assert w.reveal.disabled
    w.reveal.click()
    assert "Commit your answer first" in w.revealed.value  # no marks before a check
    assert "<mark>" not in w.revealed.value

    tick(w, sentence_with(article, "might be unsafe"), 0)
    w.check.click()
    text = w.feedback_text()
    assert text.startswith("You found 1 of 2 hedges; 1 false alarm.")
    assert "Right: your sentences hold ‘might’." in text
    # the miss, in context, with the label's explanation (the kit has no mark there)
    assert "probably (adverb) in: The repairs will probably take six months" in text
    # its explanation: the kit's own, when the kit marks 'probably' too; else the label's
    kit_probably = [a for a in article.of("hedge") if a.text == "probably" and a.explanation]
    why = kit_probably[0].explanation if kit_probably else "makes the claim less certain"
    assert why in text
    assert "<mark>probably</mark>" in w.feedback.value
    assert "Sentence 1: ‘The city council voted on Tuesday" in text
    assert w.last.correct == 1 and w.last.total == 2

    assert not w.reveal.disabled
    w.reveal.click()
    assert "the answer key has 2" in w.revealed.value


def test_predict_prefers_the_kits_explanation_and_reveals_its_marks(article):
    kit_view = with_key_marks(article)
    key = load_key(FIXTURES / "answers" / f"{STEM}.yaml", text=article.text)
    w = PredictThenReveal(kit_view, "booster", key=key)
    w.check.click()  # nothing ticked
    text = w.feedback_text()
    assert text.startswith("You found 0 of 2 boosters; no false alarms.")
    assert "KIT says: proves that is a booster" in text
    assert "KIT says: always is a booster" in text
    w.reveal.click()
    assert "The kit marks 2 boosters here; the answer key has 2." in w.revealed.value
    assert "proves that" in w.revealed.value
    assert "KIT says: always is a booster" in w.revealed.value  # the kit's note


def test_predict_words_mode(article):
    w = PredictThenReveal(STEM, "booster", mode="words")
    assert w.marks == []
    w.words.value = "Always, never; proves"
    w.check.click()
    text = w.feedback_text()
    assert text.startswith("You found 2 of 2 boosters; no false alarms.")
    assert "Not in the text: ‘never’." in text

    w.words.value = "nobody, the council"  # 'Nobody' is borderline in the key
    w.check.click()
    text = w.feedback_text()
    assert text.startswith("You found 0 of 2 boosters; 2 false alarms.")  # 2 x 'the council'
    assert "Critics say <mark>the council</mark> has always" in w.feedback.value


def test_predict_words_names_a_mark_of_another_category():
    w = PredictThenReveal(STEM, "hedge", mode="words")
    w.words.value = "always"
    w.check.click()
    assert "(the answer key marks it as a booster)" in w.feedback_text()


def test_predict_attributions_on_chosen_sentences(article):
    first, second = sentence_with(article, "Tom Becker"), sentence_with(article, "Critics say")
    w = PredictThenReveal(STEM, "attribution", sentences=[first, second, 0])
    assert w.sentence_ids == sorted([first, second, 0])
    tick(w, first)
    w.check.click()
    text = w.feedback_text()
    assert text.startswith("You found 1 of 2 attributions; no false alarms.")
    assert "say (indirect) in: Critics say the council" in text
    assert "‘say’ reports Critics (indirect: a paraphrase" in text
    with pytest.raises(KitError, match="no sentence 99"):
        PredictThenReveal(STEM, "attribution", sentences=[99])


# -- who said it ------------------------------------------------------------------------
def test_who_said_it_explains_the_cue():
    w = WhoSaidIt(STEM)
    assert w.logic.options == ["Critics", "Lena Ortiz", "Tom Becker", "the council's budget report"]
    assert len(w.answers) == 6
    w.answers[0].value = "Lena Ortiz"
    w.answers[1].value = "Tom Becker"
    w.answers[3].value = "Tom Becker"
    w.check.click()
    text = w.feedback_text()
    assert text.startswith("2 of 6 right.")
    assert "✘ Not Tom Becker: it was Lena Ortiz." in text
    assert "‘Ortiz’ is a short name: it refers to Lena Ortiz" in text
    assert "The cue ‘he said’ points back to Tom Becker" in text
    assert "No answer. It was Critics." in text
    assert "The speaker is named in the cue ‘Critics say’." in text


# -- source map ---------------------------------------------------------------------------
def test_source_map_checks_objective_parts_and_prompts_the_rest():
    w = SourceMap(STEM)
    assert [r.canonical for r in w.rows][:2] == ["Lena Ortiz", "Tom Becker"]
    becker = w.rows_by_source["Tom Becker"]
    becker.named.value = "named"
    becker.type.value = "named_person"
    becker.outlet_exclusive.value = True
    becker.attributions.value = 1
    becker.independent.value = "no"
    critics = w.rows_by_source["Critics"]
    critics.named.value = "named"
    critics.type.value = "anonymous"
    w.check.click()
    text = w.feedback_text()
    # Becker: 3 right (count wrong); Critics: type and outlet (unticked = no) right;
    # the two untouched rows: only the unticked outlet box is right.
    assert text.startswith("7 of 16 checkable answers agree with the answer key.")
    assert "✘ Attributions: 2 (you: 1). its cues: ‘told the Harbour Herald’, ‘said’" in text
    assert "✔ Spoke to this outlet: yes." in text
    assert "✘ Named: unnamed (you: named)." in text
    assert "Independent: you said no. No single right answer" in text
    assert "describes Tom Becker as ‘runs a bakery near the bridge’" in text


# -- certainty meter ------------------------------------------------------------------------
def test_certainty_meter_names_the_cues(article):
    might = sentence_with(article, "might be unsafe")
    always = sentence_with(article, "always ignored")
    w = CertaintyMeter(STEM, sentences=[might, always, 0])
    w.sliders[w.sentence_ids.index(might)].value = -1
    w.sliders[w.sentence_ids.index(always)].value = -2
    w.check.click()
    text = w.feedback_text()
    assert text.startswith("Your sense of certainty agrees on 2 of 3 sentences.")
    assert "You: -1 (a bit unsure). The answer key marks hedges: ‘might’; boosters: none" in text
    assert "boosters: ‘always’ → the text sounds more sure than unsure. ✘ you differ." in text
    assert "You: 0 (neither)." in text


def test_certainty_meter_default_picks_marked_sentences(article):
    w = CertaintyMeter(STEM, n=3)
    assert len(w.sliders) == 3
    marked = {sentence_with(article, s) for s in ("might", "proves", "probably", "always ignored")}
    assert len(set(w.sentence_ids) & marked) == 2  # two marked sentences and one plain one


# -- rewrite challenge ------------------------------------------------------------------------
def loaded_lens_double(text: str) -> AnnotatedArticle:
    """A stand-in for the loaded lens that marks two charged phrases."""
    marks = [
        Annotation("loaded", "emotive", m.start(), m.end(), m.group(), "charged", neutral="risk")
        for m in re.finditer(r"reckless gamble|betrayal", text)
    ]
    return AnnotatedArticle(text, {}, marks, [], [(0, len(text))])


def test_rewrite_reports_loaded_words_and_facts():
    w = RewriteChallenge(
        "Mayor Lena Ortiz called the 4.2 million euro plan a betrayal and a reckless gamble.",
        annotate=loaded_lens_double,
    )
    assert "<mark>betrayal</mark>" in w.logic.question_html()
    w.rewrite.value = "Ortiz called the plan a reckless gamble."
    w.check.click()
    text = w.feedback_text()
    assert text.startswith("1 of 2 loaded words removed; 1 of 2 facts kept.")
    assert "Removed: ‘betrayal’." in text
    assert "Still loaded: ‘reckless gamble’." in text
    assert "Neutral: ‘risk’." in text
    assert "Facts missing from your version: ‘4.2’." in text  # 'Ortiz' keeps the name


def test_rewrite_a_sentence_of_an_article(article):
    gamble = sentence_with(article, "reckless gamble")
    w = RewriteChallenge(article, sentence=gamble, annotate=loaded_lens_double)
    assert (
        w.logic.original
        == "The mayor's so-called \"plan\" is a reckless gamble with people's jobs."
    )
    assert "&quot;plan&quot; is a <mark>reckless gamble</mark> with" in w.logic.question_html()
    with pytest.raises(KitError, match="the article has sentences 0..8"):
        RewriteChallenge(article, sentence=9)
    with pytest.raises(KitError, match="give the sentence number"):
        RewriteChallenge(article)


def test_rewrite_with_the_real_kit_keeps_facts(nlp):
    w = RewriteChallenge("The Biden administration sent 2 ships to Taiwan on Wednesday.")
    w.rewrite.value = "On Wednesday the Biden administration sent 2 ships to Taiwan."
    w.check.click()
    assert "All the facts (numbers, names) are still there." in w.feedback_text()
    w.rewrite.value = "   "
    w.check.click()
    assert w.feedback_text() == "Write your version first, then check."


def test_a_fact_is_kept_by_its_number_or_last_name():
    assert fact_kept("Mayor Lena Ortiz", "ortiz spoke")
    assert not fact_kept("4.2", "cost 14.2 million")
    assert not fact_kept("4", "cost 4.5 million")
    assert fact_kept("4.2", "cost 4.2 million.")


def test_facts_skip_capitalised_sentence_openers():
    assert facts_in("The US Navy sent 2 ships past Taiwan in 2021.") == [
        "2",
        "2021",
        "US Navy",
        "Taiwan",
    ]


# -- explorer -------------------------------------------------------------------------------
def test_article_explorer_browses_by_lens_and_label(article):
    w = ArticleExplorer(with_key_marks(article), lens="loaded")
    assert w.lens.options[2] == ("Loaded language (3)", "loaded")
    assert list(w.label.options) == ["all", "emotive", "intensifier", "scare_quote"]
    w.label.value = "scare_quote"
    html = w.output.value
    assert "<b>&quot;plan&quot;</b> <i>(scare_quote)</i>" in html
    assert "so-called <mark>&quot;plan&quot;</mark> is a reckless gamble" in html
    assert "KIT says: &quot;plan&quot; is a loaded" in html
    w.lens.value = "hedge"
    assert w.label.value == "all"
    assert w.feedback_text().startswith("2 hedges")


# -- progress in widgets -----------------------------------------------------------------
def test_answers_are_saved_and_restored(tmp_path, article):
    store = ProgressStore.for_learner("ana", folder=tmp_path)
    w = PredictThenReveal(STEM, "hedge", store=store)
    might = sentence_with(article, "might be unsafe")
    tick(w, might)
    w.check.click()
    assert store.get(w.logic.exercise_id) == {"sentences": [might]}

    written = (tmp_path / "ana.json").read_bytes()
    again = PredictThenReveal(STEM, "hedge", store=ProgressStore.for_learner("ana", tmp_path))
    assert [i for i, b in zip(again.sentence_ids, again.marks, strict=True) if b.value] == [might]
    # the committed answer is checked again on reopening (so reveal is open), not re-saved
    assert again.feedback.value == w.feedback.value
    assert again.feedback_text().startswith("You found 1 of 2 hedges; no false alarms.")
    assert not again.reveal.disabled
    assert (tmp_path / "ana.json").read_bytes() == written
    assert PredictThenReveal(STEM, "hedge").reveal.disabled  # no store: nothing committed

    who = WhoSaidIt(STEM, store=store)
    who.answers[2].value = "Tom Becker"
    who.check.click()
    meter = CertaintyMeter(STEM, store=store, sentences=[might])
    meter.sliders[0].value = -2
    meter.check.click()
    smap = SourceMap(STEM, store=store)
    smap.rows_by_source["Critics"].type.value = "anonymous"
    smap.check.click()
    rewrite = RewriteChallenge("A reckless gamble.", store=store, annotate=loaded_lens_double)
    rewrite.rewrite.value = "A risky plan."
    rewrite.check.click()

    fresh = ProgressStore.for_learner("ana", tmp_path)
    assert WhoSaidIt(STEM, store=fresh).answers[2].value == "Tom Becker"
    assert CertaintyMeter(STEM, store=fresh, sentences=[might]).sliders[0].value == -2
    restored = SourceMap(STEM, store=fresh).rows_by_source["Critics"]
    assert restored.type.value == "anonymous"
    again = RewriteChallenge("A reckless gamble.", store=fresh, annotate=loaded_lens_double)
    assert again.rewrite.value == "A risky plan."


def test_a_broken_progress_file_shows_in_the_widget(tmp_path):
    (tmp_path / "ana.json").write_text("{broken", encoding="utf-8")
    w = WhoSaidIt(STEM, store=ProgressStore.for_learner("ana", tmp_path))
    assert "could not be read" in w.notice.value
    assert "ana.json.broken-1" in w.notice.value
    assert (tmp_path / "ana.json.broken-1").read_text(encoding="utf-8") == "{broken"
    assert all(d.value is None for d in w.answers)  # starts fresh


# -- output hygiene ----------------------------------------------------------------------
def test_article_text_is_escaped_everywhere(tmp_path, nlp):
    text = (
        'The mayor said <script>alert("x")</script> the plan might fail. '
        '"It is <b>doomed</b>," she said.'
    )
    annotated = annotate(text)
    key_path = tmp_path / "esc.yaml"
    key_path.write_text(
        "article: esc\n"
        "attributions:\n"
        "  - cue: {text: said, near: 'mayor said'}\n"
        "    speaker: {text: The mayor}\n"
        "    canonical: The mayor\n"
        "    kind: indirect\n"
        "    content: {text: '<script>alert(\"x\")</script> the plan might fail'}\n"
        "sources: [{canonical: The mayor, type: anonymous, attributions: 1}]\n"
        "hedges: [{text: might, label: modal}]\n"
        "boosters: [{text: doomed, label: absolute}]\n",
        encoding="utf-8",
    )
    outputs = []
    predict = PredictThenReveal(annotated, "hedge", key=key_path)
    predict.check.click()
    outputs.append(predict.feedback.value)
    who = WhoSaidIt(annotated, key=key_path)
    outputs += [who.widget.children[2].value]
    who.check.click()
    outputs.append(who.feedback.value)
    meter = CertaintyMeter(annotated, key=key_path, sentences=[0, 1])
    meter.check.click()
    outputs.append(meter.feedback.value)
    rewrite = RewriteChallenge(text)
    rewrite.rewrite.value = "<img src=x onerror=alert(1)>"
    rewrite.check.click()
    outputs += [rewrite.widget.children[1].value, rewrite.feedback.value]
    for html in outputs:
        assert "<script>" not in html and "<b>doomed" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in outputs[0]
    assert "&lt;b&gt;" in outputs[3]


def test_outputs_are_deterministic():
    def run() -> tuple[str, str, dict]:
        w = PredictThenReveal(STEM, "loaded", mode="words")
        w.words.value = "seriously, gamble"
        w.check.click()
        w.reveal.click()
        return w.feedback.value + w.revealed.value, repr(w), w._repr_mimebundle_()

    first, second = run(), run()
    assert first[0] == second[0]
    assert (
        first[2]["text/plain"]
        == second[2]["text/plain"]
        == ("PredictThenReveal: loaded words in harbour_bridge")
    )
    assert "application/vnd.jupyter.widget-view+json" in first[2]
    assert not re.search(r"\d{4}-\d\d-\d\dT|[0-9a-f]{32}", first[0])


# -- the course's practice articles (data/articles + data/answers) --------------------------
@pytest.fixture
def course_data(monkeypatch):
    monkeypatch.delenv("KIT_DATA_DIR")


def test_explainer_traps_and_shared_surname(course_data):
    w = PredictThenReveal("explainer_aren_dam_delta", "hedge", mode="words")
    w.words.value = "could, seems to, perhaps"
    w.check.click()
    text = w.feedback_text()
    assert text.startswith("You found 2 of 7 hedges; 1 false alarm.")
    assert "Right: ‘seems to’, ‘perhaps’." in text
    assert "a trap: the same word, used in another sense here" in text
    assert "<mark>could</mark> swim across the river" in w.feedback.value
    assert "It is possible that (phrase) in: It is possible that the two governments" in text

    who = WhoSaidIt("explainer_aren_dam_delta")
    daniel = [i for i, s in enumerate(who.logic.items) if s.canonical == "Daniel Okafor"]
    for i in daniel:
        who.answers[i].value = "Maria Okafor"
    who.check.click()
    text = who.feedback_text()
    assert len(daniel) == 4
    assert text.startswith(f"0 of {len(who.logic.items)} right.")
    assert "✘ Not Maria Okafor: it was Daniel Okafor." in text
    assert (
        "Careful: the article names 2 sources called Okafor (Daniel Okafor, Maria Okafor)" in text
    )


def test_wire_article_certainty_and_sources(course_data):
    annotated, _key = practice("wire_aren_dam_filling")
    might = sentence_with(annotated, "Valdoria might agree")
    never = sentence_with(annotated, "would never accept")
    meter = CertaintyMeter("wire_aren_dam_filling", sentences=[might, never])
    meter.sliders[0].value = -1
    meter.sliders[1].value = 1
    meter.check.click()
    text = meter.feedback_text()
    assert text.startswith("Your sense of certainty agrees on 2 of 2 sentences.")
    assert "hedges: ‘might’; boosters: none" in text
    assert "hedges: none; boosters: ‘never’" in text

    smap = SourceMap("wire_aren_dam_filling")
    row = smap.rows_by_source["senior Orsenian official"]
    row.named.value = "unnamed"
    row.type.value = "anonymous"
    row.attributions.value = 2
    row.verifies.value = "asserts"
    smap.check.click()
    text = smap.feedback_text()
    assert "✔ Named: unnamed." in text
    assert "✔ Attributions: 2. its cues: ‘said’, ‘said’" in text
    assert "Verifies or asserts: you said asserts. No single right answer" in text

    who = WhoSaidIt("wire_aren_dam_filling")
    who.check.click()
    assert (
        "In the cue ‘the official said’, ‘the official’ points back to a source introduced "
        "earlier: senior Orsenian official." in who.feedback_text()
    )


def test_seed_article_would_is_not_always_a_hedge(course_data):
    annotated, _key = practice("global_times_alaska_2021")
    w = PredictThenReveal("global_times_alaska_2021", "hedge", mode="words")
    w.words.value = "would"
    w.check.click()
    text = w.feedback_text()
    assert text.startswith("You found 1 of 8 hedges; 6 false alarms.")
    assert "Right: ‘would’." in text  # 'This meeting would be significant'
    assert "National People's Congress <mark>would</mark> focus on broad issues" in (
        w.feedback.value.replace("&#x27;", "'")
    )

    proves = annotated.sentence_of(annotated.text.index("This proves that"))
    meter = CertaintyMeter("global_times_alaska_2021", sentences=[proves])
    meter.sliders[0].value = 2
    meter.check.click()
    assert (
        "You: +2 (very sure). The answer key marks hedges: none; boosters: ‘This proves that’"
        in (meter.feedback_text())
    )

    who = WhoSaidIt("global_times_alaska_2021")
    who.check.click()
    text = who.feedback_text()
    assert "In the cue ‘Li told the press conference’, ‘Li’ is a short name: it refers to " in text
    assert "‘the US State Department’ points back to a source introduced earlier" in text


# -- ArticleInput: paste or upload ----------------------------------------------------
def _upload(name: str, data: bytes) -> dict:
    from datetime import UTC, datetime

    when = datetime(2024, 5, 1, tzinfo=UTC)  # as ipywidgets delivers an upload
    return {"name": name, "type": "", "size": len(data), "content": memoryview(data),
            "last_modified": when}  # fmt: skip


def test_article_input_reads_the_text_box_then_an_upload_then_the_box_again():
    from kit.widgets import ArticleInput

    box = ArticleInput("Officials said the bridge might close.\n\nThe mayor agreed.")
    assert "text box (9 words)" in box.notice.value
    assert box.article.body.startswith("Officials said the bridge might close.")

    page = (
        b"<html><head><title>Dam talks stall</title></head><body><article>"
        b"<h1>Dam talks stall</h1><p>Engineers said the reservoir could fill by May.</p>"
        b"<script>alert(1)</script></article></body></html>"
    )
    box.upload.value = (_upload("dam <b>talks</b>.html", page),)
    assert "uploaded file <b>dam &lt;b&gt;talks&lt;/b&gt;.html</b>" in box.notice.value
    article = box.article
    assert article.meta["headline"] == "Dam talks stall"
    assert "could fill by May" in article.body and "alert" not in article.body

    box.clear.click()
    assert box.upload.value == () and "text box" in box.notice.value
    assert "bridge" in box.article.body


def test_article_input_explains_an_empty_box_and_a_bad_upload():
    from kit.widgets import ArticleInput

    box = ArticleInput("   ")
    with pytest.raises(KitError, match="text box is empty"):
        _ = box.article
    box.upload.value = (_upload("scan.pdf", b"%PDF-1.4 binary"),)
    with pytest.raises(KitError, match="pdf files are not supported"):
        _ = box.article
    box.upload.value = (_upload("notes.txt", b"\x00\x01\x02" * 50),)
    with pytest.raises(KitError, match="binary"):
        _ = box.article


# -- accessibility: every control a learner can use has a visible label -----------------
CONTROLS = (
    "Dropdown",
    "Text",
    "Textarea",
    "Checkbox",
    "IntSlider",
    "BoundedIntText",
    "FileUpload",
    "Button",
    "SelectionSlider",
    "RadioButtons",
    "ToggleButtons",
)


def _controls(widget) -> list:
    """Every interactive control inside a widget tree."""
    found = [widget] if type(widget).__name__ in CONTROLS else []
    for child in getattr(widget, "children", ()):
        found += _controls(child)
    return found


def test_every_control_has_a_label(article):
    from kit.widgets import ArticleInput

    shells = [
        PredictThenReveal(STEM, "hedge"),
        PredictThenReveal(STEM, "booster", mode="words"),
        WhoSaidIt(STEM),
        SourceMap(STEM),
        CertaintyMeter(STEM, n=3),
        RewriteChallenge(article, sentence=0, annotate=loaded_lens_double),
        ArticleExplorer(STEM),
        ArticleInput(),
    ]
    for shell in shells:
        controls = _controls(shell.widget)
        assert controls, type(shell).__name__
        unlabelled = [
            type(c).__name__ for c in controls if not str(getattr(c, "description", "")).strip()
        ]
        assert unlabelled == [], f"{type(shell).__name__}: {unlabelled}"
    boxes = PredictThenReveal(STEM, "hedge").marks
    assert boxes and all(b.description.startswith("Sentence ") for b in boxes)


def test_who_said_it_on_a_learners_text_does_not_show_the_speaker_inside_a_quotation():
    text = (
        "The ferry committee met on Thursday.\n\n"
        '"We have waited three winters for this," Nessa Corrigan said, "and the pier will '
        'not last another one."\n\n'
        "The treasurer said the repairs would cost less than expected."
    )
    who = WhoSaidIt(annotate(text))  # no answer key: the kit's own marks
    assert who.widget.children[2].value == who.logic.item_html(0)  # what the learner sees
    shown = " ".join(who.logic.item_html(i) for i in range(len(who.logic.items)))
    assert "We have waited three winters for this … and the pier will not last" in shown
    assert "Corrigan" not in shown and "Nessa" not in shown
    assert "the repairs would cost less than expected" in shown
