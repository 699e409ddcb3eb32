#!/usr/bin/env python3
"""gen_corpus.py: writes a synthetic corpus of interview transcripts for the
qualitative benchmark (bench/qual.sh). Usage: gen_corpus.py DIR N KB

N transcripts of about KB kilobytes each, alternately English and French
(en_0000.txt, fr_0001.txt, ...), deterministic. Each is a sequence of
speaker turns ("Interviewer : ...", "0001 : ...") of 20 to 90 words in
sentences. Words are drawn from a vocabulary of about 6,000 forms per
language with a Zipf-Mandelbrot distribution (frequency of rank r
proportional to 1/(r+2.7)), as in natural text: function words first, then
the partnership vocabulary spread over the frequent and middle ranks, then
invented words (syllables of the language, accents in French) for the long
tail. So a word of middle rank occurs in a few percent of paragraphs, as
the words of a real code's rule do."""
import bisect, itertools, os, random, sys

EN_FUNC = ("the of and to a in that is was it we i for on with as they you at be this "
           "have but not by from or had are were there what all so can which their one "
           "would about when more them if our people very do just some like also who then "
           "because how really think know well much time other only into could these").split()
FR_FUNC = ("de la le et les des à un une que en est du dans nous pour qui pas il on "
           "au ce se sur par avec plus ils mais ou sont était très bien aussi tout comme "
           "cette elle être fait avoir ont leur même peut donc alors quand parce vraiment "
           "beaucoup peu ça y ces entre après avant encore toujours").split()
EN_DOMAIN = ("partnership partners trust respect conflict leadership decisions decision meeting "
             "meetings budget funding money resources skills expertise information community "
             "policy reform coordinator researchers clinicians patients managers shared together "
             "slowly quickly agreed disagreed built learned changed adapted context network "
             "organisation organisations support benefits drawbacks atmosphere energy engagement "
             "commitment governance vote consensus team steering committee minutes agenda "
             "evaluation synergy stakeholders hospital clinic primary care nurses physicians "
             "ministry region regional authority grant proposal report data indicators waiting "
             "list access equity pilot project implementation training workshop survey feedback "
             "priorities mandate chair members director staff volunteers families caregivers "
             "health services system change time year months week").split()
FR_DOMAIN = ("partenariat partenaires confiance respect conflit leadership décisions décision "
             "réunion réunions budget financement argent ressources compétences expertise "
             "information communauté politique réforme coordonnatrice chercheurs cliniciens "
             "patients gestionnaires partagée ensemble lentement rapidement convenu désaccord "
             "construit appris changé adapté contexte réseau organisme organismes soutien "
             "bénéfices inconvénients atmosphère énergie engagement gouvernance vote consensus "
             "équipe comité directeur procès-verbal ordre évaluation synergie acteurs hôpital "
             "clinique soins première ligne infirmières médecins ministère région régionale "
             "établissement subvention rapport données indicateurs attente accès équité projet "
             "pilote mise œuvre formation atelier sondage rétroaction priorités mandat présidence "
             "membres direction personnel bénévoles familles proches aidants santé services "
             "système changement temps année mois semaine").split()
SYL = {
    "en": ("ba be bi bo ca co da de di do fa fe fi ga go ha he la le li lo ma me mi mo na "
           "ne no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi wa we ly ter "
           "ing tion ment ness ous ful ble able er est al").split(),
    "fr": ("ba be bi bo ca co da de di do fa fe fi ga go la le li lo ma me mi mo na ne "
           "no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi é è ê à ç ou "
           "ai eau tion ment eur euse ité ais ons ez ée ier").split(),
}
V = 6000


def vocabulary(rng, func, domain, syl):
    """Function words, then domain words spread over ranks 60..~2000, then
    invented words to V forms in all."""
    seen = set(func) | set(domain)
    tail = []
    while len(tail) < V - len(seen):
        w = "".join(rng.choice(syl) for _ in range(rng.randint(2, 4)))
        if w not in seen and len(w) > 3:
            seen.add(w)
            tail.append(w)
    words = list(func)
    dom = list(domain)
    rng.shuffle(dom)
    # Interleave: every 12th slot after the function words is a domain word.
    it_tail = iter(tail)
    while dom:
        words.append(dom.pop())
        words.extend(itertools.islice(it_tail, 11))
    words.extend(it_tail)
    return words


def sampler(rng, words):
    cum = list(itertools.accumulate(1.0 / (r + 2.7) for r in range(len(words))))
    total = cum[-1]
    rnd = rng.random
    return lambda n: [words[bisect.bisect(cum, rnd() * total)] for _ in range(n)]


def turn(rng, draw, who):
    words = draw(rng.randint(20, 90))
    out, cap = [], True
    for i, w in enumerate(words):
        out.append(w[0].upper() + w[1:] if cap else w)
        cap = False
        if i < len(words) - 1 and rng.random() < 0.07:
            out[-1] += "." if rng.random() < 0.6 else ","
            cap = out[-1].endswith(".")
    return f"{who} : {' '.join(out)}."


def main():
    d, n, kb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.makedirs(d, exist_ok=True)
    rng = random.Random(20181231)
    draw = {"en": sampler(rng, vocabulary(rng, EN_FUNC, EN_DOMAIN, SYL["en"])),
            "fr": sampler(rng, vocabulary(rng, FR_FUNC, FR_DOMAIN, SYL["fr"]))}
    for i in range(n):
        lang = "fr" if i % 2 == 1 else "en"
        lines, size = [], 0
        while size < kb * 1024:
            first = len(lines) % 2 == 0
            who = ("Intervieweuse" if lang == "fr" else "Interviewer") if first else f"{i:04d}"
            l = turn(rng, draw[lang], who)
            lines.append(l)
            size += len(l.encode()) + 1
        with open(os.path.join(d, f"{lang}_{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


main()
