"""Every response that must not become an article is rejected with its reason."""

from pathlib import Path

import pytest

from crawler.parsing import PageRejected, parse_article, parse_listing
from crawler.parsing.errors import REASONS
from pipelines.schema import CRAWL_FAILURES

PAGES = Path(__file__).parent / "pages"
URL = "https://bappeda.lampungprov.go.id/detail-post/x"
GOOD = (PAGES / "disperindag_rakor.html").read_bytes()
CHALLENGE = (PAGES / "cloudflare_challenge.html").read_bytes()


def reason_of(body, family="shared_cms", **kw) -> PageRejected:
    with pytest.raises(PageRejected) as info:
        parse_article(URL, body, family=family, **kw)
    return info.value


def test_reasons_belong_to_the_failure_vocabulary():
    described = CRAWL_FAILURES.field("reason").metadata[b"description"].decode()
    assert REASONS - {"layout_changed"} <= {r.strip(" .") for r in described.split(",")}
    with pytest.raises(ValueError):
        PageRejected("made_up")


@pytest.mark.parametrize("status", [200, 403, 503])
@pytest.mark.parametrize("family", ["shared_cms", "wordpress"])
def test_cloudflare_challenge_never_becomes_an_article(status, family):
    err = reason_of(CHALLENGE, family=family, status=status)
    assert err.reason == "challenge" and str(status) in err.detail


def test_challenge_header_alone_is_enough():
    # Even a page that would parse is refused when Cloudflare says it mitigated the request.
    assert reason_of(GOOD, headers={b"cf-mitigated": [b"challenge"]}).reason == "challenge"
    assert reason_of(GOOD, headers={"CF-Mitigated": "challenge"}).reason == "challenge"


def test_other_waf_interstitials():
    assert reason_of((PAGES / "sucuri_firewall.html").read_bytes(), status=403).reason == "challenge"
    akamai = b"<html><head><title>Access Denied</title></head><body>You don't have permission. Reference #18.2f</body></html>"
    assert reason_of(akamai, status=403).reason == "challenge"


def test_challenge_listing_is_rejected_too():
    with pytest.raises(PageRejected) as info:
        parse_listing("https://dlh.lampungprov.go.id/post/berita", CHALLENGE, family="shared_cms", status=403)
    assert info.value.reason == "challenge"


def test_article_about_cloudflare_is_not_a_challenge():
    text = GOOD.replace(b"pasar tradisional.", b"pasar tradisional, dan situs dilindungi Cloudflare.")
    assert parse_article(URL, text, family="shared_cms")["parser"] == "shared_cms/1"


@pytest.mark.parametrize("body", [b"", b"   \r\n\t ", ""])
def test_empty(body):
    assert reason_of(body).reason == "empty"


def test_pdf_linked_as_an_article():
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    assert reason_of(pdf).reason == "not_html"
    assert reason_of(pdf, content_type="text/html").reason == "not_html"  # magic bytes beat a lying header
    assert reason_of(b'{"ok": true}', content_type="application/json").reason == "not_html"
    assert reason_of(b"Disallow: /login\n", content_type="text/plain").reason == "not_html"
    # HTML served with a wrong type is still read as a page
    assert parse_article(URL, GOOD, family="shared_cms", content_type="text/plain")["parser"] == "shared_cms/1"


def test_http_error_status():
    err = reason_of(GOOD, status=500)
    assert err.reason == "http_error" and "500" in err.detail


def test_truncated():
    assert reason_of((PAGES / "truncated_bappeda.html").read_bytes()).reason == "truncated"
    assert reason_of(GOOD[: len(GOOD) // 2]).reason == "truncated"


def test_no_title():
    assert reason_of((PAGES / "shared_cms_no_title.html").read_bytes()).reason == "no_title"


def test_no_body_when_only_furniture():
    assert reason_of((PAGES / "shared_cms_only_furniture.html").read_bytes()).reason == "no_body"


def test_changed_layout_without_content_is_no_body_even_through_the_fallback():
    err = reason_of((PAGES / "layout_no_content.html").read_bytes())
    assert err.reason == "no_body" and "fallback" in err.detail


def test_rejection_survives_pickling():
    import pickle

    err = pickle.loads(pickle.dumps(PageRejected("truncated", "cut at 10 bytes")))
    assert (err.reason, err.detail) == ("truncated", "cut at 10 bytes")
