"""Reading report files: every encoding a report arrives in, and a clear error for the rest."""

from __future__ import annotations

import pytest

from conftest import DATA
from kg.errors import InputError
from kg.ingest.reader import decode, read_report

OPENING = "2024年青松县政府工作报告\n——2024年1月10日在青松县"


# fmt: off
@pytest.mark.parametrize("name,encoding", [
    ("report-utf8-bom.txt", "utf-8"),
    ("report-gb18030.txt", "gb18030"),
    ("report-utf16-bom.txt", "utf-16"),
    ("report-utf16le-nobom.txt", "utf-16-le"),
    ("report-utf16be-nobom.txt", "utf-16-be"),
    ("report-crlf.txt", "utf-8"),
])
# fmt: on
def test_every_encoding_reads_to_the_same_text(name, encoding):
    doc = read_report(DATA / name)
    assert doc.encoding == encoding
    assert doc.raw.startswith(OPENING)  # no BOM left, no \r
    assert "\r" not in doc.raw and "\ufeff" not in doc.raw
    assert doc.raw == read_report(DATA / "report-utf8-bom.txt").raw


def test_gbk_is_read_as_gb18030():
    text = "各位代表：\n今年全县新建幼儿园3所，新增学位900个。\n" * 3
    assert decode(text.encode("gbk")) == (text, "gb18030")


def test_utf16_without_bom_and_without_ascii_is_found():
    text = "各位代表：今年全县新建幼儿园三所，新增学位九百个。" * 3  # no NUL byte at all
    assert decode(text.encode("utf-16-le"))[0] == text


# fmt: off
@pytest.mark.parametrize("name,cause", [
    ("empty.txt", "empty"),
    ("blank.txt", "empty"),
    ("tiny.png", "binary"),
    ("undecodable.txt", "not a text report in UTF-8, GB18030/GBK or UTF-16"),
    ("no-such-report.txt", "no such file"),
])
# fmt: on
def test_unreadable_files_raise_an_input_error_naming_file_and_cause(name, cause):
    with pytest.raises(InputError) as info:
        read_report(DATA / name)
    message = str(info.value)
    assert name in message and cause in message
    assert "\n" not in message


def test_a_folder_is_not_a_report(tmp_path):
    with pytest.raises(InputError, match="not a regular file"):
        read_report(tmp_path)


def test_binary_bytes_that_happen_to_be_utf8_are_refused():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(1, 32)) * 20)
