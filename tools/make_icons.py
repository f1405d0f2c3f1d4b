"""Draw the application icon and the sample letterhead logo with Pillow.

Run once from the repository root; the generated files are committed:

    python tools/make_icons.py

writes
    resources/icons/wfh-desktop.png   256 x 256 application icon
    resources/icons/wfh-desktop.ico   the same at 16 ... 256 px (Windows executable icon)
    resources/logo/logo-contoh.png    a neutral sample emblem for the letterhead (kop); not
                                      the coat of arms of any real government

Shapes are drawn at 4x size and scaled down, which gives smooth edges without any font or
image file.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SCALE = 4

TEAL = (0, 128, 128, 255)
TEAL_DARK = (0, 92, 92, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)
NAVY = (31, 58, 96, 255)
GOLD = (201, 162, 39, 255)


def _s(*values: float) -> list[int]:
    """Design units (on a 256 grid) to pixels of the 4x canvas."""
    return [round(v * SCALE) for v in values]


def app_icon() -> Image.Image:
    """Teal rounded square; a white house on the left half, a white office building on the
    right half, split by a thin vertical line: working from home or from the office."""
    size = 256
    img = Image.new("RGBA", (size * SCALE, size * SCALE), CLEAR)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle(_s(8, 8, 248, 248), radius=48 * SCALE, fill=TEAL)
    # the split
    d.rectangle(_s(126, 44, 130, 212), fill=TEAL_DARK)
    # ground line
    d.rounded_rectangle(_s(28, 196, 228, 204), radius=4 * SCALE, fill=WHITE)

    # house (left): roof triangle, body, door
    d.polygon(_s(26, 120, 72, 72, 118, 120), fill=WHITE)
    d.rectangle(_s(38, 116, 106, 196), fill=WHITE)
    d.rectangle(_s(62, 150, 82, 196), fill=TEAL)
    d.rectangle(_s(90, 80, 102, 104), fill=WHITE)  # chimney

    # office building (right): tall block with a grid of windows and an entrance
    d.rectangle(_s(144, 60, 224, 196), fill=WHITE)
    d.rectangle(_s(164, 48, 204, 60), fill=WHITE)
    for row in range(4):
        for col in range(3):
            x = 154 + col * 22
            y = 72 + row * 24
            d.rectangle(_s(x, y, x + 14, y + 14), fill=TEAL)
    d.rectangle(_s(174, 172, 194, 196), fill=TEAL)
    return img.resize((size, size), Image.LANCZOS)


def sample_logo() -> Image.Image:
    """A generic round emblem: a ring, a five-pillared public building under a rising sun.
    Deliberately plain, so nobody mistakes it for a real regional coat of arms."""
    size = 512
    img = Image.new("RGBA", (size * SCALE, size * SCALE), CLEAR)
    d = ImageDraw.Draw(img)
    d.ellipse(_s(16, 16, 496, 496), fill=NAVY)
    d.ellipse(_s(40, 40, 472, 472), fill=WHITE)
    d.ellipse(_s(56, 56, 456, 456), fill=NAVY)
    # rising sun with rays
    d.pieslice(_s(176, 110, 336, 270), 180, 360, fill=GOLD)
    for i in range(9):
        angle = 180 + 22.5 * i
        cx, cy = 256, 190
        r1, r2 = 96, 128
        a = math.radians(angle)
        d.line(_s(cx + r1 * math.cos(a), cy + r1 * math.sin(a),
                  cx + r2 * math.cos(a), cy + r2 * math.sin(a)), fill=GOLD, width=10 * SCALE)
    # building: pediment, architrave, five pillars, steps
    d.polygon(_s(136, 222, 256, 170, 376, 222), fill=WHITE)
    d.rectangle(_s(140, 222, 372, 240), fill=WHITE)
    for i in range(5):
        x = 156 + i * 44
        d.rectangle(_s(x, 250, x + 24, 354), fill=WHITE)
    d.rectangle(_s(132, 362, 380, 378), fill=WHITE)
    d.rectangle(_s(116, 386, 396, 402), fill=WHITE)
    return img.resize((size, size), Image.LANCZOS)


def main(root: Path = ROOT) -> int:
    icons = root / "resources" / "icons"
    logo = root / "resources" / "logo"
    icons.mkdir(parents=True, exist_ok=True)
    logo.mkdir(parents=True, exist_ok=True)

    icon = app_icon()
    icon.save(icons / "wfh-desktop.png", optimize=True)
    icon.save(icons / "wfh-desktop.ico",
              sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    sample_logo().save(logo / "logo-contoh.png", optimize=True)
    for path in (icons / "wfh-desktop.png", icons / "wfh-desktop.ico", logo / "logo-contoh.png"):
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
