<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{} search</source>
        <translation>{} 搜索</translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation>较小的区域或更窄的筛选条件需要更少的请求。</translation>
    </message>
</context>
<context>
    <name>EosdaTab</name>
    <message>
        <location filename="../../ui/eosda/tab.py" line="101"/>
        <source>Render options</source>
        <translation>渲染选项</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="113"/>
        <source>Search settings</source>
        <translation>搜索设置</translation>
    </message>
</context>
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
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="78"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="82"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="86"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Maximum cloud cover (%)</source>
        <translation>最大云量 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="92"/>
        <source>Only scenes covering the whole area</source>
        <translation>仅覆盖整个区域的场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="98"/>
        <source>EOSDA scenes</source>
        <translation>EOSDA 场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="103"/>
        <source>Scenes written</source>
        <translation>已写入场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="105"/>
        <source>Scenes found</source>
        <translation>找到的场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>Scene (view id)</source>
        <translation>场景（视图 id）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="163"/>
        <source>Bands or index</source>
        <translation>波段或指数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="168"/>
        <source>Band expression</source>
        <translation>波段表达式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="173"/>
        <source>Pixel size (m)</source>
        <translation>像元大小 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="179"/>
        <source>Image format</source>
        <translation>图像格式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="184"/>
        <source>Colormap id</source>
        <translation>色带 id</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>Levels (low,high)</source>
        <translation>级别（低,高）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="195"/>
        <source>Resampling</source>
        <translation>重采样</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="200"/>
        <source>First check after (seconds)</source>
        <translation>首次检查间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="206"/>
        <source>Rendered raster</source>
        <translation>渲染的栅格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="209"/>
        <source>Width (px)</source>
        <translation>宽度 (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="211"/>
        <source>Height (px)</source>
        <translation>高度 (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="64"/>
        <source>
&lt;p&gt;Searches EOSDA&apos;s Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what &lt;i&gt;Render an EOSDA scene&lt;/i&gt; takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 EOSDA 选项卡一样，在某个区域上搜索 EOSDA 的 Sentinel-2 或 Landsat 8 场景，并写出其覆盖范围，包括视图 id、日期、卫星、云量、数据覆盖率以及每个场景覆盖区域的比例。视图 id 是 &lt;i&gt;渲染 EOSDA 场景&lt;/i&gt; 所需的输入。超过一年的时间范围按年分段请求，最新的优先；最多保留 2000 个场景。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>to search</source>
        <translation>要搜索的</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="78"/>
        <source>sentinel2 (Sentinel-2, 10 m) or landsat8 (Landsat 8, 30 m).</source>
        <translation>sentinel2（Sentinel-2，10 m）或 landsat8（Landsat 8，30 m）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="82"/>
        <source>First day (included). Empty: %Ln day(s) before DATE_TO.</source>
        <translation>
            <numerusform>第一天（包含）。为空：DATE_TO 之前 %Ln 天。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="86"/>
        <source>Last day (included). Empty: today.</source>
        <translation>最后一天（包含）。为空：今天。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Scenes with at most this cloud cover. Default 30 %, as in the tab.</source>
        <translation>云量不超过此值的场景。默认 30 %，与选项卡相同。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="92"/>
        <source>Keep only scenes whose data cover all of the area (CONTAINS); default: any overlap.</source>
        <translation>仅保留数据覆盖整个区域的场景（CONTAINS）；默认：任何重叠。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="98"/>
        <source>The scene footprints (multipolygons, WGS 84) with view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover and sun_elev.</source>
        <translation>场景覆盖范围（多多边形，WGS 84），包含 view_id、scene_id、dataset、satellite、date、acquired、cloud、coverage、aoi_cover 和 sun_elev。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="103"/>
        <source>How many footprints were written.</source>
        <translation>写入的覆盖范围数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="105"/>
        <source>How many scenes EOSDA reported (more than COUNT when over 2000).</source>
        <translation>EOSDA 报告的场景数量（超过 2000 时大于 COUNT）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="126"/>
        <source>Searching {dataset} scenes {start} – {end}</source>
        <translation>正在搜索 {dataset} 场景 {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="129"/>
        <source>%Ln scene(s) of {found}</source>
        <translation>
            <numerusform>%Ln 个场景（共 {found} 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="129"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln 个场景</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="146"/>
        <source>
&lt;p&gt;Renders one EOSDA scene over an area with EOSDA&apos;s Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 EOSDA 选项卡的渲染部分一样，使用 EOSDA 的 Download visual 服务在某个区域上渲染一个 EOSDA 场景：预设（真彩色或假彩色、NDVI、NDWI）或您自己的波段表达式，按区域裁剪，使用您选择的像元大小，然后写为 Web 墨卡托（EPSG:3857）下的地理配准栅格。指数会用两个级别之间的色带着色。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>The view_id of a scene, as Search EOSDA satellite scenes writes it: S2/… for Sentinel-2, L8/… for Landsat 8.</source>
        <translation>场景的 view_id，与“搜索 EOSDA 卫星场景”写出的相同：Sentinel-2 为 S2/…，Landsat 8 为 L8/…。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="162"/>
        <source>to render (one polygon)</source>
        <translation>要渲染的（一个多边形）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="163"/>
        <source>true_color, false_color (near infrared), ndvi, ndwi, or custom to use EXPRESSION.</source>
        <translation>true_color、false_color（近红外）、ndvi、ndwi，或 custom 以使用 EXPRESSION。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="168"/>
        <source>With PRESET custom: bands separated by commas for an RGB composite (B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). Band names of the scene&apos;s dataset.</source>
        <translation>当 PRESET 为 custom 时：用逗号分隔的波段组成 RGB 合成（B08,B04,B03），或用于指数的一个表达式（(B08-B04)/(B08+B04)）。使用场景所属数据集的波段名称。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="173"/>
        <source>Ground size of a pixel in metres. Empty: the dataset&apos;s native size (10 m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a side.</source>
        <translation>像元的地面大小，单位为米。为空：数据集的原始大小（Sentinel-2 为 10 m，Landsat 8 为 30 m）。图像每边最多 10,000 px。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="179"/>
        <source>What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. The output is then written in the format of OUTPUT&apos;s extension.</source>
        <translation>EOSDA 发送的内容：tiff（GeoTIFF）或带 world 文件的 png / jpeg。输出随后按 OUTPUT 扩展名对应的格式写出。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="184"/>
        <source>For a single-band index: EOSDA's colormap id (default red–yellow–green). Empty: grey values.</source>
        <translation>对于单波段指数：EOSDA 的色带 id（默认红–黄–绿）。为空：灰度值。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>For a single-band index: the values mapped to the ends of the colormap.</source>
        <translation>对于单波段指数：映射到色带两端的值。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="195"/>
        <source>How EOSDA resamples bands to the pixel size. Empty: EOSDA&apos;s default.</source>
        <translation>EOSDA 将波段重采样到像元大小的方式。为空：EOSDA 的默认方式。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="200"/>
        <source>How long to wait before asking whether the render is ready; the wait grows by half each time, up to 15 s.</source>
        <translation>询问渲染是否就绪之前等待的时间；每次等待增加一半，最长 15 秒。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="206"/>
        <source>The render, georeferenced in EPSG:3857 (GeoTIFF unless another extension is given).</source>
        <translation>渲染结果，地理配准为 EPSG:3857（除非指定其他扩展名，否则为 GeoTIFF）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="209"/>
        <source>Width of the render in pixels.</source>
        <translation>渲染结果的宽度（像素）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="211"/>
        <source>Height of the render in pixels.</source>
        <translation>渲染结果的高度（像素）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="218"/>
        <source>{view_id} is not an EOSDA view id: they start with S2/ (Sentinel-2) or L8/ (Landsat 8)</source>
        <translation>{view_id} 不是 EOSDA 视图 id：视图 id 以 S2/（Sentinel-2）或 L8/（Landsat 8）开头</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="226"/>
        <source>PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)</source>
        <translation>PRESET custom 需要波段表达式，例如 (B08-B04)/(B08+B04)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="231"/>
        <source>{bands} is not a band of {dataset}</source>
        <translation>{bands} 不是 {dataset} 的波段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="232"/>
        <source>{bands} are not bands of {dataset}</source>
        <translation>{bands} 不是 {dataset} 的波段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="256"/>
        <source>Writing the {width} × {height} px render</source>
        <translation>正在写出 {width} × {height} px 的渲染结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="270"/>
        <source>GDAL could not write {name}: {error}</source>
        <translation>GDAL 无法写入 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="273"/>
        <source>GDAL could not write {name} as {driver}: {error}</source>
        <translation>GDAL 无法以 {driver} 写入 {name}：{error}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/i18n.py" line="91"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="92"/>
        <source>Authentication failed</source>
        <translation>身份验证失败</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="93"/>
        <source>Permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="94"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="96"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation>请求过多：服务要求降低频率</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="97"/>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="98"/>
        <source>The service reported an error</source>
        <translation>服务报告了错误</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="99"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="185"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="101"/>
        <source>Not a readable vector tile</source>
        <translation>不是可读的矢量瓦片</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="103"/>
        <source>The service kept sending pages; the listing was stopped</source>
        <translation>服务不断发送页面；已停止列出</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="104"/>
        <source>The render did not finish in time</source>
        <translation>渲染未能及时完成</translation>
    </message>
</context>
<context>
    <name>ImageryHub.History</name>
    <message>
        <location filename="../../ui/history.py" line="15"/>
        <source>Recent searches of this project: run one again</source>
        <translation>此项目最近的搜索：再次运行其中一个</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="24"/>
        <source>No searches in this project yet</source>
        <translation>此项目中还没有搜索</translation>
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
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Features naming imagery</source>
        <translation>指明影像的要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Collection field</source>
        <translation>集合字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Imagery name field</source>
        <translation>影像名称字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Start depth field</source>
        <translation>起始深度字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>End depth field</source>
        <translation>结束深度字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="66"/>
        <source>Imagery name</source>
        <translation>影像名称</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="105"/>
        <source>Imagery id</source>
        <translation>影像 id</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Width (px)</source>
        <translation>宽度 (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="113"/>
        <source>Path field</source>
        <translation>路径字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>Downloads at once</source>
        <translation>同时下载数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="123"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="126"/>
        <source>Features with image paths</source>
        <translation>带图像路径的要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="131"/>
        <source>Images downloaded</source>
        <translation>已下载的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="133"/>
        <source>Images not downloaded</source>
        <translation>未下载的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Elevation (m)</source>
        <translation>高程 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="83"/>
        <source>Upload report</source>
        <translation>上传报告</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
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
        <location filename="../../processing_provider/imago/download.py" line="56"/>
        <source>
&lt;p&gt;Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Imago 选项卡一样，将 Seequent Imago 图像（岩心盒、照片…）下载到文件夹。可以针对图层的要素，每个要素通过名称字段或深度字段指明其影像（集合固定或从字段读取）：输出图层即输入图层，并在 PATH_FIELD 中写入每个要素图像的本地路径。也可以不使用图层，从一个集合下载：由 IMAGERY_NAME、START_DEPTH（和 END_DEPTH）或 IMAGERY_ID 指明的影像；如果都未给出，则下载该集合的所有影像。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>A layer whose features (only the selected ones when “Selected features only” is checked) each name one imagery. Empty: name the imagery with COLLECTION and the fields below.</source>
        <translation>一个图层，其要素（勾选“仅选中的要素”时仅为选中的要素）各指明一个影像。为空：使用 COLLECTION 和下面的字段指明影像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="77"/>
        <source>of the imagery to download; needed without INPUT, and with INPUT unless COLLECTION_FIELD names it</source>
        <translation>要下载的影像；无 INPUT 时必需，有 INPUT 时除非由 COLLECTION_FIELD 指明</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT: the field holding each feature&apos;s collection (instead of a fixed COLLECTION).</source>
        <translation>有 INPUT 时：保存每个要素所属集合的字段（代替固定的 COLLECTION）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT: the field holding each feature&apos;s imagery name.</source>
        <translation>有 INPUT 时：保存每个要素影像名称的字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT and no NAME_FIELD: the field holding the start depth of the interval.</source>
        <translation>有 INPUT 且无 NAME_FIELD 时：保存区间起始深度的字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With START_FIELD: the field holding the end depth (empty: the imagery at the start depth).</source>
        <translation>有 START_FIELD 时：保存结束深度的字段（为空：起始深度处的影像）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="95"/>
        <source>Without INPUT: the name of the imagery to download.</source>
        <translation>无 INPUT 时：要下载的影像名称。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Without INPUT: the start depth of the interval whose imagery to download.</source>
        <translation>无 INPUT 时：要下载其影像的区间的起始深度。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Without INPUT: the end depth of the interval whose imagery to download.</source>
        <translation>无 INPUT 时：要下载其影像的区间的结束深度。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="105"/>
        <source>Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, the depths and this empty to download every imagery of COLLECTION.</source>
        <translation>无 INPUT 时：要下载的影像 id。将 IMAGERY_NAME、深度和此项留空，以下载 COLLECTION 的所有影像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Scale the images to this width (Imago keeps the aspect). Empty: full size.</source>
        <translation>将图像缩放到此宽度（Imago 保持纵横比）。为空：完整尺寸。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="113"/>
        <source>With INPUT: the text field of OUTPUT that receives each feature&apos;s image path (added when the layer lacks it).</source>
        <translation>有 INPUT 时：OUTPUT 中接收每个要素图像路径的文本字段（图层中没有时会添加）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>How many images are fetched at the same time. Empty: the Imagery Hub setting.</source>
        <translation>同时获取的图像数量。为空：Imagery Hub 的设置。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="123"/>
        <source>Where the images are saved (named collection_imagery_imagetype with the extension Imago&apos;s answer calls for).</source>
        <translation>图像保存的位置（命名为 集合_影像_图像类型，扩展名取决于 Imago 的响应）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="126"/>
        <source>With INPUT: its features with PATH_FIELD filled for those whose image arrived.</source>
        <translation>有 INPUT 时：其要素，图像已到达的要素会填写 PATH_FIELD。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="131"/>
        <source>How many files arrived.</source>
        <translation>到达的文件数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="133"/>
        <source>Imagery that did not arrive or features that name none (each listed in the log).</source>
        <translation>未到达的影像或未指明影像的要素（每一项都列在日志中）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="146"/>
        <source>{names} name fields of INPUT: give INPUT as well</source>
        <translation>{names} 是 INPUT 的字段：请同时指定 INPUT</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="149"/>
        <source>Name the collection (COLLECTION), or give a layer (INPUT)</source>
        <translation>请指定集合（COLLECTION），或提供图层（INPUT）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="156"/>
        <source>Give the collection once: COLLECTION or COLLECTION_FIELD, not both</source>
        <translation>集合只需指定一次：COLLECTION 或 COLLECTION_FIELD，不能两者都用</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="165"/>
        <source>the layer has no features</source>
        <translation>该图层没有要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="167"/>
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
        <location filename="../../processing_provider/imago/download.py" line="235"/>
        <source>Feature {fid}: {why}</source>
        <translation>要素 {fid}：{why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="47"/>
        <source>
&lt;p&gt;Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab&apos;s upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file&apos;s header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Imago 选项卡的上传对话框一样，将照片（PNG 或 JPEG）上传到一个 Imago 影像中：按影像名称、深度区间或一个点（带高程）放置，点以影像类型声明的坐标系发送。首先检查每个文件的文件头，因此 Imago 会拒绝的内容（像素过多、类型不同）会被列出而不发送；已上传到同一影像的文件会被跳过，因此重新运行批处理只会发送未到达的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The image files to upload (PNG or JPEG).</source>
        <translation>要上传的图像文件（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="65"/>
        <source>to upload into</source>
        <translation>要上传到的</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="66"/>
        <source>The imagery the photos belong to, by name (made when it does not exist yet).</source>
        <translation>照片所属的影像，按名称（不存在时会创建）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>The start depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>照片所示区间的起始深度，用于按深度放置的影像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>The end depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>照片所示区间的结束深度，用于按深度放置的影像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Where the photos were taken, for imagery types placed by x/y; any CRS, sent in the one the imagery type declares.</source>
        <translation>照片的拍摄位置，用于按 x/y 放置的影像类型；任意坐标参考系，按影像类型声明的坐标系发送。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>The z sent with LOCATION.</source>
        <translation>与 LOCATION 一起发送的 z。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="83"/>
        <source>A table with one row per file: file, state (uploaded, skipped, refused, failed), image_id and message.</source>
        <translation>每个文件一行的表：file、state（uploaded、skipped、refused、failed）、image_id 和 message。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="105"/>
        <source>Give the photos to upload</source>
        <translation>请指定要上传的照片</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="108"/>
        <source>No such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="134"/>
        <source>Placing the photos at x {x}, y {y} in {crs}</source>
        <translation>正在将照片放置在 {crs} 中的 x {x}、y {y}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="139"/>
        <source>{file} refused: {why}</source>
        <translation>{file} 被拒绝：{why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="139"/>
        <source>{file} failed: {why}</source>
        <translation>{file} 失败：{why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="145"/>
        <source>Cancelled: the files not listed as uploaded were not sent</source>
        <translation>已取消：未列为已上传的文件没有发送</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="169"/>
        <source>Imago has no imagery type {type} here</source>
        <translation>Imago 此处没有影像类型 {type}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="172"/>
        <source>{type} is not placed by location: use IMAGERY_NAME or the depths</source>
        <translation>{type} 不按位置放置：请使用 IMAGERY_NAME 或深度</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="175"/>
        <source>{type} takes x/y in different systems in different datasets: give WORKSPACE and DATASET</source>
        <translation>{type} 在不同数据集中使用不同坐标系的 x/y：请指定 WORKSPACE 和 DATASET</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files uploaded now.</source>
        <translation>本次上传的文件。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files skipped because they were uploaded to this imagery before.</source>
        <translation>因之前已上传到此影像而跳过的文件。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files refused, by their header or by Imago (listed in the log).</source>
        <translation>因文件头或被 Imago 拒绝的文件（列在日志中）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files that failed for another reason (listed in the log).</source>
        <translation>因其他原因失败的文件（列在日志中）。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Inventory</name>
    <message>
        <location filename="../../ui/inventory.py" line="56"/>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="57"/>
        <source>Search every service that has credentials over the area of interest, at once, into one overview and one inventory layer</source>
        <translation>在感兴趣区域上一次性搜索所有具有凭据的服务，结果汇入一个概览和一个清单图层</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="62"/>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="98"/>
        <source>“All services” searches every service that has credentials over the area of interest at once. What each one holds there fills in here as it answers: click a service for its tab, a month of the timeline for its footprints.</source>
        <translation>“所有服务”会在感兴趣区域上一次性搜索所有具有凭据的服务。每个服务在该区域的内容会在其响应时显示在这里：单击服务可打开其选项卡，单击时间轴上的月份可选择其覆盖范围。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="136"/>
        <source>Cancel this service&apos;s search</source>
        <translation>取消此服务的搜索</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="167"/>
        <source>skipped: no credentials — add them in Settings (⚙). </source>
        <translation>已跳过：没有凭据——请在设置（⚙）中添加。 </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="173"/>
        <source>skipped: not confirmed (</source>
        <translation>已跳过：未确认 (</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="177"/>
        <source>refused: </source>
        <translation>被拒绝：</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="181"/>
        <source>No service to search: add credentials in Settings (⚙)</source>
        <translation>没有可搜索的服务：请在设置（⚙）中添加凭据</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="191"/>
        <source>Searching {} services over {}</source>
        <translation>正在搜索 {} 个服务，区域：{}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="195"/>
        <source>searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="204"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="209"/>
        <source>searching: </source>
        <translation>正在搜索：</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="218"/>
        <source>, more exist (narrow the area)</source>
        <translation>，还有更多（请缩小区域）</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="219"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="227"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="229"/>
        <source>failed: </source>
        <translation>失败：</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="238"/>
        <source>{:,} images from {} services in the layer “{}”</source>
        <translation>{:,} 幅图像，来自 {} 个服务，位于图层“{}”中</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="242"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="244"/>
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
        <location filename="../../processing_provider/inventory.py" line="155"/>
        <source>Area {fid} ({number} of {count}): {area}</source>
        <translation>区域 {fid}（第 {number}/{count} 个）：{area}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="73"/>
        <source>{count:,} images (from the imagery inventory).</source>
        <translation>{count:,} 张影像（来自影像清单）。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Maximum cloud cover (%)</source>
        <translation>最大云量 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Finest resolution (m/px)</source>
        <translation>最精细分辨率 (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Coarsest resolution (m/px)</source>
        <translation>最粗分辨率 (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Largest off-nadir angle (°)</source>
        <translation>最大偏离天底角 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Smallest share of the area covered (%)</source>
        <translation>覆盖区域的最小比例 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="68"/>
        <source>Acquired from</source>
        <translation>获取起始日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="71"/>
        <source>Acquired until</source>
        <translation>获取截止日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Data providers</source>
        <translation>数据提供商</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Only images available for processing</source>
        <translation>仅可用于处理的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="92"/>
        <source>Catalog footprints</source>
        <translation>目录覆盖范围</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="97"/>
        <source>Images written</source>
        <translation>已写入图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="99"/>
        <source>Images found</source>
        <translation>找到的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="111"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="116"/>
        <source>Optional blocks</source>
        <translation>可选模块</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="121"/>
        <source>Imagery source type</source>
        <translation>影像来源类型</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Imagery (URL, path or id)</source>
        <translation>影像（URL、路径或 id）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Catalog data provider</source>
        <translation>目录数据提供商</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Zoom</source>
        <translation>缩放级别</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="146"/>
        <source>Processing name</source>
        <translation>处理名称</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="150"/>
        <source>Project (id or name)</source>
        <translation>项目（id 或名称）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Wait for the results</source>
        <translation>等待结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>Check every (seconds)</source>
        <translation>检查间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Give up waiting after (minutes)</source>
        <translation>放弃等待时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="171"/>
        <source>Mapflow results</source>
        <translation>Mapflow 结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="177"/>
        <source>Processing id</source>
        <translation>处理 id</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="180"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="183"/>
        <source>Objects found</source>
        <translation>找到的对象</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Images with at most this cloud cover.</source>
        <translation>云量不超过此值的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images finer than this many metres per pixel.</source>
        <translation>排除比每像素此米数更精细的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images coarser than this many metres per pixel.</source>
        <translation>排除比每像素此米数更粗的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images taken further than this from straight down.</source>
        <translation>排除偏离垂直方向超过此角度拍摄的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images that cover less of the area of interest.</source>
        <translation>排除覆盖感兴趣区域比例更小的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="53"/>
        <source>
&lt;p&gt;Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with &lt;i&gt;Run a Mapflow processing&lt;/i&gt; (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Mapflow 选项卡的目录页一样，在某个区域上搜索 Mapflow 影像目录（与账户关联的提供商的卫星和航空图像），并写出找到的图像的覆盖范围，包括日期、云量、分辨率、偏离天底角、提供商以及每幅图像覆盖区域的比例。之后可以用 &lt;i&gt;运行 Mapflow 处理&lt;/i&gt; 处理图像（SOURCE_TYPE 为 catalog，SOURCE 为其 image_id，DATA_PROVIDER 为其提供商）。最多保留 1000 幅图像。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>to search</source>
        <translation>要搜索的</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="68"/>
        <source>First acquisition day (UTC, included). Empty: no limit.</source>
        <translation>第一个获取日（UTC，包含）。为空：无限制。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="71"/>
        <source>Last acquisition day (UTC, included). Empty: no limit.</source>
        <translation>最后一个获取日（UTC，包含）。为空：无限制。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="76"/>
        <source>Empty: no limit.</source>
        <translation>为空：无限制。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="76"/>
        <source>Default 20 %.</source>
        <translation>默认 20 %。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only these providers, separated by commas. Empty: every provider of the account.</source>
        <translation>仅这些提供商，以逗号分隔。为空：账户的所有提供商。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Leave out images the account cannot order or process.</source>
        <translation>排除账户无法订购或处理的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="92"/>
        <source>The footprints (multipolygons in WGS 84) with image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url and zoom.</source>
        <translation>覆盖范围（WGS 84 下的多多边形），包含 image_id、provider、acquired、cloud、resolution、off_nadir、aoi_cover、sensor、product_type、preview_type、preview_url 和 zoom。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="97"/>
        <source>How many footprints were written.</source>
        <translation>写入的覆盖范围数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="99"/>
        <source>How many images match (more than COUNT when over 1000).</source>
        <translation>匹配的图像数量（超过 1000 时大于 COUNT）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="121"/>
        <source>Searching the Mapflow catalog over {area}</source>
        <translation>正在 {area} 上搜索 Mapflow 目录</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="127"/>
        <source>, the first {kept} kept</source>
        <translation>，保留前 {kept} 幅</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="78"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="61"/>
        <source>The Mapflow account has no model {model}: use one of {names}</source>
        <translation>Mapflow 账户没有模型 {model}：请使用 {names} 之一</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="79"/>
        <source>{model} has no optional block {blocks}: use all, none or some of {names}</source>
        <translation>{model} 没有可选模块 {blocks}：请使用 all、none 或 {names} 中的一些</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="95"/>
        <source>
&lt;p&gt;Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With &lt;i&gt;Wait&lt;/i&gt; the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Mapflow 选项卡一样，在图层的多边形上运行 Mapflow AI 模型（建筑物、道路、森林…）：每个多边形成为处理的一个区域；开始前会根据账户限制检查面积并询问费用。勾选 &lt;i&gt;等待&lt;/i&gt; 时，算法会跟踪处理直到结束，并将其结果（矢量化的对象）写入输出图层；否则立即返回处理 id，结果可稍后在 Mapflow 选项卡中加载。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="109"/>
        <source>to process (each polygon becomes one Mapflow area)</source>
        <translation>要处理的（每个多边形成为一个 Mapflow 区域）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="111"/>
        <source>The AI model by name as the account lists it, with or without its emoji and in any case (Buildings, Roads, Forest, Construction sites…), or by id.</source>
        <translation>AI 模型，按账户列出的名称（带或不带表情符号，不区分大小写）（Buildings、Roads、Forest、Construction sites…），或按 id。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="116"/>
        <source>The model's optional blocks to enable, separated by commas (e.g. Classification, OSM); “all” (the default, as in the tab) or “none”.</source>
        <translation>要启用的模型可选模块，以逗号分隔（例如 Classification, OSM）；“all”（默认，与选项卡相同）或“none”。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="121"/>
        <source>Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is the URL template); tif, a GeoTIFF uploaded before (SOURCE is its s3:// URL); geotiff_file, a GeoTIFF on this computer that is uploaded first (SOURCE is its path); catalog, an image of the Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); provider, an imagery provider of the account such as Mapbox, processed at ZOOM without an image (SOURCE is the provider&apos;s name).</source>
        <translation>影像的来源：xyz、tms 或 quadkey，瓦片（SOURCE 为 URL 模板）；tif，之前上传的 GeoTIFF（SOURCE 为其 s3:// URL）；geotiff_file，本机上的 GeoTIFF，会先上传（SOURCE 为其路径）；catalog，Mapflow 目录中的图像（SOURCE 为其图像 id，DATA_PROVIDER 为其提供商）；mosaic，Data API 镶嵌（SOURCE 为镶嵌 id）；provider，账户的影像提供商（如 Mapbox），在 ZOOM 级别处理且无需图像（SOURCE 为提供商名称）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} for quadkey), an s3:// URL, a file path, a catalog image id or a mosaic id.</source>
        <translation>按 SOURCE_TYPE 指定的影像：带 {x}、{y}、{z}（quadkey 为 {q}）的 URL、s3:// URL、文件路径、目录图像 id 或镶嵌 id。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>For SOURCE_TYPE catalog: the provider of the image, as Search the Mapflow catalog writes it in the provider field.</source>
        <translation>当 SOURCE_TYPE 为 catalog 时：图像的提供商，与“搜索 Mapflow 影像目录”写入 provider 字段的值相同。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Tile zoom of the imagery (tile and catalog sources). Empty: the model&apos;s own zoom.</source>
        <translation>影像的瓦片缩放级别（瓦片和目录来源）。为空：模型自身的缩放级别。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="146"/>
        <source>Name shown in Mapflow. Empty: the model and the time, e.g. “Buildings 2024-06-01 14:30”.</source>
        <translation>在 Mapflow 中显示的名称。为空：模型和时间，例如“Buildings 2024-06-01 14:30”。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="150"/>
        <source>The Mapflow project to put the processing in. Empty: the account&apos;s default project.</source>
        <translation>放置处理的 Mapflow 项目。为空：账户的默认项目。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Follow the processing until it ends and write its results to OUTPUT. Unchecked: return the processing id as soon as it has started (OUTPUT is then not written).</source>
        <translation>跟踪处理直到结束，并将其结果写入 OUTPUT。不勾选：处理一开始就返回处理 id（此时不写 OUTPUT）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>How often the status is asked for while waiting.</source>
        <translation>等待期间查询状态的频率。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Stop waiting (the processing goes on in Mapflow) after this long; 0 waits without limit.</source>
        <translation>经过此时长后停止等待（处理在 Mapflow 中继续）；0 表示无限等待。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="171"/>
        <source>The objects the model found, with the attributes Mapflow gives them (class, confidence…), in WGS 84. A GeoPackage unless another format is chosen.</source>
        <translation>模型找到的对象，带有 Mapflow 赋予的属性（类别、置信度…），WGS 84。除非选择了其他格式，否则为 GeoPackage。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="177"/>
        <source>The id of the processing in Mapflow (to load it later from the tab).</source>
        <translation>处理在 Mapflow 中的 id（以便稍后在选项卡中加载）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="180"/>
        <source>OK when the results were written; the current status when not waiting.</source>
        <translation>结果写入后为 OK；不等待时为当前状态。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="183"/>
        <source>How many result features were written (0 when not waiting).</source>
        <translation>写入的结果要素数量（不等待时为 0）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="200"/>
        <source>No GeoTIFF at {path}</source>
        <translation>{path} 处没有 GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="203"/>
        <source>{name} is not a GeoTIFF</source>
        <translation>{name} 不是 GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="209"/>
        <source>A catalog image needs its provider (the provider field of the catalog search)</source>
        <translation>目录图像需要其提供商（目录搜索的 provider 字段）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="222"/>
        <source>Waiting is for the results: give OUTPUT (a file or TEMPORARY_OUTPUT), or set WAIT to false to only start the processing</source>
        <translation>等待是为了获取结果：请指定 OUTPUT（文件或 TEMPORARY_OUTPUT），或将 WAIT 设为 false 以仅启动处理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="251"/>
        <source>Starting “{name}”: {model} on {km2} km² in %Ln area(s) from {source}</source>
        <translation>
            <numerusform>正在启动“{name}”：{model}，{km2} km²，%Ln 个区域，来源 {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="254"/>
        <source>, cost {cost}</source>
        <translation>，费用 {cost}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="258"/>
        <source>Mapflow processing {id} started</source>
        <translation>Mapflow 处理 {id} 已启动</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="265"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="266"/>
        <source>Processing {id} ended {status}: {reason}</source>
        <translation>处理 {id} 以 {status} 结束：{reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="284"/>
        <source>The Mapflow account has no project {project}: use one of {names}</source>
        <translation>Mapflow 账户没有项目 {project}：请使用 {names} 之一</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="299"/>
        <source>stopped waiting; processing {id} goes on in Mapflow</source>
        <translation>已停止等待；处理 {id} 在 Mapflow 中继续</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/catalog.py" line="125"/>
        <source>%Ln image(s) found</source>
        <translation>
            <numerusform>找到 %Ln 幅图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="275"/>
        <source>%Ln object(s) written</source>
        <translation>
            <numerusform>已写入 %Ln 个对象</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="49"/>
        <source>Captured from</source>
        <translation>拍摄起始日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="52"/>
        <source>Captured until</source>
        <translation>拍摄截止日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="55"/>
        <source>Panoramas only</source>
        <translation>仅全景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="58"/>
        <source>Creator (Mapillary username)</source>
        <translation>创建者（Mapillary 用户名）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>Mapillary images</source>
        <translation>Mapillary 图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="68"/>
        <source>Images found</source>
        <translation>找到的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="70"/>
        <source>Cells at the cap</source>
        <translation>达到上限的单元格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="34"/>
        <source>
&lt;p&gt;Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary&apos;s bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to &lt;i&gt;Download images&lt;/i&gt; to fetch the pictures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Mapillary 选项卡一样，查找在某个区域内拍摄的 Mapillary 街景图像：区域被划分为小于 Mapillary 边界框限制（插件设置）的单元格，返回 2000 幅图像上限的单元格会再次划分，每幅图像只保留一次。结果是相机位置的点图层，包含图像 id、拍摄时间、罗盘角度、全景标志、创建者、序列和相机。将其交给 &lt;i&gt;下载图像&lt;/i&gt; 以获取照片。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>to search</source>
        <translation>要搜索的</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="49"/>
        <source>First capture day (UTC, included). Empty: no lower limit.</source>
        <translation>第一个拍摄日（UTC，包含）。为空：无下限。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="52"/>
        <source>Last capture day (UTC, included). Empty: up to today.</source>
        <translation>最后一个拍摄日（UTC，包含）。为空：到今天为止。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="55"/>
        <source>Keep only 360° panoramas. Default: every image.</source>
        <translation>仅保留 360° 全景。默认：所有图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="58"/>
        <source>Only images uploaded by this Mapillary user (without @). Empty: anyone.</source>
        <translation>仅此 Mapillary 用户上传的图像（不带 @）。为空：任何人。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>The images as points in WGS 84, one per image, with a local_path field that Download images fills.</source>
        <translation>图像作为 WGS 84 下的点，每幅图像一个，带有由“下载图像”填写的 local_path 字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="68"/>
        <source>How many images were found.</source>
        <translation>找到的图像数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="70"/>
        <source>Cells that still returned 2000 images after being split: images are missing there (search a smaller area or fewer dates). 0 when complete.</source>
        <translation>划分后仍返回 2000 幅图像的单元格：那里缺少图像（请搜索更小的区域或更少的日期）。完整时为 0。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="92"/>
        <source>Searching Mapillary: {filters}</source>
        <translation>正在搜索 Mapillary：{filters}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="95"/>
        <source>Searching Mapillary</source>
        <translation>正在搜索 Mapillary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="99"/>
        <source>{done} of {total} cells, %Ln image(s)</source>
        <translation>
            <numerusform>{done}/{total} 个单元格，%Ln 幅图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="103"/>
        <source>%Ln image(s) in {requests} requests</source>
        <translation>
            <numerusform>%Ln 幅图像，{requests} 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="106"/>
        <source>%Ln cell(s) still hit Mapillary&apos;s 2000-image cap: some images there are missing; search a smaller area or fewer dates</source>
        <translation>
            <numerusform>%Ln 个单元格仍达到 Mapillary 的 2000 幅图像上限：那里缺少一些图像；请搜索更小的区域或更少的日期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="44"/>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="75"/>
        <source>{what} cancelled</source>
        <translation>{what}已取消</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="75"/>
        <source>Operation cancelled</source>
        <translation>操作已取消</translation>
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
        <location filename="../../ui/results_table.py" line="230"/>
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
        <location filename="../../plugin.py" line="111"/>
        <source>Show or hide the Imagery Hub panel</source>
        <translation>显示或隐藏 Imagery Hub 面板</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="113"/>
        <source>Imagery Hub Settings…</source>
        <translation>Imagery Hub 设置…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="118"/>
        <source>Imagery Hub: Draw Area of Interest</source>
        <translation>Imagery Hub：绘制感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="122"/>
        <source>Imagery Hub: Search in Current Tab</source>
        <translation>Imagery Hub：在当前选项卡中搜索</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="138"/>
        <source>Use as Imagery Hub Area of Interest</source>
        <translation>用作 Imagery Hub 感兴趣区域</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="145"/>
        <source>Render NDVI for this scene</source>
        <translation>为此场景生成 NDVI</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="120"/>
        <source>Search even when it needs many requests</source>
        <translation>即使需要很多请求也搜索</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="166"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation>{service} 位于 {url}（凭据来自环境变量）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="168"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation>{service} 位于 {url}（凭据来自设置）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="209"/>
        <source>Cancelled while writing the results</source>
        <translation>写入结果时已取消</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="211"/>
        <source>Could not write a feature: {error}</source>
        <translation>无法写入要素：{error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="34"/>
        <source>Download images</source>
        <translation>下载图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="35"/>
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
        <location filename="../../processing_provider/eosda/algorithms.py" line="58"/>
        <source>Search EOSDA satellite scenes</source>
        <translation>搜索 EOSDA 卫星场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="140"/>
        <source>Render an EOSDA scene</source>
        <translation>渲染 EOSDA 场景</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="48"/>
        <source>Download Imago images</source>
        <translation>下载 Imago 图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="40"/>
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
        <location filename="../../processing_provider/mapflow/catalog.py" line="46"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation>搜索 Mapflow 影像目录</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="88"/>
        <source>Run a Mapflow processing</source>
        <translation>运行 Mapflow 处理</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="29"/>
        <source>Search Mapillary images</source>
        <translation>搜索 Mapillary 图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="77"/>
        <source>Search Spexi drone images</source>
        <translation>搜索 Spexi 无人机图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="207"/>
        <source>Spexi views of a point</source>
        <translation>某点的 Spexi 视图</translation>
    </message>
    <message>
        <location filename="../../processing_provider/access.py" line="92"/>
        <source>No {service} credentials: add them in Imagery Hub settings, or set {variable} for a headless run</source>
        <translation>没有 {service} 凭据：请在 Imagery Hub 设置中添加，或在无界面运行时设置 {variable}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="121"/>
        <source>A search estimated above {soft} requests (setting budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is always refused. Default: not set.</source>
        <translation>估计超过 {soft} 个请求的搜索（设置 budget/soft_limit）会被拒绝，除非勾选此项；超过 {hard} 个（budget/hard_limit）则总是被拒绝。默认：不勾选。</translation>
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
        <location filename="../../processing_provider/download_images.py" line="98"/>
        <source>the layer has no features</source>
        <translation>该图层没有要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="100"/>
        <source>Nothing to download in INPUT ({reasons})</source>
        <translation>INPUT 中没有可下载的内容（{reasons}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="119"/>
        <source>Feature {fid}: {why}</source>
        <translation>要素 {fid}：{why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="122"/>
        <source>Cancelled: the layer lists the images that arrived</source>
        <translation>已取消：图层列出了已到达的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="125"/>
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
        <location filename="../../processing_provider/download_images.py" line="112"/>
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
        <location filename="../../processing_provider/base.py" line="144"/>
        <source>{parameter}: {error}</source>
        <translation>{parameter}：{error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="186"/>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="49"/>
        <source>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA and Seequent Imago</source>
        <translation>Imagery Hub：Spexi、Mapillary、Mapflow、EOSDA 和 Seequent Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/i18n.py" line="109"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation>请在 Imagery Hub 设置中检查密钥或令牌</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="110"/>
        <source>{requests}, {duration}</source>
        <translation>{requests}，{duration}</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="112"/>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="116"/>
        <source>draw a smaller area</source>
        <translation>绘制更小的区域</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="117"/>
        <source>draw a smaller area or search around a point</source>
        <translation>绘制更小的区域或围绕一个点搜索</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="119"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation>绘制更小的区域或缩小日期范围</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="121"/>
        <source>narrow the dates</source>
        <translation>缩小日期范围</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="122"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation>此 {service} 搜索需要{cost}——仍要搜索吗？</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="124"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation>感兴趣区域需要{cost}（{service} 搜索最多 {limit} 个请求）：{advice}</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="126"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation>感兴趣区域需要{cost}：{advice}，或设置 {parameter} 以仍然搜索</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="111"/>
        <source>about %Ln request(s)</source>
        <translation>
            <numerusform>约 %Ln 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="113"/>
        <source>roughly %Ln minute(s)</source>
        <translation>
            <numerusform>大约 %Ln 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="114"/>
        <source>roughly %Ln hour(s)</source>
        <translation>
            <numerusform>大约 %Ln 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="115"/>
        <source>roughly %Ln day(s)</source>
        <translation>
            <numerusform>大约 %Ln 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading from (°)</source>
        <translation>航向起始 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading to (°)</source>
        <translation>航向截止 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude from (m)</source>
        <translation>高度起始 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude to (m)</source>
        <translation>高度截止 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>Lowest pitch (°)</source>
        <translation>最低俯仰角 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>Highest pitch (°)</source>
        <translation>最高俯仰角 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="56"/>
        <source>Captured from</source>
        <translation>拍摄起始日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="58"/>
        <source>Captured until</source>
        <translation>拍摄截止日期</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="98"/>
        <source>Camera pitch</source>
        <translation>相机俯仰角</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="113"/>
        <source>Capture types</source>
        <translation>拍摄类型</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Focused on the area</source>
        <translation>聚焦于区域</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Maximum images</source>
        <translation>最大图像数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="131"/>
        <source>Spexi footprints</source>
        <translation>Spexi 覆盖范围</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="135"/>
        <source>Spexi camera positions</source>
        <translation>Spexi 相机位置</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="139"/>
        <source>Images found</source>
        <translation>找到的图像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="141"/>
        <source>Cells searched</source>
        <translation>已搜索的单元格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="222"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="226"/>
        <source>Spexi views</source>
        <translation>Spexi 视图</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="230"/>
        <source>Views found</source>
        <translation>找到的视图</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>The camera's compass direction, 0° north, 90° east. Give HEADING_MIN and HEADING_MAX together. Empty: any.</source>
        <translation>相机的罗盘方向，0° 为北，90° 为东。请同时指定 HEADING_MIN 和 HEADING_MAX。为空：任意。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>The drone&apos;s height above the ground. Give ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.</source>
        <translation>无人机距地面的高度。请同时指定 ALTITUDE_MIN 和 ALTITUDE_MAX。为空：任意。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>With PITCH range: the lowest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>当 PITCH 为 range 时：相机的最低俯仰角，−135° 到 45°（−90° 为垂直向下）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>With PITCH range: the highest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>当 PITCH 为 range 时：相机的最高俯仰角，−135° 到 45°（−90° 为垂直向下）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="56"/>
        <source>First capture day (UTC, included). Empty: no limit.</source>
        <translation>第一个拍摄日（UTC，包含）。为空：无限制。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="58"/>
        <source>Last capture day (UTC, included). Empty: today when DATE_FROM is given, else no limit.</source>
        <translation>最后一个拍摄日（UTC，包含）。为空：给出 DATE_FROM 时为今天，否则无限制。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="67"/>
        <source>Give DATE_FROM as well: the first day of the captures</source>
        <translation>还需指定 DATE_FROM：拍摄的第一天</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="83"/>
        <source>
&lt;p&gt;Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that &lt;i&gt;Download images&lt;/i&gt; fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用 Spexi 选项卡的筛选条件（相机俯仰角、航向、高度、拍摄日期和类型）查找某个区域上的 Spexi 无人机图像，并写出两个图层：覆盖范围（每幅图像显示的内容）和相机位置，包含图像 id、排名、拍摄类型和时间、航向、俯仰角、横滚角、高度、距离、原始图像和放大图像的链接，以及由 &lt;i&gt;下载图像&lt;/i&gt; 填写的空 local_path。超过 Spexi 1 km² 限制的区域会逐个单元格搜索并合并，每幅图像只保留一次。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="97"/>
        <source>to search (any size: over 1 km² it is searched cell by cell)</source>
        <translation>要搜索的（任意大小：超过 1 km² 时逐个单元格搜索）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="98"/>
        <source>any; nadir (−90°, straight down); oblique (−60°); or range, from PITCH_MIN to PITCH_MAX.</source>
        <translation>any；nadir（−90°，垂直向下）；oblique（−60°）；或 range，从 PITCH_MIN 到 PITCH_MAX。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="113"/>
        <source>orthomosaic (nadir mapping images), oblique (tilted views of building sides), panorama (near-horizontal views from higher up). Default: all three.</source>
        <translation>orthomosaic（天底测图图像）、oblique（建筑立面的倾斜视图）、panorama（从更高处拍摄的近水平视图）。默认：全部三种。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Spexi leaves out images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Unchecked: every intersecting image.</source>
        <translation>Spexi 会排除区域位于画面边缘的图像，并按区域的显著程度对其余图像排序。不勾选：所有相交的图像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Stop after this many images (default {count}, as in the tab).</source>
        <translation>达到此图像数量后停止（默认 {count}，与选项卡相同）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="131"/>
        <source>What each image shows, as polygons in WGS 84, with the fields listed above.</source>
        <translation>每幅图像显示的内容，作为 WGS 84 下的多边形，带有上面列出的字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="135"/>
        <source>Where each image was taken from, as points in WGS 84, with the same fields.</source>
        <translation>每幅图像的拍摄位置，作为 WGS 84 下的点，带有相同的字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="139"/>
        <source>How many images were written.</source>
        <translation>写入的图像数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="141"/>
        <source>How many pieces of under 1 km² the area was searched in.</source>
        <translation>区域被划分为多少块小于 1 km² 的部分进行搜索。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="151"/>
        <source>PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)</source>
        <translation>PITCH_MIN 和 PITCH_MAX 与 PITCH range 配合使用（且 range 需要它们）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="190"/>
        <source>Searching Spexi over {area}</source>
        <translation>正在 {area} 上搜索 Spexi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="192"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 幅图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="212"/>
        <source>
&lt;p&gt;Asks Spexi for the best images of one place, as the Spexi tab&apos;s multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in &lt;code&gt;view&lt;/code&gt; and the Spexi result fields, so
&lt;i&gt;Download images&lt;/i&gt; takes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;像 Spexi 选项卡的多视图工具一样，向 Spexi 请求某个地点的最佳图像：一幅从上方拍摄的天底视图，以及朝北、东、南、西的倾斜视图（Spexi 没有图像的视图会缺失）。覆盖范围在 &lt;code&gt;view&lt;/code&gt; 中带有其显示的视图以及 Spexi 结果字段，因此 &lt;i&gt;下载图像&lt;/i&gt; 可以使用它们。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="222"/>
        <source>The place to see from five sides; any CRS (on the command line “x,y [EPSG:code]”).</source>
        <translation>要从五个方向查看的地点；任意坐标参考系（命令行中写作“x,y [EPSG:code]”）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="226"/>
        <source>One footprint per view (nadir, north, east, south, west) in WGS 84, with view and the Spexi result fields.</source>
        <translation>每个视图一个覆盖范围（天底、北、东、南、西），WGS 84，带有 view 和 Spexi 结果字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="230"/>
        <source>How many of the five views exist.</source>
        <translation>五个视图中存在的数量。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="245"/>
        <source>Asking Spexi for the views of {lon}, {lat}</source>
        <translation>正在向 Spexi 请求 {lon}, {lat} 的视图</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="248"/>
        <source>Views: {views}</source>
        <translation>视图：{views}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="248"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="171"/>
        <source>{name} needs both {name}_MIN and {name}_MAX</source>
        <translation>{name} 需要同时指定 {name}_MIN 和 {name}_MAX</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="184"/>
        <source>cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>第 {cell}/{cells} 个单元格，第 {page} 页，已接收 %Ln 幅图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="195"/>
        <source>%Ln feature(s) Spexi sent could not be read (geometry, capture date or camera position) and were left out</source>
        <translation>
            <numerusform>Spexi 发送的 %Ln 个要素无法读取（几何、拍摄日期或相机位置），已被排除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHubTask</name>
    <message>
        <location filename="../../core/tasks.py" line="66"/>
        <source>{service} asked us to wait {seconds} s — retrying</source>
        <translation>{service} 要求我们等待 {seconds} 秒——正在重试</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="68"/>
        <source>{service} answered HTTP {status} — retrying in {seconds} s</source>
        <translation>{service} 返回 HTTP {status}——{seconds} 秒后重试</translation>
    </message>
</context>
<context>
    <name>ImagoTab</name>
    <message>
        <location filename="../../ui/imago/tab.py" line="107"/>
        <source>Account and collection</source>
        <translation>账户和集合</translation>
    </message>
</context>
<context>
    <name>MapflowTab</name>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="58"/>
        <source>New processing on the AOI</source>
        <translation>在感兴趣区域上新建处理</translation>
    </message>
</context>
<context>
    <name>MapillaryTab</name>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="117"/>
        <source>Size of the downloaded images</source>
        <translation>下载图像的大小</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="150"/>
        <source>Search settings</source>
        <translation>搜索设置</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="265"/>
        <source>{count:,} images (from the project).</source>
        <translation>{count:,} 幅图像（来自项目）。</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="140"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="142"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>以缩略图而不是表格显示结果</translation>
    </message>
</context>
<context>
    <name>MapillaryViewer</name>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="158"/>
        <source>%n detection(s) could not be read and are not drawn</source>
        <translation>
            <numerusform>%n 个检测结果无法读取，未绘制</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpexiTab</name>
    <message>
        <location filename="../../ui/spexi/tab.py" line="106"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="108"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>以缩略图而不是表格显示结果</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="116"/>
        <source>Search settings</source>
        <translation>搜索设置</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="233"/>
        <source>{count:,} images in “{group}” (from the project).</source>
        <translation>“{group}”中的 {count:,} 幅图像（来自项目）。</translation>
    </message>
</context>
</TS>
