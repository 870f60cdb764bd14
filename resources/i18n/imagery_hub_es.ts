<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{} search</source>
        <translation>Búsqueda en {}</translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation>Un área más pequeña o filtros más estrictos necesitan menos solicitudes.</translation>
    </message>
</context>
<context>
    <name>EosdaTab</name>
    <message>
        <location filename="../../ui/eosda/tab.py" line="101"/>
        <source>Render options</source>
        <translation>Opciones de renderizado</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="113"/>
        <source>Search settings</source>
        <translation>Ajustes de búsqueda</translation>
    </message>
</context>
<context>
    <name>FoldingForm</name>
    <message>
        <location filename="../../ui/folding.py" line="51"/>
        <source>Show or hide the search settings</source>
        <translation>Mostrar u ocultar los ajustes de búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/folding.py" line="62"/>
        <source>Help on this tab (opens the README)</source>
        <translation>Ayuda de esta pestaña (abre el README)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="78"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="82"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="86"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Cobertura de nubes máxima (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="92"/>
        <source>Only scenes covering the whole area</source>
        <translation>Solo escenas que cubren toda el área</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="98"/>
        <source>EOSDA scenes</source>
        <translation>Escenas de EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="103"/>
        <source>Scenes written</source>
        <translation>Escenas escritas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="105"/>
        <source>Scenes found</source>
        <translation>Escenas encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>Scene (view id)</source>
        <translation>Escena (id de vista)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="163"/>
        <source>Bands or index</source>
        <translation>Bandas o índice</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="168"/>
        <source>Band expression</source>
        <translation>Expresión de bandas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="173"/>
        <source>Pixel size (m)</source>
        <translation>Tamaño de píxel (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="179"/>
        <source>Image format</source>
        <translation>Formato de imagen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="184"/>
        <source>Colormap id</source>
        <translation>Id de mapa de colores</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>Levels (low,high)</source>
        <translation>Niveles (bajo,alto)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="195"/>
        <source>Resampling</source>
        <translation>Remuestreo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="200"/>
        <source>First check after (seconds)</source>
        <translation>Primera comprobación tras (segundos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="206"/>
        <source>Rendered raster</source>
        <translation>Ráster renderizado</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="209"/>
        <source>Width (px)</source>
        <translation>Ancho (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="211"/>
        <source>Height (px)</source>
        <translation>Alto (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="64"/>
        <source>
&lt;p&gt;Searches EOSDA&apos;s Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what &lt;i&gt;Render an EOSDA scene&lt;/i&gt; takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Busca escenas Sentinel-2 o Landsat 8 de EOSDA sobre un área, como hace la pestaña EOSDA, y escribe sus huellas con el id de vista, la fecha, el satélite, la cobertura de nubes, la cobertura de datos y la parte del área que cubre cada una. Un id de vista es lo que toma &lt;i&gt;Renderizar una escena de EOSDA&lt;/i&gt;. Los intervalos de más de un año se piden año a año, los más recientes primero; se conservan hasta 2000 escenas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>to search</source>
        <translation>a buscar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="78"/>
        <source>sentinel2 (Sentinel-2, 10 m) or landsat8 (Landsat 8, 30 m).</source>
        <translation>sentinel2 (Sentinel-2, 10 m) o landsat8 (Landsat 8, 30 m).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="82"/>
        <source>First day (included). Empty: %Ln day(s) before DATE_TO.</source>
        <translation>
            <numerusform>Primer día (incluido). Vacío: %Ln día antes de DATE_TO.</numerusform>
            <numerusform>Primer día (incluido). Vacío: %Ln días antes de DATE_TO.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="86"/>
        <source>Last day (included). Empty: today.</source>
        <translation>Último día (incluido). Vacío: hoy.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Scenes with at most this cloud cover. Default 30 %, as in the tab.</source>
        <translation>Escenas con como mucho esta cobertura de nubes. 30 % por defecto, como en la pestaña.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="92"/>
        <source>Keep only scenes whose data cover all of the area (CONTAINS); default: any overlap.</source>
        <translation>Conservar solo las escenas cuyos datos cubren toda el área (CONTAINS); por defecto: cualquier solape.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="98"/>
        <source>The scene footprints (multipolygons, WGS 84) with view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover and sun_elev.</source>
        <translation>Las huellas de las escenas (multipolígonos, WGS 84) con view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover y sun_elev.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="103"/>
        <source>How many footprints were written.</source>
        <translation>Cuántas huellas se escribieron.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="105"/>
        <source>How many scenes EOSDA reported (more than COUNT when over 2000).</source>
        <translation>Cuántas escenas indicó EOSDA (más que COUNT por encima de 2000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="126"/>
        <source>Searching {dataset} scenes {start} – {end}</source>
        <translation>Buscando escenas {dataset} {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="129"/>
        <source>%Ln scene(s) of {found}</source>
        <translation>
            <numerusform>%Ln escena de {found}</numerusform>
            <numerusform>%Ln escenas de {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="129"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln escena</numerusform>
            <numerusform>%Ln escenas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="146"/>
        <source>
&lt;p&gt;Renders one EOSDA scene over an area with EOSDA&apos;s Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Renderiza una escena de EOSDA sobre un área con el servicio Download visual de EOSDA, como hace la sección de renderizado de la pestaña EOSDA: un preajuste (color verdadero o falso color, NDVI, NDWI) o una expresión de bandas propia, recortada al área, con el tamaño de píxel elegido, y escrita como ráster georreferenciado en Web Mercator (EPSG:3857). Los índices se colorean con un mapa de colores entre dos niveles.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>The view_id of a scene, as Search EOSDA satellite scenes writes it: S2/… for Sentinel-2, L8/… for Landsat 8.</source>
        <translation>El view_id de una escena, tal como lo escribe Buscar escenas satelitales de EOSDA: S2/… para Sentinel-2, L8/… para Landsat 8.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="162"/>
        <source>to render (one polygon)</source>
        <translation>a renderizar (un polígono)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="163"/>
        <source>true_color, false_color (near infrared), ndvi, ndwi, or custom to use EXPRESSION.</source>
        <translation>true_color, false_color (infrarrojo cercano), ndvi, ndwi, o custom para usar EXPRESSION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="168"/>
        <source>With PRESET custom: bands separated by commas for an RGB composite (B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). Band names of the scene&apos;s dataset.</source>
        <translation>Con PRESET custom: bandas separadas por comas para una composición RGB (B08,B04,B03) o una expresión para un índice ((B08-B04)/(B08+B04)). Nombres de bandas del conjunto de datos de la escena.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="173"/>
        <source>Ground size of a pixel in metres. Empty: the dataset&apos;s native size (10 m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a side.</source>
        <translation>Tamaño en el terreno de un píxel en metros. Vacío: el tamaño nativo del conjunto de datos (10 m Sentinel-2, 30 m Landsat 8). La imagen puede tener como mucho 10.000 px de lado.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="179"/>
        <source>What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. The output is then written in the format of OUTPUT&apos;s extension.</source>
        <translation>Lo que envía EOSDA: tiff (un GeoTIFF) o png / jpeg con archivo de georreferencia (world file). La salida se escribe luego en el formato de la extensión de OUTPUT.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="184"/>
        <source>For a single-band index: EOSDA's colormap id (default red–yellow–green). Empty: grey values.</source>
        <translation>Para un índice de una banda: el id del mapa de colores de EOSDA (rojo–amarillo–verde por defecto). Vacío: valores de gris.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>For a single-band index: the values mapped to the ends of the colormap.</source>
        <translation>Para un índice de una banda: los valores asignados a los extremos del mapa de colores.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="195"/>
        <source>How EOSDA resamples bands to the pixel size. Empty: EOSDA&apos;s default.</source>
        <translation>Cómo remuestrea EOSDA las bandas al tamaño de píxel. Vacío: el método por defecto de EOSDA.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="200"/>
        <source>How long to wait before asking whether the render is ready; the wait grows by half each time, up to 15 s.</source>
        <translation>Cuánto esperar antes de preguntar si el renderizado está listo; la espera crece la mitad cada vez, hasta 15 s.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="206"/>
        <source>The render, georeferenced in EPSG:3857 (GeoTIFF unless another extension is given).</source>
        <translation>El renderizado, georreferenciado en EPSG:3857 (GeoTIFF salvo que se indique otra extensión).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="209"/>
        <source>Width of the render in pixels.</source>
        <translation>Ancho del renderizado en píxeles.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="211"/>
        <source>Height of the render in pixels.</source>
        <translation>Alto del renderizado en píxeles.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="218"/>
        <source>{view_id} is not an EOSDA view id: they start with S2/ (Sentinel-2) or L8/ (Landsat 8)</source>
        <translation>{view_id} no es un id de vista de EOSDA: empiezan por S2/ (Sentinel-2) o L8/ (Landsat 8)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="226"/>
        <source>PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)</source>
        <translation>PRESET custom necesita una expresión de bandas, p. ej. (B08-B04)/(B08+B04)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="231"/>
        <source>{bands} is not a band of {dataset}</source>
        <translation>{bands} no es una banda de {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="232"/>
        <source>{bands} are not bands of {dataset}</source>
        <translation>{bands} no son bandas de {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="256"/>
        <source>Writing the {width} × {height} px render</source>
        <translation>Escribiendo el renderizado de {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="270"/>
        <source>GDAL could not write {name}: {error}</source>
        <translation>GDAL no pudo escribir {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="273"/>
        <source>GDAL could not write {name} as {driver}: {error}</source>
        <translation>GDAL no pudo escribir {name} como {driver}: {error}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/i18n.py" line="91"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="92"/>
        <source>Authentication failed</source>
        <translation>Falló la autenticación</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="93"/>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="94"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="96"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation>Demasiadas solicitudes: el servicio pidió ir más despacio</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="97"/>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="98"/>
        <source>The service reported an error</source>
        <translation>El servicio informó de un error</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="99"/>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="185"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="101"/>
        <source>Not a readable vector tile</source>
        <translation>No es una tesela vectorial legible</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="103"/>
        <source>The service kept sending pages; the listing was stopped</source>
        <translation>El servicio seguía enviando páginas; se detuvo el listado</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="104"/>
        <source>The render did not finish in time</source>
        <translation>El renderizado no terminó a tiempo</translation>
    </message>
</context>
<context>
    <name>ImageryHub.History</name>
    <message>
        <location filename="../../ui/history.py" line="15"/>
        <source>Recent searches of this project: run one again</source>
        <translation>Búsquedas recientes de este proyecto: vuelva a ejecutar una</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="24"/>
        <source>No searches in this project yet</source>
        <translation>Aún no hay búsquedas en este proyecto</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Imago</name>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Imagery type</source>
        <translation>Tipo de imágenes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Image type</source>
        <translation>Tipo de imagen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>Start depth</source>
        <translation>Profundidad inicial</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>End depth</source>
        <translation>Profundidad final</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Features naming imagery</source>
        <translation>Objetos que nombran imágenes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Collection field</source>
        <translation>Campo de colección</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Imagery name field</source>
        <translation>Campo de nombre de las imágenes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Start depth field</source>
        <translation>Campo de profundidad inicial</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>End depth field</source>
        <translation>Campo de profundidad final</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="66"/>
        <source>Imagery name</source>
        <translation>Nombre de las imágenes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="105"/>
        <source>Imagery id</source>
        <translation>Id de las imágenes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Width (px)</source>
        <translation>Ancho (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="113"/>
        <source>Path field</source>
        <translation>Campo de ruta</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>Downloads at once</source>
        <translation>Descargas simultáneas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="123"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="126"/>
        <source>Features with image paths</source>
        <translation>Objetos con rutas de imagen</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="131"/>
        <source>Images downloaded</source>
        <translation>Imágenes descargadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="133"/>
        <source>Images not downloaded</source>
        <translation>Imágenes no descargadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Elevation (m)</source>
        <translation>Elevación (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="83"/>
        <source>Upload report</source>
        <translation>Informe de carga</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Uploaded</source>
        <translation>Cargadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Refused</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The Imago workspace. Empty: any (give it when a collection name exists in several workspaces).</source>
        <translation>El espacio de trabajo de Imago. Vacío: cualquiera (indíquelo cuando un nombre de colección exista en varios espacios de trabajo).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The dataset of the workspace. Empty: any.</source>
        <translation>El conjunto de datos del espacio de trabajo. Vacío: cualquiera.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The collection {what}.</source>
        <translation>La colección {what}.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The imagery type, e.g. “Core trays” or “Field photos”.</source>
        <translation>El tipo de imágenes, p. ej. «Core trays» o «Field photos».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The image type of that imagery type, e.g. “Dry”, “Wet” or “Photo”.</source>
        <translation>El tipo de imagen de ese tipo de imágenes, p. ej. «Dry», «Wet» o «Photo».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="36"/>
        <source>Name the imagery type (IMAGERY_TYPE)</source>
        <translation>Indique el tipo de imágenes (IMAGERY_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="37"/>
        <source>Name the image type (IMAGE_TYPE)</source>
        <translation>Indique el tipo de imagen (IMAGE_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="38"/>
        <source>Name the collection (COLLECTION)</source>
        <translation>Indique la colección (COLLECTION)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="56"/>
        <source>
&lt;p&gt;Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Descarga imágenes de Seequent Imago (cajas de testigos, fotos…) en una carpeta, como hace la pestaña Imago. Ya sea para los objetos de una capa, cada uno nombrando sus imágenes por un campo de nombre o por campos de profundidad (la colección fija o leída de un campo): la capa de salida es la de entrada con la ruta local de la imagen de cada objeto en PATH_FIELD. O, sin capa, desde una colección: las imágenes nombradas por IMAGERY_NAME, por START_DEPTH (y END_DEPTH) o por IMAGERY_ID, o todas las imágenes de la colección cuando no se da ninguno.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>A layer whose features (only the selected ones when “Selected features only” is checked) each name one imagery. Empty: name the imagery with COLLECTION and the fields below.</source>
        <translation>Una capa cuyos objetos (solo los seleccionados cuando «Solo objetos seleccionados» está marcado) nombran cada uno unas imágenes. Vacío: nombre las imágenes con COLLECTION y los campos de abajo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="77"/>
        <source>of the imagery to download; needed without INPUT, and with INPUT unless COLLECTION_FIELD names it</source>
        <translation>de las imágenes a descargar; necesaria sin INPUT, y con INPUT salvo que COLLECTION_FIELD la nombre</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT: the field holding each feature&apos;s collection (instead of a fixed COLLECTION).</source>
        <translation>Con INPUT: el campo con la colección de cada objeto (en lugar de una COLLECTION fija).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT: the field holding each feature&apos;s imagery name.</source>
        <translation>Con INPUT: el campo con el nombre de las imágenes de cada objeto.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT and no NAME_FIELD: the field holding the start depth of the interval.</source>
        <translation>Con INPUT y sin NAME_FIELD: el campo con la profundidad inicial del intervalo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With START_FIELD: the field holding the end depth (empty: the imagery at the start depth).</source>
        <translation>Con START_FIELD: el campo con la profundidad final (vacío: las imágenes en la profundidad inicial).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="95"/>
        <source>Without INPUT: the name of the imagery to download.</source>
        <translation>Sin INPUT: el nombre de las imágenes a descargar.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Without INPUT: the start depth of the interval whose imagery to download.</source>
        <translation>Sin INPUT: la profundidad inicial del intervalo cuyas imágenes se descargan.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Without INPUT: the end depth of the interval whose imagery to download.</source>
        <translation>Sin INPUT: la profundidad final del intervalo cuyas imágenes se descargan.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="105"/>
        <source>Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, the depths and this empty to download every imagery of COLLECTION.</source>
        <translation>Sin INPUT: el id de las imágenes a descargar. Deje IMAGERY_NAME, las profundidades y este vacíos para descargar todas las imágenes de COLLECTION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Scale the images to this width (Imago keeps the aspect). Empty: full size.</source>
        <translation>Escalar las imágenes a este ancho (Imago conserva la proporción). Vacío: tamaño completo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="113"/>
        <source>With INPUT: the text field of OUTPUT that receives each feature&apos;s image path (added when the layer lacks it).</source>
        <translation>Con INPUT: el campo de texto de OUTPUT que recibe la ruta de la imagen de cada objeto (se añade si la capa no lo tiene).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>How many images are fetched at the same time. Empty: the Imagery Hub setting.</source>
        <translation>Cuántas imágenes se obtienen a la vez. Vacío: el ajuste de Imagery Hub.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="123"/>
        <source>Where the images are saved (named collection_imagery_imagetype with the extension Imago&apos;s answer calls for).</source>
        <translation>Dónde se guardan las imágenes (con nombre coleccion_imagenes_tipoimagen y la extensión que indique la respuesta de Imago).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="126"/>
        <source>With INPUT: its features with PATH_FIELD filled for those whose image arrived.</source>
        <translation>Con INPUT: sus objetos con PATH_FIELD relleno en aquellos cuya imagen llegó.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="131"/>
        <source>How many files arrived.</source>
        <translation>Cuántos archivos llegaron.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="133"/>
        <source>Imagery that did not arrive or features that name none (each listed in the log).</source>
        <translation>Imágenes que no llegaron u objetos que no nombran ninguna (cada uno en el registro).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="146"/>
        <source>{names} name fields of INPUT: give INPUT as well</source>
        <translation>{names} son campos de INPUT: indique también INPUT</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="149"/>
        <source>Name the collection (COLLECTION), or give a layer (INPUT)</source>
        <translation>Indique la colección (COLLECTION) o una capa (INPUT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="156"/>
        <source>Give the collection once: COLLECTION or COLLECTION_FIELD, not both</source>
        <translation>Indique la colección una sola vez: COLLECTION o COLLECTION_FIELD, no ambos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="165"/>
        <source>the layer has no features</source>
        <translation>la capa no tiene objetos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="167"/>
        <source>None of the features names an imagery ({reasons})</source>
        <translation>Ningún objeto nombra unas imágenes ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="191"/>
        <source>Listing the {type} imagery of {collection}</source>
        <translation>Listando las imágenes {type} de {collection}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="203"/>
        <source>{collection} has no {type} imagery with {image_type} images</source>
        <translation>{collection} no tiene imágenes {type} con imágenes {image_type}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/imago/download.py" line="210"/>
        <source>Downloading %Ln image(s) to {folder}</source>
        <translation>
            <numerusform>Descargando %Ln imagen en {folder}</numerusform>
            <numerusform>Descargando %Ln imágenes en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="218"/>
        <source>Cancelled: only the images listed as downloaded arrived</source>
        <translation>Cancelado: solo llegaron las imágenes indicadas como descargadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="221"/>
        <source>No image arrived: {error}</source>
        <translation>No llegó ninguna imagen: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="235"/>
        <source>Feature {fid}: {why}</source>
        <translation>Objeto {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="47"/>
        <source>
&lt;p&gt;Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab&apos;s upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file&apos;s header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Carga fotos (PNG o JPEG) en unas imágenes de Imago, como hace el diálogo de carga de la pestaña Imago: situadas por un nombre de imágenes, un intervalo de profundidad o un punto (con una elevación), que se envía en el sistema de coordenadas que declara el tipo de imágenes. Primero se comprueba la cabecera de cada archivo, así que lo que Imago rechazaría (demasiados píxeles, otro tipo) se indica sin enviarlo; un archivo ya cargado en las mismas imágenes se omite, así que repetir un lote solo envía lo que no llegó.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The image files to upload (PNG or JPEG).</source>
        <translation>Los archivos de imagen a cargar (PNG o JPEG).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="65"/>
        <source>to upload into</source>
        <translation>donde cargar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="66"/>
        <source>The imagery the photos belong to, by name (made when it does not exist yet).</source>
        <translation>Las imágenes a las que pertenecen las fotos, por nombre (se crean si aún no existen).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>The start depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>La profundidad inicial del intervalo que muestran las fotos, para imágenes situadas por profundidad.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>The end depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>La profundidad final del intervalo que muestran las fotos, para imágenes situadas por profundidad.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Where the photos were taken, for imagery types placed by x/y; any CRS, sent in the one the imagery type declares.</source>
        <translation>Dónde se tomaron las fotos, para tipos de imágenes situados por x/y; cualquier SRC, enviado en el que declara el tipo de imágenes.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>The z sent with LOCATION.</source>
        <translation>La z enviada con LOCATION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="83"/>
        <source>A table with one row per file: file, state (uploaded, skipped, refused, failed), image_id and message.</source>
        <translation>Una tabla con una fila por archivo: file, state (uploaded, skipped, refused, failed), image_id y message.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="105"/>
        <source>Give the photos to upload</source>
        <translation>Indique las fotos a cargar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="108"/>
        <source>No such file: {path}</source>
        <translation>No existe el archivo: {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="134"/>
        <source>Placing the photos at x {x}, y {y} in {crs}</source>
        <translation>Situando las fotos en x {x}, y {y} en {crs}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="139"/>
        <source>{file} refused: {why}</source>
        <translation>{file} rechazado: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="139"/>
        <source>{file} failed: {why}</source>
        <translation>{file} falló: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="145"/>
        <source>Cancelled: the files not listed as uploaded were not sent</source>
        <translation>Cancelado: los archivos no indicados como cargados no se enviaron</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="169"/>
        <source>Imago has no imagery type {type} here</source>
        <translation>Imago no tiene aquí el tipo de imágenes {type}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="172"/>
        <source>{type} is not placed by location: use IMAGERY_NAME or the depths</source>
        <translation>{type} no se sitúa por ubicación: use IMAGERY_NAME o las profundidades</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="175"/>
        <source>{type} takes x/y in different systems in different datasets: give WORKSPACE and DATASET</source>
        <translation>{type} toma x/y en sistemas distintos en distintos conjuntos de datos: indique WORKSPACE y DATASET</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files uploaded now.</source>
        <translation>Archivos cargados ahora.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files skipped because they were uploaded to this imagery before.</source>
        <translation>Archivos omitidos porque ya se cargaron antes en estas imágenes.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files refused, by their header or by Imago (listed in the log).</source>
        <translation>Archivos rechazados, por su cabecera o por Imago (indicados en el registro).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files that failed for another reason (listed in the log).</source>
        <translation>Archivos que fallaron por otro motivo (indicados en el registro).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Inventory</name>
    <message>
        <location filename="../../ui/inventory.py" line="56"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="57"/>
        <source>Search every service that has credentials over the area of interest, at once, into one overview and one inventory layer</source>
        <translation>Buscar a la vez en todos los servicios que tienen credenciales sobre el área de interés, en una vista general y una capa de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="62"/>
        <source>Cancel all</source>
        <translation>Cancelar todo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="98"/>
        <source>“All services” searches every service that has credentials over the area of interest at once. What each one holds there fills in here as it answers: click a service for its tab, a month of the timeline for its footprints.</source>
        <translation>«Todos los servicios» busca a la vez en todos los servicios que tienen credenciales sobre el área de interés. Lo que cada uno tiene allí aparece aquí a medida que responde: haga clic en un servicio para ver su pestaña, en un mes de la línea de tiempo para sus huellas.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="136"/>
        <source>Cancel this service&apos;s search</source>
        <translation>Cancelar la búsqueda de este servicio</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="167"/>
        <source>skipped: no credentials — add them in Settings (⚙). </source>
        <translation>omitido: sin credenciales — añádalas en los ajustes (⚙). </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="173"/>
        <source>skipped: not confirmed (</source>
        <translation>omitido: no confirmado (</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="177"/>
        <source>refused: </source>
        <translation>rechazado: </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="181"/>
        <source>No service to search: add credentials in Settings (⚙)</source>
        <translation>Ningún servicio que buscar: añada credenciales en los ajustes (⚙)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="191"/>
        <source>Searching {} services over {}</source>
        <translation>Buscando en {} servicios sobre {}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="195"/>
        <source>searching</source>
        <translation>buscando</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="204"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="209"/>
        <source>searching: </source>
        <translation>buscando: </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="218"/>
        <source>, more exist (narrow the area)</source>
        <translation>, hay más (reduzca el área)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="219"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="227"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="229"/>
        <source>failed: </source>
        <translation>falló: </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="238"/>
        <source>{:,} images from {} services in the layer “{}”</source>
        <translation>{:,} imágenes de {} servicios en la capa «{}»</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="242"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="244"/>
        <source>No images over the area: see each service&apos;s state</source>
        <translation>No hay imágenes sobre el área: vea el estado de cada servicio</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="38"/>
        <source>Captures per month, one row per service: click a month to select its footprints</source>
        <translation>Capturas por mes, una fila por servicio: haga clic en un mes para seleccionar sus huellas</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="81"/>
        <source>No dated captures yet</source>
        <translation>Aún no hay capturas con fecha</translation>
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
&lt;p&gt;Responde a «¿qué imágenes hay aquí?» para cada objeto de una capa de polígonos: se busca a la vez sobre el área en cada servicio elegido que tiene credenciales (imágenes de dron de Spexi, imágenes a pie de calle de Mapillary, el catálogo de imágenes de Mapflow, escenas Sentinel-2 de EOSDA de los últimos YEARS años, imágenes de Seequent Imago situadas por longitud/latitud). La capa de inventario contiene cada huella con &lt;code&gt;area&lt;/code&gt;, &lt;code&gt;service&lt;/code&gt;, &lt;code&gt;id&lt;/code&gt;, &lt;code&gt;captured_at&lt;/code&gt; (UTC), &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;resolution_m&lt;/code&gt;, &lt;code&gt;cloud&lt;/code&gt;, &lt;code&gt;link&lt;/code&gt;, &lt;code&gt;altitude_m&lt;/code&gt; y &lt;code&gt;located&lt;/code&gt; (huella, o un círculo de 5 m alrededor de la cámara). El resumen tiene una fila por área: las imágenes por servicio, la captura más reciente y el estado de cada servicio (terminado, falló con las palabras del servicio, omitido sin credenciales).&lt;/p&gt;
&lt;p&gt;Las credenciales vienen de los ajustes de Imagery Hub, o de &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; (p. ej. &lt;code&gt;IMAGERY_HUB_SPEXI_KEY&lt;/code&gt;) para las ejecuciones sin interfaz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Areas (polygon layer)</source>
        <translation>Áreas (capa de polígonos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Each feature is one area (only the selected ones when “Selected features only” is checked), at most {most}. Any CRS; it is transformed to WGS 84.</source>
        <translation>Cada objeto es un área (solo los seleccionados cuando «Solo objetos seleccionados» está marcado), como mucho {most}. Cualquier SRC; las áreas se transforman a WGS 84.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>The services to include: {ids}. Default: all. A service without credentials is skipped with a line saying how to add them.</source>
        <translation>Los servicios que incluir: {ids}. Por defecto: todos. Un servicio sin credenciales se omite con una línea que indica cómo añadirlas.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>Years back (satellite scenes)</source>
        <translation>Años hacia atrás (escenas de satélite)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>How many years back EOSDA scenes are searched (each year is one request or more).</source>
        <translation>Cuántos años hacia atrás se buscan escenas de EOSDA (cada año es una solicitud o más).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>Most images per service and area</source>
        <translation>Máximo de imágenes por servicio y área</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>A service stops after this many (default {most}); its state says so.</source>
        <translation>Un servicio se detiene tras esta cantidad (por defecto {most}); su estado lo indica.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Imagery inventory</source>
        <translation>Inventario de imágenes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Every footprint of every service and area, in WGS 84, with the fields listed above.</source>
        <translation>Cada huella de cada servicio y área, en WGS 84, con los campos indicados arriba.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>Inventory summary</source>
        <translation>Resumen del inventario</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>One row per area: area (the feature id), area_km2, images, newest, and per service &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest and &amp;lt;service&amp;gt;_state.</source>
        <translation>Una fila por área: area (el id del objeto), area_km2, images, newest y, por servicio, &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest y &amp;lt;service&amp;gt;_state.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>Images found</source>
        <translation>Imágenes encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>How many footprints were written.</source>
        <translation>Cuántas huellas se escribieron.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="110"/>
        <source>Give a polygon layer of areas</source>
        <translation>Indique una capa de polígonos de áreas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="116"/>
        <source>The layer has more than {most} areas: select fewer features</source>
        <translation>La capa tiene más de {most} áreas: seleccione menos objetos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="119"/>
        <source>The areas layer has no polygon features (or none is selected)</source>
        <translation>La capa de áreas no tiene objetos poligonales (o no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="155"/>
        <source>Area {fid} ({number} of {count}): {area}</source>
        <translation>Área {fid} ({number} de {count}): {area}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="73"/>
        <source>{count:,} images (from the imagery inventory).</source>
        <translation>{count:,} imágenes (del inventario de imágenes).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Cobertura de nubes máxima (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Finest resolution (m/px)</source>
        <translation>Resolución más fina (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Coarsest resolution (m/px)</source>
        <translation>Resolución más gruesa (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Largest off-nadir angle (°)</source>
        <translation>Mayor ángulo fuera de nadir (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Smallest share of the area covered (%)</source>
        <translation>Menor parte del área cubierta (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="68"/>
        <source>Acquired from</source>
        <translation>Adquiridas desde</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="71"/>
        <source>Acquired until</source>
        <translation>Adquiridas hasta</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Data providers</source>
        <translation>Proveedores de datos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Only images available for processing</source>
        <translation>Solo imágenes disponibles para procesar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="92"/>
        <source>Catalog footprints</source>
        <translation>Huellas del catálogo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="97"/>
        <source>Images written</source>
        <translation>Imágenes escritas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="99"/>
        <source>Images found</source>
        <translation>Imágenes encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="111"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="116"/>
        <source>Optional blocks</source>
        <translation>Bloques opcionales</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="121"/>
        <source>Imagery source type</source>
        <translation>Tipo de fuente de imágenes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Imagery (URL, path or id)</source>
        <translation>Imágenes (URL, ruta o id)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Catalog data provider</source>
        <translation>Proveedor de datos del catálogo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="146"/>
        <source>Processing name</source>
        <translation>Nombre del procesamiento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="150"/>
        <source>Project (id or name)</source>
        <translation>Proyecto (id o nombre)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Wait for the results</source>
        <translation>Esperar los resultados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>Check every (seconds)</source>
        <translation>Comprobar cada (segundos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Give up waiting after (minutes)</source>
        <translation>Dejar de esperar tras (minutos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="171"/>
        <source>Mapflow results</source>
        <translation>Resultados de Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="177"/>
        <source>Processing id</source>
        <translation>Id del procesamiento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="180"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="183"/>
        <source>Objects found</source>
        <translation>Objetos encontrados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Images with at most this cloud cover.</source>
        <translation>Imágenes con como mucho esta cobertura de nubes.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images finer than this many metres per pixel.</source>
        <translation>Descartar imágenes más finas que estos metros por píxel.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images coarser than this many metres per pixel.</source>
        <translation>Descartar imágenes más gruesas que estos metros por píxel.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images taken further than this from straight down.</source>
        <translation>Descartar imágenes tomadas más lejos que esto de la vertical.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images that cover less of the area of interest.</source>
        <translation>Descartar imágenes que cubren menos del área de interés.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="53"/>
        <source>
&lt;p&gt;Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with &lt;i&gt;Run a Mapflow processing&lt;/i&gt; (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Busca en el catálogo de imágenes de Mapflow (las imágenes satelitales y aéreas de los proveedores vinculados a la cuenta) sobre un área, como hace la página Catálogo de la pestaña Mapflow, y escribe las huellas de las imágenes encontradas con su fecha, cobertura de nubes, resolución, ángulo fuera de nadir, proveedor y la parte del área que cubre cada una. Una imagen puede procesarse luego con &lt;i&gt;Ejecutar un procesamiento de Mapflow&lt;/i&gt; (SOURCE_TYPE catalog, SOURCE su image_id, DATA_PROVIDER su proveedor). Se conservan hasta 1000 imágenes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>to search</source>
        <translation>a buscar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="68"/>
        <source>First acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Primer día de adquisición (UTC, incluido). Vacío: sin límite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="71"/>
        <source>Last acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Último día de adquisición (UTC, incluido). Vacío: sin límite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="76"/>
        <source>Empty: no limit.</source>
        <translation>Vacío: sin límite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="76"/>
        <source>Default 20 %.</source>
        <translation>20 % por defecto.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only these providers, separated by commas. Empty: every provider of the account.</source>
        <translation>Solo estos proveedores, separados por comas. Vacío: todos los proveedores de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Leave out images the account cannot order or process.</source>
        <translation>Descartar imágenes que la cuenta no puede pedir ni procesar.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="92"/>
        <source>The footprints (multipolygons in WGS 84) with image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url and zoom.</source>
        <translation>Las huellas (multipolígonos en WGS 84) con image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url y zoom.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="97"/>
        <source>How many footprints were written.</source>
        <translation>Cuántas huellas se escribieron.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="99"/>
        <source>How many images match (more than COUNT when over 1000).</source>
        <translation>Cuántas imágenes coinciden (más que COUNT por encima de 1000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="121"/>
        <source>Searching the Mapflow catalog over {area}</source>
        <translation>Buscando en el catálogo de Mapflow sobre {area}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="127"/>
        <source>, the first {kept} kept</source>
        <translation>, se conservan las primeras {kept}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="78"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="61"/>
        <source>The Mapflow account has no model {model}: use one of {names}</source>
        <translation>La cuenta de Mapflow no tiene el modelo {model}: use uno de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="79"/>
        <source>{model} has no optional block {blocks}: use all, none or some of {names}</source>
        <translation>{model} no tiene el bloque opcional {blocks}: use all, none o algunos de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="95"/>
        <source>
&lt;p&gt;Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With &lt;i&gt;Wait&lt;/i&gt; the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ejecuta un modelo de IA de Mapflow (edificios, carreteras, bosque…) sobre los polígonos de una capa, como hace la pestaña Mapflow: cada polígono pasa a ser un área del procesamiento; el área se comprueba frente a los límites de la cuenta y se pregunta el coste antes de empezar. Con &lt;i&gt;Esperar&lt;/i&gt; el algoritmo sigue el procesamiento hasta que termina y escribe sus resultados (los objetos vectorizados) en la capa de salida; sin ello, devuelve enseguida el id del procesamiento y los resultados pueden cargarse después desde la pestaña Mapflow.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="109"/>
        <source>to process (each polygon becomes one Mapflow area)</source>
        <translation>a procesar (cada polígono pasa a ser un área de Mapflow)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="111"/>
        <source>The AI model by name as the account lists it, with or without its emoji and in any case (Buildings, Roads, Forest, Construction sites…), or by id.</source>
        <translation>El modelo de IA por nombre tal como lo lista la cuenta, con o sin su emoji y sin distinguir mayúsculas (Buildings, Roads, Forest, Construction sites…), o por id.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="116"/>
        <source>The model's optional blocks to enable, separated by commas (e.g. Classification, OSM); “all” (the default, as in the tab) or “none”.</source>
        <translation>Los bloques opcionales del modelo a activar, separados por comas (p. ej. Classification, OSM); «all» (por defecto, como en la pestaña) o «none».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="121"/>
        <source>Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is the URL template); tif, a GeoTIFF uploaded before (SOURCE is its s3:// URL); geotiff_file, a GeoTIFF on this computer that is uploaded first (SOURCE is its path); catalog, an image of the Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); provider, an imagery provider of the account such as Mapbox, processed at ZOOM without an image (SOURCE is the provider&apos;s name).</source>
        <translation>De dónde vienen las imágenes: xyz, tms o quadkey, teselas (SOURCE es la plantilla de URL); tif, un GeoTIFF cargado antes (SOURCE es su URL s3://); geotiff_file, un GeoTIFF de este ordenador que se carga primero (SOURCE es su ruta); catalog, una imagen del catálogo de Mapflow (SOURCE es su id de imagen, DATA_PROVIDER su proveedor); mosaic, un mosaico de la Data API (SOURCE es el id del mosaico); provider, un proveedor de imágenes de la cuenta como Mapbox, procesado en ZOOM sin imagen (SOURCE es el nombre del proveedor).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} for quadkey), an s3:// URL, a file path, a catalog image id or a mosaic id.</source>
        <translation>Las imágenes según indique SOURCE_TYPE: una URL con {x}, {y}, {z} (o {q} para quadkey), una URL s3://, una ruta de archivo, un id de imagen del catálogo o un id de mosaico.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>For SOURCE_TYPE catalog: the provider of the image, as Search the Mapflow catalog writes it in the provider field.</source>
        <translation>Para SOURCE_TYPE catalog: el proveedor de la imagen, tal como Buscar en el catálogo de Mapflow lo escribe en el campo provider.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Tile zoom of the imagery (tile and catalog sources). Empty: the model&apos;s own zoom.</source>
        <translation>Zoom de teselas de las imágenes (fuentes de teselas y de catálogo). Vacío: el zoom propio del modelo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="146"/>
        <source>Name shown in Mapflow. Empty: the model and the time, e.g. “Buildings 2024-06-01 14:30”.</source>
        <translation>Nombre mostrado en Mapflow. Vacío: el modelo y la hora, p. ej. «Buildings 2024-06-01 14:30».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="150"/>
        <source>The Mapflow project to put the processing in. Empty: the account&apos;s default project.</source>
        <translation>El proyecto de Mapflow donde poner el procesamiento. Vacío: el proyecto por defecto de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Follow the processing until it ends and write its results to OUTPUT. Unchecked: return the processing id as soon as it has started (OUTPUT is then not written).</source>
        <translation>Seguir el procesamiento hasta que termine y escribir sus resultados en OUTPUT. Desmarcado: devolver el id del procesamiento en cuanto haya empezado (OUTPUT no se escribe).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>How often the status is asked for while waiting.</source>
        <translation>Con qué frecuencia se pregunta el estado mientras se espera.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Stop waiting (the processing goes on in Mapflow) after this long; 0 waits without limit.</source>
        <translation>Dejar de esperar (el procesamiento sigue en Mapflow) tras este tiempo; 0 espera sin límite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="171"/>
        <source>The objects the model found, with the attributes Mapflow gives them (class, confidence…), in WGS 84. A GeoPackage unless another format is chosen.</source>
        <translation>Los objetos que encontró el modelo, con los atributos que les da Mapflow (clase, confianza…), en WGS 84. Un GeoPackage salvo que se elija otro formato.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="177"/>
        <source>The id of the processing in Mapflow (to load it later from the tab).</source>
        <translation>El id del procesamiento en Mapflow (para cargarlo después desde la pestaña).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="180"/>
        <source>OK when the results were written; the current status when not waiting.</source>
        <translation>OK cuando se escribieron los resultados; el estado actual si no se espera.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="183"/>
        <source>How many result features were written (0 when not waiting).</source>
        <translation>Cuántos objetos de resultado se escribieron (0 si no se espera).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="200"/>
        <source>No GeoTIFF at {path}</source>
        <translation>No hay ningún GeoTIFF en {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="203"/>
        <source>{name} is not a GeoTIFF</source>
        <translation>{name} no es un GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="209"/>
        <source>A catalog image needs its provider (the provider field of the catalog search)</source>
        <translation>Una imagen del catálogo necesita su proveedor (el campo provider de la búsqueda en el catálogo)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="222"/>
        <source>Waiting is for the results: give OUTPUT (a file or TEMPORARY_OUTPUT), or set WAIT to false to only start the processing</source>
        <translation>La espera es para los resultados: indique OUTPUT (un archivo o TEMPORARY_OUTPUT), o ponga WAIT a false para solo iniciar el procesamiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="251"/>
        <source>Starting “{name}”: {model} on {km2} km² in %Ln area(s) from {source}</source>
        <translation>
            <numerusform>Iniciando «{name}»: {model} sobre {km2} km² en %Ln área desde {source}</numerusform>
            <numerusform>Iniciando «{name}»: {model} sobre {km2} km² en %Ln áreas desde {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="254"/>
        <source>, cost {cost}</source>
        <translation>, coste {cost}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="258"/>
        <source>Mapflow processing {id} started</source>
        <translation>Procesamiento de Mapflow {id} iniciado</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="265"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="266"/>
        <source>Processing {id} ended {status}: {reason}</source>
        <translation>El procesamiento {id} terminó como {status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="284"/>
        <source>The Mapflow account has no project {project}: use one of {names}</source>
        <translation>La cuenta de Mapflow no tiene el proyecto {project}: use uno de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="299"/>
        <source>stopped waiting; processing {id} goes on in Mapflow</source>
        <translation>se dejó de esperar; el procesamiento {id} sigue en Mapflow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/catalog.py" line="125"/>
        <source>%Ln image(s) found</source>
        <translation>
            <numerusform>%Ln imagen encontrada</numerusform>
            <numerusform>%Ln imágenes encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="275"/>
        <source>%Ln object(s) written</source>
        <translation>
            <numerusform>%Ln objeto escrito</numerusform>
            <numerusform>%Ln objetos escritos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="49"/>
        <source>Captured from</source>
        <translation>Tomadas desde</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="52"/>
        <source>Captured until</source>
        <translation>Tomadas hasta</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="55"/>
        <source>Panoramas only</source>
        <translation>Solo panorámicas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="58"/>
        <source>Creator (Mapillary username)</source>
        <translation>Autor (usuario de Mapillary)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>Mapillary images</source>
        <translation>Imágenes de Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="68"/>
        <source>Images found</source>
        <translation>Imágenes encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="70"/>
        <source>Cells at the cap</source>
        <translation>Celdas en el tope</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="34"/>
        <source>
&lt;p&gt;Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary&apos;s bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to &lt;i&gt;Download images&lt;/i&gt; to fetch the pictures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encuentra las imágenes a pie de calle de Mapillary tomadas en un área, como hace la pestaña Mapillary: el área se divide en celdas bajo el límite de recuadro de Mapillary (un ajuste del complemento), una celda que devuelve el tope de 2000 imágenes se vuelve a dividir, y cada imagen se conserva una vez. El resultado es una capa de puntos de las posiciones de la cámara con el id de imagen, la hora de captura, el ángulo de brújula, el indicador de panorámica, el autor, la secuencia y la cámara. Pásela a &lt;i&gt;Descargar imágenes&lt;/i&gt; para obtener las fotos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>to search</source>
        <translation>a buscar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="49"/>
        <source>First capture day (UTC, included). Empty: no lower limit.</source>
        <translation>Primer día de captura (UTC, incluido). Vacío: sin límite inferior.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="52"/>
        <source>Last capture day (UTC, included). Empty: up to today.</source>
        <translation>Último día de captura (UTC, incluido). Vacío: hasta hoy.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="55"/>
        <source>Keep only 360° panoramas. Default: every image.</source>
        <translation>Conservar solo panorámicas de 360°. Por defecto: todas las imágenes.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="58"/>
        <source>Only images uploaded by this Mapillary user (without @). Empty: anyone.</source>
        <translation>Solo imágenes cargadas por este usuario de Mapillary (sin @). Vacío: cualquiera.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>The images as points in WGS 84, one per image, with a local_path field that Download images fills.</source>
        <translation>Las imágenes como puntos en WGS 84, uno por imagen, con un campo local_path que rellena Descargar imágenes.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="68"/>
        <source>How many images were found.</source>
        <translation>Cuántas imágenes se encontraron.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="70"/>
        <source>Cells that still returned 2000 images after being split: images are missing there (search a smaller area or fewer dates). 0 when complete.</source>
        <translation>Celdas que aún devolvían 2000 imágenes tras dividirse: allí faltan imágenes (busque un área más pequeña o menos fechas). 0 si está completo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="92"/>
        <source>Searching Mapillary: {filters}</source>
        <translation>Buscando en Mapillary: {filters}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="95"/>
        <source>Searching Mapillary</source>
        <translation>Buscando en Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="99"/>
        <source>{done} of {total} cells, %Ln image(s)</source>
        <translation>
            <numerusform>{done} de {total} celdas, %Ln imagen</numerusform>
            <numerusform>{done} de {total} celdas, %Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="103"/>
        <source>%Ln image(s) in {requests} requests</source>
        <translation>
            <numerusform>%Ln imagen en {requests} solicitudes</numerusform>
            <numerusform>%Ln imágenes en {requests} solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="106"/>
        <source>%Ln cell(s) still hit Mapillary&apos;s 2000-image cap: some images there are missing; search a smaller area or fewer dates</source>
        <translation>
            <numerusform>%Ln celda aún alcanza el tope de 2000 imágenes de Mapillary: allí faltan imágenes; busque un área más pequeña o menos fechas</numerusform>
            <numerusform>%Ln celdas aún alcanzan el tope de 2000 imágenes de Mapillary: allí faltan imágenes; busque un área más pequeña o menos fechas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="44"/>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="75"/>
        <source>{what} cancelled</source>
        <translation>{what} cancelado</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="75"/>
        <source>Operation cancelled</source>
        <translation>Operación cancelada</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Panel</name>
    <message>
        <location filename="../../ui/dock.py" line="86"/>
        <source>Imagery Hub searches and downloads imagery from the services below. Add a key or token for each service you use.</source>
        <translation>Imagery Hub busca y descarga imágenes de los servicios siguientes. Añada una clave o un token para cada servicio que utilice.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="97"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="102"/>
        <source>Help on the settings (opens the README)</source>
        <translation>Ayuda sobre los ajustes (abre el README)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>✓ ready</source>
        <translation>✓ listo</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>not set up</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="138"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="142"/>
        <source>Services and settings</source>
        <translation>Servicios y ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="230"/>
        <source>Filter the results…</source>
        <translation>Filtrar los resultados…</translation>
    </message>
    <message>
        <location filename="../../ui/service_tab.py" line="45"/>
        <source>Draw or pick an area of interest first (top of the panel)</source>
        <translation>Dibuje o elija primero un área de interés (en la parte superior del panel)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Plugin</name>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download selected Spexi images</source>
        <translation>Descargar las imágenes de Spexi seleccionadas</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Use as Mapflow AOI</source>
        <translation>Usar como área de interés de Mapflow</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>Ejecutar un procesamiento de Mapflow sobre los objetos seleccionados</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload to Mapflow</source>
        <translation>Subir a Mapflow</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download Imago images for selected features</source>
        <translation>Descargar las imágenes de Imago de los objetos seleccionados</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload photos to Imago</source>
        <translation>Subir fotos a Imago</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="111"/>
        <source>Show or hide the Imagery Hub panel</source>
        <translation>Mostrar u ocultar el panel de Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="113"/>
        <source>Imagery Hub Settings…</source>
        <translation>Ajustes de Imagery Hub…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="118"/>
        <source>Imagery Hub: Draw Area of Interest</source>
        <translation>Imagery Hub: dibujar el área de interés</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="122"/>
        <source>Imagery Hub: Search in Current Tab</source>
        <translation>Imagery Hub: buscar en la pestaña actual</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="138"/>
        <source>Use as Imagery Hub Area of Interest</source>
        <translation>Usar como área de interés de Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="145"/>
        <source>Render NDVI for this scene</source>
        <translation>Generar el NDVI de esta escena</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="120"/>
        <source>Search even when it needs many requests</source>
        <translation>Buscar aunque se necesiten muchas solicitudes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="166"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation>{service} en {url} (credenciales del entorno)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="168"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation>{service} en {url} (credenciales de los ajustes)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="209"/>
        <source>Cancelled while writing the results</source>
        <translation>Cancelado al escribir los resultados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="211"/>
        <source>Could not write a feature: {error}</source>
        <translation>No se pudo escribir un objeto: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="34"/>
        <source>Download images</source>
        <translation>Descargar imágenes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="35"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Variant / size</source>
        <translation>Variante / tamaño</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>Downloads at once</source>
        <translation>Descargas simultáneas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>Results with local paths</source>
        <translation>Resultados con rutas locales</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>Images downloaded</source>
        <translation>Imágenes descargadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Images not downloaded</source>
        <translation>Imágenes no descargadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="58"/>
        <source>Search EOSDA satellite scenes</source>
        <translation>Buscar escenas satelitales de EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="140"/>
        <source>Render an EOSDA scene</source>
        <translation>Renderizar una escena de EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="48"/>
        <source>Download Imago images</source>
        <translation>Descargar imágenes de Imago</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="40"/>
        <source>Upload photos to Imago</source>
        <translation>Cargar fotos en Imago</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="33"/>
        <source>Area of interest (polygon layer)</source>
        <translation>Área de interés (capa de polígonos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>Area of interest (extent)</source>
        <translation>Área de interés (extensión)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="50"/>
        <source>Give the area either as a polygon layer (AOI) or as an extent (EXTENT), not both</source>
        <translation>Indique el área como capa de polígonos (AOI) o como extensión (EXTENT), no ambas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="55"/>
        <source>The AOI layer has no polygon features (or none is selected)</source>
        <translation>La capa AOI no tiene objetos poligonales (o no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="61"/>
        <source>The extent is empty: give xmin,xmax,ymin,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>La extensión está vacía: indique xmin,xmax,ymin,ymax con xmin &lt; xmax e ymin &lt; ymax</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="65"/>
        <source>Give an area of interest: a polygon layer (AOI) or an extent (EXTENT)</source>
        <translation>Indique un área de interés: una capa de polígonos (AOI) o una extensión (EXTENT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="84"/>
        <source>{value} is not a date: write it as YYYY-MM-DD</source>
        <translation>{value} no es una fecha: escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="91"/>
        <source>{start_name} ({start}) is after {end_name} ({end}): swap them</source>
        <translation>{start_name} ({start}) es posterior a {end_name} ({end}): intercámbielas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="46"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation>Buscar en el catálogo de imágenes de Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="88"/>
        <source>Run a Mapflow processing</source>
        <translation>Ejecutar un procesamiento de Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="29"/>
        <source>Search Mapillary images</source>
        <translation>Buscar imágenes de Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="77"/>
        <source>Search Spexi drone images</source>
        <translation>Buscar imágenes de dron de Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="207"/>
        <source>Spexi views of a point</source>
        <translation>Vistas de Spexi de un punto</translation>
    </message>
    <message>
        <location filename="../../processing_provider/access.py" line="92"/>
        <source>No {service} credentials: add them in Imagery Hub settings, or set {variable} for a headless run</source>
        <translation>No hay credenciales de {service}: añádalas en los ajustes de Imagery Hub, o defina {variable} para una ejecución sin interfaz</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="121"/>
        <source>A search estimated above {soft} requests (setting budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is always refused. Default: not set.</source>
        <translation>Una búsqueda estimada en más de {soft} solicitudes (ajuste budget/soft_limit) se rechaza salvo que esto esté marcado; por encima de {hard} (budget/hard_limit) siempre se rechaza. Por defecto: sin marcar.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="36"/>
        <source>
&lt;p&gt;Downloads the images of a layer made by one of the Imagery Hub searches into a folder, and
writes the layer again with each feature's file in &lt;code&gt;local_path&lt;/code&gt;. The layer's fields say which
search made it: {kinds}. Only the selected features when “Selected features only” is checked. Files are
fetched several at a time, resumed after a dropped connection and never left half-written; a failing image
does not stop the others (each is listed in the log).&lt;/p&gt;
&lt;p&gt;Credentials are those of the service the layer comes from, as for its search: the Imagery Hub settings, or
&lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; and &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_URL&lt;/code&gt; in headless runs
(Mapflow catalog previews need none).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Descarga en una carpeta las imágenes de una capa creada por una de las búsquedas de Imagery Hub, y vuelve a escribir la capa con el archivo de cada objeto en &lt;code&gt;local_path&lt;/code&gt;. Los campos de la capa indican qué búsqueda la creó: {kinds}. Solo los objetos seleccionados cuando «Solo objetos seleccionados» está marcado. Los archivos se obtienen varios a la vez, se reanudan tras una conexión perdida y nunca quedan a medio escribir; una imagen que falla no detiene las demás (cada una se indica en el registro).&lt;/p&gt;&lt;p&gt;Las credenciales son las del servicio del que procede la capa, como en su búsqueda: los ajustes de Imagery Hub, o &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; y &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_URL&lt;/code&gt; en ejecuciones sin interfaz (las vistas previas del catálogo de Mapflow no necesitan ninguna).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Footprints or points written by an Imagery Hub search (in a GeoPackage or as the layer it made), with their fields unchanged.</source>
        <translation>Huellas o puntos escritos por una búsqueda de Imagery Hub (en un GeoPackage o como la capa que creó), con sus campos sin cambios.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Which file of each image: best (the fullest the service offers), original, zoomed (Spexi), 2048, 1024 or 256 pixels wide (Mapillary thumbnails), or preview (Mapflow catalog).</source>
        <translation>Qué archivo de cada imagen: best (el más completo que ofrece el servicio), original, zoomed (Spexi), 2048, 1024 o 256 píxeles de ancho (miniaturas de Mapillary), o preview (catálogo de Mapflow).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Where the images are saved, named after the image id and the variant as the service&apos;s tab names them.</source>
        <translation>Dónde se guardan las imágenes, con el nombre del id de imagen y la variante como las nombra la pestaña del servicio.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>INPUT&apos;s features with the downloaded file of each in {field} (empty where none arrived).</source>
        <translation>Los objetos de INPUT con el archivo descargado de cada uno en {field} (vacío donde no llegó ninguno).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>How many files arrived.</source>
        <translation>Cuántos archivos llegaron.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Features whose image did not arrive or that have none (each listed in the log).</source>
        <translation>Objetos cuya imagen no llegó o que no tienen ninguna (cada uno en el registro).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="98"/>
        <source>the layer has no features</source>
        <translation>la capa no tiene objetos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="100"/>
        <source>Nothing to download in INPUT ({reasons})</source>
        <translation>Nada que descargar en INPUT ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="119"/>
        <source>Feature {fid}: {why}</source>
        <translation>Objeto {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="122"/>
        <source>Cancelled: the layer lists the images that arrived</source>
        <translation>Cancelado: la capa indica las imágenes que llegaron</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="125"/>
        <source>No image arrived: {error}</source>
        <translation>No llegó ninguna imagen: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="45"/>
        <source>{images} come as {variants}, not {wanted}</source>
        <translation>{images} vienen como {variants}, no como {wanted}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="65"/>
        <source>Spexi images</source>
        <translation>Imágenes de Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="75"/>
        <source>no {variant} link</source>
        <translation>sin enlace {variant}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="87"/>
        <source>Mapillary images</source>
        <translation>Imágenes de Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="106"/>
        <source>Mapflow catalog scenes</source>
        <translation>Escenas del catálogo de Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="115"/>
        <source>no picture preview ({kind})</source>
        <translation>sin vista previa de imagen ({kind})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="129"/>
        <source>EOSDA scenes</source>
        <translation>Escenas de EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="133"/>
        <source>EOSDA scenes are rendered rather than downloaded: use Render an EOSDA scene (imagery_hub:eosda_render) with a view_id of this layer</source>
        <translation>Las escenas de EOSDA se renderizan en lugar de descargarse: use Renderizar una escena de EOSDA (imagery_hub:eosda_render) con un view_id de esta capa</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="147"/>
        <source>INPUT is not a layer of an Imagery Hub search: downloads work on {kinds}</source>
        <translation>INPUT no es una capa de una búsqueda de Imagery Hub: las descargas funcionan con {kinds}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="28"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="30"/>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="34"/>
        <source> and {variable} (the username; without it the key is an API token)</source>
        <translation> y {variable} (el nombre de usuario; sin él la clave es un token de API)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="37"/>
        <source>The {service} credentials of the Imagery Hub settings (kept in the QGIS Authentication Manager) and its API URL. For headless runs set {key_variable}{extra}, and {url_variable} to use another server (a sandbox); a variable that is set wins over the settings.</source>
        <translation>Las credenciales de {service} de los ajustes de Imagery Hub (guardadas en el gestor de autenticación de QGIS) y su URL de API. Para ejecuciones sin interfaz defina {key_variable}{extra}, y {url_variable} para usar otro servidor (un sandbox); una variable definida prevalece sobre los ajustes.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="41"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="45"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="28"/>
        <source>Polygon layer whose features (only the selected ones when “Selected features only” is checked) form the area {what}. Any CRS; it is transformed to WGS 84.</source>
        <translation>Capa de polígonos cuyos objetos (solo los seleccionados cuando «Solo objetos seleccionados» está marcado) forman el área {what}. Cualquier SRC; se transforma a WGS 84.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="32"/>
        <source>Give this or EXTENT.</source>
        <translation>Indique esto o EXTENT.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>A rectangle instead of a layer: the area {what}. On the command line “xmin,xmax,ymin,ymax [EPSG:4326]”.</source>
        <translation>Un rectángulo en lugar de una capa: el área {what}. En la línea de comandos «xmin,xmax,ymin,ymax [EPSG:4326]».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>At most how many images are fetched at the same time: it starts at 4 and takes more while more make the download faster. Empty: the Imagery Hub setting (16 by default).</source>
        <translation>Cuántas imágenes como máximo se obtienen a la vez: empieza con 4 y toma más mientras eso acelere la descarga. Vacío: el ajuste de Imagery Hub (16 por defecto).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/download_images.py" line="112"/>
        <source>Downloading %Ln file(s) of {what} to {folder}, up to {at_once} at a time</source>
        <translation>
            <numerusform>Descargando %Ln archivo ({what}) en {folder}, hasta {at_once} a la vez</numerusform>
            <numerusform>Descargando %Ln archivos ({what}) en {folder}, hasta {at_once} a la vez</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="50"/>
        <source>Imagery inventory of an area</source>
        <translation>Inventario de imágenes de un área</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="51"/>
        <source>Imagery inventory</source>
        <translation>Inventario de imágenes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="144"/>
        <source>{parameter}: {error}</source>
        <translation>{parameter}: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="186"/>
        <source>Cancelled: {reason}</source>
        <translation>Cancelado: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="49"/>
        <source>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA and Seequent Imago</source>
        <translation>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA y Seequent Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/i18n.py" line="109"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation>compruebe la clave o el token en los ajustes de Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="110"/>
        <source>{requests}, {duration}</source>
        <translation>{requests}, {duration}</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="112"/>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="116"/>
        <source>draw a smaller area</source>
        <translation>dibuje un área más pequeña</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="117"/>
        <source>draw a smaller area or search around a point</source>
        <translation>dibuje un área más pequeña o busque alrededor de un punto</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="119"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation>dibuje un área más pequeña o acote las fechas</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="121"/>
        <source>narrow the dates</source>
        <translation>acote las fechas</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="122"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation>Esta búsqueda en {service} necesita {cost} — ¿buscar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="124"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation>El área de interés necesita {cost} ({service} busca como mucho {limit} solicitudes): {advice}</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="126"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation>El área de interés necesita {cost}: {advice}, o marque {parameter} para buscar de todos modos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="111"/>
        <source>about %Ln request(s)</source>
        <translation>
            <numerusform>unas %Ln solicitud</numerusform>
            <numerusform>unas %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="113"/>
        <source>roughly %Ln minute(s)</source>
        <translation>
            <numerusform>aproximadamente %Ln minuto</numerusform>
            <numerusform>aproximadamente %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="114"/>
        <source>roughly %Ln hour(s)</source>
        <translation>
            <numerusform>aproximadamente %Ln hora</numerusform>
            <numerusform>aproximadamente %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="115"/>
        <source>roughly %Ln day(s)</source>
        <translation>
            <numerusform>aproximadamente %Ln día</numerusform>
            <numerusform>aproximadamente %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading from (°)</source>
        <translation>Rumbo desde (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading to (°)</source>
        <translation>Rumbo hasta (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude from (m)</source>
        <translation>Altitud desde (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude to (m)</source>
        <translation>Altitud hasta (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>Lowest pitch (°)</source>
        <translation>Inclinación mínima (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>Highest pitch (°)</source>
        <translation>Inclinación máxima (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="56"/>
        <source>Captured from</source>
        <translation>Tomadas desde</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="58"/>
        <source>Captured until</source>
        <translation>Tomadas hasta</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="98"/>
        <source>Camera pitch</source>
        <translation>Inclinación de la cámara</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="113"/>
        <source>Capture types</source>
        <translation>Tipos de captura</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Focused on the area</source>
        <translation>Centradas en el área</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Maximum images</source>
        <translation>Número máximo de imágenes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="131"/>
        <source>Spexi footprints</source>
        <translation>Huellas de Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="135"/>
        <source>Spexi camera positions</source>
        <translation>Posiciones de cámara de Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="139"/>
        <source>Images found</source>
        <translation>Imágenes encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="141"/>
        <source>Cells searched</source>
        <translation>Celdas buscadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="222"/>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="226"/>
        <source>Spexi views</source>
        <translation>Vistas de Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="230"/>
        <source>Views found</source>
        <translation>Vistas encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>The camera's compass direction, 0° north, 90° east. Give HEADING_MIN and HEADING_MAX together. Empty: any.</source>
        <translation>La dirección de brújula de la cámara, 0° norte, 90° este. Indique HEADING_MIN y HEADING_MAX juntos. Vacío: cualquiera.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>The drone&apos;s height above the ground. Give ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.</source>
        <translation>La altura del dron sobre el suelo. Indique ALTITUDE_MIN y ALTITUDE_MAX juntos. Vacío: cualquiera.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>With PITCH range: the lowest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>Con PITCH range: la inclinación mínima de la cámara, de −135° a 45° (−90° mira hacia abajo en vertical).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>With PITCH range: the highest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>Con PITCH range: la inclinación máxima de la cámara, de −135° a 45° (−90° mira hacia abajo en vertical).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="56"/>
        <source>First capture day (UTC, included). Empty: no limit.</source>
        <translation>Primer día de captura (UTC, incluido). Vacío: sin límite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="58"/>
        <source>Last capture day (UTC, included). Empty: today when DATE_FROM is given, else no limit.</source>
        <translation>Último día de captura (UTC, incluido). Vacío: hoy si se indica DATE_FROM, si no, sin límite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="67"/>
        <source>Give DATE_FROM as well: the first day of the captures</source>
        <translation>Indique también DATE_FROM: el primer día de las capturas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="83"/>
        <source>
&lt;p&gt;Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that &lt;i&gt;Download images&lt;/i&gt; fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encuentra imágenes de dron de Spexi sobre un área con los filtros de la pestaña Spexi (inclinación, rumbo y altitud de la cámara, fechas y tipos de captura) y escribe dos capas: las huellas (lo que muestra cada imagen) y las posiciones de la cámara, con el id de imagen, el rango, el tipo y la hora de captura, el rumbo, la inclinación, el alabeo, la altitud, la distancia, los enlaces de las imágenes originales y ampliadas y un local_path vacío que rellena &lt;i&gt;Descargar imágenes&lt;/i&gt;. Las áreas por encima del límite de 1 km² de Spexi se buscan celda a celda y se combinan, cada imagen una vez.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="97"/>
        <source>to search (any size: over 1 km² it is searched cell by cell)</source>
        <translation>a buscar (cualquier tamaño: por encima de 1 km² se busca celda a celda)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="98"/>
        <source>any; nadir (−90°, straight down); oblique (−60°); or range, from PITCH_MIN to PITCH_MAX.</source>
        <translation>any; nadir (−90°, hacia abajo en vertical); oblique (−60°); o range, de PITCH_MIN a PITCH_MAX.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="113"/>
        <source>orthomosaic (nadir mapping images), oblique (tilted views of building sides), panorama (near-horizontal views from higher up). Default: all three.</source>
        <translation>orthomosaic (imágenes de cartografía en nadir), oblique (vistas inclinadas de fachadas), panorama (vistas casi horizontales desde más alto). Por defecto: las tres.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Spexi leaves out images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Unchecked: every intersecting image.</source>
        <translation>Spexi descarta las imágenes donde el área queda en el borde del encuadre y ordena las demás según lo destacada que aparece. Desmarcado: todas las imágenes que la intersecan.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Stop after this many images (default {count}, as in the tab).</source>
        <translation>Parar tras este número de imágenes ({count} por defecto, como en la pestaña).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="131"/>
        <source>What each image shows, as polygons in WGS 84, with the fields listed above.</source>
        <translation>Lo que muestra cada imagen, como polígonos en WGS 84, con los campos indicados arriba.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="135"/>
        <source>Where each image was taken from, as points in WGS 84, with the same fields.</source>
        <translation>Desde dónde se tomó cada imagen, como puntos en WGS 84, con los mismos campos.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="139"/>
        <source>How many images were written.</source>
        <translation>Cuántas imágenes se escribieron.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="141"/>
        <source>How many pieces of under 1 km² the area was searched in.</source>
        <translation>En cuántos trozos de menos de 1 km² se buscó el área.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="151"/>
        <source>PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)</source>
        <translation>PITCH_MIN y PITCH_MAX van con PITCH range (que los necesita)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="190"/>
        <source>Searching Spexi over {area}</source>
        <translation>Buscando en Spexi sobre {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="192"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="212"/>
        <source>
&lt;p&gt;Asks Spexi for the best images of one place, as the Spexi tab&apos;s multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in &lt;code&gt;view&lt;/code&gt; and the Spexi result fields, so
&lt;i&gt;Download images&lt;/i&gt; takes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pide a Spexi las mejores imágenes de un lugar, como hace la herramienta multivista de la pestaña Spexi: una vista en nadir desde arriba y vistas oblicuas mirando al norte, este, sur y oeste (falta una vista para la que Spexi no tiene imagen). Las huellas vienen con la vista que muestran en &lt;code&gt;view&lt;/code&gt; y los campos de resultado de Spexi, así que &lt;i&gt;Descargar imágenes&lt;/i&gt; las acepta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="222"/>
        <source>The place to see from five sides; any CRS (on the command line “x,y [EPSG:code]”).</source>
        <translation>El lugar a ver desde cinco lados; cualquier SRC (en la línea de comandos «x,y [EPSG:code]»).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="226"/>
        <source>One footprint per view (nadir, north, east, south, west) in WGS 84, with view and the Spexi result fields.</source>
        <translation>Una huella por vista (nadir, norte, este, sur, oeste) en WGS 84, con view y los campos de resultado de Spexi.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="230"/>
        <source>How many of the five views exist.</source>
        <translation>Cuántas de las cinco vistas existen.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="245"/>
        <source>Asking Spexi for the views of {lon}, {lat}</source>
        <translation>Pidiendo a Spexi las vistas de {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="248"/>
        <source>Views: {views}</source>
        <translation>Vistas: {views}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="248"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="171"/>
        <source>{name} needs both {name}_MIN and {name}_MAX</source>
        <translation>{name} necesita tanto {name}_MIN como {name}_MAX</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="184"/>
        <source>cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>celda {cell} de {cells}, página {page}, %Ln imagen recibida</numerusform>
            <numerusform>celda {cell} de {cells}, página {page}, %Ln imágenes recibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="195"/>
        <source>%Ln feature(s) Spexi sent could not be read (geometry, capture date or camera position) and were left out</source>
        <translation>
            <numerusform>%Ln objeto enviado por Spexi no se pudo leer (geometría, fecha de captura o posición de la cámara) y se descartó</numerusform>
            <numerusform>%Ln objetos enviados por Spexi no se pudieron leer (geometría, fecha de captura o posición de la cámara) y se descartaron</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHubTask</name>
    <message>
        <location filename="../../core/tasks.py" line="66"/>
        <source>{service} asked us to wait {seconds} s — retrying</source>
        <translation>{service} nos pidió esperar {seconds} s — reintentando</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="68"/>
        <source>{service} answered HTTP {status} — retrying in {seconds} s</source>
        <translation>{service} respondió HTTP {status} — reintentando en {seconds} s</translation>
    </message>
</context>
<context>
    <name>ImagoTab</name>
    <message>
        <location filename="../../ui/imago/tab.py" line="107"/>
        <source>Account and collection</source>
        <translation>Cuenta y colección</translation>
    </message>
</context>
<context>
    <name>MapflowTab</name>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="58"/>
        <source>New processing on the AOI</source>
        <translation>Nuevo procesamiento sobre el área de interés</translation>
    </message>
</context>
<context>
    <name>MapillaryTab</name>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="117"/>
        <source>Size of the downloaded images</source>
        <translation>Tamaño de las imágenes descargadas</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="150"/>
        <source>Search settings</source>
        <translation>Ajustes de búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="265"/>
        <source>{count:,} images (from the project).</source>
        <translation>{count:,} imágenes (del proyecto).</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="140"/>
        <source>Pictures</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="142"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>Mostrar los resultados como miniaturas en lugar de una tabla</translation>
    </message>
</context>
<context>
    <name>MapillaryViewer</name>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="158"/>
        <source>%n detection(s) could not be read and are not drawn</source>
        <translation>
            <numerusform>%n detección no se pudo leer y no se dibuja</numerusform>
            <numerusform>%n detecciones no se pudieron leer y no se dibujan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpexiTab</name>
    <message>
        <location filename="../../ui/spexi/tab.py" line="106"/>
        <source>Pictures</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="108"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>Mostrar los resultados como miniaturas en lugar de una tabla</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="116"/>
        <source>Search settings</source>
        <translation>Ajustes de búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="233"/>
        <source>{count:,} images in “{group}” (from the project).</source>
        <translation>{count:,} imágenes en «{group}» (del proyecto).</translation>
    </message>
</context>
</TS>
