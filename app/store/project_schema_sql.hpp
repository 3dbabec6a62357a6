#pragma once
// The SQL of the project file's own tables (schema version 1) and their GeoPackage
// registration, so that GDAL and QGIS list them.

namespace store::sql {

inline constexpr const char* kCreateTables = R"sql(
CREATE TABLE bk_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE ausschreibung (id INTEGER PRIMARY KEY CHECK (id = 1), daten TEXT NOT NULL);
CREATE TABLE standorte (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    geom POINT,
    bewerbung_id INTEGER NOT NULL UNIQUE,
    nr TEXT NOT NULL,
    titel TEXT,
    kommune_ags TEXT,
    status TEXT);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    zeit_utc TEXT NOT NULL,
    benutzer TEXT NOT NULL,
    aktion TEXT NOT NULL,
    objekt TEXT NOT NULL,
    vorher TEXT NOT NULL,
    nachher TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
    VALUES ('bewerbungen', 'attributes', 'bewerbungen', 'Bewerbungen', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
           ('ausschreibung', 'attributes', 'ausschreibung', 'Ausschreibung (JSON)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
           ('audit_log', 'attributes', 'audit_log', 'Protokoll aller Änderungen', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
    VALUES ('standorte', 'features', 'standorte', 'Standorte der Bewerbungen', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 25832);
INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
    VALUES ('standorte', 'geom', 'POINT', 25832, 0, 0);
)sql";

// Schema 2: the committee. Scores are kept per member, application and criterion; the
// settings and the recorded choice as JSON (see committee.hpp).
inline constexpr const char* kCreateCommitteeTables = R"sql(
CREATE TABLE mitglieder (id INTEGER PRIMARY KEY, name TEXT NOT NULL, rolle TEXT NOT NULL);
CREATE TABLE bewertungen (
    mitglied_id INTEGER NOT NULL,
    bewerbung_id INTEGER NOT NULL,
    kriterium TEXT NOT NULL,
    wert INTEGER NOT NULL CHECK (wert BETWEEN 0 AND 5),
    PRIMARY KEY (mitglied_id, bewerbung_id, kriterium));
CREATE TABLE befangenheit (
    mitglied_id INTEGER NOT NULL,
    bewerbung_id INTEGER NOT NULL,
    PRIMARY KEY (mitglied_id, bewerbung_id));
CREATE TABLE entscheidung (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    einstellungen TEXT NOT NULL,
    auswahl TEXT);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
    VALUES ('mitglieder', 'attributes', 'mitglieder', 'Mitglieder des Gremiums', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
           ('bewertungen', 'attributes', 'bewertungen', 'Bewertungen (0–5) je Mitglied, Bewerbung und Kriterium', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
           ('befangenheit', 'attributes', 'befangenheit', 'Befangenheit je Mitglied und Bewerbung', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
           ('entscheidung', 'attributes', 'entscheidung', 'Gewichte, Einstellungen und Auswahl (JSON)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
)sql";

// Schema 3: the funding after the decision (funding.hpp). Offers, invoices and agreements as JSON
// per row beside the keys the program looks them up by; the offers' PDFs by their SHA-256
// (a PDF once stored stays, so that undo and redo find it); the decision note as text.
inline constexpr const char* kCreateFundingTables = R"sql(
CREATE TABLE angebote (id INTEGER PRIMARY KEY, bewerbung_id INTEGER NOT NULL, daten TEXT NOT NULL);
CREATE TABLE rechnungen (
    id INTEGER PRIMARY KEY,
    bewerbung_id INTEGER NOT NULL,
    nummer TEXT NOT NULL UNIQUE,
    daten TEXT NOT NULL);
CREATE TABLE vertraege (bewerbung_id INTEGER PRIMARY KEY, daten TEXT NOT NULL);
CREATE TABLE dokumente (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, daten BLOB NOT NULL);
CREATE TABLE vermerk (id INTEGER PRIMARY KEY CHECK (id = 1), text TEXT NOT NULL);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
    VALUES ('angebote', 'attributes', 'angebote', 'Angebote je gefördertem Ort (JSON, Beträge in Cent)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
           ('rechnungen', 'attributes', 'rechnungen', 'Rechnungen je gefördertem Ort (JSON, Beträge in Cent)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
           ('vertraege', 'attributes', 'vertraege', 'Kooperationsverträge je gefördertem Ort (JSON)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
           ('dokumente', 'attributes', 'dokumente', 'PDF-Dateien der Angebote (nach SHA-256)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
           ('vermerk', 'attributes', 'vermerk', 'Vermerk zur Entscheidung', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
)sql";

}  // namespace store::sql
