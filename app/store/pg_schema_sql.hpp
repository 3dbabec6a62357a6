#pragma once
// The tables of a project schema on PostgreSQL/PostGIS (pg_store.hpp), created inside the
// schema (search_path set to it, then public for PostGIS). Names as in the GeoPackage.
// Every row the program edits carries a version, who changed it (the member's name as the
// program knows it) and when; vorher/nachher of the audit log are text, not jsonb, because the
// hash covers their exact bytes.

namespace store::sql {

inline constexpr const char* kPgCreateTables = R"sql(
CREATE TABLE bk_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE datenquellen (
    fid serial PRIMARY KEY, layer text, quelle text, stand text, lizenz text, namensnennung text);
CREATE TABLE gemeinden (
    fid serial PRIMARY KEY, ags text NOT NULL, name text, bez text, population bigint,
    area_km2 double precision, geom geometry(MultiPolygon, 25832) NOT NULL);
CREATE INDEX gemeinden_geom ON gemeinden USING gist (geom);
CREATE TABLE kreis (
    fid serial PRIMARY KEY, ags text, name text, bez text, geom geometry(MultiPolygon, 25832) NOT NULL);
CREATE TABLE nachbarkreise (
    fid serial PRIMARY KEY, ags text, name text, bez text, geom geometry(MultiPolygon, 25832) NOT NULL);
CREATE INDEX nachbarkreise_geom ON nachbarkreise USING gist (geom);
CREATE TABLE ausschreibung (
    id integer PRIMARY KEY CHECK (id = 1), daten jsonb NOT NULL,
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now());
CREATE TABLE bewerbungen (
    id bigint PRIMARY KEY, nr text NOT NULL UNIQUE, daten jsonb NOT NULL,
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now());
CREATE TABLE standorte (
    fid serial PRIMARY KEY,
    bewerbung_id bigint NOT NULL UNIQUE REFERENCES bewerbungen (id) ON DELETE CASCADE,
    nr text NOT NULL, titel text, kommune_ags text, status text,
    geom geometry(Point, 25832) NOT NULL);
CREATE INDEX standorte_geom ON standorte USING gist (geom);
CREATE TABLE mitglieder (
    id bigint PRIMARY KEY, name text NOT NULL, rolle text NOT NULL,
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now());
CREATE TABLE bewertungen (
    mitglied_id bigint NOT NULL, bewerbung_id bigint NOT NULL, kriterium text NOT NULL,
    wert integer NOT NULL CHECK (wert BETWEEN 0 AND 5),
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (mitglied_id, bewerbung_id, kriterium));
CREATE TABLE befangenheit (
    mitglied_id bigint NOT NULL, bewerbung_id bigint NOT NULL,
    geaendert_von text NOT NULL DEFAULT '', geaendert_utc timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (mitglied_id, bewerbung_id));
CREATE TABLE entscheidung (
    id integer PRIMARY KEY CHECK (id = 1), einstellungen jsonb NOT NULL, auswahl jsonb,
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now());
CREATE TABLE audit_log (
    id bigint PRIMARY KEY, zeit_utc text NOT NULL, benutzer text NOT NULL, aktion text NOT NULL,
    objekt text NOT NULL, vorher text NOT NULL, nachher text NOT NULL, prev_hash text NOT NULL,
    hash text NOT NULL, db_rolle text NOT NULL DEFAULT current_user);
CREATE TABLE audit_kopf (
    id integer PRIMARY KEY CHECK (id = 1), letzte_id bigint NOT NULL, hash text NOT NULL);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TABLE ansicht (key text PRIMARY KEY, value text NOT NULL);
COMMENT ON TABLE gemeinden IS 'Gemeinden (BKG VG250, EPSG:25832)';
COMMENT ON TABLE standorte IS 'Standorte der Bewerbungen';
COMMENT ON TABLE audit_log IS 'Protokoll aller Änderungen (Hash-Kette, nur Anfügen)';
)sql";

}  // namespace store::sql
