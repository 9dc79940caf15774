#!/usr/bin/env python3
"""Draws the add-in icons (16/32/64/80 px PNG) used by the manifest: a white document with text lines and a
check mark on a rounded #0f6cbd square. Standard library only (zlib + struct); 4x4 supersampling for smooth edges.
Run from the repository root:  python3 manifest/tools/make-icons.py"""
import os, struct, zlib

BLUE = (0x0f, 0x6c, 0xbd)
WHITE = (255, 255, 255)
OUT = os.path.join("src", "NarrativeAssist.Server", "wwwroot", "icons")
SS = 4  # supersampling factor


def inside_round_rect(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def near_segment(x, y, ax, ay, bx, by, w):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= (w / 2) ** 2


def shade(u, v):
    """Colour (r, g, b, a) at unit coordinates (0..1) of the icon."""
    if not inside_round_rect(u, v, 0.0, 0.0, 1.0, 1.0, 0.18):
        return (0, 0, 0, 0)
    # page: white sheet
    on_page = inside_round_rect(u, v, 0.24, 0.16, 0.70, 0.84, 0.05)
    colour = WHITE if on_page else BLUE
    if on_page:
        # three text lines in blue
        for ly, lx1 in ((0.32, 0.60), (0.45, 0.60), (0.58, 0.48)):
            if inside_round_rect(u, v, 0.33, ly - 0.035, lx1, ly + 0.035, 0.035):
                colour = BLUE
    # check mark: blue outline ring then white stroke, overlapping the page's lower right corner
    a, b, c = (0.55, 0.70), (0.66, 0.81), (0.86, 0.56)
    if near_segment(u, v, *a, *b, 0.20) or near_segment(u, v, *b, *c, 0.20):
        colour = BLUE
    if near_segment(u, v, *a, *b, 0.09) or near_segment(u, v, *b, *c, 0.09):
        colour = WHITE
    return colour + (255,)


def render(size):
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter: none
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SS):
                for sx in range(SS):
                    r, g, b, a = shade((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size)
                    acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a
            alpha = acc[3] / (SS * SS)
            if acc[3]:
                row += bytes([round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(w, h, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for size in (16, 32, 64, 80):
        path = os.path.join(OUT, f"icon-{size}.png")
        with open(path, "wb") as f:
            f.write(render(size))
        print(path)
