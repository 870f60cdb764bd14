<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{} search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="76"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="80"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="84"/>
        <source>Maximum cloud cover (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Only scenes covering the whole area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="93"/>
        <source>EOSDA scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="97"/>
        <source>Scenes written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="99"/>
        <source>Scenes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="147"/>
        <source>Scene (view id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>Bands or index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>Band expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>Pixel size (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="164"/>
        <source>Image format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="169"/>
        <source>Colormap id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="174"/>
        <source>Levels (low,high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="178"/>
        <source>Resampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>First check after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="188"/>
        <source>Rendered raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>Width (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>Height (px)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/i18n.py" line="83"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="84"/>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="85"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="86"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="88"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="89"/>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="90"/>
        <source>The service reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="91"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="181"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageryHub.Imago</name>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Imagery type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Image type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="20"/>
        <source>Start depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="20"/>
        <source>End depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="69"/>
        <source>Features naming imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="76"/>
        <source>Collection field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="76"/>
        <source>Imagery name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="76"/>
        <source>Start depth field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="76"/>
        <source>End depth field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="64"/>
        <source>Imagery name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="95"/>
        <source>Imagery id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="98"/>
        <source>Width (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="102"/>
        <source>Path field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="106"/>
        <source>Downloads at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="111"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Features with image paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="118"/>
        <source>Images downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="120"/>
        <source>Images not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="61"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="74"/>
        <source>Elevation (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Upload report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="82"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="82"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="82"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="82"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Maximum cloud cover (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Finest resolution (m/px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Coarsest resolution (m/px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Largest off-nadir angle (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Smallest share of the area covered (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="66"/>
        <source>Acquired from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="69"/>
        <source>Acquired until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="80"/>
        <source>Data providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only images available for processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Catalog footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="91"/>
        <source>Images written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>Images found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="106"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="110"/>
        <source>Optional blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="114"/>
        <source>Imagery source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="123"/>
        <source>Imagery (URL, path or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="126"/>
        <source>Catalog data provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="130"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="134"/>
        <source>Processing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Project (id or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Wait for the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="145"/>
        <source>Check every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="149"/>
        <source>Give up waiting after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Mapflow results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>Processing id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="162"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Objects found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="47"/>
        <source>Captured from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="50"/>
        <source>Captured until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="53"/>
        <source>Panoramas only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="56"/>
        <source>Creator (Mapillary username)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="61"/>
        <source>Mapillary images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="65"/>
        <source>Images found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="67"/>
        <source>Cells at the cap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="43"/>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="74"/>
        <source>{what} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="74"/>
        <source>Operation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="119"/>
        <source>Search even when it needs many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="162"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="164"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="205"/>
        <source>Cancelled while writing the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="207"/>
        <source>Could not write a feature: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="34"/>
        <source>Download images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="35"/>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="54"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="58"/>
        <source>Variant / size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="63"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="66"/>
        <source>Downloads at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>Results with local paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="75"/>
        <source>Images downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="78"/>
        <source>Images not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="58"/>
        <source>Search EOSDA satellite scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="130"/>
        <source>Render an EOSDA scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="48"/>
        <source>Download Imago images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="40"/>
        <source>Upload photos to Imago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="29"/>
        <source>Area of interest (polygon layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="34"/>
        <source>Area of interest (extent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="47"/>
        <source>Give the area either as a polygon layer (AOI) or as an extent (EXTENT), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="52"/>
        <source>The AOI layer has no polygon features (or none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="58"/>
        <source>The extent is empty: give xmin,xmax,ymin,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="62"/>
        <source>Give an area of interest: a polygon layer (AOI) or an extent (EXTENT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="81"/>
        <source>{value} is not a date: write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="88"/>
        <source>{start_name} ({start}) is after {end_name} ({end}): swap them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="46"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="86"/>
        <source>Run a Mapflow processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="29"/>
        <source>Search Mapillary images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="71"/>
        <source>Search Spexi drone images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="187"/>
        <source>Spexi views of a point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/i18n.py" line="97"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="98"/>
        <source>{requests}, {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="99"/>
        <source>about %n request(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="100"/>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="101"/>
        <source>roughly %n minute(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="102"/>
        <source>roughly %n hour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="103"/>
        <source>roughly %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="104"/>
        <source>draw a smaller area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="105"/>
        <source>draw a smaller area or search around a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="107"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="109"/>
        <source>narrow the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="110"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="112"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="114"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading from (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading to (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude from (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude to (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="44"/>
        <source>Lowest pitch (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="44"/>
        <source>Highest pitch (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="50"/>
        <source>Captured from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="52"/>
        <source>Captured until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="90"/>
        <source>Camera pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="104"/>
        <source>Capture types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="110"/>
        <source>Focused on the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="114"/>
        <source>Maximum images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="119"/>
        <source>Spexi footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="122"/>
        <source>Spexi camera positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Images found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="127"/>
        <source>Cells searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="200"/>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="203"/>
        <source>Spexi views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="207"/>
        <source>Views found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapillaryViewer</name>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="158"/>
        <source>%n detection(s) could not be read and are not drawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
