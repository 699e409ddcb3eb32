#!/usr/bin/env python3
"""gen_corpus.py: writes a synthetic corpus of interview transcripts for the
qualitative benchmark (bench/qual.sh). Usage: gen_corpus.py DIR N KB
N transcripts of about KB kilobytes each, alternately English and French,
made of speaker turns drawn from small fictional word lists (deterministic)."""
import random, sys, os

EN = ("partnership partners trust respect conflict leadership decisions decision meeting meetings "
      "budget funding money resources skills expertise information community policy reform "
      "coordinator researchers clinicians patients managers we they the a of and to in that "
      "was were is are shared together slowly quickly agreed disagreed built learned changed "
      "adapted context network organisation organisations time year months support benefits "
      "drawbacks atmosphere energy engagement commitment governance vote consensus team").split()
FR = ("partenariat partenaires confiance respect conflit leadership décisions décision réunion "
      "réunions budget financement argent ressources compétences expertise information "
      "communauté politique réforme coordonnatrice chercheurs cliniciens patients gestionnaires "
      "nous ils le la les de et à dans que était étaient est sont partagée ensemble lentement "
      "rapidement convenu désaccord construit appris changé adapté contexte réseau organisme "
      "organismes temps année mois soutien bénéfices inconvénients atmosphère énergie "
      "engagement gouvernance vote consensus équipe").split()

def turn(rng, words, who):
    n = rng.randint(20, 90)
    s = " ".join(rng.choice(words) for _ in range(n))
    return f"{who} : {s[0].upper()}{s[1:]}."

def main():
    d, n, kb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.makedirs(d, exist_ok=True)
    rng = random.Random(20181231)
    for i in range(n):
        fr = i % 2 == 1
        words = FR if fr else EN
        lines, size = [], 0
        while size < kb * 1024:
            l = turn(rng, words, "Intervieweuse" if fr and len(lines) % 2 == 0 else
                     ("Interviewer" if len(lines) % 2 == 0 else f"{i:04d}"))
            lines.append(l); size += len(l.encode()) + 1
        name = f"{'fr' if fr else 'en'}_{i:04d}.txt"
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

main()
