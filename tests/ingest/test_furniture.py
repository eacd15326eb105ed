"""Page furniture of scraped reports is left out, and what was left out is noted."""

from __future__ import annotations

import pytest

from conftest import CORPUS, DATA
from kg.ingest.layout import lay_out
from kg.ingest.reader import read_report


def laid_out(path):
    return lay_out(read_report(path))


@pytest.fixture(scope="module")
def scraped():
    return laid_out(DATA / "scraped-page.txt")


# fmt: off
@pytest.mark.parametrize("furniture", [
    "时间：", "作者：", "阅读：", "评论：", "内容摘要", "1287", "当前位置", "字体", "分享到", "QQ空间",
    "上一篇", "下一篇", "相关文章", "02-14", "统计公报", "本栏推荐", "柳河县", "阅读排行", "标签云",
    "????", "云帆", "文 库", "微信公众号",
])
# fmt: on
def test_scraped_page_furniture_is_left_out(scraped, furniture):
    assert furniture not in scraped.text


def test_the_report_itself_is_kept_whole(scraped):
    lines = scraped.text.split("\n")
    assert lines[0] == "2023年白杨县政府工作报告"
    assert "各位代表：" in lines
    assert lines[-1].startswith("各位代表！新的征程已经开启") and lines[-1].endswith("努力奋斗！")
    assert "增长4.8%；一般公共预算收入" in scraped.text  # the watermark cut from mid-sentence
    assert "新建改建农村公路120公里，改造老旧小区14个。" in scraped.text  # mojibake cut


def test_summary_repeating_the_opening_is_dropped_once(scraped):
    assert scraped.text.count("2023年1月9日在白杨县第九届人民代表大会") == 1


def test_what_was_left_out_is_noted(scraped):
    notes = " | ".join(scraped.skipped)
    assert "from 分享到 to the end" in notes
    assert "mojibake" in notes
    assert "云帆 文 库" in notes
    assert "summary" in notes


def test_collector_header_and_editor_line_are_left_out_but_the_title_kept():
    doc = laid_out(DATA / "collector-header.txt")
    assert doc.text.startswith("2022年石门市政府工作报告\n——2022年1月18日")
    for furniture in ("标题", "发文单位", "发文时间", "来源URL", "正文", "http", "责任编辑"):
        assert furniture not in doc.text


def test_a_body_the_scraper_repeated_is_kept_once():
    doc = laid_out(DATA / "repeated-body.txt")
    assert doc.text.count("粮食总产量达到二百八十亿公斤") == 1
    assert doc.text.count("各位代表：") == 1
    assert any(note.startswith("repeated body") for note in doc.skipped)
    for furniture in ("当前位置", "www.gov.cn", "字体", "<U+00A0>", "责任编辑", "E-mail"):
        assert furniture not in doc.text


def test_every_character_still_maps_to_the_file(scraped):
    assert len(scraped.source_map) == len(scraped.text)
    assert all(c == "\n" or scraped.raw[scraped.source_map[i]] == c
               for i, c in enumerate(scraped.text))


def test_a_clean_report_loses_nothing():
    doc = laid_out(DATA / "report-utf8-bom.txt")
    assert doc.skipped == [] and doc.repairs == []
    assert doc.text == "\n".join(line for line in doc.raw.split("\n") if line.strip())


@pytest.fixture(scope="module")
def corpus():
    if not CORPUS.is_dir():
        pytest.skip("../shared/reports/corpus is not beside the project")
    return [laid_out(p) for p in sorted(CORPUS.glob("*.txt"))]


def test_corpus_tails_of_other_articles_are_left_out(corpus):
    for doc in corpus:
        lines = set(doc.text.split("\n"))
        for marker in ("分享到：", "相关文章", "阅读排行", "标签云", "本栏推荐", "上一篇：", "????"):
            assert marker not in lines, (doc.name, marker)
        assert "马克 数据网" not in doc.text and "马 克 数据网" not in doc.text, doc.name


def test_corpus_bodies_repeated_by_the_scraper_are_kept_once(corpus):
    for doc in corpus:
        long_lines = [line for line in doc.text.split("\n") if len(line) >= 30]
        assert len(long_lines) == len(set(long_lines)), doc.name


def test_short_headings_of_a_newspaper_report_are_no_page_head(tmp_path):
    path = tmp_path / "paper-2024.txt"
    path.write_text("奋力谱写新篇章\n\n回眸 2023\n\n" + "2023年，全区上下团结奋斗，" * 4 + "成绩来之不易。\n\n"
                    "各位代表！新的一年，我们将继续努力。\n", encoding="utf-8")
    doc = laid_out(path)
    assert doc.text.split("\n")[:2] == ["奋力谱写新篇章", "回眸 2023"]
    assert doc.skipped == []


def test_service_bars_and_menus_of_a_printed_page_are_left_out(tmp_path):
    """A web page printed to PDF keeps the site's bars; a body line about 无障碍 stays."""
    page = tmp_path / "printed.txt"
    page.write_text("首页 走进青松 青松新闻 政府信息公开 政务服务\n"
                    "中央人民政府 某省人民政府 无障碍阅读 长者模式 登录 注册\n"
                    "无障碍访问 | 适老版\n"
                    "责任编辑： 某某 【字体： 大 中 小 】\n"
                    "【字体：大 中 小】　打印　收藏　分享到\n"
                    "2024年青松县政府工作报告\n"
                    "推进无障碍环境建设\n"
                    "新建无障碍设施120处，改造适老化住房30户。\n", encoding="utf-8")
    doc = laid_out(page)
    assert doc.text.split("\n") == ["2024年青松县政府工作报告", "推进无障碍环境建设",
                                    "新建无障碍设施120处，改造适老化住房30户。"]
