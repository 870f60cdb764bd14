<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
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
    <name>ImageryHub.Aoi</name>
    <message>
        <location filename="../../ui/aoi_widget.py" line="56"/>
        <source>Rectangle</source>
        <translation>Retângulo</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="58"/>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="30"/>
        <source>Selected features</source>
        <translation>Feições selecionadas</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="31"/>
        <source>Map extent</source>
        <translation>Extensão do mapa</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="32"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="58"/>
        <source>The area of interest crosses the 180° meridian, which {service} cannot take in one piece: draw it on one side of the meridian</source>
        <translation>A área de interesse cruza o meridiano de 180°, que {service} não aceita em uma só peça: desenhe-a de um lado do meridiano</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="73"/>
        <source>Point {x}, {y}</source>
        <translation>Ponto {x}, {y}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="76"/>
        <source>Point with {radius} m radius, {area}</source>
        <translation>Ponto com raio de {radius} m, {area}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="79"/>
        <source>{kind}, {area}</source>
        <translation>{kind}, {area}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="84"/>
        <source>The area of interest is {area}, more than the {limit} {service} accepts: draw a smaller area</source>
        <translation>A área de interesse tem {area}, mais que os {limit} aceitos por {service}: desenhe uma área menor</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="137"/>
        <source>The area of interest is empty: draw it again or select features</source>
        <translation>A área de interesse está vazia: desenhe-a novamente ou selecione feições</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="140"/>
        <source>The area of interest must be a polygon: pick polygon features or draw a rectangle or polygon</source>
        <translation>A área de interesse deve ser um polígono: escolha feições de polígono ou desenhe um retângulo ou polígono</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="146"/>
        <source>The area of interest crosses itself and cannot be repaired: draw it again without crossing edges</source>
        <translation>A área de interesse cruza a si mesma e não pode ser reparada: desenhe-a novamente sem arestas cruzadas</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="150"/>
        <source>The area of interest lies outside longitude -180…180 / latitude -90…90: check the layer's CRS</source>
        <translation>A área de interesse está fora de longitude -180…180 / latitude -90…90: verifique o SRC da camada</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="154"/>
        <source>The area of interest has no area: draw a larger one</source>
        <translation>A área de interesse não tem área: desenhe uma maior</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="163"/>
        <source>The radius cannot be negative</source>
        <translation>O raio não pode ser negativo</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="166"/>
        <source>The point lies outside longitude/latitude bounds: check the CRS</source>
        <translation>O ponto está fora dos limites de longitude/latitude: verifique o SRC</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="182"/>
        <source>No features are selected in the active layer: select polygons first</source>
        <translation>Nenhuma feição está selecionada na camada ativa: selecione polígonos primeiro</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="29"/>
        <source>No area of interest yet: draw one or pick features.</source>
        <translation>Ainda não há área de interesse: desenhe uma ou escolha feições.</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="49"/>
        <source>Area of interest</source>
        <translation>Área de interesse</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="56"/>
        <source>Drag a rectangle on the map</source>
        <translation>Arraste um retângulo no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="58"/>
        <source>Click vertices on the map; right-click, double-click or Enter to finish; Backspace undoes a vertex; Esc cancels</source>
        <translation>Clique nos vértices no mapa; clique direito, duplo clique ou Enter para terminar; Backspace desfaz um vértice; Esc cancela</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="62"/>
        <source>Point</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="62"/>
        <source>Click a point on the map; the radius makes it a circle</source>
        <translation>Clique em um ponto no mapa; o raio o transforma em um círculo</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="71"/>
        <source>Radius around the clicked point (0: the point itself)</source>
        <translation>Raio em torno do ponto clicado (0: o próprio ponto)</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="72"/>
        <source>Selection</source>
        <translation>Seleção</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="72"/>
        <source>Use the selected polygons of the active layer</source>
        <translation>Usar os polígonos selecionados da camada ativa</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="74"/>
        <source>Extent</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="74"/>
        <source>Use the visible map extent</source>
        <translation>Usar a extensão visível do mapa</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="76"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="76"/>
        <source>Forget the area of interest</source>
        <translation>Esquecer a área de interesse</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="88"/>
        <source>Point radius</source>
        <translation>Raio do ponto</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="143"/>
        <source>Select a polygon layer in the Layers panel first.</source>
        <translation>Selecione primeiro uma camada de polígonos no painel Camadas.</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="193"/>
        <source>&lt;b&gt;{area}&lt;/b&gt; — still in use</source>
        <translation>&lt;b&gt;{area}&lt;/b&gt; — ainda em uso</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{service} search</source>
        <translation>Pesquisa no {service}</translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation>Uma área menor ou filtros mais estreitos precisam de menos requisições.</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Credentials</name>
    <message>
        <location filename="../../core/credentials.py" line="64"/>
        <source>No {service} credentials yet: add them in Imagery Hub settings</source>
        <translation>Ainda não há credenciais do {service}: adicione-as nas configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/credentials.py" line="75"/>
        <source>The QGIS Authentication Manager is locked: enter the master password to store credentials</source>
        <translation>O gerenciador de autenticação do QGIS está bloqueado: digite a senha mestra para guardar as credenciais</translation>
    </message>
    <message>
        <location filename="../../core/credentials.py" line="86"/>
        <source>QGIS could not store the credentials in its Authentication Manager</source>
        <translation>O QGIS não conseguiu guardar as credenciais no gerenciador de autenticação</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Downloads</name>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="42"/>
        <source>%Ln image(s) downloaded</source>
        <translation>
            <numerusform>%Ln imagem baixada</numerusform>
            <numerusform>%Ln imagens baixadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="42"/>
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>%Ln arquivo baixado</numerusform>
            <numerusform>%Ln arquivos baixados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="45"/>
        <source>{downloaded}, %Ln failed</source>
        <translation>
            <numerusform>{downloaded}, %Ln com falha</numerusform>
            <numerusform>{downloaded}, %Ln com falha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/downloads.py" line="48"/>
        <source>{downloaded} (cancelled)</source>
        <translation>{downloaded} (cancelado)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="63"/>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="67"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="71"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="73"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Cobertura de nuvens máxima (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>Only scenes covering the whole area</source>
        <translation>Somente cenas que cobrem toda a área</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>EOSDA scenes</source>
        <translation>Cenas EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Scenes written</source>
        <translation>Cenas gravadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="90"/>
        <source>Scenes found</source>
        <translation>Cenas encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>Scene (view id)</source>
        <translation>Cena (id da vista)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>Bands or index</source>
        <translation>Bandas ou índice</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="160"/>
        <source>Band expression</source>
        <translation>Expressão de bandas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="165"/>
        <source>Pixel size (m)</source>
        <translation>Tamanho do pixel (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="171"/>
        <source>Image format</source>
        <translation>Formato da imagem</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="176"/>
        <source>Colormap id</source>
        <translation>Id da paleta de cores</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>Levels (low,high)</source>
        <translation>Níveis (baixo,alto)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="187"/>
        <source>Resampling</source>
        <translation>Reamostragem</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>First check after (seconds)</source>
        <translation>Primeira verificação após (segundos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="198"/>
        <source>Rendered raster</source>
        <translation>Raster renderizado</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="201"/>
        <source>Width (px)</source>
        <translation>Largura (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="203"/>
        <source>Height (px)</source>
        <translation>Altura (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="49"/>
        <source>
&lt;p&gt;Searches EOSDA&apos;s Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what &lt;i&gt;Render an EOSDA scene&lt;/i&gt; takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Busca cenas Sentinel-2 ou Landsat 8 da EOSDA sobre uma área, como faz a aba EOSDA, e grava seus contornos com o id da vista, a data, o satélite, a cobertura de nuvens, a cobertura de dados e a parte da área que cada uma cobre. Um id de vista é o que &lt;i&gt;Renderizar uma cena EOSDA&lt;/i&gt; recebe. Intervalos de mais de um ano são pedidos um ano por vez, os mais recentes primeiro; até 2000 cenas são mantidas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="62"/>
        <source>to search</source>
        <translation>a buscar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="63"/>
        <source>sentinel2 (Sentinel-2, 10 m) or landsat8 (Landsat 8, 30 m).</source>
        <translation>sentinel2 (Sentinel-2, 10 m) ou landsat8 (Landsat 8, 30 m).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="67"/>
        <source>First day (included). Empty: %Ln day(s) before DATE_TO.</source>
        <translation>
            <numerusform>Primeiro dia (incluído). Vazio: %Ln dia antes de DATE_TO.</numerusform>
            <numerusform>Primeiro dia (incluído). Vazio: %Ln dias antes de DATE_TO.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="71"/>
        <source>Last day (included). Empty: today.</source>
        <translation>Último dia (incluído). Vazio: hoje.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="73"/>
        <source>Scenes with at most this cloud cover. Default 30 %, as in the tab.</source>
        <translation>Cenas com no máximo esta cobertura de nuvens. Padrão 30 %, como na aba.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>Keep only scenes whose data cover all of the area (CONTAINS); default: any overlap.</source>
        <translation>Manter somente cenas cujos dados cobrem toda a área (CONTAINS); padrão: qualquer sobreposição.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>How many footprints were written.</source>
        <translation>Quantos contornos foram gravados.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="90"/>
        <source>How many scenes EOSDA reported (more than COUNT when over 2000).</source>
        <translation>Quantas cenas a EOSDA informou (mais que COUNT acima de 2000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="118"/>
        <source>Searching {dataset} scenes {start} – {end}</source>
        <translation>Buscando cenas {dataset} {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="121"/>
        <source>%Ln scene(s) of {found}</source>
        <translation>
            <numerusform>%Ln cena de {found}</numerusform>
            <numerusform>%Ln cenas de {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="121"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln cena</numerusform>
            <numerusform>%Ln cenas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="138"/>
        <source>
&lt;p&gt;Renders one EOSDA scene over an area with EOSDA&apos;s Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Renderiza uma cena EOSDA sobre uma área com o serviço Download visual da EOSDA, como faz a seção de renderização da aba EOSDA: uma predefinição (cor verdadeira ou falsa cor, NDVI, NDWI) ou uma expressão de bandas própria, recortada à área, no tamanho de pixel escolhido, e gravada como raster georreferenciado em Web Mercator (EPSG:3857). Os índices vêm coloridos com uma paleta de cores entre dois níveis.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>The view_id of a scene, as Search EOSDA satellite scenes writes it: S2/… for Sentinel-2, L8/… for Landsat 8.</source>
        <translation>O view_id de uma cena, como Buscar cenas de satélite EOSDA o grava: S2/… para Sentinel-2, L8/… para Landsat 8.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="154"/>
        <source>to render (one polygon)</source>
        <translation>a renderizar (um polígono)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>true_color, false_color (near infrared), ndvi, ndwi, or custom to use EXPRESSION.</source>
        <translation>true_color, false_color (infravermelho próximo), ndvi, ndwi, ou custom para usar EXPRESSION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="160"/>
        <source>With PRESET custom: bands separated by commas for an RGB composite (B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). Band names of the scene&apos;s dataset.</source>
        <translation>Com PRESET custom: bandas separadas por vírgulas para uma composição RGB (B08,B04,B03) ou uma expressão para um índice ((B08-B04)/(B08+B04)). Nomes de bandas do conjunto de dados da cena.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="165"/>
        <source>Ground size of a pixel in metres. Empty: the dataset&apos;s native size (10 m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a side.</source>
        <translation>Tamanho no terreno de um pixel em metros. Vazio: o tamanho nativo do conjunto de dados (10 m Sentinel-2, 30 m Landsat 8). A imagem pode ter no máximo 10.000 px de lado.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="171"/>
        <source>What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. The output is then written in the format of OUTPUT&apos;s extension.</source>
        <translation>O que a EOSDA envia: tiff (um GeoTIFF) ou png / jpeg com arquivo de georreferência (world file). A saída é então gravada no formato da extensão de OUTPUT.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="176"/>
        <source>For a single-band index: EOSDA's colormap id (default red–yellow–green). Empty: grey values.</source>
        <translation>Para um índice de uma banda: o id da paleta de cores da EOSDA (padrão vermelho–amarelo–verde). Vazio: tons de cinza.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>For a single-band index: the values mapped to the ends of the colormap.</source>
        <translation>Para um índice de uma banda: os valores atribuídos às extremidades da paleta de cores.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="187"/>
        <source>How EOSDA resamples bands to the pixel size. Empty: EOSDA&apos;s default.</source>
        <translation>Como a EOSDA reamostra as bandas para o tamanho do pixel. Vazio: o padrão da EOSDA.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>How long to wait before asking whether the render is ready; the wait grows by half each time, up to 15 s.</source>
        <translation>Quanto esperar antes de perguntar se a renderização está pronta; a espera cresce pela metade a cada vez, até 15 s.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="198"/>
        <source>The render, georeferenced in EPSG:3857 (GeoTIFF unless another extension is given).</source>
        <translation>A renderização, georreferenciada em EPSG:3857 (GeoTIFF a menos que outra extensão seja dada).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="201"/>
        <source>Width of the render in pixels.</source>
        <translation>Largura da renderização em pixels.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="203"/>
        <source>Height of the render in pixels.</source>
        <translation>Altura da renderização em pixels.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="212"/>
        <source>{view_id} is not an EOSDA view id: they start with S2/ (Sentinel-2) or L8/ (Landsat 8)</source>
        <translation>{view_id} não é um id de vista EOSDA: eles começam com S2/ (Sentinel-2) ou L8/ (Landsat 8)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="220"/>
        <source>PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)</source>
        <translation>PRESET custom precisa de uma expressão de bandas, p. ex. (B08-B04)/(B08+B04)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="225"/>
        <source>{bands} is not a band of {dataset}</source>
        <translation>{bands} não é uma banda de {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="226"/>
        <source>{bands} are not bands of {dataset}</source>
        <translation>{bands} não são bandas de {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="254"/>
        <source>Writing the {width} × {height} px render</source>
        <translation>Gravando a renderização de {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="272"/>
        <source>GDAL could not write {name}: {error}</source>
        <translation>O GDAL não conseguiu gravar {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="275"/>
        <source>GDAL could not write {name} as {driver}: {error}</source>
        <translation>O GDAL não conseguiu gravar {name} como {driver}: {error}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/inventory.py" line="22"/>
        <source>EOSDA Sentinel-2 scenes</source>
        <translation>Cenas Sentinel-2 da EOSDA</translation>
    </message>
    <message>
        <location filename="../../core/eosda/layers.py" line="72"/>
        <source>QGIS cannot open the render {name}</source>
        <translation>O QGIS não consegue abrir a renderização {name}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="92"/>
        <source>EOSDA: search {dataset} scenes</source>
        <translation>EOSDA: buscar cenas {dataset}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="98"/>
        <source>{count} of {found} scenes</source>
        <translation>{count} de {found} cenas</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="131"/>
        <source>GDAL cannot open the render {name}</source>
        <translation>O GDAL não consegue abrir a renderização {name}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="134"/>
        <source>The render {name} arrived without georeference</source>
        <translation>A renderização {name} chegou sem georreferência</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="143"/>
        <source>Sending the render request to EOSDA</source>
        <translation>Enviando o pedido de renderização à EOSDA</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="156"/>
        <source>EOSDA: render {name}</source>
        <translation>EOSDA: renderizar {name}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/thumbnails.py" line="39"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>Não foi possível gravar a miniatura {path}</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="39"/>
        <source>Image + world file</source>
        <translation>Imagem + arquivo de georreferência</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>True colour</source>
        <translation>Cor verdadeira</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>False colour (NIR)</source>
        <translation>Falsa cor (NIR)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>Red–yellow–green</source>
        <translation>Vermelho–amarelo–verde</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="69"/>
        <source>Thresholds are numbers separated by commas, not “{text}”</source>
        <translation>Os limiares são números separados por vírgulas, não “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="82"/>
        <source>Custom expression</source>
        <translation>Expressão personalizada</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="85"/>
        <source>e.g. (B08-B04)/(B08+B04) or B08,B04,B03</source>
        <translation>p. ex. (B08-B04)/(B08+B04) ou B08,B04,B03</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="129"/>
        <source>Colormap</source>
        <translation>Paleta de cores</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="86"/>
        <source>Range colours</source>
        <translation>Cores por intervalos</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="92"/>
        <source>EOSDA&apos;s NDVI colormap, or paste the id of a colormap made with EOSDA&apos;s Colormap endpoint</source>
        <translation>A paleta de cores NDVI da EOSDA, ou cole o id de uma paleta criada com o endpoint Colormap da EOSDA</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="102"/>
        <source>smooth</source>
        <translation>contínuo</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="103"/>
        <source>Number of colours the colormap is cut into (colors_limit)</source>
        <translation>Número de cores em que a paleta é dividida (colors_limit)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="107"/>
        <source>One colour more than thresholds: below the first, between each, above the last</source>
        <translation>Uma cor a mais que limiares: abaixo do primeiro, entre cada um, acima do último</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="120"/>
        <source>Calibrate (TOA reflectance)</source>
        <translation>Calibrar (reflectância TOA)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="121"/>
        <source>Top-of-atmosphere reflectance (calibrate)</source>
        <translation>Reflectância no topo da atmosfera (calibrate)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="123"/>
        <source>Pansharpening (Landsat 8)</source>
        <translation>Pansharpening (Landsat 8)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="124"/>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="125"/>
        <source>Image size class sent for EOSDA&apos;s logs only</source>
        <translation>Classe de tamanho da imagem enviada só para os logs da EOSDA</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="132"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="134"/>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="135"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="137"/>
        <source>Thresholds</source>
        <translation>Limiares</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="138"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="143"/>
        <source>Colouring</source>
        <translation>Coloração</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="148"/>
        <source>More options</source>
        <translation>Mais opções</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="154"/>
        <source>Size class</source>
        <translation>Classe de tamanho</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="159"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="160"/>
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="164"/>
        <source>Pixel size</source>
        <translation>Tamanho do pixel</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="166"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="167"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="245"/>
        <source>Image size: draw a single-polygon area first</source>
        <translation>Tamanho da imagem: desenhe primeiro uma área de um só polígono</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="246"/>
        <source>Image size: no area of interest yet</source>
        <translation>Tamanho da imagem: ainda não há área de interesse</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="251"/>
        <source>Image: {width} × {height} px ({megapixels} MP): too large, raise the pixel size</source>
        <translation>Imagem: {width} × {height} px ({megapixels} MP): grande demais, aumente o tamanho do pixel</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="255"/>
        <source>Image: {width} × {height} px ({megapixels} MP)</source>
        <translation>Imagem: {width} × {height} px ({megapixels} MP)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="266"/>
        <source>{bands} is not a band of {dataset}: check the expression</source>
        <translation>{bands} não é uma banda de {dataset}: verifique a expressão</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="268"/>
        <source>{bands} are not bands of {dataset}: check the expression</source>
        <translation>{bands} não são bandas de {dataset}: verifique a expressão</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Cloud %</source>
        <translation>Nuvens %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>AOI %</source>
        <translation>ADI %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Satellite</source>
        <translation>Satélite</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>View id</source>
        <translation>Id da vista</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="47"/>
        <source>Render NDVI for this scene</source>
        <translation>Renderizar o NDVI desta cena</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="58"/>
        <source>{dataset} {start} – {end}, clouds ≤ {cloud} %</source>
        <translation>{dataset} {start} – {end}, nuvens ≤ {cloud} %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="87"/>
        <source>Whole area covered</source>
        <translation>Área coberta por inteiro</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="88"/>
        <source>Only scenes whose data cover the whole area of interest</source>
        <translation>Somente as cenas cujos dados cobrem toda a área de interesse</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="90"/>
        <source>Search scenes</source>
        <translation>Buscar cenas</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="94"/>
        <source>Search Sentinel-2 or Landsat 8 scenes over the area of interest.</source>
        <translation>Busque cenas Sentinel-2 ou Landsat 8 sobre a área de interesse.</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="103"/>
        <source>Scenes</source>
        <translation>Cenas</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="108"/>
        <source>Max cloud</source>
        <translation>Nuvens máx.</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="112"/>
        <source>Pick a scene in the table or on the map.</source>
        <translation>Escolha uma cena na tabela ou no mapa.</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="116"/>
        <source>Render onto the map</source>
        <translation>Renderizar no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="120"/>
        <source>Render options</source>
        <translation>Opções de renderização</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="137"/>
        <source>Search settings</source>
        <translation>Configurações de busca</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="268"/>
        <source>EOSDA search</source>
        <translation>Busca na EOSDA</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="186"/>
        <source>Searching scenes…</source>
        <translation>Buscando cenas…</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="191"/>
        <source>EOSDA searches an area: draw a rectangle or polygon, or give the point a radius</source>
        <translation>A EOSDA busca em uma área: desenhe um retângulo ou polígono, ou dê um raio ao ponto</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="208"/>
        <source>No scenes found: widen the dates or raise the cloud limit.</source>
        <translation>Nenhuma cena encontrada: amplie as datas ou aumente o limite de nuvens.</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="213"/>
        <source>EOSDA {dataset} scenes {start} – {end}</source>
        <translation>Cenas {dataset} da EOSDA {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/eosda/tab.py" line="219"/>
        <source>%Ln scene(s) (clouds ≤ {cloud} %); {found} found, the newest kept: narrow the dates</source>
        <translation>
            <numerusform>%Ln cena (nuvens ≤ {cloud} %); {found} encontradas, as mais recentes mantidas: restrinja as datas</numerusform>
            <numerusform>%Ln cenas (nuvens ≤ {cloud} %); {found} encontradas, as mais recentes mantidas: restrinja as datas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/eosda/tab.py" line="223"/>
        <source>%Ln scene(s) (clouds ≤ {cloud} %)</source>
        <translation>
            <numerusform>%Ln cena (nuvens ≤ {cloud} %)</numerusform>
            <numerusform>%Ln cenas (nuvens ≤ {cloud} %)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="259"/>
        <source>EOSDA sent no preview for this scene</source>
        <translation>A EOSDA não enviou prévia para esta cena</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="262"/>
        <source>EOSDA: thumbnail of {scene}</source>
        <translation>EOSDA: miniatura de {scene}</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="284"/>
        <source>&lt;b&gt;{scene}&lt;/b&gt;, {cloud} % clouds&lt;br&gt;&lt;small&gt;{view_id}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{scene}&lt;/b&gt;, {cloud} % de nuvens&lt;br&gt;&lt;small&gt;{view_id}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="294"/>
        <source>Pick a scene in the table first</source>
        <translation>Escolha primeiro uma cena na tabela</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="324"/>
        <source>EOSDA render</source>
        <translation>Renderização da EOSDA</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="313"/>
        <source>Rendering {name}…</source>
        <translation>Renderizando {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="326"/>
        <source>{layer} added ({width} × {height} px)</source>
        <translation>{layer} adicionada ({width} × {height} px)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="334"/>
        <source>Select one scene on the EOSDA footprints layer, then choose “{action}” again</source>
        <translation>Selecione uma cena na camada de contornos da EOSDA e escolha “{action}” de novo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>The scene footprints (multipolygons, WGS 84) with view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover, sun_elev and thumbnail (the scene&apos;s preview link).</source>
        <translation>Os contornos das cenas (multipolígonos, WGS 84) com view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover, sun_elev e thumbnail (o link da prévia da cena).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/sentences.py" line="17"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="18"/>
        <source>Authentication failed</source>
        <translation>Falha na autenticação</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="19"/>
        <source>Permission denied</source>
        <translation>Permissão negada</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="20"/>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="22"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation>Requisições demais: o serviço pediu para ir mais devagar</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="23"/>
        <source>Invalid input</source>
        <translation>Entrada inválida</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="24"/>
        <source>The service reported an error</source>
        <translation>O serviço informou um erro</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="25"/>
        <source>Network error</source>
        <translation>Erro de rede</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="165"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="27"/>
        <source>Not a readable vector tile</source>
        <translation>Não é um tile vetorial legível</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="29"/>
        <source>The service kept sending pages; the listing was stopped</source>
        <translation>O serviço continuava enviando páginas; a listagem foi interrompida</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="30"/>
        <source>The render did not finish in time</source>
        <translation>A renderização não terminou a tempo</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Help</name>
    <message>
        <location filename="../../ui/help.py" line="27"/>
        <source>Help on this tab</source>
        <translation>Ajuda sobre esta aba</translation>
    </message>
</context>
<context>
    <name>ImageryHub.History</name>
    <message>
        <location filename="../../ui/history.py" line="16"/>
        <source>Recent searches of this project: run one again</source>
        <translation>Buscas recentes deste projeto: execute uma novamente</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="25"/>
        <source>No searches in this project yet</source>
        <translation>Ainda não há buscas neste projeto</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Images</name>
    <message>
        <location filename="../../core/images.py" line="51"/>
        <source>The picture could not be read: {reason}</source>
        <translation>Não foi possível ler a imagem: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/images.py" line="62"/>
        <source>The picture declares {width} × {height} pixels ({megapixels} megapixels), more than the {limit}-megapixel limit, so it was not opened.</source>
        <translation>A imagem declara {width} × {height} pixels ({megapixels} megapixels), mais que o limite de {limit} megapixels, por isso não foi aberta.</translation>
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
        <location filename="../../processing_provider/imago/download.py" line="62"/>
        <source>Features naming imagery</source>
        <translation>Feições que nomeiam imageamentos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Collection field</source>
        <translation>Campo da coleção</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Imagery name field</source>
        <translation>Campo do nome do imageamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Start depth field</source>
        <translation>Campo da profundidade inicial</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>End depth field</source>
        <translation>Campo da profundidade final</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="58"/>
        <source>Imagery name</source>
        <translation>Nome do imageamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="96"/>
        <source>Imagery id</source>
        <translation>Id do imageamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Width (px)</source>
        <translation>Largura (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="104"/>
        <source>Path field</source>
        <translation>Campo do caminho</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Downloads at once</source>
        <translation>Downloads simultâneos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>Features with image paths</source>
        <translation>Feições com caminhos das imagens</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="122"/>
        <source>Images downloaded</source>
        <translation>Imagens baixadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="124"/>
        <source>Images not downloaded</source>
        <translation>Imagens não baixadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="55"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="69"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="72"/>
        <source>Elevation (m)</source>
        <translation>Elevação (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="75"/>
        <source>Upload report</source>
        <translation>Relatório de envio</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Uploaded</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Skipped</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Refused</source>
        <translation>Recusados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
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
        <location filename="../../processing_provider/imago/download.py" line="47"/>
        <source>
&lt;p&gt;Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Baixa imagens do Seequent Imago (caixas de testemunho, fotos…) para uma pasta, como faz a aba Imago. Ou para as feições de uma camada, cada uma nomeando seu imageamento por um campo de nome ou por campos de profundidade (a coleção fixa ou lida de um campo): a camada de saída é a de entrada com o caminho local da imagem de cada feição em PATH_FIELD. Ou, sem camada, de uma coleção: o imageamento nomeado por IMAGERY_NAME, por START_DEPTH (e END_DEPTH) ou por IMAGERY_ID, ou todo o imageamento da coleção quando nenhum deles é dado.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="62"/>
        <source>A layer whose features (only the selected ones when “Selected features only” is checked) each name one imagery. Empty: name the imagery with COLLECTION and the fields below.</source>
        <translation>Uma camada cujas feições (somente as selecionadas quando “Apenas feições selecionadas” está marcado) nomeiam cada uma um imageamento. Vazio: nomeie o imageamento com COLLECTION e os campos abaixo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="68"/>
        <source>of the imagery to download; needed without INPUT, and with INPUT unless COLLECTION_FIELD names it</source>
        <translation>do imageamento a baixar; necessária sem INPUT, e com INPUT a menos que COLLECTION_FIELD a nomeie</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT: the field holding each feature&apos;s collection (instead of a fixed COLLECTION).</source>
        <translation>Com INPUT: o campo com a coleção de cada feição (em vez de uma COLLECTION fixa).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT: the field holding each feature&apos;s imagery name.</source>
        <translation>Com INPUT: o campo com o nome do imageamento de cada feição.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT and no NAME_FIELD: the field holding the start depth of the interval.</source>
        <translation>Com INPUT e sem NAME_FIELD: o campo com a profundidade inicial do intervalo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With START_FIELD: the field holding the end depth (empty: the imagery at the start depth).</source>
        <translation>Com START_FIELD: o campo com a profundidade final (vazio: o imageamento na profundidade inicial).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="86"/>
        <source>Without INPUT: the name of the imagery to download.</source>
        <translation>Sem INPUT: o nome do imageamento a baixar.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="90"/>
        <source>Without INPUT: the start depth of the interval whose imagery to download.</source>
        <translation>Sem INPUT: a profundidade inicial do intervalo cujo imageamento será baixado.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="90"/>
        <source>Without INPUT: the end depth of the interval whose imagery to download.</source>
        <translation>Sem INPUT: a profundidade final do intervalo cujo imageamento será baixado.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="96"/>
        <source>Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, the depths and this empty to download every imagery of COLLECTION.</source>
        <translation>Sem INPUT: o id do imageamento a baixar. Deixe IMAGERY_NAME, as profundidades e este vazios para baixar todo o imageamento de COLLECTION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Scale the images to this width (Imago keeps the aspect). Empty: full size.</source>
        <translation>Redimensionar as imagens para esta largura (o Imago mantém a proporção). Vazio: tamanho completo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="104"/>
        <source>With INPUT: the text field of OUTPUT that receives each feature&apos;s image path (added when the layer lacks it).</source>
        <translation>Com INPUT: o campo de texto de OUTPUT que recebe o caminho da imagem de cada feição (adicionado quando a camada não o tem).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>How many images are fetched at the same time. Empty: the Imagery Hub setting.</source>
        <translation>Quantas imagens são obtidas ao mesmo tempo. Vazio: a configuração do Imagery Hub.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Where the images are saved (named collection_imagery_imagetype with the extension Imago&apos;s answer calls for).</source>
        <translation>Onde as imagens são salvas (nomeadas colecao_imageamento_tipoimagem com a extensão que a resposta do Imago indicar).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>With INPUT: its features with PATH_FIELD filled for those whose image arrived.</source>
        <translation>Com INPUT: suas feições com PATH_FIELD preenchido para aquelas cuja imagem chegou.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="122"/>
        <source>How many files arrived.</source>
        <translation>Quantos arquivos chegaram.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="124"/>
        <source>Imagery that did not arrive or features that name none (each listed in the log).</source>
        <translation>Imageamentos que não chegaram ou feições que não nomeiam nenhum (cada um listado no log).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="139"/>
        <source>{names} name fields of INPUT: give INPUT as well</source>
        <translation>{names} são campos de INPUT: informe INPUT também</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="142"/>
        <source>Name the collection (COLLECTION), or give a layer (INPUT)</source>
        <translation>Informe a coleção (COLLECTION), ou dê uma camada (INPUT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="149"/>
        <source>Give the collection once: COLLECTION or COLLECTION_FIELD, not both</source>
        <translation>Informe a coleção uma só vez: COLLECTION ou COLLECTION_FIELD, não ambos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="158"/>
        <source>the layer has no features</source>
        <translation>a camada não tem feições</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="160"/>
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
        <location filename="../../processing_provider/imago/download.py" line="237"/>
        <source>Feature {fid}: {why}</source>
        <translation>Feição {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="39"/>
        <source>
&lt;p&gt;Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab&apos;s upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file&apos;s header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Envia fotos (PNG ou JPEG) para um imageamento do Imago, como faz o diálogo de envio da aba Imago: posicionadas por um nome de imageamento, um intervalo de profundidade ou um ponto (com elevação), enviado no sistema de coordenadas que o tipo de imageamento declara. O cabeçalho de cada arquivo é verificado primeiro, assim o que o Imago recusaria (pixels demais, outro tipo) é listado sem ser enviado; um arquivo já enviado ao mesmo imageamento é ignorado, assim repetir um lote só envia o que não chegou.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="55"/>
        <source>The image files to upload (PNG or JPEG).</source>
        <translation>Os arquivos de imagem a enviar (PNG ou JPEG).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="57"/>
        <source>to upload into</source>
        <translation>para onde enviar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="58"/>
        <source>The imagery the photos belong to, by name (made when it does not exist yet).</source>
        <translation>O imageamento ao qual as fotos pertencem, pelo nome (criado quando ainda não existe).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The start depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>A profundidade inicial do intervalo que as fotos mostram, para imageamento posicionado por profundidade.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The end depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>A profundidade final do intervalo que as fotos mostram, para imageamento posicionado por profundidade.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="69"/>
        <source>Where the photos were taken, for imagery types placed by x/y; any CRS, sent in the one the imagery type declares.</source>
        <translation>Onde as fotos foram tiradas, para tipos de imageamento posicionados por x/y; qualquer SRC, enviado no que o tipo de imageamento declara.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="72"/>
        <source>The z sent with LOCATION.</source>
        <translation>O z enviado com LOCATION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="75"/>
        <source>A table with one row per file: file, state (uploaded, skipped, refused, failed), image_id and message.</source>
        <translation>Uma tabela com uma linha por arquivo: file, state (uploaded, skipped, refused, failed), image_id e message.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="99"/>
        <source>Give the photos to upload</source>
        <translation>Informe as fotos a enviar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="102"/>
        <source>No such file: {path}</source>
        <translation>Arquivo inexistente: {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="132"/>
        <source>Placing the photos at x {x}, y {y} in {crs}</source>
        <translation>Posicionando as fotos em x {x}, y {y} em {crs}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="137"/>
        <source>{file} refused: {why}</source>
        <translation>{file} recusado: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="137"/>
        <source>{file} failed: {why}</source>
        <translation>{file} falhou: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="143"/>
        <source>Cancelled: the files not listed as uploaded were not sent</source>
        <translation>Cancelado: os arquivos não listados como enviados não foram enviados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="171"/>
        <source>Imago has no imagery type {type} here</source>
        <translation>O Imago não tem o tipo de imageamento {type} aqui</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="174"/>
        <source>{type} is not placed by location: use IMAGERY_NAME or the depths</source>
        <translation>{type} não é posicionado por localização: use IMAGERY_NAME ou as profundidades</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="177"/>
        <source>{type} takes x/y in different systems in different datasets: give WORKSPACE and DATASET</source>
        <translation>{type} recebe x/y em sistemas diferentes em conjuntos de dados diferentes: informe WORKSPACE e DATASET</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files uploaded now.</source>
        <translation>Arquivos enviados agora.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files skipped because they were uploaded to this imagery before.</source>
        <translation>Arquivos ignorados porque já foram enviados antes a este imageamento.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files refused, by their header or by Imago (listed in the log).</source>
        <translation>Arquivos recusados, pelo cabeçalho ou pelo Imago (listados no log).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files that failed for another reason (listed in the log).</source>
        <translation>Arquivos que falharam por outro motivo (listados no log).</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="57"/>
        <source>Choose the collection, or the field that holds it</source>
        <translation>Escolha a coleção, ou o campo que a contém</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="60"/>
        <source>Choose the field with the imagery name, or the depth fields</source>
        <translation>Escolha o campo com o nome do imageamento, ou os campos de profundidade</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="64"/>
        <source>Layer {layer} has no field {field}</source>
        <translation>A camada {layer} não tem o campo {field}</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="68"/>
        <source>Name the field that receives the image paths</source>
        <translation>Informe o campo que recebe os caminhos das imagens</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="72"/>
        <source>Field {field} is not a text field: choose another name for the paths</source>
        <translation>O campo {field} não é de texto: escolha outro nome para os caminhos</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="89"/>
        <source>no collection in {field}</source>
        <translation>sem coleção em {field}</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="97"/>
        <source>no imagery name in {field}</source>
        <translation>sem nome de imageamento em {field}</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="104"/>
        <source>no depth in {field}</source>
        <translation>sem profundidade em {field}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/features.py" line="175"/>
        <source>Imago: %Ln image(s)</source>
        <translation>
            <numerusform>Imago: %Ln imagem</numerusform>
            <numerusform>Imago: %Ln imagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="208"/>
        <source>Imago image paths</source>
        <translation>Caminhos das imagens do Imago</translation>
    </message>
    <message>
        <location filename="../../core/imago/inventory.py" line="46"/>
        <source>Imago imagery</source>
        <translation>Imageamento do Imago</translation>
    </message>
    <message>
        <location filename="../../core/imago/session.py" line="22"/>
        <source>an API token</source>
        <translation>um token de API</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>uploaded</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="42"/>
        <source>Imago declares an unknown coordinate system {crs}</source>
        <translation>O Imago declara um sistema de coordenadas desconhecido {crs}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="59"/>
        <source>%Ln uploaded</source>
        <translation>
            <numerusform>%Ln enviado</numerusform>
            <numerusform>%Ln enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="61"/>
        <source>%Ln already there</source>
        <translation>
            <numerusform>%Ln já presente</numerusform>
            <numerusform>%Ln já presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="63"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln recusado</numerusform>
            <numerusform>%Ln recusados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="65"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln falhou</numerusform>
            <numerusform>%Ln falharam</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="230"/>
        <source>{summary} (cancelled)</source>
        <translation>{summary} (cancelado)</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="104"/>
        <source>{name} ({number} of {count})</source>
        <translation>{name} ({number} de {count})</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="113"/>
        <source>already uploaded on {date}</source>
        <translation>já enviado em {date}</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="123"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="137"/>
        <source>image {id}</source>
        <translation>imagem {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="158"/>
        <source>Imago: uploading %Ln photo(s)</source>
        <translation>
            <numerusform>Imago: enviando %Ln foto</numerusform>
            <numerusform>Imago: enviando %Ln fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="33"/>
        <source>Download Imago images for selected features</source>
        <translation>Baixar imagens do Imago para as feições selecionadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="59"/>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: %Ln selected feature(s)&lt;br&gt;Dataset &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (change it on the Imago tab)</source>
        <translation>
            <numerusform>&lt;b&gt;{layer}&lt;/b&gt;: %Ln feição selecionada&lt;br&gt;Conjunto de dados &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (altere-o na aba Imago)</numerusform>
            <numerusform>&lt;b&gt;{layer}&lt;/b&gt;: %Ln feições selecionadas&lt;br&gt;Conjunto de dados &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (altere-o na aba Imago)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="78"/>
        <source>&amp;Collection</source>
        <translation>&amp;Coleção</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="68"/>
        <source>Collection from &amp;field</source>
        <translation>Coleção a partir de um &amp;campo</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="80"/>
        <source>By &amp;name in field</source>
        <translation>Por &amp;nome no campo</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="83"/>
        <source>By &amp;depth: from field</source>
        <translation>Por &amp;profundidade: do campo</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="91"/>
        <source>original size</source>
        <translation>tamanho original</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="92"/>
        <source> px wide</source>
        <translation> px de largura</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="94"/>
        <source>Created as a text field when the layer does not have it</source>
        <translation>Criado como campo de texto quando a camada não o tem</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="113"/>
        <source>to field</source>
        <translation>até o campo</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="79"/>
        <source>Imagery &amp;type</source>
        <translation>&amp;Tipo de imageamento</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="80"/>
        <source>I&amp;mage type</source>
        <translation>Tipo de i&amp;magem</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="121"/>
        <source>&amp;Size</source>
        <translation>&amp;Tamanho</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="122"/>
        <source>&amp;Paths into field</source>
        <translation>&amp;Caminhos no campo</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="100"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="132"/>
        <source>Match each feature to its imagery:</source>
        <translation>Associar cada feição ao seu imageamento:</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="189"/>
        <source>Choose the imagery type and image type</source>
        <translation>Escolha o tipo de imageamento e o tipo de imagem</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="195"/>
        <source>None of the selected features names an imagery ({reasons})</source>
        <translation>Nenhuma das feições selecionadas nomeia um imageamento ({reasons})</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="215"/>
        <source>Imago: {layer} was removed before its images arrived</source>
        <translation>Imago: {layer} foi removida antes de as imagens chegarem</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="221"/>
        <source>Imago: images downloaded to {folder} but not written to {layer}</source>
        <translation>Imago: imagens baixadas em {folder} mas não gravadas em {layer}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="227"/>
        <source>Imago: %Ln feature(s) of {layer} got their image path in {field}</source>
        <translation>
            <numerusform>Imago: %Ln feição de {layer} recebeu o caminho da imagem em {field}</numerusform>
            <numerusform>Imago: %Ln feições de {layer} receberam o caminho da imagem em {field}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="234"/>
        <source>{line}; %Ln without: {details}</source>
        <translation>
            <numerusform>{line}; %Ln sem: {details}</numerusform>
            <numerusform>{line}; %Ln sem: {details}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="251"/>
        <source>feature {fid}</source>
        <translation>feição {fid}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Imagery</source>
        <translation>Imageamento</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Depth (m)</source>
        <translation>Profundidade (m)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="56"/>
        <source>Upload photos to Imago</source>
        <translation>Enviar fotos para o Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="228"/>
        <source>Not signed in.</source>
        <translation>Não conectado.</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="56"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="57"/>
        <source>Sign in to Imago with the account in Imagery Hub settings</source>
        <translation>Entrar no Imago com a conta das configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="60"/>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="67"/>
        <source>Browse</source>
        <translation>Navegar</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="71"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="71"/>
        <source>&amp;Dataset</source>
        <translation>Conjunto de &amp;dados</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="84"/>
        <source>List imagery</source>
        <translation>Listar imageamento</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="85"/>
        <source>List the imagery of the collection (of the imagery type)</source>
        <translation>Listar o imageamento da coleção (do tipo de imageamento)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="101"/>
        <source>Download the selected imagery&apos;s images (full size) to the download folder</source>
        <translation>Baixar as imagens do imageamento selecionado (tamanho total) para a pasta de downloads</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="104"/>
        <source>Upload…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="105"/>
        <source>Upload photos with their location to the chosen collection</source>
        <translation>Enviar fotos com sua localização para a coleção escolhida</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="117"/>
        <source>Account and collection</source>
        <translation>Conta e coleção</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="132"/>
        <source>“{action}” works on point layers (boreholes, sample sites): pick one in the Layers panel</source>
        <translation>“{action}” funciona em camadas de pontos (furos de sondagem, locais de amostragem): escolha uma no painel Camadas</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="144"/>
        <source>Select the features of {layer} to download Imago images for</source>
        <translation>Selecione as feições de {layer} para as quais baixar imagens do Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="184"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="189"/>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="196"/>
        <source>Imago: signing in</source>
        <translation>Imago: entrando</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="203"/>
        <source>Signed in as &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>Conectado como &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="220"/>
        <source>Imago sign-in</source>
        <translation>Entrada no Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="231"/>
        <source>Imago: signing out</source>
        <translation>Imago: saindo</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="284"/>
        <source>Imago: collections of {dataset}</source>
        <translation>Imago: coleções de {dataset}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="301"/>
        <source>Choose a collection to list its imagery</source>
        <translation>Escolha uma coleção para listar seu imageamento</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="307"/>
        <source>Imago: imagery of {collection}</source>
        <translation>Imago: imageamento de {collection}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="112"/>
        <source>Imago: preview</source>
        <translation>Imago: prévia</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="117"/>
        <source>Select imagery in the list to download</source>
        <translation>Selecione na lista o imageamento a baixar</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="129"/>
        <source>Imago: {summary} to {folder}</source>
        <translation>Imago: {summary} em {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="129"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="135"/>
        <source>Imago: downloading images</source>
        <translation>Imago: baixando imagens</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="42"/>
        <source>ready</source>
        <translation>pronto</translation>
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
        <translation>&amp;Adicionar fotos…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="76"/>
        <source>optional, e.g. a sample site id</source>
        <translation>opcional, p. ex. o id de um local de amostragem</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="81"/>
        <source>Imagery &amp;name</source>
        <translation>&amp;Nome do imageamento</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="84"/>
        <source>Point on the map</source>
        <translation>Ponto no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="85"/>
        <source>&amp;Pick on map</source>
        <translation>&amp;Escolher no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="88"/>
        <source>Selected feature</source>
        <translation>Feição selecionada</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="90"/>
        <source>Elevation</source>
        <translation>Elevação</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="95"/>
        <source>Elevation from field</source>
        <translation>Elevação a partir de um campo</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="116"/>
        <source>&amp;Upload</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="177"/>
        <source>Photos to upload to Imago</source>
        <translation>Fotos a enviar ao Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="177"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.tif *.tiff);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="249"/>
        <source>Choose an imagery type placed by location</source>
        <translation>Escolha um tipo de imageamento posicionado por localização</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="253"/>
        <source>Select exactly one feature of the layer, or pick a point on the map</source>
        <translation>Selecione exatamente uma feição da camada, ou escolha um ponto no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="257"/>
        <source>The selected feature has no location</source>
        <translation>A feição selecionada não tem localização</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="262"/>
        <source>Pick the point on the map first</source>
        <translation>Escolha primeiro o ponto no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="267"/>
        <source>The elevation field needs a selected feature: type the elevation instead</source>
        <translation>O campo de elevação precisa de uma feição selecionada: digite a elevação em vez disso</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="273"/>
        <source>{field} has no elevation for this feature</source>
        <translation>{field} não tem elevação para esta feição</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="288"/>
        <source>Sent as x {x}, y {y}, z {z} m in {crs} (what {kind} expects)</source>
        <translation>Enviado como x {x}, y {y}, z {z} m em {crs} (o que {kind} espera)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="307"/>
        <source>Sign in on the Imago tab first</source>
        <translation>Entre primeiro na aba Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="310"/>
        <source>Add the photos to upload first</source>
        <translation>Adicione primeiro as fotos a enviar</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="332"/>
        <source>Imago upload</source>
        <translation>Envio ao Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Inventory</name>
    <message>
        <location filename="../../ui/inventory.py" line="99"/>
        <source>All services</source>
        <translation>Todos os serviços</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="100"/>
        <source>Search every service that has credentials over the area of interest, at once, into one overview and one inventory layer</source>
        <translation>Buscar de uma vez em todos os serviços que têm credenciais sobre a área de interesse, em uma visão geral e uma camada de inventário</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="105"/>
        <source>Cancel all</source>
        <translation>Cancelar tudo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="143"/>
        <source>“All services” searches every service that has credentials over the area of interest at once. What each one holds there fills in here as it answers: click a service for its tab, a month of the timeline for its footprints.</source>
        <translation>“Todos os serviços” busca de uma vez em todos os serviços que têm credenciais sobre a área de interesse. O que cada um tem ali aparece aqui à medida que responde: clique em um serviço para ver sua aba, em um mês da linha do tempo para seus contornos.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="181"/>
        <source>Cancel this service&apos;s search</source>
        <translation>Cancelar a busca deste serviço</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="227"/>
        <source>No service to search: add credentials in Settings (⚙)</source>
        <translation>Nenhum serviço para buscar: adicione credenciais nas configurações (⚙)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="243"/>
        <source>searching</source>
        <translation>buscando</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="252"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="267"/>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="279"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="293"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="295"/>
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
        <location filename="../../processing_provider/inventory.py" line="158"/>
        <source>Area {fid} ({number} of {count}): {area}</source>
        <translation>Área {fid} ({number} de {count}): {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/inventory.py" line="84"/>
        <source>%Ln image(s) (from the imagery inventory).</source>
        <translation>
            <numerusform>%Ln imagem (do inventário de imagens).</numerusform>
            <numerusform>%Ln imagens (do inventário de imagens).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/inventory.py" line="154"/>
        <source>Writing %Ln footprint(s)</source>
        <translation>
            <numerusform>Gravando %Ln contorno</numerusform>
            <numerusform>Gravando %Ln contornos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="218"/>
        <source>Imagery inventory: {service} failed: {details}</source>
        <translation>Inventário de imagens: {service} falhou: {details}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="225"/>
        <source>Imagery inventory · {time}</source>
        <translation>Inventário de imagens · {time}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="236"/>
        <source>Imagery inventory: the result layers of {service} were not built: {details}</source>
        <translation>Inventário de imagens: as camadas de resultados do {service} não foram criadas: {details}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="238"/>
        <source>its images are in the inventory layer, but its own result layers could not be built: {reason}</source>
        <translation>suas imagens estão na camada do inventário, mas suas próprias camadas de resultados não puderam ser criadas: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="244"/>
        <source>Imagery inventory: {details}</source>
        <translation>Inventário de imagens: {details}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Captured</source>
        <translation>Capturadas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Sharpest</source>
        <translation>Mais nítida</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Cloud</source>
        <translation>Nuvens</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="60"/>
        <source>{altitude} m altitude</source>
        <translation>{altitude} m de altitude</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="198"/>
        <source>Draw or pick an area of interest first (top of the panel): the inventory searches an area</source>
        <translation>Desenhe ou escolha primeiro uma área de interesse (no topo do painel): o inventário pesquisa uma área</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="212"/>
        <source>skipped: no credentials — add them in Settings (⚙). {where}</source>
        <translation>ignorado: sem credenciais — adicione-as nas configurações (⚙). {where}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="218"/>
        <source>skipped: not confirmed ({cost})</source>
        <translation>ignorado: não confirmado ({cost})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="222"/>
        <source>refused: {reason}</source>
        <translation>recusado: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="239"/>
        <source>Searching %Ln service(s) over {area}</source>
        <translation>
            <numerusform>Pesquisando %Ln serviço sobre {area}</numerusform>
            <numerusform>Pesquisando %Ln serviços sobre {area}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="257"/>
        <source>searching: {status}</source>
        <translation>pesquisando: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="267"/>
        <source>done, more exist (narrow the area)</source>
        <translation>concluído, existem mais (reduza a área)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="275"/>
        <source>failed: {reason}</source>
        <translation>falhou: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="288"/>
        <source>%Ln image(s) from {services} in the layer “{layer}”</source>
        <translation>
            <numerusform>%Ln imagem de {services} na camada “{layer}”</numerusform>
            <numerusform>%Ln imagens de {services} na camada “{layer}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="288"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln serviço</numerusform>
            <numerusform>%Ln serviços</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline.py" line="134"/>
        <source>{month}: %Ln capture(s)</source>
        <translation>
            <numerusform>{month}: %Ln captura</numerusform>
            <numerusform>{month}: %Ln capturas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="141"/>
        <source>{service} skipped: {reason}</source>
        <translation>{service} ignorado: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="182"/>
        <source>{service} failed over area {fid}: {reason}</source>
        <translation>{service} falhou na área {fid}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="36"/>
        <source>Image id</source>
        <translation>ID da imagem</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="37"/>
        <source>Captured (UTC)</source>
        <translation>Capturada (UTC)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="38"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="39"/>
        <source>Ground resolution (m)</source>
        <translation>Resolução no terreno (m)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="40"/>
        <source>Cloud cover (%)</source>
        <translation>Cobertura de nuvens (%)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="41"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="42"/>
        <source>Flight altitude (m)</source>
        <translation>Altitude de voo (m)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="43"/>
        <source>Located by</source>
        <translation>Localizado por</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Layers</name>
    <message>
        <location filename="../../core/ingest.py" line="83"/>
        <source>Could not create the GeoPackage {path}</source>
        <translation>Não foi possível criar o GeoPackage {path}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="129"/>
        <source>Could not create the GeoPackage layer {layer}: {reason}</source>
        <translation>Não foi possível criar a camada GeoPackage {layer}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="137"/>
        <source>Could not write to {layer}: {reason}</source>
        <translation>Não foi possível gravar em {layer}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="135"/>
        <source>Cancelled while writing results</source>
        <translation>Cancelado durante a gravação dos resultados</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="231"/>
        <source>QGIS could not open {layer} in {path}</source>
        <translation>O QGIS não conseguiu abrir {layer} em {path}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="236"/>
        <source>Could not apply the style {style}: {reason}</source>
        <translation>Não foi possível aplicar o estilo {style}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/layers.py" line="305"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagem</numerusform>
            <numerusform>%Ln imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/layers.py" line="306"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln cena</numerusform>
            <numerusform>%Ln cenas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="345"/>
        <source>the data source refused it</source>
        <translation>a fonte de dados recusou</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="356"/>
        <source>Layer {layer} has no field {field}</source>
        <translation>A camada {layer} não tem o campo {field}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="363"/>
        <source>Could not add the field {field} to {layer}</source>
        <translation>Não foi possível adicionar o campo {field} a {layer}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="372"/>
        <source>Could not add the field {field} to {layer}: {reason}</source>
        <translation>Não foi possível adicionar o campo {field} a {layer}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="378"/>
        <source>Could not write {field} into {layer}: {reason}</source>
        <translation>Não foi possível gravar {field} em {layer}: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Cobertura de nuvens máxima (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Finest resolution (m/px)</source>
        <translation>Resolução mais fina (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Coarsest resolution (m/px)</source>
        <translation>Resolução mais grosseira (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Largest off-nadir angle (°)</source>
        <translation>Maior ângulo fora do nadir (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Smallest share of the area covered (%)</source>
        <translation>Menor parte da área coberta (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="64"/>
        <source>Acquired from</source>
        <translation>Adquiridas de</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>Acquired until</source>
        <translation>Adquiridas até</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="79"/>
        <source>Data providers</source>
        <translation>Provedores de dados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only images available for processing</source>
        <translation>Somente imagens disponíveis para processamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="88"/>
        <source>Catalog footprints</source>
        <translation>Contornos do catálogo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>Images written</source>
        <translation>Imagens gravadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="95"/>
        <source>Images found</source>
        <translation>Imagens encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="98"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="103"/>
        <source>Optional blocks</source>
        <translation>Blocos opcionais</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="108"/>
        <source>Imagery source type</source>
        <translation>Tipo de fonte de imagens</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="120"/>
        <source>Imagery (URL, path or id)</source>
        <translation>Imagens (URL, caminho ou id)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="124"/>
        <source>Catalog data provider</source>
        <translation>Provedor de dados do catálogo</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="128"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Processing name</source>
        <translation>Nome do processamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Project (id or name)</source>
        <translation>Projeto (id ou nome)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="142"/>
        <source>Wait for the results</source>
        <translation>Aguardar os resultados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="147"/>
        <source>Check every (seconds)</source>
        <translation>Verificar a cada (segundos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="151"/>
        <source>Give up waiting after (minutes)</source>
        <translation>Desistir de aguardar após (minutos)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="158"/>
        <source>Mapflow results</source>
        <translation>Resultados do Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Processing id</source>
        <translation>Id do processamento</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="167"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="170"/>
        <source>Objects found</source>
        <translation>Objetos encontrados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Images with at most this cloud cover.</source>
        <translation>Imagens com no máximo esta cobertura de nuvens.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images finer than this many metres per pixel.</source>
        <translation>Deixar de fora imagens mais finas que estes metros por pixel.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images coarser than this many metres per pixel.</source>
        <translation>Deixar de fora imagens mais grosseiras que estes metros por pixel.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images taken further than this from straight down.</source>
        <translation>Deixar de fora imagens tiradas mais longe que isto da vertical.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images that cover less of the area of interest.</source>
        <translation>Deixar de fora imagens que cobrem menos da área de interesse.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="49"/>
        <source>
&lt;p&gt;Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with &lt;i&gt;Run a Mapflow processing&lt;/i&gt; (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Busca no catálogo de imagens do Mapflow (as imagens de satélite e aéreas dos provedores ligados à conta) sobre uma área, como faz a página Catálogo da aba Mapflow, e grava os contornos das imagens encontradas com data, cobertura de nuvens, resolução, ângulo fora do nadir, provedor e a parte da área que cada uma cobre. Uma imagem pode então ser processada com &lt;i&gt;Executar um processamento Mapflow&lt;/i&gt; (SOURCE_TYPE catalog, SOURCE seu image_id, DATA_PROVIDER seu provedor). Até 1000 imagens são mantidas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="63"/>
        <source>to search</source>
        <translation>a buscar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="64"/>
        <source>First acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Primeiro dia de aquisição (UTC, incluído). Vazio: sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>Last acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Último dia de aquisição (UTC, incluído). Vazio: sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="72"/>
        <source>Empty: no limit.</source>
        <translation>Vazio: sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="72"/>
        <source>Default 20 %.</source>
        <translation>Padrão 20 %.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="79"/>
        <source>Only these providers, separated by commas. Empty: every provider of the account.</source>
        <translation>Somente estes provedores, separados por vírgulas. Vazio: todos os provedores da conta.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Leave out images the account cannot order or process.</source>
        <translation>Deixar de fora imagens que a conta não pode encomendar nem processar.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="88"/>
        <source>The footprints (multipolygons in WGS 84) with image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url and zoom.</source>
        <translation>Os contornos (multipolígonos em WGS 84) com image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url e zoom.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>How many footprints were written.</source>
        <translation>Quantos contornos foram gravados.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="95"/>
        <source>How many images match (more than COUNT when over 1000).</source>
        <translation>Quantas imagens correspondem (mais que COUNT acima de 1000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="124"/>
        <source>Searching the Mapflow catalog over {area}</source>
        <translation>Buscando no catálogo do Mapflow sobre {area}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="130"/>
        <source>, the first {kept} kept</source>
        <translation>, as primeiras {kept} mantidas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="65"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="48"/>
        <source>The Mapflow account has no model {model}: use one of {names}</source>
        <translation>A conta Mapflow não tem o modelo {model}: use um de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="66"/>
        <source>{model} has no optional block {blocks}: use all, none or some of {names}</source>
        <translation>{model} não tem o bloco opcional {blocks}: use all, none ou alguns de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="82"/>
        <source>
&lt;p&gt;Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With &lt;i&gt;Wait&lt;/i&gt; the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Executa um modelo de IA do Mapflow (edificações, estradas, floresta…) sobre os polígonos de uma camada, como faz a aba Mapflow: cada polígono vira uma área do processamento; a área é verificada contra os limites da conta e o custo é perguntado antes de qualquer início. Com &lt;i&gt;Aguardar&lt;/i&gt; o algoritmo acompanha o processamento até o fim e grava seus resultados (os objetos vetorizados) na camada de saída; sem isso, ele devolve na hora o id do processamento e os resultados podem ser carregados depois pela aba Mapflow.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="96"/>
        <source>to process (each polygon becomes one Mapflow area)</source>
        <translation>a processar (cada polígono vira uma área do Mapflow)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="98"/>
        <source>The AI model by name as the account lists it, with or without its emoji and in any case (Buildings, Roads, Forest, Construction sites…), or by id.</source>
        <translation>O modelo de IA pelo nome como a conta o lista, com ou sem o emoji e sem diferenciar maiúsculas (Buildings, Roads, Forest, Construction sites…), ou pelo id.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="103"/>
        <source>The model's optional blocks to enable, separated by commas (e.g. Classification, OSM); “all” (the default, as in the tab) or “none”.</source>
        <translation>Os blocos opcionais do modelo a ativar, separados por vírgulas (p. ex. Classification, OSM); “all” (o padrão, como na aba) ou “none”.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="108"/>
        <source>Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is the URL template); tif, a GeoTIFF uploaded before (SOURCE is its s3:// URL); geotiff_file, a GeoTIFF on this computer that is uploaded first (SOURCE is its path); catalog, an image of the Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); provider, an imagery provider of the account such as Mapbox, processed at ZOOM without an image (SOURCE is the provider&apos;s name).</source>
        <translation>De onde vêm as imagens: xyz, tms ou quadkey, tiles (SOURCE é o modelo de URL); tif, um GeoTIFF enviado antes (SOURCE é sua URL s3://); geotiff_file, um GeoTIFF neste computador que é enviado primeiro (SOURCE é seu caminho); catalog, uma imagem do catálogo do Mapflow (SOURCE é seu id de imagem, DATA_PROVIDER seu provedor); mosaic, um mosaico da Data API (SOURCE é o id do mosaico); provider, um provedor de imagens da conta como o Mapbox, processado no ZOOM sem imagem (SOURCE é o nome do provedor).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="120"/>
        <source>The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} for quadkey), an s3:// URL, a file path, a catalog image id or a mosaic id.</source>
        <translation>As imagens conforme SOURCE_TYPE indica: uma URL com {x}, {y}, {z} (ou {q} para quadkey), uma URL s3://, um caminho de arquivo, um id de imagem do catálogo ou um id de mosaico.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="124"/>
        <source>For SOURCE_TYPE catalog: the provider of the image, as Search the Mapflow catalog writes it in the provider field.</source>
        <translation>Para SOURCE_TYPE catalog: o provedor da imagem, como Buscar no catálogo de imagens do Mapflow o grava no campo provider.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="128"/>
        <source>Tile zoom of the imagery (tile and catalog sources). Empty: the model&apos;s own zoom.</source>
        <translation>Zoom dos tiles das imagens (fontes de tiles e de catálogo). Vazio: o zoom próprio do modelo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Name shown in Mapflow. Empty: the model and the time, e.g. “Buildings 2024-06-01 14:30”.</source>
        <translation>Nome mostrado no Mapflow. Vazio: o modelo e a hora, p. ex. “Buildings 2024-06-01 14:30”.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>The Mapflow project to put the processing in. Empty: the account&apos;s default project.</source>
        <translation>O projeto Mapflow onde colocar o processamento. Vazio: o projeto padrão da conta.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="142"/>
        <source>Follow the processing until it ends and write its results to OUTPUT. Unchecked: return the processing id as soon as it has started (OUTPUT is then not written).</source>
        <translation>Acompanhar o processamento até o fim e gravar seus resultados em OUTPUT. Desmarcado: devolver o id do processamento assim que ele começar (OUTPUT então não é gravado).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="147"/>
        <source>How often the status is asked for while waiting.</source>
        <translation>Com que frequência o status é perguntado durante a espera.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="151"/>
        <source>Stop waiting (the processing goes on in Mapflow) after this long; 0 waits without limit.</source>
        <translation>Parar de aguardar (o processamento continua no Mapflow) após este tempo; 0 aguarda sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="158"/>
        <source>The objects the model found, with the attributes Mapflow gives them (class, confidence…), in WGS 84. A GeoPackage unless another format is chosen.</source>
        <translation>Os objetos que o modelo encontrou, com os atributos que o Mapflow lhes dá (classe, confiança…), em WGS 84. Um GeoPackage a menos que outro formato seja escolhido.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>The id of the processing in Mapflow (to load it later from the tab).</source>
        <translation>O id do processamento no Mapflow (para carregá-lo depois pela aba).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="167"/>
        <source>OK when the results were written; the current status when not waiting.</source>
        <translation>OK quando os resultados foram gravados; o status atual quando não se aguarda.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="170"/>
        <source>How many result features were written (0 when not waiting).</source>
        <translation>Quantas feições de resultado foram gravadas (0 quando não se aguarda).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="196"/>
        <source>No GeoTIFF at {path}</source>
        <translation>Nenhum GeoTIFF em {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="199"/>
        <source>{name} is not a GeoTIFF</source>
        <translation>{name} não é um GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="205"/>
        <source>A catalog image needs its provider (the provider field of the catalog search)</source>
        <translation>Uma imagem do catálogo precisa de seu provedor (o campo provider da busca no catálogo)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="218"/>
        <source>Waiting is for the results: give OUTPUT (a file or TEMPORARY_OUTPUT), or set WAIT to false to only start the processing</source>
        <translation>Aguardar serve para os resultados: informe OUTPUT (um arquivo ou TEMPORARY_OUTPUT), ou defina WAIT como false para apenas iniciar o processamento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="254"/>
        <source>Starting “{name}”: {model} on {km2} km² in %Ln area(s) from {source}</source>
        <translation>
            <numerusform>Iniciando “{name}”: {model} em {km2} km² em %Ln área a partir de {source}</numerusform>
            <numerusform>Iniciando “{name}”: {model} em {km2} km² em %Ln áreas a partir de {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="257"/>
        <source>, cost {cost}</source>
        <translation>, custo {cost}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="261"/>
        <source>Mapflow processing {id} started</source>
        <translation>Processamento Mapflow {id} iniciado</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="268"/>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="269"/>
        <source>Processing {id} ended {status}: {reason}</source>
        <translation>O processamento {id} terminou como {status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="287"/>
        <source>The Mapflow account has no project {project}: use one of {names}</source>
        <translation>A conta Mapflow não tem o projeto {project}: use um de {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="304"/>
        <source>stopped waiting; processing {id} goes on in Mapflow</source>
        <translation>espera interrompida; o processamento {id} continua no Mapflow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/catalog.py" line="128"/>
        <source>%Ln image(s) found</source>
        <translation>
            <numerusform>%Ln imagem encontrada</numerusform>
            <numerusform>%Ln imagens encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="278"/>
        <source>%Ln object(s) written</source>
        <translation>
            <numerusform>%Ln objeto gravado</numerusform>
            <numerusform>%Ln objetos gravados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="38"/>
        <source>The Mapflow token is not the one shown at app.mapflow.ai (base64 of email:key): copy it again into Imagery Hub settings</source>
        <translation>O token do Mapflow não é o mostrado em app.mapflow.ai (base64 de e-mail:chave): copie-o novamente nas configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="60"/>
        <source>The QGIS Authentication Manager is locked: enter the master password to show Mapflow tiles</source>
        <translation>O gerenciador de autenticação do QGIS está bloqueado: digite a senha mestra para mostrar os tiles do Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="75"/>
        <source>QGIS could not store the Mapflow tile credentials</source>
        <translation>O QGIS não conseguiu guardar as credenciais dos tiles do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="179"/>
        <source>Searching the Mapflow catalog…</source>
        <translation>Buscando no catálogo do Mapflow…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/catalog_layers.py" line="49"/>
        <source>Writing %Ln footprint(s)…</source>
        <translation>
            <numerusform>Gravando %Ln contorno…</numerusform>
            <numerusform>Gravando %Ln contornos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/catalog_layers.py" line="132"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>Não foi possível gravar a miniatura {path}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="25"/>
        <source>Mapflow: my imagery</source>
        <translation>Mapflow: minhas imagens</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="54"/>
        <source>Mapflow gave no tiles for the mosaic “{name}”</source>
        <translation>O Mapflow não forneceu tiles para o mosaico “{name}”</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="57"/>
        <source>{name} (mosaic)</source>
        <translation>{name} (mosaico)</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="60"/>
        <source>QGIS could not open the tiles of the mosaic “{name}”</source>
        <translation>O QGIS não conseguiu abrir os tiles do mosaico “{name}”</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="72"/>
        <source>QGIS cannot open {file}</source>
        <translation>O QGIS não consegue abrir {file}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/inventory.py" line="16"/>
        <source>Mapflow catalog</source>
        <translation>Catálogo do Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="74"/>
        <source>{name} – results (tiles)</source>
        <translation>{name} – resultados (tiles)</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="78"/>
        <source>QGIS could not open the result tiles of {name}</source>
        <translation>O QGIS não conseguiu abrir os tiles de resultados de {name}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="83"/>
        <source>Could not style the result tiles: {reason}</source>
        <translation>Não foi possível aplicar o estilo aos tiles de resultados: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="87"/>
        <source>{name} – imagery</source>
        <translation>{name} – imagens</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="90"/>
        <source>QGIS could not open the imagery tiles of {name}</source>
        <translation>O QGIS não conseguiu abrir os tiles de imagens de {name}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="95"/>
        <source>{name} has no result layers yet</source>
        <translation>{name} ainda não tem camadas de resultados</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="49"/>
        <source>Downloading the results of {name}…</source>
        <translation>Baixando os resultados de {name}…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="127"/>
        <source>The results of {name} are not readable GeoJSON</source>
        <translation>Os resultados de {name} não são um GeoJSON legível</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="139"/>
        <source>Cancelled while waiting for the same download</source>
        <translation>Cancelado enquanto aguardava o mesmo download</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="144"/>
        <source>Writing the GeoPackage…</source>
        <translation>Gravando o GeoPackage…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="178"/>
        <source>{name} – results</source>
        <translation>{name} – resultados</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="186"/>
        <source>{name} – AOIs</source>
        <translation>{name} – áreas</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="38"/>
        <source>GDAL cannot read {file}: is it a raster file?</source>
        <translation>O GDAL não consegue ler {file}: é um arquivo raster?</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="42"/>
        <source>{file} has no georeference: Mapflow needs a GeoTIFF with a CRS</source>
        <translation>{file} não tem georreferência: o Mapflow precisa de um GeoTIFF com SRC</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="67"/>
        <source>the mosaic</source>
        <translation>o mosaico</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="73"/>
        <source>{file} cannot join {mosaic}: {differences}. Images of a mosaic must share CRS, number of bands and resolution</source>
        <translation>{file} não é compatível com {mosaic}: {differences}. As imagens de um mosaico devem ter o mesmo SRC, número de bandas e resolução</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="83"/>
        <source>Only raster layers read from a file can be uploaded to Mapflow</source>
        <translation>Somente camadas raster lidas de um arquivo podem ser enviadas ao Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="87"/>
        <source>The layer “{name}” is not a file on this computer</source>
        <translation>A camada “{name}” não é um arquivo neste computador</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="18"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="112"/>
        <source>GDAL could not write {file} as a GeoTIFF</source>
        <translation>O GDAL não conseguiu gravar {file} como GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="46"/>
        <source>Imagery Hub: uploading {files} to Mapflow</source>
        <translation>Imagery Hub: enviando {files} ao Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="53"/>
        <source>Checking the files…</source>
        <translation>Verificando os arquivos…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="59"/>
        <source>Checking the mosaic “{name}”…</source>
        <translation>Verificando o mosaico “{name}”…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="63"/>
        <source>the mosaic “{name}” ({profile})</source>
        <translation>o mosaico “{name}” ({profile})</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="67"/>
        <source>Mapflow: the images of “{name}” describe no raster profile this plugin reads, so their grid was not compared before the upload</source>
        <translation>Mapflow: as imagens de “{name}” não descrevem nenhum perfil raster que este plugin leia, então sua grade não foi comparada antes do envio</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="80"/>
        <source>Writing {file} as a GeoTIFF…</source>
        <translation>Gravando {file} como GeoTIFF…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="88"/>
        <source>Uploading {file} ({size}, {number} of {count})…</source>
        <translation>Enviando {file} ({size}, {number} de {count})…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="111"/>
        <source>{file} is not a GeoTIFF: use My imagery to upload other rasters</source>
        <translation>{file} não é um GeoTIFF: use Minhas imagens para enviar outros rasters</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="116"/>
        <source>Uploading {file} ({size})…</source>
        <translation>Enviando {file} ({size})…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="99"/>
        <source>checking Mapflow processings</source>
        <translation>verificando os processamentos do Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="103"/>
        <source>Mapflow: not checking processings: {reason}</source>
        <translation>Mapflow: os processamentos não são verificados: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="111"/>
        <source>Mapflow: processing {id} no longer exists; not watching it any more</source>
        <translation>Mapflow: o processamento {id} não existe mais; deixou de ser acompanhado</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="122"/>
        <source>Mapflow: checking processings failed, will try again: {reason}</source>
        <translation>Mapflow: a verificação dos processamentos falhou, será tentada de novo: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="13"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="14"/>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="15"/>
        <source>Awaiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="16"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="17"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="19"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="23"/>
        <source>“{name}” done.</source>
        <translation>“{name}” concluído.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="24"/>
        <source>“{name}” failed.</source>
        <translation>“{name}” falhou.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="25"/>
        <source>“{name}” cancelled.</source>
        <translation>“{name}” cancelado.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="26"/>
        <source>“{name}” refunded.</source>
        <translation>“{name}” reembolsado.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="33"/>
        <source>“{name}”: {status}.</source>
        <translation>“{name}”: {status}.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="65"/>
        <source>{used} used</source>
        <translation>{used} usados</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="66"/>
        <source>{used} of {limit} used</source>
        <translation>{used} usados de {limit}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/words.py" line="73"/>
        <source>{crs}, %Ln band(s), pixel size {size}</source>
        <translation>
            <numerusform>{crs}, %Ln banda, tamanho do pixel {size}</numerusform>
            <numerusform>{crs}, %Ln bandas, tamanho do pixel {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="80"/>
        <source>uploaded image {name}</source>
        <translation>imagem enviada {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/words.py" line="84"/>
        <source>%Ln image(s) of the mosaic “{name}”</source>
        <translation>
            <numerusform>%Ln imagem do mosaico “{name}”</numerusform>
            <numerusform>%Ln imagens do mosaico “{name}”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="85"/>
        <source>the mosaic “{name}”</source>
        <translation>o mosaico “{name}”</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="87"/>
        <source>{provider} image {id}</source>
        <translation>imagem {provider} {id}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="90"/>
        <source>{provider} imagery</source>
        <translation>imagens de {provider}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="33"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="34"/>
        <source>Cloud %</source>
        <translation>Nuvens %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="36"/>
        <source>AOI %</source>
        <translation>Área %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="112"/>
        <source>Off-nadir</source>
        <translation>Fora do nadir</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="122"/>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="39"/>
        <source>Image id</source>
        <translation>Id da imagem</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="52"/>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="82"/>
        <source>How much of the AOI an image must cover at least</source>
        <translation>Quanto da área de interesse uma imagem deve cobrir no mínimo</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="83"/>
        <source>Search imagery</source>
        <translation>Buscar imagens</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="86"/>
        <source>Search the imagery of your Mapflow providers over the AOI.</source>
        <translation>Busque as imagens dos seus provedores do Mapflow sobre a área de interesse.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="94"/>
        <source>Show the scenes as their previews instead of a table</source>
        <translation>Mostrar as cenas por suas prévias em vez de uma tabela</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="99"/>
        <source>Pick a scene in the table or on the map.</source>
        <translation>Escolha uma cena na tabela ou no mapa.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="101"/>
        <source>Run processing on this image…</source>
        <translation>Executar um processamento nesta imagem…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="102"/>
        <source>Starts a processing of the AOI with the model chosen under Processing, after showing its cost</source>
        <translation>Inicia um processamento da área de interesse com o modelo escolhido em Processamento, após mostrar seu custo</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="110"/>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="111"/>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="113"/>
        <source>Max cloud</source>
        <translation>Nuvens máx.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="114"/>
        <source>Min AOI cover</source>
        <translation>Cobertura mín. da área</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="137"/>
        <source>This image has no picture preview</source>
        <translation>Esta imagem não tem prévia de imagem</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="138"/>
        <source>fetching a catalog thumbnail</source>
        <translation>obtendo uma miniatura do catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="146"/>
        <source>The catalog searches an area: draw a rectangle or polygon, or give the point a radius</source>
        <translation>O catálogo busca sobre uma área: desenhe um retângulo ou polígono, ou dê um raio ao ponto</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="172"/>
        <source>searching the Mapflow catalog</source>
        <translation>buscando no catálogo do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="183"/>
        <source>The search failed: {reason}</source>
        <translation>A busca falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="190"/>
        <source>No images match: widen the dates or relax the filters.</source>
        <translation>Nenhuma imagem corresponde: amplie as datas ou afrouxe os filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="193"/>
        <source>Mapflow catalog {start} – {end}</source>
        <translation>Catálogo do Mapflow {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/catalog.py" line="198"/>
        <source>%Ln image(s) (clouds ≤ {cloud} %)</source>
        <translation>
            <numerusform>%Ln imagem (nuvens ≤ {cloud} %)</numerusform>
            <numerusform>%Ln imagens (nuvens ≤ {cloud} %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/catalog.py" line="201"/>
        <source>{found}; %Ln found, the first {kept} kept: narrow the filters</source>
        <translation>
            <numerusform>{found}; %Ln encontrada, as {kept} primeiras mantidas: restrinja os filtros</numerusform>
            <numerusform>{found}; %Ln encontradas, as {kept} primeiras mantidas: restrinja os filtros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="204"/>
        <source>Mapflow catalog: {result}</source>
        <translation>Catálogo do Mapflow: {result}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="217"/>
        <source>{cloud} % clouds</source>
        <translation>{cloud} % de nuvens</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="217"/>
        <source>clouds unknown</source>
        <translation>nuvens desconhecidas</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="224"/>
        <source>This image has no picture preview.</source>
        <translation>Esta imagem não tem prévia de imagem.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="226"/>
        <source>Loading the preview…</source>
        <translation>Carregando a prévia…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="227"/>
        <source>fetching a catalog preview</source>
        <translation>obtendo uma prévia do catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="239"/>
        <source>No preview: {reason}</source>
        <translation>Sem prévia: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="245"/>
        <source>Pick a scene in the table first</source>
        <translation>Escolha primeiro uma cena na tabela</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="39"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="63"/>
        <source>Mapflow gave no reason.</source>
        <translation>O Mapflow não deu nenhum motivo.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="64"/>
        <source>Mapflow: {name} failed</source>
        <translation>Mapflow: {name} falhou</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="67"/>
        <source>Change the source or the area and start again, or restart it if the error was on Mapflow&apos;s side.</source>
        <translation>Mude a fonte ou a área e comece de novo, ou reinicie-o se o erro foi do lado do Mapflow.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="77"/>
        <source>comma-separated, e.g. drone, june</source>
        <translation>separadas por vírgulas, p. ex. drone, junho</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="116"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="80"/>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="93"/>
        <source>GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="94"/>
        <source>Upload GeoTIFFs to Mapflow</source>
        <translation>Enviar GeoTIFFs ao Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>XYZ tiles</source>
        <translation>Tiles XYZ</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>TMS tiles</source>
        <translation>Tiles TMS</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Quadkey tiles</source>
        <translation>Tiles Quadkey</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Uploaded GeoTIFF</source>
        <translation>GeoTIFF enviado</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Catalog image</source>
        <translation>Imagem do catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Imagery provider</source>
        <translation>Provedor de imagens</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="48"/>
        <source>s3://… (as the upload returned it)</source>
        <translation>s3://… (como o envio o retornou)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="53"/>
        <source>free</source>
        <translation>grátis</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="66"/>
        <source>automatic: model and time</source>
        <translation>automático: modelo e hora</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="68"/>
        <source>The AI models of your Mapflow account, with their price</source>
        <translation>Os modelos de IA da sua conta do Mapflow, com seu preço</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="87"/>
        <source>Upload…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="86"/>
        <source>Upload a GeoTIFF from disk; its s3:// URL goes here</source>
        <translation>Enviar um GeoTIFF do disco; sua URL s3:// vem para cá</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="97"/>
        <source>model default</source>
        <translation>padrão do modelo</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="99"/>
        <source>Tile zoom to process at; the model&apos;s own zoom when left at default</source>
        <translation>Zoom dos tiles para processar; o zoom próprio do modelo se ficar no padrão</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="103"/>
        <source>The imagery providers of your Mapflow account; no image to pick</source>
        <translation>Os provedores de imagens da sua conta do Mapflow; não é preciso escolher imagem</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="106"/>
        <source>image id from the catalog</source>
        <translation>id da imagem do catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="111"/>
        <source>Start processing…</source>
        <translation>Iniciar processamento…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="112"/>
        <source>Shows the cost and asks before anything starts</source>
        <translation>Mostra o custo e pergunta antes de iniciar qualquer coisa</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="117"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="118"/>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="119"/>
        <source>&amp;Source</source>
        <translation>&amp;Fonte</translation>
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
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="124"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="160"/>
        <source>{block} (free)</source>
        <translation>{block} (grátis)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="187"/>
        <source>Imagery: &lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>Imagens: &lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="196"/>
        <source>Selected imagery</source>
        <translation>Imagens escolhidas</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="235"/>
        <source>The Mapflow account is not loaded yet: press Refresh</source>
        <translation>A conta do Mapflow ainda não foi carregada: clique em Atualizar</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="41"/>
        <source>A new mosaic…</source>
        <translation>Um novo mosaico…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="60"/>
        <source>Storage not loaded yet.</source>
        <translation>Armazenamento ainda não carregado.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="374"/>
        <source>Select an image to see its preview.</source>
        <translation>Selecione uma imagem para ver sua prévia.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Use for a processing</source>
        <translation>&amp;Usar em um processamento</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>Show on the &amp;map</source>
        <translation>Mostrar no &amp;mapa</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Large preview</source>
        <translation>Prévia &amp;grande</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>Re&amp;name / tags…</source>
        <translation>Re&amp;nomear / etiquetas…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Link an uploaded s3:// image…</source>
        <translation>&amp;Vincular uma imagem s3:// enviada…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>De&amp;lete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="90"/>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="85"/>
        <source>New mosaic…</source>
        <translation>Novo mosaico…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="85"/>
        <source>Create an empty mosaic</source>
        <translation>Criar um mosaico vazio</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="87"/>
        <source>Upload GeoTIFFs from disk into a mosaic</source>
        <translation>Enviar GeoTIFFs do disco para um mosaico</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="90"/>
        <source>Reload mosaics, images and storage (F5)</source>
        <translation>Recarregar mosaicos, imagens e armazenamento (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="319"/>
        <source>Use for processing</source>
        <translation>Usar para processar</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="93"/>
        <source>Process the selected mosaic or images (Enter)</source>
        <translation>Processar o mosaico ou as imagens selecionadas (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="96"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="96"/>
        <source>Show the mosaic&apos;s tiles, or download the image as a layer</source>
        <translation>Mostrar os tiles do mosaico ou baixar a imagem como camada</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="172"/>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="136"/>
        <source>loading your Mapflow imagery</source>
        <translation>carregando suas imagens do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="157"/>
        <source>Storage: {usage}</source>
        <translation>Armazenamento: {usage}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="160"/>
        <source>{percent} % of your Mapflow storage is used</source>
        <translation>{percent} % do seu armazenamento do Mapflow está em uso</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="265"/>
        <source>New Mapflow mosaic</source>
        <translation>Novo mosaico do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="180"/>
        <source>creating a Mapflow mosaic</source>
        <translation>criando um mosaico do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="191"/>
        <source>Mosaic name and tags</source>
        <translation>Nome e etiquetas do mosaico</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="194"/>
        <source>changing a Mapflow mosaic</source>
        <translation>alterando um mosaico do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="198"/>
        <source>Rename image</source>
        <translation>Renomear imagem</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="201"/>
        <source>renaming a Mapflow image</source>
        <translation>renomeando uma imagem do Mapflow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="217"/>
        <source>the mosaic {names} with %Ln image(s)</source>
        <translation>
            <numerusform>o mosaico {names} com %Ln imagem</numerusform>
            <numerusform>o mosaico {names} com %Ln imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="219"/>
        <source>the mosaics {names} with %Ln image(s)</source>
        <translation>
            <numerusform>os mosaicos {names} com %Ln imagem</numerusform>
            <numerusform>os mosaicos {names} com %Ln imagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="222"/>
        <source>1 image (“{file}”)</source>
        <translation>1 imagem (“{file}”)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery_tree.py" line="51"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagem</numerusform>
            <numerusform>%Ln imagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="225"/>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="227"/>
        <source>Delete {what} from Mapflow? Deleted images cannot be restored.</source>
        <translation>Excluir {what} do Mapflow? Imagens excluídas não podem ser restauradas.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="229"/>
        <source>Delete Mapflow imagery</source>
        <translation>Excluir imagens do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="206"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="238"/>
        <source>deleting Mapflow imagery</source>
        <translation>excluindo imagens do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="242"/>
        <source>Link an uploaded image</source>
        <translation>Vincular uma imagem enviada</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="242"/>
        <source>s3:// URL of the image to add to “{mosaic}”</source>
        <translation>URL s3:// da imagem a adicionar a “{mosaic}”</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="247"/>
        <source>linking an image to a Mapflow mosaic</source>
        <translation>vinculando uma imagem a um mosaico do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="345"/>
        <source>Upload to Mapflow</source>
        <translation>Enviar ao Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="257"/>
        <source>Into the mosaic</source>
        <translation>Para o mosaico</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="294"/>
        <source>An upload is running: wait for it or cancel it first</source>
        <translation>Há um envio em andamento: aguarde-o ou cancele-o primeiro</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="310"/>
        <source>Uploading to “{mosaic}”…</source>
        <translation>Enviando para “{mosaic}”…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="319"/>
        <source>%Ln image(s) uploaded to the Mapflow mosaic “{mosaic}”</source>
        <translation>
            <numerusform>%Ln imagem enviada ao mosaico do Mapflow “{mosaic}”</numerusform>
            <numerusform>%Ln imagens enviadas ao mosaico do Mapflow “{mosaic}”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="334"/>
        <source>Select one mosaic, or images of one mosaic</source>
        <translation>Selecione um mosaico, ou imagens de um mesmo mosaico</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="359"/>
        <source>downloading {file}</source>
        <translation>baixando {file}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="364"/>
        <source>Downloading {file}…</source>
        <translation>Baixando {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="374"/>
        <source>“{mosaic}”: %Ln image(s). Select one to see it.</source>
        <translation>
            <numerusform>“{mosaic}”: %Ln imagem. Selecione uma para vê-la.</numerusform>
            <numerusform>“{mosaic}”: %Ln imagens. Selecione uma para vê-la.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="400"/>
        <source>fetching a Mapflow preview</source>
        <translation>obtendo uma prévia do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="394"/>
        <source>No preview available.</source>
        <translation>Nenhuma prévia disponível.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery_tree.py" line="22"/>
        <source>%Ln band(s)</source>
        <translation>
            <numerusform>%Ln banda</numerusform>
            <numerusform>%Ln bandas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="30"/>
        <source>Mosaic / image</source>
        <translation>Mosaico / imagem</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="30"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="55"/>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="63"/>
        <source>profile unknown</source>
        <translation>perfil desconhecido</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="67"/>
        <source>Uploaded {when}</source>
        <translation>Enviada em {when}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="29"/>
        <source>“{name}” is not finished yet</source>
        <translation>“{name}” ainda não terminou</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="44"/>
        <source>downloading the results of {name}</source>
        <translation>baixando os resultados de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="58"/>
        <source>Mapflow: the results of “{name}” are in {path}</source>
        <translation>Mapflow: os resultados de “{name}” estão em {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/processing_actions.py" line="61"/>
        <source>Downloaded %Ln feature(s) of “{name}” into {file}</source>
        <translation>
            <numerusform>%Ln feição de “{name}” baixada em {file}</numerusform>
            <numerusform>%Ln feições de “{name}” baixadas em {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="67"/>
        <source>loading the AOIs of {name}</source>
        <translation>carregando as áreas de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="72"/>
        <source>Rename Mapflow processing</source>
        <translation>Renomear processamento do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="75"/>
        <source>renaming a Mapflow processing</source>
        <translation>renomeando um processamento do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="80"/>
        <source>restarting a Mapflow processing</source>
        <translation>reiniciando um processamento do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="86"/>
        <source>Restarted the failed parts of “{name}”</source>
        <translation>As partes com falha de “{name}” foram reiniciadas</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="91"/>
        <source>Move Mapflow processing</source>
        <translation>Mover processamento do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="91"/>
        <source>Move “{name}” to</source>
        <translation>Mover “{name}” para</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="97"/>
        <source>moving a Mapflow processing</source>
        <translation>movendo um processamento do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="102"/>
        <source>Delete “{name}” and its results on Mapflow? Layers already downloaded stay.</source>
        <translation>Excluir “{name}” e seus resultados no Mapflow? As camadas já baixadas permanecem.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="104"/>
        <source>Delete Mapflow processing</source>
        <translation>Excluir processamento do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="106"/>
        <source>deleting a Mapflow processing</source>
        <translation>excluindo um processamento do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Area km²</source>
        <translation>Área km²</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Load results as tiles</source>
        <translation>&amp;Carregar os resultados como tiles</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Download results (GeoPackage)</source>
        <translation>&amp;Baixar os resultados (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Show &amp;AOIs with their status</source>
        <translation>Mostrar as &amp;áreas com seu status</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Read the &amp;error</source>
        <translation>Ler o &amp;erro</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nomear…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Res&amp;tart failed parts</source>
        <translation>Rein&amp;iciar as partes com falha</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Move to project…</source>
        <translation>&amp;Mover para um projeto…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="58"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="164"/>
        <source>Load</source>
        <translation>Carregar</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="165"/>
        <source>Result tiles and imagery as layers (Enter)</source>
        <translation>Tiles de resultados e imagens como camadas (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="168"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="169"/>
        <source>The result features into a GeoPackage layer</source>
        <translation>As feições de resultado em uma camada GeoPackage</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="13"/>
        <source>{credits} credits left</source>
        <translation>{credits} créditos restantes</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="16"/>
        <source>unlimited processing</source>
        <translation>processamento ilimitado</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="18"/>
        <source>{left} left of {limit}</source>
        <translation>{left} restantes de {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="21"/>
        <source>{left} left</source>
        <translation>{left} restantes</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="23"/>
        <source>no limit reported</source>
        <translation>nenhum limite informado</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="26"/>
        <source>≤ {area} per area</source>
        <translation>≤ {area} por área</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/projects.py" line="30"/>
        <source>≤ %Ln area(s) per processing</source>
        <translation>
            <numerusform>≤ %Ln área por processamento</numerusform>
            <numerusform>≤ %Ln áreas por processamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/projects.py" line="31"/>
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln modelo</numerusform>
            <numerusform>%Ln modelos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="55"/>
        <source>Mapflow account not loaded yet.</source>
        <translation>Conta do Mapflow ainda não carregada.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="58"/>
        <source>Reload the account, projects and processings</source>
        <translation>Recarregar a conta, os projetos e os processamentos</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="61"/>
        <source>The Mapflow project whose processings are shown and where new ones go</source>
        <translation>O projeto do Mapflow cujos processamentos são mostrados e onde entram os novos</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="64"/>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="64"/>
        <source>Create a project</source>
        <translation>Criar um projeto</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="66"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="66"/>
        <source>Rename this project</source>
        <translation>Renomear este projeto</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="68"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="68"/>
        <source>Delete this project and all its processings</source>
        <translation>Excluir este projeto e todos os seus processamentos</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="72"/>
        <source>&amp;Project</source>
        <translation>&amp;Projeto</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="103"/>
        <source>{name} (default)</source>
        <translation>{name} (padrão)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="60"/>
        <source>New processing on the AOI</source>
        <translation>Novo processamento na área de interesse</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>Processing</source>
        <translation>Processamento</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>My imagery</source>
        <translation>Minhas imagens</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="167"/>
        <source>loading the Mapflow account</source>
        <translation>carregando a conta do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="180"/>
        <source>loading Mapflow projects</source>
        <translation>carregando os projetos do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="184"/>
        <source>New Mapflow project</source>
        <translation>Novo projeto do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="193"/>
        <source>Project name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="187"/>
        <source>creating a Mapflow project</source>
        <translation>criando um projeto do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="193"/>
        <source>Rename Mapflow project</source>
        <translation>Renomear projeto do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="196"/>
        <source>renaming a Mapflow project</source>
        <translation>renomeando um projeto do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="204"/>
        <source>Delete the project “{name}” with all its processings and results? This cannot be undone.</source>
        <translation>Excluir o projeto “{name}” com todos os seus processamentos e resultados? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="206"/>
        <source>Delete Mapflow project</source>
        <translation>Excluir projeto do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="208"/>
        <source>deleting a Mapflow project</source>
        <translation>excluindo um projeto do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="219"/>
        <source>listing Mapflow processings</source>
        <translation>listando os processamentos do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="245"/>
        <source>Asking Mapflow for the cost…</source>
        <translation>Consultando o custo no Mapflow…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="246"/>
        <source>estimating a Mapflow processing</source>
        <translation>estimando um processamento do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="258"/>
        <source>Cost: {cost} credits ({left} left)</source>
        <translation>Custo: {cost} créditos ({left} restantes)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="261"/>
        <source>Area: {area} km² of {left} km² left</source>
        <translation>Área: {area} km² de {left} km² restantes</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="264"/>
        <source>Cost: {cost}</source>
        <translation>Custo: {cost}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/tab.py" line="267"/>
        <source>{area} in %Ln area(s)</source>
        <translation>
            <numerusform>{area} em %Ln área</numerusform>
            <numerusform>{area} em %Ln áreas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="268"/>
        <source>Start “{name}”?

Model: {model}
Area: {area}
Imagery: {imagery}
{price}</source>
        <translation>Iniciar “{name}”?

Modelo: {model}
Área: {area}
Imagens: {imagery}
{price}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="271"/>
        <source>Start Mapflow processing</source>
        <translation>Iniciar processamento do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="271"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="274"/>
        <source>Not started.</source>
        <translation>Não iniciado.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="276"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="277"/>
        <source>starting a Mapflow processing</source>
        <translation>iniciando um processamento do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="293"/>
        <source>Uploading {file}…</source>
        <translation>Enviando {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="289"/>
        <source>uploading {file} to Mapflow</source>
        <translation>enviando {file} ao Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="297"/>
        <source>{file} is uploaded: start the processing when ready.</source>
        <translation>{file} foi enviado: inicie o processamento quando quiser.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="302"/>
        <source>Started “{name}”; you will be told when it is done.</source>
        <translation>“{name}” iniciado; você será avisado quando terminar.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="310"/>
        <source>Mapflow processing “{name}” started</source>
        <translation>Processamento do Mapflow “{name}” iniciado</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="317"/>
        <source>“{name}”: {status}, {percent} %</source>
        <translation>“{name}”: {status}, {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="324"/>
        <source>Mapflow processing “{name}” is done</source>
        <translation>O processamento do Mapflow “{name}” terminou</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="325"/>
        <source>Load results</source>
        <translation>Carregar resultados</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="329"/>
        <source>Mapflow processing “{name}” failed: {reason}</source>
        <translation>O processamento do Mapflow “{name}” falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="331"/>
        <source>Read the error</source>
        <translation>Ler o erro</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="334"/>
        <source>Mapflow processing “{name}” ended: {status}</source>
        <translation>O processamento do Mapflow “{name}” terminou: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="342"/>
        <source>Use as Mapflow AOI</source>
        <translation>Usar como área de interesse do Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="343"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>Executar processamento do Mapflow nas feições selecionadas</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="354"/>
        <source>Mapflow processes polygons: pick a polygon layer</source>
        <translation>O Mapflow processa polígonos: escolha uma camada de polígonos</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="187"/>
        <source>Name the model, e.g. Buildings</source>
        <translation>Informe o modelo, p. ex. Buildings</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="45"/>
        <source>Captured from</source>
        <translation>Capturadas de</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>Captured until</source>
        <translation>Capturadas até</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="51"/>
        <source>Panoramas only</source>
        <translation>Somente panoramas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="54"/>
        <source>Creator (Mapillary username)</source>
        <translation>Autor (usuário do Mapillary)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="60"/>
        <source>Mapillary images</source>
        <translation>Imagens do Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>Images found</source>
        <translation>Imagens encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="66"/>
        <source>Cells at the cap</source>
        <translation>Células no limite</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="30"/>
        <source>
&lt;p&gt;Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary&apos;s bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to &lt;i&gt;Download images&lt;/i&gt; to fetch the pictures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encontra as imagens de rua do Mapillary capturadas em uma área, como faz a aba Mapillary: a área é dividida em células abaixo do limite de retângulo envolvente do Mapillary (uma configuração do complemento), uma célula que devolve o limite de 2000 imagens é dividida de novo, e cada imagem é mantida uma vez. O resultado é uma camada de pontos das posições da câmera com o id da imagem, a hora da captura, o ângulo da bússola, o indicador de panorama, o autor, a sequência e a câmera. Passe-a para &lt;i&gt;Baixar imagens&lt;/i&gt; para obter as fotos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="44"/>
        <source>to search</source>
        <translation>a buscar</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="45"/>
        <source>First capture day (UTC, included). Empty: no lower limit.</source>
        <translation>Primeiro dia de captura (UTC, incluído). Vazio: sem limite inferior.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>Last capture day (UTC, included). Empty: up to today.</source>
        <translation>Último dia de captura (UTC, incluído). Vazio: até hoje.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="51"/>
        <source>Keep only 360° panoramas. Default: every image.</source>
        <translation>Manter somente panoramas de 360°. Padrão: todas as imagens.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="54"/>
        <source>Only images uploaded by this Mapillary user (without @). Empty: anyone.</source>
        <translation>Somente imagens enviadas por este usuário do Mapillary (sem @). Vazio: qualquer um.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="60"/>
        <source>The images as points in WGS 84, one per image, with a local_path field that Download images fills.</source>
        <translation>As imagens como pontos em WGS 84, um por imagem, com um campo local_path que Baixar imagens preenche.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>How many images were found.</source>
        <translation>Quantas imagens foram encontradas.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="66"/>
        <source>Cells that still returned 2000 images after being split: images are missing there (search a smaller area or fewer dates). 0 when complete.</source>
        <translation>Células que ainda devolviam 2000 imagens após a divisão: faltam imagens ali (busque uma área menor ou menos datas). 0 quando completo.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="96"/>
        <source>Searching Mapillary: {filters}</source>
        <translation>Buscando no Mapillary: {filters}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="99"/>
        <source>Searching Mapillary</source>
        <translation>Buscando no Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="103"/>
        <source>{done} of {total} cells, %Ln image(s)</source>
        <translation>
            <numerusform>{done} de {total} células, %Ln imagem</numerusform>
            <numerusform>{done} de {total} células, %Ln imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="107"/>
        <source>%Ln image(s) in {requests} requests</source>
        <translation>
            <numerusform>%Ln imagem em {requests} requisições</numerusform>
            <numerusform>%Ln imagens em {requests} requisições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="110"/>
        <source>%Ln cell(s) still hit Mapillary&apos;s 2000-image cap: some images there are missing; search a smaller area or fewer dates</source>
        <translation>
            <numerusform>%Ln célula ainda atinge o limite de 2000 imagens do Mapillary: faltam imagens ali; busque uma área menor ou menos datas</numerusform>
            <numerusform>%Ln células ainda atingem o limite de 2000 imagens do Mapillary: faltam imagens ali; busque uma área menor ou menos datas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Sequences</source>
        <translation>Sequências</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Panorama sequences</source>
        <translation>Sequências panorâmicas</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Panoramas</source>
        <translation>Panoramas</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="194"/>
        <source>Mapillary coverage</source>
        <translation>Cobertura do Mapillary</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="145"/>
        <source>QGIS could not open the Mapillary tiles at {url}</source>
        <translation>O QGIS não conseguiu abrir os blocos do Mapillary em {url}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="209"/>
        <source>The Mapillary coverage needs the access token: {error}</source>
        <translation>A cobertura do Mapillary precisa do token de acesso: {error}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="36"/>
        <source>Unknown image size {size}: one of {sizes}</source>
        <translation>Tamanho de imagem desconhecido {size}: um de {sizes}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="39"/>
        <source>Select image points first (on the map or in the table)</source>
        <translation>Selecione primeiro pontos de imagem (no mapa ou na tabela)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapillary/downloads.py" line="75"/>
        <source>Imagery Hub: downloading %Ln Mapillary image(s)</source>
        <translation>
            <numerusform>Imagery Hub: baixando %Ln imagem do Mapillary</numerusform>
            <numerusform>Imagery Hub: baixando %Ln imagens do Mapillary</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="94"/>
        <source>Imagery Hub: Mapillary downloads</source>
        <translation>Imagery Hub: downloads do Mapillary</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="119"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>Não foi possível gravar a miniatura {path}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="53"/>
        <source>panoramas</source>
        <translation>panoramas</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="76"/>
        <source>by {creator}</source>
        <translation>de {creator}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="104"/>
        <source>Imagery Hub: Mapillary search</source>
        <translation>Imagery Hub: busca no Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapillary/search.py" line="118"/>
        <source>Writing %Ln image(s)</source>
        <translation>
            <numerusform>Gravando %Ln imagem</numerusform>
            <numerusform>Gravando %Ln imagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="151"/>
        <source>Cells at the image cap</source>
        <translation>Células no limite de imagens</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/viewer.py" line="88"/>
        <source>Mapillary has no {size} image for {image}</source>
        <translation>O Mapillary não tem imagem {size} para {image}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="74"/>
        <source>Click an image point on the map to see it here</source>
        <translation>Clique em um ponto de imagem no mapa para vê-lo aqui</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="172"/>
        <source>new blur</source>
        <translation>novo desfoque</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="197"/>
        <source>{kind} (requested)</source>
        <translation>{kind} (solicitado)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="45"/>
        <source>Captured</source>
        <translation>Capturada</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="92"/>
        <source>Creator</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="47"/>
        <source>Pano</source>
        <translation>Pano</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="158"/>
        <source>any date</source>
        <translation>qualquer data</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="77"/>
        <source>Show coverage on the map</source>
        <translation>Mostrar a cobertura no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="78"/>
        <source>Sequences and images as vector tiles (mly1_public), green; panoramas blue</source>
        <translation>Sequências e imagens como blocos vetoriais (mly1_public), em verde; panoramas em azul</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="82"/>
        <source>Search the area of interest</source>
        <translation>Buscar na área de interesse</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="86"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="90"/>
        <source>any (Mapillary username)</source>
        <translation>qualquer (nome de usuário do Mapillary)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="93"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="98"/>
        <source>No search yet.</source>
        <translation>Ainda não há busca.</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="107"/>
        <source>View an image on the map</source>
        <translation>Ver uma imagem no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="109"/>
        <source>Click an image point of a search layer or of the coverage; Esc stops</source>
        <translation>Clique em um ponto de imagem de uma camada de busca ou da cobertura; Esc para parar</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="119"/>
        <source>{size} px wide</source>
        <translation>{size} px de largura</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="119"/>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="127"/>
        <source>default: downloads/mapillary</source>
        <translation>padrão: downloads/mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="129"/>
        <source>Empty: the download folder of Imagery Hub settings, in a mapillary folder</source>
        <translation>Vazio: a pasta de downloads das configurações do Imagery Hub, em uma pasta mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="131"/>
        <source>Download to</source>
        <translation>Baixar em</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="132"/>
        <source>Download selected</source>
        <translation>Baixar a seleção</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="174"/>
        <source>Mapillary: thumbnail of image {image}</source>
        <translation>Mapillary: miniatura da imagem {image}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="221"/>
        <source>The start date is after the end date: swap them</source>
        <translation>A data de início é posterior à data de fim: inverta-as</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="234"/>
        <source>Mapillary search</source>
        <translation>Busca no Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="238"/>
        <source>Searching Mapillary…</source>
        <translation>Buscando no Mapillary…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="246"/>
        <source>%Ln image(s) in 1 cell</source>
        <translation>
            <numerusform>%Ln imagem em 1 célula</numerusform>
            <numerusform>%Ln imagens em 1 célula</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="248"/>
        <source>%Ln image(s) in {cells} cells</source>
        <translation>
            <numerusform>%Ln imagem em {cells} células</numerusform>
            <numerusform>%Ln imagens em {cells} células</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="250"/>
        <source>{found}. Select rows or points to download; double-click to view.</source>
        <translation>{found}. Selecione linhas ou pontos para baixar; clique duas vezes para ver.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="254"/>
        <source>Mapillary returned its 2000-image maximum for %Ln cell(s), so some images are missing there (shown in red): zoom in to a smaller area or narrow the dates.</source>
        <translation>
            <numerusform>O Mapillary retornou seu máximo de 2000 imagens para %Ln célula, então faltam imagens ali (em vermelho): aproxime para uma área menor ou restrinja as datas.</numerusform>
            <numerusform>O Mapillary retornou seu máximo de 2000 imagens para %Ln células, então faltam imagens ali (em vermelho): aproxime para uma área menor ou restrinja as datas.</numerusform>
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
            <numerusform>%Ln imagem (do projeto).</numerusform>
            <numerusform>%Ln imagens (do projeto).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="310"/>
        <source>Run a search first, or make a Mapillary images layer the active layer</source>
        <translation>Faça primeiro uma busca ou torne ativa uma camada de imagens do Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="318"/>
        <source>Mapillary download</source>
        <translation>Download do Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="321"/>
        <source>Downloading %Ln image(s)…</source>
        <translation>
            <numerusform>Baixando %Ln imagem…</numerusform>
            <numerusform>Baixando %Ln imagens…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="33"/>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comentários&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="40"/>
        <source>Write a comment…</source>
        <translation>Escreva um comentário…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="42"/>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="50"/>
        <source>Draw blur…</source>
        <translation>Desenhar desfoque…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="52"/>
        <source>Drag a rectangle on the image over what should be blurred, then send it</source>
        <translation>Arraste um retângulo na imagem sobre o que deve ser desfocado e depois envie</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="55"/>
        <source>Send blur request</source>
        <translation>Enviar pedido de desfoque</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="58"/>
        <source>Report image…</source>
        <translation>Denunciar imagem…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="59"/>
        <source>Ask Mapillary to review this image (privacy, offensive content…)</source>
        <translation>Pedir ao Mapillary que revise esta imagem (privacidade, conteúdo ofensivo…)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="80"/>
        <source>No comments yet</source>
        <translation>Ainda não há comentários</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="101"/>
        <source>Drag a rectangle on the image, then press “Send blur request”.</source>
        <translation>Arraste um retângulo na imagem e clique em “Enviar pedido de desfoque”.</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="112"/>
        <source>Report image</source>
        <translation>Denunciar imagem</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="112"/>
        <source>Why should Mapillary review this image?</source>
        <translation>Por que o Mapillary deve revisar esta imagem?</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="32"/>
        <source>Comments, blurs, object recognition and reports need a Mapillary v2 client id (Imagery Hub settings).</source>
        <translation>Comentários, desfoques, reconhecimento de objetos e denúncias precisam de um id de cliente do Mapillary v2 (configurações do Imagery Hub).</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="83"/>
        <source>Mapillary viewer</source>
        <translation>Visualizador do Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="56"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="57"/>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="61"/>
        <source>Detections</source>
        <translation>Detecções</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="62"/>
        <source>Blurs</source>
        <translation>Desfoques</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="63"/>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="64"/>
        <source>Open on mapillary.com</source>
        <translation>Abrir em mapillary.com</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="129"/>
        <source>Loading image {image}…</source>
        <translation>Carregando a imagem {image}…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="130"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="133"/>
        <source>Imagery Hub: Mapillary image {image}</source>
        <translation>Imagery Hub: imagem do Mapillary {image}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="160"/>
        <source>%Ln detection(s) could not be read: not drawn</source>
        <translation>
            <numerusform>%Ln detecção não pôde ser lida: não desenhada</numerusform>
            <numerusform>%Ln detecções não puderam ser lidas: não desenhadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="175"/>
        <source>The image could not be loaded</source>
        <translation>Não foi possível carregar a imagem</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="181"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="182"/>
        <source>unknown date</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="184"/>
        <source>camera not recorded</source>
        <translation>câmera não registrada</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="188"/>
        <source>by &lt;b&gt;{creator}&lt;/b&gt;</source>
        <translation>de &lt;b&gt;{creator}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="193"/>
        <source>heading {heading}°</source>
        <translation>rumo {heading}°</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="196"/>
        <source>altitude {altitude} m</source>
        <translation>altitude {altitude} m</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="200"/>
        <source>&lt;small&gt;image {image}&lt;br&gt;sequence {sequence}&lt;/small&gt;</source>
        <translation>&lt;small&gt;imagem {image}&lt;br&gt;sequência {sequence}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="204"/>
        <source>Detections: {list}</source>
        <translation>Detecções: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="207"/>
        <source>No detections</source>
        <translation>Nenhuma detecção</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="262"/>
        <source>Comment posted on Mapillary</source>
        <translation>Comentário publicado no Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="264"/>
        <source>Mapillary comment</source>
        <translation>Comentário no Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="276"/>
        <source>Blur requested: Mapillary will review it</source>
        <translation>Desfoque solicitado: o Mapillary vai revisá-lo</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="278"/>
        <source>Mapillary blur request</source>
        <translation>Pedido de desfoque no Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="283"/>
        <source>Image {image} reported to Mapillary</source>
        <translation>Imagem {image} denunciada ao Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="284"/>
        <source>Mapillary report</source>
        <translation>Denúncia no Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="80"/>
        <source>No image there: run a search or show the Mapillary coverage first</source>
        <translation>Nenhuma imagem ali: faça primeiro uma busca ou mostre a cobertura do Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="94"/>
        <source>No Mapillary image there: click closer to a point (zoom in to see them)</source>
        <translation>Nenhuma imagem do Mapillary ali: clique mais perto de um ponto (aproxime para vê-los)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="99"/>
        <source>Imagery Hub: finding the Mapillary image</source>
        <translation>Imagery Hub: localizando a imagem do Mapillary</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="45"/>
        <source>Unexpected error: {error}</source>
        <translation>Erro inesperado: {error}</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="76"/>
        <source>{what} cancelled</source>
        <translation>{what} cancelado</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="76"/>
        <source>Operation cancelled</source>
        <translation>Operação cancelada</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Network</name>
    <message>
        <location filename="../../core/network.py" line="36"/>
        <source>QGIS is set to use a SOCKS5 proxy, which this Python cannot speak (it lacks the PySocks package): nothing was sent. Install PySocks or choose an HTTP proxy in QGIS&apos;s Network settings</source>
        <translation>O QGIS está configurado para usar um proxy SOCKS5, que este Python não sabe usar (falta o pacote PySocks): nada foi enviado. Instale o PySocks ou escolha um proxy HTTP nas configurações de Rede do QGIS</translation>
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
        <location filename="../../ui/results_table.py" line="68"/>
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
        <location filename="../../plugin.py" line="103"/>
        <source>Show or hide the Imagery Hub panel</source>
        <translation>Mostrar ou ocultar o painel do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="105"/>
        <source>Imagery Hub Settings…</source>
        <translation>Configurações do Imagery Hub…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="110"/>
        <source>Imagery Hub: Draw Area of Interest</source>
        <translation>Imagery Hub: desenhar a área de interesse</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="114"/>
        <source>Imagery Hub: Search in Current Tab</source>
        <translation>Imagery Hub: pesquisar no separador atual</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="130"/>
        <source>Use as Imagery Hub Area of Interest</source>
        <translation>Usar como área de interesse do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="137"/>
        <source>Render NDVI for this scene</source>
        <translation>Gerar o NDVI desta cena</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="125"/>
        <source>Search even when it needs many requests</source>
        <translation>Buscar mesmo quando precisar de muitas requisições</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="174"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation>{service} em {url} (credenciais do ambiente)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="176"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation>{service} em {url} (credenciais das configurações)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="219"/>
        <source>Cancelled while writing the results</source>
        <translation>Cancelado durante a gravação dos resultados</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="221"/>
        <source>Could not write a feature: {error}</source>
        <translation>Não foi possível gravar uma feição: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="32"/>
        <source>Download images</source>
        <translation>Baixar imagens</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="33"/>
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
        <location filename="../../processing_provider/eosda/algorithms.py" line="43"/>
        <source>Search EOSDA satellite scenes</source>
        <translation>Buscar cenas de satélite EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="132"/>
        <source>Render an EOSDA scene</source>
        <translation>Renderizar uma cena EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="39"/>
        <source>Download Imago images</source>
        <translation>Baixar imagens do Imago</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="32"/>
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
        <location filename="../../processing_provider/mapflow/catalog.py" line="42"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation>Buscar no catálogo de imagens do Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="75"/>
        <source>Run a Mapflow processing</source>
        <translation>Executar um processamento Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="25"/>
        <source>Search Mapillary images</source>
        <translation>Buscar imagens do Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="72"/>
        <source>Search Spexi drone images</source>
        <translation>Buscar imagens de drone Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="209"/>
        <source>Spexi views of a point</source>
        <translation>Vistas Spexi de um ponto</translation>
    </message>
    <message>
        <location filename="../../processing_provider/access.py" line="92"/>
        <source>No {service} credentials: add them in Imagery Hub settings, or set {variable} for a headless run</source>
        <translation>Sem credenciais do {service}: adicione-as nas configurações do Imagery Hub, ou defina {variable} para uma execução sem interface</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="126"/>
        <source>A search estimated above {soft} requests (setting budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is always refused. Default: not set.</source>
        <translation>Uma busca estimada acima de {soft} requisições (configuração budget/soft_limit) é recusada a menos que isto esteja marcado; acima de {hard} (budget/hard_limit) é sempre recusada. Padrão: desmarcado.</translation>
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
        <location filename="../../processing_provider/download_images.py" line="100"/>
        <source>the layer has no features</source>
        <translation>a camada não tem feições</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="102"/>
        <source>Nothing to download in INPUT ({reasons})</source>
        <translation>Nada a baixar em INPUT ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="123"/>
        <source>Feature {fid}: {why}</source>
        <translation>Feição {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="126"/>
        <source>Cancelled: the layer lists the images that arrived</source>
        <translation>Cancelado: a camada lista as imagens que chegaram</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="129"/>
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
        <location filename="../../processing_provider/download_images.py" line="116"/>
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
        <location filename="../../processing_provider/download_images.py" line="95"/>
        <source>Give the layer of a search (INPUT)</source>
        <translation>Informe a camada de uma pesquisa (INPUT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="149"/>
        <source>{parameter}: {error}</source>
        <translation>{parameter}: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="194"/>
        <source>Cancelled: {reason}</source>
        <translation>Cancelado: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="40"/>
        <source>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA and Seequent Imago</source>
        <translation>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA e Seequent Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Progress</name>
    <message>
        <location filename="../../ui/task_progress.py" line="19"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/task_progress.py" line="63"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/sentences.py" line="36"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation>verifique a chave ou o token nas configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="37"/>
        <source>{requests}, {duration}</source>
        <translation>{requests}, {duration}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="39"/>
        <source>under a minute</source>
        <translation>menos de um minuto</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="43"/>
        <source>draw a smaller area</source>
        <translation>desenhe uma área menor</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="44"/>
        <source>draw a smaller area or search around a point</source>
        <translation>desenhe uma área menor ou busque em volta de um ponto</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="46"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation>desenhe uma área menor ou restrinja as datas</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="48"/>
        <source>narrow the dates</source>
        <translation>restrinja as datas</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="49"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation>Esta busca no {service} precisa de {cost} — buscar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="51"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation>A área de interesse precisa de {cost} (o {service} busca com no máximo {limit} requisições): {advice}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="53"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation>A área de interesse precisa de {cost}: {advice}, ou marque {parameter} para buscar mesmo assim</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="38"/>
        <source>about %Ln request(s)</source>
        <translation>
            <numerusform>cerca de %Ln requisição</numerusform>
            <numerusform>cerca de %Ln requisições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="40"/>
        <source>roughly %Ln minute(s)</source>
        <translation>
            <numerusform>aproximadamente %Ln minuto</numerusform>
            <numerusform>aproximadamente %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="41"/>
        <source>roughly %Ln hour(s)</source>
        <translation>
            <numerusform>aproximadamente %Ln hora</numerusform>
            <numerusform>aproximadamente %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="42"/>
        <source>roughly %Ln day(s)</source>
        <translation>
            <numerusform>aproximadamente %Ln dia</numerusform>
            <numerusform>aproximadamente %Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="55"/>
        <source>The answer from {host} was cut short</source>
        <translation>A resposta de {host} chegou cortada</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="56"/>
        <source>The service sent a response that is not valid JSON</source>
        <translation>O serviço enviou uma resposta que não é JSON válido</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="57"/>
        <source>The service sent an answer over {limit}; at most {limit} of JSON is accepted, so it was refused</source>
        <translation>O serviço enviou uma resposta de mais de {limit}; no máximo {limit} de JSON são aceitos, por isso ela foi recusada</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="59"/>
        <source>The service sent a {size} answer; at most {limit} of JSON is accepted, so it was refused</source>
        <translation>O serviço enviou uma resposta de {size}; no máximo {limit} de JSON são aceitos, por isso ela foi recusada</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="61"/>
        <source>The area of interest is empty</source>
        <translation>A área de interesse está vazia</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="62"/>
        <source>The area of interest must be in longitude/latitude (EPSG:4326)</source>
        <translation>A área de interesse deve estar em longitude/latitude (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="64"/>
        <source>The area of interest must be a polygon with an area</source>
        <translation>A área de interesse deve ser um polígono com área</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="65"/>
        <source>its data does not match its checksum</source>
        <translation>os dados não correspondem à soma de verificação</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="66"/>
        <source>it uses a compression method that cannot be read</source>
        <translation>usa um método de compressão que não pode ser lido</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="68"/>
        <source>it is damaged</source>
        <translation>está danificado</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="69"/>
        <source>its data is damaged</source>
        <translation>os dados estão danificados</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="70"/>
        <source>it is encrypted</source>
        <translation>está criptografado</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="71"/>
        <source>choose fewer services</source>
        <translation>escolha menos serviços</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="72"/>
        <source>The start date is after the end date</source>
        <translation>A data inicial é posterior à data final</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="73"/>
        <source>The start date is after the end date: swap them</source>
        <translation>A data de início é posterior à data de fim: inverta-as</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="74"/>
        <source>Download of {name} incomplete: received {got} bytes</source>
        <translation>Download de {name} incompleto: {got} bytes recebidos</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="76"/>
        <source>Download of {name} is larger than announced ({have} &gt; {total} bytes)</source>
        <translation>O download de {name} é maior do que o anunciado ({have} &gt; {total} bytes)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="78"/>
        <source>{name} in the download folder is a link or not a plain file; nothing was written to it</source>
        <translation>{name} na pasta de downloads é um link ou não é um arquivo comum; nada foi gravado nele</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="80"/>
        <source>Refused file name {name}: it points outside the download folder</source>
        <translation>Nome de arquivo {name} recusado: ele aponta para fora da pasta de downloads</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="82"/>
        <source>A level</source>
        <translation>Um nível</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="83"/>
        <source>A threshold</source>
        <translation>Um limiar</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="84"/>
        <source>The world-file archive from EOSDA holds {names}; expected an image and its world file</source>
        <translation>O arquivo compactado com arquivo de georreferência enviado pela EOSDA contém {names}; esperavam-se uma imagem e seu arquivo de georreferência</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="86"/>
        <source>The archive from EOSDA unpacks to more than 2 GB; refused</source>
        <translation>O arquivo compactado da EOSDA passa de 2 GB ao ser descompactado; recusado</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="88"/>
        <source>The zip archive EOSDA sent cannot be unpacked: {why}</source>
        <translation>O arquivo zip enviado pela EOSDA não pode ser descompactado: {why}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="90"/>
        <source>The band combination {expression} may only use band names, numbers, + - * / ( ) and commas</source>
        <translation>A combinação de bandas {expression} só pode usar nomes de bandas, números, + - * / ( ) e vírgulas</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="92"/>
        <source>The band combination (bm_type) is empty: pick a preset or type an expression</source>
        <translation>A combinação de bandas (bm_type) está vazia: escolha uma predefinição ou digite uma expressão</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="94"/>
        <source>The band combination {expression} has an empty part between commas</source>
        <translation>A combinação de bandas {expression} tem uma parte vazia entre vírgulas</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="96"/>
        <source>The band combination {expression} has unbalanced parentheses</source>
        <translation>A combinação de bandas {expression} tem parênteses desbalanceados</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="98"/>
        <source>calibrate must be 0 or 1, not {value}</source>
        <translation>calibrate deve ser 0 ou 1, não {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="99"/>
        <source>Cloud cover limits must be numbers (0–100 %)</source>
        <translation>Os limites de cobertura de nuvens devem ser números (0–100 %)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="100"/>
        <source>Cloud cover limits must satisfy 0 ≤ from ≤ to ≤ 100 %</source>
        <translation>Os limites de cobertura de nuvens devem satisfazer 0 ≤ de ≤ até ≤ 100 %</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="102"/>
        <source>{colormap} is not a colormap id</source>
        <translation>{colormap} não é um identificador de mapa de cores</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="103"/>
        <source>Use either a colormap or range colours, not both</source>
        <translation>Use um mapa de cores ou cores por intervalos, não ambos</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="105"/>
        <source>colors_limit must be a whole number of 2 or more colours</source>
        <translation>colors_limit deve ser um número inteiro de 2 ou mais cores</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="107"/>
        <source>Colours are written #rrggbb; {colour} is not</source>
        <translation>As cores são escritas #rrggbb; {colour} não está</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="108"/>
        <source>{thresholds} thresholds make {ranges} ranges: give {ranges} colours (now {colours})</source>
        <translation>{thresholds} limiares formam {ranges} intervalos: informe {ranges} cores (agora {colours})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="110"/>
        <source>The area of interest polygon needs at least three corners</source>
        <translation>O polígono da área de interesse precisa de pelo menos três vértices</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="112"/>
        <source>Unknown dataset {dataset}: use one of {datasets}</source>
        <translation>Conjunto de dados {dataset} desconhecido: use um de {datasets}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="113"/>
        <source>{name} must be a date (YYYY-MM-DD), not {value}</source>
        <translation>{name} deve ser uma data (AAAA-MM-DD), não {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="114"/>
        <source>The start date {start} is after the end date {end}</source>
        <translation>A data inicial {start} é posterior à data final {end}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="116"/>
        <source>Downloading the rendered image</source>
        <translation>Baixando a imagem renderizada</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="172"/>
        <source>{what} must be a finite number</source>
        <translation>“{what}” deve ser um número finito</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="118"/>
        <source>A {pixel} m pixel gives a {width} × {height} px image; the largest side may be {limit} px: choose a larger pixel size or a smaller area</source>
        <translation>Um pixel de {pixel} m gera uma imagem de {width} × {height} px; o maior lado pode ter no máximo {limit} px: escolha um tamanho de pixel maior ou uma área menor</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="121"/>
        <source>levels are two numbers: low,high</source>
        <translation>levels são dois números: baixo,alto</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="122"/>
        <source>The low level ({low}) must be below the high level ({high})</source>
        <translation>O nível baixo ({low}) deve ficar abaixo do nível alto ({high})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="124"/>
        <source>limit must be 1 to 500 scenes per page</source>
        <translation>limit deve ser de 1 a 500 cenas por página</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="125"/>
        <source>An EOSDA API key is needed: add it in Imagery Hub settings</source>
        <translation>É necessária uma chave de API da EOSDA: adicione-a nas configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="127"/>
        <source>EOSDA sent no preview for this scene</source>
        <translation>A EOSDA não enviou prévia para esta cena</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="128"/>
        <source>EOSDA did not return a task id</source>
        <translation>A EOSDA não retornou um identificador de tarefa</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="190"/>
        <source>{what} must be a number, not {value}</source>
        <translation>“{what}” deve ser um número, não {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="130"/>
        <source>{name} must be one of {allowed}, not {value}</source>
        <translation>{name} deve ser um de {allowed}, não {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="131"/>
        <source>Download visual takes one Polygon, not {kind}: use a single-part area of interest</source>
        <translation>Download visual aceita um único polígono, não {kind}: use uma área de interesse de uma só parte</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="133"/>
        <source>pansharpening must be true or false</source>
        <translation>pansharpening deve ser true ou false</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="134"/>
        <source>Pick a scene first (view_id is empty)</source>
        <translation>Escolha primeiro uma cena (view_id está vazio)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="135"/>
        <source>The pixel size must be more than 0 m</source>
        <translation>O tamanho do pixel deve ser maior que 0 m</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="136"/>
        <source>Search needs a polygon area of interest</source>
        <translation>A busca precisa de uma área de interesse poligonal</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="137"/>
        <source>The scene preview is larger than a preview should be</source>
        <translation>A prévia da cena é maior do que uma prévia deveria ser</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="139"/>
        <source>Range colourisation needs both colours and thresholds</source>
        <translation>A colorização por intervalos precisa de cores e de limiares</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="141"/>
        <source>The render failed: {reason}</source>
        <translation>A renderização falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="142"/>
        <source>The render failed: no reason given</source>
        <translation>A renderização falhou: nenhum motivo informado</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="143"/>
        <source>EOSDA did not finish the render within {seconds} s (task_timeout); try again later</source>
        <translation>A EOSDA não concluiu a renderização em {seconds} s (task_timeout); tente novamente mais tarde</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="145"/>
        <source>EOSDA is rendering ({status}, check {check})</source>
        <translation>A EOSDA está renderizando ({status}, consulta {check})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="146"/>
        <source>shapeRelation must be one of {relations}</source>
        <translation>shapeRelation deve ser um de {relations}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="147"/>
        <source>Sort by one of {fields}, asc or desc</source>
        <translation>Ordene por um de {fields}, asc ou desc</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="148"/>
        <source>EOSDA sent a task status that is not valid JSON</source>
        <translation>A EOSDA enviou um estado de tarefa que não é JSON válido</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="150"/>
        <source>The pixel size</source>
        <translation>O tamanho do pixel</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="151"/>
        <source>Give at least one threshold for range colours</source>
        <translation>Informe pelo menos um limiar para as cores por intervalos</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="152"/>
        <source>Thresholds must increase from left to right</source>
        <translation>Os limiares devem crescer da esquerda para a direita</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="153"/>
        <source>EOSDA sent an unknown kind of file where {expected} was expected</source>
        <translation>A EOSDA enviou um tipo de arquivo desconhecido onde se esperava {expected}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="155"/>
        <source>EOSDA sent {kind} where {expected} was expected</source>
        <translation>A EOSDA enviou {kind} onde se esperava {expected}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="156"/>
        <source>{host} redirected a request with a body to {target}; it was not sent there</source>
        <translation>{host} redirecionou uma requisição com corpo para {target}; ela não foi enviada para lá</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="158"/>
        <source>{host} redirected more than {count} times; the request was stopped</source>
        <translation>{host} redirecionou mais de {count} vezes; a requisição foi interrompida</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="160"/>
        <source>Give both x and y</source>
        <translation>Informe x e y</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="161"/>
        <source>Choose the collection</source>
        <translation>Escolha a coleção</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="162"/>
        <source>Choose the image type</source>
        <translation>Escolha o tipo de imagem</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="163"/>
        <source>Choose the imagery type</source>
        <translation>Escolha o tipo de imageamento</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="164"/>
        <source>The end depth ({end}) is above the start depth ({start})</source>
        <translation>A profundidade final ({end}) está acima da profundidade inicial ({start})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="166"/>
        <source>elevation</source>
        <translation>elevação</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="167"/>
        <source>An elevation needs x and y</source>
        <translation>Uma elevação precisa de x e y</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="168"/>
        <source>end depth</source>
        <translation>profundidade final</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="169"/>
        <source>An end depth needs a start depth</source>
        <translation>Uma profundidade final precisa de uma profundidade inicial</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="170"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="171"/>
        <source>{name}: cannot be read ({why})</source>
        <translation>{name}: não pode ser lido ({why})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="173"/>
        <source>baseline JPEG, {width} × {height} px</source>
        <translation>JPEG baseline, {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="174"/>
        <source>the file ends inside its header</source>
        <translation>o arquivo termina dentro do cabeçalho</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="175"/>
        <source>{format}, {width} × {height} px</source>
        <translation>{format}, {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="176"/>
        <source>JPEG without a frame header</source>
        <translation>JPEG sem cabeçalho de quadro</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="177"/>
        <source>JPEG markers are out of order</source>
        <translation>os marcadores JPEG estão fora de ordem</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="178"/>
        <source>JPEG segment with an impossible length</source>
        <translation>segmento JPEG com comprimento impossível</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="179"/>
        <source>not a PNG, JPEG or TIFF image</source>
        <translation>não é uma imagem PNG, JPEG ou TIFF</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="180"/>
        <source>PNG without an IHDR header</source>
        <translation>PNG sem cabeçalho IHDR</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="181"/>
        <source>progressive JPEG, {width} × {height} px</source>
        <translation>JPEG progressivo, {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="182"/>
        <source>TIFF without image width and length</source>
        <translation>TIFF sem largura e altura de imagem</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="183"/>
        <source>The height must be a whole number of pixels from 1 to {limit}</source>
        <translation>A altura deve ser um número inteiro de pixels de 1 a {limit}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="185"/>
        <source>Name the imagery: by its name, its depth interval or its id</source>
        <translation>Indique o imageamento: pelo nome, pelo intervalo de profundidade ou pelo identificador</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="187"/>
        <source>Imago needs a username and password, or an API token</source>
        <translation>O Imago precisa de um nome de usuário e senha, ou de um token de API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="189"/>
        <source>Imago signed in without giving a session token</source>
        <translation>O Imago fez o login sem fornecer um token de sessão</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="191"/>
        <source>Name the imagery one way only, not by {ways}</source>
        <translation>Indique o imageamento de uma só forma, não por {ways}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="192"/>
        <source>{image} is {megapixels} megapixels; Imago takes progressive JPEG up to 500 megapixels (save it as baseline JPEG or PNG)</source>
        <translation>{image} tem {megapixels} megapixels; o Imago aceita JPEG progressivo de até 500 megapixels (salve-a como JPEG baseline ou PNG)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="195"/>
        <source>{image}: the image declares no pixels</source>
        <translation>{image}: a imagem não declara pixels</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="196"/>
        <source>{image} is larger than Imago's limit of 65,500 × 65,500 px</source>
        <translation>{image} é maior que o limite do Imago de 65.500 × 65.500 px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="198"/>
        <source>{format} ({mime}) is not accepted; Imago takes {names}</source>
        <translation>{format} ({mime}) não é aceito; o Imago aceita {names}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="200"/>
        <source>Signing in needs a username and password</source>
        <translation>O login precisa de um nome de usuário e senha</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="201"/>
        <source>start depth</source>
        <translation>profundidade inicial</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="202"/>
        <source>The Imago account holds more than {limit} collections: search it from the Imago tab</source>
        <translation>A conta do Imago tem mais de {limit} coleções: pesquise nela pela aba Imago</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="204"/>
        <source>Imago accepted the upload but did not say which image it made</source>
        <translation>O Imago aceitou o envio mas não informou qual imagem criou</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="206"/>
        <source>Say where the image belongs: an imagery name, a depth or a location</source>
        <translation>Diga onde a imagem fica: um nome de imageamento, uma profundidade ou um local</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="208"/>
        <source>The width must be a whole number of pixels from 1 to {limit}</source>
        <translation>A largura deve ser um número inteiro de pixels de 1 a {limit}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="210"/>
        <source>cell {cell} of {cells}, {images} images</source>
        <translation>célula {cell} de {cells}, {images} imagens</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="211"/>
        <source>{done} of {total} cells, {images} images</source>
        <translation>{done} de {total} células, {images} imagens</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="212"/>
        <source>{images} images</source>
        <translation>{images} imagens</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="213"/>
        <source>{count} of {total} images</source>
        <translation>{count} de {total} imagens</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="214"/>
        <source>{collections} collections, {placed} imagery placed</source>
        <translation>{collections} coleções, {placed} imageamentos posicionados</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="215"/>
        <source>{count} of {found} scenes</source>
        <translation>{count} de {found} cenas</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="216"/>
        <source>The area is {area} but only {left} remain on the Mapflow account: draw a smaller area</source>
        <translation>A área tem {area} mas restam apenas {left} na conta do Mapflow: desenhe uma área menor</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="218"/>
        <source>The catalog searches an area: draw a polygon or rectangle</source>
        <translation>O catálogo pesquisa uma área: desenhe um polígono ou retângulo</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="220"/>
        <source>A catalog image needs its provider and image id</source>
        <translation>Uma imagem do catálogo precisa de seu provedor e do identificador da imagem</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="222"/>
        <source>The processing costs {cost} credits but only {left} remain on the Mapflow account</source>
        <translation>O processamento custa {cost} créditos mas restam apenas {left} na conta do Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="224"/>
        <source>{name} is empty</source>
        <translation>{name} está vazio</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="235"/>
        <source>The image name cannot be empty</source>
        <translation>O nome da imagem não pode ficar vazio</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="236"/>
        <source>The image name is longer than 255 characters</source>
        <translation>O nome da imagem tem mais de 255 caracteres</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="238"/>
        <source>A linked image is named by its s3:// URL</source>
        <translation>Uma imagem vinculada é indicada pela URL s3://</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="239"/>
        <source>The mosaic name cannot be empty</source>
        <translation>O nome do mosaico não pode ficar vazio</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="240"/>
        <source>The mosaic name is longer than 255 characters</source>
        <translation>O nome do mosaico tem mais de 255 caracteres</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="242"/>
        <source>The name cannot be empty</source>
        <translation>O nome não pode ficar vazio</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="243"/>
        <source>The name is longer than 255 characters</source>
        <translation>O nome tem mais de 255 caracteres</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="244"/>
        <source>Mapflow sent no download link for the image</source>
        <translation>O Mapflow não enviou nenhum link de download para a imagem</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="246"/>
        <source>{name} does not exist or is not a file</source>
        <translation>{name} não existe ou não é um arquivo</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="247"/>
        <source>The Mapflow catalog sent no list of images</source>
        <translation>O catálogo do Mapflow não enviou nenhuma lista de imagens</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="248"/>
        <source>Mapflow did not say which mosaic it made</source>
        <translation>O Mapflow não informou qual mosaico criou</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="250"/>
        <source>This image has no picture preview</source>
        <translation>Esta imagem não tem prévia de imagem</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="251"/>
        <source>A Mapflow API token is needed: add it in Imagery Hub settings</source>
        <translation>É necessário um token de API do Mapflow: adicione-o nas configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="253"/>
        <source>{name} is not a GeoTIFF: Mapflow takes GeoTIFF images only</source>
        <translation>{name} não é um GeoTIFF: o Mapflow aceita apenas imagens GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="255"/>
        <source>Pick a model</source>
        <translation>Escolha um modelo</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="256"/>
        <source>Pick a mosaic first</source>
        <translation>Escolha primeiro um mosaico</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="257"/>
        <source>Pick an imagery provider</source>
        <translation>Escolha um provedor de imagens</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="262"/>
        <source>A polygon of the area is {area}, more than the {limit} Mapflow accepts per area: draw a smaller one</source>
        <translation>Um polígono da área tem {area}, mais do que os {limit} que o Mapflow aceita por área: desenhe um menor</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="265"/>
        <source>The preview link is not an http(s) URL</source>
        <translation>O link da prévia não é uma URL http(s)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="266"/>
        <source>Preview size is s or l, not {size}</source>
        <translation>O tamanho da prévia é s ou l, não {size}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="267"/>
        <source>The area of a processing must be a polygon or several polygons</source>
        <translation>A área de um processamento deve ser um polígono ou vários polígonos</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="269"/>
        <source>Give the processing a name</source>
        <translation>Dê um nome ao processamento</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="270"/>
        <source>Processing {id} did not end within {minutes} minutes; it goes on in Mapflow</source>
        <translation>O processamento {id} não terminou em {minutes} minutos; ele continua no Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="272"/>
        <source>Give the project a name</source>
        <translation>Dê um nome ao projeto</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="273"/>
        <source>The area is {area} km² but Mapflow searches at most {limit} km² (the account's limit per area): draw a smaller one</source>
        <translation>A área tem {area} km² mas o Mapflow pesquisa no máximo {limit} km² (o limite por área da conta): desenhe uma menor</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="276"/>
        <source>Mapflow storage has {free} free ({usage}) but the upload is {size}: delete images or mosaics first</source>
        <translation>O armazenamento do Mapflow tem {free} livres ({usage}) mas o envio tem {size}: exclua antes imagens ou mosaicos</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="281"/>
        <source>The imagery URL must start with http:// or https://</source>
        <translation>A URL das imagens deve começar com http:// ou https://</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="283"/>
        <source>Enter the URL of the imagery tiles</source>
        <translation>Informe a URL dos tiles das imagens</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="284"/>
        <source>The area has {count} polygons but Mapflow takes at most {limit} per processing: select fewer features</source>
        <translation>A área tem {count} polígonos mas o Mapflow aceita no máximo {limit} por processamento: selecione menos feições</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="287"/>
        <source>Mapflow accepted the upload but did not say which image it made</source>
        <translation>O Mapflow aceitou o envio mas não informou qual imagem criou</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="289"/>
        <source>Mapflow accepted the upload but sent no URL for it</source>
        <translation>O Mapflow aceitou o envio mas não enviou nenhuma URL para ele</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="291"/>
        <source>An uploaded image is referenced by the s3:// URL the upload returned</source>
        <translation>Uma imagem enviada é indicada pela URL s3:// que o envio retornou</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="293"/>
        <source>Zoom must be a whole number from 0 to 22, not {zoom}</source>
        <translation>O zoom deve ser um número inteiro de 0 a 22, não {zoom}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="294"/>
        <source>The Mapillary bbox limit must be a positive number of degrees</source>
        <translation>O limite de bbox do Mapillary deve ser um número positivo de graus</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="296"/>
        <source>Drag a rectangle on the image to choose what to blur</source>
        <translation>Arraste um retângulo sobre a imagem para escolher o que desfocar</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="298"/>
        <source>A blur rectangle must lie inside the image</source>
        <translation>Um retângulo de desfoque deve ficar dentro da imagem</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="299"/>
        <source>The blur rectangle is too small: drag a larger one</source>
        <translation>O retângulo de desfoque é pequeno demais: arraste um maior</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="301"/>
        <source>Write a comment first</source>
        <translation>Escreva primeiro um comentário</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="302"/>
        <source>Not an image key: {key}</source>
        <translation>Não é uma chave de imagem: {key}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="303"/>
        <source>The Mapillary limit per request is 1 to {limit}</source>
        <translation>O limite do Mapillary por requisição é de 1 a {limit}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="304"/>
        <source>A Mapillary v2 client id is needed: add it in Imagery Hub settings</source>
        <translation>É necessário um ID de cliente do Mapillary v2: adicione-o nas configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="306"/>
        <source>Mapillary has no {size} image for {id}</source>
        <translation>O Mapillary não tem imagem {size} para {id}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="307"/>
        <source>Mapillary did not give the size of image {id}</source>
        <translation>O Mapillary não informou o tamanho da imagem {id}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="308"/>
        <source>A Mapillary access token is needed: add it in Imagery Hub settings</source>
        <translation>É necessário um token de acesso do Mapillary: adicione-o nas configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="310"/>
        <source>Posting to Mapillary v2 needs a user token: add it in Imagery Hub settings</source>
        <translation>Publicar no Mapillary v2 precisa de um token de usuário: adicione-o nas configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="312"/>
        <source>Not a date: {value}</source>
        <translation>Não é uma data: {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="313"/>
        <source>Say why the image should be reported</source>
        <translation>Diga por que a imagem deve ser denunciada</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="314"/>
        <source>Unknown thumbnail size {size}: one of {sizes}</source>
        <translation>Tamanho de miniatura {size} desconhecido: um de {sizes}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="316"/>
        <source>A Mapillary username has no spaces or commas</source>
        <translation>Um nome de usuário do Mapillary não tem espaços nem vírgulas</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="337"/>
        <source>The preview is larger than a preview should be</source>
        <translation>A prévia é maior do que uma prévia deveria ser</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="338"/>
        <source>bbox must be (min lon, min lat, max lon, max lat)</source>
        <translation>bbox deve ser (lon mín., lat mín., lon máx., lat máx.)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="339"/>
        <source>bbox {bbox} has no width or height at 6 decimals (about 0.1 m): min must be below max; draw a larger box</source>
        <translation>bbox {bbox} não tem largura nem altura com 6 casas decimais (cerca de 0,1 m): o mínimo deve ficar abaixo do máximo; desenhe um retângulo maior</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="342"/>
        <source>bbox must be (min lon, min lat, max lon, max lat) in EPSG:4326</source>
        <translation>bbox deve ser (lon mín., lat mín., lon máx., lat máx.) em EPSG:4326</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="344"/>
        <source>capture_type {wrong} is not one of {types}</source>
        <translation>capture_type {wrong} não é um de {types}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="345"/>
        <source>choose at least one capture type: {types}</source>
        <translation>escolha pelo menos um tipo de captura: {types}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="346"/>
        <source>captured_at {value} is not a date: write it as 2023-01-01, 2023-01-01T12:00:00Z or Jan 1, 2023</source>
        <translation>captured_at {value} não é uma data: escreva-a como 2023-01-01, 2023-01-01T12:00:00Z ou Jan 1, 2023</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="348"/>
        <source>captured_at must be one date or a (start, end) pair</source>
        <translation>captured_at deve ser uma data ou um par (início, fim)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="349"/>
        <source>captured_at {text} would not be read as a range</source>
        <translation>captured_at {text} não seria lido como um intervalo</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="350"/>
        <source>captured_at {date} is before {year}: check the year</source>
        <translation>captured_at {date} é anterior a {year}: verifique o ano</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="351"/>
        <source>captured_at starts ({start}) after it ends ({end})</source>
        <translation>captured_at começa ({start}) depois de terminar ({end})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="353"/>
        <source>focused must be True or False</source>
        <translation>focused deve ser True ou False</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="354"/>
        <source>polygon is not valid (it crosses itself): draw it again</source>
        <translation>o polígono não é válido (ele se cruza): desenhe-o novamente</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="356"/>
        <source>limit must be a whole number from 1 to {limit}, not {value}</source>
        <translation>limit deve ser um número inteiro de 1 a {limit}, não {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="358"/>
        <source>A Spexi API key is needed: add it in Imagery Hub settings</source>
        <translation>É necessária uma chave de API do Spexi: adicione-a nas configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="360"/>
        <source>Spexi image {id} has no {variant} link</source>
        <translation>A imagem Spexi {id} não tem link {variant}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="361"/>
        <source>Spexi answered a search with something other than a FeatureCollection</source>
        <translation>O Spexi respondeu a uma busca com algo que não é uma FeatureCollection</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="363"/>
        <source>{parameter} must be a number, not {value}</source>
        <translation>{parameter} deve ser um número, não {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="364"/>
        <source>polygon must be one polygon, not {kind}: split multi-part areas (search_area does it)</source>
        <translation>polygon deve ser um único polígono, não {kind}: divida as áreas com várias partes (search_area faz isso)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="366"/>
        <source>{parameter} {value} is outside {interval}</source>
        <translation>{parameter} {value} está fora de {interval}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="367"/>
        <source>p must be (longitude, latitude) or (longitude, latitude, radius in metres)</source>
        <translation>p deve ser (longitude, latitude) ou (longitude, latitude, raio em metros)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="369"/>
        <source>p {lon}, {lat} is not a longitude/latitude: use EPSG:4326 coordinates</source>
        <translation>p {lon}, {lat} não é uma longitude/latitude: use coordenadas EPSG:4326</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="371"/>
        <source>polygon's bounding box is {area} km², more than the {limit} km² Spexi accepts: search a smaller area (search_area splits larger ones)</source>
        <translation>o retângulo envolvente do polígono tem {area} km², mais do que os {limit} km² que o Spexi aceita: pesquise uma área menor (search_area divide as maiores)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="374"/>
        <source>polygon must be in longitude/latitude (EPSG:4326)</source>
        <translation>polygon deve estar em longitude/latitude (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="376"/>
        <source>p radius cannot be negative</source>
        <translation>o raio de p não pode ser negativo</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="377"/>
        <source>{parameter} must be one value or a (minimum, maximum) pair</source>
        <translation>{parameter} deve ser um valor ou um par (mínimo, máximo)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="379"/>
        <source>{parameter} range minimum {low} is above its maximum {high}</source>
        <translation>o mínimo do intervalo de {parameter}, {low}, está acima do máximo {high}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="381"/>
        <source>polygon could not be shortened for the URL: draw it with fewer vertices</source>
        <translation>não foi possível encurtar o polígono para a URL: desenhe-o com menos vértices</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="383"/>
        <source>Unknown Spexi image variant {variant}: use original or zoomed</source>
        <translation>Variante de imagem Spexi {variant} desconhecida: use original ou zoomed</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="385"/>
        <source>A Spexi search needs a point (p), a bbox or a polygon</source>
        <translation>Uma busca no Spexi precisa de um ponto (p), uma bbox ou um polígono</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="386"/>
        <source>{parameter} is not valid WKT</source>
        <translation>{parameter} não é WKT válido</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="387"/>
        <source>{host} did not finish within {minutes} minutes (the download deadline); the download of {name} was stopped</source>
        <translation>{host} não terminou em {minutes} minutos (o prazo de download); download interrompido ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="390"/>
        <source>{host} sent nothing for {seconds} s; the download of {name} was stopped</source>
        <translation>{host} não enviou nada por {seconds} s; download interrompido ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="392"/>
        <source>{host} sent less than {speed} for {window}; the download of {name} was stopped</source>
        <translation>{host} enviou menos de {speed} por {window}; download interrompido ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="394"/>
        <source>the answer</source>
        <translation>a resposta</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="395"/>
        <source>the file</source>
        <translation>o arquivo</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="396"/>
        <source>{what} {origin} is plain http: keys would travel unencrypted, so only https:// is accepted (http only on this machine: localhost, 127.0.0.1)</source>
        <translation>{what} {origin} é http simples: as chaves trafegariam sem criptografia, por isso só https:// é aceito (http apenas nesta máquina: localhost, 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="399"/>
        <source>{what} must start with http:// or https:// and name a host: {url}</source>
        <translation>{what} deve começar com http:// ou https:// e indicar um host: {url}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="249"/>
        <source>Mapflow sent no page of {what}</source>
        <translation>O Mapflow não enviou nenhuma página da lista de {what}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="317"/>
        <source>Not a readable vector tile: {detail}</source>
        <translation>Não é um tile vetorial legível: {detail}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="321"/>
        <source>catalog results</source>
        <translation>resultados do catálogo</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="322"/>
        <source>images of a cell</source>
        <translation>imagens de uma célula</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="323"/>
        <source>collections</source>
        <translation>coleções</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="324"/>
        <source>imagery</source>
        <translation>imageamentos</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="325"/>
        <source>processings</source>
        <translation>processamentos</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="326"/>
        <source>projects</source>
        <translation>projetos</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="327"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service sent a link to a page it had already sent</source>
        <translation>Lista de {what} interrompida após {pages} páginas, talvez incompleta: o serviço enviou um link para uma página que já havia enviado</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="330"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service sent the same items again</source>
        <translation>Lista de {what} interrompida após {pages} páginas, talvez incompleta: o serviço enviou os mesmos itens de novo</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="333"/>
        <source>search results</source>
        <translation>resultados da busca</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="334"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service kept sending pages past {limit}</source>
        <translation>Lista de {what} interrompida após {pages} páginas, talvez incompleta: o serviço continuou enviando páginas além de {limit}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="225"/>
        <source>AOI intersection</source>
        <translation>interseção com a área</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="226"/>
        <source>The {name} must be from 0 to {top} {unit}, not {value}</source>
        <translation>“{name}” deve estar entre 0 e {top} {unit}, não {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="228"/>
        <source>cloud cover</source>
        <translation>cobertura de nuvens</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="229"/>
        <source>off-nadir angle</source>
        <translation>ângulo fora do nadir</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="230"/>
        <source>The {name} must be 0 or more {unit}, not {value}</source>
        <translation>“{name}” deve ser 0 {unit} ou mais, não {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="232"/>
        <source>resolution</source>
        <translation>resolução</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="233"/>
        <source>The smallest {name} ({low} {unit}) is above the largest ({high} {unit})</source>
        <translation>“{name}”: o mínimo ({low} {unit}) está acima do máximo ({high} {unit})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="258"/>
        <source>A {kind} URL needs the placeholders {placeholders}; {missing} is missing</source>
        <translation>Uma URL {kind} precisa dos marcadores {placeholders}; falta {missing}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="260"/>
        <source>A {kind} URL needs the placeholders {placeholders}; {missing} are missing</source>
        <translation>Uma URL {kind} precisa dos marcadores {placeholders}; faltam {missing}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="279"/>
        <source>Unknown tile source type {kind}: use XYZ, TMS or Quadkey</source>
        <translation>Tipo de fonte de tiles {kind} desconhecido: use XYZ, TMS ou Quadkey</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="318"/>
        <source>Request to {host} failed</source>
        <translation>A requisição para {host} falhou</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="319"/>
        <source>No answer from {host} in time</source>
        <translation>Sem resposta de {host} a tempo</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="320"/>
        <source>Could not reach {host}</source>
        <translation>Não foi possível contatar {host}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Registry</name>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 client id</source>
        <translation>ID de cliente v2</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 user token</source>
        <translation>Token de usuário v2</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Password or API token</source>
        <translation>Senha ou token de API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API URL</source>
        <translation>URL da API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Graph API URL</source>
        <translation>URL da Graph API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Tiles URL</source>
        <translation>URL dos tiles</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 API URL</source>
        <translation>URL da API v2</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Create a key in Spexi World (world.spexi.com): Settings → API Keys.</source>
        <translation>Crie uma chave no Spexi World (world.spexi.com): Settings → API Keys.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Register an app at mapillary.com/dashboard/developers for its client token.</source>
        <translation>Registre um aplicativo em mapillary.com/dashboard/developers para obter o token de cliente.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Copy the API token from app.mapflow.ai/account/api.</source>
        <translation>Copie o token de API em app.mapflow.ai/account/api.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Find the API key in your EOSDA API Connect account (api-connect.eos.com).</source>
        <translation>A chave de API está na sua conta do EOSDA API Connect (api-connect.eos.com).</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Use a Seequent service account (ask for one through MySeequent support).</source>
        <translation>Use uma conta de serviço da Seequent (peça uma ao suporte do MySeequent).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Settings</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Default: {url}</source>
        <translation>Padrão: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>Imagery Hub: testing {service}</source>
        <translation>Imagery Hub: testando {service}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Imagery Hub Settings</source>
        <translation>Configurações do Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Where result GeoPackages go while the project is unsaved; a saved project keeps them in an imagery_hub folder beside it</source>
        <translation>Onde ficam os GeoPackages de resultados enquanto o projeto não está salvo; um projeto salvo os mantém em uma pasta imagery_hub ao lado dele</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Download folder</source>
        <translation>Pasta de downloads</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Workspace folder</source>
        <translation>Pasta de trabalho</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Parallel transfers</source>
        <translation>Transferências paralelas</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Heading from (°)</source>
        <translation>Rumo a partir de (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Heading to (°)</source>
        <translation>Rumo até (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Altitude from (m)</source>
        <translation>Altitude a partir de (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Altitude to (m)</source>
        <translation>Altitude até (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>Lowest pitch (°)</source>
        <translation>Menor inclinação (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>Highest pitch (°)</source>
        <translation>Maior inclinação (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="51"/>
        <source>Captured from</source>
        <translation>Capturadas de</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="53"/>
        <source>Captured until</source>
        <translation>Capturadas até</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="93"/>
        <source>Camera pitch</source>
        <translation>Inclinação da câmera</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="108"/>
        <source>Capture types</source>
        <translation>Tipos de captura</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="115"/>
        <source>Focused on the area</source>
        <translation>Focadas na área</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Maximum images</source>
        <translation>Número máximo de imagens</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="126"/>
        <source>Spexi footprints</source>
        <translation>Contornos Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="130"/>
        <source>Spexi camera positions</source>
        <translation>Posições de câmera Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="134"/>
        <source>Images found</source>
        <translation>Imagens encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="136"/>
        <source>Cells searched</source>
        <translation>Células buscadas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="224"/>
        <source>Point</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="228"/>
        <source>Spexi views</source>
        <translation>Vistas Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="232"/>
        <source>Views found</source>
        <translation>Vistas encontradas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>The camera's compass direction, 0° north, 90° east. Give HEADING_MIN and HEADING_MAX together. Empty: any.</source>
        <translation>A direção da câmera na bússola, 0° norte, 90° leste. Informe HEADING_MIN e HEADING_MAX juntos. Vazio: qualquer.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>The drone&apos;s height above the ground. Give ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.</source>
        <translation>A altura do drone acima do solo. Informe ALTITUDE_MIN e ALTITUDE_MAX juntos. Vazio: qualquer.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>With PITCH range: the lowest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>Com PITCH range: a menor inclinação da câmera, de −135° a 45° (−90° olha direto para baixo).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>With PITCH range: the highest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>Com PITCH range: a maior inclinação da câmera, de −135° a 45° (−90° olha direto para baixo).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="51"/>
        <source>First capture day (UTC, included). Empty: no limit.</source>
        <translation>Primeiro dia de captura (UTC, incluído). Vazio: sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="53"/>
        <source>Last capture day (UTC, included). Empty: today when DATE_FROM is given, else no limit.</source>
        <translation>Último dia de captura (UTC, incluído). Vazio: hoje quando DATE_FROM é dado, senão sem limite.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="62"/>
        <source>Give DATE_FROM as well: the first day of the captures</source>
        <translation>Informe também DATE_FROM: o primeiro dia das capturas</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="78"/>
        <source>
&lt;p&gt;Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that &lt;i&gt;Download images&lt;/i&gt; fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encontra imagens de drone Spexi sobre uma área com os filtros da aba Spexi (inclinação, rumo e altitude da câmera, datas e tipos de captura) e grava duas camadas: os contornos (o que cada imagem mostra) e as posições da câmera, com o id da imagem, a classificação, o tipo e a hora da captura, rumo, inclinação, rolagem, altitude, distância, os links das imagens originais e ampliadas e um local_path vazio que &lt;i&gt;Baixar imagens&lt;/i&gt; preenche. Áreas acima do limite de 1 km² do Spexi são buscadas célula por célula e mescladas, cada imagem uma vez.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="92"/>
        <source>to search (any size: over 1 km² it is searched cell by cell)</source>
        <translation>a buscar (qualquer tamanho: acima de 1 km² é buscada célula por célula)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="93"/>
        <source>any; nadir (−90°, straight down); oblique (−60°); or range, from PITCH_MIN to PITCH_MAX.</source>
        <translation>any; nadir (−90°, direto para baixo); oblique (−60°); ou range, de PITCH_MIN a PITCH_MAX.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="108"/>
        <source>orthomosaic (nadir mapping images), oblique (tilted views of building sides), panorama (near-horizontal views from higher up). Default: all three.</source>
        <translation>orthomosaic (imagens de mapeamento no nadir), oblique (vistas inclinadas das fachadas), panorama (vistas quase horizontais de mais alto). Padrão: as três.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="115"/>
        <source>Spexi leaves out images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Unchecked: every intersecting image.</source>
        <translation>O Spexi deixa de fora imagens em que a área está na borda do quadro e ordena as demais por quanto ela aparece. Desmarcado: todas as imagens que a intersectam.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Stop after this many images (default {count}, as in the tab).</source>
        <translation>Parar após este número de imagens (padrão {count}, como na aba).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="126"/>
        <source>What each image shows, as polygons in WGS 84, with the fields listed above.</source>
        <translation>O que cada imagem mostra, como polígonos em WGS 84, com os campos listados acima.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="130"/>
        <source>Where each image was taken from, as points in WGS 84, with the same fields.</source>
        <translation>De onde cada imagem foi tirada, como pontos em WGS 84, com os mesmos campos.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="134"/>
        <source>How many images were written.</source>
        <translation>Quantas imagens foram gravadas.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="136"/>
        <source>How many pieces of under 1 km² the area was searched in.</source>
        <translation>Em quantos pedaços de menos de 1 km² a área foi buscada.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="148"/>
        <source>PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)</source>
        <translation>PITCH_MIN e PITCH_MAX acompanham PITCH range (que precisa deles)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="192"/>
        <source>Searching Spexi over {area}</source>
        <translation>Buscando no Spexi sobre {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="194"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagem</numerusform>
            <numerusform>%Ln imagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="214"/>
        <source>
&lt;p&gt;Asks Spexi for the best images of one place, as the Spexi tab&apos;s multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in &lt;code&gt;view&lt;/code&gt; and the Spexi result fields, so
&lt;i&gt;Download images&lt;/i&gt; takes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pede ao Spexi as melhores imagens de um lugar, como faz a ferramenta multivista da aba Spexi: uma vista no nadir de cima e vistas oblíquas olhando para norte, leste, sul e oeste (falta uma vista para a qual o Spexi não tem imagem). Os contornos vêm com a vista que mostram em &lt;code&gt;view&lt;/code&gt; e os campos de resultado do Spexi, assim &lt;i&gt;Baixar imagens&lt;/i&gt; os aceita.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="224"/>
        <source>The place to see from five sides; any CRS (on the command line “x,y [EPSG:code]”).</source>
        <translation>O lugar a ver de cinco lados; qualquer SRC (na linha de comando “x,y [EPSG:code]”).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="228"/>
        <source>One footprint per view (nadir, north, east, south, west) in WGS 84, with view and the Spexi result fields.</source>
        <translation>Um contorno por vista (nadir, norte, leste, sul, oeste) em WGS 84, com view e os campos de resultado do Spexi.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="232"/>
        <source>How many of the five views exist.</source>
        <translation>Quantas das cinco vistas existem.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="253"/>
        <source>Asking Spexi for the views of {lon}, {lat}</source>
        <translation>Pedindo ao Spexi as vistas de {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="256"/>
        <source>Views: {views}</source>
        <translation>Vistas: {views}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="256"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="168"/>
        <source>{name} needs both {name}_MIN and {name}_MAX</source>
        <translation>{name} precisa de {name}_MIN e {name}_MAX</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="186"/>
        <source>cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>célula {cell} de {cells}, página {page}, %Ln imagem recebida</numerusform>
            <numerusform>célula {cell} de {cells}, página {page}, %Ln imagens recebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="197"/>
        <source>%Ln feature(s) Spexi sent could not be read (geometry, capture date or camera position) and were left out</source>
        <translation>
            <numerusform>%Ln feição enviada pelo Spexi não pôde ser lida (geometria, data de captura ou posição da câmera) e foi deixada de fora</numerusform>
            <numerusform>%Ln feições enviadas pelo Spexi não puderam ser lidas (geometria, data de captura ou posição da câmera) e foram deixadas de fora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="59"/>
        <source>Captured (UTC)</source>
        <translation>Capturada (UTC)</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="60"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="61"/>
        <source>Pitch</source>
        <translation>Inclinação</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="74"/>
        <source>Heading</source>
        <translation>Rumo</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="63"/>
        <source>Alt. m</source>
        <translation>Alt. m</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="64"/>
        <source>Dist. m</source>
        <translation>Dist. m</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="65"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="136"/>
        <source>Could not add images to {layer} in {path}: {errors}</source>
        <translation>Não foi possível adicionar imagens a {layer} em {path}: {errors}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="168"/>
        <source>Spexi cameras</source>
        <translation>Câmeras Spexi</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="225"/>
        <source>Spexi downloads</source>
        <translation>Downloads do Spexi</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="251"/>
        <source>QGIS could not open the placed image {path}</source>
        <translation>O QGIS não conseguiu abrir a imagem posicionada {path}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="64"/>
        <source>Spexi search</source>
        <translation>Busca no Spexi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="78"/>
        <source>Searching: cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>Buscando: célula {cell} de {cells}, página {page}, %Ln imagem recebida</numerusform>
            <numerusform>Buscando: célula {cell} de {cells}, página {page}, %Ln imagens recebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="82"/>
        <source>Searching: page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>Buscando: página {page}, %Ln imagem recebida</numerusform>
            <numerusform>Buscando: página {page}, %Ln imagens recebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="97"/>
        <source>Writing %Ln image(s) into the result layers</source>
        <translation>
            <numerusform>Gravando %Ln imagem nas camadas de resultados</numerusform>
            <numerusform>Gravando %Ln imagens nas camadas de resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="111"/>
        <source>Spexi: add images to the results</source>
        <translation>Spexi: adicionar imagens aos resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="144"/>
        <source>Spexi: downloading %Ln image(s)</source>
        <translation>
            <numerusform>Spexi: baixando %Ln imagem</numerusform>
            <numerusform>Spexi: baixando %Ln imagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="171"/>
        <source>Spexi: fetching image {image}</source>
        <translation>Spexi: obtendo a imagem {image}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="59"/>
        <source>GDAL could not read {name}</source>
        <translation>O GDAL não conseguiu ler {name}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="208"/>
        <source>GDAL could not make a thumbnail of {name}</source>
        <translation>O GDAL não conseguiu criar uma miniatura de {name}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="27"/>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="37"/>
        <source>A footprint with {corners} corners cannot be used to place the image; it needs four</source>
        <translation>Um contorno com {corners} cantos não serve para posicionar a imagem; são necessários quatro</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="49"/>
        <source>The footprint does not match the camera heading: the image cannot be placed</source>
        <translation>O contorno não corresponde ao rumo da câmera: a imagem não pode ser posicionada</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="64"/>
        <source>GDAL could not set the control points</source>
        <translation>O GDAL não conseguiu definir os pontos de controle</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="80"/>
        <source>Cancelled while placing the image</source>
        <translation>Cancelado durante o posicionamento da imagem</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="81"/>
        <source>GDAL could not warp {name}</source>
        <translation>O GDAL não conseguiu reprojetar {name}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="93"/>
        <source>Spexi: placing image {image} on the map</source>
        <translation>Spexi: posicionando a imagem {image} no mapa</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="97"/>
        <source>Only nadir images (pitch near -90°) can be placed on the map; image {image} has pitch {pitch}°</source>
        <translation>Somente imagens no nadir (inclinação perto de -90°) podem ser posicionadas no mapa; a imagem {image} tem inclinação de {pitch}°</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="112"/>
        <source>Downloading the original image</source>
        <translation>Baixando a imagem original</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="116"/>
        <source>Warping the image into its footprint</source>
        <translation>Ajustando a imagem ao seu contorno</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="41"/>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="42"/>
        <source>Download the selected images into the download folder (Imagery Hub settings)</source>
        <translation>Baixar as imagens selecionadas na pasta de downloads (configurações do Imagery Hub)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="46"/>
        <source>&amp;Place on map</source>
        <translation>&amp;Posicionar no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="47"/>
        <source>Warp the selected nadir image into its footprint and add it to the map</source>
        <translation>Ajustar a imagem no nadir selecionada ao seu contorno e adicioná-la ao mapa</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="50"/>
        <source>&amp;Multi-view</source>
        <translation>&amp;Multivista</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="52"/>
        <source>Click a point on the map to see it from above and from the four sides</source>
        <translation>Clique em um ponto do mapa para vê-lo de cima e dos quatro lados</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="67"/>
        <source>Search Spexi first, then select the images to download</source>
        <translation>Busque primeiro no Spexi e depois selecione as imagens a baixar</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="76"/>
        <source>This layer is not a Spexi result layer: use the footprints or camera positions of a Spexi search</source>
        <translation>Esta camada não é uma camada de resultados do Spexi: use os contornos ou as posições de câmera de uma busca no Spexi</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="80"/>
        <source>{name} is not a Spexi result layer: use the footprints or camera positions of a Spexi search</source>
        <translation>{name} não é uma camada de resultados do Spexi: use os contornos ou as posições de câmera de uma busca no Spexi</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="90"/>
        <source>Select the Spexi images to download first (in the table or on the map)</source>
        <translation>Selecione primeiro as imagens do Spexi a baixar (na tabela ou no mapa)</translation>
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
            <numerusform>Baixando %Ln imagem do Spexi…</numerusform>
            <numerusform>Baixando %Ln imagens do Spexi…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="114"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="126"/>
        <source>Select one nadir Spexi image to place it on the map</source>
        <translation>Selecione uma imagem do Spexi no nadir para posicioná-la no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="138"/>
        <source>Placing the image</source>
        <translation>Posicionamento da imagem</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="140"/>
        <source>Placing image {image} on the map…</source>
        <translation>Posicionando a imagem {image} no mapa…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="148"/>
        <source>Spexi image {image}</source>
        <translation>Imagem do Spexi {image}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="155"/>
        <source>Spexi image {image} placed on the map</source>
        <translation>Imagem do Spexi {image} posicionada no mapa</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="216"/>
        <source>Multi-view</source>
        <translation>Multivista</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="250"/>
        <source>Spexi multi-view</source>
        <translation>Multivista do Spexi</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="209"/>
        <source>No image: {error}</source>
        <translation>Sem imagem: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="215"/>
        <source>Spexi multi-view failed: {error}</source>
        <translation>A multivista do Spexi falhou: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="221"/>
        <source>Opening the image</source>
        <translation>Abertura da imagem</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="223"/>
        <source>Spexi image {image} ({kind})</source>
        <translation>Imagem do Spexi {image} ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="236"/>
        <source>Adding images</source>
        <translation>Adição de imagens</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/actions.py" line="254"/>
        <source>Spexi: %Ln image(s) added to the results</source>
        <translation>
            <numerusform>Spexi: %Ln imagem adicionada aos resultados</numerusform>
            <numerusform>Spexi: %Ln imagens adicionadas aos resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="254"/>
        <source>Spexi: that image is already in the results</source>
        <translation>Spexi: essa imagem já está nos resultados</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Nadir (−90°)</source>
        <translation>Nadir (−90°)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Oblique (−60°)</source>
        <translation>Oblíqua (−60°)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="28"/>
        <source>Ortho</source>
        <translation>Orto</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="28"/>
        <source>Orthomosaic: nadir mapping images</source>
        <translation>Ortomosaico: imagens de mapeamento no nadir</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="30"/>
        <source>Oblique</source>
        <translation>Oblíqua</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="30"/>
        <source>Oblique: tilted views of the sides of buildings</source>
        <translation>Oblíqua: vistas inclinadas das laterais dos edifícios</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="32"/>
        <source>Pano</source>
        <translation>Pano</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="32"/>
        <source>Panorama: near-horizontal views from higher up</source>
        <translation>Panorama: vistas quase horizontais de uma altura maior</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="62"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="69"/>
        <source>Camera angle: −90° looks straight down, −60° is oblique</source>
        <translation>Ângulo da câmera: −90° olha direto para baixo, −60° é oblíqua</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="71"/>
        <source>Lowest pitch</source>
        <translation>Inclinação mínima</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="72"/>
        <source>Highest pitch</source>
        <translation>Inclinação máxima</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="75"/>
        <source>0° north, 90° east</source>
        <translation>0° norte, 90° leste</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="78"/>
        <source>Altitude</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="79"/>
        <source>Above ground</source>
        <translation>Acima do solo</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="82"/>
        <source>Captured between</source>
        <translation>Capturadas entre</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="101"/>
        <source>Spexi drops images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Untick for every intersecting image.</source>
        <translation>O Spexi descarta as imagens em que a área fica na borda do quadro e ordena as demais pelo destaque com que ela aparece. Desmarque para obter todas as imagens que a intersectam.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="109"/>
        <source>Stop after this many images</source>
        <translation>Parar após este número de imagens</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="110"/>
        <source>images</source>
        <translation>imagens</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="112"/>
        <source>&amp;Pitch</source>
        <translation>&amp;Inclinação</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="114"/>
        <source>&amp;Limit</source>
        <translation>&amp;Limite</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="116"/>
        <source>Capture types to include</source>
        <translation>Tipos de captura a incluir</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="165"/>
        <source>Tick at least one capture type</source>
        <translation>Marque pelo menos um tipo de captura</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="66"/>
        <source>Could not read {name}</source>
        <translation>Não foi possível ler {name}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="105"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar à janela</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="113"/>
        <source>{title}: {width} × {height} px. Wheel to zoom, drag to pan, F to fit.</source>
        <translation>{title}: {width} × {height} px. Roda para ampliar, arrastar para mover, F para ajustar.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>camera facing north</source>
        <translation>câmera voltada para o norte</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>No Spexi image facing north here</source>
        <translation>Nenhuma imagem do Spexi voltada para o norte aqui</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>E</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>camera facing east</source>
        <translation>câmera voltada para o leste</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>No Spexi image facing east here</source>
        <translation>Nenhuma imagem do Spexi voltada para o leste aqui</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>camera facing south</source>
        <translation>câmera voltada para o sul</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>No Spexi image facing south here</source>
        <translation>Nenhuma imagem do Spexi voltada para o sul aqui</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>camera facing west</source>
        <translation>câmera voltada para o oeste</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>No Spexi image facing west here</source>
        <translation>Nenhuma imagem do Spexi voltada para o oeste aqui</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>Nadir</source>
        <translation>Nadir</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>straight down</source>
        <translation>direto para baixo</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>No Spexi image looking straight down here</source>
        <translation>Nenhuma imagem do Spexi olhando direto para baixo aqui</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="81"/>
        <source>Full size</source>
        <translation>Tamanho completo</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="82"/>
        <source>Add to results</source>
        <translation>Adicionar aos resultados</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="96"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="105"/>
        <source>{kind}, {date}&lt;br&gt;pitch {pitch}°, heading {heading}°</source>
        <translation>{kind}, {date}&lt;br&gt;inclinação {pitch}°, rumo {heading}°</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="108"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="121"/>
        <source>Spexi multi-view at {place}</source>
        <translation>Multivista do Spexi em {place}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="122"/>
        <source>Asking Spexi for the views of this place…</source>
        <translation>Pedindo ao Spexi as vistas deste local…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="145"/>
        <source>{found} of 5 views found.</source>
        <translation>{found} de 5 vistas encontradas.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="145"/>
        <source>Spexi has no image of this place: try another point.</source>
        <translation>O Spexi não tem imagem deste local: tente outro ponto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="54"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) (the maximum you set) in {cells} cells in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; imagem (o máximo definido) em {cells} células em “{group}”.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; imagens (o máximo definido) em {cells} células em “{group}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="58"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) (the maximum you set) in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; imagem (o máximo definido) em “{group}”.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; imagens (o máximo definido) em “{group}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="60"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) in {cells} cells in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; imagem em {cells} células em “{group}”.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; imagens em {cells} células em “{group}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="62"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; imagem em “{group}”.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; imagens em “{group}”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="81"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="82"/>
        <source>Search Spexi images over the area of interest</source>
        <translation>Buscar imagens do Spexi sobre a área de interesse</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="92"/>
        <source>Set the filters, then search the area of interest.</source>
        <translation>Ajuste os filtros e depois busque na área de interesse.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="263"/>
        <source>Select an image to preview it</source>
        <translation>Selecione uma imagem para pré-visualizá-la</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="100"/>
        <source>Original image</source>
        <translation>Imagem original</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="101"/>
        <source>Zoomed to the area</source>
        <translation>Ampliada para a área</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="102"/>
        <source>Which file to download: the full frame or Spexi&apos;s crop around the area</source>
        <translation>Qual arquivo baixar: o quadro inteiro ou o recorte do Spexi em torno da área</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="149"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="153"/>
        <source>Download selected Spexi images</source>
        <translation>Baixar as imagens do Spexi selecionadas</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="223"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="188"/>
        <source>Searching Spexi…</source>
        <translation>Buscando no Spexi…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="194"/>
        <source>pitch {pitch}</source>
        <translation>inclinação {pitch}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="199"/>
        <source>up to {count}</source>
        <translation>até {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="208"/>
        <source>%Ln image(s) Spexi sent could not be read and were left out (see the log).</source>
        <translation>
            <numerusform>%Ln imagem enviada pelo Spexi não pôde ser lida e foi deixada de fora (veja o log).</numerusform>
            <numerusform>%Ln imagens enviadas pelo Spexi não puderam ser lidas e foram deixadas de fora (veja o log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="211"/>
        <source>Spexi: %Ln feature(s) of the answer were unreadable (geometry, capture date or camera position) and left out</source>
        <translation>
            <numerusform>Spexi: %Ln feição da resposta estava ilegível (geometria, data de captura ou posição da câmera) e foi deixada de fora</numerusform>
            <numerusform>Spexi: %Ln feições da resposta estavam ilegíveis (geometria, data de captura ou posição da câmera) e foram deixadas de fora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="215"/>
        <source>No Spexi images match: widen the filters, untick Focused or move the area.</source>
        <translation>Nenhuma imagem do Spexi corresponde: amplie os filtros, desmarque “Focadas na área” ou mova a área.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="218"/>
        <source>Spexi: no images match this search</source>
        <translation>Spexi: nenhuma imagem corresponde a esta busca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="230"/>
        <source>Spexi: %Ln image(s) found.</source>
        <translation>
            <numerusform>Spexi: %Ln imagem encontrada.</numerusform>
            <numerusform>Spexi: %Ln imagens encontradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="249"/>
        <source>%Ln image(s) in “{group}” (from the project).</source>
        <translation>
            <numerusform>%Ln imagem em “{group}” (do projeto).</numerusform>
            <numerusform>%Ln imagens em “{group}” (do projeto).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="311"/>
        <source>Select one image to preview it</source>
        <translation>Selecione uma única imagem para pré-visualizá-la</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="318"/>
        <source>Loading {image}…</source>
        <translation>Carregando {image}…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="324"/>
        <source>No preview: {error}</source>
        <translation>Sem pré-visualização: {error}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Tasks</name>
    <message>
        <location filename="../../core/tasks.py" line="67"/>
        <source>{service} asked us to wait {seconds} s — retrying</source>
        <translation>{service} pediu para esperarmos {seconds} s — tentando novamente</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="69"/>
        <source>{service} answered HTTP {status} — retrying in {seconds} s</source>
        <translation>{service} respondeu HTTP {status} — tentando novamente em {seconds} s</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="70"/>
        <source>The service</source>
        <translation>O serviço</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="93"/>
        <source>{task} failed: {details}</source>
        <translation>{task} falhou: {details}</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="99"/>
        <source>{task}: handling the result failed: {details}</source>
        <translation>{task}: o tratamento do resultado falhou: {details}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Thumbnails</name>
    <message>
        <location filename="../../ui/thumbnails.py" line="104"/>
        <source>No picture: {reason}</source>
        <translation>Sem imagem: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="104"/>
        <source>No picture</source>
        <translation>Sem imagem</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="160"/>
        <source>Pictures</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="162"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>Mostrar os resultados como miniaturas em vez de uma tabela</translation>
    </message>
</context>
<context>
    <name>MapillaryTab</name>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="124"/>
        <source>Size of the downloaded images</source>
        <translation>Tamanho das imagens baixadas</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="151"/>
        <source>Search settings</source>
        <translation>Configurações de busca</translation>
    </message>
</context>
<context>
    <name>SpexiTab</name>
    <message>
        <location filename="../../ui/spexi/tab.py" line="125"/>
        <source>Search settings</source>
        <translation>Configurações de busca</translation>
    </message>
</context>
</TS>
