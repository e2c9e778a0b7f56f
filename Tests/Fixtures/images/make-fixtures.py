#!/usr/bin/env python3
"""Makes the image fixtures of ImagesTests and ImageHeadersTests (run once; the files are committed).

Needs Pillow: python3 -m venv .venv && .venv/bin/pip install pillow
"""
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).parent


def scene(width, height):
    """Soft gradients and a few shapes: photo-like enough for an encoder, small as a file.
    A red square marks the top-left corner, so that a rotation can be seen."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=(30 + 120 * y // height, 90, 200 - 120 * y // height))
    draw.ellipse([width // 4, height // 4, width * 3 // 4, height * 3 // 4], fill=(240, 200, 60))
    draw.rectangle([0, 0, width // 6, height // 6], fill=(220, 20, 30))
    return image


def exif_with_gps(orientation):
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "KerneTestCamera"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (47.0, 59.0, 46.0)
    gps[3] = "W"
    gps[4] = (4.0, 6.0, 10.0)
    return exif


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(side):
    """A real decompression bomb: `side`×`side` one-bit grey pixels, all zero, compressed to a
    few dozen kilobytes (decoded to 8-bit RGB it would take over a gigabyte)."""
    row = b"\x00" + bytes((side + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")


def main():
    # Stored 1200×900, shown 900×1200: orientation 6 turns it a quarter clockwise.
    scene(1200, 900).save(HERE / "oriented-gps.jpg", quality=60, exif=exif_with_gps(6))
    scene(640, 400).quantize(32).convert("RGB").save(HERE / "drawing.png", exif=exif_with_gps(1), optimize=True)
    frames = [scene(120, 80).rotate(angle) for angle in (0, 120, 240)]
    frames[0].save(HERE / "animated.gif", save_all=True, append_images=frames[1:], duration=200, loop=0)
    whole = (HERE / "oriented-gps.jpg").read_bytes()
    (HERE / "truncated.jpg").write_bytes(whole[: len(whole) // 2])
    (HERE / "bomb.png").write_bytes(bomb_png(20_000))
    (HERE / "really-png.jpg").write_bytes((HERE / "drawing.png").read_bytes())
    (HERE / "text.png").write_text("This is a note, not a picture.\n")


main()
