"""Danish word lists, as the extraction and question code has used them all along.

Module-level names so that the tables read like the lists they are; the rest of
quizgen reaches them through ``quizgen.lang.get_language("da").grammar``.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string."""
    return frozenset(text.split())


def word_tuple(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Time
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = word_tuple(
    """
    januar februar marts april maj juni juli august september oktober november december
    """
)
DAYPARTS = ("morgen", "formiddag", "middag", "eftermiddag", "aften", "nat")
TIME_NOUNS = frozenset(WEEKDAYS + MONTHS + DAYPARTS) | word_set(
    """
    år måned uge dag døgn time minut weekend sommer vinter forår efterår jul påske århundrede
    klokke klokken kl.
    tid periode nytår årti gang
    """
)
TIME_UNITS = word_set("år måned uge dag døgn time minut sekund årti århundrede")
TIME_PHASES = word_set("start begyndelse slutning midte udgang løb")
TIME_ADVERBS = frozenset({"forinden", "siden", "senere", "tidligere", "før", "efter"})
DEICTIC_TIMES = frozenset({"går", "dag", "morgen", "aftes", "nat", "forgårs", "overmorgen"})
PERIOD_WORDS = frozenset({"sidste", "næste", "forrige", "samme", "kommende", "denne", "dette"})
CLOCK_WORDS = frozenset({"klokken", "kl.", "kl"})

# Numbers
NUMBER_WORDS = word_tuple(
    """
    nul en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten
    sytten atten nitten tyve
    """
)
NUMBER_VALUES: dict[str, int] = {word: value for value, word in enumerate(NUMBER_WORDS)}
NUMBER_VALUES.update(
    {"et": 1, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70}
)
NUMBER_VALUES.update({"firs": 80, "halvfems": 90, "hundrede": 100, "tusind": 1000})
# From two on ("en", "et" are articles as often as numbers), and up to forty.
NUMBER_OPTIONS = (*NUMBER_WORDS[2:], "tredive", "fyrre")
LOWER_BOUNDS = ("mindst", "over", "mere end", "flere end", "næsten over")
UPPER_BOUNDS = ("højst", "under", "færre end", "mindre end", "op til", "maksimalt")

# Nouns
PLACE_NOUNS = word_set(
    """
    by land område udkant region egn landsby hovedstad grænse provins kommune kyst ørken
    centrum bydel kvarter havn ø øst vest nord syd del landsdel sted zone skole hospital
    lejr gade vej plads park sø skov bjerg dal flod
    """
)
PERSON_NOUNS = word_set(
    """
    mand kvinde barn person menneske civil borger journalist soldat kriger talsmand ung
    talskvinde minister præsident leder politiker læge elev lærer forsker syrer dansker
    indbygger beboer flygtning patient studerende ekspert direktør formand borgmester
    betjent politibetjent sygeplejerske forælder familie pige dreng ven kollega medarbejder
    ansat arbejder bonde landmand fisker turist gæst deltager vinder spiller træner kunstner
    forfatter sanger musiker kok ejer kunde besøgende frivillig redder brandmand pensionist
    unge voksen ældre folk mor far søn datter bror søster onkel tante aktør tiltalte
    dømte sigtede anklagede afdøde
    """
)
PERSON_SUFFIXES = word_tuple(
    """
    ist mand kvinde inde ør sker kriger arbejder sekretær chef ordfører rådgiver leder
    minister politiker direktør læge lærer fader moder far mor søn datter bror søster barn
    forælder teenager rytter spiller
    """
)
GROUP_NOUNS = word_set(
    """
    koalition styrke tropper gruppe regering politi hær militær parti organisation myndighed
    kommune virksomhed firma selskab forening klub hold skole universitet ministerium
    nyhedsbureau avis domstol ret folketing byråd bestyrelse team familie trop milits
    oprører myndigheder
    """
)
GROUP_SUFFIXES = word_tuple(
    """
    styrke tropper koalition gruppe styrelse ministerium institut kommune region forening
    selskab parti organisation universitet regering politi myndighed klub bureau udvalg byråd
    """
)
# Danish institutions are named by a capitalised definite noun.
INSTITUTIONS = word_tuple(
    """
    styrelsen ministeriet tinget politiet instituttet direktoratet rådet nævnet banken
    retten kommissionen
    """
)
INFLECTIONS = ("", "e", "en", "et", "er", "erne", "ene", "ne", "s", "ens", "ernes", "n", "t", "r")

# Pronouns
PERSONAL_PRONOUNS = word_set(
    """
    jeg du han hun vi i de mig dig ham hende os jer dem man den det denne dette disse der
    som hvem hvad sig selv en nogen noget ingen intet alle alt hinanden
    """
)
AGENT_PRONOUNS = frozenset({"han", "hun", "de", "vi", "jeg"})
PERSONAL_SUBJECTS = word_set(
    """
    jeg du han hun vi i de den det man denne dette disse dem ham hende mig dig os jer
    """
)
# A named person stands in for these, with the ending given: "hans" -> "Balis"
PERSON_PRONOUNS = {"han": "", "hun": "", "ham": "", "hende": "", "hans": "s", "hendes": "s"}
PARTITIVE_NOUNS = word_set(
    "flertal mindretal halvdel del rest størstedel hovedpart majoritet minoritet procent"
)
POINTING_PRONOUNS = word_set("han hun ham hende hans hendes de dem deres den denne dette disse")
FIRST_PERSON = word_set("jeg mig min mit mine vi os vores")
SECOND_PERSON = word_set("du dig din dit dine jer jeres")
VAGUE_PRONOUNS = frozenset(
    {"det", "de", "dem", "han", "hun", "ham", "hende", "den", "man", "denne", "dette"}
)
LIGHT_PRONOUNS = frozenset(["sig", "mig", "dig", "os", "jer", "ham", "hende", "dem", "det", "den"])

# Clauses
SPEECH_VERBS = word_set(
    """
    fortælle skrive rapportere sige oplyse melde meddele udtale erklære bekræfte forklare
    understrege vurdere mene berette påstå hævde advare
    """
)
SENTENCE_ADVERBS = word_set(
    """
    ikke aldrig altid også nu stadig fortsat endnu allerede jo dog kun måske vist bare snart
    ofte sjældent egentlig faktisk heller netop nok vel gerne nemlig formentlig
    sandsynligvis derfor alligevel desuden endelig igen straks
    """
)
LINKING_ADVERBS = word_set(
    """
    dog derfor imidlertid således dermed også derudover desuden endvidere ligeledes
    altså jo nemlig heller herefter derefter dernæst følgelig alligevel samtidig
    tilmed ydermere bl.a. f.eks. fx
    """
)
# First words that point at the sentence before ("Sådan lyder det fra ...").
ANAPHORIC_OPENERS = word_set(
    """
    sådan dengang derved dertil deraf derefter herefter hertil heraf herved derudover
    ellers tværtimod heller
    """
)
IMPERATIVES = word_set(
    """
    brug husk skriv læs se klik vælg undgå giv lav tjek sørg tænk find gem indtast tryk
    prøv spørg kontakt send følg åbn luk udfyld angiv sæt tilføj slet
    """
)
FOCUS_ADVERBS = frozenset({"kun", "også", "selv", "netop"})
STANCE_ADVERBS = word_set(
    """
    især særlig særligt navnlig primært hovedsagelig fortrinsvis alene blot bare kun også
    selv netop faktisk konkret egentlig bl.a. f.eks. fx eksempelvis mest heller
    vigtigst overhovedet simpelthen ligefrem endda
    """
)
PLACE_PREPOSITIONS = frozenset(
    {"i", "på", "ved", "nær", "fra", "uden for", "omkring", "i udkanten af"}
)
LOCATIVE = frozenset({"i", "på", "fra", "til", "ved", "mod", "nær", "omkring", "gennem"})
NAME_PARTICLES = frozenset({"de", "af", "la", "le", "van", "von", "der", "del", "da", "di"})
ROLE_STOP = frozenset({",", ".", "og", "som", "der", "(", ")", "-", ":"})
DEFINITION_OPENING = ("der", "er", "tale", "om")
INDEFINITE_ARTICLES = frozenset({"en", "et"})

# Word forms
# Endings to try when a noun's lemma is not a Danish word, by (definiteness, number).
NOUN_ENDINGS = {
    ("Def", "Sing"): ("n", "en", "t", "et"),
    ("Ind", "Plur"): ("r", "er", "e", ""),
    ("Def", "Plur"): ("ne", "ene", "erne", "rne"),
}
# ``bjerget`` is the definite form of a neuter noun, ``byen`` of a common one.
GENDER_ENDINGS = (("et", "Neut"), ("t", "Neut"), ("en", "Com"), ("n", "Com"))
GENDER_ARTICLES = {"Com": "en", "Neut": "et"}
COMPOUND_LINKS = ("", "s", "e")  # koalition-s-styrke
UNIT_PARTICLES = frozenset({"sig", "ud", "op", "ind", "af", "på", "om"})

# Vocabulary
FUNCTION_WORDS = word_set(
    """
    være have blive kunne skulle ville måtte burde turde få gøre ikke nu så også da der her
    hvor når hvis kun meget mere mest jo vel nok bare dog heller ind ud op ned over hen frem
    tilbage igen endnu allerede lige selv som hvordan hvorfor altså ja nej godt anden andet
    andre sådan ellers derfor dér dengang man mindre flere først sidst således ganske helt
    især blandt hel
    """
)
WORD_CLASSES = {"NOUN": "substantiv", "VERB": "verbum", "ADJ": "adjektiv", "ADV": "adverbium"}
FORM_NAMES = {
    "Definite=Def": "bestemt",
    "Definite=Ind": "ubestemt",
    "Number=Sing": "ental",
    "Number=Plur": "flertal",
    "Case=Gen": "ejefald",
    "VerbForm=Inf": "navneform",
    "VerbForm=Part|Tense=Past": "kort tillægsform",
    "VerbForm=Part": "lang tillægsform",
    "Tense=Pres": "nutid",
    "Tense=Past": "datid",
    "Mood=Imp": "bydeform",
    "Voice=Pass": "passiv",
    "Degree=Cmp": "komparativ",
    "Degree=Sup": "superlativ",
    "Gender=Neut": "intetkøn",
    "": "grundform",
}

FALLBACK_ENTITIES = {
    "LOC": ("Danmark", "Tyskland", "Frankrig", "Tyrkiet", "Libanon", "Jordan", "Egypten"),
    "ORG": ("Ritzau", "AFP", "DR", "BBC", "FN", "NATO", "EU"),  # news agencies first
    "PER": ("Lars Nielsen", "Mette Hansen", "Peter Jensen", "Anne Larsen", "Jens Madsen"),
}

# A preposition and word that make one adverbial: "i alt tre" never answers "alt tre"
FIXED_ADVERBIALS = frozenset(
    {
        "i alt",
        "i dag",
        "i går",
        "i morgen",
        "i år",
        "i aften",
        "i nat",
        "i øvrigt",
        "i hvert fald",
        "i forvejen",
        "i gang",
        "på vej",
        "på ny",
        "til sidst",
        "til gengæld",
        "for tiden",
    }
)

# --- true/false statements (the truefalse kind) ---------------------------------------
# Adverbs that tie a sentence to the one before: a statement standing alone drops them.
STATEMENT_LINKING_ADVERBS = word_set(
    """
    derfor dog desuden imidlertid således dermed samtidig altså jo nemlig også endvidere
    herefter derefter alligevel tilmed ydermere
    """
)
NEGATIVES = word_set("ikke aldrig ingen intet ingenting hverken ej")
# A negation added or taken away would change what these words say, not just the truth.
NEGATION_SCOPE_WORDS = word_set(
    """
    heller kun bare blot alle alt mange flere fleste nogle nogen noget få enhver hver
    hverken både enten eller men snarere mindst længere engang helt særlig så meget
    overhovedet nogensinde endnu stadig også altid ofte sjældent næsten begge normalt
    typisk oftest gerne især primært hovedsageligt samtlige
    """
)
MODALS = word_set("kan kunne skal skulle må måtte vil ville bør burde tør turde")
APPROXIMATIONS = word_set("cirka ca. ca omkring godt knap næsten over under ned op mere mindre")
DROPPABLE_MARKS = word_set("fordi da idet mens efter før selvom skønt")
CAUSE_MARKS = word_set("fordi")
OUTSIDE_PRONOUNS = word_set(
    """
    han hun ham hende hans hendes de dem deres den det dens dets denne dette disse her
    du dig din dit dine jer jeres
    """
)
STATEMENT_PERSON_PRONOUNS = word_set("han hun ham hende hans hendes")
NEGATION_TIME_WORDS = word_set("nu dag går morgen aften længe")
ADVERBIAL_PREPOSITIONS = word_set("i på siden efter før under om fra til ved inden hos nær ifølge")
STATEMENT_NO_PASSIVE = word_set(
    "have få være blive eje mangle koste veje vare indeholde kende vide kunne ville hedde"
)
STATEMENT_RELATIVE_PRONOUNS = word_set("der som")
STATEMENT_FRACTION_NOUNS = word_set(
    "halvdel halvdele tredjedel tredjedele fjerdedel fjerdedele femtedel femtedele procent"
)
STATEMENT_CLOCK_WORDS = word_set("klokken kl. kl")
STATEMENT_TIME_HEADS = word_set("forud kort længe lige umiddelbart straks")
# Verbs that report a fact: "X fortæller, at ..." -> "Ifølge X ..." ("anbefale" does not).
STATEMENT_REPORT_VERBS = word_set(
    "fortælle skrive rapportere sige oplyse meddele berette forklare understrege mene vurdere"
)
# A number after these names a thing ("kapitel 8", "§ 3"): changing it asks nothing.
STATEMENT_REFERENCE_NOUNS = word_set(
    "kapitel kapitlet paragraf § stk. nr. nummer side afsnit bilag"
)
STATEMENT_ATTRIBUTIONS = word_set("ifølge angiveligt formentlig muligvis måske sandsynligvis")
# Countries and larger regions: a town or a street is never swapped for one of these.
COUNTRIES = word_set(
    """
    danmark sverige norge finland island grønland færøerne tyskland frankrig england
    storbritannien skotland irland holland nederlandene belgien luxembourg schweiz østrig
    italien spanien portugal grækenland tyrkiet polen tjekkiet slovakiet ungarn rumænien
    bulgarien serbien kroatien bosnien slovenien albanien estland letland litauen rusland
    ukraine hviderusland usa amerika canada mexico brasilien argentina chile kina japan indien
    pakistan afghanistan iran irak syrien libanon israel jordan egypten libyen tunesien
    algeriet marokko sydafrika nigeria kenya etiopien somalia sudan australien europa asien
    afrika skandinavien norden balkan mellemøsten sovjetunionen jugoslavien zimbabwe
    vietnam korea thailand indonesien filippinerne saudi-arabien kuwait qatar
    """
)
# Synonyms from the thesaurus that mean the same in (nearly) every context, each way
# listed separately; words with a second sense ("opføre" a play, "svær" = heavy) are left out.
STATEMENT_SYNONYMS = {
    ("begynde", "VERB"): "starte",
    ("starte", "VERB"): "begynde",
    ("påbegynde", "VERB"): "begynde",
    ("berette", "VERB"): "fortælle",
    ("benytte", "VERB"): "bruge",
    ("anvende", "VERB"): "bruge",
    ("forsøge", "VERB"): "prøve",
    ("modtage", "VERB"): "få",
    ("assistere", "VERB"): "hjælpe",
    ("forøge", "VERB"): "øge",
    ("øge", "VERB"): "forøge",
    ("forlange", "VERB"): "kræve",
    ("producere", "VERB"): "fremstille",
    ("vigtig", "ADJ"): "væsentlig",
    ("vanskelig", "ADJ"): "svær",
    ("årsag", "NOUN"): "grund",
    ("indbygger", "NOUN"): "beboer",
    ("ofte", "ADV"): "tit",
    ("muligvis", "ADV"): "måske",
    ("især", "ADV"): "navnlig",
    ("navnlig", "ADV"): "især",
    ("sandsynligvis", "ADV"): "formentlig",
    ("formentlig", "ADV"): "sandsynligvis",
    ("cirka", "ADV"): "omkring",
    ("indlede", "VERB"): "begynde",
    ("erobre", "VERB"): "indtage",
    ("fortsat", "ADV"): "stadig",
}
