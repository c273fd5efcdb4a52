"""The extractor on development articles reworded with one thing in focus, as real outlets write it: the meeting's date
(M), its kind and way of holding (N), how people and bodies are introduced (O), real-length articles that say more than
one thing (P), meeting or not (Q), where it sat (R), who led it (S), the page as a news site serves it (T), and the
less common kinds of meeting in outlets' words (U); and one event told by three outlets, look-alike events beside it
(V, W). M2, O2, Q2, R2 and S2 take the same focuses again on other development articles, M3, O3, S3, T2 and V2 a third
time, K2 (DPRD and regency reporting), N2, P2 and Q3 a fourth, M4, O4, S4 and V3 a fifth, N3,
P3, Q4 and R3 a sixth, M5, O5, S5 and T3 a seventh. In the fifteenth session: U2 and U3 (who took part, who spoke), O6,
O7 and O8 (people), M6, M7 and M8 (dates), Z2 and Z3 (the less common kinds), N4 and N5 (how it was held), S6 (chairs),
Q5 and Q6 (meeting or not), R4 and R5 (places), P4 (real-length articles), and one event by three outlets: V4 to V7,
and V8 and V9 written to be hard to join (told from a participant's side, the meeting named late, a day later); a fourth
round: U4, O9, M9, Q7, T4, K3 and the hard-to-join V10 and V11. Sixteenth session: M10 and M11 (dates), O10 (people),
U5 (bodies that took part), Q8 (meeting or not), P5 (real-length articles), V12 and V13 (one event by three outlets, hard
to join); then S7 (leaders), O11 (page layouts), R6 (places), N6 (kinds and modes), M12 (publication lines), Q9
(meeting or not), V14 and V15; and U6 (bodies), O12 (people in lists), M13 (careless dates), Z4 (the less common kinds), K4
(DPRD and regency reporting), Q10 (meeting or not), T5 (the page as a careless copy serves it), V16; and M14, S8, U7, Q11,
P6, O13 (officials named bare first), V17 and V18; and M15, S9, U8, Q12. Seventeenth session: M16 (dates), S10 and S11
(leaders), U9 (bodies), Q13 (meeting or not), P7 (non-meetings at real length), V19 and V20 (one event by three outlets,
hard to join); M17, S12, U10, Q14, O14, P8 (meetings at real length), V21 and V22; M18, S13, U11, Q15, N7 (kinds and modes), P9, V23 and V24; P10, M19, S14, U12, Q16, K5 (DPRD reporting), V25 and V26; P11, P12, M20, S15, U13, Q17, V27 and V28; P13, U14, U15, S16, M21, Q18, V29 and T6.
Eighteenth session: P14 to P19 (real-length reports: the meeting named late, a second activity, DPRD procedure, leaders
told by title or pronoun, wire style, non-meetings beside other meetings); P20 to P25 (a press office's formal release, an
online daily's page as served, the history of the matter, who took part, regency sites, meeting or not); P26 to P31
(leaders told late, days relative to publication, kinds named loosely, modes told indirectly, short releases,
non-meetings with meeting vocabulary); P32 to P43 (no construction in focus, each in one kind of outlet's manner)."""

from pathlib import Path

from pipelines.evaluate import evaluate
from tests.heldout_support import floor_tests_per_set

DATA = Path(__file__).parent / "data"
# Written 2026-12-06 in the fourteenth session by eight helpers (gold copied unchanged, rules unread). First runs,
# original -> reworded (the same development articles):
#   M (dates: 'kemarin' from a dated dateline, month names, the date later, deadlines and periods around it): date
#     1.000 -> 0.864, pairs 1.000 -> 0.750. After a dateline's day yields to the lead's own ('..., Selasa (3/9/2024) -
#     ... kemarin'): date 1.000, pairs 1.000.
#   N (the meeting named loosely or later, online told as 'konferensi video', non-meetings with meeting words around):
#     meeting F1 0.973 -> 0.947, type 1.000 -> 0.944, pairs 1.000 -> 0.000. After 'masih akan dibahas dalam rapat
#     persiapan' (undated) names no event: meeting F1 0.973, pairs 1.000; type 0.944 ('pertemuan terbatas' read as a
#     rapat terbatas).
#   O (titled names, appositions, lower-case offices, semicolon lists of attendees): venue 0.952 -> 0.905, city 1.000
#     -> 0.962, chair 0.944 -> 0.889. After 'Saat menerima audiensi ..., Gubernur X', a route's end as the venue, a
#     room's office with its bracketed short form, a semicolon ending a name: venue 0.952, city 1.000, chair 0.944.
#   P (2,500-4,000 characters: background, quotations, a second event, page furniture): chair 1.000 -> 0.933, topics
#     0.809 -> 0.759. After an office's fields listed with commas ('Direktur Perencanaan, Evaluasi dan Informasi ...'):
#     chair 1.000; topics stay 0.759 (background paragraphs propose topics the meeting did not discuss).
#   Q (meetings told by their outcome first, non-meetings with meeting words around): meeting F1 0.970 -> 0.941, type
#     1.000 -> 0.938, chair 1.000 -> 0.875. After a weak word twice yields to the lead's strong name and an opening
#     quotation pushes the lead down: type 1.000, chair 1.000; meeting F1 0.941 (a statement 'kepada wartawan usai
#     rapat internal' and a gathering told with 'Bahas Sinergi dengan Pusat': near the labels' line).
#   R (addresses, fronted places, owners' rooms, places talked about): meeting F1 1.000 -> 0.982, type 0.964 -> 0.929,
#     date 0.958 -> 0.917, chair 1.000 -> 0.938. After a delegation visiting a government calls on it: meeting F1 1.000,
#     type 0.964, date 0.958, chair 1.000 (left: a preparation meeting below an announced raker's name).
#   S (who led it, in every clause order; speakers who did not lead): meeting F1 1.000 -> 0.982, chair 0.955 -> 0.864.
#     After 'turun langsung memimpin' as in person and 'Staf Ahli Gubernur' as not the governor: meeting F1 1.000, chair
#     0.955 (left: a call on several ministers, the labelled one received them last).
#   T (Antara, Tribun, Kupas Tuntas, Lampost, RMOL ... furniture): date 1.000 -> 0.957, pairs 1.000 -> 0.800. After a
#     vision's year ('Indonesia Emas 2045') is no article's year: every field at the original's.
#   U (audiensi, musrenbang, FGD, raker, RDP, evaluations, plain meetings in outlets' words): every field at or above
#     the original's at the first run (type 0.967 -> 0.967, date 0.963 -> 1.000).
#   V, W (eight development meetings each, the original and two new reports as other outlets would write them, short
#     and long, another date notation, one a day later; two plenaries, two coordination meetings ... on other days
#     beside them): pairs 1.000 at the first run (precision and recall); W's chair 0.952 and mode 0.958 first
#     ('Pembukaan musrenbang dilakukan X', 'juga diikuti secara daring'), then 1.000; type 0.917 (a consultation told
#     as an evaluation, read as one).
#   M2, O2, Q2, R2, S2 (the same focuses on other development articles, written after the rules above): first runs
#     M2 date 0.958 -> 0.917 ('kemarin' in a later lead sentence under a dated dateline, a rakor dated only by the day
#     it closed), O2 chair 1.000 -> 0.929 ('Nyoto Suwignyo, Direktur ... (Kemendagri), membuka'), Q2 chair 1.000 ->
#     0.800 ('Selepas memimpin rapat, X'), R2 meeting F1 1.000 -> 0.980 (a title quoted in straight marks left the
#     quotation open), S2 mode 1.000 -> 0.962 ('zaman serba daring'); after those mechanisms every one at or above the
#     original but R2's venue 0.885 (a feature's 'Tempatnya? Ruang Rapat Utama.' split from its question; a short
#     form 'ruang kerja Sekdaprov' for the full name) and Q2's meeting F1 0.933 (statements 'usai rapat internal').
#   M3, O3, S3, T2, V2 (a third round: dates, people, chairs, pages, one event by three outlets): first runs M3
#     meeting F1 1.000 -> 0.980, date 0.955 -> 0.864 ('menyambangi Balai Kota ... untuk bertemu Gubernur DKI', a filing
#     day before the outlet's name, 'berlaku mulai 6 Juli'), O3 officials 0.911 -> 0.849 (degrees 'M.IP.', 'S.K.M.'
#     between a name and its office), S3 chair 1.000 -> 0.833 ('turun tangan langsung memimpin'), V2 chair 0.889
#     ('audiensi Gubernur ... dengan Menkes', 'Apeksi Temui KSP, Eva Dwiana: ...'); after those mechanisms each at or
#     above the original but a call on several ministers (the labelled one received them last), office words and a name
#     all in lower case (O3), and T2's preparation meeting below an announced raker's name.
#   K2, N2, P2, Q3 (a fourth round: DPRD and regency reporting, kinds and ways told loosely, real-length articles,
#     meeting or not): first runs K2 venue 1.000 -> 0.842 (a route's buildings in lower case, a place as the subject
#     after a dateline's colon or before its day), N2 chair 1.000 -> 0.800 ('Audiensi ke Menteri PPN, Mirza dan Jihan
#     Bahas ...'), P2 pairs 0.500 -> 1.000 at once, Q3 meeting F1 0.966 -> 0.867; after the mechanisms K2 venue 1.000,
#     N2 chair 0.900; left: a statement 'seusai memimpin rakor' told past a lead of statements (N2), an MoU invitation
#     in a headline over the audience it came from and statements 'usai rapat internal' (Q3).
#   M4, O4, S4, V3 (a fifth round): first runs M4 date 1.000 -> 0.880 ('Rakor ... itu berlangsung ... pada Kamis, 20
#     Desember lalu' a week before the report, 'tanggal 10 bulan ini', an act followed up dated in the lead), S4 chair
#     1.000 -> 0.962 ('Palu sidang ... dipegang X'), V3 pairs 0.000 -> 1.000 at once; after the mechanisms M4 date
#     0.960; left: the audience that became an MoU invitation (e016), a headline's 'Buka Musrenbang 2025, Gubernur
#     Mirza: ...' as the only place the chair is named, a name written in lower case (O4).
#   N3, P3, Q4, R3 (a sixth round): first runs N3 meeting F1 1.000 -> 0.944 (a raker announced for later, told
#     loosely), Q4 meeting F1 1.000 -> 0.933 ('pertemuan ... sehari sebelumnya' a meeting days before the news; a
#     statement 'usai rapat internal'), R3 venue 1.000 -> 0.808 (a description before the sentence's named place, an
#     official after a fronted place's comma); after the mechanisms R3 venue 0.846, Q4 meeting F1 0.966; left: a
#     generic building before its name ('Rumah dinas Gubernur Lampung, Mahan Agung, ... menjadi titik ...'), a place
#     after 'lokasinya', N3's announced raker.
#   M5, O5, S5, T3 (a seventh round; M5 and S5 reword the leads, the bodies kept): first runs M5 date 0.962, as its
#     originals (a forecast 'diperkirakan mulai lusa, Kamis (19/2)' and 'Sehari sebelumnya, Senin (16/2)' around a
#     dated dateline), S5 type 1.000 -> 0.962 ('disambut langsung oleh Gubernur': left, since welcoming a site visit
#     reads alike), O5 and T3 at the originals; after the mechanisms M5 date 1.000.
#   Fifteenth session (24 sets, 2026-12-06, by 24 helpers; first runs at the session's start aa27ce1 -> final):
#     U2 officials 0.854 -> 0.942 (functional posts 'Auditor Madya pada ...', holders after 'yakni', a caption's full
#     name); O6 chair 0.900 -> 1.000 (a body that held it is no chair), officials 0.792 -> 0.864; M6 date 0.833 -> 1.000
#     ('dua hari lalu', 'pada 7/2', '(Nenemonews)' after a dateline's day, a stamp led by 'Lampung |'), chair 0.909 ->
#     1.000 (an invitation's signer past the lead); Z2 meeting F1 0.983, type 0.900, venue 0.897 -> 1.000, 1.000, 0.966
#     (a council visited by another's members, 'Sebelum FGD ... digelar', a ministry as a party, 'Rumah dinas Gubernur,
#     Mahan Agung'); N4 chair 0.923 -> 1.000 ('menyampaikannya kepada wartawan seusai menggelar rakor'); V5 type 0.958
#     -> 1.000 ('Palu Sidang'); U3 venue 0.947 -> 1.000; O7 meeting F1 0.980 -> 1.000 ('Diwarnai Unjuk Rasa, ...'); M7
#     date 0.840 -> 0.960 (a page stamp dates a record without its publication date; 'jatuh pada 18 Maret'; a headline's
#     'Senin (30/11)'), officials 0.959 -> 0.948 (its e017: the announced raker read over the held preparation meeting,
#     now dated, lists the raker's ministers); R4 venue 0.870 -> 0.957 ('tidak digelar di ...', 'Di ruang rapat ..., Tim
#     ... berkumpul'); P4 mode 0.955 -> 1.000; V7 date and chair 0.944 -> 1.000 ('pada Pilkada, Senin (21/9)', 'di bawah
#     kepemimpinan Presiden' no chair); N5 mode 0.840 -> 0.960 ('dalam jaringan', 'tidak digelar tatap muka, melainkan
#     ... virtual'); V8 venue 0.958 -> 1.000 ('mengikutinya secara daring dari Mahan Agung'); V9 meeting F1 0.979 ->
#     1.000, date 0.792 -> 0.875, chair 0.778 -> 0.944, pairs 0.857 -> 0.957 ('Bersiap Sambut Kunker', 'Persiapannya
#     dibahas dalam rakor', 'membukanya', a quotation's 'segera'); Q6 meeting F1 0.933 -> 0.966 ('beberapa waktu lalu');
#     Z3 type 0.933 -> 1.000; M8 date 0.846 -> 1.000 ('Lima bulan setelah ..., X kembali dibedah', a headline's date
#     before a colon); R5 venue 0.900 -> 0.950, mode 0.962 -> 1.000; O8 officials 0.842 -> 0.891 (names closed by a
#     degree). S6, V4, Q5 at their first runs. A fourth round: V10 date 0.792 -> 0.833, pairs 0.857 -> 0.909 (a stamp
#     led by the site's name; left: a delegation's working visit to another regency received as an audience, e017);
#     O9 officials 0.812 -> 0.869; U4 chair 0.812 -> 0.875; Q7 meeting F1 0.903 -> 1.000, pairs 0.667 -> 0.857 ('kepada
#     wartawan usai rapat internal' a statement); T4 date 0.955 -> 1.000, chair 0.933 -> 1.000; V11, M9 at their first
#     runs (V11's audience with a ministry, lost to a change of this session, restored before it landed).
# Sixteenth session (2026-12-07), eight helpers told to write the messy way local outlets do. First runs (at fb36889
# with the session's first changes), original -> reworded, then final:
#   M10 (relative days under datelines and stamps, several dates in the lead): date 0.962 -> 0.808 -> 0.962, venue
#     1.000 -> 0.913 -> 0.957 (a dateline's day yields to the lead's day in the week before it; 'awal pekan ini'; a
#     forecast's 'diperkirakan baru dimulai Kamis (19/2/2026) besok'; a lead opening on the meeting over a headline's
#     signing done in it; left: 'ruang kerja Sekdaprov' spelt out).
#   M11 (dates among other dates): date 1.000 -> 0.962 -> 1.000 ('tepatnya pada 10 Maret' after a fronted 'sebelum
#     ...'; 'tindak lanjut kegiatan ... yang sudah lebih dulu digelar 17 Februari').
#   O10 (people in awkward constructions): chair 0.933 -> 0.800 -> 0.867, officials 0.931 -> 0.793 -> 0.892 ('Name
#     (Office) dan Name (Office)', 'Office -- Name --', 'Name — Office —', 'Name hadir selaku Office', 'Name (Fraksi X),
#     Office', an office opening the next sentence 'itu' / 'Sang'; left: a name and office on a caption's separate lines,
#     a list closed by ', sesama pimpinan periode itu').
#   U5 (bodies that took part): venue 1.000 -> 0.905 -> 1.000 ('tepatnya Auditorium ...', 'jadi tempat').
#   Q8 (meeting or not): meeting F1 0.966 -> 0.867 -> 0.903, venue 1.000 -> 0.818 -> 0.909 (a feature's opening list
#     of names, 'sebagai tanda penghargaan', 'mulai dari ... pelatihan ...'; left: a statement 'kepada wartawan seusai
#     rapat paripurna' about another matter and a preparation meeting the night before a gathering, where the labels
#     split both ways: 'kepada wartawan usai rapat' is a meeting in 11 labelled articles and a statement in 10).
#   P5 (real-length articles): meeting F1 1.000 -> 0.955 -> 1.000, chair 1.000 -> 0.917 -> 1.000 ('Kedatangan ...
#     diterima langsung oleh X'; a report 'Terima LHP BPK' no audience).
#   V12, V13 (one event by three outlets, hard to join): V13 meeting F1 0.957 -> 1.000, chair 0.778 -> 1.000, pairs
#     0.857 -> 0.957 ('Hal itu ia tekankan saat memimpin rapat', 'Janji itu terlontar ketika ... menerima kunjungan');
#     V12 pairs 0.957 -> 1.000 ('Keterangan itu ia sampaikan seusai memimpin rapat koordinasi' past the lead).
# A second round of the sixteenth session, first run -> final:
#   S7 (leaders told indirectly): chair 0.962 -> 0.923 -> 1.000 (an outlet's name after the dateline before a fronted
#     'Memimpin ...'; a photo caption saying who led when the story does not).
#   O11 (page layouts: captions, bullet lists, ranks, bylines): chair 0.833 -> 0.667, venue 0.944 -> 0.889, unchanged
#     (left: a leader's office and name in capitals on separate lines under 'Dibuka oleh:'; b029's several ministers).
#   R6 (places told late, narrowed, by their owner): venue 1.000 -> 0.842 -> 1.000 ('persisnya di', 'Tempatnya sudah
#     dipilih: X di Jalan ...', 'di kantor ... itu: Ruang Kerja ...').
#   N6 (kinds and modes in loose words): meeting F1 0.981 -> 1.000, venue 0.885 -> 0.923 ('Bukan Lewat Rapat', 'bukan
#     pula di ruang rapat gubernur', a dash ending a place; left: type 0.923, a consultation told as an evaluation).
#   M12 (publication lines, dates in headlines and captions): meeting F1 0.980 -> 1.000, date 0.923 -> 0.962, venue
#     0.864 -> 0.955 (a second closing mark of nested quotations opened a quotation that swallowed the lead).
#   Q9 (meeting or not): meeting F1 0.966 -> 1.000 ('Tidak ada meja rapat').
#   V14, V15 (one event by three outlets, hard to join): V14 meeting F1 0.933 -> 1.000, date 0.857 -> 1.000, pairs
#     0.909 -> 1.000 ('berkunjung kerja ke DPRD', 'program Sosialisasi Perda', a lead telling no event and the plenary
#     past it: 'dibacakan dalam rangkaian rapat paripurna'); V15 pairs 0.957 -> 1.000 (a swearing-in's plenary past the
#     lead).
# A third round, first run -> final:
#   T5 (the page as a careless copy serves it): meeting F1 0.913 -> 1.000, date 0.818 -> 0.955, chair 0.786 -> 1.000
#     (a site's menu naming its opinion section read as the page's breadcrumb; a share bar 'Bagikan ⌁ Facebook ⌁ ...'
#     and a screenshot's caption read as events; a government called on, 'menyambangi Pemkab ...', whose head 'menyambut
#     rombongan'; 'Rencananya, rapat paripurna ... akan digelar.' with no day).
#   O12 (people in lists and sequences): chair 0.722 -> 0.833, officials 0.748 -> 0.812 ('Kepala Bappeda (Mulyadi
#     Irsan)', 'X dan Y, masing-masing Bupati dan Wakil Bupati ...', 'X dari PKS', 'dipimpin langsung dari Jakarta
#     oleh ...', an office pointing back presiding; left: names introduced bare and given an office sentences later,
#     a host named after 'sang tuan rumah,').
#   Q10 (meeting or not): meeting F1 0.933 -> 0.966 ('sudah lebih dulu disetujui ... dalam rapat paripurna'); U6, M13,
#     Z4, K4, V16 at their first runs (left: M13's date only in a later 'Rabu, May 7, 2025' line, Z4's and U6's
#     venues told as owners' offices).
# A fourth round, first run -> final (Q11, U7, V18 and P6 first run with the bare speakers below already read):
#   O13 (officials named bare first, their office later): officials 0.753 -> 0.836 (a speaker quoted by name alone,
#     '"...," ujar Satria Alam.', 'Pandangan serupa datang dari X.'; not a familiar address, 'Mas Pram', nor a nickname
#     of someone named with an office; left: a bare name opening a sentence before its verb, which read 'Keenam
#     Raperda', 'Festival Krakatau' and 'Begitu Mirza' as people when tried, and d026's host).
#   S8 (leaders): chair 0.808 -> 0.885 ('memegang kendali jalannya pembahasan', 'jalannya sidang paripurna
#     dikendalikan langsung X'; left: c008's Banggar leader told only in the headline, e017).
#   P6 (real-length articles): meeting F1 0.977 -> 1.000 ('Kalau ada lomba ...': a competition supposed).
#   M14, U7, Q11, V17, V18 at their first runs (left: V18's pairs 0.842, a look-alike typed as an evaluation).
# A fifth round, first run -> final:
#   S9 (leaders): chair 0.808 -> 0.962 ('..., Kantor Gubernur, Bandarlampung, Arinal menegaskan' read the town into the
#     name; a quoted title's commas; 'dipimpin langsung orang nomor dua di Pemprov Lampung, Wakil Gubernur X'; a caption
#     closed by its credit, '... oleh Gubernur X. -FOTO BIRO APDIM-').
#   M15 (dates the hard way): meeting F1 0.980 -> 1.000, chair 0.824 -> 0.882, date 0.885 -> 0.923 ('menyambangi Balai
#     Kota Jakarta untuk menemuinya'; 'Gubernur DKI Jakarta Pramono Anung Wibowo', the province closing the office;
#     left: d021's raker and its preparation meeting, d012's 'siang ini' under an undated page).
#   U8, Q12 at their first runs (left: Q12's meetings planned 'Senin pekan depan' and a definition of a plenary to come
#     read as announced meetings; U8's venues told as owners' rooms).
# Seventeenth session, written 2026-12-07 by eight helpers (gold copied unchanged, rules unread), first run -> final:
#   V19, V20 (one event by three outlets: a participant's side, the meeting named late or in other words, a brief): V19
#     meeting F1 0.909 -> 1.000, type 0.583 -> 0.750, date 0.792 -> 0.958, chair 0.667 -> 0.889, pairs 0.737 -> 0.909;
#     V20 meeting F1 0.979 -> 1.000, officials 0.870 -> 0.954 ('pertemuan koordinasi' a coordination meeting; a visit's
#     reception told past the lead, 'Di sana rombongan ... diterima langsung oleh tuan rumah, Pj Bupati ...'; 'berharap
#     dapat meneken MoU', 'jajaki MoU' hoped for; 'program baru ..., yakni Sosialisasi Perda' and 'dilaksanakan setiap
#     bulan' a programme and its habit; 'yang dikenalkan lewat ... festival' a means; 'Ketua Komisi III DPRD Sumsel,
#     Muhammad' another province closing the office; 'Rapat yang digelar secara daring dan luring sekaligus itu' past the
#     lead; share bars 'Bagikan ke: f t wa', 'Bagikan berita ini:'; left: V19's e017 preparation meeting typed as the
#     raker it prepares, e048's rakor POP typed as an evaluation).
#   Q13 (meeting or not): meeting F1 0.800 -> 0.923, type 0.750 -> 0.917 ('Pertemuan yang dimaksud Mikdar ...' a
#     meeting spoken of; 'menindaklanjuti keputusan rapat paripurna' a plenary before the act; ', kata Arinal,' speech
#     with its tag inside; 'Pada tahun anggaran 2022 lalu, ... bansos' background; left: f009's 'Setelah disetujui lewat
#     paripurna, berkas ... diantar' and f059's statement 'ketika ditanya wartawan' beside a rakor, near the labels'
#     line; pairs 1.000 -> 0.889 as f010 was rightly split from f009).
#   S10 (leaders told indirectly): chair 0.857 -> 0.929, meeting F1 0.982 -> 1.000 ('X, selaku Sekretaris Daerah ... dan
#     pimpinan rapat'; 'Belum Dilantik, ... Temui Menteri' not yet sworn in; left: a leader named only as 'demikian nama
#     kepala badan tersebut' and a convener named only as the signer of the invitation).
#   U9 (bodies), M16 (dates), S11 (leaders) at their first runs or above; P7 (26 development non-meetings at real
#     length): one read as a meeting at the first run ('Pertemuan yang dimaksud Mikdar'), none after.
# A second round, first run -> final (first runs at 381b547):
#   Q14 (meeting or not, meetings named late): meeting F1 0.720 -> 1.000, type 0.500 -> 0.857, chair 0.636 -> 1.000,
#     officials 0.630 -> 0.953 ('Agenda ini merupakan rapat paripurna ...', 'Kegiatan yang dimaksud adalah Monev ...',
#     'Seluruh paparan tersebut ternyata adalah pidato pembukaan Musrenbang': what the lead told was a meeting; an
#     aside before or after it, 'Sebelum naik ke podium, ... stan pameran', 'Usai menyampaikan sambutan, ... meninjau';
#     'TPID Mesuji Tawarkan MoU' only offered; 'Yang pasti, kata dia, ... tidak boleh menunggu rapat'; 'sehari setelah
#     DPRD ... menggelar rapat paripurna istimewa' days apart; left: a055's preparation meeting typed as the FGD it
#     prepares, b035's FGD named only at the end).
#   P8 (real-length meeting reports, the meeting's facts spread past background meetings with their own dates): date
#     0.474 -> 0.579, type 0.917 -> 0.958 ('Pada rapat ..., Senin (23/6), gubernur sudah meminta ...': a meeting set
#     before a main clause in the pluperfect is background; left: the lead's background plenary or consultation still
#     dating the meeting in eight of 19, the dates of earlier meetings told in the lead's own sentences).
#   M17 (careless dates): date 0.923 -> 1.000 (a wire's English dateline 'July 5, 2021'; a day given only in a photo
#     caption the page text drops).
#   S12, U10, O14, V21, V22 at their first runs (left: O14's 'Condrowati, anggota Pansus' before 'Budhi Condrowati'
#     and b050's city read from the minister's Jakarta; a given name read back before a one-word name cost 17 sets'
#     officials when tried, dropped).
# A third round, first run -> final (first runs at 1b9219f):
#   P9 (real-length meeting reports, background dated): meeting F1 0.884 -> 0.957, date 0.682 -> 0.818, chair 0.643 ->
#     0.786, type 0.750 -> 0.875 ('Pematangan ... lalu dibahas dalam rapat koordinasi ...': 'lalu' as 'then'; 'Jihan,
#     yang dilantik ... pada 20 Februari 2025, ...' a dated past act in a relative clause; 'rapat yang disebut-sebut
#     sebagai rakor perdana' a meeting dubbed, not spoken of; left: captions and background meetings of the lead dating
#     the meeting, e010, b024, a093; pairs 0.750 -> 0.667 as more reports were read as meetings).
#   Q15 (meetings as the occasion of a long statement; non-meetings in meeting-like verbs): meeting F1 0.786 -> 0.867,
#     type 0.714 -> 0.857 ('Pemprov juga akan ... sosialisasi' a plan; 'Menurut dia, lewat konsultasi publik ini ...'
#     what a speaker says of it; left: b029's audience told only 'usai bertemu', and three non-meetings told with
#     'membahas', 'bertemu', 'silaturahmi').
#   S13 (leaders split from their verbs): chair 0.769 -> 0.923 ('"...," kata dia ..., kemudian membuka secara resmi
#     Rakor': the pronoun tag is the person named before; 'bertindak sebagai moderator sekaligus pimpinan rapat'; left:
#     an office leading in one sentence and its holder's name opening the next).
#   U11 (bodies in prose): meeting F1 0.980 -> 1.000 ('DPRD ... menjadi tuan rumah kunjungan kerja ...').
#   M18 (dates among a week's days): date 0.846 -> 0.885 ('Musrenbang yang digelar sejak Rabu pagi (7/5/2025) itu': a
#     meeting's own start, not a period's; left: 'Sehari sebelum perpanjangan itu berlaku, Senin (5/7), Gubernur ...'
#     and a preparation meeting told after the FGD it prepares).
#   N7, V23, V24 at their first runs.
# A fourth round, first run -> final (first runs at f9ed1d3):
#   P10 (real-length meeting reports: a previous related meeting dated in the context, the meeting's own day told once
#     in the middle): date 0.136 -> 0.455, meeting F1 0.933 -> 0.979, chair 0.833 -> 0.917 (an evidence telling a
#     meeting as earlier, 'pada pertemuan sebelumnya, Senin (30/1/2023)', yields to the sentence naming the meeting and
#     saying it was held or led, '... itu diikuti Arinal ..., Rabu (8/2/2023)'; 'Bagikan Pengalaman Sosper' shares
#     what one knows; 'diluncurkan Mei lalu' is background; left: the context's dated meetings still date eleven of 22,
#     where the meeting's own sentence does not point back to it; pairs 0.750 -> 0.545 while some reports of one event
#     are dated right and others not).
#   M19 (the page's day): date 0.885 -> 0.962 (a dateline's day, 'BANDAR LAMPUNG, Rabu 20 Oktober 2021 -', anchors
#     'kemarin' on a page without its date).
#   Q16 (meeting or not): meeting F1 0.897 -> 0.963 ('yang rencananya dibahas dalam rapat koordinasi ...', '... yang
#     jadwalnya belum ditetapkan'; a rule making only a day's digits count as a day for a meeting still to be taken up
#     cost 77 metrics on 10 sets when tried and was dropped).
#   S14, U12, K5, V25, V26 at their first runs.
# A fifth round, first run -> final (first runs at d81f49d):
#   P11, P12 (real-length meeting reports with earlier meetings dated in the context, the meeting's own facts in a plain
#     sentence, or split over two): P11 date 0.500 -> 0.636 (the sentence saying the meeting was held or led need not
#     point back, when it tells nothing as earlier or later: 'Rapat ... digelar di Ruang Rapat Utama ..., Selasa
#     (17/2/2026), dan dipimpin langsung Gubernur ...'; a comparison, 'ketimbang rakor-rakor sebelumnya', tells no
#     earlier meeting); then (after the sixth round) an evidence giving no day is dated by the meeting said to be held
#     too, not by the lead's days of other things: P8 date 0.579 -> 0.684, P9 0.818 -> 0.864, P10 0.455 -> 0.500, P11
#     0.636 -> 0.682, P12 0.500 -> 0.722, M7 0.960 -> 1.000, O12 0.909 -> 0.955 (no set fell); left: the context's
#     meeting taken as the evidence where the meeting's own sentence is not told as held.
#   Q17 (meeting or not, non-meetings at real length): meeting F1 0.828 -> 0.897 ('Penyaluran bantuan tersebut merupakan
#     tindak lanjut rapat koordinasi ...': the event follows up the meeting; 'Bukti kesepakatan itu diteken ... dalam
#     rapat koordinasi ...': an act done in the meeting; left: e058's preparation meeting and f059's 'usai rapat').
#   S15 (leaders): chair 0.846 -> 0.962 (a caption 'Foto: Pimpinan rapat, X, ...').
#   M20, U13, V27, V28 at their first runs.
# A sixth round (at e739716), kept as floors at their first runs: P13 (a careful outlet's full story), U14 and U15 (bodies
#     in second forms and in narration), S16 (leaders by short forms and 'didampingi' lists), M21 (one meeting date among
#     a stamp, a data cut-off, a deadline and earlier and later meetings), Q18 (meetings with a ceremony or signing in the
#     same lead; non-meetings beside another occasion's meeting), V29, T6 (news-site furniture with other meetings'
#     dates in the links). Every field of every set was at or within 0.12 of its unreworded original at the first run
#     (M21 chair 1.000 -> 0.889 and participants 0.697 -> 0.632 the furthest, most within 0.03); left: M21's e016 under 'Diterima Pj Bupati Nukman, TPID Mesuji Ajak
#     ... Teken MoU' (the asked-for signing read as done; treating 'Ajak' as a request cost reworded D a non-meeting when
#     tried, 'Ajak Pejabat Zikir dan Doa Bersama'), Q18's b027 and c062 (a meeting scheduled beside a non-meeting
#     headline), T6's b050 city (the minister's Jakarta).
# Eighteenth session, written 2026-12-07 by six helpers (gold copied unchanged, rules unread), original -> reworded at the
# first run (P14 and P16 with the rule for a meeting said to sit in a place, the others before it):
#   P14 (the meeting named only in the third or fourth paragraph): meeting F1 1.000 -> 0.952, type 1.000 -> 0.909, date
#     1.000 -> 0.889, chair 1.000 -> 0.818, topics 0.777 -> 0.667, pairs 1.000 -> 0.857.
#   P15 (a second activity of the same official told later): venue 1.000 -> 0.952, topics 0.809 -> 0.744.
#   P16 (DPRD procedure, earlier and later stages dated): venue 1.000 -> 0.929, the rest at or above the originals.
#   P17 (the leader named in full once, then leading by title, pronoun, participle or caption): meeting F1 1.000 -> 0.927,
#     type 1.000 -> 0.864, date 0.955 -> 0.864, chair 1.000 -> 0.773; after 'Rapat Koordinasi (Rakor) ... itu berlangsung
#     di ruang Command Center' (a meeting pointed back to and said to sit somewhere happened): meeting F1 0.952, type
#     0.909, date 0.909, chair 0.818.
#   P18 (wire style, weekday dates, other dates in figures): every field at or above the originals.
#   P19 (non-meetings at real length beside other meetings): the originals' three misread (c062, f009, f059) and f045
#     ('Semua sudah dimatangkan dalam rapat persiapan ... pada Senin (10/6/2019) kemarin' past a lead of plans).
# A second round (written while the first round's causes were fixed), original -> reworded at the first run:
#   P20 (a press office's long formal release, openers and directions by several officials): type 1.000 -> 0.955, mode
#     1.000 -> 0.955; after a national meeting followed from a room here stays online however the others joined it:
#     mode 1.000.
#   P21 (an online daily's page as served, the facts split across a page break): type 1.000 -> 0.944, venue 0.944 ->
#     0.889, participants 0.707 -> 0.664.
#   P22 (the history of the matter with earlier meetings dated): city 1.000 -> 0.955, topics 0.807 -> 0.783.
#   P23 (who took part, bodies named as absent or only discussed): type 1.000 -> 0.955.
#   P24 (regency sites, local places and titles): mode 1.000 -> 0.933, city 1.000 -> 0.933 (a national meeting centred
#     at the ministry in Jakarta, followed from the regency's room); after the ministry's room is no room here and the
#     followed meeting sits in its room: 1.000 and 1.000.
#   P25 (meeting or not, outcome headlines; non-meetings with meeting words nearby): meeting F1 1.000 -> 0.957 (a086, an
#     order with a technical meeting planned 'dalam waktu dekat').
# A third round, original -> reworded at the first run:
#   P26 (leaders told late, in passives, relative clauses, as deputies standing in; audiences' hosts by title): chair
#     1.000 -> 1.000; type 0.955 -> 0.864 (d036 typed by an earlier meeting's generic name; e017 and a055 as in other
#     sets), venue 1.000 -> 0.955.
#   P27 (the day told relative to the publication date, other relative days around it): every field at or above the
#     originals.
#   P28 (the kind named loosely in the headline and once in the text, other kinds around): type 1.000 -> 0.955 (f026, a
#     virtual meeting read as an audience), participants 0.732 -> 0.702.
#   P29 (the mode told indirectly, online words about other things): venue 1.000 -> 0.941 ('Di ruangan itulah ...'); after
#     a room pointed back to is the room named before: venue 1.000.
#   P30 (short releases, 500-1,100 characters): every field at or above the originals.
#   P31 (non-meetings with meeting vocabulary around them: 'berkoordinasi', a dialogue on a visit, a ceremony in a
#     meeting room): none read as a meeting.
# A fourth round with no construction in focus, each set in one kind of outlet's manner (the closest to the real articles
# the project is measured on), original -> reworded at the first run:
#   P32 (an online daily's reporter; all non-meetings): the originals' f009 misread, and a016 ('Mikdar menyebut pertemuan
#     Gubernur ... sudah menjawab keraguan ...': a meeting spoken of); after a meeting as the object of a speech verb is a
#     reference: f009 alone.
#   P33 (a press office; all non-meetings): c062 (as in the originals) and f045 ('saat ditemui di ruang rapat kerjanya');
#     after a meeting room where reporters met someone is no meeting: c062 alone.
#   P34 (a wire service): participants 0.725 -> 0.618, every other field at or above the originals.
#   P35 (a hurried local site): meeting F1 1.000 -> 0.977 (a009: 'ketika dicegat wartawan seusai memimpin rapat
#     koordinasi', a doorstop statement by the rules, a meeting by the label), venue 1.000 -> 0.905; after a bare room
#     followed by a conjunction names no venue: venue 0.952.
#   P36 (a political outlet's angle): meeting F1 1.000 -> 0.952, chair 1.000 -> 0.818 (a096 'Forum yang dimaksud adalah
#     Rapat Koordinasi ...', b014 'Pelantikan belum juga digelar, tetapi ...'); after both: meeting F1 1.000, chair 0.909.
#   P37 (a long read opening on a scene): type 1.000 -> 0.864, venue 1.000 -> 0.850 (d008 'Bertamu ke Sekda', a077 a
#     meeting dated by the next sentence); after both: type 0.955, venue 0.900.
# A fifth round, in more outlets' manners (original -> reworded at the first run):
#   P38 (a regency's public-relations office telling the provincial event from its own side): venue 1.000 -> 0.933
#     (a095 'ruang kerja Sekdaprov', the label spelling it out).
#   P39 (a television station's online desk): every meeting field at or above the originals; c062 as ever.
#   P40 (a national outlet's regional page for outside readers): participants 0.781 -> 0.676; f009 as ever.
#   P41 (a council member's or an office's own release): every field at or above the originals but e017's type.
#   P42 (a community or campus outlet that attended): type 1.000 -> 0.889, date 0.941 -> 0.882 (f060 'Itulah yang terjadi
#     Jumat (7/2/2020) lalu ...' read as an incident's day); after: date 0.941.
#   P43 (a weekly round-up, the event in one or two paragraphs among other news): meeting F1 1.000 -> 0.971, venue 0.941 ->
#     0.647, topics 0.765 -> 0.573 (other news' places before the meeting's; a079's FGD announced with its day past the
#     lead); after the lead's sentences naming a meeting are read for its place first, a meeting announced with its day
#     counts, and a room named as the subject comes before a building only described: meeting F1 1.000, venue 0.824,
#     topics 0.605.
FLOORS = {
    DATA / "extract_reworded_m.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.71, "officials": 0.89, "topics": 0.81, "event_pair_f1": 0.99},
    DATA / "extract_reworded_n.jsonl": {"meeting_f1": 0.96, "type": 0.93, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.81, "officials": 0.98, "topics": 0.82, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.93, "participants": 0.63, "officials": 0.95, "topics": 0.76, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p.jsonl": {"meeting_f1": 0.97, "type": 0.95, "date": 0.95, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.69, "officials": 0.94, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q.jsonl": {"meeting_f1": 0.93, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.76, "officials": 0.89, "topics": 0.81, "event_pair_f1": 0.99},
    # (R's topics 0.790 -> 0.776 in the twenty-second session, the topic model retrained on the repository's text as it
    # is read now, a degree after a name's comma ending its sentence: 36 sets fell and 23 rose by a few thousandths, the
    # mean over the 112 held-out sets the model never trained on 0.6972 -> 0.6970)
    DATA / "extract_reworded_r.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.95, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.75, "officials": 0.99, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.95, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.95, "participants": 0.68, "officials": 0.95, "topics": 0.81, "event_pair_f1": 0.88},
    DATA / "extract_reworded_t.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.69, "officials": 0.97, "topics": 0.81, "event_pair_f1": 0.99},
    DATA / "extract_reworded_u.jsonl": {"meeting_f1": 0.99, "type": 0.96, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.94, "participants": 0.66, "officials": 0.92, "topics": 0.73, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.7, "officials": 0.95, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_w.jsonl": {"meeting_f1": 0.99, "type": 0.91, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.75, "officials": 0.95, "topics": 0.69, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m2.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.72, "officials": 0.98, "topics": 0.68, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o2.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.94, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.6, "officials": 0.97, "topics": 0.8, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q2.jsonl": {"meeting_f1": 0.92, "type": 0.92, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.51, "officials": 0.95, "topics": 0.79, "event_pair_f1": 0.66},
    DATA / "extract_reworded_r2.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.88,
        "city": 0.95, "chair": 0.99, "participants": 0.73, "officials": 0.92, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s2.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.95, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.7, "officials": 0.95, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m3.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.92, "participants": 0.69, "officials": 0.95, "topics": 0.8, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o3.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.95, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.89, "participants": 0.72, "officials": 0.87, "topics": 0.82, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s3.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.91, "participants": 0.7, "officials": 0.99, "topics": 0.74},
    # (T2's officials 0.91 -> 0.89 in the fifteenth session: its e017, the announced raker read over the held
    # preparation meeting, now dated by its page stamp, lists the raker's ministers as the raker's own)
    DATA / "extract_reworded_t2.jsonl": {"meeting_f1": 0.97, "type": 0.95, "date": 0.9, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.92, "participants": 0.6, "officials": 0.89, "topics": 0.79, "event_pair_f1": 0.66},
    DATA / "extract_reworded_v2.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.84, "officials": 0.97, "topics": 0.86, "event_pair_f1": 0.99},
    DATA / "extract_reworded_k2.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.65, "officials": 0.91, "topics": 0.84, "event_pair_f1": 0.81},
    DATA / "extract_reworded_n2.jsonl": {"meeting_f1": 0.96, "type": 0.88, "date": 0.93, "mode": 0.93, "venue": 0.85,
        "city": 0.93, "chair": 0.89, "participants": 0.63, "officials": 0.91, "topics": 0.75},
    DATA / "extract_reworded_p2.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.95, "chair": 0.99, "participants": 0.7, "officials": 0.96, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q3.jsonl": {"meeting_f1": 0.86, "type": 0.92, "date": 0.91, "mode": 0.92, "venue": 0.9,
        "city": 0.85, "chair": 0.89, "participants": 0.72, "officials": 0.91, "topics": 0.72, "event_pair_f1": 0.66},
    DATA / "extract_reworded_m4.jsonl": {"meeting_f1": 0.97, "type": 0.95, "date": 0.95, "mode": 0.95, "venue": 0.94,
        "city": 0.95, "chair": 0.92, "participants": 0.66, "officials": 0.93, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o4.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.88, "participants": 0.64, "officials": 0.97, "topics": 0.72, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s4.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.95, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.75, "officials": 0.98, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v3.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.95, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.61, "officials": 0.87, "topics": 0.62, "event_pair_f1": 0.99},
    DATA / "extract_reworded_n3.jsonl": {"meeting_f1": 0.93, "type": 0.82, "date": 0.87, "mode": 0.93, "venue": 0.92,
        "city": 0.93, "chair": 0.99, "participants": 0.57, "officials": 0.93, "topics": 0.73, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p3.jsonl": {"meeting_f1": 0.97, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.69, "officials": 0.97, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q4.jsonl": {"meeting_f1": 0.96, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.65, "officials": 0.99, "topics": 0.79, "event_pair_f1": 0.66},
    # (R3's topics 0.78 -> 0.77 in the fifteenth session: 'Pjs.' no longer ends a sentence, and the mended sentence
    # proposes 'pelayanan_publik' for a plenary's ceremony; 0.774 -> 0.770 in the sixteenth, the topic model retrained on
    # the repository's text as it is read now: 32 sets fell and 24 rose by a few thousandths, the mean over the 175 sets
    # the model never trained on the same, 0.7257 -> 0.7258)
    DATA / "extract_reworded_r3.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.84,
        "city": 0.99, "chair": 0.99, "participants": 0.7, "officials": 0.97, "topics": 0.765, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m5.jsonl": {"meeting_f1": 0.99, "type": 0.91, "date": 0.99, "mode": 0.95, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.74, "officials": 0.97, "topics": 0.71, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o5.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.68, "officials": 0.96, "topics": 0.72, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s5.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.95, "participants": 0.65, "officials": 0.94, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_t3.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.73, "officials": 0.96, "topics": 0.74, "event_pair_f1": 0.99},
    DATA / "extract_reworded_u2.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.74, "officials": 0.93, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o6.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.93,
        "city": 0.99, "chair": 0.99, "participants": 0.73, "officials": 0.85, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m6.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.66, "officials": 0.95, "topics": 0.83, "event_pair_f1": 0.99},
    DATA / "extract_reworded_z2.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.95,
        "city": 0.99, "chair": 0.93, "participants": 0.6, "officials": 0.94, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_n4.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.75, "officials": 0.97, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s6.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.94, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.76, "officials": 0.92, "topics": 0.78, "event_pair_f1": 0.82},
    DATA / "extract_reworded_v4.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.85, "officials": 0.91, "topics": 0.71, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v5.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.85,
        "city": 0.99, "chair": 0.99, "participants": 0.72, "officials": 0.94, "topics": 0.8, "event_pair_f1": 0.99},
    DATA / "extract_reworded_u3.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.74, "officials": 0.86, "topics": 0.74, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o7.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.89,
        "city": 0.99, "chair": 0.99, "participants": 0.68, "officials": 0.92, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m7.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.74, "officials": 0.93, "topics": 0.82, "event_pair_f1": 0.99},
    # (Q5's topics 0.712 -> 0.708 in the twenty-second session, the topic model retrained: see R above)
    DATA / "extract_reworded_q5.jsonl": {"meeting_f1": 0.95, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.76, "officials": 0.98, "topics": 0.70},
    DATA / "extract_reworded_r4.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.94, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.99, "participants": 0.66, "officials": 0.91, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p4.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.89, "participants": 0.63, "officials": 0.92, "topics": 0.71, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v6.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.72, "officials": 0.98, "topics": 0.71, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v7.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.67, "officials": 0.99, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_n5.jsonl": {"meeting_f1": 0.97, "type": 0.87, "date": 0.99, "mode": 0.95, "venue": 0.91,
        "city": 0.91, "chair": 0.91, "participants": 0.7, "officials": 0.91, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v8.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.74, "officials": 0.97, "topics": 0.7, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v9.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.86, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.93, "participants": 0.75, "officials": 0.9, "topics": 0.7, "event_pair_f1": 0.94},
    DATA / "extract_reworded_q6.jsonl": {"meeting_f1": 0.95, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.67, "officials": 0.93, "topics": 0.7, "event_pair_f1": 0.84},
    DATA / "extract_reworded_z3.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.95,
        "city": 0.99, "chair": 0.94, "participants": 0.62, "officials": 0.95, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m8.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.76, "officials": 0.96, "topics": 0.8, "event_pair_f1": 0.99},
    DATA / "extract_reworded_r5.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.95, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.93, "participants": 0.61, "officials": 0.92, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o8.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.71, "officials": 0.88, "topics": 0.75, "event_pair_f1": 0.89},
    DATA / "extract_reworded_v10.jsonl": {"meeting_f1": 0.94, "type": 0.78, "date": 0.82, "mode": 0.9, "venue": 0.89,
        "city": 0.9, "chair": 0.87, "participants": 0.61, "officials": 0.88, "topics": 0.63, "event_pair_f1": 0.89},
    DATA / "extract_reworded_v11.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.94, "chair": 0.99, "participants": 0.73, "officials": 0.99, "topics": 0.72, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o9.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.89, "participants": 0.67, "officials": 0.85, "topics": 0.83, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m9.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.76, "officials": 0.95, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_u4.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.89,
        "city": 0.99, "chair": 0.86, "participants": 0.71, "officials": 0.82, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q7.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.91, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.75, "officials": 0.97, "topics": 0.76, "event_pair_f1": 0.84},
    DATA / "extract_reworded_k3.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.93,
        "city": 0.99, "chair": 0.86, "participants": 0.66, "officials": 0.96, "topics": 0.82, "event_pair_f1": 0.79},
    # (topics 0.78, not 0.80: pt4-d008's 'aset_daerah' was read from a headline under 'Baca juga:', another story's)
    DATA / "extract_reworded_t4.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.65, "officials": 0.96, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m10.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.95, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.99, "participants": 0.73, "officials": 0.96, "topics": 0.79},
    DATA / "extract_reworded_m11.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.7, "officials": 0.97, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o10.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.85, "participants": 0.66, "officials": 0.88, "topics": 0.76, "event_pair_f1": 0.84},
    DATA / "extract_reworded_u5.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.93, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.71, "officials": 0.96, "topics": 0.67, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q8.jsonl": {"meeting_f1": 0.89, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.89,
        "city": 0.91, "chair": 0.99, "participants": 0.76, "officials": 0.95, "topics": 0.79},
    DATA / "extract_reworded_p5.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.66, "officials": 0.92, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v12.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.8, "officials": 0.93, "topics": 0.69, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v13.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.94, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.61, "officials": 0.91, "topics": 0.69, "event_pair_f1": 0.94},
    DATA / "extract_reworded_s7.jsonl": {"meeting_f1": 0.99, "type": 0.91, "date": 0.99, "mode": 0.95, "venue": 0.95,
        "city": 0.99, "chair": 0.99, "participants": 0.66, "officials": 0.96, "topics": 0.74, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o11.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.87,
        "city": 0.99, "chair": 0.65, "participants": 0.66, "officials": 0.9, "topics": 0.81, "event_pair_f1": 0.99},
    DATA / "extract_reworded_r6.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.94, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.72, "officials": 0.96, "topics": 0.72, "event_pair_f1": 0.79},
    DATA / "extract_reworded_n6.jsonl": {"meeting_f1": 0.99, "type": 0.91, "date": 0.99, "mode": 0.99, "venue": 0.91,
        "city": 0.95, "chair": 0.99, "participants": 0.73, "officials": 0.94, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m12.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.95, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.99, "participants": 0.69, "officials": 0.93, "topics": 0.76},
    DATA / "extract_reworded_q9.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.89, "participants": 0.69, "officials": 0.94, "topics": 0.77, "event_pair_f1": 0.89},
    DATA / "extract_reworded_v14.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.93,
        "city": 0.94, "chair": 0.99, "participants": 0.59, "officials": 0.96, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v15.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.66, "officials": 0.94, "topics": 0.7, "event_pair_f1": 0.99},
    DATA / "extract_reworded_u6.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.99, "participants": 0.68, "officials": 0.98, "topics": 0.82, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o12.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.94, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.82, "participants": 0.69, "officials": 0.8, "topics": 0.8, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m13.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.91, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.69, "officials": 0.96, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_z4.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.99, "mode": 0.99, "venue": 0.91,
        "city": 0.99, "chair": 0.89, "participants": 0.64, "officials": 0.91, "topics": 0.71, "event_pair_f1": 0.99},
    DATA / "extract_reworded_k4.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.93,
        "city": 0.99, "chair": 0.99, "participants": 0.68, "officials": 0.95, "topics": 0.81, "event_pair_f1": 0.84},
    DATA / "extract_reworded_q10.jsonl": {"meeting_f1": 0.95, "type": 0.99, "date": 0.9, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.89, "participants": 0.66, "officials": 0.98, "topics": 0.65, "event_pair_f1": 0.99},
    DATA / "extract_reworded_t5.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.94, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.7, "officials": 0.94, "topics": 0.81, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v16.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.77, "officials": 0.96, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m14.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.77, "officials": 0.96, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s8.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.95, "venue": 0.99,
        "city": 0.99, "chair": 0.87, "participants": 0.63, "officials": 0.93, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_u7.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.89,
        "city": 0.99, "chair": 0.89, "participants": 0.64, "officials": 0.94, "topics": 0.79, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q11.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.77, "officials": 0.96, "topics": 0.72, "event_pair_f1": 0.65},
    DATA / "extract_reworded_p6.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.75, "officials": 0.96, "topics": 0.79, "event_pair_f1": 0.65},
    DATA / "extract_reworded_o13.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.89, "participants": 0.73, "officials": 0.82, "topics": 0.79, "event_pair_f1": 0.79},
    DATA / "extract_reworded_v17.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.94, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.69, "officials": 0.92, "topics": 0.71, "event_pair_f1": 0.94},
    DATA / "extract_reworded_v18.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.68, "officials": 0.94, "topics": 0.8, "event_pair_f1": 0.83},
    DATA / "extract_reworded_m15.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.91, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.87, "participants": 0.67, "officials": 0.96, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s9.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.95,
        "city": 0.99, "chair": 0.95, "participants": 0.61, "officials": 0.96, "topics": 0.7, "event_pair_f1": 0.99},
    DATA / "extract_reworded_u8.jsonl": {"meeting_f1": 0.97, "type": 0.99, "date": 0.99, "mode": 0.94, "venue": 0.89,
        "city": 0.99, "chair": 0.99, "participants": 0.57, "officials": 0.91, "topics": 0.73},
    DATA / "extract_reworded_q12.jsonl": {"meeting_f1": 0.92, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.83,
        "city": 0.99, "chair": 0.86, "participants": 0.75, "officials": 0.91, "topics": 0.74, "event_pair_f1": 0.89},
    DATA / "extract_reworded_m16.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.99, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.99, "participants": 0.64, "officials": 0.97, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s10.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.92, "participants": 0.71, "officials": 0.92, "topics": 0.81, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s11.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.89,
        "city": 0.99, "chair": 0.99, "participants": 0.67, "officials": 0.95, "topics": 0.79, "event_pair_f1": 0.66},
    DATA / "extract_reworded_u9.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.95,
        "city": 0.99, "chair": 0.99, "participants": 0.75, "officials": 0.95, "topics": 0.76, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q13.jsonl": {"meeting_f1": 0.91, "type": 0.91, "date": 0.99, "mode": 0.99, "venue": 0.85,
        "city": 0.99, "chair": 0.99, "participants": 0.69, "officials": 0.99, "topics": 0.76, "event_pair_f1": 0.88},
    DATA / "extract_reworded_v19.jsonl": {"meeting_f1": 0.99, "type": 0.74, "date": 0.95, "mode": 0.99, "venue": 0.95,
        "city": 0.99, "chair": 0.88, "participants": 0.69, "officials": 0.99, "topics": 0.87, "event_pair_f1": 0.9},
    DATA / "extract_reworded_v20.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.66, "officials": 0.94, "topics": 0.78, "event_pair_f1": 0.99},
    # (participants 0.72 -> 0.71: 'Kanwil Ditjenim Lampung' is now one entry with the office written out before it, which
    # the scorer's fuzzy match no longer pairs with the label's 'Kanwil Ditjen Imigrasi Lampung')
    DATA / "extract_reworded_m17.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.71, "officials": 0.97, "topics": 0.85, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s12.jsonl": {"meeting_f1": 0.99, "type": 0.91, "date": 0.99, "mode": 0.99, "venue": 0.95,
        "city": 0.99, "chair": 0.99, "participants": 0.71, "officials": 0.97, "topics": 0.79, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p8.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.67, "mode": 0.99, "venue": 0.74,
        "city": 0.99, "chair": 0.99, "participants": 0.65, "officials": 0.95, "topics": 0.76, "event_pair_f1": 0.49},
    DATA / "extract_reworded_u10.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.99, "participants": 0.73, "officials": 0.93, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q14.jsonl": {"meeting_f1": 0.99, "type": 0.85, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.65, "officials": 0.94, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_o14.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.94,
        "city": 0.95, "chair": 0.99, "participants": 0.67, "officials": 0.9, "topics": 0.76, "event_pair_f1": -0.01},
    DATA / "extract_reworded_v21.jsonl": {"meeting_f1": 0.99, "type": 0.91, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.58, "officials": 0.99, "topics": 0.82, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v22.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.99, "mode": 0.99, "venue": 0.91,
        "city": 0.99, "chair": 0.92, "participants": 0.76, "officials": 0.96, "topics": 0.85, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m18.jsonl": {"meeting_f1": 0.97, "type": 0.91, "date": 0.87, "mode": 0.95, "venue": 0.95,
        "city": 0.95, "chair": 0.93, "participants": 0.71, "officials": 0.93, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s13.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.95, "mode": 0.99, "venue": 0.95,
        "city": 0.99, "chair": 0.91, "participants": 0.62, "officials": 0.93, "topics": 0.8, "event_pair_f1": 0.99},
    DATA / "extract_reworded_u11.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.85,
        "city": 0.95, "chair": 0.99, "participants": 0.66, "officials": 0.94, "topics": 0.76, "event_pair_f1": -0.01},
    DATA / "extract_reworded_q15.jsonl": {"meeting_f1": 0.86, "type": 0.85, "date": 0.99, "mode": 0.92, "venue": 0.91,
        "city": 0.92, "chair": 0.89, "participants": 0.69, "officials": 0.92, "topics": 0.77, "event_pair_f1": -0.01},
    DATA / "extract_reworded_n7.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.93,
        "city": 0.99, "chair": 0.99, "participants": 0.63, "officials": 0.96, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p9.jsonl": {"meeting_f1": 0.95, "type": 0.87, "date": 0.85, "mode": 0.87, "venue": 0.77,
        "city": 0.91, "chair": 0.78, "participants": 0.7, "officials": 0.88, "topics": 0.71, "event_pair_f1": 0.66},
    DATA / "extract_reworded_v23.jsonl": {"meeting_f1": 0.99, "type": 0.91, "date": 0.99, "mode": 0.95, "venue": 0.87,
        "city": 0.99, "chair": 0.92, "participants": 0.79, "officials": 0.98, "topics": 0.85, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v24.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.95,
        "city": 0.99, "chair": 0.91, "participants": 0.64, "officials": 0.93, "topics": 0.7, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p10.jsonl": {"meeting_f1": 0.97, "type": 0.7, "date": 0.49, "mode": 0.91, "venue": 0.88,
        "city": 0.91, "chair": 0.91, "participants": 0.67, "officials": 0.91, "topics": 0.76, "event_pair_f1": 0.54},
    DATA / "extract_reworded_m19.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.95, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.63, "officials": 0.96, "topics": 0.76, "event_pair_f1": -0.01},
    DATA / "extract_reworded_s14.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.95, "venue": 0.87,
        "city": 0.99, "chair": 0.95, "participants": 0.66, "officials": 0.96, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_u12.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.87,
        "city": 0.99, "participants": 0.74, "officials": 0.94, "topics": 0.76, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q16.jsonl": {"meeting_f1": 0.95, "type": 0.91, "date": 0.99, "mode": 0.99, "venue": 0.89,
        "city": 0.99, "chair": 0.99, "participants": 0.78, "officials": 0.96, "topics": 0.81, "event_pair_f1": -0.01},
    DATA / "extract_reworded_k5.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.64, "officials": 0.93, "topics": 0.81, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v25.jsonl": {"meeting_f1": 0.99, "type": 0.87, "date": 0.99, "mode": 0.99, "venue": 0.95,
        "city": 0.99, "chair": 0.99, "participants": 0.77, "officials": 0.94, "topics": 0.86, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v26.jsonl": {"meeting_f1": 0.95, "type": 0.82, "date": 0.91, "mode": 0.87, "venue": 0.87,
        "city": 0.91, "chair": 0.88, "participants": 0.59, "officials": 0.87, "topics": 0.7, "event_pair_f1": 0.9},
    DATA / "extract_reworded_p11.jsonl": {"meeting_f1": 0.95, "type": 0.74, "date": 0.67, "mode": 0.87, "venue": 0.64,
        "city": 0.78, "chair": 0.79, "participants": 0.6, "officials": 0.9, "topics": 0.68, "event_pair_f1": -0.01},
    DATA / "extract_reworded_p12.jsonl": {"meeting_f1": 0.97, "type": 0.91, "date": 0.71, "mode": 0.95, "venue": 0.74,
        "city": 0.82, "chair": 0.92, "participants": 0.7, "officials": 0.92, "topics": 0.69, "event_pair_f1": -0.01},
    DATA / "extract_reworded_m20.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.95, "venue": 0.99,
        "city": 0.95, "chair": 0.99, "participants": 0.65, "officials": 0.97, "topics": 0.78, "event_pair_f1": -0.01},
    DATA / "extract_reworded_s15.jsonl": {"meeting_f1": 0.97, "type": 0.87, "date": 0.95, "mode": 0.95, "venue": 0.95,
        "city": 0.95, "chair": 0.95, "participants": 0.66, "officials": 0.94, "topics": 0.76, "event_pair_f1": -0.01},
    DATA / "extract_reworded_u13.jsonl": {"meeting_f1": 0.97, "type": 0.95, "date": 0.99, "mode": 0.95, "venue": 0.99,
        "city": 0.95, "chair": 0.79, "participants": 0.67, "officials": 0.93, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q17.jsonl": {"meeting_f1": 0.89, "type": 0.91, "date": 0.99, "mode": 0.99, "venue": 0.9,
        "city": 0.99, "chair": 0.99, "participants": 0.62, "officials": 0.98, "topics": 0.79, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v27.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.8,
        "city": 0.99, "chair": 0.91, "participants": 0.67, "officials": 0.96, "topics": 0.8, "event_pair_f1": 0.95},
    DATA / "extract_reworded_v28.jsonl": {"meeting_f1": 0.97, "type": 0.95, "date": 0.91, "mode": 0.95, "venue": 0.85,
        "city": 0.87, "chair": 0.99, "participants": 0.75, "officials": 0.95, "topics": 0.73, "event_pair_f1": 0.85},
    DATA / "extract_reworded_p13.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.73, "officials": 0.94, "topics": 0.76, "event_pair_f1": 0.79},
    DATA / "extract_reworded_u14.jsonl": {"meeting_f1": 0.99, "type": 0.95, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.65, "officials": 0.98, "topics": 0.79, "event_pair_f1": -0.01},
    DATA / "extract_reworded_u15.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.87,
        "city": 0.99, "chair": 0.99, "participants": 0.73, "officials": 0.95, "topics": 0.8, "event_pair_f1": 0.99},
    DATA / "extract_reworded_s16.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.7, "officials": 0.97, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_m21.jsonl": {"meeting_f1": 0.97, "type": 0.91, "date": 0.95, "mode": 0.95, "venue": 0.95,
        "city": 0.95, "chair": 0.88, "participants": 0.62, "officials": 0.92, "topics": 0.81, "event_pair_f1": 0.99},
    DATA / "extract_reworded_q18.jsonl": {"meeting_f1": 0.92, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.62, "officials": 0.97, "topics": 0.74, "event_pair_f1": 0.99},
    DATA / "extract_reworded_v29.jsonl": {"meeting_f1": 0.99, "type": 0.87, "date": 0.95, "mode": 0.99, "venue": 0.91,
        "city": 0.99, "chair": 0.94, "participants": 0.68, "officials": 0.98, "topics": 0.77, "event_pair_f1": 0.95},
    DATA / "extract_reworded_t6.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.93, "chair": 0.99, "participants": 0.7, "officials": 0.97, "topics": 0.76, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p14.jsonl": {"meeting_f1": 0.94, "type": 0.9, "date": 0.88, "mode": 0.9, "venue": 0.87,
        "city": 0.9, "chair": 0.81, "participants": 0.63, "officials": 0.86, "topics": 0.66, "event_pair_f1": 0.85},
    DATA / "extract_reworded_p15.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.99, "participants": 0.75, "officials": 0.96, "topics": 0.73, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p16.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.92,
        "city": 0.99, "chair": 0.99, "participants": 0.73, "officials": 0.93, "topics": 0.86, "event_pair_f1": 0.76},
    DATA / "extract_reworded_p17.jsonl": {"meeting_f1": 0.94, "type": 0.9, "date": 0.9, "mode": 0.9, "venue": 0.85,
        "city": 0.9, "chair": 0.81, "participants": 0.65, "officials": 0.89, "topics": 0.76, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p18.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.64, "officials": 0.98, "topics": 0.81, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p19.jsonl": {"event_pair_f1": 0.74},
    DATA / "extract_reworded_p20.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.67, "officials": 0.98, "topics": 0.8, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p21.jsonl": {"meeting_f1": 0.99, "type": 0.93, "date": 0.99, "mode": 0.99, "venue": 0.88,
        "city": 0.99, "chair": 0.9, "participants": 0.64, "officials": 0.95, "topics": 0.76, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p22.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.94, "chair": 0.99, "participants": 0.69, "officials": 0.96, "topics": 0.77, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p23.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.7, "officials": 0.98, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p24.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.66, "officials": 0.98, "topics": 0.79, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p25.jsonl": {"meeting_f1": 0.95, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.85, "officials": 0.98, "topics": 0.75, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p26.jsonl": {"meeting_f1": 0.99, "type": 0.85, "date": 0.99, "mode": 0.99, "venue": 0.94,
        "city": 0.99, "chair": 0.99, "participants": 0.69, "officials": 0.97, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p27.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.82, "officials": 0.97, "topics": 0.85, "event_pair_f1": -0.01},
    DATA / "extract_reworded_p28.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.69, "officials": 0.96, "topics": 0.81, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p29.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.64, "officials": 0.97, "topics": 0.76, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p30.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.75, "officials": 0.97, "topics": 0.79, "event_pair_f1": -0.01},
    DATA / "extract_reworded_p31.jsonl": {"event_pair_f1": 0.99},
    DATA / "extract_reworded_p33.jsonl": {"event_pair_f1": 0.79},
    DATA / "extract_reworded_p34.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.61, "officials": 0.96, "topics": 0.79, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p35.jsonl": {"meeting_f1": 0.97, "type": 0.94, "date": 0.94, "mode": 0.94, "venue": 0.94,
        "city": 0.94, "chair": 0.92, "participants": 0.73, "officials": 0.92, "topics": 0.79, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p36.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.9, "participants": 0.71, "officials": 0.97, "topics": 0.74, "event_pair_f1": -0.01},
    DATA / "extract_reworded_p37.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.99, "mode": 0.99, "venue": 0.89,
        "city": 0.99, "chair": 0.91, "participants": 0.64, "officials": 0.96, "topics": 0.78, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p38.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.92,
        "city": 0.99, "chair": 0.99, "participants": 0.75, "officials": 0.97, "topics": 0.83, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p39.jsonl": {"meeting_f1": 0.96, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.72, "officials": 0.96, "topics": 0.72, "event_pair_f1": -0.01},
    DATA / "extract_reworded_p40.jsonl": {"meeting_f1": 0.96, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.67, "officials": 0.96, "topics": 0.73, "event_pair_f1": 0.66},
    DATA / "extract_reworded_p41.jsonl": {"meeting_f1": 0.99, "type": 0.93, "date": 0.99, "mode": 0.99, "venue": 0.99,
        "city": 0.99, "chair": 0.99, "participants": 0.73, "officials": 0.97, "topics": 0.81, "event_pair_f1": 0.99},
    DATA / "extract_reworded_p42.jsonl": {"meeting_f1": 0.99, "type": 0.88, "date": 0.93, "mode": 0.93, "venue": 0.92,
        "city": 0.99, "chair": 0.99, "participants": 0.67, "officials": 0.92, "topics": 0.81, "event_pair_f1": -0.01},
    DATA / "extract_reworded_p43.jsonl": {"meeting_f1": 0.99, "type": 0.99, "date": 0.99, "mode": 0.99, "venue": 0.81,
        "city": 0.99, "chair": 0.99, "participants": 0.62, "officials": 0.96, "topics": 0.6, "event_pair_f1": -0.01},
}

scored_sets, test_reworded_metric_stays_above_its_floor = floor_tests_per_set(FLOORS)


def test_real_length_non_meetings_stay_non_meetings():
    """P7: 26 development non-meetings told at real length (background meetings with their own dates, a second event at
    the end, page furniture): none is read as a meeting."""
    _, misses = evaluate(DATA / "extract_reworded_p7.jsonl")
    assert [m for m in misses if m["field"] == "is_meeting"] == []


def test_real_length_non_meetings_beside_other_meetings_stay_non_meetings():
    """P19: 22 development non-meetings told at real length beside other meetings (one decided earlier with its own day,
    one planned for next week): none is read as a meeting but the four known (the development originals' c062, f009 and
    f059, and f045's preparation meeting told past a lead of plans)."""
    _, misses = evaluate(DATA / "extract_reworded_p19.jsonl")
    misread = {m["id"] for m in misses if m["field"] == "is_meeting"}
    assert misread <= {"pp19-c062", "pp19-f009", "pp19-f059", "pp19-f045"}


def test_non_meetings_with_meeting_vocabulary_stay_non_meetings():
    """P31: 22 development non-meetings told with the words of meetings around them ('berkoordinasi dengan dinas', a
    dialogue with residents on a visit, a swearing-in in a meeting room): none is read as a meeting."""
    _, misses = evaluate(DATA / "extract_reworded_p31.jsonl")
    assert [m for m in misses if m["field"] == "is_meeting"] == []


def test_outlets_non_meetings_stay_non_meetings_but_the_known():
    """P32 and P33: 44 development non-meetings rewritten as an online daily and a press office would: none is read as a
    meeting but the originals' two (f009's handover after a plenary, c062's plenary announced beside the statement)."""
    misread = {m["id"] for name in ("p32", "p33")
               for m in evaluate(DATA / f"extract_reworded_{name}.jsonl")[1] if m["field"] == "is_meeting"}
    assert misread <= {"pp32-f009", "pp33-c062"}
