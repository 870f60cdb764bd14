<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>FoldingForm</name>
    <message>
        <location filename="../../ui/folding.py" line="51"/>
        <source>Show or hide the search settings</source>
        <translation>Показать или скрыть настройки поиска</translation>
    </message>
    <message>
        <location filename="../../ui/folding.py" line="62"/>
        <source>Help on this tab (opens the README)</source>
        <translation>Справка по этой вкладке (открывает README)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Aoi</name>
    <message>
        <location filename="../../ui/aoi_widget.py" line="56"/>
        <source>Rectangle</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="58"/>
        <source>Polygon</source>
        <translation>Полигон</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="30"/>
        <source>Selected features</source>
        <translation>Выбранные объекты</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="31"/>
        <source>Map extent</source>
        <translation>Экстент карты</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="32"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="58"/>
        <source>The area of interest crosses the 180° meridian, which {service} cannot take in one piece: draw it on one side of the meridian</source>
        <translation>Область интереса пересекает меридиан 180°, а {service} не принимает её одним куском: нарисуйте её по одну сторону меридиана</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="73"/>
        <source>Point {x}, {y}</source>
        <translation>Точка {x}, {y}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="76"/>
        <source>Point with {radius} m radius, {area}</source>
        <translation>Точка с радиусом {radius} м, {area}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="79"/>
        <source>{kind}, {area}</source>
        <translation>{kind}, {area}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="84"/>
        <source>The area of interest is {area}, more than the {limit} {service} accepts: draw a smaller area</source>
        <translation>Область интереса составляет {area}, больше {limit}, которые принимает {service}: нарисуйте область поменьше</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="137"/>
        <source>The area of interest is empty: draw it again or select features</source>
        <translation>Область интереса пуста: нарисуйте её заново или выберите объекты</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="140"/>
        <source>The area of interest must be a polygon: pick polygon features or draw a rectangle or polygon</source>
        <translation>Область интереса должна быть полигоном: выберите полигональные объекты или нарисуйте прямоугольник или полигон</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="146"/>
        <source>The area of interest crosses itself and cannot be repaired: draw it again without crossing edges</source>
        <translation>Область интереса самопересекается и не может быть исправлена: нарисуйте её заново без пересекающихся рёбер</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="150"/>
        <source>The area of interest lies outside longitude -180…180 / latitude -90…90: check the layer's CRS</source>
        <translation>Область интереса лежит вне долготы -180…180 / широты -90…90: проверьте СК слоя</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="154"/>
        <source>The area of interest has no area: draw a larger one</source>
        <translation>У области интереса нет площади: нарисуйте область побольше</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="163"/>
        <source>The radius cannot be negative</source>
        <translation>Радиус не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="166"/>
        <source>The point lies outside longitude/latitude bounds: check the CRS</source>
        <translation>Точка лежит вне допустимых долготы/широты: проверьте СК</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="182"/>
        <source>No features are selected in the active layer: select polygons first</source>
        <translation>В активном слое не выбраны объекты: сначала выберите полигоны</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="29"/>
        <source>No area of interest yet: draw one or pick features.</source>
        <translation>Области интереса пока нет: нарисуйте её или выберите объекты.</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="49"/>
        <source>Area of interest</source>
        <translation>Область интереса</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="56"/>
        <source>Drag a rectangle on the map</source>
        <translation>Растяните прямоугольник на карте</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="58"/>
        <source>Click vertices on the map; right-click, double-click or Enter to finish; Backspace undoes a vertex; Esc cancels</source>
        <translation>Щёлкайте вершины на карте; правый щелчок, двойной щелчок или Enter — завершить; Backspace отменяет вершину; Esc — отмена</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="62"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="62"/>
        <source>Click a point on the map; the radius makes it a circle</source>
        <translation>Щёлкните точку на карте; радиус превращает её в круг</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="71"/>
        <source>Radius around the clicked point (0: the point itself)</source>
        <translation>Радиус вокруг выбранной точки (0 — сама точка)</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="72"/>
        <source>Selection</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="72"/>
        <source>Use the selected polygons of the active layer</source>
        <translation>Использовать выбранные полигоны активного слоя</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="74"/>
        <source>Extent</source>
        <translation>Экстент</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="74"/>
        <source>Use the visible map extent</source>
        <translation>Использовать видимый экстент карты</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="76"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="76"/>
        <source>Forget the area of interest</source>
        <translation>Сбросить область интереса</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="88"/>
        <source>Point radius</source>
        <translation>Радиус точки</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="143"/>
        <source>Select a polygon layer in the Layers panel first.</source>
        <translation>Сначала выберите полигональный слой на панели «Слои».</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="193"/>
        <source>&lt;b&gt;{area}&lt;/b&gt; — still in use</source>
        <translation>&lt;b&gt;{area}&lt;/b&gt; — по-прежнему используется</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{service} search</source>
        <translation>Поиск в {service}</translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation>Меньшей области или более узким фильтрам нужно меньше запросов.</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Credentials</name>
    <message>
        <location filename="../../core/credentials.py" line="64"/>
        <source>No {service} credentials yet: add them in Imagery Hub settings</source>
        <translation>Учётных данных {service} пока нет: добавьте их в настройках Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/credentials.py" line="75"/>
        <source>The QGIS Authentication Manager is locked: enter the master password to store credentials</source>
        <translation>Менеджер аутентификации QGIS заблокирован: введите мастер-пароль, чтобы сохранить учётные данные</translation>
    </message>
    <message>
        <location filename="../../core/credentials.py" line="86"/>
        <source>QGIS could not store the credentials in its Authentication Manager</source>
        <translation>QGIS не удалось сохранить учётные данные в менеджере аутентификации</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Downloads</name>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="42"/>
        <source>%Ln image(s) downloaded</source>
        <translation>
            <numerusform>Загружено %Ln изображение</numerusform>
            <numerusform>Загружено %Ln изображения</numerusform>
            <numerusform>Загружено %Ln изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="42"/>
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>Загружен %Ln файл</numerusform>
            <numerusform>Загружено %Ln файла</numerusform>
            <numerusform>Загружено %Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="45"/>
        <source>{downloaded}, %Ln failed</source>
        <translation>
            <numerusform>{downloaded}, %Ln с ошибкой</numerusform>
            <numerusform>{downloaded}, %Ln с ошибкой</numerusform>
            <numerusform>{downloaded}, %Ln с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/downloads.py" line="48"/>
        <source>{downloaded} (cancelled)</source>
        <translation>{downloaded} (отменено)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="63"/>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="67"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="71"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="73"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Максимальная облачность (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>Only scenes covering the whole area</source>
        <translation>Только сцены, покрывающие всю область</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>EOSDA scenes</source>
        <translation>Сцены EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Scenes written</source>
        <translation>Записано сцен</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="90"/>
        <source>Scenes found</source>
        <translation>Найдено сцен</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>Scene (view id)</source>
        <translation>Сцена (id вида)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>Bands or index</source>
        <translation>Каналы или индекс</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="160"/>
        <source>Band expression</source>
        <translation>Выражение каналов</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="165"/>
        <source>Pixel size (m)</source>
        <translation>Размер пикселя (м)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="171"/>
        <source>Image format</source>
        <translation>Формат изображения</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="176"/>
        <source>Colormap id</source>
        <translation>Id цветовой шкалы</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>Levels (low,high)</source>
        <translation>Уровни (нижний,верхний)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="187"/>
        <source>Resampling</source>
        <translation>Передискретизация</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>First check after (seconds)</source>
        <translation>Первая проверка через (секунд)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="198"/>
        <source>Rendered raster</source>
        <translation>Отрисованный растр</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="201"/>
        <source>Width (px)</source>
        <translation>Ширина (пикс.)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="203"/>
        <source>Height (px)</source>
        <translation>Высота (пикс.)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="49"/>
        <source>
&lt;p&gt;Searches EOSDA&apos;s Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what &lt;i&gt;Render an EOSDA scene&lt;/i&gt; takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ищет сцены Sentinel-2 или Landsat 8 в EOSDA над областью, как вкладка EOSDA, и записывает их контуры с id вида, датой, спутником, облачностью, покрытием данными и долей области, которую покрывает каждая. Id вида — это то, что принимает &lt;i&gt;Отрисовать сцену EOSDA&lt;/i&gt;. Периоды длиннее года запрашиваются по году, начиная с самых новых; сохраняется до 2000 сцен.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="62"/>
        <source>to search</source>
        <translation>для поиска</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="63"/>
        <source>sentinel2 (Sentinel-2, 10 m) or landsat8 (Landsat 8, 30 m).</source>
        <translation>sentinel2 (Sentinel-2, 10 м) или landsat8 (Landsat 8, 30 м).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="67"/>
        <source>First day (included). Empty: %Ln day(s) before DATE_TO.</source>
        <translation>
            <numerusform>Первый день (включительно). Пусто: за %Ln день до DATE_TO.</numerusform>
            <numerusform>Первый день (включительно). Пусто: за %Ln дня до DATE_TO.</numerusform>
            <numerusform>Первый день (включительно). Пусто: за %Ln дней до DATE_TO.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="71"/>
        <source>Last day (included). Empty: today.</source>
        <translation>Последний день (включительно). Пусто: сегодня.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="73"/>
        <source>Scenes with at most this cloud cover. Default 30 %, as in the tab.</source>
        <translation>Сцены с облачностью не выше этой. По умолчанию 30 %, как во вкладке.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>Keep only scenes whose data cover all of the area (CONTAINS); default: any overlap.</source>
        <translation>Оставлять только сцены, данные которых покрывают всю область (CONTAINS); по умолчанию: любое перекрытие.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>How many footprints were written.</source>
        <translation>Сколько контуров записано.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="90"/>
        <source>How many scenes EOSDA reported (more than COUNT when over 2000).</source>
        <translation>Сколько сцен сообщил EOSDA (больше COUNT, если их больше 2000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="118"/>
        <source>Searching {dataset} scenes {start} – {end}</source>
        <translation>Поиск сцен {dataset} {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="121"/>
        <source>%Ln scene(s) of {found}</source>
        <translation>
            <numerusform>%Ln сцена из {found}</numerusform>
            <numerusform>%Ln сцены из {found}</numerusform>
            <numerusform>%Ln сцен из {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="121"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln сцена</numerusform>
            <numerusform>%Ln сцены</numerusform>
            <numerusform>%Ln сцен</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="138"/>
        <source>
&lt;p&gt;Renders one EOSDA scene over an area with EOSDA&apos;s Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Отрисовывает одну сцену EOSDA над областью с помощью сервиса Download visual от EOSDA, как раздел отрисовки вкладки EOSDA: предустановка (естественные или псевдоцвета, NDVI, NDWI) или собственное выражение каналов, обрезанное по области, с выбранным размером пикселя, затем записанное как георастр в Web Mercator (EPSG:3857). Индексы раскрашиваются цветовой шкалой между двумя уровнями.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>The view_id of a scene, as Search EOSDA satellite scenes writes it: S2/… for Sentinel-2, L8/… for Landsat 8.</source>
        <translation>view_id сцены, как его записывает Поиск спутниковых сцен EOSDA: S2/… для Sentinel-2, L8/… для Landsat 8.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="154"/>
        <source>to render (one polygon)</source>
        <translation>для отрисовки (один полигон)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>true_color, false_color (near infrared), ndvi, ndwi, or custom to use EXPRESSION.</source>
        <translation>true_color, false_color (ближний инфракрасный), ndvi, ndwi или custom, чтобы использовать EXPRESSION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="160"/>
        <source>With PRESET custom: bands separated by commas for an RGB composite (B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). Band names of the scene&apos;s dataset.</source>
        <translation>С PRESET custom: каналы через запятую для RGB-композита (B08,B04,B03) или одно выражение для индекса ((B08-B04)/(B08+B04)). Имена каналов набора данных сцены.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="165"/>
        <source>Ground size of a pixel in metres. Empty: the dataset&apos;s native size (10 m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a side.</source>
        <translation>Размер пикселя на местности в метрах. Пусто: собственный размер набора данных (10 м Sentinel-2, 30 м Landsat 8). Изображение может быть не больше 10 000 пикс. по стороне.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="171"/>
        <source>What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. The output is then written in the format of OUTPUT&apos;s extension.</source>
        <translation>Что присылает EOSDA: tiff (GeoTIFF) или png / jpeg с файлом привязки (world file). Результат затем записывается в формате расширения OUTPUT.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="176"/>
        <source>For a single-band index: EOSDA's colormap id (default red–yellow–green). Empty: grey values.</source>
        <translation>Для одноканального индекса: id цветовой шкалы EOSDA (по умолчанию красный–жёлтый–зелёный). Пусто: оттенки серого.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>For a single-band index: the values mapped to the ends of the colormap.</source>
        <translation>Для одноканального индекса: значения, соответствующие концам цветовой шкалы.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="187"/>
        <source>How EOSDA resamples bands to the pixel size. Empty: EOSDA&apos;s default.</source>
        <translation>Как EOSDA передискретизирует каналы под размер пикселя. Пусто: способ EOSDA по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>How long to wait before asking whether the render is ready; the wait grows by half each time, up to 15 s.</source>
        <translation>Сколько ждать, прежде чем спросить, готова ли отрисовка; ожидание каждый раз растёт наполовину, до 15 с.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="198"/>
        <source>The render, georeferenced in EPSG:3857 (GeoTIFF unless another extension is given).</source>
        <translation>Отрисовка с привязкой в EPSG:3857 (GeoTIFF, если не указано другое расширение).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="201"/>
        <source>Width of the render in pixels.</source>
        <translation>Ширина отрисовки в пикселях.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="203"/>
        <source>Height of the render in pixels.</source>
        <translation>Высота отрисовки в пикселях.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="212"/>
        <source>{view_id} is not an EOSDA view id: they start with S2/ (Sentinel-2) or L8/ (Landsat 8)</source>
        <translation>{view_id} — не id вида EOSDA: они начинаются с S2/ (Sentinel-2) или L8/ (Landsat 8)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="220"/>
        <source>PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)</source>
        <translation>PRESET custom требует выражения каналов, например (B08-B04)/(B08+B04)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="225"/>
        <source>{bands} is not a band of {dataset}</source>
        <translation>{bands} — не канал {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="226"/>
        <source>{bands} are not bands of {dataset}</source>
        <translation>{bands} — не каналы {dataset}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="254"/>
        <source>Writing the {width} × {height} px render</source>
        <translation>Запись отрисовки {width} × {height} пикс.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="272"/>
        <source>GDAL could not write {name}: {error}</source>
        <translation>GDAL не смог записать {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="275"/>
        <source>GDAL could not write {name} as {driver}: {error}</source>
        <translation>GDAL не смог записать {name} как {driver}: {error}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/inventory.py" line="22"/>
        <source>EOSDA Sentinel-2 scenes</source>
        <translation>Сцены Sentinel-2 EOSDA</translation>
    </message>
    <message>
        <location filename="../../core/eosda/layers.py" line="72"/>
        <source>QGIS cannot open the render {name}</source>
        <translation>QGIS не может открыть отрисовку {name}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="92"/>
        <source>EOSDA: search {dataset} scenes</source>
        <translation>EOSDA: поиск сцен {dataset}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="98"/>
        <source>{count} of {found} scenes</source>
        <translation>{count} из {found} сцен</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="131"/>
        <source>GDAL cannot open the render {name}</source>
        <translation>GDAL не может открыть отрисовку {name}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="134"/>
        <source>The render {name} arrived without georeference</source>
        <translation>Отрисовка {name} пришла без географической привязки</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="143"/>
        <source>Sending the render request to EOSDA</source>
        <translation>Отправка запроса на отрисовку в EOSDA</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="156"/>
        <source>EOSDA: render {name}</source>
        <translation>EOSDA: отрисовка {name}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/thumbnails.py" line="39"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>Не удалось записать миниатюру {path}</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="39"/>
        <source>Image + world file</source>
        <translation>Изображение + файл привязки</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>True colour</source>
        <translation>Естественные цвета</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>False colour (NIR)</source>
        <translation>Псевдоцвета (БИК)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>Red–yellow–green</source>
        <translation>Красный–жёлтый–зелёный</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="69"/>
        <source>Thresholds are numbers separated by commas, not “{text}”</source>
        <translation>Пороги — это числа через запятую, а не «{text}»</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="82"/>
        <source>Custom expression</source>
        <translation>Своё выражение</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="85"/>
        <source>e.g. (B08-B04)/(B08+B04) or B08,B04,B03</source>
        <translation>например, (B08-B04)/(B08+B04) или B08,B04,B03</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="129"/>
        <source>Colormap</source>
        <translation>Цветовая шкала</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="86"/>
        <source>Range colours</source>
        <translation>Цвета по диапазонам</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="92"/>
        <source>EOSDA&apos;s NDVI colormap, or paste the id of a colormap made with EOSDA&apos;s Colormap endpoint</source>
        <translation>Цветовая шкала NDVI от EOSDA, или вставьте id шкалы, созданной через эндпоинт Colormap EOSDA</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="102"/>
        <source>smooth</source>
        <translation>плавно</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="103"/>
        <source>Number of colours the colormap is cut into (colors_limit)</source>
        <translation>Число цветов, на которые делится шкала (colors_limit)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="107"/>
        <source>One colour more than thresholds: below the first, between each, above the last</source>
        <translation>На один цвет больше, чем порогов: ниже первого, между каждыми двумя, выше последнего</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="120"/>
        <source>Calibrate (TOA reflectance)</source>
        <translation>Калибровать (отражение TOA)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="121"/>
        <source>Top-of-atmosphere reflectance (calibrate)</source>
        <translation>Отражение на верхней границе атмосферы (calibrate)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="123"/>
        <source>Pansharpening (Landsat 8)</source>
        <translation>Паншарпенинг (Landsat 8)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="124"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="125"/>
        <source>Image size class sent for EOSDA&apos;s logs only</source>
        <translation>Класс размера изображения, отправляемый только для журналов EOSDA</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="132"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="134"/>
        <source>Levels</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="135"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="137"/>
        <source>Thresholds</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="138"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="143"/>
        <source>Colouring</source>
        <translation>Раскраска</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="148"/>
        <source>More options</source>
        <translation>Дополнительные параметры</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="154"/>
        <source>Size class</source>
        <translation>Класс размера</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="159"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="160"/>
        <source>Bands</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="164"/>
        <source>Pixel size</source>
        <translation>Размер пикселя</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="166"/>
        <source>Output</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="167"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="245"/>
        <source>Image size: draw a single-polygon area first</source>
        <translation>Размер изображения: сначала нарисуйте область из одного полигона</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="246"/>
        <source>Image size: no area of interest yet</source>
        <translation>Размер изображения: области интереса пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="251"/>
        <source>Image: {width} × {height} px ({megapixels} MP): too large, raise the pixel size</source>
        <translation>Изображение: {width} × {height} пикс. ({megapixels} Мп): слишком большое, увеличьте размер пикселя</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="255"/>
        <source>Image: {width} × {height} px ({megapixels} MP)</source>
        <translation>Изображение: {width} × {height} пикс. ({megapixels} Мп)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="266"/>
        <source>{bands} is not a band of {dataset}: check the expression</source>
        <translation>{bands} — не канал {dataset}: проверьте выражение</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="268"/>
        <source>{bands} are not bands of {dataset}: check the expression</source>
        <translation>{bands} — не каналы {dataset}: проверьте выражение</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Cloud %</source>
        <translation>Облачность %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>AOI %</source>
        <translation>ОИ %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Satellite</source>
        <translation>Спутник</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>View id</source>
        <translation>Id вида</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="47"/>
        <source>Render NDVI for this scene</source>
        <translation>Отрисовать NDVI этой сцены</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="58"/>
        <source>{dataset} {start} – {end}, clouds ≤ {cloud} %</source>
        <translation>{dataset} {start} – {end}, облачность ≤ {cloud} %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="87"/>
        <source>Whole area covered</source>
        <translation>Область покрыта целиком</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="88"/>
        <source>Only scenes whose data cover the whole area of interest</source>
        <translation>Только сцены, данные которых покрывают всю область интереса</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="90"/>
        <source>Search scenes</source>
        <translation>Искать сцены</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="94"/>
        <source>Search Sentinel-2 or Landsat 8 scenes over the area of interest.</source>
        <translation>Ищите сцены Sentinel-2 или Landsat 8 над областью интереса.</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="103"/>
        <source>Scenes</source>
        <translation>Сцены</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="108"/>
        <source>Max cloud</source>
        <translation>Макс. облачность</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="112"/>
        <source>Pick a scene in the table or on the map.</source>
        <translation>Выберите сцену в таблице или на карте.</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="116"/>
        <source>Render onto the map</source>
        <translation>Отрисовать на карте</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="120"/>
        <source>Render options</source>
        <translation>Параметры отрисовки</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="137"/>
        <source>Search settings</source>
        <translation>Настройки поиска</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="268"/>
        <source>EOSDA search</source>
        <translation>Поиск в EOSDA</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="186"/>
        <source>Searching scenes…</source>
        <translation>Поиск сцен…</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="191"/>
        <source>EOSDA searches an area: draw a rectangle or polygon, or give the point a radius</source>
        <translation>EOSDA ищет по области: нарисуйте прямоугольник или полигон или задайте точке радиус</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="208"/>
        <source>No scenes found: widen the dates or raise the cloud limit.</source>
        <translation>Сцены не найдены: расширьте даты или поднимите предел облачности.</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="213"/>
        <source>EOSDA {dataset} scenes {start} – {end}</source>
        <translation>Сцены {dataset} EOSDA {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/eosda/tab.py" line="219"/>
        <source>%Ln scene(s) (clouds ≤ {cloud} %); {found} found, the newest kept: narrow the dates</source>
        <translation>
            <numerusform>%Ln сцена (облачность ≤ {cloud} %); найдено {found}, оставлены самые новые: сузьте даты</numerusform>
            <numerusform>%Ln сцены (облачность ≤ {cloud} %); найдено {found}, оставлены самые новые: сузьте даты</numerusform>
            <numerusform>%Ln сцен (облачность ≤ {cloud} %); найдено {found}, оставлены самые новые: сузьте даты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/eosda/tab.py" line="223"/>
        <source>%Ln scene(s) (clouds ≤ {cloud} %)</source>
        <translation>
            <numerusform>%Ln сцена (облачность ≤ {cloud} %)</numerusform>
            <numerusform>%Ln сцены (облачность ≤ {cloud} %)</numerusform>
            <numerusform>%Ln сцен (облачность ≤ {cloud} %)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="259"/>
        <source>EOSDA sent no preview for this scene</source>
        <translation>EOSDA не прислал превью этой сцены</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="262"/>
        <source>EOSDA: thumbnail of {scene}</source>
        <translation>EOSDA: миниатюра {scene}</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="284"/>
        <source>&lt;b&gt;{scene}&lt;/b&gt;, {cloud} % clouds&lt;br&gt;&lt;small&gt;{view_id}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{scene}&lt;/b&gt;, облачность {cloud} %&lt;br&gt;&lt;small&gt;{view_id}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="294"/>
        <source>Pick a scene in the table first</source>
        <translation>Сначала выберите сцену в таблице</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="324"/>
        <source>EOSDA render</source>
        <translation>Отрисовка EOSDA</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="313"/>
        <source>Rendering {name}…</source>
        <translation>Отрисовка {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="326"/>
        <source>{layer} added ({width} × {height} px)</source>
        <translation>{layer} добавлен ({width} × {height} пикс.)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="334"/>
        <source>Select one scene on the EOSDA footprints layer, then choose “{action}” again</source>
        <translation>Выделите одну сцену в слое контуров EOSDA и снова выберите «{action}»</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>The scene footprints (multipolygons, WGS 84) with view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover, sun_elev and thumbnail (the scene&apos;s preview link).</source>
        <translation>Контуры сцен (мультиполигоны, WGS 84) с view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover, sun_elev и thumbnail (ссылка на превью сцены).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/sentences.py" line="17"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="18"/>
        <source>Authentication failed</source>
        <translation>Ошибка аутентификации</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="19"/>
        <source>Permission denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="20"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="22"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation>Слишком много запросов: сервис попросил снизить частоту</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="23"/>
        <source>Invalid input</source>
        <translation>Неверные входные данные</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="24"/>
        <source>The service reported an error</source>
        <translation>Сервис сообщил об ошибке</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="25"/>
        <source>Network error</source>
        <translation>Сетевая ошибка</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="165"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="27"/>
        <source>Not a readable vector tile</source>
        <translation>Нечитаемый векторный тайл</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="29"/>
        <source>The service kept sending pages; the listing was stopped</source>
        <translation>Сервис продолжал присылать страницы; получение списка остановлено</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="30"/>
        <source>The render did not finish in time</source>
        <translation>Отрисовка не завершилась вовремя</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Help</name>
    <message>
        <location filename="../../ui/help.py" line="27"/>
        <source>Help on this tab</source>
        <translation>Справка по этой вкладке</translation>
    </message>
</context>
<context>
    <name>ImageryHub.History</name>
    <message>
        <location filename="../../ui/history.py" line="16"/>
        <source>Recent searches of this project: run one again</source>
        <translation>Недавние поиски в этом проекте: запустить один снова</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="25"/>
        <source>No searches in this project yet</source>
        <translation>В этом проекте ещё не было поисков</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Images</name>
    <message>
        <location filename="../../core/images.py" line="51"/>
        <source>The picture could not be read: {reason}</source>
        <translation>Не удалось прочитать изображение: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/images.py" line="62"/>
        <source>The picture declares {width} × {height} pixels ({megapixels} megapixels), more than the {limit}-megapixel limit, so it was not opened.</source>
        <translation>Изображение заявляет {width} × {height} пикселей ({megapixels} мегапикселей), больше предела в {limit} мегапикселей, поэтому оно не открыто.</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Imago</name>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Collection</source>
        <translation>Коллекция</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Imagery type</source>
        <translation>Тип съёмки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Image type</source>
        <translation>Тип изображения</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>Start depth</source>
        <translation>Начальная глубина</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>End depth</source>
        <translation>Конечная глубина</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="62"/>
        <source>Features naming imagery</source>
        <translation>Объекты, называющие съёмку</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Collection field</source>
        <translation>Поле коллекции</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Imagery name field</source>
        <translation>Поле имени съёмки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Start depth field</source>
        <translation>Поле начальной глубины</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>End depth field</source>
        <translation>Поле конечной глубины</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="58"/>
        <source>Imagery name</source>
        <translation>Имя съёмки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="96"/>
        <source>Imagery id</source>
        <translation>Id съёмки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Width (px)</source>
        <translation>Ширина (пикс.)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="104"/>
        <source>Path field</source>
        <translation>Поле пути</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Downloads at once</source>
        <translation>Одновременных загрузок</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>Features with image paths</source>
        <translation>Объекты с путями к изображениям</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="122"/>
        <source>Images downloaded</source>
        <translation>Загружено изображений</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="124"/>
        <source>Images not downloaded</source>
        <translation>Не загружено изображений</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="55"/>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="69"/>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="72"/>
        <source>Elevation (m)</source>
        <translation>Высота (м)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="75"/>
        <source>Upload report</source>
        <translation>Отчёт о выгрузке</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Uploaded</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The Imago workspace. Empty: any (give it when a collection name exists in several workspaces).</source>
        <translation>Рабочее пространство Imago. Пусто: любое (укажите, если имя коллекции есть в нескольких рабочих пространствах).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The dataset of the workspace. Empty: any.</source>
        <translation>Набор данных рабочего пространства. Пусто: любой.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The collection {what}.</source>
        <translation>Коллекция {what}.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The imagery type, e.g. “Core trays” or “Field photos”.</source>
        <translation>Тип съёмки, например «Core trays» или «Field photos».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The image type of that imagery type, e.g. “Dry”, “Wet” or “Photo”.</source>
        <translation>Тип изображения этого типа съёмки, например «Dry», «Wet» или «Photo».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="36"/>
        <source>Name the imagery type (IMAGERY_TYPE)</source>
        <translation>Укажите тип съёмки (IMAGERY_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="37"/>
        <source>Name the image type (IMAGE_TYPE)</source>
        <translation>Укажите тип изображения (IMAGE_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="38"/>
        <source>Name the collection (COLLECTION)</source>
        <translation>Укажите коллекцию (COLLECTION)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="47"/>
        <source>
&lt;p&gt;Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Загружает изображения Seequent Imago (керновые ящики, фотографии…) в папку, как вкладка Imago. Либо для объектов слоя, каждый из которых называет свою съёмку полем имени или полями глубины (коллекция задана или читается из поля): выходной слой — это входной с локальным путём к изображению каждого объекта в PATH_FIELD. Либо, без слоя, из одной коллекции: съёмка, названная IMAGERY_NAME, START_DEPTH (и END_DEPTH) или IMAGERY_ID, или вся съёмка коллекции, если ничего из этого не указано.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="62"/>
        <source>A layer whose features (only the selected ones when “Selected features only” is checked) each name one imagery. Empty: name the imagery with COLLECTION and the fields below.</source>
        <translation>Слой, объекты которого (только выбранные, когда отмечено «Только выбранные объекты») называют по одной съёмке. Пусто: назовите съёмку с помощью COLLECTION и полей ниже.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="68"/>
        <source>of the imagery to download; needed without INPUT, and with INPUT unless COLLECTION_FIELD names it</source>
        <translation>съёмки для загрузки; нужна без INPUT, а с INPUT — если её не называет COLLECTION_FIELD</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT: the field holding each feature&apos;s collection (instead of a fixed COLLECTION).</source>
        <translation>С INPUT: поле с коллекцией каждого объекта (вместо постоянной COLLECTION).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT: the field holding each feature&apos;s imagery name.</source>
        <translation>С INPUT: поле с именем съёмки каждого объекта.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT and no NAME_FIELD: the field holding the start depth of the interval.</source>
        <translation>С INPUT и без NAME_FIELD: поле с начальной глубиной интервала.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With START_FIELD: the field holding the end depth (empty: the imagery at the start depth).</source>
        <translation>С START_FIELD: поле с конечной глубиной (пусто: съёмка на начальной глубине).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="86"/>
        <source>Without INPUT: the name of the imagery to download.</source>
        <translation>Без INPUT: имя съёмки для загрузки.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="90"/>
        <source>Without INPUT: the start depth of the interval whose imagery to download.</source>
        <translation>Без INPUT: начальная глубина интервала, съёмку которого нужно загрузить.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="90"/>
        <source>Without INPUT: the end depth of the interval whose imagery to download.</source>
        <translation>Без INPUT: конечная глубина интервала, съёмку которого нужно загрузить.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="96"/>
        <source>Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, the depths and this empty to download every imagery of COLLECTION.</source>
        <translation>Без INPUT: id съёмки для загрузки. Оставьте IMAGERY_NAME, глубины и это поле пустыми, чтобы загрузить всю съёмку COLLECTION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Scale the images to this width (Imago keeps the aspect). Empty: full size.</source>
        <translation>Масштабировать изображения до этой ширины (Imago сохраняет пропорции). Пусто: полный размер.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="104"/>
        <source>With INPUT: the text field of OUTPUT that receives each feature&apos;s image path (added when the layer lacks it).</source>
        <translation>С INPUT: текстовое поле OUTPUT, в которое записывается путь к изображению каждого объекта (добавляется, если его нет в слое).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>How many images are fetched at the same time. Empty: the Imagery Hub setting.</source>
        <translation>Сколько изображений загружается одновременно. Пусто: настройка Imagery Hub.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Where the images are saved (named collection_imagery_imagetype with the extension Imago&apos;s answer calls for).</source>
        <translation>Куда сохраняются изображения (с именами коллекция_съёмка_типизображения и расширением, которое указывает ответ Imago).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>With INPUT: its features with PATH_FIELD filled for those whose image arrived.</source>
        <translation>С INPUT: его объекты с заполненным PATH_FIELD у тех, чьё изображение пришло.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="122"/>
        <source>How many files arrived.</source>
        <translation>Сколько файлов пришло.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="124"/>
        <source>Imagery that did not arrive or features that name none (each listed in the log).</source>
        <translation>Съёмки, которые не пришли, или объекты, не называющие ни одной (каждый указан в журнале).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="139"/>
        <source>{names} name fields of INPUT: give INPUT as well</source>
        <translation>{names} — поля INPUT: укажите и INPUT</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="142"/>
        <source>Name the collection (COLLECTION), or give a layer (INPUT)</source>
        <translation>Укажите коллекцию (COLLECTION) или слой (INPUT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="149"/>
        <source>Give the collection once: COLLECTION or COLLECTION_FIELD, not both</source>
        <translation>Укажите коллекцию один раз: COLLECTION или COLLECTION_FIELD, не оба</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="158"/>
        <source>the layer has no features</source>
        <translation>в слое нет объектов</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="160"/>
        <source>None of the features names an imagery ({reasons})</source>
        <translation>Ни один объект не называет съёмку ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="191"/>
        <source>Listing the {type} imagery of {collection}</source>
        <translation>Получение списка съёмки {type} из {collection}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="203"/>
        <source>{collection} has no {type} imagery with {image_type} images</source>
        <translation>В {collection} нет съёмки {type} с изображениями {image_type}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/imago/download.py" line="210"/>
        <source>Downloading %Ln image(s) to {folder}</source>
        <translation>
            <numerusform>Загрузка %Ln изображения в {folder}</numerusform>
            <numerusform>Загрузка %Ln изображений в {folder}</numerusform>
            <numerusform>Загрузка %Ln изображений в {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="218"/>
        <source>Cancelled: only the images listed as downloaded arrived</source>
        <translation>Отменено: пришли только изображения, указанные как загруженные</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="221"/>
        <source>No image arrived: {error}</source>
        <translation>Не пришло ни одного изображения: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="237"/>
        <source>Feature {fid}: {why}</source>
        <translation>Объект {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="39"/>
        <source>
&lt;p&gt;Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab&apos;s upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file&apos;s header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выгружает фотографии (PNG или JPEG) в одну съёмку Imago, как диалог выгрузки вкладки Imago: размещая их по имени съёмки, интервалу глубин или точке (с высотой), которая отправляется в системе координат, объявленной типом съёмки. Сначала проверяется заголовок каждого файла, поэтому то, что Imago отклонил бы (слишком много пикселей, другой тип), указывается без отправки; файл, уже выгруженный в ту же съёмку, пропускается, поэтому повторный запуск пакета отправляет только то, что не дошло.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="55"/>
        <source>The image files to upload (PNG or JPEG).</source>
        <translation>Файлы изображений для выгрузки (PNG или JPEG).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="57"/>
        <source>to upload into</source>
        <translation>для выгрузки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="58"/>
        <source>The imagery the photos belong to, by name (made when it does not exist yet).</source>
        <translation>Съёмка, к которой относятся фотографии, по имени (создаётся, если её ещё нет).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The start depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>Начальная глубина интервала, который показывают фотографии, для съёмки, размещаемой по глубине.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The end depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>Конечная глубина интервала, который показывают фотографии, для съёмки, размещаемой по глубине.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="69"/>
        <source>Where the photos were taken, for imagery types placed by x/y; any CRS, sent in the one the imagery type declares.</source>
        <translation>Где сделаны фотографии, для типов съёмки, размещаемых по x/y; любая СК, отправляется в той, что объявляет тип съёмки.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="72"/>
        <source>The z sent with LOCATION.</source>
        <translation>z, отправляемая вместе с LOCATION.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="75"/>
        <source>A table with one row per file: file, state (uploaded, skipped, refused, failed), image_id and message.</source>
        <translation>Таблица по строке на файл: file, state (uploaded, skipped, refused, failed), image_id и message.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="99"/>
        <source>Give the photos to upload</source>
        <translation>Укажите фотографии для выгрузки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="102"/>
        <source>No such file: {path}</source>
        <translation>Нет такого файла: {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="132"/>
        <source>Placing the photos at x {x}, y {y} in {crs}</source>
        <translation>Размещение фотографий в x {x}, y {y} в {crs}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="137"/>
        <source>{file} refused: {why}</source>
        <translation>{file} отклонён: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="137"/>
        <source>{file} failed: {why}</source>
        <translation>{file} с ошибкой: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="143"/>
        <source>Cancelled: the files not listed as uploaded were not sent</source>
        <translation>Отменено: файлы, не указанные как выгруженные, не отправлены</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="171"/>
        <source>Imago has no imagery type {type} here</source>
        <translation>В Imago здесь нет типа съёмки {type}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="174"/>
        <source>{type} is not placed by location: use IMAGERY_NAME or the depths</source>
        <translation>{type} не размещается по местоположению: используйте IMAGERY_NAME или глубины</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="177"/>
        <source>{type} takes x/y in different systems in different datasets: give WORKSPACE and DATASET</source>
        <translation>{type} принимает x/y в разных системах в разных наборах данных: укажите WORKSPACE и DATASET</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files uploaded now.</source>
        <translation>Файлы, выгруженные сейчас.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files skipped because they were uploaded to this imagery before.</source>
        <translation>Файлы, пропущенные, потому что уже были выгружены в эту съёмку.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files refused, by their header or by Imago (listed in the log).</source>
        <translation>Файлы, отклонённые по заголовку или самим Imago (указаны в журнале).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files that failed for another reason (listed in the log).</source>
        <translation>Файлы с ошибкой по другой причине (указаны в журнале).</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="57"/>
        <source>Choose the collection, or the field that holds it</source>
        <translation>Выберите коллекцию или поле, в котором она указана</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="60"/>
        <source>Choose the field with the imagery name, or the depth fields</source>
        <translation>Выберите поле с именем съёмки или поля глубины</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="64"/>
        <source>Layer {layer} has no field {field}</source>
        <translation>В слое {layer} нет поля {field}</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="68"/>
        <source>Name the field that receives the image paths</source>
        <translation>Укажите поле, в которое запишутся пути к изображениям</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="72"/>
        <source>Field {field} is not a text field: choose another name for the paths</source>
        <translation>Поле {field} не текстовое: выберите другое имя для путей</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="89"/>
        <source>no collection in {field}</source>
        <translation>нет коллекции в {field}</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="97"/>
        <source>no imagery name in {field}</source>
        <translation>нет имени съёмки в {field}</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="104"/>
        <source>no depth in {field}</source>
        <translation>нет глубины в {field}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/features.py" line="175"/>
        <source>Imago: %Ln image(s)</source>
        <translation>
            <numerusform>Imago: %Ln изображение</numerusform>
            <numerusform>Imago: %Ln изображения</numerusform>
            <numerusform>Imago: %Ln изображений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="208"/>
        <source>Imago image paths</source>
        <translation>Пути к изображениям Imago</translation>
    </message>
    <message>
        <location filename="../../core/imago/inventory.py" line="46"/>
        <source>Imago imagery</source>
        <translation>Съёмка Imago</translation>
    </message>
    <message>
        <location filename="../../core/imago/session.py" line="22"/>
        <source>an API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>sending</source>
        <translation>отправка</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>uploaded</source>
        <translation>выгружен</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="42"/>
        <source>Imago declares an unknown coordinate system {crs}</source>
        <translation>Imago указывает неизвестную систему координат {crs}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="59"/>
        <source>%Ln uploaded</source>
        <translation>
            <numerusform>%Ln выгружен</numerusform>
            <numerusform>%Ln выгружено</numerusform>
            <numerusform>%Ln выгружено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="61"/>
        <source>%Ln already there</source>
        <translation>
            <numerusform>%Ln уже есть</numerusform>
            <numerusform>%Ln уже есть</numerusform>
            <numerusform>%Ln уже есть</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="63"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln отклонён</numerusform>
            <numerusform>%Ln отклонено</numerusform>
            <numerusform>%Ln отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="65"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln с ошибкой</numerusform>
            <numerusform>%Ln с ошибкой</numerusform>
            <numerusform>%Ln с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="230"/>
        <source>{summary} (cancelled)</source>
        <translation>{summary} (отменено)</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="104"/>
        <source>{name} ({number} of {count})</source>
        <translation>{name} ({number} из {count})</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="113"/>
        <source>already uploaded on {date}</source>
        <translation>уже выгружен {date}</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="123"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="137"/>
        <source>image {id}</source>
        <translation>изображение {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="158"/>
        <source>Imago: uploading %Ln photo(s)</source>
        <translation>
            <numerusform>Imago: выгрузка %Ln фотографии</numerusform>
            <numerusform>Imago: выгрузка %Ln фотографий</numerusform>
            <numerusform>Imago: выгрузка %Ln фотографий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="33"/>
        <source>Download Imago images for selected features</source>
        <translation>Загрузить изображения Imago для выделенных объектов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="59"/>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: %Ln selected feature(s)&lt;br&gt;Dataset &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (change it on the Imago tab)</source>
        <translation>
            <numerusform>&lt;b&gt;{layer}&lt;/b&gt;: выделен %Ln объект&lt;br&gt;Набор данных &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (меняется на вкладке Imago)</numerusform>
            <numerusform>&lt;b&gt;{layer}&lt;/b&gt;: выделено %Ln объекта&lt;br&gt;Набор данных &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (меняется на вкладке Imago)</numerusform>
            <numerusform>&lt;b&gt;{layer}&lt;/b&gt;: выделено %Ln объектов&lt;br&gt;Набор данных &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (меняется на вкладке Imago)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="78"/>
        <source>&amp;Collection</source>
        <translation>&amp;Коллекция</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="68"/>
        <source>Collection from &amp;field</source>
        <translation>Коллекция из &amp;поля</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="80"/>
        <source>By &amp;name in field</source>
        <translation>По &amp;имени в поле</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="83"/>
        <source>By &amp;depth: from field</source>
        <translation>По &amp;глубине: от поля</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="91"/>
        <source>original size</source>
        <translation>исходный размер</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="92"/>
        <source> px wide</source>
        <translation> пикс. в ширину</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="94"/>
        <source>Created as a text field when the layer does not have it</source>
        <translation>Создаётся как текстовое поле, если его нет в слое</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="113"/>
        <source>to field</source>
        <translation>до поля</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="79"/>
        <source>Imagery &amp;type</source>
        <translation>&amp;Тип съёмки</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="80"/>
        <source>I&amp;mage type</source>
        <translation>Тип &amp;изображения</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="121"/>
        <source>&amp;Size</source>
        <translation>&amp;Размер</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="122"/>
        <source>&amp;Paths into field</source>
        <translation>&amp;Пути в поле</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="100"/>
        <source>Download</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="132"/>
        <source>Match each feature to its imagery:</source>
        <translation>Сопоставить каждый объект с его съёмкой:</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="189"/>
        <source>Choose the imagery type and image type</source>
        <translation>Выберите тип съёмки и тип изображения</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="195"/>
        <source>None of the selected features names an imagery ({reasons})</source>
        <translation>Ни один из выделенных объектов не называет съёмку ({reasons})</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="215"/>
        <source>Imago: {layer} was removed before its images arrived</source>
        <translation>Imago: слой {layer} удалён до прихода изображений</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="221"/>
        <source>Imago: images downloaded to {folder} but not written to {layer}</source>
        <translation>Imago: изображения загружены в {folder}, но не записаны в {layer}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="227"/>
        <source>Imago: %Ln feature(s) of {layer} got their image path in {field}</source>
        <translation>
            <numerusform>Imago: %Ln объект слоя {layer} получил путь к изображению в {field}</numerusform>
            <numerusform>Imago: %Ln объекта слоя {layer} получили путь к изображению в {field}</numerusform>
            <numerusform>Imago: %Ln объектов слоя {layer} получили путь к изображению в {field}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="234"/>
        <source>{line}; %Ln without: {details}</source>
        <translation>
            <numerusform>{line}; %Ln без пути: {details}</numerusform>
            <numerusform>{line}; %Ln без пути: {details}</numerusform>
            <numerusform>{line}; %Ln без пути: {details}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="251"/>
        <source>feature {fid}</source>
        <translation>объект {fid}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Imagery</source>
        <translation>Съёмка</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Depth (m)</source>
        <translation>Глубина (м)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="56"/>
        <source>Upload photos to Imago</source>
        <translation>Выгрузить фотографии в Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="228"/>
        <source>Not signed in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="56"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="57"/>
        <source>Sign in to Imago with the account in Imagery Hub settings</source>
        <translation>Войти в Imago с учётной записью из настроек Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="60"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="67"/>
        <source>Browse</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="71"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="71"/>
        <source>&amp;Dataset</source>
        <translation>&amp;Набор данных</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="84"/>
        <source>List imagery</source>
        <translation>Список съёмки</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="85"/>
        <source>List the imagery of the collection (of the imagery type)</source>
        <translation>Показать съёмку коллекции (выбранного типа съёмки)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="101"/>
        <source>Download the selected imagery&apos;s images (full size) to the download folder</source>
        <translation>Загрузить изображения выбранной съёмки (полный размер) в папку загрузок</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="104"/>
        <source>Upload…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="105"/>
        <source>Upload photos with their location to the chosen collection</source>
        <translation>Выгрузить фотографии с их местоположением в выбранную коллекцию</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="117"/>
        <source>Account and collection</source>
        <translation>Учётная запись и коллекция</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="132"/>
        <source>“{action}” works on point layers (boreholes, sample sites): pick one in the Layers panel</source>
        <translation>«{action}» работает со слоями точек (скважины, точки отбора проб): выберите такой слой на панели «Слои»</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="144"/>
        <source>Select the features of {layer} to download Imago images for</source>
        <translation>Выделите объекты слоя {layer}, для которых загрузить изображения Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="184"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="189"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="196"/>
        <source>Imago: signing in</source>
        <translation>Imago: вход</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="203"/>
        <source>Signed in as &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>Вход выполнен как &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="220"/>
        <source>Imago sign-in</source>
        <translation>Вход в Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="231"/>
        <source>Imago: signing out</source>
        <translation>Imago: выход</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="284"/>
        <source>Imago: collections of {dataset}</source>
        <translation>Imago: коллекции {dataset}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="301"/>
        <source>Choose a collection to list its imagery</source>
        <translation>Выберите коллекцию, чтобы увидеть её съёмку</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="307"/>
        <source>Imago: imagery of {collection}</source>
        <translation>Imago: съёмка {collection}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="112"/>
        <source>Imago: preview</source>
        <translation>Imago: предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="117"/>
        <source>Select imagery in the list to download</source>
        <translation>Выделите в списке съёмку для загрузки</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="129"/>
        <source>Imago: {summary} to {folder}</source>
        <translation>Imago: {summary} в {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="129"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="135"/>
        <source>Imago: downloading images</source>
        <translation>Imago: загрузка изображений</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="42"/>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="60"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="60"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="65"/>
        <source>&amp;Add photos…</source>
        <translation>&amp;Добавить фотографии…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="76"/>
        <source>optional, e.g. a sample site id</source>
        <translation>необязательно, например id точки отбора проб</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="81"/>
        <source>Imagery &amp;name</source>
        <translation>&amp;Имя съёмки</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="84"/>
        <source>Point on the map</source>
        <translation>Точка на карте</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="85"/>
        <source>&amp;Pick on map</source>
        <translation>&amp;Указать на карте</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="88"/>
        <source>Selected feature</source>
        <translation>Выделенный объект</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="90"/>
        <source>Elevation</source>
        <translation>Высота</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="95"/>
        <source>Elevation from field</source>
        <translation>Высота из поля</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="116"/>
        <source>&amp;Upload</source>
        <translation>&amp;Выгрузить</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="177"/>
        <source>Photos to upload to Imago</source>
        <translation>Фотографии для выгрузки в Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="177"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="249"/>
        <source>Choose an imagery type placed by location</source>
        <translation>Выберите тип съёмки, размещаемый по местоположению</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="253"/>
        <source>Select exactly one feature of the layer, or pick a point on the map</source>
        <translation>Выделите ровно один объект слоя или укажите точку на карте</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="257"/>
        <source>The selected feature has no location</source>
        <translation>У выделенного объекта нет местоположения</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="262"/>
        <source>Pick the point on the map first</source>
        <translation>Сначала укажите точку на карте</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="267"/>
        <source>The elevation field needs a selected feature: type the elevation instead</source>
        <translation>Полю высоты нужен выделенный объект: введите высоту вручную</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="273"/>
        <source>{field} has no elevation for this feature</source>
        <translation>В {field} нет высоты для этого объекта</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="288"/>
        <source>Sent as x {x}, y {y}, z {z} m in {crs} (what {kind} expects)</source>
        <translation>Отправляется как x {x}, y {y}, z {z} м в {crs} (так ожидает {kind})</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="307"/>
        <source>Sign in on the Imago tab first</source>
        <translation>Сначала войдите на вкладке Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="310"/>
        <source>Add the photos to upload first</source>
        <translation>Сначала добавьте фотографии для выгрузки</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="332"/>
        <source>Imago upload</source>
        <translation>Выгрузка в Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Inventory</name>
    <message>
        <location filename="../../ui/inventory.py" line="99"/>
        <source>All services</source>
        <translation>Все сервисы</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="100"/>
        <source>Search every service that has credentials over the area of interest, at once, into one overview and one inventory layer</source>
        <translation>Искать сразу во всех сервисах с учётными данными в области интереса — в один обзор и один сводный слой</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="105"/>
        <source>Cancel all</source>
        <translation>Отменить все</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="143"/>
        <source>“All services” searches every service that has credentials over the area of interest at once. What each one holds there fills in here as it answers: click a service for its tab, a month of the timeline for its footprints.</source>
        <translation>«Все сервисы» ищет сразу во всех сервисах с учётными данными в области интереса. То, что есть у каждого из них, появляется здесь по мере ответов: щёлкните сервис, чтобы открыть его вкладку, или месяц на временной шкале, чтобы выбрать его контуры.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="181"/>
        <source>Cancel this service&apos;s search</source>
        <translation>Отменить поиск в этом сервисе</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="227"/>
        <source>No service to search: add credentials in Settings (⚙)</source>
        <translation>Нет сервисов для поиска: добавьте учётные данные в настройках (⚙)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="243"/>
        <source>searching</source>
        <translation>поиск</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="252"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="267"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="279"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="293"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="295"/>
        <source>No images over the area: see each service&apos;s state</source>
        <translation>Над областью нет изображений: см. состояние каждого сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="38"/>
        <source>Captures per month, one row per service: click a month to select its footprints</source>
        <translation>Съёмки по месяцам, по строке на сервис: щёлкните месяц, чтобы выбрать его контуры</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="81"/>
        <source>No dated captures yet</source>
        <translation>Пока нет датированных съёмок</translation>
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
&lt;p&gt;Отвечает на вопрос «какая съёмка здесь есть?» для каждого объекта полигонального слоя: во всех выбранных сервисах с учётными данными поиск по области идёт одновременно (снимки с дронов Spexi, уличные изображения Mapillary, каталог съёмки Mapflow, сцены Sentinel-2 от EOSDA за последние YEARS лет, съёмка Seequent Imago, размещённая по долготе/широте). Сводный слой содержит каждый контур с полями &lt;code&gt;area&lt;/code&gt;, &lt;code&gt;service&lt;/code&gt;, &lt;code&gt;id&lt;/code&gt;, &lt;code&gt;captured_at&lt;/code&gt; (UTC), &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;resolution_m&lt;/code&gt;, &lt;code&gt;cloud&lt;/code&gt;, &lt;code&gt;link&lt;/code&gt;, &lt;code&gt;altitude_m&lt;/code&gt; и &lt;code&gt;located&lt;/code&gt; (контур или круг 5 м вокруг камеры). В сводке по строке на область: изображения по сервисам, самая новая съёмка и состояние каждого сервиса (готово, ошибка со словами сервиса, пропущено без учётных данных).&lt;/p&gt;
&lt;p&gt;Учётные данные берутся из настроек Imagery Hub или, для запуска без интерфейса, из &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; (например, &lt;code&gt;IMAGERY_HUB_SPEXI_KEY&lt;/code&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Areas (polygon layer)</source>
        <translation>Области (полигональный слой)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Each feature is one area (only the selected ones when “Selected features only” is checked), at most {most}. Any CRS; it is transformed to WGS 84.</source>
        <translation>Каждый объект — одна область (только выбранные, когда отмечено «Только выбранные объекты»), не более {most}. Любая СК; области преобразуются в WGS 84.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>Services</source>
        <translation>Сервисы</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>The services to include: {ids}. Default: all. A service without credentials is skipped with a line saying how to add them.</source>
        <translation>Сервисы для поиска: {ids}. По умолчанию: все. Сервис без учётных данных пропускается со строкой о том, как их добавить.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>Years back (satellite scenes)</source>
        <translation>Лет назад (спутниковые сцены)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>How many years back EOSDA scenes are searched (each year is one request or more).</source>
        <translation>На сколько лет назад ищутся сцены EOSDA (каждый год — один запрос или больше).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>Most images per service and area</source>
        <translation>Максимум изображений на сервис и область</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>A service stops after this many (default {most}); its state says so.</source>
        <translation>Сервис останавливается после такого числа изображений (по умолчанию {most}); об этом говорит его состояние.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Imagery inventory</source>
        <translation>Инвентаризация съёмки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Every footprint of every service and area, in WGS 84, with the fields listed above.</source>
        <translation>Каждый контур каждого сервиса и области, в WGS 84, с перечисленными выше полями.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>Inventory summary</source>
        <translation>Сводка инвентаризации</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>One row per area: area (the feature id), area_km2, images, newest, and per service &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest and &amp;lt;service&amp;gt;_state.</source>
        <translation>По строке на область: area (id объекта), area_km2, images, newest и для каждого сервиса &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest и &amp;lt;service&amp;gt;_state.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>Images found</source>
        <translation>Найдено изображений</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>How many footprints were written.</source>
        <translation>Сколько контуров записано.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="110"/>
        <source>Give a polygon layer of areas</source>
        <translation>Укажите полигональный слой областей</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="116"/>
        <source>The layer has more than {most} areas: select fewer features</source>
        <translation>В слое больше {most} областей: выберите меньше объектов</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="119"/>
        <source>The areas layer has no polygon features (or none is selected)</source>
        <translation>В слое областей нет полигональных объектов (или ни один не выбран)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="158"/>
        <source>Area {fid} ({number} of {count}): {area}</source>
        <translation>Область {fid} ({number} из {count}): {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/inventory.py" line="84"/>
        <source>%Ln image(s) (from the imagery inventory).</source>
        <translation>
            <numerusform>%Ln изображение (из инвентаризации съёмки).</numerusform>
            <numerusform>%Ln изображения (из инвентаризации съёмки).</numerusform>
            <numerusform>%Ln изображений (из инвентаризации съёмки).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/inventory.py" line="154"/>
        <source>Writing %Ln footprint(s)</source>
        <translation>
            <numerusform>Запись %Ln контура</numerusform>
            <numerusform>Запись %Ln контуров</numerusform>
            <numerusform>Запись %Ln контуров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="218"/>
        <source>Imagery inventory: {service} failed: {details}</source>
        <translation>Инвентаризация съёмки: ошибка {service}: {details}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="225"/>
        <source>Imagery inventory · {time}</source>
        <translation>Инвентаризация съёмки · {time}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="236"/>
        <source>Imagery inventory: the result layers of {service} were not built: {details}</source>
        <translation>Инвентаризация съёмки: слои результатов {service} не созданы: {details}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="238"/>
        <source>its images are in the inventory layer, but its own result layers could not be built: {reason}</source>
        <translation>его изображения есть в слое инвентаризации, но его собственные слои результатов создать не удалось: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="244"/>
        <source>Imagery inventory: {details}</source>
        <translation>Инвентаризация съёмки: {details}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Captured</source>
        <translation>Съёмка</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Sharpest</source>
        <translation>Лучшее</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Cloud</source>
        <translation>Облачность</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="60"/>
        <source>{altitude} m altitude</source>
        <translation>высота {altitude} м</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="198"/>
        <source>Draw or pick an area of interest first (top of the panel): the inventory searches an area</source>
        <translation>Сначала нарисуйте или выберите область интереса (вверху панели): инвентаризация ищет в области</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="212"/>
        <source>skipped: no credentials — add them in Settings (⚙). {where}</source>
        <translation>пропущено: нет учётных данных — добавьте их в настройках (⚙). {where}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="218"/>
        <source>skipped: not confirmed ({cost})</source>
        <translation>пропущено: не подтверждено ({cost})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="222"/>
        <source>refused: {reason}</source>
        <translation>отклонено: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="239"/>
        <source>Searching %Ln service(s) over {area}</source>
        <translation>
            <numerusform>Поиск в %Ln сервисе по области {area}</numerusform>
            <numerusform>Поиск в %Ln сервисах по области {area}</numerusform>
            <numerusform>Поиск в %Ln сервисах по области {area}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="257"/>
        <source>searching: {status}</source>
        <translation>поиск: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="267"/>
        <source>done, more exist (narrow the area)</source>
        <translation>готово, есть ещё (сузьте область)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="275"/>
        <source>failed: {reason}</source>
        <translation>ошибка: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="288"/>
        <source>%Ln image(s) from {services} in the layer “{layer}”</source>
        <translation>
            <numerusform>%Ln изображение из {services} в слое «{layer}»</numerusform>
            <numerusform>%Ln изображения из {services} в слое «{layer}»</numerusform>
            <numerusform>%Ln изображений из {services} в слое «{layer}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="288"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln сервиса</numerusform>
            <numerusform>%Ln сервисов</numerusform>
            <numerusform>%Ln сервисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline.py" line="134"/>
        <source>{month}: %Ln capture(s)</source>
        <translation>
            <numerusform>{month}: %Ln съёмка</numerusform>
            <numerusform>{month}: %Ln съёмки</numerusform>
            <numerusform>{month}: %Ln съёмок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="141"/>
        <source>{service} skipped: {reason}</source>
        <translation>{service} пропущен: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="182"/>
        <source>{service} failed over area {fid}: {reason}</source>
        <translation>Ошибка {service} в области {fid}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="36"/>
        <source>Image id</source>
        <translation>ID изображения</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="37"/>
        <source>Captured (UTC)</source>
        <translation>Съёмка (UTC)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="38"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="39"/>
        <source>Ground resolution (m)</source>
        <translation>Пространственное разрешение (м)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="40"/>
        <source>Cloud cover (%)</source>
        <translation>Облачность (%)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="41"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="42"/>
        <source>Flight altitude (m)</source>
        <translation>Высота полёта (м)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="43"/>
        <source>Located by</source>
        <translation>Привязка по</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Layers</name>
    <message>
        <location filename="../../core/ingest.py" line="83"/>
        <source>Could not create the GeoPackage {path}</source>
        <translation>Не удалось создать GeoPackage {path}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="129"/>
        <source>Could not create the GeoPackage layer {layer}: {reason}</source>
        <translation>Не удалось создать слой GeoPackage {layer}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="137"/>
        <source>Could not write to {layer}: {reason}</source>
        <translation>Не удалось записать в {layer}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="135"/>
        <source>Cancelled while writing results</source>
        <translation>Отменено во время записи результатов</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="231"/>
        <source>QGIS could not open {layer} in {path}</source>
        <translation>QGIS не удалось открыть {layer} в {path}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="236"/>
        <source>Could not apply the style {style}: {reason}</source>
        <translation>Не удалось применить стиль {style}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/layers.py" line="305"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln изображение</numerusform>
            <numerusform>%Ln изображения</numerusform>
            <numerusform>%Ln изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/layers.py" line="306"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln сцена</numerusform>
            <numerusform>%Ln сцены</numerusform>
            <numerusform>%Ln сцен</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="345"/>
        <source>the data source refused it</source>
        <translation>источник данных отказал</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="356"/>
        <source>Layer {layer} has no field {field}</source>
        <translation>В слое {layer} нет поля {field}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="363"/>
        <source>Could not add the field {field} to {layer}</source>
        <translation>Не удалось добавить поле {field} в {layer}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="372"/>
        <source>Could not add the field {field} to {layer}: {reason}</source>
        <translation>Не удалось добавить поле {field} в {layer}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="378"/>
        <source>Could not write {field} into {layer}: {reason}</source>
        <translation>Не удалось записать {field} в {layer}: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Максимальная облачность (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Finest resolution (m/px)</source>
        <translation>Самое высокое разрешение (м/пикс.)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Coarsest resolution (m/px)</source>
        <translation>Самое низкое разрешение (м/пикс.)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Largest off-nadir angle (°)</source>
        <translation>Наибольший угол отклонения от надира (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Smallest share of the area covered (%)</source>
        <translation>Наименьшая покрытая доля области (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="64"/>
        <source>Acquired from</source>
        <translation>Снято с</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>Acquired until</source>
        <translation>Снято по</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="79"/>
        <source>Data providers</source>
        <translation>Поставщики данных</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only images available for processing</source>
        <translation>Только изображения, доступные для обработки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="88"/>
        <source>Catalog footprints</source>
        <translation>Контуры каталога</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>Images written</source>
        <translation>Записано изображений</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="95"/>
        <source>Images found</source>
        <translation>Найдено изображений</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="98"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="103"/>
        <source>Optional blocks</source>
        <translation>Дополнительные блоки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="108"/>
        <source>Imagery source type</source>
        <translation>Тип источника съёмки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="120"/>
        <source>Imagery (URL, path or id)</source>
        <translation>Съёмка (URL, путь или id)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="124"/>
        <source>Catalog data provider</source>
        <translation>Поставщик данных каталога</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="128"/>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Processing name</source>
        <translation>Имя обработки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Project (id or name)</source>
        <translation>Проект (id или имя)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="142"/>
        <source>Wait for the results</source>
        <translation>Дождаться результатов</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="147"/>
        <source>Check every (seconds)</source>
        <translation>Проверять каждые (секунд)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="151"/>
        <source>Give up waiting after (minutes)</source>
        <translation>Прекратить ожидание через (минут)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="158"/>
        <source>Mapflow results</source>
        <translation>Результаты Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Processing id</source>
        <translation>Id обработки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="167"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="170"/>
        <source>Objects found</source>
        <translation>Найдено объектов</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Images with at most this cloud cover.</source>
        <translation>Изображения с облачностью не выше этой.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images finer than this many metres per pixel.</source>
        <translation>Исключать изображения детальнее этого числа метров на пиксель.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images coarser than this many metres per pixel.</source>
        <translation>Исключать изображения грубее этого числа метров на пиксель.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images taken further than this from straight down.</source>
        <translation>Исключать изображения, снятые с большим отклонением от вертикали.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images that cover less of the area of interest.</source>
        <translation>Исключать изображения, покрывающие меньшую долю области интереса.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="49"/>
        <source>
&lt;p&gt;Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with &lt;i&gt;Run a Mapflow processing&lt;/i&gt; (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ищет в каталоге съёмки Mapflow (спутниковые и аэроснимки поставщиков, связанных с учётной записью) над областью, как страница «Каталог» вкладки Mapflow, и записывает контуры найденных изображений с датой, облачностью, разрешением, углом отклонения от надира, поставщиком и долей области, которую покрывает каждое. Затем изображение можно обработать через &lt;i&gt;Запустить обработку Mapflow&lt;/i&gt; (SOURCE_TYPE catalog, SOURCE — его image_id, DATA_PROVIDER — его поставщик). Сохраняется до 1000 изображений.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="63"/>
        <source>to search</source>
        <translation>для поиска</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="64"/>
        <source>First acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Первый день съёмки (UTC, включительно). Пусто: без ограничения.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>Last acquisition day (UTC, included). Empty: no limit.</source>
        <translation>Последний день съёмки (UTC, включительно). Пусто: без ограничения.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="72"/>
        <source>Empty: no limit.</source>
        <translation>Пусто: без ограничения.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="72"/>
        <source>Default 20 %.</source>
        <translation>По умолчанию 20 %.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="79"/>
        <source>Only these providers, separated by commas. Empty: every provider of the account.</source>
        <translation>Только эти поставщики, через запятую. Пусто: все поставщики учётной записи.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Leave out images the account cannot order or process.</source>
        <translation>Исключать изображения, которые учётная запись не может заказать или обработать.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="88"/>
        <source>The footprints (multipolygons in WGS 84) with image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url and zoom.</source>
        <translation>Контуры (мультиполигоны в WGS 84) с image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url и zoom.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>How many footprints were written.</source>
        <translation>Сколько контуров записано.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="95"/>
        <source>How many images match (more than COUNT when over 1000).</source>
        <translation>Сколько изображений подходит (больше COUNT, если их больше 1000).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="124"/>
        <source>Searching the Mapflow catalog over {area}</source>
        <translation>Поиск в каталоге Mapflow над {area}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="130"/>
        <source>, the first {kept} kept</source>
        <translation>, сохранены первые {kept}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="65"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="48"/>
        <source>The Mapflow account has no model {model}: use one of {names}</source>
        <translation>В учётной записи Mapflow нет модели {model}: используйте одну из {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="66"/>
        <source>{model} has no optional block {blocks}: use all, none or some of {names}</source>
        <translation>У {model} нет дополнительного блока {blocks}: используйте all, none или некоторые из {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="82"/>
        <source>
&lt;p&gt;Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With &lt;i&gt;Wait&lt;/i&gt; the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Запускает модель ИИ Mapflow (здания, дороги, лес…) на полигонах слоя, как вкладка Mapflow: каждый полигон становится областью обработки; площадь проверяется по лимитам учётной записи, а стоимость запрашивается до запуска. С &lt;i&gt;Ожиданием&lt;/i&gt; алгоритм следит за обработкой до её завершения и записывает результаты (векторизованные объекты) в выходной слой; без него он сразу возвращает id обработки, а результаты можно загрузить позже во вкладке Mapflow.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="96"/>
        <source>to process (each polygon becomes one Mapflow area)</source>
        <translation>для обработки (каждый полигон становится областью Mapflow)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="98"/>
        <source>The AI model by name as the account lists it, with or without its emoji and in any case (Buildings, Roads, Forest, Construction sites…), or by id.</source>
        <translation>Модель ИИ по имени, как её указывает учётная запись, с эмодзи или без и в любом регистре (Buildings, Roads, Forest, Construction sites…), или по id.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="103"/>
        <source>The model's optional blocks to enable, separated by commas (e.g. Classification, OSM); “all” (the default, as in the tab) or “none”.</source>
        <translation>Дополнительные блоки модели для включения, через запятую (например, Classification, OSM); «all» (по умолчанию, как во вкладке) или «none».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="108"/>
        <source>Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is the URL template); tif, a GeoTIFF uploaded before (SOURCE is its s3:// URL); geotiff_file, a GeoTIFF on this computer that is uploaded first (SOURCE is its path); catalog, an image of the Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); provider, an imagery provider of the account such as Mapbox, processed at ZOOM without an image (SOURCE is the provider&apos;s name).</source>
        <translation>Откуда берётся съёмка: xyz, tms или quadkey — тайлы (SOURCE — шаблон URL); tif — ранее выгруженный GeoTIFF (SOURCE — его URL s3://); geotiff_file — GeoTIFF на этом компьютере, который сначала выгружается (SOURCE — его путь); catalog — изображение каталога Mapflow (SOURCE — id изображения, DATA_PROVIDER — его поставщик); mosaic — мозаика Data API (SOURCE — id мозаики); provider — поставщик съёмки учётной записи, например Mapbox, обрабатываемый на ZOOM без изображения (SOURCE — имя поставщика).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="120"/>
        <source>The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} for quadkey), an s3:// URL, a file path, a catalog image id or a mosaic id.</source>
        <translation>Съёмка согласно SOURCE_TYPE: URL с {x}, {y}, {z} (или {q} для quadkey), URL s3://, путь к файлу, id изображения каталога или id мозаики.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="124"/>
        <source>For SOURCE_TYPE catalog: the provider of the image, as Search the Mapflow catalog writes it in the provider field.</source>
        <translation>Для SOURCE_TYPE catalog: поставщик изображения, как его записывает Поиск в каталоге съёмки Mapflow в поле provider.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="128"/>
        <source>Tile zoom of the imagery (tile and catalog sources). Empty: the model&apos;s own zoom.</source>
        <translation>Масштаб тайлов съёмки (источники тайлов и каталога). Пусто: собственный масштаб модели.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Name shown in Mapflow. Empty: the model and the time, e.g. “Buildings 2024-06-01 14:30”.</source>
        <translation>Имя, показываемое в Mapflow. Пусто: модель и время, например «Buildings 2024-06-01 14:30».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>The Mapflow project to put the processing in. Empty: the account&apos;s default project.</source>
        <translation>Проект Mapflow, в который помещается обработка. Пусто: проект учётной записи по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="142"/>
        <source>Follow the processing until it ends and write its results to OUTPUT. Unchecked: return the processing id as soon as it has started (OUTPUT is then not written).</source>
        <translation>Следить за обработкой до завершения и записать результаты в OUTPUT. Не отмечено: вернуть id обработки сразу после запуска (OUTPUT тогда не записывается).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="147"/>
        <source>How often the status is asked for while waiting.</source>
        <translation>Как часто запрашивается статус во время ожидания.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="151"/>
        <source>Stop waiting (the processing goes on in Mapflow) after this long; 0 waits without limit.</source>
        <translation>Прекратить ожидание (обработка продолжится в Mapflow) через это время; 0 — ждать без ограничения.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="158"/>
        <source>The objects the model found, with the attributes Mapflow gives them (class, confidence…), in WGS 84. A GeoPackage unless another format is chosen.</source>
        <translation>Объекты, найденные моделью, с атрибутами от Mapflow (класс, достоверность…), в WGS 84. GeoPackage, если не выбран другой формат.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>The id of the processing in Mapflow (to load it later from the tab).</source>
        <translation>Id обработки в Mapflow (чтобы загрузить её позже во вкладке).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="167"/>
        <source>OK when the results were written; the current status when not waiting.</source>
        <translation>OK, если результаты записаны; текущий статус, если без ожидания.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="170"/>
        <source>How many result features were written (0 when not waiting).</source>
        <translation>Сколько объектов результата записано (0 без ожидания).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="196"/>
        <source>No GeoTIFF at {path}</source>
        <translation>Нет GeoTIFF по пути {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="199"/>
        <source>{name} is not a GeoTIFF</source>
        <translation>{name} — не GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="205"/>
        <source>A catalog image needs its provider (the provider field of the catalog search)</source>
        <translation>Изображению каталога нужен его поставщик (поле provider поиска в каталоге)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="218"/>
        <source>Waiting is for the results: give OUTPUT (a file or TEMPORARY_OUTPUT), or set WAIT to false to only start the processing</source>
        <translation>Ожидание нужно для результатов: укажите OUTPUT (файл или TEMPORARY_OUTPUT) или задайте WAIT = false, чтобы только запустить обработку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="254"/>
        <source>Starting “{name}”: {model} on {km2} km² in %Ln area(s) from {source}</source>
        <translation>
            <numerusform>Запуск «{name}»: {model} на {km2} км² в %Ln области из {source}</numerusform>
            <numerusform>Запуск «{name}»: {model} на {km2} км² в %Ln областях из {source}</numerusform>
            <numerusform>Запуск «{name}»: {model} на {km2} км² в %Ln областях из {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="257"/>
        <source>, cost {cost}</source>
        <translation>, стоимость {cost}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="261"/>
        <source>Mapflow processing {id} started</source>
        <translation>Обработка Mapflow {id} запущена</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="268"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="269"/>
        <source>Processing {id} ended {status}: {reason}</source>
        <translation>Обработка {id} завершилась со статусом {status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="287"/>
        <source>The Mapflow account has no project {project}: use one of {names}</source>
        <translation>В учётной записи Mapflow нет проекта {project}: используйте один из {names}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="304"/>
        <source>stopped waiting; processing {id} goes on in Mapflow</source>
        <translation>ожидание прекращено; обработка {id} продолжается в Mapflow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/catalog.py" line="128"/>
        <source>%Ln image(s) found</source>
        <translation>
            <numerusform>Найдено %Ln изображение</numerusform>
            <numerusform>Найдено %Ln изображения</numerusform>
            <numerusform>Найдено %Ln изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="278"/>
        <source>%Ln object(s) written</source>
        <translation>
            <numerusform>Записан %Ln объект</numerusform>
            <numerusform>Записано %Ln объекта</numerusform>
            <numerusform>Записано %Ln объектов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="38"/>
        <source>The Mapflow token is not the one shown at app.mapflow.ai (base64 of email:key): copy it again into Imagery Hub settings</source>
        <translation>Токен Mapflow не совпадает с показанным на app.mapflow.ai (base64 от email:ключ): скопируйте его снова в настройки Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="60"/>
        <source>The QGIS Authentication Manager is locked: enter the master password to show Mapflow tiles</source>
        <translation>Менеджер аутентификации QGIS заблокирован: введите мастер-пароль, чтобы показать тайлы Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="75"/>
        <source>QGIS could not store the Mapflow tile credentials</source>
        <translation>QGIS не удалось сохранить учётные данные для тайлов Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="179"/>
        <source>Searching the Mapflow catalog…</source>
        <translation>Поиск в каталоге Mapflow…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/catalog_layers.py" line="49"/>
        <source>Writing %Ln footprint(s)…</source>
        <translation>
            <numerusform>Запись %Ln контура…</numerusform>
            <numerusform>Запись %Ln контуров…</numerusform>
            <numerusform>Запись %Ln контуров…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/catalog_layers.py" line="132"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>Не удалось записать миниатюру {path}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="25"/>
        <source>Mapflow: my imagery</source>
        <translation>Mapflow: моя съёмка</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="54"/>
        <source>Mapflow gave no tiles for the mosaic “{name}”</source>
        <translation>Mapflow не выдал тайлов для мозаики «{name}»</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="57"/>
        <source>{name} (mosaic)</source>
        <translation>{name} (мозаика)</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="60"/>
        <source>QGIS could not open the tiles of the mosaic “{name}”</source>
        <translation>QGIS не удалось открыть тайлы мозаики «{name}»</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="72"/>
        <source>QGIS cannot open {file}</source>
        <translation>QGIS не может открыть {file}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/inventory.py" line="16"/>
        <source>Mapflow catalog</source>
        <translation>Каталог Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="74"/>
        <source>{name} – results (tiles)</source>
        <translation>{name} – результаты (тайлы)</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="78"/>
        <source>QGIS could not open the result tiles of {name}</source>
        <translation>QGIS не удалось открыть тайлы результатов {name}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="83"/>
        <source>Could not style the result tiles: {reason}</source>
        <translation>Не удалось применить стиль к тайлам результатов: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="87"/>
        <source>{name} – imagery</source>
        <translation>{name} – съёмка</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="90"/>
        <source>QGIS could not open the imagery tiles of {name}</source>
        <translation>QGIS не удалось открыть тайлы съёмки {name}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="95"/>
        <source>{name} has no result layers yet</source>
        <translation>У {name} пока нет слоёв результатов</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="49"/>
        <source>Downloading the results of {name}…</source>
        <translation>Загрузка результатов {name}…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="127"/>
        <source>The results of {name} are not readable GeoJSON</source>
        <translation>Результаты {name} — нечитаемый GeoJSON</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="139"/>
        <source>Cancelled while waiting for the same download</source>
        <translation>Отменено во время ожидания той же загрузки</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="144"/>
        <source>Writing the GeoPackage…</source>
        <translation>Запись GeoPackage…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="178"/>
        <source>{name} – results</source>
        <translation>{name} – результаты</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="186"/>
        <source>{name} – AOIs</source>
        <translation>{name} – области</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="38"/>
        <source>GDAL cannot read {file}: is it a raster file?</source>
        <translation>GDAL не может прочитать {file}: это растровый файл?</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="42"/>
        <source>{file} has no georeference: Mapflow needs a GeoTIFF with a CRS</source>
        <translation>У {file} нет привязки: Mapflow нужен GeoTIFF с СК</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="67"/>
        <source>the mosaic</source>
        <translation>мозаику</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="73"/>
        <source>{file} cannot join {mosaic}: {differences}. Images of a mosaic must share CRS, number of bands and resolution</source>
        <translation>{file} нельзя добавить в {mosaic}: {differences}. У изображений мозаики должны совпадать СК, число каналов и разрешение</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="83"/>
        <source>Only raster layers read from a file can be uploaded to Mapflow</source>
        <translation>В Mapflow можно выгрузить только растровые слои, прочитанные из файла</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="87"/>
        <source>The layer “{name}” is not a file on this computer</source>
        <translation>Слой «{name}» — не файл на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="18"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="112"/>
        <source>GDAL could not write {file} as a GeoTIFF</source>
        <translation>GDAL не удалось записать {file} как GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="46"/>
        <source>Imagery Hub: uploading {files} to Mapflow</source>
        <translation>Imagery Hub: выгрузка {files} в Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="53"/>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="59"/>
        <source>Checking the mosaic “{name}”…</source>
        <translation>Проверка мозаики «{name}»…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="63"/>
        <source>the mosaic “{name}” ({profile})</source>
        <translation>мозаику «{name}» ({profile})</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="67"/>
        <source>Mapflow: the images of “{name}” describe no raster profile this plugin reads, so their grid was not compared before the upload</source>
        <translation>Mapflow: изображения «{name}» не описывают растровый профиль, который читает этот модуль, поэтому их сетка не сравнивалась перед выгрузкой</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="80"/>
        <source>Writing {file} as a GeoTIFF…</source>
        <translation>Запись {file} как GeoTIFF…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="88"/>
        <source>Uploading {file} ({size}, {number} of {count})…</source>
        <translation>Выгрузка {file} ({size}, {number} из {count})…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="111"/>
        <source>{file} is not a GeoTIFF: use My imagery to upload other rasters</source>
        <translation>{file} — не GeoTIFF: выгружайте другие растры через «Моя съёмка»</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="116"/>
        <source>Uploading {file} ({size})…</source>
        <translation>Выгрузка {file} ({size})…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="99"/>
        <source>checking Mapflow processings</source>
        <translation>проверка обработок Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="103"/>
        <source>Mapflow: not checking processings: {reason}</source>
        <translation>Mapflow: обработки не проверяются: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="111"/>
        <source>Mapflow: processing {id} no longer exists; not watching it any more</source>
        <translation>Mapflow: обработка {id} больше не существует; наблюдение прекращено</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="122"/>
        <source>Mapflow: checking processings failed, will try again: {reason}</source>
        <translation>Mapflow: проверка обработок не удалась, будет повторена: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="13"/>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="14"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="15"/>
        <source>Awaiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="16"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="17"/>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="19"/>
        <source>Refunded</source>
        <translation>Возмещено</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="23"/>
        <source>“{name}” done.</source>
        <translation>«{name}» готово.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="24"/>
        <source>“{name}” failed.</source>
        <translation>«{name}»: сбой.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="25"/>
        <source>“{name}” cancelled.</source>
        <translation>«{name}» отменено.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="26"/>
        <source>“{name}” refunded.</source>
        <translation>«{name}»: средства возвращены.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="33"/>
        <source>“{name}”: {status}.</source>
        <translation>«{name}»: {status}.</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="65"/>
        <source>{used} used</source>
        <translation>использовано {used}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="66"/>
        <source>{used} of {limit} used</source>
        <translation>использовано {used} из {limit}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/words.py" line="73"/>
        <source>{crs}, %Ln band(s), pixel size {size}</source>
        <translation>
            <numerusform>{crs}, %Ln канал, размер пикселя {size}</numerusform>
            <numerusform>{crs}, %Ln канала, размер пикселя {size}</numerusform>
            <numerusform>{crs}, %Ln каналов, размер пикселя {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="80"/>
        <source>uploaded image {name}</source>
        <translation>выгруженное изображение {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/words.py" line="84"/>
        <source>%Ln image(s) of the mosaic “{name}”</source>
        <translation>
            <numerusform>%Ln изображение мозаики «{name}»</numerusform>
            <numerusform>%Ln изображения мозаики «{name}»</numerusform>
            <numerusform>%Ln изображений мозаики «{name}»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="85"/>
        <source>the mosaic “{name}”</source>
        <translation>мозаика «{name}»</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="87"/>
        <source>{provider} image {id}</source>
        <translation>изображение {provider} {id}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="90"/>
        <source>{provider} imagery</source>
        <translation>съёмка {provider}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="33"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="34"/>
        <source>Cloud %</source>
        <translation>Облачность %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="36"/>
        <source>AOI %</source>
        <translation>Область %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="112"/>
        <source>Off-nadir</source>
        <translation>Отклонение от надира</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="122"/>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="39"/>
        <source>Image id</source>
        <translation>Id изображения</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="52"/>
        <source>any</source>
        <translation>любое</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="82"/>
        <source>How much of the AOI an image must cover at least</source>
        <translation>Какую долю области интереса изображение должно покрывать как минимум</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="83"/>
        <source>Search imagery</source>
        <translation>Искать съёмку</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="86"/>
        <source>Search the imagery of your Mapflow providers over the AOI.</source>
        <translation>Ищите съёмку ваших поставщиков Mapflow в области интереса.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="94"/>
        <source>Show the scenes as their previews instead of a table</source>
        <translation>Показывать сцены их превью вместо таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="99"/>
        <source>Pick a scene in the table or on the map.</source>
        <translation>Выберите сцену в таблице или на карте.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="101"/>
        <source>Run processing on this image…</source>
        <translation>Запустить обработку по этому изображению…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="102"/>
        <source>Starts a processing of the AOI with the model chosen under Processing, after showing its cost</source>
        <translation>Запускает обработку области интереса моделью, выбранной на странице «Обработка», показав сначала её стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="110"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="111"/>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="113"/>
        <source>Max cloud</source>
        <translation>Макс. облачность</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="114"/>
        <source>Min AOI cover</source>
        <translation>Мин. покрытие области</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="137"/>
        <source>This image has no picture preview</source>
        <translation>У этого изображения нет превью-изображения</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="138"/>
        <source>fetching a catalog thumbnail</source>
        <translation>получение миниатюры из каталога</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="146"/>
        <source>The catalog searches an area: draw a rectangle or polygon, or give the point a radius</source>
        <translation>Каталог ищет по области: нарисуйте прямоугольник или полигон либо задайте точке радиус</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="172"/>
        <source>searching the Mapflow catalog</source>
        <translation>поиск в каталоге Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="183"/>
        <source>The search failed: {reason}</source>
        <translation>Поиск не удался: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="190"/>
        <source>No images match: widen the dates or relax the filters.</source>
        <translation>Подходящих изображений нет: расширьте даты или ослабьте фильтры.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="193"/>
        <source>Mapflow catalog {start} – {end}</source>
        <translation>Каталог Mapflow {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/catalog.py" line="198"/>
        <source>%Ln image(s) (clouds ≤ {cloud} %)</source>
        <translation>
            <numerusform>%Ln изображение (облачность ≤ {cloud} %)</numerusform>
            <numerusform>%Ln изображения (облачность ≤ {cloud} %)</numerusform>
            <numerusform>%Ln изображений (облачность ≤ {cloud} %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/catalog.py" line="201"/>
        <source>{found}; %Ln found, the first {kept} kept: narrow the filters</source>
        <translation>
            <numerusform>{found}; найдено %Ln, оставлены первые {kept}: сузьте фильтры</numerusform>
            <numerusform>{found}; найдено %Ln, оставлены первые {kept}: сузьте фильтры</numerusform>
            <numerusform>{found}; найдено %Ln, оставлены первые {kept}: сузьте фильтры</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="204"/>
        <source>Mapflow catalog: {result}</source>
        <translation>Каталог Mapflow: {result}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="217"/>
        <source>{cloud} % clouds</source>
        <translation>облачность {cloud} %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="217"/>
        <source>clouds unknown</source>
        <translation>облачность неизвестна</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="224"/>
        <source>This image has no picture preview.</source>
        <translation>У этого изображения нет превью-изображения.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="226"/>
        <source>Loading the preview…</source>
        <translation>Загрузка превью…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="227"/>
        <source>fetching a catalog preview</source>
        <translation>получение превью из каталога</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="239"/>
        <source>No preview: {reason}</source>
        <translation>Нет превью: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="245"/>
        <source>Pick a scene in the table first</source>
        <translation>Сначала выберите сцену в таблице</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="39"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="63"/>
        <source>Mapflow gave no reason.</source>
        <translation>Mapflow не указал причину.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="64"/>
        <source>Mapflow: {name} failed</source>
        <translation>Mapflow: сбой {name}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="67"/>
        <source>Change the source or the area and start again, or restart it if the error was on Mapflow&apos;s side.</source>
        <translation>Измените источник или область и запустите снова либо перезапустите, если ошибка была на стороне Mapflow.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="77"/>
        <source>comma-separated, e.g. drone, june</source>
        <translation>через запятую, например: дрон, июнь</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="116"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="80"/>
        <source>&amp;Tags</source>
        <translation>&amp;Теги</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="93"/>
        <source>GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="94"/>
        <source>Upload GeoTIFFs to Mapflow</source>
        <translation>Выгрузить GeoTIFF в Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>XYZ tiles</source>
        <translation>Тайлы XYZ</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>TMS tiles</source>
        <translation>Тайлы TMS</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Quadkey tiles</source>
        <translation>Тайлы Quadkey</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Uploaded GeoTIFF</source>
        <translation>Выгруженный GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Catalog image</source>
        <translation>Изображение каталога</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Imagery provider</source>
        <translation>Поставщик съёмки</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="48"/>
        <source>s3://… (as the upload returned it)</source>
        <translation>s3://… (как вернула выгрузка)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="53"/>
        <source>free</source>
        <translation>бесплатно</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="66"/>
        <source>automatic: model and time</source>
        <translation>автоматически: модель и время</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="68"/>
        <source>The AI models of your Mapflow account, with their price</source>
        <translation>ИИ-модели вашей учётной записи Mapflow с их ценой</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="87"/>
        <source>Upload…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="86"/>
        <source>Upload a GeoTIFF from disk; its s3:// URL goes here</source>
        <translation>Выгрузить GeoTIFF с диска; его URL s3:// появится здесь</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="97"/>
        <source>model default</source>
        <translation>по умолчанию для модели</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="99"/>
        <source>Tile zoom to process at; the model&apos;s own zoom when left at default</source>
        <translation>Масштаб тайлов для обработки; собственный масштаб модели, если оставить по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="103"/>
        <source>The imagery providers of your Mapflow account; no image to pick</source>
        <translation>Поставщики съёмки вашей учётной записи Mapflow; выбирать изображение не нужно</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="106"/>
        <source>image id from the catalog</source>
        <translation>id изображения из каталога</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="111"/>
        <source>Start processing…</source>
        <translation>Запустить обработку…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="112"/>
        <source>Shows the cost and asks before anything starts</source>
        <translation>Показывает стоимость и спрашивает перед запуском</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="117"/>
        <source>&amp;Model</source>
        <translation>&amp;Модель</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="118"/>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="119"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="120"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="121"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Масштаб</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="123"/>
        <source>Imagery</source>
        <translation>Съёмка</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="124"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="160"/>
        <source>{block} (free)</source>
        <translation>{block} (бесплатно)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="187"/>
        <source>Imagery: &lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>Съёмка: &lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="196"/>
        <source>Selected imagery</source>
        <translation>Выбранная съёмка</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="235"/>
        <source>The Mapflow account is not loaded yet: press Refresh</source>
        <translation>Учётная запись Mapflow ещё не загружена: нажмите «Обновить»</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="41"/>
        <source>A new mosaic…</source>
        <translation>Новая мозаика…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="60"/>
        <source>Storage not loaded yet.</source>
        <translation>Хранилище ещё не загружено.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="374"/>
        <source>Select an image to see its preview.</source>
        <translation>Выберите изображение, чтобы увидеть его превью.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Use for a processing</source>
        <translation>&amp;Использовать для обработки</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>Show on the &amp;map</source>
        <translation>Показать на &amp;карте</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Large preview</source>
        <translation>&amp;Большое превью</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>Re&amp;name / tags…</source>
        <translation>Пере&amp;именовать / теги…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Link an uploaded s3:// image…</source>
        <translation>&amp;Привязать выгруженное изображение s3://…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="90"/>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="85"/>
        <source>New mosaic…</source>
        <translation>Новая мозаика…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="85"/>
        <source>Create an empty mosaic</source>
        <translation>Создать пустую мозаику</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="87"/>
        <source>Upload GeoTIFFs from disk into a mosaic</source>
        <translation>Выгрузить GeoTIFF с диска в мозаику</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="90"/>
        <source>Reload mosaics, images and storage (F5)</source>
        <translation>Перезагрузить мозаики, изображения и хранилище (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="319"/>
        <source>Use for processing</source>
        <translation>Использовать для обработки</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="93"/>
        <source>Process the selected mosaic or images (Enter)</source>
        <translation>Обработать выбранную мозаику или изображения (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="96"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="96"/>
        <source>Show the mosaic&apos;s tiles, or download the image as a layer</source>
        <translation>Показать тайлы мозаики или загрузить изображение как слой</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="172"/>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="136"/>
        <source>loading your Mapflow imagery</source>
        <translation>загрузка вашей съёмки Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="157"/>
        <source>Storage: {usage}</source>
        <translation>Хранилище: {usage}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="160"/>
        <source>{percent} % of your Mapflow storage is used</source>
        <translation>Использовано {percent} % вашего хранилища Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="265"/>
        <source>New Mapflow mosaic</source>
        <translation>Новая мозаика Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="180"/>
        <source>creating a Mapflow mosaic</source>
        <translation>создание мозаики Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="191"/>
        <source>Mosaic name and tags</source>
        <translation>Имя и теги мозаики</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="194"/>
        <source>changing a Mapflow mosaic</source>
        <translation>изменение мозаики Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="198"/>
        <source>Rename image</source>
        <translation>Переименовать изображение</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="201"/>
        <source>renaming a Mapflow image</source>
        <translation>переименование изображения Mapflow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="217"/>
        <source>the mosaic {names} with %Ln image(s)</source>
        <translation>
            <numerusform>мозаику {names} с %Ln изображением</numerusform>
            <numerusform>мозаику {names} с %Ln изображениями</numerusform>
            <numerusform>мозаику {names} с %Ln изображениями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="219"/>
        <source>the mosaics {names} with %Ln image(s)</source>
        <translation>
            <numerusform>мозаики {names} с %Ln изображением</numerusform>
            <numerusform>мозаики {names} с %Ln изображениями</numerusform>
            <numerusform>мозаики {names} с %Ln изображениями</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="222"/>
        <source>1 image (“{file}”)</source>
        <translation>1 изображение («{file}»)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery_tree.py" line="51"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln изображение</numerusform>
            <numerusform>%Ln изображения</numerusform>
            <numerusform>%Ln изображений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="225"/>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="227"/>
        <source>Delete {what} from Mapflow? Deleted images cannot be restored.</source>
        <translation>Удалить {what} из Mapflow? Удалённые изображения нельзя восстановить.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="229"/>
        <source>Delete Mapflow imagery</source>
        <translation>Удалить съёмку Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="206"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="238"/>
        <source>deleting Mapflow imagery</source>
        <translation>удаление съёмки Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="242"/>
        <source>Link an uploaded image</source>
        <translation>Привязать выгруженное изображение</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="242"/>
        <source>s3:// URL of the image to add to “{mosaic}”</source>
        <translation>URL s3:// изображения для добавления в «{mosaic}»</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="247"/>
        <source>linking an image to a Mapflow mosaic</source>
        <translation>привязка изображения к мозаике Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="345"/>
        <source>Upload to Mapflow</source>
        <translation>Выгрузить в Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="257"/>
        <source>Into the mosaic</source>
        <translation>В мозаику</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="294"/>
        <source>An upload is running: wait for it or cancel it first</source>
        <translation>Идёт выгрузка: дождитесь её или сначала отмените</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="310"/>
        <source>Uploading to “{mosaic}”…</source>
        <translation>Выгрузка в «{mosaic}»…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="319"/>
        <source>%Ln image(s) uploaded to the Mapflow mosaic “{mosaic}”</source>
        <translation>
            <numerusform>%Ln изображение выгружено в мозаику Mapflow «{mosaic}»</numerusform>
            <numerusform>%Ln изображения выгружено в мозаику Mapflow «{mosaic}»</numerusform>
            <numerusform>%Ln изображений выгружено в мозаику Mapflow «{mosaic}»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="334"/>
        <source>Select one mosaic, or images of one mosaic</source>
        <translation>Выберите одну мозаику или изображения одной мозаики</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="359"/>
        <source>downloading {file}</source>
        <translation>загрузка {file}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="364"/>
        <source>Downloading {file}…</source>
        <translation>Загрузка {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="374"/>
        <source>“{mosaic}”: %Ln image(s). Select one to see it.</source>
        <translation>
            <numerusform>«{mosaic}»: %Ln изображение. Выберите одно, чтобы увидеть его.</numerusform>
            <numerusform>«{mosaic}»: %Ln изображения. Выберите одно, чтобы увидеть его.</numerusform>
            <numerusform>«{mosaic}»: %Ln изображений. Выберите одно, чтобы увидеть его.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="400"/>
        <source>fetching a Mapflow preview</source>
        <translation>получение превью Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="394"/>
        <source>No preview available.</source>
        <translation>Превью недоступно.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery_tree.py" line="22"/>
        <source>%Ln band(s)</source>
        <translation>
            <numerusform>%Ln канал</numerusform>
            <numerusform>%Ln канала</numerusform>
            <numerusform>%Ln каналов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="30"/>
        <source>Mosaic / image</source>
        <translation>Мозаика / изображение</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="30"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="55"/>
        <source>Tags: {tags}</source>
        <translation>Теги: {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="63"/>
        <source>profile unknown</source>
        <translation>профиль неизвестен</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="67"/>
        <source>Uploaded {when}</source>
        <translation>Выгружено {when}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="29"/>
        <source>“{name}” is not finished yet</source>
        <translation>«{name}» ещё не завершено</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="44"/>
        <source>downloading the results of {name}</source>
        <translation>загрузка результатов {name}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="58"/>
        <source>Mapflow: the results of “{name}” are in {path}</source>
        <translation>Mapflow: результаты «{name}» находятся в {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/processing_actions.py" line="61"/>
        <source>Downloaded %Ln feature(s) of “{name}” into {file}</source>
        <translation>
            <numerusform>Загружен %Ln объект «{name}» в {file}</numerusform>
            <numerusform>Загружено %Ln объекта «{name}» в {file}</numerusform>
            <numerusform>Загружено %Ln объектов «{name}» в {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="67"/>
        <source>loading the AOIs of {name}</source>
        <translation>загрузка областей {name}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="72"/>
        <source>Rename Mapflow processing</source>
        <translation>Переименовать обработку Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="75"/>
        <source>renaming a Mapflow processing</source>
        <translation>переименование обработки Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="80"/>
        <source>restarting a Mapflow processing</source>
        <translation>перезапуск обработки Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="86"/>
        <source>Restarted the failed parts of “{name}”</source>
        <translation>Сбойные части «{name}» перезапущены</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="91"/>
        <source>Move Mapflow processing</source>
        <translation>Переместить обработку Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="91"/>
        <source>Move “{name}” to</source>
        <translation>Переместить «{name}» в</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="97"/>
        <source>moving a Mapflow processing</source>
        <translation>перемещение обработки Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="102"/>
        <source>Delete “{name}” and its results on Mapflow? Layers already downloaded stay.</source>
        <translation>Удалить «{name}» и его результаты в Mapflow? Уже загруженные слои останутся.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="104"/>
        <source>Delete Mapflow processing</source>
        <translation>Удалить обработку Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="106"/>
        <source>deleting a Mapflow processing</source>
        <translation>удаление обработки Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Area km²</source>
        <translation>Площадь км²</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Load results as tiles</source>
        <translation>&amp;Загрузить результаты тайлами</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Download results (GeoPackage)</source>
        <translation>С&amp;качать результаты (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Show &amp;AOIs with their status</source>
        <translation>Показать &amp;области с их состоянием</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Read the &amp;error</source>
        <translation>Прочитать &amp;ошибку</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Re&amp;name…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Res&amp;tart failed parts</source>
        <translation>Пере&amp;запустить сбойные части</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Move to project…</source>
        <translation>&amp;Переместить в проект…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="58"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="164"/>
        <source>Load</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="165"/>
        <source>Result tiles and imagery as layers (Enter)</source>
        <translation>Тайлы результатов и съёмка как слои (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="168"/>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="169"/>
        <source>The result features into a GeoPackage layer</source>
        <translation>Объекты результата в слой GeoPackage</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="13"/>
        <source>{credits} credits left</source>
        <translation>осталось {credits} кредитов</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="16"/>
        <source>unlimited processing</source>
        <translation>неограниченная обработка</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="18"/>
        <source>{left} left of {limit}</source>
        <translation>осталось {left} из {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="21"/>
        <source>{left} left</source>
        <translation>осталось {left}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="23"/>
        <source>no limit reported</source>
        <translation>ограничение не сообщается</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="26"/>
        <source>≤ {area} per area</source>
        <translation>≤ {area} на область</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/projects.py" line="30"/>
        <source>≤ %Ln area(s) per processing</source>
        <translation>
            <numerusform>≤ %Ln области на обработку</numerusform>
            <numerusform>≤ %Ln областей на обработку</numerusform>
            <numerusform>≤ %Ln областей на обработку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/projects.py" line="31"/>
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln модель</numerusform>
            <numerusform>%Ln модели</numerusform>
            <numerusform>%Ln моделей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="55"/>
        <source>Mapflow account not loaded yet.</source>
        <translation>Учётная запись Mapflow ещё не загружена.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="58"/>
        <source>Reload the account, projects and processings</source>
        <translation>Перезагрузить учётную запись, проекты и обработки</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="61"/>
        <source>The Mapflow project whose processings are shown and where new ones go</source>
        <translation>Проект Mapflow, обработки которого показаны и куда попадают новые</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="64"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="64"/>
        <source>Create a project</source>
        <translation>Создать проект</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="66"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="66"/>
        <source>Rename this project</source>
        <translation>Переименовать этот проект</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="68"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="68"/>
        <source>Delete this project and all its processings</source>
        <translation>Удалить этот проект и все его обработки</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="72"/>
        <source>&amp;Project</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="103"/>
        <source>{name} (default)</source>
        <translation>{name} (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="60"/>
        <source>New processing on the AOI</source>
        <translation>Новая обработка в области интереса</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>Processing</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>My imagery</source>
        <translation>Моя съёмка</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="167"/>
        <source>loading the Mapflow account</source>
        <translation>загрузка учётной записи Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="180"/>
        <source>loading Mapflow projects</source>
        <translation>загрузка проектов Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="184"/>
        <source>New Mapflow project</source>
        <translation>Новый проект Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="193"/>
        <source>Project name</source>
        <translation>Имя проекта</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="187"/>
        <source>creating a Mapflow project</source>
        <translation>создание проекта Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="193"/>
        <source>Rename Mapflow project</source>
        <translation>Переименовать проект Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="196"/>
        <source>renaming a Mapflow project</source>
        <translation>переименование проекта Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="204"/>
        <source>Delete the project “{name}” with all its processings and results? This cannot be undone.</source>
        <translation>Удалить проект «{name}» со всеми обработками и результатами? Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="206"/>
        <source>Delete Mapflow project</source>
        <translation>Удалить проект Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="208"/>
        <source>deleting a Mapflow project</source>
        <translation>удаление проекта Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="219"/>
        <source>listing Mapflow processings</source>
        <translation>получение списка обработок Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="245"/>
        <source>Asking Mapflow for the cost…</source>
        <translation>Запрос стоимости у Mapflow…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="246"/>
        <source>estimating a Mapflow processing</source>
        <translation>оценка обработки Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="258"/>
        <source>Cost: {cost} credits ({left} left)</source>
        <translation>Стоимость: {cost} кредитов (осталось {left})</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="261"/>
        <source>Area: {area} km² of {left} km² left</source>
        <translation>Площадь: {area} км² из оставшихся {left} км²</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="264"/>
        <source>Cost: {cost}</source>
        <translation>Стоимость: {cost}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/tab.py" line="267"/>
        <source>{area} in %Ln area(s)</source>
        <translation>
            <numerusform>{area} в %Ln области</numerusform>
            <numerusform>{area} в %Ln областях</numerusform>
            <numerusform>{area} в %Ln областях</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="268"/>
        <source>Start “{name}”?

Model: {model}
Area: {area}
Imagery: {imagery}
{price}</source>
        <translation>Запустить «{name}»?

Модель: {model}
Область: {area}
Съёмка: {imagery}
{price}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="271"/>
        <source>Start Mapflow processing</source>
        <translation>Запустить обработку Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="271"/>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="274"/>
        <source>Not started.</source>
        <translation>Не запущено.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="276"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="277"/>
        <source>starting a Mapflow processing</source>
        <translation>запуск обработки Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="293"/>
        <source>Uploading {file}…</source>
        <translation>Выгрузка {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="289"/>
        <source>uploading {file} to Mapflow</source>
        <translation>выгрузка {file} в Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="297"/>
        <source>{file} is uploaded: start the processing when ready.</source>
        <translation>{file} выгружен: запустите обработку, когда будете готовы.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="302"/>
        <source>Started “{name}”; you will be told when it is done.</source>
        <translation>«{name}» запущено; вы получите уведомление о завершении.</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="310"/>
        <source>Mapflow processing “{name}” started</source>
        <translation>Обработка Mapflow «{name}» запущена</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="317"/>
        <source>“{name}”: {status}, {percent} %</source>
        <translation>«{name}»: {status}, {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="324"/>
        <source>Mapflow processing “{name}” is done</source>
        <translation>Обработка Mapflow «{name}» завершена</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="325"/>
        <source>Load results</source>
        <translation>Загрузить результаты</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="329"/>
        <source>Mapflow processing “{name}” failed: {reason}</source>
        <translation>Обработка Mapflow «{name}» завершилась сбоем: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="331"/>
        <source>Read the error</source>
        <translation>Прочитать ошибку</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="334"/>
        <source>Mapflow processing “{name}” ended: {status}</source>
        <translation>Обработка Mapflow «{name}» завершена: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="342"/>
        <source>Use as Mapflow AOI</source>
        <translation>Использовать как область интереса Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="343"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>Запустить обработку Mapflow по выбранным объектам</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="354"/>
        <source>Mapflow processes polygons: pick a polygon layer</source>
        <translation>Mapflow обрабатывает полигоны: выберите полигональный слой</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="187"/>
        <source>Name the model, e.g. Buildings</source>
        <translation>Укажите модель, например Buildings</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="45"/>
        <source>Captured from</source>
        <translation>Снято с</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>Captured until</source>
        <translation>Снято по</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="51"/>
        <source>Panoramas only</source>
        <translation>Только панорамы</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="54"/>
        <source>Creator (Mapillary username)</source>
        <translation>Автор (имя пользователя Mapillary)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="60"/>
        <source>Mapillary images</source>
        <translation>Изображения Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>Images found</source>
        <translation>Найдено изображений</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="66"/>
        <source>Cells at the cap</source>
        <translation>Ячейки на пределе</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="30"/>
        <source>
&lt;p&gt;Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary&apos;s bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to &lt;i&gt;Download images&lt;/i&gt; to fetch the pictures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Находит уличные изображения Mapillary, снятые в области, как вкладка Mapillary: область делится на ячейки меньше ограничения охвата Mapillary (настройка модуля), ячейка, вернувшая предел в 2000 изображений, делится снова, и каждое изображение сохраняется один раз. Результат — точечный слой положений камеры с id изображения, временем съёмки, азимутом, признаком панорамы, автором, последовательностью и камерой. Передайте его в &lt;i&gt;Загрузить изображения&lt;/i&gt;, чтобы получить снимки.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="44"/>
        <source>to search</source>
        <translation>для поиска</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="45"/>
        <source>First capture day (UTC, included). Empty: no lower limit.</source>
        <translation>Первый день съёмки (UTC, включительно). Пусто: без нижней границы.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>Last capture day (UTC, included). Empty: up to today.</source>
        <translation>Последний день съёмки (UTC, включительно). Пусто: до сегодняшнего дня.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="51"/>
        <source>Keep only 360° panoramas. Default: every image.</source>
        <translation>Оставлять только панорамы 360°. По умолчанию: все изображения.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="54"/>
        <source>Only images uploaded by this Mapillary user (without @). Empty: anyone.</source>
        <translation>Только изображения, выгруженные этим пользователем Mapillary (без @). Пусто: любым.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="60"/>
        <source>The images as points in WGS 84, one per image, with a local_path field that Download images fills.</source>
        <translation>Изображения как точки в WGS 84, по одной на изображение, с полем local_path, которое заполняет Загрузить изображения.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>How many images were found.</source>
        <translation>Сколько изображений найдено.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="66"/>
        <source>Cells that still returned 2000 images after being split: images are missing there (search a smaller area or fewer dates). 0 when complete.</source>
        <translation>Ячейки, которые после деления всё ещё вернули 2000 изображений: там не хватает изображений (ищите в меньшей области или за меньший период). 0, если всё полно.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="96"/>
        <source>Searching Mapillary: {filters}</source>
        <translation>Поиск в Mapillary: {filters}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="99"/>
        <source>Searching Mapillary</source>
        <translation>Поиск в Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="103"/>
        <source>{done} of {total} cells, %Ln image(s)</source>
        <translation>
            <numerusform>{done} из {total} ячеек, %Ln изображение</numerusform>
            <numerusform>{done} из {total} ячеек, %Ln изображения</numerusform>
            <numerusform>{done} из {total} ячеек, %Ln изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="107"/>
        <source>%Ln image(s) in {requests} requests</source>
        <translation>
            <numerusform>%Ln изображение за {requests} запросов</numerusform>
            <numerusform>%Ln изображения за {requests} запросов</numerusform>
            <numerusform>%Ln изображений за {requests} запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="110"/>
        <source>%Ln cell(s) still hit Mapillary&apos;s 2000-image cap: some images there are missing; search a smaller area or fewer dates</source>
        <translation>
            <numerusform>%Ln ячейка всё ещё упирается в предел Mapillary в 2000 изображений: там не хватает изображений; ищите в меньшей области или за меньший период</numerusform>
            <numerusform>%Ln ячейки всё ещё упираются в предел Mapillary в 2000 изображений: там не хватает изображений; ищите в меньшей области или за меньший период</numerusform>
            <numerusform>%Ln ячеек всё ещё упираются в предел Mapillary в 2000 изображений: там не хватает изображений; ищите в меньшей области или за меньший период</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Sequences</source>
        <translation>Последовательности</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Panorama sequences</source>
        <translation>Панорамные последовательности</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Panoramas</source>
        <translation>Панорамы</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="194"/>
        <source>Mapillary coverage</source>
        <translation>Покрытие Mapillary</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="145"/>
        <source>QGIS could not open the Mapillary tiles at {url}</source>
        <translation>QGIS не удалось открыть тайлы Mapillary по адресу {url}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="209"/>
        <source>The Mapillary coverage needs the access token: {error}</source>
        <translation>Для покрытия Mapillary нужен токен доступа: {error}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="36"/>
        <source>Unknown image size {size}: one of {sizes}</source>
        <translation>Неизвестный размер изображения {size}: один из {sizes}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="39"/>
        <source>Select image points first (on the map or in the table)</source>
        <translation>Сначала выберите точки изображений (на карте или в таблице)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapillary/downloads.py" line="75"/>
        <source>Imagery Hub: downloading %Ln Mapillary image(s)</source>
        <translation>
            <numerusform>Imagery Hub: загрузка %Ln изображения Mapillary</numerusform>
            <numerusform>Imagery Hub: загрузка %Ln изображений Mapillary</numerusform>
            <numerusform>Imagery Hub: загрузка %Ln изображений Mapillary</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="94"/>
        <source>Imagery Hub: Mapillary downloads</source>
        <translation>Imagery Hub: загрузки Mapillary</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="119"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>Не удалось записать миниатюру {path}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="53"/>
        <source>panoramas</source>
        <translation>панорамы</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="76"/>
        <source>by {creator}</source>
        <translation>автор {creator}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="104"/>
        <source>Imagery Hub: Mapillary search</source>
        <translation>Imagery Hub: поиск в Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapillary/search.py" line="118"/>
        <source>Writing %Ln image(s)</source>
        <translation>
            <numerusform>Запись %Ln изображения</numerusform>
            <numerusform>Запись %Ln изображений</numerusform>
            <numerusform>Запись %Ln изображений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="151"/>
        <source>Cells at the image cap</source>
        <translation>Ячейки на пределе числа изображений</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/viewer.py" line="88"/>
        <source>Mapillary has no {size} image for {image}</source>
        <translation>У Mapillary нет изображения {size} для {image}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="74"/>
        <source>Click an image point on the map to see it here</source>
        <translation>Щёлкните точку изображения на карте, чтобы увидеть его здесь</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="172"/>
        <source>new blur</source>
        <translation>новое размытие</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="197"/>
        <source>{kind} (requested)</source>
        <translation>{kind} (запрошено)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="45"/>
        <source>Captured</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="92"/>
        <source>Creator</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="47"/>
        <source>Pano</source>
        <translation>Панорама</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="158"/>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="77"/>
        <source>Show coverage on the map</source>
        <translation>Показать покрытие на карте</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="78"/>
        <source>Sequences and images as vector tiles (mly1_public), green; panoramas blue</source>
        <translation>Последовательности и изображения в виде векторных тайлов (mly1_public), зелёным; панорамы синим</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="82"/>
        <source>Search the area of interest</source>
        <translation>Поиск в области интереса</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="86"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="90"/>
        <source>any (Mapillary username)</source>
        <translation>любой (имя пользователя Mapillary)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="93"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="98"/>
        <source>No search yet.</source>
        <translation>Поиск ещё не выполнялся.</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="107"/>
        <source>View an image on the map</source>
        <translation>Просмотр изображения на карте</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="109"/>
        <source>Click an image point of a search layer or of the coverage; Esc stops</source>
        <translation>Щёлкните точку изображения в слое поиска или в покрытии; Esc — выход</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="119"/>
        <source>{size} px wide</source>
        <translation>ширина {size} пикс.</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="119"/>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="127"/>
        <source>default: downloads/mapillary</source>
        <translation>по умолчанию: downloads/mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="129"/>
        <source>Empty: the download folder of Imagery Hub settings, in a mapillary folder</source>
        <translation>Пусто: папка загрузок из настроек Imagery Hub, в подпапке mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="131"/>
        <source>Download to</source>
        <translation>Загружать в</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="132"/>
        <source>Download selected</source>
        <translation>Загрузить выбранные</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="174"/>
        <source>Mapillary: thumbnail of image {image}</source>
        <translation>Mapillary: миниатюра изображения {image}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="221"/>
        <source>The start date is after the end date: swap them</source>
        <translation>Дата начала позже даты окончания: поменяйте их местами</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="234"/>
        <source>Mapillary search</source>
        <translation>Поиск в Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="238"/>
        <source>Searching Mapillary…</source>
        <translation>Поиск в Mapillary…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="246"/>
        <source>%Ln image(s) in 1 cell</source>
        <translation>
            <numerusform>%Ln изображение в 1 ячейке</numerusform>
            <numerusform>%Ln изображения в 1 ячейке</numerusform>
            <numerusform>%Ln изображений в 1 ячейке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="248"/>
        <source>%Ln image(s) in {cells} cells</source>
        <translation>
            <numerusform>%Ln изображение в {cells} ячейках</numerusform>
            <numerusform>%Ln изображения в {cells} ячейках</numerusform>
            <numerusform>%Ln изображений в {cells} ячейках</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="250"/>
        <source>{found}. Select rows or points to download; double-click to view.</source>
        <translation>{found}. Выберите строки или точки для загрузки; двойной щелчок — просмотр.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="254"/>
        <source>Mapillary returned its 2000-image maximum for %Ln cell(s), so some images are missing there (shown in red): zoom in to a smaller area or narrow the dates.</source>
        <translation>
            <numerusform>Mapillary вернул свой максимум в 2000 изображений для %Ln ячейки, поэтому там не хватает изображений (показано красным): уменьшите область или сузьте даты.</numerusform>
            <numerusform>Mapillary вернул свой максимум в 2000 изображений для %Ln ячеек, поэтому там не хватает изображений (показано красным): уменьшите область или сузьте даты.</numerusform>
            <numerusform>Mapillary вернул свой максимум в 2000 изображений для %Ln ячеек, поэтому там не хватает изображений (показано красным): уменьшите область или сузьте даты.</numerusform>
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
            <numerusform>%Ln изображение (из проекта).</numerusform>
            <numerusform>%Ln изображения (из проекта).</numerusform>
            <numerusform>%Ln изображений (из проекта).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="310"/>
        <source>Run a search first, or make a Mapillary images layer the active layer</source>
        <translation>Сначала выполните поиск или сделайте активным слой изображений Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="318"/>
        <source>Mapillary download</source>
        <translation>Загрузка Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="321"/>
        <source>Downloading %Ln image(s)…</source>
        <translation>
            <numerusform>Загрузка %Ln изображения…</numerusform>
            <numerusform>Загрузка %Ln изображений…</numerusform>
            <numerusform>Загрузка %Ln изображений…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="33"/>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Комментарии&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="40"/>
        <source>Write a comment…</source>
        <translation>Напишите комментарий…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="42"/>
        <source>Post</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="50"/>
        <source>Draw blur…</source>
        <translation>Нарисовать размытие…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="52"/>
        <source>Drag a rectangle on the image over what should be blurred, then send it</source>
        <translation>Выделите на изображении прямоугольником то, что нужно размыть, затем отправьте</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="55"/>
        <source>Send blur request</source>
        <translation>Отправить запрос на размытие</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="58"/>
        <source>Report image…</source>
        <translation>Пожаловаться на изображение…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="59"/>
        <source>Ask Mapillary to review this image (privacy, offensive content…)</source>
        <translation>Попросить Mapillary проверить это изображение (приватность, оскорбительное содержимое…)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="80"/>
        <source>No comments yet</source>
        <translation>Комментариев пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="101"/>
        <source>Drag a rectangle on the image, then press “Send blur request”.</source>
        <translation>Выделите прямоугольник на изображении, затем нажмите «Отправить запрос на размытие».</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="112"/>
        <source>Report image</source>
        <translation>Пожаловаться на изображение</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="112"/>
        <source>Why should Mapillary review this image?</source>
        <translation>Почему Mapillary стоит проверить это изображение?</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="32"/>
        <source>Comments, blurs, object recognition and reports need a Mapillary v2 client id (Imagery Hub settings).</source>
        <translation>Для комментариев, размытий, распознавания объектов и жалоб нужен client id Mapillary v2 (настройки Imagery Hub).</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="83"/>
        <source>Mapillary viewer</source>
        <translation>Просмотр Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="56"/>
        <source>◀ Previous</source>
        <translation>◀ Предыдущее</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="57"/>
        <source>Next ▶</source>
        <translation>Следующее ▶</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="61"/>
        <source>Detections</source>
        <translation>Обнаружения</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="62"/>
        <source>Blurs</source>
        <translation>Размытия</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="63"/>
        <source>Objects</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="64"/>
        <source>Open on mapillary.com</source>
        <translation>Открыть на mapillary.com</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="129"/>
        <source>Loading image {image}…</source>
        <translation>Загрузка изображения {image}…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="130"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="133"/>
        <source>Imagery Hub: Mapillary image {image}</source>
        <translation>Imagery Hub: изображение Mapillary {image}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="160"/>
        <source>%Ln detection(s) could not be read: not drawn</source>
        <translation>
            <numerusform>%Ln обнаружение не удалось прочитать: не нарисовано</numerusform>
            <numerusform>%Ln обнаружения не удалось прочитать: не нарисованы</numerusform>
            <numerusform>%Ln обнаружений не удалось прочитать: не нарисованы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="175"/>
        <source>The image could not be loaded</source>
        <translation>Не удалось загрузить изображение</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="181"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="182"/>
        <source>unknown date</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="184"/>
        <source>camera not recorded</source>
        <translation>камера не указана</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="188"/>
        <source>by &lt;b&gt;{creator}&lt;/b&gt;</source>
        <translation>автор &lt;b&gt;{creator}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="193"/>
        <source>heading {heading}°</source>
        <translation>азимут {heading}°</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="196"/>
        <source>altitude {altitude} m</source>
        <translation>высота {altitude} м</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="200"/>
        <source>&lt;small&gt;image {image}&lt;br&gt;sequence {sequence}&lt;/small&gt;</source>
        <translation>&lt;small&gt;изображение {image}&lt;br&gt;последовательность {sequence}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="204"/>
        <source>Detections: {list}</source>
        <translation>Обнаружения: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="207"/>
        <source>No detections</source>
        <translation>Обнаружений нет</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="262"/>
        <source>Comment posted on Mapillary</source>
        <translation>Комментарий опубликован в Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="264"/>
        <source>Mapillary comment</source>
        <translation>Комментарий Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="276"/>
        <source>Blur requested: Mapillary will review it</source>
        <translation>Размытие запрошено: Mapillary его проверит</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="278"/>
        <source>Mapillary blur request</source>
        <translation>Запрос на размытие в Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="283"/>
        <source>Image {image} reported to Mapillary</source>
        <translation>Жалоба на изображение {image} отправлена в Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="284"/>
        <source>Mapillary report</source>
        <translation>Жалоба в Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="80"/>
        <source>No image there: run a search or show the Mapillary coverage first</source>
        <translation>Там нет изображения: сначала выполните поиск или покажите покрытие Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="94"/>
        <source>No Mapillary image there: click closer to a point (zoom in to see them)</source>
        <translation>Там нет изображения Mapillary: щёлкните ближе к точке (увеличьте масштаб, чтобы их увидеть)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="99"/>
        <source>Imagery Hub: finding the Mapillary image</source>
        <translation>Imagery Hub: поиск изображения Mapillary</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="45"/>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="76"/>
        <source>{what} cancelled</source>
        <translation>{what}: отменено</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="76"/>
        <source>Operation cancelled</source>
        <translation>Операция отменена</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Network</name>
    <message>
        <location filename="../../core/network.py" line="36"/>
        <source>QGIS is set to use a SOCKS5 proxy, which this Python cannot speak (it lacks the PySocks package): nothing was sent. Install PySocks or choose an HTTP proxy in QGIS&apos;s Network settings</source>
        <translation>QGIS настроен на прокси SOCKS5, с которым этот Python работать не умеет (нет пакета PySocks): ничего не отправлено. Установите PySocks или выберите HTTP-прокси в сетевых настройках QGIS</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Panel</name>
    <message>
        <location filename="../../ui/dock.py" line="86"/>
        <source>Imagery Hub searches and downloads imagery from the services below. Add a key or token for each service you use.</source>
        <translation>Imagery Hub ищет и загружает снимки из перечисленных ниже сервисов. Добавьте ключ или токен для каждого сервиса, которым пользуетесь.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="97"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="102"/>
        <source>Help on the settings (opens the README)</source>
        <translation>Справка по настройкам (открывает README)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>✓ ready</source>
        <translation>✓ готов</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>not set up</source>
        <translation>не настроен</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="138"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="142"/>
        <source>Services and settings</source>
        <translation>Сервисы и настройки</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="68"/>
        <source>Filter the results…</source>
        <translation>Фильтр результатов…</translation>
    </message>
    <message>
        <location filename="../../ui/service_tab.py" line="45"/>
        <source>Draw or pick an area of interest first (top of the panel)</source>
        <translation>Сначала нарисуйте или выберите область интереса (в верхней части панели)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Plugin</name>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download selected Spexi images</source>
        <translation>Загрузить выбранные снимки Spexi</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Use as Mapflow AOI</source>
        <translation>Использовать как область интереса Mapflow</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>Запустить обработку Mapflow по выбранным объектам</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload to Mapflow</source>
        <translation>Выгрузить в Mapflow</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download Imago images for selected features</source>
        <translation>Загрузить снимки Imago для выбранных объектов</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload photos to Imago</source>
        <translation>Выгрузить фотографии в Imago</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="103"/>
        <source>Show or hide the Imagery Hub panel</source>
        <translation>Показать или скрыть панель Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="105"/>
        <source>Imagery Hub Settings…</source>
        <translation>Настройки Imagery Hub…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="110"/>
        <source>Imagery Hub: Draw Area of Interest</source>
        <translation>Imagery Hub: нарисовать область интереса</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="114"/>
        <source>Imagery Hub: Search in Current Tab</source>
        <translation>Imagery Hub: искать на текущей вкладке</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="130"/>
        <source>Use as Imagery Hub Area of Interest</source>
        <translation>Использовать как область интереса Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="137"/>
        <source>Render NDVI for this scene</source>
        <translation>Построить NDVI для этой сцены</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="125"/>
        <source>Search even when it needs many requests</source>
        <translation>Искать, даже если нужно много запросов</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="174"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation>{service} по адресу {url} (учётные данные из окружения)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="176"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation>{service} по адресу {url} (учётные данные из настроек)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="219"/>
        <source>Cancelled while writing the results</source>
        <translation>Отменено во время записи результатов</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="221"/>
        <source>Could not write a feature: {error}</source>
        <translation>Не удалось записать объект: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="32"/>
        <source>Download images</source>
        <translation>Загрузить изображения</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="33"/>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Variant / size</source>
        <translation>Вариант / размер</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>Downloads at once</source>
        <translation>Одновременных загрузок</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>Results with local paths</source>
        <translation>Результаты с локальными путями</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>Images downloaded</source>
        <translation>Загружено изображений</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Images not downloaded</source>
        <translation>Не загружено изображений</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="43"/>
        <source>Search EOSDA satellite scenes</source>
        <translation>Поиск спутниковых сцен EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="132"/>
        <source>Render an EOSDA scene</source>
        <translation>Отрисовать сцену EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="39"/>
        <source>Download Imago images</source>
        <translation>Загрузить изображения Imago</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="32"/>
        <source>Upload photos to Imago</source>
        <translation>Выгрузить фотографии в Imago</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="33"/>
        <source>Area of interest (polygon layer)</source>
        <translation>Область интереса (полигональный слой)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>Area of interest (extent)</source>
        <translation>Область интереса (охват)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="50"/>
        <source>Give the area either as a polygon layer (AOI) or as an extent (EXTENT), not both</source>
        <translation>Укажите область либо полигональным слоем (AOI), либо охватом (EXTENT), но не обоими</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="55"/>
        <source>The AOI layer has no polygon features (or none is selected)</source>
        <translation>В слое AOI нет полигональных объектов (или ни один не выбран)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="61"/>
        <source>The extent is empty: give xmin,xmax,ymin,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>Охват пуст: укажите xmin,xmax,ymin,ymax, где xmin &lt; xmax и ymin &lt; ymax</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="65"/>
        <source>Give an area of interest: a polygon layer (AOI) or an extent (EXTENT)</source>
        <translation>Укажите область интереса: полигональный слой (AOI) или охват (EXTENT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="84"/>
        <source>{value} is not a date: write it as YYYY-MM-DD</source>
        <translation>{value} — не дата: запишите её как ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="91"/>
        <source>{start_name} ({start}) is after {end_name} ({end}): swap them</source>
        <translation>{start_name} ({start}) позже {end_name} ({end}): поменяйте их местами</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="42"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation>Поиск в каталоге съёмки Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="75"/>
        <source>Run a Mapflow processing</source>
        <translation>Запустить обработку Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="25"/>
        <source>Search Mapillary images</source>
        <translation>Поиск изображений Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="72"/>
        <source>Search Spexi drone images</source>
        <translation>Поиск снимков с дронов Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="209"/>
        <source>Spexi views of a point</source>
        <translation>Виды точки в Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/access.py" line="92"/>
        <source>No {service} credentials: add them in Imagery Hub settings, or set {variable} for a headless run</source>
        <translation>Нет учётных данных {service}: добавьте их в настройках Imagery Hub или задайте {variable} для запуска без интерфейса</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="126"/>
        <source>A search estimated above {soft} requests (setting budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is always refused. Default: not set.</source>
        <translation>Поиск, оценённый более чем в {soft} запросов (настройка budget/soft_limit), отклоняется, если это не отмечено; свыше {hard} (budget/hard_limit) он отклоняется всегда. По умолчанию: не отмечено.</translation>
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
        <translation>&lt;p&gt;Загружает в папку изображения слоя, созданного одним из поисков Imagery Hub, и записывает слой заново с файлом каждого объекта в &lt;code&gt;local_path&lt;/code&gt;. Поля слоя показывают, какой поиск его создал: {kinds}. Только выбранные объекты, когда отмечено «Только выбранные объекты». Файлы загружаются по нескольку одновременно, докачиваются после обрыва соединения и никогда не остаются записанными наполовину; ошибка одного изображения не останавливает остальные (каждая указана в журнале).&lt;/p&gt;&lt;p&gt;Учётные данные — те же, что у сервиса, из которого получен слой, как при его поиске: настройки Imagery Hub или &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; и &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_URL&lt;/code&gt; при запуске без интерфейса (превью каталога Mapflow их не требуют).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Footprints or points written by an Imagery Hub search (in a GeoPackage or as the layer it made), with their fields unchanged.</source>
        <translation>Контуры или точки, записанные поиском Imagery Hub (в GeoPackage или как созданный им слой), с неизменёнными полями.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Which file of each image: best (the fullest the service offers), original, zoomed (Spexi), 2048, 1024 or 256 pixels wide (Mapillary thumbnails), or preview (Mapflow catalog).</source>
        <translation>Какой файл каждого изображения: best (самый полный, что предлагает сервис), original, zoomed (Spexi), 2048, 1024 или 256 пикселей в ширину (миниатюры Mapillary) или preview (каталог Mapflow).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Where the images are saved, named after the image id and the variant as the service&apos;s tab names them.</source>
        <translation>Куда сохраняются изображения, с именами по id изображения и варианту, как их называет вкладка сервиса.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>INPUT&apos;s features with the downloaded file of each in {field} (empty where none arrived).</source>
        <translation>Объекты INPUT с загруженным файлом каждого в {field} (пусто, где ничего не пришло).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>How many files arrived.</source>
        <translation>Сколько файлов пришло.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Features whose image did not arrive or that have none (each listed in the log).</source>
        <translation>Объекты, изображение которых не пришло или у которых его нет (каждый указан в журнале).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="100"/>
        <source>the layer has no features</source>
        <translation>в слое нет объектов</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="102"/>
        <source>Nothing to download in INPUT ({reasons})</source>
        <translation>Нечего загружать в INPUT ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="123"/>
        <source>Feature {fid}: {why}</source>
        <translation>Объект {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="126"/>
        <source>Cancelled: the layer lists the images that arrived</source>
        <translation>Отменено: слой перечисляет пришедшие изображения</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="129"/>
        <source>No image arrived: {error}</source>
        <translation>Не пришло ни одного изображения: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="45"/>
        <source>{images} come as {variants}, not {wanted}</source>
        <translation>{images} бывают {variants}, но не {wanted}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="65"/>
        <source>Spexi images</source>
        <translation>Изображения Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="75"/>
        <source>no {variant} link</source>
        <translation>нет ссылки {variant}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="87"/>
        <source>Mapillary images</source>
        <translation>Изображения Mapillary</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="106"/>
        <source>Mapflow catalog scenes</source>
        <translation>Сцены каталога Mapflow</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="115"/>
        <source>no picture preview ({kind})</source>
        <translation>нет превью-изображения ({kind})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="129"/>
        <source>EOSDA scenes</source>
        <translation>Сцены EOSDA</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="133"/>
        <source>EOSDA scenes are rendered rather than downloaded: use Render an EOSDA scene (imagery_hub:eosda_render) with a view_id of this layer</source>
        <translation>Сцены EOSDA отрисовываются, а не загружаются: используйте Отрисовать сцену EOSDA (imagery_hub:eosda_render) с view_id из этого слоя</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="147"/>
        <source>INPUT is not a layer of an Imagery Hub search: downloads work on {kinds}</source>
        <translation>INPUT — не слой поиска Imagery Hub: загрузка работает с {kinds}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="28"/>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="30"/>
        <source>Outputs</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="34"/>
        <source> and {variable} (the username; without it the key is an API token)</source>
        <translation> и {variable} (имя пользователя; без него ключ — это токен API)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="37"/>
        <source>The {service} credentials of the Imagery Hub settings (kept in the QGIS Authentication Manager) and its API URL. For headless runs set {key_variable}{extra}, and {url_variable} to use another server (a sandbox); a variable that is set wins over the settings.</source>
        <translation>Учётные данные {service} из настроек Imagery Hub (хранятся в менеджере аутентификации QGIS) и его URL API. Для запуска без интерфейса задайте {key_variable}{extra}, и {url_variable}, чтобы использовать другой сервер (песочницу); заданная переменная важнее настроек.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="41"/>
        <source>Credentials</source>
        <translation>Учётные данные</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="45"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="28"/>
        <source>Polygon layer whose features (only the selected ones when “Selected features only” is checked) form the area {what}. Any CRS; it is transformed to WGS 84.</source>
        <translation>Полигональный слой, объекты которого (только выбранные, когда отмечено «Только выбранные объекты») образуют область {what}. Любая СК; она преобразуется в WGS 84.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="32"/>
        <source>Give this or EXTENT.</source>
        <translation>Укажите это или EXTENT.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>A rectangle instead of a layer: the area {what}. On the command line “xmin,xmax,ymin,ymax [EPSG:4326]”.</source>
        <translation>Прямоугольник вместо слоя: область {what}. В командной строке «xmin,xmax,ymin,ymax [EPSG:4326]».</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>At most how many images are fetched at the same time: it starts at 4 and takes more while more make the download faster. Empty: the Imagery Hub setting (16 by default).</source>
        <translation>Наибольшее число изображений, загружаемых одновременно: начинается с 4 и растёт, пока это ускоряет загрузку. Пусто: настройка Imagery Hub (по умолчанию 16).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/download_images.py" line="116"/>
        <source>Downloading %Ln file(s) of {what} to {folder}, up to {at_once} at a time</source>
        <translation>
            <numerusform>Загрузка %Ln файла ({what}) в {folder}, до {at_once} одновременно</numerusform>
            <numerusform>Загрузка %Ln файлов ({what}) в {folder}, до {at_once} одновременно</numerusform>
            <numerusform>Загрузка %Ln файлов ({what}) в {folder}, до {at_once} одновременно</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="50"/>
        <source>Imagery inventory of an area</source>
        <translation>Инвентаризация съёмки области</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="51"/>
        <source>Imagery inventory</source>
        <translation>Инвентаризация съёмки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="95"/>
        <source>Give the layer of a search (INPUT)</source>
        <translation>Укажите слой поиска (INPUT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="149"/>
        <source>{parameter}: {error}</source>
        <translation>{parameter}: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="194"/>
        <source>Cancelled: {reason}</source>
        <translation>Отменено: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="40"/>
        <source>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA and Seequent Imago</source>
        <translation>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA и Seequent Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Progress</name>
    <message>
        <location filename="../../ui/task_progress.py" line="19"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/task_progress.py" line="63"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/sentences.py" line="36"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation>проверьте ключ или токен в настройках Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="37"/>
        <source>{requests}, {duration}</source>
        <translation>{requests}, {duration}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="39"/>
        <source>under a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="43"/>
        <source>draw a smaller area</source>
        <translation>нарисуйте область поменьше</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="44"/>
        <source>draw a smaller area or search around a point</source>
        <translation>нарисуйте область поменьше или ищите вокруг точки</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="46"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation>нарисуйте область поменьше или сузьте даты</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="48"/>
        <source>narrow the dates</source>
        <translation>сузьте даты</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="49"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation>Этому поиску в {service} нужно {cost} — всё равно искать?</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="51"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation>Области интереса нужно {cost} ({service} ищет не более чем за {limit} запросов): {advice}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="53"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation>Области интереса нужно {cost}: {advice}, или отметьте {parameter}, чтобы всё равно искать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="38"/>
        <source>about %Ln request(s)</source>
        <translation>
            <numerusform>около %Ln запроса</numerusform>
            <numerusform>около %Ln запросов</numerusform>
            <numerusform>около %Ln запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="40"/>
        <source>roughly %Ln minute(s)</source>
        <translation>
            <numerusform>примерно %Ln минута</numerusform>
            <numerusform>примерно %Ln минуты</numerusform>
            <numerusform>примерно %Ln минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="41"/>
        <source>roughly %Ln hour(s)</source>
        <translation>
            <numerusform>примерно %Ln час</numerusform>
            <numerusform>примерно %Ln часа</numerusform>
            <numerusform>примерно %Ln часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="42"/>
        <source>roughly %Ln day(s)</source>
        <translation>
            <numerusform>примерно %Ln день</numerusform>
            <numerusform>примерно %Ln дня</numerusform>
            <numerusform>примерно %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="55"/>
        <source>The answer from {host} was cut short</source>
        <translation>Ответ от {host} оборвался</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="56"/>
        <source>The service sent a response that is not valid JSON</source>
        <translation>Сервис прислал ответ, который не является корректным JSON</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="57"/>
        <source>The service sent an answer over {limit}; at most {limit} of JSON is accepted, so it was refused</source>
        <translation>Сервис прислал ответ больше {limit}; принимается не более {limit} JSON, поэтому он отклонён</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="59"/>
        <source>The service sent a {size} answer; at most {limit} of JSON is accepted, so it was refused</source>
        <translation>Сервис прислал ответ размером {size}; принимается не более {limit} JSON, поэтому он отклонён</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="61"/>
        <source>The area of interest is empty</source>
        <translation>Область интереса пуста</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="62"/>
        <source>The area of interest must be in longitude/latitude (EPSG:4326)</source>
        <translation>Область интереса должна быть в долготе/широте (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="64"/>
        <source>The area of interest must be a polygon with an area</source>
        <translation>Область интереса должна быть полигоном с ненулевой площадью</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="65"/>
        <source>its data does not match its checksum</source>
        <translation>его данные не совпадают с контрольной суммой</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="66"/>
        <source>it uses a compression method that cannot be read</source>
        <translation>в нём используется метод сжатия, который нельзя прочитать</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="68"/>
        <source>it is damaged</source>
        <translation>он повреждён</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="69"/>
        <source>its data is damaged</source>
        <translation>его данные повреждены</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="70"/>
        <source>it is encrypted</source>
        <translation>он зашифрован</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="71"/>
        <source>choose fewer services</source>
        <translation>выберите меньше сервисов</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="72"/>
        <source>The start date is after the end date</source>
        <translation>Дата начала позже даты окончания</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="73"/>
        <source>The start date is after the end date: swap them</source>
        <translation>Дата начала позже даты окончания: поменяйте их местами</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="74"/>
        <source>Download of {name} incomplete: received {got} bytes</source>
        <translation>Загрузка {name} не завершена: получено {got} байт</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="76"/>
        <source>Download of {name} is larger than announced ({have} &gt; {total} bytes)</source>
        <translation>Загрузка {name} больше заявленного размера ({have} &gt; {total} байт)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="78"/>
        <source>{name} in the download folder is a link or not a plain file; nothing was written to it</source>
        <translation>{name} в папке загрузок — ссылка или не обычный файл; в него ничего не записано</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="80"/>
        <source>Refused file name {name}: it points outside the download folder</source>
        <translation>Имя файла {name} отклонено: оно указывает за пределы папки загрузок</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="82"/>
        <source>A level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="83"/>
        <source>A threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="84"/>
        <source>The world-file archive from EOSDA holds {names}; expected an image and its world file</source>
        <translation>Архив с файлом привязки от EOSDA содержит {names}; ожидались изображение и его файл привязки</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="86"/>
        <source>The archive from EOSDA unpacks to more than 2 GB; refused</source>
        <translation>Архив от EOSDA после распаковки больше 2 ГБ; отклонён</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="88"/>
        <source>The zip archive EOSDA sent cannot be unpacked: {why}</source>
        <translation>ZIP-архив от EOSDA не удаётся распаковать: {why}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="90"/>
        <source>The band combination {expression} may only use band names, numbers, + - * / ( ) and commas</source>
        <translation>Комбинация каналов {expression} может содержать только имена каналов, числа, + - * / ( ) и запятые</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="92"/>
        <source>The band combination (bm_type) is empty: pick a preset or type an expression</source>
        <translation>Комбинация каналов (bm_type) пуста: выберите предустановку или введите выражение</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="94"/>
        <source>The band combination {expression} has an empty part between commas</source>
        <translation>В комбинации каналов {expression} есть пустая часть между запятыми</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="96"/>
        <source>The band combination {expression} has unbalanced parentheses</source>
        <translation>В комбинации каналов {expression} не сбалансированы скобки</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="98"/>
        <source>calibrate must be 0 or 1, not {value}</source>
        <translation>calibrate должен быть 0 или 1, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="99"/>
        <source>Cloud cover limits must be numbers (0–100 %)</source>
        <translation>Пределы облачности должны быть числами (0–100 %)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="100"/>
        <source>Cloud cover limits must satisfy 0 ≤ from ≤ to ≤ 100 %</source>
        <translation>Пределы облачности должны удовлетворять 0 ≤ от ≤ до ≤ 100 %</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="102"/>
        <source>{colormap} is not a colormap id</source>
        <translation>{colormap} — не идентификатор цветовой шкалы</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="103"/>
        <source>Use either a colormap or range colours, not both</source>
        <translation>Используйте либо цветовую шкалу, либо цвета по диапазонам, но не оба</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="105"/>
        <source>colors_limit must be a whole number of 2 or more colours</source>
        <translation>colors_limit должен быть целым числом цветов, не меньше 2</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="107"/>
        <source>Colours are written #rrggbb; {colour} is not</source>
        <translation>Цвета записываются как #rrggbb; {colour} записан иначе</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="108"/>
        <source>{thresholds} thresholds make {ranges} ranges: give {ranges} colours (now {colours})</source>
        <translation>Порогов: {thresholds}, диапазонов: {ranges}; укажите цветов: {ranges} (сейчас {colours})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="110"/>
        <source>The area of interest polygon needs at least three corners</source>
        <translation>Полигону области интереса нужно не меньше трёх вершин</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="112"/>
        <source>Unknown dataset {dataset}: use one of {datasets}</source>
        <translation>Неизвестный набор данных {dataset}: используйте один из {datasets}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="113"/>
        <source>{name} must be a date (YYYY-MM-DD), not {value}</source>
        <translation>{name} должно быть датой (ГГГГ-ММ-ДД), а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="114"/>
        <source>The start date {start} is after the end date {end}</source>
        <translation>Дата начала {start} позже даты окончания {end}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="116"/>
        <source>Downloading the rendered image</source>
        <translation>Загрузка отрисованного изображения</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="172"/>
        <source>{what} must be a finite number</source>
        <translation>«{what}» должно быть конечным числом</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="118"/>
        <source>A {pixel} m pixel gives a {width} × {height} px image; the largest side may be {limit} px: choose a larger pixel size or a smaller area</source>
        <translation>Пиксель {pixel} м даёт изображение {width} × {height} пикс.; наибольшая сторона может быть не больше {limit} пикс.: выберите пиксель крупнее или область меньше</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="121"/>
        <source>levels are two numbers: low,high</source>
        <translation>levels — это два числа: низкий,высокий</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="122"/>
        <source>The low level ({low}) must be below the high level ({high})</source>
        <translation>Нижний уровень ({low}) должен быть ниже верхнего ({high})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="124"/>
        <source>limit must be 1 to 500 scenes per page</source>
        <translation>limit должен быть от 1 до 500 сцен на страницу</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="125"/>
        <source>An EOSDA API key is needed: add it in Imagery Hub settings</source>
        <translation>Нужен ключ API EOSDA: добавьте его в настройках Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="127"/>
        <source>EOSDA sent no preview for this scene</source>
        <translation>EOSDA не прислал превью этой сцены</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="128"/>
        <source>EOSDA did not return a task id</source>
        <translation>EOSDA не вернул идентификатор задачи</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="190"/>
        <source>{what} must be a number, not {value}</source>
        <translation>«{what}» должно быть числом, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="130"/>
        <source>{name} must be one of {allowed}, not {value}</source>
        <translation>{name} должен быть одним из {allowed}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="131"/>
        <source>Download visual takes one Polygon, not {kind}: use a single-part area of interest</source>
        <translation>Download visual принимает один полигон, а не {kind}: используйте одночастную область интереса</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="133"/>
        <source>pansharpening must be true or false</source>
        <translation>pansharpening должен быть true или false</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="134"/>
        <source>Pick a scene first (view_id is empty)</source>
        <translation>Сначала выберите сцену (view_id пуст)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="135"/>
        <source>The pixel size must be more than 0 m</source>
        <translation>Размер пикселя должен быть больше 0 м</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="136"/>
        <source>Search needs a polygon area of interest</source>
        <translation>Для поиска нужна полигональная область интереса</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="137"/>
        <source>The scene preview is larger than a preview should be</source>
        <translation>Превью сцены больше, чем должно быть превью</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="139"/>
        <source>Range colourisation needs both colours and thresholds</source>
        <translation>Для окраски по диапазонам нужны и цвета, и пороги</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="141"/>
        <source>The render failed: {reason}</source>
        <translation>Отрисовка не удалась: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="142"/>
        <source>The render failed: no reason given</source>
        <translation>Отрисовка не удалась: причина не указана</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="143"/>
        <source>EOSDA did not finish the render within {seconds} s (task_timeout); try again later</source>
        <translation>EOSDA не закончил отрисовку за {seconds} с (task_timeout); попробуйте позже</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="145"/>
        <source>EOSDA is rendering ({status}, check {check})</source>
        <translation>EOSDA выполняет отрисовку ({status}, проверка {check})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="146"/>
        <source>shapeRelation must be one of {relations}</source>
        <translation>shapeRelation должен быть одним из {relations}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="147"/>
        <source>Sort by one of {fields}, asc or desc</source>
        <translation>Сортируйте по одному из {fields}, asc или desc</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="148"/>
        <source>EOSDA sent a task status that is not valid JSON</source>
        <translation>EOSDA прислал статус задачи, который не является корректным JSON</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="150"/>
        <source>The pixel size</source>
        <translation>Размер пикселя</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="151"/>
        <source>Give at least one threshold for range colours</source>
        <translation>Укажите хотя бы один порог для цветов по диапазонам</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="152"/>
        <source>Thresholds must increase from left to right</source>
        <translation>Пороги должны возрастать слева направо</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="153"/>
        <source>EOSDA sent an unknown kind of file where {expected} was expected</source>
        <translation>EOSDA прислал файл неизвестного типа, хотя ожидался {expected}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="155"/>
        <source>EOSDA sent {kind} where {expected} was expected</source>
        <translation>EOSDA прислал {kind}, хотя ожидался {expected}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="156"/>
        <source>{host} redirected a request with a body to {target}; it was not sent there</source>
        <translation>{host} перенаправил запрос с телом на {target}; туда он не отправлен</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="158"/>
        <source>{host} redirected more than {count} times; the request was stopped</source>
        <translation>{host} перенаправлял больше {count} раз; запрос остановлен</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="160"/>
        <source>Give both x and y</source>
        <translation>Укажите и x, и y</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="161"/>
        <source>Choose the collection</source>
        <translation>Выберите коллекцию</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="162"/>
        <source>Choose the image type</source>
        <translation>Выберите тип изображения</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="163"/>
        <source>Choose the imagery type</source>
        <translation>Выберите тип съёмки</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="164"/>
        <source>The end depth ({end}) is above the start depth ({start})</source>
        <translation>Конечная глубина ({end}) выше начальной ({start})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="166"/>
        <source>elevation</source>
        <translation>высота</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="167"/>
        <source>An elevation needs x and y</source>
        <translation>Для высоты нужны x и y</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="168"/>
        <source>end depth</source>
        <translation>конечная глубина</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="169"/>
        <source>An end depth needs a start depth</source>
        <translation>Для конечной глубины нужна начальная</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="170"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="171"/>
        <source>{name}: cannot be read ({why})</source>
        <translation>{name}: не удаётся прочитать ({why})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="173"/>
        <source>baseline JPEG, {width} × {height} px</source>
        <translation>базовый JPEG, {width} × {height} пикс.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="174"/>
        <source>the file ends inside its header</source>
        <translation>файл обрывается внутри заголовка</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="175"/>
        <source>{format}, {width} × {height} px</source>
        <translation>{format}, {width} × {height} пикс.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="176"/>
        <source>JPEG without a frame header</source>
        <translation>JPEG без заголовка кадра</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="177"/>
        <source>JPEG markers are out of order</source>
        <translation>маркеры JPEG идут не по порядку</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="178"/>
        <source>JPEG segment with an impossible length</source>
        <translation>сегмент JPEG с невозможной длиной</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="179"/>
        <source>not a PNG, JPEG or TIFF image</source>
        <translation>не изображение PNG, JPEG или TIFF</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="180"/>
        <source>PNG without an IHDR header</source>
        <translation>PNG без заголовка IHDR</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="181"/>
        <source>progressive JPEG, {width} × {height} px</source>
        <translation>прогрессивный JPEG, {width} × {height} пикс.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="182"/>
        <source>TIFF without image width and length</source>
        <translation>TIFF без ширины и высоты изображения</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="183"/>
        <source>The height must be a whole number of pixels from 1 to {limit}</source>
        <translation>Высота должна быть целым числом пикселей от 1 до {limit}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="185"/>
        <source>Name the imagery: by its name, its depth interval or its id</source>
        <translation>Укажите съёмку: по имени, интервалу глубин или идентификатору</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="187"/>
        <source>Imago needs a username and password, or an API token</source>
        <translation>Imago нужны имя пользователя и пароль или токен API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="189"/>
        <source>Imago signed in without giving a session token</source>
        <translation>Imago выполнил вход, не выдав токен сеанса</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="191"/>
        <source>Name the imagery one way only, not by {ways}</source>
        <translation>Укажите съёмку только одним способом, а не по {ways}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="192"/>
        <source>{image} is {megapixels} megapixels; Imago takes progressive JPEG up to 500 megapixels (save it as baseline JPEG or PNG)</source>
        <translation>{image} — {megapixels} мегапикселей; Imago принимает прогрессивный JPEG до 500 мегапикселей (сохраните как базовый JPEG или PNG)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="195"/>
        <source>{image}: the image declares no pixels</source>
        <translation>{image}: в изображении не указано ни одного пикселя</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="196"/>
        <source>{image} is larger than Imago's limit of 65,500 × 65,500 px</source>
        <translation>{image} больше предела Imago в 65 500 × 65 500 пикс.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="198"/>
        <source>{format} ({mime}) is not accepted; Imago takes {names}</source>
        <translation>{format} ({mime}) не принимается; Imago принимает {names}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="200"/>
        <source>Signing in needs a username and password</source>
        <translation>Для входа нужны имя пользователя и пароль</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="201"/>
        <source>start depth</source>
        <translation>начальная глубина</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="202"/>
        <source>The Imago account holds more than {limit} collections: search it from the Imago tab</source>
        <translation>В учётной записи Imago больше {limit} коллекций: ищите на вкладке Imago</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="204"/>
        <source>Imago accepted the upload but did not say which image it made</source>
        <translation>Imago принял загрузку, но не сообщил, какое изображение создал</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="206"/>
        <source>Say where the image belongs: an imagery name, a depth or a location</source>
        <translation>Укажите, куда относится изображение: имя съёмки, глубина или местоположение</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="208"/>
        <source>The width must be a whole number of pixels from 1 to {limit}</source>
        <translation>Ширина должна быть целым числом пикселей от 1 до {limit}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="210"/>
        <source>cell {cell} of {cells}, {images} images</source>
        <translation>ячейка {cell} из {cells}, изображений: {images}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="211"/>
        <source>{done} of {total} cells, {images} images</source>
        <translation>ячеек {done} из {total}, изображений: {images}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="212"/>
        <source>{images} images</source>
        <translation>изображений: {images}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="213"/>
        <source>{count} of {total} images</source>
        <translation>изображений {count} из {total}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="214"/>
        <source>{collections} collections, {placed} imagery placed</source>
        <translation>коллекций: {collections}, размещено съёмок: {placed}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="215"/>
        <source>{count} of {found} scenes</source>
        <translation>{count} из {found} сцен</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="216"/>
        <source>The area is {area} but only {left} remain on the Mapflow account: draw a smaller area</source>
        <translation>Площадь области {area}, но на счёте Mapflow осталось только {left}: нарисуйте область меньше</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="218"/>
        <source>The catalog searches an area: draw a polygon or rectangle</source>
        <translation>Каталог ищет по области: нарисуйте полигон или прямоугольник</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="220"/>
        <source>A catalog image needs its provider and image id</source>
        <translation>Для изображения из каталога нужны его поставщик и идентификатор изображения</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="222"/>
        <source>The processing costs {cost} credits but only {left} remain on the Mapflow account</source>
        <translation>Обработка стоит {cost} кредитов, но на счёте Mapflow осталось только {left}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="224"/>
        <source>{name} is empty</source>
        <translation>{name} пуст</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="235"/>
        <source>The image name cannot be empty</source>
        <translation>Имя изображения не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="236"/>
        <source>The image name is longer than 255 characters</source>
        <translation>Имя изображения длиннее 255 символов</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="238"/>
        <source>A linked image is named by its s3:// URL</source>
        <translation>Связанное изображение указывается его URL s3://</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="239"/>
        <source>The mosaic name cannot be empty</source>
        <translation>Имя мозаики не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="240"/>
        <source>The mosaic name is longer than 255 characters</source>
        <translation>Имя мозаики длиннее 255 символов</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="242"/>
        <source>The name cannot be empty</source>
        <translation>Имя не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="243"/>
        <source>The name is longer than 255 characters</source>
        <translation>Имя длиннее 255 символов</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="244"/>
        <source>Mapflow sent no download link for the image</source>
        <translation>Mapflow не прислал ссылку для загрузки изображения</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="246"/>
        <source>{name} does not exist or is not a file</source>
        <translation>{name} не существует или не является файлом</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="247"/>
        <source>The Mapflow catalog sent no list of images</source>
        <translation>Каталог Mapflow не прислал список изображений</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="248"/>
        <source>Mapflow did not say which mosaic it made</source>
        <translation>Mapflow не сообщил, какую мозаику создал</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="250"/>
        <source>This image has no picture preview</source>
        <translation>У этого изображения нет превью-изображения</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="251"/>
        <source>A Mapflow API token is needed: add it in Imagery Hub settings</source>
        <translation>Нужен токен API Mapflow: добавьте его в настройках Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="253"/>
        <source>{name} is not a GeoTIFF: Mapflow takes GeoTIFF images only</source>
        <translation>{name} — не GeoTIFF: Mapflow принимает только изображения GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="255"/>
        <source>Pick a model</source>
        <translation>Выберите модель</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="256"/>
        <source>Pick a mosaic first</source>
        <translation>Сначала выберите мозаику</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="257"/>
        <source>Pick an imagery provider</source>
        <translation>Выберите поставщика снимков</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="262"/>
        <source>A polygon of the area is {area}, more than the {limit} Mapflow accepts per area: draw a smaller one</source>
        <translation>Полигон области имеет площадь {area}, больше {limit}, которые Mapflow принимает на область: нарисуйте меньше</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="265"/>
        <source>The preview link is not an http(s) URL</source>
        <translation>Ссылка на превью — не URL http(s)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="266"/>
        <source>Preview size is s or l, not {size}</source>
        <translation>Размер превью — s или l, а не {size}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="267"/>
        <source>The area of a processing must be a polygon or several polygons</source>
        <translation>Область обработки должна быть полигоном или несколькими полигонами</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="269"/>
        <source>Give the processing a name</source>
        <translation>Дайте обработке имя</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="270"/>
        <source>Processing {id} did not end within {minutes} minutes; it goes on in Mapflow</source>
        <translation>Обработка {id} не завершилась за {minutes} мин; она продолжается в Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="272"/>
        <source>Give the project a name</source>
        <translation>Дайте проекту имя</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="273"/>
        <source>The area is {area} km² but Mapflow searches at most {limit} km² (the account's limit per area): draw a smaller one</source>
        <translation>Площадь области {area} км², но Mapflow ищет не более чем по {limit} км² (предел учётной записи на область): нарисуйте меньше</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="276"/>
        <source>Mapflow storage has {free} free ({usage}) but the upload is {size}: delete images or mosaics first</source>
        <translation>В хранилище Mapflow свободно {free} ({usage}), а загрузка занимает {size}: сначала удалите изображения или мозаики</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="281"/>
        <source>The imagery URL must start with http:// or https://</source>
        <translation>URL снимков должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="283"/>
        <source>Enter the URL of the imagery tiles</source>
        <translation>Введите URL тайлов снимков</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="284"/>
        <source>The area has {count} polygons but Mapflow takes at most {limit} per processing: select fewer features</source>
        <translation>В области {count} полигонов, но Mapflow принимает не больше {limit} на обработку: выберите меньше объектов</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="287"/>
        <source>Mapflow accepted the upload but did not say which image it made</source>
        <translation>Mapflow принял загрузку, но не сообщил, какое изображение создал</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="289"/>
        <source>Mapflow accepted the upload but sent no URL for it</source>
        <translation>Mapflow принял загрузку, но не прислал для неё URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="291"/>
        <source>An uploaded image is referenced by the s3:// URL the upload returned</source>
        <translation>Загруженное изображение указывается URL s3://, который вернула загрузка</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="293"/>
        <source>Zoom must be a whole number from 0 to 22, not {zoom}</source>
        <translation>Масштаб должен быть целым числом от 0 до 22, а не {zoom}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="294"/>
        <source>The Mapillary bbox limit must be a positive number of degrees</source>
        <translation>Предел bbox Mapillary должен быть положительным числом градусов</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="296"/>
        <source>Drag a rectangle on the image to choose what to blur</source>
        <translation>Растяните прямоугольник на изображении, чтобы выбрать, что размыть</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="298"/>
        <source>A blur rectangle must lie inside the image</source>
        <translation>Прямоугольник размытия должен лежать внутри изображения</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="299"/>
        <source>The blur rectangle is too small: drag a larger one</source>
        <translation>Прямоугольник размытия слишком мал: растяните больше</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="301"/>
        <source>Write a comment first</source>
        <translation>Сначала напишите комментарий</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="302"/>
        <source>Not an image key: {key}</source>
        <translation>Не ключ изображения: {key}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="303"/>
        <source>The Mapillary limit per request is 1 to {limit}</source>
        <translation>Предел Mapillary на запрос — от 1 до {limit}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="304"/>
        <source>A Mapillary v2 client id is needed: add it in Imagery Hub settings</source>
        <translation>Нужен client id Mapillary v2: добавьте его в настройках Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="306"/>
        <source>Mapillary has no {size} image for {id}</source>
        <translation>У Mapillary нет изображения {size} для {id}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="307"/>
        <source>Mapillary did not give the size of image {id}</source>
        <translation>Mapillary не сообщил размер изображения {id}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="308"/>
        <source>A Mapillary access token is needed: add it in Imagery Hub settings</source>
        <translation>Нужен токен доступа Mapillary: добавьте его в настройках Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="310"/>
        <source>Posting to Mapillary v2 needs a user token: add it in Imagery Hub settings</source>
        <translation>Для отправки в Mapillary v2 нужен токен пользователя: добавьте его в настройках Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="312"/>
        <source>Not a date: {value}</source>
        <translation>Не дата: {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="313"/>
        <source>Say why the image should be reported</source>
        <translation>Укажите, почему на изображение нужно пожаловаться</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="314"/>
        <source>Unknown thumbnail size {size}: one of {sizes}</source>
        <translation>Неизвестный размер миниатюры {size}: один из {sizes}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="316"/>
        <source>A Mapillary username has no spaces or commas</source>
        <translation>Имя пользователя Mapillary не содержит пробелов и запятых</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="337"/>
        <source>The preview is larger than a preview should be</source>
        <translation>Превью больше, чем должно быть превью</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="338"/>
        <source>bbox must be (min lon, min lat, max lon, max lat)</source>
        <translation>bbox должен быть (мин. долгота, мин. широта, макс. долгота, макс. широта)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="339"/>
        <source>bbox {bbox} has no width or height at 6 decimals (about 0.1 m): min must be below max; draw a larger box</source>
        <translation>bbox {bbox} не имеет ширины или высоты при 6 знаках после запятой (около 0,1 м): минимум должен быть меньше максимума; нарисуйте прямоугольник больше</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="342"/>
        <source>bbox must be (min lon, min lat, max lon, max lat) in EPSG:4326</source>
        <translation>bbox должен быть (мин. долгота, мин. широта, макс. долгота, макс. широта) в EPSG:4326</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="344"/>
        <source>capture_type {wrong} is not one of {types}</source>
        <translation>capture_type {wrong} не входит в {types}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="345"/>
        <source>choose at least one capture type: {types}</source>
        <translation>выберите хотя бы один тип съёмки: {types}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="346"/>
        <source>captured_at {value} is not a date: write it as 2023-01-01, 2023-01-01T12:00:00Z or Jan 1, 2023</source>
        <translation>captured_at {value} — не дата: запишите как 2023-01-01, 2023-01-01T12:00:00Z или Jan 1, 2023</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="348"/>
        <source>captured_at must be one date or a (start, end) pair</source>
        <translation>captured_at должен быть одной датой или парой (начало, конец)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="349"/>
        <source>captured_at {text} would not be read as a range</source>
        <translation>captured_at {text} не будет прочитан как интервал</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="350"/>
        <source>captured_at {date} is before {year}: check the year</source>
        <translation>captured_at {date} раньше {year}: проверьте год</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="351"/>
        <source>captured_at starts ({start}) after it ends ({end})</source>
        <translation>captured_at начинается ({start}) после окончания ({end})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="353"/>
        <source>focused must be True or False</source>
        <translation>focused должен быть True или False</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="354"/>
        <source>polygon is not valid (it crosses itself): draw it again</source>
        <translation>полигон некорректен (самопересекается): нарисуйте его заново</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="356"/>
        <source>limit must be a whole number from 1 to {limit}, not {value}</source>
        <translation>limit должен быть целым числом от 1 до {limit}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="358"/>
        <source>A Spexi API key is needed: add it in Imagery Hub settings</source>
        <translation>Нужен ключ API Spexi: добавьте его в настройках Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="360"/>
        <source>Spexi image {id} has no {variant} link</source>
        <translation>У изображения Spexi {id} нет ссылки {variant}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="361"/>
        <source>Spexi answered a search with something other than a FeatureCollection</source>
        <translation>Spexi ответил на поиск не FeatureCollection, а чем-то другим</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="363"/>
        <source>{parameter} must be a number, not {value}</source>
        <translation>{parameter} должен быть числом, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="364"/>
        <source>polygon must be one polygon, not {kind}: split multi-part areas (search_area does it)</source>
        <translation>polygon должен быть одним полигоном, а не {kind}: разделите многочастные области (search_area это делает)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="366"/>
        <source>{parameter} {value} is outside {interval}</source>
        <translation>{parameter} {value} вне {interval}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="367"/>
        <source>p must be (longitude, latitude) or (longitude, latitude, radius in metres)</source>
        <translation>p должен быть (долгота, широта) или (долгота, широта, радиус в метрах)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="369"/>
        <source>p {lon}, {lat} is not a longitude/latitude: use EPSG:4326 coordinates</source>
        <translation>p {lon}, {lat} — не долгота/широта: используйте координаты EPSG:4326</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="371"/>
        <source>polygon's bounding box is {area} km², more than the {limit} km² Spexi accepts: search a smaller area (search_area splits larger ones)</source>
        <translation>охватывающий прямоугольник полигона — {area} км², больше {limit} км², которые принимает Spexi: ищите по области меньше (search_area делит более крупные)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="374"/>
        <source>polygon must be in longitude/latitude (EPSG:4326)</source>
        <translation>polygon должен быть в долготе/широте (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="376"/>
        <source>p radius cannot be negative</source>
        <translation>радиус p не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="377"/>
        <source>{parameter} must be one value or a (minimum, maximum) pair</source>
        <translation>{parameter} должен быть одним значением или парой (минимум, максимум)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="379"/>
        <source>{parameter} range minimum {low} is above its maximum {high}</source>
        <translation>минимум диапазона {parameter} {low} больше его максимума {high}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="381"/>
        <source>polygon could not be shortened for the URL: draw it with fewer vertices</source>
        <translation>полигон не удалось сократить для URL: нарисуйте его с меньшим числом вершин</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="383"/>
        <source>Unknown Spexi image variant {variant}: use original or zoomed</source>
        <translation>Неизвестный вариант изображения Spexi {variant}: используйте original или zoomed</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="385"/>
        <source>A Spexi search needs a point (p), a bbox or a polygon</source>
        <translation>Для поиска Spexi нужна точка (p), bbox или полигон</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="386"/>
        <source>{parameter} is not valid WKT</source>
        <translation>{parameter} — некорректный WKT</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="387"/>
        <source>{host} did not finish within {minutes} minutes (the download deadline); the download of {name} was stopped</source>
        <translation>{host} не закончил за {minutes} мин (предельное время загрузки); загрузка остановлена ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="390"/>
        <source>{host} sent nothing for {seconds} s; the download of {name} was stopped</source>
        <translation>{host} ничего не присылал {seconds} с; загрузка остановлена ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="392"/>
        <source>{host} sent less than {speed} for {window}; the download of {name} was stopped</source>
        <translation>{host} присылал меньше {speed} в течение {window}; загрузка остановлена ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="394"/>
        <source>the answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="395"/>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="396"/>
        <source>{what} {origin} is plain http: keys would travel unencrypted, so only https:// is accepted (http only on this machine: localhost, 127.0.0.1)</source>
        <translation>{what} {origin} — простой http: ключи передавались бы без шифрования, поэтому принимается только https:// (http только на этом компьютере: localhost, 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="399"/>
        <source>{what} must start with http:// or https:// and name a host: {url}</source>
        <translation>{what} должен начинаться с http:// или https:// и указывать хост: {url}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="249"/>
        <source>Mapflow sent no page of {what}</source>
        <translation>Mapflow не прислал страницу списка ({what})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="317"/>
        <source>Not a readable vector tile: {detail}</source>
        <translation>Нечитаемый векторный тайл: {detail}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="321"/>
        <source>catalog results</source>
        <translation>результаты каталога</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="322"/>
        <source>images of a cell</source>
        <translation>изображения ячейки</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="323"/>
        <source>collections</source>
        <translation>коллекции</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="324"/>
        <source>imagery</source>
        <translation>съёмки</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="325"/>
        <source>processings</source>
        <translation>обработки</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="326"/>
        <source>projects</source>
        <translation>проекты</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="327"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service sent a link to a page it had already sent</source>
        <translation>Список ({what}) остановлен после {pages} страниц и может быть неполным: сервис прислал ссылку на уже присланную страницу</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="330"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service sent the same items again</source>
        <translation>Список ({what}) остановлен после {pages} страниц и может быть неполным: сервис снова прислал те же элементы</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="333"/>
        <source>search results</source>
        <translation>результаты поиска</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="334"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service kept sending pages past {limit}</source>
        <translation>Список ({what}) остановлен после {pages} страниц и может быть неполным: сервис продолжал присылать страницы сверх {limit}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="225"/>
        <source>AOI intersection</source>
        <translation>пересечение с областью</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="226"/>
        <source>The {name} must be from 0 to {top} {unit}, not {value}</source>
        <translation>«{name}» должно быть от 0 до {top} {unit}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="228"/>
        <source>cloud cover</source>
        <translation>облачность</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="229"/>
        <source>off-nadir angle</source>
        <translation>угол отклонения от надира</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="230"/>
        <source>The {name} must be 0 or more {unit}, not {value}</source>
        <translation>«{name}» должно быть не меньше 0 {unit}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="232"/>
        <source>resolution</source>
        <translation>разрешение</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="233"/>
        <source>The smallest {name} ({low} {unit}) is above the largest ({high} {unit})</source>
        <translation>«{name}»: минимум ({low} {unit}) больше максимума ({high} {unit})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="258"/>
        <source>A {kind} URL needs the placeholders {placeholders}; {missing} is missing</source>
        <translation>URL {kind} должен содержать подстановки {placeholders}; не хватает {missing}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="260"/>
        <source>A {kind} URL needs the placeholders {placeholders}; {missing} are missing</source>
        <translation>URL {kind} должен содержать подстановки {placeholders}; не хватает {missing}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="279"/>
        <source>Unknown tile source type {kind}: use XYZ, TMS or Quadkey</source>
        <translation>Неизвестный тип источника тайлов {kind}: используйте XYZ, TMS или Quadkey</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="318"/>
        <source>Request to {host} failed</source>
        <translation>Запрос к {host} не удался</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="319"/>
        <source>No answer from {host} in time</source>
        <translation>{host} не ответил вовремя</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="320"/>
        <source>Could not reach {host}</source>
        <translation>Не удалось связаться с {host}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Registry</name>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API token</source>
        <translation>Токен API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 client id</source>
        <translation>ID клиента v2</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 user token</source>
        <translation>Токен пользователя v2</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Password or API token</source>
        <translation>Пароль или токен API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API URL</source>
        <translation>URL API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Graph API URL</source>
        <translation>URL Graph API</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Tiles URL</source>
        <translation>URL тайлов</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 API URL</source>
        <translation>URL API v2</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Create a key in Spexi World (world.spexi.com): Settings → API Keys.</source>
        <translation>Создайте ключ в Spexi World (world.spexi.com): Settings → API Keys.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Register an app at mapillary.com/dashboard/developers for its client token.</source>
        <translation>Зарегистрируйте приложение на mapillary.com/dashboard/developers, чтобы получить его клиентский токен.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Copy the API token from app.mapflow.ai/account/api.</source>
        <translation>Скопируйте токен API на app.mapflow.ai/account/api.</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Find the API key in your EOSDA API Connect account (api-connect.eos.com).</source>
        <translation>Ключ API находится в вашей учётной записи EOSDA API Connect (api-connect.eos.com).</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Use a Seequent service account (ask for one through MySeequent support).</source>
        <translation>Используйте служебную учётную запись Seequent (запросите её через поддержку MySeequent).</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Settings</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Default: {url}</source>
        <translation>По умолчанию: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Test connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>Imagery Hub: testing {service}</source>
        <translation>Imagery Hub: проверка {service}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Imagery Hub Settings</source>
        <translation>Настройки Imagery Hub</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Where result GeoPackages go while the project is unsaved; a saved project keeps them in an imagery_hub folder beside it</source>
        <translation>Куда сохраняются GeoPackage с результатами, пока проект не сохранён; сохранённый проект хранит их в папке imagery_hub рядом с собой</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Download folder</source>
        <translation>Папка загрузок</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Workspace folder</source>
        <translation>Рабочая папка</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Parallel transfers</source>
        <translation>Параллельные передачи</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Heading from (°)</source>
        <translation>Курс от (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Heading to (°)</source>
        <translation>Курс до (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Altitude from (m)</source>
        <translation>Высота от (м)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Altitude to (m)</source>
        <translation>Высота до (м)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>Lowest pitch (°)</source>
        <translation>Наименьший наклон (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>Highest pitch (°)</source>
        <translation>Наибольший наклон (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="51"/>
        <source>Captured from</source>
        <translation>Снято с</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="53"/>
        <source>Captured until</source>
        <translation>Снято по</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="93"/>
        <source>Camera pitch</source>
        <translation>Наклон камеры</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="108"/>
        <source>Capture types</source>
        <translation>Типы съёмки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="115"/>
        <source>Focused on the area</source>
        <translation>С фокусом на области</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Maximum images</source>
        <translation>Максимум изображений</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="126"/>
        <source>Spexi footprints</source>
        <translation>Контуры Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="130"/>
        <source>Spexi camera positions</source>
        <translation>Положения камеры Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="134"/>
        <source>Images found</source>
        <translation>Найдено изображений</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="136"/>
        <source>Cells searched</source>
        <translation>Просмотрено ячеек</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="224"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="228"/>
        <source>Spexi views</source>
        <translation>Виды Spexi</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="232"/>
        <source>Views found</source>
        <translation>Найдено видов</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>The camera's compass direction, 0° north, 90° east. Give HEADING_MIN and HEADING_MAX together. Empty: any.</source>
        <translation>Направление камеры по компасу, 0° — север, 90° — восток. Укажите HEADING_MIN и HEADING_MAX вместе. Пусто: любое.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>The drone&apos;s height above the ground. Give ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.</source>
        <translation>Высота дрона над землёй. Укажите ALTITUDE_MIN и ALTITUDE_MAX вместе. Пусто: любая.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>With PITCH range: the lowest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>С PITCH range: наименьший наклон камеры, от −135° до 45° (−90° — взгляд прямо вниз).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>With PITCH range: the highest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>С PITCH range: наибольший наклон камеры, от −135° до 45° (−90° — взгляд прямо вниз).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="51"/>
        <source>First capture day (UTC, included). Empty: no limit.</source>
        <translation>Первый день съёмки (UTC, включительно). Пусто: без ограничения.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="53"/>
        <source>Last capture day (UTC, included). Empty: today when DATE_FROM is given, else no limit.</source>
        <translation>Последний день съёмки (UTC, включительно). Пусто: сегодня, если указан DATE_FROM, иначе без ограничения.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="62"/>
        <source>Give DATE_FROM as well: the first day of the captures</source>
        <translation>Укажите и DATE_FROM: первый день съёмки</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="78"/>
        <source>
&lt;p&gt;Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that &lt;i&gt;Download images&lt;/i&gt; fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Находит снимки с дронов Spexi над областью с фильтрами вкладки Spexi (наклон, курс и высота камеры, даты и типы съёмки) и записывает два слоя: контуры (что показывает каждый снимок) и положения камеры, с id изображения, рангом, типом и временем съёмки, курсом, наклоном, креном, высотой, расстоянием, ссылками на исходные и увеличенные изображения и пустым local_path, который заполняет &lt;i&gt;Загрузить изображения&lt;/i&gt;. Области больше предела Spexi в 1 км² просматриваются по ячейкам и объединяются, каждое изображение один раз.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="92"/>
        <source>to search (any size: over 1 km² it is searched cell by cell)</source>
        <translation>для поиска (любой размер: больше 1 км² просматривается по ячейкам)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="93"/>
        <source>any; nadir (−90°, straight down); oblique (−60°); or range, from PITCH_MIN to PITCH_MAX.</source>
        <translation>any; nadir (−90°, прямо вниз); oblique (−60°); или range, от PITCH_MIN до PITCH_MAX.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="108"/>
        <source>orthomosaic (nadir mapping images), oblique (tilted views of building sides), panorama (near-horizontal views from higher up). Default: all three.</source>
        <translation>orthomosaic (надирные картографические снимки), oblique (наклонные виды фасадов), panorama (почти горизонтальные виды с высоты). По умолчанию: все три.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="115"/>
        <source>Spexi leaves out images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Unchecked: every intersecting image.</source>
        <translation>Spexi исключает снимки, где область находится у края кадра, и ранжирует остальные по тому, насколько заметно она видна. Не отмечено: все пересекающие снимки.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Stop after this many images (default {count}, as in the tab).</source>
        <translation>Остановиться после этого числа изображений (по умолчанию {count}, как во вкладке).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="126"/>
        <source>What each image shows, as polygons in WGS 84, with the fields listed above.</source>
        <translation>Что показывает каждый снимок, в виде полигонов в WGS 84, с перечисленными выше полями.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="130"/>
        <source>Where each image was taken from, as points in WGS 84, with the same fields.</source>
        <translation>Откуда сделан каждый снимок, в виде точек в WGS 84, с теми же полями.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="134"/>
        <source>How many images were written.</source>
        <translation>Сколько изображений записано.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="136"/>
        <source>How many pieces of under 1 km² the area was searched in.</source>
        <translation>На сколько частей меньше 1 км² была разбита область при поиске.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="148"/>
        <source>PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)</source>
        <translation>PITCH_MIN и PITCH_MAX используются с PITCH range (и он их требует)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="192"/>
        <source>Searching Spexi over {area}</source>
        <translation>Поиск в Spexi над {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="194"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln изображение</numerusform>
            <numerusform>%Ln изображения</numerusform>
            <numerusform>%Ln изображений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="214"/>
        <source>
&lt;p&gt;Asks Spexi for the best images of one place, as the Spexi tab&apos;s multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in &lt;code&gt;view&lt;/code&gt; and the Spexi result fields, so
&lt;i&gt;Download images&lt;/i&gt; takes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Запрашивает у Spexi лучшие снимки одного места, как инструмент мультиракурса вкладки Spexi: надирный вид сверху и наклонные виды на север, восток, юг и запад (вида, для которого у Spexi нет снимка, не будет). Контуры приходят с показываемым видом в &lt;code&gt;view&lt;/code&gt; и полями результатов Spexi, поэтому &lt;i&gt;Загрузить изображения&lt;/i&gt; их принимает.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="224"/>
        <source>The place to see from five sides; any CRS (on the command line “x,y [EPSG:code]”).</source>
        <translation>Место, которое нужно увидеть с пяти сторон; любая СК (в командной строке «x,y [EPSG:code]»).</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="228"/>
        <source>One footprint per view (nadir, north, east, south, west) in WGS 84, with view and the Spexi result fields.</source>
        <translation>Один контур на вид (надир, север, восток, юг, запад) в WGS 84, с view и полями результатов Spexi.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="232"/>
        <source>How many of the five views exist.</source>
        <translation>Сколько из пяти видов существует.</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="253"/>
        <source>Asking Spexi for the views of {lon}, {lat}</source>
        <translation>Запрос у Spexi видов точки {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="256"/>
        <source>Views: {views}</source>
        <translation>Виды: {views}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="256"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="168"/>
        <source>{name} needs both {name}_MIN and {name}_MAX</source>
        <translation>{name} требует и {name}_MIN, и {name}_MAX</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="186"/>
        <source>cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>ячейка {cell} из {cells}, страница {page}, получено %Ln изображение</numerusform>
            <numerusform>ячейка {cell} из {cells}, страница {page}, получено %Ln изображения</numerusform>
            <numerusform>ячейка {cell} из {cells}, страница {page}, получено %Ln изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="197"/>
        <source>%Ln feature(s) Spexi sent could not be read (geometry, capture date or camera position) and were left out</source>
        <translation>
            <numerusform>%Ln объект от Spexi не удалось прочитать (геометрия, дата съёмки или положение камеры), он исключён</numerusform>
            <numerusform>%Ln объекта от Spexi не удалось прочитать (геометрия, дата съёмки или положение камеры), они исключены</numerusform>
            <numerusform>%Ln объектов от Spexi не удалось прочитать (геометрия, дата съёмки или положение камеры), они исключены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="59"/>
        <source>Captured (UTC)</source>
        <translation>Снято (UTC)</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="60"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="61"/>
        <source>Pitch</source>
        <translation>Наклон</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="74"/>
        <source>Heading</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="63"/>
        <source>Alt. m</source>
        <translation>Выс. м</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="64"/>
        <source>Dist. m</source>
        <translation>Расст. м</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="65"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="136"/>
        <source>Could not add images to {layer} in {path}: {errors}</source>
        <translation>Не удалось добавить изображения в {layer} в {path}: {errors}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="168"/>
        <source>Spexi cameras</source>
        <translation>Камеры Spexi</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="225"/>
        <source>Spexi downloads</source>
        <translation>Загрузки Spexi</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="251"/>
        <source>QGIS could not open the placed image {path}</source>
        <translation>QGIS не удалось открыть размещённое изображение {path}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="64"/>
        <source>Spexi search</source>
        <translation>Поиск в Spexi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="78"/>
        <source>Searching: cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>Поиск: ячейка {cell} из {cells}, страница {page}, получено %Ln изображение</numerusform>
            <numerusform>Поиск: ячейка {cell} из {cells}, страница {page}, получено %Ln изображения</numerusform>
            <numerusform>Поиск: ячейка {cell} из {cells}, страница {page}, получено %Ln изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="82"/>
        <source>Searching: page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>Поиск: страница {page}, получено %Ln изображение</numerusform>
            <numerusform>Поиск: страница {page}, получено %Ln изображения</numerusform>
            <numerusform>Поиск: страница {page}, получено %Ln изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="97"/>
        <source>Writing %Ln image(s) into the result layers</source>
        <translation>
            <numerusform>Запись %Ln изображения в слои результатов</numerusform>
            <numerusform>Запись %Ln изображений в слои результатов</numerusform>
            <numerusform>Запись %Ln изображений в слои результатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="111"/>
        <source>Spexi: add images to the results</source>
        <translation>Spexi: добавление изображений в результаты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="144"/>
        <source>Spexi: downloading %Ln image(s)</source>
        <translation>
            <numerusform>Spexi: загрузка %Ln изображения</numerusform>
            <numerusform>Spexi: загрузка %Ln изображений</numerusform>
            <numerusform>Spexi: загрузка %Ln изображений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="171"/>
        <source>Spexi: fetching image {image}</source>
        <translation>Spexi: получение изображения {image}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="59"/>
        <source>GDAL could not read {name}</source>
        <translation>GDAL не удалось прочитать {name}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="208"/>
        <source>GDAL could not make a thumbnail of {name}</source>
        <translation>GDAL не удалось создать миниатюру {name}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="27"/>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="37"/>
        <source>A footprint with {corners} corners cannot be used to place the image; it needs four</source>
        <translation>Контур с {corners} углами нельзя использовать для размещения изображения: нужно четыре</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="49"/>
        <source>The footprint does not match the camera heading: the image cannot be placed</source>
        <translation>Контур не соответствует азимуту камеры: изображение нельзя разместить</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="64"/>
        <source>GDAL could not set the control points</source>
        <translation>GDAL не удалось задать опорные точки</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="80"/>
        <source>Cancelled while placing the image</source>
        <translation>Отменено во время размещения изображения</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="81"/>
        <source>GDAL could not warp {name}</source>
        <translation>GDAL не удалось трансформировать {name}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="93"/>
        <source>Spexi: placing image {image} on the map</source>
        <translation>Spexi: размещение изображения {image} на карте</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="97"/>
        <source>Only nadir images (pitch near -90°) can be placed on the map; image {image} has pitch {pitch}°</source>
        <translation>На карте можно размещать только надирные изображения (наклон около -90°); у изображения {image} наклон {pitch}°</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="112"/>
        <source>Downloading the original image</source>
        <translation>Загрузка исходного изображения</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="116"/>
        <source>Warping the image into its footprint</source>
        <translation>Трансформация изображения в его контур</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="41"/>
        <source>&amp;Download</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="42"/>
        <source>Download the selected images into the download folder (Imagery Hub settings)</source>
        <translation>Загрузить выбранные изображения в папку загрузок (настройки Imagery Hub)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="46"/>
        <source>&amp;Place on map</source>
        <translation>&amp;Разместить на карте</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="47"/>
        <source>Warp the selected nadir image into its footprint and add it to the map</source>
        <translation>Трансформировать выбранное надирное изображение в его контур и добавить на карту</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="50"/>
        <source>&amp;Multi-view</source>
        <translation>&amp;Мультивид</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="52"/>
        <source>Click a point on the map to see it from above and from the four sides</source>
        <translation>Щёлкните точку на карте, чтобы увидеть её сверху и с четырёх сторон</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="67"/>
        <source>Search Spexi first, then select the images to download</source>
        <translation>Сначала выполните поиск в Spexi, затем выберите изображения для загрузки</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="76"/>
        <source>This layer is not a Spexi result layer: use the footprints or camera positions of a Spexi search</source>
        <translation>Этот слой не является слоем результатов Spexi: используйте контуры или положения камер из поиска в Spexi</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="80"/>
        <source>{name} is not a Spexi result layer: use the footprints or camera positions of a Spexi search</source>
        <translation>{name} не является слоем результатов Spexi: используйте контуры или положения камер из поиска в Spexi</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="90"/>
        <source>Select the Spexi images to download first (in the table or on the map)</source>
        <translation>Сначала выберите изображения Spexi для загрузки (в таблице или на карте)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="101"/>
        <source>Download</source>
        <translation>Загрузка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/actions.py" line="106"/>
        <source>Downloading %Ln Spexi image(s)…</source>
        <translation>
            <numerusform>Загрузка %Ln изображения Spexi…</numerusform>
            <numerusform>Загрузка %Ln изображений Spexi…</numerusform>
            <numerusform>Загрузка %Ln изображений Spexi…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="114"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="126"/>
        <source>Select one nadir Spexi image to place it on the map</source>
        <translation>Выберите одно надирное изображение Spexi, чтобы разместить его на карте</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="138"/>
        <source>Placing the image</source>
        <translation>Размещение изображения</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="140"/>
        <source>Placing image {image} on the map…</source>
        <translation>Размещение изображения {image} на карте…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="148"/>
        <source>Spexi image {image}</source>
        <translation>Изображение Spexi {image}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="155"/>
        <source>Spexi image {image} placed on the map</source>
        <translation>Изображение Spexi {image} размещено на карте</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="216"/>
        <source>Multi-view</source>
        <translation>Мультивид</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="250"/>
        <source>Spexi multi-view</source>
        <translation>Мультивид Spexi</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="209"/>
        <source>No image: {error}</source>
        <translation>Нет изображения: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="215"/>
        <source>Spexi multi-view failed: {error}</source>
        <translation>Ошибка мультивида Spexi: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="221"/>
        <source>Opening the image</source>
        <translation>Открытие изображения</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="223"/>
        <source>Spexi image {image} ({kind})</source>
        <translation>Изображение Spexi {image} ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="236"/>
        <source>Adding images</source>
        <translation>Добавление изображений</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/actions.py" line="254"/>
        <source>Spexi: %Ln image(s) added to the results</source>
        <translation>
            <numerusform>Spexi: %Ln изображение добавлено в результаты</numerusform>
            <numerusform>Spexi: %Ln изображения добавлены в результаты</numerusform>
            <numerusform>Spexi: %Ln изображений добавлено в результаты</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="254"/>
        <source>Spexi: that image is already in the results</source>
        <translation>Spexi: это изображение уже есть в результатах</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Nadir (−90°)</source>
        <translation>Надир (−90°)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Oblique (−60°)</source>
        <translation>Перспективная (−60°)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Custom range</source>
        <translation>Свой диапазон</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="28"/>
        <source>Ortho</source>
        <translation>Орто</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="28"/>
        <source>Orthomosaic: nadir mapping images</source>
        <translation>Ортомозаика: надирные снимки для картографирования</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="30"/>
        <source>Oblique</source>
        <translation>Перспектива</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="30"/>
        <source>Oblique: tilted views of the sides of buildings</source>
        <translation>Перспектива: наклонные виды сторон зданий</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="32"/>
        <source>Pano</source>
        <translation>Панорама</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="32"/>
        <source>Panorama: near-horizontal views from higher up</source>
        <translation>Панорама: почти горизонтальные виды с большей высоты</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="62"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="69"/>
        <source>Camera angle: −90° looks straight down, −60° is oblique</source>
        <translation>Угол камеры: −90° — строго вниз, −60° — перспектива</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="71"/>
        <source>Lowest pitch</source>
        <translation>Наименьший наклон</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="72"/>
        <source>Highest pitch</source>
        <translation>Наибольший наклон</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="75"/>
        <source>0° north, 90° east</source>
        <translation>0° — север, 90° — восток</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="78"/>
        <source>Altitude</source>
        <translation>Высота</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="79"/>
        <source>Above ground</source>
        <translation>Над землёй</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="82"/>
        <source>Captured between</source>
        <translation>Снято между</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="101"/>
        <source>Spexi drops images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Untick for every intersecting image.</source>
        <translation>Spexi отбрасывает изображения, где область у края кадра, и упорядочивает остальные по тому, насколько заметно она видна. Снимите флажок, чтобы получить все пересекающие её изображения.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="109"/>
        <source>Stop after this many images</source>
        <translation>Остановиться после стольких изображений</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="110"/>
        <source>images</source>
        <translation>изобр.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="112"/>
        <source>&amp;Pitch</source>
        <translation>&amp;Наклон</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="114"/>
        <source>&amp;Limit</source>
        <translation>&amp;Предел</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="116"/>
        <source>Capture types to include</source>
        <translation>Включаемые типы съёмки</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="165"/>
        <source>Tick at least one capture type</source>
        <translation>Отметьте хотя бы один тип съёмки</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="66"/>
        <source>Could not read {name}</source>
        <translation>Не удалось прочитать {name}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="105"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Вписать в окно</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="113"/>
        <source>{title}: {width} × {height} px. Wheel to zoom, drag to pan, F to fit.</source>
        <translation>{title}: {width} × {height} пикс. Колесо — масштаб, перетаскивание — сдвиг, F — вписать.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>camera facing north</source>
        <translation>камера смотрит на север</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>No Spexi image facing north here</source>
        <translation>Здесь нет изображения Spexi, смотрящего на север</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>E</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>camera facing east</source>
        <translation>камера смотрит на восток</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>No Spexi image facing east here</source>
        <translation>Здесь нет изображения Spexi, смотрящего на восток</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>S</source>
        <translation>Ю</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>camera facing south</source>
        <translation>камера смотрит на юг</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>No Spexi image facing south here</source>
        <translation>Здесь нет изображения Spexi, смотрящего на юг</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>W</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>camera facing west</source>
        <translation>камера смотрит на запад</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>No Spexi image facing west here</source>
        <translation>Здесь нет изображения Spexi, смотрящего на запад</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>Nadir</source>
        <translation>Надир</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>straight down</source>
        <translation>строго вниз</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>No Spexi image looking straight down here</source>
        <translation>Здесь нет изображения Spexi, снятого строго вниз</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="81"/>
        <source>Full size</source>
        <translation>Полный размер</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="82"/>
        <source>Add to results</source>
        <translation>Добавить в результаты</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="96"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="105"/>
        <source>{kind}, {date}&lt;br&gt;pitch {pitch}°, heading {heading}°</source>
        <translation>{kind}, {date}&lt;br&gt;наклон {pitch}°, азимут {heading}°</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="108"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="121"/>
        <source>Spexi multi-view at {place}</source>
        <translation>Мультивид Spexi в точке {place}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="122"/>
        <source>Asking Spexi for the views of this place…</source>
        <translation>Запрос у Spexi видов этого места…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="145"/>
        <source>{found} of 5 views found.</source>
        <translation>Найдено видов: {found} из 5.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="145"/>
        <source>Spexi has no image of this place: try another point.</source>
        <translation>У Spexi нет изображений этого места: попробуйте другую точку.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="54"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) (the maximum you set) in {cells} cells in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображение (заданный максимум) в {cells} ячейках в «{group}».</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображения (заданный максимум) в {cells} ячейках в «{group}».</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображений (заданный максимум) в {cells} ячейках в «{group}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="58"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) (the maximum you set) in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображение (заданный максимум) в «{group}».</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображения (заданный максимум) в «{group}».</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображений (заданный максимум) в «{group}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="60"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) in {cells} cells in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображение в {cells} ячейках в «{group}».</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображения в {cells} ячейках в «{group}».</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображений в {cells} ячейках в «{group}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="62"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображение в «{group}».</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображения в «{group}».</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображений в «{group}».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="81"/>
        <source>&amp;Search</source>
        <translation>&amp;Искать</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="82"/>
        <source>Search Spexi images over the area of interest</source>
        <translation>Искать изображения Spexi в области интереса</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="92"/>
        <source>Set the filters, then search the area of interest.</source>
        <translation>Задайте фильтры, затем выполните поиск в области интереса.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="263"/>
        <source>Select an image to preview it</source>
        <translation>Выберите изображение для предпросмотра</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="100"/>
        <source>Original image</source>
        <translation>Исходное изображение</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="101"/>
        <source>Zoomed to the area</source>
        <translation>Увеличенное по области</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="102"/>
        <source>Which file to download: the full frame or Spexi&apos;s crop around the area</source>
        <translation>Какой файл загружать: весь кадр или вырезку Spexi вокруг области</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="149"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="153"/>
        <source>Download selected Spexi images</source>
        <translation>Загрузить выбранные изображения Spexi</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="223"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="188"/>
        <source>Searching Spexi…</source>
        <translation>Поиск в Spexi…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="194"/>
        <source>pitch {pitch}</source>
        <translation>наклон {pitch}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="199"/>
        <source>up to {count}</source>
        <translation>до {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="208"/>
        <source>%Ln image(s) Spexi sent could not be read and were left out (see the log).</source>
        <translation>
            <numerusform>%Ln изображение от Spexi не удалось прочитать, оно пропущено (см. журнал).</numerusform>
            <numerusform>%Ln изображения от Spexi не удалось прочитать, они пропущены (см. журнал).</numerusform>
            <numerusform>%Ln изображений от Spexi не удалось прочитать, они пропущены (см. журнал).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="211"/>
        <source>Spexi: %Ln feature(s) of the answer were unreadable (geometry, capture date or camera position) and left out</source>
        <translation>
            <numerusform>Spexi: %Ln объект ответа не читается (геометрия, дата съёмки или положение камеры) и пропущен</numerusform>
            <numerusform>Spexi: %Ln объекта ответа не читаются (геометрия, дата съёмки или положение камеры) и пропущены</numerusform>
            <numerusform>Spexi: %Ln объектов ответа не читаются (геометрия, дата съёмки или положение камеры) и пропущены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="215"/>
        <source>No Spexi images match: widen the filters, untick Focused or move the area.</source>
        <translation>Нет подходящих изображений Spexi: расширьте фильтры, снимите флажок «С фокусом на области» или сдвиньте область.</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="218"/>
        <source>Spexi: no images match this search</source>
        <translation>Spexi: нет изображений, подходящих под этот поиск</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="230"/>
        <source>Spexi: %Ln image(s) found.</source>
        <translation>
            <numerusform>Spexi: найдено %Ln изображение.</numerusform>
            <numerusform>Spexi: найдено %Ln изображения.</numerusform>
            <numerusform>Spexi: найдено %Ln изображений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="249"/>
        <source>%Ln image(s) in “{group}” (from the project).</source>
        <translation>
            <numerusform>%Ln изображение в «{group}» (из проекта).</numerusform>
            <numerusform>%Ln изображения в «{group}» (из проекта).</numerusform>
            <numerusform>%Ln изображений в «{group}» (из проекта).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="311"/>
        <source>Select one image to preview it</source>
        <translation>Выберите одно изображение для предпросмотра</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="318"/>
        <source>Loading {image}…</source>
        <translation>Загрузка {image}…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="324"/>
        <source>No preview: {error}</source>
        <translation>Нет предпросмотра: {error}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Tasks</name>
    <message>
        <location filename="../../core/tasks.py" line="67"/>
        <source>{service} asked us to wait {seconds} s — retrying</source>
        <translation>{service} просит подождать {seconds} с — повторная попытка</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="69"/>
        <source>{service} answered HTTP {status} — retrying in {seconds} s</source>
        <translation>{service} ответил HTTP {status} — повторная попытка через {seconds} с</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="70"/>
        <source>The service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="93"/>
        <source>{task} failed: {details}</source>
        <translation>Ошибка задачи {task}: {details}</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="99"/>
        <source>{task}: handling the result failed: {details}</source>
        <translation>{task}: не удалось обработать результат: {details}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Thumbnails</name>
    <message>
        <location filename="../../ui/thumbnails.py" line="104"/>
        <source>No picture: {reason}</source>
        <translation>Нет изображения: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="104"/>
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="160"/>
        <source>Pictures</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="162"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>Показывать результаты миниатюрами вместо таблицы</translation>
    </message>
</context>
<context>
    <name>MapillaryTab</name>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="124"/>
        <source>Size of the downloaded images</source>
        <translation>Размер загружаемых изображений</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="151"/>
        <source>Search settings</source>
        <translation>Настройки поиска</translation>
    </message>
</context>
<context>
    <name>SpexiTab</name>
    <message>
        <location filename="../../ui/spexi/tab.py" line="125"/>
        <source>Search settings</source>
        <translation>Настройки поиска</translation>
    </message>
</context>
</TS>
