"""Other stories a page lists inside or around the article: 'Baca juga' links, related and popular lists.

Their headlines name other meetings, other officials and other days; read as the article's own they change its
event, and they make two reports of one meeting look unalike. Both the parser's body and the extractor's lines
drop them here, by one rule.
"""

from __future__ import annotations

import re

# The label of a link to another story ('Baca', 'Baca juga', 'Lihat juga', 'Simak pula').
_READ = r"(?:baca|lihat|simak)(?:\s+(?:juga|pula))?"
# A linked story set in brackets inside a paragraph ('... kata dia. (Baca juga: Gubernur Buka Rakor ...)').
_INLINE_LINK = re.compile(rf"\s*[(\[]\s*{_READ}\s*:[^)\]]*[)\]]", re.I)
# One linked story on a line of its own, after its label ('Baca: ...', 'Simak juga: ...', 'Lihat juga: ...').
_LINK_LINE = re.compile(rf"^{_READ}\s*:\s*\S", re.I)
# Links to read as well, headed on a line of their own ('Baca Juga'), stand inside a story.
_READ_ALSO = re.compile(r"^(?:baca|lihat|simak)\s+(?:juga|pula)\W*$", re.I)
# A header on a line of its own opening a list of other stories ('Baca Juga:', 'Berita Terkait', 'Terpopuler'). The
# list may stand above the story, inside it (the story goes on after it) or below it (the article has ended).
_LIST_HEADER = re.compile(
    r"^(?:(?:baca|lihat|simak)\s+(?:juga|pula)|(?:berita|artikel|pos|tulisan)\s+(?:terkait|lainnya|populer|terpopuler|"
    r"terbaru|terkini|pilihan)|terpopuler|terkini|terbaru|terkait|populer|trending|pilihan\s+(?:redaksi|editor)|"
    r"rekomendasi(?:\s+untuk\s+anda)?|related posts?|most popular)(?:\s+(?:minggu|pekan|hari|bulan)\s+ini)?\W*$", re.I)
# Headers after which only comments or an archive follow: the article has ended wherever they stand.
# ('Tinggalkan Balasan', 'Tulis Komentar Anda', '2 Komentar', '3 tanggapan untuk "<title>"', 'Komentar (2)')
_END_HEADER = re.compile(r"^(?:(?:tinggalkan|berikan|tulis)\s+(?:komentar|balasan|tanggapan)(?:\s+anda)?|"
                         r"\d+\s+(?:komentar|tanggapan|balasan|comments?)\b.*|(?:komentar|comments?)(?:\s*\(\d+\))?|"
                         r"arsip|recent posts)\W*$", re.I)
# A reader's comment under the story: its byline ('Warga Kedaton — 28 Maret 2025 pukul 09.10'), then its text and a
# reply button ('Balas').
_COMMENT_BYLINE = re.compile(r"^[\w .'’@-]{2,40}?\s+[—–|-]\s+\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
                             r"(?:,?\s+(?:pukul\s+|at\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:WIB|am|pm))?)?$", re.I)
_REPLY = re.compile(r"^(?:balas|reply|balas komentar|suka|like)$", re.I)
# Verbs a headline writes in title case ('Kepala Bappeda Pimpin Raker', 'Gubernur Terima Audiensi'): a listed line
# holding one tells a story; a list of the bodies an article invited holds none (nor is one ever part of a name).
HEADLINE_VERBS = frozenset("""pimpin buka hadiri terima gelar ikuti tinjau bahas minta dorong ajak genjot kebut
    evaluasi sosialisasikan resmikan serahkan lantik sambut tegaskan dukung pastikan apresiasi harap imbau ingatkan
    siapkan perkuat kunjungi temui raih beri berikan salurkan luncurkan tandatangani jalin paparkan sampaikan targetkan
    lepas bagikan tekankan kumpulkan panggil undang sidak bawa usulkan ajukan desak soroti janjikan ungkap
    akui""".split())
# A list item's mark: a bullet or a number ('1. ', '2) ').
_ITEM_MARK = re.compile(r"^(?:[-•·▪●◦‣*]|\d{1,2}[.)])\s+")
# The date or age of a listed story on a line of its own ('18-Apr-2025', 'Senin, 3 Maret 2025', '2 jam lalu').
_ITEM_STAMP = re.compile(
    r"^(?:[A-Za-z']+,?\s+)?\d{1,2}[\s/.-]+(?:\d{1,2}|[A-Za-z]{3,9})[\s/.-]+\d{2,4}"
    r"(?:\s*[,|-]?\s*\d{1,2}[:.]\d{2}(?:\s*WIB)?)?$|"
    r"^\d+\s+(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+(?:yang\s+)?lalu$|^\d{1,2}[:.]\d{2}(?:\s*WIB)?$", re.I)
# (an editor's sign-off may follow the last stop: '... 30 persen. (*)', '(rls)', '(AJ/Hms)')
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s*(?:\([\w*/ .-]{1,12}\)\s*)?$")
# A line opened by a label of a word or two ('Baca Juga: ...', 'Tag: ...', 'Foto: ...'), not a headline quoting its
# speaker ('Sekda Provinsi Lampung: Kominfo ...').
_LABELLED = re.compile(r"^[\w'’-]+(?:\s+[\w'’-]+)?\s*:")
_SITE_LINE = re.compile(r"[»›|]|\b(?:resmi|website|situs|portal)\b", re.I)
_CLOSING = " \t”\"’'"  # (a quotation closed after a line's last stop)
_ELLIPSIS = re.compile(r"(?:\.{3}|…)\s*$")
# Words a headline leaves in lower case (a prose sentence has lower-case words of four letters or more).
_HEADLINE_LOWER = frozenset("""dengan untuk dalam bagi pada dari atau oleh yang serta tentang terhadap menuju sebagai
    melalui antara akan jadi tapi namun demi lewat usai seusai saat agar hingga sejak jelang kepada karena""".split())
# A word of letters ('Fraksi-fraksi' one word; 'ke-54' only its letters).
_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’]|-(?=[A-Za-z]))*")


def without_related(lines: list[str], title: str | None = None) -> list[str]:
    """The lines without other stories' lists and links, nor readers' comments: what stands above the story, inside it
    and below it."""
    out: list[str] = []
    title_key = _key(title or "")
    started = False  # (a paragraph of the story has been kept)
    lines = [line.translate(_SPACES) for line in lines]
    i = 0
    while i < len(lines):
        raw = _without_inline_links(lines[i])
        line = raw.strip()
        # (a blank line, a paragraph, or past the lead a sentence closed by a full stop, holds no header, headline or
        # date and opens no list: most lines)
        if line and len(line) <= 160 and not (started and _closed(line) and not _LINK_LINE.match(line)):
            if started and (_END_HEADER.match(line) or _comments_start(lines, i)):
                break
            step = _listed_inside(lines, i, title_key, out) if started else _listed_above(lines, i, title_key, out)
            if step == _ENDED:
                break
            if step:
                i = step
                continue
        out.append(raw)
        started = started or _paragraph(line)
        i += 1
    return out


_ENDED = -1  # (what _listed_inside returns when the article has ended)
_VERB = re.compile(r"\b(?:me|di|ber|ter)[a-z]{3,}\b")  # (lower case: a verb of prose, 'dipimpin', 'ditargetkan')
# The site's footer: 'Copyright © 2025 Biro Adpim Provinsi Lampung. All rights reserved.'
_FOOTER = re.compile(r"©|\bcopyright\b|\bhak\s+cipta\b|\ball\s+rights\s+reserved\b", re.I)
# A no-break space ('&nbsp;' as served) is a space to the tests below, and an editor's invisible characters nothing.
_SPACES = {0xA0: " ", 0xAD: None, 0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None}


def _listed_above(lines: list[str], i: int, title_key: str, out: list[str]) -> int:
    """Where the story goes on when a list of others begins at line i above it (0: none begins); the article's own
    title among listed headlines is kept in out."""
    line = lines[i].strip()
    if _LINK_LINE.match(line):
        return i + 1
    if _LIST_HEADER.match(line):
        return _past_items(lines, i + 1, title_key)
    if _ITEM_MARK.match(line) and _headline(line):
        end, items = _marked_items(lines, i, title_key)
        if len(items) >= 2:
            return end  # (two marked headlines or more above the story: a list of others, not its title)
    run = _headline_run(lines, i, title_key)
    if run:
        # (headlines in a row: others listed, the article's own title kept, or when the record has none, the last of
        # them, which stands above the story, unless a teaser closes the run)
        out.extend(x for x in lines[i:run] if _key(x) == title_key)
        return run if title_key or _ELLIPSIS.search(lines[run - 1]) else run - 1
    return 0


def _listed_inside(lines: list[str], i: int, title_key: str, out: list[str]) -> int:
    """Where the story goes on when a list of others begins at line i past its lead (0: none begins; _ENDED: the list
    closes the page, the article has ended)."""
    line = lines[i].strip()
    if _LINK_LINE.match(line):
        return i + 1
    if _LIST_HEADER.match(line):
        end = _past_items(lines, i + 1, title_key)
        # (links to read as well stand inside a story; a list under another header below it ends the article)
        return end if _READ_ALSO.match(line) or _story_goes_on(lines, end) else _ENDED
    run = _dated_run(lines, i)
    if run:
        # (others' headlines each with its date or teaser; with no paragraph after them, the page's end)
        return run if any(_paragraph(x.strip()) for x in lines[run:]) else _ENDED
    if _ITEM_MARK.match(line) and _headline(line) and not _introduced(out):
        end, items = _marked_items(lines, i, title_key)
        if len(items) >= 2 and not any(_paragraph(x.strip()) for x in lines[end:]):
            return _ENDED  # (marked headlines closing the page, no sentence introducing them: others listed below)
        if len(items) >= 2 and all(_tells(x) for x in items):
            return end  # (marked headlines inside the story, each telling a story: 'Gubernur Sambut ...')
    return 0


def _marked_items(lines: list[str], i: int, title_key: str) -> tuple[int, list[str]]:
    """The index past a list's items from line i, and its marked items."""
    end = _past_items(lines, i, title_key)
    return end, [x.strip() for x in lines[i:end] if _ITEM_MARK.match(x.strip())]


def _comments_start(lines: list[str], i: int) -> bool:
    """Readers' comments begin at line i, unheaded: a comment's byline, and a reply button within the next lines."""
    return _COMMENT_BYLINE.match(lines[i].strip()) is not None and any(
        _REPLY.match(x.strip()) for x in lines[i + 1:i + 4])


def _tells(line: str) -> bool:
    """A headline telling a story by its verb ('Komisi II Gelar RDP ...'), not a body's name."""
    return any(w.lower() in HEADLINE_VERBS for w in _WORD.findall(line))


def _introduced(kept: list[str]) -> bool:
    """The last line kept before a list's items introduces a list of the article's own ('Rakor dihadiri:', '...,
    di antaranya:')."""
    last = next((x.strip() for x in reversed(kept) if x.strip() and not _ITEM_MARK.match(x.strip())), "")
    return last.endswith(":")


def _without_inline_links(line: str) -> str:
    """The line without a bracketed link to another story inside it."""
    if "aca" not in line and "ihat" not in line and "imak" not in line:
        return line  # (a cheap test before the pattern: most lines link nothing)
    return _INLINE_LINK.sub("", line)


def _past_items(lines: list[str], i: int, title_key: str) -> int:
    """The index of the first line past a list's items (headlines, their stamps, blank lines)."""
    marked = None
    while i < len(lines):
        line = lines[i].strip()
        if line and (_key(line) == title_key or _prose(line) or _LIST_HEADER.match(line) or _END_HEADER.match(line)):
            break  # the article's own title, prose or the next list: this list is over
        is_marked = _ITEM_MARK.match(line) is not None
        if line and not _ITEM_STAMP.match(line) and marked is not None and marked != is_marked:
            break  # (a plain line after marked items is not one of them: the page's next part)
        if line and not _ITEM_STAMP.match(line):
            marked = is_marked
        i += 1
    return i


def _headline_run(lines: list[str], i: int, title_key: str) -> int:
    """The index past three headlines or more in a row from line i, or two with their teasers (the article's own title
    aside); else 0."""
    heads, teasers = set(), 0
    j = i
    while j < len(lines):
        line = lines[j].strip()
        if heads and _teaser(line):
            teasers += 1  # (a listed story's lead cut off under its headline)
        elif line and not _ITEM_STAMP.match(line):
            if _LABELLED.match(line) or not _headline(line) or _SITE_LINE.search(line) or line.isupper():
                break  # (a site's name, menu or breadcrumb is the page's own furniture, no list of others)
            heads.add(_key(line))
        j += 1
    while j > i and not lines[j - 1].strip():
        j -= 1
    others = len(heads - {title_key})
    # (two may be a site's name and its motto; two each with its teaser are listed stories)
    return j if others >= 3 or (others >= 2 and teasers >= others - 1) else 0


def _dated_run(lines: list[str], i: int) -> int:
    """The index past two headlines or more from line i, each followed by its date or its lead cut off (a teaser);
    else 0. (Bare, a run of title-case lines may be the article's own list: the bodies it invited, the regulations it
    names.)"""
    heads = stamps = 0
    j = i
    while j < len(lines):
        line = lines[j].strip()
        if line and (_ITEM_STAMP.match(line) or (heads and _teaser(line))):
            stamps += 1
        elif line:
            if _LABELLED.match(line) or not _headline(line):
                break  # ('Baca Juga: ...', 'Tag: ...' are lines of their own kind)
            heads += 1
        j += 1
    return j if heads >= 2 and stamps >= heads - 1 else 0


def _teaser(line: str) -> bool:
    """Another story's lead cut off by an ellipsis under its headline (not a search box's 'Cari di sini...')."""
    return len(line) >= 60 and _ELLIPSIS.search(line) is not None


def _story_goes_on(lines: list[str], i: int) -> bool:
    """Whether a story's paragraph follows a list (a list inside the article, not one below it)."""
    for line in lines[i:]:
        line = _without_inline_links(line).strip()  # ('... Ketua DPRD. (*) (Baca juga: ...)' ends with its sign-off)
        if _END_HEADER.match(line) or _FOOTER.search(line):
            return False  # (comments below, or the site's footer: what reads like prose there is not the story)
        # (a short story's paragraph may be short, a sentence closed by its full stop with a verb in it: not a survey's
        # question, an address or a copyright line)
        long = len(line) >= 100 and _SENTENCE_END.search(line) is not None
        short = len(line) >= 60 and _closed(line) and _VERB.search(line) is not None
        if (long or short) and not _ELLIPSIS.search(line) and not _headline(line):
            return True
    return False


def _paragraph(line: str) -> bool:
    """A paragraph of a story: prose that is not a list's item (a lead ending 'yaitu:' is one)."""
    return not _ITEM_MARK.match(line) and _prose(line)


def _prose(line: str) -> bool:
    """A line of a story: a sentence closed, or a long line that is no headline (nor another story's lead cut off
    by an ellipsis, a teaser)."""
    return not _headline(line) and not _ELLIPSIS.search(line) and (
        len(line) >= 80 or (len(line) >= 40 and _SENTENCE_END.search(line) is not None))


def _headline(line: str) -> bool:
    """A title-case line of four words or more (its mark cut off): every word of four letters capitalised, as prose
    never writes them ('..., Totalnya Rp 20 Miliar!' is a headline however it ends)."""
    if len(line) > 160 or _closed(line) or line.rstrip(_CLOSING).endswith((";", "; dan", "; atau", "; serta")):
        return False  # ('2. Kepala Bappeda Provinsi Lampung, Elvira Umihanni;': an item of the article's own list; a
        # lead naming many offices and people closes with a full stop, and is longer than a headline)
    lower = total = 0
    for w in _WORD.findall(line):
        if len(w) >= 4 and w not in _HEADLINE_LOWER:
            total += 1
            if not w[0].isupper():
                lower += 1
                if lower > 1:
                    return False
    # (one word of ten may be left in lower case, 'Tata Niaga Singkong masih Jadi Sorotan')
    return total >= 4 and lower * 10 <= total


def _closed(line: str) -> bool:
    """The line closes a sentence with a full stop (its quotation closed after it), not an ellipsis."""
    return line.rstrip(_CLOSING).endswith(".") and not _ELLIPSIS.search(line)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()
