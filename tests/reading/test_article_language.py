"""Language identification and the not-Danish warning."""

from __future__ import annotations

from pathlib import Path

from quizgen.analysis import Article
from quizgen.reading.article import parse_article, read_article
from quizgen.reading.language import detect_language, language_name, language_warning

ARTICLES = Path(__file__).parents[1] / "data" / "articles"
SEED = Path(__file__).parents[2] / "seeds" / "000_0ea3d618a2e44150.txt"
LIMIT = 5_000_000


def article(text: str, language: str, confidence: float) -> Article:
    return Article(
        id="x",
        text=text,
        title="t",
        origin="a.txt",
        language=language,
        language_confidence=confidence,
    )


def test_language_english_article_is_warned_about() -> None:
    english = read_article(ARTICLES / "english.txt", max_bytes=LIMIT)
    assert english.language == "en"
    assert english.language_confidence > 0.9
    warning = language_warning(english)
    assert warning is not None
    assert "looks like English, not Danish" in warning
    assert warning.startswith(f"{ARTICLES / 'english.txt'}: ")


def test_language_bundled_danish_article_is_not_warned_about() -> None:
    danish = read_article(SEED, max_bytes=LIMIT)
    assert danish.language == "da"
    assert language_warning(danish) is None


def test_language_detection_is_deterministic() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert detect_language(text) == detect_language(text)


def test_language_short_text_is_never_warned_about() -> None:
    assert language_warning(article("The cat sat on the mat today.", "en", 0.99)) is None


def test_language_norwegian_guess_on_middling_text_is_not_warned_about() -> None:
    # Danish is often mistaken for Norwegian: a long text at 95% is still not enough.
    text = " ".join(["ord"] * 100)
    assert language_warning(article(text, "no", 0.95)) is None
    assert language_warning(article(text, "no", 0.999)) is not None


def test_language_unsure_guess_is_not_warned_about() -> None:
    text = " ".join(["word"] * 40)
    assert language_warning(article(text, "en", 0.6)) is None
    assert language_warning(article(text, "en", 0.95)) is not None


def test_language_short_danish_sentence_is_not_warned_about() -> None:
    text = "Jeg hedder Peter og bor i en by."
    code, confidence = detect_language(text)
    assert language_warning(article(text, code, confidence)) is None


def test_language_name() -> None:
    assert language_name("en") == "English"
    assert language_name("de") == "German"
    assert language_name("no") == "Norwegian"
    assert language_name("xx") == "xx"


def test_language_empty_text() -> None:
    assert detect_language("   ") == ("da", 0.0)


SWEDISH = (
    "Staden Baghouz i östra Syrien är den sista fickan av land som Islamiska staten "
    "kontrollerar i landet. Inför intagandet av området evakuerar de kurdiskledda "
    "SDF-styrkorna nu civila i staden. Det berättar Mustafa Bali, talesperson för SDF, på "
    "onsdagen till nyhetsbyrån Reuters. Enligt Reuters har journalister sett en konvoj av "
    "lastbilar fyllda med civila syrier lämna staden Baghouz i östra Syrien. Det handlar "
    "enligt AP om minst tio lastbilar med män, kvinnor och barn."
)
NORWEGIAN = (
    "Byen Baghouz i det østlige Syria er den siste lommen av land som Den islamske staten har "
    "kontroll over i landet. Før inntakelsen av området evakuerer de kurdisk ledede "
    "SDF-styrkene nå sivile i byen. Det forteller Mustafa Bali, talsperson for SDF, onsdag "
    "til nyhetsbyrået Reuters. Ifølge Reuters har journalister sett en konvoi av lastebiler "
    "fylt med sivile syrere forlate byen Baghouz i det østlige Syria. Det er ifølge AP snakk "
    "om minst ti lastebiler med menn, kvinner og barn."
)


def test_language_long_swedish_text_is_warned_about() -> None:
    swedish = parse_article(SWEDISH.encode(), "svensk.txt")
    assert swedish.language == "sv"
    warning = language_warning(swedish)
    assert warning is not None
    assert "looks like Swedish, not Danish" in warning


def test_language_norwegian_close_to_danish_is_not_warned_about() -> None:
    # Bokmål this close to Danish is detected as Norwegian, but not surely enough to warn.
    norwegian = parse_article(NORWEGIAN.encode(), "norsk.txt")
    assert norwegian.language in {"no", "da"}
    assert language_warning(norwegian) is None


def test_language_plain_danish_needs_no_model() -> None:
    from quizgen.reading.quick_language import clearly_danish

    for path in (SEED, ARTICLES / "002_soevn_unge.txt", ARTICLES / "003_cykelloeb.txt"):
        assert clearly_danish(path.read_text(encoding="utf-8"))
    english = (ARTICLES / "english.txt").read_text(encoding="utf-8")
    for text in (SWEDISH, NORWEGIAN, english, "Jeg hedder Peter og bor i en by."):
        assert not clearly_danish(text)


def test_language_quick_verdicts_are_the_models() -> None:
    # Whatever the cheap first look decides, the model would have decided the same.
    from quizgen.reading.language import _identifier

    paths = [SEED, *sorted(ARTICLES.glob("*.txt")), *sorted(ARTICLES.glob("*.md"))]
    texts = [p.read_bytes().decode("utf-8", "replace") for p in paths]
    for text in [*texts, SWEDISH, NORWEGIAN]:
        if text.strip():
            assert detect_language(text)[0] == _identifier().classify(text[:10_000])[0]
