# Shared by the walkthroughs' render.sh scripts (sourced, not run): finding things in the PDF that
# LibreOffice prints of a workbook. Needs poppler-utils (pdfinfo, pdftotext).

# pdf_pages PDF: how many pages it has
pdf_pages() {
  pdfinfo "$1" | awk '/^Pages:/ {print $2}'
}

# word_pair_top PDF PAGE FIRST SECOND: the top, in points, of the first place on PAGE where the word FIRST
# is followed by the word SECOND (a chart's title, say); nothing when there is none
word_pair_top() {
  pdftotext -f "$2" -l "$2" -bbox "$1" - | awk -F'"' -v first="$3" -v second="$4" '
    /<word/ { w = $0; sub(/.*">/, "", w); sub(/<\/word>.*/, "", w)
              if (prev == first && w == second && found == "") found = y
              prev = w; y = $4 }
    END { print found }'
}
