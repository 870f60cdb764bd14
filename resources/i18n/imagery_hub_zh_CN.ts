<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FoldingForm</name>
    <message>
        <location filename="../../ui/folding.py" line="51"/>
        <source>Show or hide the search settings</source>
        <translation>显示或隐藏搜索设置</translation>
    </message>
    <message>
        <location filename="../../ui/folding.py" line="62"/>
        <source>Help on this tab (opens the README)</source>
        <translation>此选项卡的帮助（打开 README）</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Aoi</name>
    <message>
        <location filename="../../ui/aoi_widget.py" line="56"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="58"/>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="30"/>
        <source>Selected features</source>
        <translation>所选要素</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="31"/>
        <source>Map extent</source>
        <translation>地图范围</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="32"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="58"/>
        <source>The area of interest crosses the 180° meridian, which {service} cannot take in one piece: draw it on one side of the meridian</source>
        <translation>感兴趣区域跨越了 180° 经线，{service} 无法将其作为一个整体接受：请在经线的一侧绘制</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="73"/>
        <source>Point {x}, {y}</source>
        <translation>点 {x}, {y}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="76"/>
        <source>Point with {radius} m radius, {area}</source>
        <translation>半径 {radius} m 的点，{area}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="79"/>
        <source>{kind}, {area}</source>
        <translation>{kind}，{area}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="84"/>
        <source>The area of interest is {area}, more than the {limit} {service} accepts: draw a smaller area</source>
        <translation>感兴趣区域为 {area}，超过了 {service} 接受的 {limit}：请绘制更小的区域</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="137"/>
        <source>The area of interest is empty: draw it again or select features</source>
        <translation>感兴趣区域为空：请重新绘制或选择要素</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="140"/>
        <source>The area of interest must be a polygon: pick polygon features or draw a rectangle or polygon</source>
        <translation>感兴趣区域必须是多边形：请选择多边形要素，或绘制矩形或多边形</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="146"/>
        <source>The area of interest crosses itself and cannot be repaired: draw it again without crossing edges</source>
        <translation>感兴趣区域自相交且无法修复：请重新绘制，不要让边相交</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="150"/>
        <source>The area of interest lies outside longitude -180…180 / latitude -90…90: check the layer's CRS</source>
        <translation>感兴趣区域超出经度 -180…180 / 纬度 -90…90：请检查图层的坐标参考系</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="154"/>
        <source>The area of interest has no area: draw a larger one</source>
        <translation>感兴趣区域没有面积：请绘制更大的区域</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="163"/>
        <source>The radius cannot be negative</source>
        <translation>半径不能为负数</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="166"/>
        <source>The point lies outside longitude/latitude bounds: check the CRS</source>
        <translation>该点超出经纬度范围：请检查坐标参考系</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="182"/>
        <source>No features are selected in the active layer: select polygons first</source>
        <translation>活动图层中没有选中的要素：请先选择多边形</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="29"/>
        <source>No area of interest yet: draw one or pick features.</source>
        <translation>尚无感兴趣区域：请绘制一个或选择要素。</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="49"/>
        <source>Area of interest</source>
        <translation>感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="56"/>
        <source>Drag a rectangle on the map</source>
        <translation>在地图上拖出一个矩形</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="58"/>
        <source>Click vertices on the map; right-click, double-click or Enter to finish; Backspace undoes a vertex; Esc cancels</source>
        <translation>在地图上单击顶点；右键单击、双击或按 Enter 完成；Backspace 撤销一个顶点；Esc 取消</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="62"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="62"/>
        <source>Click a point on the map; the radius makes it a circle</source>
        <translation>在地图上单击一个点；半径使其成为圆</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="71"/>
        <source>Radius around the clicked point (0: the point itself)</source>
        <translation>单击点周围的半径（0：点本身）</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="72"/>
        <source>Selection</source>
        <translation>选择集</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="72"/>
        <source>Use the selected polygons of the active layer</source>
        <translation>使用活动图层中选中的多边形</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="74"/>
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="74"/>
        <source>Use the visible map extent</source>
        <translation>使用可见的地图范围</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="76"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="76"/>
        <source>Forget the area of interest</source>
        <translation>清除感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="88"/>
        <source>Point radius</source>
        <translation>点半径</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="143"/>
        <source>Select a polygon layer in the Layers panel first.</source>
        <translation>请先在“图层”面板中选择一个多边形图层。</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="193"/>
        <source>&lt;b&gt;{area}&lt;/b&gt; — still in use</source>
        <translation>&lt;b&gt;{area}&lt;/b&gt; — 仍在使用</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{service} search</source>
        <translation>{service} 搜索</translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation>较小的区域或更窄的筛选条件需要更少的请求。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Credentials</name>
    <message>
        <location filename="../../core/credentials.py" line="64"/>
        <source>No {service} credentials yet: add them in Imagery Hub settings</source>
        <translation>尚无 {service} 凭据：请在 Imagery Hub 设置中添加</translation>
    </message>
    <message>
        <location filename="../../core/credentials.py" line="75"/>
        <source>The QGIS Authentication Manager is locked: enter the master password to store credentials</source>
        <translation>QGIS 身份验证管理器已锁定：请输入主密码以保存凭据</translation>
    </message>
    <message>
        <location filename="../../core/credentials.py" line="86"/>
        <source>QGIS could not store the credentials in its Authentication Manager</source>
        <translation>QGIS 无法将凭据保存到其身份验证管理器中</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Downloads</name>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="42"/>
        <source>%Ln image(s) downloaded</source>
        <translation>
            <numerusform>已下载 %Ln 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="42"/>
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>已下载 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="45"/>
        <source>{downloaded}, %Ln failed</source>
        <translation>
            <numerusform>{downloaded}，%Ln 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/downloads.py" line="48"/>
        <source>{downloaded} (cancelled)</source>
        <translation>{downloaded}（已取消）</translation>
    </message>
</context>
<context>
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="63"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="67"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="71"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="73"/>
        <source>Maximum cloud cover (%)</source>
        <translation>最大云量 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>Only scenes covering the whole area</source>
        <translation>仅覆盖整个区域的场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>EOSDA scenes</source>
        <translation>EOSDA 场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Scenes written</source>
        <translation>已写入场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="90"/>
        <source>Scenes found</source>
        <translation>找到的场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>Scene (view id)</source>
        <translation>场景（视图 id）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>Bands or index</source>
        <translation>波段或指数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="160"/>
        <source>Band expression</source>
        <translation>波段表达式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="165"/>
        <source>Pixel size (m)</source>
        <translation>像元大小 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="171"/>
        <source>Image format</source>
        <translation>图像格式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="176"/>
        <source>Colormap id</source>
        <translation>色带 id</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>Levels (low,high)</source>
        <translation>级别（低,高）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="187"/>
        <source>Resampling</source>
        <translation>重采样</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>First check after (seconds)</source>
        <translation>首次检查间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="198"/>
        <source>Rendered raster</source>
        <translation>渲染的栅格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="201"/>
        <source>Width (px)</source>
        <translation>宽度 (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="203"/>
        <source>Height (px)</source>
        <translation>高度 (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="49"/>
        <source>
&lt;p&gt;Searches EOSDA&apos;s Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what &lt;i&gt;Render an EOSDA scene&lt;/i&gt; takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 EOSDA 选项卡一样，在某个区域上搜索 EOSDA 的 Sentinel-2 或 Landsat 8 场景，并写出其覆盖范围，包括视图 id、日期、卫星、云量、数据覆盖率以及每个场景覆盖区域的比例。视图 id 是 &lt;i&gt;渲染 EOSDA 场景&lt;/i&gt; 所需的输入。超过一年的时间范围按年分段请求，最新的优先；最多保留 2000 个场景。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="62"/>
        <source>to search</source>
        <translation>要搜索的</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="63"/>
        <source>sentinel2 (Sentinel-2, 10 m) or landsat8 (Landsat 8, 30 m).</source>
        <translation>sentinel2（Sentinel-2，10 m）或 landsat8（Landsat 8，30 m）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="67"/>
        <source>First day (included). Empty: %Ln day(s) before DATE_TO.</source>
        <translation>
            <numerusform>第一天（包含）。为空：DATE_TO 之前 %Ln 天。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="71"/>
        <source>Last day (included). Empty: today.</source>
        <translation>最后一天（包含）。为空：今天。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="73"/>
        <source>Scenes with at most this cloud cover. Default 30 %, as in the tab.</source>
        <translation>云量不超过此值的场景。默认 30 %，与选项卡相同。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>Keep only scenes whose data cover all of the area (CONTAINS); default: any overlap.</source>
        <translation>仅保留数据覆盖整个区域的场景（CONTAINS）；默认：任何重叠。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>How many footprints were written.</source>
        <translation>写入的覆盖范围数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="90"/>
        <source>How many scenes EOSDA reported (more than COUNT when over 2000).</source>
        <translation>EOSDA 报告的场景数量（超过 2000 时大于 COUNT）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="118"/>
        <source>Searching {dataset} scenes {start} – {end}</source>
        <translation>正在搜索 {dataset} 场景 {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="121"/>
        <source>%Ln scene(s) of {found}</source>
        <translation>
            <numerusform>%Ln 个场景（共 {found} 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="121"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln 个场景</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="138"/>
        <source>
&lt;p&gt;Renders one EOSDA scene over an area with EOSDA&apos;s Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 EOSDA 选项卡的渲染部分一样，使用 EOSDA 的 Download visual 服务在某个区域上渲染一个 EOSDA 场景：预设（真彩色或假彩色、NDVI、NDWI）或您自己的波段表达式，按区域裁剪，使用您选择的像元大小，然后写为 Web 墨卡托（EPSG:3857）下的地理配准栅格。指数会用两个级别之间的色带着色。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>The view_id of a scene, as Search EOSDA satellite scenes writes it: S2/… for Sentinel-2, L8/… for Landsat 8.</source>
        <translation>场景的 view_id，与“搜索 EOSDA 卫星场景”写出的相同：Sentinel-2 为 S2/…，Landsat 8 为 L8/…。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="154"/>
        <source>to render (one polygon)</source>
        <translation>要渲染的（一个多边形）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>true_color, false_color (near infrared), ndvi, ndwi, or custom to use EXPRESSION.</source>
        <translation>true_color、false_color（近红外）、ndvi、ndwi，或 custom 以使用 EXPRESSION。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="160"/>
        <source>With PRESET custom: bands separated by commas for an RGB composite (B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). Band names of the scene&apos;s dataset.</source>
        <translation>当 PRESET 为 custom 时：用逗号分隔的波段组成 RGB 合成（B08,B04,B03），或用于指数的一个表达式（(B08-B04)/(B08+B04)）。使用场景所属数据集的波段名称。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="165"/>
        <source>Ground size of a pixel in metres. Empty: the dataset&apos;s native size (10 m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a side.</source>
        <translation>像元的地面大小，单位为米。为空：数据集的原始大小（Sentinel-2 为 10 m，Landsat 8 为 30 m）。图像每边最多 10,000 px。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="171"/>
        <source>What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. The output is then written in the format of OUTPUT&apos;s extension.</source>
        <translation>EOSDA 发送的内容：tiff（GeoTIFF）或带 world 文件的 png / jpeg。输出随后按 OUTPUT 扩展名对应的格式写出。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="176"/>
        <source>For a single-band index: EOSDA's colormap id (default red–yellow–green). Empty: grey values.</source>
        <translation>对于单波段指数：EOSDA 的色带 id（默认红–黄–绿）。为空：灰度值。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>For a single-band index: the values mapped to the ends of the colormap.</source>
        <translation>对于单波段指数：映射到色带两端的值。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="187"/>
        <source>How EOSDA resamples bands to the pixel size. Empty: EOSDA&apos;s default.</source>
        <translation>EOSDA 将波段重采样到像元大小的方式。为空：EOSDA 的默认方式。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>How long to wait before asking whether the render is ready; the wait grows by half each time, up to 15 s.</source>
        <translation>询问渲染是否就绪之前等待的时间；每次等待增加一半，最长 15 秒。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="198"/>
        <source>The render, georeferenced in EPSG:3857 (GeoTIFF unless another extension is given).</source>
        <translation>渲染结果，地理配准为 EPSG:3857（除非指定其他扩展名，否则为 GeoTIFF）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="201"/>
        <source>Width of the render in pixels.</source>
        <translation>渲染结果的宽度（像素）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="203"/>
        <source>Height of the render in pixels.</source>
        <translation>渲染结果的高度（像素）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="212"/>
        <source>{view_id} is not an EOSDA view id: they start with S2/ (Sentinel-2) or L8/ (Landsat 8)</source>
        <translation>{view_id} 不是 EOSDA 视图 id：视图 id 以 S2/（Sentinel-2）或 L8/（Landsat 8）开头</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="220"/>
        <source>PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)</source>
        <translation>PRESET custom 需要波段表达式，例如 (B08-B04)/(B08+B04)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="225"/>
        <source>{bands} is not a band of {dataset}</source>
        <translation>{bands} 不是 {dataset} 的波段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="226"/>
        <source>{bands} are not bands of {dataset}</source>
        <translation>{bands} 不是 {dataset} 的波段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="254"/>
        <source>Writing the {width} × {height} px render</source>
        <translation>正在写出 {width} × {height} px 的渲染结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="272"/>
        <source>GDAL could not write {name}: {error}</source>
        <translation>GDAL 无法写入 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="275"/>
        <source>GDAL could not write {name} as {driver}: {error}</source>
        <translation>GDAL 无法以 {driver} 写入 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/inventory.py" line="22"/>
        <source>EOSDA Sentinel-2 scenes</source>
        <translation>EOSDA Sentinel-2 场景</translation>
    </message>
    <message>
        <location filename="../../core/eosda/layers.py" line="72"/>
        <source>QGIS cannot open the render {name}</source>
        <translation>QGIS 无法打开渲染结果 {name}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="92"/>
        <source>EOSDA: search {dataset} scenes</source>
        <translation>EOSDA：搜索 {dataset} 场景</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="98"/>
        <source>{count} of {found} scenes</source>
        <translation>{found} 个场景中的 {count} 个</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="131"/>
        <source>GDAL cannot open the render {name}</source>
        <translation>GDAL 无法打开渲染结果 {name}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="134"/>
        <source>The render {name} arrived without georeference</source>
        <translation>渲染结果 {name} 到达时没有地理参考</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="143"/>
        <source>Sending the render request to EOSDA</source>
        <translation>正在向 EOSDA 发送渲染请求</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="156"/>
        <source>EOSDA: render {name}</source>
        <translation>EOSDA：渲染 {name}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/thumbnails.py" line="39"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>无法写入缩略图 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="39"/>
        <source>Image + world file</source>
        <translation>图像 + 世界文件</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>True colour</source>
        <translation>真彩色</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>False colour (NIR)</source>
        <translation>假彩色（近红外）</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>Red–yellow–green</source>
        <translation>红–黄–绿</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="69"/>
        <source>Thresholds are numbers separated by commas, not “{text}”</source>
        <translation>阈值是以逗号分隔的数字，而不是“{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="82"/>
        <source>Custom expression</source>
        <translation>自定义表达式</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="85"/>
        <source>e.g. (B08-B04)/(B08+B04) or B08,B04,B03</source>
        <translation>例如 (B08-B04)/(B08+B04) 或 B08,B04,B03</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="129"/>
        <source>Colormap</source>
        <translation>色带</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="86"/>
        <source>Range colours</source>
        <translation>分段颜色</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="92"/>
        <source>EOSDA&apos;s NDVI colormap, or paste the id of a colormap made with EOSDA&apos;s Colormap endpoint</source>
        <translation>EOSDA 的 NDVI 色带，或粘贴用 EOSDA 的 Colormap 接口创建的色带 id</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="102"/>
        <source>smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="103"/>
        <source>Number of colours the colormap is cut into (colors_limit)</source>
        <translation>色带被切分成的颜色数（colors_limit）</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="107"/>
        <source>One colour more than thresholds: below the first, between each, above the last</source>
        <translation>颜色比阈值多一个：第一个阈值之下、每两个阈值之间、最后一个阈值之上</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="120"/>
        <source>Calibrate (TOA reflectance)</source>
        <translation>定标（TOA 反射率）</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="121"/>
        <source>Top-of-atmosphere reflectance (calibrate)</source>
        <translation>大气层顶反射率（calibrate）</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="123"/>
        <source>Pansharpening (Landsat 8)</source>
        <translation>全色锐化（Landsat 8）</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="124"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="125"/>
        <source>Image size class sent for EOSDA&apos;s logs only</source>
        <translation>仅为 EOSDA 日志发送的图像尺寸等级</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="132"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="134"/>
        <source>Levels</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="135"/>
        <source>Steps</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="137"/>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="138"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="143"/>
        <source>Colouring</source>
        <translation>着色</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="148"/>
        <source>More options</source>
        <translation>更多选项</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="154"/>
        <source>Size class</source>
        <translation>尺寸等级</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="159"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="160"/>
        <source>Bands</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="164"/>
        <source>Pixel size</source>
        <translation>像元大小</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="166"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="167"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="245"/>
        <source>Image size: draw a single-polygon area first</source>
        <translation>图像尺寸：请先绘制单个多边形的区域</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="246"/>
        <source>Image size: no area of interest yet</source>
        <translation>图像尺寸：尚无感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="251"/>
        <source>Image: {width} × {height} px ({megapixels} MP): too large, raise the pixel size</source>
        <translation>图像：{width} × {height} 像素（{megapixels} MP）：太大，请增大像元大小</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="255"/>
        <source>Image: {width} × {height} px ({megapixels} MP)</source>
        <translation>图像：{width} × {height} 像素（{megapixels} MP）</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="266"/>
        <source>{bands} is not a band of {dataset}: check the expression</source>
        <translation>{bands} 不是 {dataset} 的波段：请检查表达式</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="268"/>
        <source>{bands} are not bands of {dataset}: check the expression</source>
        <translation>{bands} 不是 {dataset} 的波段：请检查表达式</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Cloud %</source>
        <translation>云量 %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>AOI %</source>
        <translation>区域 %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Satellite</source>
        <translation>卫星</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>View id</source>
        <translation>视图 id</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="47"/>
        <source>Render NDVI for this scene</source>
        <translation>渲染此场景的 NDVI</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="58"/>
        <source>{dataset} {start} – {end}, clouds ≤ {cloud} %</source>
        <translation>{dataset} {start} – {end}，云量 ≤ {cloud} %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="87"/>
        <source>Whole area covered</source>
        <translation>完全覆盖区域</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="88"/>
        <source>Only scenes whose data cover the whole area of interest</source>
        <translation>仅限数据覆盖整个感兴趣区域的场景</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="90"/>
        <source>Search scenes</source>
        <translation>搜索场景</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="94"/>
        <source>Search Sentinel-2 or Landsat 8 scenes over the area of interest.</source>
        <translation>在感兴趣区域上搜索 Sentinel-2 或 Landsat 8 场景。</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="103"/>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="108"/>
        <source>Max cloud</source>
        <translation>最大云量</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="112"/>
        <source>Pick a scene in the table or on the map.</source>
        <translation>在表格或地图上选择一个场景。</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="116"/>
        <source>Render onto the map</source>
        <translation>渲染到地图上</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="120"/>
        <source>Render options</source>
        <translation>渲染选项</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="137"/>
        <source>Search settings</source>
        <translation>搜索设置</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="268"/>
        <source>EOSDA search</source>
        <translation>EOSDA 搜索</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="186"/>
        <source>Searching scenes…</source>
        <translation>正在搜索场景…</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="191"/>
        <source>EOSDA searches an area: draw a rectangle or polygon, or give the point a radius</source>
        <translation>EOSDA 按区域搜索：请绘制矩形或多边形，或为点指定半径</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="208"/>
        <source>No scenes found: widen the dates or raise the cloud limit.</source>
        <translation>未找到场景：请放宽日期或提高云量上限。</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="213"/>
        <source>EOSDA {dataset} scenes {start} – {end}</source>
        <translation>EOSDA {dataset} 场景 {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/eosda/tab.py" line="219"/>
        <source>%Ln scene(s) (clouds ≤ {cloud} %); {found} found, the newest kept: narrow the dates</source>
        <translation>
            <numerusform>%Ln 个场景（云量 ≤ {cloud} %）；共找到 {found} 个，保留最新的：请缩小日期范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/eosda/tab.py" line="223"/>
        <source>%Ln scene(s) (clouds ≤ {cloud} %)</source>
        <translation>
            <numerusform>%Ln 个场景（云量 ≤ {cloud} %）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="259"/>
        <source>EOSDA sent no preview for this scene</source>
        <translation>EOSDA 未发送此场景的预览</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="262"/>
        <source>EOSDA: thumbnail of {scene}</source>
        <translation>EOSDA：{scene} 的缩略图</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="284"/>
        <source>&lt;b&gt;{scene}&lt;/b&gt;, {cloud} % clouds&lt;br&gt;&lt;small&gt;{view_id}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{scene}&lt;/b&gt;，云量 {cloud} %&lt;br&gt;&lt;small&gt;{view_id}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="294"/>
        <source>Pick a scene in the table first</source>
        <translation>请先在表格中选择一个场景</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="324"/>
        <source>EOSDA render</source>
        <translation>EOSDA 渲染</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="313"/>
        <source>Rendering {name}…</source>
        <translation>正在渲染 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="326"/>
        <source>{layer} added ({width} × {height} px)</source>
        <translation>已添加 {layer}（{width} × {height} 像素）</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="334"/>
        <source>Select one scene on the EOSDA footprints layer, then choose “{action}” again</source>
        <translation>请在 EOSDA 覆盖范围图层上选择一个场景，然后再次选择“{action}”</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>The scene footprints (multipolygons, WGS 84) with view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover, sun_elev and thumbnail (the scene&apos;s preview link).</source>
        <translation>场景覆盖范围（多多边形，WGS 84），包含 view_id、scene_id、dataset、satellite、date、acquired、cloud、coverage、aoi_cover、sun_elev 和 thumbnail（场景预览的链接）。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/sentences.py" line="17"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="18"/>
        <source>Authentication failed</source>
        <translation>身份验证失败</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="19"/>
        <source>Permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="20"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="22"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation>请求过多：服务要求降低频率</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="23"/>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="24"/>
        <source>The service reported an error</source>
        <translation>服务报告了错误</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="25"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="165"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="27"/>
        <source>Not a readable vector tile</source>
        <translation>不是可读的矢量瓦片</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="29"/>
        <source>The service kept sending pages; the listing was stopped</source>
        <translation>服务不断发送页面；已停止列出</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="30"/>
        <source>The render did not finish in time</source>
        <translation>渲染未能及时完成</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Help</name>
    <message>
        <location filename="../../ui/help.py" line="27"/>
        <source>Help on this tab</source>
        <translation>此选项卡的帮助</translation>
    </message>
</context>
<context>
    <name>ImageryHub.History</name>
    <message>
        <location filename="../../ui/history.py" line="16"/>
        <source>Recent searches of this project: run one again</source>
        <translation>此项目最近的搜索：再次运行其中一个</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="25"/>
        <source>No searches in this project yet</source>
        <translation>此项目中还没有搜索</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Images</name>
    <message>
        <location filename="../../core/images.py" line="51"/>
        <source>The picture could not be read: {reason}</source>
        <translation>无法读取图片：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/images.py" line="62"/>
        <source>The picture declares {width} × {height} pixels ({megapixels} megapixels), more than the {limit}-megapixel limit, so it was not opened.</source>
        <translation>图片声明为 {width} × {height} 像素（{megapixels} 百万像素），超过 {limit} 百万像素的上限，因此未打开。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Imago</name>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Collection</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Imagery type</source>
        <translation>影像类型</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Image type</source>
        <translation>图像类型</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>Start depth</source>
        <translation>起始深度</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>End depth</source>
        <translation>结束深度</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="62"/>
        <source>Features naming imagery</source>
        <translation>指明影像的要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Collection field</source>
        <translation>集合字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Imagery name field</source>
        <translation>影像名称字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Start depth field</source>
        <translation>起始深度字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>End depth field</source>
        <translation>结束深度字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="58"/>
        <source>Imagery name</source>
        <translation>影像名称</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="96"/>
        <source>Imagery id</source>
        <translation>影像 id</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Width (px)</source>
        <translation>宽度 (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="104"/>
        <source>Path field</source>
        <translation>路径字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Downloads at once</source>
        <translation>同时下载数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>Features with image paths</source>
        <translation>带图像路径的要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="122"/>
        <source>Images downloaded</source>
        <translation>已下载的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="124"/>
        <source>Images not downloaded</source>
        <translation>未下载的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="55"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="69"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="72"/>
        <source>Elevation (m)</source>
        <translation>高程 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="75"/>
        <source>Upload report</source>
        <translation>上传报告</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The Imago workspace. Empty: any (give it when a collection name exists in several workspaces).</source>
        <translation>Imago 工作区。为空：任意（当某个集合名称存在于多个工作区时请指定）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The dataset of the workspace. Empty: any.</source>
        <translation>工作区中的数据集。为空：任意。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The collection {what}.</source>
        <translation>{what}的集合。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The imagery type, e.g. “Core trays” or “Field photos”.</source>
        <translation>影像类型，例如“Core trays”或“Field photos”。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The image type of that imagery type, e.g. “Dry”, “Wet” or “Photo”.</source>
        <translation>该影像类型下的图像类型，例如“Dry”、“Wet”或“Photo”。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="36"/>
        <source>Name the imagery type (IMAGERY_TYPE)</source>
        <translation>请指定影像类型（IMAGERY_TYPE）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="37"/>
        <source>Name the image type (IMAGE_TYPE)</source>
        <translation>请指定图像类型（IMAGE_TYPE）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="38"/>
        <source>Name the collection (COLLECTION)</source>
        <translation>请指定集合（COLLECTION）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="47"/>
        <source>
&lt;p&gt;Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Imago 选项卡一样，将 Seequent Imago 图像（岩心盒、照片…）下载到文件夹。可以针对图层的要素，每个要素通过名称字段或深度字段指明其影像（集合固定或从字段读取）：输出图层即输入图层，并在 PATH_FIELD 中写入每个要素图像的本地路径。也可以不使用图层，从一个集合下载：由 IMAGERY_NAME、START_DEPTH（和 END_DEPTH）或 IMAGERY_ID 指明的影像；如果都未给出，则下载该集合的所有影像。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="62"/>
        <source>A layer whose features (only the selected ones when “Selected features only” is checked) each name one imagery. Empty: name the imagery with COLLECTION and the fields below.</source>
        <translation>一个图层，其要素（勾选“仅选中的要素”时仅为选中的要素）各指明一个影像。为空：使用 COLLECTION 和下面的字段指明影像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="68"/>
        <source>of the imagery to download; needed without INPUT, and with INPUT unless COLLECTION_FIELD names it</source>
        <translation>要下载的影像；无 INPUT 时必需，有 INPUT 时除非由 COLLECTION_FIELD 指明</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT: the field holding each feature&apos;s collection (instead of a fixed COLLECTION).</source>
        <translation>有 INPUT 时：保存每个要素所属集合的字段（代替固定的 COLLECTION）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT: the field holding each feature&apos;s imagery name.</source>
        <translation>有 INPUT 时：保存每个要素影像名称的字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT and no NAME_FIELD: the field holding the start depth of the interval.</source>
        <translation>有 INPUT 且无 NAME_FIELD 时：保存区间起始深度的字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With START_FIELD: the field holding the end depth (empty: the imagery at the start depth).</source>
        <translation>有 START_FIELD 时：保存结束深度的字段（为空：起始深度处的影像）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="86"/>
        <source>Without INPUT: the name of the imagery to download.</source>
        <translation>无 INPUT 时：要下载的影像名称。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="90"/>
        <source>Without INPUT: the start depth of the interval whose imagery to download.</source>
        <translation>无 INPUT 时：要下载其影像的区间的起始深度。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="90"/>
        <source>Without INPUT: the end depth of the interval whose imagery to download.</source>
        <translation>无 INPUT 时：要下载其影像的区间的结束深度。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="96"/>
        <source>Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, the depths and this empty to download every imagery of COLLECTION.</source>
        <translation>无 INPUT 时：要下载的影像 id。将 IMAGERY_NAME、深度和此项留空，以下载 COLLECTION 的所有影像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Scale the images to this width (Imago keeps the aspect). Empty: full size.</source>
        <translation>将图像缩放到此宽度（Imago 保持纵横比）。为空：完整尺寸。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="104"/>
        <source>With INPUT: the text field of OUTPUT that receives each feature&apos;s image path (added when the layer lacks it).</source>
        <translation>有 INPUT 时：OUTPUT 中接收每个要素图像路径的文本字段（图层中没有时会添加）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>How many images are fetched at the same time. Empty: the Imagery Hub setting.</source>
        <translation>同时获取的图像数量。为空：Imagery Hub 的设置。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Where the images are saved (named collection_imagery_imagetype with the extension Imago&apos;s answer calls for).</source>
        <translation>图像保存的位置（命名为 集合_影像_图像类型，扩展名取决于 Imago 的响应）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>With INPUT: its features with PATH_FIELD filled for those whose image arrived.</source>
        <translation>有 INPUT 时：其要素，图像已到达的要素会填写 PATH_FIELD。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="122"/>
        <source>How many files arrived.</source>
        <translation>到达的文件数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="124"/>
        <source>Imagery that did not arrive or features that name none (each listed in the log).</source>
        <translation>未到达的影像或未指明影像的要素（每一项都列在日志中）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="139"/>
        <source>{names} name fields of INPUT: give INPUT as well</source>
        <translation>{names} 是 INPUT 的字段：请同时指定 INPUT</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="142"/>
        <source>Name the collection (COLLECTION), or give a layer (INPUT)</source>
        <translation>请指定集合（COLLECTION），或提供图层（INPUT）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="149"/>
        <source>Give the collection once: COLLECTION or COLLECTION_FIELD, not both</source>
        <translation>集合只需指定一次：COLLECTION 或 COLLECTION_FIELD，不能两者都用</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="158"/>
        <source>the layer has no features</source>
        <translation>该图层没有要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="160"/>
        <source>None of the features names an imagery ({reasons})</source>
        <translation>没有任何要素指明影像（{reasons}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="191"/>
        <source>Listing the {type} imagery of {collection}</source>
        <translation>正在列出 {collection} 的 {type} 影像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="203"/>
        <source>{collection} has no {type} imagery with {image_type} images</source>
        <translation>{collection} 没有包含 {image_type} 图像的 {type} 影像</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/imago/download.py" line="210"/>
        <source>Downloading %Ln image(s) to {folder}</source>
        <translation>
            <numerusform>正在将 %Ln 个图像下载到 {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="218"/>
        <source>Cancelled: only the images listed as downloaded arrived</source>
        <translation>已取消：只有列为已下载的图像已到达</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="221"/>
        <source>No image arrived: {error}</source>
        <translation>没有图像到达：{error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="237"/>
        <source>Feature {fid}: {why}</source>
        <translation>要素 {fid}：{why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="39"/>
        <source>
&lt;p&gt;Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab&apos;s upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file&apos;s header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Imago 选项卡的上传对话框一样，将照片（PNG 或 JPEG）上传到一个 Imago 影像中：按影像名称、深度区间或一个点（带高程）放置，点以影像类型声明的坐标系发送。首先检查每个文件的文件头，因此 Imago 会拒绝的内容（像素过多、类型不同）会被列出而不发送；已上传到同一影像的文件会被跳过，因此重新运行批处理只会发送未到达的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="55"/>
        <source>The image files to upload (PNG or JPEG).</source>
        <translation>要上传的图像文件（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="57"/>
        <source>to upload into</source>
        <translation>要上传到的</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="58"/>
        <source>The imagery the photos belong to, by name (made when it does not exist yet).</source>
        <translation>照片所属的影像，按名称（不存在时会创建）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The start depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>照片所示区间的起始深度，用于按深度放置的影像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The end depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>照片所示区间的结束深度，用于按深度放置的影像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="69"/>
        <source>Where the photos were taken, for imagery types placed by x/y; any CRS, sent in the one the imagery type declares.</source>
        <translation>照片的拍摄位置，用于按 x/y 放置的影像类型；任意坐标参考系，按影像类型声明的坐标系发送。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="72"/>
        <source>The z sent with LOCATION.</source>
        <translation>与 LOCATION 一起发送的 z。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="75"/>
        <source>A table with one row per file: file, state (uploaded, skipped, refused, failed), image_id and message.</source>
        <translation>每个文件一行的表：file、state（uploaded、skipped、refused、failed）、image_id 和 message。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="99"/>
        <source>Give the photos to upload</source>
        <translation>请指定要上传的照片</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="102"/>
        <source>No such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="132"/>
        <source>Placing the photos at x {x}, y {y} in {crs}</source>
        <translation>正在将照片放置在 {crs} 中的 x {x}、y {y}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="137"/>
        <source>{file} refused: {why}</source>
        <translation>{file} 被拒绝：{why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="137"/>
        <source>{file} failed: {why}</source>
        <translation>{file} 失败：{why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="143"/>
        <source>Cancelled: the files not listed as uploaded were not sent</source>
        <translation>已取消：未列为已上传的文件没有发送</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="171"/>
        <source>Imago has no imagery type {type} here</source>
        <translation>Imago 此处没有影像类型 {type}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="174"/>
        <source>{type} is not placed by location: use IMAGERY_NAME or the depths</source>
        <translation>{type} 不按位置放置：请使用 IMAGERY_NAME 或深度</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="177"/>
        <source>{type} takes x/y in different systems in different datasets: give WORKSPACE and DATASET</source>
        <translation>{type} 在不同数据集中使用不同坐标系的 x/y：请指定 WORKSPACE 和 DATASET</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files uploaded now.</source>
        <translation>本次上传的文件。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files skipped because they were uploaded to this imagery before.</source>
        <translation>因之前已上传到此影像而跳过的文件。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files refused, by their header or by Imago (listed in the log).</source>
        <translation>因文件头或被 Imago 拒绝的文件（列在日志中）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files that failed for another reason (listed in the log).</source>
        <translation>因其他原因失败的文件（列在日志中）。</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="57"/>
        <source>Choose the collection, or the field that holds it</source>
        <translation>请选择集合，或包含集合的字段</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="60"/>
        <source>Choose the field with the imagery name, or the depth fields</source>
        <translation>请选择包含影像名称的字段，或深度字段</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="64"/>
        <source>Layer {layer} has no field {field}</source>
        <translation>图层 {layer} 没有字段 {field}</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="68"/>
        <source>Name the field that receives the image paths</source>
        <translation>请指定接收图像路径的字段</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="72"/>
        <source>Field {field} is not a text field: choose another name for the paths</source>
        <translation>字段 {field} 不是文本字段：请为路径选择其他名称</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="89"/>
        <source>no collection in {field}</source>
        <translation>{field} 中没有集合</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="97"/>
        <source>no imagery name in {field}</source>
        <translation>{field} 中没有影像名称</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="104"/>
        <source>no depth in {field}</source>
        <translation>{field} 中没有深度</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/features.py" line="175"/>
        <source>Imago: %Ln image(s)</source>
        <translation>
            <numerusform>Imago：%Ln 幅图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="208"/>
        <source>Imago image paths</source>
        <translation>Imago 图像路径</translation>
    </message>
    <message>
        <location filename="../../core/imago/inventory.py" line="46"/>
        <source>Imago imagery</source>
        <translation>Imago 影像</translation>
    </message>
    <message>
        <location filename="../../core/imago/session.py" line="22"/>
        <source>an API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="42"/>
        <source>Imago declares an unknown coordinate system {crs}</source>
        <translation>Imago 声明了未知的坐标系 {crs}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="59"/>
        <source>%Ln uploaded</source>
        <translation>
            <numerusform>已上传 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="61"/>
        <source>%Ln already there</source>
        <translation>
            <numerusform>%Ln 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="63"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln 个被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="65"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="230"/>
        <source>{summary} (cancelled)</source>
        <translation>{summary}（已取消）</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="104"/>
        <source>{name} ({number} of {count})</source>
        <translation>{name}（第 {number} 个，共 {count} 个）</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="113"/>
        <source>already uploaded on {date}</source>
        <translation>已于 {date} 上传</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="123"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="137"/>
        <source>image {id}</source>
        <translation>图像 {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="158"/>
        <source>Imago: uploading %Ln photo(s)</source>
        <translation>
            <numerusform>Imago：正在上传 %Ln 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="33"/>
        <source>Download Imago images for selected features</source>
        <translation>为所选要素下载 Imago 图像</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="59"/>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: %Ln selected feature(s)&lt;br&gt;Dataset &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (change it on the Imago tab)</source>
        <translation>
            <numerusform>&lt;b&gt;{layer}&lt;/b&gt;：已选择 %Ln 个要素&lt;br&gt;数据集 &lt;b&gt;{workspace} / {dataset}&lt;/b&gt;（在 Imago 选项卡中更改）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="78"/>
        <source>&amp;Collection</source>
        <translation>集合(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="68"/>
        <source>Collection from &amp;field</source>
        <translation>从字段获取集合(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="80"/>
        <source>By &amp;name in field</source>
        <translation>按字段中的名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="83"/>
        <source>By &amp;depth: from field</source>
        <translation>按深度：起始字段(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="91"/>
        <source>original size</source>
        <translation>原始尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="92"/>
        <source> px wide</source>
        <translation> 像素宽</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="94"/>
        <source>Created as a text field when the layer does not have it</source>
        <translation>图层中没有该字段时创建为文本字段</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="113"/>
        <source>to field</source>
        <translation>结束字段</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="79"/>
        <source>Imagery &amp;type</source>
        <translation>影像类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="80"/>
        <source>I&amp;mage type</source>
        <translation>图像类型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="121"/>
        <source>&amp;Size</source>
        <translation>尺寸(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="122"/>
        <source>&amp;Paths into field</source>
        <translation>路径写入字段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="100"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="132"/>
        <source>Match each feature to its imagery:</source>
        <translation>将每个要素匹配到其影像：</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="189"/>
        <source>Choose the imagery type and image type</source>
        <translation>请选择影像类型和图像类型</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="195"/>
        <source>None of the selected features names an imagery ({reasons})</source>
        <translation>所选要素均未指明影像（{reasons}）</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="215"/>
        <source>Imago: {layer} was removed before its images arrived</source>
        <translation>Imago：{layer} 在其图像到达前已被移除</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="221"/>
        <source>Imago: images downloaded to {folder} but not written to {layer}</source>
        <translation>Imago：图像已下载到 {folder}，但未写入 {layer}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="227"/>
        <source>Imago: %Ln feature(s) of {layer} got their image path in {field}</source>
        <translation>
            <numerusform>Imago：{layer} 的 %Ln 个要素已在 {field} 中获得图像路径</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="234"/>
        <source>{line}; %Ln without: {details}</source>
        <translation>
            <numerusform>{line}；%Ln 个没有：{details}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="251"/>
        <source>feature {fid}</source>
        <translation>要素 {fid}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Imagery</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Depth (m)</source>
        <translation>深度 (m)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="56"/>
        <source>Upload photos to Imago</source>
        <translation>上传照片到 Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="228"/>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="56"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="57"/>
        <source>Sign in to Imago with the account in Imagery Hub settings</source>
        <translation>使用 Imagery Hub 设置中的账户登录 Imago</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="60"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="67"/>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="71"/>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="71"/>
        <source>&amp;Dataset</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="84"/>
        <source>List imagery</source>
        <translation>列出影像</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="85"/>
        <source>List the imagery of the collection (of the imagery type)</source>
        <translation>列出集合中（该影像类型的）影像</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="101"/>
        <source>Download the selected imagery&apos;s images (full size) to the download folder</source>
        <translation>将所选影像的图像（完整尺寸）下载到下载文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="104"/>
        <source>Upload…</source>
        <translation>上传…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="105"/>
        <source>Upload photos with their location to the chosen collection</source>
        <translation>将照片连同其位置上传到所选集合</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="117"/>
        <source>Account and collection</source>
        <translation>账户和集合</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="132"/>
        <source>“{action}” works on point layers (boreholes, sample sites): pick one in the Layers panel</source>
        <translation>“{action}”适用于点图层（钻孔、采样点）：请在图层面板中选择一个</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="144"/>
        <source>Select the features of {layer} to download Imago images for</source>
        <translation>请选择 {layer} 中要下载 Imago 图像的要素</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="184"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="189"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="196"/>
        <source>Imago: signing in</source>
        <translation>Imago：正在登录</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="203"/>
        <source>Signed in as &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>已登录为 &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="220"/>
        <source>Imago sign-in</source>
        <translation>Imago 登录</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="231"/>
        <source>Imago: signing out</source>
        <translation>Imago：正在退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="284"/>
        <source>Imago: collections of {dataset}</source>
        <translation>Imago：{dataset} 的集合</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="301"/>
        <source>Choose a collection to list its imagery</source>
        <translation>请选择一个集合以列出其影像</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="307"/>
        <source>Imago: imagery of {collection}</source>
        <translation>Imago：{collection} 的影像</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="112"/>
        <source>Imago: preview</source>
        <translation>Imago：预览</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="117"/>
        <source>Select imagery in the list to download</source>
        <translation>请在列表中选择要下载的影像</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="129"/>
        <source>Imago: {summary} to {folder}</source>
        <translation>Imago：{summary}，保存到 {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="129"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="135"/>
        <source>Imago: downloading images</source>
        <translation>Imago：正在下载图像</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="42"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="60"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="60"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="65"/>
        <source>&amp;Add photos…</source>
        <translation>添加照片(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="76"/>
        <source>optional, e.g. a sample site id</source>
        <translation>可选，例如采样点 id</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="81"/>
        <source>Imagery &amp;name</source>
        <translation>影像名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="84"/>
        <source>Point on the map</source>
        <translation>地图上的点</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="85"/>
        <source>&amp;Pick on map</source>
        <translation>在地图上选取(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="88"/>
        <source>Selected feature</source>
        <translation>所选要素</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="90"/>
        <source>Elevation</source>
        <translation>高程</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="95"/>
        <source>Elevation from field</source>
        <translation>从字段获取高程</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="116"/>
        <source>&amp;Upload</source>
        <translation>上传(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="177"/>
        <source>Photos to upload to Imago</source>
        <translation>要上传到 Imago 的照片</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="177"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>图像 (*.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="249"/>
        <source>Choose an imagery type placed by location</source>
        <translation>请选择按位置放置的影像类型</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="253"/>
        <source>Select exactly one feature of the layer, or pick a point on the map</source>
        <translation>请在图层中只选择一个要素，或在地图上选取一个点</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="257"/>
        <source>The selected feature has no location</source>
        <translation>所选要素没有位置</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="262"/>
        <source>Pick the point on the map first</source>
        <translation>请先在地图上选取点</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="267"/>
        <source>The elevation field needs a selected feature: type the elevation instead</source>
        <translation>高程字段需要一个所选要素：请改为直接输入高程</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="273"/>
        <source>{field} has no elevation for this feature</source>
        <translation>{field} 中没有此要素的高程</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="288"/>
        <source>Sent as x {x}, y {y}, z {z} m in {crs} (what {kind} expects)</source>
        <translation>以 {crs} 中的 x {x}、y {y}、z {z} m 发送（{kind} 所要求的）</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="307"/>
        <source>Sign in on the Imago tab first</source>
        <translation>请先在 Imago 选项卡中登录</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="310"/>
        <source>Add the photos to upload first</source>
        <translation>请先添加要上传的照片</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="332"/>
        <source>Imago upload</source>
        <translation>Imago 上传</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Inventory</name>
    <message>
        <location filename="../../ui/inventory.py" line="99"/>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="100"/>
        <source>Search every service that has credentials over the area of interest, at once, into one overview and one inventory layer</source>
        <translation>在感兴趣区域上一次性搜索所有具有凭据的服务，结果汇入一个概览和一个清单图层</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="105"/>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="143"/>
        <source>“All services” searches every service that has credentials over the area of interest at once. What each one holds there fills in here as it answers: click a service for its tab, a month of the timeline for its footprints.</source>
        <translation>“所有服务”会在感兴趣区域上一次性搜索所有具有凭据的服务。每个服务在该区域的内容会在其响应时显示在这里：单击服务可打开其选项卡，单击时间轴上的月份可选择其覆盖范围。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="181"/>
        <source>Cancel this service&apos;s search</source>
        <translation>取消此服务的搜索</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="227"/>
        <source>No service to search: add credentials in Settings (⚙)</source>
        <translation>没有可搜索的服务：请在设置（⚙）中添加凭据</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="243"/>
        <source>searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="252"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="267"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="279"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="293"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="295"/>
        <source>No images over the area: see each service&apos;s state</source>
        <translation>该区域没有图像：请查看每个服务的状态</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="38"/>
        <source>Captures per month, one row per service: click a month to select its footprints</source>
        <translation>每月拍摄数，每个服务一行：单击月份可选择其覆盖范围</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="81"/>
        <source>No dated captures yet</source>
        <translation>还没有带日期的拍摄</translation>
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
&lt;p&gt;针对多边形图层的每个要素回答“这里有哪些影像？”：在该区域上一次性搜索每个所选且具有凭据的服务（Spexi 无人机图像、Mapillary 街景图像、Mapflow 影像目录、EOSDA 最近 YEARS 年的 Sentinel-2 场景、按经度/纬度放置的 Seequent Imago 影像）。清单图层包含每个覆盖范围，字段为 &lt;code&gt;area&lt;/code&gt;、&lt;code&gt;service&lt;/code&gt;、&lt;code&gt;id&lt;/code&gt;、&lt;code&gt;captured_at&lt;/code&gt;（UTC）、&lt;code&gt;kind&lt;/code&gt;、&lt;code&gt;resolution_m&lt;/code&gt;、&lt;code&gt;cloud&lt;/code&gt;、&lt;code&gt;link&lt;/code&gt;、&lt;code&gt;altitude_m&lt;/code&gt; 和 &lt;code&gt;located&lt;/code&gt;（覆盖范围，或相机周围 5 m 的圆）。汇总表每个区域一行：每个服务的图像数、最新的拍摄，以及每个服务的状态（完成、失败并附服务的原话、因没有凭据而跳过）。&lt;/p&gt;
&lt;p&gt;凭据来自 Imagery Hub 设置，无界面运行时来自 &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt;（例如 &lt;code&gt;IMAGERY_HUB_SPEXI_KEY&lt;/code&gt;）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Areas (polygon layer)</source>
        <translation>区域（多边形图层）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Each feature is one area (only the selected ones when “Selected features only” is checked), at most {most}. Any CRS; it is transformed to WGS 84.</source>
        <translation>每个要素是一个区域（勾选“仅选中的要素”时仅为选中的要素），最多 {most} 个。任意坐标参考系；会转换为 WGS 84。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>The services to include: {ids}. Default: all. A service without credentials is skipped with a line saying how to add them.</source>
        <translation>要包含的服务：{ids}。默认：全部。没有凭据的服务会被跳过，并输出一行说明如何添加凭据。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>Years back (satellite scenes)</source>
        <translation>回溯年数（卫星场景）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>How many years back EOSDA scenes are searched (each year is one request or more).</source>
        <translation>向前搜索多少年的 EOSDA 场景（每年需要一个或多个请求）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>Most images per service and area</source>
        <translation>每个服务和区域的最多图像数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>A service stops after this many (default {most}); its state says so.</source>
        <translation>服务达到此数量后停止（默认 {most}）；其状态会说明这一点。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Imagery inventory</source>
        <translation>影像清单</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Every footprint of every service and area, in WGS 84, with the fields listed above.</source>
        <translation>每个服务和区域的所有覆盖范围，WGS 84，包含上面列出的字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>Inventory summary</source>
        <translation>清单汇总</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>One row per area: area (the feature id), area_km2, images, newest, and per service &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest and &amp;lt;service&amp;gt;_state.</source>
        <translation>每个区域一行：area（要素 id）、area_km2、images、newest，以及每个服务的 &amp;lt;service&amp;gt;_count、&amp;lt;service&amp;gt;_newest 和 &amp;lt;service&amp;gt;_state。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>Images found</source>
        <translation>找到的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>How many footprints were written.</source>
        <translation>写入的覆盖范围数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="110"/>
        <source>Give a polygon layer of areas</source>
        <translation>请提供区域的多边形图层</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="116"/>
        <source>The layer has more than {most} areas: select fewer features</source>
        <translation>该图层的区域超过 {most} 个：请选择更少的要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="119"/>
        <source>The areas layer has no polygon features (or none is selected)</source>
        <translation>区域图层没有多边形要素（或没有选中任何要素）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="158"/>
        <source>Area {fid} ({number} of {count}): {area}</source>
        <translation>区域 {fid}（第 {number}/{count} 个）：{area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/inventory.py" line="84"/>
        <source>%Ln image(s) (from the imagery inventory).</source>
        <translation>
            <numerusform>%Ln 张图像（来自影像清单）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/inventory.py" line="154"/>
        <source>Writing %Ln footprint(s)</source>
        <translation>
            <numerusform>正在写入 %Ln 个覆盖范围</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="218"/>
        <source>Imagery inventory: {service} failed: {details}</source>
        <translation>影像清单：{service} 失败：{details}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="225"/>
        <source>Imagery inventory · {time}</source>
        <translation>影像清单 · {time}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="236"/>
        <source>Imagery inventory: the result layers of {service} were not built: {details}</source>
        <translation>影像清单：未能生成 {service} 的结果图层：{details}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="238"/>
        <source>its images are in the inventory layer, but its own result layers could not be built: {reason}</source>
        <translation>其图像已在清单图层中，但无法生成其自身的结果图层：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="244"/>
        <source>Imagery inventory: {details}</source>
        <translation>影像清单：{details}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Captured</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Sharpest</source>
        <translation>最清晰</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Cloud</source>
        <translation>云量</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="60"/>
        <source>{altitude} m altitude</source>
        <translation>高度 {altitude} m</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="198"/>
        <source>Draw or pick an area of interest first (top of the panel): the inventory searches an area</source>
        <translation>请先绘制或选择感兴趣区域（面板顶部）：清单在一个区域内搜索</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="212"/>
        <source>skipped: no credentials — add them in Settings (⚙). {where}</source>
        <translation>已跳过：没有凭据——请在设置（⚙）中添加。{where}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="218"/>
        <source>skipped: not confirmed ({cost})</source>
        <translation>已跳过：未确认（{cost}）</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="222"/>
        <source>refused: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="239"/>
        <source>Searching %Ln service(s) over {area}</source>
        <translation>
            <numerusform>正在 {area} 上搜索 %Ln 个服务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="257"/>
        <source>searching: {status}</source>
        <translation>正在搜索：{status}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="267"/>
        <source>done, more exist (narrow the area)</source>
        <translation>完成，还有更多（请缩小区域）</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="275"/>
        <source>failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="288"/>
        <source>%Ln image(s) from {services} in the layer “{layer}”</source>
        <translation>
            <numerusform>图层“{layer}”中有来自 {services} 的 %Ln 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="288"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln 个服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline.py" line="134"/>
        <source>{month}: %Ln capture(s)</source>
        <translation>
            <numerusform>{month}：%Ln 次拍摄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="141"/>
        <source>{service} skipped: {reason}</source>
        <translation>已跳过 {service}：{reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="182"/>
        <source>{service} failed over area {fid}: {reason}</source>
        <translation>{service} 在区域 {fid} 上失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="36"/>
        <source>Image id</source>
        <translation>图像 ID</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="37"/>
        <source>Captured (UTC)</source>
        <translation>拍摄时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="38"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="39"/>
        <source>Ground resolution (m)</source>
        <translation>地面分辨率（m）</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="40"/>
        <source>Cloud cover (%)</source>
        <translation>云量（%）</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="41"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="42"/>
        <source>Flight altitude (m)</source>
        <translation>飞行高度（m）</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="43"/>
        <source>Located by</source>
        <translation>定位依据</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Layers</name>
    <message>
        <location filename="../../core/ingest.py" line="83"/>
        <source>Could not create the GeoPackage {path}</source>
        <translation>无法创建 GeoPackage {path}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="129"/>
        <source>Could not create the GeoPackage layer {layer}: {reason}</source>
        <translation>无法创建 GeoPackage 图层 {layer}：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="137"/>
        <source>Could not write to {layer}: {reason}</source>
        <translation>无法写入 {layer}：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="135"/>
        <source>Cancelled while writing results</source>
        <translation>写入结果时已取消</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="231"/>
        <source>QGIS could not open {layer} in {path}</source>
        <translation>QGIS 无法打开 {path} 中的 {layer}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="236"/>
        <source>Could not apply the style {style}: {reason}</source>
        <translation>无法应用样式 {style}：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/layers.py" line="305"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 幅图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/layers.py" line="306"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln 个场景</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="345"/>
        <source>the data source refused it</source>
        <translation>数据源拒绝了该操作</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="356"/>
        <source>Layer {layer} has no field {field}</source>
        <translation>图层 {layer} 没有字段 {field}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="363"/>
        <source>Could not add the field {field} to {layer}</source>
        <translation>无法向 {layer} 添加字段 {field}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="372"/>
        <source>Could not add the field {field} to {layer}: {reason}</source>
        <translation>无法向 {layer} 添加字段 {field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="378"/>
        <source>Could not write {field} into {layer}: {reason}</source>
        <translation>无法将 {field} 写入 {layer}：{reason}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Maximum cloud cover (%)</source>
        <translation>最大云量 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Finest resolution (m/px)</source>
        <translation>最精细分辨率 (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Coarsest resolution (m/px)</source>
        <translation>最粗分辨率 (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Largest off-nadir angle (°)</source>
        <translation>最大偏离天底角 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Smallest share of the area covered (%)</source>
        <translation>覆盖区域的最小比例 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="64"/>
        <source>Acquired from</source>
        <translation>获取起始日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>Acquired until</source>
        <translation>获取截止日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="79"/>
        <source>Data providers</source>
        <translation>数据提供商</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only images available for processing</source>
        <translation>仅可用于处理的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="88"/>
        <source>Catalog footprints</source>
        <translation>目录覆盖范围</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>Images written</source>
        <translation>已写入图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="95"/>
        <source>Images found</source>
        <translation>找到的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="98"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="103"/>
        <source>Optional blocks</source>
        <translation>可选模块</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="108"/>
        <source>Imagery source type</source>
        <translation>影像来源类型</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="120"/>
        <source>Imagery (URL, path or id)</source>
        <translation>影像（URL、路径或 id）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="124"/>
        <source>Catalog data provider</source>
        <translation>目录数据提供商</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="128"/>
        <source>Zoom</source>
        <translation>缩放级别</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Processing name</source>
        <translation>处理名称</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Project (id or name)</source>
        <translation>项目（id 或名称）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="142"/>
        <source>Wait for the results</source>
        <translation>等待结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="147"/>
        <source>Check every (seconds)</source>
        <translation>检查间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="151"/>
        <source>Give up waiting after (minutes)</source>
        <translation>放弃等待时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="158"/>
        <source>Mapflow results</source>
        <translation>Mapflow 结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Processing id</source>
        <translation>处理 id</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="167"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="170"/>
        <source>Objects found</source>
        <translation>找到的对象</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Images with at most this cloud cover.</source>
        <translation>云量不超过此值的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images finer than this many metres per pixel.</source>
        <translation>排除比每像素此米数更精细的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images coarser than this many metres per pixel.</source>
        <translation>排除比每像素此米数更粗的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images taken further than this from straight down.</source>
        <translation>排除偏离垂直方向超过此角度拍摄的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images that cover less of the area of interest.</source>
        <translation>排除覆盖感兴趣区域比例更小的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="49"/>
        <source>
&lt;p&gt;Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with &lt;i&gt;Run a Mapflow processing&lt;/i&gt; (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Mapflow 选项卡的目录页一样，在某个区域上搜索 Mapflow 影像目录（与账户关联的提供商的卫星和航空图像），并写出找到的图像的覆盖范围，包括日期、云量、分辨率、偏离天底角、提供商以及每幅图像覆盖区域的比例。之后可以用 &lt;i&gt;运行 Mapflow 处理&lt;/i&gt; 处理图像（SOURCE_TYPE 为 catalog，SOURCE 为其 image_id，DATA_PROVIDER 为其提供商）。最多保留 1000 幅图像。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="63"/>
        <source>to search</source>
        <translation>要搜索的</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="64"/>
        <source>First acquisition day (UTC, included). Empty: no limit.</source>
        <translation>第一个获取日（UTC，包含）。为空：无限制。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>Last acquisition day (UTC, included). Empty: no limit.</source>
        <translation>最后一个获取日（UTC，包含）。为空：无限制。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="72"/>
        <source>Empty: no limit.</source>
        <translation>为空：无限制。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="72"/>
        <source>Default 20 %.</source>
        <translation>默认 20 %。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="79"/>
        <source>Only these providers, separated by commas. Empty: every provider of the account.</source>
        <translation>仅这些提供商，以逗号分隔。为空：账户的所有提供商。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Leave out images the account cannot order or process.</source>
        <translation>排除账户无法订购或处理的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="88"/>
        <source>The footprints (multipolygons in WGS 84) with image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url and zoom.</source>
        <translation>覆盖范围（WGS 84 下的多多边形），包含 image_id、provider、acquired、cloud、resolution、off_nadir、aoi_cover、sensor、product_type、preview_type、preview_url 和 zoom。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>How many footprints were written.</source>
        <translation>写入的覆盖范围数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="95"/>
        <source>How many images match (more than COUNT when over 1000).</source>
        <translation>匹配的图像数量（超过 1000 时大于 COUNT）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="124"/>
        <source>Searching the Mapflow catalog over {area}</source>
        <translation>正在 {area} 上搜索 Mapflow 目录</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="130"/>
        <source>, the first {kept} kept</source>
        <translation>，保留前 {kept} 幅</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="65"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="48"/>
        <source>The Mapflow account has no model {model}: use one of {names}</source>
        <translation>Mapflow 账户没有模型 {model}：请使用 {names} 之一</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="66"/>
        <source>{model} has no optional block {blocks}: use all, none or some of {names}</source>
        <translation>{model} 没有可选模块 {blocks}：请使用 all、none 或 {names} 中的一些</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="82"/>
        <source>
&lt;p&gt;Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With &lt;i&gt;Wait&lt;/i&gt; the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Mapflow 选项卡一样，在图层的多边形上运行 Mapflow AI 模型（建筑物、道路、森林…）：每个多边形成为处理的一个区域；开始前会根据账户限制检查面积并询问费用。勾选 &lt;i&gt;等待&lt;/i&gt; 时，算法会跟踪处理直到结束，并将其结果（矢量化的对象）写入输出图层；否则立即返回处理 id，结果可稍后在 Mapflow 选项卡中加载。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="96"/>
        <source>to process (each polygon becomes one Mapflow area)</source>
        <translation>要处理的（每个多边形成为一个 Mapflow 区域）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="98"/>
        <source>The AI model by name as the account lists it, with or without its emoji and in any case (Buildings, Roads, Forest, Construction sites…), or by id.</source>
        <translation>AI 模型，按账户列出的名称（带或不带表情符号，不区分大小写）（Buildings、Roads、Forest、Construction sites…），或按 id。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="103"/>
        <source>The model's optional blocks to enable, separated by commas (e.g. Classification, OSM); “all” (the default, as in the tab) or “none”.</source>
        <translation>要启用的模型可选模块，以逗号分隔（例如 Classification, OSM）；“all”（默认，与选项卡相同）或“none”。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="108"/>
        <source>Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is the URL template); tif, a GeoTIFF uploaded before (SOURCE is its s3:// URL); geotiff_file, a GeoTIFF on this computer that is uploaded first (SOURCE is its path); catalog, an image of the Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); provider, an imagery provider of the account such as Mapbox, processed at ZOOM without an image (SOURCE is the provider&apos;s name).</source>
        <translation>影像的来源：xyz、tms 或 quadkey，瓦片（SOURCE 为 URL 模板）；tif，之前上传的 GeoTIFF（SOURCE 为其 s3:// URL）；geotiff_file，本机上的 GeoTIFF，会先上传（SOURCE 为其路径）；catalog，Mapflow 目录中的图像（SOURCE 为其图像 id，DATA_PROVIDER 为其提供商）；mosaic，Data API 镶嵌（SOURCE 为镶嵌 id）；provider，账户的影像提供商（如 Mapbox），在 ZOOM 级别处理且无需图像（SOURCE 为提供商名称）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="120"/>
        <source>The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} for quadkey), an s3:// URL, a file path, a catalog image id or a mosaic id.</source>
        <translation>按 SOURCE_TYPE 指定的影像：带 {x}、{y}、{z}（quadkey 为 {q}）的 URL、s3:// URL、文件路径、目录图像 id 或镶嵌 id。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="124"/>
        <source>For SOURCE_TYPE catalog: the provider of the image, as Search the Mapflow catalog writes it in the provider field.</source>
        <translation>当 SOURCE_TYPE 为 catalog 时：图像的提供商，与“搜索 Mapflow 影像目录”写入 provider 字段的值相同。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="128"/>
        <source>Tile zoom of the imagery (tile and catalog sources). Empty: the model&apos;s own zoom.</source>
        <translation>影像的瓦片缩放级别（瓦片和目录来源）。为空：模型自身的缩放级别。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Name shown in Mapflow. Empty: the model and the time, e.g. “Buildings 2024-06-01 14:30”.</source>
        <translation>在 Mapflow 中显示的名称。为空：模型和时间，例如“Buildings 2024-06-01 14:30”。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>The Mapflow project to put the processing in. Empty: the account&apos;s default project.</source>
        <translation>放置处理的 Mapflow 项目。为空：账户的默认项目。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="142"/>
        <source>Follow the processing until it ends and write its results to OUTPUT. Unchecked: return the processing id as soon as it has started (OUTPUT is then not written).</source>
        <translation>跟踪处理直到结束，并将其结果写入 OUTPUT。不勾选：处理一开始就返回处理 id（此时不写 OUTPUT）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="147"/>
        <source>How often the status is asked for while waiting.</source>
        <translation>等待期间查询状态的频率。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="151"/>
        <source>Stop waiting (the processing goes on in Mapflow) after this long; 0 waits without limit.</source>
        <translation>经过此时长后停止等待（处理在 Mapflow 中继续）；0 表示无限等待。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="158"/>
        <source>The objects the model found, with the attributes Mapflow gives them (class, confidence…), in WGS 84. A GeoPackage unless another format is chosen.</source>
        <translation>模型找到的对象，带有 Mapflow 赋予的属性（类别、置信度…），WGS 84。除非选择了其他格式，否则为 GeoPackage。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>The id of the processing in Mapflow (to load it later from the tab).</source>
        <translation>处理在 Mapflow 中的 id（以便稍后在选项卡中加载）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="167"/>
        <source>OK when the results were written; the current status when not waiting.</source>
        <translation>结果写入后为 OK；不等待时为当前状态。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="170"/>
        <source>How many result features were written (0 when not waiting).</source>
        <translation>写入的结果要素数量（不等待时为 0）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="196"/>
        <source>No GeoTIFF at {path}</source>
        <translation>{path} 处没有 GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="199"/>
        <source>{name} is not a GeoTIFF</source>
        <translation>{name} 不是 GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="205"/>
        <source>A catalog image needs its provider (the provider field of the catalog search)</source>
        <translation>目录图像需要其提供商（目录搜索的 provider 字段）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="218"/>
        <source>Waiting is for the results: give OUTPUT (a file or TEMPORARY_OUTPUT), or set WAIT to false to only start the processing</source>
        <translation>等待是为了获取结果：请指定 OUTPUT（文件或 TEMPORARY_OUTPUT），或将 WAIT 设为 false 以仅启动处理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="254"/>
        <source>Starting “{name}”: {model} on {km2} km² in %Ln area(s) from {source}</source>
        <translation>
            <numerusform>正在启动“{name}”：{model}，{km2} km²，%Ln 个区域，来源 {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="257"/>
        <source>, cost {cost}</source>
        <translation>，费用 {cost}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="261"/>
        <source>Mapflow processing {id} started</source>
        <translation>Mapflow 处理 {id} 已启动</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="268"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="269"/>
        <source>Processing {id} ended {status}: {reason}</source>
        <translation>处理 {id} 以 {status} 结束：{reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="287"/>
        <source>The Mapflow account has no project {project}: use one of {names}</source>
        <translation>Mapflow 账户没有项目 {project}：请使用 {names} 之一</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="304"/>
        <source>stopped waiting; processing {id} goes on in Mapflow</source>
        <translation>已停止等待；处理 {id} 在 Mapflow 中继续</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/catalog.py" line="128"/>
        <source>%Ln image(s) found</source>
        <translation>
            <numerusform>找到 %Ln 幅图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="278"/>
        <source>%Ln object(s) written</source>
        <translation>
            <numerusform>已写入 %Ln 个对象</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="38"/>
        <source>The Mapflow token is not the one shown at app.mapflow.ai (base64 of email:key): copy it again into Imagery Hub settings</source>
        <translation>Mapflow 令牌与 app.mapflow.ai 上显示的不一致（email:密钥 的 base64）：请重新将其复制到 Imagery Hub 设置中</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="60"/>
        <source>The QGIS Authentication Manager is locked: enter the master password to show Mapflow tiles</source>
        <translation>QGIS 认证管理器已锁定：请输入主密码以显示 Mapflow 瓦片</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="75"/>
        <source>QGIS could not store the Mapflow tile credentials</source>
        <translation>QGIS 无法保存 Mapflow 瓦片的凭据</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="179"/>
        <source>Searching the Mapflow catalog…</source>
        <translation>正在搜索 Mapflow 目录…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/catalog_layers.py" line="49"/>
        <source>Writing %Ln footprint(s)…</source>
        <translation>
            <numerusform>正在写入 %Ln 个覆盖范围…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/catalog_layers.py" line="132"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>无法写入缩略图 {path}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="25"/>
        <source>Mapflow: my imagery</source>
        <translation>Mapflow：我的影像</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="54"/>
        <source>Mapflow gave no tiles for the mosaic “{name}”</source>
        <translation>Mapflow 没有提供镶嵌“{name}”的瓦片</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="57"/>
        <source>{name} (mosaic)</source>
        <translation>{name}（镶嵌）</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="60"/>
        <source>QGIS could not open the tiles of the mosaic “{name}”</source>
        <translation>QGIS 无法打开镶嵌“{name}”的瓦片</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="72"/>
        <source>QGIS cannot open {file}</source>
        <translation>QGIS 无法打开 {file}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/inventory.py" line="16"/>
        <source>Mapflow catalog</source>
        <translation>Mapflow 目录</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="74"/>
        <source>{name} – results (tiles)</source>
        <translation>{name} – 结果（瓦片）</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="78"/>
        <source>QGIS could not open the result tiles of {name}</source>
        <translation>QGIS 无法打开 {name} 的结果瓦片</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="83"/>
        <source>Could not style the result tiles: {reason}</source>
        <translation>无法为结果瓦片设置样式：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="87"/>
        <source>{name} – imagery</source>
        <translation>{name} – 影像</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="90"/>
        <source>QGIS could not open the imagery tiles of {name}</source>
        <translation>QGIS 无法打开 {name} 的影像瓦片</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="95"/>
        <source>{name} has no result layers yet</source>
        <translation>{name} 还没有结果图层</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="49"/>
        <source>Downloading the results of {name}…</source>
        <translation>正在下载 {name} 的结果…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="127"/>
        <source>The results of {name} are not readable GeoJSON</source>
        <translation>{name} 的结果不是可读的 GeoJSON</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="139"/>
        <source>Cancelled while waiting for the same download</source>
        <translation>在等待同一下载时已取消</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="144"/>
        <source>Writing the GeoPackage…</source>
        <translation>正在写入 GeoPackage…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="178"/>
        <source>{name} – results</source>
        <translation>{name} – 结果</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="186"/>
        <source>{name} – AOIs</source>
        <translation>{name} – 区域</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="38"/>
        <source>GDAL cannot read {file}: is it a raster file?</source>
        <translation>GDAL 无法读取 {file}：它是栅格文件吗？</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="42"/>
        <source>{file} has no georeference: Mapflow needs a GeoTIFF with a CRS</source>
        <translation>{file} 没有地理参考：Mapflow 需要带坐标参考系的 GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="67"/>
        <source>the mosaic</source>
        <translation>该镶嵌</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="73"/>
        <source>{file} cannot join {mosaic}: {differences}. Images of a mosaic must share CRS, number of bands and resolution</source>
        <translation>{file} 无法加入{mosaic}：{differences}。镶嵌中的图像必须具有相同的坐标参考系、波段数和分辨率</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="83"/>
        <source>Only raster layers read from a file can be uploaded to Mapflow</source>
        <translation>只有从文件读取的栅格图层才能上传到 Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="87"/>
        <source>The layer “{name}” is not a file on this computer</source>
        <translation>图层“{name}”不是本机上的文件</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="18"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="112"/>
        <source>GDAL could not write {file} as a GeoTIFF</source>
        <translation>GDAL 无法将 {file} 写为 GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="46"/>
        <source>Imagery Hub: uploading {files} to Mapflow</source>
        <translation>Imagery Hub：正在将 {files} 上传到 Mapflow</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="53"/>
        <source>Checking the files…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="59"/>
        <source>Checking the mosaic “{name}”…</source>
        <translation>正在检查镶嵌“{name}”…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="63"/>
        <source>the mosaic “{name}” ({profile})</source>
        <translation>镶嵌“{name}”（{profile}）</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="67"/>
        <source>Mapflow: the images of “{name}” describe no raster profile this plugin reads, so their grid was not compared before the upload</source>
        <translation>Mapflow：“{name}”的图像未描述本插件可读取的栅格配置，因此上传前未比较其网格</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="80"/>
        <source>Writing {file} as a GeoTIFF…</source>
        <translation>正在将 {file} 写为 GeoTIFF…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="88"/>
        <source>Uploading {file} ({size}, {number} of {count})…</source>
        <translation>正在上传 {file}（{size}，第 {number} 个，共 {count} 个）…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="111"/>
        <source>{file} is not a GeoTIFF: use My imagery to upload other rasters</source>
        <translation>{file} 不是 GeoTIFF：请使用“我的影像”上传其他栅格</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="116"/>
        <source>Uploading {file} ({size})…</source>
        <translation>正在上传 {file}（{size}）…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="99"/>
        <source>checking Mapflow processings</source>
        <translation>正在检查 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="103"/>
        <source>Mapflow: not checking processings: {reason}</source>
        <translation>Mapflow：未检查处理：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="111"/>
        <source>Mapflow: processing {id} no longer exists; not watching it any more</source>
        <translation>Mapflow：处理 {id} 已不存在；不再跟踪</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="122"/>
        <source>Mapflow: checking processings failed, will try again: {reason}</source>
        <translation>Mapflow：检查处理失败，将重试：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="13"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="14"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="15"/>
        <source>Awaiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="16"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="17"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="19"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="23"/>
        <source>“{name}” done.</source>
        <translation>“{name}”已完成。</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="24"/>
        <source>“{name}” failed.</source>
        <translation>“{name}”失败。</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="25"/>
        <source>“{name}” cancelled.</source>
        <translation>“{name}”已取消。</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="26"/>
        <source>“{name}” refunded.</source>
        <translation>“{name}”已退款。</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="33"/>
        <source>“{name}”: {status}.</source>
        <translation>“{name}”：{status}。</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="65"/>
        <source>{used} used</source>
        <translation>已用 {used}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="66"/>
        <source>{used} of {limit} used</source>
        <translation>已用 {used}，共 {limit}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/words.py" line="73"/>
        <source>{crs}, %Ln band(s), pixel size {size}</source>
        <translation>
            <numerusform>{crs}，%Ln 个波段，像素大小 {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="80"/>
        <source>uploaded image {name}</source>
        <translation>已上传的图像 {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/words.py" line="84"/>
        <source>%Ln image(s) of the mosaic “{name}”</source>
        <translation>
            <numerusform>镶嵌“{name}”中的 %Ln 个图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="85"/>
        <source>the mosaic “{name}”</source>
        <translation>镶嵌“{name}”</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="87"/>
        <source>{provider} image {id}</source>
        <translation>{provider} 图像 {id}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="90"/>
        <source>{provider} imagery</source>
        <translation>{provider} 影像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="33"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="34"/>
        <source>Cloud %</source>
        <translation>云量 %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="36"/>
        <source>AOI %</source>
        <translation>区域 %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="112"/>
        <source>Off-nadir</source>
        <translation>偏离天底角</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="122"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="39"/>
        <source>Image id</source>
        <translation>图像 id</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="52"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="82"/>
        <source>How much of the AOI an image must cover at least</source>
        <translation>图像至少须覆盖感兴趣区域的比例</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="83"/>
        <source>Search imagery</source>
        <translation>搜索影像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="86"/>
        <source>Search the imagery of your Mapflow providers over the AOI.</source>
        <translation>在感兴趣区域上搜索您的 Mapflow 提供商的影像。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="94"/>
        <source>Show the scenes as their previews instead of a table</source>
        <translation>以预览图而非表格显示场景</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="99"/>
        <source>Pick a scene in the table or on the map.</source>
        <translation>在表格或地图上选择一个场景。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="101"/>
        <source>Run processing on this image…</source>
        <translation>对此图像运行处理…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="102"/>
        <source>Starts a processing of the AOI with the model chosen under Processing, after showing its cost</source>
        <translation>先显示费用，再用“处理”中选择的模型对感兴趣区域启动处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="110"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="111"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="113"/>
        <source>Max cloud</source>
        <translation>最大云量</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="114"/>
        <source>Min AOI cover</source>
        <translation>最小区域覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="137"/>
        <source>This image has no picture preview</source>
        <translation>此图像没有图片预览</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="138"/>
        <source>fetching a catalog thumbnail</source>
        <translation>正在获取目录缩略图</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="146"/>
        <source>The catalog searches an area: draw a rectangle or polygon, or give the point a radius</source>
        <translation>目录按区域搜索：请绘制矩形或多边形，或为点指定半径</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="172"/>
        <source>searching the Mapflow catalog</source>
        <translation>正在搜索 Mapflow 目录</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="183"/>
        <source>The search failed: {reason}</source>
        <translation>搜索失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="190"/>
        <source>No images match: widen the dates or relax the filters.</source>
        <translation>没有匹配的图像：请放宽日期范围或筛选条件。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="193"/>
        <source>Mapflow catalog {start} – {end}</source>
        <translation>Mapflow 目录 {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/catalog.py" line="198"/>
        <source>%Ln image(s) (clouds ≤ {cloud} %)</source>
        <translation>
            <numerusform>%Ln 个图像（云量 ≤ {cloud} %）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/catalog.py" line="201"/>
        <source>{found}; %Ln found, the first {kept} kept: narrow the filters</source>
        <translation>
            <numerusform>{found}；共找到 %Ln 个，保留前 {kept} 个：请收紧筛选条件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="204"/>
        <source>Mapflow catalog: {result}</source>
        <translation>Mapflow 目录：{result}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="217"/>
        <source>{cloud} % clouds</source>
        <translation>云量 {cloud} %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="217"/>
        <source>clouds unknown</source>
        <translation>云量未知</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="224"/>
        <source>This image has no picture preview.</source>
        <translation>此图像没有图片预览。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="226"/>
        <source>Loading the preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="227"/>
        <source>fetching a catalog preview</source>
        <translation>正在获取目录预览</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="239"/>
        <source>No preview: {reason}</source>
        <translation>无预览：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="245"/>
        <source>Pick a scene in the table first</source>
        <translation>请先在表格中选择一个场景</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="39"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="63"/>
        <source>Mapflow gave no reason.</source>
        <translation>Mapflow 未给出原因。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="64"/>
        <source>Mapflow: {name} failed</source>
        <translation>Mapflow：{name} 失败</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="67"/>
        <source>Change the source or the area and start again, or restart it if the error was on Mapflow&apos;s side.</source>
        <translation>请更改来源或区域后重新开始；如果错误出在 Mapflow 一方，请重新启动它。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="77"/>
        <source>comma-separated, e.g. drone, june</source>
        <translation>以逗号分隔，例如 无人机, 六月</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="116"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="80"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="93"/>
        <source>GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="94"/>
        <source>Upload GeoTIFFs to Mapflow</source>
        <translation>将 GeoTIFF 上传到 Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>XYZ tiles</source>
        <translation>XYZ 瓦片</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>TMS tiles</source>
        <translation>TMS 瓦片</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Quadkey tiles</source>
        <translation>Quadkey 瓦片</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Uploaded GeoTIFF</source>
        <translation>已上传的 GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Catalog image</source>
        <translation>目录图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Imagery provider</source>
        <translation>影像提供商</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="48"/>
        <source>s3://… (as the upload returned it)</source>
        <translation>s3://…（上传返回的地址）</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="53"/>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="66"/>
        <source>automatic: model and time</source>
        <translation>自动：模型和时间</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="68"/>
        <source>The AI models of your Mapflow account, with their price</source>
        <translation>您的 Mapflow 账户中的 AI 模型及其价格</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="87"/>
        <source>Upload…</source>
        <translation>上传…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="86"/>
        <source>Upload a GeoTIFF from disk; its s3:// URL goes here</source>
        <translation>从磁盘上传 GeoTIFF；其 s3:// URL 将填入此处</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="97"/>
        <source>model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="99"/>
        <source>Tile zoom to process at; the model&apos;s own zoom when left at default</source>
        <translation>处理时使用的瓦片缩放级别；保留默认值时使用模型自身的缩放级别</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="103"/>
        <source>The imagery providers of your Mapflow account; no image to pick</source>
        <translation>您的 Mapflow 账户中的影像提供商；无需选择图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="106"/>
        <source>image id from the catalog</source>
        <translation>目录中的图像 id</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="111"/>
        <source>Start processing…</source>
        <translation>开始处理…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="112"/>
        <source>Shows the cost and asks before anything starts</source>
        <translation>先显示费用并询问后才会开始</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="117"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="118"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="119"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="120"/>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="121"/>
        <source>&amp;Zoom</source>
        <translation>缩放(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="123"/>
        <source>Imagery</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="124"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="160"/>
        <source>{block} (free)</source>
        <translation>{block}（免费）</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="187"/>
        <source>Imagery: &lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>影像：&lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="196"/>
        <source>Selected imagery</source>
        <translation>所选影像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="235"/>
        <source>The Mapflow account is not loaded yet: press Refresh</source>
        <translation>Mapflow 账户尚未加载：请点击“刷新”</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="41"/>
        <source>A new mosaic…</source>
        <translation>新建镶嵌…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="60"/>
        <source>Storage not loaded yet.</source>
        <translation>存储空间尚未加载。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="374"/>
        <source>Select an image to see its preview.</source>
        <translation>选择一个图像以查看其预览。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Use for a processing</source>
        <translation>用于处理(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>Show on the &amp;map</source>
        <translation>在地图上显示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Large preview</source>
        <translation>大预览(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>Re&amp;name / tags…</source>
        <translation>重命名 / 标签(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Link an uploaded s3:// image…</source>
        <translation>链接已上传的 s3:// 图像(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="90"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="85"/>
        <source>New mosaic…</source>
        <translation>新建镶嵌…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="85"/>
        <source>Create an empty mosaic</source>
        <translation>创建空镶嵌</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="87"/>
        <source>Upload GeoTIFFs from disk into a mosaic</source>
        <translation>从磁盘将 GeoTIFF 上传到镶嵌</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="90"/>
        <source>Reload mosaics, images and storage (F5)</source>
        <translation>重新加载镶嵌、图像和存储空间 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="319"/>
        <source>Use for processing</source>
        <translation>用于处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="93"/>
        <source>Process the selected mosaic or images (Enter)</source>
        <translation>处理所选镶嵌或图像 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="96"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="96"/>
        <source>Show the mosaic&apos;s tiles, or download the image as a layer</source>
        <translation>显示镶嵌的瓦片，或将图像下载为图层</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="172"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="136"/>
        <source>loading your Mapflow imagery</source>
        <translation>正在加载您的 Mapflow 影像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="157"/>
        <source>Storage: {usage}</source>
        <translation>存储空间：{usage}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="160"/>
        <source>{percent} % of your Mapflow storage is used</source>
        <translation>已使用您的 Mapflow 存储空间的 {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="265"/>
        <source>New Mapflow mosaic</source>
        <translation>新建 Mapflow 镶嵌</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="180"/>
        <source>creating a Mapflow mosaic</source>
        <translation>正在创建 Mapflow 镶嵌</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="191"/>
        <source>Mosaic name and tags</source>
        <translation>镶嵌名称和标签</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="194"/>
        <source>changing a Mapflow mosaic</source>
        <translation>正在修改 Mapflow 镶嵌</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="198"/>
        <source>Rename image</source>
        <translation>重命名图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="201"/>
        <source>renaming a Mapflow image</source>
        <translation>正在重命名 Mapflow 图像</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="217"/>
        <source>the mosaic {names} with %Ln image(s)</source>
        <translation>
            <numerusform>镶嵌 {names}（含 %Ln 个图像）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="219"/>
        <source>the mosaics {names} with %Ln image(s)</source>
        <translation>
            <numerusform>镶嵌 {names}（共含 %Ln 个图像）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="222"/>
        <source>1 image (“{file}”)</source>
        <translation>1 个图像（“{file}”）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery_tree.py" line="51"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 个图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="225"/>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="227"/>
        <source>Delete {what} from Mapflow? Deleted images cannot be restored.</source>
        <translation>要从 Mapflow 删除{what}吗？已删除的图像无法恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="229"/>
        <source>Delete Mapflow imagery</source>
        <translation>删除 Mapflow 影像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="206"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="238"/>
        <source>deleting Mapflow imagery</source>
        <translation>正在删除 Mapflow 影像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="242"/>
        <source>Link an uploaded image</source>
        <translation>链接已上传的图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="242"/>
        <source>s3:// URL of the image to add to “{mosaic}”</source>
        <translation>要添加到“{mosaic}”的图像的 s3:// URL</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="247"/>
        <source>linking an image to a Mapflow mosaic</source>
        <translation>正在将图像链接到 Mapflow 镶嵌</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="345"/>
        <source>Upload to Mapflow</source>
        <translation>上传到 Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="257"/>
        <source>Into the mosaic</source>
        <translation>到镶嵌</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="294"/>
        <source>An upload is running: wait for it or cancel it first</source>
        <translation>有上传正在进行：请等待其完成或先取消</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="310"/>
        <source>Uploading to “{mosaic}”…</source>
        <translation>正在上传到“{mosaic}”…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="319"/>
        <source>%Ln image(s) uploaded to the Mapflow mosaic “{mosaic}”</source>
        <translation>
            <numerusform>已将 %Ln 个图像上传到 Mapflow 镶嵌“{mosaic}”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="334"/>
        <source>Select one mosaic, or images of one mosaic</source>
        <translation>请选择一个镶嵌，或同一镶嵌中的图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="359"/>
        <source>downloading {file}</source>
        <translation>正在下载 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="364"/>
        <source>Downloading {file}…</source>
        <translation>正在下载 {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="374"/>
        <source>“{mosaic}”: %Ln image(s). Select one to see it.</source>
        <translation>
            <numerusform>“{mosaic}”：%Ln 个图像。选择一个即可查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="400"/>
        <source>fetching a Mapflow preview</source>
        <translation>正在获取 Mapflow 预览</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="394"/>
        <source>No preview available.</source>
        <translation>没有可用的预览。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery_tree.py" line="22"/>
        <source>%Ln band(s)</source>
        <translation>
            <numerusform>%Ln 个波段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="30"/>
        <source>Mosaic / image</source>
        <translation>镶嵌 / 图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="30"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="55"/>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="63"/>
        <source>profile unknown</source>
        <translation>配置未知</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="67"/>
        <source>Uploaded {when}</source>
        <translation>上传于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="29"/>
        <source>“{name}” is not finished yet</source>
        <translation>“{name}”尚未完成</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="44"/>
        <source>downloading the results of {name}</source>
        <translation>正在下载 {name} 的结果</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="58"/>
        <source>Mapflow: the results of “{name}” are in {path}</source>
        <translation>Mapflow：“{name}”的结果位于 {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/processing_actions.py" line="61"/>
        <source>Downloaded %Ln feature(s) of “{name}” into {file}</source>
        <translation>
            <numerusform>已将“{name}”的 %Ln 个要素下载到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="67"/>
        <source>loading the AOIs of {name}</source>
        <translation>正在加载 {name} 的区域</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="72"/>
        <source>Rename Mapflow processing</source>
        <translation>重命名 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="75"/>
        <source>renaming a Mapflow processing</source>
        <translation>正在重命名 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="80"/>
        <source>restarting a Mapflow processing</source>
        <translation>正在重新启动 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="86"/>
        <source>Restarted the failed parts of “{name}”</source>
        <translation>已重新启动“{name}”失败的部分</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="91"/>
        <source>Move Mapflow processing</source>
        <translation>移动 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="91"/>
        <source>Move “{name}” to</source>
        <translation>将“{name}”移动到</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="97"/>
        <source>moving a Mapflow processing</source>
        <translation>正在移动 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="102"/>
        <source>Delete “{name}” and its results on Mapflow? Layers already downloaded stay.</source>
        <translation>要删除 Mapflow 上的“{name}”及其结果吗？已下载的图层会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="104"/>
        <source>Delete Mapflow processing</source>
        <translation>删除 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="106"/>
        <source>deleting a Mapflow processing</source>
        <translation>正在删除 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Area km²</source>
        <translation>面积 km²</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Load results as tiles</source>
        <translation>以瓦片加载结果(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Download results (GeoPackage)</source>
        <translation>下载结果 (GeoPackage)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Show &amp;AOIs with their status</source>
        <translation>显示区域及其状态(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Read the &amp;error</source>
        <translation>查看错误(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Res&amp;tart failed parts</source>
        <translation>重新启动失败的部分(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Move to project…</source>
        <translation>移动到项目(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="58"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="164"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="165"/>
        <source>Result tiles and imagery as layers (Enter)</source>
        <translation>将结果瓦片和影像作为图层加载 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="168"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="169"/>
        <source>The result features into a GeoPackage layer</source>
        <translation>将结果要素下载到 GeoPackage 图层</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="13"/>
        <source>{credits} credits left</source>
        <translation>剩余 {credits} 积分</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="16"/>
        <source>unlimited processing</source>
        <translation>处理不限量</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="18"/>
        <source>{left} left of {limit}</source>
        <translation>剩余 {left}（共 {limit}）</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="21"/>
        <source>{left} left</source>
        <translation>剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="23"/>
        <source>no limit reported</source>
        <translation>未报告限额</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="26"/>
        <source>≤ {area} per area</source>
        <translation>每个区域 ≤ {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/projects.py" line="30"/>
        <source>≤ %Ln area(s) per processing</source>
        <translation>
            <numerusform>每次处理 ≤ %Ln 个区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/projects.py" line="31"/>
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="55"/>
        <source>Mapflow account not loaded yet.</source>
        <translation>Mapflow 账户尚未加载。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="58"/>
        <source>Reload the account, projects and processings</source>
        <translation>重新加载账户、项目和处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="61"/>
        <source>The Mapflow project whose processings are shown and where new ones go</source>
        <translation>显示其处理、并存放新处理的 Mapflow 项目</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="64"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="64"/>
        <source>Create a project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="66"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="66"/>
        <source>Rename this project</source>
        <translation>重命名此项目</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="68"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="68"/>
        <source>Delete this project and all its processings</source>
        <translation>删除此项目及其所有处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="72"/>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="103"/>
        <source>{name} (default)</source>
        <translation>{name}（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="60"/>
        <source>New processing on the AOI</source>
        <translation>对感兴趣区域新建处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>Processing</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>My imagery</source>
        <translation>我的影像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="167"/>
        <source>loading the Mapflow account</source>
        <translation>正在加载 Mapflow 账户</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="180"/>
        <source>loading Mapflow projects</source>
        <translation>正在加载 Mapflow 项目</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="184"/>
        <source>New Mapflow project</source>
        <translation>新建 Mapflow 项目</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="193"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="187"/>
        <source>creating a Mapflow project</source>
        <translation>正在创建 Mapflow 项目</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="193"/>
        <source>Rename Mapflow project</source>
        <translation>重命名 Mapflow 项目</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="196"/>
        <source>renaming a Mapflow project</source>
        <translation>正在重命名 Mapflow 项目</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="204"/>
        <source>Delete the project “{name}” with all its processings and results? This cannot be undone.</source>
        <translation>要删除项目“{name}”及其所有处理和结果吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="206"/>
        <source>Delete Mapflow project</source>
        <translation>删除 Mapflow 项目</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="208"/>
        <source>deleting a Mapflow project</source>
        <translation>正在删除 Mapflow 项目</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="219"/>
        <source>listing Mapflow processings</source>
        <translation>正在列出 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="245"/>
        <source>Asking Mapflow for the cost…</source>
        <translation>正在向 Mapflow 询问费用…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="246"/>
        <source>estimating a Mapflow processing</source>
        <translation>正在估算 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="258"/>
        <source>Cost: {cost} credits ({left} left)</source>
        <translation>费用：{cost} 积分（剩余 {left}）</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="261"/>
        <source>Area: {area} km² of {left} km² left</source>
        <translation>面积：{area} km²，剩余 {left} km²</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="264"/>
        <source>Cost: {cost}</source>
        <translation>费用：{cost}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/tab.py" line="267"/>
        <source>{area} in %Ln area(s)</source>
        <translation>
            <numerusform>{area}，共 %Ln 个区域</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="268"/>
        <source>Start “{name}”?

Model: {model}
Area: {area}
Imagery: {imagery}
{price}</source>
        <translation>要启动“{name}”吗？

模型：{model}
区域：{area}
影像：{imagery}
{price}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="271"/>
        <source>Start Mapflow processing</source>
        <translation>启动 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="271"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="274"/>
        <source>Not started.</source>
        <translation>未启动。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="276"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="277"/>
        <source>starting a Mapflow processing</source>
        <translation>正在启动 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="293"/>
        <source>Uploading {file}…</source>
        <translation>正在上传 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="289"/>
        <source>uploading {file} to Mapflow</source>
        <translation>正在将 {file} 上传到 Mapflow</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="297"/>
        <source>{file} is uploaded: start the processing when ready.</source>
        <translation>{file} 已上传：准备好后即可启动处理。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="302"/>
        <source>Started “{name}”; you will be told when it is done.</source>
        <translation>已启动“{name}”；完成时会通知您。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="310"/>
        <source>Mapflow processing “{name}” started</source>
        <translation>Mapflow 处理“{name}”已启动</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="317"/>
        <source>“{name}”: {status}, {percent} %</source>
        <translation>“{name}”：{status}，{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="324"/>
        <source>Mapflow processing “{name}” is done</source>
        <translation>Mapflow 处理“{name}”已完成</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="325"/>
        <source>Load results</source>
        <translation>加载结果</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="329"/>
        <source>Mapflow processing “{name}” failed: {reason}</source>
        <translation>Mapflow 处理“{name}”失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="331"/>
        <source>Read the error</source>
        <translation>查看错误</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="334"/>
        <source>Mapflow processing “{name}” ended: {status}</source>
        <translation>Mapflow 处理“{name}”已结束：{status}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="342"/>
        <source>Use as Mapflow AOI</source>
        <translation>用作 Mapflow 感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="343"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>对所选要素运行 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="354"/>
        <source>Mapflow processes polygons: pick a polygon layer</source>
        <translation>Mapflow 处理多边形：请选择多边形图层</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="187"/>
        <source>Name the model, e.g. Buildings</source>
        <translation>请指定模型，例如 Buildings</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="45"/>
        <source>Captured from</source>
        <translation>拍摄起始日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>Captured until</source>
        <translation>拍摄截止日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="51"/>
        <source>Panoramas only</source>
        <translation>仅全景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="54"/>
        <source>Creator (Mapillary username)</source>
        <translation>创建者（Mapillary 用户名）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="60"/>
        <source>Mapillary images</source>
        <translation>Mapillary 图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>Images found</source>
        <translation>找到的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="66"/>
        <source>Cells at the cap</source>
        <translation>达到上限的单元格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="30"/>
        <source>
&lt;p&gt;Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary&apos;s bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to &lt;i&gt;Download images&lt;/i&gt; to fetch the pictures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Mapillary 选项卡一样，查找在某个区域内拍摄的 Mapillary 街景图像：区域被划分为小于 Mapillary 边界框限制（插件设置）的单元格，返回 2000 幅图像上限的单元格会再次划分，每幅图像只保留一次。结果是相机位置的点图层，包含图像 id、拍摄时间、罗盘角度、全景标志、创建者、序列和相机。将其交给 &lt;i&gt;下载图像&lt;/i&gt; 以获取照片。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="44"/>
        <source>to search</source>
        <translation>要搜索的</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="45"/>
        <source>First capture day (UTC, included). Empty: no lower limit.</source>
        <translation>第一个拍摄日（UTC，包含）。为空：无下限。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>Last capture day (UTC, included). Empty: up to today.</source>
        <translation>最后一个拍摄日（UTC，包含）。为空：到今天为止。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="51"/>
        <source>Keep only 360° panoramas. Default: every image.</source>
        <translation>仅保留 360° 全景。默认：所有图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="54"/>
        <source>Only images uploaded by this Mapillary user (without @). Empty: anyone.</source>
        <translation>仅此 Mapillary 用户上传的图像（不带 @）。为空：任何人。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="60"/>
        <source>The images as points in WGS 84, one per image, with a local_path field that Download images fills.</source>
        <translation>图像作为 WGS 84 下的点，每幅图像一个，带有由“下载图像”填写的 local_path 字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>How many images were found.</source>
        <translation>找到的图像数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="66"/>
        <source>Cells that still returned 2000 images after being split: images are missing there (search a smaller area or fewer dates). 0 when complete.</source>
        <translation>划分后仍返回 2000 幅图像的单元格：那里缺少图像（请搜索更小的区域或更少的日期）。完整时为 0。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="96"/>
        <source>Searching Mapillary: {filters}</source>
        <translation>正在搜索 Mapillary：{filters}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="99"/>
        <source>Searching Mapillary</source>
        <translation>正在搜索 Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="103"/>
        <source>{done} of {total} cells, %Ln image(s)</source>
        <translation>
            <numerusform>{done}/{total} 个单元格，%Ln 幅图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="107"/>
        <source>%Ln image(s) in {requests} requests</source>
        <translation>
            <numerusform>%Ln 幅图像，{requests} 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="110"/>
        <source>%Ln cell(s) still hit Mapillary&apos;s 2000-image cap: some images there are missing; search a smaller area or fewer dates</source>
        <translation>
            <numerusform>%Ln 个单元格仍达到 Mapillary 的 2000 幅图像上限：那里缺少一些图像；请搜索更小的区域或更少的日期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Panorama sequences</source>
        <translation>全景序列</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Panoramas</source>
        <translation>全景图</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="194"/>
        <source>Mapillary coverage</source>
        <translation>Mapillary 覆盖</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="145"/>
        <source>QGIS could not open the Mapillary tiles at {url}</source>
        <translation>QGIS 无法打开 {url} 处的 Mapillary 瓦片</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="209"/>
        <source>The Mapillary coverage needs the access token: {error}</source>
        <translation>Mapillary 覆盖需要访问令牌：{error}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="36"/>
        <source>Unknown image size {size}: one of {sizes}</source>
        <translation>未知的图像尺寸 {size}：应为 {sizes} 之一</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="39"/>
        <source>Select image points first (on the map or in the table)</source>
        <translation>请先选择图像点（在地图上或表格中）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapillary/downloads.py" line="75"/>
        <source>Imagery Hub: downloading %Ln Mapillary image(s)</source>
        <translation>
            <numerusform>Imagery Hub：正在下载 %Ln 幅 Mapillary 图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="94"/>
        <source>Imagery Hub: Mapillary downloads</source>
        <translation>Imagery Hub：Mapillary 下载</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="119"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>无法写入缩略图 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="53"/>
        <source>panoramas</source>
        <translation>全景图</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="76"/>
        <source>by {creator}</source>
        <translation>作者 {creator}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="104"/>
        <source>Imagery Hub: Mapillary search</source>
        <translation>Imagery Hub：Mapillary 搜索</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapillary/search.py" line="118"/>
        <source>Writing %Ln image(s)</source>
        <translation>
            <numerusform>正在写入 %Ln 幅图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="151"/>
        <source>Cells at the image cap</source>
        <translation>达到图像上限的单元格</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/viewer.py" line="88"/>
        <source>Mapillary has no {size} image for {image}</source>
        <translation>Mapillary 没有 {image} 的 {size} 图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="74"/>
        <source>Click an image point on the map to see it here</source>
        <translation>单击地图上的图像点以在此处查看</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="172"/>
        <source>new blur</source>
        <translation>新模糊区域</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="197"/>
        <source>{kind} (requested)</source>
        <translation>{kind}（已请求）</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="45"/>
        <source>Captured</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="92"/>
        <source>Creator</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="47"/>
        <source>Pano</source>
        <translation>全景</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="158"/>
        <source>any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="77"/>
        <source>Show coverage on the map</source>
        <translation>在地图上显示覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="78"/>
        <source>Sequences and images as vector tiles (mly1_public), green; panoramas blue</source>
        <translation>序列和图像以矢量瓦片（mly1_public）显示，绿色；全景图为蓝色</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="82"/>
        <source>Search the area of interest</source>
        <translation>搜索感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="86"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="90"/>
        <source>any (Mapillary username)</source>
        <translation>任意（Mapillary 用户名）</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="93"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="98"/>
        <source>No search yet.</source>
        <translation>尚未搜索。</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="107"/>
        <source>View an image on the map</source>
        <translation>查看地图上的图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="109"/>
        <source>Click an image point of a search layer or of the coverage; Esc stops</source>
        <translation>单击搜索图层或覆盖中的图像点；按 Esc 停止</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="119"/>
        <source>{size} px wide</source>
        <translation>宽 {size} 像素</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="119"/>
        <source>original</source>
        <translation>原图</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="127"/>
        <source>default: downloads/mapillary</source>
        <translation>默认：downloads/mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="129"/>
        <source>Empty: the download folder of Imagery Hub settings, in a mapillary folder</source>
        <translation>留空：Imagery Hub 设置中的下载文件夹下的 mapillary 文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="131"/>
        <source>Download to</source>
        <translation>下载到</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="132"/>
        <source>Download selected</source>
        <translation>下载所选</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="174"/>
        <source>Mapillary: thumbnail of image {image}</source>
        <translation>Mapillary：图像 {image} 的缩略图</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="221"/>
        <source>The start date is after the end date: swap them</source>
        <translation>开始日期晚于结束日期：请交换两者</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="234"/>
        <source>Mapillary search</source>
        <translation>Mapillary 搜索</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="238"/>
        <source>Searching Mapillary…</source>
        <translation>正在搜索 Mapillary…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="246"/>
        <source>%Ln image(s) in 1 cell</source>
        <translation>
            <numerusform>1 个单元格中有 %Ln 幅图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="248"/>
        <source>%Ln image(s) in {cells} cells</source>
        <translation>
            <numerusform>{cells} 个单元格中有 %Ln 幅图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="250"/>
        <source>{found}. Select rows or points to download; double-click to view.</source>
        <translation>{found}。选择行或点以下载；双击查看。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="254"/>
        <source>Mapillary returned its 2000-image maximum for %Ln cell(s), so some images are missing there (shown in red): zoom in to a smaller area or narrow the dates.</source>
        <translation>
            <numerusform>Mapillary 在 %Ln 个单元格中返回了 2000 幅图像的上限，因此那里缺少部分图像（红色显示）：请缩小区域或缩短日期范围。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="259"/>
        <source>Mapillary: {found}</source>
        <translation>Mapillary：{found}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="278"/>
        <source>%Ln image(s) (from the project).</source>
        <translation>
            <numerusform>%Ln 幅图像（来自项目）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="310"/>
        <source>Run a search first, or make a Mapillary images layer the active layer</source>
        <translation>请先运行搜索，或将 Mapillary 图像图层设为当前图层</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="318"/>
        <source>Mapillary download</source>
        <translation>Mapillary 下载</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="321"/>
        <source>Downloading %Ln image(s)…</source>
        <translation>
            <numerusform>正在下载 %Ln 幅图像…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="33"/>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;评论&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="40"/>
        <source>Write a comment…</source>
        <translation>写评论…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="42"/>
        <source>Post</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="50"/>
        <source>Draw blur…</source>
        <translation>绘制模糊区域…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="52"/>
        <source>Drag a rectangle on the image over what should be blurred, then send it</source>
        <translation>在图像上拖出一个矩形覆盖需要模糊的内容，然后发送</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="55"/>
        <source>Send blur request</source>
        <translation>发送模糊请求</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="58"/>
        <source>Report image…</source>
        <translation>举报图像…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="59"/>
        <source>Ask Mapillary to review this image (privacy, offensive content…)</source>
        <translation>请 Mapillary 审核此图像（隐私、冒犯性内容…）</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="80"/>
        <source>No comments yet</source>
        <translation>尚无评论</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="101"/>
        <source>Drag a rectangle on the image, then press “Send blur request”.</source>
        <translation>在图像上拖出一个矩形，然后点击“发送模糊请求”。</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="112"/>
        <source>Report image</source>
        <translation>举报图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="112"/>
        <source>Why should Mapillary review this image?</source>
        <translation>为什么 Mapillary 应审核此图像？</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="32"/>
        <source>Comments, blurs, object recognition and reports need a Mapillary v2 client id (Imagery Hub settings).</source>
        <translation>评论、模糊、对象识别和举报需要 Mapillary v2 客户端 id（Imagery Hub 设置）。</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="83"/>
        <source>Mapillary viewer</source>
        <translation>Mapillary 查看器</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="56"/>
        <source>◀ Previous</source>
        <translation>◀ 上一幅</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="57"/>
        <source>Next ▶</source>
        <translation>下一幅 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="61"/>
        <source>Detections</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="62"/>
        <source>Blurs</source>
        <translation>模糊区域</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="63"/>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="64"/>
        <source>Open on mapillary.com</source>
        <translation>在 mapillary.com 上打开</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="129"/>
        <source>Loading image {image}…</source>
        <translation>正在加载图像 {image}…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="130"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="133"/>
        <source>Imagery Hub: Mapillary image {image}</source>
        <translation>Imagery Hub：Mapillary 图像 {image}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="160"/>
        <source>%Ln detection(s) could not be read: not drawn</source>
        <translation>
            <numerusform>%Ln 个检测结果无法读取：未绘制</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="175"/>
        <source>The image could not be loaded</source>
        <translation>无法加载图像</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="181"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="182"/>
        <source>unknown date</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="184"/>
        <source>camera not recorded</source>
        <translation>未记录相机</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="188"/>
        <source>by &lt;b&gt;{creator}&lt;/b&gt;</source>
        <translation>作者 &lt;b&gt;{creator}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="193"/>
        <source>heading {heading}°</source>
        <translation>航向 {heading}°</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="196"/>
        <source>altitude {altitude} m</source>
        <translation>高度 {altitude} m</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="200"/>
        <source>&lt;small&gt;image {image}&lt;br&gt;sequence {sequence}&lt;/small&gt;</source>
        <translation>&lt;small&gt;图像 {image}&lt;br&gt;序列 {sequence}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="204"/>
        <source>Detections: {list}</source>
        <translation>检测结果：{list}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="207"/>
        <source>No detections</source>
        <translation>无检测结果</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="262"/>
        <source>Comment posted on Mapillary</source>
        <translation>评论已发布到 Mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="264"/>
        <source>Mapillary comment</source>
        <translation>Mapillary 评论</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="276"/>
        <source>Blur requested: Mapillary will review it</source>
        <translation>已请求模糊：Mapillary 将进行审核</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="278"/>
        <source>Mapillary blur request</source>
        <translation>Mapillary 模糊请求</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="283"/>
        <source>Image {image} reported to Mapillary</source>
        <translation>已向 Mapillary 举报图像 {image}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="284"/>
        <source>Mapillary report</source>
        <translation>Mapillary 举报</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="80"/>
        <source>No image there: run a search or show the Mapillary coverage first</source>
        <translation>那里没有图像：请先运行搜索或显示 Mapillary 覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="94"/>
        <source>No Mapillary image there: click closer to a point (zoom in to see them)</source>
        <translation>那里没有 Mapillary 图像：请点击更靠近某个点的位置（放大即可看到这些点）</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="99"/>
        <source>Imagery Hub: finding the Mapillary image</source>
        <translation>Imagery Hub：正在查找 Mapillary 图像</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="45"/>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="76"/>
        <source>{what} cancelled</source>
        <translation>{what}已取消</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="76"/>
        <source>Operation cancelled</source>
        <translation>操作已取消</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Network</name>
    <message>
        <location filename="../../core/network.py" line="36"/>
        <source>QGIS is set to use a SOCKS5 proxy, which this Python cannot speak (it lacks the PySocks package): nothing was sent. Install PySocks or choose an HTTP proxy in QGIS&apos;s Network settings</source>
        <translation>QGIS 设置为使用 SOCKS5 代理，而此 Python 无法使用它（缺少 PySocks 包）：未发送任何内容。请安装 PySocks，或在 QGIS 的网络设置中选择 HTTP 代理</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Panel</name>
    <message>
        <location filename="../../ui/dock.py" line="86"/>
        <source>Imagery Hub searches and downloads imagery from the services below. Add a key or token for each service you use.</source>
        <translation>Imagery Hub 从下列服务搜索并下载影像。请为您使用的每个服务添加密钥或令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="97"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="102"/>
        <source>Help on the settings (opens the README)</source>
        <translation>设置帮助（打开 README）</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>✓ ready</source>
        <translation>✓ 就绪</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="138"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="142"/>
        <source>Services and settings</source>
        <translation>服务和设置</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="68"/>
        <source>Filter the results…</source>
        <translation>筛选结果…</translation>
    </message>
    <message>
        <location filename="../../ui/service_tab.py" line="45"/>
        <source>Draw or pick an area of interest first (top of the panel)</source>
        <translation>请先绘制或选择感兴趣区域（面板顶部）</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Plugin</name>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download selected Spexi images</source>
        <translation>下载所选的 Spexi 影像</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Use as Mapflow AOI</source>
        <translation>用作 Mapflow 感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>对所选要素运行 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload to Mapflow</source>
        <translation>上传到 Mapflow</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download Imago images for selected features</source>
        <translation>下载所选要素的 Imago 影像</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload photos to Imago</source>
        <translation>上传照片到 Imago</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="103"/>
        <source>Show or hide the Imagery Hub panel</source>
        <translation>显示或隐藏 Imagery Hub 面板</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="105"/>
        <source>Imagery Hub Settings…</source>
        <translation>Imagery Hub 设置…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="110"/>
        <source>Imagery Hub: Draw Area of Interest</source>
        <translation>Imagery Hub：绘制感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="114"/>
        <source>Imagery Hub: Search in Current Tab</source>
        <translation>Imagery Hub：在当前选项卡中搜索</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="130"/>
        <source>Use as Imagery Hub Area of Interest</source>
        <translation>用作 Imagery Hub 感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="137"/>
        <source>Render NDVI for this scene</source>
        <translation>为此场景生成 NDVI</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="125"/>
        <source>Search even when it needs many requests</source>
        <translation>即使需要很多请求也搜索</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="174"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation>{service} 位于 {url}（凭据来自环境变量）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="176"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation>{service} 位于 {url}（凭据来自设置）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="219"/>
        <source>Cancelled while writing the results</source>
        <translation>写入结果时已取消</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="221"/>
        <source>Could not write a feature: {error}</source>
        <translation>无法写入要素：{error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="32"/>
        <source>Download images</source>
        <translation>下载图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="33"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Variant / size</source>
        <translation>变体 / 尺寸</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>Downloads at once</source>
        <translation>同时下载数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>Results with local paths</source>
        <translation>带本地路径的结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>Images downloaded</source>
        <translation>已下载的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Images not downloaded</source>
        <translation>未下载的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="43"/>
        <source>Search EOSDA satellite scenes</source>
        <translation>搜索 EOSDA 卫星场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="132"/>
        <source>Render an EOSDA scene</source>
        <translation>渲染 EOSDA 场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="39"/>
        <source>Download Imago images</source>
        <translation>下载 Imago 图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="32"/>
        <source>Upload photos to Imago</source>
        <translation>上传照片到 Imago</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="33"/>
        <source>Area of interest (polygon layer)</source>
        <translation>感兴趣区域（多边形图层）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>Area of interest (extent)</source>
        <translation>感兴趣区域（范围）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="50"/>
        <source>Give the area either as a polygon layer (AOI) or as an extent (EXTENT), not both</source>
        <translation>请以多边形图层（AOI）或范围（EXTENT）之一指定区域，不能两者都用</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="55"/>
        <source>The AOI layer has no polygon features (or none is selected)</source>
        <translation>AOI 图层没有多边形要素（或没有选中任何要素）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="61"/>
        <source>The extent is empty: give xmin,xmax,ymin,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>范围为空：请给出 xmin,xmax,ymin,ymax，且 xmin &lt; xmax、ymin &lt; ymax</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="65"/>
        <source>Give an area of interest: a polygon layer (AOI) or an extent (EXTENT)</source>
        <translation>请指定感兴趣区域：多边形图层（AOI）或范围（EXTENT）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="84"/>
        <source>{value} is not a date: write it as YYYY-MM-DD</source>
        <translation>{value} 不是日期：请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="91"/>
        <source>{start_name} ({start}) is after {end_name} ({end}): swap them</source>
        <translation>{start_name}（{start}）晚于 {end_name}（{end}）：请交换它们</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="42"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation>搜索 Mapflow 影像目录</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="75"/>
        <source>Run a Mapflow processing</source>
        <translation>运行 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="25"/>
        <source>Search Mapillary images</source>
        <translation>搜索 Mapillary 图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="72"/>
        <source>Search Spexi drone images</source>
        <translation>搜索 Spexi 无人机图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="209"/>
        <source>Spexi views of a point</source>
        <translation>某点的 Spexi 视图</translation>
    </message>
    <message>
        <location filename="../../processing_provider/access.py" line="92"/>
        <source>No {service} credentials: add them in Imagery Hub settings, or set {variable} for a headless run</source>
        <translation>没有 {service} 凭据：请在 Imagery Hub 设置中添加，或在无界面运行时设置 {variable}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="126"/>
        <source>A search estimated above {soft} requests (setting budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is always refused. Default: not set.</source>
        <translation>估计超过 {soft} 个请求的搜索（设置 budget/soft_limit）会被拒绝，除非勾选此项；超过 {hard} 个（budget/hard_limit）则总是被拒绝。默认：不勾选。</translation>
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
        <translation>&lt;p&gt;将 Imagery Hub 某个搜索生成的图层中的图像下载到文件夹，并重新写出该图层，在 &lt;code&gt;local_path&lt;/code&gt; 中写入每个要素的文件。图层的字段说明了是哪个搜索生成的：{kinds}。勾选“仅选中的要素”时仅处理选中的要素。文件会同时获取多个，连接中断后会续传，绝不会留下写了一半的文件；一幅图像失败不会阻止其他图像（每一项都列在日志中）。&lt;/p&gt;&lt;p&gt;凭据与图层来源服务的搜索相同：Imagery Hub 设置，或无界面运行时的 &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; 和 &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_URL&lt;/code&gt;（Mapflow 目录预览不需要凭据）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Footprints or points written by an Imagery Hub search (in a GeoPackage or as the layer it made), with their fields unchanged.</source>
        <translation>由 Imagery Hub 搜索写出的覆盖范围或点（在 GeoPackage 中或作为其生成的图层），字段保持不变。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Which file of each image: best (the fullest the service offers), original, zoomed (Spexi), 2048, 1024 or 256 pixels wide (Mapillary thumbnails), or preview (Mapflow catalog).</source>
        <translation>每幅图像的哪个文件：best（服务提供的最完整的文件）、original、zoomed（Spexi）、宽 2048、1024 或 256 像素（Mapillary 缩略图），或 preview（Mapflow 目录）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Where the images are saved, named after the image id and the variant as the service&apos;s tab names them.</source>
        <translation>图像保存的位置，按图像 id 和变体命名，与该服务选项卡的命名方式相同。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>INPUT&apos;s features with the downloaded file of each in {field} (empty where none arrived).</source>
        <translation>INPUT 的要素，每个要素下载的文件写在 {field} 中（没有到达的为空）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>How many files arrived.</source>
        <translation>到达的文件数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Features whose image did not arrive or that have none (each listed in the log).</source>
        <translation>图像未到达或没有图像的要素（每一项都列在日志中）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="100"/>
        <source>the layer has no features</source>
        <translation>该图层没有要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="102"/>
        <source>Nothing to download in INPUT ({reasons})</source>
        <translation>INPUT 中没有可下载的内容（{reasons}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="123"/>
        <source>Feature {fid}: {why}</source>
        <translation>要素 {fid}：{why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="126"/>
        <source>Cancelled: the layer lists the images that arrived</source>
        <translation>已取消：图层列出了已到达的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="129"/>
        <source>No image arrived: {error}</source>
        <translation>没有图像到达：{error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="45"/>
        <source>{images} come as {variants}, not {wanted}</source>
        <translation>{images}只有 {variants}，没有 {wanted}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="65"/>
        <source>Spexi images</source>
        <translation>Spexi 图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="75"/>
        <source>no {variant} link</source>
        <translation>没有 {variant} 链接</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="87"/>
        <source>Mapillary images</source>
        <translation>Mapillary 图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="106"/>
        <source>Mapflow catalog scenes</source>
        <translation>Mapflow 目录场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="115"/>
        <source>no picture preview ({kind})</source>
        <translation>没有图片预览（{kind}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="129"/>
        <source>EOSDA scenes</source>
        <translation>EOSDA 场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="133"/>
        <source>EOSDA scenes are rendered rather than downloaded: use Render an EOSDA scene (imagery_hub:eosda_render) with a view_id of this layer</source>
        <translation>EOSDA 场景是渲染而不是下载的：请使用“渲染 EOSDA 场景”（imagery_hub:eosda_render）并提供此图层中的 view_id</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="147"/>
        <source>INPUT is not a layer of an Imagery Hub search: downloads work on {kinds}</source>
        <translation>INPUT 不是 Imagery Hub 搜索生成的图层：下载适用于 {kinds}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="28"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="30"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="34"/>
        <source> and {variable} (the username; without it the key is an API token)</source>
        <translation> 以及 {variable}（用户名；没有它时密钥是 API 令牌）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="37"/>
        <source>The {service} credentials of the Imagery Hub settings (kept in the QGIS Authentication Manager) and its API URL. For headless runs set {key_variable}{extra}, and {url_variable} to use another server (a sandbox); a variable that is set wins over the settings.</source>
        <translation>Imagery Hub 设置中的 {service} 凭据（保存在 QGIS 身份验证管理器中）及其 API URL。无界面运行时请设置 {key_variable}{extra}，并设置 {url_variable} 以使用其他服务器（沙盒）；已设置的变量优先于设置。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="41"/>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="45"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="28"/>
        <source>Polygon layer whose features (only the selected ones when “Selected features only” is checked) form the area {what}. Any CRS; it is transformed to WGS 84.</source>
        <translation>多边形图层，其要素（勾选“仅选中的要素”时仅为选中的要素）构成{what}的区域。任意坐标参考系；会转换为 WGS 84。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="32"/>
        <source>Give this or EXTENT.</source>
        <translation>指定此项或 EXTENT。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>A rectangle instead of a layer: the area {what}. On the command line “xmin,xmax,ymin,ymax [EPSG:4326]”.</source>
        <translation>用矩形代替图层：{what}的区域。命令行中写作“xmin,xmax,ymin,ymax [EPSG:4326]”。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>At most how many images are fetched at the same time: it starts at 4 and takes more while more make the download faster. Empty: the Imagery Hub setting (16 by default).</source>
        <translation>同时获取的图像数量上限：从 4 开始，只要增加能加快下载就继续增加。为空：Imagery Hub 的设置（默认 16）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/download_images.py" line="116"/>
        <source>Downloading %Ln file(s) of {what} to {folder}, up to {at_once} at a time</source>
        <translation>
            <numerusform>正在将 %Ln 个文件（{what}）下载到 {folder}，每次最多 {at_once} 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="50"/>
        <source>Imagery inventory of an area</source>
        <translation>区域影像清单</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="51"/>
        <source>Imagery inventory</source>
        <translation>影像清单</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="95"/>
        <source>Give the layer of a search (INPUT)</source>
        <translation>请提供搜索结果图层（INPUT）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="149"/>
        <source>{parameter}: {error}</source>
        <translation>{parameter}：{error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="194"/>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="40"/>
        <source>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA and Seequent Imago</source>
        <translation>Imagery Hub：Spexi、Mapillary、Mapflow、EOSDA 和 Seequent Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Progress</name>
    <message>
        <location filename="../../ui/task_progress.py" line="19"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/task_progress.py" line="63"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/sentences.py" line="36"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation>请在 Imagery Hub 设置中检查密钥或令牌</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="37"/>
        <source>{requests}, {duration}</source>
        <translation>{requests}，{duration}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="39"/>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="43"/>
        <source>draw a smaller area</source>
        <translation>绘制更小的区域</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="44"/>
        <source>draw a smaller area or search around a point</source>
        <translation>绘制更小的区域或围绕一个点搜索</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="46"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation>绘制更小的区域或缩小日期范围</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="48"/>
        <source>narrow the dates</source>
        <translation>缩小日期范围</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="49"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation>此 {service} 搜索需要{cost}——仍要搜索吗？</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="51"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation>感兴趣区域需要{cost}（{service} 搜索最多 {limit} 个请求）：{advice}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="53"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation>感兴趣区域需要{cost}：{advice}，或设置 {parameter} 以仍然搜索</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="38"/>
        <source>about %Ln request(s)</source>
        <translation>
            <numerusform>约 %Ln 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="40"/>
        <source>roughly %Ln minute(s)</source>
        <translation>
            <numerusform>大约 %Ln 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="41"/>
        <source>roughly %Ln hour(s)</source>
        <translation>
            <numerusform>大约 %Ln 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="42"/>
        <source>roughly %Ln day(s)</source>
        <translation>
            <numerusform>大约 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="55"/>
        <source>The answer from {host} was cut short</source>
        <translation>来自 {host} 的响应被截断</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="56"/>
        <source>The service sent a response that is not valid JSON</source>
        <translation>服务发送的响应不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="57"/>
        <source>The service sent an answer over {limit}; at most {limit} of JSON is accepted, so it was refused</source>
        <translation>服务发送的响应超过 {limit}；最多接受 {limit} 的 JSON，因此已拒绝</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="59"/>
        <source>The service sent a {size} answer; at most {limit} of JSON is accepted, so it was refused</source>
        <translation>服务发送了 {size} 的响应；最多接受 {limit} 的 JSON，因此已拒绝</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="61"/>
        <source>The area of interest is empty</source>
        <translation>感兴趣区域为空</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="62"/>
        <source>The area of interest must be in longitude/latitude (EPSG:4326)</source>
        <translation>感兴趣区域必须使用经度/纬度 (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="64"/>
        <source>The area of interest must be a polygon with an area</source>
        <translation>感兴趣区域必须是有面积的多边形</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="65"/>
        <source>its data does not match its checksum</source>
        <translation>其数据与校验和不符</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="66"/>
        <source>it uses a compression method that cannot be read</source>
        <translation>它使用了无法读取的压缩方法</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="68"/>
        <source>it is damaged</source>
        <translation>它已损坏</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="69"/>
        <source>its data is damaged</source>
        <translation>其数据已损坏</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="70"/>
        <source>it is encrypted</source>
        <translation>它已加密</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="71"/>
        <source>choose fewer services</source>
        <translation>选择更少的服务</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="72"/>
        <source>The start date is after the end date</source>
        <translation>开始日期晚于结束日期</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="73"/>
        <source>The start date is after the end date: swap them</source>
        <translation>开始日期晚于结束日期：请交换两者</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="74"/>
        <source>Download of {name} incomplete: received {got} bytes</source>
        <translation>{name} 下载不完整：收到 {got} 字节</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="76"/>
        <source>Download of {name} is larger than announced ({have} &gt; {total} bytes)</source>
        <translation>{name} 的下载大于声明的大小（{have} &gt; {total} 字节）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="78"/>
        <source>{name} in the download folder is a link or not a plain file; nothing was written to it</source>
        <translation>下载文件夹中的 {name} 是链接或不是普通文件；未向其写入任何内容</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="80"/>
        <source>Refused file name {name}: it points outside the download folder</source>
        <translation>已拒绝文件名 {name}：它指向下载文件夹之外</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="82"/>
        <source>A level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="83"/>
        <source>A threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="84"/>
        <source>The world-file archive from EOSDA holds {names}; expected an image and its world file</source>
        <translation>EOSDA 发送的世界文件压缩包包含 {names}；应为一幅图像及其世界文件</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="86"/>
        <source>The archive from EOSDA unpacks to more than 2 GB; refused</source>
        <translation>EOSDA 的压缩包解压后超过 2 GB；已拒绝</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="88"/>
        <source>The zip archive EOSDA sent cannot be unpacked: {why}</source>
        <translation>无法解压 EOSDA 发送的 zip 压缩包：{why}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="90"/>
        <source>The band combination {expression} may only use band names, numbers, + - * / ( ) and commas</source>
        <translation>波段组合 {expression} 只能使用波段名称、数字、+ - * / ( ) 和逗号</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="92"/>
        <source>The band combination (bm_type) is empty: pick a preset or type an expression</source>
        <translation>波段组合 (bm_type) 为空：请选择预设或输入表达式</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="94"/>
        <source>The band combination {expression} has an empty part between commas</source>
        <translation>波段组合 {expression} 的逗号之间有空项</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="96"/>
        <source>The band combination {expression} has unbalanced parentheses</source>
        <translation>波段组合 {expression} 的括号不配对</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="98"/>
        <source>calibrate must be 0 or 1, not {value}</source>
        <translation>calibrate 必须为 0 或 1，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="99"/>
        <source>Cloud cover limits must be numbers (0–100 %)</source>
        <translation>云量范围必须是数字 (0–100 %)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="100"/>
        <source>Cloud cover limits must satisfy 0 ≤ from ≤ to ≤ 100 %</source>
        <translation>云量范围必须满足 0 ≤ 起 ≤ 止 ≤ 100 %</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="102"/>
        <source>{colormap} is not a colormap id</source>
        <translation>{colormap} 不是色带 id</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="103"/>
        <source>Use either a colormap or range colours, not both</source>
        <translation>请使用色带或分段颜色之一，不能同时使用</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="105"/>
        <source>colors_limit must be a whole number of 2 or more colours</source>
        <translation>colors_limit 必须是不少于 2 的整数颜色数</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="107"/>
        <source>Colours are written #rrggbb; {colour} is not</source>
        <translation>颜色应写作 #rrggbb；{colour} 不符合</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="108"/>
        <source>{thresholds} thresholds make {ranges} ranges: give {ranges} colours (now {colours})</source>
        <translation>{thresholds} 个阈值形成 {ranges} 个区间：请给出 {ranges} 种颜色（当前 {colours} 种）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="110"/>
        <source>The area of interest polygon needs at least three corners</source>
        <translation>感兴趣区域多边形至少需要三个顶点</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="112"/>
        <source>Unknown dataset {dataset}: use one of {datasets}</source>
        <translation>未知数据集 {dataset}：请使用 {datasets} 之一</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="113"/>
        <source>{name} must be a date (YYYY-MM-DD), not {value}</source>
        <translation>{name} 必须是日期 (YYYY-MM-DD)，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="114"/>
        <source>The start date {start} is after the end date {end}</source>
        <translation>开始日期 {start} 晚于结束日期 {end}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="116"/>
        <source>Downloading the rendered image</source>
        <translation>正在下载渲染的图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="172"/>
        <source>{what} must be a finite number</source>
        <translation>“{what}”必须是有限数</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="118"/>
        <source>A {pixel} m pixel gives a {width} × {height} px image; the largest side may be {limit} px: choose a larger pixel size or a smaller area</source>
        <translation>{pixel} m 的像素会得到 {width} × {height} px 的图像；最长边最多 {limit} px：请选择更大的像素大小或更小的区域</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="121"/>
        <source>levels are two numbers: low,high</source>
        <translation>levels 是两个数字：低,高</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="122"/>
        <source>The low level ({low}) must be below the high level ({high})</source>
        <translation>低级别 ({low}) 必须低于高级别 ({high})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="124"/>
        <source>limit must be 1 to 500 scenes per page</source>
        <translation>limit 必须为每页 1 到 500 个场景</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="125"/>
        <source>An EOSDA API key is needed: add it in Imagery Hub settings</source>
        <translation>需要 EOSDA API 密钥：请在 Imagery Hub 设置中添加</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="127"/>
        <source>EOSDA sent no preview for this scene</source>
        <translation>EOSDA 未发送此场景的预览</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="128"/>
        <source>EOSDA did not return a task id</source>
        <translation>EOSDA 没有返回任务 id</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="190"/>
        <source>{what} must be a number, not {value}</source>
        <translation>“{what}”必须是数字，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="130"/>
        <source>{name} must be one of {allowed}, not {value}</source>
        <translation>{name} 必须是 {allowed} 之一，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="131"/>
        <source>Download visual takes one Polygon, not {kind}: use a single-part area of interest</source>
        <translation>Download visual 只接受一个多边形，而不是 {kind}：请使用单部件的感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="133"/>
        <source>pansharpening must be true or false</source>
        <translation>pansharpening 必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="134"/>
        <source>Pick a scene first (view_id is empty)</source>
        <translation>请先选择场景（view_id 为空）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="135"/>
        <source>The pixel size must be more than 0 m</source>
        <translation>像素大小必须大于 0 m</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="136"/>
        <source>Search needs a polygon area of interest</source>
        <translation>搜索需要多边形感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="137"/>
        <source>The scene preview is larger than a preview should be</source>
        <translation>场景预览比预览应有的大小更大</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="139"/>
        <source>Range colourisation needs both colours and thresholds</source>
        <translation>分段着色需要同时提供颜色和阈值</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="141"/>
        <source>The render failed: {reason}</source>
        <translation>渲染失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="142"/>
        <source>The render failed: no reason given</source>
        <translation>渲染失败：未给出原因</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="143"/>
        <source>EOSDA did not finish the render within {seconds} s (task_timeout); try again later</source>
        <translation>EOSDA 未在 {seconds} 秒 (task_timeout) 内完成渲染；请稍后重试</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="145"/>
        <source>EOSDA is rendering ({status}, check {check})</source>
        <translation>EOSDA 正在渲染（{status}，第 {check} 次检查）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="146"/>
        <source>shapeRelation must be one of {relations}</source>
        <translation>shapeRelation 必须是 {relations} 之一</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="147"/>
        <source>Sort by one of {fields}, asc or desc</source>
        <translation>请按 {fields} 之一排序，asc 或 desc</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="148"/>
        <source>EOSDA sent a task status that is not valid JSON</source>
        <translation>EOSDA 发送的任务状态不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="150"/>
        <source>The pixel size</source>
        <translation>像素大小</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="151"/>
        <source>Give at least one threshold for range colours</source>
        <translation>请为分段颜色至少给出一个阈值</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="152"/>
        <source>Thresholds must increase from left to right</source>
        <translation>阈值必须从左到右递增</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="153"/>
        <source>EOSDA sent an unknown kind of file where {expected} was expected</source>
        <translation>EOSDA 发送了未知类型的文件，应为 {expected}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="155"/>
        <source>EOSDA sent {kind} where {expected} was expected</source>
        <translation>EOSDA 发送了 {kind}，应为 {expected}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="156"/>
        <source>{host} redirected a request with a body to {target}; it was not sent there</source>
        <translation>{host} 将带请求体的请求重定向到 {target}；未向其发送</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="158"/>
        <source>{host} redirected more than {count} times; the request was stopped</source>
        <translation>{host} 重定向超过 {count} 次；请求已停止</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="160"/>
        <source>Give both x and y</source>
        <translation>请同时给出 x 和 y</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="161"/>
        <source>Choose the collection</source>
        <translation>请选择集合</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="162"/>
        <source>Choose the image type</source>
        <translation>请选择图像类型</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="163"/>
        <source>Choose the imagery type</source>
        <translation>请选择影像类型</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="164"/>
        <source>The end depth ({end}) is above the start depth ({start})</source>
        <translation>结束深度 ({end}) 在开始深度 ({start}) 之上</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="166"/>
        <source>elevation</source>
        <translation>高程</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="167"/>
        <source>An elevation needs x and y</source>
        <translation>高程需要 x 和 y</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="168"/>
        <source>end depth</source>
        <translation>结束深度</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="169"/>
        <source>An end depth needs a start depth</source>
        <translation>结束深度需要开始深度</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="170"/>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="171"/>
        <source>{name}: cannot be read ({why})</source>
        <translation>{name}：无法读取（{why}）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="173"/>
        <source>baseline JPEG, {width} × {height} px</source>
        <translation>基线 JPEG，{width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="174"/>
        <source>the file ends inside its header</source>
        <translation>文件在其文件头内结束</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="175"/>
        <source>{format}, {width} × {height} px</source>
        <translation>{format}，{width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="176"/>
        <source>JPEG without a frame header</source>
        <translation>JPEG 没有帧头</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="177"/>
        <source>JPEG markers are out of order</source>
        <translation>JPEG 标记顺序错乱</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="178"/>
        <source>JPEG segment with an impossible length</source>
        <translation>JPEG 段的长度不可能</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="179"/>
        <source>not a PNG, JPEG or TIFF image</source>
        <translation>不是 PNG、JPEG 或 TIFF 图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="180"/>
        <source>PNG without an IHDR header</source>
        <translation>PNG 没有 IHDR 头</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="181"/>
        <source>progressive JPEG, {width} × {height} px</source>
        <translation>渐进式 JPEG，{width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="182"/>
        <source>TIFF without image width and length</source>
        <translation>TIFF 没有图像宽度和长度</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="183"/>
        <source>The height must be a whole number of pixels from 1 to {limit}</source>
        <translation>高度必须是 1 到 {limit} 之间的整数像素</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="185"/>
        <source>Name the imagery: by its name, its depth interval or its id</source>
        <translation>请指定影像：按名称、深度区间或 id</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="187"/>
        <source>Imago needs a username and password, or an API token</source>
        <translation>Imago 需要用户名和密码，或 API 令牌</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="189"/>
        <source>Imago signed in without giving a session token</source>
        <translation>Imago 登录后未给出会话令牌</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="191"/>
        <source>Name the imagery one way only, not by {ways}</source>
        <translation>请只用一种方式指定影像，不要同时按 {ways}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="192"/>
        <source>{image} is {megapixels} megapixels; Imago takes progressive JPEG up to 500 megapixels (save it as baseline JPEG or PNG)</source>
        <translation>{image} 为 {megapixels} 百万像素；Imago 接受最多 500 百万像素的渐进式 JPEG（请另存为基线 JPEG 或 PNG）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="195"/>
        <source>{image}: the image declares no pixels</source>
        <translation>{image}：图像未声明任何像素</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="196"/>
        <source>{image} is larger than Imago's limit of 65,500 × 65,500 px</source>
        <translation>{image} 超过 Imago 的 65,500 × 65,500 px 上限</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="198"/>
        <source>{format} ({mime}) is not accepted; Imago takes {names}</source>
        <translation>不接受 {format} ({mime})；Imago 接受 {names}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="200"/>
        <source>Signing in needs a username and password</source>
        <translation>登录需要用户名和密码</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="201"/>
        <source>start depth</source>
        <translation>开始深度</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="202"/>
        <source>The Imago account holds more than {limit} collections: search it from the Imago tab</source>
        <translation>Imago 账户中的集合超过 {limit} 个：请在 Imago 选项卡中搜索</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="204"/>
        <source>Imago accepted the upload but did not say which image it made</source>
        <translation>Imago 接受了上传，但没有说明生成了哪幅图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="206"/>
        <source>Say where the image belongs: an imagery name, a depth or a location</source>
        <translation>请说明图像所属位置：影像名称、深度或位置</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="208"/>
        <source>The width must be a whole number of pixels from 1 to {limit}</source>
        <translation>宽度必须是 1 到 {limit} 之间的整数像素</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="210"/>
        <source>cell {cell} of {cells}, {images} images</source>
        <translation>第 {cell}/{cells} 个格网，{images} 幅图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="211"/>
        <source>{done} of {total} cells, {images} images</source>
        <translation>{done}/{total} 个格网，{images} 幅图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="212"/>
        <source>{images} images</source>
        <translation>{images} 幅图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="213"/>
        <source>{count} of {total} images</source>
        <translation>{count}/{total} 幅图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="214"/>
        <source>{collections} collections, {placed} imagery placed</source>
        <translation>{collections} 个集合，已放置 {placed} 个影像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="215"/>
        <source>{count} of {found} scenes</source>
        <translation>{found} 个场景中的 {count} 个</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="216"/>
        <source>The area is {area} but only {left} remain on the Mapflow account: draw a smaller area</source>
        <translation>该区域为 {area}，但 Mapflow 账户仅剩 {left}：请绘制更小的区域</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="218"/>
        <source>The catalog searches an area: draw a polygon or rectangle</source>
        <translation>目录按区域搜索：请绘制多边形或矩形</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="220"/>
        <source>A catalog image needs its provider and image id</source>
        <translation>目录图像需要其提供商和图像 id</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="222"/>
        <source>The processing costs {cost} credits but only {left} remain on the Mapflow account</source>
        <translation>此处理需要 {cost} 积分，但 Mapflow 账户仅剩 {left}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="224"/>
        <source>{name} is empty</source>
        <translation>{name} 为空</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="235"/>
        <source>The image name cannot be empty</source>
        <translation>图像名称不能为空</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="236"/>
        <source>The image name is longer than 255 characters</source>
        <translation>图像名称超过 255 个字符</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="238"/>
        <source>A linked image is named by its s3:// URL</source>
        <translation>链接的图像以其 s3:// URL 指定</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="239"/>
        <source>The mosaic name cannot be empty</source>
        <translation>镶嵌名称不能为空</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="240"/>
        <source>The mosaic name is longer than 255 characters</source>
        <translation>镶嵌名称超过 255 个字符</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="242"/>
        <source>The name cannot be empty</source>
        <translation>名称不能为空</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="243"/>
        <source>The name is longer than 255 characters</source>
        <translation>名称超过 255 个字符</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="244"/>
        <source>Mapflow sent no download link for the image</source>
        <translation>Mapflow 没有发送该图像的下载链接</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="246"/>
        <source>{name} does not exist or is not a file</source>
        <translation>{name} 不存在或不是文件</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="247"/>
        <source>The Mapflow catalog sent no list of images</source>
        <translation>Mapflow 目录没有发送图像列表</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="248"/>
        <source>Mapflow did not say which mosaic it made</source>
        <translation>Mapflow 没有说明生成了哪个镶嵌</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="250"/>
        <source>This image has no picture preview</source>
        <translation>此图像没有图片预览</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="251"/>
        <source>A Mapflow API token is needed: add it in Imagery Hub settings</source>
        <translation>需要 Mapflow API 令牌：请在 Imagery Hub 设置中添加</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="253"/>
        <source>{name} is not a GeoTIFF: Mapflow takes GeoTIFF images only</source>
        <translation>{name} 不是 GeoTIFF：Mapflow 只接受 GeoTIFF 图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="255"/>
        <source>Pick a model</source>
        <translation>请选择模型</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="256"/>
        <source>Pick a mosaic first</source>
        <translation>请先选择镶嵌</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="257"/>
        <source>Pick an imagery provider</source>
        <translation>请选择影像提供商</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="262"/>
        <source>A polygon of the area is {area}, more than the {limit} Mapflow accepts per area: draw a smaller one</source>
        <translation>区域中的一个多边形为 {area}，超过 Mapflow 每个区域接受的 {limit}：请绘制更小的多边形</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="265"/>
        <source>The preview link is not an http(s) URL</source>
        <translation>预览链接不是 http(s) URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="266"/>
        <source>Preview size is s or l, not {size}</source>
        <translation>预览大小为 s 或 l，而不是 {size}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="267"/>
        <source>The area of a processing must be a polygon or several polygons</source>
        <translation>处理的区域必须是一个或多个多边形</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="269"/>
        <source>Give the processing a name</source>
        <translation>请为处理命名</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="270"/>
        <source>Processing {id} did not end within {minutes} minutes; it goes on in Mapflow</source>
        <translation>处理 {id} 未在 {minutes} 分钟内结束；它会在 Mapflow 中继续进行</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="272"/>
        <source>Give the project a name</source>
        <translation>请为项目命名</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="273"/>
        <source>The area is {area} km² but Mapflow searches at most {limit} km² (the account's limit per area): draw a smaller one</source>
        <translation>该区域为 {area} km²，但 Mapflow 最多搜索 {limit} km²（账户的每区域上限）：请绘制更小的区域</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="276"/>
        <source>Mapflow storage has {free} free ({usage}) but the upload is {size}: delete images or mosaics first</source>
        <translation>Mapflow 存储剩余 {free}（{usage}），但上传大小为 {size}：请先删除图像或镶嵌</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="281"/>
        <source>The imagery URL must start with http:// or https://</source>
        <translation>影像 URL 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="283"/>
        <source>Enter the URL of the imagery tiles</source>
        <translation>请输入影像瓦片的 URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="284"/>
        <source>The area has {count} polygons but Mapflow takes at most {limit} per processing: select fewer features</source>
        <translation>该区域有 {count} 个多边形，但 Mapflow 每次处理最多接受 {limit} 个：请选择更少的要素</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="287"/>
        <source>Mapflow accepted the upload but did not say which image it made</source>
        <translation>Mapflow 接受了上传，但没有说明生成了哪幅图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="289"/>
        <source>Mapflow accepted the upload but sent no URL for it</source>
        <translation>Mapflow 接受了上传，但没有发送其 URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="291"/>
        <source>An uploaded image is referenced by the s3:// URL the upload returned</source>
        <translation>上传的图像以上传返回的 s3:// URL 指定</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="293"/>
        <source>Zoom must be a whole number from 0 to 22, not {zoom}</source>
        <translation>缩放级别必须是 0 到 22 之间的整数，而不是 {zoom}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="294"/>
        <source>The Mapillary bbox limit must be a positive number of degrees</source>
        <translation>Mapillary bbox 上限必须是正的度数</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="296"/>
        <source>Drag a rectangle on the image to choose what to blur</source>
        <translation>请在图像上拖出矩形，选择要模糊的内容</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="298"/>
        <source>A blur rectangle must lie inside the image</source>
        <translation>模糊矩形必须位于图像内</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="299"/>
        <source>The blur rectangle is too small: drag a larger one</source>
        <translation>模糊矩形太小：请拖出更大的矩形</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="301"/>
        <source>Write a comment first</source>
        <translation>请先写评论</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="302"/>
        <source>Not an image key: {key}</source>
        <translation>不是图像 key：{key}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="303"/>
        <source>The Mapillary limit per request is 1 to {limit}</source>
        <translation>Mapillary 每次请求的上限为 1 到 {limit}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="304"/>
        <source>A Mapillary v2 client id is needed: add it in Imagery Hub settings</source>
        <translation>需要 Mapillary v2 客户端 id：请在 Imagery Hub 设置中添加</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="306"/>
        <source>Mapillary has no {size} image for {id}</source>
        <translation>Mapillary 没有 {id} 的 {size} 图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="307"/>
        <source>Mapillary did not give the size of image {id}</source>
        <translation>Mapillary 没有给出图像 {id} 的大小</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="308"/>
        <source>A Mapillary access token is needed: add it in Imagery Hub settings</source>
        <translation>需要 Mapillary 访问令牌：请在 Imagery Hub 设置中添加</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="310"/>
        <source>Posting to Mapillary v2 needs a user token: add it in Imagery Hub settings</source>
        <translation>向 Mapillary v2 提交需要用户令牌：请在 Imagery Hub 设置中添加</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="312"/>
        <source>Not a date: {value}</source>
        <translation>不是日期：{value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="313"/>
        <source>Say why the image should be reported</source>
        <translation>请说明举报该图像的原因</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="314"/>
        <source>Unknown thumbnail size {size}: one of {sizes}</source>
        <translation>未知缩略图大小 {size}：应为 {sizes} 之一</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="316"/>
        <source>A Mapillary username has no spaces or commas</source>
        <translation>Mapillary 用户名不含空格或逗号</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="337"/>
        <source>The preview is larger than a preview should be</source>
        <translation>预览比预览应有的大小更大</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="338"/>
        <source>bbox must be (min lon, min lat, max lon, max lat)</source>
        <translation>bbox 必须为 (最小经度, 最小纬度, 最大经度, 最大纬度)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="339"/>
        <source>bbox {bbox} has no width or height at 6 decimals (about 0.1 m): min must be below max; draw a larger box</source>
        <translation>bbox {bbox} 在 6 位小数（约 0.1 m）下没有宽度或高度：最小值必须小于最大值；请绘制更大的矩形</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="342"/>
        <source>bbox must be (min lon, min lat, max lon, max lat) in EPSG:4326</source>
        <translation>bbox 必须为 EPSG:4326 中的 (最小经度, 最小纬度, 最大经度, 最大纬度)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="344"/>
        <source>capture_type {wrong} is not one of {types}</source>
        <translation>capture_type {wrong} 不在 {types} 之中</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="345"/>
        <source>choose at least one capture type: {types}</source>
        <translation>请至少选择一种拍摄类型：{types}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="346"/>
        <source>captured_at {value} is not a date: write it as 2023-01-01, 2023-01-01T12:00:00Z or Jan 1, 2023</source>
        <translation>captured_at {value} 不是日期：请写作 2023-01-01、2023-01-01T12:00:00Z 或 Jan 1, 2023</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="348"/>
        <source>captured_at must be one date or a (start, end) pair</source>
        <translation>captured_at 必须是一个日期或 (开始, 结束) 对</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="349"/>
        <source>captured_at {text} would not be read as a range</source>
        <translation>captured_at {text} 不会被读作区间</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="350"/>
        <source>captured_at {date} is before {year}: check the year</source>
        <translation>captured_at {date} 早于 {year}：请检查年份</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="351"/>
        <source>captured_at starts ({start}) after it ends ({end})</source>
        <translation>captured_at 的开始 ({start}) 晚于结束 ({end})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="353"/>
        <source>focused must be True or False</source>
        <translation>focused 必须为 True 或 False</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="354"/>
        <source>polygon is not valid (it crosses itself): draw it again</source>
        <translation>多边形无效（自相交）：请重新绘制</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="356"/>
        <source>limit must be a whole number from 1 to {limit}, not {value}</source>
        <translation>limit 必须是 1 到 {limit} 之间的整数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="358"/>
        <source>A Spexi API key is needed: add it in Imagery Hub settings</source>
        <translation>需要 Spexi API 密钥：请在 Imagery Hub 设置中添加</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="360"/>
        <source>Spexi image {id} has no {variant} link</source>
        <translation>Spexi 图像 {id} 没有 {variant} 链接</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="361"/>
        <source>Spexi answered a search with something other than a FeatureCollection</source>
        <translation>Spexi 对搜索的响应不是 FeatureCollection</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="363"/>
        <source>{parameter} must be a number, not {value}</source>
        <translation>{parameter} 必须是数字，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="364"/>
        <source>polygon must be one polygon, not {kind}: split multi-part areas (search_area does it)</source>
        <translation>polygon 必须是单个多边形，而不是 {kind}：请拆分多部件区域（search_area 会这样做）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="366"/>
        <source>{parameter} {value} is outside {interval}</source>
        <translation>{parameter} {value} 超出 {interval}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="367"/>
        <source>p must be (longitude, latitude) or (longitude, latitude, radius in metres)</source>
        <translation>p 必须为 (经度, 纬度) 或 (经度, 纬度, 以米为单位的半径)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="369"/>
        <source>p {lon}, {lat} is not a longitude/latitude: use EPSG:4326 coordinates</source>
        <translation>p {lon}, {lat} 不是经度/纬度：请使用 EPSG:4326 坐标</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="371"/>
        <source>polygon's bounding box is {area} km², more than the {limit} km² Spexi accepts: search a smaller area (search_area splits larger ones)</source>
        <translation>多边形的外包矩形为 {area} km²，超过 Spexi 接受的 {limit} km²：请搜索更小的区域（search_area 会拆分更大的区域）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="374"/>
        <source>polygon must be in longitude/latitude (EPSG:4326)</source>
        <translation>polygon 必须使用经度/纬度 (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="376"/>
        <source>p radius cannot be negative</source>
        <translation>p 的半径不能为负</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="377"/>
        <source>{parameter} must be one value or a (minimum, maximum) pair</source>
        <translation>{parameter} 必须是一个值或 (最小值, 最大值) 对</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="379"/>
        <source>{parameter} range minimum {low} is above its maximum {high}</source>
        <translation>{parameter} 范围的最小值 {low} 大于其最大值 {high}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="381"/>
        <source>polygon could not be shortened for the URL: draw it with fewer vertices</source>
        <translation>无法为 URL 缩短多边形：请用更少的顶点绘制</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="383"/>
        <source>Unknown Spexi image variant {variant}: use original or zoomed</source>
        <translation>未知的 Spexi 图像版本 {variant}：请使用 original 或 zoomed</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="385"/>
        <source>A Spexi search needs a point (p), a bbox or a polygon</source>
        <translation>Spexi 搜索需要一个点 (p)、一个 bbox 或一个多边形</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="386"/>
        <source>{parameter} is not valid WKT</source>
        <translation>{parameter} 不是有效的 WKT</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="387"/>
        <source>{host} did not finish within {minutes} minutes (the download deadline); the download of {name} was stopped</source>
        <translation>{host} 未在 {minutes} 分钟（下载时限）内完成；下载已停止（{name}）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="390"/>
        <source>{host} sent nothing for {seconds} s; the download of {name} was stopped</source>
        <translation>{host} 在 {seconds} 秒内未发送任何数据；下载已停止（{name}）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="392"/>
        <source>{host} sent less than {speed} for {window}; the download of {name} was stopped</source>
        <translation>{host} 在 {window} 内发送少于 {speed}；下载已停止（{name}）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="394"/>
        <source>the answer</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="395"/>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="396"/>
        <source>{what} {origin} is plain http: keys would travel unencrypted, so only https:// is accepted (http only on this machine: localhost, 127.0.0.1)</source>
        <translation>{what} {origin} 是明文 http：密钥将以未加密方式传输，因此只接受 https://（仅本机可用 http：localhost、127.0.0.1）</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="399"/>
        <source>{what} must start with http:// or https:// and name a host: {url}</source>
        <translation>{what} 必须以 http:// 或 https:// 开头并指明主机：{url}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="249"/>
        <source>Mapflow sent no page of {what}</source>
        <translation>Mapflow 没有发送{what}列表的页面</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="317"/>
        <source>Not a readable vector tile: {detail}</source>
        <translation>不是可读的矢量瓦片：{detail}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="321"/>
        <source>catalog results</source>
        <translation>目录结果</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="322"/>
        <source>images of a cell</source>
        <translation>格网图像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="323"/>
        <source>collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="324"/>
        <source>imagery</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="325"/>
        <source>processings</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="326"/>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="327"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service sent a link to a page it had already sent</source>
        <translation>{what}列表在 {pages} 页后停止，可能不完整：服务发送了指向已发送页面的链接</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="330"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service sent the same items again</source>
        <translation>{what}列表在 {pages} 页后停止，可能不完整：服务再次发送了相同的条目</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="333"/>
        <source>search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="334"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service kept sending pages past {limit}</source>
        <translation>{what}列表在 {pages} 页后停止，可能不完整：服务在超过 {limit} 页后仍继续发送</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="225"/>
        <source>AOI intersection</source>
        <translation>与区域的相交</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="226"/>
        <source>The {name} must be from 0 to {top} {unit}, not {value}</source>
        <translation>“{name}”必须在 0 到 {top} {unit} 之间，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="228"/>
        <source>cloud cover</source>
        <translation>云量</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="229"/>
        <source>off-nadir angle</source>
        <translation>偏离天底角</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="230"/>
        <source>The {name} must be 0 or more {unit}, not {value}</source>
        <translation>“{name}”必须不小于 0 {unit}，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="232"/>
        <source>resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="233"/>
        <source>The smallest {name} ({low} {unit}) is above the largest ({high} {unit})</source>
        <translation>“{name}”：最小值 ({low} {unit}) 大于最大值 ({high} {unit})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="258"/>
        <source>A {kind} URL needs the placeholders {placeholders}; {missing} is missing</source>
        <translation>{kind} URL 需要占位符 {placeholders}；缺少 {missing}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="260"/>
        <source>A {kind} URL needs the placeholders {placeholders}; {missing} are missing</source>
        <translation>{kind} URL 需要占位符 {placeholders}；缺少 {missing}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="279"/>
        <source>Unknown tile source type {kind}: use XYZ, TMS or Quadkey</source>
        <translation>未知的瓦片源类型 {kind}：请使用 XYZ、TMS 或 Quadkey</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="318"/>
        <source>Request to {host} failed</source>
        <translation>对 {host} 的请求失败</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="319"/>
        <source>No answer from {host} in time</source>
        <translation>{host} 未及时响应</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="320"/>
        <source>Could not reach {host}</source>
        <translation>无法连接 {host}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Registry</name>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 client id</source>
        <translation>v2 客户端 ID</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 user token</source>
        <translation>v2 用户令牌</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Password or API token</source>
        <translation>密码或 API 令牌</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Graph API URL</source>
        <translation>Graph API URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Tiles URL</source>
        <translation>瓦片 URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 API URL</source>
        <translation>v2 API URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Create a key in Spexi World (world.spexi.com): Settings → API Keys.</source>
        <translation>在 Spexi World（world.spexi.com）中创建密钥：Settings → API Keys。</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Register an app at mapillary.com/dashboard/developers for its client token.</source>
        <translation>在 mapillary.com/dashboard/developers 注册应用以获取其客户端令牌。</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Copy the API token from app.mapflow.ai/account/api.</source>
        <translation>从 app.mapflow.ai/account/api 复制 API 令牌。</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Find the API key in your EOSDA API Connect account (api-connect.eos.com).</source>
        <translation>在您的 EOSDA API Connect 帐户（api-connect.eos.com）中查找 API 密钥。</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Use a Seequent service account (ask for one through MySeequent support).</source>
        <translation>请使用 Seequent 服务帐户（可通过 MySeequent 支持申请）。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Settings</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Default: {url}</source>
        <translation>默认：{url}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>Imagery Hub: testing {service}</source>
        <translation>Imagery Hub：正在测试 {service}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Imagery Hub Settings</source>
        <translation>Imagery Hub 设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Where result GeoPackages go while the project is unsaved; a saved project keeps them in an imagery_hub folder beside it</source>
        <translation>项目未保存时结果 GeoPackage 的存放位置；已保存的项目会将其放在项目旁的 imagery_hub 文件夹中</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Parallel transfers</source>
        <translation>并行传输数</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Heading from (°)</source>
        <translation>航向起始 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Heading to (°)</source>
        <translation>航向截止 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Altitude from (m)</source>
        <translation>高度起始 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Altitude to (m)</source>
        <translation>高度截止 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>Lowest pitch (°)</source>
        <translation>最低俯仰角 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>Highest pitch (°)</source>
        <translation>最高俯仰角 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="51"/>
        <source>Captured from</source>
        <translation>拍摄起始日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="53"/>
        <source>Captured until</source>
        <translation>拍摄截止日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="93"/>
        <source>Camera pitch</source>
        <translation>相机俯仰角</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="108"/>
        <source>Capture types</source>
        <translation>拍摄类型</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="115"/>
        <source>Focused on the area</source>
        <translation>聚焦于区域</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Maximum images</source>
        <translation>最大图像数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="126"/>
        <source>Spexi footprints</source>
        <translation>Spexi 覆盖范围</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="130"/>
        <source>Spexi camera positions</source>
        <translation>Spexi 相机位置</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="134"/>
        <source>Images found</source>
        <translation>找到的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="136"/>
        <source>Cells searched</source>
        <translation>已搜索的单元格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="224"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="228"/>
        <source>Spexi views</source>
        <translation>Spexi 视图</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="232"/>
        <source>Views found</source>
        <translation>找到的视图</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>The camera's compass direction, 0° north, 90° east. Give HEADING_MIN and HEADING_MAX together. Empty: any.</source>
        <translation>相机的罗盘方向，0° 为北，90° 为东。请同时指定 HEADING_MIN 和 HEADING_MAX。为空：任意。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>The drone&apos;s height above the ground. Give ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.</source>
        <translation>无人机距地面的高度。请同时指定 ALTITUDE_MIN 和 ALTITUDE_MAX。为空：任意。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>With PITCH range: the lowest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>当 PITCH 为 range 时：相机的最低俯仰角，−135° 到 45°（−90° 为垂直向下）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>With PITCH range: the highest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>当 PITCH 为 range 时：相机的最高俯仰角，−135° 到 45°（−90° 为垂直向下）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="51"/>
        <source>First capture day (UTC, included). Empty: no limit.</source>
        <translation>第一个拍摄日（UTC，包含）。为空：无限制。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="53"/>
        <source>Last capture day (UTC, included). Empty: today when DATE_FROM is given, else no limit.</source>
        <translation>最后一个拍摄日（UTC，包含）。为空：给出 DATE_FROM 时为今天，否则无限制。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="62"/>
        <source>Give DATE_FROM as well: the first day of the captures</source>
        <translation>还需指定 DATE_FROM：拍摄的第一天</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="78"/>
        <source>
&lt;p&gt;Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that &lt;i&gt;Download images&lt;/i&gt; fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用 Spexi 选项卡的筛选条件（相机俯仰角、航向、高度、拍摄日期和类型）查找某个区域上的 Spexi 无人机图像，并写出两个图层：覆盖范围（每幅图像显示的内容）和相机位置，包含图像 id、排名、拍摄类型和时间、航向、俯仰角、横滚角、高度、距离、原始图像和放大图像的链接，以及由 &lt;i&gt;下载图像&lt;/i&gt; 填写的空 local_path。超过 Spexi 1 km² 限制的区域会逐个单元格搜索并合并，每幅图像只保留一次。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="92"/>
        <source>to search (any size: over 1 km² it is searched cell by cell)</source>
        <translation>要搜索的（任意大小：超过 1 km² 时逐个单元格搜索）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="93"/>
        <source>any; nadir (−90°, straight down); oblique (−60°); or range, from PITCH_MIN to PITCH_MAX.</source>
        <translation>any；nadir（−90°，垂直向下）；oblique（−60°）；或 range，从 PITCH_MIN 到 PITCH_MAX。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="108"/>
        <source>orthomosaic (nadir mapping images), oblique (tilted views of building sides), panorama (near-horizontal views from higher up). Default: all three.</source>
        <translation>orthomosaic（天底测图图像）、oblique（建筑立面的倾斜视图）、panorama（从更高处拍摄的近水平视图）。默认：全部三种。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="115"/>
        <source>Spexi leaves out images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Unchecked: every intersecting image.</source>
        <translation>Spexi 会排除区域位于画面边缘的图像，并按区域的显著程度对其余图像排序。不勾选：所有相交的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Stop after this many images (default {count}, as in the tab).</source>
        <translation>达到此图像数量后停止（默认 {count}，与选项卡相同）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="126"/>
        <source>What each image shows, as polygons in WGS 84, with the fields listed above.</source>
        <translation>每幅图像显示的内容，作为 WGS 84 下的多边形，带有上面列出的字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="130"/>
        <source>Where each image was taken from, as points in WGS 84, with the same fields.</source>
        <translation>每幅图像的拍摄位置，作为 WGS 84 下的点，带有相同的字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="134"/>
        <source>How many images were written.</source>
        <translation>写入的图像数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="136"/>
        <source>How many pieces of under 1 km² the area was searched in.</source>
        <translation>区域被划分为多少块小于 1 km² 的部分进行搜索。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="148"/>
        <source>PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)</source>
        <translation>PITCH_MIN 和 PITCH_MAX 与 PITCH range 配合使用（且 range 需要它们）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="192"/>
        <source>Searching Spexi over {area}</source>
        <translation>正在 {area} 上搜索 Spexi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="194"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 幅图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="214"/>
        <source>
&lt;p&gt;Asks Spexi for the best images of one place, as the Spexi tab&apos;s multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in &lt;code&gt;view&lt;/code&gt; and the Spexi result fields, so
&lt;i&gt;Download images&lt;/i&gt; takes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Spexi 选项卡的多视图工具一样，向 Spexi 请求某个地点的最佳图像：一幅从上方拍摄的天底视图，以及朝北、东、南、西的倾斜视图（Spexi 没有图像的视图会缺失）。覆盖范围在 &lt;code&gt;view&lt;/code&gt; 中带有其显示的视图以及 Spexi 结果字段，因此 &lt;i&gt;下载图像&lt;/i&gt; 可以使用它们。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="224"/>
        <source>The place to see from five sides; any CRS (on the command line “x,y [EPSG:code]”).</source>
        <translation>要从五个方向查看的地点；任意坐标参考系（命令行中写作“x,y [EPSG:code]”）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="228"/>
        <source>One footprint per view (nadir, north, east, south, west) in WGS 84, with view and the Spexi result fields.</source>
        <translation>每个视图一个覆盖范围（天底、北、东、南、西），WGS 84，带有 view 和 Spexi 结果字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="232"/>
        <source>How many of the five views exist.</source>
        <translation>五个视图中存在的数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="253"/>
        <source>Asking Spexi for the views of {lon}, {lat}</source>
        <translation>正在向 Spexi 请求 {lon}, {lat} 的视图</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="256"/>
        <source>Views: {views}</source>
        <translation>视图：{views}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="256"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="168"/>
        <source>{name} needs both {name}_MIN and {name}_MAX</source>
        <translation>{name} 需要同时指定 {name}_MIN 和 {name}_MAX</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="186"/>
        <source>cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>第 {cell}/{cells} 个单元格，第 {page} 页，已接收 %Ln 幅图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="197"/>
        <source>%Ln feature(s) Spexi sent could not be read (geometry, capture date or camera position) and were left out</source>
        <translation>
            <numerusform>Spexi 发送的 %Ln 个要素无法读取（几何、拍摄日期或相机位置），已被排除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="59"/>
        <source>Captured (UTC)</source>
        <translation>拍摄时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="60"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="61"/>
        <source>Pitch</source>
        <translation>俯仰角</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="74"/>
        <source>Heading</source>
        <translation>航向</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="63"/>
        <source>Alt. m</source>
        <translation>高度 m</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="64"/>
        <source>Dist. m</source>
        <translation>距离 m</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="65"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="136"/>
        <source>Could not add images to {layer} in {path}: {errors}</source>
        <translation>无法将图像添加到 {path} 中的 {layer}：{errors}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="168"/>
        <source>Spexi cameras</source>
        <translation>Spexi 相机</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="225"/>
        <source>Spexi downloads</source>
        <translation>Spexi 下载</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="251"/>
        <source>QGIS could not open the placed image {path}</source>
        <translation>QGIS 无法打开已放置的图像 {path}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="64"/>
        <source>Spexi search</source>
        <translation>Spexi 搜索</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="78"/>
        <source>Searching: cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>正在搜索：第 {cell}/{cells} 个单元格，第 {page} 页，已收到 %Ln 幅图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="82"/>
        <source>Searching: page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>正在搜索：第 {page} 页，已收到 %Ln 幅图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="97"/>
        <source>Writing %Ln image(s) into the result layers</source>
        <translation>
            <numerusform>正在将 %Ln 幅图像写入结果图层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="111"/>
        <source>Spexi: add images to the results</source>
        <translation>Spexi：将图像添加到结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="144"/>
        <source>Spexi: downloading %Ln image(s)</source>
        <translation>
            <numerusform>Spexi：正在下载 %Ln 幅图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="171"/>
        <source>Spexi: fetching image {image}</source>
        <translation>Spexi：正在获取图像 {image}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="59"/>
        <source>GDAL could not read {name}</source>
        <translation>GDAL 无法读取 {name}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="208"/>
        <source>GDAL could not make a thumbnail of {name}</source>
        <translation>GDAL 无法生成 {name} 的缩略图</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="27"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="37"/>
        <source>A footprint with {corners} corners cannot be used to place the image; it needs four</source>
        <translation>具有 {corners} 个角点的覆盖范围无法用于放置图像；需要四个角点</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="49"/>
        <source>The footprint does not match the camera heading: the image cannot be placed</source>
        <translation>覆盖范围与相机航向不符：无法放置图像</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="64"/>
        <source>GDAL could not set the control points</source>
        <translation>GDAL 无法设置控制点</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="80"/>
        <source>Cancelled while placing the image</source>
        <translation>放置图像时已取消</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="81"/>
        <source>GDAL could not warp {name}</source>
        <translation>GDAL 无法校正 {name}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="93"/>
        <source>Spexi: placing image {image} on the map</source>
        <translation>Spexi：正在将图像 {image} 放置到地图上</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="97"/>
        <source>Only nadir images (pitch near -90°) can be placed on the map; image {image} has pitch {pitch}°</source>
        <translation>只有天底图像（俯仰角接近 -90°）可以放置到地图上；图像 {image} 的俯仰角为 {pitch}°</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="112"/>
        <source>Downloading the original image</source>
        <translation>正在下载原始图像</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="116"/>
        <source>Warping the image into its footprint</source>
        <translation>正在将图像校正到其覆盖范围</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="41"/>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="42"/>
        <source>Download the selected images into the download folder (Imagery Hub settings)</source>
        <translation>将所选图像下载到下载文件夹（Imagery Hub 设置）</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="46"/>
        <source>&amp;Place on map</source>
        <translation>放置到地图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="47"/>
        <source>Warp the selected nadir image into its footprint and add it to the map</source>
        <translation>将所选天底图像校正到其覆盖范围并添加到地图</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="50"/>
        <source>&amp;Multi-view</source>
        <translation>多视角(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="52"/>
        <source>Click a point on the map to see it from above and from the four sides</source>
        <translation>单击地图上的一个点，从上方和四个侧面查看它</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="67"/>
        <source>Search Spexi first, then select the images to download</source>
        <translation>请先搜索 Spexi，然后选择要下载的图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="76"/>
        <source>This layer is not a Spexi result layer: use the footprints or camera positions of a Spexi search</source>
        <translation>此图层不是 Spexi 结果图层：请使用 Spexi 搜索得到的覆盖范围或相机位置</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="80"/>
        <source>{name} is not a Spexi result layer: use the footprints or camera positions of a Spexi search</source>
        <translation>{name} 不是 Spexi 结果图层：请使用 Spexi 搜索得到的覆盖范围或相机位置</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="90"/>
        <source>Select the Spexi images to download first (in the table or on the map)</source>
        <translation>请先选择要下载的 Spexi 图像（在表格中或地图上）</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="101"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/actions.py" line="106"/>
        <source>Downloading %Ln Spexi image(s)…</source>
        <translation>
            <numerusform>正在下载 %Ln 幅 Spexi 图像…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="114"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="126"/>
        <source>Select one nadir Spexi image to place it on the map</source>
        <translation>请选择一幅 Spexi 天底图像以将其放置到地图上</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="138"/>
        <source>Placing the image</source>
        <translation>放置图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="140"/>
        <source>Placing image {image} on the map…</source>
        <translation>正在将图像 {image} 放置到地图上…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="148"/>
        <source>Spexi image {image}</source>
        <translation>Spexi 图像 {image}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="155"/>
        <source>Spexi image {image} placed on the map</source>
        <translation>Spexi 图像 {image} 已放置到地图上</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="216"/>
        <source>Multi-view</source>
        <translation>多视角</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="250"/>
        <source>Spexi multi-view</source>
        <translation>Spexi 多视角</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="209"/>
        <source>No image: {error}</source>
        <translation>无图像：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="215"/>
        <source>Spexi multi-view failed: {error}</source>
        <translation>Spexi 多视角失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="221"/>
        <source>Opening the image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="223"/>
        <source>Spexi image {image} ({kind})</source>
        <translation>Spexi 图像 {image}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="236"/>
        <source>Adding images</source>
        <translation>添加图像</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/actions.py" line="254"/>
        <source>Spexi: %Ln image(s) added to the results</source>
        <translation>
            <numerusform>Spexi：已将 %Ln 幅图像添加到结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="254"/>
        <source>Spexi: that image is already in the results</source>
        <translation>Spexi：该图像已在结果中</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Nadir (−90°)</source>
        <translation>天底 (−90°)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Oblique (−60°)</source>
        <translation>倾斜 (−60°)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="28"/>
        <source>Ortho</source>
        <translation>正射</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="28"/>
        <source>Orthomosaic: nadir mapping images</source>
        <translation>正射镶嵌：天底测图图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="30"/>
        <source>Oblique</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="30"/>
        <source>Oblique: tilted views of the sides of buildings</source>
        <translation>倾斜：建筑物侧面的倾斜视图</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="32"/>
        <source>Pano</source>
        <translation>全景</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="32"/>
        <source>Panorama: near-horizontal views from higher up</source>
        <translation>全景：从更高处拍摄的近水平视图</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="62"/>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="69"/>
        <source>Camera angle: −90° looks straight down, −60° is oblique</source>
        <translation>相机角度：−90° 为垂直向下，−60° 为倾斜</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="71"/>
        <source>Lowest pitch</source>
        <translation>最小俯仰角</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="72"/>
        <source>Highest pitch</source>
        <translation>最大俯仰角</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="75"/>
        <source>0° north, 90° east</source>
        <translation>0° 为北，90° 为东</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="78"/>
        <source>Altitude</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="79"/>
        <source>Above ground</source>
        <translation>离地高度</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="82"/>
        <source>Captured between</source>
        <translation>拍摄时间介于</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="101"/>
        <source>Spexi drops images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Untick for every intersecting image.</source>
        <translation>Spexi 会丢弃区域位于画面边缘的图像，并按区域在画面中的显著程度对其余图像排序。取消勾选可获取所有与其相交的图像。</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="109"/>
        <source>Stop after this many images</source>
        <translation>达到此图像数量后停止</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="110"/>
        <source>images</source>
        <translation>幅图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="112"/>
        <source>&amp;Pitch</source>
        <translation>俯仰角(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="114"/>
        <source>&amp;Limit</source>
        <translation>上限(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="116"/>
        <source>Capture types to include</source>
        <translation>要包含的拍摄类型</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="165"/>
        <source>Tick at least one capture type</source>
        <translation>请至少勾选一种拍摄类型</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="66"/>
        <source>Could not read {name}</source>
        <translation>无法读取 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="105"/>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="113"/>
        <source>{title}: {width} × {height} px. Wheel to zoom, drag to pan, F to fit.</source>
        <translation>{title}：{width} × {height} 像素。滚轮缩放，拖动平移，按 F 适应窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>camera facing north</source>
        <translation>相机朝北</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>No Spexi image facing north here</source>
        <translation>此处没有朝北的 Spexi 图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>camera facing east</source>
        <translation>相机朝东</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>No Spexi image facing east here</source>
        <translation>此处没有朝东的 Spexi 图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>camera facing south</source>
        <translation>相机朝南</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>No Spexi image facing south here</source>
        <translation>此处没有朝南的 Spexi 图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>camera facing west</source>
        <translation>相机朝西</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>No Spexi image facing west here</source>
        <translation>此处没有朝西的 Spexi 图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>Nadir</source>
        <translation>天底</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>straight down</source>
        <translation>垂直向下</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>No Spexi image looking straight down here</source>
        <translation>此处没有垂直向下的 Spexi 图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="81"/>
        <source>Full size</source>
        <translation>全尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="82"/>
        <source>Add to results</source>
        <translation>添加到结果</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="96"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="105"/>
        <source>{kind}, {date}&lt;br&gt;pitch {pitch}°, heading {heading}°</source>
        <translation>{kind}，{date}&lt;br&gt;俯仰角 {pitch}°，航向 {heading}°</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="108"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="121"/>
        <source>Spexi multi-view at {place}</source>
        <translation>{place} 处的 Spexi 多视角</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="122"/>
        <source>Asking Spexi for the views of this place…</source>
        <translation>正在向 Spexi 请求此处的视图…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="145"/>
        <source>{found} of 5 views found.</source>
        <translation>找到 {found}/5 个视图。</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="145"/>
        <source>Spexi has no image of this place: try another point.</source>
        <translation>Spexi 没有此处的图像：请尝试其他点。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="54"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) (the maximum you set) in {cells} cells in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 幅图像（已达设定上限），位于 {cells} 个单元格，在“{group}”中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="58"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) (the maximum you set) in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 幅图像（已达设定上限），在“{group}”中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="60"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) in {cells} cells in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 幅图像，位于 {cells} 个单元格，在“{group}”中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="62"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) in “{group}”.</source>
        <translation>
            <numerusform>“{group}”中有 &lt;b&gt;%Ln&lt;/b&gt; 幅图像。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="81"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="82"/>
        <source>Search Spexi images over the area of interest</source>
        <translation>在感兴趣区域上搜索 Spexi 图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="92"/>
        <source>Set the filters, then search the area of interest.</source>
        <translation>设置筛选条件，然后搜索感兴趣区域。</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="263"/>
        <source>Select an image to preview it</source>
        <translation>选择图像以预览</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="100"/>
        <source>Original image</source>
        <translation>原始图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="101"/>
        <source>Zoomed to the area</source>
        <translation>缩放到区域</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="102"/>
        <source>Which file to download: the full frame or Spexi&apos;s crop around the area</source>
        <translation>要下载的文件：完整画面，或 Spexi 围绕区域的裁剪</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="107"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="149"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="153"/>
        <source>Download selected Spexi images</source>
        <translation>下载所选 Spexi 图像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="223"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="188"/>
        <source>Searching Spexi…</source>
        <translation>正在搜索 Spexi…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="194"/>
        <source>pitch {pitch}</source>
        <translation>俯仰角 {pitch}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="199"/>
        <source>up to {count}</source>
        <translation>最多 {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="208"/>
        <source>%Ln image(s) Spexi sent could not be read and were left out (see the log).</source>
        <translation>
            <numerusform>Spexi 发送的 %Ln 幅图像无法读取，已略过（见日志）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="211"/>
        <source>Spexi: %Ln feature(s) of the answer were unreadable (geometry, capture date or camera position) and left out</source>
        <translation>
            <numerusform>Spexi：响应中有 %Ln 个要素无法读取（几何、拍摄日期或相机位置），已略过</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="215"/>
        <source>No Spexi images match: widen the filters, untick Focused or move the area.</source>
        <translation>没有匹配的 Spexi 图像：请放宽筛选条件、取消勾选“聚焦于区域”或移动区域。</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="218"/>
        <source>Spexi: no images match this search</source>
        <translation>Spexi：没有与此搜索匹配的图像</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="230"/>
        <source>Spexi: %Ln image(s) found.</source>
        <translation>
            <numerusform>Spexi：找到 %Ln 幅图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="249"/>
        <source>%Ln image(s) in “{group}” (from the project).</source>
        <translation>
            <numerusform>“{group}”中有 %Ln 幅图像（来自项目）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="311"/>
        <source>Select one image to preview it</source>
        <translation>请只选择一幅图像以预览</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="318"/>
        <source>Loading {image}…</source>
        <translation>正在加载 {image}…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="324"/>
        <source>No preview: {error}</source>
        <translation>无预览：{error}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Tasks</name>
    <message>
        <location filename="../../core/tasks.py" line="67"/>
        <source>{service} asked us to wait {seconds} s — retrying</source>
        <translation>{service} 要求我们等待 {seconds} 秒——正在重试</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="69"/>
        <source>{service} answered HTTP {status} — retrying in {seconds} s</source>
        <translation>{service} 返回 HTTP {status}——{seconds} 秒后重试</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="70"/>
        <source>The service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="93"/>
        <source>{task} failed: {details}</source>
        <translation>{task} 失败：{details}</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="99"/>
        <source>{task}: handling the result failed: {details}</source>
        <translation>{task}：处理结果失败：{details}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Thumbnails</name>
    <message>
        <location filename="../../ui/thumbnails.py" line="104"/>
        <source>No picture: {reason}</source>
        <translation>无图片：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="104"/>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="160"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="162"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>以缩略图而不是表格显示结果</translation>
    </message>
</context>
<context>
    <name>MapillaryTab</name>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="124"/>
        <source>Size of the downloaded images</source>
        <translation>下载图像的大小</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="151"/>
        <source>Search settings</source>
        <translation>搜索设置</translation>
    </message>
</context>
<context>
    <name>SpexiTab</name>
    <message>
        <location filename="../../ui/spexi/tab.py" line="125"/>
        <source>Search settings</source>
        <translation>搜索设置</translation>
    </message>
</context>
</TS>
