#!/usr/bin/env bash
# Regenerates the app icons in src-tauri/icons (committed; run only when the design changes).
# Tauri needs RGBA PNGs (colour type 6), hence the PNG32: prefix. Uses Debian's real ImageMagick
# (/usr/bin/convert), not a stand-in that may sit earlier on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src-tauri/icons
font=/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf
mkdir -p "$out"
/usr/bin/convert -size 512x512 xc:none \
  -fill '#1d4e89' -draw 'roundrectangle 16,16 495,495 96,96' \
  -fill '#f2c14e' -draw 'rectangle 112,400 400,424' \
  -font "$font" -fill white -pointsize 330 -gravity center -annotate +0-20 '§' \
  PNG32:"$out/icon.png"
for size in 32 128; do
  /usr/bin/convert "$out/icon.png" -resize "${size}x${size}" PNG32:"$out/${size}x${size}.png"
done
/usr/bin/convert "$out/icon.png" -resize 256x256 PNG32:"$out/128x128@2x.png"
