<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FoldingForm</name>
    <message>
        <location filename="../../ui/folding.py" line="51"/>
        <source>Show or hide the search settings</source>
        <translation>Sucheinstellungen ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/folding.py" line="62"/>
        <source>Help on this tab (opens the README)</source>
        <translation>Hilfe zu diesem Reiter (öffnet die README)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Aoi</name>
    <message>
        <location filename="../../ui/aoi_widget.py" line="56"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="58"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="30"/>
        <source>Selected features</source>
        <translation>Gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="31"/>
        <source>Map extent</source>
        <translation>Kartenausdehnung</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="32"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="58"/>
        <source>The area of interest crosses the 180° meridian, which {service} cannot take in one piece: draw it on one side of the meridian</source>
        <translation>Das Interessensgebiet überquert den 180°-Meridian, den {service} nicht in einem Stück annehmen kann: Zeichnen Sie es auf einer Seite des Meridians</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="73"/>
        <source>Point {x}, {y}</source>
        <translation>Punkt {x}, {y}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="76"/>
        <source>Point with {radius} m radius, {area}</source>
        <translation>Punkt mit {radius} m Radius, {area}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="79"/>
        <source>{kind}, {area}</source>
        <translation>{kind}, {area}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="84"/>
        <source>The area of interest is {area}, more than the {limit} {service} accepts: draw a smaller area</source>
        <translation>Das Interessensgebiet umfasst {area}, mehr als die {limit}, die {service} annimmt: Zeichnen Sie ein kleineres Gebiet</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="137"/>
        <source>The area of interest is empty: draw it again or select features</source>
        <translation>Das Interessensgebiet ist leer: Zeichnen Sie es erneut oder wählen Sie Objekte</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="140"/>
        <source>The area of interest must be a polygon: pick polygon features or draw a rectangle or polygon</source>
        <translation>Das Interessensgebiet muss ein Polygon sein: Wählen Sie Polygonobjekte oder zeichnen Sie ein Rechteck oder Polygon</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="146"/>
        <source>The area of interest crosses itself and cannot be repaired: draw it again without crossing edges</source>
        <translation>Das Interessensgebiet schneidet sich selbst und kann nicht repariert werden: Zeichnen Sie es ohne sich kreuzende Kanten neu</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="150"/>
        <source>The area of interest lies outside longitude -180…180 / latitude -90…90: check the layer's CRS</source>
        <translation>Das Interessensgebiet liegt außerhalb von Länge -180…180 / Breite -90…90: Prüfen Sie das KBS des Layers</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="154"/>
        <source>The area of interest has no area: draw a larger one</source>
        <translation>Das Interessensgebiet hat keine Fläche: Zeichnen Sie ein größeres</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="163"/>
        <source>The radius cannot be negative</source>
        <translation>Der Radius darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="166"/>
        <source>The point lies outside longitude/latitude bounds: check the CRS</source>
        <translation>Der Punkt liegt außerhalb der Längen-/Breitengrenzen: Prüfen Sie das KBS</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="182"/>
        <source>No features are selected in the active layer: select polygons first</source>
        <translation>Im aktiven Layer sind keine Objekte gewählt: Wählen Sie zuerst Polygone</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="29"/>
        <source>No area of interest yet: draw one or pick features.</source>
        <translation>Noch kein Interessensgebiet: Zeichnen Sie eines oder wählen Sie Objekte.</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="49"/>
        <source>Area of interest</source>
        <translation>Interessensgebiet</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="56"/>
        <source>Drag a rectangle on the map</source>
        <translation>Ziehen Sie ein Rechteck auf der Karte auf</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="58"/>
        <source>Click vertices on the map; right-click, double-click or Enter to finish; Backspace undoes a vertex; Esc cancels</source>
        <translation>Klicken Sie Stützpunkte auf der Karte; Rechtsklick, Doppelklick oder Eingabe zum Beenden; Rücktaste entfernt einen Stützpunkt; Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="62"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="62"/>
        <source>Click a point on the map; the radius makes it a circle</source>
        <translation>Klicken Sie einen Punkt auf der Karte; der Radius macht daraus einen Kreis</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="71"/>
        <source>Radius around the clicked point (0: the point itself)</source>
        <translation>Radius um den geklickten Punkt (0: der Punkt selbst)</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="72"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="72"/>
        <source>Use the selected polygons of the active layer</source>
        <translation>Die gewählten Polygone des aktiven Layers verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="74"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="74"/>
        <source>Use the visible map extent</source>
        <translation>Die sichtbare Kartenausdehnung verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="76"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="76"/>
        <source>Forget the area of interest</source>
        <translation>Das Interessensgebiet verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="88"/>
        <source>Point radius</source>
        <translation>Punktradius</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="143"/>
        <source>Select a polygon layer in the Layers panel first.</source>
        <translation>Wählen Sie zuerst einen Polygonlayer im Bedienfeld Layer.</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="193"/>
        <source>&lt;b&gt;{area}&lt;/b&gt; — still in use</source>
        <translation>&lt;b&gt;{area}&lt;/b&gt; — weiterhin in Gebrauch</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{service} search</source>
        <translation>{service}-Suche</translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation>Ein kleineres Gebiet oder engere Filter brauchen weniger Anfragen.</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Credentials</name>
    <message>
        <location filename="../../core/credentials.py" line="64"/>
        <source>No {service} credentials yet: add them in Imagery Hub settings</source>
        <translation>Noch keine Zugangsdaten für {service}: Fügen Sie sie in den Imagery-Hub-Einstellungen hinzu</translation>
    </message>
    <message>
        <location filename="../../core/credentials.py" line="75"/>
        <source>The QGIS Authentication Manager is locked: enter the master password to store credentials</source>
        <translation>Die QGIS-Authentifizierungsverwaltung ist gesperrt: Geben Sie das Master-Passwort ein, um Zugangsdaten zu speichern</translation>
    </message>
    <message>
        <location filename="../../core/credentials.py" line="86"/>
        <source>QGIS could not store the credentials in its Authentication Manager</source>
        <translation>QGIS konnte die Zugangsdaten nicht in seiner Authentifizierungsverwaltung speichern</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Downloads</name>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="42"/>
        <source>%Ln image(s) downloaded</source>
        <translation>
            <numerusform>%Ln Bild heruntergeladen</numerusform>
            <numerusform>%Ln Bilder heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="42"/>
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>%Ln Datei heruntergeladen</numerusform>
            <numerusform>%Ln Dateien heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="45"/>
        <source>{downloaded}, %Ln failed</source>
        <translation>
            <numerusform>{downloaded}, %Ln fehlgeschlagen</numerusform>
            <numerusform>{downloaded}, %Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/downloads.py" line="48"/>
        <source>{downloaded} (cancelled)</source>
        <translation>{downloaded} (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="63"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="67"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="71"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="73"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Maximale Wolkenbedeckung (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>Only scenes covering the whole area</source>
        <translation>Nur Szenen, die das ganze Gebiet abdecken</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>EOSDA scenes</source>
        <translation>EOSDA-Szenen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Scenes written</source>
        <translation>Geschriebene Szenen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="90"/>
        <source>Scenes found</source>
        <translation>Gefundene Szenen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>Scene (view id)</source>
        <translation>Szene (View-ID)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>Bands or index</source>
        <translation>Bänder oder Index</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="160"/>
        <source>Band expression</source>
        <translation>Bandausdruck</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="165"/>
        <source>Pixel size (m)</source>
        <translation>Pixelgröße (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="171"/>
        <source>Image format</source>
        <translation>Bildformat</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="176"/>
        <source>Colormap id</source>
        <translation>Farbverlauf-ID</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>Levels (low,high)</source>
        <translation>Stufen (niedrig,hoch)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="187"/>
        <source>Resampling</source>
        <translation>Resampling</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>First check after (seconds)</source>
        <translation>Erste Prüfung nach (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="198"/>
        <source>Rendered raster</source>
        <translation>Gerenderter Raster</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="201"/>
        <source>Width (px)</source>
        <translation>Breite (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="203"/>
        <source>Height (px)</source>
        <translation>Höhe (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="49"/>
        <source>
&lt;p&gt;Searches EOSDA&apos;s Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what &lt;i&gt;Render an EOSDA scene&lt;/i&gt; takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sucht Sentinel-2- oder Landsat-8-Szenen von EOSDA in einem Gebiet, wie es der EOSDA-Reiter tut, und schreibt ihre Footprints mit View-ID, Datum, Satellit, Wolkenbedeckung, Datenabdeckung und dem Anteil des Gebiets, den jede abdeckt. Eine View-ID ist das, was &lt;i&gt;EOSDA-Szene rendern&lt;/i&gt; erwartet. Zeiträume über ein Jahr werden jahresweise abgefragt, die neuesten zuerst; bis zu 2000 Szenen werden behalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="62"/>
        <source>to search</source>
        <translation>für die Suche</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="63"/>
        <source>sentinel2 (Sentinel-2, 10 m) or landsat8 (Landsat 8, 30 m).</source>
        <translation>sentinel2 (Sentinel-2, 10 m) oder landsat8 (Landsat 8, 30 m).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="67"/>
        <source>First day (included). Empty: %Ln day(s) before DATE_TO.</source>
        <translation>
            <numerusform>Erster Tag (einschließlich). Leer: %Ln Tag vor DATE_TO.</numerusform>
            <numerusform>Erster Tag (einschließlich). Leer: %Ln Tage vor DATE_TO.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="71"/>
        <source>Last day (included). Empty: today.</source>
        <translation>Letzter Tag (einschließlich). Leer: heute.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="73"/>
        <source>Scenes with at most this cloud cover. Default 30 %, as in the tab.</source>
        <translation>Szenen mit höchstens dieser Wolkenbedeckung. Standard 30 %, wie im Reiter.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>Keep only scenes whose data cover all of the area (CONTAINS); default: any overlap.</source>
        <translation>Nur Szenen behalten, deren Daten das ganze Gebiet abdecken (CONTAINS); Standard: jede Überlappung.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>How many footprints were written.</source>
        <translation>Wie viele Footprints geschrieben wurden.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="90"/>
        <source>How many scenes EOSDA reported (more than COUNT when over 2000).</source>
        <translation>Wie viele Szenen EOSDA gemeldet hat (mehr als COUNT bei über 2000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="118"/>
        <source>Searching {dataset} scenes {start} – {end}</source>
        <translation>Suche {dataset}-Szenen {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="121"/>
        <source>%Ln scene(s) of {found}</source>
        <translation>
            <numerusform>%Ln Szene von {found}</numerusform>
            <numerusform>%Ln Szenen von {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="121"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln Szene</numerusform>
            <numerusform>%Ln Szenen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="138"/>
        <source>
&lt;p&gt;Renders one EOSDA scene over an area with EOSDA&apos;s Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rendert eine EOSDA-Szene über einem Gebiet mit dem Download-visual-Dienst von EOSDA, wie es der Render-Abschnitt des EOSDA-Reiters tut: eine Voreinstellung (Echtfarben oder Falschfarben, NDVI, NDWI) oder ein eigener Bandausdruck, auf das Gebiet zugeschnitten, in der gewählten Pixelgröße, dann als georeferenzierter Raster in Web Mercator (EPSG:3857) geschrieben. Indizes werden mit einem Farbverlauf zwischen zwei Stufen eingefärbt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>The view_id of a scene, as Search EOSDA satellite scenes writes it: S2/… for Sentinel-2, L8/… for Landsat 8.</source>
        <translation>Die view_id einer Szene, wie EOSDA-Satellitenszenen suchen sie schreibt: S2/… für Sentinel-2, L8/… für Landsat 8.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="154"/>
        <source>to render (one polygon)</source>
        <translation>zum Rendern (ein Polygon)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>true_color, false_color (near infrared), ndvi, ndwi, or custom to use EXPRESSION.</source>
        <translation>true_color, false_color (nahes Infrarot), ndvi, ndwi oder custom, um EXPRESSION zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="160"/>
        <source>With PRESET custom: bands separated by commas for an RGB composite (B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). Band names of the scene&apos;s dataset.</source>
        <translation>Mit PRESET custom: durch Kommas getrennte Bänder für ein RGB-Komposit (B08,B04,B03) oder ein Ausdruck für einen Index ((B08-B04)/(B08+B04)). Bandnamen des Datensatzes der Szene.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="165"/>
        <source>Ground size of a pixel in metres. Empty: the dataset&apos;s native size (10 m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a side.</source>
        <translation>Bodengröße eines Pixels in Metern. Leer: die native Größe des Datensatzes (10 m Sentinel-2, 30 m Landsat 8). Das Bild darf höchstens 10.000 px pro Seite haben.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="171"/>
        <source>What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. The output is then written in the format of OUTPUT&apos;s extension.</source>
        <translation>Was EOSDA sendet: tiff (ein GeoTIFF) oder png / jpeg mit World-Datei. Die Ausgabe wird dann im Format der Dateiendung von OUTPUT geschrieben.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="176"/>
        <source>For a single-band index: EOSDA's colormap id (default red–yellow–green). Empty: grey values.</source>
        <translation>Für einen einbandigen Index: die Farbverlauf-ID von EOSDA (Standard Rot–Gelb–Grün). Leer: Grauwerte.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>For a single-band index: the values mapped to the ends of the colormap.</source>
        <translation>Für einen einbandigen Index: die Werte, die auf die Enden des Farbverlaufs fallen.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="187"/>
        <source>How EOSDA resamples bands to the pixel size. Empty: EOSDA&apos;s default.</source>
        <translation>Wie EOSDA die Bänder auf die Pixelgröße umrechnet. Leer: die Voreinstellung von EOSDA.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>How long to wait before asking whether the render is ready; the wait grows by half each time, up to 15 s.</source>
        <translation>Wie lange gewartet wird, bevor gefragt wird, ob das Rendering fertig ist; die Wartezeit wächst jedes Mal um die Hälfte, bis 15 s.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="198"/>
        <source>The render, georeferenced in EPSG:3857 (GeoTIFF unless another extension is given).</source>
        <translation>Das Rendering, georeferenziert in EPSG:3857 (GeoTIFF, sofern keine andere Dateiendung angegeben ist).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="201"/>
        <source>Width of the render in pixels.</source>
        <translation>Breite des Renderings in Pixeln.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="203"/>
        <source>Height of the render in pixels.</source>
        <translation>Höhe des Renderings in Pixeln.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="212"/>
        <source>{view_id} is not an EOSDA view id: they start with S2/ (Sentinel-2) or L8/ (Landsat 8)</source>
        <translation>{view_id} ist keine EOSDA-View-ID: diese beginnen mit S2/ (Sentinel-2) oder L8/ (Landsat 8)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="220"/>
        <source>PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)</source>
        <translation>PRESET custom braucht einen Bandausdruck, z. B. (B08-B04)/(B08+B04)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="225"/>
        <source>{bands} is not a band of {dataset}</source>
        <translation>{bands} ist kein Band von {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="226"/>
        <source>{bands} are not bands of {dataset}</source>
        <translation>{bands} sind keine Bänder von {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="254"/>
        <source>Writing the {width} × {height} px render</source>
        <translation>Schreibe das Rendering mit {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="272"/>
        <source>GDAL could not write {name}: {error}</source>
        <translation>GDAL konnte {name} nicht schreiben: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="275"/>
        <source>GDAL could not write {name} as {driver}: {error}</source>
        <translation>GDAL konnte {name} nicht als {driver} schreiben: {error}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/inventory.py" line="22"/>
        <source>EOSDA Sentinel-2 scenes</source>
        <translation>EOSDA-Sentinel-2-Szenen</translation>
    </message>
    <message>
        <location filename="../../core/eosda/layers.py" line="72"/>
        <source>QGIS cannot open the render {name}</source>
        <translation>QGIS kann das Rendering {name} nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="92"/>
        <source>EOSDA: search {dataset} scenes</source>
        <translation>EOSDA: {dataset}-Szenen suchen</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="98"/>
        <source>{count} of {found} scenes</source>
        <translation>{count} von {found} Szenen</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="131"/>
        <source>GDAL cannot open the render {name}</source>
        <translation>GDAL kann das Rendering {name} nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="134"/>
        <source>The render {name} arrived without georeference</source>
        <translation>Das Rendering {name} kam ohne Georeferenzierung an</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="143"/>
        <source>Sending the render request to EOSDA</source>
        <translation>Rendering-Anfrage wird an EOSDA gesendet</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="156"/>
        <source>EOSDA: render {name}</source>
        <translation>EOSDA: {name} rendern</translation>
    </message>
    <message>
        <location filename="../../core/eosda/thumbnails.py" line="39"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>Das Vorschaubild {path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="39"/>
        <source>Image + world file</source>
        <translation>Bild + World-Datei</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>True colour</source>
        <translation>Echtfarben</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>False colour (NIR)</source>
        <translation>Falschfarben (NIR)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>Red–yellow–green</source>
        <translation>Rot–Gelb–Grün</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="69"/>
        <source>Thresholds are numbers separated by commas, not “{text}”</source>
        <translation>Schwellenwerte sind durch Kommas getrennte Zahlen, nicht „{text}“</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="82"/>
        <source>Custom expression</source>
        <translation>Eigener Ausdruck</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="85"/>
        <source>e.g. (B08-B04)/(B08+B04) or B08,B04,B03</source>
        <translation>z. B. (B08-B04)/(B08+B04) oder B08,B04,B03</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="129"/>
        <source>Colormap</source>
        <translation>Farbverlauf</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="86"/>
        <source>Range colours</source>
        <translation>Farben nach Bereichen</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="92"/>
        <source>EOSDA&apos;s NDVI colormap, or paste the id of a colormap made with EOSDA&apos;s Colormap endpoint</source>
        <translation>Der NDVI-Farbverlauf von EOSDA, oder fügen Sie die ID eines mit EOSDAs Colormap-Endpunkt erstellten Farbverlaufs ein</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="102"/>
        <source>smooth</source>
        <translation>stufenlos</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="103"/>
        <source>Number of colours the colormap is cut into (colors_limit)</source>
        <translation>Anzahl der Farben, in die der Farbverlauf geteilt wird (colors_limit)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="107"/>
        <source>One colour more than thresholds: below the first, between each, above the last</source>
        <translation>Eine Farbe mehr als Schwellenwerte: unter dem ersten, zwischen je zweien, über dem letzten</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="120"/>
        <source>Calibrate (TOA reflectance)</source>
        <translation>Kalibrieren (TOA-Reflexion)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="121"/>
        <source>Top-of-atmosphere reflectance (calibrate)</source>
        <translation>Reflexion am Oberrand der Atmosphäre (calibrate)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="123"/>
        <source>Pansharpening (Landsat 8)</source>
        <translation>Pansharpening (Landsat 8)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="124"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="125"/>
        <source>Image size class sent for EOSDA&apos;s logs only</source>
        <translation>Bildgrößenklasse, nur für die Protokolle von EOSDA gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="132"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="134"/>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="135"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="137"/>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="138"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="143"/>
        <source>Colouring</source>
        <translation>Einfärbung</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="148"/>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="154"/>
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="159"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="160"/>
        <source>Bands</source>
        <translation>Bänder</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="164"/>
        <source>Pixel size</source>
        <translation>Pixelgröße</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="166"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="167"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="245"/>
        <source>Image size: draw a single-polygon area first</source>
        <translation>Bildgröße: zeichnen Sie zuerst ein Gebiet aus einem einzigen Polygon</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="246"/>
        <source>Image size: no area of interest yet</source>
        <translation>Bildgröße: noch kein Interessensgebiet</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="251"/>
        <source>Image: {width} × {height} px ({megapixels} MP): too large, raise the pixel size</source>
        <translation>Bild: {width} × {height} px ({megapixels} MP): zu groß, vergrößern Sie die Pixelgröße</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="255"/>
        <source>Image: {width} × {height} px ({megapixels} MP)</source>
        <translation>Bild: {width} × {height} px ({megapixels} MP)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="266"/>
        <source>{bands} is not a band of {dataset}: check the expression</source>
        <translation>{bands} ist kein Band von {dataset}: prüfen Sie den Ausdruck</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="268"/>
        <source>{bands} are not bands of {dataset}: check the expression</source>
        <translation>{bands} sind keine Bänder von {dataset}: prüfen Sie den Ausdruck</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Cloud %</source>
        <translation>Wolken %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>AOI %</source>
        <translation>IG %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Satellite</source>
        <translation>Satellit</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>View id</source>
        <translation>View-ID</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="47"/>
        <source>Render NDVI for this scene</source>
        <translation>NDVI dieser Szene rendern</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="58"/>
        <source>{dataset} {start} – {end}, clouds ≤ {cloud} %</source>
        <translation>{dataset} {start} – {end}, Wolken ≤ {cloud} %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="87"/>
        <source>Whole area covered</source>
        <translation>Ganzes Gebiet abgedeckt</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="88"/>
        <source>Only scenes whose data cover the whole area of interest</source>
        <translation>Nur Szenen, deren Daten das ganze Interessensgebiet abdecken</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="90"/>
        <source>Search scenes</source>
        <translation>Szenen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="94"/>
        <source>Search Sentinel-2 or Landsat 8 scenes over the area of interest.</source>
        <translation>Suchen Sie Sentinel-2- oder Landsat-8-Szenen im Interessensgebiet.</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="103"/>
        <source>Scenes</source>
        <translation>Szenen</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="108"/>
        <source>Max cloud</source>
        <translation>Max. Wolken</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="112"/>
        <source>Pick a scene in the table or on the map.</source>
        <translation>Wählen Sie eine Szene in der Tabelle oder auf der Karte.</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="116"/>
        <source>Render onto the map</source>
        <translation>Auf die Karte rendern</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="120"/>
        <source>Render options</source>
        <translation>Rendering-Optionen</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="137"/>
        <source>Search settings</source>
        <translation>Sucheinstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="268"/>
        <source>EOSDA search</source>
        <translation>EOSDA-Suche</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="186"/>
        <source>Searching scenes…</source>
        <translation>Szenen werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="191"/>
        <source>EOSDA searches an area: draw a rectangle or polygon, or give the point a radius</source>
        <translation>EOSDA sucht in einem Gebiet: zeichnen Sie ein Rechteck oder Polygon, oder geben Sie dem Punkt einen Radius</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="208"/>
        <source>No scenes found: widen the dates or raise the cloud limit.</source>
        <translation>Keine Szenen gefunden: erweitern Sie den Zeitraum oder erhöhen Sie die Wolkengrenze.</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="213"/>
        <source>EOSDA {dataset} scenes {start} – {end}</source>
        <translation>EOSDA-{dataset}-Szenen {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/eosda/tab.py" line="219"/>
        <source>%Ln scene(s) (clouds ≤ {cloud} %); {found} found, the newest kept: narrow the dates</source>
        <translation>
            <numerusform>%Ln Szene (Wolken ≤ {cloud} %); {found} gefunden, die neuesten behalten: grenzen Sie den Zeitraum ein</numerusform>
            <numerusform>%Ln Szenen (Wolken ≤ {cloud} %); {found} gefunden, die neuesten behalten: grenzen Sie den Zeitraum ein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/eosda/tab.py" line="223"/>
        <source>%Ln scene(s) (clouds ≤ {cloud} %)</source>
        <translation>
            <numerusform>%Ln Szene (Wolken ≤ {cloud} %)</numerusform>
            <numerusform>%Ln Szenen (Wolken ≤ {cloud} %)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="259"/>
        <source>EOSDA sent no preview for this scene</source>
        <translation>EOSDA hat für diese Szene keine Vorschau gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="262"/>
        <source>EOSDA: thumbnail of {scene}</source>
        <translation>EOSDA: Vorschaubild von {scene}</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="284"/>
        <source>&lt;b&gt;{scene}&lt;/b&gt;, {cloud} % clouds&lt;br&gt;&lt;small&gt;{view_id}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{scene}&lt;/b&gt;, {cloud} % Wolken&lt;br&gt;&lt;small&gt;{view_id}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="294"/>
        <source>Pick a scene in the table first</source>
        <translation>Wählen Sie zuerst eine Szene in der Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="324"/>
        <source>EOSDA render</source>
        <translation>EOSDA-Rendering</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="313"/>
        <source>Rendering {name}…</source>
        <translation>{name} wird gerendert…</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="326"/>
        <source>{layer} added ({width} × {height} px)</source>
        <translation>{layer} hinzugefügt ({width} × {height} px)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="334"/>
        <source>Select one scene on the EOSDA footprints layer, then choose “{action}” again</source>
        <translation>Wählen Sie eine Szene im EOSDA-Footprint-Layer aus und wählen Sie dann erneut „{action}“</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>The scene footprints (multipolygons, WGS 84) with view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover, sun_elev and thumbnail (the scene&apos;s preview link).</source>
        <translation>Die Footprints der Szenen (Multipolygone, WGS 84) mit view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover, sun_elev und thumbnail (der Link zur Vorschau der Szene).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/sentences.py" line="17"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="18"/>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="19"/>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="20"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="22"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation>Zu viele Anfragen: der Dienst bat darum, langsamer zu werden</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="23"/>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="24"/>
        <source>The service reported an error</source>
        <translation>Der Dienst meldete einen Fehler</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="25"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="165"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="27"/>
        <source>Not a readable vector tile</source>
        <translation>Keine lesbare Vektorkachel</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="29"/>
        <source>The service kept sending pages; the listing was stopped</source>
        <translation>Der Dienst sandte immer weitere Seiten; die Auflistung wurde beendet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="30"/>
        <source>The render did not finish in time</source>
        <translation>Das Rendering wurde nicht rechtzeitig fertig</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Help</name>
    <message>
        <location filename="../../ui/help.py" line="27"/>
        <source>Help on this tab</source>
        <translation>Hilfe zu diesem Reiter</translation>
    </message>
</context>
<context>
    <name>ImageryHub.History</name>
    <message>
        <location filename="../../ui/history.py" line="16"/>
        <source>Recent searches of this project: run one again</source>
        <translation>Letzte Suchen in diesem Projekt: eine erneut ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="25"/>
        <source>No searches in this project yet</source>
        <translation>Noch keine Suchen in diesem Projekt</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Images</name>
    <message>
        <location filename="../../core/images.py" line="51"/>
        <source>The picture could not be read: {reason}</source>
        <translation>Das Bild konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/images.py" line="62"/>
        <source>The picture declares {width} × {height} pixels ({megapixels} megapixels), more than the {limit}-megapixel limit, so it was not opened.</source>
        <translation>Das Bild gibt {width} × {height} Pixel an ({megapixels} Megapixel), mehr als die Grenze von {limit} Megapixeln, daher wurde es nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Imago</name>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Imagery type</source>
        <translation>Bildmaterialtyp</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Image type</source>
        <translation>Bildtyp</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>Start depth</source>
        <translation>Anfangstiefe</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>End depth</source>
        <translation>Endtiefe</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="62"/>
        <source>Features naming imagery</source>
        <translation>Objekte, die Bildmaterial benennen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Collection field</source>
        <translation>Sammlungsfeld</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Imagery name field</source>
        <translation>Feld für den Bildmaterialnamen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Start depth field</source>
        <translation>Feld für die Anfangstiefe</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>End depth field</source>
        <translation>Feld für die Endtiefe</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="58"/>
        <source>Imagery name</source>
        <translation>Bildmaterialname</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="96"/>
        <source>Imagery id</source>
        <translation>Bildmaterial-ID</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Width (px)</source>
        <translation>Breite (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="104"/>
        <source>Path field</source>
        <translation>Pfadfeld</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Downloads at once</source>
        <translation>Gleichzeitige Downloads</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>Features with image paths</source>
        <translation>Objekte mit Bildpfaden</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="122"/>
        <source>Images downloaded</source>
        <translation>Heruntergeladene Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="124"/>
        <source>Images not downloaded</source>
        <translation>Nicht heruntergeladene Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="55"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="69"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="72"/>
        <source>Elevation (m)</source>
        <translation>Höhe (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="75"/>
        <source>Upload report</source>
        <translation>Hochladebericht</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The Imago workspace. Empty: any (give it when a collection name exists in several workspaces).</source>
        <translation>Der Imago-Arbeitsbereich. Leer: beliebig (angeben, wenn ein Sammlungsname in mehreren Arbeitsbereichen vorkommt).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The dataset of the workspace. Empty: any.</source>
        <translation>Der Datensatz des Arbeitsbereichs. Leer: beliebig.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The collection {what}.</source>
        <translation>Die Sammlung {what}.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The imagery type, e.g. “Core trays” or “Field photos”.</source>
        <translation>Der Bildmaterialtyp, z. B. „Core trays“ oder „Field photos“.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The image type of that imagery type, e.g. “Dry”, “Wet” or “Photo”.</source>
        <translation>Der Bildtyp dieses Bildmaterialtyps, z. B. „Dry“, „Wet“ oder „Photo“.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="36"/>
        <source>Name the imagery type (IMAGERY_TYPE)</source>
        <translation>Geben Sie den Bildmaterialtyp an (IMAGERY_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="37"/>
        <source>Name the image type (IMAGE_TYPE)</source>
        <translation>Geben Sie den Bildtyp an (IMAGE_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="38"/>
        <source>Name the collection (COLLECTION)</source>
        <translation>Geben Sie die Sammlung an (COLLECTION)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="47"/>
        <source>
&lt;p&gt;Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lädt Seequent-Imago-Bilder (Kernkisten, Fotos…) in einen Ordner herunter, wie es der Imago-Reiter tut. Entweder für die Objekte eines Layers, von denen jedes sein Bildmaterial über ein Namensfeld oder über Tiefenfelder benennt (die Sammlung fest oder aus einem Feld gelesen): der Ausgabelayer ist der Eingabelayer mit dem lokalen Pfad des Bildes jedes Objekts in PATH_FIELD. Oder, ohne Layer, aus einer Sammlung: das Bildmaterial, das IMAGERY_NAME, START_DEPTH (und END_DEPTH) oder IMAGERY_ID benennt, oder alles Bildmaterial der Sammlung, wenn nichts davon angegeben ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="62"/>
        <source>A layer whose features (only the selected ones when “Selected features only” is checked) each name one imagery. Empty: name the imagery with COLLECTION and the fields below.</source>
        <translation>Ein Layer, dessen Objekte (nur die gewählten, wenn „Nur gewählte Objekte“ angehakt ist) je ein Bildmaterial benennen. Leer: das Bildmaterial mit COLLECTION und den Feldern unten benennen.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="68"/>
        <source>of the imagery to download; needed without INPUT, and with INPUT unless COLLECTION_FIELD names it</source>
        <translation>des herunterzuladenden Bildmaterials; nötig ohne INPUT, und mit INPUT, sofern COLLECTION_FIELD sie nicht benennt</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT: the field holding each feature&apos;s collection (instead of a fixed COLLECTION).</source>
        <translation>Mit INPUT: das Feld mit der Sammlung jedes Objekts (statt einer festen COLLECTION).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT: the field holding each feature&apos;s imagery name.</source>
        <translation>Mit INPUT: das Feld mit dem Bildmaterialnamen jedes Objekts.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT and no NAME_FIELD: the field holding the start depth of the interval.</source>
        <translation>Mit INPUT und ohne NAME_FIELD: das Feld mit der Anfangstiefe des Intervalls.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With START_FIELD: the field holding the end depth (empty: the imagery at the start depth).</source>
        <translation>Mit START_FIELD: das Feld mit der Endtiefe (leer: das Bildmaterial in der Anfangstiefe).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="86"/>
        <source>Without INPUT: the name of the imagery to download.</source>
        <translation>Ohne INPUT: der Name des herunterzuladenden Bildmaterials.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="90"/>
        <source>Without INPUT: the start depth of the interval whose imagery to download.</source>
        <translation>Ohne INPUT: die Anfangstiefe des Intervalls, dessen Bildmaterial heruntergeladen wird.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="90"/>
        <source>Without INPUT: the end depth of the interval whose imagery to download.</source>
        <translation>Ohne INPUT: die Endtiefe des Intervalls, dessen Bildmaterial heruntergeladen wird.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="96"/>
        <source>Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, the depths and this empty to download every imagery of COLLECTION.</source>
        <translation>Ohne INPUT: die ID des herunterzuladenden Bildmaterials. IMAGERY_NAME, die Tiefen und dies leer lassen, um alles Bildmaterial von COLLECTION herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Scale the images to this width (Imago keeps the aspect). Empty: full size.</source>
        <translation>Die Bilder auf diese Breite skalieren (Imago behält das Seitenverhältnis). Leer: volle Größe.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="104"/>
        <source>With INPUT: the text field of OUTPUT that receives each feature&apos;s image path (added when the layer lacks it).</source>
        <translation>Mit INPUT: das Textfeld von OUTPUT, das den Bildpfad jedes Objekts erhält (hinzugefügt, wenn der Layer es nicht hat).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>How many images are fetched at the same time. Empty: the Imagery Hub setting.</source>
        <translation>Wie viele Bilder gleichzeitig geholt werden. Leer: die Imagery-Hub-Einstellung.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Where the images are saved (named collection_imagery_imagetype with the extension Imago&apos;s answer calls for).</source>
        <translation>Wo die Bilder gespeichert werden (benannt sammlung_bildmaterial_bildtyp mit der Dateiendung, die die Antwort von Imago verlangt).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>With INPUT: its features with PATH_FIELD filled for those whose image arrived.</source>
        <translation>Mit INPUT: seine Objekte mit gefülltem PATH_FIELD für jene, deren Bild angekommen ist.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="122"/>
        <source>How many files arrived.</source>
        <translation>Wie viele Dateien angekommen sind.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="124"/>
        <source>Imagery that did not arrive or features that name none (each listed in the log).</source>
        <translation>Bildmaterial, das nicht angekommen ist, oder Objekte, die keines benennen (jeweils im Protokoll aufgeführt).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="139"/>
        <source>{names} name fields of INPUT: give INPUT as well</source>
        <translation>{names} sind Felder von INPUT: geben Sie auch INPUT an</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="142"/>
        <source>Name the collection (COLLECTION), or give a layer (INPUT)</source>
        <translation>Geben Sie die Sammlung an (COLLECTION) oder einen Layer (INPUT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="149"/>
        <source>Give the collection once: COLLECTION or COLLECTION_FIELD, not both</source>
        <translation>Geben Sie die Sammlung nur einmal an: COLLECTION oder COLLECTION_FIELD, nicht beides</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="158"/>
        <source>the layer has no features</source>
        <translation>der Layer hat keine Objekte</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="160"/>
        <source>None of the features names an imagery ({reasons})</source>
        <translation>Keines der Objekte benennt ein Bildmaterial ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="191"/>
        <source>Listing the {type} imagery of {collection}</source>
        <translation>Liste das {type}-Bildmaterial von {collection} auf</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="203"/>
        <source>{collection} has no {type} imagery with {image_type} images</source>
        <translation>{collection} hat kein {type}-Bildmaterial mit {image_type}-Bildern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/imago/download.py" line="210"/>
        <source>Downloading %Ln image(s) to {folder}</source>
        <translation>
            <numerusform>Lade %Ln Bild nach {folder} herunter</numerusform>
            <numerusform>Lade %Ln Bilder nach {folder} herunter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="218"/>
        <source>Cancelled: only the images listed as downloaded arrived</source>
        <translation>Abgebrochen: nur die als heruntergeladen aufgeführten Bilder sind angekommen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="221"/>
        <source>No image arrived: {error}</source>
        <translation>Kein Bild ist angekommen: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="237"/>
        <source>Feature {fid}: {why}</source>
        <translation>Objekt {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="39"/>
        <source>
&lt;p&gt;Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab&apos;s upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file&apos;s header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lädt Fotos (PNG oder JPEG) in ein Imago-Bildmaterial hoch, wie es der Hochladedialog des Imago-Reiters tut: platziert über einen Bildmaterialnamen, ein Tiefenintervall oder einen Punkt (mit Höhe), der im Koordinatensystem gesendet wird, das der Bildmaterialtyp angibt. Der Kopf jeder Datei wird zuerst geprüft, sodass das, was Imago ablehnen würde (zu viele Pixel, ein anderer Typ), aufgeführt wird, ohne gesendet zu werden; eine bereits in dasselbe Bildmaterial hochgeladene Datei wird übersprungen, sodass ein erneuter Lauf nur sendet, was nicht angekommen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="55"/>
        <source>The image files to upload (PNG or JPEG).</source>
        <translation>Die hochzuladenden Bilddateien (PNG oder JPEG).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="57"/>
        <source>to upload into</source>
        <translation>zum Hochladen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="58"/>
        <source>The imagery the photos belong to, by name (made when it does not exist yet).</source>
        <translation>Das Bildmaterial, zu dem die Fotos gehören, nach Name (angelegt, wenn es noch nicht existiert).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The start depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>Die Anfangstiefe des Intervalls, das die Fotos zeigen, für nach Tiefe platziertes Bildmaterial.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The end depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>Die Endtiefe des Intervalls, das die Fotos zeigen, für nach Tiefe platziertes Bildmaterial.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="69"/>
        <source>Where the photos were taken, for imagery types placed by x/y; any CRS, sent in the one the imagery type declares.</source>
        <translation>Wo die Fotos aufgenommen wurden, für nach x/y platzierte Bildmaterialtypen; beliebiges KBS, gesendet in dem, das der Bildmaterialtyp angibt.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="72"/>
        <source>The z sent with LOCATION.</source>
        <translation>Das mit LOCATION gesendete z.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="75"/>
        <source>A table with one row per file: file, state (uploaded, skipped, refused, failed), image_id and message.</source>
        <translation>Eine Tabelle mit einer Zeile pro Datei: file, state (uploaded, skipped, refused, failed), image_id und message.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="99"/>
        <source>Give the photos to upload</source>
        <translation>Geben Sie die hochzuladenden Fotos an</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="102"/>
        <source>No such file: {path}</source>
        <translation>Datei nicht gefunden: {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="132"/>
        <source>Placing the photos at x {x}, y {y} in {crs}</source>
        <translation>Platziere die Fotos bei x {x}, y {y} in {crs}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="137"/>
        <source>{file} refused: {why}</source>
        <translation>{file} abgelehnt: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="137"/>
        <source>{file} failed: {why}</source>
        <translation>{file} fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="143"/>
        <source>Cancelled: the files not listed as uploaded were not sent</source>
        <translation>Abgebrochen: die nicht als hochgeladen aufgeführten Dateien wurden nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="171"/>
        <source>Imago has no imagery type {type} here</source>
        <translation>Imago hat hier keinen Bildmaterialtyp {type}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="174"/>
        <source>{type} is not placed by location: use IMAGERY_NAME or the depths</source>
        <translation>{type} wird nicht nach Standort platziert: verwenden Sie IMAGERY_NAME oder die Tiefen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="177"/>
        <source>{type} takes x/y in different systems in different datasets: give WORKSPACE and DATASET</source>
        <translation>{type} nimmt x/y in verschiedenen Datensätzen in verschiedenen Systemen an: geben Sie WORKSPACE und DATASET an</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files uploaded now.</source>
        <translation>Jetzt hochgeladene Dateien.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files skipped because they were uploaded to this imagery before.</source>
        <translation>Übersprungene Dateien, weil sie schon früher in dieses Bildmaterial hochgeladen wurden.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files refused, by their header or by Imago (listed in the log).</source>
        <translation>Abgelehnte Dateien, wegen ihres Kopfes oder von Imago (im Protokoll aufgeführt).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files that failed for another reason (listed in the log).</source>
        <translation>Aus einem anderen Grund fehlgeschlagene Dateien (im Protokoll aufgeführt).</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="57"/>
        <source>Choose the collection, or the field that holds it</source>
        <translation>Wählen Sie die Sammlung oder das Feld, das sie enthält</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="60"/>
        <source>Choose the field with the imagery name, or the depth fields</source>
        <translation>Wählen Sie das Feld mit dem Bildmaterialnamen oder die Tiefenfelder</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="64"/>
        <source>Layer {layer} has no field {field}</source>
        <translation>Der Layer {layer} hat kein Feld {field}</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="68"/>
        <source>Name the field that receives the image paths</source>
        <translation>Geben Sie das Feld an, das die Bildpfade erhält</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="72"/>
        <source>Field {field} is not a text field: choose another name for the paths</source>
        <translation>Das Feld {field} ist kein Textfeld: wählen Sie einen anderen Namen für die Pfade</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="89"/>
        <source>no collection in {field}</source>
        <translation>keine Sammlung in {field}</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="97"/>
        <source>no imagery name in {field}</source>
        <translation>kein Bildmaterialname in {field}</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="104"/>
        <source>no depth in {field}</source>
        <translation>keine Tiefe in {field}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/features.py" line="175"/>
        <source>Imago: %Ln image(s)</source>
        <translation>
            <numerusform>Imago: %Ln Bild</numerusform>
            <numerusform>Imago: %Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="208"/>
        <source>Imago image paths</source>
        <translation>Imago-Bildpfade</translation>
    </message>
    <message>
        <location filename="../../core/imago/inventory.py" line="46"/>
        <source>Imago imagery</source>
        <translation>Imago-Bildmaterial</translation>
    </message>
    <message>
        <location filename="../../core/imago/session.py" line="22"/>
        <source>an API token</source>
        <translation>ein API-Token</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="42"/>
        <source>Imago declares an unknown coordinate system {crs}</source>
        <translation>Imago gibt ein unbekanntes Koordinatenbezugssystem {crs} an</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="59"/>
        <source>%Ln uploaded</source>
        <translation>
            <numerusform>%Ln hochgeladen</numerusform>
            <numerusform>%Ln hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="61"/>
        <source>%Ln already there</source>
        <translation>
            <numerusform>%Ln schon vorhanden</numerusform>
            <numerusform>%Ln schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="63"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln abgelehnt</numerusform>
            <numerusform>%Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="65"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="230"/>
        <source>{summary} (cancelled)</source>
        <translation>{summary} (abgebrochen)</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="104"/>
        <source>{name} ({number} of {count})</source>
        <translation>{name} ({number} von {count})</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="113"/>
        <source>already uploaded on {date}</source>
        <translation>bereits am {date} hochgeladen</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="123"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="137"/>
        <source>image {id}</source>
        <translation>Bild {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="158"/>
        <source>Imago: uploading %Ln photo(s)</source>
        <translation>
            <numerusform>Imago: %Ln Foto wird hochgeladen</numerusform>
            <numerusform>Imago: %Ln Fotos werden hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="33"/>
        <source>Download Imago images for selected features</source>
        <translation>Imago-Bilder für ausgewählte Objekte herunterladen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="59"/>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: %Ln selected feature(s)&lt;br&gt;Dataset &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (change it on the Imago tab)</source>
        <translation>
            <numerusform>&lt;b&gt;{layer}&lt;/b&gt;: %Ln ausgewähltes Objekt&lt;br&gt;Datensatz &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (im Imago-Reiter zu ändern)</numerusform>
            <numerusform>&lt;b&gt;{layer}&lt;/b&gt;: %Ln ausgewählte Objekte&lt;br&gt;Datensatz &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (im Imago-Reiter zu ändern)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="78"/>
        <source>&amp;Collection</source>
        <translation>&amp;Sammlung</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="68"/>
        <source>Collection from &amp;field</source>
        <translation>Sammlung aus &amp;Feld</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="80"/>
        <source>By &amp;name in field</source>
        <translation>Nach &amp;Name im Feld</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="83"/>
        <source>By &amp;depth: from field</source>
        <translation>Nach &amp;Tiefe: von Feld</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="91"/>
        <source>original size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="92"/>
        <source> px wide</source>
        <translation> px breit</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="94"/>
        <source>Created as a text field when the layer does not have it</source>
        <translation>Wird als Textfeld angelegt, wenn der Layer es nicht hat</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="113"/>
        <source>to field</source>
        <translation>bis Feld</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="79"/>
        <source>Imagery &amp;type</source>
        <translation>Bildmaterial&amp;typ</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="80"/>
        <source>I&amp;mage type</source>
        <translation>Bild&amp;typ</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="121"/>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="122"/>
        <source>&amp;Paths into field</source>
        <translation>&amp;Pfade in Feld</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="100"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="132"/>
        <source>Match each feature to its imagery:</source>
        <translation>Jedem Objekt sein Bildmaterial zuordnen:</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="189"/>
        <source>Choose the imagery type and image type</source>
        <translation>Wählen Sie Bildmaterialtyp und Bildtyp</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="195"/>
        <source>None of the selected features names an imagery ({reasons})</source>
        <translation>Keines der ausgewählten Objekte benennt ein Bildmaterial ({reasons})</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="215"/>
        <source>Imago: {layer} was removed before its images arrived</source>
        <translation>Imago: {layer} wurde entfernt, bevor seine Bilder ankamen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="221"/>
        <source>Imago: images downloaded to {folder} but not written to {layer}</source>
        <translation>Imago: Bilder nach {folder} heruntergeladen, aber nicht in {layer} geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="227"/>
        <source>Imago: %Ln feature(s) of {layer} got their image path in {field}</source>
        <translation>
            <numerusform>Imago: %Ln Objekt von {layer} hat seinen Bildpfad in {field} erhalten</numerusform>
            <numerusform>Imago: %Ln Objekte von {layer} haben ihren Bildpfad in {field} erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="234"/>
        <source>{line}; %Ln without: {details}</source>
        <translation>
            <numerusform>{line}; %Ln ohne: {details}</numerusform>
            <numerusform>{line}; %Ln ohne: {details}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="251"/>
        <source>feature {fid}</source>
        <translation>Objekt {fid}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Imagery</source>
        <translation>Bildmaterial</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Depth (m)</source>
        <translation>Tiefe (m)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="56"/>
        <source>Upload photos to Imago</source>
        <translation>Fotos zu Imago hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="228"/>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="56"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="57"/>
        <source>Sign in to Imago with the account in Imagery Hub settings</source>
        <translation>Mit dem Konto aus den Imagery-Hub-Einstellungen bei Imago anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="60"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="67"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="71"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="71"/>
        <source>&amp;Dataset</source>
        <translation>&amp;Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="84"/>
        <source>List imagery</source>
        <translation>Bildmaterial auflisten</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="85"/>
        <source>List the imagery of the collection (of the imagery type)</source>
        <translation>Das Bildmaterial der Sammlung (des Bildmaterialtyps) auflisten</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="101"/>
        <source>Download the selected imagery&apos;s images (full size) to the download folder</source>
        <translation>Die Bilder des ausgewählten Bildmaterials (volle Größe) in den Download-Ordner herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="104"/>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="105"/>
        <source>Upload photos with their location to the chosen collection</source>
        <translation>Fotos mit ihrem Standort in die gewählte Sammlung hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="117"/>
        <source>Account and collection</source>
        <translation>Konto und Sammlung</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="132"/>
        <source>“{action}” works on point layers (boreholes, sample sites): pick one in the Layers panel</source>
        <translation>„{action}“ funktioniert mit Punktlayern (Bohrungen, Probenahmestellen): wählen Sie einen im Bedienfeld Layer</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="144"/>
        <source>Select the features of {layer} to download Imago images for</source>
        <translation>Wählen Sie die Objekte von {layer} aus, für die Imago-Bilder heruntergeladen werden sollen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="184"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="189"/>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="196"/>
        <source>Imago: signing in</source>
        <translation>Imago: Anmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="203"/>
        <source>Signed in as &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>Angemeldet als &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="220"/>
        <source>Imago sign-in</source>
        <translation>Imago-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="231"/>
        <source>Imago: signing out</source>
        <translation>Imago: Abmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="284"/>
        <source>Imago: collections of {dataset}</source>
        <translation>Imago: Sammlungen von {dataset}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="301"/>
        <source>Choose a collection to list its imagery</source>
        <translation>Wählen Sie eine Sammlung, um ihr Bildmaterial aufzulisten</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="307"/>
        <source>Imago: imagery of {collection}</source>
        <translation>Imago: Bildmaterial von {collection}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="112"/>
        <source>Imago: preview</source>
        <translation>Imago: Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="117"/>
        <source>Select imagery in the list to download</source>
        <translation>Wählen Sie das herunterzuladende Bildmaterial in der Liste aus</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="129"/>
        <source>Imago: {summary} to {folder}</source>
        <translation>Imago: {summary} nach {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="129"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="135"/>
        <source>Imago: downloading images</source>
        <translation>Imago: Bilder werden heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="42"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="60"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="65"/>
        <source>&amp;Add photos…</source>
        <translation>Fotos &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="76"/>
        <source>optional, e.g. a sample site id</source>
        <translation>optional, z. B. die ID einer Probenahmestelle</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="81"/>
        <source>Imagery &amp;name</source>
        <translation>Bildmaterial&amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="84"/>
        <source>Point on the map</source>
        <translation>Punkt auf der Karte</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="85"/>
        <source>&amp;Pick on map</source>
        <translation>Auf der Karte &amp;wählen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="88"/>
        <source>Selected feature</source>
        <translation>Ausgewähltes Objekt</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="90"/>
        <source>Elevation</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="95"/>
        <source>Elevation from field</source>
        <translation>Höhe aus Feld</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="116"/>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="177"/>
        <source>Photos to upload to Imago</source>
        <translation>Nach Imago hochzuladende Fotos</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="177"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="249"/>
        <source>Choose an imagery type placed by location</source>
        <translation>Wählen Sie einen Bildmaterialtyp, der nach Standort platziert wird</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="253"/>
        <source>Select exactly one feature of the layer, or pick a point on the map</source>
        <translation>Wählen Sie genau ein Objekt des Layers aus oder einen Punkt auf der Karte</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="257"/>
        <source>The selected feature has no location</source>
        <translation>Das ausgewählte Objekt hat keinen Standort</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="262"/>
        <source>Pick the point on the map first</source>
        <translation>Wählen Sie zuerst den Punkt auf der Karte</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="267"/>
        <source>The elevation field needs a selected feature: type the elevation instead</source>
        <translation>Das Höhenfeld braucht ein ausgewähltes Objekt: geben Sie stattdessen die Höhe ein</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="273"/>
        <source>{field} has no elevation for this feature</source>
        <translation>{field} hat für dieses Objekt keine Höhe</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="288"/>
        <source>Sent as x {x}, y {y}, z {z} m in {crs} (what {kind} expects)</source>
        <translation>Gesendet als x {x}, y {y}, z {z} m in {crs} (was {kind} erwartet)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="307"/>
        <source>Sign in on the Imago tab first</source>
        <translation>Melden Sie sich zuerst im Imago-Reiter an</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="310"/>
        <source>Add the photos to upload first</source>
        <translation>Fügen Sie zuerst die hochzuladenden Fotos hinzu</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="332"/>
        <source>Imago upload</source>
        <translation>Imago-Hochladen</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Inventory</name>
    <message>
        <location filename="../../ui/inventory.py" line="99"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="100"/>
        <source>Search every service that has credentials over the area of interest, at once, into one overview and one inventory layer</source>
        <translation>Alle Dienste mit Zugangsdaten auf einmal im Interessensgebiet durchsuchen, in eine Übersicht und einen Inventar-Layer</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="105"/>
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="143"/>
        <source>“All services” searches every service that has credentials over the area of interest at once. What each one holds there fills in here as it answers: click a service for its tab, a month of the timeline for its footprints.</source>
        <translation>„Alle Dienste“ durchsucht alle Dienste mit Zugangsdaten auf einmal im Interessensgebiet. Was jeder dort hat, erscheint hier, sobald er antwortet: Klicken Sie auf einen Dienst für seinen Reiter, auf einen Monat der Zeitleiste für seine Footprints.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="181"/>
        <source>Cancel this service&apos;s search</source>
        <translation>Suche dieses Dienstes abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="227"/>
        <source>No service to search: add credentials in Settings (⚙)</source>
        <translation>Kein Dienst zu durchsuchen: fügen Sie Zugangsdaten in den Einstellungen (⚙) hinzu</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="243"/>
        <source>searching</source>
        <translation>sucht</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="252"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="267"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="279"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="293"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="295"/>
        <source>No images over the area: see each service&apos;s state</source>
        <translation>Keine Bilder im Gebiet: siehe den Status jedes Dienstes</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="38"/>
        <source>Captures per month, one row per service: click a month to select its footprints</source>
        <translation>Aufnahmen pro Monat, eine Zeile pro Dienst: Klicken Sie auf einen Monat, um seine Footprints auszuwählen</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="81"/>
        <source>No dated captures yet</source>
        <translation>Noch keine datierten Aufnahmen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="54"/>
        <source>
&lt;p&gt;Answers “what imagery is there here?” for each feature of a polygon layer: every chosen
service with credentials is searched over the area at once (Spexi drone images, Mapillary street-level
images, the Mapflow imagery catalog, EOSDA Sentinel-2 scenes of the last YEARS years, Seequent Imago
imagery placed by longitude/latitude). The inventory layer holds every footprint with &lt;code&gt;area&lt;/code&gt;,
&lt;code&gt;service&lt;/code&gt;, &lt;code&gt;id&lt;/code&gt;, &lt;code&gt;captured_at&lt;/code&gt; (UTC), &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;resolution_m&lt;/code&gt;,
&lt;code&gt;cloud&lt;/code&gt;, &lt;code&gt;link&lt;/code&gt;, &lt;code&gt;altitude_m&lt;/code&gt; and &lt;code&gt;located&lt;/code&gt; (footprint, or a 5 m circle
round the camera). The summary has one row per area: images per service, the newest capture, and the state
of each service (done, failed with the service's words, skipped without credentials).&lt;/p&gt;
&lt;p&gt;Credentials come from the Imagery Hub settings, or from &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt;
(e.g. &lt;code&gt;IMAGERY_HUB_SPEXI_KEY&lt;/code&gt;) for headless runs.&lt;/p&gt;</source>
        <translation>
&lt;p&gt;Beantwortet „Welches Bildmaterial gibt es hier?“ für jedes Objekt eines Polygonlayers: Alle gewählten Dienste mit Zugangsdaten werden auf einmal im Gebiet durchsucht (Spexi-Drohnenbilder, Mapillary-Straßenbilder, der Mapflow-Bildkatalog, Sentinel-2-Szenen von EOSDA aus den letzten YEARS Jahren, Bildmaterial von Seequent Imago, nach Länge/Breite platziert). Der Inventar-Layer enthält jeden Footprint mit &lt;code&gt;area&lt;/code&gt;, &lt;code&gt;service&lt;/code&gt;, &lt;code&gt;id&lt;/code&gt;, &lt;code&gt;captured_at&lt;/code&gt; (UTC), &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;resolution_m&lt;/code&gt;, &lt;code&gt;cloud&lt;/code&gt;, &lt;code&gt;link&lt;/code&gt;, &lt;code&gt;altitude_m&lt;/code&gt; und &lt;code&gt;located&lt;/code&gt; (Footprint oder ein Kreis von 5 m um die Kamera). Die Zusammenfassung hat eine Zeile pro Gebiet: Bilder pro Dienst, die neueste Aufnahme und den Status jedes Dienstes (fertig, fehlgeschlagen mit den Worten des Dienstes, übersprungen ohne Zugangsdaten).&lt;/p&gt;
&lt;p&gt;Die Zugangsdaten stammen aus den Imagery-Hub-Einstellungen oder, für Läufe ohne Oberfläche, aus &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; (z. B. &lt;code&gt;IMAGERY_HUB_SPEXI_KEY&lt;/code&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Areas (polygon layer)</source>
        <translation>Gebiete (Polygonlayer)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Each feature is one area (only the selected ones when “Selected features only” is checked), at most {most}. Any CRS; it is transformed to WGS 84.</source>
        <translation>Jedes Objekt ist ein Gebiet (nur die gewählten, wenn „Nur gewählte Objekte“ angehakt ist), höchstens {most}. Beliebiges KBS; die Gebiete werden nach WGS 84 transformiert.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>The services to include: {ids}. Default: all. A service without credentials is skipped with a line saying how to add them.</source>
        <translation>Die einzubeziehenden Dienste: {ids}. Standard: alle. Ein Dienst ohne Zugangsdaten wird übersprungen, mit einer Zeile, die sagt, wie man sie hinzufügt.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>Years back (satellite scenes)</source>
        <translation>Jahre zurück (Satellitenszenen)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>How many years back EOSDA scenes are searched (each year is one request or more).</source>
        <translation>Wie viele Jahre zurück EOSDA-Szenen gesucht werden (jedes Jahr ist eine Anfrage oder mehr).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>Most images per service and area</source>
        <translation>Höchstzahl Bilder pro Dienst und Gebiet</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>A service stops after this many (default {most}); its state says so.</source>
        <translation>Ein Dienst hört nach so vielen auf (Standard {most}); sein Status sagt es.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Imagery inventory</source>
        <translation>Bildmaterial-Inventar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Every footprint of every service and area, in WGS 84, with the fields listed above.</source>
        <translation>Jeder Footprint jedes Dienstes und Gebiets, in WGS 84, mit den oben aufgeführten Feldern.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>Inventory summary</source>
        <translation>Inventar-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>One row per area: area (the feature id), area_km2, images, newest, and per service &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest and &amp;lt;service&amp;gt;_state.</source>
        <translation>Eine Zeile pro Gebiet: area (die Objekt-ID), area_km2, images, newest und pro Dienst &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest und &amp;lt;service&amp;gt;_state.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>Images found</source>
        <translation>Gefundene Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>How many footprints were written.</source>
        <translation>Wie viele Footprints geschrieben wurden.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="110"/>
        <source>Give a polygon layer of areas</source>
        <translation>Geben Sie einen Polygonlayer mit Gebieten an</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="116"/>
        <source>The layer has more than {most} areas: select fewer features</source>
        <translation>Der Layer hat mehr als {most} Gebiete: wählen Sie weniger Objekte</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="119"/>
        <source>The areas layer has no polygon features (or none is selected)</source>
        <translation>Der Gebiets-Layer hat keine Polygonobjekte (oder keines ist gewählt)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="158"/>
        <source>Area {fid} ({number} of {count}): {area}</source>
        <translation>Gebiet {fid} ({number} von {count}): {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/inventory.py" line="84"/>
        <source>%Ln image(s) (from the imagery inventory).</source>
        <translation>
            <numerusform>%Ln Bild (aus dem Bildmaterial-Inventar).</numerusform>
            <numerusform>%Ln Bilder (aus dem Bildmaterial-Inventar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/inventory.py" line="154"/>
        <source>Writing %Ln footprint(s)</source>
        <translation>
            <numerusform>%Ln Footprint wird geschrieben</numerusform>
            <numerusform>%Ln Footprints werden geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="218"/>
        <source>Imagery inventory: {service} failed: {details}</source>
        <translation>Bildmaterial-Inventar: {service} fehlgeschlagen: {details}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="225"/>
        <source>Imagery inventory · {time}</source>
        <translation>Bildmaterial-Inventar · {time}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="236"/>
        <source>Imagery inventory: the result layers of {service} were not built: {details}</source>
        <translation>Bildmaterial-Inventar: Die Ergebnislayer von {service} wurden nicht erstellt: {details}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="238"/>
        <source>its images are in the inventory layer, but its own result layers could not be built: {reason}</source>
        <translation>seine Bilder sind im Inventar-Layer, aber seine eigenen Ergebnislayer konnten nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="244"/>
        <source>Imagery inventory: {details}</source>
        <translation>Bildmaterial-Inventar: {details}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Captured</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Sharpest</source>
        <translation>Schärfste</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Cloud</source>
        <translation>Wolken</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="60"/>
        <source>{altitude} m altitude</source>
        <translation>{altitude} m Flughöhe</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="198"/>
        <source>Draw or pick an area of interest first (top of the panel): the inventory searches an area</source>
        <translation>Zeichnen oder wählen Sie zuerst ein Interessensgebiet (oben im Bedienfeld): Das Inventar durchsucht ein Gebiet</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="212"/>
        <source>skipped: no credentials — add them in Settings (⚙). {where}</source>
        <translation>übersprungen: keine Zugangsdaten — fügen Sie sie in den Einstellungen (⚙) hinzu. {where}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="218"/>
        <source>skipped: not confirmed ({cost})</source>
        <translation>übersprungen: nicht bestätigt ({cost})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="222"/>
        <source>refused: {reason}</source>
        <translation>abgelehnt: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="239"/>
        <source>Searching %Ln service(s) over {area}</source>
        <translation>
            <numerusform>%Ln Dienst wird über {area} durchsucht</numerusform>
            <numerusform>%Ln Dienste werden über {area} durchsucht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="257"/>
        <source>searching: {status}</source>
        <translation>Suche: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="267"/>
        <source>done, more exist (narrow the area)</source>
        <translation>fertig, es gibt weitere (Gebiet verkleinern)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="275"/>
        <source>failed: {reason}</source>
        <translation>fehlgeschlagen: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="288"/>
        <source>%Ln image(s) from {services} in the layer “{layer}”</source>
        <translation>
            <numerusform>%Ln Bild aus {services} im Layer „{layer}“</numerusform>
            <numerusform>%Ln Bilder aus {services} im Layer „{layer}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="288"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln Dienst</numerusform>
            <numerusform>%Ln Diensten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline.py" line="134"/>
        <source>{month}: %Ln capture(s)</source>
        <translation>
            <numerusform>{month}: %Ln Aufnahme</numerusform>
            <numerusform>{month}: %Ln Aufnahmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="141"/>
        <source>{service} skipped: {reason}</source>
        <translation>{service} übersprungen: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="182"/>
        <source>{service} failed over area {fid}: {reason}</source>
        <translation>{service} ist über Gebiet {fid} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="36"/>
        <source>Image id</source>
        <translation>Bild-ID</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="37"/>
        <source>Captured (UTC)</source>
        <translation>Aufgenommen (UTC)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="38"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="39"/>
        <source>Ground resolution (m)</source>
        <translation>Bodenauflösung (m)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="40"/>
        <source>Cloud cover (%)</source>
        <translation>Bewölkung (%)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="41"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="42"/>
        <source>Flight altitude (m)</source>
        <translation>Flughöhe (m)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="43"/>
        <source>Located by</source>
        <translation>Verortet über</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Layers</name>
    <message>
        <location filename="../../core/ingest.py" line="83"/>
        <source>Could not create the GeoPackage {path}</source>
        <translation>Das GeoPackage {path} konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="129"/>
        <source>Could not create the GeoPackage layer {layer}: {reason}</source>
        <translation>Der GeoPackage-Layer {layer} konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="137"/>
        <source>Could not write to {layer}: {reason}</source>
        <translation>In {layer} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="135"/>
        <source>Cancelled while writing results</source>
        <translation>Beim Schreiben der Ergebnisse abgebrochen</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="231"/>
        <source>QGIS could not open {layer} in {path}</source>
        <translation>QGIS konnte {layer} in {path} nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="236"/>
        <source>Could not apply the style {style}: {reason}</source>
        <translation>Der Stil {style} konnte nicht angewendet werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/layers.py" line="305"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/layers.py" line="306"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln Szene</numerusform>
            <numerusform>%Ln Szenen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="345"/>
        <source>the data source refused it</source>
        <translation>die Datenquelle hat es abgelehnt</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="356"/>
        <source>Layer {layer} has no field {field}</source>
        <translation>Layer {layer} hat kein Feld {field}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="363"/>
        <source>Could not add the field {field} to {layer}</source>
        <translation>Das Feld {field} konnte nicht zu {layer} hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="372"/>
        <source>Could not add the field {field} to {layer}: {reason}</source>
        <translation>Das Feld {field} konnte nicht zu {layer} hinzugefügt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="378"/>
        <source>Could not write {field} into {layer}: {reason}</source>
        <translation>{field} konnte nicht in {layer} geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Maximale Wolkenbedeckung (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Finest resolution (m/px)</source>
        <translation>Feinste Auflösung (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Coarsest resolution (m/px)</source>
        <translation>Gröbste Auflösung (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Largest off-nadir angle (°)</source>
        <translation>Größter Off-Nadir-Winkel (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Smallest share of the area covered (%)</source>
        <translation>Kleinster abgedeckter Anteil des Gebiets (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="64"/>
        <source>Acquired from</source>
        <translation>Aufgenommen ab</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>Acquired until</source>
        <translation>Aufgenommen bis</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="79"/>
        <source>Data providers</source>
        <translation>Datenanbieter</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only images available for processing</source>
        <translation>Nur zur Verarbeitung verfügbare Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="88"/>
        <source>Catalog footprints</source>
        <translation>Katalog-Footprints</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>Images written</source>
        <translation>Geschriebene Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="95"/>
        <source>Images found</source>
        <translation>Gefundene Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="98"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="103"/>
        <source>Optional blocks</source>
        <translation>Optionale Blöcke</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="108"/>
        <source>Imagery source type</source>
        <translation>Art der Bildquelle</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="120"/>
        <source>Imagery (URL, path or id)</source>
        <translation>Bildmaterial (URL, Pfad oder ID)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="124"/>
        <source>Catalog data provider</source>
        <translation>Datenanbieter im Katalog</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="128"/>
        <source>Zoom</source>
        <translation>Zoomstufe</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Processing name</source>
        <translation>Name der Verarbeitung</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Project (id or name)</source>
        <translation>Projekt (ID oder Name)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="142"/>
        <source>Wait for the results</source>
        <translation>Auf die Ergebnisse warten</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="147"/>
        <source>Check every (seconds)</source>
        <translation>Prüfen alle (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="151"/>
        <source>Give up waiting after (minutes)</source>
        <translation>Warten aufgeben nach (Minuten)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="158"/>
        <source>Mapflow results</source>
        <translation>Mapflow-Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Processing id</source>
        <translation>Verarbeitungs-ID</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="167"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="170"/>
        <source>Objects found</source>
        <translation>Gefundene Objekte</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Images with at most this cloud cover.</source>
        <translation>Bilder mit höchstens dieser Wolkenbedeckung.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images finer than this many metres per pixel.</source>
        <translation>Bilder auslassen, die feiner als so viele Meter pro Pixel sind.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images coarser than this many metres per pixel.</source>
        <translation>Bilder auslassen, die gröber als so viele Meter pro Pixel sind.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images taken further than this from straight down.</source>
        <translation>Bilder auslassen, die weiter als dieser Winkel von der Senkrechten aufgenommen wurden.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images that cover less of the area of interest.</source>
        <translation>Bilder auslassen, die weniger vom Interessensgebiet abdecken.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="49"/>
        <source>
&lt;p&gt;Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with &lt;i&gt;Run a Mapflow processing&lt;/i&gt; (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Durchsucht den Mapflow-Bildkatalog (die Satelliten- und Luftbilder der mit dem Konto verknüpften Anbieter) in einem Gebiet, wie es die Katalogseite des Mapflow-Reiters tut, und schreibt die Footprints der gefundenen Bilder mit Datum, Wolkenbedeckung, Auflösung, Off-Nadir-Winkel, Anbieter und dem Anteil des Gebiets, den jedes abdeckt. Ein Bild kann dann mit &lt;i&gt;Mapflow-Verarbeitung starten&lt;/i&gt; verarbeitet werden (SOURCE_TYPE catalog, SOURCE seine image_id, DATA_PROVIDER sein Anbieter). Bis zu 1000 Bilder werden behalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="63"/>
        <source>to search</source>
        <translation>für die Suche</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="64"/>
        <source>First acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Erster Aufnahmetag (UTC, einschließlich). Leer: keine Grenze.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>Last acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Letzter Aufnahmetag (UTC, einschließlich). Leer: keine Grenze.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="72"/>
        <source>Empty: no limit.</source>
        <translation>Leer: keine Grenze.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="72"/>
        <source>Default 20 %.</source>
        <translation>Standard 20 %.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="79"/>
        <source>Only these providers, separated by commas. Empty: every provider of the account.</source>
        <translation>Nur diese Anbieter, durch Kommas getrennt. Leer: jeder Anbieter des Kontos.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Leave out images the account cannot order or process.</source>
        <translation>Bilder auslassen, die das Konto weder bestellen noch verarbeiten kann.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="88"/>
        <source>The footprints (multipolygons in WGS 84) with image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url and zoom.</source>
        <translation>Die Footprints (Multipolygone in WGS 84) mit image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url und zoom.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>How many footprints were written.</source>
        <translation>Wie viele Footprints geschrieben wurden.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="95"/>
        <source>How many images match (more than COUNT when over 1000).</source>
        <translation>Wie viele Bilder passen (mehr als COUNT bei über 1000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="124"/>
        <source>Searching the Mapflow catalog over {area}</source>
        <translation>Durchsuche den Mapflow-Katalog in {area}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="130"/>
        <source>, the first {kept} kept</source>
        <translation>, die ersten {kept} behalten</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="65"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="48"/>
        <source>The Mapflow account has no model {model}: use one of {names}</source>
        <translation>Das Mapflow-Konto hat kein Modell {model}: verwenden Sie eines von {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="66"/>
        <source>{model} has no optional block {blocks}: use all, none or some of {names}</source>
        <translation>{model} hat keinen optionalen Block {blocks}: verwenden Sie all, none oder einige von {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="82"/>
        <source>
&lt;p&gt;Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With &lt;i&gt;Wait&lt;/i&gt; the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Führt ein Mapflow-KI-Modell (Gebäude, Straßen, Wald…) auf den Polygonen eines Layers aus, wie es der Mapflow-Reiter tut: jedes Polygon wird ein Gebiet der Verarbeitung; die Fläche wird mit den Grenzen des Kontos abgeglichen und die Kosten werden erfragt, bevor etwas startet. Mit &lt;i&gt;Warten&lt;/i&gt; verfolgt der Algorithmus die Verarbeitung bis zum Ende und schreibt ihre Ergebnisse (die vektorisierten Objekte) in den Ausgabelayer; ohne gibt er sofort die Verarbeitungs-ID zurück, und die Ergebnisse können später im Mapflow-Reiter geladen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="96"/>
        <source>to process (each polygon becomes one Mapflow area)</source>
        <translation>zum Verarbeiten (jedes Polygon wird ein Mapflow-Gebiet)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="98"/>
        <source>The AI model by name as the account lists it, with or without its emoji and in any case (Buildings, Roads, Forest, Construction sites…), or by id.</source>
        <translation>Das KI-Modell nach Name, wie das Konto es aufführt, mit oder ohne Emoji und in beliebiger Schreibweise (Buildings, Roads, Forest, Construction sites…), oder nach ID.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="103"/>
        <source>The model's optional blocks to enable, separated by commas (e.g. Classification, OSM); “all” (the default, as in the tab) or “none”.</source>
        <translation>Die zu aktivierenden optionalen Blöcke des Modells, durch Kommas getrennt (z. B. Classification, OSM); „all“ (Standard, wie im Reiter) oder „none“.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="108"/>
        <source>Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is the URL template); tif, a GeoTIFF uploaded before (SOURCE is its s3:// URL); geotiff_file, a GeoTIFF on this computer that is uploaded first (SOURCE is its path); catalog, an image of the Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); provider, an imagery provider of the account such as Mapbox, processed at ZOOM without an image (SOURCE is the provider&apos;s name).</source>
        <translation>Woher das Bildmaterial kommt: xyz, tms oder quadkey, Kacheln (SOURCE ist die URL-Vorlage); tif, ein zuvor hochgeladenes GeoTIFF (SOURCE ist seine s3://-URL); geotiff_file, ein GeoTIFF auf diesem Computer, das zuerst hochgeladen wird (SOURCE ist sein Pfad); catalog, ein Bild des Mapflow-Katalogs (SOURCE ist seine Bild-ID, DATA_PROVIDER sein Anbieter); mosaic, ein Mosaik der Data API (SOURCE ist die Mosaik-ID); provider, ein Bildanbieter des Kontos wie Mapbox, verarbeitet in ZOOM ohne Bild (SOURCE ist der Name des Anbieters).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="120"/>
        <source>The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} for quadkey), an s3:// URL, a file path, a catalog image id or a mosaic id.</source>
        <translation>Das Bildmaterial, wie SOURCE_TYPE es verlangt: eine URL mit {x}, {y}, {z} (oder {q} für quadkey), eine s3://-URL, ein Dateipfad, eine Bild-ID des Katalogs oder eine Mosaik-ID.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="124"/>
        <source>For SOURCE_TYPE catalog: the provider of the image, as Search the Mapflow catalog writes it in the provider field.</source>
        <translation>Für SOURCE_TYPE catalog: der Anbieter des Bildes, wie Mapflow-Katalog durchsuchen ihn ins Feld provider schreibt.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="128"/>
        <source>Tile zoom of the imagery (tile and catalog sources). Empty: the model&apos;s own zoom.</source>
        <translation>Kachel-Zoomstufe des Bildmaterials (Kachel- und Katalogquellen). Leer: die eigene Zoomstufe des Modells.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Name shown in Mapflow. Empty: the model and the time, e.g. “Buildings 2024-06-01 14:30”.</source>
        <translation>In Mapflow angezeigter Name. Leer: das Modell und die Uhrzeit, z. B. „Buildings 2024-06-01 14:30“.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>The Mapflow project to put the processing in. Empty: the account&apos;s default project.</source>
        <translation>Das Mapflow-Projekt, in das die Verarbeitung kommt. Leer: das Standardprojekt des Kontos.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="142"/>
        <source>Follow the processing until it ends and write its results to OUTPUT. Unchecked: return the processing id as soon as it has started (OUTPUT is then not written).</source>
        <translation>Die Verarbeitung bis zum Ende verfolgen und ihre Ergebnisse in OUTPUT schreiben. Nicht angehakt: die Verarbeitungs-ID zurückgeben, sobald sie gestartet ist (OUTPUT wird dann nicht geschrieben).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="147"/>
        <source>How often the status is asked for while waiting.</source>
        <translation>Wie oft beim Warten nach dem Status gefragt wird.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="151"/>
        <source>Stop waiting (the processing goes on in Mapflow) after this long; 0 waits without limit.</source>
        <translation>Nach dieser Dauer nicht mehr warten (die Verarbeitung läuft in Mapflow weiter); 0 wartet ohne Grenze.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="158"/>
        <source>The objects the model found, with the attributes Mapflow gives them (class, confidence…), in WGS 84. A GeoPackage unless another format is chosen.</source>
        <translation>Die vom Modell gefundenen Objekte mit den Attributen, die Mapflow ihnen gibt (Klasse, Konfidenz…), in WGS 84. Ein GeoPackage, sofern kein anderes Format gewählt ist.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>The id of the processing in Mapflow (to load it later from the tab).</source>
        <translation>Die ID der Verarbeitung in Mapflow (um sie später im Reiter zu laden).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="167"/>
        <source>OK when the results were written; the current status when not waiting.</source>
        <translation>OK, wenn die Ergebnisse geschrieben wurden; der aktuelle Status, wenn nicht gewartet wird.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="170"/>
        <source>How many result features were written (0 when not waiting).</source>
        <translation>Wie viele Ergebnisobjekte geschrieben wurden (0, wenn nicht gewartet wird).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="196"/>
        <source>No GeoTIFF at {path}</source>
        <translation>Kein GeoTIFF unter {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="199"/>
        <source>{name} is not a GeoTIFF</source>
        <translation>{name} ist kein GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="205"/>
        <source>A catalog image needs its provider (the provider field of the catalog search)</source>
        <translation>Ein Katalogbild braucht seinen Anbieter (das Feld provider der Katalogsuche)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="218"/>
        <source>Waiting is for the results: give OUTPUT (a file or TEMPORARY_OUTPUT), or set WAIT to false to only start the processing</source>
        <translation>Warten ist für die Ergebnisse: geben Sie OUTPUT an (eine Datei oder TEMPORARY_OUTPUT) oder setzen Sie WAIT auf false, um die Verarbeitung nur zu starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="254"/>
        <source>Starting “{name}”: {model} on {km2} km² in %Ln area(s) from {source}</source>
        <translation>
            <numerusform>Starte „{name}“: {model} auf {km2} km² in %Ln Gebiet aus {source}</numerusform>
            <numerusform>Starte „{name}“: {model} auf {km2} km² in %Ln Gebieten aus {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="257"/>
        <source>, cost {cost}</source>
        <translation>, Kosten {cost}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="261"/>
        <source>Mapflow processing {id} started</source>
        <translation>Mapflow-Verarbeitung {id} gestartet</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="268"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="269"/>
        <source>Processing {id} ended {status}: {reason}</source>
        <translation>Verarbeitung {id} endete mit {status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="287"/>
        <source>The Mapflow account has no project {project}: use one of {names}</source>
        <translation>Das Mapflow-Konto hat kein Projekt {project}: verwenden Sie eines von {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="304"/>
        <source>stopped waiting; processing {id} goes on in Mapflow</source>
        <translation>Warten beendet; Verarbeitung {id} läuft in Mapflow weiter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/catalog.py" line="128"/>
        <source>%Ln image(s) found</source>
        <translation>
            <numerusform>%Ln Bild gefunden</numerusform>
            <numerusform>%Ln Bilder gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="278"/>
        <source>%Ln object(s) written</source>
        <translation>
            <numerusform>%Ln Objekt geschrieben</numerusform>
            <numerusform>%Ln Objekte geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="38"/>
        <source>The Mapflow token is not the one shown at app.mapflow.ai (base64 of email:key): copy it again into Imagery Hub settings</source>
        <translation>Das Mapflow-Token ist nicht das auf app.mapflow.ai angezeigte (base64 von E-Mail:Schlüssel): kopieren Sie es erneut in die Einstellungen von Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="60"/>
        <source>The QGIS Authentication Manager is locked: enter the master password to show Mapflow tiles</source>
        <translation>Die QGIS-Authentifizierungsverwaltung ist gesperrt: geben Sie das Master-Passwort ein, um Mapflow-Kacheln anzuzeigen</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="75"/>
        <source>QGIS could not store the Mapflow tile credentials</source>
        <translation>QGIS konnte die Zugangsdaten für die Mapflow-Kacheln nicht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="179"/>
        <source>Searching the Mapflow catalog…</source>
        <translation>Mapflow-Katalog wird durchsucht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/catalog_layers.py" line="49"/>
        <source>Writing %Ln footprint(s)…</source>
        <translation>
            <numerusform>%Ln Footprint wird geschrieben…</numerusform>
            <numerusform>%Ln Footprints werden geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/catalog_layers.py" line="132"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>Das Vorschaubild {path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="25"/>
        <source>Mapflow: my imagery</source>
        <translation>Mapflow: mein Bildmaterial</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="54"/>
        <source>Mapflow gave no tiles for the mosaic “{name}”</source>
        <translation>Mapflow hat für das Mosaik „{name}“ keine Kacheln geliefert</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="57"/>
        <source>{name} (mosaic)</source>
        <translation>{name} (Mosaik)</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="60"/>
        <source>QGIS could not open the tiles of the mosaic “{name}”</source>
        <translation>QGIS konnte die Kacheln des Mosaiks „{name}“ nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="72"/>
        <source>QGIS cannot open {file}</source>
        <translation>QGIS kann {file} nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/inventory.py" line="16"/>
        <source>Mapflow catalog</source>
        <translation>Mapflow-Katalog</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="74"/>
        <source>{name} – results (tiles)</source>
        <translation>{name} – Ergebnisse (Kacheln)</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="78"/>
        <source>QGIS could not open the result tiles of {name}</source>
        <translation>QGIS konnte die Ergebniskacheln von {name} nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="83"/>
        <source>Could not style the result tiles: {reason}</source>
        <translation>Die Ergebniskacheln konnten nicht gestaltet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="87"/>
        <source>{name} – imagery</source>
        <translation>{name} – Bildmaterial</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="90"/>
        <source>QGIS could not open the imagery tiles of {name}</source>
        <translation>QGIS konnte die Bildkacheln von {name} nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="95"/>
        <source>{name} has no result layers yet</source>
        <translation>{name} hat noch keine Ergebnis-Layer</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="49"/>
        <source>Downloading the results of {name}…</source>
        <translation>Ergebnisse von {name} werden heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="127"/>
        <source>The results of {name} are not readable GeoJSON</source>
        <translation>Die Ergebnisse von {name} sind kein lesbares GeoJSON</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="139"/>
        <source>Cancelled while waiting for the same download</source>
        <translation>Abgebrochen beim Warten auf denselben Download</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="144"/>
        <source>Writing the GeoPackage…</source>
        <translation>GeoPackage wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="178"/>
        <source>{name} – results</source>
        <translation>{name} – Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="186"/>
        <source>{name} – AOIs</source>
        <translation>{name} – Gebiete</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="38"/>
        <source>GDAL cannot read {file}: is it a raster file?</source>
        <translation>GDAL kann {file} nicht lesen: ist es eine Rasterdatei?</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="42"/>
        <source>{file} has no georeference: Mapflow needs a GeoTIFF with a CRS</source>
        <translation>{file} hat keine Georeferenz: Mapflow braucht ein GeoTIFF mit KBS</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="67"/>
        <source>the mosaic</source>
        <translation>das Mosaik</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="73"/>
        <source>{file} cannot join {mosaic}: {differences}. Images of a mosaic must share CRS, number of bands and resolution</source>
        <translation>{file} passt nicht in {mosaic}: {differences}. Die Bilder eines Mosaiks müssen KBS, Bandanzahl und Auflösung gemeinsam haben</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="83"/>
        <source>Only raster layers read from a file can be uploaded to Mapflow</source>
        <translation>Nur aus einer Datei gelesene Raster-Layer können zu Mapflow hochgeladen werden</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="87"/>
        <source>The layer “{name}” is not a file on this computer</source>
        <translation>Der Layer „{name}“ ist keine Datei auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="18"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="112"/>
        <source>GDAL could not write {file} as a GeoTIFF</source>
        <translation>GDAL konnte {file} nicht als GeoTIFF schreiben</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="46"/>
        <source>Imagery Hub: uploading {files} to Mapflow</source>
        <translation>Imagery Hub: {files} wird zu Mapflow hochgeladen</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="53"/>
        <source>Checking the files…</source>
        <translation>Dateien werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="59"/>
        <source>Checking the mosaic “{name}”…</source>
        <translation>Mosaik „{name}“ wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="63"/>
        <source>the mosaic “{name}” ({profile})</source>
        <translation>das Mosaik „{name}“ ({profile})</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="67"/>
        <source>Mapflow: the images of “{name}” describe no raster profile this plugin reads, so their grid was not compared before the upload</source>
        <translation>Mapflow: Die Bilder von „{name}“ beschreiben kein Rasterprofil, das dieses Plugin liest, daher wurde ihr Raster vor dem Hochladen nicht verglichen</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="80"/>
        <source>Writing {file} as a GeoTIFF…</source>
        <translation>{file} wird als GeoTIFF geschrieben…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="88"/>
        <source>Uploading {file} ({size}, {number} of {count})…</source>
        <translation>{file} wird hochgeladen ({size}, {number} von {count})…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="111"/>
        <source>{file} is not a GeoTIFF: use My imagery to upload other rasters</source>
        <translation>{file} ist kein GeoTIFF: laden Sie andere Raster über Mein Bildmaterial hoch</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="116"/>
        <source>Uploading {file} ({size})…</source>
        <translation>{file} wird hochgeladen ({size})…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="99"/>
        <source>checking Mapflow processings</source>
        <translation>Prüfen der Mapflow-Verarbeitungen</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="103"/>
        <source>Mapflow: not checking processings: {reason}</source>
        <translation>Mapflow: Verarbeitungen werden nicht geprüft: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="111"/>
        <source>Mapflow: processing {id} no longer exists; not watching it any more</source>
        <translation>Mapflow: Verarbeitung {id} existiert nicht mehr; sie wird nicht mehr beobachtet</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="122"/>
        <source>Mapflow: checking processings failed, will try again: {reason}</source>
        <translation>Mapflow: Prüfen der Verarbeitungen fehlgeschlagen, neuer Versuch folgt: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="13"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="14"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="15"/>
        <source>Awaiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="16"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="17"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="19"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="23"/>
        <source>“{name}” done.</source>
        <translation>„{name}“ fertig.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="24"/>
        <source>“{name}” failed.</source>
        <translation>„{name}“ fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="25"/>
        <source>“{name}” cancelled.</source>
        <translation>„{name}“ abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="26"/>
        <source>“{name}” refunded.</source>
        <translation>„{name}“ erstattet.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="33"/>
        <source>“{name}”: {status}.</source>
        <translation>„{name}“: {status}.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="65"/>
        <source>{used} used</source>
        <translation>{used} belegt</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="66"/>
        <source>{used} of {limit} used</source>
        <translation>{used} von {limit} belegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/words.py" line="73"/>
        <source>{crs}, %Ln band(s), pixel size {size}</source>
        <translation>
            <numerusform>{crs}, %Ln Band, Pixelgröße {size}</numerusform>
            <numerusform>{crs}, %Ln Bänder, Pixelgröße {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="80"/>
        <source>uploaded image {name}</source>
        <translation>hochgeladenes Bild {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/words.py" line="84"/>
        <source>%Ln image(s) of the mosaic “{name}”</source>
        <translation>
            <numerusform>%Ln Bild des Mosaiks „{name}“</numerusform>
            <numerusform>%Ln Bilder des Mosaiks „{name}“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="85"/>
        <source>the mosaic “{name}”</source>
        <translation>das Mosaik „{name}“</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="87"/>
        <source>{provider} image {id}</source>
        <translation>{provider}-Bild {id}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="90"/>
        <source>{provider} imagery</source>
        <translation>Bildmaterial von {provider}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="33"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="34"/>
        <source>Cloud %</source>
        <translation>Wolken %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="36"/>
        <source>AOI %</source>
        <translation>Gebiet %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="112"/>
        <source>Off-nadir</source>
        <translation>Off-Nadir</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="122"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="39"/>
        <source>Image id</source>
        <translation>Bild-ID</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="52"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="82"/>
        <source>How much of the AOI an image must cover at least</source>
        <translation>Wie viel des Interessensgebiets ein Bild mindestens abdecken muss</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="83"/>
        <source>Search imagery</source>
        <translation>Bildmaterial suchen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="86"/>
        <source>Search the imagery of your Mapflow providers over the AOI.</source>
        <translation>Durchsuchen Sie das Bildmaterial Ihrer Mapflow-Anbieter im Interessensgebiet.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="94"/>
        <source>Show the scenes as their previews instead of a table</source>
        <translation>Szenen als ihre Vorschaubilder statt als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="99"/>
        <source>Pick a scene in the table or on the map.</source>
        <translation>Wählen Sie eine Szene in der Tabelle oder auf der Karte.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="101"/>
        <source>Run processing on this image…</source>
        <translation>Verarbeitung mit diesem Bild starten…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="102"/>
        <source>Starts a processing of the AOI with the model chosen under Processing, after showing its cost</source>
        <translation>Startet eine Verarbeitung des Interessensgebiets mit dem unter Verarbeitung gewählten Modell, nachdem die Kosten angezeigt wurden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="110"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="111"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="113"/>
        <source>Max cloud</source>
        <translation>Max. Wolken</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="114"/>
        <source>Min AOI cover</source>
        <translation>Min. Gebietsabdeckung</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="137"/>
        <source>This image has no picture preview</source>
        <translation>Dieses Bild hat keine Bildvorschau</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="138"/>
        <source>fetching a catalog thumbnail</source>
        <translation>Vorschaubild aus dem Katalog abrufen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="146"/>
        <source>The catalog searches an area: draw a rectangle or polygon, or give the point a radius</source>
        <translation>Der Katalog durchsucht ein Gebiet: zeichnen Sie ein Rechteck oder Polygon oder geben Sie dem Punkt einen Radius</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="172"/>
        <source>searching the Mapflow catalog</source>
        <translation>Mapflow-Katalog durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="183"/>
        <source>The search failed: {reason}</source>
        <translation>Die Suche ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="190"/>
        <source>No images match: widen the dates or relax the filters.</source>
        <translation>Keine Bilder passen: erweitern Sie den Zeitraum oder lockern Sie die Filter.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="193"/>
        <source>Mapflow catalog {start} – {end}</source>
        <translation>Mapflow-Katalog {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/catalog.py" line="198"/>
        <source>%Ln image(s) (clouds ≤ {cloud} %)</source>
        <translation>
            <numerusform>%Ln Bild (Wolken ≤ {cloud} %)</numerusform>
            <numerusform>%Ln Bilder (Wolken ≤ {cloud} %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/catalog.py" line="201"/>
        <source>{found}; %Ln found, the first {kept} kept: narrow the filters</source>
        <translation>
            <numerusform>{found}; %Ln gefunden, die ersten {kept} behalten: engen Sie die Filter ein</numerusform>
            <numerusform>{found}; %Ln gefunden, die ersten {kept} behalten: engen Sie die Filter ein</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="204"/>
        <source>Mapflow catalog: {result}</source>
        <translation>Mapflow-Katalog: {result}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="217"/>
        <source>{cloud} % clouds</source>
        <translation>{cloud} % Wolken</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="217"/>
        <source>clouds unknown</source>
        <translation>Wolken unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="224"/>
        <source>This image has no picture preview.</source>
        <translation>Dieses Bild hat keine Bildvorschau.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="226"/>
        <source>Loading the preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="227"/>
        <source>fetching a catalog preview</source>
        <translation>Vorschau aus dem Katalog abrufen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="239"/>
        <source>No preview: {reason}</source>
        <translation>Keine Vorschau: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="245"/>
        <source>Pick a scene in the table first</source>
        <translation>Wählen Sie zuerst eine Szene in der Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="39"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="63"/>
        <source>Mapflow gave no reason.</source>
        <translation>Mapflow hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="64"/>
        <source>Mapflow: {name} failed</source>
        <translation>Mapflow: {name} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="67"/>
        <source>Change the source or the area and start again, or restart it if the error was on Mapflow&apos;s side.</source>
        <translation>Ändern Sie die Quelle oder das Gebiet und starten Sie erneut, oder starten Sie sie neu, wenn der Fehler bei Mapflow lag.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="77"/>
        <source>comma-separated, e.g. drone, june</source>
        <translation>durch Kommas getrennt, z. B. drone, juni</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="116"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="80"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="93"/>
        <source>GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="94"/>
        <source>Upload GeoTIFFs to Mapflow</source>
        <translation>GeoTIFFs zu Mapflow hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>XYZ tiles</source>
        <translation>XYZ-Kacheln</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>TMS tiles</source>
        <translation>TMS-Kacheln</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Quadkey tiles</source>
        <translation>Quadkey-Kacheln</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Uploaded GeoTIFF</source>
        <translation>Hochgeladenes GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Catalog image</source>
        <translation>Katalogbild</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Imagery provider</source>
        <translation>Bildanbieter</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="48"/>
        <source>s3://… (as the upload returned it)</source>
        <translation>s3://… (wie es das Hochladen zurückgab)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="53"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="66"/>
        <source>automatic: model and time</source>
        <translation>automatisch: Modell und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="68"/>
        <source>The AI models of your Mapflow account, with their price</source>
        <translation>Die KI-Modelle Ihres Mapflow-Kontos mit ihrem Preis</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="87"/>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="86"/>
        <source>Upload a GeoTIFF from disk; its s3:// URL goes here</source>
        <translation>Ein GeoTIFF von der Festplatte hochladen; seine s3://-URL kommt hierher</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="97"/>
        <source>model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="99"/>
        <source>Tile zoom to process at; the model&apos;s own zoom when left at default</source>
        <translation>Kachel-Zoomstufe für die Verarbeitung; die eigene Zoomstufe des Modells, wenn auf Standard belassen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="103"/>
        <source>The imagery providers of your Mapflow account; no image to pick</source>
        <translation>Die Bildanbieter Ihres Mapflow-Kontos; kein Bild auszuwählen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="106"/>
        <source>image id from the catalog</source>
        <translation>Bild-ID aus dem Katalog</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="111"/>
        <source>Start processing…</source>
        <translation>Verarbeitung starten…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="112"/>
        <source>Shows the cost and asks before anything starts</source>
        <translation>Zeigt die Kosten und fragt nach, bevor etwas startet</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="117"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="118"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="119"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="120"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="121"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="123"/>
        <source>Imagery</source>
        <translation>Bildmaterial</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="124"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="160"/>
        <source>{block} (free)</source>
        <translation>{block} (kostenlos)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="187"/>
        <source>Imagery: &lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>Bildmaterial: &lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="196"/>
        <source>Selected imagery</source>
        <translation>Gewähltes Bildmaterial</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="235"/>
        <source>The Mapflow account is not loaded yet: press Refresh</source>
        <translation>Das Mapflow-Konto ist noch nicht geladen: klicken Sie auf Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="41"/>
        <source>A new mosaic…</source>
        <translation>Ein neues Mosaik…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="60"/>
        <source>Storage not loaded yet.</source>
        <translation>Speicher noch nicht geladen.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="374"/>
        <source>Select an image to see its preview.</source>
        <translation>Wählen Sie ein Bild, um seine Vorschau zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Use for a processing</source>
        <translation>Für eine Verarbeitung &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>Show on the &amp;map</source>
        <translation>Auf der &amp;Karte zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Large preview</source>
        <translation>&amp;Große Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>Re&amp;name / tags…</source>
        <translation>Umbe&amp;nennen / Tags…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Link an uploaded s3:// image…</source>
        <translation>Hochgeladenes s3://-Bild &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="90"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="85"/>
        <source>New mosaic…</source>
        <translation>Neues Mosaik…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="85"/>
        <source>Create an empty mosaic</source>
        <translation>Ein leeres Mosaik anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="87"/>
        <source>Upload GeoTIFFs from disk into a mosaic</source>
        <translation>GeoTIFFs von der Festplatte in ein Mosaik hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="90"/>
        <source>Reload mosaics, images and storage (F5)</source>
        <translation>Mosaike, Bilder und Speicher neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="319"/>
        <source>Use for processing</source>
        <translation>Für Verarbeitung verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="93"/>
        <source>Process the selected mosaic or images (Enter)</source>
        <translation>Das gewählte Mosaik oder die gewählten Bilder verarbeiten (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="96"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="96"/>
        <source>Show the mosaic&apos;s tiles, or download the image as a layer</source>
        <translation>Die Kacheln des Mosaiks zeigen oder das Bild als Layer herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="172"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="136"/>
        <source>loading your Mapflow imagery</source>
        <translation>Ihr Mapflow-Bildmaterial laden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="157"/>
        <source>Storage: {usage}</source>
        <translation>Speicher: {usage}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="160"/>
        <source>{percent} % of your Mapflow storage is used</source>
        <translation>{percent} % Ihres Mapflow-Speichers sind belegt</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="265"/>
        <source>New Mapflow mosaic</source>
        <translation>Neues Mapflow-Mosaik</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="180"/>
        <source>creating a Mapflow mosaic</source>
        <translation>Mapflow-Mosaik anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="191"/>
        <source>Mosaic name and tags</source>
        <translation>Name und Tags des Mosaiks</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="194"/>
        <source>changing a Mapflow mosaic</source>
        <translation>Mapflow-Mosaik ändern</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="198"/>
        <source>Rename image</source>
        <translation>Bild umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="201"/>
        <source>renaming a Mapflow image</source>
        <translation>Mapflow-Bild umbenennen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="217"/>
        <source>the mosaic {names} with %Ln image(s)</source>
        <translation>
            <numerusform>das Mosaik {names} mit %Ln Bild</numerusform>
            <numerusform>das Mosaik {names} mit %Ln Bildern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="219"/>
        <source>the mosaics {names} with %Ln image(s)</source>
        <translation>
            <numerusform>die Mosaike {names} mit %Ln Bild</numerusform>
            <numerusform>die Mosaike {names} mit %Ln Bildern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="222"/>
        <source>1 image (“{file}”)</source>
        <translation>1 Bild („{file}“)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery_tree.py" line="51"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="225"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="227"/>
        <source>Delete {what} from Mapflow? Deleted images cannot be restored.</source>
        <translation>{what} aus Mapflow löschen? Gelöschte Bilder können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="229"/>
        <source>Delete Mapflow imagery</source>
        <translation>Mapflow-Bildmaterial löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="206"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="238"/>
        <source>deleting Mapflow imagery</source>
        <translation>Mapflow-Bildmaterial löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="242"/>
        <source>Link an uploaded image</source>
        <translation>Hochgeladenes Bild verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="242"/>
        <source>s3:// URL of the image to add to “{mosaic}”</source>
        <translation>s3://-URL des Bildes, das zu „{mosaic}“ hinzukommt</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="247"/>
        <source>linking an image to a Mapflow mosaic</source>
        <translation>Bild mit einem Mapflow-Mosaik verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="345"/>
        <source>Upload to Mapflow</source>
        <translation>Zu Mapflow hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="257"/>
        <source>Into the mosaic</source>
        <translation>In das Mosaik</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="294"/>
        <source>An upload is running: wait for it or cancel it first</source>
        <translation>Ein Hochladen läuft: warten Sie darauf oder brechen Sie es zuerst ab</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="310"/>
        <source>Uploading to “{mosaic}”…</source>
        <translation>Hochladen nach „{mosaic}“…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="319"/>
        <source>%Ln image(s) uploaded to the Mapflow mosaic “{mosaic}”</source>
        <translation>
            <numerusform>%Ln Bild in das Mapflow-Mosaik „{mosaic}“ hochgeladen</numerusform>
            <numerusform>%Ln Bilder in das Mapflow-Mosaik „{mosaic}“ hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="334"/>
        <source>Select one mosaic, or images of one mosaic</source>
        <translation>Wählen Sie ein Mosaik oder Bilder eines Mosaiks</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="359"/>
        <source>downloading {file}</source>
        <translation>{file} herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="364"/>
        <source>Downloading {file}…</source>
        <translation>{file} wird heruntergeladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="374"/>
        <source>“{mosaic}”: %Ln image(s). Select one to see it.</source>
        <translation>
            <numerusform>„{mosaic}“: %Ln Bild. Wählen Sie eines, um es zu sehen.</numerusform>
            <numerusform>„{mosaic}“: %Ln Bilder. Wählen Sie eines, um es zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="400"/>
        <source>fetching a Mapflow preview</source>
        <translation>Mapflow-Vorschau abrufen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="394"/>
        <source>No preview available.</source>
        <translation>Keine Vorschau verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery_tree.py" line="22"/>
        <source>%Ln band(s)</source>
        <translation>
            <numerusform>%Ln Band</numerusform>
            <numerusform>%Ln Bänder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="30"/>
        <source>Mosaic / image</source>
        <translation>Mosaik / Bild</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="30"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="55"/>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="63"/>
        <source>profile unknown</source>
        <translation>Profil unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="67"/>
        <source>Uploaded {when}</source>
        <translation>Hochgeladen am {when}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="29"/>
        <source>“{name}” is not finished yet</source>
        <translation>„{name}“ ist noch nicht fertig</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="44"/>
        <source>downloading the results of {name}</source>
        <translation>Ergebnisse von {name} herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="58"/>
        <source>Mapflow: the results of “{name}” are in {path}</source>
        <translation>Mapflow: Die Ergebnisse von „{name}“ liegen in {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/processing_actions.py" line="61"/>
        <source>Downloaded %Ln feature(s) of “{name}” into {file}</source>
        <translation>
            <numerusform>%Ln Objekt von „{name}“ nach {file} heruntergeladen</numerusform>
            <numerusform>%Ln Objekte von „{name}“ nach {file} heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="67"/>
        <source>loading the AOIs of {name}</source>
        <translation>Gebiete von {name} laden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="72"/>
        <source>Rename Mapflow processing</source>
        <translation>Mapflow-Verarbeitung umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="75"/>
        <source>renaming a Mapflow processing</source>
        <translation>Mapflow-Verarbeitung umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="80"/>
        <source>restarting a Mapflow processing</source>
        <translation>Mapflow-Verarbeitung neu starten</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="86"/>
        <source>Restarted the failed parts of “{name}”</source>
        <translation>Fehlgeschlagene Teile von „{name}“ neu gestartet</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="91"/>
        <source>Move Mapflow processing</source>
        <translation>Mapflow-Verarbeitung verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="91"/>
        <source>Move “{name}” to</source>
        <translation>„{name}“ verschieben nach</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="97"/>
        <source>moving a Mapflow processing</source>
        <translation>Mapflow-Verarbeitung verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="102"/>
        <source>Delete “{name}” and its results on Mapflow? Layers already downloaded stay.</source>
        <translation>„{name}“ und seine Ergebnisse in Mapflow löschen? Bereits heruntergeladene Layer bleiben.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="104"/>
        <source>Delete Mapflow processing</source>
        <translation>Mapflow-Verarbeitung löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="106"/>
        <source>deleting a Mapflow processing</source>
        <translation>Mapflow-Verarbeitung löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Area km²</source>
        <translation>Fläche km²</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Load results as tiles</source>
        <translation>Ergebnisse als Kacheln &amp;laden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Download results (GeoPackage)</source>
        <translation>Ergebnisse &amp;herunterladen (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Show &amp;AOIs with their status</source>
        <translation>&amp;Gebiete mit ihrem Status zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Read the &amp;error</source>
        <translation>&amp;Fehler lesen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Res&amp;tart failed parts</source>
        <translation>Fehlgeschlagene Teile neu s&amp;tarten</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Move to project…</source>
        <translation>In Projekt &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="58"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="164"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="165"/>
        <source>Result tiles and imagery as layers (Enter)</source>
        <translation>Ergebniskacheln und Bildmaterial als Layer (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="168"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="169"/>
        <source>The result features into a GeoPackage layer</source>
        <translation>Die Ergebnisobjekte in einen GeoPackage-Layer</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="13"/>
        <source>{credits} credits left</source>
        <translation>{credits} Credits übrig</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="16"/>
        <source>unlimited processing</source>
        <translation>unbegrenzte Verarbeitung</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="18"/>
        <source>{left} left of {limit}</source>
        <translation>{left} von {limit} übrig</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="21"/>
        <source>{left} left</source>
        <translation>{left} übrig</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="23"/>
        <source>no limit reported</source>
        <translation>keine Grenze gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="26"/>
        <source>≤ {area} per area</source>
        <translation>≤ {area} pro Gebiet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/projects.py" line="30"/>
        <source>≤ %Ln area(s) per processing</source>
        <translation>
            <numerusform>≤ %Ln Gebiet pro Verarbeitung</numerusform>
            <numerusform>≤ %Ln Gebiete pro Verarbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/projects.py" line="31"/>
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln Modell</numerusform>
            <numerusform>%Ln Modelle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="55"/>
        <source>Mapflow account not loaded yet.</source>
        <translation>Mapflow-Konto noch nicht geladen.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="58"/>
        <source>Reload the account, projects and processings</source>
        <translation>Konto, Projekte und Verarbeitungen neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="61"/>
        <source>The Mapflow project whose processings are shown and where new ones go</source>
        <translation>Das Mapflow-Projekt, dessen Verarbeitungen angezeigt werden und in das neue kommen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="64"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="64"/>
        <source>Create a project</source>
        <translation>Ein Projekt anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="66"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="66"/>
        <source>Rename this project</source>
        <translation>Dieses Projekt umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="68"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="68"/>
        <source>Delete this project and all its processings</source>
        <translation>Dieses Projekt mit allen Verarbeitungen löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="72"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="103"/>
        <source>{name} (default)</source>
        <translation>{name} (Standard)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="60"/>
        <source>New processing on the AOI</source>
        <translation>Neue Verarbeitung im Interessensgebiet</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>My imagery</source>
        <translation>Mein Bildmaterial</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="167"/>
        <source>loading the Mapflow account</source>
        <translation>Mapflow-Konto laden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="180"/>
        <source>loading Mapflow projects</source>
        <translation>Mapflow-Projekte laden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="184"/>
        <source>New Mapflow project</source>
        <translation>Neues Mapflow-Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="193"/>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="187"/>
        <source>creating a Mapflow project</source>
        <translation>Mapflow-Projekt anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="193"/>
        <source>Rename Mapflow project</source>
        <translation>Mapflow-Projekt umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="196"/>
        <source>renaming a Mapflow project</source>
        <translation>Mapflow-Projekt umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="204"/>
        <source>Delete the project “{name}” with all its processings and results? This cannot be undone.</source>
        <translation>Das Projekt „{name}“ mit allen Verarbeitungen und Ergebnissen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="206"/>
        <source>Delete Mapflow project</source>
        <translation>Mapflow-Projekt löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="208"/>
        <source>deleting a Mapflow project</source>
        <translation>Mapflow-Projekt löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="219"/>
        <source>listing Mapflow processings</source>
        <translation>Mapflow-Verarbeitungen auflisten</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="245"/>
        <source>Asking Mapflow for the cost…</source>
        <translation>Kosten werden bei Mapflow erfragt…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="246"/>
        <source>estimating a Mapflow processing</source>
        <translation>Mapflow-Verarbeitung abschätzen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="258"/>
        <source>Cost: {cost} credits ({left} left)</source>
        <translation>Kosten: {cost} Credits ({left} übrig)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="261"/>
        <source>Area: {area} km² of {left} km² left</source>
        <translation>Fläche: {area} km² von {left} km² übrig</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="264"/>
        <source>Cost: {cost}</source>
        <translation>Kosten: {cost}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/tab.py" line="267"/>
        <source>{area} in %Ln area(s)</source>
        <translation>
            <numerusform>{area} in %Ln Gebiet</numerusform>
            <numerusform>{area} in %Ln Gebieten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="268"/>
        <source>Start “{name}”?

Model: {model}
Area: {area}
Imagery: {imagery}
{price}</source>
        <translation>„{name}“ starten?

Modell: {model}
Gebiet: {area}
Bildmaterial: {imagery}
{price}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="271"/>
        <source>Start Mapflow processing</source>
        <translation>Mapflow-Verarbeitung starten</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="271"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="274"/>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="276"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="277"/>
        <source>starting a Mapflow processing</source>
        <translation>Mapflow-Verarbeitung starten</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="293"/>
        <source>Uploading {file}…</source>
        <translation>{file} wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="289"/>
        <source>uploading {file} to Mapflow</source>
        <translation>{file} zu Mapflow hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="297"/>
        <source>{file} is uploaded: start the processing when ready.</source>
        <translation>{file} ist hochgeladen: starten Sie die Verarbeitung, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="302"/>
        <source>Started “{name}”; you will be told when it is done.</source>
        <translation>„{name}“ gestartet; Sie werden benachrichtigt, wenn sie fertig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="310"/>
        <source>Mapflow processing “{name}” started</source>
        <translation>Mapflow-Verarbeitung „{name}“ gestartet</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="317"/>
        <source>“{name}”: {status}, {percent} %</source>
        <translation>„{name}“: {status}, {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="324"/>
        <source>Mapflow processing “{name}” is done</source>
        <translation>Mapflow-Verarbeitung „{name}“ ist fertig</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="325"/>
        <source>Load results</source>
        <translation>Ergebnisse laden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="329"/>
        <source>Mapflow processing “{name}” failed: {reason}</source>
        <translation>Mapflow-Verarbeitung „{name}“ fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="331"/>
        <source>Read the error</source>
        <translation>Fehler lesen</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="334"/>
        <source>Mapflow processing “{name}” ended: {status}</source>
        <translation>Mapflow-Verarbeitung „{name}“ beendet: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="342"/>
        <source>Use as Mapflow AOI</source>
        <translation>Als Mapflow-Interessensgebiet verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="343"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>Mapflow-Verarbeitung mit den gewählten Objekten starten</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="354"/>
        <source>Mapflow processes polygons: pick a polygon layer</source>
        <translation>Mapflow verarbeitet Polygone: wählen Sie einen Polygonlayer</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="187"/>
        <source>Name the model, e.g. Buildings</source>
        <translation>Nennen Sie das Modell, z. B. Buildings</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="45"/>
        <source>Captured from</source>
        <translation>Aufgenommen ab</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>Captured until</source>
        <translation>Aufgenommen bis</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="51"/>
        <source>Panoramas only</source>
        <translation>Nur Panoramen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="54"/>
        <source>Creator (Mapillary username)</source>
        <translation>Urheber (Mapillary-Benutzername)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="60"/>
        <source>Mapillary images</source>
        <translation>Mapillary-Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>Images found</source>
        <translation>Gefundene Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="66"/>
        <source>Cells at the cap</source>
        <translation>Zellen an der Obergrenze</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="30"/>
        <source>
&lt;p&gt;Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary&apos;s bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to &lt;i&gt;Download images&lt;/i&gt; to fetch the pictures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Findet die in einem Gebiet aufgenommenen Mapillary-Straßenbilder, wie es der Mapillary-Reiter tut: das Gebiet wird in Zellen unter Mapillarys Bounding-Box-Grenze (eine Plugin-Einstellung) geteilt, eine Zelle, die die Obergrenze von 2000 Bildern liefert, wird erneut geteilt, und jedes Bild wird einmal behalten. Das Ergebnis ist ein Punktlayer der Kamerapositionen mit Bild-ID, Aufnahmezeit, Kompasswinkel, Panorama-Kennzeichen, Urheber, Sequenz und Kamera. Geben Sie ihn an &lt;i&gt;Bilder herunterladen&lt;/i&gt;, um die Bilder zu holen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="44"/>
        <source>to search</source>
        <translation>für die Suche</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="45"/>
        <source>First capture day (UTC, included). Empty: no lower limit.</source>
        <translation>Erster Aufnahmetag (UTC, einschließlich). Leer: keine untere Grenze.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>Last capture day (UTC, included). Empty: up to today.</source>
        <translation>Letzter Aufnahmetag (UTC, einschließlich). Leer: bis heute.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="51"/>
        <source>Keep only 360° panoramas. Default: every image.</source>
        <translation>Nur 360°-Panoramen behalten. Standard: jedes Bild.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="54"/>
        <source>Only images uploaded by this Mapillary user (without @). Empty: anyone.</source>
        <translation>Nur Bilder, die dieser Mapillary-Benutzer hochgeladen hat (ohne @). Leer: jeder.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="60"/>
        <source>The images as points in WGS 84, one per image, with a local_path field that Download images fills.</source>
        <translation>Die Bilder als Punkte in WGS 84, einer pro Bild, mit einem Feld local_path, das Bilder herunterladen füllt.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>How many images were found.</source>
        <translation>Wie viele Bilder gefunden wurden.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="66"/>
        <source>Cells that still returned 2000 images after being split: images are missing there (search a smaller area or fewer dates). 0 when complete.</source>
        <translation>Zellen, die nach dem Teilen noch 2000 Bilder lieferten: dort fehlen Bilder (kleineres Gebiet oder weniger Daten suchen). 0, wenn vollständig.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="96"/>
        <source>Searching Mapillary: {filters}</source>
        <translation>Durchsuche Mapillary: {filters}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="99"/>
        <source>Searching Mapillary</source>
        <translation>Durchsuche Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="103"/>
        <source>{done} of {total} cells, %Ln image(s)</source>
        <translation>
            <numerusform>{done} von {total} Zellen, %Ln Bild</numerusform>
            <numerusform>{done} von {total} Zellen, %Ln Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="107"/>
        <source>%Ln image(s) in {requests} requests</source>
        <translation>
            <numerusform>%Ln Bild in {requests} Anfragen</numerusform>
            <numerusform>%Ln Bilder in {requests} Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="110"/>
        <source>%Ln cell(s) still hit Mapillary&apos;s 2000-image cap: some images there are missing; search a smaller area or fewer dates</source>
        <translation>
            <numerusform>%Ln Zelle erreicht noch Mapillarys Obergrenze von 2000 Bildern: dort fehlen Bilder; kleineres Gebiet oder weniger Daten suchen</numerusform>
            <numerusform>%Ln Zellen erreichen noch Mapillarys Obergrenze von 2000 Bildern: dort fehlen Bilder; kleineres Gebiet oder weniger Daten suchen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Panorama sequences</source>
        <translation>Panorama-Sequenzen</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Panoramas</source>
        <translation>Panoramen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="194"/>
        <source>Mapillary coverage</source>
        <translation>Mapillary-Abdeckung</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="145"/>
        <source>QGIS could not open the Mapillary tiles at {url}</source>
        <translation>QGIS konnte die Mapillary-Kacheln unter {url} nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="209"/>
        <source>The Mapillary coverage needs the access token: {error}</source>
        <translation>Die Mapillary-Abdeckung braucht das Zugriffstoken: {error}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="36"/>
        <source>Unknown image size {size}: one of {sizes}</source>
        <translation>Unbekannte Bildgröße {size}: eine von {sizes}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="39"/>
        <source>Select image points first (on the map or in the table)</source>
        <translation>Wählen Sie zuerst Bildpunkte aus (auf der Karte oder in der Tabelle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapillary/downloads.py" line="75"/>
        <source>Imagery Hub: downloading %Ln Mapillary image(s)</source>
        <translation>
            <numerusform>Imagery Hub: %Ln Mapillary-Bild wird heruntergeladen</numerusform>
            <numerusform>Imagery Hub: %Ln Mapillary-Bilder werden heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="94"/>
        <source>Imagery Hub: Mapillary downloads</source>
        <translation>Imagery Hub: Mapillary-Downloads</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="119"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>Vorschaubild {path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="53"/>
        <source>panoramas</source>
        <translation>Panoramen</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="76"/>
        <source>by {creator}</source>
        <translation>von {creator}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="104"/>
        <source>Imagery Hub: Mapillary search</source>
        <translation>Imagery Hub: Mapillary-Suche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapillary/search.py" line="118"/>
        <source>Writing %Ln image(s)</source>
        <translation>
            <numerusform>%Ln Bild wird geschrieben</numerusform>
            <numerusform>%Ln Bilder werden geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="151"/>
        <source>Cells at the image cap</source>
        <translation>Zellen an der Bildobergrenze</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/viewer.py" line="88"/>
        <source>Mapillary has no {size} image for {image}</source>
        <translation>Mapillary hat kein Bild in {size} für {image}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="74"/>
        <source>Click an image point on the map to see it here</source>
        <translation>Klicken Sie auf einen Bildpunkt der Karte, um ihn hier zu sehen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="172"/>
        <source>new blur</source>
        <translation>neue Unkenntlichmachung</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="197"/>
        <source>{kind} (requested)</source>
        <translation>{kind} (angefragt)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="45"/>
        <source>Captured</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="92"/>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="47"/>
        <source>Pano</source>
        <translation>Pano</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="158"/>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="77"/>
        <source>Show coverage on the map</source>
        <translation>Abdeckung auf der Karte zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="78"/>
        <source>Sequences and images as vector tiles (mly1_public), green; panoramas blue</source>
        <translation>Sequenzen und Bilder als Vektorkacheln (mly1_public), grün; Panoramen blau</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="82"/>
        <source>Search the area of interest</source>
        <translation>Interessensgebiet durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="86"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="90"/>
        <source>any (Mapillary username)</source>
        <translation>beliebig (Mapillary-Benutzername)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="93"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="98"/>
        <source>No search yet.</source>
        <translation>Noch keine Suche.</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="107"/>
        <source>View an image on the map</source>
        <translation>Ein Bild auf der Karte ansehen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="109"/>
        <source>Click an image point of a search layer or of the coverage; Esc stops</source>
        <translation>Klicken Sie auf einen Bildpunkt eines Suchlayers oder der Abdeckung; Esc beendet</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="119"/>
        <source>{size} px wide</source>
        <translation>{size} px breit</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="119"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="127"/>
        <source>default: downloads/mapillary</source>
        <translation>Standard: downloads/mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="129"/>
        <source>Empty: the download folder of Imagery Hub settings, in a mapillary folder</source>
        <translation>Leer: der Download-Ordner der Imagery-Hub-Einstellungen, in einem Ordner mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="131"/>
        <source>Download to</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="132"/>
        <source>Download selected</source>
        <translation>Auswahl herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="174"/>
        <source>Mapillary: thumbnail of image {image}</source>
        <translation>Mapillary: Vorschaubild von Bild {image}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="221"/>
        <source>The start date is after the end date: swap them</source>
        <translation>Das Startdatum liegt nach dem Enddatum: Tauschen Sie sie</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="234"/>
        <source>Mapillary search</source>
        <translation>Mapillary-Suche</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="238"/>
        <source>Searching Mapillary…</source>
        <translation>Suche in Mapillary…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="246"/>
        <source>%Ln image(s) in 1 cell</source>
        <translation>
            <numerusform>%Ln Bild in 1 Zelle</numerusform>
            <numerusform>%Ln Bilder in 1 Zelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="248"/>
        <source>%Ln image(s) in {cells} cells</source>
        <translation>
            <numerusform>%Ln Bild in {cells} Zellen</numerusform>
            <numerusform>%Ln Bilder in {cells} Zellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="250"/>
        <source>{found}. Select rows or points to download; double-click to view.</source>
        <translation>{found}. Wählen Sie Zeilen oder Punkte zum Herunterladen aus; Doppelklick zum Ansehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="254"/>
        <source>Mapillary returned its 2000-image maximum for %Ln cell(s), so some images are missing there (shown in red): zoom in to a smaller area or narrow the dates.</source>
        <translation>
            <numerusform>Mapillary hat für %Ln Zelle sein Maximum von 2000 Bildern geliefert, dort fehlen also Bilder (rot dargestellt): Zoomen Sie auf ein kleineres Gebiet oder grenzen Sie die Daten ein.</numerusform>
            <numerusform>Mapillary hat für %Ln Zellen sein Maximum von 2000 Bildern geliefert, dort fehlen also Bilder (rot dargestellt): Zoomen Sie auf ein kleineres Gebiet oder grenzen Sie die Daten ein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="259"/>
        <source>Mapillary: {found}</source>
        <translation>Mapillary: {found}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="278"/>
        <source>%Ln image(s) (from the project).</source>
        <translation>
            <numerusform>%Ln Bild (aus dem Projekt).</numerusform>
            <numerusform>%Ln Bilder (aus dem Projekt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="310"/>
        <source>Run a search first, or make a Mapillary images layer the active layer</source>
        <translation>Führen Sie zuerst eine Suche aus oder machen Sie einen Mapillary-Bilderlayer zum aktiven Layer</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="318"/>
        <source>Mapillary download</source>
        <translation>Mapillary-Download</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="321"/>
        <source>Downloading %Ln image(s)…</source>
        <translation>
            <numerusform>%Ln Bild wird heruntergeladen…</numerusform>
            <numerusform>%Ln Bilder werden heruntergeladen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="33"/>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommentare&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="40"/>
        <source>Write a comment…</source>
        <translation>Kommentar schreiben…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="42"/>
        <source>Post</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="50"/>
        <source>Draw blur…</source>
        <translation>Unkenntlichmachung zeichnen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="52"/>
        <source>Drag a rectangle on the image over what should be blurred, then send it</source>
        <translation>Ziehen Sie ein Rechteck über das, was unkenntlich gemacht werden soll, und senden Sie es dann</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="55"/>
        <source>Send blur request</source>
        <translation>Anfrage zur Unkenntlichmachung senden</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="58"/>
        <source>Report image…</source>
        <translation>Bild melden…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="59"/>
        <source>Ask Mapillary to review this image (privacy, offensive content…)</source>
        <translation>Mapillary bitten, dieses Bild zu prüfen (Privatsphäre, anstößige Inhalte…)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="80"/>
        <source>No comments yet</source>
        <translation>Noch keine Kommentare</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="101"/>
        <source>Drag a rectangle on the image, then press “Send blur request”.</source>
        <translation>Ziehen Sie ein Rechteck auf dem Bild und klicken Sie dann auf „Anfrage zur Unkenntlichmachung senden“.</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="112"/>
        <source>Report image</source>
        <translation>Bild melden</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="112"/>
        <source>Why should Mapillary review this image?</source>
        <translation>Warum soll Mapillary dieses Bild prüfen?</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="32"/>
        <source>Comments, blurs, object recognition and reports need a Mapillary v2 client id (Imagery Hub settings).</source>
        <translation>Kommentare, Unkenntlichmachungen, Objekterkennung und Meldungen brauchen eine Mapillary-v2-Client-ID (Imagery-Hub-Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="83"/>
        <source>Mapillary viewer</source>
        <translation>Mapillary-Betrachter</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="56"/>
        <source>◀ Previous</source>
        <translation>◀ Vorheriges</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="57"/>
        <source>Next ▶</source>
        <translation>Nächstes ▶</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="61"/>
        <source>Detections</source>
        <translation>Erkennungen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="62"/>
        <source>Blurs</source>
        <translation>Unkenntlichmachungen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="63"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="64"/>
        <source>Open on mapillary.com</source>
        <translation>Auf mapillary.com öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="129"/>
        <source>Loading image {image}…</source>
        <translation>Bild {image} wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="130"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="133"/>
        <source>Imagery Hub: Mapillary image {image}</source>
        <translation>Imagery Hub: Mapillary-Bild {image}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="160"/>
        <source>%Ln detection(s) could not be read: not drawn</source>
        <translation>
            <numerusform>%Ln Erkennung konnte nicht gelesen werden: nicht gezeichnet</numerusform>
            <numerusform>%Ln Erkennungen konnten nicht gelesen werden: nicht gezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="175"/>
        <source>The image could not be loaded</source>
        <translation>Das Bild konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="181"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="182"/>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="184"/>
        <source>camera not recorded</source>
        <translation>Kamera nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="188"/>
        <source>by &lt;b&gt;{creator}&lt;/b&gt;</source>
        <translation>von &lt;b&gt;{creator}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="193"/>
        <source>heading {heading}°</source>
        <translation>Richtung {heading}°</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="196"/>
        <source>altitude {altitude} m</source>
        <translation>Höhe {altitude} m</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="200"/>
        <source>&lt;small&gt;image {image}&lt;br&gt;sequence {sequence}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Bild {image}&lt;br&gt;Sequenz {sequence}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="204"/>
        <source>Detections: {list}</source>
        <translation>Erkennungen: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="207"/>
        <source>No detections</source>
        <translation>Keine Erkennungen</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="262"/>
        <source>Comment posted on Mapillary</source>
        <translation>Kommentar auf Mapillary veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="264"/>
        <source>Mapillary comment</source>
        <translation>Mapillary-Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="276"/>
        <source>Blur requested: Mapillary will review it</source>
        <translation>Unkenntlichmachung angefragt: Mapillary prüft sie</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="278"/>
        <source>Mapillary blur request</source>
        <translation>Mapillary-Anfrage zur Unkenntlichmachung</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="283"/>
        <source>Image {image} reported to Mapillary</source>
        <translation>Bild {image} an Mapillary gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="284"/>
        <source>Mapillary report</source>
        <translation>Mapillary-Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="80"/>
        <source>No image there: run a search or show the Mapillary coverage first</source>
        <translation>Dort ist kein Bild: Führen Sie zuerst eine Suche aus oder zeigen Sie die Mapillary-Abdeckung</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="94"/>
        <source>No Mapillary image there: click closer to a point (zoom in to see them)</source>
        <translation>Dort ist kein Mapillary-Bild: Klicken Sie näher an einen Punkt (hineinzoomen, um sie zu sehen)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="99"/>
        <source>Imagery Hub: finding the Mapillary image</source>
        <translation>Imagery Hub: Mapillary-Bild wird gesucht</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="45"/>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="76"/>
        <source>{what} cancelled</source>
        <translation>{what} abgebrochen</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="76"/>
        <source>Operation cancelled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Network</name>
    <message>
        <location filename="../../core/network.py" line="36"/>
        <source>QGIS is set to use a SOCKS5 proxy, which this Python cannot speak (it lacks the PySocks package): nothing was sent. Install PySocks or choose an HTTP proxy in QGIS&apos;s Network settings</source>
        <translation>QGIS ist auf einen SOCKS5-Proxy eingestellt, den dieses Python nicht beherrscht (ihm fehlt das Paket PySocks): Es wurde nichts gesendet. Installieren Sie PySocks oder wählen Sie einen HTTP-Proxy in den Netzwerkeinstellungen von QGIS</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Panel</name>
    <message>
        <location filename="../../ui/dock.py" line="86"/>
        <source>Imagery Hub searches and downloads imagery from the services below. Add a key or token for each service you use.</source>
        <translation>Imagery Hub sucht und lädt Bilder von den unten stehenden Diensten herunter. Fügen Sie für jeden Dienst, den Sie nutzen, einen Schlüssel oder ein Token hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="97"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="102"/>
        <source>Help on the settings (opens the README)</source>
        <translation>Hilfe zu den Einstellungen (öffnet die README)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>✓ ready</source>
        <translation>✓ bereit</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="138"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="142"/>
        <source>Services and settings</source>
        <translation>Dienste und Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="68"/>
        <source>Filter the results…</source>
        <translation>Ergebnisse filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/service_tab.py" line="45"/>
        <source>Draw or pick an area of interest first (top of the panel)</source>
        <translation>Zeichnen oder wählen Sie zuerst ein Interessensgebiet (oben im Bedienfeld)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Plugin</name>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download selected Spexi images</source>
        <translation>Ausgewählte Spexi-Bilder herunterladen</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Use as Mapflow AOI</source>
        <translation>Als Mapflow-Interessensgebiet verwenden</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>Mapflow-Verarbeitung für die gewählten Objekte starten</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload to Mapflow</source>
        <translation>Zu Mapflow hochladen</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download Imago images for selected features</source>
        <translation>Imago-Bilder für die gewählten Objekte herunterladen</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload photos to Imago</source>
        <translation>Fotos zu Imago hochladen</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="103"/>
        <source>Show or hide the Imagery Hub panel</source>
        <translation>Das Imagery-Hub-Bedienfeld ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="105"/>
        <source>Imagery Hub Settings…</source>
        <translation>Imagery-Hub-Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="110"/>
        <source>Imagery Hub: Draw Area of Interest</source>
        <translation>Imagery Hub: Interessensgebiet zeichnen</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="114"/>
        <source>Imagery Hub: Search in Current Tab</source>
        <translation>Imagery Hub: Im aktuellen Reiter suchen</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="130"/>
        <source>Use as Imagery Hub Area of Interest</source>
        <translation>Als Imagery-Hub-Interessensgebiet verwenden</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="137"/>
        <source>Render NDVI for this scene</source>
        <translation>NDVI für diese Szene berechnen</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="125"/>
        <source>Search even when it needs many requests</source>
        <translation>Auch suchen, wenn viele Anfragen nötig sind</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="174"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation>{service} unter {url} (Zugangsdaten aus der Umgebung)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="176"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation>{service} unter {url} (Zugangsdaten aus den Einstellungen)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="219"/>
        <source>Cancelled while writing the results</source>
        <translation>Beim Schreiben der Ergebnisse abgebrochen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="221"/>
        <source>Could not write a feature: {error}</source>
        <translation>Ein Objekt konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="32"/>
        <source>Download images</source>
        <translation>Bilder herunterladen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="33"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Variant / size</source>
        <translation>Variante / Größe</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>Downloads at once</source>
        <translation>Gleichzeitige Downloads</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>Results with local paths</source>
        <translation>Ergebnisse mit lokalen Pfaden</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>Images downloaded</source>
        <translation>Heruntergeladene Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Images not downloaded</source>
        <translation>Nicht heruntergeladene Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="43"/>
        <source>Search EOSDA satellite scenes</source>
        <translation>EOSDA-Satellitenszenen suchen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="132"/>
        <source>Render an EOSDA scene</source>
        <translation>EOSDA-Szene rendern</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="39"/>
        <source>Download Imago images</source>
        <translation>Imago-Bilder herunterladen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="32"/>
        <source>Upload photos to Imago</source>
        <translation>Fotos zu Imago hochladen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="33"/>
        <source>Area of interest (polygon layer)</source>
        <translation>Interessensgebiet (Polygonlayer)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>Area of interest (extent)</source>
        <translation>Interessensgebiet (Ausdehnung)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="50"/>
        <source>Give the area either as a polygon layer (AOI) or as an extent (EXTENT), not both</source>
        <translation>Geben Sie das Gebiet entweder als Polygonlayer (AOI) oder als Ausdehnung (EXTENT) an, nicht beides</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="55"/>
        <source>The AOI layer has no polygon features (or none is selected)</source>
        <translation>Der AOI-Layer hat keine Polygonobjekte (oder keines ist gewählt)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="61"/>
        <source>The extent is empty: give xmin,xmax,ymin,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>Die Ausdehnung ist leer: geben Sie xmin,xmax,ymin,ymax mit xmin &lt; xmax und ymin &lt; ymax an</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="65"/>
        <source>Give an area of interest: a polygon layer (AOI) or an extent (EXTENT)</source>
        <translation>Geben Sie ein Interessensgebiet an: einen Polygonlayer (AOI) oder eine Ausdehnung (EXTENT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="84"/>
        <source>{value} is not a date: write it as YYYY-MM-DD</source>
        <translation>{value} ist kein Datum: schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="91"/>
        <source>{start_name} ({start}) is after {end_name} ({end}): swap them</source>
        <translation>{start_name} ({start}) liegt nach {end_name} ({end}): vertauschen Sie sie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="42"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation>Mapflow-Bildkatalog durchsuchen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="75"/>
        <source>Run a Mapflow processing</source>
        <translation>Mapflow-Verarbeitung starten</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="25"/>
        <source>Search Mapillary images</source>
        <translation>Mapillary-Bilder suchen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="72"/>
        <source>Search Spexi drone images</source>
        <translation>Spexi-Drohnenbilder suchen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="209"/>
        <source>Spexi views of a point</source>
        <translation>Spexi-Ansichten eines Punktes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/access.py" line="92"/>
        <source>No {service} credentials: add them in Imagery Hub settings, or set {variable} for a headless run</source>
        <translation>Keine {service}-Zugangsdaten: fügen Sie sie in den Imagery-Hub-Einstellungen hinzu oder setzen Sie {variable} für einen Lauf ohne Oberfläche</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="126"/>
        <source>A search estimated above {soft} requests (setting budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is always refused. Default: not set.</source>
        <translation>Eine Suche, die auf über {soft} Anfragen geschätzt wird (Einstellung budget/soft_limit), wird abgelehnt, sofern dies nicht gesetzt ist; über {hard} (budget/hard_limit) wird sie immer abgelehnt. Standard: nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="34"/>
        <source>
&lt;p&gt;Downloads the images of a layer made by one of the Imagery Hub searches into a folder, and
writes the layer again with each feature's file in &lt;code&gt;local_path&lt;/code&gt;. The layer's fields say which
search made it: {kinds}. Only the selected features when “Selected features only” is checked. Files are
fetched several at a time, resumed after a dropped connection and never left half-written; a failing image
does not stop the others (each is listed in the log).&lt;/p&gt;
&lt;p&gt;Credentials are those of the service the layer comes from, as for its search: the Imagery Hub settings, or
&lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; and &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_URL&lt;/code&gt; in headless runs
(Mapflow catalog previews need none).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lädt die Bilder eines Layers, den eine der Imagery-Hub-Suchen erzeugt hat, in einen Ordner herunter und schreibt den Layer erneut mit der Datei jedes Objekts in &lt;code&gt;local_path&lt;/code&gt;. Die Felder des Layers sagen, welche Suche ihn erzeugt hat: {kinds}. Nur die gewählten Objekte, wenn „Nur gewählte Objekte“ angehakt ist. Dateien werden mehrere gleichzeitig geholt, nach einem Verbindungsabbruch fortgesetzt und nie halb geschrieben zurückgelassen; ein fehlschlagendes Bild hält die anderen nicht auf (jedes wird im Protokoll aufgeführt).&lt;/p&gt;&lt;p&gt;Die Zugangsdaten sind die des Dienstes, von dem der Layer stammt, wie bei seiner Suche: die Imagery-Hub-Einstellungen oder &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; und &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_URL&lt;/code&gt; bei Läufen ohne Oberfläche (Vorschauen des Mapflow-Katalogs brauchen keine).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Footprints or points written by an Imagery Hub search (in a GeoPackage or as the layer it made), with their fields unchanged.</source>
        <translation>Footprints oder Punkte, die eine Imagery-Hub-Suche geschrieben hat (in einem GeoPackage oder als der Layer, den sie erzeugt hat), mit unveränderten Feldern.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Which file of each image: best (the fullest the service offers), original, zoomed (Spexi), 2048, 1024 or 256 pixels wide (Mapillary thumbnails), or preview (Mapflow catalog).</source>
        <translation>Welche Datei jedes Bildes: best (die vollständigste, die der Dienst bietet), original, zoomed (Spexi), 2048, 1024 oder 256 Pixel breit (Mapillary-Vorschaubilder) oder preview (Mapflow-Katalog).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Where the images are saved, named after the image id and the variant as the service&apos;s tab names them.</source>
        <translation>Wo die Bilder gespeichert werden, benannt nach Bild-ID und Variante, wie der Reiter des Dienstes sie benennt.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>INPUT&apos;s features with the downloaded file of each in {field} (empty where none arrived).</source>
        <translation>Die Objekte von INPUT mit der heruntergeladenen Datei jedes Objekts in {field} (leer, wo keine angekommen ist).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>How many files arrived.</source>
        <translation>Wie viele Dateien angekommen sind.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Features whose image did not arrive or that have none (each listed in the log).</source>
        <translation>Objekte, deren Bild nicht angekommen ist oder die keines haben (jeweils im Protokoll aufgeführt).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="100"/>
        <source>the layer has no features</source>
        <translation>der Layer hat keine Objekte</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="102"/>
        <source>Nothing to download in INPUT ({reasons})</source>
        <translation>Nichts herunterzuladen in INPUT ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="123"/>
        <source>Feature {fid}: {why}</source>
        <translation>Objekt {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="126"/>
        <source>Cancelled: the layer lists the images that arrived</source>
        <translation>Abgebrochen: der Layer führt die angekommenen Bilder auf</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="129"/>
        <source>No image arrived: {error}</source>
        <translation>Kein Bild ist angekommen: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="45"/>
        <source>{images} come as {variants}, not {wanted}</source>
        <translation>{images} gibt es als {variants}, nicht als {wanted}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="65"/>
        <source>Spexi images</source>
        <translation>Spexi-Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="75"/>
        <source>no {variant} link</source>
        <translation>kein {variant}-Link</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="87"/>
        <source>Mapillary images</source>
        <translation>Mapillary-Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="106"/>
        <source>Mapflow catalog scenes</source>
        <translation>Mapflow-Katalogszenen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="115"/>
        <source>no picture preview ({kind})</source>
        <translation>keine Bildvorschau ({kind})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="129"/>
        <source>EOSDA scenes</source>
        <translation>EOSDA-Szenen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="133"/>
        <source>EOSDA scenes are rendered rather than downloaded: use Render an EOSDA scene (imagery_hub:eosda_render) with a view_id of this layer</source>
        <translation>EOSDA-Szenen werden gerendert statt heruntergeladen: verwenden Sie EOSDA-Szene rendern (imagery_hub:eosda_render) mit einer view_id dieses Layers</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="147"/>
        <source>INPUT is not a layer of an Imagery Hub search: downloads work on {kinds}</source>
        <translation>INPUT ist kein Layer einer Imagery-Hub-Suche: Downloads funktionieren mit {kinds}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="28"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="30"/>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="34"/>
        <source> and {variable} (the username; without it the key is an API token)</source>
        <translation> und {variable} (der Benutzername; ohne ihn ist der Schlüssel ein API-Token)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="37"/>
        <source>The {service} credentials of the Imagery Hub settings (kept in the QGIS Authentication Manager) and its API URL. For headless runs set {key_variable}{extra}, and {url_variable} to use another server (a sandbox); a variable that is set wins over the settings.</source>
        <translation>Die {service}-Zugangsdaten der Imagery-Hub-Einstellungen (im QGIS-Authentifizierungsmanager gespeichert) und seine API-URL. Für Läufe ohne Oberfläche setzen Sie {key_variable}{extra}, und {url_variable}, um einen anderen Server (eine Sandbox) zu verwenden; eine gesetzte Variable hat Vorrang vor den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="41"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="45"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="28"/>
        <source>Polygon layer whose features (only the selected ones when “Selected features only” is checked) form the area {what}. Any CRS; it is transformed to WGS 84.</source>
        <translation>Polygonlayer, dessen Objekte (nur die gewählten, wenn „Nur gewählte Objekte“ angehakt ist) das Gebiet {what} bilden. Beliebiges KBS; es wird nach WGS 84 transformiert.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="32"/>
        <source>Give this or EXTENT.</source>
        <translation>Dies oder EXTENT angeben.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>A rectangle instead of a layer: the area {what}. On the command line “xmin,xmax,ymin,ymax [EPSG:4326]”.</source>
        <translation>Ein Rechteck statt eines Layers: das Gebiet {what}. Auf der Kommandozeile „xmin,xmax,ymin,ymax [EPSG:4326]“.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>At most how many images are fetched at the same time: it starts at 4 and takes more while more make the download faster. Empty: the Imagery Hub setting (16 by default).</source>
        <translation>Wie viele Bilder höchstens gleichzeitig geholt werden: Es beginnt mit 4 und nimmt mehr, solange mehr den Download beschleunigen. Leer: die Imagery-Hub-Einstellung (standardmäßig 16).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/download_images.py" line="116"/>
        <source>Downloading %Ln file(s) of {what} to {folder}, up to {at_once} at a time</source>
        <translation>
            <numerusform>Lade %Ln Datei ({what}) nach {folder} herunter, bis zu {at_once} gleichzeitig</numerusform>
            <numerusform>Lade %Ln Dateien ({what}) nach {folder} herunter, bis zu {at_once} gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="50"/>
        <source>Imagery inventory of an area</source>
        <translation>Bildmaterial-Inventar eines Gebiets</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="51"/>
        <source>Imagery inventory</source>
        <translation>Bildmaterial-Inventar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="95"/>
        <source>Give the layer of a search (INPUT)</source>
        <translation>Geben Sie den Layer einer Suche an (INPUT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="149"/>
        <source>{parameter}: {error}</source>
        <translation>{parameter}: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="194"/>
        <source>Cancelled: {reason}</source>
        <translation>Abgebrochen: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="40"/>
        <source>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA and Seequent Imago</source>
        <translation>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA und Seequent Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Progress</name>
    <message>
        <location filename="../../ui/task_progress.py" line="19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/task_progress.py" line="63"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/sentences.py" line="36"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation>prüfen Sie den Schlüssel oder das Token in den Imagery-Hub-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="37"/>
        <source>{requests}, {duration}</source>
        <translation>{requests}, {duration}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="39"/>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="43"/>
        <source>draw a smaller area</source>
        <translation>zeichnen Sie ein kleineres Gebiet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="44"/>
        <source>draw a smaller area or search around a point</source>
        <translation>zeichnen Sie ein kleineres Gebiet oder suchen Sie um einen Punkt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="46"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation>zeichnen Sie ein kleineres Gebiet oder engen Sie die Daten ein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="48"/>
        <source>narrow the dates</source>
        <translation>engen Sie die Daten ein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="49"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation>Diese {service}-Suche braucht {cost} — trotzdem suchen?</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="51"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation>Das Interessensgebiet braucht {cost} ({service} sucht mit höchstens {limit} Anfragen): {advice}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="53"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation>Das Interessensgebiet braucht {cost}: {advice}, oder setzen Sie {parameter}, um trotzdem zu suchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="38"/>
        <source>about %Ln request(s)</source>
        <translation>
            <numerusform>etwa %Ln Anfrage</numerusform>
            <numerusform>etwa %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="40"/>
        <source>roughly %Ln minute(s)</source>
        <translation>
            <numerusform>ungefähr %Ln Minute</numerusform>
            <numerusform>ungefähr %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="41"/>
        <source>roughly %Ln hour(s)</source>
        <translation>
            <numerusform>ungefähr %Ln Stunde</numerusform>
            <numerusform>ungefähr %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="42"/>
        <source>roughly %Ln day(s)</source>
        <translation>
            <numerusform>ungefähr %Ln Tag</numerusform>
            <numerusform>ungefähr %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="55"/>
        <source>The answer from {host} was cut short</source>
        <translation>Die Antwort von {host} wurde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="56"/>
        <source>The service sent a response that is not valid JSON</source>
        <translation>Der Dienst hat eine Antwort gesendet, die kein gültiges JSON ist</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="57"/>
        <source>The service sent an answer over {limit}; at most {limit} of JSON is accepted, so it was refused</source>
        <translation>Der Dienst hat eine Antwort über {limit} gesendet; höchstens {limit} JSON werden angenommen, daher wurde sie abgelehnt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="59"/>
        <source>The service sent a {size} answer; at most {limit} of JSON is accepted, so it was refused</source>
        <translation>Der Dienst hat eine Antwort von {size} gesendet; höchstens {limit} JSON werden angenommen, daher wurde sie abgelehnt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="61"/>
        <source>The area of interest is empty</source>
        <translation>Das Interessensgebiet ist leer</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="62"/>
        <source>The area of interest must be in longitude/latitude (EPSG:4326)</source>
        <translation>Das Interessensgebiet muss in Länge/Breite (EPSG:4326) vorliegen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="64"/>
        <source>The area of interest must be a polygon with an area</source>
        <translation>Das Interessensgebiet muss ein Polygon mit einer Fläche sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="65"/>
        <source>its data does not match its checksum</source>
        <translation>seine Daten passen nicht zu seiner Prüfsumme</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="66"/>
        <source>it uses a compression method that cannot be read</source>
        <translation>es verwendet eine Komprimierungsmethode, die nicht gelesen werden kann</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="68"/>
        <source>it is damaged</source>
        <translation>es ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="69"/>
        <source>its data is damaged</source>
        <translation>seine Daten sind beschädigt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="70"/>
        <source>it is encrypted</source>
        <translation>es ist verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="71"/>
        <source>choose fewer services</source>
        <translation>wählen Sie weniger Dienste</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="72"/>
        <source>The start date is after the end date</source>
        <translation>Das Startdatum liegt nach dem Enddatum</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="73"/>
        <source>The start date is after the end date: swap them</source>
        <translation>Das Startdatum liegt nach dem Enddatum: Tauschen Sie sie</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="74"/>
        <source>Download of {name} incomplete: received {got} bytes</source>
        <translation>Download von {name} unvollständig: {got} Bytes empfangen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="76"/>
        <source>Download of {name} is larger than announced ({have} &gt; {total} bytes)</source>
        <translation>Der Download von {name} ist größer als angekündigt ({have} &gt; {total} Bytes)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="78"/>
        <source>{name} in the download folder is a link or not a plain file; nothing was written to it</source>
        <translation>{name} im Download-Ordner ist ein Link oder keine normale Datei; es wurde nichts hineingeschrieben</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="80"/>
        <source>Refused file name {name}: it points outside the download folder</source>
        <translation>Dateiname {name} abgelehnt: er zeigt aus dem Download-Ordner heraus</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="82"/>
        <source>A level</source>
        <translation>Ein Level</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="83"/>
        <source>A threshold</source>
        <translation>Ein Schwellenwert</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="84"/>
        <source>The world-file archive from EOSDA holds {names}; expected an image and its world file</source>
        <translation>Das World-File-Archiv von EOSDA enthält {names}; erwartet wurden ein Bild und sein World-File</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="86"/>
        <source>The archive from EOSDA unpacks to more than 2 GB; refused</source>
        <translation>Das Archiv von EOSDA wird entpackt größer als 2 GB; abgelehnt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="88"/>
        <source>The zip archive EOSDA sent cannot be unpacked: {why}</source>
        <translation>Das von EOSDA gesendete ZIP-Archiv kann nicht entpackt werden: {why}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="90"/>
        <source>The band combination {expression} may only use band names, numbers, + - * / ( ) and commas</source>
        <translation>Die Bandkombination {expression} darf nur Bandnamen, Zahlen, + - * / ( ) und Kommas enthalten</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="92"/>
        <source>The band combination (bm_type) is empty: pick a preset or type an expression</source>
        <translation>Die Bandkombination (bm_type) ist leer: wählen Sie eine Vorgabe oder geben Sie einen Ausdruck ein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="94"/>
        <source>The band combination {expression} has an empty part between commas</source>
        <translation>Die Bandkombination {expression} hat einen leeren Teil zwischen Kommas</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="96"/>
        <source>The band combination {expression} has unbalanced parentheses</source>
        <translation>Die Bandkombination {expression} hat unausgeglichene Klammern</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="98"/>
        <source>calibrate must be 0 or 1, not {value}</source>
        <translation>calibrate muss 0 oder 1 sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="99"/>
        <source>Cloud cover limits must be numbers (0–100 %)</source>
        <translation>Die Grenzen der Wolkenbedeckung müssen Zahlen sein (0–100 %)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="100"/>
        <source>Cloud cover limits must satisfy 0 ≤ from ≤ to ≤ 100 %</source>
        <translation>Die Grenzen der Wolkenbedeckung müssen 0 ≤ von ≤ bis ≤ 100 % erfüllen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="102"/>
        <source>{colormap} is not a colormap id</source>
        <translation>{colormap} ist keine Farbverlaufs-ID</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="103"/>
        <source>Use either a colormap or range colours, not both</source>
        <translation>Verwenden Sie entweder einen Farbverlauf oder Bereichsfarben, nicht beides</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="105"/>
        <source>colors_limit must be a whole number of 2 or more colours</source>
        <translation>colors_limit muss eine ganze Zahl von 2 oder mehr Farben sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="107"/>
        <source>Colours are written #rrggbb; {colour} is not</source>
        <translation>Farben werden als #rrggbb geschrieben; {colour} ist es nicht</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="108"/>
        <source>{thresholds} thresholds make {ranges} ranges: give {ranges} colours (now {colours})</source>
        <translation>{thresholds} Schwellenwerte ergeben {ranges} Bereiche: geben Sie {ranges} Farben an (derzeit {colours})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="110"/>
        <source>The area of interest polygon needs at least three corners</source>
        <translation>Das Polygon des Interessensgebiets braucht mindestens drei Ecken</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="112"/>
        <source>Unknown dataset {dataset}: use one of {datasets}</source>
        <translation>Unbekannter Datensatz {dataset}: verwenden Sie einen von {datasets}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="113"/>
        <source>{name} must be a date (YYYY-MM-DD), not {value}</source>
        <translation>{name} muss ein Datum sein (JJJJ-MM-TT), nicht {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="114"/>
        <source>The start date {start} is after the end date {end}</source>
        <translation>Das Startdatum {start} liegt nach dem Enddatum {end}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="116"/>
        <source>Downloading the rendered image</source>
        <translation>Das gerenderte Bild wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="172"/>
        <source>{what} must be a finite number</source>
        <translation>„{what}“ muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="118"/>
        <source>A {pixel} m pixel gives a {width} × {height} px image; the largest side may be {limit} px: choose a larger pixel size or a smaller area</source>
        <translation>Ein Pixel von {pixel} m ergibt ein Bild von {width} × {height} px; die längste Seite darf {limit} px haben: wählen Sie eine größere Pixelgröße oder ein kleineres Gebiet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="121"/>
        <source>levels are two numbers: low,high</source>
        <translation>levels sind zwei Zahlen: niedrig,hoch</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="122"/>
        <source>The low level ({low}) must be below the high level ({high})</source>
        <translation>Das untere Level ({low}) muss unter dem oberen Level ({high}) liegen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="124"/>
        <source>limit must be 1 to 500 scenes per page</source>
        <translation>limit muss 1 bis 500 Szenen pro Seite sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="125"/>
        <source>An EOSDA API key is needed: add it in Imagery Hub settings</source>
        <translation>Ein EOSDA-API-Schlüssel wird benötigt: fügen Sie ihn in den Imagery-Hub-Einstellungen hinzu</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="127"/>
        <source>EOSDA sent no preview for this scene</source>
        <translation>EOSDA hat für diese Szene keine Vorschau gesendet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="128"/>
        <source>EOSDA did not return a task id</source>
        <translation>EOSDA hat keine Task-ID zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="190"/>
        <source>{what} must be a number, not {value}</source>
        <translation>„{what}“ muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="130"/>
        <source>{name} must be one of {allowed}, not {value}</source>
        <translation>{name} muss einer der Werte {allowed} sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="131"/>
        <source>Download visual takes one Polygon, not {kind}: use a single-part area of interest</source>
        <translation>Download visual nimmt ein einziges Polygon, nicht {kind}: verwenden Sie ein einteiliges Interessensgebiet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="133"/>
        <source>pansharpening must be true or false</source>
        <translation>pansharpening muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="134"/>
        <source>Pick a scene first (view_id is empty)</source>
        <translation>Wählen Sie zuerst eine Szene (view_id ist leer)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="135"/>
        <source>The pixel size must be more than 0 m</source>
        <translation>Die Pixelgröße muss größer als 0 m sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="136"/>
        <source>Search needs a polygon area of interest</source>
        <translation>Die Suche braucht ein Interessensgebiet aus Polygonen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="137"/>
        <source>The scene preview is larger than a preview should be</source>
        <translation>Die Szenenvorschau ist größer, als eine Vorschau sein sollte</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="139"/>
        <source>Range colourisation needs both colours and thresholds</source>
        <translation>Die Bereichseinfärbung braucht sowohl Farben als auch Schwellenwerte</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="141"/>
        <source>The render failed: {reason}</source>
        <translation>Das Rendern ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="142"/>
        <source>The render failed: no reason given</source>
        <translation>Das Rendern ist fehlgeschlagen: kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="143"/>
        <source>EOSDA did not finish the render within {seconds} s (task_timeout); try again later</source>
        <translation>EOSDA hat das Rendern nicht innerhalb von {seconds} s abgeschlossen (task_timeout); versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="145"/>
        <source>EOSDA is rendering ({status}, check {check})</source>
        <translation>EOSDA rendert ({status}, Abfrage {check})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="146"/>
        <source>shapeRelation must be one of {relations}</source>
        <translation>shapeRelation muss einer der Werte {relations} sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="147"/>
        <source>Sort by one of {fields}, asc or desc</source>
        <translation>Sortieren Sie nach einem von {fields}, asc oder desc</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="148"/>
        <source>EOSDA sent a task status that is not valid JSON</source>
        <translation>EOSDA hat einen Task-Status gesendet, der kein gültiges JSON ist</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="150"/>
        <source>The pixel size</source>
        <translation>Die Pixelgröße</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="151"/>
        <source>Give at least one threshold for range colours</source>
        <translation>Geben Sie mindestens einen Schwellenwert für die Bereichsfarben an</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="152"/>
        <source>Thresholds must increase from left to right</source>
        <translation>Die Schwellenwerte müssen von links nach rechts steigen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="153"/>
        <source>EOSDA sent an unknown kind of file where {expected} was expected</source>
        <translation>EOSDA hat eine unbekannte Dateiart gesendet, wo {expected} erwartet wurde</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="155"/>
        <source>EOSDA sent {kind} where {expected} was expected</source>
        <translation>EOSDA hat {kind} gesendet, wo {expected} erwartet wurde</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="156"/>
        <source>{host} redirected a request with a body to {target}; it was not sent there</source>
        <translation>{host} hat eine Anfrage mit Inhalt zu {target} umgeleitet; sie wurde nicht dorthin gesendet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="158"/>
        <source>{host} redirected more than {count} times; the request was stopped</source>
        <translation>{host} hat mehr als {count}-mal umgeleitet; die Anfrage wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="160"/>
        <source>Give both x and y</source>
        <translation>Geben Sie sowohl x als auch y an</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="161"/>
        <source>Choose the collection</source>
        <translation>Wählen Sie die Sammlung</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="162"/>
        <source>Choose the image type</source>
        <translation>Wählen Sie den Bildtyp</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="163"/>
        <source>Choose the imagery type</source>
        <translation>Wählen Sie den Bildmaterialtyp</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="164"/>
        <source>The end depth ({end}) is above the start depth ({start})</source>
        <translation>Die Endtiefe ({end}) liegt über der Starttiefe ({start})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="166"/>
        <source>elevation</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="167"/>
        <source>An elevation needs x and y</source>
        <translation>Eine Höhe braucht x und y</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="168"/>
        <source>end depth</source>
        <translation>Endtiefe</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="169"/>
        <source>An end depth needs a start depth</source>
        <translation>Eine Endtiefe braucht eine Starttiefe</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="170"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="171"/>
        <source>{name}: cannot be read ({why})</source>
        <translation>{name}: kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="173"/>
        <source>baseline JPEG, {width} × {height} px</source>
        <translation>Baseline-JPEG, {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="174"/>
        <source>the file ends inside its header</source>
        <translation>die Datei endet innerhalb ihres Headers</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="175"/>
        <source>{format}, {width} × {height} px</source>
        <translation>{format}, {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="176"/>
        <source>JPEG without a frame header</source>
        <translation>JPEG ohne Frame-Header</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="177"/>
        <source>JPEG markers are out of order</source>
        <translation>die JPEG-Marker sind in falscher Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="178"/>
        <source>JPEG segment with an impossible length</source>
        <translation>JPEG-Segment mit unmöglicher Länge</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="179"/>
        <source>not a PNG, JPEG or TIFF image</source>
        <translation>kein PNG-, JPEG- oder TIFF-Bild</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="180"/>
        <source>PNG without an IHDR header</source>
        <translation>PNG ohne IHDR-Header</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="181"/>
        <source>progressive JPEG, {width} × {height} px</source>
        <translation>progressives JPEG, {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="182"/>
        <source>TIFF without image width and length</source>
        <translation>TIFF ohne Bildbreite und -höhe</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="183"/>
        <source>The height must be a whole number of pixels from 1 to {limit}</source>
        <translation>Die Höhe muss eine ganze Zahl von Pixeln von 1 bis {limit} sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="185"/>
        <source>Name the imagery: by its name, its depth interval or its id</source>
        <translation>Benennen Sie das Bildmaterial: über seinen Namen, sein Tiefenintervall oder seine ID</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="187"/>
        <source>Imago needs a username and password, or an API token</source>
        <translation>Imago braucht einen Benutzernamen und ein Passwort oder ein API-Token</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="189"/>
        <source>Imago signed in without giving a session token</source>
        <translation>Imago hat die Anmeldung ohne Sitzungstoken bestätigt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="191"/>
        <source>Name the imagery one way only, not by {ways}</source>
        <translation>Benennen Sie das Bildmaterial nur auf eine Weise, nicht über {ways}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="192"/>
        <source>{image} is {megapixels} megapixels; Imago takes progressive JPEG up to 500 megapixels (save it as baseline JPEG or PNG)</source>
        <translation>{image} hat {megapixels} Megapixel; Imago nimmt progressive JPEGs bis 500 Megapixel (speichern Sie es als Baseline-JPEG oder PNG)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="195"/>
        <source>{image}: the image declares no pixels</source>
        <translation>{image}: das Bild gibt keine Pixel an</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="196"/>
        <source>{image} is larger than Imago's limit of 65,500 × 65,500 px</source>
        <translation>{image} ist größer als die Imago-Grenze von 65.500 × 65.500 px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="198"/>
        <source>{format} ({mime}) is not accepted; Imago takes {names}</source>
        <translation>{format} ({mime}) wird nicht angenommen; Imago nimmt {names}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="200"/>
        <source>Signing in needs a username and password</source>
        <translation>Die Anmeldung braucht einen Benutzernamen und ein Passwort</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="201"/>
        <source>start depth</source>
        <translation>Starttiefe</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="202"/>
        <source>The Imago account holds more than {limit} collections: search it from the Imago tab</source>
        <translation>Das Imago-Konto enthält mehr als {limit} Sammlungen: durchsuchen Sie es über den Imago-Reiter</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="204"/>
        <source>Imago accepted the upload but did not say which image it made</source>
        <translation>Imago hat den Upload angenommen, aber nicht gesagt, welches Bild daraus wurde</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="206"/>
        <source>Say where the image belongs: an imagery name, a depth or a location</source>
        <translation>Geben Sie an, wohin das Bild gehört: ein Bildmaterialname, eine Tiefe oder ein Ort</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="208"/>
        <source>The width must be a whole number of pixels from 1 to {limit}</source>
        <translation>Die Breite muss eine ganze Zahl von Pixeln von 1 bis {limit} sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="210"/>
        <source>cell {cell} of {cells}, {images} images</source>
        <translation>Zelle {cell} von {cells}, {images} Bilder</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="211"/>
        <source>{done} of {total} cells, {images} images</source>
        <translation>{done} von {total} Zellen, {images} Bilder</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="212"/>
        <source>{images} images</source>
        <translation>{images} Bilder</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="213"/>
        <source>{count} of {total} images</source>
        <translation>{count} von {total} Bildern</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="214"/>
        <source>{collections} collections, {placed} imagery placed</source>
        <translation>{collections} Sammlungen, {placed} Bildmaterialien platziert</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="215"/>
        <source>{count} of {found} scenes</source>
        <translation>{count} von {found} Szenen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="216"/>
        <source>The area is {area} but only {left} remain on the Mapflow account: draw a smaller area</source>
        <translation>Das Gebiet hat {area}, aber auf dem Mapflow-Konto bleiben nur {left}: zeichnen Sie ein kleineres Gebiet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="218"/>
        <source>The catalog searches an area: draw a polygon or rectangle</source>
        <translation>Der Katalog durchsucht ein Gebiet: zeichnen Sie ein Polygon oder Rechteck</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="220"/>
        <source>A catalog image needs its provider and image id</source>
        <translation>Ein Katalogbild braucht seinen Anbieter und seine Bild-ID</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="222"/>
        <source>The processing costs {cost} credits but only {left} remain on the Mapflow account</source>
        <translation>Die Verarbeitung kostet {cost} Credits, aber auf dem Mapflow-Konto bleiben nur {left}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="224"/>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="235"/>
        <source>The image name cannot be empty</source>
        <translation>Der Bildname darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="236"/>
        <source>The image name is longer than 255 characters</source>
        <translation>Der Bildname ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="238"/>
        <source>A linked image is named by its s3:// URL</source>
        <translation>Ein verknüpftes Bild wird über seine s3://-URL benannt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="239"/>
        <source>The mosaic name cannot be empty</source>
        <translation>Der Mosaikname darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="240"/>
        <source>The mosaic name is longer than 255 characters</source>
        <translation>Der Mosaikname ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="242"/>
        <source>The name cannot be empty</source>
        <translation>Der Name darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="243"/>
        <source>The name is longer than 255 characters</source>
        <translation>Der Name ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="244"/>
        <source>Mapflow sent no download link for the image</source>
        <translation>Mapflow hat keinen Download-Link für das Bild gesendet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="246"/>
        <source>{name} does not exist or is not a file</source>
        <translation>{name} existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="247"/>
        <source>The Mapflow catalog sent no list of images</source>
        <translation>Der Mapflow-Katalog hat keine Bildliste gesendet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="248"/>
        <source>Mapflow did not say which mosaic it made</source>
        <translation>Mapflow hat nicht gesagt, welches Mosaik es erstellt hat</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="250"/>
        <source>This image has no picture preview</source>
        <translation>Dieses Bild hat keine Bildvorschau</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="251"/>
        <source>A Mapflow API token is needed: add it in Imagery Hub settings</source>
        <translation>Ein Mapflow-API-Token wird benötigt: fügen Sie es in den Imagery-Hub-Einstellungen hinzu</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="253"/>
        <source>{name} is not a GeoTIFF: Mapflow takes GeoTIFF images only</source>
        <translation>{name} ist kein GeoTIFF: Mapflow nimmt nur GeoTIFF-Bilder</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="255"/>
        <source>Pick a model</source>
        <translation>Wählen Sie ein Modell</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="256"/>
        <source>Pick a mosaic first</source>
        <translation>Wählen Sie zuerst ein Mosaik</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="257"/>
        <source>Pick an imagery provider</source>
        <translation>Wählen Sie einen Bildanbieter</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="262"/>
        <source>A polygon of the area is {area}, more than the {limit} Mapflow accepts per area: draw a smaller one</source>
        <translation>Ein Polygon des Gebiets hat {area}, mehr als die {limit}, die Mapflow pro Gebiet annimmt: zeichnen Sie ein kleineres</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="265"/>
        <source>The preview link is not an http(s) URL</source>
        <translation>Der Vorschau-Link ist keine http(s)-URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="266"/>
        <source>Preview size is s or l, not {size}</source>
        <translation>Die Vorschaugröße ist s oder l, nicht {size}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="267"/>
        <source>The area of a processing must be a polygon or several polygons</source>
        <translation>Das Gebiet einer Verarbeitung muss ein Polygon oder mehrere Polygone sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="269"/>
        <source>Give the processing a name</source>
        <translation>Geben Sie der Verarbeitung einen Namen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="270"/>
        <source>Processing {id} did not end within {minutes} minutes; it goes on in Mapflow</source>
        <translation>Verarbeitung {id} ist nicht innerhalb von {minutes} Minuten fertig geworden; sie läuft in Mapflow weiter</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="272"/>
        <source>Give the project a name</source>
        <translation>Geben Sie dem Projekt einen Namen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="273"/>
        <source>The area is {area} km² but Mapflow searches at most {limit} km² (the account's limit per area): draw a smaller one</source>
        <translation>Das Gebiet hat {area} km², aber Mapflow durchsucht höchstens {limit} km² (die Grenze des Kontos pro Gebiet): zeichnen Sie ein kleineres</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="276"/>
        <source>Mapflow storage has {free} free ({usage}) but the upload is {size}: delete images or mosaics first</source>
        <translation>Der Mapflow-Speicher hat {free} frei ({usage}), aber der Upload hat {size}: löschen Sie zuerst Bilder oder Mosaike</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="281"/>
        <source>The imagery URL must start with http:// or https://</source>
        <translation>Die Bildmaterial-URL muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="283"/>
        <source>Enter the URL of the imagery tiles</source>
        <translation>Geben Sie die URL der Bildkacheln ein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="284"/>
        <source>The area has {count} polygons but Mapflow takes at most {limit} per processing: select fewer features</source>
        <translation>Das Gebiet hat {count} Polygone, aber Mapflow nimmt höchstens {limit} pro Verarbeitung: wählen Sie weniger Objekte</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="287"/>
        <source>Mapflow accepted the upload but did not say which image it made</source>
        <translation>Mapflow hat den Upload angenommen, aber nicht gesagt, welches Bild daraus wurde</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="289"/>
        <source>Mapflow accepted the upload but sent no URL for it</source>
        <translation>Mapflow hat den Upload angenommen, aber keine URL dafür gesendet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="291"/>
        <source>An uploaded image is referenced by the s3:// URL the upload returned</source>
        <translation>Ein hochgeladenes Bild wird über die s3://-URL angegeben, die der Upload zurückgegeben hat</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="293"/>
        <source>Zoom must be a whole number from 0 to 22, not {zoom}</source>
        <translation>Der Zoom muss eine ganze Zahl von 0 bis 22 sein, nicht {zoom}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="294"/>
        <source>The Mapillary bbox limit must be a positive number of degrees</source>
        <translation>Die Mapillary-bbox-Grenze muss eine positive Anzahl Grad sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="296"/>
        <source>Drag a rectangle on the image to choose what to blur</source>
        <translation>Ziehen Sie ein Rechteck auf dem Bild, um zu wählen, was verwischt werden soll</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="298"/>
        <source>A blur rectangle must lie inside the image</source>
        <translation>Ein Verwischungsrechteck muss innerhalb des Bildes liegen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="299"/>
        <source>The blur rectangle is too small: drag a larger one</source>
        <translation>Das Verwischungsrechteck ist zu klein: ziehen Sie ein größeres</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="301"/>
        <source>Write a comment first</source>
        <translation>Schreiben Sie zuerst einen Kommentar</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="302"/>
        <source>Not an image key: {key}</source>
        <translation>Kein Bildschlüssel: {key}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="303"/>
        <source>The Mapillary limit per request is 1 to {limit}</source>
        <translation>Die Mapillary-Grenze pro Anfrage ist 1 bis {limit}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="304"/>
        <source>A Mapillary v2 client id is needed: add it in Imagery Hub settings</source>
        <translation>Eine Mapillary-v2-Client-ID wird benötigt: fügen Sie sie in den Imagery-Hub-Einstellungen hinzu</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="306"/>
        <source>Mapillary has no {size} image for {id}</source>
        <translation>Mapillary hat kein Bild der Größe {size} für {id}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="307"/>
        <source>Mapillary did not give the size of image {id}</source>
        <translation>Mapillary hat die Größe von Bild {id} nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="308"/>
        <source>A Mapillary access token is needed: add it in Imagery Hub settings</source>
        <translation>Ein Mapillary-Zugriffstoken wird benötigt: fügen Sie es in den Imagery-Hub-Einstellungen hinzu</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="310"/>
        <source>Posting to Mapillary v2 needs a user token: add it in Imagery Hub settings</source>
        <translation>Das Senden an Mapillary v2 braucht ein Benutzertoken: fügen Sie es in den Imagery-Hub-Einstellungen hinzu</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="312"/>
        <source>Not a date: {value}</source>
        <translation>Kein Datum: {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="313"/>
        <source>Say why the image should be reported</source>
        <translation>Geben Sie an, warum das Bild gemeldet werden soll</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="314"/>
        <source>Unknown thumbnail size {size}: one of {sizes}</source>
        <translation>Unbekannte Vorschaugröße {size}: eine von {sizes}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="316"/>
        <source>A Mapillary username has no spaces or commas</source>
        <translation>Ein Mapillary-Benutzername enthält keine Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="337"/>
        <source>The preview is larger than a preview should be</source>
        <translation>Die Vorschau ist größer, als eine Vorschau sein sollte</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="338"/>
        <source>bbox must be (min lon, min lat, max lon, max lat)</source>
        <translation>bbox muss (min. Länge, min. Breite, max. Länge, max. Breite) sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="339"/>
        <source>bbox {bbox} has no width or height at 6 decimals (about 0.1 m): min must be below max; draw a larger box</source>
        <translation>bbox {bbox} hat bei 6 Nachkommastellen (etwa 0,1 m) keine Breite oder Höhe: das Minimum muss unter dem Maximum liegen; zeichnen Sie ein größeres Rechteck</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="342"/>
        <source>bbox must be (min lon, min lat, max lon, max lat) in EPSG:4326</source>
        <translation>bbox muss (min. Länge, min. Breite, max. Länge, max. Breite) in EPSG:4326 sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="344"/>
        <source>capture_type {wrong} is not one of {types}</source>
        <translation>capture_type {wrong} ist keiner von {types}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="345"/>
        <source>choose at least one capture type: {types}</source>
        <translation>wählen Sie mindestens einen Aufnahmetyp: {types}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="346"/>
        <source>captured_at {value} is not a date: write it as 2023-01-01, 2023-01-01T12:00:00Z or Jan 1, 2023</source>
        <translation>captured_at {value} ist kein Datum: schreiben Sie es als 2023-01-01, 2023-01-01T12:00:00Z oder Jan 1, 2023</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="348"/>
        <source>captured_at must be one date or a (start, end) pair</source>
        <translation>captured_at muss ein Datum oder ein Paar (Beginn, Ende) sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="349"/>
        <source>captured_at {text} would not be read as a range</source>
        <translation>captured_at {text} würde nicht als Zeitraum gelesen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="350"/>
        <source>captured_at {date} is before {year}: check the year</source>
        <translation>captured_at {date} liegt vor {year}: prüfen Sie das Jahr</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="351"/>
        <source>captured_at starts ({start}) after it ends ({end})</source>
        <translation>captured_at beginnt ({start}) nach seinem Ende ({end})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="353"/>
        <source>focused must be True or False</source>
        <translation>focused muss True oder False sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="354"/>
        <source>polygon is not valid (it crosses itself): draw it again</source>
        <translation>das Polygon ist ungültig (es schneidet sich selbst): zeichnen Sie es neu</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="356"/>
        <source>limit must be a whole number from 1 to {limit}, not {value}</source>
        <translation>limit muss eine ganze Zahl von 1 bis {limit} sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="358"/>
        <source>A Spexi API key is needed: add it in Imagery Hub settings</source>
        <translation>Ein Spexi-API-Schlüssel wird benötigt: fügen Sie ihn in den Imagery-Hub-Einstellungen hinzu</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="360"/>
        <source>Spexi image {id} has no {variant} link</source>
        <translation>Spexi-Bild {id} hat keinen Link {variant}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="361"/>
        <source>Spexi answered a search with something other than a FeatureCollection</source>
        <translation>Spexi hat eine Suche mit etwas anderem als einer FeatureCollection beantwortet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="363"/>
        <source>{parameter} must be a number, not {value}</source>
        <translation>{parameter} muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="364"/>
        <source>polygon must be one polygon, not {kind}: split multi-part areas (search_area does it)</source>
        <translation>polygon muss ein einziges Polygon sein, nicht {kind}: teilen Sie mehrteilige Gebiete auf (search_area tut das)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="366"/>
        <source>{parameter} {value} is outside {interval}</source>
        <translation>{parameter} {value} liegt außerhalb von {interval}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="367"/>
        <source>p must be (longitude, latitude) or (longitude, latitude, radius in metres)</source>
        <translation>p muss (Länge, Breite) oder (Länge, Breite, Radius in Metern) sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="369"/>
        <source>p {lon}, {lat} is not a longitude/latitude: use EPSG:4326 coordinates</source>
        <translation>p {lon}, {lat} ist keine Länge/Breite: verwenden Sie EPSG:4326-Koordinaten</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="371"/>
        <source>polygon's bounding box is {area} km², more than the {limit} km² Spexi accepts: search a smaller area (search_area splits larger ones)</source>
        <translation>Das umgebende Rechteck des Polygons hat {area} km², mehr als die {limit} km², die Spexi annimmt: durchsuchen Sie ein kleineres Gebiet (search_area teilt größere auf)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="374"/>
        <source>polygon must be in longitude/latitude (EPSG:4326)</source>
        <translation>polygon muss in Länge/Breite (EPSG:4326) vorliegen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="376"/>
        <source>p radius cannot be negative</source>
        <translation>Der Radius von p darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="377"/>
        <source>{parameter} must be one value or a (minimum, maximum) pair</source>
        <translation>{parameter} muss ein Wert oder ein Paar (Minimum, Maximum) sein</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="379"/>
        <source>{parameter} range minimum {low} is above its maximum {high}</source>
        <translation>Das Minimum {low} des Bereichs {parameter} liegt über seinem Maximum {high}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="381"/>
        <source>polygon could not be shortened for the URL: draw it with fewer vertices</source>
        <translation>Das Polygon konnte für die URL nicht gekürzt werden: zeichnen Sie es mit weniger Stützpunkten</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="383"/>
        <source>Unknown Spexi image variant {variant}: use original or zoomed</source>
        <translation>Unbekannte Spexi-Bildvariante {variant}: verwenden Sie original oder zoomed</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="385"/>
        <source>A Spexi search needs a point (p), a bbox or a polygon</source>
        <translation>Eine Spexi-Suche braucht einen Punkt (p), eine bbox oder ein Polygon</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="386"/>
        <source>{parameter} is not valid WKT</source>
        <translation>{parameter} ist kein gültiges WKT</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="387"/>
        <source>{host} did not finish within {minutes} minutes (the download deadline); the download of {name} was stopped</source>
        <translation>{host} ist nicht innerhalb von {minutes} Minuten fertig geworden (die Download-Frist); Download gestoppt ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="390"/>
        <source>{host} sent nothing for {seconds} s; the download of {name} was stopped</source>
        <translation>{host} hat {seconds} s lang nichts gesendet; Download gestoppt ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="392"/>
        <source>{host} sent less than {speed} for {window}; the download of {name} was stopped</source>
        <translation>{host} hat {window} lang weniger als {speed} gesendet; Download gestoppt ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="394"/>
        <source>the answer</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="395"/>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="396"/>
        <source>{what} {origin} is plain http: keys would travel unencrypted, so only https:// is accepted (http only on this machine: localhost, 127.0.0.1)</source>
        <translation>{what} {origin} ist unverschlüsseltes http: Schlüssel würden unverschlüsselt übertragen, daher wird nur https:// angenommen (http nur auf diesem Rechner: localhost, 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="399"/>
        <source>{what} must start with http:// or https:// and name a host: {url}</source>
        <translation>{what} muss mit http:// oder https:// beginnen und einen Host nennen: {url}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="249"/>
        <source>Mapflow sent no page of {what}</source>
        <translation>Mapflow hat keine Seite der Liste der {what} gesendet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="317"/>
        <source>Not a readable vector tile: {detail}</source>
        <translation>Keine lesbare Vektorkachel: {detail}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="321"/>
        <source>catalog results</source>
        <translation>Katalogergebnisse</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="322"/>
        <source>images of a cell</source>
        <translation>Bilder einer Zelle</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="323"/>
        <source>collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="324"/>
        <source>imagery</source>
        <translation>Bildmaterialien</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="325"/>
        <source>processings</source>
        <translation>Verarbeitungen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="326"/>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="327"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service sent a link to a page it had already sent</source>
        <translation>Liste der {what} nach {pages} Seiten gestoppt, möglicherweise unvollständig: der Dienst hat einen Link auf eine bereits gesendete Seite geschickt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="330"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service sent the same items again</source>
        <translation>Liste der {what} nach {pages} Seiten gestoppt, möglicherweise unvollständig: der Dienst hat dieselben Einträge erneut gesendet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="333"/>
        <source>search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="334"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service kept sending pages past {limit}</source>
        <translation>Liste der {what} nach {pages} Seiten gestoppt, möglicherweise unvollständig: der Dienst hat über {limit} hinaus Seiten gesendet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="225"/>
        <source>AOI intersection</source>
        <translation>Überschneidung mit dem Interessensgebiet</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="226"/>
        <source>The {name} must be from 0 to {top} {unit}, not {value}</source>
        <translation>„{name}“ muss zwischen 0 und {top} {unit} liegen, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="228"/>
        <source>cloud cover</source>
        <translation>Wolkenbedeckung</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="229"/>
        <source>off-nadir angle</source>
        <translation>Off-Nadir-Winkel</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="230"/>
        <source>The {name} must be 0 or more {unit}, not {value}</source>
        <translation>„{name}“ muss 0 {unit} oder mehr sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="232"/>
        <source>resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="233"/>
        <source>The smallest {name} ({low} {unit}) is above the largest ({high} {unit})</source>
        <translation>„{name}“: das Minimum ({low} {unit}) liegt über dem Maximum ({high} {unit})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="258"/>
        <source>A {kind} URL needs the placeholders {placeholders}; {missing} is missing</source>
        <translation>Eine {kind}-URL braucht die Platzhalter {placeholders}; {missing} fehlt</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="260"/>
        <source>A {kind} URL needs the placeholders {placeholders}; {missing} are missing</source>
        <translation>Eine {kind}-URL braucht die Platzhalter {placeholders}; {missing} fehlen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="279"/>
        <source>Unknown tile source type {kind}: use XYZ, TMS or Quadkey</source>
        <translation>Unbekannter Kachelquellentyp {kind}: verwenden Sie XYZ, TMS oder Quadkey</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="318"/>
        <source>Request to {host} failed</source>
        <translation>Die Anfrage an {host} ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="319"/>
        <source>No answer from {host} in time</source>
        <translation>Keine rechtzeitige Antwort von {host}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="320"/>
        <source>Could not reach {host}</source>
        <translation>{host} ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Registry</name>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 client id</source>
        <translation>v2-Client-ID</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 user token</source>
        <translation>v2-Benutzertoken</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Password or API token</source>
        <translation>Passwort oder API-Token</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Graph API URL</source>
        <translation>Graph-API-URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Tiles URL</source>
        <translation>Kachel-URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 API URL</source>
        <translation>v2-API-URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Create a key in Spexi World (world.spexi.com): Settings → API Keys.</source>
        <translation>Erstellen Sie einen Schlüssel in Spexi World (world.spexi.com): Settings → API Keys.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Register an app at mapillary.com/dashboard/developers for its client token.</source>
        <translation>Registrieren Sie eine App unter mapillary.com/dashboard/developers für deren Client-Token.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Copy the API token from app.mapflow.ai/account/api.</source>
        <translation>Kopieren Sie das API-Token von app.mapflow.ai/account/api.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Find the API key in your EOSDA API Connect account (api-connect.eos.com).</source>
        <translation>Den API-Schlüssel finden Sie in Ihrem Konto bei EOSDA API Connect (api-connect.eos.com).</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Use a Seequent service account (ask for one through MySeequent support).</source>
        <translation>Verwenden Sie ein Seequent-Dienstkonto (über den MySeequent-Support erhältlich).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Settings</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Default: {url}</source>
        <translation>Standard: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>Imagery Hub: testing {service}</source>
        <translation>Imagery Hub: {service} wird getestet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Imagery Hub Settings</source>
        <translation>Imagery-Hub-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Where result GeoPackages go while the project is unsaved; a saved project keeps them in an imagery_hub folder beside it</source>
        <translation>Wohin Ergebnis-GeoPackages gehen, solange das Projekt nicht gespeichert ist; ein gespeichertes Projekt legt sie in einem Ordner imagery_hub neben sich ab</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Workspace folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Parallel transfers</source>
        <translation>Parallele Übertragungen</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Heading from (°)</source>
        <translation>Richtung ab (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Heading to (°)</source>
        <translation>Richtung bis (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Altitude from (m)</source>
        <translation>Flughöhe ab (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Altitude to (m)</source>
        <translation>Flughöhe bis (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>Lowest pitch (°)</source>
        <translation>Niedrigste Neigung (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>Highest pitch (°)</source>
        <translation>Höchste Neigung (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="51"/>
        <source>Captured from</source>
        <translation>Aufgenommen ab</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="53"/>
        <source>Captured until</source>
        <translation>Aufgenommen bis</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="93"/>
        <source>Camera pitch</source>
        <translation>Kameraneigung</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="108"/>
        <source>Capture types</source>
        <translation>Aufnahmearten</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="115"/>
        <source>Focused on the area</source>
        <translation>Auf das Gebiet ausgerichtet</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Maximum images</source>
        <translation>Maximale Bildanzahl</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="126"/>
        <source>Spexi footprints</source>
        <translation>Spexi-Footprints</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="130"/>
        <source>Spexi camera positions</source>
        <translation>Spexi-Kamerapositionen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="134"/>
        <source>Images found</source>
        <translation>Gefundene Bilder</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="136"/>
        <source>Cells searched</source>
        <translation>Durchsuchte Zellen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="224"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="228"/>
        <source>Spexi views</source>
        <translation>Spexi-Ansichten</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="232"/>
        <source>Views found</source>
        <translation>Gefundene Ansichten</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>The camera's compass direction, 0° north, 90° east. Give HEADING_MIN and HEADING_MAX together. Empty: any.</source>
        <translation>Die Kompassrichtung der Kamera, 0° Nord, 90° Ost. HEADING_MIN und HEADING_MAX zusammen angeben. Leer: beliebig.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>The drone&apos;s height above the ground. Give ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.</source>
        <translation>Die Höhe der Drohne über dem Boden. ALTITUDE_MIN und ALTITUDE_MAX zusammen angeben. Leer: beliebig.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>With PITCH range: the lowest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>Mit PITCH range: die niedrigste Kameraneigung, −135° bis 45° (−90° blickt senkrecht nach unten).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>With PITCH range: the highest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>Mit PITCH range: die höchste Kameraneigung, −135° bis 45° (−90° blickt senkrecht nach unten).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="51"/>
        <source>First capture day (UTC, included). Empty: no limit.</source>
        <translation>Erster Aufnahmetag (UTC, einschließlich). Leer: keine Grenze.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="53"/>
        <source>Last capture day (UTC, included). Empty: today when DATE_FROM is given, else no limit.</source>
        <translation>Letzter Aufnahmetag (UTC, einschließlich). Leer: heute, wenn DATE_FROM angegeben ist, sonst keine Grenze.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="62"/>
        <source>Give DATE_FROM as well: the first day of the captures</source>
        <translation>Geben Sie auch DATE_FROM an: den ersten Tag der Aufnahmen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="78"/>
        <source>
&lt;p&gt;Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that &lt;i&gt;Download images&lt;/i&gt; fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Findet Spexi-Drohnenbilder in einem Gebiet mit den Filtern des Spexi-Reiters (Kameraneigung, Richtung, Flughöhe, Aufnahmedaten und -arten) und schreibt zwei Layer: die Footprints (was jedes Bild zeigt) und die Kamerapositionen, mit Bild-ID, Rang, Aufnahmeart und -zeit, Richtung, Neigung, Rollwinkel, Flughöhe, Entfernung, den Links der Original- und gezoomten Bilder und einem leeren local_path, den &lt;i&gt;Bilder herunterladen&lt;/i&gt; füllt. Gebiete über Spexis Grenze von 1 km² werden Zelle für Zelle durchsucht und zusammengeführt, jedes Bild einmal.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="92"/>
        <source>to search (any size: over 1 km² it is searched cell by cell)</source>
        <translation>für die Suche (beliebige Größe: über 1 km² wird Zelle für Zelle gesucht)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="93"/>
        <source>any; nadir (−90°, straight down); oblique (−60°); or range, from PITCH_MIN to PITCH_MAX.</source>
        <translation>any; nadir (−90°, senkrecht nach unten); oblique (−60°); oder range, von PITCH_MIN bis PITCH_MAX.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="108"/>
        <source>orthomosaic (nadir mapping images), oblique (tilted views of building sides), panorama (near-horizontal views from higher up). Default: all three.</source>
        <translation>orthomosaic (Nadir-Kartierungsbilder), oblique (geneigte Ansichten von Gebäudeseiten), panorama (fast waagerechte Ansichten von weiter oben). Standard: alle drei.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="115"/>
        <source>Spexi leaves out images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Unchecked: every intersecting image.</source>
        <translation>Spexi lässt Bilder aus, in denen das Gebiet am Bildrand liegt, und ordnet die übrigen danach, wie deutlich es erscheint. Nicht angehakt: jedes schneidende Bild.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Stop after this many images (default {count}, as in the tab).</source>
        <translation>Nach so vielen Bildern aufhören (Standard {count}, wie im Reiter).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="126"/>
        <source>What each image shows, as polygons in WGS 84, with the fields listed above.</source>
        <translation>Was jedes Bild zeigt, als Polygone in WGS 84, mit den oben aufgeführten Feldern.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="130"/>
        <source>Where each image was taken from, as points in WGS 84, with the same fields.</source>
        <translation>Von wo jedes Bild aufgenommen wurde, als Punkte in WGS 84, mit denselben Feldern.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="134"/>
        <source>How many images were written.</source>
        <translation>Wie viele Bilder geschrieben wurden.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="136"/>
        <source>How many pieces of under 1 km² the area was searched in.</source>
        <translation>In wie vielen Stücken unter 1 km² das Gebiet durchsucht wurde.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="148"/>
        <source>PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)</source>
        <translation>PITCH_MIN und PITCH_MAX gehören zu PITCH range (das sie braucht)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="192"/>
        <source>Searching Spexi over {area}</source>
        <translation>Durchsuche Spexi in {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="194"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="214"/>
        <source>
&lt;p&gt;Asks Spexi for the best images of one place, as the Spexi tab&apos;s multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in &lt;code&gt;view&lt;/code&gt; and the Spexi result fields, so
&lt;i&gt;Download images&lt;/i&gt; takes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fragt Spexi nach den besten Bildern eines Ortes, wie es das Mehrfachansicht-Werkzeug des Spexi-Reiters tut: eine Nadiransicht von oben und Schrägansichten mit Blick nach Norden, Osten, Süden und Westen (eine Ansicht, für die Spexi kein Bild hat, fehlt). Die Footprints kommen mit der gezeigten Ansicht in &lt;code&gt;view&lt;/code&gt; und den Spexi-Ergebnisfeldern, sodass &lt;i&gt;Bilder herunterladen&lt;/i&gt; sie annimmt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="224"/>
        <source>The place to see from five sides; any CRS (on the command line “x,y [EPSG:code]”).</source>
        <translation>Der Ort, von fünf Seiten zu sehen; beliebiges KBS (auf der Kommandozeile „x,y [EPSG:code]“).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="228"/>
        <source>One footprint per view (nadir, north, east, south, west) in WGS 84, with view and the Spexi result fields.</source>
        <translation>Ein Footprint pro Ansicht (Nadir, Nord, Ost, Süd, West) in WGS 84, mit view und den Spexi-Ergebnisfeldern.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="232"/>
        <source>How many of the five views exist.</source>
        <translation>Wie viele der fünf Ansichten es gibt.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="253"/>
        <source>Asking Spexi for the views of {lon}, {lat}</source>
        <translation>Frage Spexi nach den Ansichten von {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="256"/>
        <source>Views: {views}</source>
        <translation>Ansichten: {views}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="256"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="168"/>
        <source>{name} needs both {name}_MIN and {name}_MAX</source>
        <translation>{name} braucht sowohl {name}_MIN als auch {name}_MAX</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="186"/>
        <source>cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>Zelle {cell} von {cells}, Seite {page}, %Ln Bild empfangen</numerusform>
            <numerusform>Zelle {cell} von {cells}, Seite {page}, %Ln Bilder empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="197"/>
        <source>%Ln feature(s) Spexi sent could not be read (geometry, capture date or camera position) and were left out</source>
        <translation>
            <numerusform>%Ln von Spexi gesendetes Objekt konnte nicht gelesen werden (Geometrie, Aufnahmedatum oder Kameraposition) und wurde ausgelassen</numerusform>
            <numerusform>%Ln von Spexi gesendete Objekte konnten nicht gelesen werden (Geometrie, Aufnahmedatum oder Kameraposition) und wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="59"/>
        <source>Captured (UTC)</source>
        <translation>Aufgenommen (UTC)</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="60"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="61"/>
        <source>Pitch</source>
        <translation>Neigung</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="74"/>
        <source>Heading</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="63"/>
        <source>Alt. m</source>
        <translation>Höhe m</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="64"/>
        <source>Dist. m</source>
        <translation>Entf. m</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="65"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="136"/>
        <source>Could not add images to {layer} in {path}: {errors}</source>
        <translation>Bilder konnten nicht zu {layer} in {path} hinzugefügt werden: {errors}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="168"/>
        <source>Spexi cameras</source>
        <translation>Spexi-Kameras</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="225"/>
        <source>Spexi downloads</source>
        <translation>Spexi-Downloads</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="251"/>
        <source>QGIS could not open the placed image {path}</source>
        <translation>QGIS konnte das platzierte Bild {path} nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="64"/>
        <source>Spexi search</source>
        <translation>Spexi-Suche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="78"/>
        <source>Searching: cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>Suche: Zelle {cell} von {cells}, Seite {page}, %Ln Bild erhalten</numerusform>
            <numerusform>Suche: Zelle {cell} von {cells}, Seite {page}, %Ln Bilder erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="82"/>
        <source>Searching: page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>Suche: Seite {page}, %Ln Bild erhalten</numerusform>
            <numerusform>Suche: Seite {page}, %Ln Bilder erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="97"/>
        <source>Writing %Ln image(s) into the result layers</source>
        <translation>
            <numerusform>%Ln Bild wird in die Ergebnislayer geschrieben</numerusform>
            <numerusform>%Ln Bilder werden in die Ergebnislayer geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="111"/>
        <source>Spexi: add images to the results</source>
        <translation>Spexi: Bilder zu den Ergebnissen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="144"/>
        <source>Spexi: downloading %Ln image(s)</source>
        <translation>
            <numerusform>Spexi: %Ln Bild wird heruntergeladen</numerusform>
            <numerusform>Spexi: %Ln Bilder werden heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="171"/>
        <source>Spexi: fetching image {image}</source>
        <translation>Spexi: Bild {image} wird abgerufen</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="59"/>
        <source>GDAL could not read {name}</source>
        <translation>GDAL konnte {name} nicht lesen</translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="208"/>
        <source>GDAL could not make a thumbnail of {name}</source>
        <translation>GDAL konnte kein Vorschaubild von {name} erstellen</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="27"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="37"/>
        <source>A footprint with {corners} corners cannot be used to place the image; it needs four</source>
        <translation>Ein Footprint mit {corners} Ecken kann nicht zum Platzieren des Bildes verwendet werden; er braucht vier</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="49"/>
        <source>The footprint does not match the camera heading: the image cannot be placed</source>
        <translation>Der Footprint passt nicht zur Kamerarichtung: Das Bild kann nicht platziert werden</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="64"/>
        <source>GDAL could not set the control points</source>
        <translation>GDAL konnte die Passpunkte nicht setzen</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="80"/>
        <source>Cancelled while placing the image</source>
        <translation>Beim Platzieren des Bildes abgebrochen</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="81"/>
        <source>GDAL could not warp {name}</source>
        <translation>GDAL konnte {name} nicht entzerren</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="93"/>
        <source>Spexi: placing image {image} on the map</source>
        <translation>Spexi: Bild {image} wird auf der Karte platziert</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="97"/>
        <source>Only nadir images (pitch near -90°) can be placed on the map; image {image} has pitch {pitch}°</source>
        <translation>Nur Nadirbilder (Neigung nahe -90°) können auf der Karte platziert werden; Bild {image} hat eine Neigung von {pitch}°</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="112"/>
        <source>Downloading the original image</source>
        <translation>Originalbild wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="116"/>
        <source>Warping the image into its footprint</source>
        <translation>Bild wird in seinen Footprint entzerrt</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="41"/>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="42"/>
        <source>Download the selected images into the download folder (Imagery Hub settings)</source>
        <translation>Die ausgewählten Bilder in den Download-Ordner herunterladen (Imagery-Hub-Einstellungen)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="46"/>
        <source>&amp;Place on map</source>
        <translation>Auf der Karte &amp;platzieren</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="47"/>
        <source>Warp the selected nadir image into its footprint and add it to the map</source>
        <translation>Das ausgewählte Nadirbild in seinen Footprint entzerren und der Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="50"/>
        <source>&amp;Multi-view</source>
        <translation>&amp;Mehrfachansicht</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="52"/>
        <source>Click a point on the map to see it from above and from the four sides</source>
        <translation>Klicken Sie auf einen Punkt der Karte, um ihn von oben und von den vier Seiten zu sehen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="67"/>
        <source>Search Spexi first, then select the images to download</source>
        <translation>Suchen Sie zuerst in Spexi und wählen Sie dann die herunterzuladenden Bilder aus</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="76"/>
        <source>This layer is not a Spexi result layer: use the footprints or camera positions of a Spexi search</source>
        <translation>Dieser Layer ist kein Spexi-Ergebnislayer: Verwenden Sie die Footprints oder Kamerapositionen einer Spexi-Suche</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="80"/>
        <source>{name} is not a Spexi result layer: use the footprints or camera positions of a Spexi search</source>
        <translation>{name} ist kein Spexi-Ergebnislayer: Verwenden Sie die Footprints oder Kamerapositionen einer Spexi-Suche</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="90"/>
        <source>Select the Spexi images to download first (in the table or on the map)</source>
        <translation>Wählen Sie zuerst die herunterzuladenden Spexi-Bilder aus (in der Tabelle oder auf der Karte)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="101"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/actions.py" line="106"/>
        <source>Downloading %Ln Spexi image(s)…</source>
        <translation>
            <numerusform>%Ln Spexi-Bild wird heruntergeladen…</numerusform>
            <numerusform>%Ln Spexi-Bilder werden heruntergeladen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="114"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="126"/>
        <source>Select one nadir Spexi image to place it on the map</source>
        <translation>Wählen Sie ein Spexi-Nadirbild aus, um es auf der Karte zu platzieren</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="138"/>
        <source>Placing the image</source>
        <translation>Platzieren des Bildes</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="140"/>
        <source>Placing image {image} on the map…</source>
        <translation>Bild {image} wird auf der Karte platziert…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="148"/>
        <source>Spexi image {image}</source>
        <translation>Spexi-Bild {image}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="155"/>
        <source>Spexi image {image} placed on the map</source>
        <translation>Spexi-Bild {image} auf der Karte platziert</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="216"/>
        <source>Multi-view</source>
        <translation>Mehrfachansicht</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="250"/>
        <source>Spexi multi-view</source>
        <translation>Spexi-Mehrfachansicht</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="209"/>
        <source>No image: {error}</source>
        <translation>Kein Bild: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="215"/>
        <source>Spexi multi-view failed: {error}</source>
        <translation>Spexi-Mehrfachansicht fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="221"/>
        <source>Opening the image</source>
        <translation>Öffnen des Bildes</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="223"/>
        <source>Spexi image {image} ({kind})</source>
        <translation>Spexi-Bild {image} ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="236"/>
        <source>Adding images</source>
        <translation>Hinzufügen von Bildern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/actions.py" line="254"/>
        <source>Spexi: %Ln image(s) added to the results</source>
        <translation>
            <numerusform>Spexi: %Ln Bild zu den Ergebnissen hinzugefügt</numerusform>
            <numerusform>Spexi: %Ln Bilder zu den Ergebnissen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="254"/>
        <source>Spexi: that image is already in the results</source>
        <translation>Spexi: Dieses Bild ist bereits in den Ergebnissen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Nadir (−90°)</source>
        <translation>Nadir (−90°)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Oblique (−60°)</source>
        <translation>Schräg (−60°)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Custom range</source>
        <translation>Eigener Bereich</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="28"/>
        <source>Ortho</source>
        <translation>Ortho</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="28"/>
        <source>Orthomosaic: nadir mapping images</source>
        <translation>Orthomosaik: Nadirbilder für die Kartierung</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="30"/>
        <source>Oblique</source>
        <translation>Schräg</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="30"/>
        <source>Oblique: tilted views of the sides of buildings</source>
        <translation>Schräg: geneigte Ansichten der Gebäudeseiten</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="32"/>
        <source>Pano</source>
        <translation>Pano</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="32"/>
        <source>Panorama: near-horizontal views from higher up</source>
        <translation>Panorama: nahezu waagerechte Ansichten aus größerer Höhe</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="62"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="69"/>
        <source>Camera angle: −90° looks straight down, −60° is oblique</source>
        <translation>Kamerawinkel: −90° blickt senkrecht nach unten, −60° ist schräg</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="71"/>
        <source>Lowest pitch</source>
        <translation>Kleinste Neigung</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="72"/>
        <source>Highest pitch</source>
        <translation>Größte Neigung</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="75"/>
        <source>0° north, 90° east</source>
        <translation>0° Norden, 90° Osten</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="78"/>
        <source>Altitude</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="79"/>
        <source>Above ground</source>
        <translation>Über Grund</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="82"/>
        <source>Captured between</source>
        <translation>Aufgenommen zwischen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="101"/>
        <source>Spexi drops images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Untick for every intersecting image.</source>
        <translation>Spexi lässt Bilder weg, in denen das Gebiet am Bildrand liegt, und ordnet die übrigen danach, wie deutlich es darin erscheint. Abwählen für alle Bilder, die es schneiden.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="109"/>
        <source>Stop after this many images</source>
        <translation>Nach so vielen Bildern aufhören</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="110"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="112"/>
        <source>&amp;Pitch</source>
        <translation>&amp;Neigung</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="114"/>
        <source>&amp;Limit</source>
        <translation>&amp;Grenze</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="116"/>
        <source>Capture types to include</source>
        <translation>Einzubeziehende Aufnahmearten</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="165"/>
        <source>Tick at least one capture type</source>
        <translation>Wählen Sie mindestens eine Aufnahmeart aus</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="66"/>
        <source>Could not read {name}</source>
        <translation>{name} konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="105"/>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="113"/>
        <source>{title}: {width} × {height} px. Wheel to zoom, drag to pan, F to fit.</source>
        <translation>{title}: {width} × {height} px. Mausrad zum Zoomen, Ziehen zum Verschieben, F zum Einpassen.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>camera facing north</source>
        <translation>Kamera nach Norden</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>No Spexi image facing north here</source>
        <translation>Hier kein Spexi-Bild nach Norden</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>camera facing east</source>
        <translation>Kamera nach Osten</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>No Spexi image facing east here</source>
        <translation>Hier kein Spexi-Bild nach Osten</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>camera facing south</source>
        <translation>Kamera nach Süden</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>No Spexi image facing south here</source>
        <translation>Hier kein Spexi-Bild nach Süden</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>camera facing west</source>
        <translation>Kamera nach Westen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>No Spexi image facing west here</source>
        <translation>Hier kein Spexi-Bild nach Westen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>Nadir</source>
        <translation>Nadir</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>straight down</source>
        <translation>senkrecht nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>No Spexi image looking straight down here</source>
        <translation>Hier kein senkrecht nach unten blickendes Spexi-Bild</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="81"/>
        <source>Full size</source>
        <translation>Volle Größe</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="82"/>
        <source>Add to results</source>
        <translation>Zu den Ergebnissen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="96"/>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="105"/>
        <source>{kind}, {date}&lt;br&gt;pitch {pitch}°, heading {heading}°</source>
        <translation>{kind}, {date}&lt;br&gt;Neigung {pitch}°, Richtung {heading}°</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="108"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="121"/>
        <source>Spexi multi-view at {place}</source>
        <translation>Spexi-Mehrfachansicht bei {place}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="122"/>
        <source>Asking Spexi for the views of this place…</source>
        <translation>Spexi wird nach den Ansichten dieses Ortes gefragt…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="145"/>
        <source>{found} of 5 views found.</source>
        <translation>{found} von 5 Ansichten gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="145"/>
        <source>Spexi has no image of this place: try another point.</source>
        <translation>Spexi hat kein Bild dieses Ortes: Versuchen Sie einen anderen Punkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="54"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) (the maximum you set) in {cells} cells in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bild (das eingestellte Maximum) in {cells} Zellen in „{group}“.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bilder (das eingestellte Maximum) in {cells} Zellen in „{group}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="58"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) (the maximum you set) in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bild (das eingestellte Maximum) in „{group}“.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bilder (das eingestellte Maximum) in „{group}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="60"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) in {cells} cells in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bild in {cells} Zellen in „{group}“.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bilder in {cells} Zellen in „{group}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="62"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bild in „{group}“.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bilder in „{group}“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="81"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="82"/>
        <source>Search Spexi images over the area of interest</source>
        <translation>Spexi-Bilder im Interessensgebiet suchen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="92"/>
        <source>Set the filters, then search the area of interest.</source>
        <translation>Legen Sie die Filter fest und durchsuchen Sie dann das Interessensgebiet.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="263"/>
        <source>Select an image to preview it</source>
        <translation>Wählen Sie ein Bild für die Vorschau aus</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="100"/>
        <source>Original image</source>
        <translation>Originalbild</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="101"/>
        <source>Zoomed to the area</source>
        <translation>Auf das Gebiet gezoomt</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="102"/>
        <source>Which file to download: the full frame or Spexi&apos;s crop around the area</source>
        <translation>Welche Datei heruntergeladen wird: das ganze Bild oder der Ausschnitt von Spexi um das Gebiet</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="149"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="153"/>
        <source>Download selected Spexi images</source>
        <translation>Ausgewählte Spexi-Bilder herunterladen</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="223"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="188"/>
        <source>Searching Spexi…</source>
        <translation>Suche in Spexi…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="194"/>
        <source>pitch {pitch}</source>
        <translation>Neigung {pitch}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="199"/>
        <source>up to {count}</source>
        <translation>bis zu {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="208"/>
        <source>%Ln image(s) Spexi sent could not be read and were left out (see the log).</source>
        <translation>
            <numerusform>%Ln von Spexi gesendetes Bild konnte nicht gelesen werden und wurde weggelassen (siehe Protokoll).</numerusform>
            <numerusform>%Ln von Spexi gesendete Bilder konnten nicht gelesen werden und wurden weggelassen (siehe Protokoll).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="211"/>
        <source>Spexi: %Ln feature(s) of the answer were unreadable (geometry, capture date or camera position) and left out</source>
        <translation>
            <numerusform>Spexi: %Ln Objekt der Antwort war unlesbar (Geometrie, Aufnahmedatum oder Kameraposition) und wurde weggelassen</numerusform>
            <numerusform>Spexi: %Ln Objekte der Antwort waren unlesbar (Geometrie, Aufnahmedatum oder Kameraposition) und wurden weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="215"/>
        <source>No Spexi images match: widen the filters, untick Focused or move the area.</source>
        <translation>Keine Spexi-Bilder gefunden: Erweitern Sie die Filter, wählen Sie „Auf das Gebiet ausgerichtet“ ab oder verschieben Sie das Gebiet.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="218"/>
        <source>Spexi: no images match this search</source>
        <translation>Spexi: Keine Bilder passen zu dieser Suche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="230"/>
        <source>Spexi: %Ln image(s) found.</source>
        <translation>
            <numerusform>Spexi: %Ln Bild gefunden.</numerusform>
            <numerusform>Spexi: %Ln Bilder gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="249"/>
        <source>%Ln image(s) in “{group}” (from the project).</source>
        <translation>
            <numerusform>%Ln Bild in „{group}“ (aus dem Projekt).</numerusform>
            <numerusform>%Ln Bilder in „{group}“ (aus dem Projekt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="311"/>
        <source>Select one image to preview it</source>
        <translation>Wählen Sie genau ein Bild für die Vorschau aus</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="318"/>
        <source>Loading {image}…</source>
        <translation>{image} wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="324"/>
        <source>No preview: {error}</source>
        <translation>Keine Vorschau: {error}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Tasks</name>
    <message>
        <location filename="../../core/tasks.py" line="67"/>
        <source>{service} asked us to wait {seconds} s — retrying</source>
        <translation>{service} bittet uns, {seconds} s zu warten — neuer Versuch</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="69"/>
        <source>{service} answered HTTP {status} — retrying in {seconds} s</source>
        <translation>{service} antwortete mit HTTP {status} — neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="70"/>
        <source>The service</source>
        <translation>Der Dienst</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="93"/>
        <source>{task} failed: {details}</source>
        <translation>{task} fehlgeschlagen: {details}</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="99"/>
        <source>{task}: handling the result failed: {details}</source>
        <translation>{task}: Verarbeitung des Ergebnisses fehlgeschlagen: {details}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Thumbnails</name>
    <message>
        <location filename="../../ui/thumbnails.py" line="104"/>
        <source>No picture: {reason}</source>
        <translation>Kein Bild: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="104"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="160"/>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="162"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>Ergebnisse als Vorschaubilder statt als Tabelle anzeigen</translation>
    </message>
</context>
<context>
    <name>MapillaryTab</name>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="124"/>
        <source>Size of the downloaded images</source>
        <translation>Größe der heruntergeladenen Bilder</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="151"/>
        <source>Search settings</source>
        <translation>Sucheinstellungen</translation>
    </message>
</context>
<context>
    <name>SpexiTab</name>
    <message>
        <location filename="../../ui/spexi/tab.py" line="125"/>
        <source>Search settings</source>
        <translation>Sucheinstellungen</translation>
    </message>
</context>
</TS>
