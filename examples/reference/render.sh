#!/usr/bin/env bash
# Renders the picture in examples/reference/README.md from the real output: the chart "Cost of a contact
# hour, line by line" of the workbook that `carecoop cost` writes for the Homecare Association years.
# Needs LibreOffice (soffice), poppler-utils (pdfinfo, pdftotext, pdftoppm) and ImageMagick (convert), and the
# Carlito font (Debian fonts-crosextra-carlito), as docs/images/render.sh does.
# Run from anywhere: examples/reference/render.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/carecoop" cost "$root/scenarios/hca-minimum-price-2023-27.yaml" -o "$work/reference.xlsx" >/dev/null
# a throwaway LibreOffice profile, so a running LibreOffice or the user's settings play no part
(cd "$work" && soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf reference.xlsx >/dev/null 2>&1)

# the page with the chart, and the height of its title ("Cost of a contact hour, line by line") in points
. "$here/../render-helpers.sh"
page="" top=""
for n in $(seq 1 "$(pdf_pages "$work/reference.pdf")"); do
  top="$(word_pair_top "$work/reference.pdf" "$n" "hour," "line")"
  if [ -n "$top" ]; then page="$n"; break; fi
done
[ -n "$page" ] || { echo "no chart titled 'Cost of a contact hour, line by line'" >&2; exit 1; }

# A4 landscape at 100 dpi: 1170 x 827 pixels; the chart starts a little above its title and is 320 pixels tall
pdftoppm -r 100 -png -singlefile -f "$page" -l "$page" "$work/reference.pdf" "$work/page"
y="$(awk -v t="$top" 'BEGIN { y = int(t * 100 / 72) - 25; print (y < 0 ? 0 : y) }')"
convert "$work/page.png" -crop "1170x320+0+$y" +repage -trim +repage -bordercolor white -border 8 \
    +dither -colors 48 "PNG8:$here/cost-by-year.png"
ls -l "$here/cost-by-year.png"
