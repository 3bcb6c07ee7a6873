#!/bin/sh
# Writes the Office fixtures of test/pipeline/formats.test.ts with LibreOffice (Debian:
# libreoffice-writer-nogui, libreoffice-calc-nogui), a tool zhengce did not write, from the two
# sources beside them: notice.fodt (a notice whose 一、/（一） labels are LibreOffice list numbering,
# so the .docx carries w:numPr and the .doc loses them) and table.html (a 任务分工表 with a
# rowspan cell, so the spreadsheets carry a merged range). The outputs are committed; tests do not
# need LibreOffice.
set -eu
cd "$(dirname "$0")/../test/fixtures/office"
soffice --headless --convert-to docx:"MS Word 2007 XML" notice.fodt
soffice --headless --convert-to doc:"MS Word 97" notice.fodt
soffice --headless --calc --convert-to xlsx table.html
soffice --headless --calc --convert-to xls:"MS Excel 97" table.html
# WPS Office (2005 and later) saves WPS 文字 documents in the Word 97 binary format under a .wps
# name: the same bytes stand for such a file.
cp notice.doc notice-wps2005.wps
