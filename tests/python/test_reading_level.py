"""Everything BackTrack writes in Spanish reads as "fairly easy" or easier.

textstat's Spanish measures, with pyphen's Spanish syllables (shipped in the package, nothing is
downloaded): Fernández-Huerta (70-80 is "bastante fácil") and Szigriszt-Pazos / INFLESZ (65-80 is
"bastante fácil"). Each article is measured alone; the short texts of the exercise catalog, the
window's catalogs and Rust's catalogs are measured joined, since a two-word button has no
reading level of its own. Placeholders, tags and Markdown marks are taken out first.
"""

import json
import re
from pathlib import Path

import pytest
import textstat

ROOT = Path(__file__).resolve().parents[2]
FERNANDEZ_HUERTA_AT_LEAST = 70.0
SZIGRISZT_PAZOS_AT_LEAST = 65.0

textstat.set_lang("es")


def article_body(path):
    text = path.read_text(encoding="utf-8")
    if text.startswith("+++"):
        text = text.split("+++", 2)[2]
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^#+\s*", "", text, flags=re.M)
    text = re.sub(r"^\s*[-*\d.]+\s+", "", text, flags=re.M)
    return text.replace("**", "").replace("*", "")


def sentence(text):
    """A short label or step as a sentence of its own, so labels are not run together."""
    text = text.strip()
    return text if text.endswith((".", "?", "!", ":")) else text + "."


def without_icu(message):
    # Plural and select arguments keep their words: "{n, plural, one {# día} other {# días}}".
    message = re.sub(r"\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,", " ", message)
    message = re.sub(r"\b(one|other|few|many|zero|two|=\d+)\s*\{", " ", message)
    message = re.sub(r"<\/?\w+>", "", message)
    message = re.sub(r"\{[^{}]*\}", "", message)
    return message.replace("{", " ").replace("}", " ").replace("#", "")


def without_fluent(source):
    texts = []
    for line in source.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        value = line.split(" = ", 1)[1] if re.match(r"^[a-z][\w-]* =", line) else line
        value = re.sub(r"\{\s*\$\w+\s*->", " ", value)
        value = re.sub(r"\*?\[\w+\]", " ", value)
        value = re.sub(r"\{[^{}]*\}", "", value)
        texts.append(value.replace("{", " ").replace("}", " "))
    return texts


def scores(text):
    return textstat.fernandez_huerta(text), textstat.szigriszt_pazos(text)


def assert_fairly_easy(what, text):
    assert len(text.split()) > 50, f"{what}: too little text to measure ({len(text.split())} words)"
    fernandez_huerta, szigriszt_pazos = scores(text)
    assert fernandez_huerta >= FERNANDEZ_HUERTA_AT_LEAST, f"{what}: Fernández-Huerta {fernandez_huerta:.1f}"
    assert szigriszt_pazos >= SZIGRISZT_PAZOS_AT_LEAST, f"{what}: Szigriszt-Pazos {szigriszt_pazos:.1f}"


SPANISH_ARTICLES = sorted((ROOT / "assets" / "content" / "es").glob("*.md"))


def test_every_english_article_has_a_spanish_one():
    english = {p.name for p in (ROOT / "assets" / "content").glob("*.md") if p.name != "README.md"}
    assert english == {p.name for p in SPANISH_ARTICLES}


@pytest.mark.parametrize("article", SPANISH_ARTICLES, ids=lambda p: p.stem)
def test_each_spanish_article_is_fairly_easy_to_read(article):
    assert_fairly_easy(article.name, article_body(article))


def prose_of_catalog(node, key=""):
    """Every human-readable string of the exercise catalog: ids, paths and enum words are not."""
    prose_keys = {"name", "summary", "bed", "feel", "steps", "stopIf", "water", "tip", "why"}
    if isinstance(node, dict):
        for k, v in node.items():
            yield from prose_of_catalog(v, k)
    elif isinstance(node, list):
        for item in node:
            yield from prose_of_catalog(item, key)
    elif isinstance(node, str) and key in prose_keys:
        yield node


def test_the_spanish_exercise_catalog_is_fairly_easy_to_read():
    catalog = json.loads((ROOT / "assets" / "exercises" / "catalog.es.json").read_text(encoding="utf-8"))
    assert_fairly_easy("catalog.es.json", " ".join(sentence(t) for t in prose_of_catalog(catalog)))


def test_the_windows_spanish_words_are_fairly_easy_to_read():
    texts = []
    for path in sorted((ROOT / "ui" / "src" / "i18n" / "es").glob("*.json")):
        texts += [sentence(without_icu(m)) for m in json.loads(path.read_text(encoding="utf-8")).values()]
    assert_fairly_easy("ui/src/i18n/es", " ".join(t for t in texts if t.strip(" .")))


def test_rusts_spanish_words_are_fairly_easy_to_read():
    texts = []
    for path in sorted((ROOT / "assets" / "locales" / "es").glob("*.ftl")):
        if path.stem == "dates":
            continue  # month and weekday names are not sentences
        texts += [sentence(t) for t in without_fluent(path.read_text(encoding="utf-8")) if t.strip()]
    assert_fairly_easy("assets/locales/es", " ".join(texts))
