"""Danish closed-class words and common uninflected adverbs.

Stavekontrolden lists these without flags, so their class cannot be read off the
inflection; this hand-made list (written for quizgen, public domain) gives it. A word
may stand in several lists ("om" is a preposition and a conjunction).
"""

from __future__ import annotations

_LISTS = {
    "ADP": """ad af bag blandt efter fra for foran forbi før gennem hos i igennem imellem
        imod inden indenfor langs med mellem mod nær ned om omkring op over på per pr
        siden til trods uden udenfor under ved via""",
    "CCONJ": "og eller men for samt både enten hverken såvel",
    "SCONJ": """at da der fordi hvis hvor hvorfor hvordan hvornår idet når om selvom skønt
        mens medens end som efter før inden siden så eftersom indtil""",
    "PRON": """jeg mig du dig han ham hun hende den det vi os I jer de dem De Dem sig
        min mit mine din dit dine hans hendes dens dets vores vor vort vore jeres
        deres sin sit sine man en ens hinanden hvem hvad hvilken hvilket hvilke
        nogen noget nogle ingen intet ingenting alle alt enhver ethvert selv""",
    "DET": """en et den det de denne dette disse al alt alle hver hvert begge nogen
        noget nogle ingen intet mange få flere færre mest andre anden andet samme""",
    "NUM": """nul en et to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten
        femten seksten sytten atten nitten tyve tredive fyrre halvtreds tres halvfjerds
        firs halvfems hundrede tusind million milliard""",
    "ADV": """ikke også ofte aldrig altid allerede altså bare da der derfor dog endnu
        engang her hvor igen ja jo kun lige måske meget mere mest nej nemlig netop
        nok nu næsten når også sammen sikkert snart så stadig temmelig især heller
        hjem hjemme ud ude ind inde op oppe ned nede frem fremme hen henne bort borte
        væk tilbage rundt derefter desuden dengang derimod ellers endelig faktisk
        formentlig forresten gerne godt hurtigt hvorimod imidlertid jævnligt længe
        muligvis nogensinde næppe omtrent overhovedet pludselig samtidig selvfølgelig
        simpelthen sjældent straks tidligt tit trods ganske virkelig vist""",
    "PART": "at",
    "INTJ": "ja nej hej tak okay åh ak nå",
}

CLOSED: dict[str, tuple[str, ...]] = {}
for _cls, _words in sorted(_LISTS.items()):
    for _word in _words.split():
        CLOSED[_word] = (*CLOSED.get(_word, ()), _cls)
