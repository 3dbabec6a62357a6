#!/usr/bin/env bash
# import_applications.sh CASE EXE BOUNDARY_PROJECT SOURCE_DIR WORK_DIR
# The import-applications command on a fresh copy of the Kreis Düren project. Every case that
# must not change the project compares its SHA-256 before and after, and checks that no backup
# or temporary file appeared next to it.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bad=$src/tests/cli/bewerbungen-fehlerhaft.csv
unchanged() {  # unchanged SHA: the project's bytes are as before, nothing beside it
    [[ $(sha256sum <"$project") == "$1" ]] || fail "the project file was changed"
    [[ $(ls -A "$work" | grep -v -e '^out.txt$' -e '^err.txt$' -e '^projekt.gpkg$') == "" ]] ||
        fail "files appeared next to the project: $(ls -A "$work")"
}

case $case in
ok)
    run import-applications "$project" "$example"
    [[ $rc -eq 0 ]] || fail "exit code $rc"
    expect_out "$project: 6 Bewerbungen aus $example importiert (jetzt 6 im Projekt; Protokoll: \"6 Bewerbungen importiert: bewerbungen-beispiel.csv\")"
    expect_out "OdB-2024-04  Vettweiß     Dorftreff im Pfarrheim (fiktiv): nicht förderfähig: Eingang per Post am 04.03.2024 nach der Frist 01.03.2024"
    expect_out "4 von 6 formal förderfähig"
    run verify "$project" --lang en
    grep -qE "OK \(schema [0-9]+, 6 applications, 1 audit entry, chain intact\)" <<<"$out" ||
        fail "verify after the import"
    # The same file again: every Nr is taken now; the project stays as it is.
    sha=$(sha256sum <"$project")
    run import-applications "$project" "$example"
    [[ $rc -eq 1 ]] || fail "second import: exit code $rc"
    expect_err "bewerbungen-beispiel.csv: Zeile 2, Spalte Nr: Nr „OdB-2024-01“ ist im Projekt schon vergeben"
    expect_err "bewerbungen-beispiel.csv: 6 Probleme; nichts importiert, $project ist unverändert"
    run import-applications "$project" "$example" --lang en
    [[ $rc -eq 1 ]] || fail "second import in English: exit code $rc"
    expect_err "bewerbungen-beispiel.csv: row 7, column Nr: Nr 'OdB-2024-06' is already in the project"
    expect_err "bewerbungen-beispiel.csv: 6 problems; nothing imported, $project is unchanged"
    [[ $(sha256sum <"$project") == "$sha" ]] || fail "the project file was changed"
    ;;
dry-run)
    sha=$(sha256sum <"$project")
    run import-applications "$project" "$example" --dry-run
    [[ $rc -eq 0 ]] || fail "exit code $rc"
    expect_out "bewerbungen-beispiel.csv: 6 Bewerbungen zu importieren (UTF-8, Trennzeichen ';'); Probelauf, $project ist unverändert"
    for nr in 01 02 03 04 05 06; do expect_out "  OdB-2024-$nr  "; done
    expect_out "OdB-2024-01  Düren        Stadtteilwohnzimmer Ost (fiktiv): förderfähig (formal)"
    expect_out "OdB-2024-05  Niederzier   Treffpunkt Unterkunft Am Beispielhof (fiktiv): nicht förderfähig: Formular unvollständig"
    expect_out "4 von 6 formal förderfähig"
    run import-applications "$project" "$example" --dry-run --lang en
    [[ $rc -eq 0 ]] || fail "English: exit code $rc"
    expect_out "bewerbungen-beispiel.csv: 6 applications to import (UTF-8, separator ';'); dry run, $project is unchanged"
    expect_out "OdB-2024-01  Düren        Stadtteilwohnzimmer Ost (fiktiv): eligible (formal)"
    expect_out "4 of 6 formally eligible"
    unchanged "$sha"
    ;;
bad)
    sha=$(sha256sum <"$project")
    run import-applications "$project" "$bad"
    [[ $rc -eq 1 ]] || fail "exit code $rc"
    expect_err "$bad: Zeile 3, Spalte Kommune: unbekannte Kommune „Dürren“; meinten Sie „Düren“?"
    expect_err "$bad: Zeile 4, Spalte Eingang Post: „31.02.2024“ ist kein Datum (TT.MM.JJJJ)"
    expect_err "$bad: 6 Probleme; nichts importiert, $project ist unverändert"
    [[ $(grep -c "Zeile " <<<"$err") -eq 6 ]] || fail "expected exactly 6 row problems"
    [[ -z $out ]] || fail "stdout not empty"
    run import-applications "$project" "$bad" --lang en
    [[ $rc -eq 1 ]] || fail "English: exit code $rc"
    expect_err "$bad: row 3, column Kommune: unknown municipality 'Dürren'; did you mean 'Düren'?"
    expect_err "$bad: row 4, column Akteure aktuell: '-2' is negative"
    expect_err "$bad: row 4, column Eingang Post: '31.02.2024' is not a date (dd.mm.yyyy)"
    expect_err "$bad: row 5, column Nr: Nr 'F-01' already in row 2"
    expect_err "$bad: row 5, column Breitengrad: site (52.52, 13.405) lies outside the district"
    expect_err "$bad: row 5, column Zielgruppen: unknown value 'Astronauten'"
    expect_err "$bad: 6 problems; nothing imported, $project is unchanged"
    [[ $(grep -c "row " <<<"$err") -eq 6 ]] || fail "expected exactly 6 row problems"
    unchanged "$sha"
    # A file that is missing or no spreadsheet.
    run import-applications "$project" "$work/fehlt.csv"
    [[ $rc -eq 1 ]] || fail "exit code $rc"
    expect_err "$work/fehlt.csv: Datei nicht gefunden"
    expect_err "$work/fehlt.csv: 1 Problem; nichts importiert"
    run import-applications "$project" "$work/fehlt.csv" --lang en
    expect_err "$work/fehlt.csv: file not found"
    run import-applications "$project" "$boundaries"
    [[ $rc -eq 1 ]] || fail "exit code $rc"
    expect_err "kreis-dueren.gpkg: keine CSV- oder XLSX-Datei"
    run import-applications "$project" "$boundaries" --lang en
    [[ $rc -eq 1 ]] || fail "exit code $rc"
    expect_err "kreis-dueren.gpkg: not a CSV or XLSX file"
    unchanged "$sha"
    ;;
locked)
    # Another instance holds the project (the same flock the window takes).
    sha=$(sha256sum <"$project")
    out=$(flock -x "$project" "$exe" import-applications "$project" "$example" 2>&1)
    rc=$?
    echo "$out"
    [[ $rc -eq 1 ]] || fail "exit code $rc"
    grep -qF "error: $project: Import nicht möglich, das Projekt ist nur lesend geöffnet (die Datei ist bereits in einem anderen Fenster geöffnet)" <<<"$out" ||
        fail "no message about the other instance"
    out=$(flock -x "$project" "$exe" import-applications "$project" "$example" --lang en 2>&1)
    rc=$?
    echo "$out"
    [[ $rc -eq 1 ]] || fail "English: exit code $rc"
    grep -qF "error: $project: cannot import, the project is open read-only (" <<<"$out" ||
        fail "no English message about the other instance"
    unchanged "$sha"
    ;;
read-only)
    [[ $(id -u) -ne 0 ]] || { echo "root may write any file: skipped"; exit 77; }
    chmod a-w "$project"
    sha=$(sha256sum <"$project")
    run import-applications "$project" "$example"
    [[ $rc -eq 1 ]] || fail "exit code $rc"
    expect_err "error: $project: Import nicht möglich, die Projektdatei ist schreibgeschützt"
    run import-applications "$project" "$example" --lang en
    chmod u+w "$project"
    [[ $rc -eq 1 ]] || fail "English: exit code $rc"
    expect_err "error: $project: cannot import, the project file is read-only"
    unchanged "$sha"
    ;;
not-a-project)
    run import-applications "$example" "$example"
    [[ $rc -eq 1 ]] || fail "exit code $rc"
    expect_err "error: $example: keine Projektdatei"
    ;;
*) fail "unknown case $case" ;;
esac
echo PASS
