<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{} search</source>
        <translation>{} 検索</translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation>領域を小さくするかフィルタを絞ると、必要なリクエストが減ります。</translation>
    </message>
</context>
<context>
    <name>EosdaTab</name>
    <message>
        <location filename="../../ui/eosda/tab.py" line="101"/>
        <source>Render options</source>
        <translation>レンダリングオプション</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="113"/>
        <source>Search settings</source>
        <translation>検索設定</translation>
    </message>
</context>
<context>
    <name>FoldingForm</name>
    <message>
        <location filename="../../ui/folding.py" line="51"/>
        <source>Show or hide the search settings</source>
        <translation>検索設定の表示/非表示</translation>
    </message>
    <message>
        <location filename="../../ui/folding.py" line="62"/>
        <source>Help on this tab (opens the README)</source>
        <translation>このタブのヘルプ (README を開きます)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="78"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="82"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="86"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Maximum cloud cover (%)</source>
        <translation>最大雲量 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="92"/>
        <source>Only scenes covering the whole area</source>
        <translation>領域全体を覆うシーンのみ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="98"/>
        <source>EOSDA scenes</source>
        <translation>EOSDA シーン</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="103"/>
        <source>Scenes written</source>
        <translation>書き込んだシーン</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="105"/>
        <source>Scenes found</source>
        <translation>見つかったシーン</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>Scene (view id)</source>
        <translation>シーン (ビュー ID)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="163"/>
        <source>Bands or index</source>
        <translation>バンドまたは指数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="168"/>
        <source>Band expression</source>
        <translation>バンド式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="173"/>
        <source>Pixel size (m)</source>
        <translation>ピクセルサイズ (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="179"/>
        <source>Image format</source>
        <translation>画像形式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="184"/>
        <source>Colormap id</source>
        <translation>カラーマップ ID</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>Levels (low,high)</source>
        <translation>レベル (下限,上限)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="195"/>
        <source>Resampling</source>
        <translation>リサンプリング</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="200"/>
        <source>First check after (seconds)</source>
        <translation>最初の確認までの時間 (秒)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="206"/>
        <source>Rendered raster</source>
        <translation>レンダリングしたラスタ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="209"/>
        <source>Width (px)</source>
        <translation>幅 (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="211"/>
        <source>Height (px)</source>
        <translation>高さ (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="64"/>
        <source>
&lt;p&gt;Searches EOSDA&apos;s Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what &lt;i&gt;Render an EOSDA scene&lt;/i&gt; takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EOSDA タブと同じように、ある領域の EOSDA の Sentinel-2 または Landsat 8 シーンを検索し、そのフットプリントをビュー ID、日付、衛星、雲量、データ被覆率、各シーンが覆う領域の割合とともに書き出します。ビュー ID は &lt;i&gt;EOSDA シーンのレンダリング&lt;/i&gt; が受け取るものです。1 年を超える期間は 1 年ずつ新しい順に問い合わせ、最大 2000 シーンを保持します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>to search</source>
        <translation>検索する</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="78"/>
        <source>sentinel2 (Sentinel-2, 10 m) or landsat8 (Landsat 8, 30 m).</source>
        <translation>sentinel2 (Sentinel-2、10 m) または landsat8 (Landsat 8、30 m)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="82"/>
        <source>First day (included). Empty: %Ln day(s) before DATE_TO.</source>
        <translation>
            <numerusform>最初の日 (この日を含む)。空欄: DATE_TO の %Ln 日前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="86"/>
        <source>Last day (included). Empty: today.</source>
        <translation>最後の日 (この日を含む)。空欄: 今日。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Scenes with at most this cloud cover. Default 30 %, as in the tab.</source>
        <translation>雲量がこの値以下のシーン。既定値は 30 % で、タブと同じです。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="92"/>
        <source>Keep only scenes whose data cover all of the area (CONTAINS); default: any overlap.</source>
        <translation>データが領域全体を覆うシーン (CONTAINS) のみを残します。既定: 一部でも重なるもの。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="98"/>
        <source>The scene footprints (multipolygons, WGS 84) with view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover and sun_elev.</source>
        <translation>シーンのフットプリント (マルチポリゴン、WGS 84)。view_id、scene_id、dataset、satellite、date、acquired、cloud、coverage、aoi_cover、sun_elev を含みます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="103"/>
        <source>How many footprints were written.</source>
        <translation>書き込んだフットプリントの数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="105"/>
        <source>How many scenes EOSDA reported (more than COUNT when over 2000).</source>
        <translation>EOSDA が報告したシーンの数 (2000 を超えると COUNT より多くなります)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="126"/>
        <source>Searching {dataset} scenes {start} – {end}</source>
        <translation>{dataset} シーンを検索中 {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="129"/>
        <source>%Ln scene(s) of {found}</source>
        <translation>
            <numerusform>%Ln シーン ({found} 件中)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="129"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln シーン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="146"/>
        <source>
&lt;p&gt;Renders one EOSDA scene over an area with EOSDA&apos;s Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EOSDA タブのレンダリング欄と同じように、EOSDA の Download visual サービスで 1 つの EOSDA シーンを領域上にレンダリングします。プリセット (トゥルーカラー、フォールスカラー、NDVI、NDWI) または独自のバンド式を使い、領域で切り抜き、選んだピクセルサイズで、Web メルカトル (EPSG:3857) のジオリファレンス済みラスタとして書き出します。指数は 2 つのレベルの間のカラーマップで着色されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="159"/>
        <source>The view_id of a scene, as Search EOSDA satellite scenes writes it: S2/… for Sentinel-2, L8/… for Landsat 8.</source>
        <translation>シーンの view_id。EOSDA 衛星シーンの検索が書き出すもの: Sentinel-2 は S2/…、Landsat 8 は L8/…。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="162"/>
        <source>to render (one polygon)</source>
        <translation>レンダリングする (ポリゴン 1 つ)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="163"/>
        <source>true_color, false_color (near infrared), ndvi, ndwi, or custom to use EXPRESSION.</source>
        <translation>true_color、false_color (近赤外)、ndvi、ndwi、または EXPRESSION を使う custom。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="168"/>
        <source>With PRESET custom: bands separated by commas for an RGB composite (B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). Band names of the scene&apos;s dataset.</source>
        <translation>PRESET が custom の場合: RGB 合成のためのカンマ区切りのバンド (B08,B04,B03)、または指数のための式 1 つ ((B08-B04)/(B08+B04))。シーンのデータセットのバンド名を使います。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="173"/>
        <source>Ground size of a pixel in metres. Empty: the dataset&apos;s native size (10 m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a side.</source>
        <translation>1 ピクセルの地上サイズ (メートル)。空欄: データセット固有のサイズ (Sentinel-2 は 10 m、Landsat 8 は 30 m)。画像は一辺最大 10,000 px です。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="179"/>
        <source>What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. The output is then written in the format of OUTPUT&apos;s extension.</source>
        <translation>EOSDA が送るもの: tiff (GeoTIFF) またはワールドファイル付きの png / jpeg。出力は OUTPUT の拡張子の形式で書き出されます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="184"/>
        <source>For a single-band index: EOSDA's colormap id (default red–yellow–green). Empty: grey values.</source>
        <translation>単バンド指数の場合: EOSDA のカラーマップ ID (既定は赤–黄–緑)。空欄: グレー値。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="190"/>
        <source>For a single-band index: the values mapped to the ends of the colormap.</source>
        <translation>単バンド指数の場合: カラーマップの両端に対応する値。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="195"/>
        <source>How EOSDA resamples bands to the pixel size. Empty: EOSDA&apos;s default.</source>
        <translation>EOSDA がバンドをピクセルサイズにリサンプリングする方法。空欄: EOSDA の既定。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="200"/>
        <source>How long to wait before asking whether the render is ready; the wait grows by half each time, up to 15 s.</source>
        <translation>レンダリングの準備ができたか問い合わせるまでの待ち時間。待ち時間は毎回半分ずつ延び、最大 15 秒です。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="206"/>
        <source>The render, georeferenced in EPSG:3857 (GeoTIFF unless another extension is given).</source>
        <translation>EPSG:3857 でジオリファレンスされたレンダリング結果 (別の拡張子を指定しない限り GeoTIFF)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="209"/>
        <source>Width of the render in pixels.</source>
        <translation>レンダリング結果の幅 (ピクセル)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="211"/>
        <source>Height of the render in pixels.</source>
        <translation>レンダリング結果の高さ (ピクセル)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="218"/>
        <source>{view_id} is not an EOSDA view id: they start with S2/ (Sentinel-2) or L8/ (Landsat 8)</source>
        <translation>{view_id} は EOSDA のビュー ID ではありません: ビュー ID は S2/ (Sentinel-2) または L8/ (Landsat 8) で始まります</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="226"/>
        <source>PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)</source>
        <translation>PRESET custom にはバンド式が必要です。例: (B08-B04)/(B08+B04)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="231"/>
        <source>{bands} is not a band of {dataset}</source>
        <translation>{bands} は {dataset} のバンドではありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="232"/>
        <source>{bands} are not bands of {dataset}</source>
        <translation>{bands} は {dataset} のバンドではありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="256"/>
        <source>Writing the {width} × {height} px render</source>
        <translation>{width} × {height} px のレンダリング結果を書き出し中</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="270"/>
        <source>GDAL could not write {name}: {error}</source>
        <translation>GDAL が {name} を書き出せませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="273"/>
        <source>GDAL could not write {name} as {driver}: {error}</source>
        <translation>GDAL が {name} を {driver} として書き出せませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/i18n.py" line="91"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="92"/>
        <source>Authentication failed</source>
        <translation>認証に失敗しました</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="93"/>
        <source>Permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="94"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="96"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation>リクエストが多すぎます: サービスから速度を落とすよう求められました</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="97"/>
        <source>Invalid input</source>
        <translation>入力が無効です</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="98"/>
        <source>The service reported an error</source>
        <translation>サービスがエラーを報告しました</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="99"/>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="185"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="101"/>
        <source>Not a readable vector tile</source>
        <translation>読み取れないベクタタイルです</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="103"/>
        <source>The service kept sending pages; the listing was stopped</source>
        <translation>サービスがページを送り続けたため、一覧の取得を中止しました</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="104"/>
        <source>The render did not finish in time</source>
        <translation>レンダリングが時間内に終わりませんでした</translation>
    </message>
</context>
<context>
    <name>ImageryHub.History</name>
    <message>
        <location filename="../../ui/history.py" line="15"/>
        <source>Recent searches of this project: run one again</source>
        <translation>このプロジェクトの最近の検索: もう一度実行</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="24"/>
        <source>No searches in this project yet</source>
        <translation>このプロジェクトにはまだ検索がありません</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Imago</name>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Imagery type</source>
        <translation>イメージャリタイプ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>Image type</source>
        <translation>画像タイプ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>Start depth</source>
        <translation>開始深度</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="24"/>
        <source>End depth</source>
        <translation>終了深度</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Features naming imagery</source>
        <translation>イメージャリを指す地物</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Collection field</source>
        <translation>コレクションフィールド</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Imagery name field</source>
        <translation>イメージャリ名フィールド</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>Start depth field</source>
        <translation>開始深度フィールド</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>End depth field</source>
        <translation>終了深度フィールド</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="66"/>
        <source>Imagery name</source>
        <translation>イメージャリ名</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="105"/>
        <source>Imagery id</source>
        <translation>イメージャリ ID</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Width (px)</source>
        <translation>幅 (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="113"/>
        <source>Path field</source>
        <translation>パスフィールド</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>Downloads at once</source>
        <translation>同時ダウンロード数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="123"/>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="126"/>
        <source>Features with image paths</source>
        <translation>画像パス付きの地物</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="131"/>
        <source>Images downloaded</source>
        <translation>ダウンロードした画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="133"/>
        <source>Images not downloaded</source>
        <translation>ダウンロードできなかった画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Elevation (m)</source>
        <translation>標高 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="83"/>
        <source>Upload report</source>
        <translation>アップロードレポート</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The Imago workspace. Empty: any (give it when a collection name exists in several workspaces).</source>
        <translation>Imago のワークスペース。空欄: 任意 (コレクション名が複数のワークスペースにある場合は指定してください)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The dataset of the workspace. Empty: any.</source>
        <translation>ワークスペースのデータセット。空欄: 任意。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The collection {what}.</source>
        <translation>{what}コレクション。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The imagery type, e.g. “Core trays” or “Field photos”.</source>
        <translation>イメージャリタイプ。例: 「Core trays」や「Field photos」。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="10"/>
        <source>The image type of that imagery type, e.g. “Dry”, “Wet” or “Photo”.</source>
        <translation>そのイメージャリタイプの画像タイプ。例: 「Dry」、「Wet」、「Photo」。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="36"/>
        <source>Name the imagery type (IMAGERY_TYPE)</source>
        <translation>イメージャリタイプを指定してください (IMAGERY_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="37"/>
        <source>Name the image type (IMAGE_TYPE)</source>
        <translation>画像タイプを指定してください (IMAGE_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/common.py" line="38"/>
        <source>Name the collection (COLLECTION)</source>
        <translation>コレクションを指定してください (COLLECTION)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="56"/>
        <source>
&lt;p&gt;Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Imago タブと同じように、Seequent Imago の画像 (コアトレイ、写真…) をフォルダにダウンロードします。レイヤの地物ごとに、名前フィールドまたは深度フィールドでイメージャリを指す方法 (コレクションは固定またはフィールドから読み取り): 出力レイヤは入力レイヤに、各地物の画像のローカルパスを PATH_FIELD に加えたものです。あるいはレイヤなしで 1 つのコレクションから: IMAGERY_NAME、START_DEPTH (と END_DEPTH)、IMAGERY_ID で指定したイメージャリ、またはどれも指定しない場合はコレクションのすべてのイメージャリ。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>A layer whose features (only the selected ones when “Selected features only” is checked) each name one imagery. Empty: name the imagery with COLLECTION and the fields below.</source>
        <translation>地物 (「選択地物のみ」がチェックされている場合は選択した地物のみ) がそれぞれ 1 つのイメージャリを指すレイヤ。空欄: COLLECTION と下のフィールドでイメージャリを指定します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="77"/>
        <source>of the imagery to download; needed without INPUT, and with INPUT unless COLLECTION_FIELD names it</source>
        <translation>ダウンロードするイメージャリの。INPUT がない場合は必須、INPUT がある場合は COLLECTION_FIELD で指定しない限り必須</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT: the field holding each feature&apos;s collection (instead of a fixed COLLECTION).</source>
        <translation>INPUT がある場合: 各地物のコレクションを保持するフィールド (固定の COLLECTION の代わり)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT: the field holding each feature&apos;s imagery name.</source>
        <translation>INPUT がある場合: 各地物のイメージャリ名を保持するフィールド。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With INPUT and no NAME_FIELD: the field holding the start depth of the interval.</source>
        <translation>INPUT があり NAME_FIELD がない場合: 区間の開始深度を保持するフィールド。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="80"/>
        <source>With START_FIELD: the field holding the end depth (empty: the imagery at the start depth).</source>
        <translation>START_FIELD がある場合: 終了深度を保持するフィールド (空欄: 開始深度のイメージャリ)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="95"/>
        <source>Without INPUT: the name of the imagery to download.</source>
        <translation>INPUT がない場合: ダウンロードするイメージャリの名前。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Without INPUT: the start depth of the interval whose imagery to download.</source>
        <translation>INPUT がない場合: ダウンロードするイメージャリの区間の開始深度。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Without INPUT: the end depth of the interval whose imagery to download.</source>
        <translation>INPUT がない場合: ダウンロードするイメージャリの区間の終了深度。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="105"/>
        <source>Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, the depths and this empty to download every imagery of COLLECTION.</source>
        <translation>INPUT がない場合: ダウンロードするイメージャリの ID。IMAGERY_NAME、深度、この項目を空欄にすると COLLECTION のすべてのイメージャリをダウンロードします。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Scale the images to this width (Imago keeps the aspect). Empty: full size.</source>
        <translation>画像をこの幅に縮尺します (Imago が縦横比を保ちます)。空欄: 元のサイズ。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="113"/>
        <source>With INPUT: the text field of OUTPUT that receives each feature&apos;s image path (added when the layer lacks it).</source>
        <translation>INPUT がある場合: 各地物の画像パスを受け取る OUTPUT のテキストフィールド (レイヤにない場合は追加されます)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>How many images are fetched at the same time. Empty: the Imagery Hub setting.</source>
        <translation>同時に取得する画像の数。空欄: Imagery Hub の設定。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="123"/>
        <source>Where the images are saved (named collection_imagery_imagetype with the extension Imago&apos;s answer calls for).</source>
        <translation>画像の保存先 (コレクション_イメージャリ_画像タイプ という名前で、Imago の応答が示す拡張子)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="126"/>
        <source>With INPUT: its features with PATH_FIELD filled for those whose image arrived.</source>
        <translation>INPUT がある場合: その地物。画像が届いた地物には PATH_FIELD が入ります。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="131"/>
        <source>How many files arrived.</source>
        <translation>届いたファイルの数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="133"/>
        <source>Imagery that did not arrive or features that name none (each listed in the log).</source>
        <translation>届かなかったイメージャリ、またはイメージャリを指さない地物 (それぞれログに記載)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="146"/>
        <source>{names} name fields of INPUT: give INPUT as well</source>
        <translation>{names} は INPUT のフィールドです: INPUT も指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="149"/>
        <source>Name the collection (COLLECTION), or give a layer (INPUT)</source>
        <translation>コレクション (COLLECTION) を指定するか、レイヤ (INPUT) を指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="156"/>
        <source>Give the collection once: COLLECTION or COLLECTION_FIELD, not both</source>
        <translation>コレクションは 1 回だけ指定してください: COLLECTION か COLLECTION_FIELD のどちらか一方です</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="165"/>
        <source>the layer has no features</source>
        <translation>レイヤに地物がありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="167"/>
        <source>None of the features names an imagery ({reasons})</source>
        <translation>イメージャリを指す地物がありません ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="191"/>
        <source>Listing the {type} imagery of {collection}</source>
        <translation>{collection} の {type} イメージャリを一覧取得中</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="203"/>
        <source>{collection} has no {type} imagery with {image_type} images</source>
        <translation>{collection} には {image_type} 画像を含む {type} イメージャリがありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/imago/download.py" line="210"/>
        <source>Downloading %Ln image(s) to {folder}</source>
        <translation>
            <numerusform>%Ln 枚の画像を {folder} にダウンロード中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="218"/>
        <source>Cancelled: only the images listed as downloaded arrived</source>
        <translation>キャンセルしました: ダウンロード済みとして記載された画像のみ届いています</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="221"/>
        <source>No image arrived: {error}</source>
        <translation>画像が 1 枚も届きませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="235"/>
        <source>Feature {fid}: {why}</source>
        <translation>地物 {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="47"/>
        <source>
&lt;p&gt;Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab&apos;s upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file&apos;s header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Imago タブのアップロードダイアログと同じように、写真 (PNG または JPEG) を 1 つの Imago イメージャリにアップロードします。イメージャリ名、深度区間、または点 (標高付き) で配置し、点はイメージャリタイプが宣言する座標系で送信します。まず各ファイルのヘッダを確認するので、Imago が拒否するもの (ピクセル数が多すぎる、別の形式) は送信せずに一覧にします。同じイメージャリにアップロード済みのファイルはスキップするので、バッチを再実行しても届かなかったものだけが送信されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The image files to upload (PNG or JPEG).</source>
        <translation>アップロードする画像ファイル (PNG または JPEG)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="65"/>
        <source>to upload into</source>
        <translation>アップロード先の</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="66"/>
        <source>The imagery the photos belong to, by name (made when it does not exist yet).</source>
        <translation>写真が属するイメージャリ (名前で指定。まだない場合は作成されます)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>The start depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>写真が示す区間の開始深度 (深度で配置するイメージャリの場合)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="71"/>
        <source>The end depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>写真が示す区間の終了深度 (深度で配置するイメージャリの場合)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="77"/>
        <source>Where the photos were taken, for imagery types placed by x/y; any CRS, sent in the one the imagery type declares.</source>
        <translation>写真を撮影した場所 (x/y で配置するイメージャリタイプの場合)。任意の座標参照系で、イメージャリタイプが宣言する座標参照系で送信します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>The z sent with LOCATION.</source>
        <translation>LOCATION とともに送信する z。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="83"/>
        <source>A table with one row per file: file, state (uploaded, skipped, refused, failed), image_id and message.</source>
        <translation>ファイルごとに 1 行の表: file、state (uploaded、skipped、refused、failed)、image_id、message。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="105"/>
        <source>Give the photos to upload</source>
        <translation>アップロードする写真を指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="108"/>
        <source>No such file: {path}</source>
        <translation>ファイルがありません: {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="134"/>
        <source>Placing the photos at x {x}, y {y} in {crs}</source>
        <translation>写真を {crs} の x {x}、y {y} に配置中</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="139"/>
        <source>{file} refused: {why}</source>
        <translation>{file} は拒否されました: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="139"/>
        <source>{file} failed: {why}</source>
        <translation>{file} は失敗しました: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="145"/>
        <source>Cancelled: the files not listed as uploaded were not sent</source>
        <translation>キャンセルしました: アップロード済みとして記載されていないファイルは送信されていません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="169"/>
        <source>Imago has no imagery type {type} here</source>
        <translation>Imago のここにはイメージャリタイプ {type} がありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="172"/>
        <source>{type} is not placed by location: use IMAGERY_NAME or the depths</source>
        <translation>{type} は位置で配置されません: IMAGERY_NAME か深度を使ってください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="175"/>
        <source>{type} takes x/y in different systems in different datasets: give WORKSPACE and DATASET</source>
        <translation>{type} はデータセットによって異なる座標系の x/y を取ります: WORKSPACE と DATASET を指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files uploaded now.</source>
        <translation>今回アップロードしたファイル。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files skipped because they were uploaded to this imagery before.</source>
        <translation>このイメージャリに以前アップロード済みのためスキップしたファイル。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files refused, by their header or by Imago (listed in the log).</source>
        <translation>ヘッダまたは Imago により拒否されたファイル (ログに記載)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="88"/>
        <source>Files that failed for another reason (listed in the log).</source>
        <translation>その他の理由で失敗したファイル (ログに記載)。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Inventory</name>
    <message>
        <location filename="../../ui/inventory.py" line="56"/>
        <source>All services</source>
        <translation>すべてのサービス</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="57"/>
        <source>Search every service that has credentials over the area of interest, at once, into one overview and one inventory layer</source>
        <translation>認証情報のあるすべてのサービスを関心領域で一度に検索し、1 つの概要と 1 つのインベントリレイヤにまとめます</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="62"/>
        <source>Cancel all</source>
        <translation>すべてキャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="98"/>
        <source>“All services” searches every service that has credentials over the area of interest at once. What each one holds there fills in here as it answers: click a service for its tab, a month of the timeline for its footprints.</source>
        <translation>「すべてのサービス」は、認証情報のあるすべてのサービスを関心領域で一度に検索します。各サービスがそこに持つものは、応答があり次第ここに表示されます。サービスをクリックするとそのタブを開き、タイムラインの月をクリックするとそのフットプリントを選択します。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="136"/>
        <source>Cancel this service&apos;s search</source>
        <translation>このサービスの検索をキャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="167"/>
        <source>skipped: no credentials — add them in Settings (⚙). </source>
        <translation>スキップ: 認証情報がありません — 設定 (⚙) で追加してください。 </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="173"/>
        <source>skipped: not confirmed (</source>
        <translation>スキップ: 未確認 (</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="177"/>
        <source>refused: </source>
        <translation>拒否: </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="181"/>
        <source>No service to search: add credentials in Settings (⚙)</source>
        <translation>検索するサービスがありません: 設定 (⚙) で認証情報を追加してください</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="191"/>
        <source>Searching {} services over {}</source>
        <translation>{} 個のサービスを検索中: {}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="195"/>
        <source>searching</source>
        <translation>検索中</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="204"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="209"/>
        <source>searching: </source>
        <translation>検索中: </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="218"/>
        <source>, more exist (narrow the area)</source>
        <translation>、さらにあります (領域を狭めてください)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="219"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="227"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="229"/>
        <source>failed: </source>
        <translation>失敗: </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="238"/>
        <source>{:,} images from {} services in the layer “{}”</source>
        <translation>{:,} 枚の画像 ({} 個のサービスから) がレイヤ「{}」にあります</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="242"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="244"/>
        <source>No images over the area: see each service&apos;s state</source>
        <translation>この領域に画像はありません: 各サービスの状態を確認してください</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="38"/>
        <source>Captures per month, one row per service: click a month to select its footprints</source>
        <translation>月ごとの撮影数、サービスごとに 1 行: 月をクリックするとそのフットプリントを選択します</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="81"/>
        <source>No dated captures yet</source>
        <translation>日付付きの撮影はまだありません</translation>
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
&lt;p&gt;ポリゴンレイヤの各地物について「ここにどんなイメージャリがあるか」に答えます。選択したサービスのうち認証情報のあるものすべてを、領域で一度に検索します (Spexi のドローン画像、Mapillary のストリートレベル画像、Mapflow のイメージャリカタログ、直近 YEARS 年の EOSDA の Sentinel-2 シーン、経度/緯度で配置された Seequent Imago のイメージャリ)。インベントリレイヤには各フットプリントが &lt;code&gt;area&lt;/code&gt;、&lt;code&gt;service&lt;/code&gt;、&lt;code&gt;id&lt;/code&gt;、&lt;code&gt;captured_at&lt;/code&gt; (UTC)、&lt;code&gt;kind&lt;/code&gt;、&lt;code&gt;resolution_m&lt;/code&gt;、&lt;code&gt;cloud&lt;/code&gt;、&lt;code&gt;link&lt;/code&gt;、&lt;code&gt;altitude_m&lt;/code&gt;、&lt;code&gt;located&lt;/code&gt; (フットプリント、またはカメラの周りの 5 m の円) とともに入ります。サマリには領域ごとに 1 行があり、サービスごとの画像数、最新の撮影、各サービスの状態 (完了、サービスの言葉による失敗、認証情報なしでスキップ) が入ります。&lt;/p&gt;
&lt;p&gt;認証情報は Imagery Hub の設定から、GUI なしで実行する場合は &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; (例: &lt;code&gt;IMAGERY_HUB_SPEXI_KEY&lt;/code&gt;) から取得します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Areas (polygon layer)</source>
        <translation>領域 (ポリゴンレイヤ)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="73"/>
        <source>Each feature is one area (only the selected ones when “Selected features only” is checked), at most {most}. Any CRS; it is transformed to WGS 84.</source>
        <translation>各地物が 1 つの領域です (「選択地物のみ」がチェックされている場合は選択した地物のみ)。最大 {most} 個。任意の座標参照系。WGS 84 に変換されます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="78"/>
        <source>The services to include: {ids}. Default: all. A service without credentials is skipped with a line saying how to add them.</source>
        <translation>含めるサービス: {ids}。既定: すべて。認証情報のないサービスはスキップされ、追加方法を示す行が出力されます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>Years back (satellite scenes)</source>
        <translation>遡る年数 (衛星シーン)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="83"/>
        <source>How many years back EOSDA scenes are searched (each year is one request or more).</source>
        <translation>EOSDA シーンを何年前まで遡って検索するか (1 年ごとに 1 リクエスト以上)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>Most images per service and area</source>
        <translation>サービスと領域ごとの最大画像数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="88"/>
        <source>A service stops after this many (default {most}); its state says so.</source>
        <translation>サービスはこの数に達すると停止します (既定 {most})。その状態に表示されます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Imagery inventory</source>
        <translation>イメージャリインベントリ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="95"/>
        <source>Every footprint of every service and area, in WGS 84, with the fields listed above.</source>
        <translation>すべてのサービスと領域のすべてのフットプリント (WGS 84)。上に挙げたフィールドを含みます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>Inventory summary</source>
        <translation>インベントリのサマリ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="99"/>
        <source>One row per area: area (the feature id), area_km2, images, newest, and per service &amp;lt;service&amp;gt;_count, &amp;lt;service&amp;gt;_newest and &amp;lt;service&amp;gt;_state.</source>
        <translation>領域ごとに 1 行: area (地物 ID)、area_km2、images、newest、およびサービスごとの &amp;lt;service&amp;gt;_count、&amp;lt;service&amp;gt;_newest、&amp;lt;service&amp;gt;_state。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>Images found</source>
        <translation>見つかった画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="104"/>
        <source>How many footprints were written.</source>
        <translation>書き込んだフットプリントの数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="110"/>
        <source>Give a polygon layer of areas</source>
        <translation>領域のポリゴンレイヤを指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="116"/>
        <source>The layer has more than {most} areas: select fewer features</source>
        <translation>レイヤの領域が {most} 個を超えています: 選択する地物を減らしてください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="119"/>
        <source>The areas layer has no polygon features (or none is selected)</source>
        <translation>領域レイヤにポリゴン地物がありません (または 1 つも選択されていません)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="155"/>
        <source>Area {fid} ({number} of {count}): {area}</source>
        <translation>領域 {fid} ({count} 個中 {number} 個目): {area}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="73"/>
        <source>{count:,} images (from the imagery inventory).</source>
        <translation>{count:,} 枚の画像（画像インベントリから）。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Maximum cloud cover (%)</source>
        <translation>最大雲量 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Finest resolution (m/px)</source>
        <translation>最も細かい解像度 (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Coarsest resolution (m/px)</source>
        <translation>最も粗い解像度 (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Largest off-nadir angle (°)</source>
        <translation>最大オフナディア角 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Smallest share of the area covered (%)</source>
        <translation>領域を覆う最小の割合 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="68"/>
        <source>Acquired from</source>
        <translation>取得開始日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="71"/>
        <source>Acquired until</source>
        <translation>取得終了日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Data providers</source>
        <translation>データプロバイダ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Only images available for processing</source>
        <translation>処理に使える画像のみ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="92"/>
        <source>Catalog footprints</source>
        <translation>カタログのフットプリント</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="97"/>
        <source>Images written</source>
        <translation>書き込んだ画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="99"/>
        <source>Images found</source>
        <translation>見つかった画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="111"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="116"/>
        <source>Optional blocks</source>
        <translation>オプションブロック</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="121"/>
        <source>Imagery source type</source>
        <translation>イメージャリのソースタイプ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Imagery (URL, path or id)</source>
        <translation>イメージャリ (URL、パスまたは ID)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Catalog data provider</source>
        <translation>カタログのデータプロバイダ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="146"/>
        <source>Processing name</source>
        <translation>処理名</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="150"/>
        <source>Project (id or name)</source>
        <translation>プロジェクト (ID または名前)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Wait for the results</source>
        <translation>結果を待つ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>Check every (seconds)</source>
        <translation>確認間隔 (秒)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Give up waiting after (minutes)</source>
        <translation>待機を打ち切るまでの時間 (分)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="171"/>
        <source>Mapflow results</source>
        <translation>Mapflow の結果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="177"/>
        <source>Processing id</source>
        <translation>処理 ID</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="180"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="183"/>
        <source>Objects found</source>
        <translation>見つかったオブジェクト</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Images with at most this cloud cover.</source>
        <translation>雲量がこの値以下の画像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images finer than this many metres per pixel.</source>
        <translation>1 ピクセルあたりこのメートル数より細かい画像を除外します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images coarser than this many metres per pixel.</source>
        <translation>1 ピクセルあたりこのメートル数より粗い画像を除外します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images taken further than this from straight down.</source>
        <translation>真下からこの角度より離れて撮影された画像を除外します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="29"/>
        <source>Leave out images that cover less of the area of interest.</source>
        <translation>関心領域を覆う割合がこれより小さい画像を除外します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="53"/>
        <source>
&lt;p&gt;Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with &lt;i&gt;Run a Mapflow processing&lt;/i&gt; (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mapflow タブのカタログページと同じように、ある領域で Mapflow のイメージャリカタログ (アカウントに紐付いたプロバイダの衛星画像と航空写真) を検索し、見つかった画像のフットプリントを日付、雲量、解像度、オフナディア角、プロバイダ、各画像が覆う領域の割合とともに書き出します。画像は &lt;i&gt;Mapflow の処理を実行&lt;/i&gt; で処理できます (SOURCE_TYPE は catalog、SOURCE はその image_id、DATA_PROVIDER はそのプロバイダ)。最大 1000 枚の画像を保持します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>to search</source>
        <translation>検索する</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="68"/>
        <source>First acquisition day (UTC, included). Empty: no limit.</source>
        <translation>取得の最初の日 (UTC、この日を含む)。空欄: 制限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="71"/>
        <source>Last acquisition day (UTC, included). Empty: no limit.</source>
        <translation>取得の最後の日 (UTC、この日を含む)。空欄: 制限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="76"/>
        <source>Empty: no limit.</source>
        <translation>空欄: 制限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="76"/>
        <source>Default 20 %.</source>
        <translation>既定値は 20 %。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only these providers, separated by commas. Empty: every provider of the account.</source>
        <translation>これらのプロバイダのみ (カンマ区切り)。空欄: アカウントのすべてのプロバイダ。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="87"/>
        <source>Leave out images the account cannot order or process.</source>
        <translation>アカウントが注文または処理できない画像を除外します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="92"/>
        <source>The footprints (multipolygons in WGS 84) with image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url and zoom.</source>
        <translation>フットプリント (WGS 84 のマルチポリゴン)。image_id、provider、acquired、cloud、resolution、off_nadir、aoi_cover、sensor、product_type、preview_type、preview_url、zoom を含みます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="97"/>
        <source>How many footprints were written.</source>
        <translation>書き込んだフットプリントの数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="99"/>
        <source>How many images match (more than COUNT when over 1000).</source>
        <translation>一致した画像の数 (1000 を超えると COUNT より多くなります)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="121"/>
        <source>Searching the Mapflow catalog over {area}</source>
        <translation>{area} で Mapflow カタログを検索中</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="127"/>
        <source>, the first {kept} kept</source>
        <translation>、最初の {kept} 枚を保持</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="78"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="61"/>
        <source>The Mapflow account has no model {model}: use one of {names}</source>
        <translation>Mapflow アカウントにモデル {model} がありません: {names} のいずれかを使ってください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="79"/>
        <source>{model} has no optional block {blocks}: use all, none or some of {names}</source>
        <translation>{model} にはオプションブロック {blocks} がありません: all、none、または {names} の一部を使ってください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="95"/>
        <source>
&lt;p&gt;Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With &lt;i&gt;Wait&lt;/i&gt; the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mapflow タブと同じように、レイヤのポリゴン上で Mapflow の AI モデル (建物、道路、森林…) を実行します。各ポリゴンが処理の 1 つの領域になります。開始前に面積をアカウントの制限と照合し、費用を確認します。&lt;i&gt;待機&lt;/i&gt; を有効にすると、アルゴリズムは処理が終わるまで追跡し、その結果 (ベクタ化されたオブジェクト) を出力レイヤに書き出します。無効の場合は処理 ID をすぐに返し、結果は後で Mapflow タブから読み込めます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="109"/>
        <source>to process (each polygon becomes one Mapflow area)</source>
        <translation>処理する (各ポリゴンが Mapflow の 1 つの領域になります)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="111"/>
        <source>The AI model by name as the account lists it, with or without its emoji and in any case (Buildings, Roads, Forest, Construction sites…), or by id.</source>
        <translation>AI モデル。アカウントが一覧に示す名前 (絵文字の有無や大文字小文字は問いません。Buildings、Roads、Forest、Construction sites…) または ID で指定します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="116"/>
        <source>The model's optional blocks to enable, separated by commas (e.g. Classification, OSM); “all” (the default, as in the tab) or “none”.</source>
        <translation>有効にするモデルのオプションブロック (カンマ区切り。例: Classification, OSM)。「all」(既定、タブと同じ) または「none」。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="121"/>
        <source>Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is the URL template); tif, a GeoTIFF uploaded before (SOURCE is its s3:// URL); geotiff_file, a GeoTIFF on this computer that is uploaded first (SOURCE is its path); catalog, an image of the Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); provider, an imagery provider of the account such as Mapbox, processed at ZOOM without an image (SOURCE is the provider&apos;s name).</source>
        <translation>イメージャリの取得元: xyz、tms、quadkey はタイル (SOURCE は URL テンプレート)。tif は以前にアップロードした GeoTIFF (SOURCE はその s3:// URL)。geotiff_file はこのコンピュータ上の GeoTIFF で、最初にアップロードされます (SOURCE はそのパス)。catalog は Mapflow カタログの画像 (SOURCE はその画像 ID、DATA_PROVIDER はそのプロバイダ)。mosaic は Data API のモザイク (SOURCE はモザイク ID)。provider は Mapbox などアカウントのイメージャリプロバイダで、画像なしで ZOOM で処理されます (SOURCE はプロバイダ名)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} for quadkey), an s3:// URL, a file path, a catalog image id or a mosaic id.</source>
        <translation>SOURCE_TYPE に応じたイメージャリ: {x}、{y}、{z} (quadkey の場合は {q}) を含む URL、s3:// URL、ファイルパス、カタログ画像 ID またはモザイク ID。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>For SOURCE_TYPE catalog: the provider of the image, as Search the Mapflow catalog writes it in the provider field.</source>
        <translation>SOURCE_TYPE が catalog の場合: 画像のプロバイダ。Mapflow イメージャリカタログの検索が provider フィールドに書き出すものです。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="141"/>
        <source>Tile zoom of the imagery (tile and catalog sources). Empty: the model&apos;s own zoom.</source>
        <translation>イメージャリのタイルズーム (タイルとカタログのソース)。空欄: モデル自身のズーム。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="146"/>
        <source>Name shown in Mapflow. Empty: the model and the time, e.g. “Buildings 2024-06-01 14:30”.</source>
        <translation>Mapflow に表示される名前。空欄: モデルと時刻。例: 「Buildings 2024-06-01 14:30」。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="150"/>
        <source>The Mapflow project to put the processing in. Empty: the account&apos;s default project.</source>
        <translation>処理を入れる Mapflow プロジェクト。空欄: アカウントの既定のプロジェクト。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="155"/>
        <source>Follow the processing until it ends and write its results to OUTPUT. Unchecked: return the processing id as soon as it has started (OUTPUT is then not written).</source>
        <translation>処理が終わるまで追跡し、結果を OUTPUT に書き出します。チェックなし: 処理が開始したらすぐに処理 ID を返します (OUTPUT は書き出されません)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="160"/>
        <source>How often the status is asked for while waiting.</source>
        <translation>待機中にステータスを問い合わせる頻度。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Stop waiting (the processing goes on in Mapflow) after this long; 0 waits without limit.</source>
        <translation>この時間が経過したら待機をやめます (処理は Mapflow で続きます)。0 は無制限に待ちます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="171"/>
        <source>The objects the model found, with the attributes Mapflow gives them (class, confidence…), in WGS 84. A GeoPackage unless another format is chosen.</source>
        <translation>モデルが見つけたオブジェクト。Mapflow が付ける属性 (クラス、信頼度…) 付き、WGS 84。別の形式を選ばない限り GeoPackage です。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="177"/>
        <source>The id of the processing in Mapflow (to load it later from the tab).</source>
        <translation>Mapflow での処理 ID (後でタブから読み込むため)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="180"/>
        <source>OK when the results were written; the current status when not waiting.</source>
        <translation>結果が書き出されたときは OK。待機しない場合は現在のステータス。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="183"/>
        <source>How many result features were written (0 when not waiting).</source>
        <translation>書き出した結果地物の数 (待機しない場合は 0)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="200"/>
        <source>No GeoTIFF at {path}</source>
        <translation>{path} に GeoTIFF がありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="203"/>
        <source>{name} is not a GeoTIFF</source>
        <translation>{name} は GeoTIFF ではありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="209"/>
        <source>A catalog image needs its provider (the provider field of the catalog search)</source>
        <translation>カタログ画像にはプロバイダが必要です (カタログ検索の provider フィールド)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="222"/>
        <source>Waiting is for the results: give OUTPUT (a file or TEMPORARY_OUTPUT), or set WAIT to false to only start the processing</source>
        <translation>待機は結果を得るためのものです: OUTPUT (ファイルまたは TEMPORARY_OUTPUT) を指定するか、処理を開始するだけなら WAIT を false にしてください</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="251"/>
        <source>Starting “{name}”: {model} on {km2} km² in %Ln area(s) from {source}</source>
        <translation>
            <numerusform>「{name}」を開始: {model}、{km2} km²、%Ln 領域、ソース {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="254"/>
        <source>, cost {cost}</source>
        <translation>、費用 {cost}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="258"/>
        <source>Mapflow processing {id} started</source>
        <translation>Mapflow の処理 {id} を開始しました</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="265"/>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="266"/>
        <source>Processing {id} ended {status}: {reason}</source>
        <translation>処理 {id} は {status} で終了しました: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="284"/>
        <source>The Mapflow account has no project {project}: use one of {names}</source>
        <translation>Mapflow アカウントにプロジェクト {project} がありません: {names} のいずれかを使ってください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="299"/>
        <source>stopped waiting; processing {id} goes on in Mapflow</source>
        <translation>待機をやめました。処理 {id} は Mapflow で続いています</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/catalog.py" line="125"/>
        <source>%Ln image(s) found</source>
        <translation>
            <numerusform>%Ln 枚の画像が見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="275"/>
        <source>%Ln object(s) written</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトを書き出しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="49"/>
        <source>Captured from</source>
        <translation>撮影開始日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="52"/>
        <source>Captured until</source>
        <translation>撮影終了日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="55"/>
        <source>Panoramas only</source>
        <translation>パノラマのみ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="58"/>
        <source>Creator (Mapillary username)</source>
        <translation>作成者 (Mapillary ユーザー名)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>Mapillary images</source>
        <translation>Mapillary 画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="68"/>
        <source>Images found</source>
        <translation>見つかった画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="70"/>
        <source>Cells at the cap</source>
        <translation>上限に達したセル</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="34"/>
        <source>
&lt;p&gt;Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary&apos;s bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to &lt;i&gt;Download images&lt;/i&gt; to fetch the pictures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mapillary タブと同じように、ある領域で撮影された Mapillary のストリートレベル画像を探します。領域は Mapillary のバウンディングボックス制限 (プラグインの設定) 未満のセルに分割され、上限の 2000 枚を返したセルはさらに分割され、各画像は 1 回だけ保持されます。結果はカメラ位置のポイントレイヤで、画像 ID、撮影時刻、方位角、パノラマフラグ、作成者、シーケンス、カメラを含みます。写真を取得するには &lt;i&gt;画像のダウンロード&lt;/i&gt; に渡してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>to search</source>
        <translation>検索する</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="49"/>
        <source>First capture day (UTC, included). Empty: no lower limit.</source>
        <translation>撮影の最初の日 (UTC、この日を含む)。空欄: 下限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="52"/>
        <source>Last capture day (UTC, included). Empty: up to today.</source>
        <translation>撮影の最後の日 (UTC、この日を含む)。空欄: 今日まで。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="55"/>
        <source>Keep only 360° panoramas. Default: every image.</source>
        <translation>360° パノラマのみを残します。既定: すべての画像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="58"/>
        <source>Only images uploaded by this Mapillary user (without @). Empty: anyone.</source>
        <translation>この Mapillary ユーザー (@ なし) がアップロードした画像のみ。空欄: 誰でも。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>The images as points in WGS 84, one per image, with a local_path field that Download images fills.</source>
        <translation>WGS 84 のポイントとしての画像 (1 画像に 1 つ)。画像のダウンロードが埋める local_path フィールド付き。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="68"/>
        <source>How many images were found.</source>
        <translation>見つかった画像の数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="70"/>
        <source>Cells that still returned 2000 images after being split: images are missing there (search a smaller area or fewer dates). 0 when complete.</source>
        <translation>分割後もまだ 2000 枚を返したセル: そこでは画像が欠けています (より小さい領域か少ない日付で検索してください)。完全な場合は 0。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="92"/>
        <source>Searching Mapillary: {filters}</source>
        <translation>Mapillary を検索中: {filters}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="95"/>
        <source>Searching Mapillary</source>
        <translation>Mapillary を検索中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="99"/>
        <source>{done} of {total} cells, %Ln image(s)</source>
        <translation>
            <numerusform>{total} セル中 {done} セル、%Ln 枚の画像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="103"/>
        <source>%Ln image(s) in {requests} requests</source>
        <translation>
            <numerusform>%Ln 枚の画像、{requests} リクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="106"/>
        <source>%Ln cell(s) still hit Mapillary&apos;s 2000-image cap: some images there are missing; search a smaller area or fewer dates</source>
        <translation>
            <numerusform>%Ln 個のセルがまだ Mapillary の 2000 枚の上限に達しています: そこでは一部の画像が欠けています。より小さい領域か少ない日付で検索してください</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="44"/>
        <source>Unexpected error: {error}</source>
        <translation>予期しないエラー: {error}</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="75"/>
        <source>{what} cancelled</source>
        <translation>{what}をキャンセルしました</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="75"/>
        <source>Operation cancelled</source>
        <translation>操作をキャンセルしました</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Panel</name>
    <message>
        <location filename="../../ui/dock.py" line="86"/>
        <source>Imagery Hub searches and downloads imagery from the services below. Add a key or token for each service you use.</source>
        <translation>Imagery Hub は下記のサービスから画像を検索してダウンロードします。使用するサービスごとにキーまたはトークンを追加してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="97"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="102"/>
        <source>Help on the settings (opens the README)</source>
        <translation>設定のヘルプ (README を開きます)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>✓ ready</source>
        <translation>✓ 準備完了</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="138"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="142"/>
        <source>Services and settings</source>
        <translation>サービスと設定</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="230"/>
        <source>Filter the results…</source>
        <translation>結果をフィルタ…</translation>
    </message>
    <message>
        <location filename="../../ui/service_tab.py" line="45"/>
        <source>Draw or pick an area of interest first (top of the panel)</source>
        <translation>まず関心領域を描画するか選択してください (パネルの上部)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Plugin</name>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download selected Spexi images</source>
        <translation>選択した Spexi 画像をダウンロード</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Use as Mapflow AOI</source>
        <translation>Mapflow の関心領域として使用</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>選択した地物で Mapflow の処理を実行</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload to Mapflow</source>
        <translation>Mapflow にアップロード</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Download Imago images for selected features</source>
        <translation>選択した地物の Imago 画像をダウンロード</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Upload photos to Imago</source>
        <translation>Imago への写真のアップロード</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="111"/>
        <source>Show or hide the Imagery Hub panel</source>
        <translation>Imagery Hub パネルの表示/非表示</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="113"/>
        <source>Imagery Hub Settings…</source>
        <translation>Imagery Hub の設定…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="118"/>
        <source>Imagery Hub: Draw Area of Interest</source>
        <translation>Imagery Hub: 関心領域を描画</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="122"/>
        <source>Imagery Hub: Search in Current Tab</source>
        <translation>Imagery Hub: 現在のタブで検索</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="138"/>
        <source>Use as Imagery Hub Area of Interest</source>
        <translation>Imagery Hub の関心領域として使用</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="145"/>
        <source>Render NDVI for this scene</source>
        <translation>このシーンの NDVI を作成</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="120"/>
        <source>Search even when it needs many requests</source>
        <translation>多くのリクエストが必要でも検索する</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="166"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation>{url} の {service} (認証情報は環境変数から)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="168"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation>{url} の {service} (認証情報は設定から)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="209"/>
        <source>Cancelled while writing the results</source>
        <translation>結果の書き出し中にキャンセルしました</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="211"/>
        <source>Could not write a feature: {error}</source>
        <translation>地物を書き出せませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="34"/>
        <source>Download images</source>
        <translation>画像のダウンロード</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="35"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Variant / size</source>
        <translation>バリアント / サイズ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>Downloads at once</source>
        <translation>同時ダウンロード数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>Results with local paths</source>
        <translation>ローカルパス付きの結果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>Images downloaded</source>
        <translation>ダウンロードした画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Images not downloaded</source>
        <translation>ダウンロードできなかった画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="58"/>
        <source>Search EOSDA satellite scenes</source>
        <translation>EOSDA 衛星シーンの検索</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="140"/>
        <source>Render an EOSDA scene</source>
        <translation>EOSDA シーンのレンダリング</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="48"/>
        <source>Download Imago images</source>
        <translation>Imago 画像のダウンロード</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="40"/>
        <source>Upload photos to Imago</source>
        <translation>Imago への写真のアップロード</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="33"/>
        <source>Area of interest (polygon layer)</source>
        <translation>関心領域 (ポリゴンレイヤ)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>Area of interest (extent)</source>
        <translation>関心領域 (領域)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="50"/>
        <source>Give the area either as a polygon layer (AOI) or as an extent (EXTENT), not both</source>
        <translation>領域はポリゴンレイヤ (AOI) か領域 (EXTENT) のどちらか一方で指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="55"/>
        <source>The AOI layer has no polygon features (or none is selected)</source>
        <translation>AOI レイヤにポリゴン地物がありません (または 1 つも選択されていません)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="61"/>
        <source>The extent is empty: give xmin,xmax,ymin,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>領域が空です: xmin &lt; xmax かつ ymin &lt; ymax となる xmin,xmax,ymin,ymax を指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="65"/>
        <source>Give an area of interest: a polygon layer (AOI) or an extent (EXTENT)</source>
        <translation>関心領域を指定してください: ポリゴンレイヤ (AOI) または領域 (EXTENT)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="84"/>
        <source>{value} is not a date: write it as YYYY-MM-DD</source>
        <translation>{value} は日付ではありません: YYYY-MM-DD の形式で書いてください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="91"/>
        <source>{start_name} ({start}) is after {end_name} ({end}): swap them</source>
        <translation>{start_name} ({start}) が {end_name} ({end}) より後です: 入れ替えてください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="46"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation>Mapflow イメージャリカタログの検索</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="88"/>
        <source>Run a Mapflow processing</source>
        <translation>Mapflow の処理を実行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="29"/>
        <source>Search Mapillary images</source>
        <translation>Mapillary 画像の検索</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="77"/>
        <source>Search Spexi drone images</source>
        <translation>Spexi ドローン画像の検索</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="207"/>
        <source>Spexi views of a point</source>
        <translation>地点の Spexi ビュー</translation>
    </message>
    <message>
        <location filename="../../processing_provider/access.py" line="92"/>
        <source>No {service} credentials: add them in Imagery Hub settings, or set {variable} for a headless run</source>
        <translation>{service} の認証情報がありません: Imagery Hub の設定で追加するか、GUI なしで実行する場合は {variable} を設定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="121"/>
        <source>A search estimated above {soft} requests (setting budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is always refused. Default: not set.</source>
        <translation>{soft} リクエストを超えると見積もられた検索 (設定 budget/soft_limit) は、これをチェックしない限り拒否されます。{hard} (budget/hard_limit) を超えると常に拒否されます。既定: チェックなし。</translation>
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
        <translation>&lt;p&gt;Imagery Hub の検索で作成されたレイヤの画像をフォルダにダウンロードし、各地物のファイルを &lt;code&gt;local_path&lt;/code&gt; に入れてレイヤを書き出し直します。どの検索で作成されたかはレイヤのフィールドで判断します: {kinds}。「選択地物のみ」がチェックされている場合は選択した地物のみ。ファイルは複数同時に取得し、接続が切れた後は再開し、書きかけのまま残すことはありません。失敗した画像があっても他は止まりません (それぞれログに記載)。&lt;/p&gt;&lt;p&gt;認証情報は、そのレイヤの検索と同じく、レイヤの元のサービスのものです: Imagery Hub の設定、または GUI なしの実行では &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_KEY&lt;/code&gt; と &lt;code&gt;IMAGERY_HUB_&amp;lt;SERVICE&amp;gt;_URL&lt;/code&gt; (Mapflow カタログのプレビューには不要)。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="56"/>
        <source>Footprints or points written by an Imagery Hub search (in a GeoPackage or as the layer it made), with their fields unchanged.</source>
        <translation>Imagery Hub の検索が書き出したフットプリントまたはポイント (GeoPackage 内、または検索で作成されたレイヤとして)。フィールドは変更しないでください。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="61"/>
        <source>Which file of each image: best (the fullest the service offers), original, zoomed (Spexi), 2048, 1024 or 256 pixels wide (Mapillary thumbnails), or preview (Mapflow catalog).</source>
        <translation>各画像のどのファイルか: best (サービスが提供する最も完全なもの)、original、zoomed (Spexi)、幅 2048、1024、256 ピクセル (Mapillary のサムネイル)、または preview (Mapflow カタログ)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="67"/>
        <source>Where the images are saved, named after the image id and the variant as the service&apos;s tab names them.</source>
        <translation>画像の保存先。サービスのタブと同じく、画像 ID とバリアントから名前を付けます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="76"/>
        <source>INPUT&apos;s features with the downloaded file of each in {field} (empty where none arrived).</source>
        <translation>INPUT の地物。各地物のダウンロードしたファイルが {field} に入ります (届かなかった場合は空)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="82"/>
        <source>How many files arrived.</source>
        <translation>届いたファイルの数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="85"/>
        <source>Features whose image did not arrive or that have none (each listed in the log).</source>
        <translation>画像が届かなかった、または画像がない地物 (それぞれログに記載)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="98"/>
        <source>the layer has no features</source>
        <translation>レイヤに地物がありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="100"/>
        <source>Nothing to download in INPUT ({reasons})</source>
        <translation>INPUT にダウンロードするものがありません ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="119"/>
        <source>Feature {fid}: {why}</source>
        <translation>地物 {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="122"/>
        <source>Cancelled: the layer lists the images that arrived</source>
        <translation>キャンセルしました: レイヤには届いた画像が記載されています</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="125"/>
        <source>No image arrived: {error}</source>
        <translation>画像が 1 枚も届きませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="45"/>
        <source>{images} come as {variants}, not {wanted}</source>
        <translation>{images}は {variants} のみで、{wanted} はありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="65"/>
        <source>Spexi images</source>
        <translation>Spexi 画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="75"/>
        <source>no {variant} link</source>
        <translation>{variant} のリンクがありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="87"/>
        <source>Mapillary images</source>
        <translation>Mapillary 画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="106"/>
        <source>Mapflow catalog scenes</source>
        <translation>Mapflow カタログのシーン</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="115"/>
        <source>no picture preview ({kind})</source>
        <translation>画像のプレビューがありません ({kind})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="129"/>
        <source>EOSDA scenes</source>
        <translation>EOSDA シーン</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="133"/>
        <source>EOSDA scenes are rendered rather than downloaded: use Render an EOSDA scene (imagery_hub:eosda_render) with a view_id of this layer</source>
        <translation>EOSDA シーンはダウンロードではなくレンダリングします: このレイヤの view_id を使って EOSDA シーンのレンダリング (imagery_hub:eosda_render) を実行してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_sources.py" line="147"/>
        <source>INPUT is not a layer of an Imagery Hub search: downloads work on {kinds}</source>
        <translation>INPUT は Imagery Hub の検索のレイヤではありません: ダウンロードできるのは {kinds} です</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="28"/>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="30"/>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="34"/>
        <source> and {variable} (the username; without it the key is an API token)</source>
        <translation> と {variable} (ユーザー名。ない場合、キーは API トークンです)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="37"/>
        <source>The {service} credentials of the Imagery Hub settings (kept in the QGIS Authentication Manager) and its API URL. For headless runs set {key_variable}{extra}, and {url_variable} to use another server (a sandbox); a variable that is set wins over the settings.</source>
        <translation>Imagery Hub の設定にある {service} の認証情報 (QGIS の認証マネージャに保存) とその API URL。GUI なしで実行する場合は {key_variable}{extra} を設定し、別のサーバ (サンドボックス) を使うには {url_variable} を設定します。設定された変数は設定より優先されます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="41"/>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <location filename="../../processing_provider/help.py" line="45"/>
        <source>Example</source>
        <translation>例</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="28"/>
        <source>Polygon layer whose features (only the selected ones when “Selected features only” is checked) form the area {what}. Any CRS; it is transformed to WGS 84.</source>
        <translation>ポリゴンレイヤ。その地物 (「選択地物のみ」がチェックされている場合は選択した地物のみ) が{what}領域を形作ります。任意の座標参照系。WGS 84 に変換されます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="32"/>
        <source>Give this or EXTENT.</source>
        <translation>これか EXTENT を指定してください。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inputs.py" line="37"/>
        <source>A rectangle instead of a layer: the area {what}. On the command line “xmin,xmax,ymin,ymax [EPSG:4326]”.</source>
        <translation>レイヤの代わりの矩形: {what}領域。コマンドラインでは「xmin,xmax,ymin,ymax [EPSG:4326]」。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="70"/>
        <source>At most how many images are fetched at the same time: it starts at 4 and takes more while more make the download faster. Empty: the Imagery Hub setting (16 by default).</source>
        <translation>同時に取得する画像の最大数: 4 から始め、増やすとダウンロードが速くなる間は増やします。空欄: Imagery Hub の設定 (既定値 16)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/download_images.py" line="112"/>
        <source>Downloading %Ln file(s) of {what} to {folder}, up to {at_once} at a time</source>
        <translation>
            <numerusform>%Ln 個のファイル ({what}) を {folder} にダウンロード中、同時に最大 {at_once} 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="50"/>
        <source>Imagery inventory of an area</source>
        <translation>領域のイメージャリインベントリ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="51"/>
        <source>Imagery inventory</source>
        <translation>イメージャリインベントリ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="144"/>
        <source>{parameter}: {error}</source>
        <translation>{parameter}: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="186"/>
        <source>Cancelled: {reason}</source>
        <translation>キャンセルしました: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="49"/>
        <source>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA and Seequent Imago</source>
        <translation>Imagery Hub: Spexi、Mapillary、Mapflow、EOSDA、Seequent Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/i18n.py" line="109"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation>Imagery Hub の設定でキーまたはトークンを確認してください</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="110"/>
        <source>{requests}, {duration}</source>
        <translation>{requests}、{duration}</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="112"/>
        <source>under a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="116"/>
        <source>draw a smaller area</source>
        <translation>より小さい領域を描いてください</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="117"/>
        <source>draw a smaller area or search around a point</source>
        <translation>より小さい領域を描くか、点の周りを検索してください</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="119"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation>より小さい領域を描くか、日付を絞ってください</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="121"/>
        <source>narrow the dates</source>
        <translation>日付を絞ってください</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="122"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation>この {service} 検索には{cost}が必要です — それでも検索しますか?</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="124"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation>関心領域には{cost}が必要です ({service} の検索は最大 {limit} リクエストです): {advice}</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="126"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation>関心領域には{cost}が必要です: {advice}。それでも検索するには {parameter} を設定してください</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="111"/>
        <source>about %Ln request(s)</source>
        <translation>
            <numerusform>約 %Ln リクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="113"/>
        <source>roughly %Ln minute(s)</source>
        <translation>
            <numerusform>およそ %Ln 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="114"/>
        <source>roughly %Ln hour(s)</source>
        <translation>
            <numerusform>およそ %Ln 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/i18n.py" line="115"/>
        <source>roughly %Ln day(s)</source>
        <translation>
            <numerusform>およそ %Ln 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading from (°)</source>
        <translation>方位 (開始) (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Heading to (°)</source>
        <translation>方位 (終了) (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude from (m)</source>
        <translation>高度 (開始) (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>Altitude to (m)</source>
        <translation>高度 (終了) (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>Lowest pitch (°)</source>
        <translation>最小ピッチ (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>Highest pitch (°)</source>
        <translation>最大ピッチ (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="56"/>
        <source>Captured from</source>
        <translation>撮影開始日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="58"/>
        <source>Captured until</source>
        <translation>撮影終了日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="98"/>
        <source>Camera pitch</source>
        <translation>カメラのピッチ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="113"/>
        <source>Capture types</source>
        <translation>撮影タイプ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Focused on the area</source>
        <translation>領域に焦点を合わせる</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Maximum images</source>
        <translation>最大画像数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="131"/>
        <source>Spexi footprints</source>
        <translation>Spexi のフットプリント</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="135"/>
        <source>Spexi camera positions</source>
        <translation>Spexi のカメラ位置</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="139"/>
        <source>Images found</source>
        <translation>見つかった画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="141"/>
        <source>Cells searched</source>
        <translation>検索したセル</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="222"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="226"/>
        <source>Spexi views</source>
        <translation>Spexi のビュー</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="230"/>
        <source>Views found</source>
        <translation>見つかったビュー</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>The camera's compass direction, 0° north, 90° east. Give HEADING_MIN and HEADING_MAX together. Empty: any.</source>
        <translation>カメラの方位角。0° が北、90° が東。HEADING_MIN と HEADING_MAX を一緒に指定してください。空欄: 任意。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="38"/>
        <source>The drone&apos;s height above the ground. Give ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.</source>
        <translation>地面からのドローンの高さ。ALTITUDE_MIN と ALTITUDE_MAX を一緒に指定してください。空欄: 任意。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>With PITCH range: the lowest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>PITCH が range の場合: カメラの最小ピッチ。−135° から 45° (−90° は真下を向きます)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="46"/>
        <source>With PITCH range: the highest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>PITCH が range の場合: カメラの最大ピッチ。−135° から 45° (−90° は真下を向きます)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="56"/>
        <source>First capture day (UTC, included). Empty: no limit.</source>
        <translation>撮影の最初の日 (UTC、この日を含む)。空欄: 制限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="58"/>
        <source>Last capture day (UTC, included). Empty: today when DATE_FROM is given, else no limit.</source>
        <translation>撮影の最後の日 (UTC、この日を含む)。空欄: DATE_FROM を指定した場合は今日、それ以外は制限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="67"/>
        <source>Give DATE_FROM as well: the first day of the captures</source>
        <translation>DATE_FROM も指定してください: 撮影の最初の日です</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="83"/>
        <source>
&lt;p&gt;Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that &lt;i&gt;Download images&lt;/i&gt; fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Spexi タブのフィルタ (カメラのピッチ、方位、高度、撮影日と撮影タイプ) で、ある領域の Spexi ドローン画像を探し、2 つのレイヤを書き出します: フットプリント (各画像が写す範囲) とカメラ位置で、画像 ID、ランク、撮影タイプと時刻、方位、ピッチ、ロール、高度、距離、オリジナル画像とズーム画像のリンク、&lt;i&gt;画像のダウンロード&lt;/i&gt; が埋める空の local_path を含みます。Spexi の 1 km² の制限を超える領域はセルごとに検索して統合し、各画像は 1 回だけ含めます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="97"/>
        <source>to search (any size: over 1 km² it is searched cell by cell)</source>
        <translation>検索する (任意のサイズ: 1 km² を超える場合はセルごとに検索します)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="98"/>
        <source>any; nadir (−90°, straight down); oblique (−60°); or range, from PITCH_MIN to PITCH_MAX.</source>
        <translation>any、nadir (−90°、真下)、oblique (−60°)、または PITCH_MIN から PITCH_MAX までの range。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="113"/>
        <source>orthomosaic (nadir mapping images), oblique (tilted views of building sides), panorama (near-horizontal views from higher up). Default: all three.</source>
        <translation>orthomosaic (直下視の地図作成用画像)、oblique (建物側面の斜め視)、panorama (より高い位置からのほぼ水平な視点)。既定: 3 つすべて。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Spexi leaves out images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Unchecked: every intersecting image.</source>
        <translation>Spexi は領域がフレームの端にある画像を除外し、残りを領域がどれだけ目立つかで順位付けします。チェックなし: 交差するすべての画像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="125"/>
        <source>Stop after this many images (default {count}, as in the tab).</source>
        <translation>この枚数で停止します (既定値 {count}、タブと同じ)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="131"/>
        <source>What each image shows, as polygons in WGS 84, with the fields listed above.</source>
        <translation>各画像が写す範囲。WGS 84 のポリゴンで、上に挙げたフィールドを含みます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="135"/>
        <source>Where each image was taken from, as points in WGS 84, with the same fields.</source>
        <translation>各画像の撮影位置。WGS 84 のポイントで、同じフィールドを含みます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="139"/>
        <source>How many images were written.</source>
        <translation>書き込んだ画像の数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="141"/>
        <source>How many pieces of under 1 km² the area was searched in.</source>
        <translation>領域を 1 km² 未満のいくつの部分に分けて検索したか。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="151"/>
        <source>PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)</source>
        <translation>PITCH_MIN と PITCH_MAX は PITCH range と一緒に使います (range にはこれらが必要です)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="190"/>
        <source>Searching Spexi over {area}</source>
        <translation>{area} で Spexi を検索中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="192"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="212"/>
        <source>
&lt;p&gt;Asks Spexi for the best images of one place, as the Spexi tab&apos;s multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in &lt;code&gt;view&lt;/code&gt; and the Spexi result fields, so
&lt;i&gt;Download images&lt;/i&gt; takes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Spexi タブのマルチビューツールと同じように、1 つの場所の最適な画像を Spexi に問い合わせます: 上からの直下視と、北、東、南、西を向いた斜め視です (Spexi に画像がないビューは欠けます)。フットプリントには写しているビューが &lt;code&gt;view&lt;/code&gt; に入り、Spexi の結果フィールドも付くので、&lt;i&gt;画像のダウンロード&lt;/i&gt; で使えます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="222"/>
        <source>The place to see from five sides; any CRS (on the command line “x,y [EPSG:code]”).</source>
        <translation>5 方向から見る場所。任意の座標参照系 (コマンドラインでは「x,y [EPSG:code]」)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="226"/>
        <source>One footprint per view (nadir, north, east, south, west) in WGS 84, with view and the Spexi result fields.</source>
        <translation>ビューごとに 1 つのフットプリント (直下、北、東、南、西)。WGS 84 で、view と Spexi の結果フィールドを含みます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="230"/>
        <source>How many of the five views exist.</source>
        <translation>5 つのビューのうち存在する数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="245"/>
        <source>Asking Spexi for the views of {lon}, {lat}</source>
        <translation>{lon}, {lat} のビューを Spexi に問い合わせ中</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="248"/>
        <source>Views: {views}</source>
        <translation>ビュー: {views}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="248"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="171"/>
        <source>{name} needs both {name}_MIN and {name}_MAX</source>
        <translation>{name} には {name}_MIN と {name}_MAX の両方が必要です</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="184"/>
        <source>cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>セル {cell}/{cells}、ページ {page}、%Ln 枚の画像を受信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="195"/>
        <source>%Ln feature(s) Spexi sent could not be read (geometry, capture date or camera position) and were left out</source>
        <translation>
            <numerusform>Spexi が送った %Ln 個の地物を読み取れなかったため (ジオメトリ、撮影日またはカメラ位置)、除外しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryHubTask</name>
    <message>
        <location filename="../../core/tasks.py" line="66"/>
        <source>{service} asked us to wait {seconds} s — retrying</source>
        <translation>{service} から {seconds} 秒待つよう求められました — 再試行します</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="68"/>
        <source>{service} answered HTTP {status} — retrying in {seconds} s</source>
        <translation>{service} が HTTP {status} を返しました — {seconds} 秒後に再試行します</translation>
    </message>
</context>
<context>
    <name>ImagoTab</name>
    <message>
        <location filename="../../ui/imago/tab.py" line="107"/>
        <source>Account and collection</source>
        <translation>アカウントとコレクション</translation>
    </message>
</context>
<context>
    <name>MapflowTab</name>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="58"/>
        <source>New processing on the AOI</source>
        <translation>関心領域で新しい処理</translation>
    </message>
</context>
<context>
    <name>MapillaryTab</name>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="117"/>
        <source>Size of the downloaded images</source>
        <translation>ダウンロードする画像のサイズ</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="150"/>
        <source>Search settings</source>
        <translation>検索設定</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="265"/>
        <source>{count:,} images (from the project).</source>
        <translation>{count:,} 枚の画像 (プロジェクトから)。</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="140"/>
        <source>Pictures</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="142"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>結果を表ではなくサムネイルで表示します</translation>
    </message>
</context>
<context>
    <name>MapillaryViewer</name>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="158"/>
        <source>%n detection(s) could not be read and are not drawn</source>
        <translation>
            <numerusform>%n 件の検出を読み取れなかったため、描画していません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpexiTab</name>
    <message>
        <location filename="../../ui/spexi/tab.py" line="106"/>
        <source>Pictures</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="108"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>結果を表ではなくサムネイルで表示します</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="116"/>
        <source>Search settings</source>
        <translation>検索設定</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="233"/>
        <source>{count:,} images in “{group}” (from the project).</source>
        <translation>「{group}」の {count:,} 枚の画像 (プロジェクトから)。</translation>
    </message>
</context>
</TS>
