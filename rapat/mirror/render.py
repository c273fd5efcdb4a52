"""HTML of the mirror's pages, in the markup of the real CMS families (research/sources.md 2.3, 3)."""

from __future__ import annotations

from datetime import datetime
from html import escape

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

NAV = """<nav class="main-menu"><ul>
<li><a href="#">Tentang Kami</a><ul><li><a href="/pages/tugas-dan-fungsi">Tugas Dan Fungsi</a></li><li><a href="/pages/struktur-organisasi">Struktur Organisasi</a></li></ul></li>
<li><a href="#">Informasi Publik</a><ul><li><a href="/pages/peraturan-peraturan">Peraturan-Peraturan</a></li><li><a href="/pages/informasi-berkala">Informasi Berkala</a></li><li><a href="/pages/informasi-serta-merta">Informasi Serta Merta</a></li><li><a href="/pages/informasi-setiap-saat">Informasi Setiap Saat</a></li><li><a href="/pages/lap-permohonan-informasi">Lap. Permohonan Informasi</a></li></ul></li>
<li><a href="#">Berita</a><ul><li><a href="/post/berita">Berita</a></li><li><a href="/post/artikel">Artikel</a></li><li><a href="/post/kegiatan">Kegiatan</a></li></ul></li>
<li><a href="#">Dokumen</a><ul><li><a href="/download/all">Renstra</a></li><li><a href="/download/all">Renja</a></li></ul></li>
<li><a href="/login">Login</a></li>
</ul></nav>"""

ROBOTS_CMS = "User-agent: *\nDisallow: /login\nDisallow: /admin\n"
ROBOTS_WP = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"


def meta_date(stamp: datetime) -> tuple[str, str]:
    """The shared CMS meta items: (`17:38 WIB`, `09 May 2025`)."""
    return f"{stamp:%H:%M} WIB", f"{stamp.day:02d} {MONTHS_EN[stamp.month - 1]} {stamp.year}"


def _head(title: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n"
            f'<link rel="stylesheet" href="/assets/css/bootstrap.min.css">\n</head>\n<body>\n')


def _header(opd: str) -> str:
    return (f'<header class="header-area"><div class="top-header"><a href="/">'
            f'<img src="/berkas/logo/logo.png" alt="{escape(opd)}"></a></div>\n{NAV}\n</header>\n')


def _footer(opd: str, address: str, phone: str) -> str:
    return (f'<footer class="footer-area"><div class="container">\n<h4>{escape(opd)}</h4>\n'
            f'<div class="footer-social"><h5>Ikuti Kami</h5><a href="https://instagram.com/pemprov.lampung">Instagram</a> '
            f'<a href="https://www.youtube.com/@pemprov_lampung">YouTube</a> <a href="https://www.tiktok.com/@pemprov.lampung">TikTok</a></div>\n'
            f'<div class="footer-contact"><h5>Hubungi Kami</h5><p>{escape(address)}</p><p>Telp. {escape(phone)}</p>'
            f"<p>Email: info@lampungprov.go.id</p></div>\n"
            f'<p class="copyright">&copy; {escape(opd)}</p>\n</div></footer>\n'
            f'<script src="/assets/js/jquery.min.js"></script>\n</body>\n</html>\n')


def _sidebar(recent: list[tuple[str, str, datetime]]) -> str:
    items = "".join(
        f'<li><a href="{escape(href)}">{escape(title)}</a><span>{meta_date(stamp)[1]}</span></li>'
        for href, title, stamp in recent
    )
    return (f'<div class="col-lg-4"><div class="sidebar-area"><div class="single-sidebar-widget">'
            f"<h4>Berita Terkini</h4><ul>{items}</ul></div></div></div>\n")


def cms_article(page: dict) -> str:
    """A shared-CMS article page from a dict of title, stamp, views, paragraphs, images, site chrome."""
    clock, day = meta_date(page["stamp"])
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in page["paragraphs"])
    inline = "".join(f'<p><img src="{escape(src)}" alt=""></p>' for src in page["images"][1:])
    return (
        _head(f"{page['title']} - {page['opd']}") + _header(page["opd"])
        + '<div class="breadcrumb-area"><div class="container"><h2>Post</h2></div></div>\n'
        + '<section class="single-post-area section-padding"><div class="container"><div class="row">\n'
        + '<div class="col-lg-8"><div class="single-post">\n'
        + f'<div class="single-post-thumb"><img src="{escape(page["images"][0])}" alt="">\n'
        + f'<div class="single-post-thumb-overlay"><h4 class="post-title">{escape(page["title"])}</h4>\n'
        + f'<div class="post-meta"><ul><li><i class="fa fa-clock-o"></i> {clock}</li>'
        + f'<li><i class="fa fa-calendar"></i> {day}</li><li><i class="fa fa-user"></i> Super Administrator</li>'
        + f'<li><i class="fa fa-eye"></i> Dilihat {page["views"]} kali</li></ul></div></div></div>\n'
        + f'<div class="single-post-text">\n<h2>{escape(page["title"])}</h2>\n{paras}\n{inline}\n</div>\n'
        + '<div class="share-post">Bagikan: <a href="https://www.facebook.com/sharer.php">Facebook</a> '
        + '<a href="https://twitter.com/share">Twitter</a> <a href="https://wa.me/">WhatsApp</a></div>\n'
        + "</div></div>\n" + _sidebar(page["recent"])
        + "</div></div></section>\n" + _footer(page["opd"], page["address"], page["phone"])
    )


def _pagination_cms(base: str, page: int, last: int) -> str:
    if last <= 1 and page <= 1:
        return ""
    items = []
    if page > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{base}?page={page - 1}" rel="prev" aria-label="&laquo; Previous">&lsaquo;</a></li>')
    for n in range(max(1, page - 2), min(last, page + 2) + 1):
        cls = " active" if n == page else ""
        items.append(f'<li class="page-item{cls}"><a class="page-link" href="{base}?page={n}">{n}</a></li>')
    if page < last:
        items.append(f'<li class="page-item"><a class="page-link" href="{base}?page={page + 1}" rel="next" aria-label="Next &raquo;">&rsaquo;</a></li>')
    return f'<nav><ul class="pagination">{"".join(items)}</ul></nav>\n'


def cms_listing(page: dict) -> str:
    """A shared-CMS `/post/<cat>?page=N` page: items newest first, Laravel pagination."""
    cards = []
    for item in page["items"]:
        clock, day = meta_date(item["stamp"])
        cards.append(
            f'<div class="col-md-6"><div class="single-post"><div class="single-post-thumb">'
            f'<img src="{escape(item["image"])}" alt=""><div class="single-post-thumb-overlay post-meta">'
            f"<ul><li>{clock}</li><li>{day}</li></ul></div></div>"
            f'<div class="single-post-text"><h2><a href="{escape(item["href"])}">{escape(item["title"])}</a></h2>'
            f'<p>{escape(item["excerpt"])}</p><a class="read-more" href="{escape(item["href"])}">Selengkapnya</a></div></div></div>'
        )
    body = "\n".join(cards) or '<p class="text-center">Belum ada postingan.</p>'
    return (
        _head(f"{page['label']} - {page['opd']}") + _header(page["opd"])
        + f'<div class="breadcrumb-area"><div class="container"><h2>{escape(page["label"])}</h2></div></div>\n'
        + '<section class="blog-area section-padding"><div class="container"><div class="row">\n'
        + f'<div class="col-lg-8"><div class="row" id="post-list">\n{body}\n</div>\n'
        + _pagination_cms(page["base"], page["page"], page["last"]) + "</div>\n"
        + _sidebar(page["recent"]) + "</div></div></section>\n"
        + _footer(page["opd"], page["address"], page["phone"])
    )


def _wp_head(title: str, opd: str) -> str:
    return (_head(f"{title} \u2013 {opd}").replace("<body>", '<body class="wordpress">')
            + f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{escape(opd)}</a></p>'
            + '<nav class="main-navigation"><ul><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li>'
            + '<li><a href="/category/berita/">Berita</a></li><li><a href="/kontak/">Kontak</a></li></ul></nav></header>\n'
            + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n')


def _wp_foot(opd: str, recent: list[tuple[str, str, datetime]]) -> str:
    items = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t, _ in recent)
    return ("</main></div>\n"
            f'<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Pos-pos Terbaru</h2><ul>{items}</ul></section></aside></div>\n'
            f'<footer id="colophon" class="site-footer"><div class="site-info">{escape(opd)} &middot; Jl. dr. Susilo No. 46, Bandar Lampung</div></footer>\n'
            "</body>\n</html>\n")


def wp_article(page: dict) -> str:
    """A WordPress single post (dinkes): h1.entry-title, time.entry-date, .entry-content + Jetpack."""
    stamp = page["stamp"]
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in page["paragraphs"])
    return (
        _wp_head(page["title"], page["opd"])
        + f'<article id="post-{page["post_id"]}" class="post-{page["post_id"]} post type-post status-publish format-standard has-post-thumbnail">\n'
        + f'<header class="entry-header"><h1 class="entry-title">{escape(page["title"])}</h1>'
        + f'<div class="entry-meta"><span class="posted-on">Diposting pada <time class="entry-date published" datetime="{stamp.isoformat()}">'
        + f'{stamp.day} {MONTHS_EN[stamp.month - 1]} {stamp.year}</time></span> <span class="byline">oleh <a href="/author/admin/">admin</a></span></div></header>\n'
        + f'<div class="post-thumbnail"><img src="{escape(page["images"][0])}" alt=""></div>\n'
        + f'<div class="entry-content">\n{paras}\n'
        + '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Bagikan ini:</h3>'
        + '<div class="sd-content"><ul><li><a href="?share=facebook">Facebook</a></li><li><a href="?share=x">X</a></li></ul></div></div></div>\n'
        + '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Terkait</em></h3></div>\n'
        + '</div>\n<footer class="entry-footer"><span class="cat-links">Kategori: <a href="/category/berita/">Berita</a></span></footer>\n</article>\n'
        + _wp_foot(page["opd"], page["recent"])
    )


def wp_listing(page: dict) -> str:
    """A WordPress blog index `/` or `/page/N/` with article h2 links and a.next.page-numbers."""
    posts = []
    for item in page["items"]:
        posts.append(
            f'<article class="post type-post status-publish"><header class="entry-header">'
            f'<h2 class="entry-title"><a href="{escape(item["href"])}" rel="bookmark">{escape(item["title"])}</a></h2>'
            f'<div class="entry-meta"><time class="entry-date published" datetime="{item["stamp"].isoformat()}">'
            f'{item["stamp"].day} {MONTHS_EN[item["stamp"].month - 1]} {item["stamp"].year}</time></div></header>'
            f'<div class="entry-summary"><p>{escape(item["excerpt"])} [&hellip;]</p></div></article>'
        )
    n, last, root = page["page"], page["last"], page["root"]
    links = []
    if n > 1:
        links.append(f'<a class="prev page-numbers" href="{root}/{"" if n == 2 else f"page/{n - 1}/"}">&laquo; Sebelumnya</a>')
    links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
    if n < last:
        links.append(f'<a class="page-numbers" href="{root}/page/{n + 1}/">{n + 1}</a>')
        links.append(f'<a class="next page-numbers" href="{root}/page/{n + 1}/">Berikutnya &raquo;</a>')
    nav = f'<nav class="navigation pagination" aria-label="Pos"><div class="nav-links">{"".join(links)}</div></nav>\n'
    return _wp_head(page["opd"], page["opd"]) + "\n".join(posts) + "\n" + nav + _wp_foot(page["opd"], page["recent"])


def challenge_page(host: str, ray: str) -> str:
    """A Cloudflare-style managed challenge interstitial."""
    return (
        '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow">'
        "</head><body><div class=\"main-wrapper\" role=\"main\"><div class=\"main-content\">"
        f'<h1 class="zone-name-title h1">{escape(host)}</h1><h2 class="h2" id="challenge-running">Verifying you are human. '
        "This may take a few seconds.</h2><noscript><div class=\"h2\">Enable JavaScript and cookies to continue</div></noscript></div></div>"
        f"<script>(function(){{window._cf_chl_opt={{cvId: '3',cZone: '{escape(host)}',cType: 'managed',cRay: '{ray}'}};"
        "var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray="
        f"{ray}';document.getElementsByTagName('head')[0].appendChild(a);}}());</script></body></html>"
    )


def not_found_page(opd: str) -> str:
    """The CMS's 404 page."""
    return _head(f"404 - {opd}") + _header(opd) + '<div class="container"><h1>404</h1><p>Halaman tidak ditemukan.</p></div>\n' + _footer(opd, "", "")


def error_page() -> str:
    """A bare server error page (Laravel in production)."""
    return _head("Server Error") + '<div class="flex-center"><div class="code">500</div><div class="message">Server Error</div></div>\n</body>\n</html>\n'


def maintenance_page(opd: str) -> str:
    """A 200 page whose article area is gone (a layout change): chrome only, no title, no body."""
    return (_head(opd) + _header(opd)
            + '<section class="content-area"><div class="container"><div class="row"><div class="col-lg-12">'
            + '<div id="app" data-page="post"></div></div></div></div></section>\n' + _footer(opd, "", ""))


def index_page(hosts: list[tuple[str, str]]) -> str:
    """The mirror's root for humans: one link per mirrored host."""
    rows = "".join(f'<li><a href="/_host/{escape(h)}/">{escape(h)}</a> &mdash; {escape(n)}</li>' for h, n in hosts)
    return _head("Rapat Lampung mirror") + f"<h1>Rapat Lampung mirror</h1><ul>{rows}</ul>\n</body>\n</html>\n"
