# demo_answers.py: the answers of a study file as CSV (partnership, wave,
# respondent and one column per item of the built-in psf instrument; empty
# for missing or not applicable), read with sqlite3 from the response
# table (one byte per item: 0 missing, 1 not applicable, else value - min + 2).
# Usage: python3 tests/data/survey/demo_answers.py STUDY.syn > answers.csv
import sqlite3,sys,json
d=json.load(open('data/instruments/psf.json'))
ids=[it['id'] for it in d['items']]
con=sqlite3.connect(sys.argv[1])
rows=con.execute("select p.code,w.name,r.respondent,r.answers from response r join wave w on w.id=r.wave_id join partnership p on p.id=w.partnership_id order by r.id").fetchall()
print("partnership,wave,respondent,"+",".join(ids))
for p,w,resp,a in rows:
    vals=[]
    for b in a:
        vals.append("" if b<2 else str(b-2+ (0 if d['items'][len(vals)]['response']=='yesno' else 1)))
    print(f"{p},{w},{resp},"+",".join(vals))
