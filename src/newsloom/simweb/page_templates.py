"""The outlets' page templates (Jinja2), one article layout per outlet and a shared home page.

Every layout carries the chrome Newsloom must see past (navigation, cookie banner, share
bar, related links, footer) and its own mix of metadata (JSON-LD, OpenGraph, microdata,
meta author, <time>, rel=canonical), the way real sites each pick a different subset.
"""

MACROS = """
{% macro cookie_banner(style) -%}
{% if style == 1 %}
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to
show personalised advertising. By continuing to browse you agree to our use of cookies.</p>
<button class="accept">Accept all</button> <button class="reject">Reject</button> <a href="/privacy">Privacy policy</a></div>
{% else %}
<div class="consent-overlay"><div class="consent-box"><h2>Your privacy matters</h2><p>This site and our partners store
and access information on your device. Choose Accept to continue or Manage to change your settings.</p>
<a class="btn" href="#accept">Accept</a><a class="btn" href="/privacy#manage">Manage options</a></div></div>
{% endif %}
{%- endmacro %}
{% macro share_bar(url, title) -%}
<ul class="share-bar" aria-label="Share this article">
<li><a href="https://www.facebook.com/sharer/sharer.php?u={{ url|urlencode }}">Share on Facebook</a></li>
<li><a href="https://twitter.com/intent/tweet?url={{ url|urlencode }}&text={{ title|urlencode }}">Post on X</a></li>
<li><a href="mailto:?subject={{ title|urlencode }}&body={{ url|urlencode }}">Email</a></li>
<li><button class="copy-link">Copy link</button></li></ul>
{%- endmacro %}
{% macro nav_links(nav) -%}
{% for label, href in nav %}<li><a href="{{ href }}">{{ label }}</a></li>{% endfor %}
{%- endmacro %}
{% macro related_list(related, heading) -%}
<h3>{{ heading }}</h3><ul>{% for title, url in related %}<li><a href="{{ url }}">{{ title }}</a></li>{% endfor %}</ul>
{%- endmacro %}
{% macro og(a, kind="article") -%}
<meta property="og:type" content="{{ kind }}"><meta property="og:title" content="{{ a.title }}">
<meta property="og:description" content="{{ a.description }}"><meta property="og:url" content="{{ a.canonical }}">
<meta property="og:image" content="{{ a.image }}"><meta property="og:site_name" content="{{ a.site_name }}">
<meta property="article:published_time" content="{{ a.iso }}"><meta property="article:section" content="{{ a.section }}">
{%- endmacro %}
"""

WIRE = """{% import "macros" as m %}<!DOCTYPE html>
<html lang="{{ a.language }}"><head><meta charset="utf-8"><title>{{ a.title }}</title>
<meta name="description" content="{{ a.description }}"><meta name="author" content="{{ a.author }}">
<link rel="canonical" href="{{ a.canonical }}">
<script type="application/ld+json">{{ a.jsonld|tojson }}</script></head>
<body class="wire"><header class="masthead"><a class="logo" href="/">{{ a.site_name }}</a>
<nav><ul>{{ m.nav_links(a.nav) }}</ul></nav></header>{{ m.cookie_banner(1) }}
<main><article class="story"><h1 class="headline">{{ a.title }}</h1>
<div class="meta"><span class="byline">By {{ a.author }}</span> |
<time datetime="{{ a.iso }}">{{ a.human_date }}</time></div>
<figure class="lead"><img src="{{ a.image }}" alt="{{ a.title }}" width="640" height="360">
<figcaption>{{ a.site_name }} photo</figcaption></figure>
<div class="story-body">
{% for p in a.paragraphs %}<p>{{ p }}</p>
{% endfor %}</div>
<p class="copyright-note">Copyright {{ a.year }} {{ a.site_name }}. All rights reserved.</p>
{{ m.share_bar(a.canonical, a.title) }}</article>
<aside class="more">{{ m.related_list(a.related, "More from " ~ a.site_name) }}</aside></main>
<footer><p>{{ a.site_name }} is a news agency serving clients worldwide.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
</body></html>"""

HERALD = """{% import "macros" as m %}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ a.title }} | {{ a.site_name }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{{ m.og(a) }}
<meta name="twitter:card" content="summary_large_image"><meta name="author" content="{{ a.author }}">
<link rel="canonical" href="{{ a.canonical }}">
<script type="application/ld+json">{{ a.jsonld|tojson }}</script></head>
<body><div class="topbar"><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<header><div class="brand"><a href="/">{{ a.site_name }}</a></div><nav class="sections"><ul>{{ m.nav_links(a.nav) }}</ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/section/{{ a.section }}">{{ a.section|capitalize }}</a></div>
<main id="content"><article><header class="article-head"><h1>{{ a.title }}</h1>
<p class="byline">By <a rel="author" href="/authors/{{ a.author|lower|replace(' ', '-') }}">{{ a.author }}</a>
&middot; <time datetime="{{ a.iso }}">{{ a.human_date }}</time></p></header>
{{ m.share_bar(a.canonical, a.title) }}
<figure><img src="{{ a.image }}" alt=""><figcaption>Photograph: {{ a.site_name }}</figcaption></figure>
<div class="article-body">
{% for p in a.paragraphs %}<p>{{ p }}</p>
{% if loop.index == 3 %}<div class="ad-slot"><span>Advertisement</span></div>
<aside class="newsletter-promo"><h4>Sign up to Morning Briefing</h4><p>The day's top stories, in your inbox every weekday.</p><a href="/newsletters">Sign up</a></aside>
{% endif %}{% endfor %}</div>
<div class="tags">Topics: <a href="/section/{{ a.section }}">{{ a.section }}</a></div></article>
<section class="related">{{ m.related_list(a.related, "Most read") }}</section></main>
{{ m.cookie_banner(2) }}
<footer><nav><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a></nav>
<p>&copy; {{ a.year }} {{ a.site_name }}</p></footer></body></html>"""

NORTHGATE = """{% import "macros" as m %}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ a.title }} - {{ a.site_name }}</title>{{ m.og(a) }}
<link rel="canonical" href="{{ a.canonical }}"></head>
<body><nav id="main-nav"><a href="/" class="home">{{ a.site_name }}</a><ul>{{ m.nav_links(a.nav) }}</ul></nav>
{{ m.cookie_banner(1) }}
<div class="page"><div class="col-main"><h1 class="entry-title">{{ a.title }}</h1>
<div class="entry-meta">{{ a.author }} &bull; <time pubdate datetime="{{ a.iso }}">{{ a.human_date }}</time></div>
<img class="hero" src="{{ a.image }}" alt="{{ a.title }}">
<div class="entry-content">
{% for p in a.paragraphs %}<p>{{ p }}</p>
{% endfor %}</div>{{ m.share_bar(a.canonical, a.title) }}</div>
<div class="col-side">{{ m.related_list(a.related, "Latest") }}
<div class="widget"><h3>Weather</h3><p>Partly cloudy, 14&deg;C</p></div></div></div>
<footer class="site-footer"><p>Northgate Times &middot; Independent journalism since 1921</p></footer></body></html>"""

LEDGER = """{% import "macros" as m %}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ a.title }} | {{ a.site_name }}</title>
<meta name="author" content="{{ a.author }}"><meta name="description" content="{{ a.description }}">
<link rel="canonical" href="{{ a.canonical }}">
<script type="application/ld+json">{{ a.jsonld_graph|tojson }}</script></head>
<body><header><h2 class="site-title"><a href="/">{{ a.site_name }}</a></h2>
<ul class="menu">{{ m.nav_links(a.nav) }}<li><a href="{{ a.private_link }}">Members' briefing</a></li></ul></header>
<div class="wrapper"><article class="post"><h1>{{ a.title }}</h1>
<p class="post-meta">Posted <time datetime="{{ a.iso }}">{{ a.human_date }}</time> by <span class="author">{{ a.author }}</span></p>
<div class="post-image"><img src="{{ a.image }}" alt=""></div>
<section class="post-content">
{% for p in a.paragraphs %}<p>{{ p }}</p>
{% endfor %}</section>
<p class="members">Members can read the full briefing in our <a href="{{ a.private_link }}">members' area</a>.</p>
{{ m.share_bar(a.canonical, a.title) }}</article>
<div class="related-links">{{ m.related_list(a.related, "Related coverage") }}</div></div>
{{ m.cookie_banner(2) }}<footer><p>Civic Ledger &mdash; news for citizens</p></footer></body></html>"""

LANTERN = """{% import "macros" as m %}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ a.title }} | {{ a.site_name }}</title>{{ m.og(a) }}
<link rel="canonical" href="{{ a.canonical }}"></head>
<body>{{ m.cookie_banner(1) }}<div class="masthead"><a href="/">{{ a.site_name }}</a></div>
<nav><ul>{{ m.nav_links(a.nav) }}</ul></nav>
<main><div itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">{{ a.title }}</h1>
<div class="byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{{ a.author }}</span></span>,
<time itemprop="datePublished" datetime="{{ a.iso }}">{{ a.human_date }}</time></div>
<img itemprop="image" src="{{ a.image }}" alt="">
<div itemprop="articleBody" class="body-copy">
{% for p in a.paragraphs %}<p>{{ p }}</p>
{% endfor %}</div></div>{{ m.share_bar(a.canonical, a.title) }}
<div class="read-next">{{ m.related_list(a.related, "Read next") }}</div></main>
<footer><p>&copy; The Daily Lantern. Shining a light since 1887.</p><a href="/privacy">Privacy</a></footer></body></html>"""

RIVERSIDE = """{% import "macros" as m %}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ a.title }} | {{ a.site_name }}</title>{{ m.og(a) }}
<meta name="author" content="{{ a.author }}"><link rel="canonical" href="{{ a.canonical }}"></head>
<body><header class="site-header"><a href="/" class="logo">{{ a.site_name }}</a><nav><ul>{{ m.nav_links(a.nav) }}</ul></nav>
<form action="/search"><input name="q" placeholder="Search"></form></header>
<div class="container"><article class="article"><h1 class="article-title">{{ a.title }}</h1>
<div class="article-info"><span class="author-name">{{ a.author }}</span>
<time datetime="{{ a.iso }}">{{ a.human_date }}</time></div>{{ m.share_bar(a.canonical, a.title) }}
<picture><img src="{{ a.image }}" alt="{{ a.title }}"></picture>
<div class="article-text">
{% for p in a.paragraphs %}<p>{{ p }}</p>
{% endfor %}</div></article>
<aside class="sidebar">{{ m.related_list(a.related, "Trending now") }}</aside></div>
{{ m.cookie_banner(2) }}<footer><p>Riverside Post &middot; <a href="/contact">Contact the newsroom</a></p></footer></body></html>"""

OBSERVADOR = """{% import "macros" as m %}<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>{{ a.title }} | {{ a.site_name }}</title>{{ m.og(a) }}
<meta property="og:locale" content="es_ES"><link rel="canonical" href="{{ a.canonical }}">
<script type="application/ld+json">{{ a.jsonld|tojson }}</script></head>
<body><header><a href="/" class="marca">{{ a.site_name }}</a><nav><ul>{{ m.nav_links(a.nav) }}</ul></nav></header>
<div id="aviso-cookies"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios.</p>
<button>Aceptar</button> <a href="/privacidad">Más información</a></div>
<main><article class="noticia"><h1>{{ a.title }}</h1>
<p class="firma">Por {{ a.author }} &middot; <time datetime="{{ a.iso }}">{{ a.human_date }}</time></p>
<figure><img src="{{ a.image }}" alt=""></figure>
<div class="cuerpo">
{% for p in a.paragraphs %}<p>{{ p }}</p>
{% endfor %}</div>
<ul class="compartir"><li><a href="https://www.facebook.com/sharer/sharer.php?u={{ a.canonical|urlencode }}">Compartir</a></li>
<li><a href="https://wa.me/?text={{ a.canonical|urlencode }}">WhatsApp</a></li></ul></article>
<aside>{{ m.related_list(a.related, "Te puede interesar") }}</aside></main>
<footer><p>&copy; {{ a.year }} El Observador Global. Todos los derechos reservados.</p></footer></body></html>"""

AGGREGATOR = """{% import "macros" as m %}<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{{ a.title }} &#8211; {{ a.site_name }}</title>
<meta name="generator" content="WordPress 6.4.3">{{ m.og(a) }}<link rel="canonical" href="{{ a.canonical }}"></head>
<body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{{ a.site_name }}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">{{ m.nav_links(a.nav) }}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header"><h1 class="entry-title">{{ a.title }}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{{ a.iso }}">{{ a.human_date }}</time></span>
<span class="byline"> by <span class="author vcard">{{ a.author }}</span></span></div></header>
<div class="post-thumbnail"><img src="{{ a.image }}" class="wp-post-image" alt=""></div>
<div class="entry-content">
{{ a.body_html|safe }}
</div>{{ m.share_bar(a.canonical, a.title) }}</article>
<div id="comments" class="comments-area"><h3 id="reply-title">Leave a Reply</h3>
<form id="commentform"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
</main></div><aside id="secondary" class="widget-area">{{ m.related_list(a.related, "Recent Posts") }}</aside></div>
{{ m.cookie_banner(1) }}<footer id="colophon"><p>Proudly powered by WordPress</p></footer></div></body></html>"""

HOME = """{% import "macros" as m %}<!DOCTYPE html>
<html lang="{{ h.language }}"><head><meta charset="utf-8"><title>{{ h.site_name }}{{ h.tagline }}</title>
{% for title, url, type in h.alternates %}<link rel="alternate" type="{{ type }}" title="{{ title }}" href="{{ url }}">
{% endfor %}<meta property="og:site_name" content="{{ h.site_name }}"><link rel="canonical" href="{{ h.home }}"></head>
<body><header><h1><a href="/">{{ h.site_name }}</a></h1><nav><ul>{{ m.nav_links(h.nav) }}</ul></nav></header>
{{ m.cookie_banner(1) }}<main><h2>{{ h.heading }}</h2><ul class="story-list">
{% for s in h.stories %}<li><a href="{{ s.url }}">{{ s.title }}</a> <time datetime="{{ s.iso }}">{{ s.human_date }}</time>
<p>{{ s.summary }}</p></li>
{% endfor %}</ul></main><footer><p>{{ h.site_name }}</p></footer></body></html>"""

PRIVATE = """<!DOCTYPE html><html><head><title>Members only</title></head>
<body><h1>Members' briefing</h1><p>This area is for signed-in members.</p></body></html>"""

TEMPLATES = {
    "macros": MACROS, "wire": WIRE, "herald": HERALD, "northgate": NORTHGATE, "ledger": LEDGER,
    "lantern": LANTERN, "riverside": RIVERSIDE, "observador": OBSERVADOR, "aggregator": AGGREGATOR,
    "home": HOME, "private": PRIVATE,
}
