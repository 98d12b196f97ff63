#!/usr/bin/env python3
"""Renders a terminal capture with ANSI colours (tmux capture-pane -e -p) to a PNG.

Usage: tmux capture-pane -e -p -t SESSION | scripts/ansi2png.py OUT.png
Needs Pillow and the DejaVu Sans Mono font (Debian: fonts-dejavu-core).
"""
import re
import sys

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
BASE = [(0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16), (36, 114, 200), (188, 63, 188), (17, 168, 205), (229, 229, 229)]
BRIGHT = [(102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67), (59, 142, 234), (214, 112, 214), (41, 184, 219), (255, 255, 255)]
DEFAULT_FG, DEFAULT_BG = (212, 212, 212), (30, 30, 30)


def xterm256(n):
    if n < 8:
        return BASE[n]
    if n < 16:
        return BRIGHT[n - 8]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return (v, v, v)


def parse(line, state):
    cells = []
    for part in re.split(r"(\x1b\[[0-9;:]*m)", line):
        if part.startswith("\x1b["):
            codes = [int(c) if c else 0 for c in re.split(r"[;:]", part[2:-1])] or [0]
            i = 0
            while i < len(codes):
                c = codes[i]
                if c == 0:
                    state.update(fg=DEFAULT_FG, bg=DEFAULT_BG, bold=False, ul=False)
                elif c == 1:
                    state["bold"] = True
                elif c == 4:
                    state["ul"] = True
                elif c in (22,):
                    state["bold"] = False
                elif c == 24:
                    state["ul"] = False
                elif 30 <= c <= 37:
                    state["fg"] = BASE[c - 30]
                elif 90 <= c <= 97:
                    state["fg"] = BRIGHT[c - 90]
                elif 40 <= c <= 47:
                    state["bg"] = BASE[c - 40]
                elif 100 <= c <= 107:
                    state["bg"] = BRIGHT[c - 100]
                elif c == 39:
                    state["fg"] = DEFAULT_FG
                elif c == 49:
                    state["bg"] = DEFAULT_BG
                elif c in (38, 48) and i + 1 < len(codes):
                    key = "fg" if c == 38 else "bg"
                    if codes[i + 1] == 5 and i + 2 < len(codes):
                        state[key] = xterm256(codes[i + 2])
                        i += 2
                    elif codes[i + 1] == 2 and i + 4 < len(codes):
                        state[key] = tuple(codes[i + 2 : i + 5])
                        i += 4
                i += 1
        else:
            for ch in part:
                cells.append((ch, dict(state)))
    return cells


def main():
    out = sys.argv[1]
    lines = sys.stdin.read().rstrip("\n").split("\n")
    font = ImageFont.truetype(FONT, 15)
    cw = int(font.getlength("M"))
    ch = 19
    cols = max(80, max(len(re.sub(r"\x1b\[[0-9;:]*m", "", l)) for l in lines))
    img = Image.new("RGB", (cols * cw + 20, len(lines) * ch + 20), DEFAULT_BG)
    draw = ImageDraw.Draw(img)
    state = dict(fg=DEFAULT_FG, bg=DEFAULT_BG, bold=False, ul=False)
    for row, line in enumerate(lines):
        for col, (c, st) in enumerate(parse(line, state)):
            x, y = 10 + col * cw, 10 + row * ch
            draw.rectangle([x, y, x + cw, y + ch], fill=st["bg"])
            draw.text((x, y + 1), c, font=font, fill=st["fg"])
            if st["ul"]:
                draw.line([x, y + ch - 2, x + cw, y + ch - 2], fill=st["fg"])
    img.save(out)


if __name__ == "__main__":
    main()
