#!/usr/bin/env bash
# Renders this walkthrough's picture from the real output of the command in README.md: the printed page of the
# Charter sheet that holds the costing and the fees, of the workbook `carecoop charter` writes, with LibreOffice
# headless.
# Needs LibreOffice (soffice), poppler-utils (pdftoppm, pdftotext, pdfinfo), ImageMagick (convert) and the
# Carlito font (Debian fonts-crosextra-carlito), as docs/images/render.sh does.
# Run from anywhere: examples/union/render.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/carecoop" charter "$root/scenarios/union-ethical-care-charter.yaml" --charter ethical-care-charter \
    -o "$work/charter.xlsx" >/dev/null 2>&1
# a throwaway LibreOffice profile, so a running LibreOffice or the user's settings play no part
(cd "$work" && soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf charter.xlsx \
    >/dev/null 2>&1)

# the page that holds the costing table, found by its heading
. "$here/../render-helpers.sh"
page=""
for n in $(seq 1 "$(pdf_pages "$work/charter.pdf")"); do
  if pdftotext -f "$n" -l "$n" "$work/charter.pdf" - | grep -q "^The cost of meeting the charter"; then page="$n"; break; fi
done
[ -n "$page" ] || { echo "no page of charter.pdf holds 'The cost of meeting the charter'" >&2; exit 1; }

# A4 landscape at 130 dpi (1520 x 1075 pixels), less the page footer; trimmed to what is printed
pdftoppm -r 130 -png -singlefile -f "$page" -l "$page" "$work/charter.pdf" "$work/page"
convert "$work/page.png" -crop 1520x1030+0+0 +repage -trim +repage -bordercolor white -border 8 \
    +dither -colors 48 "PNG8:$here/charter-sheet.png"
ls -l "$here/charter-sheet.png"
