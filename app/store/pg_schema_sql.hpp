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
    db_rolle text UNIQUE,
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now());
CREATE TABLE bewertungen (
    mitglied_id bigint NOT NULL REFERENCES mitglieder (id) ON DELETE CASCADE,
    bewerbung_id bigint NOT NULL,  -- kept when the application goes, so that its undo restores them
    kriterium text NOT NULL,
    wert integer NOT NULL CHECK (wert BETWEEN 0 AND 5),
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (mitglied_id, bewerbung_id, kriterium));
CREATE TABLE befangenheit (
    mitglied_id bigint NOT NULL REFERENCES mitglieder (id) ON DELETE CASCADE,
    bewerbung_id bigint NOT NULL,
    geaendert_von text NOT NULL DEFAULT '', geaendert_utc timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (mitglied_id, bewerbung_id));
CREATE TABLE entscheidung (
    id integer PRIMARY KEY CHECK (id = 1), einstellungen jsonb NOT NULL, auswahl jsonb,
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now());
CREATE TABLE audit_log (
    id bigint PRIMARY KEY, zeit_utc text NOT NULL, benutzer text NOT NULL, aktion text NOT NULL,
    objekt text NOT NULL, vorher text NOT NULL, nachher text NOT NULL, prev_hash text NOT NULL,
    hash text NOT NULL, db_rolle text NOT NULL DEFAULT session_user);
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

// Who may do what (blind scoring enforced by the server). Two group roles per project:
// {M} holds every member's database role (the chair's too), {V} the chair's. A member reads all but other
// members' scores (and the audit entries that hold them) until the chair reveals them, writes
// only their own scores, and cannot reveal, change the members or their database roles. The
// project's owner (who published it) is no member and sees everything. {S} is the schema.
// Referential cascades (a member or application removed) bypass row security, as they should.
inline constexpr const char* kPgAccess = R"sql(
CREATE FUNCTION bk_aufgedeckt() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = {S}, pg_temp AS $$
    SELECT NOT coalesce((einstellungen->>'blind')::boolean, true)
           OR coalesce((einstellungen->>'aufgedeckt')::boolean, false)
    FROM entscheidung WHERE id = 1 $$;
CREATE FUNCTION bk_eigenes_mitglied(mitglied bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = {S}, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM mitglieder WHERE id = mitglied AND db_rolle = session_user) $$;
-- A member (the chair too) sees only their own scores until the reveal; the owner and
-- superusers are no members.
CREATE FUNCTION bk_ist_mitglied() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, '{Mname}', 'MEMBER')
           AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) $$;
CREATE FUNCTION bk_ist_vorsitz() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, '{Vname}', 'MEMBER') $$;

ALTER TABLE bewertungen ENABLE ROW LEVEL SECURITY;
CREATE POLICY lesen ON bewertungen FOR SELECT
    USING (NOT bk_ist_mitglied() OR bk_eigenes_mitglied(mitglied_id) OR bk_aufgedeckt());
CREATE POLICY anlegen ON bewertungen FOR INSERT WITH CHECK (NOT bk_ist_mitglied() OR bk_eigenes_mitglied(mitglied_id));
CREATE POLICY aendern ON bewertungen FOR UPDATE
    USING (NOT bk_ist_mitglied() OR bk_eigenes_mitglied(mitglied_id))
    WITH CHECK (NOT bk_ist_mitglied() OR bk_eigenes_mitglied(mitglied_id));
CREATE POLICY loeschen ON bewertungen FOR DELETE USING (NOT bk_ist_mitglied() OR bk_eigenes_mitglied(mitglied_id));

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY lesen ON audit_log FOR SELECT
    USING (NOT bk_ist_mitglied() OR db_rolle = session_user OR bk_aufgedeckt()
           OR NOT (vorher LIKE '%"bewertungen":%' OR nachher LIKE '%"bewertungen":%'));
CREATE POLICY anfuegen ON audit_log FOR INSERT WITH CHECK (db_rolle = session_user);

CREATE FUNCTION bk_aufdecken_pruefen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF ((NEW.einstellungen->'aufgedeckt') IS DISTINCT FROM (OLD.einstellungen->'aufgedeckt')
        OR (NEW.einstellungen->'blind') IS DISTINCT FROM (OLD.einstellungen->'blind'))
       AND bk_ist_mitglied() AND NOT bk_ist_vorsitz() THEN
        RAISE EXCEPTION 'only the chair reveals the scores' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER aufdecken_pruefen BEFORE UPDATE ON entscheidung
    FOR EACH ROW EXECUTE FUNCTION bk_aufdecken_pruefen();

-- The chain as the owner sees it, for verify by a member who cannot read every entry: per
-- entry whether its hash covers its fields and follows the entry before it; no contents.
CREATE FUNCTION bk_kette_pruefen() RETURNS TABLE (id bigint, zeit_utc text, aktion text,
    eintrag_ok boolean, kette_ok boolean) LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = {S}, pg_temp AS $$
    SELECT a.id, a.zeit_utc, a.aktion,
           a.hash = encode(sha256(convert_to(a.prev_hash || E'\n' || a.zeit_utc || E'\n' || a.benutzer
               || E'\n' || a.aktion || E'\n' || a.objekt || E'\n' || a.vorher || E'\n' || a.nachher, 'UTF8')), 'hex'),
           a.prev_hash = coalesce(lag(a.hash) OVER (ORDER BY a.id), repeat('0', 64))
    FROM audit_log a ORDER BY a.id $$;

GRANT USAGE ON SCHEMA {S} TO {M}, {V};
GRANT SELECT ON ALL TABLES IN SCHEMA {S} TO {M}, {V};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {S} TO {M}, {V};
GRANT INSERT, UPDATE, DELETE ON bewerbungen, standorte, bewertungen, befangenheit TO {M}, {V};
GRANT UPDATE ON ausschreibung, entscheidung, audit_kopf TO {M}, {V};
GRANT INSERT ON audit_log TO {M}, {V};
GRANT INSERT, UPDATE ON ansicht TO {M}, {V};
GRANT INSERT (id, name, rolle, geaendert_von), UPDATE (name, rolle, version, geaendert_von, geaendert_utc),
    DELETE ON mitglieder TO {V};
GRANT EXECUTE ON FUNCTION bk_aufgedeckt(), bk_eigenes_mitglied(bigint), bk_ist_mitglied(),
    bk_ist_vorsitz(), bk_kette_pruefen() TO {M}, {V};
)sql";

// Schema 3: the funding after the decision (funding.hpp), as in the GeoPackage, each row with its
// version; created with the project, or added to a schema 2 project on the first writable open by
// a role that may. Members and the chair may enter offers, invoices, agreements and the note.
inline constexpr const char* kPgCreateFundingTables = R"sql(
CREATE TABLE angebote (
    id bigint PRIMARY KEY, bewerbung_id bigint NOT NULL, daten jsonb NOT NULL,
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now());
CREATE TABLE rechnungen (
    id bigint PRIMARY KEY, bewerbung_id bigint NOT NULL, nummer text NOT NULL UNIQUE, daten jsonb NOT NULL,
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now());
CREATE TABLE vertraege (
    bewerbung_id bigint PRIMARY KEY, daten jsonb NOT NULL,
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now());
CREATE TABLE dokumente (sha256 text PRIMARY KEY, name text NOT NULL, daten bytea NOT NULL);
CREATE TABLE vermerk (
    id integer PRIMARY KEY CHECK (id = 1), text text NOT NULL,
    version bigint NOT NULL DEFAULT 1, geaendert_von text NOT NULL DEFAULT '',
    geaendert_utc timestamptz NOT NULL DEFAULT now());
)sql";
inline constexpr const char* kPgFundingAccess = R"sql(
GRANT SELECT, INSERT, UPDATE, DELETE ON angebote, rechnungen, vertraege, vermerk TO {M}, {V};
GRANT SELECT, INSERT ON dokumente TO {M}, {V};
)sql";

}  // namespace store::sql
