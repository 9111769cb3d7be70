#!/usr/bin/env bash
# Renders this walkthrough's picture from the real output of the command in README.md: the chart "Where each 100
# of the council's spend goes" on the Commissioning sheet of the workbook `carecoop commission` writes, with
# LibreOffice headless.
# Needs LibreOffice (soffice), poppler-utils (pdftoppm, pdftotext, pdfinfo), ImageMagick (convert) and the
# Carlito font (Debian fonts-crosextra-carlito), as docs/images/render.sh does.
# Run from anywhere: examples/council/render.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/carecoop" commission "$root/scenarios/council-options-appraisal.yaml" -o "$work/appraisal.xlsx" >/dev/null 2>&1
# a throwaway LibreOffice profile, so a running LibreOffice or the user's settings play no part
(cd "$work" && soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf appraisal.xlsx \
    >/dev/null 2>&1)

# the page with both charts (where each 100 goes, then the fee per hour), and the height of the first one's
# title ("Where each 100 of ...") in points
. "$here/../render-helpers.sh"
page="" top=""
for n in $(seq 1 "$(pdf_pages "$work/appraisal.pdf")"); do
  pdftotext -f "$n" -l "$n" "$work/appraisal.pdf" - | grep -q "^Fee per hour each option needs" || continue
  top="$(word_pair_top "$work/appraisal.pdf" "$n" "Where" "each")"
  if [ -n "$top" ]; then page="$n"; break; fi
done
[ -n "$page" ] || { echo "no page of appraisal.pdf has the chart 'Where each 100 of the council's spend goes'" >&2; exit 1; }

# A4 landscape at 100 dpi: 1170 x 827 pixels; the chart's box starts just above its title and ends about 205 pixels below
pdftoppm -r 100 -png -singlefile -f "$page" -l "$page" "$work/appraisal.pdf" "$work/page"
y="$(awk -v t="$top" 'BEGIN { y = int(t * 100 / 72) - 12; print (y < 0 ? 0 : y) }')"
convert "$work/page.png" -crop "1170x210+0+$y" +repage -trim +repage -bordercolor white -border 8 \
    +dither -colors 48 "PNG8:$here/where-each-100-goes.png"
ls -l "$here/where-each-100-goes.png"
