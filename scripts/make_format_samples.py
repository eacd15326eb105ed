"""Write the small DOCX, PDF, web-page and old-Word files of tests/data/formats/.

Made with the real libraries people's files come from (python-docx, ReportLab), from an
invented report (青松县 does not exist), so the tests of the readers need no shared files:

    pip install python-docx reportlab && python scripts/make_format_samples.py

The outputs are committed; run this again only to change them (ReportLab writes them
byte-identical from run to run: ``invariant=1``).
"""

from __future__ import annotations

import email.charset
import email.generator
import email.header
import email.policy
import io
import re
import zipfile
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "formats"

TITLE = "2024年青松县政府工作报告"
OPENING = ["——2024年1月10日在青松县第十八届人民代表大会第三次会议上", "县长 张某某", "各位代表："]
REVIEW = [
    "一、2023年工作回顾",
    "过去一年，全县地区生产总值完成215.6亿元，增长5.2%；一般公共预算收入12.8亿元，增长6.1%；"
    "城乡居民人均可支配收入分别达到41230元和21560元，分别增长4.8%和7.2%。",
    "产业发展提质增效。新增规模以上工业企业18家，青松绿能科技有限公司建成投产，"
    "全县高新技术企业达到46家，规模以上工业增加值增长8.3%。",
    "民生事业持续改善。新建幼儿园3所，新增学位900个，城镇新增就业4200人，"
    "农村公路提档升级86公里，群众获得感不断增强。",
]
PLAN = [
    "二、2024年主要目标",
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，"
    "城镇新增就业4000人以上，粮食产量稳定在30万吨以上。",
    "重点抓好以下工作：新建改建农村公路50公里，新增学位1080个，力争引进亿元以上项目20个，"
    "确保各项民生实事全部落地见效。",
]
TABLE = [("指标", "2023年", "增长"), ("地区生产总值", "215.6亿元", "5.2%"),
         ("一般公共预算收入", "12.8亿元", "6.1%")]
FOOTNOTE = "规模以上工业企业：指年主营业务收入2000万元及以上的工业法人单位。"


def docx() -> bytes:
    """A report as Word writes it: title, paragraphs, a table, a footnote."""
    from docx import Document

    doc = Document()
    doc.add_heading(TITLE, level=1)
    for line in OPENING + REVIEW:
        doc.add_paragraph(line)
    table = doc.add_table(rows=len(TABLE), cols=3)
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    for line in PLAN:
        doc.add_paragraph(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _with_footnote(buffer.getvalue())


NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u25cf"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def numbered_docx() -> bytes:
    """A report whose headings Word numbers itself (一、 （一） 1.), and a bulleted line."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    doc.add_paragraph(TITLE)
    for text, num, level in (("2023年工作回顾", 1, 0), ("产业发展提质增效", 1, 1),
                             ("新增规模以上工业企业18家。", 1, 2), ("高新技术企业达到46家。", 1, 2),
                             ("民生事业持续改善", 1, 1), ("新增学位900个。", 1, 2),
                             ("2024年主要工作", 1, 0), ("城镇新增就业4000人以上。", 2, 0)):
        paragraph = doc.add_paragraph(text)
        props = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", level), ("w:numId", num)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), str(value))
            props.append(child)
        paragraph._p.get_or_add_pPr().append(props)
    buffer = io.BytesIO()
    doc.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in sorted(src.infolist(), key=lambda i: i.filename):
            body = NUMBERING.encode("utf-8") if item.filename == "word/numbering.xml" else (
                src.read(item.filename))
            dst.writestr(zipfile.ZipInfo(item.filename, (2024, 1, 1, 0, 0, 0)), body,
                         zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _with_footnote(data: bytes) -> bytes:
    """Add a footnote (python-docx writes none): its part, relation, type and reference."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{w}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
             '</w:r></w:p></w:footnote>'
             f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
             f'{FOOTNOTE}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in sorted(src.infolist(), key=lambda i: i.filename):
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.decode("utf-8").replace(
                    "规模以上工业企业18家", "规模以上工业企业</w:t></w:r><w:r><w:footnoteReference "
                    'w:id="1"/></w:r><w:r><w:t xml:space="preserve">18家', 1).encode("utf-8")
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", (
                    b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>"))
            elif item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", (
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'))
            dst.writestr(zipfile.ZipInfo(item.filename, (2024, 1, 1, 0, 0, 0)), body,
                         zipfile.ZIP_DEFLATED)
        dst.writestr(zipfile.ZipInfo("word/footnotes.xml", (2024, 1, 1, 0, 0, 0)), notes,
                     zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _canvas(buffer, **kwargs):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(buffer, pagesize=(420, 300), invariant=1, **kwargs)


def pdf(**kwargs) -> bytes:
    """A web page printed to PDF: running head and URL with page numbers, lines wrapped at the
    width (mid-word, no hyphen), a sentence across a page break, digits spaced from 年."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buffer = io.BytesIO()
    c = _canvas(buffer, **kwargs)  # registers the font
    lines = []
    for para in [TITLE] + OPENING + REVIEW + PLAN:  # wrapped by width, as a browser does
        line = ""
        for char in para:
            if stringWidth(line + char, "STSong-Light", 12) > 380:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    per_page = 9
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    for n, page in enumerate(pages, 1):
        c.setFont("STSong-Light", 8)
        c.drawString(20, 285, "2024/3/1 10:15 青松县人民政府门户网站 - 政府工作报告")
        text = c.beginText(20, 260)
        text.setFont("STSong-Light", 12, leading=24)
        for line in page:
            year = re.match(r"^\d{4}(?=年青松县)", line)
            if year:  # a year set apart from its 年 in one text object, as browsers print runs
                text.textOut(year.group())
                text.moveCursor(c.stringWidth(year.group(), "STSong-Light", 12) + 12, 0)
                text.textLine(line[4:])
                text.moveCursor(-c.stringWidth(year.group(), "STSong-Light", 12) - 12, 0)
            else:
                text.textLine(line)
        c.drawText(text)
        c.setFont("STSong-Light", 8)
        c.drawString(20, 12, f"http://www.qingsong.gov.cn/zfgzbg/2024.html {n}/{len(pages)}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def scanned_pdf() -> bytes:
    """A scan: each page one image, no text layer."""
    buffer = io.BytesIO()
    c = _canvas(buffer)
    for _ in range(2):
        c.drawImage(str(OUT.parent / "tiny.png"), 20, 20, width=380, height=260)
        c.showPage()
    c.save()
    return buffer.getvalue()


def html(charset: str = "utf-8") -> str:
    """A report as a government site shows it: navigation, article, side links, footer."""
    paras = "\n".join(f"<p>{line}</p>" for line in OPENING + REVIEW[:1])
    body = "\n".join(f"<p>{line}</p>" for line in REVIEW[1:])
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TABLE)
    plan = "\n".join(f"<p>{line}</p>" for line in PLAN)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{TITLE}_青松县人民政府</title>
<style>p {{ text-indent: 2em; }}</style><script>var counter = 1;</script></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>
<div class="article">
<h1>{TITLE}</h1>
<div class="info">发布时间：2024-01-15 来源：县政府办公室 浏览次数：1024</div>
{paras}
{body}
<table>{rows}</table>
{plan}
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">2023年青松县政府工作报告</a></li>
<li><a href="/b">2022年青松县政府工作报告</a></li></ul></div>
<div class="footer">主办：青松县人民政府办公室 网站标识码：1234567890 ICP备12345678号</div>
</body></html>
"""


def mhtml() -> bytes:
    """The page saved whole by a browser (MHTML): the HTML part quoted-printable."""
    message = MIMEMultipart("related", type="text/html")
    message["Subject"] = email.header.Header(TITLE, "utf-8").encode()
    message["MIME-Version"] = "1.0"
    charset = email.charset.Charset("utf-8")
    charset.body_encoding = email.charset.QP
    part = MIMEText(html(), "html", charset)
    part["Content-Location"] = "http://www.qingsong.gov.cn/zfgzbg/2024.html"
    message.attach(part)
    message.set_boundary("----MultipartBoundary--govkg-sample")
    buffer = io.BytesIO()
    email.generator.BytesGenerator(buffer, policy=email.policy.SMTP).flatten(message)
    return buffer.getvalue()


def old_doc() -> bytes:
    """The start of an old binary Word file: the OLE2 compound-file header (magic, version)."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[24:28] = b"\x3e\x00\x03\x00"  # minor version 0x3E, major version 3
    header[28:30] = b"\xfe\xff"  # little-endian byte order mark
    return bytes(header) + b"\x00" * 512


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "report.docx").write_bytes(docx())
    (OUT / "numbered.docx").write_bytes(numbered_docx())
    (OUT / "report.pdf").write_bytes(pdf())
    (OUT / "encrypted.pdf").write_bytes(pdf(encrypt="secret"))
    (OUT / "scanned.pdf").write_bytes(scanned_pdf())
    (OUT / "report.html").write_text(html(), encoding="utf-8")
    (OUT / "report-gbk.htm").write_bytes(html("gb2312").encode("gbk"))
    (OUT / "report.mhtml").write_bytes(mhtml())
    (OUT / "old-word.docx").write_bytes(old_doc())  # an old .doc named .docx, as people do
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(OUT.parent.parent.parent)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
