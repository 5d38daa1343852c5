"""Removing what aggregators and publishers put around a report, from an extracted body.

Aggregator sites republish a report with their own additions: an ownership line
("© Site.example"), a link to one of their other stories dropped between paragraphs, and
a disclaimer that the content was gathered automatically. Publishers add newsletter
prompts, share buttons and photo credits. None of that is the report, and all of it
would pollute the text that stories are matched on.

Nothing here knows any site. Each block of the body (paragraph, heading, list) is judged
on its own shape:

- a related-story link: a short block whose text is (nearly) all one link to another
  article page, headline-shaped (no sentence-ending punctuation), or marked "Related:",
  "Read more:"... Paragraphs that merely contain links are kept.
- a photo credit: a short line that is only a credit ("Photo: Jane Doe/Reuters").
- the headline repeated as the body's first heading (the page shows the title already).
- copyright, disclaimer and boilerplate lines are scored: cue phrases add points, so do
  being short and sitting at the start or end of the body; reported speech ("said",
  quotes) takes points away, since a report may quote a disclaimer. A block is removed at
  three points, so one cue alone removes a line only where junk usually sits.

Written by hand: trafilatura removes page furniture but keeps these lines, because on
the page they sit inside the article's own container.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

from newsloom.extract.metadata import absolute_http_url

JUNK_THRESHOLD = 3.0
MAX_JUNK_WORDS = 90
"""A block longer than this is never junk: disclaimers are short, ownership lines and
prompts shorter still (30 and 40 words); a long block that merely ends in one is kept."""
MAX_HEADLINE_WORDS = 30
_EDGE_BONUS = 1.0
_SPEECH_PENALTY = 2.0


@dataclass(slots=True, frozen=True)
class Removal:
    """One block taken out of a body, and what kind of junk it was judged to be."""

    kind: str
    text: str


@dataclass(slots=True, frozen=True)
class _Cue:
    """A phrase that suggests junk, worth `weight` points.

    `needles` are lowercase substrings of which every match contains one: checking them
    first skips the regular expression on almost every block of a real report.
    """

    pattern: re.Pattern[str]
    weight: float
    needles: tuple[str, ...]

    def found_in(self, text: str, lowered: str) -> bool:
        for needle in self.needles:  # a plain loop: this runs a few hundred times per page
            if needle in lowered:
                return self.pattern.search(text) is not None
        return False


def clean_body(body: etree._Element, url: str, title: str = "") -> list[Removal]:
    """Remove junk blocks from trafilatura's body in place; return what was removed."""
    blocks = [(block, _text(block)) for block in body if block.tag != "graphic"]
    blocks = [(block, text) for block, text in blocks if text]
    removals: list[Removal] = []
    if blocks and title and blocks[0][0].tag == "head" and _norm(blocks[0][1]) == _norm(title):
        removals.append(_remove(*blocks.pop(0), kind="title"))
    for edge in (0, -1):
        while blocks:
            kind = _junk_kind(*blocks[edge], url, at_edge=True)
            if kind is None:
                break
            removals.append(_remove(*blocks.pop(edge), kind=kind))
    for block, text in blocks:
        kind = _junk_kind(block, text, url, at_edge=False)
        if kind is not None:
            removals.append(_remove(block, text, kind=kind))
    return removals


def _junk_kind(block: etree._Element, text: str, url: str, at_edge: bool) -> str | None:
    if _is_related_link(block, text, url):
        return "related"
    words = len(text.split())
    if words > MAX_JUNK_WORDS:
        return None
    if words <= 15 and any(pattern.search(text) for pattern in _CREDITS):
        return "credit"
    lowered, bonus = text.lower(), None
    for kind, major, minor, max_words in _SCORED_KINDS:
        if words > max_words:
            continue
        score = sum(cue.weight for cue in major if cue.found_in(text, lowered))
        if not score:
            continue  # minor cues (a year, a domain) only add to a real one
        score += sum(cue.weight for cue in minor if cue.found_in(text, lowered))
        if bonus is None:
            bonus = (_EDGE_BONUS if at_edge else 0.0) + (1.0 if words <= 20 else 0.5 if words <= 40 else 0.0)
            bonus -= _SPEECH_PENALTY if _REPORTED_SPEECH.search(text) else 0.0
        if score + bonus >= JUNK_THRESHOLD:
            return kind
    return None


def _is_related_link(block: etree._Element, text: str, url: str) -> bool:
    """A block that only points the reader at another story."""
    if block.tag == "list":
        items = [item for item in block.iter("item") if _text(item)]
        return bool(items) and all(_is_related_link(item, _text(item), url) for item in items)
    label = _RELATED_LABEL.match(text)
    rest = text[label.end():].strip() if label else text
    if not rest:
        return label is not None and len(text.split()) <= 6
    if len(rest.split()) > MAX_HEADLINE_WORDS:
        return False
    links = list(block.iter("ref"))
    linked = " ".join(" ".join("".join(link.itertext()).split()) for link in links)
    if not links or len(linked) < 0.8 * len(rest):
        return False
    if label is not None:
        return True
    if rest[-1] in _SENTENCE_END or len(rest.split()) < 3:
        return False
    return _is_other_article(links[0].get("target"), url)


def _is_other_article(target: str | None, url: str) -> bool:
    """Whether a link goes to another article page (not this page, a front page or a section)."""
    absolute = absolute_http_url(target, url)
    if absolute is None or absolute.split("#")[0].rstrip("/") == url.split("#")[0].rstrip("/"):
        return False
    parts = urlsplit(absolute)
    segments = [segment for segment in parts.path.split("/") if segment]
    if _ARTICLE_QUERY.search(parts.query):
        return True
    if not segments:
        return False
    last = segments[-1]
    return last.count("-") >= 2 or bool(_LONG_NUMBER.search(parts.path)) or last.endswith(_PAGE_SUFFIXES)


def _remove(block: etree._Element, text: str, kind: str) -> Removal:
    parent = block.getparent()
    if parent is not None:
        # keep text that trailed the block: it belongs to the body, not to the junk
        if block.tail and block.tail.strip():
            previous = block.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + block.tail
            else:
                parent.text = (parent.text or "") + block.tail
        parent.remove(block)
    return Removal(kind, text)


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _cue(pattern: str, weight: float, *needles: str, ignore_case: bool = True) -> _Cue:
    return _Cue(re.compile(pattern, re.I if ignore_case else 0), weight, needles)


_SENTENCE_END = set(".!?…;:\"”»'’)")
_LONG_NUMBER = re.compile(r"\d{4,}")
_ARTICLE_QUERY = re.compile(r"(?:^|&)(?:p|id|story|article|articleid|newsid)=\d+", re.I)
_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".php", ".aspx", ".cms")
_RELATED_LABEL = re.compile(
    r"^\W{0,3}(?:related(?: stories| articles| news| posts| coverage| reading| content)?|read (?:more|also|next|this)"
    r"|also read|see also|more on this(?: story)?|recommended(?: for you)?|you (?:may|might) also like|don'?t miss"
    r"|must read|suggested(?: reading)?|top stories|latest news|trending now"
    r"|lesen sie auch|auch interessant|auch lesen|mehr zum thema|lee también|lea (?:también|más)|vea también"
    r"|te puede interesar|leia (?:também|mais)|(?:à )?lire aussi|leggi anche|czytaj (?:też|także)"
    r")\b\s*[:|»›>\-–—]*\s*",
    re.I,
)
_CREDITS = [
    re.compile(
        r"^\(?\s*(?:photo|photograph|image|picture|pic|foto|bild|imagen|illustration|graphic|video)s?"
        r"(?:\s+credit)?\s*(?::|by\b|courtesy\b|via\b)",
        re.I,
    ),
    re.compile(r"^\(?\s*(?:credit|source)s?\s*:\s*\S+(?:\s+\S+){0,5}\s*/", re.I),
    re.compile(
        r"\S\s*/\s*(?:reuters|ap|ap photo|afp|getty images|epa|epa-efe|efe|dpa|anadolu|xinhua|bloomberg|"
        r"shutterstock|alamy|imago|picture alliance|nurphoto|sipa|zuma press|pa|pa wire)\s*\)?\.?$",
        re.I,
    ),
]
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|told|according to|stated|added)\b|[“”\"]\w", re.I)
_COPYRIGHT = (
    _cue(r"^\W{0,3}(?:©|\([cC]\)|(?:Copyright|COPYRIGHT|copyright)(?=\s*(?:©|\([cC]\)|\d{4}|by\b|[A-Z]|$)))",
         2.0, "©", "(c)", "copyright", ignore_case=False),
    _cue(r"©|\bcopyright\b", 1.0, "©", "copyright"),
    _cue(r"\ball rights reserved\b|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés"
         r"|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone",
         2.0, "rights reserved", "vorbehalten", "reservados", "réservés", "riservati", "zastrzeżone"),
    _cue(r"\b(?:19|20)\d{2}\b", 0.5, "19", "20"),
    _cue(r"\b[\w-]+\.(?:com|net|org|info|news|co|us|uk|de|in|io|[a-z]{2})\b", 0.5, "."),
    _cue(r"\bmay not be (?:published|reproduced|redistributed|broadcast)\b"
         r"|\bwithout (?:prior )?(?:written )?permission\b", 1.0, "may not be", "permission"),
)
_DISCLAIMER = (
    _cue(r"\bfor (?:reference|illustrat\w+|representation(?:al)?|information(?:al)?) (?:purposes? )?only\b",
         2.0, "only"),
    _cue(r"\bgathered automatic|\b(?:automatically|auto)[- ](?:generated|aggregated|curated|compiled|collected"
         r"|published|fetched|imported|created)\b"
         r"|\b(?:generated|aggregated|published|compiled|collected) automatically\b", 2.0, "auto"),
    _cue(r"\bsyndicated (?:feed|content|news feed)\b|\bnot been edited by\b", 2.0, "syndicated", "edited by"),
    _cue(r"\b(?:belongs?|are|is|remain) (?:with|to) (?:their|the|its)"
         r" (?:respective|legal|original|rightful)?\s*owners?\b", 2.0, "owner"),
    _cue(r"\b(?:dmca|take[- ]?down)\b", 1.0, "dmca", "take"),
    _cue(r"\bthird[- ]party (?:sources?|websites?|sites?|content)\b|\b3rd[- ]party\b", 1.0, "third", "3rd"),
    _cue(r"\b(?:original|legal|respective|rightful) (?:copyright )?(?:owners?|holders?|authors?)\b",
         1.0, "owner", "holder", "author"),
    _cue(r"\bwe do not (?:claim|own|hold)\b|\bif you are the (?:owner|author|copyright)\b",
         2.0, "we do not", "if you are"),
    _cue(r"\bcopyright infringement\b|\bnot responsible for (?:the |any )?(?:content|accuracy)\b",
         1.0, "infringement", "responsible"),
    _cue(r"\ball rights (?:on|to|of|in)\b|\bdisclaimer\b|\bfrom google\b|\bimages? (?:and|&) contents?\b",
         1.0, "all rights", "disclaimer", "google", "content"),
    _cue(r"\b(?:this|our) (?:site|website|blog|portal|page|article|post|story|content)"
         r" (?:is|was|has|does|are|may)\b", 0.5, "this ", "our "),
    _cue(r"\bcontact us\b.{0,60}\b(?:remov\w+|take (?:it )?down|credit)\b", 1.0, "contact us"),
)
_BOILERPLATE = (
    _cue(r"\b(?:sign[- ]?up|subscribe|register)\b.{0,60}\bnewsletters?\b"
         r"|\bnewsletters?\b.{0,60}\b(?:sign[- ]?up|subscribe)\b", 2.0, "newsletter"),
    _cue(r"\b(?:straight|delivered|directly) (?:to|in) your inbox\b|\bin your inbox\b", 2.0, "inbox"),
    _cue(r"^\W{0,3}share (?:this|the) (?:article|story|post|page)\b|^\W{0,3}share (?:on|via)\b"
         r"|\bshare (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|email)\b", 2.0, "share"),
    _cue(r"\bfollow us (?:on|at)\b|\bfollow \w+(?: \w+)? on (?:twitter|facebook|instagram|x|tiktok|linkedin"
         r"|telegram|whatsapp|threads|bluesky|google news)\b", 2.0, "follow"),
    _cue(r"\bjoin (?:us|our \w+(?: \w+)? (?:channel|community|group)) on\b"
         r"|\b(?:download|get) (?:our|the \w+) app\b", 2.0, "join", "app"),
    _cue(r"^\W{0,3}(?:click|tap) here (?:to|for)\b", 2.0, "here"),
    _cue(r"\bfolgen sie uns\b|\bnewsletter abonnieren\b|\bartikel teilen\b|\bsíguenos en\b|\bsuscríbete\b"
         r"|\bsuivez[- ]nous\b|\bcompart(?:e|ir) (?:esta|este)\b",
         2.0, "folgen", "abonnieren", "teilen", "síguenos", "suscríbete", "suivez", "compart"),
)
_SCORED_KINDS = tuple(
    (kind, tuple(c for c in cues if c.weight >= 1.0), tuple(c for c in cues if c.weight < 1.0), max_words)
    for kind, cues, max_words in (
        ("copyright", _COPYRIGHT, 30),
        ("disclaimer", _DISCLAIMER, MAX_JUNK_WORDS),
        ("boilerplate", _BOILERPLATE, 40),
    )
)
"""(kind, major cues, minor cues, most words): a block scores on major cues first."""
