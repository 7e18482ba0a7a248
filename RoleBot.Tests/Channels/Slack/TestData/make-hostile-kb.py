# Regenerates hostile.kb.json (SlackAnswerLimitTests): python3 make-hostile-kb.py hostile.kb.json
import json, sys
units = ["&😀", "<👩‍💻>", "😀&", "a&b<c>", "🏳️‍🌈<", "*_~`", "&amp;", "\U0001F600" * 3 + "&"]
def fill(unit, n):
    s = ""
    while len(s) < n:
        s += unit
    return s
def spaced(unit, n):
    s = ""; i = 0
    while len(s) < n:
        s += unit + (" " if i % 7 == 6 else ""); i += 1
    return s
hostile_names = [
    "R&D <!channel> Lead",
    "<https://evil.example|click here> Director",
    "*Bold* _Italic_ ~Struck~ `Code` Manager",
    "<@U024BE7LH> & <#C024BE7LR|general> Officer",
    "Emoji 👩‍💻 Engineer 🏳️‍🌈",
    fill("Very&Long<Name>😀", 148) + "😀😀 Chief",
    "Head of <!here|here> & &lt;escaped&gt; Things",
    "Q&A > Analyst < Junior",
]
sources = []
for i in range(30):
    title = ["Source | with > pipe & <!channel>", fill("Long title & < > 😀 ", 3100), "<https://evil.example|x> citation", "Plain source *bold*"][i % 4] + f" #{i}"
    s = {"id": f"src-{i}", "title": title}
    # The loader refuses urls that are not http(s), so the hostile ones are http(s) with Slack syntax inside.
    if i % 3 == 0:
        s["url"] = ["https://example.org/a|b>c&d?q=<x>", "https://evil.example/<!here>|*x*", "http://insecure.example/x", "https://example.org/" + "p" * 2900][i % 4]
    s["file"] = f"{i:03d}_" + "&<>" * 40 + ".txt"
    sources.append(s)
src_ids = [s["id"] for s in sources]
n = len(hostile_names)
roles = []
for i, name in enumerate(hostile_names):
    unit = units[i % len(units)]
    roles.append({
        "id": f"hostile-{i}", "name": name, "abbreviations": [f"HX{i}"], "track": "main", "level": i + 1,
        "reportsTo": [f"hostile-{j}" for j in range(i + 1, n)],
        "description": (spaced if i % 2 else fill)(unit, 3100),
        "responsibilities": [(spaced if (i + k) % 2 else fill)(units[(i + k) % len(units)], 410 + k) for k in range(10 if i % 2 == 0 else 3)],
        "skills": [f"Skill {k} & <{unit}>" for k in range(12)],
        "requirements": [fill(unit, 1600 if i % 2 == 0 else 200)],
        "nextSteps": [f"hostile-{j}" for j in range(i + 1, n)],
        "interviewQuestions": [fill(units[(i + k) % len(units)], 410) + "?" for k in range(9 if i % 2 == 0 else 2)],
        "caveats": [fill(unit, 900), "<!everyone> & <https://evil.example|bad>"],
        "sources": src_ids,
    })
comparisons = []
for i in range(0, n - 1, 2):
    comparisons.append({
        "first": f"hostile-{i}", "second": f"hostile-{i+1}",
        "summary": fill(units[i % len(units)], 3100),
        "dimensions": [{"name": fill(units[(i + d) % len(units)], 100) + f" {d}",
                        "first": fill(units[(i + d) % len(units)], 620),
                        "second": spaced(units[(i + d + 1) % len(units)], 620)} for d in range(14 if i == 0 else 3)],
        "sources": src_ids,
    })
faqs = [{
    "id": f"hostile-faq-{i}", "question": fill(units[i % len(units)], 200) + " <!channel>?",
    "examples": [f"hostile question {i}"], "answer": fill(units[(i + 1) % len(units)], 3100),
    "relatedRoles": [r["id"] for r in roles], "sources": src_ids,
} for i in range(4)]
kb = {
    "sources": sources,
    "tracks": [{"id": "main", "name": "Main & <Track>"}],
    "ladder": [{"level": l, "name": f"Level {l} & <x>", "description": fill("&😀", 300)} for l in range(1, n + 1)],
    "roles": roles,
    "ambiguousAliases": [{"alias": "HX", "roles": [r["id"] for r in roles]}],
    "comparisons": comparisons,
    "faqs": faqs,
}
json.dump(kb, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
