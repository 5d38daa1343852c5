"""Bodies served by `HostileWeb`: broken, misleading and malicious feeds and pages."""

from __future__ import annotations

import random
import zlib
from functools import lru_cache
from html import escape

from newsloom.simweb.prose import Voice, write_report
from newsloom.simweb.world import World

BOMB_MB = 50

# Markup that must never survive into stored text or HTML; the visible text itself stays clean,
# so a leak can only come from markup that was kept.
SCRIPT_PAYLOADS = (
    '<script>document.cookie="stolen=1";alert(1)</script>',
    '<style>body { display: none }</style>',
    '<img src="/nowhere.png" onerror="alert(2)" alt="">',
    '<iframe src="javascript:alert(3)" width="1" height="1"></iframe>',
    '<svg onload="alert(4)"><script>alert(5)</script></svg>',
    '<form action="javascript:alert(6)"><input type="submit" value="Go"></form>',
    '<object data="javascript:alert(7)"></object>',
)

LATIN1_ITEMS = (
    ("Café Señor Muñoz élu à la mairie de Montréal", "Le nouveau maire a promis un “été très animé” et 5 € de moins sur les tickets."),
    ("L'été à Besançon: la fête dure jusqu'à l'aube", "Des centaines de personnes ont dansé près de la cathédrale, où le cortège s'est arrêté."),
)


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """BOMB_MB megabytes of zeros, gzip-compressed to about a thousandth of that; made once."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    return b"".join([*(compressor.compress(zeros) for _ in range(BOMB_MB)), compressor.flush()])


def article_page(name: str, extra_body: str = "") -> str:
    """A plain, valid news article page whose text is generated from `name`; `extra_body`
    goes after its second paragraph."""
    seed = zlib.crc32(name.encode())
    event = World(seed).events_at(0)[0]
    report = write_report(event, Voice("Hostile Test Site"), random.Random(seed), seed % 7)
    paragraphs = [f"<p>{escape(p, quote=False)}</p>" for p in report.paragraphs]
    paragraphs.insert(2, extra_body)
    body = "\n".join(paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(report.headline)}</title>'
            f'<meta property="og:title" content="{escape(report.headline)}"></head>'
            f"<body><article><h1>{escape(report.headline)}</h1>\n{body}\n</article></body></html>")


def scripts_article() -> str:
    """An article whose body is laced with script, style, event handlers, iframes and svg."""
    payload = "\n".join(SCRIPT_PAYLOADS)
    links = ('<p onclick="alert(8)" onmouseover="alert(9)">Officials promised a full report next week, '
             '<a href="javascript:alert(10)">according to the statement</a>.</p>')
    return article_page("scripts", extra_body=payload + "\n" + links)


def latin1_article(number: int) -> bytes:
    """An article page encoded in windows-1252, declared only in its <meta charset>."""
    title, text = LATIN1_ITEMS[number % len(LATIN1_ITEMS)]
    body = " ".join([text] * 3)
    page = (f'<!DOCTYPE html><html lang="fr"><head><meta charset="windows-1252"><title>{escape(title)}</title></head>'
            f"<body><article><h1>{escape(title)}</h1>" + "".join(f"<p>{escape(body)}</p>" for _ in range(5))
            + "</article></body></html>")
    return page.encode("windows-1252")


def rss(base: str, title: str, items: list[tuple[str, str, str]], encoding: str = "UTF-8") -> str:
    """A plain RSS 2.0 document; items are (title, link, description), already escaped."""
    body = "".join(f"<item><title>{t}</title><link>{link}</link><description>{d}</description>"
                   f"<guid>{link}</guid></item>\n" for t, link, d in items)
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel><title>{title}</title>'
            f"<link>{base}/</link><description>{title}</description>\n{body}</channel></rss>\n")


def private_link_feed(base: str) -> str:
    return rss(base, "Private link feed", [
        ("An item pointing into a private network", "http://192.168.1.10/x", "Should never be fetched."),
        ("A normal item", f"{base}/article/plain.html", "A normal article on this server."),
    ])


def malformed_feed(base: str) -> str:
    """Not well-formed (bare ampersands, an unclosed element), yet a lenient parser finds its items."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Broken & proud</title>'
            f"<link>{base}/</link>\n<item><title>Ports & harbours reopen</title><link>{base}/article/malformed-1.html"
            f"</link><description>Trade <b>resumes</description></item>\n"
            f"<item><title>Second item & more</title><link>{base}/article/malformed-2.html</link>"
            f"<description>Still readable</item>\n</channel>")


def latin1_feed(base: str) -> bytes:
    items = [(escape(t), f"{base}/article/latin1-{i}.html", escape(d)) for i, (t, d) in enumerate(LATIN1_ITEMS)]
    return rss(base, "Nouvelles en fran\u00e7ais", items, encoding="windows-1252").encode("windows-1252")


def scripts_feed(base: str) -> str:
    hostile_title = escape('Breaking <script>alert("title")</script> news <img src=x onerror=alert(1)>')
    description = escape('<p>Summary <a href="javascript:alert(1)">here</a></p><script>alert(2)</script>'
                         '<img src="x" onerror="alert(3)"><iframe src="javascript:alert(4)"></iframe>')
    return rss(base, "Scripts feed", [
        (hostile_title, f"{base}/article/scripts.html", description),
        ("A link that is not a web page", "javascript:alert(document.cookie)", "Should be dropped."),
    ])
