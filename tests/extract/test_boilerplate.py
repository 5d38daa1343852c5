"""Per-source boilerplate: what a source prints on page after page is learned and taken out."""

from __future__ import annotations

from html import escape

from newsloom.extract.boilerplate import MAX_WORDS, MIN_PAGES, BoilerplateProfile, learn, strip
from newsloom.model import Article

REPORT = [
    "Flood water rose through the night in {place}, and families left their homes before dawn.",
    "Engineers in {place} said the embankment had held, but warned that more rain was forecast.",
]
PLACES = ("Ashford Bridgend Calder Dunmore Elston Farley Garston Hexley Ilford Jarrow Kelso Lydney Marlow "
          "Newent Oakham Penrith Queensbury Redruth Selby Tring Ulverston Ventnor Wigton Yarm Zennor").split()


def place(number: int) -> str:
    """A different town for every page, so that no two pages share their report."""
    return f"{PLACES[number % len(PLACES)]} upon {PLACES[(number // len(PLACES) * 7 + 3) % len(PLACES)]}"


def page(number: int, extra_top: str = "", extra_bottom: str = "", link_line: tuple[str, str] | None = None,
         title: str | None = None) -> Article:
    """An article of one source: its own two report paragraphs, with whatever the site adds."""
    paragraphs = [p.format(place=place(number)) for p in REPORT]
    blocks = [f"<p>{escape(p)}</p>" for p in paragraphs]
    texts = list(paragraphs)
    if link_line:
        frame, headline = link_line
        blocks.insert(1, f'<p>{escape(frame)} <a href="https://agg.example/{number}/">{escape(headline)}</a></p>')
        texts.insert(1, f"{frame} {headline}")
    if extra_top:
        blocks.insert(0, f"<p>{escape(extra_top)}</p>")
        texts.insert(0, extra_top)
    if extra_bottom:
        blocks.append(f"<p>{escape(extra_bottom)}</p>")
        texts.append(extra_bottom)
    return Article(url=f"https://agg.example/{number}/", canonical_url=f"https://agg.example/{number}/",
                   title=title or f"Floods force families from {place(number)}", text="\n\n".join(texts),
                   html="".join(blocks))


def learn_pages(pages: list[Article], profile: BoilerplateProfile | None = None) -> list[Article]:
    """What a crawl stores: each page learned from, then cleaned with what is known so far."""
    stored = []
    for article in pages:
        profile = learn(profile, article)
        stored.append(strip(article, profile))
    return stored


def test_a_first_page_is_stored_as_it_is():
    first = page(1, extra_top="© 2026 Agg Example", extra_bottom="Source: syndicated via partners.")

    assert learn_pages([first]) == [first]


def test_a_copyright_line_differing_only_in_its_year_is_learned_and_removed_from_text_and_html():
    pages = [page(n, extra_top=f"© {2020 + n} Agg Example Media", extra_bottom="Source: syndicated via partners.")
             for n in range(8)]

    stored = learn_pages(pages)

    for article in stored[:MIN_PAGES - 1]:
        assert "Agg Example Media" in article.text
    for article in stored[MIN_PAGES - 1:]:
        assert "Agg Example Media" not in article.text and "syndicated" not in article.text
        assert "Agg Example Media" not in article.html and "syndicated" not in article.html
        assert article.text.count("\n\n") == 1 and article.html.count("<p>") == 2
        assert "families left their homes" in article.text and "families left their homes" in article.html


def test_long_report_paragraphs_are_never_removed_however_often_they_recur():
    background = ("The river district has flooded four times in ten years, and residents have long asked the "
                  "regional government to rebuild the embankment, a project that was approved in principle two "
                  "years ago but has not yet been funded, according to council documents seen by reporters. Residents "
                  "say the delay has left hundreds of homes without cover, and insurers have begun to refuse new policies.")
    assert len(background.split()) > MAX_WORDS

    stored = learn_pages([page(n, extra_bottom=background) for n in range(10)])

    assert all(background in article.text for article in stored)


def test_injected_related_headlines_are_learned_by_their_frame_though_each_page_links_another_story():
    headlines = [f"Mayor of town {n} opens a new bridge over the canal" for n in range(10)]
    pages = [page(n, link_line=("Keep reading on Agg →", headlines[(n + 5) % 10])) for n in range(10)]

    stored = learn_pages(pages)

    for n in range(MIN_PAGES, 10):
        article, headline = stored[n], headlines[(n + 5) % 10]
        assert headline not in article.text and headline not in article.html and "Keep reading" not in article.text


def test_a_plain_text_headline_of_another_of_the_sources_stories_is_masked_like_a_link():
    titles = [f"Ministers agree on a new budget for hospital number {n}" for n in range(10)]
    pages = []
    for n in range(10):
        article = page(n, title=titles[n])
        other = titles[n - 1] if n else titles[1]
        article.text = article.text.replace("\n\n", f"\n\nMore: {other}\n\n", 1)
        pages.append(article)

    stored = learn_pages(pages)

    assert all("More:" not in article.text for article in stored[MIN_PAGES + 1:])


def test_a_line_on_only_some_pages_stays():
    closer = "This is a developing story."
    stored = learn_pages([page(n, extra_bottom=closer if n % 5 == 0 else "") for n in range(30)])

    assert sum(closer in article.text for article in stored) == 6


def test_a_profile_survives_a_round_trip_and_stays_small():
    profile = None
    for n in range(300):
        profile = learn(profile, page(n, extra_top=f"Unique short line number {n} with words {n * 'x'}",
                                      extra_bottom="© Agg Example"))

    again = BoilerplateProfile.from_json(profile.to_json())

    assert len(profile.to_json()) < 40_000
    fresh = page(301, extra_bottom="© Agg Example")
    assert strip(fresh, again).text == strip(fresh, profile).text
    assert "© Agg Example" not in strip(fresh, again).text
