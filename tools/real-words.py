#!/usr/bin/env python3
"""Regenerates "realWords" in dialogs/language-understanding/en-us/synonyms.json.

Real English words one typo away from a word of a role name ("expect" ~ "expert", "worked" ~ "worker",
"present" ~ "president") must not be "repaired" into that role. Source: the Debian wamerican word list
(apt-get install wamerican). Known misspellings that are also words ("manger") stay repairable.
"""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
kb = json.loads((root / "dialogs/knowledge-base/en-us/roles.kb.json").read_text())
synonyms_path = root / "dialogs/language-understanding/en-us/synonyms.json"
synonyms = json.loads(synonyms_path.read_text())
dictionary = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english")
MISSPELLINGS = {"manger", "mangers", "directer", "genral", "maneger"}
MIN_LENGTH, LONG_LENGTH = 5, 9  # as synonyms.json "fuzzy": shorter words are never repaired

phrases = [p for r in kb["roles"] for p in [r["name"], r["id"].replace("-", " "), *r["aliases"], *r["abbreviations"]]]
phrases += [a["alias"] for a in kb["ambiguousAliases"]] + list(synonyms["disciplines"])
role_words = {w for p in phrases for w in re.findall(r"[a-z]+", p.lower())}
words = {w for w in dictionary.read_text(encoding="utf-8", errors="ignore").split() if w.isascii() and w.isalpha() and w.islower()}
letters = "abcdefghijklmnopqrstuvwxyz"

def edits(word):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b} | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1})

near = set()
for word in role_words:
    first = edits(word)
    near |= first | ({e2 for e in first for e2 in edits(e)} if len(word) >= LONG_LENGTH - 2 else set())
def plural_of_role(w):
    return w.endswith("s") and (w[:-1] in role_words or w[:-2] in role_words or w[:-3] + "y" in role_words)

real = sorted(w for w in near & words if len(w) >= MIN_LENGTH and w not in role_words and w not in MISSPELLINGS and not plural_of_role(w))
text = synonyms_path.read_text()
line = '  "realWords": ' + json.dumps(real) + ","
text = re.sub(r'  "realWords": \[.*?\],\n', "", text)
text = text.replace('  "stopWords":', line + '\n  "stopWords":', 1)
synonyms_path.write_text(text)
print(f"{len(real)} real words near role words")
