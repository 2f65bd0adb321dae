"""The worker's reading of a `figure` event: a real, small PNG or nothing."""

import base64
import struct
import zlib

from grader.sandbox.events import MAX_PNG_BYTES, picture
from grader.sandbox.report import parse_events


def png(width: int, height: int, extra: bytes = b"") -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", extra)
            + chunk(b"IEND", b""))


def event(data: bytes, case: object = 0) -> dict[str, object]:
    return {"event": "figure", "case": case, "png": base64.b64encode(data).decode()}


def test_a_small_png_is_taken_with_its_size_and_section() -> None:
    assert picture(event(png(640, 480))) == (0, png(640, 480), 640, 480)
    assert picture(event(png(1, 1), case=None)) == (None, png(1, 1), 1, 1)


def test_anything_else_is_no_picture() -> None:
    assert picture(event(png(1601, 10))) is None  # wider than the cap
    assert picture(event(png(0, 10))) is None
    assert picture(event(b"<svg onload=alert(1)>")) is None
    assert picture(event(b"GIF89a" + b"\0" * 40)) is None
    assert picture(event(png(10, 10, b"\0" * MAX_PNG_BYTES))) is None  # too many bytes
    assert picture({"event": "figure", "case": 0, "png": "not base64!"}) is None
    assert picture({"event": "figure", "png": base64.b64encode(png(1, 1)).decode()}) is None
    assert picture(event(png(1, 1), case=True)) is None
    assert picture(event(png(1, 1), case=-1)) is None


def test_a_report_keeps_four_pictures_in_the_order_of_its_sections() -> None:
    import json

    lines = [json.dumps(item).encode() for item in (
        {"event": "start", "index": 1},
        event(png(2, 2), case=0),  # an earlier section, after case 1 started: dropped
        *[event(png(3, 3), case=1) for _ in range(6)],
        {"event": "done"},
    )]
    report = parse_events(b"\n".join(lines), stdout=b"", stderr=b"")
    assert [(p.section, p.width) for p in report.figures] == [(1, 3)] * 4
