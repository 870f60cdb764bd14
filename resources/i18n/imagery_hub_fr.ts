<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{} search</source>
        <translation>Recherche {}</translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation>Une zone plus petite ou des filtres plus étroits demandent moins de requêtes.</translation>
    </message>
</context>
<context>
    <name>EosdaTab</name>
    <message>
        <location filename="../../ui/eosda/tab.py" line="101"/>
        <source>Render options</source>
        <translation>Options de rendu</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="113"/>
        <source>Search settings</source>
        <translation>Paramètres de recherche</translation>
    </message>
</context>
<context>
    <name>FoldingForm</name>
    <message>
        <location filename="../../ui/folding.py" line="51"/>
        <source>Show or hide the search settings</source>
        <translation>Afficher ou masquer les paramètres de recherche</translation>
    </message>
    <message>
        <location filename="../../ui/folding.py" line="62"/>
        <source>Help on this tab (opens the README)</source>
        <translation>Aide sur cet onglet (ouvre le README)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="78"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="82"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="86"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="92"/>
        <source>Only scenes covering the whole area</source>
        <translation>Seulement les scènes couvrant toute la zone</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="98"/>
        <source>EOSDA scenes</source>
        <translation>Scènes EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="103"/>
        <source>Scenes written</source>
        <translation>Scènes écrites</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="105"/>
        <source>Scenes found</source>
        <translation>Scènes trouvées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>Scene (view id)</source>
        <translation>Scène (identifiant de vue)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="163"/>
        <source>Bands or index</source>
        <translation>Bandes ou indice</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="168"/>
        <source>Band expression</source>
        <translation>Expression de bandes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="173"/>
        <source>Pixel size (m)</source>
        <translation>Taille de pixel (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="179"/>
        <source>Image format</source>
        <translation>Format d'image</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="184"/>
        <source>Colormap id</source>
        <translation>Identifiant de palette de couleurs</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>Levels (low,high)</source>
        <translation>Niveaux (bas,haut)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="195"/>
        <source>Resampling</source>
        <translation>Rééchantillonnage</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="200"/>
        <source>First check after (seconds)</source>
        <translation>Première vérification après (secondes)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="206"/>
        <source>Rendered raster</source>
        <translation>Raster rendu</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="209"/>
        <source>Width (px)</source>
        <translation>Largeur (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="211"/>
        <source>Height (px)</source>
        <translation>Hauteur (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="64"/>
        <source>
&lt;p&gt;Searches EOSDA&apos;s Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what &lt;i&gt;Render an EOSDA scene&lt;/i&gt; takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Recherche les scènes Sentinel-2 ou Landsat 8 d'EOSDA sur une zone, comme le fait l'onglet EOSDA, et écrit leurs emprises avec l'identifiant de vue, la date, le satellite, la couverture nuageuse, la couverture des données et la part de la zone que couvre chacune. Un identifiant de vue est ce que prend &lt;i&gt;Rendre une scène EOSDA&lt;/i&gt;. Les périodes de plus d'un an sont demandées une année à la fois, les plus récentes d'abord ; jusqu'à 2000 scènes sont gardées.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>to search</source>
        <translation>à rechercher</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="78"/>
        <source>sentinel2 (Sentinel-2, 10 m) or landsat8 (Landsat 8, 30 m).</source>
        <translation>sentinel2 (Sentinel-2, 10 m) ou landsat8 (Landsat 8, 30 m).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="82"/>
        <source>First day (included). Empty: %Ln day(s) before DATE_TO.</source>
        <translation>
            <numerusform>Premier jour (inclus). Vide : %Ln jour avant DATE_TO.</numerusform>
            <numerusform>Premier jour (inclus). Vide : %Ln jours avant DATE_TO.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="86"/>
        <source>Last day (included). Empty: today.</source>
        <translation>Dernier jour (inclus). Vide : aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Scenes with at most this cloud cover. Default 30 %, as in the tab.</source>
        <translation>Scènes ayant au plus cette couverture nuageuse. 30 % par défaut, comme dans l'onglet.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="92"/>
        <source>Keep only scenes whose data cover all of the area (CONTAINS); default: any overlap.</source>
        <translation>Ne garder que les scènes dont les données couvrent toute la zone (CONTAINS) ; par défaut : tout recouvrement.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="98"/>
        <source>The scene footprints (multipolygons, WGS 84) with view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover and sun_elev.</source>
        <translation>Les emprises des scènes (multipolygones, WGS 84) avec view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover et sun_elev.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="103"/>
        <source>How many footprints were written.</source>
        <translation>Nombre d'emprises écrites.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="105"/>
        <source>How many scenes EOSDA reported (more than COUNT when over 2000).</source>
        <translation>Nombre de scènes signalées par EOSDA (plus que COUNT au-delà de 2000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="126"/>
        <source>Searching {dataset} scenes {start} – {end}</source>
        <translation>Recherche des scènes {dataset} du {start} au {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="129"/>
        <source>%Ln scene(s) of {found}</source>
        <translation>
            <numerusform>%Ln scène sur {found}</numerusform>
            <numerusform>%Ln scènes sur {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="129"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln scène</numerusform>
            <numerusform>%Ln scènes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="146"/>
        <source>
&lt;p&gt;Renders one EOSDA scene over an area with EOSDA&apos;s Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rend une scène EOSDA sur une zone avec le service Download visual d'EOSDA, comme la section de rendu de l'onglet EOSDA : un préréglage (couleurs vraies ou fausses couleurs, NDVI, NDWI) ou votre propre expression de bandes, découpé sur la zone, à la taille de pixel choisie, puis écrit comme raster géoréférencé en Web Mercator (EPSG:3857). Les indices sont colorisés avec une palette de couleurs entre deux niveaux.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>The view_id of a scene, as Search EOSDA satellite scenes writes it: S2/… for Sentinel-2, L8/… for Landsat 8.</source>
        <translation>Le view_id d'une scène, tel que l'écrit Rechercher des scènes satellite EOSDA : S2/… pour Sentinel-2, L8/… pour Landsat 8.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="162"/>
        <source>to render (one polygon)</source>
        <translation>à rendre (un polygone)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="163"/>
        <source>true_color, false_color (near infrared), ndvi, ndwi, or custom to use EXPRESSION.</source>
        <translation>true_color, false_color (proche infrarouge), ndvi, ndwi, ou custom pour utiliser EXPRESSION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="168"/>
        <source>With PRESET custom: bands separated by commas for an RGB composite (B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). Band names of the scene&apos;s dataset.</source>
        <translation>Avec PRESET custom : des bandes séparées par des virgules pour une composition RVB (B08,B04,B03) ou une expression pour un indice ((B08-B04)/(B08+B04)). Noms de bandes du jeu de données de la scène.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="173"/>
        <source>Ground size of a pixel in metres. Empty: the dataset&apos;s native size (10 m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a side.</source>
        <translation>Taille au sol d'un pixel en mètres. Vide : la taille native du jeu de données (10 m Sentinel-2, 30 m Landsat 8). L'image fait au plus 10 000 px de côté.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="179"/>
        <source>What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. The output is then written in the format of OUTPUT&apos;s extension.</source>
        <translation>Ce qu'envoie EOSDA : tiff (un GeoTIFF) ou png / jpeg avec un fichier de géoréférencement (world file). La sortie est ensuite écrite dans le format de l'extension de OUTPUT.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="184"/>
        <source>For a single-band index: EOSDA's colormap id (default red–yellow–green). Empty: grey values.</source>
        <translation>Pour un indice à une bande : l'identifiant de palette de couleurs d'EOSDA (rouge–jaune–vert par défaut). Vide : niveaux de gris.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>For a single-band index: the values mapped to the ends of the colormap.</source>
        <translation>Pour un indice à une bande : les valeurs placées aux extrémités de la palette de couleurs.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="195"/>
        <source>How EOSDA resamples bands to the pixel size. Empty: EOSDA&apos;s default.</source>
        <translation>Comment EOSDA rééchantillonne les bandes à la taille de pixel. Vide : la méthode par défaut d'EOSDA.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="200"/>
        <source>How long to wait before asking whether the render is ready; the wait grows by half each time, up to 15 s.</source>
        <translation>Durée d'attente avant de demander si le rendu est prêt ; l'attente augmente de moitié à chaque fois, jusqu'à 15 s.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="206"/>
        <source>The render, georeferenced in EPSG:3857 (GeoTIFF unless another extension is given).</source>
        <translation>Le rendu, géoréférencé en EPSG:3857 (GeoTIFF sauf si une autre extension est donnée).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="209"/>
        <source>Width of the render in pixels.</source>
        <translation>Largeur du rendu en pixels.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="211"/>
        <source>Height of the render in pixels.</source>
        <translation>Hauteur du rendu en pixels.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="218"/>
        <source>{view_id} is not an EOSDA view id: they start with S2/ (Sentinel-2) or L8/ (Landsat 8)</source>
        <translation>{view_id} n'est pas un identifiant de vue EOSDA : ils commencent par S2/ (Sentinel-2) ou L8/ (Landsat 8)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="226"/>
        <source>PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)</source>
        <translation>PRESET custom demande une expression de bandes, par ex. (B08-B04)/(B08+B04)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="231"/>
        <source>{bands} is not a band of {dataset}</source>
        <translation>{bands} n'est pas une bande de {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="232"/>
        <source>{bands} are not bands of {dataset}</source>
        <translation>{bands} ne sont pas des bandes de {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="256"/>
        <source>Writing the {width} × {height} px render</source>
        <translation>Écriture du rendu de {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="270"/>
        <source>GDAL could not write {name}: {error}</source>
        <translation>GDAL n'a pas pu écrire {name} : {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="273"/>
        <source>GDAL could not write {name} as {driver}: {error}</source>
        <translation>GDAL n'a pas pu écrire {name} en {driver} : {error}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/i18n.py" line="91"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="92"/>
        <source>Authentication failed</source>
        <translation>Échec de l'authentification</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="93"/>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="94"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="96"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation>Trop de requêtes : le service a demandé de ralentir</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="97"/>
        <source>Invalid input</source>
        <translation>Saisie non valide</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="98"/>
        <source>The service reported an error</source>
        <translation>Le service a signalé une erreur</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="99"/>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="185"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="101"/>
        <source>Not a readable vector tile</source>
        <translation>Tuile vectorielle illisible</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="103"/>
        <source>The service kept sending pages; the listing was stopped</source>
        <translation>Le service envoyait sans fin des pages ; la liste a été arrêtée</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="104"/>
        <source>The render did not finish in time</source>
        <translation>Le rendu ne s'est pas terminé à temps</translation>
    </message>
</context>
<context>
    <name>ImageryHub.History</name>
    <message>
        <location filename="../../ui/history.py" line="15"/>
        <source>Recent searches of this project: run one again</source>
        <translation>Recherches récentes de ce projet : en relancer une</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="24"/>
        <source>No searches in this project yet</source>
        <translation>Aucune recherche dans ce projet pour l'instant</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Imago</name>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Imagery type</source>
        <translation>Type d'imagerie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Image type</source>
        <translation>Type d'image</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>Start depth</source>
        <translation>Profondeur de début</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>End depth</source>
        <translation>Profondeur de fin</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Features naming imagery</source>
        <translation>Entités nommant une imagerie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Collection field</source>
        <translation>Champ de collection</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Imagery name field</source>
        <translation>Champ de nom d'imagerie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Start depth field</source>
        <translation>Champ de profondeur de début</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>End depth field</source>
        <translation>Champ de profondeur de fin</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="66"/>
        <source>Imagery name</source>
        <translation>Nom de l'imagerie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="105"/>
        <source>Imagery id</source>
        <translation>Identifiant de l'imagerie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Width (px)</source>
        <translation>Largeur (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="113"/>
        <source>Path field</source>
        <translation>Champ du chemin</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>Downloads at once</source>
        <translation>Téléchargements simultanés</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="123"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="126"/>
        <source>Features with image paths</source>
        <translation>Entités avec les chemins des images</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="131"/>
        <source>Images downloaded</source>
        <translation>Images téléchargées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="133"/>
        <source>Images not downloaded</source>
        <translation>Images non téléchargées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Elevation (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="83"/>
        <source>Upload report</source>
        <translation>Rapport de téléversement</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Uploaded</source>
        <translation>Téléversées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The Imago workspace. Empty: any (give it when a collection name exists in several workspaces).</source>
        <translation>L'espace de travail Imago. Vide : n'importe lequel (à donner quand un nom de collection existe dans plusieurs espaces de travail).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The dataset of the workspace. Empty: any.</source>
        <translation>Le jeu de données de l'espace de travail. Vide : n'importe lequel.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The collection {what}.</source>
        <translation>La collection {what}.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The imagery type, e.g. “Core trays” or “Field photos”.</source>
        <translation>Le type d'imagerie, par ex. « Core trays » ou « Field photos ».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The image type of that imagery type, e.g. “Dry”, “Wet” or “Photo”.</source>
        <translation>Le type d'image de ce type d'imagerie, par ex. « Dry », « Wet » ou « Photo ».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="36"/>
        <source>Name the imagery type (IMAGERY_TYPE)</source>
        <translation>Nommez le type d'imagerie (IMAGERY_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="37"/>
        <source>Name the image type (IMAGE_TYPE)</source>
        <translation>Nommez le type d'image (IMAGE_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="38"/>
        <source>Name the collection (COLLECTION)</source>
        <translation>Nommez la collection (COLLECTION)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="56"/>
        <source>
&lt;p&gt;Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Télécharge des images Seequent Imago (caisses de carottes, photos…) dans un dossier, comme le fait l'onglet Imago. Soit pour les entités d'une couche, chacune nommant son imagerie par un champ de nom ou par des champs de profondeur (la collection fixée ou lue dans un champ) : la couche de sortie est la couche d'entrée avec le chemin local de l'image de chaque entité dans PATH_FIELD. Soit, sans couche, depuis une collection : l'imagerie nommée par IMAGERY_NAME, par START_DEPTH (et END_DEPTH) ou par IMAGERY_ID, ou toute l'imagerie de la collection quand aucun n'est donné.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>A layer whose features (only the selected ones when “Selected features only” is checked) each name one imagery. Empty: name the imagery with COLLECTION and the fields below.</source>
        <translation>Une couche dont les entités (seulement les entités sélectionnées quand « Entités sélectionnées uniquement » est coché) nomment chacune une imagerie. Vide : nommez l'imagerie avec COLLECTION et les champs ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="77"/>
        <source>of the imagery to download; needed without INPUT, and with INPUT unless COLLECTION_FIELD names it</source>
        <translation>de l'imagerie à télécharger ; nécessaire sans INPUT, et avec INPUT sauf si COLLECTION_FIELD la nomme</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT: the field holding each feature&apos;s collection (instead of a fixed COLLECTION).</source>
        <translation>Avec INPUT : le champ contenant la collection de chaque entité (au lieu d'une COLLECTION fixe).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT: the field holding each feature&apos;s imagery name.</source>
        <translation>Avec INPUT : le champ contenant le nom d'imagerie de chaque entité.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT and no NAME_FIELD: the field holding the start depth of the interval.</source>
        <translation>Avec INPUT et sans NAME_FIELD : le champ contenant la profondeur de début de l'intervalle.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With START_FIELD: the field holding the end depth (empty: the imagery at the start depth).</source>
        <translation>Avec START_FIELD : le champ contenant la profondeur de fin (vide : l'imagerie à la profondeur de début).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="95"/>
        <source>Without INPUT: the name of the imagery to download.</source>
        <translation>Sans INPUT : le nom de l'imagerie à télécharger.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Without INPUT: the start depth of the interval whose imagery to download.</source>
        <translation>Sans INPUT : la profondeur de début de l'intervalle dont l'imagerie est à télécharger.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Without INPUT: the end depth of the interval whose imagery to download.</source>
        <translation>Sans INPUT : la profondeur de fin de l'intervalle dont l'imagerie est à télécharger.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="105"/>
        <source>Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, the depths and this empty to download every imagery of COLLECTION.</source>
        <translation>Sans INPUT : l'identifiant de l'imagerie à télécharger. Laissez IMAGERY_NAME, les profondeurs et ce paramètre vides pour télécharger toute l'imagerie de COLLECTION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Scale the images to this width (Imago keeps the aspect). Empty: full size.</source>
        <translation>Redimensionner les images à cette largeur (Imago garde les proportions). Vide : taille réelle.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="113"/>
        <source>With INPUT: the text field of OUTPUT that receives each feature&apos;s image path (added when the layer lacks it).</source>
        <translation>Avec INPUT : le champ texte de OUTPUT qui reçoit le chemin de l'image de chaque entité (ajouté quand la couche ne l'a pas).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>How many images are fetched at the same time. Empty: the Imagery Hub setting.</source>
        <translation>Nombre d'images récupérées en même temps. Vide : le paramètre d'Imagery Hub.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="123"/>
        <source>Where the images are saved (named collection_imagery_imagetype with the extension Imago&apos;s answer calls for).</source>
        <translation>Où les images sont enregistrées (nommées collection_imagerie_typeimage avec l'extension qu'indique la réponse d'Imago).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="126"/>
        <source>With INPUT: its features with PATH_FIELD filled for those whose image arrived.</source>
        <translation>Avec INPUT : ses entités avec PATH_FIELD rempli pour celles dont l'image est arrivée.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="131"/>
        <source>How many files arrived.</source>
        <translation>Nombre de fichiers arrivés.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="133"/>
        <source>Imagery that did not arrive or features that name none (each listed in the log).</source>
        <translation>Imageries qui ne sont pas arrivées ou entités n'en nommant aucune (chacune listée dans le journal).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="146"/>
        <source>{names} name fields of INPUT: give INPUT as well</source>
        <translation>{names} sont des champs de INPUT : donnez aussi INPUT</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="149"/>
        <source>Name the collection (COLLECTION), or give a layer (INPUT)</source>
        <translation>Nommez la collection (COLLECTION), ou donnez une couche (INPUT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="156"/>
        <source>Give the collection once: COLLECTION or COLLECTION_FIELD, not both</source>
        <translation>Donnez la collection une seule fois : COLLECTION ou COLLECTION_FIELD, pas les deux</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="165"/>
        <source>the layer has no features</source>
        <translation>la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="167"/>
        <source>None of the features names an imagery ({reasons})</source>
        <translation>Aucune entité ne nomme une imagerie ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="191"/>
        <source>Listing the {type} imagery of {collection}</source>
        <translation>Liste de l'imagerie {type} de {collection}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="203"/>
        <source>{collection} has no {type} imagery with {image_type} images</source>
        <translation>{collection} n'a pas d'imagerie {type} avec des images {image_type}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/imago/download.py" line="210"/>
        <source>Downloading %Ln image(s) to {folder}</source>
        <translation>
            <numerusform>Téléchargement de %Ln image vers {folder}</numerusform>
            <numerusform>Téléchargement de %Ln images vers {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="218"/>
        <source>Cancelled: only the images listed as downloaded arrived</source>
        <translation>Annulé : seules les images listées comme téléchargées sont arrivées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="221"/>
        <source>No image arrived: {error}</source>
        <translation>Aucune image n'est arrivée : {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="235"/>
        <source>Feature {fid}: {why}</source>
        <translation>Entité {fid} : {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="47"/>
        <source>
&lt;p&gt;Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab&apos;s upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file&apos;s header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Téléverse des photos (PNG ou JPEG) dans une imagerie Imago, comme le fait la boîte de dialogue de téléversement de l'onglet Imago : placées par un nom d'imagerie, un intervalle de profondeur ou un point (avec une altitude), envoyé dans le système de coordonnées que déclare le type d'imagerie. L'en-tête de chaque fichier est vérifié d'abord, si bien que ce qu'Imago refuserait (trop de pixels, un autre type) est listé sans être envoyé ; un fichier déjà téléversé dans la même imagerie est ignoré, si bien que relancer un lot n'envoie que ce qui n'est pas arrivé.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The image files to upload (PNG or JPEG).</source>
        <translation>Les fichiers image à téléverser (PNG ou JPEG).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="65"/>
        <source>to upload into</source>
        <translation>où téléverser</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="66"/>
        <source>The imagery the photos belong to, by name (made when it does not exist yet).</source>
        <translation>L'imagerie à laquelle appartiennent les photos, par son nom (créée si elle n'existe pas encore).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>The start depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>La profondeur de début de l'intervalle que montrent les photos, pour une imagerie placée par profondeur.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>The end depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>La profondeur de fin de l'intervalle que montrent les photos, pour une imagerie placée par profondeur.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Where the photos were taken, for imagery types placed by x/y; any CRS, sent in the one the imagery type declares.</source>
        <translation>Où les photos ont été prises, pour les types d'imagerie placés par x/y ; n'importe quel SCR, envoyé dans celui que déclare le type d'imagerie.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>The z sent with LOCATION.</source>
        <translation>Le z envoyé avec LOCATION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="83"/>
        <source>A table with one row per file: file, state (uploaded, skipped, refused, failed), image_id and message.</source>
        <translation>Une table avec une ligne par fichier : file, state (uploaded, skipped, refused, failed), image_id et message.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="105"/>
        <source>Give the photos to upload</source>
        <translation>Donnez les photos à téléverser</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="108"/>
        <source>No such file: {path}</source>
        <translation>Fichier introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="134"/>
        <source>Placing the photos at x {x}, y {y} in {crs}</source>
        <translation>Placement des photos à x {x}, y {y} dans {crs}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="139"/>
        <source>{file} refused: {why}</source>
        <translation>{file} refusé : {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="139"/>
        <source>{file} failed: {why}</source>
        <translation>{file} en échec : {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="145"/>
        <source>Cancelled: the files not listed as uploaded were not sent</source>
        <translation>Annulé : les fichiers non listés comme téléversés n'ont pas été envoyés</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="169"/>
        <source>Imago has no imagery type {type} here</source>
        <translation>Imago n'a pas de type d'imagerie {type} ici</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="172"/>
        <source>{type} is not placed by location: use IMAGERY_NAME or the depths</source>
        <translation>{type} n'est pas placé par emplacement : utilisez IMAGERY_NAME ou les profondeurs</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="175"/>
        <source>{type} takes x/y in different systems in different datasets: give WORKSPACE and DATASET</source>
        <translation>{type} prend x/y dans des systèmes différents selon les jeux de données : donnez WORKSPACE et DATASET</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files uploaded now.</source>
        <translation>Fichiers téléversés maintenant.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files skipped because they were uploaded to this imagery before.</source>
        <translation>Fichiers ignorés parce qu'ils ont déjà été téléversés dans cette imagerie.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files refused, by their header or by Imago (listed in the log).</source>
        <translation>Fichiers refusés, d'après leur en-tête ou par Imago (listés dans le journal).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files that failed for another reason (listed in the log).</source>
        <translation>Fichiers en échec pour une autre raison (listés dans le journal).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Inventory</name>
    <message>
        <location filename="../../ui/inventory.py" line="56"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="57"/>
        <source>Search every service that has credentials over the area of interest, at once, into one overview and one inventory layer</source>
        <translation>Rechercher en une fois dans tous les services qui ont des identifiants sur la zone d'intérêt, vers une vue d'ensemble et une couche d'inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="62"/>
        <source>Cancel all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="98"/>
        <source>“All services” searches every service that has credentials over the area of interest at once. What each one holds there fills in here as it answers: click a service for its tab, a month of the timeline for its footprints.</source>
        <translation>« Tous les services » recherche en une fois dans tous les services qui ont des identifiants sur la zone d'intérêt. Ce que chacun y propose s'affiche ici au fil de ses réponses : cliquez sur un service pour ouvrir son onglet, sur un mois de la frise chronologique pour ses emprises.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="136"/>
        <source>Cancel this service&apos;s search</source>
        <translation>Annuler la recherche de ce service</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="167"/>
        <source>skipped: no credentials — add them in Settings (⚙). </source>
        <translation>ignoré : aucun identifiant — ajoutez-les dans les paramètres (⚙). </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="173"/>
        <source>skipped: not confirmed (</source>
        <translation>ignoré : non confirmé (</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="177"/>
        <source>refused: </source>
        <translation>refusé : </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="181"/>
        <source>No service to search: add credentials in Settings (⚙)</source>
        <translation>Aucun service à interroger : ajoutez des identifiants dans les paramètres (⚙)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="191"/>
        <source>Searching {} services over {}</source>
        <translation>Recherche dans {} services sur {}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="195"/>
        <source>searching</source>
        <translation>recherche en cours</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="204"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="209"/>
        <source>searching: </source>
        <translation>recherche en cours : </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="218"/>
        <source>, more exist (narrow the area)</source>
        <translation>, il y en a d'autres (réduisez la zone)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="219"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="227"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="229"/>
        <source>failed: </source>
        <translation>en échec : </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="238"/>
        <source>{:,} images from {} services in the layer “{}”</source>
        <translation>{:,} images de {} services dans la couche « {} »</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="242"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="244"/>
        <source>No images over the area: see each service&apos;s state</source>
        <translation>Aucune image sur la zone : voyez l'état de chaque service</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="38"/>
        <source>Captures per month, one row per service: click a month to select its footprints</source>
        <translation>Prises de vue par mois, une ligne par service : cliquez sur un mois pour sélectionner ses emprises</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="81"/>
        <source>No dated captures yet</source>
        <translation>Aucune prise de vue datée pour l'instant</translation>
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
&lt;p&gt;Répond à « quelle imagerie y a-t-il ici ? » pour chaque entité d'une couche de polygones : tous les services choisis qui ont des identifiants sont interrogés en une fois sur la zone (images de drone Spexi, images Mapillary au niveau de la rue, catalogue d'imagerie Mapflow, scènes Sentinel-2 d'EOSDA des YEARS dernières années, imagerie Seequent Imago placée par longitude/latitude). La couche d'inventaire contient chaque emprise avec &lt;code&gt;area&lt;/code&gt;, &lt;code&gt;service&lt;/code&gt;, &lt;code&gt;id&lt;/code&gt;, &lt;code&gt;captured_at&lt;/code&gt; (UTC), &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;resolution_m&lt;/code&gt;, &lt;code&gt;cloud&lt;/code&gt;, &lt;code&gt;link&lt;/code&gt;, &lt;code&gt;altitude_m&lt;/code&gt; et &lt;code&gt;located&lt;/code&gt; (emprise, ou cercle de 5 m autour de la caméra). Le récapitulatif a une ligne par zone : les images par service, la prise de vue la plus récente et l'état de chaque service (terminé, en échec avec les mots du service, ignoré faute d'identifiants).&lt;/p&gt;
&lt;p&gt;Les identifiants viennent des paramètres d'Imagery Hub, ou de &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; (p. ex. &lt;code&gt;IMAGERY_HUB_SPEXI_KEY&lt;/code&gt;) pour les exécutions sans interface.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Areas (polygon layer)</source>
        <translation>Zones (couche de polygones)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Each feature is one area (only the selected ones when “Selected features only” is checked), at most {most}. Any CRS; it is transformed to WGS 84.</source>
        <translation>Chaque entité est une zone (seulement les entités sélectionnées quand « Entités sélectionnées uniquement » est coché), au plus {most}. N'importe quel SCR ; les zones sont transformées en WGS 84.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>Services</source>
        <translation>Services à interroger</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>The services to include: {ids}. Default: all. A service without credentials is skipped with a line saying how to add them.</source>
        <translation>Les services à inclure : {ids}. Par défaut : tous. Un service sans identifiants est ignoré, avec une ligne expliquant comment les ajouter.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>Years back (satellite scenes)</source>
        <translation>Années en arrière (scènes satellite)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>How many years back EOSDA scenes are searched (each year is one request or more).</source>
        <translation>Sur combien d'années en arrière les scènes EOSDA sont recherchées (chaque année demande une requête ou plus).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>Most images per service and area</source>
        <translation>Nombre maximal d'images par service et par zone</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>A service stops after this many (default {most}); its state says so.</source>
        <translation>Un service s'arrête après ce nombre (par défaut {most}) ; son état l'indique.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Imagery inventory</source>
        <translation>Inventaire d'imagerie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Every footprint of every service and area, in WGS 84, with the fields listed above.</source>
        <translation>Chaque emprise de chaque service et de chaque zone, en WGS 84, avec les champs listés ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>Inventory summary</source>
        <translation>Récapitulatif de l'inventaire</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>One row per area: area (the feature id), area_km2, images, newest, and per service &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest and &amp;lt;service&amp;gt;_state.</source>
        <translation>Une ligne par zone : area (l'identifiant de l'entité), area_km2, images, newest et, par service, &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest et &amp;lt;service&amp;gt;_state.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>Images found</source>
        <translation>Images trouvées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>How many footprints were written.</source>
        <translation>Nombre d'emprises écrites.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="110"/>
        <source>Give a polygon layer of areas</source>
        <translation>Donnez une couche de polygones de zones</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="116"/>
        <source>The layer has more than {most} areas: select fewer features</source>
        <translation>La couche a plus de {most} zones : sélectionnez moins d'entités</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="119"/>
        <source>The areas layer has no polygon features (or none is selected)</source>
        <translation>La couche de zones n'a aucune entité polygone (ou aucune n'est sélectionnée)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="155"/>
        <source>Area {fid} ({number} of {count}): {area}</source>
        <translation>Zone {fid} ({number} sur {count}) : {area}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="73"/>
        <source>{count:,} images (from the imagery inventory).</source>
        <translation>{count:,} images (de l’inventaire d’imagerie).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Finest resolution (m/px)</source>
        <translation>Résolution la plus fine (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Coarsest resolution (m/px)</source>
        <translation>Résolution la plus grossière (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Largest off-nadir angle (°)</source>
        <translation>Plus grand angle hors nadir (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Smallest share of the area covered (%)</source>
        <translation>Plus petite part de la zone couverte (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="68"/>
        <source>Acquired from</source>
        <translation>Acquises du</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="71"/>
        <source>Acquired until</source>
        <translation>Acquises jusqu'au</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Data providers</source>
        <translation>Fournisseurs de données</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Only images available for processing</source>
        <translation>Seulement les images disponibles pour un traitement</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="92"/>
        <source>Catalog footprints</source>
        <translation>Emprises du catalogue</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="97"/>
        <source>Images written</source>
        <translation>Images écrites</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="99"/>
        <source>Images found</source>
        <translation>Images trouvées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="111"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="116"/>
        <source>Optional blocks</source>
        <translation>Blocs optionnels</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="121"/>
        <source>Imagery source type</source>
        <translation>Type de source d'imagerie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Imagery (URL, path or id)</source>
        <translation>Imagerie (URL, chemin ou identifiant)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Catalog data provider</source>
        <translation>Fournisseur de données du catalogue</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="146"/>
        <source>Processing name</source>
        <translation>Nom du traitement</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="150"/>
        <source>Project (id or name)</source>
        <translation>Projet (identifiant ou nom)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Wait for the results</source>
        <translation>Attendre les résultats</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>Check every (seconds)</source>
        <translation>Vérifier toutes les (secondes)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Give up waiting after (minutes)</source>
        <translation>Cesser d'attendre après (minutes)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="171"/>
        <source>Mapflow results</source>
        <translation>Résultats Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="177"/>
        <source>Processing id</source>
        <translation>Identifiant du traitement</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="180"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="183"/>
        <source>Objects found</source>
        <translation>Objets trouvés</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Images with at most this cloud cover.</source>
        <translation>Images ayant au plus cette couverture nuageuse.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images finer than this many metres per pixel.</source>
        <translation>Écarter les images plus fines que ce nombre de mètres par pixel.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images coarser than this many metres per pixel.</source>
        <translation>Écarter les images plus grossières que ce nombre de mètres par pixel.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images taken further than this from straight down.</source>
        <translation>Écarter les images prises plus loin que cet angle de la verticale.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images that cover less of the area of interest.</source>
        <translation>Écarter les images qui couvrent moins de la zone d'intérêt.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="53"/>
        <source>
&lt;p&gt;Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with &lt;i&gt;Run a Mapflow processing&lt;/i&gt; (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Recherche dans le catalogue d'imagerie Mapflow (les images satellite et aériennes des fournisseurs liés au compte) sur une zone, comme la page Catalogue de l'onglet Mapflow, et écrit les emprises des images trouvées avec leur date, couverture nuageuse, résolution, angle hors nadir, fournisseur et la part de la zone que couvre chacune. Une image peut ensuite être traitée avec &lt;i&gt;Lancer un traitement Mapflow&lt;/i&gt; (SOURCE_TYPE catalog, SOURCE son image_id, DATA_PROVIDER son fournisseur). Jusqu'à 1000 images sont gardées.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>to search</source>
        <translation>à rechercher</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="68"/>
        <source>First acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Premier jour d'acquisition (UTC, inclus). Vide : sans limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="71"/>
        <source>Last acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Dernier jour d'acquisition (UTC, inclus). Vide : sans limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="76"/>
        <source>Empty: no limit.</source>
        <translation>Vide : sans limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="76"/>
        <source>Default 20 %.</source>
        <translation>20 % par défaut.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only these providers, separated by commas. Empty: every provider of the account.</source>
        <translation>Seulement ces fournisseurs, séparés par des virgules. Vide : tous les fournisseurs du compte.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Leave out images the account cannot order or process.</source>
        <translation>Écarter les images que le compte ne peut ni commander ni traiter.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="92"/>
        <source>The footprints (multipolygons in WGS 84) with image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url and zoom.</source>
        <translation>Les emprises (multipolygones en WGS 84) avec image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url et zoom.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="97"/>
        <source>How many footprints were written.</source>
        <translation>Nombre d'emprises écrites.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="99"/>
        <source>How many images match (more than COUNT when over 1000).</source>
        <translation>Nombre d'images correspondantes (plus que COUNT au-delà de 1000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="121"/>
        <source>Searching the Mapflow catalog over {area}</source>
        <translation>Recherche dans le catalogue Mapflow sur {area}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="127"/>
        <source>, the first {kept} kept</source>
        <translation>, les {kept} premières gardées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="78"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="61"/>
        <source>The Mapflow account has no model {model}: use one of {names}</source>
        <translation>Le compte Mapflow n'a pas de modèle {model} : utilisez l'un de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="79"/>
        <source>{model} has no optional block {blocks}: use all, none or some of {names}</source>
        <translation>{model} n'a pas de bloc optionnel {blocks} : utilisez all, none ou certains de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="95"/>
        <source>
&lt;p&gt;Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With &lt;i&gt;Wait&lt;/i&gt; the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Exécute un modèle d'IA Mapflow (bâtiments, routes, forêt…) sur les polygones d'une couche, comme le fait l'onglet Mapflow : chaque polygone devient une zone du traitement ; la surface est vérifiée par rapport aux limites du compte et le coût est demandé avant tout démarrage. Avec &lt;i&gt;Attendre&lt;/i&gt;, l'algorithme suit le traitement jusqu'à sa fin et écrit ses résultats (les objets vectorisés) dans la couche de sortie ; sans cela, il renvoie aussitôt l'identifiant du traitement et les résultats peuvent être chargés plus tard depuis l'onglet Mapflow.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="109"/>
        <source>to process (each polygon becomes one Mapflow area)</source>
        <translation>à traiter (chaque polygone devient une zone Mapflow)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="111"/>
        <source>The AI model by name as the account lists it, with or without its emoji and in any case (Buildings, Roads, Forest, Construction sites…), or by id.</source>
        <translation>Le modèle d'IA par son nom tel que le compte le liste, avec ou sans son emoji et sans tenir compte de la casse (Buildings, Roads, Forest, Construction sites…), ou par son identifiant.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="116"/>
        <source>The model's optional blocks to enable, separated by commas (e.g. Classification, OSM); “all” (the default, as in the tab) or “none”.</source>
        <translation>Les blocs optionnels du modèle à activer, séparés par des virgules (par ex. Classification, OSM) ; « all » (par défaut, comme dans l'onglet) ou « none ».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="121"/>
        <source>Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is the URL template); tif, a GeoTIFF uploaded before (SOURCE is its s3:// URL); geotiff_file, a GeoTIFF on this computer that is uploaded first (SOURCE is its path); catalog, an image of the Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); provider, an imagery provider of the account such as Mapbox, processed at ZOOM without an image (SOURCE is the provider&apos;s name).</source>
        <translation>D'où vient l'imagerie : xyz, tms ou quadkey, des tuiles (SOURCE est le modèle d'URL) ; tif, un GeoTIFF téléversé auparavant (SOURCE est son URL s3://) ; geotiff_file, un GeoTIFF sur cet ordinateur qui est d'abord téléversé (SOURCE est son chemin) ; catalog, une image du catalogue Mapflow (SOURCE est son identifiant d'image, DATA_PROVIDER son fournisseur) ; mosaic, une mosaïque de la Data API (SOURCE est l'identifiant de la mosaïque) ; provider, un fournisseur d'imagerie du compte comme Mapbox, traité au ZOOM sans image (SOURCE est le nom du fournisseur).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} for quadkey), an s3:// URL, a file path, a catalog image id or a mosaic id.</source>
        <translation>L'imagerie comme l'indique SOURCE_TYPE : une URL avec {x}, {y}, {z} (ou {q} pour quadkey), une URL s3://, un chemin de fichier, un identifiant d'image du catalogue ou un identifiant de mosaïque.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>For SOURCE_TYPE catalog: the provider of the image, as Search the Mapflow catalog writes it in the provider field.</source>
        <translation>Pour SOURCE_TYPE catalog : le fournisseur de l'image, tel que Rechercher dans le catalogue Mapflow l'écrit dans le champ provider.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Tile zoom of the imagery (tile and catalog sources). Empty: the model&apos;s own zoom.</source>
        <translation>Niveau de zoom des tuiles de l'imagerie (sources tuiles et catalogue). Vide : le zoom propre au modèle.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="146"/>
        <source>Name shown in Mapflow. Empty: the model and the time, e.g. “Buildings 2024-06-01 14:30”.</source>
        <translation>Nom affiché dans Mapflow. Vide : le modèle et l'heure, par ex. « Buildings 2024-06-01 14:30 ».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="150"/>
        <source>The Mapflow project to put the processing in. Empty: the account&apos;s default project.</source>
        <translation>Le projet Mapflow où placer le traitement. Vide : le projet par défaut du compte.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Follow the processing until it ends and write its results to OUTPUT. Unchecked: return the processing id as soon as it has started (OUTPUT is then not written).</source>
        <translation>Suivre le traitement jusqu'à sa fin et écrire ses résultats dans OUTPUT. Décoché : renvoyer l'identifiant du traitement dès qu'il a démarré (OUTPUT n'est alors pas écrit).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>How often the status is asked for while waiting.</source>
        <translation>Fréquence à laquelle l'état est demandé pendant l'attente.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Stop waiting (the processing goes on in Mapflow) after this long; 0 waits without limit.</source>
        <translation>Cesser d'attendre (le traitement continue dans Mapflow) après cette durée ; 0 attend sans limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="171"/>
        <source>The objects the model found, with the attributes Mapflow gives them (class, confidence…), in WGS 84. A GeoPackage unless another format is chosen.</source>
        <translation>Les objets trouvés par le modèle, avec les attributs que Mapflow leur donne (classe, confiance…), en WGS 84. Un GeoPackage sauf si un autre format est choisi.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="177"/>
        <source>The id of the processing in Mapflow (to load it later from the tab).</source>
        <translation>L'identifiant du traitement dans Mapflow (pour le charger plus tard depuis l'onglet).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="180"/>
        <source>OK when the results were written; the current status when not waiting.</source>
        <translation>OK quand les résultats ont été écrits ; l'état courant sans attente.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="183"/>
        <source>How many result features were written (0 when not waiting).</source>
        <translation>Nombre d'entités de résultat écrites (0 sans attente).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="200"/>
        <source>No GeoTIFF at {path}</source>
        <translation>Aucun GeoTIFF à {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="203"/>
        <source>{name} is not a GeoTIFF</source>
        <translation>{name} n'est pas un GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="209"/>
        <source>A catalog image needs its provider (the provider field of the catalog search)</source>
        <translation>Une image du catalogue demande son fournisseur (le champ provider de la recherche dans le catalogue)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="222"/>
        <source>Waiting is for the results: give OUTPUT (a file or TEMPORARY_OUTPUT), or set WAIT to false to only start the processing</source>
        <translation>L'attente sert aux résultats : donnez OUTPUT (un fichier ou TEMPORARY_OUTPUT), ou mettez WAIT à false pour seulement démarrer le traitement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="251"/>
        <source>Starting “{name}”: {model} on {km2} km² in %Ln area(s) from {source}</source>
        <translation>
            <numerusform>Démarrage de « {name} » : {model} sur {km2} km² en %Ln zone depuis {source}</numerusform>
            <numerusform>Démarrage de « {name} » : {model} sur {km2} km² en %Ln zones depuis {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="254"/>
        <source>, cost {cost}</source>
        <translation>, coût {cost}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="258"/>
        <source>Mapflow processing {id} started</source>
        <translation>Traitement Mapflow {id} démarré</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="265"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="266"/>
        <source>Processing {id} ended {status}: {reason}</source>
        <translation>Le traitement {id} s'est terminé en {status} : {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="284"/>
        <source>The Mapflow account has no project {project}: use one of {names}</source>
        <translation>Le compte Mapflow n'a pas de projet {project} : utilisez l'un de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="299"/>
        <source>stopped waiting; processing {id} goes on in Mapflow</source>
        <translation>attente arrêtée ; le traitement {id} continue dans Mapflow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/catalog.py" line="125"/>
        <source>%Ln image(s) found</source>
        <translation>
            <numerusform>%Ln image trouvée</numerusform>
            <numerusform>%Ln images trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="275"/>
        <source>%Ln object(s) written</source>
        <translation>
            <numerusform>%Ln objet écrit</numerusform>
            <numerusform>%Ln objets écrits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="49"/>
        <source>Captured from</source>
        <translation>Prises du</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="52"/>
        <source>Captured until</source>
        <translation>Prises jusqu'au</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="55"/>
        <source>Panoramas only</source>
        <translation>Panoramas uniquement</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="58"/>
        <source>Creator (Mapillary username)</source>
        <translation>Auteur (nom d'utilisateur Mapillary)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>Mapillary images</source>
        <translation>Images Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="68"/>
        <source>Images found</source>
        <translation>Images trouvées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="70"/>
        <source>Cells at the cap</source>
        <translation>Cellules au plafond</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="34"/>
        <source>
&lt;p&gt;Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary&apos;s bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to &lt;i&gt;Download images&lt;/i&gt; to fetch the pictures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trouve les images Mapillary au niveau de la rue prises dans une zone, comme le fait l'onglet Mapillary : la zone est découpée en cellules sous la limite d'emprise de Mapillary (un paramètre de l'extension), une cellule qui renvoie le plafond de 2000 images est redécoupée, et chaque image n'est gardée qu'une fois. Le résultat est une couche de points des positions de la caméra avec l'identifiant de l'image, l'heure de prise de vue, l'angle de boussole, l'indicateur de panorama, l'auteur, la séquence et la caméra. Donnez-la à &lt;i&gt;Télécharger des images&lt;/i&gt; pour récupérer les photos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>to search</source>
        <translation>à rechercher</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="49"/>
        <source>First capture day (UTC, included). Empty: no lower limit.</source>
        <translation>Premier jour de prise de vue (UTC, inclus). Vide : pas de limite inférieure.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="52"/>
        <source>Last capture day (UTC, included). Empty: up to today.</source>
        <translation>Dernier jour de prise de vue (UTC, inclus). Vide : jusqu'à aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="55"/>
        <source>Keep only 360° panoramas. Default: every image.</source>
        <translation>Ne garder que les panoramas à 360°. Par défaut : toutes les images.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="58"/>
        <source>Only images uploaded by this Mapillary user (without @). Empty: anyone.</source>
        <translation>Seulement les images téléversées par cet utilisateur Mapillary (sans @). Vide : n'importe qui.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>The images as points in WGS 84, one per image, with a local_path field that Download images fills.</source>
        <translation>Les images en points en WGS 84, une par image, avec un champ local_path que remplit Télécharger des images.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="68"/>
        <source>How many images were found.</source>
        <translation>Nombre d'images trouvées.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="70"/>
        <source>Cells that still returned 2000 images after being split: images are missing there (search a smaller area or fewer dates). 0 when complete.</source>
        <translation>Cellules qui renvoyaient encore 2000 images après découpage : des images y manquent (recherchez une zone plus petite ou moins de dates). 0 quand tout est complet.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="92"/>
        <source>Searching Mapillary: {filters}</source>
        <translation>Recherche dans Mapillary : {filters}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="95"/>
        <source>Searching Mapillary</source>
        <translation>Recherche dans Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="99"/>
        <source>{done} of {total} cells, %Ln image(s)</source>
        <translation>
            <numerusform>{done} cellules sur {total}, %Ln image</numerusform>
            <numerusform>{done} cellules sur {total}, %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="103"/>
        <source>%Ln image(s) in {requests} requests</source>
        <translation>
            <numerusform>%Ln image en {requests} requêtes</numerusform>
            <numerusform>%Ln images en {requests} requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="106"/>
        <source>%Ln cell(s) still hit Mapillary&apos;s 2000-image cap: some images there are missing; search a smaller area or fewer dates</source>
        <translation>
            <numerusform>%Ln cellule atteint encore le plafond de 2000 images de Mapillary : des images y manquent ; recherchez une zone plus petite ou moins de dates</numerusform>
            <numerusform>%Ln cellules atteignent encore le plafond de 2000 images de Mapillary : des images y manquent ; recherchez une zone plus petite ou moins de dates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="44"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="75"/>
        <source>{what} cancelled</source>
        <translation>{what} annulé</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="75"/>
        <source>Operation cancelled</source>
        <translation>Opération annulée</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Panel</name>
    <message>
        <location filename="../../ui/dock.py" line="86"/>
        <source>Imagery Hub searches and downloads imagery from the services below. Add a key or token for each service you use.</source>
        <translation>Imagery Hub recherche et télécharge des images auprès des services ci-dessous. Ajoutez une clé ou un jeton pour chaque service que vous utilisez.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="97"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="102"/>
        <source>Help on the settings (opens the README)</source>
        <translation>Aide sur les paramètres (ouvre le README)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>✓ ready</source>
        <translation>✓ prêt</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>not set up</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="138"/>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="142"/>
        <source>Services and settings</source>
        <translation>Services et paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="230"/>
        <source>Filter the results…</source>
        <translation>Filtrer les résultats…</translation>
    </message>
    <message>
        <location filename="../../ui/service_tab.py" line="45"/>
        <source>Draw or pick an area of interest first (top of the panel)</source>
        <translation>Dessinez ou choisissez d'abord une zone d'intérêt (en haut du panneau)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Plugin</name>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download selected Spexi images</source>
        <translation>Télécharger les images Spexi sélectionnées</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Use as Mapflow AOI</source>
        <translation>Utiliser comme zone d'intérêt Mapflow</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>Lancer un traitement Mapflow sur les entités sélectionnées</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload to Mapflow</source>
        <translation>Téléverser dans Mapflow</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download Imago images for selected features</source>
        <translation>Télécharger les images Imago des entités sélectionnées</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload photos to Imago</source>
        <translation>Téléverser des photos dans Imago</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="111"/>
        <source>Show or hide the Imagery Hub panel</source>
        <translation>Afficher ou masquer le panneau Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="113"/>
        <source>Imagery Hub Settings…</source>
        <translation>Paramètres d'Imagery Hub…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="118"/>
        <source>Imagery Hub: Draw Area of Interest</source>
        <translation>Imagery Hub : dessiner la zone d'intérêt</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="122"/>
        <source>Imagery Hub: Search in Current Tab</source>
        <translation>Imagery Hub : rechercher dans l'onglet actuel</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="138"/>
        <source>Use as Imagery Hub Area of Interest</source>
        <translation>Utiliser comme zone d'intérêt d'Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="145"/>
        <source>Render NDVI for this scene</source>
        <translation>Calculer le NDVI de cette scène</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="120"/>
        <source>Search even when it needs many requests</source>
        <translation>Rechercher même s'il faut beaucoup de requêtes</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="166"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation>{service} à {url} (identifiants depuis l'environnement)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="168"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation>{service} à {url} (identifiants depuis les paramètres)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="209"/>
        <source>Cancelled while writing the results</source>
        <translation>Annulé pendant l'écriture des résultats</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="211"/>
        <source>Could not write a feature: {error}</source>
        <translation>Impossible d'écrire une entité : {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="34"/>
        <source>Download images</source>
        <translation>Télécharger des images</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="35"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Variant / size</source>
        <translation>Variante / taille</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>Downloads at once</source>
        <translation>Téléchargements simultanés</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>Results with local paths</source>
        <translation>Résultats avec les chemins locaux</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>Images downloaded</source>
        <translation>Images téléchargées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Images not downloaded</source>
        <translation>Images non téléchargées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="58"/>
        <source>Search EOSDA satellite scenes</source>
        <translation>Rechercher des scènes satellite EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="140"/>
        <source>Render an EOSDA scene</source>
        <translation>Rendre une scène EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="48"/>
        <source>Download Imago images</source>
        <translation>Télécharger des images Imago</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="40"/>
        <source>Upload photos to Imago</source>
        <translation>Téléverser des photos dans Imago</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="33"/>
        <source>Area of interest (polygon layer)</source>
        <translation>Zone d'intérêt (couche de polygones)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>Area of interest (extent)</source>
        <translation>Zone d'intérêt (emprise)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="50"/>
        <source>Give the area either as a polygon layer (AOI) or as an extent (EXTENT), not both</source>
        <translation>Donnez la zone soit comme couche de polygones (AOI), soit comme emprise (EXTENT), pas les deux</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="55"/>
        <source>The AOI layer has no polygon features (or none is selected)</source>
        <translation>La couche AOI n'a aucune entité polygone (ou aucune n'est sélectionnée)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="61"/>
        <source>The extent is empty: give xmin,xmax,ymin,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>L'emprise est vide : donnez xmin,xmax,ymin,ymax avec xmin &lt; xmax et ymin &lt; ymax</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="65"/>
        <source>Give an area of interest: a polygon layer (AOI) or an extent (EXTENT)</source>
        <translation>Donnez une zone d'intérêt : une couche de polygones (AOI) ou une emprise (EXTENT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="84"/>
        <source>{value} is not a date: write it as YYYY-MM-DD</source>
        <translation>{value} n'est pas une date : écrivez-la AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="91"/>
        <source>{start_name} ({start}) is after {end_name} ({end}): swap them</source>
        <translation>{start_name} ({start}) est après {end_name} ({end}) : inversez-les</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="46"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation>Rechercher dans le catalogue d'imagerie Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="88"/>
        <source>Run a Mapflow processing</source>
        <translation>Lancer un traitement Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="29"/>
        <source>Search Mapillary images</source>
        <translation>Rechercher des images Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="77"/>
        <source>Search Spexi drone images</source>
        <translation>Rechercher des images de drone Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="207"/>
        <source>Spexi views of a point</source>
        <translation>Vues Spexi d'un point</translation>
    </message>
    <message>
        <location filename="../../processing_provider/access.py" line="92"/>
        <source>No {service} credentials: add them in Imagery Hub settings, or set {variable} for a headless run</source>
        <translation>Aucun identifiant {service} : ajoutez-les dans les paramètres d'Imagery Hub, ou définissez {variable} pour une exécution sans interface</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="121"/>
        <source>A search estimated above {soft} requests (setting budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is always refused. Default: not set.</source>
        <translation>Une recherche estimée à plus de {soft} requêtes (paramètre budget/soft_limit) est refusée sauf si ceci est coché ; au-delà de {hard} (budget/hard_limit), elle est toujours refusée. Par défaut : non coché.</translation>
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
        <translation>&lt;p&gt;Télécharge dans un dossier les images d'une couche produite par l'une des recherches d'Imagery Hub, et réécrit la couche avec le fichier de chaque entité dans &lt;code&gt;local_path&lt;/code&gt;. Les champs de la couche indiquent quelle recherche l'a produite : {kinds}. Seulement les entités sélectionnées quand « Entités sélectionnées uniquement » est coché. Les fichiers sont récupérés plusieurs à la fois, repris après une coupure de connexion et jamais laissés à moitié écrits ; une image en échec n'arrête pas les autres (chacune est listée dans le journal).&lt;/p&gt;&lt;p&gt;Les identifiants sont ceux du service dont vient la couche, comme pour sa recherche : les paramètres d'Imagery Hub, ou &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; et &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_URL&lt;/code&gt; en exécution sans interface (les aperçus du catalogue Mapflow n'en demandent aucun).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Footprints or points written by an Imagery Hub search (in a GeoPackage or as the layer it made), with their fields unchanged.</source>
        <translation>Emprises ou points écrits par une recherche d'Imagery Hub (dans un GeoPackage ou comme la couche qu'elle a produite), avec leurs champs inchangés.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Which file of each image: best (the fullest the service offers), original, zoomed (Spexi), 2048, 1024 or 256 pixels wide (Mapillary thumbnails), or preview (Mapflow catalog).</source>
        <translation>Quel fichier de chaque image : best (le plus complet qu'offre le service), original, zoomed (Spexi), 2048, 1024 ou 256 pixels de large (vignettes Mapillary), ou preview (catalogue Mapflow).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Where the images are saved, named after the image id and the variant as the service&apos;s tab names them.</source>
        <translation>Où les images sont enregistrées, nommées d'après l'identifiant de l'image et la variante comme les nomme l'onglet du service.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>INPUT&apos;s features with the downloaded file of each in {field} (empty where none arrived).</source>
        <translation>Les entités de INPUT avec le fichier téléchargé de chacune dans {field} (vide là où rien n'est arrivé).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>How many files arrived.</source>
        <translation>Nombre de fichiers arrivés.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Features whose image did not arrive or that have none (each listed in the log).</source>
        <translation>Entités dont l'image n'est pas arrivée ou qui n'en ont pas (chacune listée dans le journal).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="98"/>
        <source>the layer has no features</source>
        <translation>la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="100"/>
        <source>Nothing to download in INPUT ({reasons})</source>
        <translation>Rien à télécharger dans INPUT ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="119"/>
        <source>Feature {fid}: {why}</source>
        <translation>Entité {fid} : {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="122"/>
        <source>Cancelled: the layer lists the images that arrived</source>
        <translation>Annulé : la couche liste les images arrivées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="125"/>
        <source>No image arrived: {error}</source>
        <translation>Aucune image n'est arrivée : {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="45"/>
        <source>{images} come as {variants}, not {wanted}</source>
        <translation>{images} existent en {variants}, pas en {wanted}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="65"/>
        <source>Spexi images</source>
        <translation>Images Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="75"/>
        <source>no {variant} link</source>
        <translation>pas de lien {variant}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="87"/>
        <source>Mapillary images</source>
        <translation>Images Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="106"/>
        <source>Mapflow catalog scenes</source>
        <translation>Scènes du catalogue Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="115"/>
        <source>no picture preview ({kind})</source>
        <translation>pas d'aperçu image ({kind})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="129"/>
        <source>EOSDA scenes</source>
        <translation>Scènes EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="133"/>
        <source>EOSDA scenes are rendered rather than downloaded: use Render an EOSDA scene (imagery_hub:eosda_render) with a view_id of this layer</source>
        <translation>Les scènes EOSDA se rendent au lieu de se télécharger : utilisez Rendre une scène EOSDA (imagery_hub:eosda_render) avec un view_id de cette couche</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="147"/>
        <source>INPUT is not a layer of an Imagery Hub search: downloads work on {kinds}</source>
        <translation>INPUT n'est pas une couche d'une recherche d'Imagery Hub : les téléchargements portent sur {kinds}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="28"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="30"/>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="34"/>
        <source> and {variable} (the username; without it the key is an API token)</source>
        <translation> et {variable} (le nom d'utilisateur ; sans lui la clé est un jeton d'API)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="37"/>
        <source>The {service} credentials of the Imagery Hub settings (kept in the QGIS Authentication Manager) and its API URL. For headless runs set {key_variable}{extra}, and {url_variable} to use another server (a sandbox); a variable that is set wins over the settings.</source>
        <translation>Les identifiants {service} des paramètres d'Imagery Hub (conservés dans le gestionnaire d'authentification de QGIS) et son URL d'API. Pour une exécution sans interface, définissez {key_variable}{extra}, et {url_variable} pour utiliser un autre serveur (un bac à sable) ; une variable définie l'emporte sur les paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="41"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="45"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="28"/>
        <source>Polygon layer whose features (only the selected ones when “Selected features only” is checked) form the area {what}. Any CRS; it is transformed to WGS 84.</source>
        <translation>Couche de polygones dont les entités (seulement les entités sélectionnées quand « Entités sélectionnées uniquement » est coché) forment la zone {what}. N'importe quel SCR ; elle est transformée en WGS 84.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="32"/>
        <source>Give this or EXTENT.</source>
        <translation>Donnez ceci ou EXTENT.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>A rectangle instead of a layer: the area {what}. On the command line “xmin,xmax,ymin,ymax [EPSG:4326]”.</source>
        <translation>Un rectangle au lieu d'une couche : la zone {what}. En ligne de commande « xmin,xmax,ymin,ymax [EPSG:4326] ».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>At most how many images are fetched at the same time: it starts at 4 and takes more while more make the download faster. Empty: the Imagery Hub setting (16 by default).</source>
        <translation>Nombre maximal d'images récupérées en même temps : il commence à 4 et en prend davantage tant que cela accélère le téléchargement. Vide : le paramètre d'Imagery Hub (16 par défaut).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/download_images.py" line="112"/>
        <source>Downloading %Ln file(s) of {what} to {folder}, up to {at_once} at a time</source>
        <translation>
            <numerusform>Téléchargement de %Ln fichier ({what}) vers {folder}, jusqu'à {at_once} à la fois</numerusform>
            <numerusform>Téléchargement de %Ln fichiers ({what}) vers {folder}, jusqu'à {at_once} à la fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="50"/>
        <source>Imagery inventory of an area</source>
        <translation>Inventaire d'imagerie d'une zone</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="51"/>
        <source>Imagery inventory</source>
        <translation>Inventaire d'imagerie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="144"/>
        <source>{parameter}: {error}</source>
        <translation>{parameter} : {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="186"/>
        <source>Cancelled: {reason}</source>
        <translation>Annulé : {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="49"/>
        <source>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA and Seequent Imago</source>
        <translation>Imagery Hub : Spexi, Mapillary, Mapflow, EOSDA et Seequent Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/i18n.py" line="109"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation>vérifiez la clé ou le jeton dans les paramètres d'Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="110"/>
        <source>{requests}, {duration}</source>
        <translation>{requests}, {duration}</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="112"/>
        <source>under a minute</source>
        <translation>moins d'une minute</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="116"/>
        <source>draw a smaller area</source>
        <translation>dessinez une zone plus petite</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="117"/>
        <source>draw a smaller area or search around a point</source>
        <translation>dessinez une zone plus petite ou recherchez autour d'un point</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="119"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation>dessinez une zone plus petite ou resserrez les dates</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="121"/>
        <source>narrow the dates</source>
        <translation>resserrez les dates</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="122"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation>Cette recherche {service} demande {cost} — rechercher quand même ?</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="124"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation>La zone d'intérêt demande {cost} ({service} recherche au plus {limit} requêtes) : {advice}</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="126"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation>La zone d'intérêt demande {cost} : {advice}, ou cochez {parameter} pour rechercher quand même</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="111"/>
        <source>about %Ln request(s)</source>
        <translation>
            <numerusform>environ %Ln requête</numerusform>
            <numerusform>environ %Ln requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="113"/>
        <source>roughly %Ln minute(s)</source>
        <translation>
            <numerusform>environ %Ln minute</numerusform>
            <numerusform>environ %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="114"/>
        <source>roughly %Ln hour(s)</source>
        <translation>
            <numerusform>environ %Ln heure</numerusform>
            <numerusform>environ %Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="115"/>
        <source>roughly %Ln day(s)</source>
        <translation>
            <numerusform>environ %Ln jour</numerusform>
            <numerusform>environ %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading from (°)</source>
        <translation>Cap à partir de (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading to (°)</source>
        <translation>Cap jusqu'à (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude from (m)</source>
        <translation>Altitude à partir de (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude to (m)</source>
        <translation>Altitude jusqu'à (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>Lowest pitch (°)</source>
        <translation>Tangage le plus bas (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>Highest pitch (°)</source>
        <translation>Tangage le plus haut (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="56"/>
        <source>Captured from</source>
        <translation>Prises du</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="58"/>
        <source>Captured until</source>
        <translation>Prises jusqu'au</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="98"/>
        <source>Camera pitch</source>
        <translation>Tangage de la caméra</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="113"/>
        <source>Capture types</source>
        <translation>Types de prise de vue</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Focused on the area</source>
        <translation>Centrées sur la zone</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Maximum images</source>
        <translation>Nombre maximal d'images</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="131"/>
        <source>Spexi footprints</source>
        <translation>Emprises Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="135"/>
        <source>Spexi camera positions</source>
        <translation>Positions de caméra Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="139"/>
        <source>Images found</source>
        <translation>Images trouvées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="141"/>
        <source>Cells searched</source>
        <translation>Cellules recherchées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="222"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="226"/>
        <source>Spexi views</source>
        <translation>Vues Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="230"/>
        <source>Views found</source>
        <translation>Vues trouvées</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>The camera's compass direction, 0° north, 90° east. Give HEADING_MIN and HEADING_MAX together. Empty: any.</source>
        <translation>La direction de la caméra à la boussole, 0° nord, 90° est. Donnez HEADING_MIN et HEADING_MAX ensemble. Vide : n'importe laquelle.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>The drone&apos;s height above the ground. Give ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.</source>
        <translation>La hauteur du drone au-dessus du sol. Donnez ALTITUDE_MIN et ALTITUDE_MAX ensemble. Vide : n'importe laquelle.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>With PITCH range: the lowest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>Avec PITCH range : le tangage de caméra le plus bas, de −135° à 45° (−90° regarde droit vers le bas).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>With PITCH range: the highest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>Avec PITCH range : le tangage de caméra le plus haut, de −135° à 45° (−90° regarde droit vers le bas).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="56"/>
        <source>First capture day (UTC, included). Empty: no limit.</source>
        <translation>Premier jour de prise de vue (UTC, inclus). Vide : sans limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="58"/>
        <source>Last capture day (UTC, included). Empty: today when DATE_FROM is given, else no limit.</source>
        <translation>Dernier jour de prise de vue (UTC, inclus). Vide : aujourd'hui quand DATE_FROM est donné, sinon sans limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="67"/>
        <source>Give DATE_FROM as well: the first day of the captures</source>
        <translation>Donnez aussi DATE_FROM : le premier jour des prises de vue</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="83"/>
        <source>
&lt;p&gt;Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that &lt;i&gt;Download images&lt;/i&gt; fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trouve les images de drone Spexi sur une zone avec les filtres de l'onglet Spexi (tangage, cap et altitude de la caméra, dates et types de prise de vue) et écrit deux couches : les emprises (ce que montre chaque image) et les positions de la caméra, avec l'identifiant de l'image, le rang, le type et l'heure de prise de vue, le cap, le tangage, le roulis, l'altitude, la distance, les liens des images originales et agrandies et un local_path vide que remplit &lt;i&gt;Télécharger des images&lt;/i&gt;. Les zones au-delà de la limite de 1 km² de Spexi sont recherchées cellule par cellule et fusionnées, chaque image une fois.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="97"/>
        <source>to search (any size: over 1 km² it is searched cell by cell)</source>
        <translation>à rechercher (toute taille : au-delà de 1 km², elle est recherchée cellule par cellule)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="98"/>
        <source>any; nadir (−90°, straight down); oblique (−60°); or range, from PITCH_MIN to PITCH_MAX.</source>
        <translation>any ; nadir (−90°, droit vers le bas) ; oblique (−60°) ; ou range, de PITCH_MIN à PITCH_MAX.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="113"/>
        <source>orthomosaic (nadir mapping images), oblique (tilted views of building sides), panorama (near-horizontal views from higher up). Default: all three.</source>
        <translation>orthomosaic (images de cartographie au nadir), oblique (vues inclinées des façades), panorama (vues presque horizontales prises de plus haut). Par défaut : les trois.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Spexi leaves out images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Unchecked: every intersecting image.</source>
        <translation>Spexi écarte les images où la zone est au bord du cadre et classe les autres selon la place qu'elle y occupe. Décoché : toutes les images qui l'intersectent.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Stop after this many images (default {count}, as in the tab).</source>
        <translation>S'arrêter après ce nombre d'images ({count} par défaut, comme dans l'onglet).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="131"/>
        <source>What each image shows, as polygons in WGS 84, with the fields listed above.</source>
        <translation>Ce que montre chaque image, en polygones en WGS 84, avec les champs listés ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="135"/>
        <source>Where each image was taken from, as points in WGS 84, with the same fields.</source>
        <translation>D'où chaque image a été prise, en points en WGS 84, avec les mêmes champs.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="139"/>
        <source>How many images were written.</source>
        <translation>Nombre d'images écrites.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="141"/>
        <source>How many pieces of under 1 km² the area was searched in.</source>
        <translation>En combien de morceaux de moins de 1 km² la zone a été recherchée.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="151"/>
        <source>PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)</source>
        <translation>PITCH_MIN et PITCH_MAX vont avec PITCH range (qui en a besoin)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="190"/>
        <source>Searching Spexi over {area}</source>
        <translation>Recherche Spexi sur {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="192"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="212"/>
        <source>
&lt;p&gt;Asks Spexi for the best images of one place, as the Spexi tab&apos;s multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in &lt;code&gt;view&lt;/code&gt; and the Spexi result fields, so
&lt;i&gt;Download images&lt;/i&gt; takes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Demande à Spexi les meilleures images d'un lieu, comme l'outil multivue de l'onglet Spexi : une vue au nadir d'en haut et des vues obliques regardant vers le nord, l'est, le sud et l'ouest (une vue pour laquelle Spexi n'a pas d'image manque). Les emprises sont accompagnées de la vue qu'elles montrent dans &lt;code&gt;view&lt;/code&gt; et des champs de résultat Spexi, si bien que &lt;i&gt;Télécharger des images&lt;/i&gt; les accepte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="222"/>
        <source>The place to see from five sides; any CRS (on the command line “x,y [EPSG:code]”).</source>
        <translation>Le lieu à voir de cinq côtés ; n'importe quel SCR (en ligne de commande « x,y [EPSG:code] »).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="226"/>
        <source>One footprint per view (nadir, north, east, south, west) in WGS 84, with view and the Spexi result fields.</source>
        <translation>Une emprise par vue (nadir, nord, est, sud, ouest) en WGS 84, avec view et les champs de résultat Spexi.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="230"/>
        <source>How many of the five views exist.</source>
        <translation>Combien des cinq vues existent.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="245"/>
        <source>Asking Spexi for the views of {lon}, {lat}</source>
        <translation>Demande à Spexi des vues de {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="248"/>
        <source>Views: {views}</source>
        <translation>Vues : {views}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="248"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="171"/>
        <source>{name} needs both {name}_MIN and {name}_MAX</source>
        <translation>{name} demande à la fois {name}_MIN et {name}_MAX</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="184"/>
        <source>cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>cellule {cell} sur {cells}, page {page}, %Ln image reçue</numerusform>
            <numerusform>cellule {cell} sur {cells}, page {page}, %Ln images reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="195"/>
        <source>%Ln feature(s) Spexi sent could not be read (geometry, capture date or camera position) and were left out</source>
        <translation>
            <numerusform>%Ln entité envoyée par Spexi n'a pas pu être lue (géométrie, date de prise de vue ou position de la caméra) et a été écartée</numerusform>
            <numerusform>%Ln entités envoyées par Spexi n'ont pas pu être lues (géométrie, date de prise de vue ou position de la caméra) et ont été écartées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHubTask</name>
    <message>
        <location filename="../../core/tasks.py" line="66"/>
        <source>{service} asked us to wait {seconds} s — retrying</source>
        <translation>{service} nous a demandé d'attendre {seconds} s — nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="68"/>
        <source>{service} answered HTTP {status} — retrying in {seconds} s</source>
        <translation>{service} a répondu HTTP {status} — nouvelle tentative dans {seconds} s</translation>
    </message>
</context>
<context>
    <name>ImagoTab</name>
    <message>
        <location filename="../../ui/imago/tab.py" line="107"/>
        <source>Account and collection</source>
        <translation>Compte et collection</translation>
    </message>
</context>
<context>
    <name>MapflowTab</name>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="58"/>
        <source>New processing on the AOI</source>
        <translation>Nouveau traitement sur la zone d'intérêt</translation>
    </message>
</context>
<context>
    <name>MapillaryTab</name>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="117"/>
        <source>Size of the downloaded images</source>
        <translation>Taille des images téléchargées</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="150"/>
        <source>Search settings</source>
        <translation>Paramètres de recherche</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="265"/>
        <source>{count:,} images (from the project).</source>
        <translation>{count:,} images (depuis le projet).</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="140"/>
        <source>Pictures</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="142"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>Afficher les résultats en vignettes plutôt qu'en tableau</translation>
    </message>
</context>
<context>
    <name>MapillaryViewer</name>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="158"/>
        <source>%n detection(s) could not be read and are not drawn</source>
        <translation>
            <numerusform>%n détection n'a pas pu être lue et n'est pas dessinée</numerusform>
            <numerusform>%n détections n'ont pas pu être lues et ne sont pas dessinées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpexiTab</name>
    <message>
        <location filename="../../ui/spexi/tab.py" line="106"/>
        <source>Pictures</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="108"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>Afficher les résultats en vignettes plutôt qu'en tableau</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="116"/>
        <source>Search settings</source>
        <translation>Paramètres de recherche</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="233"/>
        <source>{count:,} images in “{group}” (from the project).</source>
        <translation>{count:,} images dans « {group} » (depuis le projet).</translation>
    </message>
</context>
</TS>
