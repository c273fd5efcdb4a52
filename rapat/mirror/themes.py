"""Other templates the sites' CMS families are known to use, for `MirrorSite(layouts="varied")`.

The default mirror renders every host in one template (render.py). These are the kinds of
redesign a crawler meets without warning, so the tests exercise the general rules rather
than one template:

- `opd_b`: a newer Bootstrap theme of the shared OPD CMS: a dated "Berita Populer" column and a
  "Terkini" ticker *before* the article, the meta line as `.entry-meta li`, a dated related-posts
  block and a dated footer; listings of cards paged by query-only `?page=N` hrefs in a
  "1 ... 4 5 6 ... 12" window with a worded `Berikutnya` link and no rel attributes.
- `opd_c`: path pagination `/post/<cat>/N` with `<link rel="next">` and a `Selanjutnya »`
  pager, the date as a `<time>` in the article header, and a calendar widget.
- `wp_b`: a WordPress theme with no date in the post header (JSON-LD `datePublished` only), a
  dated "Recent Posts" widget and comments, `h3` post titles without theme classes, and an
  "Older posts" link.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape

from rapat.mirror.render import MONTHS_EN, _footer, _head, _header, meta_date


def _popular(recent: list[tuple[str, str, datetime]]) -> str:
    items = "".join(
        f'<li class="post-item"><a href="{escape(h)}">{escape(t)}</a><div class="post-meta"><span>'
        f"{meta_date(s)[0]}</span> <span>{meta_date(s)[1]}</span></div></li>" for h, t, s in recent
    )
    return (f'<div class="col-lg-4 order-1"><div class="card popular-posts"><div class="card-header">'
            f'<h5>Berita Populer</h5></div><ul class="list-unstyled">{items}</ul></div></div>\n')


def _ticker(recent) -> str:
    if not recent:
        return ""
    href, title, stamp = recent[0]
    return (f'<div class="breaking-news"><span>Terkini:</span> <a href="{escape(href)}">{escape(title)}</a> '
            f"<small>{meta_date(stamp)[1]}</small></div>\n")


def opd_b_article(page: dict) -> str:
    """A shared-CMS article in the newer Bootstrap theme (dated blocks before and after it)."""
    clock, day = meta_date(page["stamp"])
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in page["paragraphs"])
    images = "".join(f'<figure><img src="{escape(src)}" alt=""></figure>' for src in page["images"])
    related = "".join(f'<div class="col-md-6"><a href="{escape(h)}">{escape(t)}</a><p class="small">{meta_date(s)[1]}</p></div>'
                      for h, t, s in page["recent"][:2])
    return (
        _head(f"{page['title']} - {page['opd']}") + _header(page["opd"]) + _ticker(page["recent"])
        + '<main id="main"><section class="blog-details"><div class="container"><div class="row">\n'
        + _popular(page["recent"])
        + '<div class="col-lg-8 order-2"><article class="entry">\n'
        + f'<h1 class="entry-title">{escape(page["title"])}</h1>\n'
        + f'<ul class="entry-meta list-inline"><li class="list-inline-item">{clock}</li>'
        + f'<li class="list-inline-item">{day}</li><li class="list-inline-item">Super Administrator</li>'
        + f'<li class="list-inline-item">Dilihat {page["views"]} kali</li></ul>\n'
        + f'<div class="entry-content">\n{images}\n{paras}\n</div></article>\n'
        + f'<div class="related-posts"><h4>Berita Terkait</h4><div class="row">{related}</div></div>\n'
        + "</div></div></div></section></main>\n" + _footer(page["opd"], page["address"], page["phone"])
    )


def _window(page: int, last: int) -> list[int | None]:
    # 1 ... p-1 p p+1 ... last (None is an ellipsis)
    shown = sorted({1, last, *range(max(1, page - 1), min(last, page + 1) + 1)})
    out: list[int | None] = []
    for n in shown:
        if out and out[-1] is not None and n - out[-1] > 1:
            out.append(None)
        out.append(n)
    return out


def _pagination_b(page: int, last: int) -> str:
    if last <= 1:
        return ""
    items = []
    for n in _window(page, last):
        if n is None:
            items.append('<li class="page-item disabled"><span class="page-link">&hellip;</span></li>')
        elif n == page:
            items.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="?page={n}">{n}</a></li>')
    if page < last:
        items.append(f'<li class="page-item"><a class="page-link" href="?page={page + 1}">Berikutnya</a></li>')
    return f'<nav aria-label="halaman"><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>\n'


def opd_b_listing(page: dict) -> str:
    """A shared-CMS listing of cards in the newer Bootstrap theme."""
    cards = "".join(
        f'<div class="col-md-6"><div class="card mb-4"><img class="card-img-top" src="{escape(i["image"])}" alt="">'
        f'<div class="card-body"><h5 class="card-title"><a href="{escape(i["href"])}">{escape(i["title"])}</a></h5>'
        f'<p class="card-text"><small class="text-muted">{meta_date(i["stamp"])[1]}</small></p>'
        f'<p class="card-text">{escape(i["excerpt"])}</p></div></div></div>' for i in page["items"]
    ) or '<p class="text-center">Belum ada postingan.</p>'
    return (
        _head(f"{page['label']} - {page['opd']}") + _header(page["opd"]) + _ticker(page["recent"])
        + '<main id="main"><section class="blog"><div class="container"><div class="row">\n'
        + _popular(page["recent"])
        + f'<div class="col-lg-8 order-2"><div class="row">{cards}</div>\n'
        + _pagination_b(page["page"], page["last"]) + "</div></div></div></section></main>\n"
        + _footer(page["opd"], page["address"], page["phone"])
    )


def _calendar(stamp: datetime) -> str:
    return (f'<div class="widget-calendar"><h4>Kalender</h4><table class="calendar"><caption>'
            f"{MONTHS_EN[stamp.month - 1]} {stamp.year}</caption><tr><td>1</td><td>2</td></tr></table>"
            f"<p>Hari ini: {meta_date(stamp)[1]}</p></div>")


def opd_c_article(page: dict) -> str:
    """A shared-CMS article whose date is a <time> in the header, beside a calendar widget."""
    stamp = page["stamp"]
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in page["paragraphs"])
    images = "".join(f'<img src="{escape(src)}" alt="">' for src in page["images"])
    return (
        _head(f"{page['title']} - {page['opd']}") + _header(page["opd"])
        + '<div class="container"><div class="row"><div class="col-md-9"><div class="detail-berita">\n'
        + f'<div class="judul"><h2>{escape(page["title"])}</h2>'
        + f'<ul class="post-info"><li><time datetime="{stamp.isoformat()}">{meta_date(stamp)[1]}</time></li>'
        + f'<li>{meta_date(stamp)[0]}</li><li>Super Administrator</li><li>Dilihat {page["views"]} kali</li></ul></div>\n'
        + f'<div class="isi post-body">{images}\n{paras}\n</div></div></div>\n'
        + f'<div class="col-md-3">{_calendar(stamp)}</div></div></div>\n'
        + _footer(page["opd"], page["address"], page["phone"])
    )


def _root_relative(href: str) -> str:
    return "/" + href[3:] if href.startswith("../") else href


def opd_c_listing(page: dict) -> str:
    """A shared-CMS listing paged by `/post/<cat>/N`, with <link rel=next> and a worded pager."""
    base, n, last = page["base"], page["page"], page["last"]
    # "../detail-post/x" is relative to /post/<cat>, one level up from /post/<cat>/N: written root-relative.
    rows = "".join(
        f'<li class="berita"><h4><a href="{escape(_root_relative(i["href"]))}">{escape(i["title"])}</a></h4>'
        f'<span>{meta_date(i["stamp"])[1]}</span></li>' for i in page["items"]
    )
    head = _head(f"{page['label']} - {page['opd']}")
    if n < last:
        head = head.replace("</head>", f'<link rel="next" href="{base}/{n + 1}">\n</head>')
    pager = ""
    if n > 1:
        pager += f'<a class="prev" href="{base}/{n - 1}">&laquo; Sebelumnya</a> '
    if n < last:
        pager += f'<a class="next-link" href="{base}/{n + 1}">Selanjutnya &raquo;</a>'
    return (head + _header(page["opd"])
            + f'<div class="container"><div class="row"><div class="col-md-9"><ul class="daftar-berita">{rows}</ul>\n'
            + f'<div class="pager">{pager}</div></div><div class="col-md-3">{_calendar(page["items"][0]["stamp"]) if page["items"] else ""}'
            + "</div></div></div>\n" + _footer(page["opd"], page["address"], page["phone"]))


def _wp_b_shell(title: str, opd: str, main: str, recent, extra_head: str = "") -> str:
    widget = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a> <span class="post-date">{MONTHS_EN[s.month - 1]} {s.day}, {s.year}</span></li>'
                     for h, t, s in recent)
    return (
        _head(f"{title} \u2013 {opd}").replace("</head>", f"{extra_head}</head>").replace("<body>", '<body class="wordpress">')
        + f'<div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">{escape(opd)}</a></p></header>\n'
        + f'<div class="container"><div class="row"><div id="primary" class="col-md-8"><main id="main">\n{main}</main></div>\n'
        + f'<div id="secondary" class="col-md-4"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{widget}</ul></section></div>'
        + f'</div></div><footer class="site-footer"><div class="site-info">&copy; {escape(opd)}</div></footer></div>\n</body>\n</html>\n'
    )


def wp_b_article(page: dict) -> str:
    """A WordPress post whose only own date is JSON-LD datePublished (dated widgets and comments around)."""
    stamp = page["stamp"]
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in page["paragraphs"])
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "datePublished": "2019-01-01T00:00:00+07:00"},
        {"@type": "NewsArticle", "headline": page["title"], "datePublished": stamp.isoformat()}]})
    later = page["recent"][0][2] if page["recent"] else stamp
    main = (
        f'<article id="post-{page["post_id"]}" class="post type-post"><div class="post-header">'
        f'<h1 class="post-title">{escape(page["title"])}</h1><div class="post-byline">oleh Admin</div></div>\n'
        f'<div class="post-thumb"><img src="{escape(page["images"][0])}" alt=""></div>\n'
        f'<div class="entry-content">\n{paras}\n</div></article>\n'
        f'<div id="comments" class="comments-area"><h3>1 Komentar</h3><ol><li class="comment"><time datetime="{later.isoformat()}">'
        f"{later.day} {MONTHS_EN[later.month - 1]} {later.year}</time><p>Terima kasih.</p></li></ol></div>\n"
    )
    return _wp_b_shell(page["title"], page["opd"], main, page["recent"],
                       f'<script type="application/ld+json">{ld}</script>\n')


def wp_b_listing(page: dict) -> str:
    """A WordPress index in a theme with h3 titles without classes and an "Older posts" link."""
    posts = "".join(
        f'<div class="card"><h3><a href="{escape(i["href"])}">{escape(i["title"])}</a></h3>'
        f'<p>{escape(i["excerpt"])}</p></div>' for i in page["items"]
    )
    n, last, root = page["page"], page["last"], page["root"]
    nav = ""
    if n < last:
        nav += f'<div class="nav-previous"><a href="{root}/page/{n + 1}/">Older posts</a></div>'
    if n > 1:
        nav += f'<div class="nav-next"><a href="{root}/{"" if n == 2 else f"page/{n - 1}/"}">Newer posts</a></div>'
    return _wp_b_shell(page["opd"], page["opd"], f'<div class="grid">{posts}</div><div class="posts-navigation">{nav}</div>',
                       page["recent"])


ARTICLES = {"opd_b": opd_b_article, "opd_c": opd_c_article, "wp_b": wp_b_article}
LISTINGS = {"opd_b": opd_b_listing, "opd_c": opd_c_listing, "wp_b": wp_b_listing}
