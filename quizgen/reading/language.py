"""Offline language identification, and when to warn that a text is not Danish.

py3langid's full model is used (restricting it to a few languages makes every
text look like one of them). Danish, Norwegian and Swedish are easily confused
on short texts, so a warning needs a long text and a confident verdict.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol

from quizgen.reading.quick_language import clearly_danish

if TYPE_CHECKING:
    from quizgen.analysis import Article

DANISH = "da"

# Norwegian (Bokmål/Nynorsk) and Swedish: a Danish text is often mistaken for them.
_NEIGHBOURS = frozenset({"no", "nb", "nn", "sv"})
_MIN_WORDS = 20  # shorter texts are never warned about
_MIN_WORDS_NEIGHBOUR = 60
_MIN_CONFIDENCE = 0.90
_MIN_CONFIDENCE_NEIGHBOUR = 0.99
_SAMPLE_CHARS = 10_000  # plenty to decide; keeps huge articles fast

LANGUAGE_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bs": "Bosnian", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque",
    "fa": "Persian", "fi": "Finnish", "fo": "Faroese", "fr": "French", "ga": "Irish",
    "gl": "Galician", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian",
    "hy": "Armenian", "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ja": "Japanese",
    "ka": "Georgian", "kk": "Kazakh", "ko": "Korean", "ku": "Kurdish", "la": "Latin",
    "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ms": "Malay", "mt": "Maltese", "nb": "Norwegian Bokmål", "nl": "Dutch",
    "nn": "Norwegian Nynorsk", "no": "Norwegian", "pl": "Polish", "ps": "Pashto",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "se": "Northern Sami",
    "sk": "Slovak", "sl": "Slovenian", "so": "Somali", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "th": "Thai", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese",
}  # fmt: skip


class _Identifier(Protocol):
    def classify(self, text: str) -> tuple[str, float]: ...


@cache
def _identifier() -> _Identifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier: _Identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return identifier


def release_model() -> None:
    """Let py3langid's model go (about 70 MB; loaded again if asked for): a build keeps
    no reading after its articles are read, and forked workers would each hold it."""
    _identifier.cache_clear()


def detect_language(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 code and its probability (0-1), offline.

    Empty text is reported as Danish with no confidence; plainly Danish text as Danish
    with confidence 1.0, without loading the model.
    """
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return DANISH, 0.0
    if clearly_danish(sample):  # most texts: no model to load (see quick_language)
        return DANISH, 1.0
    code, confidence = _identifier().classify(sample)
    return str(code), round(float(confidence), 4)


def language_name(code: str) -> str:
    """The English name of a language code (``en`` -> ``English``), or the code itself."""
    return LANGUAGE_NAMES.get(code, code)


def is_confidently_not_danish(language: str, confidence: float, words: int) -> bool:
    if language == DANISH or words < _MIN_WORDS:
        return False
    if language in _NEIGHBOURS:
        return words >= _MIN_WORDS_NEIGHBOUR and confidence >= _MIN_CONFIDENCE_NEIGHBOUR
    return confidence >= _MIN_CONFIDENCE


def language_warning(article: Article) -> str | None:
    """A one-line warning when the article is clearly not Danish, else None."""
    name = _other_language(article)
    if name is None:
        return None
    return (
        f"{_origin(article)}this looks like {name}, not Danish; quizgen's quizzes are made "
        "for Danish articles, so expect odd questions (set input.warn_if_not_danish: false "
        "to silence this)."
    )


def language_refusal(article: Article) -> str | None:
    """Why a clearly non-Danish article is not built, in one line, else None."""
    name = _other_language(article)
    if name is None:
        return None
    return (
        f"{_origin(article)}this looks like {name}, not Danish; quizgen makes quizzes from "
        "Danish articles. Give a Danish article, or set input.refuse_not_danish: false "
        "to build it anyway."
    )


def _other_language(article: Article) -> str | None:
    words = len(article.text.split())
    if not is_confidently_not_danish(article.language, article.language_confidence, words):
        return None
    return language_name(article.language)


def _origin(article: Article) -> str:
    return f"{article.origin}: " if article.origin else ""
