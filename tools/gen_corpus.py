#!/usr/bin/env python3
"""Generates a synthetic corpus of diplomatic news articles for the ingest
benchmark, from templates with varied names, dates, numbers and bodies.

usage: gen_corpus.py OUT_DIR [--mb 100] [--seed 1]

Writes OUT_DIR/NNNNNN.txt files of about 4 KB each until --mb megabytes.
The text is made up; it exercises every recogniser and relation rule. Like
real feeds, half the articles write Vietnamese names with their diacritics
and use typographic quotes and dashes; the other half are plain ASCII.
"""
import os
import random
import sys

SURNAMES = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong"]
MIDDLE = ["Van", "Thi", "Minh", "Quoc", "Thanh", "Duc", "Hong", "Anh", "Xuan", "Ngoc"]
GIVEN = ["An", "Binh", "Cuong", "Dung", "Hai", "Khoa", "Long", "Nam", "Phuc", "Son", "Tam", "Vinh"]
# The same names with their diacritics (the order matches the lists above).
SURNAMES_VN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE_VN = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Đức", "Hồng", "Anh", "Xuân", "Ngọc"]
GIVEN_VN = ["An", "Bình", "Cường", "Dũng", "Hải", "Khoa", "Long", "Nam", "Phúc", "Sơn", "Tâm", "Vinh"]
FOREIGN_FIRST = ["Maria", "John", "Akira", "Ingrid", "Carlos", "Amina", "Pierre", "Olga", "Rahul", "Kwame"]
FOREIGN_LAST = ["Lindqvist", "Moreno", "Tanaka", "Okafor", "Dubois", "Petrova", "Sharma", "Mensah", "Keller"]
COUNTRIES = ["Japan", "Cuba", "Laos", "Brazil", "India", "Germany", "Kenya", "Chile", "Canada", "Indonesia",
             "France", "Australia", "Mexico", "Egypt", "Norway", "Thailand", "Argentina", "South Africa"]
DEMONYM = {"Japan": "Japanese", "Cuba": "Cuban", "Laos": "Lao", "Brazil": "Brazilian", "India": "Indian",
           "Germany": "German", "Kenya": "Kenyan", "Chile": "Chilean", "Canada": "Canadian",
           "Indonesia": "Indonesian", "France": "French", "Australia": "Australian", "Mexico": "Mexican",
           "Egypt": "Egyptian", "Norway": "Norwegian", "Thailand": "Thai", "Argentina": "Argentine",
           "South Africa": "South African"}
CITIES = ["Hanoi", "New York", "Geneva", "Vienna", "Paris", "Havana", "Tokyo", "Jakarta", "Bangkok", "Da Nang"]
BODIES = ["Human Rights Council", "UN Security Council", "International Law Commission",
          "UNESCO World Heritage Committee", "UNESCO Executive Board", "ECOSOC"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FILLER = [
    "The two sides agreed to expand cooperation in trade, investment, education and clean energy.",
    "Officials said bilateral trade reached {n} billion USD last year, up {p}% year on year.",
    "Both leaders stressed the importance of peace, stability and cooperation in the region.",
    "The delegation also met business leaders, scholars and members of the overseas community.",
    "Experts noted that the visit would open a new chapter in relations between the two peoples.",
    "The talks covered climate change, food security, digital transformation and public health.",
]


def vn_name(r, accented=False):
    a, b, c = r.randrange(len(SURNAMES)), r.randrange(len(MIDDLE)), r.randrange(len(GIVEN))
    if accented:
        return f"{SURNAMES_VN[a]} {MIDDLE_VN[b]} {GIVEN_VN[c]}"
    return f"{SURNAMES[a]} {MIDDLE[b]} {GIVEN[c]}"


def foreign_name(r):
    return f"{r.choice(FOREIGN_FIRST)} {r.choice(FOREIGN_LAST)}"


def date(r, year):
    return f"{r.choice(MONTHS)} {r.randint(1, 28)}, {year}"


def article(r, i):
    year = r.randint(2015, 2026)
    accented = r.random() < 0.5
    dash = " \u2013 " if accented else " - "
    lq, rq = ("\u201c", "\u201d") if accented else ('"', '"')
    vn = vn_name(r, accented)
    fm = vn_name(r, accented)
    other = foreign_name(r)
    country = r.choice(COUNTRIES)
    city = r.choice(CITIES)
    n = r.randint(60, 99)
    body = r.choice(BODIES)
    start = r.randint(2000, 2024)
    p = [
        f"{vn.split()[0]} Visits {country}, Holds Talks with {DEMONYM[country]} Leader",
        f"{city.upper()}, {date(r, year)}{dash}Prime Minister {vn} paid an official visit to {country} "
        f"at the invitation of {DEMONYM[country]} President {other}.",
        f"Prime Minister {vn} met with President {other} in {city} on {date(r, year)}.",
        f"{lq}Our two countries will deepen their cooperation,{rq} Prime Minister {vn.split()[-1]} said.",
        f"{r.choice(FILLER).format(n=r.randint(5, 120), p=r.randint(2, 40))}",
        f"Vietnam and {country} established diplomatic relations on {date(r, r.randint(1950, 1999))}.",
        f"The two countries upgraded their relations to a Comprehensive Strategic Partnership in "
        f"{r.choice(MONTHS)} {year - 1}.",
        f"Deputy Prime Minister and Minister of Foreign Affairs {fm} attended the {n}th session of the "
        f"UN General Assembly and the {n}th UNGA High-level General Debate.",
        f"Mr. {fm.split()[-1]} spoke at the General Debate, calling for respect for the UN Charter.",
        f"{r.choice(FILLER).format(n=r.randint(5, 120), p=r.randint(2, 40))}",
        f"Vietnam has held important positions, such as a member of the {body} for the "
        f"{start}-{start + 2} and {start + 4}-{start + 6} terms.",
        f"Vietnam has sent more than {r.randint(100, 2000):,} officers to the UN peacekeeping missions in "
        f"South Sudan and the Central African Republic.",
        f"Vietnam will host the {year + 1} Mekong Forum on Water Security in {r.choice(['Hanoi', 'Da Nang'])}.",
        f"Vietnam proposed the International Day of Epidemic Preparedness.",
        f"{other}, President of {country}, said the visit marked the {r.randint(20, 70)}th anniversary of "
        f"diplomatic relations between Vietnam and {country} in {year}.",
        f"{r.choice(FILLER).format(n=r.randint(5, 120), p=r.randint(2, 40))}",
        f"Photo: VNA |",
        f"Published: {r.choice(MONTHS)} {year}",
    ]
    text = "\n".join(p) + "\n"
    # Grow to ~4 KB with more varied paragraphs.
    while len(text) < 3500:
        text += f"{r.choice(FILLER).format(n=r.randint(5, 120), p=r.randint(2, 40))} " \
                f"{vn_name(r, accented)} and {foreign_name(r)} discussed issues of mutual concern in {r.choice(CITIES)}.\n"
    return text


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) < 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = args[0]
    mb = 100.0
    seed = 1
    for k, a in enumerate(argv):
        if a == "--mb":
            mb = float(argv[k + 1])
            args = [x for x in args if x != argv[k + 1]]
        if a == "--seed":
            seed = int(argv[k + 1])
    out = args[0]
    os.makedirs(out, exist_ok=True)
    r = random.Random(seed)
    total, i = 0, 0
    while total < mb * 1e6:
        text = article(r, i)
        with open(os.path.join(out, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
        i += 1
    print(f"gen_corpus: {i} articles, {total / 1e6:.1f} MB in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
