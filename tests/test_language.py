"""Language: English that script and words make plain skips the detector; everything else
(Japanese, Chinese, other Latin-script languages, a headline alone) still goes to it."""

import json
from pathlib import Path

import feedparser

from monitor.ingest.sanitize import html_to_text
from monitor.json_lines import json_lines
from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.language import article_language, plainly_english

ROOT = Path(__file__).resolve().parents[1]
CHINESE = [
    "中國海警船隊今日再度進入金門限制水域，海巡署派艦監控並廣播驅離。海巡署表示，"
    "這是本月第四次，將持續嚴密監控，確保國人安全。",
    "解放军东部战区今天在台湾岛周边组织联合演训，出动多型战机和舰艇，检验部队联合作战能力。"
    "国台办发言人表示，这是对台独分裂势力的严正警告。",
]
# Other Latin-script languages of this domain's feeds, in the shape of their news copy (written
# for the project): what the shortcut must leave to the detector.
OTHER_LATIN = [
    "BERLIN (dpa) - Die Bundesregierung hat am Montag ein neues Abkommen mit Japan über die "
    "Zusammenarbeit bei Halbleitern unterzeichnet. Nach Angaben des Wirtschaftsministeriums "
    "sollen Forschungsinstitute beider Länder künftig gemeinsame Projekte an Standorten in "
    "Dresden und Kumamoto durchführen. Kritiker warnen an dieser Stelle vor einer zu großen "
    "Abhängigkeit von Lieferketten in Ostasien, die im Fall einer Krise um Taiwan reißen könnten.",
    "LISBOA (Lusa) - O Governo português anunciou hoje novas medidas de apoio às empresas "
    "exportadoras afetadas pelas tensões no estreito de Taiwan. Segundo o ministro da Economia, "
    "as linhas de crédito serão alargadas a pequenas e médias empresas que dependem de "
    "componentes fabricados na Ásia, e o executivo vai reunir-se com as associações do setor na "
    "próxima semana para avaliar o impacto nas encomendas.",
    "MADRID (EFE) - El Ministerio de Asuntos Exteriores expresó este martes su preocupación por "
    "las maniobras militares chinas alrededor de Taiwán y pidió a todas las partes que eviten "
    "una escalada. Fuentes diplomáticas señalaron que la cuestión se abordará en la próxima "
    "reunión de ministros de la Unión Europea, donde varios países defienden una posición común "
    "sobre la seguridad en el estrecho.",
    "PARIS (AFP) - Le ministère des Armées a confirmé mercredi qu'une frégate française avait "
    "traversé le détroit de Taïwan la semaine dernière, une opération présentée comme un "
    "exercice de liberté de navigation. Pékin a dénoncé une provocation, tandis que Tokyo a "
    "salué la présence européenne dans la région et annoncé de nouveaux échanges entre les "
    "deux marines au printemps prochain.",
    "JAKARTA (Antara) - Pemerintah Indonesia menyatakan keprihatinan atas meningkatnya "
    "ketegangan di Selat Taiwan dan meminta semua pihak menahan diri. Menteri Luar Negeri "
    "mengatakan bahwa stabilitas kawasan sangat penting bagi perdagangan dan keselamatan warga "
    "negara Indonesia yang bekerja di Taiwan, yang jumlahnya lebih dari dua ratus ribu orang "
    "menurut data kementerian tenaga kerja.",
]


def feed_texts(path: Path) -> list[str]:
    parsed = feedparser.parse(path.read_bytes())
    return [
        f"{e.get('title', '')}\n\n{html_to_text(e.get('summary', e.get('description', '')))}"
        for e in parsed.entries
    ]


def test_plainly_english_takes_long_english_and_nothing_else() -> None:
    corpus = ROOT / "models" / "training" / "themes.jsonl"
    english = [json.loads(line)["text"] for _, line in json_lines(corpus)]
    long_enough = [text for text in english if len(text.split()) >= 60]
    taken = sum(plainly_english(text) for text in long_enough)
    assert taken >= 0.97 * len(long_enough), (taken, len(long_enough))
    japanese = feed_texts(ROOT / "demo" / "feeds" / "nihon-shimbun-ja.rss")
    for text in japanese + CHINESE + OTHER_LATIN:
        assert not plainly_english(text), text[:80]
    assert not plainly_english("Japan, Taiwan coast guards hold first joint rescue exercise")


def test_the_detector_still_decides_what_is_not_plainly_english() -> None:
    japanese = feed_texts(ROOT / "demo" / "feeds" / "nihon-shimbun-ja.rss")
    assert {article_language(None, text) for text in japanese} == {("ja", "detected")}
    assert {article_language(None, text)[0] for text in CHINESE} == {"zh"}
    assert [article_language(None, text)[0] for text in OTHER_LATIN] == [
        "de",
        "pt",
        "es",
        "fr",
        "id",
    ]
    lede = (
        "TAIPEI (CNA) — Taipei Mayor Chiang Wan-an (蔣萬安) said on Monday that the city would "
        "expand its air-raid shelters and hold a drill with the Ministry of National Defense, "
        "after Chinese aircraft were reported near the island for the fifth day in a row."
    )
    assert plainly_english(lede) and article_language(None, lede) == ("en", "detected")
    assert article_language("pt-BR", lede) == ("pt", "feed")  # the feed's word stands


# Short English copy (a headline, a one-line summary) whose names are romanised from Chinese
# and Japanese: the names' letters are no evidence of the language around them.
NAMED_HEADLINES = [
    "Coast guard drills off Yonaguni",
    "Lin Chia-lung lands in Manila",
    "Kinmen ferry resumes",
    "Lai Ching-te meets Ishiba in Taipei",
    "Yonaguni drills begin",
]


def test_a_short_english_text_full_of_this_domains_names_is_read_as_english() -> None:
    assert [article_language(None, text)[0] for text in NAMED_HEADLINES] == ["en"] * 5


def test_the_same_names_in_other_languages_leave_them_those_languages() -> None:
    texts = {
        "Kinmen-Fähre fährt nach dem Taifun wieder": "de",
        "Nakipagpulong si Lai Ching-te sa mga mangingisda ng Kinmen": "tl",
        "Ishiba rencontre les pêcheurs de Yonaguni": "fr",
        "Latihan militer di dekat Kinmen dimulai hari ini": "id",
    }
    assert {text: article_language(None, text)[0] for text in texts} == texts


def test_a_headline_of_a_feed_declaring_no_language_is_analysed_for_its_names() -> None:
    (analysis,) = analyse([TextToAnalyse("a", "Lin Chia-lung lands in Manila")])
    assert (analysis.language, analysis.status) == ("en", "analyzed")
    assert {m.text for m in analysis.mentions} >= {"Lin Chia-lung", "Manila"}
