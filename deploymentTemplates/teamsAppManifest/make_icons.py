#!/usr/bin/env python3
"""Draws RoleBot's Teams icons (an org chart: one role above two) as PNGs with only the standard library.

Teams wants color.png at 192x192 (full colour, background included) and outline.png at 32x32 (white on
transparent). Run it again after changing a shape; the PNGs it writes are committed next to it.
"""
import struct
import sys
import zlib
from pathlib import Path

ACCENT = (0x2E, 0x5A, 0xAC)  # keep in sync with accentColor in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)

# The org chart on a 24-unit grid as (left, top, right, bottom) rectangles: top box, stem, bar, two legs, two boxes.
CHART = [(8, 3, 16, 9), (11.5, 9, 12.5, 12), (5, 11.5, 19, 12.5), (4.5, 12, 5.5, 15), (18.5, 12, 19.5, 15),
         (1, 15, 9, 21), (15, 15, 23, 21)]


def png(width, height, rows, color_type):
    """rows: one bytes object per scanline (RGB for colour type 2, RGBA for 6)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 on every line
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def draw(size, margin, on, off):
    """Rasterises CHART into size x size pixels, leaving `margin` pixels free on every side."""
    scale = (size - 2 * margin) / 24
    rects = [tuple(margin + v * scale for v in r) for r in CHART]
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            cx, cy = x + 0.5, y + 0.5
            inside = any(left <= cx < right and top <= cy < bottom for left, top, right, bottom in rects)
            row += bytes(on if inside else off)
        rows.append(bytes(row))
    return rows


def main(out_dir):
    out = Path(out_dir)
    (out / "color.png").write_bytes(png(192, 192, draw(192, 24, WHITE, ACCENT), 2))
    (out / "outline.png").write_bytes(png(32, 32, draw(32, 1, WHITE + (255,), (0, 0, 0, 0)), 6))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
