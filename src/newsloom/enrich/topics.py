"""Topics by rule: feed categories and URL sections first, then weighted cue words in the text.

A trained classifier needs labelled news the project may ship; rules over word stems reach
useful accuracy (measured in bench/enrich.py on held-apart ECB+ topics and simulated-web
events) with no data and no model, so rules are the default.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

TOPICS = ("world", "politics", "business", "technology", "science", "health", "sports",
          "entertainment", "crime", "disaster", "environment")
SECTION_WEIGHT = 6.0
"""A feed category or URL section naming a topic outweighs a few cue words."""
MIN_SCORE = 2.0
RELATIVE_CUTOFF = 0.5
"""Topics scoring under this share of the best one are left off."""
MAX_TOPICS = 3

_CUES = {
    "politics": "election elect vote voter ballot parliament senat congress lawmaker legislat campaign "
                "candidate president minister government opposition party parties policy governor mayor "
                "cabinet referendum democrat republican administration nominee nominat polls politic",
    "world": "war militar troops foreign diplomat embassy nato refugee border militant terror insurgen "
             "ceasefire sanction summit airstrike rebel invasion pirat navy international clash "
             "protest coalition jihad islamist",
    "business": "market stock shares investor compan profit revenue earnings econom bank inflation trade "
                "tariff prices ceo merger acquisition retail sales firm industr strike union workers "
                "wage dollar bond export import business",
    "technology": "software internet computer tech smartphone google microsoft apple cyber hack digital "
                  "online browser cable telecom robot startup iphone vulnerabilit website app apps "
                  "artificial algorithm chip",
    "science": "scien research study studies space nasa planet astronom physic biolog species fossil "
               "laborator experiment telescope genom",
    "health": "health hospital doctor patient disease virus vaccin medic cancer surgeon outbreak covid "
              "pandemic treatment clinic mental nurse infect",
    "sports": "match game season team coach player score goal league championship tournament cup final "
              "olympic football soccer basketball baseball tennis golf boxing nfl nba quarterback "
              "touchdown stadium playoff athlete rookie roster knockout innings sport",
    "entertainment": "film movie actor actress celebrit music album singer song concert hollywood oscar "
                     "award television show festival premiere sequel theatre fashion star rehab",
    "crime": "police arrest murder shoot shot suspect charged court trial judge jury prison jail "
             "sentence robber stolen theft crime criminal gang victim prosecut homicide stab arson "
             "mafia fugitive guilty verdict convict kill",
    "disaster": "earthquake quake storm hurricane typhoon cyclone flood wildfire fire tornado tsunami "
                "landslide evacuat magnitude rescue volcano drought avalanche crash blaze",
    "environment": "climate emission pollution environment wildlife conservation carbon renewable "
                   "endangered",
}
_SECTIONS = {
    "world": "world international global middleeast middle-east africa asia europe americas",
    "politics": "politics election elections government",
    "business": "business economy markets money finance",
    "technology": "technology tech",
    "science": "science space",
    "health": "health wellness",
    "sports": "sport sports football soccer",
    "entertainment": "entertainment arts culture celebrity movies music film tv showbiz",
    "crime": "crime",
    "environment": "environment climate",
}
_PATTERNS = {t: re.compile(r"\b(?:%s)\w*" % "|".join(re.escape(w) for w in cues.split()), re.IGNORECASE)
             for t, cues in _CUES.items()}
_SECTION_WORDS = {w: t for t, words in _SECTIONS.items() for w in words.split()}


def classify_topics(text: str, url: str | None = None, categories: tuple[str, ...] = ()) -> list[str]:
    """The text's topics, best first (at most three; none for a text with no cue)."""
    scores: Counter[str] = Counter()
    for label in [*categories, *_url_sections(url)]:
        for word in re.split(r"[\s/&,_-]+", label.lower()):
            if word in _SECTION_WORDS:
                scores[_SECTION_WORDS[word]] += SECTION_WEIGHT
    for topic, pattern in _PATTERNS.items():
        scores[topic] += len(pattern.findall(text))
    if not scores:
        return []
    best = max(scores.values())
    ranked = [t for t, s in scores.most_common() if s >= MIN_SCORE and s >= best * RELATIVE_CUTOFF]
    return ranked[:MAX_TOPICS]


def _url_sections(url: str | None) -> list[str]:
    if not url:
        return []
    parts = urlsplit(url)
    return [*parts.path.split("/")[1:-1], parts.hostname.split(".")[0] if parts.hostname else ""]
