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


# Bad bytes (issue 15, item 6): replaced by U+FFFD and counted, not fatal.
REPORT = "各位代表：\n今年全县新建幼儿园3所，新增学位900个，城镇新增就业4200人。\n" * 20


# fmt: off
@pytest.mark.parametrize("name,data,encoding,count", [
    ("cut-mid-character", REPORT.encode("utf-8")[:-2], "utf-8", 2),
    ("stray-ff", REPORT.encode("utf-8")[:300] + b"\xff" + REPORT.encode("utf-8")[300:], "utf-8", 1),
    ("gb18030-cut", REPORT.rstrip("\n").encode("gb18030")[:-1], "gb18030", 1),
    ("utf16-lone-surrogate", REPORT.encode("utf-16-le")[:40] + "\ud800".encode("utf-16-le",
                                                                                  "surrogatepass")
     + REPORT.encode("utf-16-le")[40:], "utf-16-le", 2),
    ("utf16-bom-cut", REPORT.encode("utf-16")[:-1], "utf-16", 1),
])
# fmt: on
def test_bad_bytes_are_replaced_and_counted_not_fatal(tmp_path, name, data, encoding, count):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    doc = read_report(path)
    assert doc.encoding == encoding
    assert doc.raw.count("\ufffd") == 1
    assert "今年全县新建幼儿园3所" in doc.raw
    (warning,) = doc.warnings
    noun = "byte" if count == 1 else "bytes"
    assert warning.startswith(f"replaced {count} bad {noun}") and " at byte" in warning


def test_many_bad_bytes_still_mean_another_encoding(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(("Le café est prêt, à bientôt. " * 20).encode("latin-1"))
    with pytest.raises(InputError, match="not a text report"):
        read_report(path)


def test_kg_build_says_how_many_bytes_were_replaced_and_where(tmp_path):
    import subprocess
    import sys

    from conftest import SAMPLE

    data = SAMPLE.read_bytes().rstrip() + b"\n"
    at = data.index(b"\n", 1000) + 1
    line = data[:at].count(b"\n") + 1
    cut = tmp_path / "cut-2023.txt"
    cut.write_bytes(data[:at] + b"\xff" + data[at:] + "中".encode()[:2])  # a stray byte, a cut end
    proc = subprocess.run([sys.executable, "-m", "kg", "build", cut, "-o", tmp_path / "out"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "cut-2023.ttl").is_file()
    warning = next(x for x in proc.stderr.splitlines() if "bad byte" in x)
    assert "cut-2023.txt" in warning and "replaced 3 bad bytes" in warning
    assert f"byte {at} (line {line})" in warning and f"bytes {len(data) + 1}-{len(data) + 2}" in warning
