"""Baseline for the snapshot benchmark: QGIS renders the same Kreis Düren project into a
3840x2160 PNG (fills, outlines, municipality labels), as a whole process.

    QT_QPA_PLATFORM=offscreen python3 tests/bench/qgis_snapshot.py PROJECT.gpkg OUT.png
"""
import os
import sys

from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings,
                       QgsPalLayerSettings, QgsVectorLayer, QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

project, out = sys.argv[1], sys.argv[2]
app = QgsApplication([], False)
app.initQgis()
layers = []
for name, fill in (("gemeinden", "#a9cbe9"), ("kreis", None), ("nachbarkreise", "#e4e4e0")):
    layer = QgsVectorLayer(f"{project}|layername={name}", name, "ogr")
    symbol = layer.renderer().symbol()
    if fill:
        symbol.setColor(QColor(fill))
    else:
        symbol.setColor(QColor(0, 0, 0, 0))
        symbol.symbolLayer(0).setStrokeWidth(1.2)
    if name == "gemeinden":
        labels = QgsPalLayerSettings()
        labels.fieldName = "name"
        layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
        layer.setLabelsEnabled(True)
    layers.append(layer)
settings = QgsMapSettings()
settings.setLayers([layers[1], layers[0], layers[2]])
settings.setDestinationCrs(layers[0].crs())
settings.setOutputSize(QSize(3840, 2160))
settings.setExtent(layers[1].extent().buffered(2000))
settings.setBackgroundColor(QColor("#f4f6f7"))
job = QgsMapRendererParallelJob(settings)
job.start()
job.waitForFinished()
if not job.renderedImage().save(out, "png"):
    sys.exit(f"cannot write {out}")
# QGIS 3.22 crashes in its Python teardown; leave without it (that only flatters the baseline).
os._exit(0)
