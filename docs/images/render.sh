#!/usr/bin/env bash
# Renders the README's pictures of the main command's workbook: the Summary sheet and the cash chart.
# Needs LibreOffice (soffice), poppler-utils (pdftoppm) and ImageMagick (convert), and the Carlito font
# (Debian fonts-crosextra-carlito, metric-compatible with Calibri), so the pages look as they do in Excel.
# Run from anywhere: docs/images/render.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/carecoop" run "$root/scenarios/start-up-worker-coop.yaml" -o "$work/start-up.xlsx" >/dev/null
# a throwaway LibreOffice profile, so a running LibreOffice or the user's settings play no part
(cd "$work" && soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf start-up.xlsx >/dev/null 2>&1)

# the first page of a sheet, found by the title the sheet starts with
first_page() {
  local pages n
  pages="$(pdfinfo "$work/start-up.pdf" | awk '/^Pages:/ {print $2}')"
  for n in $(seq 1 "$pages"); do
    if pdftotext -f "$n" -l "$n" "$work/start-up.pdf" - | head -1 | grep -q ": $1\$"; then echo "$n"; return; fi
  done
  echo "no page titled '$1'" >&2; exit 1
}
summary="$(first_page summary)"
charts="$(first_page charts)"
# A4 landscape at 100 dpi: 1170 x 827 pixels
pdftoppm -r 100 -png -singlefile -f "$summary" -l "$summary" "$work/start-up.pdf" "$work/summary"
pdftoppm -r 100 -png -singlefile -f "$charts" -l "$charts" "$work/start-up.pdf" "$work/charts"
# the Summary page without its footer; the cash chart is the box below the Charts sheet's title
convert "$work/summary.png" -crop 1170x770+0+0 +repage -trim +repage -bordercolor white -border 12 \
    +dither -colors 48 "PNG8:$here/summary-sheet.png"
convert "$work/charts.png" -crop 1170x320+0+92 +repage -trim +repage -bordercolor white -border 8 \
    +dither -colors 48 "PNG8:$here/cash-chart.png"
ls -l "$here"/summary-sheet.png "$here"/cash-chart.png
