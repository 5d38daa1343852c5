"""Whatever a page contains, what Newsloom stores is safe to show, and a page that is not an article
says why instead of crashing the worker that extracted it."""

from __future__ import annotations

import pickle
import re
import time

from newsloom.extract import extract_article
from newsloom.model import Article, Rejected, Rejection

URL = "https://news.example/tech/router-flaw"
PARAGRAPHS = (
    "Security researchers disclosed a flaw on Wednesday that lets attackers take over millions of home routers "
    "sold by three of the largest manufacturers, and urged owners to install updates as soon as possible.",
    "The vendors said patches were available for most affected models, although older devices that no longer "
    "receive updates will stay vulnerable, and advised customers to replace them before the end of the year.",
)


def hostile_page() -> str:
    return f"""<html><head><title>Router flaw</title><script>window.steal(document.cookie)</script>
    <style>body {{ background: url(javascript:alert(1)) }}</style></head><body><article>
    <p onclick="alert('click')" onmouseover="alert('hover')">{PARAGRAPHS[0]}
      <a href="javascript:alert('link')">Patch notes</a> and <a href="data:text/html,&lt;script&gt;alert(2)&lt;/script&gt;">more</a>
      or the <a href="/advisories/2025-17" onclick="alert(3)">advisory</a>.</p>
    <iframe src="https://evil.example/frame"></iframe>
    <svg><script>alert('svg')</script><text>svg text</text></svg>
    <p>{PARAGRAPHS[1]} <em>Update</em> via <a href="https://vendor.example/support" target="_blank">the vendor</a>.</p>
    <img src="javascript:alert(4)" onerror="alert(5)">
    <script>alert('body')</script>
    </article></body></html>"""


def test_hostile_markup_is_sanitized_before_it_is_stored():
    article = extract_article(hostile_page(), URL)
    assert isinstance(article, Article), article

    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    lowered = article.html.lower()
    for forbidden in ("<script", "<style", "<iframe", "<svg", "javascript:", "data:", "alert("):
        assert forbidden not in lowered, forbidden
    assert not re.search(r"<[^>]*\son\w+\s*=", lowered)  # no event handlers
    assert "alert" not in article.text and "steal" not in article.text
    links = re.findall(r"<a [^>]*>", article.html)
    assert links and all('rel="nofollow noopener noreferrer"' in link for link in links)
    assert 'href="https://news.example/advisories/2025-17"' in article.html  # relative links made absolute
    assert 'href="https://vendor.example/support"' in article.html
    assert "<em>Update</em>" in article.html or "<i>Update</i>" in article.html


def test_pages_without_article_text_are_rejected_as_no_text():
    for html in ("<html><head></head><body></body></html>", "", b"   "):
        result = extract_article(html, URL)
        assert isinstance(result, Rejected) and result.reason == Rejection.NO_TEXT, (html, result)
        assert result.url == URL and result.detail


def test_input_that_is_not_html_is_rejected_as_not_html():
    for body in (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj", '{"status": "ok", "items": []}',
                 b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"):
        result = extract_article(body, URL)
        assert isinstance(result, Rejected) and result.reason == Rejection.NOT_HTML, (body, result)


def test_bytes_in_a_declared_legacy_charset_and_stray_nul_bytes_are_read():
    first = "Les chercheurs ont découvert une faille qui touche des millions de routeurs domestiques, et les " \
            "fabricants ont publié des correctifs pour la plupart des modèles concernés dès mercredi soir."
    second = "Les appareils plus anciens, qui ne reçoivent plus de mises à jour, resteront vulnérables : les " \
             "constructeurs conseillent à leurs clients de les remplacer avant la fin de l'année."
    html = f'<html><head><meta charset="iso-8859-1"><title>Faille</title></head><body><article><p>{first}</p>' \
           f"<p>{second}</p></article></body></html>"
    article = extract_article(html.encode("iso-8859-1").replace(b"mercredi", b"mer\x00credi"), URL)

    assert isinstance(article, Article), article
    assert "découvert" in article.text and "mercredi soir" in article.text
    assert article.language == "fr"


def test_deeply_nested_markup_fails_fast_as_a_value():
    started = time.perf_counter()
    result = extract_article("<html><body>" + "<div>" * 50_000 + "x" + "</div>" * 50_000 + "</body></html>", URL)
    assert isinstance(result, Rejected)
    assert time.perf_counter() - started < 5


def test_results_travel_to_and_from_worker_processes_and_do_not_depend_on_earlier_pages():
    first = extract_article(hostile_page(), URL)
    again = pickle.loads(pickle.dumps(extract_article))(hostile_page(), URL)  # same page twice in one process

    assert isinstance(again, Article)
    assert pickle.loads(pickle.dumps(first)) == first == again
    rejected = extract_article("", URL)
    assert pickle.loads(pickle.dumps(rejected)) == rejected
