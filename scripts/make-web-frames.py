#!/usr/bin/env python3
"""Builds Fixtures/web_copy_frames/ from real texts in Fixtures/: each file is
a real document (or a real excerpt) put inside the frame a web copy gives it
(site chrome in another language, a licence footer, a press release that
quotes it) or with the one change a copy shows (an author line without its
comma, definitions one per line with a blank line between). The frames are
written after the layout of the sites named in SOURCE.txt, not copied.

Usage: scripts/make-web-frames.py   (from the package root)
"""
import os
import re

FIX = "Fixtures"
OUT = os.path.join(FIX, "web_copy_frames")


def read(path):
    with open(os.path.join(FIX, path), encoding="utf-8") as f:
        return f.read()


def write(name, blocks):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")


def paragraphs(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# --- Site chrome in another language -------------------------------------

UN_MENU_EN = """Skip to main content
Welcome to the United Nations
Toggle navigation
Language
Search
Search the United Nations
About Us
Overview
UN Charter
Structure of the United Nations
Member States
Secretary-General
Main Bodies
General Assembly
Security Council
Economic and Social Council
Trusteeship Council
International Court of Justice
Secretariat
Our Work
Maintain International Peace and Security
Protect Human Rights
Deliver Humanitarian Aid
Support Sustainable Development and Climate Action
Uphold International Law
Events and News
Calendar of Events
Latest News
Press Releases
Meetings Coverage
Photos and Videos
Get Involved
Donate
Volunteer
Careers
Model United Nations
Documents
Official Documents System
Library
Treaty Collection
Universal Declaration of Human Rights
Home
Universal Declaration of Human Rights
Other languages of this page""".split("\n")

UN_FOOTER_EN = """Share this page
Facebook
Twitter
Email
Print
A-Z Site Index
Contact
Copyright
FAQ
Fraud Alert
Privacy Notice
Terms of Use""".split("\n")

CN_MENU_ZH = """首页
新闻中心
人权动态
理论研究
国际交流
人权文献
联合国人权文件
专题
视频
图片
当前位置：首页 > 人权文献 > 联合国人权文件 > 俄文
发布时间：2018年12月10日 来源：中国人权网
字号：大 中 小
打印本页
关闭窗口""".split("\n")

CN_FOOTER_ZH = """相关文章
世界人权宣言（中文）
世界人权宣言（英文）
网站地图
联系我们
关于我们
主办单位：中国人权研究会
京ICP备12345678号""".split("\n")


def udhr_partial(language, articles):
    """Title, note, preamble and the first `articles` articles."""
    blocks = paragraphs(read(f"udhr_6lang/udhr_{language}.txt"))
    title_word = {"ru": "Статья", "en": "Article", "zh": "第"}[language]
    out, seen = [], 0
    for block in blocks:
        if block.startswith(title_word):
            seen += 1
            if seen > articles:
                break
        out.append(block)
    return out


write("udhr_ru_partial_in_un_english_chrome.txt", UN_MENU_EN + udhr_partial("ru", 4) + UN_FOOTER_EN)
write("udhr_ru_partial_in_chinese_site_chrome.txt", CN_MENU_ZH + udhr_partial("ru", 6) + CN_FOOTER_ZH)

# --- Licence and attribution footers, with their own numbered lists ------

FOOTERS = {
    "en": ["This work is licensed under a Creative Commons Attribution 4.0 International License.",
           "You are free to:",
           "1. Share — copy and redistribute the material in any medium or format.",
           "2. Adapt — remix, transform, and build upon the material for any purpose, even commercially.",
           "Under the following terms:",
           "1. Attribution — You must give appropriate credit, provide a link to the license, and indicate if changes were made.",
           "2. No additional restrictions — You may not apply legal terms or technological measures that legally restrict others from doing anything the license permits.",
           "Retrieved from the Office of the High Commissioner for Human Rights, 10 December 2018."],
    "fr": ["© Nations Unies. Tous droits réservés.",
           "Ce document est mis à disposition selon les termes de la licence Creative Commons Attribution 4.0 International.",
           "Vous êtes autorisé à :",
           "1. Partager — copier, distribuer et communiquer le matériel par tous moyens et sous tous formats.",
           "2. Adapter — remixer, transformer et créer à partir du matériel pour toute utilisation, y compris commerciale.",
           "3. Attribution — Vous devez créditer l'Œuvre, intégrer un lien vers la licence et indiquer si des modifications ont été effectuées à l'Œuvre."],
    "es": ["© Naciones Unidas. Todos los derechos reservados.",
           "Esta obra está bajo una licencia de Creative Commons Reconocimiento 4.0 Internacional.",
           "Usted es libre de:",
           "1. Compartir — copiar y redistribuir el material en cualquier medio o formato.",
           "2. Adaptar — remezclar, transformar y construir a partir del material.",
           "3. Reconocimiento — Debe otorgar el crédito adecuado, proporcionar un enlace a la licencia e indicar si se han realizado cambios.",
           "Términos de uso"],
    "ru": ["© Организация Объединенных Наций. Все права защищены.",
           "Это произведение доступно по лицензии Creative Commons «Атрибуция» 4.0 Всемирная.",
           "При использовании материалов ссылка на источник обязательна:",
           "1. Указание авторства — вы должны обеспечить соответствующее указание авторства и предоставить ссылку на лицензию.",
           "2. Без дополнительных ограничений — вы не вправе применять юридические ограничения, которые запрещают другим делать то, что разрешено лицензией."],
    "ar": ["© الأمم المتحدة. جميع الحقوق محفوظة.",
           "هذا العمل مرخص بموجب رخصة المشاع الإبداعي نسب المصنف 4.0 دولي.",
           "1. المشاركة — نسخ المواد وإعادة توزيعها بأي وسيلة أو شكل.",
           "2. التعديل — إعادة المزج والتحويل والبناء على المواد.",
           "3. نسب المصنف — يجب عليك نسب العمل إلى صاحبه بطريقة مناسبة، وتوفير رابط للترخيص.",
           "شروط الاستخدام"],
    "zh": ["本作品在全世界都属于公有领域，因为它是联合国大会的正式文件。",
           "转载请注明出处：",
           "1. 来源：联合国人权事务高级专员办事处；",
           "2. 网址：https://www.ohchr.org/zh/universal-declaration-of-human-rights；",
           "3. 本站所载译文仅供参考。",
           "版权所有 © 联合国"],
}

for language, footer in FOOTERS.items():
    write(f"udhr_{language}_licence_footer.txt", paragraphs(read(f"udhr_6lang/udhr_{language}.txt")) + footer)

# A resolution numbered 1., 2. followed by a footer numbered 1., 2., 3.
en2446 = read("sres2446_zh_en_complete/S_RES_2446_2018_en.txt").split("\n")
head2446 = [line for line in en2446[:4] if line.strip()]
body2446 = re.split(r"(?<=[,;]) (?=(?:Recalling|Taking note|Determining|Acting under) )|(?<=[,;.]) (?=\d\. )",
                    en2446[4].strip())
write("sres2446_en_licence_footer.txt", head2446 + body2446 + FOOTERS["en"])

# --- Press releases quoting a resolution, paragraph by paragraph --------

PRESS_HEAD_EN = [
    "Meetings Coverage and Press Releases",
    "Security Council Extends Mandate of Stabilization Mission in Central African Republic until 15 December, Unanimously Adopting Resolution 2446 (2018)",
    "15 November 2018",
    "SC/13581",
    "The Security Council decided this morning to extend until 15 December the mandate of the United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA).",
    "Unanimously adopting resolution 2446 (2018) under Chapter VII of the United Nations Charter, the 15-member organ decided to remain actively seized of the matter.",
    "The meeting began at 10:03 a.m. and ended at 10:05 a.m.",
    "Resolution",
    "The full text of resolution 2446 (2018) reads as follows:",
]
PRESS_TAIL_EN = [
    "* *** *",
    "For information media. Not an official record.",
]


def quoted(blocks, opening, closing):
    out = [opening + b for b in blocks]
    out[-1] += closing
    return out


write("sres2446_en_press_release_quoted.txt",
      PRESS_HEAD_EN + quoted(body2446, "\u201C", "\u201D") + PRESS_TAIL_EN)

zh2446 = [line.strip() for line in read("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt").split("\n")[8:] if line.strip()]
PRESS_HEAD_ZH = [
    "联合国新闻",
    "安理会将中非稳定团任务期限延长至12月15日",
    "2018年11月15日",
    "安理会今天上午一致通过第2446(2018)号决议，决定将联合国中非共和国多层面综合稳定团的任务期限延长至2018年12月15日。",
    "决议全文如下：",
]
PRESS_TAIL_ZH = ["会议于上午10时03分开始，10时05分结束。", "本新闻稿不是正式记录。"]
write("sres2446_zh_press_release_quoted.txt",
      PRESS_HEAD_ZH + quoted(zh2446, "\u201C", "\u201D") + PRESS_TAIL_ZH)
write("sres2446_zh_press_release_corner_brackets.txt",
      PRESS_HEAD_ZH + [f"\u300C{b}\u300D" for b in zh2446] + PRESS_TAIL_ZH)

ru = paragraphs(read("udhr_6lang/udhr_ru.txt"))
art29 = ru.index("Статья 29")
items29 = ru[art29 + 1:art29 + 4]
write("udhr_ru_press_release_article29_quoted.txt", [
    "Новости ООН",
    "Всеобщей декларации прав человека исполняется 70 лет",
    "10 декабря 2018",
    "В статье 29 Декларации говорится об обязанностях человека перед обществом. Приводим её текст полностью:",
] + quoted(items29, "\u00AB", "\u00BB") + [
    "Декларация переведена более чем на 500 языков мира.",
    "Поделиться",
])

# --- Author lines without their comma -----------------------------------

zh_lines = read("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt").split("\n")
assert zh_lines[8] == "安全理事会,"
zh_lines[8] = "安全理事会"
with open(os.path.join(OUT, "sres2446_zh_author_without_comma.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(zh_lines))

scribd = read("sres2482_en_scribd_partial/S_RES_2482_2019_en_partial.txt")
assert scribd.count("The Security Council,\n") == 1
with open(os.path.join(OUT, "sres2482_en_scribd_author_without_comma.txt"), "w", encoding="utf-8") as f:
    f.write(scribd.replace("The Security Council,\n", "The Security Council\n"))

# --- Definitions one per line, a blank line between ---------------------


def hk_lines(name):
    lines = read(f"hk_lawcorpus3_aligned_zh-Hant_en/{name}").split("\n")
    def clean(line):
        line = line.strip()
        if line.startswith('" ') and line.endswith('"'):
            line = line[2:-1]
        return line.replace('""', '"').strip()
    return [clean(l) for l in lines[0::2] if l.strip()], [clean(l) for l in lines[1::2] if l.strip()]


zh0510, en0510 = hk_lines("HK0510_partial.txt")
write("hk0510_zh_definitions_blank_lines.txt", ["2. 釋義", "在本條例中，除文意另有所指外─"] + zh0510)
write("hk0510_en_definitions_blank_lines.txt", ["2. Interpretation", "In this Ordinance, unless the context otherwise requires-"] + en0510)
