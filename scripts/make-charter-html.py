#!/usr/bin/env python3
"""Wraps the real Charter chapter I texts (Fixtures/un_charter_ch1-3_zh_es_en/chapter1_*.txt)
in synthetic but realistic site chrome in another language, as a browser would save the page.

The document text is copied unchanged from the text fixtures; only the frame (menus, cookie
banner, breadcrumb, related links, a legal notice and a footer, each with its own numbered
list) is made up. Run from the package root:

    python3 scripts/make-charter-html.py

It writes Fixtures/un_charter_html_synthetic/charter_ch1_{en,es,zh}.html and
charter_ch1_zh_gb18030.html (the zh page encoded in GB18030, declaring charset=gb2312).
"""
import html
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "Fixtures" / "un_charter_ch1-3_zh_es_en"
OUT = ROOT / "Fixtures" / "un_charter_html_synthetic"

# Site chrome, in a language other than the document's.
CHROME = {
    "fr": dict(
        lang="fr", home="Accueil", menu=["Accueil", "Documents", "Conseil de sécurité", "Actualités", "Contact"],
        cookie="Nous utilisons des cookies pour améliorer votre expérience sur ce site. En poursuivant la navigation, vous acceptez leur utilisation.",
        accept="Accepter", crumbs=["Accueil", "Documents", "Charte"],
        related="Liens utiles", related_links=["Statut de la Cour internationale de Justice", "Déclaration universelle des droits de l'homme", "Résolutions de l'Assemblée générale", "Archives"],
        notice=["La reproduction de ce texte est autorisée à condition que la source soit mentionnée et que le texte ne soit pas modifié.",
                "Les traductions publiées sur ce site ne sont pas des textes officiels et sont fournies à titre d'information seulement.",
                "Pour toute question sur les droits d'auteur, veuillez écrire au service des publications de l'organisation."],
        footer=["Conditions d'utilisation", "Confidentialité", "Plan du site"], copyright="© 2024 Bibliothèque des traités. Tous droits réservés.",
        share="Partager :"),
    "ru": dict(
        lang="ru", home="Главная", menu=["Главная", "Документы", "Совет Безопасности", "Новости", "Контакты"],
        cookie="Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая просмотр, вы соглашаетесь с их использованием.",
        accept="Принять", crumbs=["Главная", "Документы", "Устав"],
        related="Полезные ссылки", related_links=["Статут Международного Суда", "Всеобщая декларация прав человека", "Резолюции Генеральной Ассамблеи", "Архив"],
        notice=["Воспроизведение этого текста разрешается при условии ссылки на источник и без изменения текста.",
                "Переводы, опубликованные на этом сайте, не являются официальными текстами и приводятся только для информации.",
                "По вопросам авторских прав обращайтесь в издательскую службу организации по электронной почте."],
        footer=["Условия использования", "Конфиденциальность", "Карта сайта"], copyright="© 2024 Библиотека договоров. Все права защищены.",
        share="Поделиться:"),
    "en": dict(
        lang="en", home="Home", menu=["Home", "Documents", "Security Council", "News", "Contact"],
        cookie="We use cookies to improve your experience on this site. By continuing to browse, you agree to their use.",
        accept="Accept", crumbs=["Home", "Documents", "Charter"],
        related="Useful links", related_links=["Statute of the International Court of Justice", "Universal Declaration of Human Rights", "General Assembly resolutions", "Archive"],
        notice=["Reproduction of this text is authorised provided that the source is acknowledged and the text is not altered.",
                "Translations published on this site are not official texts and are provided for information only.",
                "For questions about copyright, please write to the publications service of the organization."],
        footer=["Terms of use", "Privacy", "Site map"], copyright="© 2024 Treaty Library. All rights reserved.",
        share="Share:"),
}

def blocks(text):
    return [line.strip() for line in text.splitlines() if line.strip()]

def chrome_top(c):
    items = "".join(f'<li><a href="/{i}">{html.escape(m)}</a></li>' for i, m in enumerate(c["menu"]))
    crumbs = " &gt; ".join(f'<a href="/{i}">{html.escape(x)}</a>' for i, x in enumerate(c["crumbs"][:-1]))
    return f"""<div class="cookie-banner" id="cookieConsent"><p>{html.escape(c["cookie"])}</p><button type="button">{c["accept"]}</button></div>
<header class="site-header"><a class="logo" href="/">{c["home"]}</a>
<nav class="main"><ul>{items}</ul></nav>
<form class="search" action="/search"><input name="q" type="text"><button>🔍</button></form></header>
<div class="BreadcrumbNav">{crumbs} &gt; <span>{html.escape(c["crumbs"][-1])}</span></div>
"""

def chrome_related(c):
    # Not marked as chrome by tag or class: the classifier must see it is links.
    links = "".join(f'<li><a href="/doc/{i}">{html.escape(x)}</a></li>' for i, x in enumerate(c["related_links"]))
    return f'<div class="box"><h3>{html.escape(c["related"])}</h3><ul>{links}</ul></div>\n'

def chrome_bottom(c):
    # A legal notice with its own numbered list, not marked as chrome, outside the document.
    notice = "".join(f"<li>{html.escape(x)}</li>" for x in c["notice"])
    footer = "".join(f'<li><a href="/f{i}">{html.escape(x)}</a></li>' for i, x in enumerate(c["footer"]))
    return f"""<div class="legal"><ol>{notice}</ol></div>
<footer><ol>{footer}</ol><p>{html.escape(c["copyright"])}</p></footer>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
"""

def page(lang, chrome, body, charset="utf-8", title="Charter"):
    c = CHROME[chrome]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<title>{html.escape(title)} | {c["home"]}</title>
<style>body {{ font-family: sans-serif; }} .cookie-banner {{ position: fixed; }}</style>
<script>var analytics = {{ "page": "charter" }};</script>
</head>
<body>
{chrome_top(c)}{chrome_related(c)}{body}{chrome_bottom(c)}</body>
</html>
"""

def english():
    # <ol> items: the browser generates the numbers, the text has none.
    lines = blocks((SOURCE / "chapter1_en.txt").read_text(encoding="utf-8"))
    out, in_list = [], False
    for line in lines:
        m = re.match(r"(\d+)\. (.*)", line)
        if m:
            if not in_list:
                out.append("<ol>")
                in_list = True
            out.append(f"  <li>{html.escape(m.group(2))}</li>")
            continue
        if in_list:
            out.append("</ol>")
            in_list = False
        if line.startswith("CHAPTER"):
            out.append(f"<h1>{html.escape(line)}</h1>")
        elif line.startswith("Article"):
            out.append(f"<h2>{html.escape(line)}</h2>")
        else:
            out.append(f"<p>{html.escape(line)}</p>")
    if in_list:
        out.append("</ol>")
    c = CHROME["fr"]
    share = f'<p class="share-links">{c["share"]} <a href="#">Facebook</a> <a href="#">X</a></p>'
    body = "<main><article>\n" + "\n".join(out) + f"\n{share}\n</article></main>\n"
    return page("en", "fr", body)

def spanish():
    # Typed numbers in <p>, hard-wrapped source lines, &nbsp; after the number.
    lines = blocks((SOURCE / "chapter1_es.txt").read_text(encoding="utf-8"))
    out = []
    for line in lines:
        m = re.match(r"(\d+)\. (.*)", line)
        if m:
            words = html.escape(m.group(2)).split(" ")
            wrapped = "\n    ".join(" ".join(words[i:i + 9]) for i in range(0, len(words), 9))
            out.append(f"<p>{m.group(1)}.&nbsp;{wrapped}</p>")
        elif line.startswith("CAPÍTULO"):
            out.append(f"<h1>{html.escape(line)}</h1>")
        elif line.startswith("Artículo"):
            out.append(f'<p class="articulo"><strong>{html.escape(line)}</strong></p>')
        else:
            out.append(f"<p>{html.escape(line)}</p>")
    body = '<div id="contenido" class="texto">\n' + "\n".join(out) + "\n</div>\n"
    return page("es", "ru", body)

def chinese(charset="utf-8"):
    # One editor <div> with <br> line breaks and full-width indents, as on Chinese sites.
    lines = blocks((SOURCE / "chapter1_zh.txt").read_text(encoding="utf-8"))
    out = []
    for line in lines:
        if line.startswith("第一章"):
            out.append(f'<p align="center"><strong>{html.escape(line)}</strong></p>')
        else:
            out.append("　　" + html.escape(line) + "<br>")
    body = '<div class="TRS_Editor"><div class="content">\n' + "\n".join(out) + "\n</div></div>\n"
    return page("zh-CN", "en", body, charset=charset, title="联合国宪章")

def main():
    OUT.mkdir(exist_ok=True)
    (OUT / "charter_ch1_en.html").write_text(english(), encoding="utf-8")
    (OUT / "charter_ch1_es.html").write_text(spanish(), encoding="utf-8")
    (OUT / "charter_ch1_zh.html").write_text(chinese(), encoding="utf-8")
    (OUT / "charter_ch1_zh_gb18030.html").write_bytes(chinese(charset="gb2312").encode("gb18030"))

if __name__ == "__main__":
    main()
