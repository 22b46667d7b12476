"""Draws images/icon.png (128x128): a red seal-like square with a white document and heading lines."""
import struct, zlib, pathlib

W = H = 128
RED, WHITE, GOLD, GRAY = (176, 28, 28), (255, 255, 255), (232, 184, 58), (90, 90, 90)
pixels = [[RED for _ in range(W)] for _ in range(H)]

def rect(x0, y0, x1, y1, color):
    for y in range(y0, y1):
        for x in range(x0, x1):
            pixels[y][x] = color

rect(30, 18, 98, 110, WHITE)
rect(40, 30, 88, 38, RED)          # title
for i, (indent, width) in enumerate([(0, 40), (8, 32), (8, 28), (0, 40), (8, 30)]):
    y = 48 + i * 11
    rect(40 + indent, y, 40 + indent + width, y + 4, GRAY)
rect(40, 48, 44, 52, GOLD)
rect(40, 81, 44, 85, GOLD)

raw = b''.join(b'\x00' + bytes(c for p in row for c in p) for row in pixels)
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
pathlib.Path(__file__).resolve().parent.parent.joinpath('images', 'icon.png').write_bytes(png)
