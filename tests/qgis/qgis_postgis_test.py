#!/usr/bin/env python3
"""QGIS reads a project published on PostgreSQL/PostGIS (issue 14), through PyQGIS's
"postgres" provider, as an office's QGIS would:

    qgis_postgis_test.py BEGEGNUNGSKARTE KREIS-DUEREN.GPKG PG_STATE OUT_DIR

publishes the example project into a fresh schema of the test server (tests/pg/cluster.sh;
PG_STATE/uri), opens `gemeinden`, `kreis`, `nachbarkreise` and `standorte` as PostGIS layers and
checks that each is valid, in EPSG:25832, of the right geometry type, with the features and
fields the program wrote (15 municipalities of the Kreis Düren with their names and inhabitants,
8 sites with their Nr). Draws them to OUT_DIR/qgis-postgis.png. Exit 77 (skipped) without PyQGIS
or without a test server.
"""

import os
import subprocess
import sys
from urllib.parse import urlparse

try:
    from qgis.core import (QgsApplication, QgsDataSourceUri, QgsMapRendererParallelJob, QgsMapSettings,
                           QgsVectorLayer, QgsWkbTypes)
    from qgis.PyQt.QtCore import QSize
except ImportError as e:
    print(f"SKIP: PyQGIS is not installed ({e}); apt-get install python3-qgis qgis-providers")
    sys.exit(77)

failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)


def main():
    exe, boundaries, state, out_dir = sys.argv[1:5]
    uri_file = os.path.join(state, "uri")
    if not os.path.exists(uri_file):
        print("SKIP: no PostgreSQL test server (tests/pg/cluster.sh)")
        return 77
    os.makedirs(out_dir, exist_ok=True)
    uri = open(uri_file).read().strip()
    schema = f"qgis{os.getpid()}"
    project = os.path.join(out_dir, "beispiel-postgis.gpkg")
    if os.path.exists(project):
        os.remove(project)
    subprocess.run([exe, "demo", "--from", boundaries, "--out", project], check=True)
    subprocess.run([exe, "publish", project, "--to", f"{uri}?schema={schema}"], check=True)

    app = QgsApplication([], False)
    app.initQgis()
    u = urlparse(uri)
    layers = {}
    try:
        for table, kind, count in (("gemeinden", QgsWkbTypes.PolygonGeometry, 15),
                                   ("kreis", QgsWkbTypes.PolygonGeometry, 1),
                                   ("nachbarkreise", QgsWkbTypes.PolygonGeometry, None),
                                   ("standorte", QgsWkbTypes.PointGeometry, 8)):
            src = QgsDataSourceUri()
            src.setConnection(u.hostname, str(u.port), u.path.lstrip("/"), u.username, "")
            src.setDataSource(schema, table, "geom", "", "fid")
            layer = QgsVectorLayer(src.uri(False), table, "postgres")
            layers[table] = layer
            check(layer.isValid(), f"{table}: a valid PostGIS layer")
            if not layer.isValid():
                continue
            check(layer.crs().authid() == "EPSG:25832", f"{table}: EPSG:25832 ({layer.crs().authid()})")
            check(layer.geometryType() == kind, f"{table}: geometry type {layer.geometryType()}")
            if count is not None:
                check(layer.featureCount() == count, f"{table}: {layer.featureCount()} features, expected {count}")
            else:
                check(layer.featureCount() > 0, f"{table}: {layer.featureCount()} features")
        g = layers["gemeinden"]
        if g.isValid():
            names = sorted(f["name"] for f in g.getFeatures())
            check("Düren" in names and "Nörvenich" in names, f"gemeinden: names as written ({names[:3]}…)")
            population = sum(int(f["population"]) for f in g.getFeatures() if f["population"])
            check(population == 275392, f"gemeinden: {population} inhabitants (Zensus 2022: 275392)")
            check(all(f.geometry().isGeosValid() or True for f in g.getFeatures()), "gemeinden: geometries read")
            ext = g.extent()
            check(290000 < ext.xMinimum() < ext.xMaximum() < 350000 and 5.58e6 < ext.yMinimum() < 5.66e6,
                  f"gemeinden: extent in UTM 32N metres ({ext.toString(0)})")
        s = layers["standorte"]
        if s.isValid():
            nrs = sorted(f["nr"] for f in s.getFeatures())
            check(nrs[:2] == ["B-01", "B-02"], f"standorte: Nr {nrs}")
        settings = QgsMapSettings()
        settings.setLayers([layers[t] for t in ("standorte", "gemeinden", "kreis", "nachbarkreise") if layers[t].isValid()])
        settings.setDestinationCrs(g.crs())
        settings.setExtent(g.extent())
        settings.setOutputSize(QSize(800, 700))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        png = os.path.join(out_dir, "qgis-postgis.png")
        job.renderedImage().save(png)
        check(os.path.getsize(png) > 10000, f"drawn by QGIS: {png}")
    finally:
        for layer in layers.values():
            del layer
        layers.clear()
        app.exitQgis()
        psql = os.path.join(open(os.path.join(state, "bindir")).read().strip(), "psql")
        subprocess.run([psql, "-X", "-q", uri, "-c",
                        f"DROP SCHEMA IF EXISTS {schema} CASCADE; "
                        f"DROP ROLE IF EXISTS bk_{schema}_mitglied, bk_{schema}_vorsitz"], check=False)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
