#!/usr/bin/env python3
"""Writes the web pages, Word files and PDFs that the document readers are tested on.

The built-in report (Tests/ReportKitTests/Fixtures/suizhou-2023.txt) is saved as a web page, a
Word file and a PDF, as a site would publish it; beside it, a GBK page with its furniture full of
numbers and a Word-pasted table, and a Word file with merged cells. Word files are written by hand
(zipfile and WordprocessingML); PDFs are printed from a page by headless Chromium and compacted
and encrypted by qpdf (apt-get install chromium fonts-noto-cjk qpdf). Run from the repository's root:

    python3 scripts/make-document-fixtures.py
"""
import html
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORT = os.path.join(ROOT, "Tests/ReportKitTests/Fixtures/suizhou-2023.txt")
REPORT_OUT = os.path.join(ROOT, "Tests/ReportKitTests/Fixtures")
READER_OUT = os.path.join(ROOT, "Tests/ReportDocumentsTests/Fixtures")
TITLE = "随州市2023年法治政府建设年度报告"
# The lines a site adds under the article, copied into the text fixture with it.
COPIED_FURNITURE = 4


def report_lines():
    with open(REPORT, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    return lines[:-COPIED_FURNITURE], lines[-COPIED_FURNITURE:]


def is_part_heading(line):
    return line[:1] in "一二三四五六七八九十" and line[1:2] == "、" and len(line) < 40


def suizhou_page():
    body, furniture = report_lines()
    article = []
    for line in body:
        tag = "h2" if is_part_heading(line) else "p"
        article.append(f"<{tag}>{html.escape(line)}</{tag}>")
    furniture_html = "".join(f"<p>{html.escape(line)}</p>" for line in furniture)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_法治政府建设年度报告_随州市人民政府</title>
<style>body {{ font-family: sans-serif; }}</style>
<script>var _hmt = _hmt || []; var visits = 20231231;</script>
</head>
<body>
<div class="header"><h1 class="logo">随州市人民政府</h1><p>2024年1月15日 星期一 农历腊月初五</p></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zfxxgk/">政府信息公开</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务（12345）</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/fzzf/">法治政府建设年度报告</a></div>
<div class="main-box">
<div class="article">
<h1 class="article-title">{TITLE}</h1>
<div class="info">发布时间：2024-01-15 09:30　来源：随州市司法局　浏览次数：1386　字号：[大 中 小]</div>
<div class="article-content" id="zoom">
{chr(10).join(article)}
</div>
<div class="share">{furniture_html}<span>分享到：微信 微博</span></div>
<div class="prev-next"><p><a href="/a/1.html">上一篇：随州市2022年法治政府建设年度报告</a></p><p><a href="/a/3.html">下一篇：关于2024年第1季度政务公开工作的通报</a></p></div>
</div>
<div class="sidebar"><h3>热点信息</h3><ul><li><a href="/b/1.html">全市新增就业3.2万人</a></li><li><a href="/b/2.html">GDP增长6.1%</a></li></ul></div>
</div>
<div class="footer"><p>主办：随州市人民政府办公室　承办：随州市大数据中心　联系电话：0722-3226133</p>
<p>版权所有 © 2008-2024 随州市人民政府　鄂ICP备05003349号-1　鄂公网安备42130202000105号　网站标识码：4213000001</p></div>
</body>
</html>
"""


def suizhou_print_page():
    """The report as its PDF is printed: title, parts, indented paragraphs, page numbers."""
    body, _ = report_lines()
    article = []
    for line in body:
        if is_part_heading(line):
            article.append(f"<h2>{html.escape(line)}</h2>")
        else:
            article.append(f"<p>{html.escape(line)}</p>")
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{TITLE}</title>
<style>
@page {{ size: A4; margin: 25mm 26mm 25mm 26mm;
  @top-center {{ content: "随州市人民政府文件"; font-size: 9pt; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-size: 10pt; }} }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 14pt; line-height: 1.6; }}
h1 {{ text-align: center; font-size: 20pt; }}
h2 {{ font-size: 14pt; margin: 0; text-indent: 2em; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
</style></head>
<body><h1>{TITLE}</h1>
{chr(10).join(article)}
</body></html>
"""


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def w_paragraph(text, style=None, list_level=None):
    """A paragraph; `list_level` numbers it in list 1 (一、 then （一）), as Word's numbering does."""
    numbering = f'<w:numPr><w:ilvl w:val="{list_level}"/><w:numId w:val="1"/></w:numPr>' if list_level is not None else ""
    style_name = f'<w:pStyle w:val="{style}"/>' if style else ""
    style_xml = f"<w:pPr>{style_name}{numbering}</w:pPr>" if style or numbering else ""
    # Word splits a paragraph into runs wherever formatting or proofing marks change.
    half = len(text) // 2
    runs = "".join(f'<w:r><w:t xml:space="preserve">{html.escape(part)}</w:t></w:r>' for part in (text[:half], text[half:]) if part)
    return f"<w:p>{style_xml}{runs}</w:p>"


def w_cell(text, span=1, merge=None, width=1800):
    props = f'<w:tcW w:w="{width * span}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        props += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{w_paragraph(text)}</w:tc>"


def w_row(cells, header=False):
    props = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>
"""


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W_NS}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
"""


def write_docx(path, body_xml):
    content_types = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>
"""
    rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
"""
    document_rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>
"""
    document = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W_NS}><w:body>{body_xml}<w:sectPr/></w:body></w:document>
"""
    # A fixed date for every entry, so that running the script again writes the same bytes.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                           ("word/_rels/document.xml.rels", document_rels), ("word/document.xml", document),
                           ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING)]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def suizhou_docx():
    body, _ = report_lines()
    xml = [w_paragraph(TITLE, "a3")]
    for line in body:
        xml.append(w_paragraph(line, "1" if is_part_heading(line) else None))
    return "".join(xml)


def merged_cells_docx():
    """A 行政复议 table: a header over two rows (vMerge), a header over two columns (gridSpan)."""
    table = "<w:tbl><w:tblGrid>" + '<w:gridCol w:w="1800"/>' * 5 + "</w:tblGrid>"
    table += w_row([w_cell("项目", merge="restart"), w_cell("行政复议", span=2), w_cell("行政诉讼", span=2)], header=True)
    table += w_row([w_cell("", merge="continue"), w_cell("收到（件）"), w_cell("纠错（件）"), w_cell("一审（件）"), w_cell("败诉（件）")], header=True)
    table += w_row([w_cell("市本级", merge="restart"), w_cell("30"), w_cell("4"), w_cell("42"), w_cell("3")])
    table += w_row([w_cell("", merge="continue"), w_cell("27"), w_cell("3"), w_cell("40"), w_cell("2")])
    table += w_row([w_cell("合计", span=1), w_cell("57"), w_cell("7"), w_cell("82"), w_cell("5")])
    table += "</w:tbl>"
    # The parts' numbers (一、, （一）) are Word's automatic numbering, not text.
    return "".join([w_paragraph("某县2023年行政复议和行政诉讼情况", "a3"), w_paragraph("案件情况", "1", list_level=0),
                    w_paragraph("行政复议", None, list_level=1), w_paragraph("全年办理情况如下表。"), table,
                    w_paragraph("下一步安排", "1", list_level=0), w_paragraph("继续做好行政复议工作。")])


def govinfo_gbk_page():
    """A GBK page as a county site serves it, its table pasted from Word."""
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>白河县司法局2023年政府信息公开工作年度报告-白河县人民政府</title>
<script type="text/javascript">document.write("访问量：" + 123456);</script>
</head>
<body>
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td><div id="topnav"><a href="/">网站首页</a> | <a href="/zwgk">政务公开</a> | <a href="/ldzc">领导之窗</a> | <a href="/12345">12345热线</a></div></td></tr>
<tr><td>
<div class="dqwz">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk">政务公开</a> &gt;&gt; 年度报告</div>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="title" align="center">白河县司法局2023年政府信息公开工作年度报告</td></tr>
<tr><td align="center" class="time">发布日期：2024年01月20日　信息来源：县司法局　点击数：2718　【字体：大 中 小】</td></tr>
<tr><td class="content">
<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-family:仿宋_GB2312;font-size:16.0pt">根据《中华人民共和国政府信息公开条例》规定，现公布本局2023年政府信息公开工作年度报告。全年共收到政府信息公开申请<span lang="EN-US">15</span>件，
全部按期办结。<span lang="EN-US"><o:p></o:p></span></span></p>
<p class="MsoNormal"><b><span style="font-family:黑体">一、收到和处理政府信息公开申请情况<span lang="EN-US"><o:p></o:p></span></span></b></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;mso-table-layout-alt:fixed">
<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes">
<td colspan="3" rowspan="2" style="width:200pt"><p class="MsoNormal" align="center"><span style="font-size:10.0pt">本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和<span lang="EN-US"><o:p></o:p></span></span></p></td>
<td rowspan="2"><p class="MsoNormal"><span>自然人<o:p></o:p></span></p></td>
<td colspan="2"><p class="MsoNormal"><span>法人或其他组织<o:p></o:p></span></p></td>
<td rowspan="2"><p class="MsoNormal"><span>总计<o:p></o:p></span></p></td>
</tr>
<tr style="mso-yfti-irow:1">
<td><p class="MsoNormal"><span>商业企业<o:p></o:p></span></p></td>
<td><p class="MsoNormal"><span>其他<o:p></o:p></span></p></td>
</tr>
<tr><td colspan="3"><p class="MsoNormal"><span>一、本年新收政府信息公开申请数量</span></p></td>
<td><p class="MsoNormal"><span lang="EN-US">12<o:p></o:p></span></p></td><td><p><span lang="EN-US">2</span></p></td><td><p><span lang="EN-US">1</span></p></td><td><p><span lang="EN-US">15</span></p></td></tr>
<tr><td colspan="3"><p class="MsoNormal"><span>二、上年结转政府信息公开申请数量</span></p></td>
<td><p>0</p></td><td><p>0</p></td><td><p>0</p></td><td><p>0</p></td></tr>
<tr><td rowspan="2"><p class="MsoNormal"><span>三、本年度办理结果</span></p></td>
<td colspan="2"><p class="MsoNormal"><span>（一）予以公开</span></p></td>
<td><p>9</p></td><td><p>1</p></td><td><p>1</p></td><td><p>11</p></td></tr>
<tr><td colspan="2"><p class="MsoNormal"><span>（二）部分公开</span></p></td>
<td><p>3</p></td><td><p>1</p></td><td><p>0</p></td><td><p>4</p></td></tr>
</table>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span>二、存在的主要问题及改进情况</span></p>
<p class="MsoNormal"><span>2023年本局政府信息公开工作仍存在不足，下一步将加强培训。</span></p>
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
</td></tr>
<tr><td><div class="bottom">
<p>主办单位：白河县人民政府办公室　地址：白河县城关镇健康路18号　邮编：725800</p>
<p>联系电话：0915-7812345　传真：0915-7812346　陕ICP备12004567号-2</p>
<p>您是第 <span>2345678</span> 位访问者　建议使用1024×768分辨率浏览</p>
</div></td></tr>
</table>
</body>
</html>
"""


def table_print_page():
    """A 政府信息公开 table printed on its own page, as a PDF attachment holds it."""
    return """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>表</title>
<style>@page { size: A4; margin: 20mm; } body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 11pt; }
table { border-collapse: collapse; } td { border: 1px solid #000; padding: 2pt 8pt; }</style></head>
<body><p>二、主动公开政府信息情况</p>
<table>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td>行政规范性文件</td><td>22</td><td>7</td><td>118</td></tr>
</table>
<p>三、收到和处理政府信息公开申请情况</p></body></html>
"""


def print_pdf(page_html, path, encoding="utf-8"):
    chromium = next((name for name in ("chromium", "chromium-browser", "google-chrome") if subprocess.run(
        ["which", name], capture_output=True).returncode == 0), None)
    if chromium is None:
        sys.exit("chromium is needed to print the PDFs: apt-get install chromium fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as directory:
        source = os.path.join(directory, "page.html")
        with open(source, "wb") as f:
            f.write(page_html.encode(encoding))
        printed = os.path.join(directory, "printed.pdf")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={printed}", source], check=True, capture_output=True)
        # Chromium's CJK glyphs are Type 3 fonts, large; recompressed, the file is a third smaller.
        subprocess.run(["qpdf", "--object-streams=generate", "--recompress-flate", "--compression-level=9",
                        "--deterministic-id", printed, path], check=True)


def main():
    with open(os.path.join(REPORT_OUT, "suizhou-2023.html"), "w", encoding="utf-8") as f:
        f.write(suizhou_page())
    write_docx(os.path.join(REPORT_OUT, "suizhou-2023.docx"), suizhou_docx())
    print_pdf(suizhou_print_page(), os.path.join(REPORT_OUT, "suizhou-2023.pdf"))
    with open(os.path.join(READER_OUT, "govinfo-gbk.html"), "wb") as f:
        f.write(govinfo_gbk_page().encode("gb18030"))
    write_docx(os.path.join(READER_OUT, "merged-cells.docx"), merged_cells_docx())
    print_pdf(govinfo_gbk_page(), os.path.join(READER_OUT, "govinfo-gbk.pdf"), encoding="gb18030")
    table_pdf = os.path.join(READER_OUT, "table.pdf")
    print_pdf(table_print_page(), table_pdf)
    subprocess.run(["qpdf", "--encrypt", "user-password", "owner-password", "256", "--",
                    table_pdf, os.path.join(READER_OUT, "encrypted.pdf")], check=True)
    with zipfile.ZipFile(os.path.join(READER_OUT, "workbook.xlsx"), "w") as archive:
        archive.writestr(zipfile.ZipInfo("xl/workbook.xml", date_time=(2024, 1, 15, 9, 30, 0)), "<workbook/>")
    with zipfile.ZipFile(os.path.join(READER_OUT, "not-word.zip"), "w") as archive:
        archive.writestr(zipfile.ZipInfo("report.txt", date_time=(2024, 1, 15, 9, 30, 0)), "随州市办结23件。\n")


if __name__ == "__main__":
    main()
