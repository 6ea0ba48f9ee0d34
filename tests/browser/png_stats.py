"""Decodes a PNG (8-bit RGB or RGBA, not interlaced) with zlib and measures its content.

Standard library only. The Up and Sub filters are undone on whole rows at once
with big-integer arithmetic (byte-wise addition without carries); Average and
Paeth, rarer in screenshots, byte by byte.

    python3 png_stats.py FILE.png   # prints the stats as JSON
"""

import collections
import json
import struct
import sys
import zlib

CHANNELS = {2: 3, 6: 4}  # PNG colour type -> bytes per pixel (at bit depth 8)


def _masks(n):
    return int.from_bytes(b"\x7f" * n, "little"), int.from_bytes(b"\x80" * n, "little")


def _add(x, y, low, high):
    """Adds the bytes of two little-endian integers mod 256, byte by byte."""
    return ((x & low) + (y & low)) ^ ((x ^ y) & high)


def _unfilter(kind, line, prev, bpp):
    n = len(line)
    if kind == 0:
        return line
    if kind in (1, 2):
        low, high = _masks(n)
        x = int.from_bytes(line, "little")
        if kind == 2:
            x = _add(x, int.from_bytes(prev, "little"), low, high)
        else:  # Sub: a prefix sum with stride bpp, in log2(n) doubling steps
            full, shift = (1 << (8 * n)) - 1, bpp
            while shift < n:
                x = _add(x, (x << (8 * shift)) & full, low, high)
                shift *= 2
        return x.to_bytes(n, "little")
    out = bytearray(line)
    if kind == 3:  # Average
        for i in range(n):
            left = out[i - bpp] if i >= bpp else 0
            out[i] = (out[i] + ((left + prev[i]) >> 1)) & 0xFF
    elif kind == 4:  # Paeth
        for i in range(n):
            a = out[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
            out[i] = (out[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
    else:
        raise ValueError(f"unknown PNG filter type {kind}")
    return bytes(out)


def decode(data):
    """(width, height, channels, rows): rows are the raw RGB or RGBA bytes of each line."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in CHANNELS or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
    bpp = CHANNELS[colour]
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev = [], bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        prev = _unfilter(raw[start], raw[start + 1:start + 1 + stride], prev, bpp)
        rows.append(prev)
    return width, height, bpp, rows


# Bytes of 250 and above count as white (255), the rest as ink (0).
WHITE_TABLE = bytes(255 if v >= 250 else 0 for v in range(256))


def stats(data):
    """Width, height, background colour, non-background fraction, colours and the ink's bounding box."""
    width, height, bpp, rows = decode(data)
    counts = collections.Counter()
    top = bottom = left = right = None
    for y, row in enumerate(rows):
        counts.update(zip(row[0::bpp], row[1::bpp], row[2::bpp]))
        ink = row.translate(WHITE_TABLE)
        stripped = ink.lstrip(b"\xff")
        if stripped:
            first = (len(ink) - len(stripped)) // bpp
            last = (len(ink.rstrip(b"\xff")) - 1) // bpp
            top = y if top is None else top
            bottom = y
            left = first if left is None else min(left, first)
            right = last if right is None else max(right, last)
    background, background_count = counts.most_common(1)[0]
    quantised = collections.Counter()
    for (r, g, b), n in counts.items():
        quantised[(r >> 4, g >> 4, b >> 4)] += n
    # Chromatic: clearly coloured (not grey) and covering more than anti-aliasing fringes.
    chromatic = [c for c, n in quantised.items() if max(c) - min(c) >= 4 and n >= 50]
    return {
        "width": width,
        "height": height,
        "background": "#%02x%02x%02x" % background,
        "non_background": round(1 - background_count / (width * height), 4),
        "colours": len(quantised),
        "chromatic_colours": len(chromatic),
        "ink_box": None if top is None else [left, top, right, bottom],
    }


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        print(json.dumps(stats(f.read()), indent=2))
