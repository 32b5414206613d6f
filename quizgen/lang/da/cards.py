"""Danish on cards: true/false words, labels, and what practice accepts."""

from __future__ import annotations

from quizgen.lang.cards import CardWords

# Universal POS tags as a Danish learner's grammar book names them.
WORD_CLASSES = {
    "NOUN": "substantiv",
    "PROPN": "egennavn",
    "VERB": "verbum",
    "AUX": "hjælpeverbum",
    "ADJ": "adjektiv",
    "ADV": "adverbium",
    "ADP": "præposition",
    "PRON": "pronomen",
    "DET": "determinativ",
    "NUM": "talord",
    "CCONJ": "konjunktion",
    "SCONJ": "konjunktion",
    "INTJ": "interjektion",
    "PART": "partikel",
}

WORKSHEET_SECTIONS = {
    "question": ("Spørgsmål til teksten", "Svar med dine egne ord eller med ord fra teksten."),
    "choice": ("Vælg det rigtige svar", "Sæt kryds ved ét svar."),
    "truefalse": ("Sandt eller falsk?", "Skriv S (sandt) eller F (falsk)."),
    "cloze": ("Udfyld hullerne", "Skriv det manglende ord. Ordet i parentes er en hjælp."),
    "vocab": ("Ordforråd", "Skriv ordets betydning og en anden form af ordet."),
}

CARDS = CardWords(
    true_answer="sand",
    false_answer="falsk",
    # English and the short forms too: learners type what comes to hand.
    true_words=frozenset({"t", "true", "s", "sand", "ja", "j", "rigtigt"}),
    false_words=frozenset({"f", "false", "falsk", "nej", "n", "forkert"}),
    true_label="Sand",
    false_label="Falsk",
    true_verdict="Sandt",
    false_verdict="Falsk",
    true_or_false="Sand eller falsk?",
    true_or_false_marks="S / F",
    # Enough to see that "husene" and "huset" are one word when the generator
    # gave no list of forms.
    inflection_suffixes=(
        "erne",
        "ende",
        "ene",
        "ede",
        "ets",
        "ens",
        "ers",
        "er",
        "et",
        "en",
        "es",
        "ne",
        "te",
        "de",
        "e",
        "r",
        "s",
        "t",
    ),
    word_classes=WORD_CLASSES,
    genders={"common": "fælleskøn", "neuter": "intetkøn"},
    changed_feedback="I artiklen står der {original}, ikke {replaced}.",
    changed_note="Ændret: {changed}",
    also="også",
    in_the_text="I teksten står der:",
    plain_card="Kort",
    word_to_meaning="Dansk → betydning",
    meaning_to_word="Betydning → dansk",
    worksheet_title="Arbejdsark",
    untitled="Tekst",
    name_and_date="Navn: ____________________   Dato: ____________",
    answer_key="Facitliste",
    no_tasks="Der kunne ikke laves opgaver til denne tekst.",
    worksheet_sections=WORKSHEET_SECTIONS,
)
