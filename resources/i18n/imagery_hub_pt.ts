<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{} search</source>
        <translation>Busca no {}</translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation>Uma área menor ou filtros mais estreitos precisam de menos requisições.</translation>
    </message>
</context>
<context>
    <name>EosdaTab</name>
    <message>
        <location filename="../../ui/eosda/tab.py" line="101"/>
        <source>Render options</source>
        <translation>Opções de renderização</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="113"/>
        <source>Search settings</source>
        <translation>Configurações de busca</translation>
    </message>
</context>
<context>
    <name>FoldingForm</name>
    <message>
        <location filename="../../ui/folding.py" line="51"/>
        <source>Show or hide the search settings</source>
        <translation>Mostrar ou ocultar as configurações de busca</translation>
    </message>
    <message>
        <location filename="../../ui/folding.py" line="62"/>
        <source>Help on this tab (opens the README)</source>
        <translation>Ajuda desta aba (abre o README)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="78"/>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="82"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="86"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Cobertura de nuvens máxima (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="92"/>
        <source>Only scenes covering the whole area</source>
        <translation>Somente cenas que cobrem toda a área</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="98"/>
        <source>EOSDA scenes</source>
        <translation>Cenas EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="103"/>
        <source>Scenes written</source>
        <translation>Cenas gravadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="105"/>
        <source>Scenes found</source>
        <translation>Cenas encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>Scene (view id)</source>
        <translation>Cena (id da vista)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="163"/>
        <source>Bands or index</source>
        <translation>Bandas ou índice</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="168"/>
        <source>Band expression</source>
        <translation>Expressão de bandas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="173"/>
        <source>Pixel size (m)</source>
        <translation>Tamanho do pixel (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="179"/>
        <source>Image format</source>
        <translation>Formato da imagem</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="184"/>
        <source>Colormap id</source>
        <translation>Id da paleta de cores</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>Levels (low,high)</source>
        <translation>Níveis (baixo,alto)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="195"/>
        <source>Resampling</source>
        <translation>Reamostragem</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="200"/>
        <source>First check after (seconds)</source>
        <translation>Primeira verificação após (segundos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="206"/>
        <source>Rendered raster</source>
        <translation>Raster renderizado</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="209"/>
        <source>Width (px)</source>
        <translation>Largura (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="211"/>
        <source>Height (px)</source>
        <translation>Altura (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="64"/>
        <source>
&lt;p&gt;Searches EOSDA&apos;s Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what &lt;i&gt;Render an EOSDA scene&lt;/i&gt; takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Busca cenas Sentinel-2 ou Landsat 8 da EOSDA sobre uma área, como faz a aba EOSDA, e grava seus contornos com o id da vista, a data, o satélite, a cobertura de nuvens, a cobertura de dados e a parte da área que cada uma cobre. Um id de vista é o que &lt;i&gt;Renderizar uma cena EOSDA&lt;/i&gt; recebe. Intervalos de mais de um ano são pedidos um ano por vez, os mais recentes primeiro; até 2000 cenas são mantidas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>to search</source>
        <translation>a buscar</translation>
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
            <numerusform>Primeiro dia (incluído). Vazio: %Ln dia antes de DATE_TO.</numerusform>
            <numerusform>Primeiro dia (incluído). Vazio: %Ln dias antes de DATE_TO.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="86"/>
        <source>Last day (included). Empty: today.</source>
        <translation>Último dia (incluído). Vazio: hoje.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Scenes with at most this cloud cover. Default 30 %, as in the tab.</source>
        <translation>Cenas com no máximo esta cobertura de nuvens. Padrão 30 %, como na aba.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="92"/>
        <source>Keep only scenes whose data cover all of the area (CONTAINS); default: any overlap.</source>
        <translation>Manter somente cenas cujos dados cobrem toda a área (CONTAINS); padrão: qualquer sobreposição.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="98"/>
        <source>The scene footprints (multipolygons, WGS 84) with view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover and sun_elev.</source>
        <translation>Os contornos das cenas (multipolígonos, WGS 84) com view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover e sun_elev.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="103"/>
        <source>How many footprints were written.</source>
        <translation>Quantos contornos foram gravados.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="105"/>
        <source>How many scenes EOSDA reported (more than COUNT when over 2000).</source>
        <translation>Quantas cenas a EOSDA informou (mais que COUNT acima de 2000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="126"/>
        <source>Searching {dataset} scenes {start} – {end}</source>
        <translation>Buscando cenas {dataset} {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="129"/>
        <source>%Ln scene(s) of {found}</source>
        <translation>
            <numerusform>%Ln cena de {found}</numerusform>
            <numerusform>%Ln cenas de {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="129"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln cena</numerusform>
            <numerusform>%Ln cenas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="146"/>
        <source>
&lt;p&gt;Renders one EOSDA scene over an area with EOSDA&apos;s Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Renderiza uma cena EOSDA sobre uma área com o serviço Download visual da EOSDA, como faz a seção de renderização da aba EOSDA: uma predefinição (cor verdadeira ou falsa cor, NDVI, NDWI) ou uma expressão de bandas própria, recortada à área, no tamanho de pixel escolhido, e gravada como raster georreferenciado em Web Mercator (EPSG:3857). Os índices vêm coloridos com uma paleta de cores entre dois níveis.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>The view_id of a scene, as Search EOSDA satellite scenes writes it: S2/… for Sentinel-2, L8/… for Landsat 8.</source>
        <translation>O view_id de uma cena, como Buscar cenas de satélite EOSDA o grava: S2/… para Sentinel-2, L8/… para Landsat 8.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="162"/>
        <source>to render (one polygon)</source>
        <translation>a renderizar (um polígono)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="163"/>
        <source>true_color, false_color (near infrared), ndvi, ndwi, or custom to use EXPRESSION.</source>
        <translation>true_color, false_color (infravermelho próximo), ndvi, ndwi, ou custom para usar EXPRESSION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="168"/>
        <source>With PRESET custom: bands separated by commas for an RGB composite (B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). Band names of the scene&apos;s dataset.</source>
        <translation>Com PRESET custom: bandas separadas por vírgulas para uma composição RGB (B08,B04,B03) ou uma expressão para um índice ((B08-B04)/(B08+B04)). Nomes de bandas do conjunto de dados da cena.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="173"/>
        <source>Ground size of a pixel in metres. Empty: the dataset&apos;s native size (10 m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a side.</source>
        <translation>Tamanho no terreno de um pixel em metros. Vazio: o tamanho nativo do conjunto de dados (10 m Sentinel-2, 30 m Landsat 8). A imagem pode ter no máximo 10.000 px de lado.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="179"/>
        <source>What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. The output is then written in the format of OUTPUT&apos;s extension.</source>
        <translation>O que a EOSDA envia: tiff (um GeoTIFF) ou png / jpeg com arquivo de georreferência (world file). A saída é então gravada no formato da extensão de OUTPUT.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="184"/>
        <source>For a single-band index: EOSDA's colormap id (default red–yellow–green). Empty: grey values.</source>
        <translation>Para um índice de uma banda: o id da paleta de cores da EOSDA (padrão vermelho–amarelo–verde). Vazio: tons de cinza.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>For a single-band index: the values mapped to the ends of the colormap.</source>
        <translation>Para um índice de uma banda: os valores atribuídos às extremidades da paleta de cores.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="195"/>
        <source>How EOSDA resamples bands to the pixel size. Empty: EOSDA&apos;s default.</source>
        <translation>Como a EOSDA reamostra as bandas para o tamanho do pixel. Vazio: o padrão da EOSDA.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="200"/>
        <source>How long to wait before asking whether the render is ready; the wait grows by half each time, up to 15 s.</source>
        <translation>Quanto esperar antes de perguntar se a renderização está pronta; a espera cresce pela metade a cada vez, até 15 s.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="206"/>
        <source>The render, georeferenced in EPSG:3857 (GeoTIFF unless another extension is given).</source>
        <translation>A renderização, georreferenciada em EPSG:3857 (GeoTIFF a menos que outra extensão seja dada).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="209"/>
        <source>Width of the render in pixels.</source>
        <translation>Largura da renderização em pixels.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="211"/>
        <source>Height of the render in pixels.</source>
        <translation>Altura da renderização em pixels.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="218"/>
        <source>{view_id} is not an EOSDA view id: they start with S2/ (Sentinel-2) or L8/ (Landsat 8)</source>
        <translation>{view_id} não é um id de vista EOSDA: eles começam com S2/ (Sentinel-2) ou L8/ (Landsat 8)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="226"/>
        <source>PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)</source>
        <translation>PRESET custom precisa de uma expressão de bandas, p. ex. (B08-B04)/(B08+B04)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="231"/>
        <source>{bands} is not a band of {dataset}</source>
        <translation>{bands} não é uma banda de {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="232"/>
        <source>{bands} are not bands of {dataset}</source>
        <translation>{bands} não são bandas de {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="256"/>
        <source>Writing the {width} × {height} px render</source>
        <translation>Gravando a renderização de {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="270"/>
        <source>GDAL could not write {name}: {error}</source>
        <translation>O GDAL não conseguiu gravar {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="273"/>
        <source>GDAL could not write {name} as {driver}: {error}</source>
        <translation>O GDAL não conseguiu gravar {name} como {driver}: {error}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/i18n.py" line="91"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="92"/>
        <source>Authentication failed</source>
        <translation>Falha na autenticação</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="93"/>
        <source>Permission denied</source>
        <translation>Permissão negada</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="94"/>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="96"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation>Requisições demais: o serviço pediu para ir mais devagar</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="97"/>
        <source>Invalid input</source>
        <translation>Entrada inválida</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="98"/>
        <source>The service reported an error</source>
        <translation>O serviço informou um erro</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="99"/>
        <source>Network error</source>
        <translation>Erro de rede</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="185"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="101"/>
        <source>Not a readable vector tile</source>
        <translation>Não é um tile vetorial legível</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="103"/>
        <source>The service kept sending pages; the listing was stopped</source>
        <translation>O serviço continuava enviando páginas; a listagem foi interrompida</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="104"/>
        <source>The render did not finish in time</source>
        <translation>A renderização não terminou a tempo</translation>
    </message>
</context>
<context>
    <name>ImageryHub.History</name>
    <message>
        <location filename="../../ui/history.py" line="15"/>
        <source>Recent searches of this project: run one again</source>
        <translation>Buscas recentes deste projeto: execute uma novamente</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="24"/>
        <source>No searches in this project yet</source>
        <translation>Ainda não há buscas neste projeto</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Imago</name>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Imagery type</source>
        <translation>Tipo de imageamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Image type</source>
        <translation>Tipo de imagem</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>Start depth</source>
        <translation>Profundidade inicial</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>End depth</source>
        <translation>Profundidade final</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Features naming imagery</source>
        <translation>Feições que nomeiam imageamentos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Collection field</source>
        <translation>Campo da coleção</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Imagery name field</source>
        <translation>Campo do nome do imageamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Start depth field</source>
        <translation>Campo da profundidade inicial</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>End depth field</source>
        <translation>Campo da profundidade final</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="66"/>
        <source>Imagery name</source>
        <translation>Nome do imageamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="105"/>
        <source>Imagery id</source>
        <translation>Id do imageamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Width (px)</source>
        <translation>Largura (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="113"/>
        <source>Path field</source>
        <translation>Campo do caminho</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>Downloads at once</source>
        <translation>Downloads simultâneos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="123"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="126"/>
        <source>Features with image paths</source>
        <translation>Feições com caminhos das imagens</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="131"/>
        <source>Images downloaded</source>
        <translation>Imagens baixadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="133"/>
        <source>Images not downloaded</source>
        <translation>Imagens não baixadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Elevation (m)</source>
        <translation>Elevação (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="83"/>
        <source>Upload report</source>
        <translation>Relatório de envio</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Uploaded</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Skipped</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Refused</source>
        <translation>Recusados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The Imago workspace. Empty: any (give it when a collection name exists in several workspaces).</source>
        <translation>O espaço de trabalho Imago. Vazio: qualquer um (informe quando um nome de coleção existir em vários espaços de trabalho).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The dataset of the workspace. Empty: any.</source>
        <translation>O conjunto de dados do espaço de trabalho. Vazio: qualquer um.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The collection {what}.</source>
        <translation>A coleção {what}.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The imagery type, e.g. “Core trays” or “Field photos”.</source>
        <translation>O tipo de imageamento, p. ex. “Core trays” ou “Field photos”.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The image type of that imagery type, e.g. “Dry”, “Wet” or “Photo”.</source>
        <translation>O tipo de imagem desse tipo de imageamento, p. ex. “Dry”, “Wet” ou “Photo”.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="36"/>
        <source>Name the imagery type (IMAGERY_TYPE)</source>
        <translation>Informe o tipo de imageamento (IMAGERY_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="37"/>
        <source>Name the image type (IMAGE_TYPE)</source>
        <translation>Informe o tipo de imagem (IMAGE_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="38"/>
        <source>Name the collection (COLLECTION)</source>
        <translation>Informe a coleção (COLLECTION)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="56"/>
        <source>
&lt;p&gt;Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Baixa imagens do Seequent Imago (caixas de testemunho, fotos…) para uma pasta, como faz a aba Imago. Ou para as feições de uma camada, cada uma nomeando seu imageamento por um campo de nome ou por campos de profundidade (a coleção fixa ou lida de um campo): a camada de saída é a de entrada com o caminho local da imagem de cada feição em PATH_FIELD. Ou, sem camada, de uma coleção: o imageamento nomeado por IMAGERY_NAME, por START_DEPTH (e END_DEPTH) ou por IMAGERY_ID, ou todo o imageamento da coleção quando nenhum deles é dado.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>A layer whose features (only the selected ones when “Selected features only” is checked) each name one imagery. Empty: name the imagery with COLLECTION and the fields below.</source>
        <translation>Uma camada cujas feições (somente as selecionadas quando “Apenas feições selecionadas” está marcado) nomeiam cada uma um imageamento. Vazio: nomeie o imageamento com COLLECTION e os campos abaixo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="77"/>
        <source>of the imagery to download; needed without INPUT, and with INPUT unless COLLECTION_FIELD names it</source>
        <translation>do imageamento a baixar; necessária sem INPUT, e com INPUT a menos que COLLECTION_FIELD a nomeie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT: the field holding each feature&apos;s collection (instead of a fixed COLLECTION).</source>
        <translation>Com INPUT: o campo com a coleção de cada feição (em vez de uma COLLECTION fixa).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT: the field holding each feature&apos;s imagery name.</source>
        <translation>Com INPUT: o campo com o nome do imageamento de cada feição.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT and no NAME_FIELD: the field holding the start depth of the interval.</source>
        <translation>Com INPUT e sem NAME_FIELD: o campo com a profundidade inicial do intervalo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With START_FIELD: the field holding the end depth (empty: the imagery at the start depth).</source>
        <translation>Com START_FIELD: o campo com a profundidade final (vazio: o imageamento na profundidade inicial).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="95"/>
        <source>Without INPUT: the name of the imagery to download.</source>
        <translation>Sem INPUT: o nome do imageamento a baixar.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Without INPUT: the start depth of the interval whose imagery to download.</source>
        <translation>Sem INPUT: a profundidade inicial do intervalo cujo imageamento será baixado.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Without INPUT: the end depth of the interval whose imagery to download.</source>
        <translation>Sem INPUT: a profundidade final do intervalo cujo imageamento será baixado.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="105"/>
        <source>Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, the depths and this empty to download every imagery of COLLECTION.</source>
        <translation>Sem INPUT: o id do imageamento a baixar. Deixe IMAGERY_NAME, as profundidades e este vazios para baixar todo o imageamento de COLLECTION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Scale the images to this width (Imago keeps the aspect). Empty: full size.</source>
        <translation>Redimensionar as imagens para esta largura (o Imago mantém a proporção). Vazio: tamanho completo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="113"/>
        <source>With INPUT: the text field of OUTPUT that receives each feature&apos;s image path (added when the layer lacks it).</source>
        <translation>Com INPUT: o campo de texto de OUTPUT que recebe o caminho da imagem de cada feição (adicionado quando a camada não o tem).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>How many images are fetched at the same time. Empty: the Imagery Hub setting.</source>
        <translation>Quantas imagens são obtidas ao mesmo tempo. Vazio: a configuração do Imagery Hub.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="123"/>
        <source>Where the images are saved (named collection_imagery_imagetype with the extension Imago&apos;s answer calls for).</source>
        <translation>Onde as imagens são salvas (nomeadas colecao_imageamento_tipoimagem com a extensão que a resposta do Imago indicar).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="126"/>
        <source>With INPUT: its features with PATH_FIELD filled for those whose image arrived.</source>
        <translation>Com INPUT: suas feições com PATH_FIELD preenchido para aquelas cuja imagem chegou.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="131"/>
        <source>How many files arrived.</source>
        <translation>Quantos arquivos chegaram.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="133"/>
        <source>Imagery that did not arrive or features that name none (each listed in the log).</source>
        <translation>Imageamentos que não chegaram ou feições que não nomeiam nenhum (cada um listado no log).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="146"/>
        <source>{names} name fields of INPUT: give INPUT as well</source>
        <translation>{names} são campos de INPUT: informe INPUT também</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="149"/>
        <source>Name the collection (COLLECTION), or give a layer (INPUT)</source>
        <translation>Informe a coleção (COLLECTION), ou dê uma camada (INPUT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="156"/>
        <source>Give the collection once: COLLECTION or COLLECTION_FIELD, not both</source>
        <translation>Informe a coleção uma só vez: COLLECTION ou COLLECTION_FIELD, não ambos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="165"/>
        <source>the layer has no features</source>
        <translation>a camada não tem feições</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="167"/>
        <source>None of the features names an imagery ({reasons})</source>
        <translation>Nenhuma feição nomeia um imageamento ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="191"/>
        <source>Listing the {type} imagery of {collection}</source>
        <translation>Listando o imageamento {type} de {collection}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="203"/>
        <source>{collection} has no {type} imagery with {image_type} images</source>
        <translation>{collection} não tem imageamento {type} com imagens {image_type}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/imago/download.py" line="210"/>
        <source>Downloading %Ln image(s) to {folder}</source>
        <translation>
            <numerusform>Baixando %Ln imagem para {folder}</numerusform>
            <numerusform>Baixando %Ln imagens para {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="218"/>
        <source>Cancelled: only the images listed as downloaded arrived</source>
        <translation>Cancelado: só chegaram as imagens listadas como baixadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="221"/>
        <source>No image arrived: {error}</source>
        <translation>Nenhuma imagem chegou: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="235"/>
        <source>Feature {fid}: {why}</source>
        <translation>Feição {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="47"/>
        <source>
&lt;p&gt;Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab&apos;s upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file&apos;s header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Envia fotos (PNG ou JPEG) para um imageamento do Imago, como faz o diálogo de envio da aba Imago: posicionadas por um nome de imageamento, um intervalo de profundidade ou um ponto (com elevação), enviado no sistema de coordenadas que o tipo de imageamento declara. O cabeçalho de cada arquivo é verificado primeiro, assim o que o Imago recusaria (pixels demais, outro tipo) é listado sem ser enviado; um arquivo já enviado ao mesmo imageamento é ignorado, assim repetir um lote só envia o que não chegou.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The image files to upload (PNG or JPEG).</source>
        <translation>Os arquivos de imagem a enviar (PNG ou JPEG).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="65"/>
        <source>to upload into</source>
        <translation>para onde enviar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="66"/>
        <source>The imagery the photos belong to, by name (made when it does not exist yet).</source>
        <translation>O imageamento ao qual as fotos pertencem, pelo nome (criado quando ainda não existe).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>The start depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>A profundidade inicial do intervalo que as fotos mostram, para imageamento posicionado por profundidade.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>The end depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>A profundidade final do intervalo que as fotos mostram, para imageamento posicionado por profundidade.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Where the photos were taken, for imagery types placed by x/y; any CRS, sent in the one the imagery type declares.</source>
        <translation>Onde as fotos foram tiradas, para tipos de imageamento posicionados por x/y; qualquer SRC, enviado no que o tipo de imageamento declara.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>The z sent with LOCATION.</source>
        <translation>O z enviado com LOCATION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="83"/>
        <source>A table with one row per file: file, state (uploaded, skipped, refused, failed), image_id and message.</source>
        <translation>Uma tabela com uma linha por arquivo: file, state (uploaded, skipped, refused, failed), image_id e message.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="105"/>
        <source>Give the photos to upload</source>
        <translation>Informe as fotos a enviar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="108"/>
        <source>No such file: {path}</source>
        <translation>Arquivo inexistente: {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="134"/>
        <source>Placing the photos at x {x}, y {y} in {crs}</source>
        <translation>Posicionando as fotos em x {x}, y {y} em {crs}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="139"/>
        <source>{file} refused: {why}</source>
        <translation>{file} recusado: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="139"/>
        <source>{file} failed: {why}</source>
        <translation>{file} falhou: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="145"/>
        <source>Cancelled: the files not listed as uploaded were not sent</source>
        <translation>Cancelado: os arquivos não listados como enviados não foram enviados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="169"/>
        <source>Imago has no imagery type {type} here</source>
        <translation>O Imago não tem o tipo de imageamento {type} aqui</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="172"/>
        <source>{type} is not placed by location: use IMAGERY_NAME or the depths</source>
        <translation>{type} não é posicionado por localização: use IMAGERY_NAME ou as profundidades</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="175"/>
        <source>{type} takes x/y in different systems in different datasets: give WORKSPACE and DATASET</source>
        <translation>{type} recebe x/y em sistemas diferentes em conjuntos de dados diferentes: informe WORKSPACE e DATASET</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files uploaded now.</source>
        <translation>Arquivos enviados agora.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files skipped because they were uploaded to this imagery before.</source>
        <translation>Arquivos ignorados porque já foram enviados antes a este imageamento.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files refused, by their header or by Imago (listed in the log).</source>
        <translation>Arquivos recusados, pelo cabeçalho ou pelo Imago (listados no log).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files that failed for another reason (listed in the log).</source>
        <translation>Arquivos que falharam por outro motivo (listados no log).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Inventory</name>
    <message>
        <location filename="../../ui/inventory.py" line="56"/>
        <source>All services</source>
        <translation>Todos os serviços</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="57"/>
        <source>Search every service that has credentials over the area of interest, at once, into one overview and one inventory layer</source>
        <translation>Buscar de uma vez em todos os serviços que têm credenciais sobre a área de interesse, em uma visão geral e uma camada de inventário</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="62"/>
        <source>Cancel all</source>
        <translation>Cancelar tudo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="98"/>
        <source>“All services” searches every service that has credentials over the area of interest at once. What each one holds there fills in here as it answers: click a service for its tab, a month of the timeline for its footprints.</source>
        <translation>“Todos os serviços” busca de uma vez em todos os serviços que têm credenciais sobre a área de interesse. O que cada um tem ali aparece aqui à medida que responde: clique em um serviço para ver sua aba, em um mês da linha do tempo para seus contornos.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="136"/>
        <source>Cancel this service&apos;s search</source>
        <translation>Cancelar a busca deste serviço</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="167"/>
        <source>skipped: no credentials — add them in Settings (⚙). </source>
        <translation>ignorado: sem credenciais — adicione-as nas configurações (⚙). </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="173"/>
        <source>skipped: not confirmed (</source>
        <translation>ignorado: não confirmado (</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="177"/>
        <source>refused: </source>
        <translation>recusado: </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="181"/>
        <source>No service to search: add credentials in Settings (⚙)</source>
        <translation>Nenhum serviço para buscar: adicione credenciais nas configurações (⚙)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="191"/>
        <source>Searching {} services over {}</source>
        <translation>Buscando em {} serviços sobre {}</translation>
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
        <translation>, há mais (reduza a área)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="219"/>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="227"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="229"/>
        <source>failed: </source>
        <translation>falhou: </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="238"/>
        <source>{:,} images from {} services in the layer “{}”</source>
        <translation>{:,} imagens de {} serviços na camada “{}”</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="242"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="244"/>
        <source>No images over the area: see each service&apos;s state</source>
        <translation>Nenhuma imagem sobre a área: veja o estado de cada serviço</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="38"/>
        <source>Captures per month, one row per service: click a month to select its footprints</source>
        <translation>Capturas por mês, uma linha por serviço: clique em um mês para selecionar seus contornos</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="81"/>
        <source>No dated captures yet</source>
        <translation>Ainda não há capturas com data</translation>
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
&lt;p&gt;Responde “que imagens existem aqui?” para cada feição de uma camada de polígonos: cada serviço escolhido com credenciais é buscado de uma vez sobre a área (imagens de drone Spexi, imagens de rua do Mapillary, o catálogo de imagens do Mapflow, cenas Sentinel-2 da EOSDA dos últimos YEARS anos, imageamento Seequent Imago posicionado por longitude/latitude). A camada de inventário contém cada contorno com &lt;code&gt;area&lt;/code&gt;, &lt;code&gt;service&lt;/code&gt;, &lt;code&gt;id&lt;/code&gt;, &lt;code&gt;captured_at&lt;/code&gt; (UTC), &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;resolution_m&lt;/code&gt;, &lt;code&gt;cloud&lt;/code&gt;, &lt;code&gt;link&lt;/code&gt;, &lt;code&gt;altitude_m&lt;/code&gt; e &lt;code&gt;located&lt;/code&gt; (contorno, ou um círculo de 5 m ao redor da câmera). O resumo tem uma linha por área: imagens por serviço, a captura mais recente e o estado de cada serviço (concluído, falhou com as palavras do serviço, ignorado sem credenciais).&lt;/p&gt;
&lt;p&gt;As credenciais vêm das configurações do Imagery Hub, ou de &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; (p. ex. &lt;code&gt;IMAGERY_HUB_SPEXI_KEY&lt;/code&gt;) para execuções sem interface.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Areas (polygon layer)</source>
        <translation>Áreas (camada de polígonos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Each feature is one area (only the selected ones when “Selected features only” is checked), at most {most}. Any CRS; it is transformed to WGS 84.</source>
        <translation>Cada feição é uma área (somente as selecionadas quando “Apenas feições selecionadas” está marcado), no máximo {most}. Qualquer SRC; as áreas são transformadas para WGS 84.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>The services to include: {ids}. Default: all. A service without credentials is skipped with a line saying how to add them.</source>
        <translation>Os serviços a incluir: {ids}. Padrão: todos. Um serviço sem credenciais é ignorado com uma linha dizendo como adicioná-las.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>Years back (satellite scenes)</source>
        <translation>Anos para trás (cenas de satélite)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>How many years back EOSDA scenes are searched (each year is one request or more).</source>
        <translation>Quantos anos para trás as cenas EOSDA são buscadas (cada ano é uma requisição ou mais).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>Most images per service and area</source>
        <translation>Máximo de imagens por serviço e área</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>A service stops after this many (default {most}); its state says so.</source>
        <translation>Um serviço para após esta quantidade (padrão {most}); seu estado o indica.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Imagery inventory</source>
        <translation>Inventário de imagens</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Every footprint of every service and area, in WGS 84, with the fields listed above.</source>
        <translation>Cada contorno de cada serviço e área, em WGS 84, com os campos listados acima.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>Inventory summary</source>
        <translation>Resumo do inventário</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>One row per area: area (the feature id), area_km2, images, newest, and per service &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest and &amp;lt;service&amp;gt;_state.</source>
        <translation>Uma linha por área: area (o id da feição), area_km2, images, newest e, por serviço, &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest e &amp;lt;service&amp;gt;_state.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>Images found</source>
        <translation>Imagens encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>How many footprints were written.</source>
        <translation>Quantos contornos foram gravados.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="110"/>
        <source>Give a polygon layer of areas</source>
        <translation>Informe uma camada de polígonos de áreas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="116"/>
        <source>The layer has more than {most} areas: select fewer features</source>
        <translation>A camada tem mais de {most} áreas: selecione menos feições</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="119"/>
        <source>The areas layer has no polygon features (or none is selected)</source>
        <translation>A camada de áreas não tem feições de polígono (ou nenhuma está selecionada)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="155"/>
        <source>Area {fid} ({number} of {count}): {area}</source>
        <translation>Área {fid} ({number} de {count}): {area}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="73"/>
        <source>{count:,} images (from the imagery inventory).</source>
        <translation>{count:,} imagens (do inventário de imagens).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Cobertura de nuvens máxima (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Finest resolution (m/px)</source>
        <translation>Resolução mais fina (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Coarsest resolution (m/px)</source>
        <translation>Resolução mais grosseira (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Largest off-nadir angle (°)</source>
        <translation>Maior ângulo fora do nadir (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Smallest share of the area covered (%)</source>
        <translation>Menor parte da área coberta (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="68"/>
        <source>Acquired from</source>
        <translation>Adquiridas de</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="71"/>
        <source>Acquired until</source>
        <translation>Adquiridas até</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Data providers</source>
        <translation>Provedores de dados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Only images available for processing</source>
        <translation>Somente imagens disponíveis para processamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="92"/>
        <source>Catalog footprints</source>
        <translation>Contornos do catálogo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="97"/>
        <source>Images written</source>
        <translation>Imagens gravadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="99"/>
        <source>Images found</source>
        <translation>Imagens encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="111"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="116"/>
        <source>Optional blocks</source>
        <translation>Blocos opcionais</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="121"/>
        <source>Imagery source type</source>
        <translation>Tipo de fonte de imagens</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Imagery (URL, path or id)</source>
        <translation>Imagens (URL, caminho ou id)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Catalog data provider</source>
        <translation>Provedor de dados do catálogo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="146"/>
        <source>Processing name</source>
        <translation>Nome do processamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="150"/>
        <source>Project (id or name)</source>
        <translation>Projeto (id ou nome)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Wait for the results</source>
        <translation>Aguardar os resultados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>Check every (seconds)</source>
        <translation>Verificar a cada (segundos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Give up waiting after (minutes)</source>
        <translation>Desistir de aguardar após (minutos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="171"/>
        <source>Mapflow results</source>
        <translation>Resultados do Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="177"/>
        <source>Processing id</source>
        <translation>Id do processamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="180"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="183"/>
        <source>Objects found</source>
        <translation>Objetos encontrados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Images with at most this cloud cover.</source>
        <translation>Imagens com no máximo esta cobertura de nuvens.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images finer than this many metres per pixel.</source>
        <translation>Deixar de fora imagens mais finas que estes metros por pixel.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images coarser than this many metres per pixel.</source>
        <translation>Deixar de fora imagens mais grosseiras que estes metros por pixel.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images taken further than this from straight down.</source>
        <translation>Deixar de fora imagens tiradas mais longe que isto da vertical.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images that cover less of the area of interest.</source>
        <translation>Deixar de fora imagens que cobrem menos da área de interesse.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="53"/>
        <source>
&lt;p&gt;Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with &lt;i&gt;Run a Mapflow processing&lt;/i&gt; (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Busca no catálogo de imagens do Mapflow (as imagens de satélite e aéreas dos provedores ligados à conta) sobre uma área, como faz a página Catálogo da aba Mapflow, e grava os contornos das imagens encontradas com data, cobertura de nuvens, resolução, ângulo fora do nadir, provedor e a parte da área que cada uma cobre. Uma imagem pode então ser processada com &lt;i&gt;Executar um processamento Mapflow&lt;/i&gt; (SOURCE_TYPE catalog, SOURCE seu image_id, DATA_PROVIDER seu provedor). Até 1000 imagens são mantidas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>to search</source>
        <translation>a buscar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="68"/>
        <source>First acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Primeiro dia de aquisição (UTC, incluído). Vazio: sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="71"/>
        <source>Last acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Último dia de aquisição (UTC, incluído). Vazio: sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="76"/>
        <source>Empty: no limit.</source>
        <translation>Vazio: sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="76"/>
        <source>Default 20 %.</source>
        <translation>Padrão 20 %.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only these providers, separated by commas. Empty: every provider of the account.</source>
        <translation>Somente estes provedores, separados por vírgulas. Vazio: todos os provedores da conta.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Leave out images the account cannot order or process.</source>
        <translation>Deixar de fora imagens que a conta não pode encomendar nem processar.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="92"/>
        <source>The footprints (multipolygons in WGS 84) with image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url and zoom.</source>
        <translation>Os contornos (multipolígonos em WGS 84) com image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url e zoom.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="97"/>
        <source>How many footprints were written.</source>
        <translation>Quantos contornos foram gravados.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="99"/>
        <source>How many images match (more than COUNT when over 1000).</source>
        <translation>Quantas imagens correspondem (mais que COUNT acima de 1000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="121"/>
        <source>Searching the Mapflow catalog over {area}</source>
        <translation>Buscando no catálogo do Mapflow sobre {area}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="127"/>
        <source>, the first {kept} kept</source>
        <translation>, as primeiras {kept} mantidas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="78"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="61"/>
        <source>The Mapflow account has no model {model}: use one of {names}</source>
        <translation>A conta Mapflow não tem o modelo {model}: use um de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="79"/>
        <source>{model} has no optional block {blocks}: use all, none or some of {names}</source>
        <translation>{model} não tem o bloco opcional {blocks}: use all, none ou alguns de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="95"/>
        <source>
&lt;p&gt;Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With &lt;i&gt;Wait&lt;/i&gt; the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Executa um modelo de IA do Mapflow (edificações, estradas, floresta…) sobre os polígonos de uma camada, como faz a aba Mapflow: cada polígono vira uma área do processamento; a área é verificada contra os limites da conta e o custo é perguntado antes de qualquer início. Com &lt;i&gt;Aguardar&lt;/i&gt; o algoritmo acompanha o processamento até o fim e grava seus resultados (os objetos vetorizados) na camada de saída; sem isso, ele devolve na hora o id do processamento e os resultados podem ser carregados depois pela aba Mapflow.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="109"/>
        <source>to process (each polygon becomes one Mapflow area)</source>
        <translation>a processar (cada polígono vira uma área do Mapflow)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="111"/>
        <source>The AI model by name as the account lists it, with or without its emoji and in any case (Buildings, Roads, Forest, Construction sites…), or by id.</source>
        <translation>O modelo de IA pelo nome como a conta o lista, com ou sem o emoji e sem diferenciar maiúsculas (Buildings, Roads, Forest, Construction sites…), ou pelo id.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="116"/>
        <source>The model's optional blocks to enable, separated by commas (e.g. Classification, OSM); “all” (the default, as in the tab) or “none”.</source>
        <translation>Os blocos opcionais do modelo a ativar, separados por vírgulas (p. ex. Classification, OSM); “all” (o padrão, como na aba) ou “none”.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="121"/>
        <source>Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is the URL template); tif, a GeoTIFF uploaded before (SOURCE is its s3:// URL); geotiff_file, a GeoTIFF on this computer that is uploaded first (SOURCE is its path); catalog, an image of the Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); provider, an imagery provider of the account such as Mapbox, processed at ZOOM without an image (SOURCE is the provider&apos;s name).</source>
        <translation>De onde vêm as imagens: xyz, tms ou quadkey, tiles (SOURCE é o modelo de URL); tif, um GeoTIFF enviado antes (SOURCE é sua URL s3://); geotiff_file, um GeoTIFF neste computador que é enviado primeiro (SOURCE é seu caminho); catalog, uma imagem do catálogo do Mapflow (SOURCE é seu id de imagem, DATA_PROVIDER seu provedor); mosaic, um mosaico da Data API (SOURCE é o id do mosaico); provider, um provedor de imagens da conta como o Mapbox, processado no ZOOM sem imagem (SOURCE é o nome do provedor).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} for quadkey), an s3:// URL, a file path, a catalog image id or a mosaic id.</source>
        <translation>As imagens conforme SOURCE_TYPE indica: uma URL com {x}, {y}, {z} (ou {q} para quadkey), uma URL s3://, um caminho de arquivo, um id de imagem do catálogo ou um id de mosaico.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>For SOURCE_TYPE catalog: the provider of the image, as Search the Mapflow catalog writes it in the provider field.</source>
        <translation>Para SOURCE_TYPE catalog: o provedor da imagem, como Buscar no catálogo de imagens do Mapflow o grava no campo provider.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Tile zoom of the imagery (tile and catalog sources). Empty: the model&apos;s own zoom.</source>
        <translation>Zoom dos tiles das imagens (fontes de tiles e de catálogo). Vazio: o zoom próprio do modelo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="146"/>
        <source>Name shown in Mapflow. Empty: the model and the time, e.g. “Buildings 2024-06-01 14:30”.</source>
        <translation>Nome mostrado no Mapflow. Vazio: o modelo e a hora, p. ex. “Buildings 2024-06-01 14:30”.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="150"/>
        <source>The Mapflow project to put the processing in. Empty: the account&apos;s default project.</source>
        <translation>O projeto Mapflow onde colocar o processamento. Vazio: o projeto padrão da conta.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Follow the processing until it ends and write its results to OUTPUT. Unchecked: return the processing id as soon as it has started (OUTPUT is then not written).</source>
        <translation>Acompanhar o processamento até o fim e gravar seus resultados em OUTPUT. Desmarcado: devolver o id do processamento assim que ele começar (OUTPUT então não é gravado).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>How often the status is asked for while waiting.</source>
        <translation>Com que frequência o status é perguntado durante a espera.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Stop waiting (the processing goes on in Mapflow) after this long; 0 waits without limit.</source>
        <translation>Parar de aguardar (o processamento continua no Mapflow) após este tempo; 0 aguarda sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="171"/>
        <source>The objects the model found, with the attributes Mapflow gives them (class, confidence…), in WGS 84. A GeoPackage unless another format is chosen.</source>
        <translation>Os objetos que o modelo encontrou, com os atributos que o Mapflow lhes dá (classe, confiança…), em WGS 84. Um GeoPackage a menos que outro formato seja escolhido.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="177"/>
        <source>The id of the processing in Mapflow (to load it later from the tab).</source>
        <translation>O id do processamento no Mapflow (para carregá-lo depois pela aba).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="180"/>
        <source>OK when the results were written; the current status when not waiting.</source>
        <translation>OK quando os resultados foram gravados; o status atual quando não se aguarda.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="183"/>
        <source>How many result features were written (0 when not waiting).</source>
        <translation>Quantas feições de resultado foram gravadas (0 quando não se aguarda).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="200"/>
        <source>No GeoTIFF at {path}</source>
        <translation>Nenhum GeoTIFF em {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="203"/>
        <source>{name} is not a GeoTIFF</source>
        <translation>{name} não é um GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="209"/>
        <source>A catalog image needs its provider (the provider field of the catalog search)</source>
        <translation>Uma imagem do catálogo precisa de seu provedor (o campo provider da busca no catálogo)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="222"/>
        <source>Waiting is for the results: give OUTPUT (a file or TEMPORARY_OUTPUT), or set WAIT to false to only start the processing</source>
        <translation>Aguardar serve para os resultados: informe OUTPUT (um arquivo ou TEMPORARY_OUTPUT), ou defina WAIT como false para apenas iniciar o processamento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="251"/>
        <source>Starting “{name}”: {model} on {km2} km² in %Ln area(s) from {source}</source>
        <translation>
            <numerusform>Iniciando “{name}”: {model} em {km2} km² em %Ln área a partir de {source}</numerusform>
            <numerusform>Iniciando “{name}”: {model} em {km2} km² em %Ln áreas a partir de {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="254"/>
        <source>, cost {cost}</source>
        <translation>, custo {cost}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="258"/>
        <source>Mapflow processing {id} started</source>
        <translation>Processamento Mapflow {id} iniciado</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="265"/>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="266"/>
        <source>Processing {id} ended {status}: {reason}</source>
        <translation>O processamento {id} terminou como {status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="284"/>
        <source>The Mapflow account has no project {project}: use one of {names}</source>
        <translation>A conta Mapflow não tem o projeto {project}: use um de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="299"/>
        <source>stopped waiting; processing {id} goes on in Mapflow</source>
        <translation>espera interrompida; o processamento {id} continua no Mapflow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/catalog.py" line="125"/>
        <source>%Ln image(s) found</source>
        <translation>
            <numerusform>%Ln imagem encontrada</numerusform>
            <numerusform>%Ln imagens encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="275"/>
        <source>%Ln object(s) written</source>
        <translation>
            <numerusform>%Ln objeto gravado</numerusform>
            <numerusform>%Ln objetos gravados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="49"/>
        <source>Captured from</source>
        <translation>Capturadas de</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="52"/>
        <source>Captured until</source>
        <translation>Capturadas até</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="55"/>
        <source>Panoramas only</source>
        <translation>Somente panoramas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="58"/>
        <source>Creator (Mapillary username)</source>
        <translation>Autor (usuário do Mapillary)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>Mapillary images</source>
        <translation>Imagens do Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="68"/>
        <source>Images found</source>
        <translation>Imagens encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="70"/>
        <source>Cells at the cap</source>
        <translation>Células no limite</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="34"/>
        <source>
&lt;p&gt;Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary&apos;s bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to &lt;i&gt;Download images&lt;/i&gt; to fetch the pictures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encontra as imagens de rua do Mapillary capturadas em uma área, como faz a aba Mapillary: a área é dividida em células abaixo do limite de retângulo envolvente do Mapillary (uma configuração do complemento), uma célula que devolve o limite de 2000 imagens é dividida de novo, e cada imagem é mantida uma vez. O resultado é uma camada de pontos das posições da câmera com o id da imagem, a hora da captura, o ângulo da bússola, o indicador de panorama, o autor, a sequência e a câmera. Passe-a para &lt;i&gt;Baixar imagens&lt;/i&gt; para obter as fotos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>to search</source>
        <translation>a buscar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="49"/>
        <source>First capture day (UTC, included). Empty: no lower limit.</source>
        <translation>Primeiro dia de captura (UTC, incluído). Vazio: sem limite inferior.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="52"/>
        <source>Last capture day (UTC, included). Empty: up to today.</source>
        <translation>Último dia de captura (UTC, incluído). Vazio: até hoje.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="55"/>
        <source>Keep only 360° panoramas. Default: every image.</source>
        <translation>Manter somente panoramas de 360°. Padrão: todas as imagens.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="58"/>
        <source>Only images uploaded by this Mapillary user (without @). Empty: anyone.</source>
        <translation>Somente imagens enviadas por este usuário do Mapillary (sem @). Vazio: qualquer um.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>The images as points in WGS 84, one per image, with a local_path field that Download images fills.</source>
        <translation>As imagens como pontos em WGS 84, um por imagem, com um campo local_path que Baixar imagens preenche.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="68"/>
        <source>How many images were found.</source>
        <translation>Quantas imagens foram encontradas.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="70"/>
        <source>Cells that still returned 2000 images after being split: images are missing there (search a smaller area or fewer dates). 0 when complete.</source>
        <translation>Células que ainda devolviam 2000 imagens após a divisão: faltam imagens ali (busque uma área menor ou menos datas). 0 quando completo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="92"/>
        <source>Searching Mapillary: {filters}</source>
        <translation>Buscando no Mapillary: {filters}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="95"/>
        <source>Searching Mapillary</source>
        <translation>Buscando no Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="99"/>
        <source>{done} of {total} cells, %Ln image(s)</source>
        <translation>
            <numerusform>{done} de {total} células, %Ln imagem</numerusform>
            <numerusform>{done} de {total} células, %Ln imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="103"/>
        <source>%Ln image(s) in {requests} requests</source>
        <translation>
            <numerusform>%Ln imagem em {requests} requisições</numerusform>
            <numerusform>%Ln imagens em {requests} requisições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="106"/>
        <source>%Ln cell(s) still hit Mapillary&apos;s 2000-image cap: some images there are missing; search a smaller area or fewer dates</source>
        <translation>
            <numerusform>%Ln célula ainda atinge o limite de 2000 imagens do Mapillary: faltam imagens ali; busque uma área menor ou menos datas</numerusform>
            <numerusform>%Ln células ainda atingem o limite de 2000 imagens do Mapillary: faltam imagens ali; busque uma área menor ou menos datas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="44"/>
        <source>Unexpected error: {error}</source>
        <translation>Erro inesperado: {error}</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="75"/>
        <source>{what} cancelled</source>
        <translation>{what} cancelado</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="75"/>
        <source>Operation cancelled</source>
        <translation>Operação cancelada</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Panel</name>
    <message>
        <location filename="../../ui/dock.py" line="86"/>
        <source>Imagery Hub searches and downloads imagery from the services below. Add a key or token for each service you use.</source>
        <translation>O Imagery Hub pesquisa e transfere imagens dos serviços abaixo. Adicione uma chave ou um token para cada serviço que utilizar.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="97"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="102"/>
        <source>Help on the settings (opens the README)</source>
        <translation>Ajuda sobre as configurações (abre o README)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>✓ ready</source>
        <translation>✓ pronto</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>not set up</source>
        <translation>não configurado</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="138"/>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="142"/>
        <source>Services and settings</source>
        <translation>Serviços e configurações</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="230"/>
        <source>Filter the results…</source>
        <translation>Filtrar os resultados…</translation>
    </message>
    <message>
        <location filename="../../ui/service_tab.py" line="45"/>
        <source>Draw or pick an area of interest first (top of the panel)</source>
        <translation>Desenhe ou escolha primeiro uma área de interesse (no topo do painel)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Plugin</name>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download selected Spexi images</source>
        <translation>Transferir as imagens Spexi selecionadas</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Use as Mapflow AOI</source>
        <translation>Usar como área de interesse do Mapflow</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>Executar um processamento Mapflow nas feições selecionadas</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload to Mapflow</source>
        <translation>Carregar para o Mapflow</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download Imago images for selected features</source>
        <translation>Transferir as imagens Imago das feições selecionadas</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload photos to Imago</source>
        <translation>Carregar fotografias para o Imago</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="111"/>
        <source>Show or hide the Imagery Hub panel</source>
        <translation>Mostrar ou ocultar o painel do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="113"/>
        <source>Imagery Hub Settings…</source>
        <translation>Configurações do Imagery Hub…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="118"/>
        <source>Imagery Hub: Draw Area of Interest</source>
        <translation>Imagery Hub: desenhar a área de interesse</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="122"/>
        <source>Imagery Hub: Search in Current Tab</source>
        <translation>Imagery Hub: pesquisar no separador atual</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="138"/>
        <source>Use as Imagery Hub Area of Interest</source>
        <translation>Usar como área de interesse do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="145"/>
        <source>Render NDVI for this scene</source>
        <translation>Gerar o NDVI desta cena</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="120"/>
        <source>Search even when it needs many requests</source>
        <translation>Buscar mesmo quando precisar de muitas requisições</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="166"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation>{service} em {url} (credenciais do ambiente)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="168"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation>{service} em {url} (credenciais das configurações)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="209"/>
        <source>Cancelled while writing the results</source>
        <translation>Cancelado durante a gravação dos resultados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="211"/>
        <source>Could not write a feature: {error}</source>
        <translation>Não foi possível gravar uma feição: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="34"/>
        <source>Download images</source>
        <translation>Baixar imagens</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="35"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Variant / size</source>
        <translation>Variante / tamanho</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>Downloads at once</source>
        <translation>Downloads simultâneos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>Results with local paths</source>
        <translation>Resultados com caminhos locais</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>Images downloaded</source>
        <translation>Imagens baixadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Images not downloaded</source>
        <translation>Imagens não baixadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="58"/>
        <source>Search EOSDA satellite scenes</source>
        <translation>Buscar cenas de satélite EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="140"/>
        <source>Render an EOSDA scene</source>
        <translation>Renderizar uma cena EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="48"/>
        <source>Download Imago images</source>
        <translation>Baixar imagens do Imago</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="40"/>
        <source>Upload photos to Imago</source>
        <translation>Enviar fotos para o Imago</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="33"/>
        <source>Area of interest (polygon layer)</source>
        <translation>Área de interesse (camada de polígonos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>Area of interest (extent)</source>
        <translation>Área de interesse (extensão)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="50"/>
        <source>Give the area either as a polygon layer (AOI) or as an extent (EXTENT), not both</source>
        <translation>Informe a área como camada de polígonos (AOI) ou como extensão (EXTENT), não ambas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="55"/>
        <source>The AOI layer has no polygon features (or none is selected)</source>
        <translation>A camada AOI não tem feições de polígono (ou nenhuma está selecionada)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="61"/>
        <source>The extent is empty: give xmin,xmax,ymin,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>A extensão está vazia: informe xmin,xmax,ymin,ymax com xmin &lt; xmax e ymin &lt; ymax</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="65"/>
        <source>Give an area of interest: a polygon layer (AOI) or an extent (EXTENT)</source>
        <translation>Informe uma área de interesse: uma camada de polígonos (AOI) ou uma extensão (EXTENT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="84"/>
        <source>{value} is not a date: write it as YYYY-MM-DD</source>
        <translation>{value} não é uma data: escreva-a como AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="91"/>
        <source>{start_name} ({start}) is after {end_name} ({end}): swap them</source>
        <translation>{start_name} ({start}) é posterior a {end_name} ({end}): troque-as</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="46"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation>Buscar no catálogo de imagens do Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="88"/>
        <source>Run a Mapflow processing</source>
        <translation>Executar um processamento Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="29"/>
        <source>Search Mapillary images</source>
        <translation>Buscar imagens do Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="77"/>
        <source>Search Spexi drone images</source>
        <translation>Buscar imagens de drone Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="207"/>
        <source>Spexi views of a point</source>
        <translation>Vistas Spexi de um ponto</translation>
    </message>
    <message>
        <location filename="../../processing_provider/access.py" line="92"/>
        <source>No {service} credentials: add them in Imagery Hub settings, or set {variable} for a headless run</source>
        <translation>Sem credenciais do {service}: adicione-as nas configurações do Imagery Hub, ou defina {variable} para uma execução sem interface</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="121"/>
        <source>A search estimated above {soft} requests (setting budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is always refused. Default: not set.</source>
        <translation>Uma busca estimada acima de {soft} requisições (configuração budget/soft_limit) é recusada a menos que isto esteja marcado; acima de {hard} (budget/hard_limit) é sempre recusada. Padrão: desmarcado.</translation>
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
        <translation>&lt;p&gt;Baixa para uma pasta as imagens de uma camada feita por uma das buscas do Imagery Hub, e grava a camada de novo com o arquivo de cada feição em &lt;code&gt;local_path&lt;/code&gt;. Os campos da camada dizem qual busca a fez: {kinds}. Somente as feições selecionadas quando “Apenas feições selecionadas” está marcado. Os arquivos são obtidos vários de cada vez, retomados após uma conexão perdida e nunca deixados gravados pela metade; uma imagem com falha não interrompe as outras (cada uma é listada no log).&lt;/p&gt;&lt;p&gt;As credenciais são as do serviço de onde a camada vem, como na sua busca: as configurações do Imagery Hub, ou &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; e &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_URL&lt;/code&gt; em execuções sem interface (as prévias do catálogo do Mapflow não precisam de nenhuma).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Footprints or points written by an Imagery Hub search (in a GeoPackage or as the layer it made), with their fields unchanged.</source>
        <translation>Contornos ou pontos gravados por uma busca do Imagery Hub (em um GeoPackage ou como a camada que ela fez), com seus campos inalterados.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Which file of each image: best (the fullest the service offers), original, zoomed (Spexi), 2048, 1024 or 256 pixels wide (Mapillary thumbnails), or preview (Mapflow catalog).</source>
        <translation>Qual arquivo de cada imagem: best (o mais completo que o serviço oferece), original, zoomed (Spexi), 2048, 1024 ou 256 pixels de largura (miniaturas do Mapillary), ou preview (catálogo do Mapflow).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Where the images are saved, named after the image id and the variant as the service&apos;s tab names them.</source>
        <translation>Onde as imagens são salvas, nomeadas pelo id da imagem e pela variante como a aba do serviço as nomeia.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>INPUT&apos;s features with the downloaded file of each in {field} (empty where none arrived).</source>
        <translation>As feições de INPUT com o arquivo baixado de cada uma em {field} (vazio onde nenhum chegou).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>How many files arrived.</source>
        <translation>Quantos arquivos chegaram.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Features whose image did not arrive or that have none (each listed in the log).</source>
        <translation>Feições cuja imagem não chegou ou que não têm nenhuma (cada uma listada no log).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="98"/>
        <source>the layer has no features</source>
        <translation>a camada não tem feições</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="100"/>
        <source>Nothing to download in INPUT ({reasons})</source>
        <translation>Nada a baixar em INPUT ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="119"/>
        <source>Feature {fid}: {why}</source>
        <translation>Feição {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="122"/>
        <source>Cancelled: the layer lists the images that arrived</source>
        <translation>Cancelado: a camada lista as imagens que chegaram</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="125"/>
        <source>No image arrived: {error}</source>
        <translation>Nenhuma imagem chegou: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="45"/>
        <source>{images} come as {variants}, not {wanted}</source>
        <translation>{images} vêm como {variants}, não como {wanted}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="65"/>
        <source>Spexi images</source>
        <translation>Imagens Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="75"/>
        <source>no {variant} link</source>
        <translation>sem link {variant}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="87"/>
        <source>Mapillary images</source>
        <translation>Imagens do Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="106"/>
        <source>Mapflow catalog scenes</source>
        <translation>Cenas do catálogo do Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="115"/>
        <source>no picture preview ({kind})</source>
        <translation>sem prévia de imagem ({kind})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="129"/>
        <source>EOSDA scenes</source>
        <translation>Cenas EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="133"/>
        <source>EOSDA scenes are rendered rather than downloaded: use Render an EOSDA scene (imagery_hub:eosda_render) with a view_id of this layer</source>
        <translation>Cenas EOSDA são renderizadas em vez de baixadas: use Renderizar uma cena EOSDA (imagery_hub:eosda_render) com um view_id desta camada</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="147"/>
        <source>INPUT is not a layer of an Imagery Hub search: downloads work on {kinds}</source>
        <translation>INPUT não é uma camada de uma busca do Imagery Hub: os downloads funcionam com {kinds}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="28"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="30"/>
        <source>Outputs</source>
        <translation>Saídas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="34"/>
        <source> and {variable} (the username; without it the key is an API token)</source>
        <translation> e {variable} (o nome de usuário; sem ele a chave é um token de API)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="37"/>
        <source>The {service} credentials of the Imagery Hub settings (kept in the QGIS Authentication Manager) and its API URL. For headless runs set {key_variable}{extra}, and {url_variable} to use another server (a sandbox); a variable that is set wins over the settings.</source>
        <translation>As credenciais do {service} das configurações do Imagery Hub (guardadas no gerenciador de autenticação do QGIS) e sua URL de API. Para execuções sem interface defina {key_variable}{extra}, e {url_variable} para usar outro servidor (um sandbox); uma variável definida prevalece sobre as configurações.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="41"/>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="45"/>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="28"/>
        <source>Polygon layer whose features (only the selected ones when “Selected features only” is checked) form the area {what}. Any CRS; it is transformed to WGS 84.</source>
        <translation>Camada de polígonos cujas feições (somente as selecionadas quando “Apenas feições selecionadas” está marcado) formam a área {what}. Qualquer SRC; ela é transformada para WGS 84.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="32"/>
        <source>Give this or EXTENT.</source>
        <translation>Informe isto ou EXTENT.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>A rectangle instead of a layer: the area {what}. On the command line “xmin,xmax,ymin,ymax [EPSG:4326]”.</source>
        <translation>Um retângulo em vez de uma camada: a área {what}. Na linha de comando “xmin,xmax,ymin,ymax [EPSG:4326]”.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>At most how many images are fetched at the same time: it starts at 4 and takes more while more make the download faster. Empty: the Imagery Hub setting (16 by default).</source>
        <translation>No máximo quantas imagens são obtidas ao mesmo tempo: começa com 4 e usa mais enquanto isso deixar o download mais rápido. Vazio: a configuração do Imagery Hub (16 por padrão).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/download_images.py" line="112"/>
        <source>Downloading %Ln file(s) of {what} to {folder}, up to {at_once} at a time</source>
        <translation>
            <numerusform>Baixando %Ln arquivo ({what}) para {folder}, até {at_once} por vez</numerusform>
            <numerusform>Baixando %Ln arquivos ({what}) para {folder}, até {at_once} por vez</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="50"/>
        <source>Imagery inventory of an area</source>
        <translation>Inventário de imagens de uma área</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="51"/>
        <source>Imagery inventory</source>
        <translation>Inventário de imagens</translation>
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
        <translation>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA e Seequent Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/i18n.py" line="109"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation>verifique a chave ou o token nas configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="110"/>
        <source>{requests}, {duration}</source>
        <translation>{requests}, {duration}</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="112"/>
        <source>under a minute</source>
        <translation>menos de um minuto</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="116"/>
        <source>draw a smaller area</source>
        <translation>desenhe uma área menor</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="117"/>
        <source>draw a smaller area or search around a point</source>
        <translation>desenhe uma área menor ou busque em volta de um ponto</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="119"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation>desenhe uma área menor ou restrinja as datas</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="121"/>
        <source>narrow the dates</source>
        <translation>restrinja as datas</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="122"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation>Esta busca no {service} precisa de {cost} — buscar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="124"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation>A área de interesse precisa de {cost} (o {service} busca com no máximo {limit} requisições): {advice}</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="126"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation>A área de interesse precisa de {cost}: {advice}, ou marque {parameter} para buscar mesmo assim</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="111"/>
        <source>about %Ln request(s)</source>
        <translation>
            <numerusform>cerca de %Ln requisição</numerusform>
            <numerusform>cerca de %Ln requisições</numerusform>
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
            <numerusform>aproximadamente %Ln dia</numerusform>
            <numerusform>aproximadamente %Ln dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading from (°)</source>
        <translation>Rumo a partir de (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading to (°)</source>
        <translation>Rumo até (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude from (m)</source>
        <translation>Altitude a partir de (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude to (m)</source>
        <translation>Altitude até (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>Lowest pitch (°)</source>
        <translation>Menor inclinação (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>Highest pitch (°)</source>
        <translation>Maior inclinação (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="56"/>
        <source>Captured from</source>
        <translation>Capturadas de</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="58"/>
        <source>Captured until</source>
        <translation>Capturadas até</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="98"/>
        <source>Camera pitch</source>
        <translation>Inclinação da câmera</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="113"/>
        <source>Capture types</source>
        <translation>Tipos de captura</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Focused on the area</source>
        <translation>Focadas na área</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Maximum images</source>
        <translation>Número máximo de imagens</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="131"/>
        <source>Spexi footprints</source>
        <translation>Contornos Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="135"/>
        <source>Spexi camera positions</source>
        <translation>Posições de câmera Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="139"/>
        <source>Images found</source>
        <translation>Imagens encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="141"/>
        <source>Cells searched</source>
        <translation>Células buscadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="222"/>
        <source>Point</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="226"/>
        <source>Spexi views</source>
        <translation>Vistas Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="230"/>
        <source>Views found</source>
        <translation>Vistas encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>The camera's compass direction, 0° north, 90° east. Give HEADING_MIN and HEADING_MAX together. Empty: any.</source>
        <translation>A direção da câmera na bússola, 0° norte, 90° leste. Informe HEADING_MIN e HEADING_MAX juntos. Vazio: qualquer.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>The drone&apos;s height above the ground. Give ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.</source>
        <translation>A altura do drone acima do solo. Informe ALTITUDE_MIN e ALTITUDE_MAX juntos. Vazio: qualquer.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>With PITCH range: the lowest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>Com PITCH range: a menor inclinação da câmera, de −135° a 45° (−90° olha direto para baixo).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>With PITCH range: the highest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>Com PITCH range: a maior inclinação da câmera, de −135° a 45° (−90° olha direto para baixo).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="56"/>
        <source>First capture day (UTC, included). Empty: no limit.</source>
        <translation>Primeiro dia de captura (UTC, incluído). Vazio: sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="58"/>
        <source>Last capture day (UTC, included). Empty: today when DATE_FROM is given, else no limit.</source>
        <translation>Último dia de captura (UTC, incluído). Vazio: hoje quando DATE_FROM é dado, senão sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="67"/>
        <source>Give DATE_FROM as well: the first day of the captures</source>
        <translation>Informe também DATE_FROM: o primeiro dia das capturas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="83"/>
        <source>
&lt;p&gt;Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that &lt;i&gt;Download images&lt;/i&gt; fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encontra imagens de drone Spexi sobre uma área com os filtros da aba Spexi (inclinação, rumo e altitude da câmera, datas e tipos de captura) e grava duas camadas: os contornos (o que cada imagem mostra) e as posições da câmera, com o id da imagem, a classificação, o tipo e a hora da captura, rumo, inclinação, rolagem, altitude, distância, os links das imagens originais e ampliadas e um local_path vazio que &lt;i&gt;Baixar imagens&lt;/i&gt; preenche. Áreas acima do limite de 1 km² do Spexi são buscadas célula por célula e mescladas, cada imagem uma vez.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="97"/>
        <source>to search (any size: over 1 km² it is searched cell by cell)</source>
        <translation>a buscar (qualquer tamanho: acima de 1 km² é buscada célula por célula)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="98"/>
        <source>any; nadir (−90°, straight down); oblique (−60°); or range, from PITCH_MIN to PITCH_MAX.</source>
        <translation>any; nadir (−90°, direto para baixo); oblique (−60°); ou range, de PITCH_MIN a PITCH_MAX.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="113"/>
        <source>orthomosaic (nadir mapping images), oblique (tilted views of building sides), panorama (near-horizontal views from higher up). Default: all three.</source>
        <translation>orthomosaic (imagens de mapeamento no nadir), oblique (vistas inclinadas das fachadas), panorama (vistas quase horizontais de mais alto). Padrão: as três.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Spexi leaves out images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Unchecked: every intersecting image.</source>
        <translation>O Spexi deixa de fora imagens em que a área está na borda do quadro e ordena as demais por quanto ela aparece. Desmarcado: todas as imagens que a intersectam.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Stop after this many images (default {count}, as in the tab).</source>
        <translation>Parar após este número de imagens (padrão {count}, como na aba).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="131"/>
        <source>What each image shows, as polygons in WGS 84, with the fields listed above.</source>
        <translation>O que cada imagem mostra, como polígonos em WGS 84, com os campos listados acima.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="135"/>
        <source>Where each image was taken from, as points in WGS 84, with the same fields.</source>
        <translation>De onde cada imagem foi tirada, como pontos em WGS 84, com os mesmos campos.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="139"/>
        <source>How many images were written.</source>
        <translation>Quantas imagens foram gravadas.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="141"/>
        <source>How many pieces of under 1 km² the area was searched in.</source>
        <translation>Em quantos pedaços de menos de 1 km² a área foi buscada.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="151"/>
        <source>PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)</source>
        <translation>PITCH_MIN e PITCH_MAX acompanham PITCH range (que precisa deles)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="190"/>
        <source>Searching Spexi over {area}</source>
        <translation>Buscando no Spexi sobre {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="192"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagem</numerusform>
            <numerusform>%Ln imagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="212"/>
        <source>
&lt;p&gt;Asks Spexi for the best images of one place, as the Spexi tab&apos;s multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in &lt;code&gt;view&lt;/code&gt; and the Spexi result fields, so
&lt;i&gt;Download images&lt;/i&gt; takes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pede ao Spexi as melhores imagens de um lugar, como faz a ferramenta multivista da aba Spexi: uma vista no nadir de cima e vistas oblíquas olhando para norte, leste, sul e oeste (falta uma vista para a qual o Spexi não tem imagem). Os contornos vêm com a vista que mostram em &lt;code&gt;view&lt;/code&gt; e os campos de resultado do Spexi, assim &lt;i&gt;Baixar imagens&lt;/i&gt; os aceita.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="222"/>
        <source>The place to see from five sides; any CRS (on the command line “x,y [EPSG:code]”).</source>
        <translation>O lugar a ver de cinco lados; qualquer SRC (na linha de comando “x,y [EPSG:code]”).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="226"/>
        <source>One footprint per view (nadir, north, east, south, west) in WGS 84, with view and the Spexi result fields.</source>
        <translation>Um contorno por vista (nadir, norte, leste, sul, oeste) em WGS 84, com view e os campos de resultado do Spexi.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="230"/>
        <source>How many of the five views exist.</source>
        <translation>Quantas das cinco vistas existem.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="245"/>
        <source>Asking Spexi for the views of {lon}, {lat}</source>
        <translation>Pedindo ao Spexi as vistas de {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="248"/>
        <source>Views: {views}</source>
        <translation>Vistas: {views}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="248"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="171"/>
        <source>{name} needs both {name}_MIN and {name}_MAX</source>
        <translation>{name} precisa de {name}_MIN e {name}_MAX</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="184"/>
        <source>cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>célula {cell} de {cells}, página {page}, %Ln imagem recebida</numerusform>
            <numerusform>célula {cell} de {cells}, página {page}, %Ln imagens recebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="195"/>
        <source>%Ln feature(s) Spexi sent could not be read (geometry, capture date or camera position) and were left out</source>
        <translation>
            <numerusform>%Ln feição enviada pelo Spexi não pôde ser lida (geometria, data de captura ou posição da câmera) e foi deixada de fora</numerusform>
            <numerusform>%Ln feições enviadas pelo Spexi não puderam ser lidas (geometria, data de captura ou posição da câmera) e foram deixadas de fora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHubTask</name>
    <message>
        <location filename="../../core/tasks.py" line="66"/>
        <source>{service} asked us to wait {seconds} s — retrying</source>
        <translation>{service} pediu para esperarmos {seconds} s — tentando novamente</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="68"/>
        <source>{service} answered HTTP {status} — retrying in {seconds} s</source>
        <translation>{service} respondeu HTTP {status} — tentando novamente em {seconds} s</translation>
    </message>
</context>
<context>
    <name>ImagoTab</name>
    <message>
        <location filename="../../ui/imago/tab.py" line="107"/>
        <source>Account and collection</source>
        <translation>Conta e coleção</translation>
    </message>
</context>
<context>
    <name>MapflowTab</name>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="58"/>
        <source>New processing on the AOI</source>
        <translation>Novo processamento na área de interesse</translation>
    </message>
</context>
<context>
    <name>MapillaryTab</name>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="117"/>
        <source>Size of the downloaded images</source>
        <translation>Tamanho das imagens baixadas</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="150"/>
        <source>Search settings</source>
        <translation>Configurações de busca</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="265"/>
        <source>{count:,} images (from the project).</source>
        <translation>{count:,} imagens (do projeto).</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="140"/>
        <source>Pictures</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="142"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>Mostrar os resultados como miniaturas em vez de uma tabela</translation>
    </message>
</context>
<context>
    <name>MapillaryViewer</name>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="158"/>
        <source>%n detection(s) could not be read and are not drawn</source>
        <translation>
            <numerusform>%n detecção não pôde ser lida e não é desenhada</numerusform>
            <numerusform>%n detecções não puderam ser lidas e não são desenhadas</numerusform>
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
        <translation>Mostrar os resultados como miniaturas em vez de uma tabela</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="116"/>
        <source>Search settings</source>
        <translation>Configurações de busca</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="233"/>
        <source>{count:,} images in “{group}” (from the project).</source>
        <translation>{count:,} imagens em “{group}” (do projeto).</translation>
    </message>
</context>
</TS>
