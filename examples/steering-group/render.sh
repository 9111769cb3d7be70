#!/usr/bin/env bash
# Renders this walkthrough's pictures from the real output of the commands in README.md: the cash
# chart of the plan's workbook and the fan chart of the Monte Carlo workbook, with LibreOffice headless.
# Needs LibreOffice (soffice), poppler-utils (pdftoppm, pdftotext, pdfinfo), ImageMagick (convert) and
# the Carlito font (Debian fonts-crosextra-carlito), as docs/images/render.sh does.
# Run from anywhere: examples/steering-group/render.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/carecoop" run "$root/scenarios/start-up-worker-coop.yaml" -o "$work/start-up.xlsx" >/dev/null 2>&1
"$root/carecoop" simulate "$root/scenarios/start-up-worker-coop.yaml" --iterations 2000 --seed 1 \
    -o "$work/monte-carlo.xlsx" >/dev/null 2>&1
# a throwaway LibreOffice profile, so a running LibreOffice or the user's settings play no part
(cd "$work" && soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
    start-up.xlsx monte-carlo.xlsx >/dev/null 2>&1)

# the first page of a sheet, found by the title the sheet starts with (as docs/images/render.sh does)
first_page() {
  local pdf="$1" title="$2" pages n
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  for n in $(seq 1 "$pages"); do
    if pdftotext -f "$n" -l "$n" "$pdf" - | head -1 | grep -q ": $title\$"; then echo "$n"; return; fi
  done
  echo "no page of $pdf titled '$title'" >&2; exit 1
}
# the page whose first chart (the line after the sheet's title, subtitle and a blank) starts with a phrase
chart_page() {
  local pdf="$1" phrase="$2" pages n
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  for n in $(seq 1 "$pages"); do
    if pdftotext -f "$n" -l "$n" "$pdf" - | sed -n '4p' | grep -q "^$phrase"; then echo "$n"; return; fi
  done
  echo "no page of $pdf starts with the chart '$phrase'" >&2; exit 1
}
charts="$(first_page "$work/start-up.pdf" charts)"
fan="$(chart_page "$work/monte-carlo.pdf" "Cash at the end of each month")"
# A4 landscape at 100 dpi: 1170 x 827 pixels; each chart is the box below its sheet's title
pdftoppm -r 100 -png -singlefile -f "$charts" -l "$charts" "$work/start-up.pdf" "$work/charts"
pdftoppm -r 100 -png -singlefile -f "$fan" -l "$fan" "$work/monte-carlo.pdf" "$work/fan"
convert "$work/charts.png" -crop 1170x320+0+92 +repage -trim +repage -bordercolor white -border 8 \
    +dither -colors 48 "PNG8:$here/cash-chart.png"
convert "$work/fan.png" -crop 1170x362+0+82 +repage -trim +repage -bordercolor white -border 8 \
    +dither -colors 48 "PNG8:$here/monte-carlo-fan.png"
ls -l "$here"/cash-chart.png "$here"/monte-carlo-fan.png
