#!/usr/bin/env python3
"""The example project opened in QGIS (PyQGIS, python3-qgis): every layer comes up in the
program's style, loaded by QGIS itself from the GeoPackage's layer_styles table.

    qgis_styles_test.py BEGEGNUNGSKARTE KREIS-DUEREN.GPKG SOURCE_DIR OUT_DIR

makes the example project with `BEGEGNUNGSKARTE demo`, loads its layers with QgsVectorLayer
and checks renderer, classes, colours and labels against the program's colours, read from
app/map (map_style.hpp/.cpp, map_scene.cpp). Writes OUT_DIR/qgis.png, the layers drawn by QGIS.
Exit 77 (skipped) when `import qgis.core` fails; installs nothing.
"""

import os
import re
import subprocess
import sys

try:
    from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
except ImportError as e:  # noqa: F841
    print(f"SKIP: PyQGIS is not installed ({e}); apt-get install python3-qgis qgis-providers")
    sys.exit(77)

failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)


def hex_colour(source, pattern):
    m = re.search(pattern, source)
    if not m:
        sys.exit(f"error: the colour '{pattern}' is no longer in the source; update this test")
    return QColor("#" + m.group(1)).name()


def main():
    exe, base_project, source_dir, out_dir = sys.argv[1:5]
    os.makedirs(out_dir, exist_ok=True)
    project = os.path.join(out_dir, "beispiel.gpkg")
    if os.path.exists(project):
        os.remove(project)
    subprocess.run([exe, "demo", "--from", base_project, "--out", project], check=True)

    # The program's colours, from its source (the one place they are defined).
    with open(os.path.join(source_dir, "app/map/map_style.hpp"), encoding="utf-8") as f:
        style_hpp = f.read()
    with open(os.path.join(source_dir, "app/map/map_style.cpp"), encoding="utf-8") as f:
        style_cpp = f.read()
    with open(os.path.join(source_dir, "app/map/map_scene.cpp"), encoding="utf-8") as f:
        scene_cpp = f.read()
    neighbour_fill = hex_colour(style_hpp, r"kNeighbourFill = Rgba::hex\(0x([0-9A-Fa-f]{6})\)")
    district_outline = hex_colour(style_hpp, r"Rgba districtOutline = Rgba::hex\(0x([0-9A-Fa-f]{6})\)")
    chosen = hex_colour(style_cpp, r"Status::Ausgewaehlt: return \{MarkerShape::TriangleUp, Rgba::hex\(0x([0-9A-Fa-f]{6})\)")
    # The municipality palette: Tol's light colours mixed 40 % towards white (map_scene.cpp).
    tol = re.search(r"for \(std::uint32_t c : \{([^}]*)\}", scene_cpp).group(1)
    palette = set()
    for h in re.findall(r"0x([0-9A-Fa-f]{6})", tol):
        rgb = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        palette.add(QColor(*[round((v + (1 - v) * 0.4) * 255) for v in rgb]).name())

    qgs = QgsApplication([], False)
    qgs.initQgis()
    # QGIS's simple marker "triangle" (Qgis.MarkerShape.Triangle; an int before QGIS 3.24).
    try:
        from qgis.core import Qgis
        triangle = Qgis.MarkerShape.Triangle
    except (ImportError, AttributeError):
        from qgis.core import QgsSimpleMarkerSymbolLayerBase
        triangle = QgsSimpleMarkerSymbolLayerBase.Triangle
    layers = {}
    for name in ("gemeinden", "kreis", "nachbarkreise", "standorte"):
        layer = QgsVectorLayer(f"{project}|layername={name}", name, "ogr")
        check(layer.isValid(), f"{name}: QGIS opens the layer")
        if not layer.isValid():
            continue
        layers[name] = layer

    g = layers.get("gemeinden")
    if g:
        r = g.renderer()
        check(r.type() == "categorizedSymbol", f"gemeinden: renderer {r.type()} is categorizedSymbol")
        if r.type() == "categorizedSymbol":
            check(r.classAttribute() == "ags", "gemeinden: classes by AGS")
            cats = r.categories()
            check(len(cats) == 15, f"gemeinden: {len(cats)} classes, one per municipality (15)")
            colours = {c.symbol().color().name() for c in cats}
            check(colours <= palette, f"gemeinden: fills {sorted(colours)} from the program's palette")
            check(len(colours) >= 3, "gemeinden: neighbouring municipalities in different colours")
            check(any(c.label() == "Düren" for c in cats), "gemeinden: the legend names the municipalities")
        check(g.labelsEnabled() and g.labeling().settings().fieldName == "name", "gemeinden: labelled by name")

    k = layers.get("kreis")
    if k:
        r = k.renderer()
        check(r.type() == "singleSymbol", f"kreis: renderer {r.type()} is singleSymbol")
        if r.type() == "singleSymbol":
            sl = r.symbol().symbolLayer(0)
            check(sl.strokeColor().name() == district_outline,
                  f"kreis: outline {sl.strokeColor().name()} is the program's {district_outline}")
            check(sl.brushStyle() == 0, "kreis: not filled (outline only)")

    n = layers.get("nachbarkreise")
    if n:
        r = n.renderer()
        check(r.type() == "singleSymbol", f"nachbarkreise: renderer {r.type()} is singleSymbol")
        if r.type() == "singleSymbol":
            c = r.symbol().color().name()
            check(c == neighbour_fill, f"nachbarkreise: fill {c} is the program's grey {neighbour_fill}")
        check(n.labelsEnabled() and n.labeling().settings().fieldName == "name", "nachbarkreise: labelled by name")

    s = layers.get("standorte")
    if s:
        check(s.featureCount() == 8, f"standorte: {s.featureCount()} sites of the example (8)")
        r = s.renderer()
        check(r.type() == "categorizedSymbol", f"standorte: renderer {r.type()} is categorizedSymbol")
        if r.type() == "categorizedSymbol":
            check(r.classAttribute() == "status", "standorte: classes by status")
            # The status as the project stores it (domain::label, lower case).
            # categories() returns copies: keep them alive while their symbols are in use.
            categories = r.categories()
            by_status = {str(c.value()).casefold(): c.symbol() for c in categories}
            sym = by_status.get("ausgewählt")
            check(sym is not None and sym.color().name() == chosen,
                  f"standorte: 'Ausgewählt' in the program's {chosen}")
            if sym is not None:
                check(sym.symbolLayer(0).shape() == triangle and sym.symbolLayer(0).angle() == 0,
                      "standorte: 'Ausgewählt' is the triangle pointing up")
            down = by_status.get("abgelehnt")
            check(down is not None and down.symbolLayer(0).shape() == triangle and
                  down.symbolLayer(0).angle() == 180,
                  "standorte: 'Abgelehnt' is the triangle pointing down")
            check(len(by_status) == 6, f"standorte: {len(by_status)} statuses (6)")
        check(s.labelsEnabled() and s.labeling().settings().fieldName == "nr", "standorte: labelled by Nr")

    # The picture QGIS draws of it, to look at.
    if len(layers) == 4:
        settings = QgsMapSettings()
        settings.setLayers([layers[x] for x in ("standorte", "kreis", "gemeinden", "nachbarkreise")])
        settings.setDestinationCrs(layers["kreis"].crs())
        settings.setExtent(layers["kreis"].extent().buffered(3000))
        settings.setOutputSize(QSize(1000, 1000))
        settings.setBackgroundColor(QColor("#F4F6F7"))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        job.renderedImage().save(os.path.join(out_dir, "qgis.png"))

    # Layers and renderers go before QGIS shuts down; otherwise Python frees them afterwards
    # and the process ends in a segmentation fault.
    layer = r = sym = down = categories = by_status = sl = g = k = n = s = job = settings = None  # noqa: F841
    layers.clear()
    qgs.exitQgis()
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
