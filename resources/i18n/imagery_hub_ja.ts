<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
    <name>ImageryHub.Aoi</name>
    <message>
        <location filename="../../ui/aoi_widget.py" line="56"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="58"/>
        <source>Polygon</source>
        <translation>ポリゴン</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="30"/>
        <source>Selected features</source>
        <translation>選択した地物</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="31"/>
        <source>Map extent</source>
        <translation>地図の領域</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="32"/>
        <source>Area</source>
        <translation>領域</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="58"/>
        <source>The area of interest crosses the 180° meridian, which {service} cannot take in one piece: draw it on one side of the meridian</source>
        <translation>関心領域が 180° 経線をまたいでおり、{service} は 1 つの領域として受け付けられません: 経線の片側に描いてください</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="73"/>
        <source>Point {x}, {y}</source>
        <translation>点 {x}, {y}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="76"/>
        <source>Point with {radius} m radius, {area}</source>
        <translation>半径 {radius} m の点、{area}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="79"/>
        <source>{kind}, {area}</source>
        <translation>{kind}、{area}</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="84"/>
        <source>The area of interest is {area}, more than the {limit} {service} accepts: draw a smaller area</source>
        <translation>関心領域は {area} で、{service} が受け付ける {limit} を超えています: もっと小さい領域を描いてください</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="137"/>
        <source>The area of interest is empty: draw it again or select features</source>
        <translation>関心領域が空です: 描き直すか地物を選択してください</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="140"/>
        <source>The area of interest must be a polygon: pick polygon features or draw a rectangle or polygon</source>
        <translation>関心領域はポリゴンでなければなりません: ポリゴン地物を選ぶか、矩形またはポリゴンを描いてください</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="146"/>
        <source>The area of interest crosses itself and cannot be repaired: draw it again without crossing edges</source>
        <translation>関心領域が自己交差しており修復できません: 辺が交差しないように描き直してください</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="150"/>
        <source>The area of interest lies outside longitude -180…180 / latitude -90…90: check the layer's CRS</source>
        <translation>関心領域が経度 -180…180 / 緯度 -90…90 の範囲外にあります: レイヤの CRS を確認してください</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="154"/>
        <source>The area of interest has no area: draw a larger one</source>
        <translation>関心領域に面積がありません: もっと大きく描いてください</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="163"/>
        <source>The radius cannot be negative</source>
        <translation>半径を負にすることはできません</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="166"/>
        <source>The point lies outside longitude/latitude bounds: check the CRS</source>
        <translation>点が経緯度の範囲外にあります: CRS を確認してください</translation>
    </message>
    <message>
        <location filename="../../core/aoi.py" line="182"/>
        <source>No features are selected in the active layer: select polygons first</source>
        <translation>アクティブなレイヤで地物が選択されていません: 先にポリゴンを選択してください</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="29"/>
        <source>No area of interest yet: draw one or pick features.</source>
        <translation>関心領域はまだありません: 描くか地物を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="49"/>
        <source>Area of interest</source>
        <translation>関心領域</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="56"/>
        <source>Drag a rectangle on the map</source>
        <translation>地図上で矩形をドラッグします</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="58"/>
        <source>Click vertices on the map; right-click, double-click or Enter to finish; Backspace undoes a vertex; Esc cancels</source>
        <translation>地図上で頂点をクリックします。右クリック、ダブルクリックまたは Enter で終了、Backspace で頂点を取り消し、Esc でキャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="62"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="62"/>
        <source>Click a point on the map; the radius makes it a circle</source>
        <translation>地図上の点をクリックします。半径を指定すると円になります</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="71"/>
        <source>Radius around the clicked point (0: the point itself)</source>
        <translation>クリックした点の周りの半径 (0: 点そのもの)</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="72"/>
        <source>Selection</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="72"/>
        <source>Use the selected polygons of the active layer</source>
        <translation>アクティブなレイヤで選択したポリゴンを使います</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="74"/>
        <source>Extent</source>
        <translation>表示領域</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="74"/>
        <source>Use the visible map extent</source>
        <translation>地図に表示中の領域を使います</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="76"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="76"/>
        <source>Forget the area of interest</source>
        <translation>関心領域を破棄します</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="88"/>
        <source>Point radius</source>
        <translation>点の半径</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="143"/>
        <source>Select a polygon layer in the Layers panel first.</source>
        <translation>先にレイヤパネルでポリゴンレイヤを選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/aoi_widget.py" line="193"/>
        <source>&lt;b&gt;{area}&lt;/b&gt; — still in use</source>
        <translation>&lt;b&gt;{area}&lt;/b&gt; — 引き続き使用中</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Budget</name>
    <message>
        <location filename="../../ui/budget.py" line="18"/>
        <source>{service} search</source>
        <translation>{service} の検索</translation>
    </message>
    <message>
        <location filename="../../ui/budget.py" line="22"/>
        <source>A smaller area or narrower filters need fewer requests.</source>
        <translation>領域を小さくするかフィルタを絞ると、必要なリクエストが減ります。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Credentials</name>
    <message>
        <location filename="../../core/credentials.py" line="64"/>
        <source>No {service} credentials yet: add them in Imagery Hub settings</source>
        <translation>{service} の認証情報がまだありません: Imagery Hub の設定で追加してください</translation>
    </message>
    <message>
        <location filename="../../core/credentials.py" line="75"/>
        <source>The QGIS Authentication Manager is locked: enter the master password to store credentials</source>
        <translation>QGIS の認証マネージャがロックされています: 認証情報を保存するにはマスターパスワードを入力してください</translation>
    </message>
    <message>
        <location filename="../../core/credentials.py" line="86"/>
        <source>QGIS could not store the credentials in its Authentication Manager</source>
        <translation>QGIS は認証情報を認証マネージャに保存できませんでした</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Downloads</name>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="42"/>
        <source>%Ln image(s) downloaded</source>
        <translation>
            <numerusform>%Ln 枚の画像をダウンロードしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="42"/>
        <source>%Ln file(s) downloaded</source>
        <translation>
            <numerusform>%Ln 個のファイルをダウンロードしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/downloads.py" line="45"/>
        <source>{downloaded}, %Ln failed</source>
        <translation>
            <numerusform>{downloaded}、%Ln 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/downloads.py" line="48"/>
        <source>{downloaded} (cancelled)</source>
        <translation>{downloaded} (キャンセル)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.EOSDA</name>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="63"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="67"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="71"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="73"/>
        <source>Maximum cloud cover (%)</source>
        <translation>最大雲量 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>Only scenes covering the whole area</source>
        <translation>領域全体を覆うシーンのみ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>EOSDA scenes</source>
        <translation>EOSDA シーン</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>Scenes written</source>
        <translation>書き込んだシーン</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="90"/>
        <source>Scenes found</source>
        <translation>見つかったシーン</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>Scene (view id)</source>
        <translation>シーン (ビュー ID)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>Bands or index</source>
        <translation>バンドまたは指数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="160"/>
        <source>Band expression</source>
        <translation>バンド式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="165"/>
        <source>Pixel size (m)</source>
        <translation>ピクセルサイズ (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="171"/>
        <source>Image format</source>
        <translation>画像形式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="176"/>
        <source>Colormap id</source>
        <translation>カラーマップ ID</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>Levels (low,high)</source>
        <translation>レベル (下限,上限)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="187"/>
        <source>Resampling</source>
        <translation>リサンプリング</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>First check after (seconds)</source>
        <translation>最初の確認までの時間 (秒)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="198"/>
        <source>Rendered raster</source>
        <translation>レンダリングしたラスタ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="201"/>
        <source>Width (px)</source>
        <translation>幅 (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="203"/>
        <source>Height (px)</source>
        <translation>高さ (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="49"/>
        <source>
&lt;p&gt;Searches EOSDA&apos;s Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what &lt;i&gt;Render an EOSDA scene&lt;/i&gt; takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EOSDA タブと同じように、ある領域の EOSDA の Sentinel-2 または Landsat 8 シーンを検索し、そのフットプリントをビュー ID、日付、衛星、雲量、データ被覆率、各シーンが覆う領域の割合とともに書き出します。ビュー ID は &lt;i&gt;EOSDA シーンのレンダリング&lt;/i&gt; が受け取るものです。1 年を超える期間は 1 年ずつ新しい順に問い合わせ、最大 2000 シーンを保持します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="62"/>
        <source>to search</source>
        <translation>検索する</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="63"/>
        <source>sentinel2 (Sentinel-2, 10 m) or landsat8 (Landsat 8, 30 m).</source>
        <translation>sentinel2 (Sentinel-2、10 m) または landsat8 (Landsat 8、30 m)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="67"/>
        <source>First day (included). Empty: %Ln day(s) before DATE_TO.</source>
        <translation>
            <numerusform>最初の日 (この日を含む)。空欄: DATE_TO の %Ln 日前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="71"/>
        <source>Last day (included). Empty: today.</source>
        <translation>最後の日 (この日を含む)。空欄: 今日。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="73"/>
        <source>Scenes with at most this cloud cover. Default 30 %, as in the tab.</source>
        <translation>雲量がこの値以下のシーン。既定値は 30 % で、タブと同じです。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="77"/>
        <source>Keep only scenes whose data cover all of the area (CONTAINS); default: any overlap.</source>
        <translation>データが領域全体を覆うシーン (CONTAINS) のみを残します。既定: 一部でも重なるもの。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="88"/>
        <source>How many footprints were written.</source>
        <translation>書き込んだフットプリントの数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="90"/>
        <source>How many scenes EOSDA reported (more than COUNT when over 2000).</source>
        <translation>EOSDA が報告したシーンの数 (2000 を超えると COUNT より多くなります)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="118"/>
        <source>Searching {dataset} scenes {start} – {end}</source>
        <translation>{dataset} シーンを検索中 {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="121"/>
        <source>%Ln scene(s) of {found}</source>
        <translation>
            <numerusform>%Ln シーン ({found} 件中)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/eosda/algorithms.py" line="121"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln シーン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="138"/>
        <source>
&lt;p&gt;Renders one EOSDA scene over an area with EOSDA&apos;s Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EOSDA タブのレンダリング欄と同じように、EOSDA の Download visual サービスで 1 つの EOSDA シーンを領域上にレンダリングします。プリセット (トゥルーカラー、フォールスカラー、NDVI、NDWI) または独自のバンド式を使い、領域で切り抜き、選んだピクセルサイズで、Web メルカトル (EPSG:3857) のジオリファレンス済みラスタとして書き出します。指数は 2 つのレベルの間のカラーマップで着色されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="151"/>
        <source>The view_id of a scene, as Search EOSDA satellite scenes writes it: S2/… for Sentinel-2, L8/… for Landsat 8.</source>
        <translation>シーンの view_id。EOSDA 衛星シーンの検索が書き出すもの: Sentinel-2 は S2/…、Landsat 8 は L8/…。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="154"/>
        <source>to render (one polygon)</source>
        <translation>レンダリングする (ポリゴン 1 つ)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="155"/>
        <source>true_color, false_color (near infrared), ndvi, ndwi, or custom to use EXPRESSION.</source>
        <translation>true_color、false_color (近赤外)、ndvi、ndwi、または EXPRESSION を使う custom。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="160"/>
        <source>With PRESET custom: bands separated by commas for an RGB composite (B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). Band names of the scene&apos;s dataset.</source>
        <translation>PRESET が custom の場合: RGB 合成のためのカンマ区切りのバンド (B08,B04,B03)、または指数のための式 1 つ ((B08-B04)/(B08+B04))。シーンのデータセットのバンド名を使います。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="165"/>
        <source>Ground size of a pixel in metres. Empty: the dataset&apos;s native size (10 m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a side.</source>
        <translation>1 ピクセルの地上サイズ (メートル)。空欄: データセット固有のサイズ (Sentinel-2 は 10 m、Landsat 8 は 30 m)。画像は一辺最大 10,000 px です。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="171"/>
        <source>What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. The output is then written in the format of OUTPUT&apos;s extension.</source>
        <translation>EOSDA が送るもの: tiff (GeoTIFF) またはワールドファイル付きの png / jpeg。出力は OUTPUT の拡張子の形式で書き出されます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="176"/>
        <source>For a single-band index: EOSDA's colormap id (default red–yellow–green). Empty: grey values.</source>
        <translation>単バンド指数の場合: EOSDA のカラーマップ ID (既定は赤–黄–緑)。空欄: グレー値。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="182"/>
        <source>For a single-band index: the values mapped to the ends of the colormap.</source>
        <translation>単バンド指数の場合: カラーマップの両端に対応する値。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="187"/>
        <source>How EOSDA resamples bands to the pixel size. Empty: EOSDA&apos;s default.</source>
        <translation>EOSDA がバンドをピクセルサイズにリサンプリングする方法。空欄: EOSDA の既定。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="192"/>
        <source>How long to wait before asking whether the render is ready; the wait grows by half each time, up to 15 s.</source>
        <translation>レンダリングの準備ができたか問い合わせるまでの待ち時間。待ち時間は毎回半分ずつ延び、最大 15 秒です。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="198"/>
        <source>The render, georeferenced in EPSG:3857 (GeoTIFF unless another extension is given).</source>
        <translation>EPSG:3857 でジオリファレンスされたレンダリング結果 (別の拡張子を指定しない限り GeoTIFF)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="201"/>
        <source>Width of the render in pixels.</source>
        <translation>レンダリング結果の幅 (ピクセル)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="203"/>
        <source>Height of the render in pixels.</source>
        <translation>レンダリング結果の高さ (ピクセル)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="212"/>
        <source>{view_id} is not an EOSDA view id: they start with S2/ (Sentinel-2) or L8/ (Landsat 8)</source>
        <translation>{view_id} は EOSDA のビュー ID ではありません: ビュー ID は S2/ (Sentinel-2) または L8/ (Landsat 8) で始まります</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="220"/>
        <source>PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)</source>
        <translation>PRESET custom にはバンド式が必要です。例: (B08-B04)/(B08+B04)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="225"/>
        <source>{bands} is not a band of {dataset}</source>
        <translation>{bands} は {dataset} のバンドではありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="226"/>
        <source>{bands} are not bands of {dataset}</source>
        <translation>{bands} は {dataset} のバンドではありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="254"/>
        <source>Writing the {width} × {height} px render</source>
        <translation>{width} × {height} px のレンダリング結果を書き出し中</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="272"/>
        <source>GDAL could not write {name}: {error}</source>
        <translation>GDAL が {name} を書き出せませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="275"/>
        <source>GDAL could not write {name} as {driver}: {error}</source>
        <translation>GDAL が {name} を {driver} として書き出せませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/inventory.py" line="22"/>
        <source>EOSDA Sentinel-2 scenes</source>
        <translation>EOSDA Sentinel-2 シーン</translation>
    </message>
    <message>
        <location filename="../../core/eosda/layers.py" line="72"/>
        <source>QGIS cannot open the render {name}</source>
        <translation>QGIS はレンダリング結果 {name} を開けません</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="92"/>
        <source>EOSDA: search {dataset} scenes</source>
        <translation>EOSDA: {dataset} シーンを検索</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="98"/>
        <source>{count} of {found} scenes</source>
        <translation>{found} シーン中 {count}</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="131"/>
        <source>GDAL cannot open the render {name}</source>
        <translation>GDAL はレンダリング結果 {name} を開けません</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="134"/>
        <source>The render {name} arrived without georeference</source>
        <translation>レンダリング結果 {name} がジオリファレンスなしで届きました</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="143"/>
        <source>Sending the render request to EOSDA</source>
        <translation>EOSDA にレンダリング要求を送信中</translation>
    </message>
    <message>
        <location filename="../../core/eosda/tasks.py" line="156"/>
        <source>EOSDA: render {name}</source>
        <translation>EOSDA: {name} をレンダリング</translation>
    </message>
    <message>
        <location filename="../../core/eosda/thumbnails.py" line="39"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>サムネイル {path} を書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="39"/>
        <source>Image + world file</source>
        <translation>画像 + ワールドファイル</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>True colour</source>
        <translation>トゥルーカラー</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>False colour (NIR)</source>
        <translation>フォールスカラー (近赤外)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="42"/>
        <source>Red–yellow–green</source>
        <translation>赤–黄–緑</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="69"/>
        <source>Thresholds are numbers separated by commas, not “{text}”</source>
        <translation>しきい値はカンマ区切りの数値です。「{text}」ではありません</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="82"/>
        <source>Custom expression</source>
        <translation>カスタム式</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="85"/>
        <source>e.g. (B08-B04)/(B08+B04) or B08,B04,B03</source>
        <translation>例: (B08-B04)/(B08+B04) または B08,B04,B03</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="129"/>
        <source>Colormap</source>
        <translation>カラーマップ</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="86"/>
        <source>Range colours</source>
        <translation>範囲ごとの色</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="92"/>
        <source>EOSDA&apos;s NDVI colormap, or paste the id of a colormap made with EOSDA&apos;s Colormap endpoint</source>
        <translation>EOSDA の NDVI カラーマップ。または EOSDA の Colormap エンドポイントで作成したカラーマップの ID を貼り付けます</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="102"/>
        <source>smooth</source>
        <translation>なめらか</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="103"/>
        <source>Number of colours the colormap is cut into (colors_limit)</source>
        <translation>カラーマップを分割する色数 (colors_limit)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="107"/>
        <source>One colour more than thresholds: below the first, between each, above the last</source>
        <translation>色はしきい値より 1 つ多く: 最初の値より下、各値の間、最後の値より上</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="120"/>
        <source>Calibrate (TOA reflectance)</source>
        <translation>キャリブレーション (TOA 反射率)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="121"/>
        <source>Top-of-atmosphere reflectance (calibrate)</source>
        <translation>大気上端反射率 (calibrate)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="123"/>
        <source>Pansharpening (Landsat 8)</source>
        <translation>パンシャープン (Landsat 8)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="124"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="125"/>
        <source>Image size class sent for EOSDA&apos;s logs only</source>
        <translation>EOSDA のログ用にだけ送る画像サイズ区分</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="132"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="134"/>
        <source>Levels</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="135"/>
        <source>Steps</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="137"/>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="138"/>
        <source>Colours</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="143"/>
        <source>Colouring</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="148"/>
        <source>More options</source>
        <translation>その他のオプション</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="154"/>
        <source>Size class</source>
        <translation>サイズ区分</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="159"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="160"/>
        <source>Bands</source>
        <translation>バンド</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="164"/>
        <source>Pixel size</source>
        <translation>ピクセルサイズ</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="166"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="167"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="245"/>
        <source>Image size: draw a single-polygon area first</source>
        <translation>画像サイズ: まず 1 つのポリゴンからなる領域を描いてください</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="246"/>
        <source>Image size: no area of interest yet</source>
        <translation>画像サイズ: 関心領域がまだありません</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="251"/>
        <source>Image: {width} × {height} px ({megapixels} MP): too large, raise the pixel size</source>
        <translation>画像: {width} × {height} px ({megapixels} MP): 大きすぎます。ピクセルサイズを大きくしてください</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="255"/>
        <source>Image: {width} × {height} px ({megapixels} MP)</source>
        <translation>画像: {width} × {height} px ({megapixels} MP)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="266"/>
        <source>{bands} is not a band of {dataset}: check the expression</source>
        <translation>{bands} は {dataset} のバンドではありません: 式を確認してください</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/render.py" line="268"/>
        <source>{bands} are not bands of {dataset}: check the expression</source>
        <translation>{bands} は {dataset} のバンドではありません: 式を確認してください</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Cloud %</source>
        <translation>雲量 %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>AOI %</source>
        <translation>領域 %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>Satellite</source>
        <translation>衛星</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="44"/>
        <source>View id</source>
        <translation>ビュー ID</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="47"/>
        <source>Render NDVI for this scene</source>
        <translation>このシーンの NDVI をレンダリング</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="58"/>
        <source>{dataset} {start} – {end}, clouds ≤ {cloud} %</source>
        <translation>{dataset} {start} – {end}、雲量 ≤ {cloud} %</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="87"/>
        <source>Whole area covered</source>
        <translation>領域全体を被覆</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="88"/>
        <source>Only scenes whose data cover the whole area of interest</source>
        <translation>データが関心領域全体を覆うシーンのみ</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="90"/>
        <source>Search scenes</source>
        <translation>シーンを検索</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="94"/>
        <source>Search Sentinel-2 or Landsat 8 scenes over the area of interest.</source>
        <translation>関心領域の Sentinel-2 または Landsat 8 シーンを検索します。</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="103"/>
        <source>Scenes</source>
        <translation>シーン</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="108"/>
        <source>Max cloud</source>
        <translation>最大雲量</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="112"/>
        <source>Pick a scene in the table or on the map.</source>
        <translation>表または地図でシーンを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="116"/>
        <source>Render onto the map</source>
        <translation>地図にレンダリング</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="120"/>
        <source>Render options</source>
        <translation>レンダリングのオプション</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="137"/>
        <source>Search settings</source>
        <translation>検索設定</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="268"/>
        <source>EOSDA search</source>
        <translation>EOSDA の検索</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="186"/>
        <source>Searching scenes…</source>
        <translation>シーンを検索中…</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="191"/>
        <source>EOSDA searches an area: draw a rectangle or polygon, or give the point a radius</source>
        <translation>EOSDA は領域で検索します: 矩形かポリゴンを描くか、点に半径を指定してください</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="208"/>
        <source>No scenes found: widen the dates or raise the cloud limit.</source>
        <translation>シーンが見つかりません: 日付を広げるか雲量の上限を上げてください。</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="213"/>
        <source>EOSDA {dataset} scenes {start} – {end}</source>
        <translation>EOSDA {dataset} シーン {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/eosda/tab.py" line="219"/>
        <source>%Ln scene(s) (clouds ≤ {cloud} %); {found} found, the newest kept: narrow the dates</source>
        <translation>
            <numerusform>%Ln シーン (雲量 ≤ {cloud} %)。{found} 件見つかり、新しいものを残しました: 日付を絞ってください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/eosda/tab.py" line="223"/>
        <source>%Ln scene(s) (clouds ≤ {cloud} %)</source>
        <translation>
            <numerusform>%Ln シーン (雲量 ≤ {cloud} %)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="259"/>
        <source>EOSDA sent no preview for this scene</source>
        <translation>EOSDA はこのシーンのプレビューを送ってきませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="262"/>
        <source>EOSDA: thumbnail of {scene}</source>
        <translation>EOSDA: {scene} のサムネイル</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="284"/>
        <source>&lt;b&gt;{scene}&lt;/b&gt;, {cloud} % clouds&lt;br&gt;&lt;small&gt;{view_id}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{scene}&lt;/b&gt;、雲量 {cloud} %&lt;br&gt;&lt;small&gt;{view_id}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="294"/>
        <source>Pick a scene in the table first</source>
        <translation>まず表でシーンを選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="324"/>
        <source>EOSDA render</source>
        <translation>EOSDA のレンダリング</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="313"/>
        <source>Rendering {name}…</source>
        <translation>{name} をレンダリング中…</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="326"/>
        <source>{layer} added ({width} × {height} px)</source>
        <translation>{layer} を追加しました ({width} × {height} px)</translation>
    </message>
    <message>
        <location filename="../../ui/eosda/tab.py" line="334"/>
        <source>Select one scene on the EOSDA footprints layer, then choose “{action}” again</source>
        <translation>EOSDA のフットプリントレイヤでシーンを 1 つ選択してから、もう一度「{action}」を選んでください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="83"/>
        <source>The scene footprints (multipolygons, WGS 84) with view_id, scene_id, dataset, satellite, date, acquired, cloud, coverage, aoi_cover, sun_elev and thumbnail (the scene&apos;s preview link).</source>
        <translation>シーンのフットプリント (マルチポリゴン、WGS 84)。view_id、scene_id、dataset、satellite、date、acquired、cloud、coverage、aoi_cover、sun_elev、thumbnail (シーンのプレビューへのリンク) を含みます。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Errors</name>
    <message>
        <location filename="../../core/sentences.py" line="17"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="18"/>
        <source>Authentication failed</source>
        <translation>認証に失敗しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="19"/>
        <source>Permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="20"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="22"/>
        <source>Too many requests: the service asked to slow down</source>
        <translation>リクエストが多すぎます: サービスから速度を落とすよう求められました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="23"/>
        <source>Invalid input</source>
        <translation>入力が無効です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="24"/>
        <source>The service reported an error</source>
        <translation>サービスがエラーを報告しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="25"/>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="165"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="27"/>
        <source>Not a readable vector tile</source>
        <translation>読み取れないベクタタイルです</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="29"/>
        <source>The service kept sending pages; the listing was stopped</source>
        <translation>サービスがページを送り続けたため、一覧の取得を中止しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="30"/>
        <source>The render did not finish in time</source>
        <translation>レンダリングが時間内に終わりませんでした</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Help</name>
    <message>
        <location filename="../../ui/help.py" line="27"/>
        <source>Help on this tab</source>
        <translation>このタブのヘルプ</translation>
    </message>
</context>
<context>
    <name>ImageryHub.History</name>
    <message>
        <location filename="../../ui/history.py" line="16"/>
        <source>Recent searches of this project: run one again</source>
        <translation>このプロジェクトの最近の検索: もう一度実行</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="25"/>
        <source>No searches in this project yet</source>
        <translation>このプロジェクトにはまだ検索がありません</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Images</name>
    <message>
        <location filename="../../core/images.py" line="51"/>
        <source>The picture could not be read: {reason}</source>
        <translation>画像を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/images.py" line="62"/>
        <source>The picture declares {width} × {height} pixels ({megapixels} megapixels), more than the {limit}-megapixel limit, so it was not opened.</source>
        <translation>画像は {width} × {height} ピクセル ({megapixels} メガピクセル) と宣言しており、{limit} メガピクセルの上限を超えるため開きませんでした。</translation>
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
        <location filename="../../processing_provider/imago/download.py" line="62"/>
        <source>Features naming imagery</source>
        <translation>イメージャリを指す地物</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Collection field</source>
        <translation>コレクションフィールド</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Imagery name field</source>
        <translation>イメージャリ名フィールド</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>Start depth field</source>
        <translation>開始深度フィールド</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>End depth field</source>
        <translation>終了深度フィールド</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="58"/>
        <source>Imagery name</source>
        <translation>イメージャリ名</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="96"/>
        <source>Imagery id</source>
        <translation>イメージャリ ID</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Width (px)</source>
        <translation>幅 (px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="104"/>
        <source>Path field</source>
        <translation>パスフィールド</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>Downloads at once</source>
        <translation>同時ダウンロード数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>Features with image paths</source>
        <translation>画像パス付きの地物</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="122"/>
        <source>Images downloaded</source>
        <translation>ダウンロードした画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="124"/>
        <source>Images not downloaded</source>
        <translation>ダウンロードできなかった画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="55"/>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="69"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="72"/>
        <source>Elevation (m)</source>
        <translation>標高 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="75"/>
        <source>Upload report</source>
        <translation>アップロードレポート</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
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
        <location filename="../../processing_provider/imago/download.py" line="47"/>
        <source>
&lt;p&gt;Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Imago タブと同じように、Seequent Imago の画像 (コアトレイ、写真…) をフォルダにダウンロードします。レイヤの地物ごとに、名前フィールドまたは深度フィールドでイメージャリを指す方法 (コレクションは固定またはフィールドから読み取り): 出力レイヤは入力レイヤに、各地物の画像のローカルパスを PATH_FIELD に加えたものです。あるいはレイヤなしで 1 つのコレクションから: IMAGERY_NAME、START_DEPTH (と END_DEPTH)、IMAGERY_ID で指定したイメージャリ、またはどれも指定しない場合はコレクションのすべてのイメージャリ。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="62"/>
        <source>A layer whose features (only the selected ones when “Selected features only” is checked) each name one imagery. Empty: name the imagery with COLLECTION and the fields below.</source>
        <translation>地物 (「選択地物のみ」がチェックされている場合は選択した地物のみ) がそれぞれ 1 つのイメージャリを指すレイヤ。空欄: COLLECTION と下のフィールドでイメージャリを指定します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="68"/>
        <source>of the imagery to download; needed without INPUT, and with INPUT unless COLLECTION_FIELD names it</source>
        <translation>ダウンロードするイメージャリの。INPUT がない場合は必須、INPUT がある場合は COLLECTION_FIELD で指定しない限り必須</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT: the field holding each feature&apos;s collection (instead of a fixed COLLECTION).</source>
        <translation>INPUT がある場合: 各地物のコレクションを保持するフィールド (固定の COLLECTION の代わり)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT: the field holding each feature&apos;s imagery name.</source>
        <translation>INPUT がある場合: 各地物のイメージャリ名を保持するフィールド。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With INPUT and no NAME_FIELD: the field holding the start depth of the interval.</source>
        <translation>INPUT があり NAME_FIELD がない場合: 区間の開始深度を保持するフィールド。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="71"/>
        <source>With START_FIELD: the field holding the end depth (empty: the imagery at the start depth).</source>
        <translation>START_FIELD がある場合: 終了深度を保持するフィールド (空欄: 開始深度のイメージャリ)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="86"/>
        <source>Without INPUT: the name of the imagery to download.</source>
        <translation>INPUT がない場合: ダウンロードするイメージャリの名前。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="90"/>
        <source>Without INPUT: the start depth of the interval whose imagery to download.</source>
        <translation>INPUT がない場合: ダウンロードするイメージャリの区間の開始深度。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="90"/>
        <source>Without INPUT: the end depth of the interval whose imagery to download.</source>
        <translation>INPUT がない場合: ダウンロードするイメージャリの区間の終了深度。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="96"/>
        <source>Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, the depths and this empty to download every imagery of COLLECTION.</source>
        <translation>INPUT がない場合: ダウンロードするイメージャリの ID。IMAGERY_NAME、深度、この項目を空欄にすると COLLECTION のすべてのイメージャリをダウンロードします。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="99"/>
        <source>Scale the images to this width (Imago keeps the aspect). Empty: full size.</source>
        <translation>画像をこの幅に縮尺します (Imago が縦横比を保ちます)。空欄: 元のサイズ。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="104"/>
        <source>With INPUT: the text field of OUTPUT that receives each feature&apos;s image path (added when the layer lacks it).</source>
        <translation>INPUT がある場合: 各地物の画像パスを受け取る OUTPUT のテキストフィールド (レイヤにない場合は追加されます)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="108"/>
        <source>How many images are fetched at the same time. Empty: the Imagery Hub setting.</source>
        <translation>同時に取得する画像の数。空欄: Imagery Hub の設定。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="114"/>
        <source>Where the images are saved (named collection_imagery_imagetype with the extension Imago&apos;s answer calls for).</source>
        <translation>画像の保存先 (コレクション_イメージャリ_画像タイプ という名前で、Imago の応答が示す拡張子)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="117"/>
        <source>With INPUT: its features with PATH_FIELD filled for those whose image arrived.</source>
        <translation>INPUT がある場合: その地物。画像が届いた地物には PATH_FIELD が入ります。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="122"/>
        <source>How many files arrived.</source>
        <translation>届いたファイルの数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="124"/>
        <source>Imagery that did not arrive or features that name none (each listed in the log).</source>
        <translation>届かなかったイメージャリ、またはイメージャリを指さない地物 (それぞれログに記載)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="139"/>
        <source>{names} name fields of INPUT: give INPUT as well</source>
        <translation>{names} は INPUT のフィールドです: INPUT も指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="142"/>
        <source>Name the collection (COLLECTION), or give a layer (INPUT)</source>
        <translation>コレクション (COLLECTION) を指定するか、レイヤ (INPUT) を指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="149"/>
        <source>Give the collection once: COLLECTION or COLLECTION_FIELD, not both</source>
        <translation>コレクションは 1 回だけ指定してください: COLLECTION か COLLECTION_FIELD のどちらか一方です</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="158"/>
        <source>the layer has no features</source>
        <translation>レイヤに地物がありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="160"/>
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
        <location filename="../../processing_provider/imago/download.py" line="237"/>
        <source>Feature {fid}: {why}</source>
        <translation>地物 {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="39"/>
        <source>
&lt;p&gt;Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab&apos;s upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file&apos;s header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Imago タブのアップロードダイアログと同じように、写真 (PNG または JPEG) を 1 つの Imago イメージャリにアップロードします。イメージャリ名、深度区間、または点 (標高付き) で配置し、点はイメージャリタイプが宣言する座標系で送信します。まず各ファイルのヘッダを確認するので、Imago が拒否するもの (ピクセル数が多すぎる、別の形式) は送信せずに一覧にします。同じイメージャリにアップロード済みのファイルはスキップするので、バッチを再実行しても届かなかったものだけが送信されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="55"/>
        <source>The image files to upload (PNG or JPEG).</source>
        <translation>アップロードする画像ファイル (PNG または JPEG)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="57"/>
        <source>to upload into</source>
        <translation>アップロード先の</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="58"/>
        <source>The imagery the photos belong to, by name (made when it does not exist yet).</source>
        <translation>写真が属するイメージャリ (名前で指定。まだない場合は作成されます)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The start depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>写真が示す区間の開始深度 (深度で配置するイメージャリの場合)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="63"/>
        <source>The end depth of the interval the photos show, for imagery placed by depth.</source>
        <translation>写真が示す区間の終了深度 (深度で配置するイメージャリの場合)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="69"/>
        <source>Where the photos were taken, for imagery types placed by x/y; any CRS, sent in the one the imagery type declares.</source>
        <translation>写真を撮影した場所 (x/y で配置するイメージャリタイプの場合)。任意の座標参照系で、イメージャリタイプが宣言する座標参照系で送信します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="72"/>
        <source>The z sent with LOCATION.</source>
        <translation>LOCATION とともに送信する z。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="75"/>
        <source>A table with one row per file: file, state (uploaded, skipped, refused, failed), image_id and message.</source>
        <translation>ファイルごとに 1 行の表: file、state (uploaded、skipped、refused、failed)、image_id、message。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="99"/>
        <source>Give the photos to upload</source>
        <translation>アップロードする写真を指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="102"/>
        <source>No such file: {path}</source>
        <translation>ファイルがありません: {path}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="132"/>
        <source>Placing the photos at x {x}, y {y} in {crs}</source>
        <translation>写真を {crs} の x {x}、y {y} に配置中</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="137"/>
        <source>{file} refused: {why}</source>
        <translation>{file} は拒否されました: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="137"/>
        <source>{file} failed: {why}</source>
        <translation>{file} は失敗しました: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="143"/>
        <source>Cancelled: the files not listed as uploaded were not sent</source>
        <translation>キャンセルしました: アップロード済みとして記載されていないファイルは送信されていません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="171"/>
        <source>Imago has no imagery type {type} here</source>
        <translation>Imago のここにはイメージャリタイプ {type} がありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="174"/>
        <source>{type} is not placed by location: use IMAGERY_NAME or the depths</source>
        <translation>{type} は位置で配置されません: IMAGERY_NAME か深度を使ってください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="177"/>
        <source>{type} takes x/y in different systems in different datasets: give WORKSPACE and DATASET</source>
        <translation>{type} はデータセットによって異なる座標系の x/y を取ります: WORKSPACE と DATASET を指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files uploaded now.</source>
        <translation>今回アップロードしたファイル。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files skipped because they were uploaded to this imagery before.</source>
        <translation>このイメージャリに以前アップロード済みのためスキップしたファイル。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files refused, by their header or by Imago (listed in the log).</source>
        <translation>ヘッダまたは Imago により拒否されたファイル (ログに記載)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="80"/>
        <source>Files that failed for another reason (listed in the log).</source>
        <translation>その他の理由で失敗したファイル (ログに記載)。</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="57"/>
        <source>Choose the collection, or the field that holds it</source>
        <translation>コレクション、またはそれを保持するフィールドを選んでください</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="60"/>
        <source>Choose the field with the imagery name, or the depth fields</source>
        <translation>イメージャリ名のフィールド、または深度のフィールドを選んでください</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="64"/>
        <source>Layer {layer} has no field {field}</source>
        <translation>レイヤ {layer} にはフィールド {field} がありません</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="68"/>
        <source>Name the field that receives the image paths</source>
        <translation>画像パスを受け取るフィールドを指定してください</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="72"/>
        <source>Field {field} is not a text field: choose another name for the paths</source>
        <translation>フィールド {field} はテキストフィールドではありません: パス用に別の名前を選んでください</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="89"/>
        <source>no collection in {field}</source>
        <translation>{field} にコレクションがありません</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="97"/>
        <source>no imagery name in {field}</source>
        <translation>{field} にイメージャリ名がありません</translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="104"/>
        <source>no depth in {field}</source>
        <translation>{field} に深度がありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/features.py" line="175"/>
        <source>Imago: %Ln image(s)</source>
        <translation>
            <numerusform>Imago: 画像 %Ln 枚</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/imago/features.py" line="208"/>
        <source>Imago image paths</source>
        <translation>Imago の画像パス</translation>
    </message>
    <message>
        <location filename="../../core/imago/inventory.py" line="46"/>
        <source>Imago imagery</source>
        <translation>Imago のイメージャリ</translation>
    </message>
    <message>
        <location filename="../../core/imago/session.py" line="22"/>
        <source>an API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="26"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="42"/>
        <source>Imago declares an unknown coordinate system {crs}</source>
        <translation>Imago が不明な座標系 {crs} を宣言しています</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="59"/>
        <source>%Ln uploaded</source>
        <translation>
            <numerusform>%Ln 件アップロード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="61"/>
        <source>%Ln already there</source>
        <translation>
            <numerusform>%Ln 件は登録済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="63"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln 件は拒否</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="65"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln 件は失敗</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="230"/>
        <source>{summary} (cancelled)</source>
        <translation>{summary} (キャンセル)</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="104"/>
        <source>{name} ({number} of {count})</source>
        <translation>{name} ({count} 件中 {number} 件目)</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="113"/>
        <source>already uploaded on {date}</source>
        <translation>{date} にアップロード済み</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="123"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../../core/imago/upload.py" line="137"/>
        <source>image {id}</source>
        <translation>画像 {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/imago/upload.py" line="158"/>
        <source>Imago: uploading %Ln photo(s)</source>
        <translation>
            <numerusform>Imago: 写真 %Ln 枚をアップロード中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="33"/>
        <source>Download Imago images for selected features</source>
        <translation>選択した地物の Imago 画像をダウンロード</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="59"/>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: %Ln selected feature(s)&lt;br&gt;Dataset &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (change it on the Imago tab)</source>
        <translation>
            <numerusform>&lt;b&gt;{layer}&lt;/b&gt;: 選択した地物 %Ln 件&lt;br&gt;データセット &lt;b&gt;{workspace} / {dataset}&lt;/b&gt; (Imago タブで変更できます)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="78"/>
        <source>&amp;Collection</source>
        <translation>コレクション(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="68"/>
        <source>Collection from &amp;field</source>
        <translation>フィールドからコレクション(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="80"/>
        <source>By &amp;name in field</source>
        <translation>フィールドの名前で(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="83"/>
        <source>By &amp;depth: from field</source>
        <translation>深度で: 開始フィールド(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="91"/>
        <source>original size</source>
        <translation>元のサイズ</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="92"/>
        <source> px wide</source>
        <translation> px 幅</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="94"/>
        <source>Created as a text field when the layer does not have it</source>
        <translation>レイヤにない場合はテキストフィールドとして作成されます</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="113"/>
        <source>to field</source>
        <translation>終了フィールド</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="79"/>
        <source>Imagery &amp;type</source>
        <translation>イメージャリタイプ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="80"/>
        <source>I&amp;mage type</source>
        <translation>画像タイプ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="121"/>
        <source>&amp;Size</source>
        <translation>サイズ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="122"/>
        <source>&amp;Paths into field</source>
        <translation>パスの書き込み先フィールド(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="100"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="132"/>
        <source>Match each feature to its imagery:</source>
        <translation>各地物をそのイメージャリに対応付ける:</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="189"/>
        <source>Choose the imagery type and image type</source>
        <translation>イメージャリタイプと画像タイプを選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="195"/>
        <source>None of the selected features names an imagery ({reasons})</source>
        <translation>選択した地物のどれもイメージャリを指していません ({reasons})</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="215"/>
        <source>Imago: {layer} was removed before its images arrived</source>
        <translation>Imago: 画像が届く前に {layer} が削除されました</translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="221"/>
        <source>Imago: images downloaded to {folder} but not written to {layer}</source>
        <translation>Imago: 画像は {folder} にダウンロードしましたが {layer} には書き込んでいません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="227"/>
        <source>Imago: %Ln feature(s) of {layer} got their image path in {field}</source>
        <translation>
            <numerusform>Imago: {layer} の地物 %Ln 件の {field} に画像パスを書き込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imago/download_dialog.py" line="234"/>
        <source>{line}; %Ln without: {details}</source>
        <translation>
            <numerusform>{line}。%Ln 件はなし: {details}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imago/download_dialog.py" line="251"/>
        <source>feature {fid}</source>
        <translation>地物 {fid}</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Imagery</source>
        <translation>イメージャリ</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Depth (m)</source>
        <translation>深度 (m)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="31"/>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="56"/>
        <source>Upload photos to Imago</source>
        <translation>Imago への写真のアップロード</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="228"/>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="56"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="57"/>
        <source>Sign in to Imago with the account in Imagery Hub settings</source>
        <translation>Imagery Hub の設定にあるアカウントで Imago にサインイン</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="60"/>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="67"/>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="71"/>
        <source>&amp;Workspace</source>
        <translation>ワークスペース(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="71"/>
        <source>&amp;Dataset</source>
        <translation>データセット(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="84"/>
        <source>List imagery</source>
        <translation>イメージャリを一覧</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="85"/>
        <source>List the imagery of the collection (of the imagery type)</source>
        <translation>コレクションの (そのイメージャリタイプの) イメージャリを一覧表示します</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="101"/>
        <source>Download the selected imagery&apos;s images (full size) to the download folder</source>
        <translation>選択したイメージャリの画像 (フルサイズ) をダウンロードフォルダにダウンロードします</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="104"/>
        <source>Upload…</source>
        <translation>アップロード…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="105"/>
        <source>Upload photos with their location to the chosen collection</source>
        <translation>写真を位置付きで選んだコレクションにアップロードします</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="117"/>
        <source>Account and collection</source>
        <translation>アカウントとコレクション</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="132"/>
        <source>“{action}” works on point layers (boreholes, sample sites): pick one in the Layers panel</source>
        <translation>「{action}」はポイントレイヤ (ボーリング孔、試料採取地点) で使えます: レイヤパネルで選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="144"/>
        <source>Select the features of {layer} to download Imago images for</source>
        <translation>Imago 画像をダウンロードする {layer} の地物を選択してください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="184"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="189"/>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="196"/>
        <source>Imago: signing in</source>
        <translation>Imago: サインイン中</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="203"/>
        <source>Signed in as &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{account}&lt;/b&gt; としてサインイン済み</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="220"/>
        <source>Imago sign-in</source>
        <translation>Imago へのサインイン</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="231"/>
        <source>Imago: signing out</source>
        <translation>Imago: サインアウト中</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="284"/>
        <source>Imago: collections of {dataset}</source>
        <translation>Imago: {dataset} のコレクション</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="301"/>
        <source>Choose a collection to list its imagery</source>
        <translation>イメージャリを一覧表示するコレクションを選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/tab.py" line="307"/>
        <source>Imago: imagery of {collection}</source>
        <translation>Imago: {collection} のイメージャリ</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="112"/>
        <source>Imago: preview</source>
        <translation>Imago: プレビュー</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="117"/>
        <source>Select imagery in the list to download</source>
        <translation>ダウンロードするイメージャリを一覧で選択してください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="129"/>
        <source>Imago: {summary} to {folder}</source>
        <translation>Imago: {summary} (保存先 {folder})</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="129"/>
        <source>Open folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../ui/imago/imagery_list.py" line="135"/>
        <source>Imago: downloading images</source>
        <translation>Imago: 画像をダウンロード中</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="42"/>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="60"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="60"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="65"/>
        <source>&amp;Add photos…</source>
        <translation>写真を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="76"/>
        <source>optional, e.g. a sample site id</source>
        <translation>任意。例: 試料採取地点の ID</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="81"/>
        <source>Imagery &amp;name</source>
        <translation>イメージャリ名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="84"/>
        <source>Point on the map</source>
        <translation>地図上の点</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="85"/>
        <source>&amp;Pick on map</source>
        <translation>地図で選ぶ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="88"/>
        <source>Selected feature</source>
        <translation>選択した地物</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="90"/>
        <source>Elevation</source>
        <translation>標高</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="95"/>
        <source>Elevation from field</source>
        <translation>フィールドから標高</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="116"/>
        <source>&amp;Upload</source>
        <translation>アップロード(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="177"/>
        <source>Photos to upload to Imago</source>
        <translation>Imago にアップロードする写真</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="177"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.tif *.tiff);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="249"/>
        <source>Choose an imagery type placed by location</source>
        <translation>位置で配置されるイメージャリタイプを選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="253"/>
        <source>Select exactly one feature of the layer, or pick a point on the map</source>
        <translation>レイヤの地物をちょうど 1 つ選択するか、地図で点を選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="257"/>
        <source>The selected feature has no location</source>
        <translation>選択した地物には位置がありません</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="262"/>
        <source>Pick the point on the map first</source>
        <translation>まず地図で点を選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="267"/>
        <source>The elevation field needs a selected feature: type the elevation instead</source>
        <translation>標高フィールドには選択した地物が必要です: 代わりに標高を入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="273"/>
        <source>{field} has no elevation for this feature</source>
        <translation>{field} にはこの地物の標高がありません</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="288"/>
        <source>Sent as x {x}, y {y}, z {z} m in {crs} (what {kind} expects)</source>
        <translation>{crs} の x {x}、y {y}、z {z} m として送信します ({kind} が求める形式)</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="307"/>
        <source>Sign in on the Imago tab first</source>
        <translation>まず Imago タブでサインインしてください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="310"/>
        <source>Add the photos to upload first</source>
        <translation>まずアップロードする写真を追加してください</translation>
    </message>
    <message>
        <location filename="../../ui/imago/upload_dialog.py" line="332"/>
        <source>Imago upload</source>
        <translation>Imago へのアップロード</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Inventory</name>
    <message>
        <location filename="../../ui/inventory.py" line="99"/>
        <source>All services</source>
        <translation>すべてのサービス</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="100"/>
        <source>Search every service that has credentials over the area of interest, at once, into one overview and one inventory layer</source>
        <translation>認証情報のあるすべてのサービスを関心領域で一度に検索し、1 つの概要と 1 つのインベントリレイヤにまとめます</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="105"/>
        <source>Cancel all</source>
        <translation>すべてキャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="143"/>
        <source>“All services” searches every service that has credentials over the area of interest at once. What each one holds there fills in here as it answers: click a service for its tab, a month of the timeline for its footprints.</source>
        <translation>「すべてのサービス」は、認証情報のあるすべてのサービスを関心領域で一度に検索します。各サービスがそこに持つものは、応答があり次第ここに表示されます。サービスをクリックするとそのタブを開き、タイムラインの月をクリックするとそのフットプリントを選択します。</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="181"/>
        <source>Cancel this service&apos;s search</source>
        <translation>このサービスの検索をキャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="227"/>
        <source>No service to search: add credentials in Settings (⚙)</source>
        <translation>検索するサービスがありません: 設定 (⚙) で認証情報を追加してください</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="243"/>
        <source>searching</source>
        <translation>検索中</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="252"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="267"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="279"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="293"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="295"/>
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
        <location filename="../../processing_provider/inventory.py" line="158"/>
        <source>Area {fid} ({number} of {count}): {area}</source>
        <translation>領域 {fid} ({count} 個中 {number} 個目): {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/inventory.py" line="84"/>
        <source>%Ln image(s) (from the imagery inventory).</source>
        <translation>
            <numerusform>%Ln 枚の画像 (イメージャリインベントリから)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/inventory.py" line="154"/>
        <source>Writing %Ln footprint(s)</source>
        <translation>
            <numerusform>%Ln 件のフットプリントを書き込み中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="218"/>
        <source>Imagery inventory: {service} failed: {details}</source>
        <translation>イメージャリインベントリ: {service} が失敗しました: {details}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="225"/>
        <source>Imagery inventory · {time}</source>
        <translation>イメージャリインベントリ · {time}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="236"/>
        <source>Imagery inventory: the result layers of {service} were not built: {details}</source>
        <translation>イメージャリインベントリ: {service} の結果レイヤを作成できませんでした: {details}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="238"/>
        <source>its images are in the inventory layer, but its own result layers could not be built: {reason}</source>
        <translation>画像はインベントリレイヤにありますが、このサービス自身の結果レイヤを作成できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="244"/>
        <source>Imagery inventory: {details}</source>
        <translation>イメージャリインベントリ: {details}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Captured</source>
        <translation>撮影日</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Sharpest</source>
        <translation>最高解像度</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>Cloud</source>
        <translation>雲量</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="40"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="60"/>
        <source>{altitude} m altitude</source>
        <translation>高度 {altitude} m</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="198"/>
        <source>Draw or pick an area of interest first (top of the panel): the inventory searches an area</source>
        <translation>先に関心領域を描くか選んでください (パネル上部): インベントリは領域を検索します</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="212"/>
        <source>skipped: no credentials — add them in Settings (⚙). {where}</source>
        <translation>スキップ: 認証情報がありません — 設定 (⚙) で追加してください。{where}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="218"/>
        <source>skipped: not confirmed ({cost})</source>
        <translation>スキップ: 確認されませんでした ({cost})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="222"/>
        <source>refused: {reason}</source>
        <translation>拒否: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="239"/>
        <source>Searching %Ln service(s) over {area}</source>
        <translation>
            <numerusform>{area} で %Ln 個のサービスを検索中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="257"/>
        <source>searching: {status}</source>
        <translation>検索中: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="267"/>
        <source>done, more exist (narrow the area)</source>
        <translation>完了、ほかにもあります (領域を狭めてください)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory.py" line="275"/>
        <source>failed: {reason}</source>
        <translation>失敗: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="288"/>
        <source>%Ln image(s) from {services} in the layer “{layer}”</source>
        <translation>
            <numerusform>レイヤ「{layer}」に {services} からの %Ln 枚の画像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory.py" line="288"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln 個のサービス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline.py" line="134"/>
        <source>{month}: %Ln capture(s)</source>
        <translation>
            <numerusform>{month}: %Ln 件の撮影</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="141"/>
        <source>{service} skipped: {reason}</source>
        <translation>{service} をスキップしました: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/inventory.py" line="182"/>
        <source>{service} failed over area {fid}: {reason}</source>
        <translation>領域 {fid} で {service} が失敗しました: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="36"/>
        <source>Image id</source>
        <translation>画像 ID</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="37"/>
        <source>Captured (UTC)</source>
        <translation>撮影日時 (UTC)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="38"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="39"/>
        <source>Ground resolution (m)</source>
        <translation>地上解像度 (m)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="40"/>
        <source>Cloud cover (%)</source>
        <translation>雲量 (%)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="41"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="42"/>
        <source>Flight altitude (m)</source>
        <translation>飛行高度 (m)</translation>
    </message>
    <message>
        <location filename="../../core/inventory.py" line="43"/>
        <source>Located by</source>
        <translation>位置の基準</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Layers</name>
    <message>
        <location filename="../../core/ingest.py" line="83"/>
        <source>Could not create the GeoPackage {path}</source>
        <translation>GeoPackage {path} を作成できませんでした</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="129"/>
        <source>Could not create the GeoPackage layer {layer}: {reason}</source>
        <translation>GeoPackage レイヤ {layer} を作成できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="137"/>
        <source>Could not write to {layer}: {reason}</source>
        <translation>{layer} に書き込めませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="135"/>
        <source>Cancelled while writing results</source>
        <translation>結果の書き込み中にキャンセルしました</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="231"/>
        <source>QGIS could not open {layer} in {path}</source>
        <translation>QGIS は {path} の {layer} を開けませんでした</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="236"/>
        <source>Could not apply the style {style}: {reason}</source>
        <translation>スタイル {style} を適用できませんでした: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/layers.py" line="305"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 枚の画像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/layers.py" line="306"/>
        <source>%Ln scene(s)</source>
        <translation>
            <numerusform>%Ln シーン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="345"/>
        <source>the data source refused it</source>
        <translation>データソースが拒否しました</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="356"/>
        <source>Layer {layer} has no field {field}</source>
        <translation>レイヤ {layer} にフィールド {field} がありません</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="363"/>
        <source>Could not add the field {field} to {layer}</source>
        <translation>{layer} にフィールド {field} を追加できませんでした</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="372"/>
        <source>Could not add the field {field} to {layer}: {reason}</source>
        <translation>{layer} にフィールド {field} を追加できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/layers.py" line="378"/>
        <source>Could not write {field} into {layer}: {reason}</source>
        <translation>{layer} に {field} を書き込めませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapflow</name>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Maximum cloud cover (%)</source>
        <translation>最大雲量 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Finest resolution (m/px)</source>
        <translation>最も細かい解像度 (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Coarsest resolution (m/px)</source>
        <translation>最も粗い解像度 (m/px)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Largest off-nadir angle (°)</source>
        <translation>最大オフナディア角 (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Smallest share of the area covered (%)</source>
        <translation>領域を覆う最小の割合 (%)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="64"/>
        <source>Acquired from</source>
        <translation>取得開始日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>Acquired until</source>
        <translation>取得終了日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="79"/>
        <source>Data providers</source>
        <translation>データプロバイダ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Only images available for processing</source>
        <translation>処理に使える画像のみ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="88"/>
        <source>Catalog footprints</source>
        <translation>カタログのフットプリント</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>Images written</source>
        <translation>書き込んだ画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="95"/>
        <source>Images found</source>
        <translation>見つかった画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="98"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="103"/>
        <source>Optional blocks</source>
        <translation>オプションブロック</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="108"/>
        <source>Imagery source type</source>
        <translation>イメージャリのソースタイプ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="120"/>
        <source>Imagery (URL, path or id)</source>
        <translation>イメージャリ (URL、パスまたは ID)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="124"/>
        <source>Catalog data provider</source>
        <translation>カタログのデータプロバイダ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="128"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Processing name</source>
        <translation>処理名</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>Project (id or name)</source>
        <translation>プロジェクト (ID または名前)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="142"/>
        <source>Wait for the results</source>
        <translation>結果を待つ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="147"/>
        <source>Check every (seconds)</source>
        <translation>確認間隔 (秒)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="151"/>
        <source>Give up waiting after (minutes)</source>
        <translation>待機を打ち切るまでの時間 (分)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="158"/>
        <source>Mapflow results</source>
        <translation>Mapflow の結果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>Processing id</source>
        <translation>処理 ID</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="167"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="170"/>
        <source>Objects found</source>
        <translation>見つかったオブジェクト</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Images with at most this cloud cover.</source>
        <translation>雲量がこの値以下の画像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images finer than this many metres per pixel.</source>
        <translation>1 ピクセルあたりこのメートル数より細かい画像を除外します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images coarser than this many metres per pixel.</source>
        <translation>1 ピクセルあたりこのメートル数より粗い画像を除外します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images taken further than this from straight down.</source>
        <translation>真下からこの角度より離れて撮影された画像を除外します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="25"/>
        <source>Leave out images that cover less of the area of interest.</source>
        <translation>関心領域を覆う割合がこれより小さい画像を除外します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="49"/>
        <source>
&lt;p&gt;Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with &lt;i&gt;Run a Mapflow processing&lt;/i&gt; (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mapflow タブのカタログページと同じように、ある領域で Mapflow のイメージャリカタログ (アカウントに紐付いたプロバイダの衛星画像と航空写真) を検索し、見つかった画像のフットプリントを日付、雲量、解像度、オフナディア角、プロバイダ、各画像が覆う領域の割合とともに書き出します。画像は &lt;i&gt;Mapflow の処理を実行&lt;/i&gt; で処理できます (SOURCE_TYPE は catalog、SOURCE はその image_id、DATA_PROVIDER はそのプロバイダ)。最大 1000 枚の画像を保持します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="63"/>
        <source>to search</source>
        <translation>検索する</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="64"/>
        <source>First acquisition day (UTC, included). Empty: no limit.</source>
        <translation>取得の最初の日 (UTC、この日を含む)。空欄: 制限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="67"/>
        <source>Last acquisition day (UTC, included). Empty: no limit.</source>
        <translation>取得の最後の日 (UTC、この日を含む)。空欄: 制限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="72"/>
        <source>Empty: no limit.</source>
        <translation>空欄: 制限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="72"/>
        <source>Default 20 %.</source>
        <translation>既定値は 20 %。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="79"/>
        <source>Only these providers, separated by commas. Empty: every provider of the account.</source>
        <translation>これらのプロバイダのみ (カンマ区切り)。空欄: アカウントのすべてのプロバイダ。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="83"/>
        <source>Leave out images the account cannot order or process.</source>
        <translation>アカウントが注文または処理できない画像を除外します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="88"/>
        <source>The footprints (multipolygons in WGS 84) with image_id, provider, acquired, cloud, resolution, off_nadir, aoi_cover, sensor, product_type, preview_type, preview_url and zoom.</source>
        <translation>フットプリント (WGS 84 のマルチポリゴン)。image_id、provider、acquired、cloud、resolution、off_nadir、aoi_cover、sensor、product_type、preview_type、preview_url、zoom を含みます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="93"/>
        <source>How many footprints were written.</source>
        <translation>書き込んだフットプリントの数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="95"/>
        <source>How many images match (more than COUNT when over 1000).</source>
        <translation>一致した画像の数 (1000 を超えると COUNT より多くなります)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="124"/>
        <source>Searching the Mapflow catalog over {area}</source>
        <translation>{area} で Mapflow カタログを検索中</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/catalog.py" line="130"/>
        <source>, the first {kept} kept</source>
        <translation>、最初の {kept} 枚を保持</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="65"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="48"/>
        <source>The Mapflow account has no model {model}: use one of {names}</source>
        <translation>Mapflow アカウントにモデル {model} がありません: {names} のいずれかを使ってください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="66"/>
        <source>{model} has no optional block {blocks}: use all, none or some of {names}</source>
        <translation>{model} にはオプションブロック {blocks} がありません: all、none、または {names} の一部を使ってください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="82"/>
        <source>
&lt;p&gt;Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With &lt;i&gt;Wait&lt;/i&gt; the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mapflow タブと同じように、レイヤのポリゴン上で Mapflow の AI モデル (建物、道路、森林…) を実行します。各ポリゴンが処理の 1 つの領域になります。開始前に面積をアカウントの制限と照合し、費用を確認します。&lt;i&gt;待機&lt;/i&gt; を有効にすると、アルゴリズムは処理が終わるまで追跡し、その結果 (ベクタ化されたオブジェクト) を出力レイヤに書き出します。無効の場合は処理 ID をすぐに返し、結果は後で Mapflow タブから読み込めます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="96"/>
        <source>to process (each polygon becomes one Mapflow area)</source>
        <translation>処理する (各ポリゴンが Mapflow の 1 つの領域になります)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="98"/>
        <source>The AI model by name as the account lists it, with or without its emoji and in any case (Buildings, Roads, Forest, Construction sites…), or by id.</source>
        <translation>AI モデル。アカウントが一覧に示す名前 (絵文字の有無や大文字小文字は問いません。Buildings、Roads、Forest、Construction sites…) または ID で指定します。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="103"/>
        <source>The model's optional blocks to enable, separated by commas (e.g. Classification, OSM); “all” (the default, as in the tab) or “none”.</source>
        <translation>有効にするモデルのオプションブロック (カンマ区切り。例: Classification, OSM)。「all」(既定、タブと同じ) または「none」。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="108"/>
        <source>Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is the URL template); tif, a GeoTIFF uploaded before (SOURCE is its s3:// URL); geotiff_file, a GeoTIFF on this computer that is uploaded first (SOURCE is its path); catalog, an image of the Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); provider, an imagery provider of the account such as Mapbox, processed at ZOOM without an image (SOURCE is the provider&apos;s name).</source>
        <translation>イメージャリの取得元: xyz、tms、quadkey はタイル (SOURCE は URL テンプレート)。tif は以前にアップロードした GeoTIFF (SOURCE はその s3:// URL)。geotiff_file はこのコンピュータ上の GeoTIFF で、最初にアップロードされます (SOURCE はそのパス)。catalog は Mapflow カタログの画像 (SOURCE はその画像 ID、DATA_PROVIDER はそのプロバイダ)。mosaic は Data API のモザイク (SOURCE はモザイク ID)。provider は Mapbox などアカウントのイメージャリプロバイダで、画像なしで ZOOM で処理されます (SOURCE はプロバイダ名)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="120"/>
        <source>The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} for quadkey), an s3:// URL, a file path, a catalog image id or a mosaic id.</source>
        <translation>SOURCE_TYPE に応じたイメージャリ: {x}、{y}、{z} (quadkey の場合は {q}) を含む URL、s3:// URL、ファイルパス、カタログ画像 ID またはモザイク ID。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="124"/>
        <source>For SOURCE_TYPE catalog: the provider of the image, as Search the Mapflow catalog writes it in the provider field.</source>
        <translation>SOURCE_TYPE が catalog の場合: 画像のプロバイダ。Mapflow イメージャリカタログの検索が provider フィールドに書き出すものです。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="128"/>
        <source>Tile zoom of the imagery (tile and catalog sources). Empty: the model&apos;s own zoom.</source>
        <translation>イメージャリのタイルズーム (タイルとカタログのソース)。空欄: モデル自身のズーム。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="133"/>
        <source>Name shown in Mapflow. Empty: the model and the time, e.g. “Buildings 2024-06-01 14:30”.</source>
        <translation>Mapflow に表示される名前。空欄: モデルと時刻。例: 「Buildings 2024-06-01 14:30」。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="137"/>
        <source>The Mapflow project to put the processing in. Empty: the account&apos;s default project.</source>
        <translation>処理を入れる Mapflow プロジェクト。空欄: アカウントの既定のプロジェクト。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="142"/>
        <source>Follow the processing until it ends and write its results to OUTPUT. Unchecked: return the processing id as soon as it has started (OUTPUT is then not written).</source>
        <translation>処理が終わるまで追跡し、結果を OUTPUT に書き出します。チェックなし: 処理が開始したらすぐに処理 ID を返します (OUTPUT は書き出されません)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="147"/>
        <source>How often the status is asked for while waiting.</source>
        <translation>待機中にステータスを問い合わせる頻度。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="151"/>
        <source>Stop waiting (the processing goes on in Mapflow) after this long; 0 waits without limit.</source>
        <translation>この時間が経過したら待機をやめます (処理は Mapflow で続きます)。0 は無制限に待ちます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="158"/>
        <source>The objects the model found, with the attributes Mapflow gives them (class, confidence…), in WGS 84. A GeoPackage unless another format is chosen.</source>
        <translation>モデルが見つけたオブジェクト。Mapflow が付ける属性 (クラス、信頼度…) 付き、WGS 84。別の形式を選ばない限り GeoPackage です。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="164"/>
        <source>The id of the processing in Mapflow (to load it later from the tab).</source>
        <translation>Mapflow での処理 ID (後でタブから読み込むため)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="167"/>
        <source>OK when the results were written; the current status when not waiting.</source>
        <translation>結果が書き出されたときは OK。待機しない場合は現在のステータス。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="170"/>
        <source>How many result features were written (0 when not waiting).</source>
        <translation>書き出した結果地物の数 (待機しない場合は 0)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="196"/>
        <source>No GeoTIFF at {path}</source>
        <translation>{path} に GeoTIFF がありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="199"/>
        <source>{name} is not a GeoTIFF</source>
        <translation>{name} は GeoTIFF ではありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="205"/>
        <source>A catalog image needs its provider (the provider field of the catalog search)</source>
        <translation>カタログ画像にはプロバイダが必要です (カタログ検索の provider フィールド)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="218"/>
        <source>Waiting is for the results: give OUTPUT (a file or TEMPORARY_OUTPUT), or set WAIT to false to only start the processing</source>
        <translation>待機は結果を得るためのものです: OUTPUT (ファイルまたは TEMPORARY_OUTPUT) を指定するか、処理を開始するだけなら WAIT を false にしてください</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="254"/>
        <source>Starting “{name}”: {model} on {km2} km² in %Ln area(s) from {source}</source>
        <translation>
            <numerusform>「{name}」を開始: {model}、{km2} km²、%Ln 領域、ソース {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="257"/>
        <source>, cost {cost}</source>
        <translation>、費用 {cost}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="261"/>
        <source>Mapflow processing {id} started</source>
        <translation>Mapflow の処理 {id} を開始しました</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="268"/>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="269"/>
        <source>Processing {id} ended {status}: {reason}</source>
        <translation>処理 {id} は {status} で終了しました: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="287"/>
        <source>The Mapflow account has no project {project}: use one of {names}</source>
        <translation>Mapflow アカウントにプロジェクト {project} がありません: {names} のいずれかを使ってください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="304"/>
        <source>stopped waiting; processing {id} goes on in Mapflow</source>
        <translation>待機をやめました。処理 {id} は Mapflow で続いています</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/catalog.py" line="128"/>
        <source>%Ln image(s) found</source>
        <translation>
            <numerusform>%Ln 枚の画像が見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapflow/process.py" line="278"/>
        <source>%Ln object(s) written</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトを書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="38"/>
        <source>The Mapflow token is not the one shown at app.mapflow.ai (base64 of email:key): copy it again into Imagery Hub settings</source>
        <translation>Mapflow トークンが app.mapflow.ai に表示されているもの (email:キー の base64) と一致しません。Imagery Hub の設定にもう一度コピーしてください</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="60"/>
        <source>The QGIS Authentication Manager is locked: enter the master password to show Mapflow tiles</source>
        <translation>QGIS の認証マネージャがロックされています。Mapflow のタイルを表示するにはマスターパスワードを入力してください</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/auth.py" line="75"/>
        <source>QGIS could not store the Mapflow tile credentials</source>
        <translation>QGIS は Mapflow タイルの認証情報を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="179"/>
        <source>Searching the Mapflow catalog…</source>
        <translation>Mapflow カタログを検索中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/catalog_layers.py" line="49"/>
        <source>Writing %Ln footprint(s)…</source>
        <translation>
            <numerusform>%Ln 件のフットプリントを書き込み中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/catalog_layers.py" line="132"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>サムネイル {path} を書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="25"/>
        <source>Mapflow: my imagery</source>
        <translation>Mapflow: マイイメージャリ</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="54"/>
        <source>Mapflow gave no tiles for the mosaic “{name}”</source>
        <translation>Mapflow はモザイク「{name}」のタイルを提供しませんでした</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="57"/>
        <source>{name} (mosaic)</source>
        <translation>{name} (モザイク)</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="60"/>
        <source>QGIS could not open the tiles of the mosaic “{name}”</source>
        <translation>QGIS はモザイク「{name}」のタイルを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/imagery.py" line="72"/>
        <source>QGIS cannot open {file}</source>
        <translation>QGIS は {file} を開けません</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/inventory.py" line="16"/>
        <source>Mapflow catalog</source>
        <translation>Mapflow カタログ</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="74"/>
        <source>{name} – results (tiles)</source>
        <translation>{name} – 結果 (タイル)</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="78"/>
        <source>QGIS could not open the result tiles of {name}</source>
        <translation>QGIS は {name} の結果タイルを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="83"/>
        <source>Could not style the result tiles: {reason}</source>
        <translation>結果タイルにスタイルを適用できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="87"/>
        <source>{name} – imagery</source>
        <translation>{name} – イメージャリ</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="90"/>
        <source>QGIS could not open the imagery tiles of {name}</source>
        <translation>QGIS は {name} のイメージャリタイルを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="95"/>
        <source>{name} has no result layers yet</source>
        <translation>{name} にはまだ結果レイヤがありません</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="49"/>
        <source>Downloading the results of {name}…</source>
        <translation>{name} の結果をダウンロード中…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="127"/>
        <source>The results of {name} are not readable GeoJSON</source>
        <translation>{name} の結果は読み取れる GeoJSON ではありません</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="139"/>
        <source>Cancelled while waiting for the same download</source>
        <translation>同じダウンロードを待っている間にキャンセルしました</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="144"/>
        <source>Writing the GeoPackage…</source>
        <translation>GeoPackage を書き込み中…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="178"/>
        <source>{name} – results</source>
        <translation>{name} – 結果</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/layers.py" line="186"/>
        <source>{name} – AOIs</source>
        <translation>{name} – 領域</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="38"/>
        <source>GDAL cannot read {file}: is it a raster file?</source>
        <translation>GDAL は {file} を読み取れません。ラスタファイルですか?</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="42"/>
        <source>{file} has no georeference: Mapflow needs a GeoTIFF with a CRS</source>
        <translation>{file} にはジオリファレンスがありません。Mapflow には CRS 付きの GeoTIFF が必要です</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="67"/>
        <source>the mosaic</source>
        <translation>モザイク</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="73"/>
        <source>{file} cannot join {mosaic}: {differences}. Images of a mosaic must share CRS, number of bands and resolution</source>
        <translation>{file} は{mosaic}に加えられません: {differences}。モザイクの画像は CRS、バンド数、解像度が同じである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="83"/>
        <source>Only raster layers read from a file can be uploaded to Mapflow</source>
        <translation>Mapflow にアップロードできるのはファイルから読み込んだラスタレイヤだけです</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="87"/>
        <source>The layer “{name}” is not a file on this computer</source>
        <translation>レイヤ「{name}」はこのコンピュータ上のファイルではありません</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="18"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/rasters.py" line="112"/>
        <source>GDAL could not write {file} as a GeoTIFF</source>
        <translation>GDAL は {file} を GeoTIFF として書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="46"/>
        <source>Imagery Hub: uploading {files} to Mapflow</source>
        <translation>Imagery Hub: {files} を Mapflow にアップロード中</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="53"/>
        <source>Checking the files…</source>
        <translation>ファイルを確認中…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="59"/>
        <source>Checking the mosaic “{name}”…</source>
        <translation>モザイク「{name}」を確認中…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="63"/>
        <source>the mosaic “{name}” ({profile})</source>
        <translation>モザイク「{name}」({profile})</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="67"/>
        <source>Mapflow: the images of “{name}” describe no raster profile this plugin reads, so their grid was not compared before the upload</source>
        <translation>Mapflow: 「{name}」の画像にはこのプラグインが読めるラスタプロファイルがないため、アップロード前にグリッドを比較していません</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="80"/>
        <source>Writing {file} as a GeoTIFF…</source>
        <translation>{file} を GeoTIFF として書き込み中…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="88"/>
        <source>Uploading {file} ({size}, {number} of {count})…</source>
        <translation>{file} をアップロード中 ({size}、{count} 件中 {number} 件目)…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="111"/>
        <source>{file} is not a GeoTIFF: use My imagery to upload other rasters</source>
        <translation>{file} は GeoTIFF ではありません。その他のラスタは「マイイメージャリ」からアップロードしてください</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/uploads.py" line="116"/>
        <source>Uploading {file} ({size})…</source>
        <translation>{file} をアップロード中 ({size})…</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="99"/>
        <source>checking Mapflow processings</source>
        <translation>Mapflow の処理を確認中</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="103"/>
        <source>Mapflow: not checking processings: {reason}</source>
        <translation>Mapflow: 処理を確認していません: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="111"/>
        <source>Mapflow: processing {id} no longer exists; not watching it any more</source>
        <translation>Mapflow: 処理 {id} はもう存在しません。監視を終了します</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/watch.py" line="122"/>
        <source>Mapflow: checking processings failed, will try again: {reason}</source>
        <translation>Mapflow: 処理の確認に失敗しました。再試行します: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="13"/>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="14"/>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="15"/>
        <source>Awaiting</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="16"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="17"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="19"/>
        <source>Refunded</source>
        <translation>返金済み</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="23"/>
        <source>“{name}” done.</source>
        <translation>「{name}」が完了しました。</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="24"/>
        <source>“{name}” failed.</source>
        <translation>「{name}」が失敗しました。</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="25"/>
        <source>“{name}” cancelled.</source>
        <translation>「{name}」はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="26"/>
        <source>“{name}” refunded.</source>
        <translation>「{name}」は返金されました。</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="33"/>
        <source>“{name}”: {status}.</source>
        <translation>「{name}」: {status}。</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="65"/>
        <source>{used} used</source>
        <translation>{used} 使用中</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="66"/>
        <source>{used} of {limit} used</source>
        <translation>{limit} 中 {used} 使用中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/words.py" line="73"/>
        <source>{crs}, %Ln band(s), pixel size {size}</source>
        <translation>
            <numerusform>{crs}、%Ln バンド、ピクセルサイズ {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="80"/>
        <source>uploaded image {name}</source>
        <translation>アップロード済みの画像 {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapflow/words.py" line="84"/>
        <source>%Ln image(s) of the mosaic “{name}”</source>
        <translation>
            <numerusform>モザイク「{name}」の画像 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="85"/>
        <source>the mosaic “{name}”</source>
        <translation>モザイク「{name}」</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="87"/>
        <source>{provider} image {id}</source>
        <translation>{provider} の画像 {id}</translation>
    </message>
    <message>
        <location filename="../../core/mapflow/words.py" line="90"/>
        <source>{provider} imagery</source>
        <translation>{provider} のイメージャリ</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="33"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="34"/>
        <source>Cloud %</source>
        <translation>雲量 %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="36"/>
        <source>AOI %</source>
        <translation>領域 %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="112"/>
        <source>Off-nadir</source>
        <translation>オフナディア角</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="122"/>
        <source>Provider</source>
        <translation>プロバイダ</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="39"/>
        <source>Image id</source>
        <translation>画像 ID</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="52"/>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="82"/>
        <source>How much of the AOI an image must cover at least</source>
        <translation>画像が最低限覆うべき関心領域の割合</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="83"/>
        <source>Search imagery</source>
        <translation>イメージャリを検索</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="86"/>
        <source>Search the imagery of your Mapflow providers over the AOI.</source>
        <translation>関心領域で Mapflow プロバイダのイメージャリを検索します。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="94"/>
        <source>Show the scenes as their previews instead of a table</source>
        <translation>シーンを表ではなくプレビューで表示します</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="99"/>
        <source>Pick a scene in the table or on the map.</source>
        <translation>表または地図でシーンを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="101"/>
        <source>Run processing on this image…</source>
        <translation>この画像で処理を実行…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="102"/>
        <source>Starts a processing of the AOI with the model chosen under Processing, after showing its cost</source>
        <translation>費用を表示したうえで、「処理」で選んだモデルで関心領域の処理を開始します</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="110"/>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="111"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="113"/>
        <source>Max cloud</source>
        <translation>最大雲量</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="114"/>
        <source>Min AOI cover</source>
        <translation>最小領域被覆率</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="137"/>
        <source>This image has no picture preview</source>
        <translation>この画像には画像のプレビューがありません</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="138"/>
        <source>fetching a catalog thumbnail</source>
        <translation>カタログのサムネイルを取得中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="146"/>
        <source>The catalog searches an area: draw a rectangle or polygon, or give the point a radius</source>
        <translation>カタログは領域で検索します。四角形かポリゴンを描くか、点に半径を指定してください</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="172"/>
        <source>searching the Mapflow catalog</source>
        <translation>Mapflow カタログを検索中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="183"/>
        <source>The search failed: {reason}</source>
        <translation>検索に失敗しました: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="190"/>
        <source>No images match: widen the dates or relax the filters.</source>
        <translation>一致する画像がありません。日付を広げるかフィルタを緩めてください。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="193"/>
        <source>Mapflow catalog {start} – {end}</source>
        <translation>Mapflow カタログ {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/catalog.py" line="198"/>
        <source>%Ln image(s) (clouds ≤ {cloud} %)</source>
        <translation>
            <numerusform>%Ln 件の画像 (雲量 ≤ {cloud} %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/catalog.py" line="201"/>
        <source>{found}; %Ln found, the first {kept} kept: narrow the filters</source>
        <translation>
            <numerusform>{found}。%Ln 件見つかり、最初の {kept} 件を保持しました。フィルタを絞り込んでください</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="204"/>
        <source>Mapflow catalog: {result}</source>
        <translation>Mapflow カタログ: {result}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="217"/>
        <source>{cloud} % clouds</source>
        <translation>雲量 {cloud} %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="217"/>
        <source>clouds unknown</source>
        <translation>雲量不明</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="224"/>
        <source>This image has no picture preview.</source>
        <translation>この画像には画像のプレビューがありません。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="226"/>
        <source>Loading the preview…</source>
        <translation>プレビューを読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="227"/>
        <source>fetching a catalog preview</source>
        <translation>カタログのプレビューを取得中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="239"/>
        <source>No preview: {reason}</source>
        <translation>プレビューなし: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/catalog.py" line="245"/>
        <source>Pick a scene in the table first</source>
        <translation>まず表でシーンを選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="39"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="63"/>
        <source>Mapflow gave no reason.</source>
        <translation>Mapflow は理由を示しませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="64"/>
        <source>Mapflow: {name} failed</source>
        <translation>Mapflow: {name} が失敗しました</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="67"/>
        <source>Change the source or the area and start again, or restart it if the error was on Mapflow&apos;s side.</source>
        <translation>ソースまたは領域を変えてやり直すか、エラーが Mapflow 側にあった場合は再開してください。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="77"/>
        <source>comma-separated, e.g. drone, june</source>
        <translation>カンマ区切り (例: ドローン, 6月)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="116"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="80"/>
        <source>&amp;Tags</source>
        <translation>タグ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="93"/>
        <source>GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/dialogs.py" line="94"/>
        <source>Upload GeoTIFFs to Mapflow</source>
        <translation>GeoTIFF を Mapflow にアップロード</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>XYZ tiles</source>
        <translation>XYZ タイル</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>TMS tiles</source>
        <translation>TMS タイル</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Quadkey tiles</source>
        <translation>Quadkey タイル</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Uploaded GeoTIFF</source>
        <translation>アップロード済みの GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Catalog image</source>
        <translation>カタログ画像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="40"/>
        <source>Imagery provider</source>
        <translation>イメージャリプロバイダ</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="48"/>
        <source>s3://… (as the upload returned it)</source>
        <translation>s3://… (アップロードが返したもの)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="53"/>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="66"/>
        <source>automatic: model and time</source>
        <translation>自動: モデルと時刻</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="68"/>
        <source>The AI models of your Mapflow account, with their price</source>
        <translation>Mapflow アカウントの AI モデルとその価格</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="87"/>
        <source>Upload…</source>
        <translation>アップロード…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="86"/>
        <source>Upload a GeoTIFF from disk; its s3:// URL goes here</source>
        <translation>ディスクから GeoTIFF をアップロードします。その s3:// URL がここに入ります</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="97"/>
        <source>model default</source>
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="99"/>
        <source>Tile zoom to process at; the model&apos;s own zoom when left at default</source>
        <translation>処理に使うタイルのズーム。既定値のままならモデル自身のズーム</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="103"/>
        <source>The imagery providers of your Mapflow account; no image to pick</source>
        <translation>Mapflow アカウントのイメージャリプロバイダ。画像を選ぶ必要はありません</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="106"/>
        <source>image id from the catalog</source>
        <translation>カタログの画像 ID</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="111"/>
        <source>Start processing…</source>
        <translation>処理を開始…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="112"/>
        <source>Shows the cost and asks before anything starts</source>
        <translation>開始する前に費用を表示して確認します</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="117"/>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="118"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="119"/>
        <source>&amp;Source</source>
        <translation>ソース(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="120"/>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="121"/>
        <source>&amp;Zoom</source>
        <translation>ズーム(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="123"/>
        <source>Imagery</source>
        <translation>イメージャリ</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="124"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="160"/>
        <source>{block} (free)</source>
        <translation>{block} (無料)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="187"/>
        <source>Imagery: &lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>イメージャリ: &lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/form.py" line="196"/>
        <source>Selected imagery</source>
        <translation>選択したイメージャリ</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="235"/>
        <source>The Mapflow account is not loaded yet: press Refresh</source>
        <translation>Mapflow アカウントがまだ読み込まれていません。「更新」を押してください</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="41"/>
        <source>A new mosaic…</source>
        <translation>新しいモザイク…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="60"/>
        <source>Storage not loaded yet.</source>
        <translation>ストレージはまだ読み込まれていません。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="374"/>
        <source>Select an image to see its preview.</source>
        <translation>画像を選ぶとプレビューが表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Use for a processing</source>
        <translation>処理に使用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>Show on the &amp;map</source>
        <translation>地図に表示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Large preview</source>
        <translation>大きいプレビュー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>Re&amp;name / tags…</source>
        <translation>名前の変更 / タグ(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="76"/>
        <source>&amp;Link an uploaded s3:// image…</source>
        <translation>アップロード済みの s3:// 画像をリンク(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="90"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="85"/>
        <source>New mosaic…</source>
        <translation>新規モザイク…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="85"/>
        <source>Create an empty mosaic</source>
        <translation>空のモザイクを作成</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="87"/>
        <source>Upload GeoTIFFs from disk into a mosaic</source>
        <translation>ディスクから GeoTIFF をモザイクにアップロード</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="90"/>
        <source>Reload mosaics, images and storage (F5)</source>
        <translation>モザイク、画像、ストレージを再読み込み (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="319"/>
        <source>Use for processing</source>
        <translation>処理に使用</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="93"/>
        <source>Process the selected mosaic or images (Enter)</source>
        <translation>選択したモザイクまたは画像を処理 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="96"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="96"/>
        <source>Show the mosaic&apos;s tiles, or download the image as a layer</source>
        <translation>モザイクのタイルを表示するか、画像をレイヤとしてダウンロード</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="172"/>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="136"/>
        <source>loading your Mapflow imagery</source>
        <translation>Mapflow のイメージャリを読み込み中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="157"/>
        <source>Storage: {usage}</source>
        <translation>ストレージ: {usage}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="160"/>
        <source>{percent} % of your Mapflow storage is used</source>
        <translation>Mapflow ストレージの {percent} % を使用中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="265"/>
        <source>New Mapflow mosaic</source>
        <translation>新規 Mapflow モザイク</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="180"/>
        <source>creating a Mapflow mosaic</source>
        <translation>Mapflow モザイクを作成中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="191"/>
        <source>Mosaic name and tags</source>
        <translation>モザイクの名前とタグ</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="194"/>
        <source>changing a Mapflow mosaic</source>
        <translation>Mapflow モザイクを変更中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="198"/>
        <source>Rename image</source>
        <translation>画像の名前を変更</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="201"/>
        <source>renaming a Mapflow image</source>
        <translation>Mapflow 画像の名前を変更中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="217"/>
        <source>the mosaic {names} with %Ln image(s)</source>
        <translation>
            <numerusform>モザイク {names} (画像 %Ln 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="219"/>
        <source>the mosaics {names} with %Ln image(s)</source>
        <translation>
            <numerusform>モザイク {names} (画像 計 %Ln 件)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="222"/>
        <source>1 image (“{file}”)</source>
        <translation>画像 1 件 (「{file}」)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery_tree.py" line="51"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 件の画像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="225"/>
        <source>{first} and {second}</source>
        <translation>{first}と{second}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="227"/>
        <source>Delete {what} from Mapflow? Deleted images cannot be restored.</source>
        <translation>Mapflow から{what}を削除しますか? 削除した画像は復元できません。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="229"/>
        <source>Delete Mapflow imagery</source>
        <translation>Mapflow イメージャリを削除</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="206"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="238"/>
        <source>deleting Mapflow imagery</source>
        <translation>Mapflow イメージャリを削除中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="242"/>
        <source>Link an uploaded image</source>
        <translation>アップロード済みの画像をリンク</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="242"/>
        <source>s3:// URL of the image to add to “{mosaic}”</source>
        <translation>「{mosaic}」に追加する画像の s3:// URL</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="247"/>
        <source>linking an image to a Mapflow mosaic</source>
        <translation>画像を Mapflow モザイクにリンク中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="345"/>
        <source>Upload to Mapflow</source>
        <translation>Mapflow にアップロード</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="257"/>
        <source>Into the mosaic</source>
        <translation>アップロード先のモザイク</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="294"/>
        <source>An upload is running: wait for it or cancel it first</source>
        <translation>アップロード中です。完了を待つか、先にキャンセルしてください</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="310"/>
        <source>Uploading to “{mosaic}”…</source>
        <translation>「{mosaic}」にアップロード中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="319"/>
        <source>%Ln image(s) uploaded to the Mapflow mosaic “{mosaic}”</source>
        <translation>
            <numerusform>%Ln 件の画像を Mapflow モザイク「{mosaic}」にアップロードしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="334"/>
        <source>Select one mosaic, or images of one mosaic</source>
        <translation>モザイクを 1 つ、または 1 つのモザイクの画像を選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="359"/>
        <source>downloading {file}</source>
        <translation>{file} をダウンロード中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="364"/>
        <source>Downloading {file}…</source>
        <translation>{file} をダウンロード中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery.py" line="374"/>
        <source>“{mosaic}”: %Ln image(s). Select one to see it.</source>
        <translation>
            <numerusform>「{mosaic}」: 画像 %Ln 件。1 つ選ぶと表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="400"/>
        <source>fetching a Mapflow preview</source>
        <translation>Mapflow のプレビューを取得中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery.py" line="394"/>
        <source>No preview available.</source>
        <translation>プレビューはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/imagery_tree.py" line="22"/>
        <source>%Ln band(s)</source>
        <translation>
            <numerusform>%Ln バンド</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="30"/>
        <source>Mosaic / image</source>
        <translation>モザイク / 画像</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="30"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="55"/>
        <source>Tags: {tags}</source>
        <translation>タグ: {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="63"/>
        <source>profile unknown</source>
        <translation>プロファイル不明</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/imagery_tree.py" line="67"/>
        <source>Uploaded {when}</source>
        <translation>{when} にアップロード</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="29"/>
        <source>“{name}” is not finished yet</source>
        <translation>「{name}」はまだ完了していません</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="44"/>
        <source>downloading the results of {name}</source>
        <translation>{name} の結果をダウンロード中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="58"/>
        <source>Mapflow: the results of “{name}” are in {path}</source>
        <translation>Mapflow: 「{name}」の結果は {path} にあります</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/processing_actions.py" line="61"/>
        <source>Downloaded %Ln feature(s) of “{name}” into {file}</source>
        <translation>
            <numerusform>「{name}」の %Ln 件の地物を {file} にダウンロードしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="67"/>
        <source>loading the AOIs of {name}</source>
        <translation>{name} の領域を読み込み中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="72"/>
        <source>Rename Mapflow processing</source>
        <translation>Mapflow の処理の名前を変更</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="75"/>
        <source>renaming a Mapflow processing</source>
        <translation>Mapflow の処理の名前を変更中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="80"/>
        <source>restarting a Mapflow processing</source>
        <translation>Mapflow の処理を再開中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="86"/>
        <source>Restarted the failed parts of “{name}”</source>
        <translation>「{name}」の失敗した部分を再開しました</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="91"/>
        <source>Move Mapflow processing</source>
        <translation>Mapflow の処理を移動</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="91"/>
        <source>Move “{name}” to</source>
        <translation>「{name}」の移動先</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="97"/>
        <source>moving a Mapflow processing</source>
        <translation>Mapflow の処理を移動中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="102"/>
        <source>Delete “{name}” and its results on Mapflow? Layers already downloaded stay.</source>
        <translation>Mapflow 上の「{name}」とその結果を削除しますか? ダウンロード済みのレイヤは残ります。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="104"/>
        <source>Delete Mapflow processing</source>
        <translation>Mapflow の処理を削除</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processing_actions.py" line="106"/>
        <source>deleting a Mapflow processing</source>
        <translation>Mapflow の処理を削除中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Area km²</source>
        <translation>面積 km²</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="32"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Load results as tiles</source>
        <translation>結果をタイルで読み込む(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Download results (GeoPackage)</source>
        <translation>結果をダウンロード (GeoPackage)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Show &amp;AOIs with their status</source>
        <translation>領域と状態を表示(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Read the &amp;error</source>
        <translation>エラーを読む(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Re&amp;name…</source>
        <translation>名前の変更(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>Res&amp;tart failed parts</source>
        <translation>失敗した部分を再開(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="149"/>
        <source>&amp;Move to project…</source>
        <translation>プロジェクトへ移動(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="58"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="164"/>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="165"/>
        <source>Result tiles and imagery as layers (Enter)</source>
        <translation>結果タイルとイメージャリをレイヤとして読み込む (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="168"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/processings.py" line="169"/>
        <source>The result features into a GeoPackage layer</source>
        <translation>結果の地物を GeoPackage レイヤに</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="13"/>
        <source>{credits} credits left</source>
        <translation>残り {credits} クレジット</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="16"/>
        <source>unlimited processing</source>
        <translation>処理無制限</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="18"/>
        <source>{left} left of {limit}</source>
        <translation>{limit} 中残り {left}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="21"/>
        <source>{left} left</source>
        <translation>残り {left}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="23"/>
        <source>no limit reported</source>
        <translation>上限の報告なし</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="26"/>
        <source>≤ {area} per area</source>
        <translation>領域あたり ≤ {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/projects.py" line="30"/>
        <source>≤ %Ln area(s) per processing</source>
        <translation>
            <numerusform>処理あたり ≤ %Ln 領域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/projects.py" line="31"/>
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>モデル %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="55"/>
        <source>Mapflow account not loaded yet.</source>
        <translation>Mapflow アカウントはまだ読み込まれていません。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="58"/>
        <source>Reload the account, projects and processings</source>
        <translation>アカウント、プロジェクト、処理を再読み込み</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="61"/>
        <source>The Mapflow project whose processings are shown and where new ones go</source>
        <translation>処理を表示し、新しい処理を入れる Mapflow プロジェクト</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="64"/>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="64"/>
        <source>Create a project</source>
        <translation>プロジェクトを作成</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="66"/>
        <source>Rename…</source>
        <translation>名前の変更…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="66"/>
        <source>Rename this project</source>
        <translation>このプロジェクトの名前を変更</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="68"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="68"/>
        <source>Delete this project and all its processings</source>
        <translation>このプロジェクトとそのすべての処理を削除</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="72"/>
        <source>&amp;Project</source>
        <translation>プロジェクト(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/projects.py" line="103"/>
        <source>{name} (default)</source>
        <translation>{name} (既定)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="60"/>
        <source>New processing on the AOI</source>
        <translation>関心領域で新しい処理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>Processing</source>
        <translation>処理</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>My imagery</source>
        <translation>マイイメージャリ</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="71"/>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="167"/>
        <source>loading the Mapflow account</source>
        <translation>Mapflow アカウントを読み込み中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="180"/>
        <source>loading Mapflow projects</source>
        <translation>Mapflow プロジェクトを読み込み中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="184"/>
        <source>New Mapflow project</source>
        <translation>新規 Mapflow プロジェクト</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="193"/>
        <source>Project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="187"/>
        <source>creating a Mapflow project</source>
        <translation>Mapflow プロジェクトを作成中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="193"/>
        <source>Rename Mapflow project</source>
        <translation>Mapflow プロジェクトの名前を変更</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="196"/>
        <source>renaming a Mapflow project</source>
        <translation>Mapflow プロジェクトの名前を変更中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="204"/>
        <source>Delete the project “{name}” with all its processings and results? This cannot be undone.</source>
        <translation>プロジェクト「{name}」をすべての処理と結果とともに削除しますか? 元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="206"/>
        <source>Delete Mapflow project</source>
        <translation>Mapflow プロジェクトを削除</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="208"/>
        <source>deleting a Mapflow project</source>
        <translation>Mapflow プロジェクトを削除中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="219"/>
        <source>listing Mapflow processings</source>
        <translation>Mapflow の処理を一覧表示中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="245"/>
        <source>Asking Mapflow for the cost…</source>
        <translation>Mapflow に費用を問い合わせ中…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="246"/>
        <source>estimating a Mapflow processing</source>
        <translation>Mapflow の処理を見積もり中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="258"/>
        <source>Cost: {cost} credits ({left} left)</source>
        <translation>費用: {cost} クレジット (残り {left})</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="261"/>
        <source>Area: {area} km² of {left} km² left</source>
        <translation>面積: {area} km² (残り {left} km²)</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="264"/>
        <source>Cost: {cost}</source>
        <translation>費用: {cost}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapflow/tab.py" line="267"/>
        <source>{area} in %Ln area(s)</source>
        <translation>
            <numerusform>{area} (%Ln 領域)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="268"/>
        <source>Start “{name}”?

Model: {model}
Area: {area}
Imagery: {imagery}
{price}</source>
        <translation>「{name}」を開始しますか?

モデル: {model}
領域: {area}
イメージャリ: {imagery}
{price}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="271"/>
        <source>Start Mapflow processing</source>
        <translation>Mapflow の処理を開始</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="271"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="274"/>
        <source>Not started.</source>
        <translation>開始していません。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="276"/>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="277"/>
        <source>starting a Mapflow processing</source>
        <translation>Mapflow の処理を開始中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="293"/>
        <source>Uploading {file}…</source>
        <translation>{file} をアップロード中…</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="289"/>
        <source>uploading {file} to Mapflow</source>
        <translation>{file} を Mapflow にアップロード中</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="297"/>
        <source>{file} is uploaded: start the processing when ready.</source>
        <translation>{file} をアップロードしました。準備ができたら処理を開始してください。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="302"/>
        <source>Started “{name}”; you will be told when it is done.</source>
        <translation>「{name}」を開始しました。完了したらお知らせします。</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="310"/>
        <source>Mapflow processing “{name}” started</source>
        <translation>Mapflow の処理「{name}」を開始しました</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="317"/>
        <source>“{name}”: {status}, {percent} %</source>
        <translation>「{name}」: {status}、{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="324"/>
        <source>Mapflow processing “{name}” is done</source>
        <translation>Mapflow の処理「{name}」が完了しました</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="325"/>
        <source>Load results</source>
        <translation>結果を読み込む</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="329"/>
        <source>Mapflow processing “{name}” failed: {reason}</source>
        <translation>Mapflow の処理「{name}」が失敗しました: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="331"/>
        <source>Read the error</source>
        <translation>エラーを読む</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="334"/>
        <source>Mapflow processing “{name}” ended: {status}</source>
        <translation>Mapflow の処理「{name}」が終了しました: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="342"/>
        <source>Use as Mapflow AOI</source>
        <translation>Mapflow の関心領域として使用</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="343"/>
        <source>Run Mapflow processing on selected features</source>
        <translation>選択した地物で Mapflow の処理を実行</translation>
    </message>
    <message>
        <location filename="../../ui/mapflow/tab.py" line="354"/>
        <source>Mapflow processes polygons: pick a polygon layer</source>
        <translation>Mapflow はポリゴンを処理します。ポリゴンレイヤを選んでください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="187"/>
        <source>Name the model, e.g. Buildings</source>
        <translation>モデルを指定してください (例: Buildings)</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Mapillary</name>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="45"/>
        <source>Captured from</source>
        <translation>撮影開始日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>Captured until</source>
        <translation>撮影終了日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="51"/>
        <source>Panoramas only</source>
        <translation>パノラマのみ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="54"/>
        <source>Creator (Mapillary username)</source>
        <translation>作成者 (Mapillary ユーザー名)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="60"/>
        <source>Mapillary images</source>
        <translation>Mapillary 画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>Images found</source>
        <translation>見つかった画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="66"/>
        <source>Cells at the cap</source>
        <translation>上限に達したセル</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="30"/>
        <source>
&lt;p&gt;Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary&apos;s bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to &lt;i&gt;Download images&lt;/i&gt; to fetch the pictures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mapillary タブと同じように、ある領域で撮影された Mapillary のストリートレベル画像を探します。領域は Mapillary のバウンディングボックス制限 (プラグインの設定) 未満のセルに分割され、上限の 2000 枚を返したセルはさらに分割され、各画像は 1 回だけ保持されます。結果はカメラ位置のポイントレイヤで、画像 ID、撮影時刻、方位角、パノラマフラグ、作成者、シーケンス、カメラを含みます。写真を取得するには &lt;i&gt;画像のダウンロード&lt;/i&gt; に渡してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="44"/>
        <source>to search</source>
        <translation>検索する</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="45"/>
        <source>First capture day (UTC, included). Empty: no lower limit.</source>
        <translation>撮影の最初の日 (UTC、この日を含む)。空欄: 下限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="48"/>
        <source>Last capture day (UTC, included). Empty: up to today.</source>
        <translation>撮影の最後の日 (UTC、この日を含む)。空欄: 今日まで。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="51"/>
        <source>Keep only 360° panoramas. Default: every image.</source>
        <translation>360° パノラマのみを残します。既定: すべての画像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="54"/>
        <source>Only images uploaded by this Mapillary user (without @). Empty: anyone.</source>
        <translation>この Mapillary ユーザー (@ なし) がアップロードした画像のみ。空欄: 誰でも。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="60"/>
        <source>The images as points in WGS 84, one per image, with a local_path field that Download images fills.</source>
        <translation>WGS 84 のポイントとしての画像 (1 画像に 1 つ)。画像のダウンロードが埋める local_path フィールド付き。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="64"/>
        <source>How many images were found.</source>
        <translation>見つかった画像の数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="66"/>
        <source>Cells that still returned 2000 images after being split: images are missing there (search a smaller area or fewer dates). 0 when complete.</source>
        <translation>分割後もまだ 2000 枚を返したセル: そこでは画像が欠けています (より小さい領域か少ない日付で検索してください)。完全な場合は 0。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="96"/>
        <source>Searching Mapillary: {filters}</source>
        <translation>Mapillary を検索中: {filters}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="99"/>
        <source>Searching Mapillary</source>
        <translation>Mapillary を検索中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="103"/>
        <source>{done} of {total} cells, %Ln image(s)</source>
        <translation>
            <numerusform>{total} セル中 {done} セル、%Ln 枚の画像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="107"/>
        <source>%Ln image(s) in {requests} requests</source>
        <translation>
            <numerusform>%Ln 枚の画像、{requests} リクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/mapillary/algorithms.py" line="110"/>
        <source>%Ln cell(s) still hit Mapillary&apos;s 2000-image cap: some images there are missing; search a smaller area or fewer dates</source>
        <translation>
            <numerusform>%Ln 個のセルがまだ Mapillary の 2000 枚の上限に達しています: そこでは一部の画像が欠けています。より小さい領域か少ない日付で検索してください</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Sequences</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Panorama sequences</source>
        <translation>パノラマのシーケンス</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="125"/>
        <source>Panoramas</source>
        <translation>パノラマ</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="194"/>
        <source>Mapillary coverage</source>
        <translation>Mapillary のカバレッジ</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="145"/>
        <source>QGIS could not open the Mapillary tiles at {url}</source>
        <translation>QGIS は {url} の Mapillary タイルを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/coverage.py" line="209"/>
        <source>The Mapillary coverage needs the access token: {error}</source>
        <translation>Mapillary のカバレッジにはアクセストークンが必要です: {error}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="36"/>
        <source>Unknown image size {size}: one of {sizes}</source>
        <translation>不明な画像サイズ {size}: {sizes} のいずれかです</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="39"/>
        <source>Select image points first (on the map or in the table)</source>
        <translation>まず画像の点を選択してください (地図上または表で)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapillary/downloads.py" line="75"/>
        <source>Imagery Hub: downloading %Ln Mapillary image(s)</source>
        <translation>
            <numerusform>Imagery Hub: %Ln 枚の Mapillary 画像をダウンロード中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="94"/>
        <source>Imagery Hub: Mapillary downloads</source>
        <translation>Imagery Hub: Mapillary のダウンロード</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/downloads.py" line="119"/>
        <source>Could not write the thumbnail {path}</source>
        <translation>サムネイル {path} を書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="53"/>
        <source>panoramas</source>
        <translation>パノラマ</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="76"/>
        <source>by {creator}</source>
        <translation>撮影者 {creator}</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="104"/>
        <source>Imagery Hub: Mapillary search</source>
        <translation>Imagery Hub: Mapillary 検索</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapillary/search.py" line="118"/>
        <source>Writing %Ln image(s)</source>
        <translation>
            <numerusform>%Ln 枚の画像を書き込み中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mapillary/search.py" line="151"/>
        <source>Cells at the image cap</source>
        <translation>画像数の上限に達したセル</translation>
    </message>
    <message>
        <location filename="../../core/mapillary/viewer.py" line="88"/>
        <source>Mapillary has no {size} image for {image}</source>
        <translation>Mapillary には {image} の {size} 画像がありません</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="74"/>
        <source>Click an image point on the map to see it here</source>
        <translation>地図上の画像の点をクリックするとここに表示します</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="172"/>
        <source>new blur</source>
        <translation>新しいぼかし</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/image_view.py" line="197"/>
        <source>{kind} (requested)</source>
        <translation>{kind} (依頼済み)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="45"/>
        <source>Captured</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="92"/>
        <source>Creator</source>
        <translation>撮影者</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="47"/>
        <source>Pano</source>
        <translation>パノラマ</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="158"/>
        <source>any date</source>
        <translation>日付を問わない</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="77"/>
        <source>Show coverage on the map</source>
        <translation>地図にカバレッジを表示</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="78"/>
        <source>Sequences and images as vector tiles (mly1_public), green; panoramas blue</source>
        <translation>シーケンスと画像をベクタタイル (mly1_public) で緑に、パノラマを青に表示します</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="82"/>
        <source>Search the area of interest</source>
        <translation>関心領域を検索</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="86"/>
        <source>to</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="90"/>
        <source>any (Mapillary username)</source>
        <translation>指定なし (Mapillary のユーザー名)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="93"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="98"/>
        <source>No search yet.</source>
        <translation>まだ検索していません。</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="107"/>
        <source>View an image on the map</source>
        <translation>地図上の画像を見る</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="109"/>
        <source>Click an image point of a search layer or of the coverage; Esc stops</source>
        <translation>検索レイヤまたはカバレッジの画像の点をクリックします。Esc で終了</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="119"/>
        <source>{size} px wide</source>
        <translation>幅 {size} px</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="119"/>
        <source>original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="127"/>
        <source>default: downloads/mapillary</source>
        <translation>既定: downloads/mapillary</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="129"/>
        <source>Empty: the download folder of Imagery Hub settings, in a mapillary folder</source>
        <translation>空欄: Imagery Hub の設定のダウンロードフォルダ内の mapillary フォルダ</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="131"/>
        <source>Download to</source>
        <translation>ダウンロード先</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="132"/>
        <source>Download selected</source>
        <translation>選択した画像をダウンロード</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="174"/>
        <source>Mapillary: thumbnail of image {image}</source>
        <translation>Mapillary: 画像 {image} のサムネイル</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="221"/>
        <source>The start date is after the end date: swap them</source>
        <translation>開始日が終了日より後です。入れ替えてください</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="234"/>
        <source>Mapillary search</source>
        <translation>Mapillary 検索</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="238"/>
        <source>Searching Mapillary…</source>
        <translation>Mapillary を検索中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="246"/>
        <source>%Ln image(s) in 1 cell</source>
        <translation>
            <numerusform>1 セルに %Ln 枚の画像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="248"/>
        <source>%Ln image(s) in {cells} cells</source>
        <translation>
            <numerusform>{cells} セルに %Ln 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="250"/>
        <source>{found}. Select rows or points to download; double-click to view.</source>
        <translation>{found}。ダウンロードするには行か点を選択し、表示するにはダブルクリックします。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="254"/>
        <source>Mapillary returned its 2000-image maximum for %Ln cell(s), so some images are missing there (shown in red): zoom in to a smaller area or narrow the dates.</source>
        <translation>
            <numerusform>Mapillary は %Ln セルで上限の 2000 枚を返したため、そこでは一部の画像が欠けています (赤で表示)。より狭い領域に拡大するか、日付を絞ってください。</numerusform>
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
            <numerusform>%Ln 枚の画像 (プロジェクトから)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="310"/>
        <source>Run a search first, or make a Mapillary images layer the active layer</source>
        <translation>まず検索を実行するか、Mapillary の画像レイヤをアクティブにしてください</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="318"/>
        <source>Mapillary download</source>
        <translation>Mapillary のダウンロード</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/tab.py" line="321"/>
        <source>Downloading %Ln image(s)…</source>
        <translation>
            <numerusform>%Ln 枚の画像をダウンロード中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="33"/>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;コメント&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="40"/>
        <source>Write a comment…</source>
        <translation>コメントを書く…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="42"/>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="50"/>
        <source>Draw blur…</source>
        <translation>ぼかしを描く…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="52"/>
        <source>Drag a rectangle on the image over what should be blurred, then send it</source>
        <translation>ぼかす部分を画像上で矩形にドラッグしてから送信します</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="55"/>
        <source>Send blur request</source>
        <translation>ぼかし依頼を送信</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="58"/>
        <source>Report image…</source>
        <translation>画像を報告…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="59"/>
        <source>Ask Mapillary to review this image (privacy, offensive content…)</source>
        <translation>この画像の確認を Mapillary に依頼します (プライバシー、不快な内容など)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="80"/>
        <source>No comments yet</source>
        <translation>まだコメントはありません</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="101"/>
        <source>Drag a rectangle on the image, then press “Send blur request”.</source>
        <translation>画像上で矩形をドラッグしてから「ぼかし依頼を送信」を押してください。</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="112"/>
        <source>Report image</source>
        <translation>画像を報告</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/v2_panel.py" line="112"/>
        <source>Why should Mapillary review this image?</source>
        <translation>Mapillary がこの画像を確認すべき理由は?</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="32"/>
        <source>Comments, blurs, object recognition and reports need a Mapillary v2 client id (Imagery Hub settings).</source>
        <translation>コメント、ぼかし、物体認識、報告には Mapillary v2 のクライアント ID (Imagery Hub の設定) が必要です。</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="83"/>
        <source>Mapillary viewer</source>
        <translation>Mapillary ビューア</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="56"/>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="57"/>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="61"/>
        <source>Detections</source>
        <translation>検出</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="62"/>
        <source>Blurs</source>
        <translation>ぼかし</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="63"/>
        <source>Objects</source>
        <translation>物体</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="64"/>
        <source>Open on mapillary.com</source>
        <translation>mapillary.com で開く</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="129"/>
        <source>Loading image {image}…</source>
        <translation>画像 {image} を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="130"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="133"/>
        <source>Imagery Hub: Mapillary image {image}</source>
        <translation>Imagery Hub: Mapillary 画像 {image}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mapillary/viewer.py" line="160"/>
        <source>%Ln detection(s) could not be read: not drawn</source>
        <translation>
            <numerusform>%Ln 件の検出を読み取れませんでした: 描画していません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="175"/>
        <source>The image could not be loaded</source>
        <translation>画像を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="181"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="182"/>
        <source>unknown date</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="184"/>
        <source>camera not recorded</source>
        <translation>カメラの記録なし</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="188"/>
        <source>by &lt;b&gt;{creator}&lt;/b&gt;</source>
        <translation>撮影者 &lt;b&gt;{creator}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="193"/>
        <source>heading {heading}°</source>
        <translation>方位 {heading}°</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="196"/>
        <source>altitude {altitude} m</source>
        <translation>高度 {altitude} m</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="200"/>
        <source>&lt;small&gt;image {image}&lt;br&gt;sequence {sequence}&lt;/small&gt;</source>
        <translation>&lt;small&gt;画像 {image}&lt;br&gt;シーケンス {sequence}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="204"/>
        <source>Detections: {list}</source>
        <translation>検出: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="207"/>
        <source>No detections</source>
        <translation>検出なし</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="262"/>
        <source>Comment posted on Mapillary</source>
        <translation>Mapillary にコメントを投稿しました</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="264"/>
        <source>Mapillary comment</source>
        <translation>Mapillary のコメント</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="276"/>
        <source>Blur requested: Mapillary will review it</source>
        <translation>ぼかしを依頼しました。Mapillary が確認します</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="278"/>
        <source>Mapillary blur request</source>
        <translation>Mapillary へのぼかし依頼</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="283"/>
        <source>Image {image} reported to Mapillary</source>
        <translation>画像 {image} を Mapillary に報告しました</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewer.py" line="284"/>
        <source>Mapillary report</source>
        <translation>Mapillary への報告</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="80"/>
        <source>No image there: run a search or show the Mapillary coverage first</source>
        <translation>そこには画像がありません。まず検索を実行するか、Mapillary のカバレッジを表示してください</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="94"/>
        <source>No Mapillary image there: click closer to a point (zoom in to see them)</source>
        <translation>そこには Mapillary 画像がありません。点の近くをクリックしてください (拡大すると点が見えます)</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/viewing.py" line="99"/>
        <source>Imagery Hub: finding the Mapillary image</source>
        <translation>Imagery Hub: Mapillary 画像を検索中</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Messages</name>
    <message>
        <location filename="../../core/messages.py" line="45"/>
        <source>Unexpected error: {error}</source>
        <translation>予期しないエラー: {error}</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="76"/>
        <source>{what} cancelled</source>
        <translation>{what}をキャンセルしました</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="76"/>
        <source>Operation cancelled</source>
        <translation>操作をキャンセルしました</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Network</name>
    <message>
        <location filename="../../core/network.py" line="36"/>
        <source>QGIS is set to use a SOCKS5 proxy, which this Python cannot speak (it lacks the PySocks package): nothing was sent. Install PySocks or choose an HTTP proxy in QGIS&apos;s Network settings</source>
        <translation>QGIS は SOCKS5 プロキシを使う設定ですが、この Python はそれを扱えません (PySocks パッケージがありません): 何も送信していません。PySocks をインストールするか、QGIS のネットワーク設定で HTTP プロキシを選んでください</translation>
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
        <location filename="../../ui/results_table.py" line="68"/>
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
        <location filename="../../plugin.py" line="103"/>
        <source>Show or hide the Imagery Hub panel</source>
        <translation>Imagery Hub パネルの表示/非表示</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="105"/>
        <source>Imagery Hub Settings…</source>
        <translation>Imagery Hub の設定…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="110"/>
        <source>Imagery Hub: Draw Area of Interest</source>
        <translation>Imagery Hub: 関心領域を描画</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="114"/>
        <source>Imagery Hub: Search in Current Tab</source>
        <translation>Imagery Hub: 現在のタブで検索</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="130"/>
        <source>Use as Imagery Hub Area of Interest</source>
        <translation>Imagery Hub の関心領域として使用</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="137"/>
        <source>Render NDVI for this scene</source>
        <translation>このシーンの NDVI を作成</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Processing</name>
    <message>
        <location filename="../../processing_provider/base.py" line="125"/>
        <source>Search even when it needs many requests</source>
        <translation>多くのリクエストが必要でも検索する</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="174"/>
        <source>{service} at {url} (credentials from the environment)</source>
        <translation>{url} の {service} (認証情報は環境変数から)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="176"/>
        <source>{service} at {url} (credentials from the settings)</source>
        <translation>{url} の {service} (認証情報は設定から)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="219"/>
        <source>Cancelled while writing the results</source>
        <translation>結果の書き出し中にキャンセルしました</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="221"/>
        <source>Could not write a feature: {error}</source>
        <translation>地物を書き出せませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="32"/>
        <source>Download images</source>
        <translation>画像のダウンロード</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="33"/>
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
        <location filename="../../processing_provider/eosda/algorithms.py" line="43"/>
        <source>Search EOSDA satellite scenes</source>
        <translation>EOSDA 衛星シーンの検索</translation>
    </message>
    <message>
        <location filename="../../processing_provider/eosda/algorithms.py" line="132"/>
        <source>Render an EOSDA scene</source>
        <translation>EOSDA シーンのレンダリング</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/download.py" line="39"/>
        <source>Download Imago images</source>
        <translation>Imago 画像のダウンロード</translation>
    </message>
    <message>
        <location filename="../../processing_provider/imago/upload.py" line="32"/>
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
        <location filename="../../processing_provider/mapflow/catalog.py" line="42"/>
        <source>Search the Mapflow imagery catalog</source>
        <translation>Mapflow イメージャリカタログの検索</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapflow/process.py" line="75"/>
        <source>Run a Mapflow processing</source>
        <translation>Mapflow の処理を実行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/mapillary/algorithms.py" line="25"/>
        <source>Search Mapillary images</source>
        <translation>Mapillary 画像の検索</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="72"/>
        <source>Search Spexi drone images</source>
        <translation>Spexi ドローン画像の検索</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="209"/>
        <source>Spexi views of a point</source>
        <translation>地点の Spexi ビュー</translation>
    </message>
    <message>
        <location filename="../../processing_provider/access.py" line="92"/>
        <source>No {service} credentials: add them in Imagery Hub settings, or set {variable} for a headless run</source>
        <translation>{service} の認証情報がありません: Imagery Hub の設定で追加するか、GUI なしで実行する場合は {variable} を設定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="126"/>
        <source>A search estimated above {soft} requests (setting budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is always refused. Default: not set.</source>
        <translation>{soft} リクエストを超えると見積もられた検索 (設定 budget/soft_limit) は、これをチェックしない限り拒否されます。{hard} (budget/hard_limit) を超えると常に拒否されます。既定: チェックなし。</translation>
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
        <location filename="../../processing_provider/download_images.py" line="100"/>
        <source>the layer has no features</source>
        <translation>レイヤに地物がありません</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="102"/>
        <source>Nothing to download in INPUT ({reasons})</source>
        <translation>INPUT にダウンロードするものがありません ({reasons})</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="123"/>
        <source>Feature {fid}: {why}</source>
        <translation>地物 {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="126"/>
        <source>Cancelled: the layer lists the images that arrived</source>
        <translation>キャンセルしました: レイヤには届いた画像が記載されています</translation>
    </message>
    <message>
        <location filename="../../processing_provider/download_images.py" line="129"/>
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
        <location filename="../../processing_provider/download_images.py" line="116"/>
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
        <location filename="../../processing_provider/download_images.py" line="95"/>
        <source>Give the layer of a search (INPUT)</source>
        <translation>検索結果のレイヤ (INPUT) を指定してください</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="149"/>
        <source>{parameter}: {error}</source>
        <translation>{parameter}: {error}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/base.py" line="194"/>
        <source>Cancelled: {reason}</source>
        <translation>キャンセルしました: {reason}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="40"/>
        <source>Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA and Seequent Imago</source>
        <translation>Imagery Hub: Spexi、Mapillary、Mapflow、EOSDA、Seequent Imago</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Progress</name>
    <message>
        <location filename="../../ui/task_progress.py" line="19"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/task_progress.py" line="63"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Providers</name>
    <message>
        <location filename="../../core/sentences.py" line="36"/>
        <source>check the key or token in Imagery Hub settings</source>
        <translation>Imagery Hub の設定でキーまたはトークンを確認してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="37"/>
        <source>{requests}, {duration}</source>
        <translation>{requests}、{duration}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="39"/>
        <source>under a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="43"/>
        <source>draw a smaller area</source>
        <translation>より小さい領域を描いてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="44"/>
        <source>draw a smaller area or search around a point</source>
        <translation>より小さい領域を描くか、点の周りを検索してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="46"/>
        <source>draw a smaller area or narrow the dates</source>
        <translation>より小さい領域を描くか、日付を絞ってください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="48"/>
        <source>narrow the dates</source>
        <translation>日付を絞ってください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="49"/>
        <source>This {service} search needs {cost} — search anyway?</source>
        <translation>この {service} 検索には{cost}が必要です — それでも検索しますか?</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="51"/>
        <source>The area of interest needs {cost} ({service} searches at most {limit} requests): {advice}</source>
        <translation>関心領域には{cost}が必要です ({service} の検索は最大 {limit} リクエストです): {advice}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="53"/>
        <source>The area of interest needs {cost}: {advice}, or set {parameter} to search anyway</source>
        <translation>関心領域には{cost}が必要です: {advice}。それでも検索するには {parameter} を設定してください</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="38"/>
        <source>about %Ln request(s)</source>
        <translation>
            <numerusform>約 %Ln リクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="40"/>
        <source>roughly %Ln minute(s)</source>
        <translation>
            <numerusform>およそ %Ln 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="41"/>
        <source>roughly %Ln hour(s)</source>
        <translation>
            <numerusform>およそ %Ln 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sentences.py" line="42"/>
        <source>roughly %Ln day(s)</source>
        <translation>
            <numerusform>およそ %Ln 日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="55"/>
        <source>The answer from {host} was cut short</source>
        <translation>{host} からの応答が途中で切れました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="56"/>
        <source>The service sent a response that is not valid JSON</source>
        <translation>サービスが有効な JSON ではない応答を送信しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="57"/>
        <source>The service sent an answer over {limit}; at most {limit} of JSON is accepted, so it was refused</source>
        <translation>サービスが {limit} を超える応答を送信しました。JSON は最大 {limit} まで受け付けるため、拒否しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="59"/>
        <source>The service sent a {size} answer; at most {limit} of JSON is accepted, so it was refused</source>
        <translation>サービスが {size} の応答を送信しました。JSON は最大 {limit} まで受け付けるため、拒否しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="61"/>
        <source>The area of interest is empty</source>
        <translation>関心領域が空です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="62"/>
        <source>The area of interest must be in longitude/latitude (EPSG:4326)</source>
        <translation>関心領域は経度/緯度 (EPSG:4326) である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="64"/>
        <source>The area of interest must be a polygon with an area</source>
        <translation>関心領域は面積のあるポリゴンである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="65"/>
        <source>its data does not match its checksum</source>
        <translation>データがチェックサムと一致しません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="66"/>
        <source>it uses a compression method that cannot be read</source>
        <translation>読み取れない圧縮方式が使われています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="68"/>
        <source>it is damaged</source>
        <translation>破損しています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="69"/>
        <source>its data is damaged</source>
        <translation>データが破損しています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="70"/>
        <source>it is encrypted</source>
        <translation>暗号化されています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="71"/>
        <source>choose fewer services</source>
        <translation>サービスの数を減らしてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="72"/>
        <source>The start date is after the end date</source>
        <translation>開始日が終了日より後です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="73"/>
        <source>The start date is after the end date: swap them</source>
        <translation>開始日が終了日より後です。入れ替えてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="74"/>
        <source>Download of {name} incomplete: received {got} bytes</source>
        <translation>{name} のダウンロードが不完全です: {got} バイトを受信しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="76"/>
        <source>Download of {name} is larger than announced ({have} &gt; {total} bytes)</source>
        <translation>{name} のダウンロードが予告されたサイズより大きいです ({have} &gt; {total} バイト)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="78"/>
        <source>{name} in the download folder is a link or not a plain file; nothing was written to it</source>
        <translation>ダウンロードフォルダ内の {name} はリンクか通常のファイルではありません。何も書き込んでいません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="80"/>
        <source>Refused file name {name}: it points outside the download folder</source>
        <translation>ファイル名 {name} を拒否しました: ダウンロードフォルダの外を指しています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="82"/>
        <source>A level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="83"/>
        <source>A threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="84"/>
        <source>The world-file archive from EOSDA holds {names}; expected an image and its world file</source>
        <translation>EOSDA から届いたワールドファイルのアーカイブには {names} が含まれています。画像とそのワールドファイルが必要です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="86"/>
        <source>The archive from EOSDA unpacks to more than 2 GB; refused</source>
        <translation>EOSDA からのアーカイブは展開すると 2 GB を超えます。拒否しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="88"/>
        <source>The zip archive EOSDA sent cannot be unpacked: {why}</source>
        <translation>EOSDA から届いた zip アーカイブを展開できません: {why}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="90"/>
        <source>The band combination {expression} may only use band names, numbers, + - * / ( ) and commas</source>
        <translation>バンドの組み合わせ {expression} に使えるのはバンド名、数値、+ - * / ( ) とカンマだけです</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="92"/>
        <source>The band combination (bm_type) is empty: pick a preset or type an expression</source>
        <translation>バンドの組み合わせ (bm_type) が空です: プリセットを選ぶか式を入力してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="94"/>
        <source>The band combination {expression} has an empty part between commas</source>
        <translation>バンドの組み合わせ {expression} のカンマの間に空の部分があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="96"/>
        <source>The band combination {expression} has unbalanced parentheses</source>
        <translation>バンドの組み合わせ {expression} の括弧が対応していません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="98"/>
        <source>calibrate must be 0 or 1, not {value}</source>
        <translation>calibrate は 0 か 1 である必要があります ({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="99"/>
        <source>Cloud cover limits must be numbers (0–100 %)</source>
        <translation>雲量の範囲は数値である必要があります (0–100 %)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="100"/>
        <source>Cloud cover limits must satisfy 0 ≤ from ≤ to ≤ 100 %</source>
        <translation>雲量の範囲は 0 ≤ 下限 ≤ 上限 ≤ 100 % を満たす必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="102"/>
        <source>{colormap} is not a colormap id</source>
        <translation>{colormap} はカラーマップ ID ではありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="103"/>
        <source>Use either a colormap or range colours, not both</source>
        <translation>カラーマップと範囲ごとの色のどちらか一方を使ってください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="105"/>
        <source>colors_limit must be a whole number of 2 or more colours</source>
        <translation>colors_limit は 2 色以上の整数である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="107"/>
        <source>Colours are written #rrggbb; {colour} is not</source>
        <translation>色は #rrggbb の形式で書きます。{colour} は違います</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="108"/>
        <source>{thresholds} thresholds make {ranges} ranges: give {ranges} colours (now {colours})</source>
        <translation>{thresholds} 個のしきい値で {ranges} 個の範囲になります: 色を {ranges} 個指定してください (現在 {colours} 個)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="110"/>
        <source>The area of interest polygon needs at least three corners</source>
        <translation>関心領域のポリゴンには少なくとも 3 つの頂点が必要です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="112"/>
        <source>Unknown dataset {dataset}: use one of {datasets}</source>
        <translation>不明なデータセット {dataset}: {datasets} のいずれかを使ってください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="113"/>
        <source>{name} must be a date (YYYY-MM-DD), not {value}</source>
        <translation>{name} は日付 (YYYY-MM-DD) である必要があります ({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="114"/>
        <source>The start date {start} is after the end date {end}</source>
        <translation>開始日 {start} が終了日 {end} より後です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="116"/>
        <source>Downloading the rendered image</source>
        <translation>レンダリングした画像をダウンロードしています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="172"/>
        <source>{what} must be a finite number</source>
        <translation>「{what}」は有限の数値である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="118"/>
        <source>A {pixel} m pixel gives a {width} × {height} px image; the largest side may be {limit} px: choose a larger pixel size or a smaller area</source>
        <translation>{pixel} m のピクセルでは {width} × {height} px の画像になります。長辺は最大 {limit} px です: ピクセルサイズを大きくするか領域を小さくしてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="121"/>
        <source>levels are two numbers: low,high</source>
        <translation>levels は 2 つの数値です: 下限,上限</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="122"/>
        <source>The low level ({low}) must be below the high level ({high})</source>
        <translation>下限レベル ({low}) は上限レベル ({high}) より小さくする必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="124"/>
        <source>limit must be 1 to 500 scenes per page</source>
        <translation>limit は 1 ページあたり 1～500 シーンである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="125"/>
        <source>An EOSDA API key is needed: add it in Imagery Hub settings</source>
        <translation>EOSDA の API キーが必要です: Imagery Hub の設定で追加してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="127"/>
        <source>EOSDA sent no preview for this scene</source>
        <translation>EOSDA はこのシーンのプレビューを送ってきませんでした</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="128"/>
        <source>EOSDA did not return a task id</source>
        <translation>EOSDA がタスク ID を返しませんでした</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="190"/>
        <source>{what} must be a number, not {value}</source>
        <translation>「{what}」は数値である必要があります ({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="130"/>
        <source>{name} must be one of {allowed}, not {value}</source>
        <translation>{name} は {allowed} のいずれかである必要があります ({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="131"/>
        <source>Download visual takes one Polygon, not {kind}: use a single-part area of interest</source>
        <translation>Download visual が受け付けるのは 1 つのポリゴンで、{kind} ではありません: シングルパートの関心領域を使ってください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="133"/>
        <source>pansharpening must be true or false</source>
        <translation>pansharpening は true か false である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="134"/>
        <source>Pick a scene first (view_id is empty)</source>
        <translation>先にシーンを選んでください (view_id が空です)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="135"/>
        <source>The pixel size must be more than 0 m</source>
        <translation>ピクセルサイズは 0 m より大きくする必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="136"/>
        <source>Search needs a polygon area of interest</source>
        <translation>検索にはポリゴンの関心領域が必要です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="137"/>
        <source>The scene preview is larger than a preview should be</source>
        <translation>シーンのプレビューがプレビューとしては大きすぎます</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="139"/>
        <source>Range colourisation needs both colours and thresholds</source>
        <translation>範囲による着色には色としきい値の両方が必要です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="141"/>
        <source>The render failed: {reason}</source>
        <translation>レンダリングに失敗しました: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="142"/>
        <source>The render failed: no reason given</source>
        <translation>レンダリングに失敗しました: 理由は示されていません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="143"/>
        <source>EOSDA did not finish the render within {seconds} s (task_timeout); try again later</source>
        <translation>EOSDA は {seconds} 秒 (task_timeout) 以内にレンダリングを終えませんでした。後でもう一度試してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="145"/>
        <source>EOSDA is rendering ({status}, check {check})</source>
        <translation>EOSDA がレンダリング中です ({status}、確認 {check} 回目)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="146"/>
        <source>shapeRelation must be one of {relations}</source>
        <translation>shapeRelation は {relations} のいずれかである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="147"/>
        <source>Sort by one of {fields}, asc or desc</source>
        <translation>{fields} のいずれかで asc または desc に並べ替えてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="148"/>
        <source>EOSDA sent a task status that is not valid JSON</source>
        <translation>EOSDA が有効な JSON ではないタスク状態を送信しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="150"/>
        <source>The pixel size</source>
        <translation>ピクセルサイズ</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="151"/>
        <source>Give at least one threshold for range colours</source>
        <translation>範囲ごとの色には少なくとも 1 つのしきい値を指定してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="152"/>
        <source>Thresholds must increase from left to right</source>
        <translation>しきい値は左から右へ増加する必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="153"/>
        <source>EOSDA sent an unknown kind of file where {expected} was expected</source>
        <translation>EOSDA が {expected} の代わりに不明な種類のファイルを送信しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="155"/>
        <source>EOSDA sent {kind} where {expected} was expected</source>
        <translation>EOSDA が {expected} の代わりに {kind} を送信しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="156"/>
        <source>{host} redirected a request with a body to {target}; it was not sent there</source>
        <translation>{host} が本文付きのリクエストを {target} へリダイレクトしました。そこへは送信していません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="158"/>
        <source>{host} redirected more than {count} times; the request was stopped</source>
        <translation>{host} が {count} 回を超えてリダイレクトしました。リクエストを停止しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="160"/>
        <source>Give both x and y</source>
        <translation>x と y の両方を指定してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="161"/>
        <source>Choose the collection</source>
        <translation>コレクションを選んでください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="162"/>
        <source>Choose the image type</source>
        <translation>画像タイプを選んでください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="163"/>
        <source>Choose the imagery type</source>
        <translation>イメージャリタイプを選んでください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="164"/>
        <source>The end depth ({end}) is above the start depth ({start})</source>
        <translation>終了深度 ({end}) が開始深度 ({start}) より上にあります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="166"/>
        <source>elevation</source>
        <translation>標高</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="167"/>
        <source>An elevation needs x and y</source>
        <translation>標高には x と y が必要です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="168"/>
        <source>end depth</source>
        <translation>終了深度</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="169"/>
        <source>An end depth needs a start depth</source>
        <translation>終了深度には開始深度が必要です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="170"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="171"/>
        <source>{name}: cannot be read ({why})</source>
        <translation>{name}: 読み取れません ({why})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="173"/>
        <source>baseline JPEG, {width} × {height} px</source>
        <translation>ベースライン JPEG、{width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="174"/>
        <source>the file ends inside its header</source>
        <translation>ファイルがヘッダーの途中で終わっています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="175"/>
        <source>{format}, {width} × {height} px</source>
        <translation>{format}、{width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="176"/>
        <source>JPEG without a frame header</source>
        <translation>フレームヘッダーのない JPEG</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="177"/>
        <source>JPEG markers are out of order</source>
        <translation>JPEG マーカーの順序が正しくありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="178"/>
        <source>JPEG segment with an impossible length</source>
        <translation>あり得ない長さの JPEG セグメント</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="179"/>
        <source>not a PNG, JPEG or TIFF image</source>
        <translation>PNG、JPEG、TIFF のいずれの画像でもありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="180"/>
        <source>PNG without an IHDR header</source>
        <translation>IHDR ヘッダーのない PNG</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="181"/>
        <source>progressive JPEG, {width} × {height} px</source>
        <translation>プログレッシブ JPEG、{width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="182"/>
        <source>TIFF without image width and length</source>
        <translation>画像の幅と長さのない TIFF</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="183"/>
        <source>The height must be a whole number of pixels from 1 to {limit}</source>
        <translation>高さは 1～{limit} の整数ピクセルである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="185"/>
        <source>Name the imagery: by its name, its depth interval or its id</source>
        <translation>イメージャリを指定してください: 名前、深度区間、ID のいずれかで</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="187"/>
        <source>Imago needs a username and password, or an API token</source>
        <translation>Imago にはユーザー名とパスワード、または API トークンが必要です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="189"/>
        <source>Imago signed in without giving a session token</source>
        <translation>Imago はセッショントークンを返さずにサインインしました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="191"/>
        <source>Name the imagery one way only, not by {ways}</source>
        <translation>イメージャリの指定方法は 1 つだけにしてください ({ways} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="192"/>
        <source>{image} is {megapixels} megapixels; Imago takes progressive JPEG up to 500 megapixels (save it as baseline JPEG or PNG)</source>
        <translation>{image} は {megapixels} メガピクセルです。Imago が受け付けるプログレッシブ JPEG は 500 メガピクセルまでです (ベースライン JPEG か PNG で保存してください)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="195"/>
        <source>{image}: the image declares no pixels</source>
        <translation>{image}: 画像にピクセルが宣言されていません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="196"/>
        <source>{image} is larger than Imago's limit of 65,500 × 65,500 px</source>
        <translation>{image} は Imago の上限 65,500 × 65,500 px を超えています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="198"/>
        <source>{format} ({mime}) is not accepted; Imago takes {names}</source>
        <translation>{format} ({mime}) は受け付けられません。Imago が受け付けるのは {names} です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="200"/>
        <source>Signing in needs a username and password</source>
        <translation>サインインにはユーザー名とパスワードが必要です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="201"/>
        <source>start depth</source>
        <translation>開始深度</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="202"/>
        <source>The Imago account holds more than {limit} collections: search it from the Imago tab</source>
        <translation>Imago アカウントのコレクションが {limit} を超えています: Imago タブから検索してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="204"/>
        <source>Imago accepted the upload but did not say which image it made</source>
        <translation>Imago はアップロードを受け付けましたが、作成した画像を示しませんでした</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="206"/>
        <source>Say where the image belongs: an imagery name, a depth or a location</source>
        <translation>画像の置き場所を指定してください: イメージャリ名、深度、位置のいずれか</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="208"/>
        <source>The width must be a whole number of pixels from 1 to {limit}</source>
        <translation>幅は 1～{limit} の整数ピクセルである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="210"/>
        <source>cell {cell} of {cells}, {images} images</source>
        <translation>セル {cell}/{cells}、画像 {images} 枚</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="211"/>
        <source>{done} of {total} cells, {images} images</source>
        <translation>セル {done}/{total}、画像 {images} 枚</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="212"/>
        <source>{images} images</source>
        <translation>画像 {images} 枚</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="213"/>
        <source>{count} of {total} images</source>
        <translation>画像 {count}/{total} 枚</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="214"/>
        <source>{collections} collections, {placed} imagery placed</source>
        <translation>コレクション {collections} 個、配置済みイメージャリ {placed} 件</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="215"/>
        <source>{count} of {found} scenes</source>
        <translation>{found} シーン中 {count}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="216"/>
        <source>The area is {area} but only {left} remain on the Mapflow account: draw a smaller area</source>
        <translation>領域は {area} ですが、Mapflow アカウントの残りは {left} だけです: より小さい領域を描いてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="218"/>
        <source>The catalog searches an area: draw a polygon or rectangle</source>
        <translation>カタログは領域で検索します: ポリゴンか矩形を描いてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="220"/>
        <source>A catalog image needs its provider and image id</source>
        <translation>カタログ画像にはプロバイダーと画像 ID が必要です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="222"/>
        <source>The processing costs {cost} credits but only {left} remain on the Mapflow account</source>
        <translation>処理には {cost} クレジットかかりますが、Mapflow アカウントの残りは {left} だけです</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="224"/>
        <source>{name} is empty</source>
        <translation>{name} は空です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="235"/>
        <source>The image name cannot be empty</source>
        <translation>画像名を空にすることはできません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="236"/>
        <source>The image name is longer than 255 characters</source>
        <translation>画像名が 255 文字を超えています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="238"/>
        <source>A linked image is named by its s3:// URL</source>
        <translation>リンクした画像はその s3:// URL で指定します</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="239"/>
        <source>The mosaic name cannot be empty</source>
        <translation>モザイク名を空にすることはできません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="240"/>
        <source>The mosaic name is longer than 255 characters</source>
        <translation>モザイク名が 255 文字を超えています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="242"/>
        <source>The name cannot be empty</source>
        <translation>名前を空にすることはできません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="243"/>
        <source>The name is longer than 255 characters</source>
        <translation>名前が 255 文字を超えています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="244"/>
        <source>Mapflow sent no download link for the image</source>
        <translation>Mapflow は画像のダウンロードリンクを送信しませんでした</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="246"/>
        <source>{name} does not exist or is not a file</source>
        <translation>{name} は存在しないかファイルではありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="247"/>
        <source>The Mapflow catalog sent no list of images</source>
        <translation>Mapflow カタログが画像の一覧を送信しませんでした</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="248"/>
        <source>Mapflow did not say which mosaic it made</source>
        <translation>Mapflow は作成したモザイクを示しませんでした</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="250"/>
        <source>This image has no picture preview</source>
        <translation>この画像には画像のプレビューがありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="251"/>
        <source>A Mapflow API token is needed: add it in Imagery Hub settings</source>
        <translation>Mapflow の API トークンが必要です: Imagery Hub の設定で追加してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="253"/>
        <source>{name} is not a GeoTIFF: Mapflow takes GeoTIFF images only</source>
        <translation>{name} は GeoTIFF ではありません: Mapflow が受け付けるのは GeoTIFF 画像だけです</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="255"/>
        <source>Pick a model</source>
        <translation>モデルを選んでください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="256"/>
        <source>Pick a mosaic first</source>
        <translation>先にモザイクを選んでください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="257"/>
        <source>Pick an imagery provider</source>
        <translation>画像プロバイダーを選んでください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="262"/>
        <source>A polygon of the area is {area}, more than the {limit} Mapflow accepts per area: draw a smaller one</source>
        <translation>領域のポリゴンの 1 つが {area} で、Mapflow が 1 領域あたりに受け付ける {limit} を超えています: より小さく描いてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="265"/>
        <source>The preview link is not an http(s) URL</source>
        <translation>プレビューのリンクが http(s) URL ではありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="266"/>
        <source>Preview size is s or l, not {size}</source>
        <translation>プレビューのサイズは s か l です ({size} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="267"/>
        <source>The area of a processing must be a polygon or several polygons</source>
        <translation>処理の領域は 1 つ以上のポリゴンである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="269"/>
        <source>Give the processing a name</source>
        <translation>処理に名前を付けてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="270"/>
        <source>Processing {id} did not end within {minutes} minutes; it goes on in Mapflow</source>
        <translation>処理 {id} は {minutes} 分以内に終わりませんでした。Mapflow で続行しています</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="272"/>
        <source>Give the project a name</source>
        <translation>プロジェクトに名前を付けてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="273"/>
        <source>The area is {area} km² but Mapflow searches at most {limit} km² (the account's limit per area): draw a smaller one</source>
        <translation>領域は {area} km² ですが、Mapflow が検索できるのは最大 {limit} km² (アカウントの 1 領域あたりの上限) です: より小さく描いてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="276"/>
        <source>Mapflow storage has {free} free ({usage}) but the upload is {size}: delete images or mosaics first</source>
        <translation>Mapflow のストレージの空きは {free} ({usage}) ですが、アップロードは {size} です: 先に画像かモザイクを削除してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="281"/>
        <source>The imagery URL must start with http:// or https://</source>
        <translation>イメージャリの URL は http:// か https:// で始まる必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="283"/>
        <source>Enter the URL of the imagery tiles</source>
        <translation>イメージャリのタイルの URL を入力してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="284"/>
        <source>The area has {count} polygons but Mapflow takes at most {limit} per processing: select fewer features</source>
        <translation>領域には {count} 個のポリゴンがありますが、Mapflow が 1 回の処理で受け付けるのは最大 {limit} 個です: 選択する地物を減らしてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="287"/>
        <source>Mapflow accepted the upload but did not say which image it made</source>
        <translation>Mapflow はアップロードを受け付けましたが、作成した画像を示しませんでした</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="289"/>
        <source>Mapflow accepted the upload but sent no URL for it</source>
        <translation>Mapflow はアップロードを受け付けましたが、その URL を送信しませんでした</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="291"/>
        <source>An uploaded image is referenced by the s3:// URL the upload returned</source>
        <translation>アップロードした画像は、アップロードで返された s3:// URL で指定します</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="293"/>
        <source>Zoom must be a whole number from 0 to 22, not {zoom}</source>
        <translation>ズームは 0～22 の整数である必要があります ({zoom} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="294"/>
        <source>The Mapillary bbox limit must be a positive number of degrees</source>
        <translation>Mapillary の bbox の上限は正の度数である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="296"/>
        <source>Drag a rectangle on the image to choose what to blur</source>
        <translation>画像上で矩形をドラッグして、ぼかす部分を選んでください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="298"/>
        <source>A blur rectangle must lie inside the image</source>
        <translation>ぼかしの矩形は画像の内側にある必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="299"/>
        <source>The blur rectangle is too small: drag a larger one</source>
        <translation>ぼかしの矩形が小さすぎます: もっと大きくドラッグしてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="301"/>
        <source>Write a comment first</source>
        <translation>先にコメントを書いてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="302"/>
        <source>Not an image key: {key}</source>
        <translation>画像キーではありません: {key}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="303"/>
        <source>The Mapillary limit per request is 1 to {limit}</source>
        <translation>Mapillary のリクエストあたりの上限は 1～{limit} です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="304"/>
        <source>A Mapillary v2 client id is needed: add it in Imagery Hub settings</source>
        <translation>Mapillary v2 のクライアント ID が必要です: Imagery Hub の設定で追加してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="306"/>
        <source>Mapillary has no {size} image for {id}</source>
        <translation>Mapillary には {id} の {size} 画像がありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="307"/>
        <source>Mapillary did not give the size of image {id}</source>
        <translation>Mapillary は画像 {id} のサイズを示しませんでした</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="308"/>
        <source>A Mapillary access token is needed: add it in Imagery Hub settings</source>
        <translation>Mapillary のアクセストークンが必要です: Imagery Hub の設定で追加してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="310"/>
        <source>Posting to Mapillary v2 needs a user token: add it in Imagery Hub settings</source>
        <translation>Mapillary v2 への投稿にはユーザートークンが必要です: Imagery Hub の設定で追加してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="312"/>
        <source>Not a date: {value}</source>
        <translation>日付ではありません: {value}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="313"/>
        <source>Say why the image should be reported</source>
        <translation>画像を報告する理由を書いてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="314"/>
        <source>Unknown thumbnail size {size}: one of {sizes}</source>
        <translation>不明なサムネイルサイズ {size}: {sizes} のいずれかです</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="316"/>
        <source>A Mapillary username has no spaces or commas</source>
        <translation>Mapillary のユーザー名には空白もカンマも含まれません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="337"/>
        <source>The preview is larger than a preview should be</source>
        <translation>プレビューがプレビューとしては大きすぎます</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="338"/>
        <source>bbox must be (min lon, min lat, max lon, max lat)</source>
        <translation>bbox は (最小経度, 最小緯度, 最大経度, 最大緯度) である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="339"/>
        <source>bbox {bbox} has no width or height at 6 decimals (about 0.1 m): min must be below max; draw a larger box</source>
        <translation>bbox {bbox} は小数点以下 6 桁 (約 0.1 m) で幅か高さがありません: 最小値は最大値より小さくする必要があります。より大きい矩形を描いてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="342"/>
        <source>bbox must be (min lon, min lat, max lon, max lat) in EPSG:4326</source>
        <translation>bbox は EPSG:4326 の (最小経度, 最小緯度, 最大経度, 最大緯度) である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="344"/>
        <source>capture_type {wrong} is not one of {types}</source>
        <translation>capture_type {wrong} は {types} のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="345"/>
        <source>choose at least one capture type: {types}</source>
        <translation>撮影タイプを少なくとも 1 つ選んでください: {types}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="346"/>
        <source>captured_at {value} is not a date: write it as 2023-01-01, 2023-01-01T12:00:00Z or Jan 1, 2023</source>
        <translation>captured_at {value} は日付ではありません: 2023-01-01、2023-01-01T12:00:00Z、Jan 1, 2023 のように書いてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="348"/>
        <source>captured_at must be one date or a (start, end) pair</source>
        <translation>captured_at は 1 つの日付か (開始, 終了) の組である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="349"/>
        <source>captured_at {text} would not be read as a range</source>
        <translation>captured_at {text} は期間として読み取られません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="350"/>
        <source>captured_at {date} is before {year}: check the year</source>
        <translation>captured_at {date} は {year} 年より前です: 年を確認してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="351"/>
        <source>captured_at starts ({start}) after it ends ({end})</source>
        <translation>captured_at の開始 ({start}) が終了 ({end}) より後です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="353"/>
        <source>focused must be True or False</source>
        <translation>focused は True か False である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="354"/>
        <source>polygon is not valid (it crosses itself): draw it again</source>
        <translation>ポリゴンが無効です (自己交差しています): 描き直してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="356"/>
        <source>limit must be a whole number from 1 to {limit}, not {value}</source>
        <translation>limit は 1～{limit} の整数である必要があります ({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="358"/>
        <source>A Spexi API key is needed: add it in Imagery Hub settings</source>
        <translation>Spexi の API キーが必要です: Imagery Hub の設定で追加してください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="360"/>
        <source>Spexi image {id} has no {variant} link</source>
        <translation>Spexi 画像 {id} には {variant} のリンクがありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="361"/>
        <source>Spexi answered a search with something other than a FeatureCollection</source>
        <translation>Spexi が検索に FeatureCollection 以外で応答しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="363"/>
        <source>{parameter} must be a number, not {value}</source>
        <translation>{parameter} は数値である必要があります ({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="364"/>
        <source>polygon must be one polygon, not {kind}: split multi-part areas (search_area does it)</source>
        <translation>polygon は 1 つのポリゴンである必要があり、{kind} ではいけません: マルチパートの領域は分割してください (search_area が行います)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="366"/>
        <source>{parameter} {value} is outside {interval}</source>
        <translation>{parameter} {value} は {interval} の範囲外です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="367"/>
        <source>p must be (longitude, latitude) or (longitude, latitude, radius in metres)</source>
        <translation>p は (経度, 緯度) か (経度, 緯度, メートル単位の半径) である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="369"/>
        <source>p {lon}, {lat} is not a longitude/latitude: use EPSG:4326 coordinates</source>
        <translation>p {lon}, {lat} は経度/緯度ではありません: EPSG:4326 の座標を使ってください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="371"/>
        <source>polygon's bounding box is {area} km², more than the {limit} km² Spexi accepts: search a smaller area (search_area splits larger ones)</source>
        <translation>ポリゴンの外接矩形は {area} km² で、Spexi が受け付ける {limit} km² を超えています: より小さい領域を検索してください (search_area は大きな領域を分割します)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="374"/>
        <source>polygon must be in longitude/latitude (EPSG:4326)</source>
        <translation>polygon は経度/緯度 (EPSG:4326) である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="376"/>
        <source>p radius cannot be negative</source>
        <translation>p の半径を負にすることはできません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="377"/>
        <source>{parameter} must be one value or a (minimum, maximum) pair</source>
        <translation>{parameter} は 1 つの値か (最小, 最大) の組である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="379"/>
        <source>{parameter} range minimum {low} is above its maximum {high}</source>
        <translation>{parameter} の範囲の最小値 {low} が最大値 {high} より大きいです</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="381"/>
        <source>polygon could not be shortened for the URL: draw it with fewer vertices</source>
        <translation>URL 用にポリゴンを短縮できませんでした: 頂点を減らして描いてください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="383"/>
        <source>Unknown Spexi image variant {variant}: use original or zoomed</source>
        <translation>不明な Spexi 画像のバリアント {variant}: original か zoomed を使ってください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="385"/>
        <source>A Spexi search needs a point (p), a bbox or a polygon</source>
        <translation>Spexi の検索には点 (p)、bbox、ポリゴンのいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="386"/>
        <source>{parameter} is not valid WKT</source>
        <translation>{parameter} は有効な WKT ではありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="387"/>
        <source>{host} did not finish within {minutes} minutes (the download deadline); the download of {name} was stopped</source>
        <translation>{host} は {minutes} 分 (ダウンロードの期限) 以内に終わりませんでした。ダウンロードを停止しました ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="390"/>
        <source>{host} sent nothing for {seconds} s; the download of {name} was stopped</source>
        <translation>{host} は {seconds} 秒間何も送信しませんでした。ダウンロードを停止しました ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="392"/>
        <source>{host} sent less than {speed} for {window}; the download of {name} was stopped</source>
        <translation>{host} の送信は {window} の間 {speed} 未満でした。ダウンロードを停止しました ({name})</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="394"/>
        <source>the answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="395"/>
        <source>the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="396"/>
        <source>{what} {origin} is plain http: keys would travel unencrypted, so only https:// is accepted (http only on this machine: localhost, 127.0.0.1)</source>
        <translation>{what} {origin} は暗号化されていない http です: キーが暗号化されずに送られるため、https:// のみ受け付けます (http はこのコンピュータ上のみ: localhost、127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="399"/>
        <source>{what} must start with http:// or https:// and name a host: {url}</source>
        <translation>{what} は http:// か https:// で始まり、ホストを示す必要があります: {url}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="249"/>
        <source>Mapflow sent no page of {what}</source>
        <translation>Mapflow は{what}の一覧のページを送信しませんでした</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="317"/>
        <source>Not a readable vector tile: {detail}</source>
        <translation>読み取れないベクタタイルです: {detail}</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="321"/>
        <source>catalog results</source>
        <translation>カタログの結果</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="322"/>
        <source>images of a cell</source>
        <translation>セルの画像</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="323"/>
        <source>collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="324"/>
        <source>imagery</source>
        <translation>イメージャリ</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="325"/>
        <source>processings</source>
        <translation>処理</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="326"/>
        <source>projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="327"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service sent a link to a page it had already sent</source>
        <translation>{what}の一覧を {pages} ページで停止しました (不完全な可能性があります): サービスが送信済みのページへのリンクを送ってきました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="330"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service sent the same items again</source>
        <translation>{what}の一覧を {pages} ページで停止しました (不完全な可能性があります): サービスが同じ項目を再び送ってきました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="333"/>
        <source>search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="334"/>
        <source>Stopped the {what} after {pages} pages, which may be incomplete: the service kept sending pages past {limit}</source>
        <translation>{what}の一覧を {pages} ページで停止しました (不完全な可能性があります): サービスが {limit} ページを超えてもページを送り続けました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="225"/>
        <source>AOI intersection</source>
        <translation>領域との重なり</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="226"/>
        <source>The {name} must be from 0 to {top} {unit}, not {value}</source>
        <translation>「{name}」は 0～{top} {unit} である必要があります ({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="228"/>
        <source>cloud cover</source>
        <translation>雲量</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="229"/>
        <source>off-nadir angle</source>
        <translation>オフナディア角</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="230"/>
        <source>The {name} must be 0 or more {unit}, not {value}</source>
        <translation>「{name}」は 0 {unit} 以上である必要があります ({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="232"/>
        <source>resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="233"/>
        <source>The smallest {name} ({low} {unit}) is above the largest ({high} {unit})</source>
        <translation>「{name}」: 最小値 ({low} {unit}) が最大値 ({high} {unit}) より大きいです</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="258"/>
        <source>A {kind} URL needs the placeholders {placeholders}; {missing} is missing</source>
        <translation>{kind} の URL にはプレースホルダー {placeholders} が必要です。{missing} がありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="260"/>
        <source>A {kind} URL needs the placeholders {placeholders}; {missing} are missing</source>
        <translation>{kind} の URL にはプレースホルダー {placeholders} が必要です。{missing} がありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="279"/>
        <source>Unknown tile source type {kind}: use XYZ, TMS or Quadkey</source>
        <translation>不明なタイルソースの種類 {kind}: XYZ、TMS、Quadkey のいずれかを使ってください</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="318"/>
        <source>Request to {host} failed</source>
        <translation>{host} へのリクエストが失敗しました</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="319"/>
        <source>No answer from {host} in time</source>
        <translation>{host} から時間内に応答がありません</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="320"/>
        <source>Could not reach {host}</source>
        <translation>{host} に接続できません</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Registry</name>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 client id</source>
        <translation>v2 クライアント ID</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 user token</source>
        <translation>v2 ユーザートークン</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Password or API token</source>
        <translation>パスワードまたは API トークン</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>API URL</source>
        <translation>API の URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Graph API URL</source>
        <translation>Graph API の URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Tiles URL</source>
        <translation>タイルの URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>v2 API URL</source>
        <translation>v2 API の URL</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Create a key in Spexi World (world.spexi.com): Settings → API Keys.</source>
        <translation>Spexi World (world.spexi.com) でキーを作成します: Settings → API Keys。</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Register an app at mapillary.com/dashboard/developers for its client token.</source>
        <translation>mapillary.com/dashboard/developers でアプリを登録し、そのクライアントトークンを取得します。</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Copy the API token from app.mapflow.ai/account/api.</source>
        <translation>app.mapflow.ai/account/api から API トークンをコピーします。</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Find the API key in your EOSDA API Connect account (api-connect.eos.com).</source>
        <translation>API キーは EOSDA API Connect のアカウント (api-connect.eos.com) にあります。</translation>
    </message>
    <message>
        <location filename="../../core/sentences.py" line="406"/>
        <source>Use a Seequent service account (ask for one through MySeequent support).</source>
        <translation>Seequent のサービスアカウントを使います (MySeequent サポートに依頼してください)。</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Settings</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Default: {url}</source>
        <translation>既定値: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>Imagery Hub: testing {service}</source>
        <translation>Imagery Hub: {service} をテスト中</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Imagery Hub Settings</source>
        <translation>Imagery Hub の設定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Where result GeoPackages go while the project is unsaved; a saved project keeps them in an imagery_hub folder beside it</source>
        <translation>プロジェクトが未保存の間、結果の GeoPackage を置く場所。保存したプロジェクトでは、その横の imagery_hub フォルダに置きます</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Download folder</source>
        <translation>ダウンロードフォルダ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Workspace folder</source>
        <translation>作業フォルダ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Parallel transfers</source>
        <translation>同時転送数</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Spexi</name>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Heading from (°)</source>
        <translation>方位 (開始) (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Heading to (°)</source>
        <translation>方位 (終了) (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Altitude from (m)</source>
        <translation>高度 (開始) (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>Altitude to (m)</source>
        <translation>高度 (終了) (m)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>Lowest pitch (°)</source>
        <translation>最小ピッチ (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>Highest pitch (°)</source>
        <translation>最大ピッチ (°)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="51"/>
        <source>Captured from</source>
        <translation>撮影開始日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="53"/>
        <source>Captured until</source>
        <translation>撮影終了日</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="93"/>
        <source>Camera pitch</source>
        <translation>カメラのピッチ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="108"/>
        <source>Capture types</source>
        <translation>撮影タイプ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="115"/>
        <source>Focused on the area</source>
        <translation>領域に焦点を合わせる</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Maximum images</source>
        <translation>最大画像数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="126"/>
        <source>Spexi footprints</source>
        <translation>Spexi のフットプリント</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="130"/>
        <source>Spexi camera positions</source>
        <translation>Spexi のカメラ位置</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="134"/>
        <source>Images found</source>
        <translation>見つかった画像</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="136"/>
        <source>Cells searched</source>
        <translation>検索したセル</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="224"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="228"/>
        <source>Spexi views</source>
        <translation>Spexi のビュー</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="232"/>
        <source>Views found</source>
        <translation>見つかったビュー</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>The camera's compass direction, 0° north, 90° east. Give HEADING_MIN and HEADING_MAX together. Empty: any.</source>
        <translation>カメラの方位角。0° が北、90° が東。HEADING_MIN と HEADING_MAX を一緒に指定してください。空欄: 任意。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="34"/>
        <source>The drone&apos;s height above the ground. Give ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.</source>
        <translation>地面からのドローンの高さ。ALTITUDE_MIN と ALTITUDE_MAX を一緒に指定してください。空欄: 任意。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>With PITCH range: the lowest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>PITCH が range の場合: カメラの最小ピッチ。−135° から 45° (−90° は真下を向きます)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="42"/>
        <source>With PITCH range: the highest camera pitch, −135° to 45° (−90° looks straight down).</source>
        <translation>PITCH が range の場合: カメラの最大ピッチ。−135° から 45° (−90° は真下を向きます)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="51"/>
        <source>First capture day (UTC, included). Empty: no limit.</source>
        <translation>撮影の最初の日 (UTC、この日を含む)。空欄: 制限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="53"/>
        <source>Last capture day (UTC, included). Empty: today when DATE_FROM is given, else no limit.</source>
        <translation>撮影の最後の日 (UTC、この日を含む)。空欄: DATE_FROM を指定した場合は今日、それ以外は制限なし。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="62"/>
        <source>Give DATE_FROM as well: the first day of the captures</source>
        <translation>DATE_FROM も指定してください: 撮影の最初の日です</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="78"/>
        <source>
&lt;p&gt;Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that &lt;i&gt;Download images&lt;/i&gt; fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Spexi タブのフィルタ (カメラのピッチ、方位、高度、撮影日と撮影タイプ) で、ある領域の Spexi ドローン画像を探し、2 つのレイヤを書き出します: フットプリント (各画像が写す範囲) とカメラ位置で、画像 ID、ランク、撮影タイプと時刻、方位、ピッチ、ロール、高度、距離、オリジナル画像とズーム画像のリンク、&lt;i&gt;画像のダウンロード&lt;/i&gt; が埋める空の local_path を含みます。Spexi の 1 km² の制限を超える領域はセルごとに検索して統合し、各画像は 1 回だけ含めます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="92"/>
        <source>to search (any size: over 1 km² it is searched cell by cell)</source>
        <translation>検索する (任意のサイズ: 1 km² を超える場合はセルごとに検索します)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="93"/>
        <source>any; nadir (−90°, straight down); oblique (−60°); or range, from PITCH_MIN to PITCH_MAX.</source>
        <translation>any、nadir (−90°、真下)、oblique (−60°)、または PITCH_MIN から PITCH_MAX までの range。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="108"/>
        <source>orthomosaic (nadir mapping images), oblique (tilted views of building sides), panorama (near-horizontal views from higher up). Default: all three.</source>
        <translation>orthomosaic (直下視の地図作成用画像)、oblique (建物側面の斜め視)、panorama (より高い位置からのほぼ水平な視点)。既定: 3 つすべて。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="115"/>
        <source>Spexi leaves out images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Unchecked: every intersecting image.</source>
        <translation>Spexi は領域がフレームの端にある画像を除外し、残りを領域がどれだけ目立つかで順位付けします。チェックなし: 交差するすべての画像。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="120"/>
        <source>Stop after this many images (default {count}, as in the tab).</source>
        <translation>この枚数で停止します (既定値 {count}、タブと同じ)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="126"/>
        <source>What each image shows, as polygons in WGS 84, with the fields listed above.</source>
        <translation>各画像が写す範囲。WGS 84 のポリゴンで、上に挙げたフィールドを含みます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="130"/>
        <source>Where each image was taken from, as points in WGS 84, with the same fields.</source>
        <translation>各画像の撮影位置。WGS 84 のポイントで、同じフィールドを含みます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="134"/>
        <source>How many images were written.</source>
        <translation>書き込んだ画像の数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="136"/>
        <source>How many pieces of under 1 km² the area was searched in.</source>
        <translation>領域を 1 km² 未満のいくつの部分に分けて検索したか。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="148"/>
        <source>PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)</source>
        <translation>PITCH_MIN と PITCH_MAX は PITCH range と一緒に使います (range にはこれらが必要です)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="192"/>
        <source>Searching Spexi over {area}</source>
        <translation>{area} で Spexi を検索中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="194"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="214"/>
        <source>
&lt;p&gt;Asks Spexi for the best images of one place, as the Spexi tab&apos;s multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in &lt;code&gt;view&lt;/code&gt; and the Spexi result fields, so
&lt;i&gt;Download images&lt;/i&gt; takes them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Spexi タブのマルチビューツールと同じように、1 つの場所の最適な画像を Spexi に問い合わせます: 上からの直下視と、北、東、南、西を向いた斜め視です (Spexi に画像がないビューは欠けます)。フットプリントには写しているビューが &lt;code&gt;view&lt;/code&gt; に入り、Spexi の結果フィールドも付くので、&lt;i&gt;画像のダウンロード&lt;/i&gt; で使えます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="224"/>
        <source>The place to see from five sides; any CRS (on the command line “x,y [EPSG:code]”).</source>
        <translation>5 方向から見る場所。任意の座標参照系 (コマンドラインでは「x,y [EPSG:code]」)。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="228"/>
        <source>One footprint per view (nadir, north, east, south, west) in WGS 84, with view and the Spexi result fields.</source>
        <translation>ビューごとに 1 つのフットプリント (直下、北、東、南、西)。WGS 84 で、view と Spexi の結果フィールドを含みます。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="232"/>
        <source>How many of the five views exist.</source>
        <translation>5 つのビューのうち存在する数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="253"/>
        <source>Asking Spexi for the views of {lon}, {lat}</source>
        <translation>{lon}, {lat} のビューを Spexi に問い合わせ中</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="256"/>
        <source>Views: {views}</source>
        <translation>ビュー: {views}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="256"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../processing_provider/spexi/algorithms.py" line="168"/>
        <source>{name} needs both {name}_MIN and {name}_MAX</source>
        <translation>{name} には {name}_MIN と {name}_MAX の両方が必要です</translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="186"/>
        <source>cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>セル {cell}/{cells}、ページ {page}、%Ln 枚の画像を受信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../processing_provider/spexi/algorithms.py" line="197"/>
        <source>%Ln feature(s) Spexi sent could not be read (geometry, capture date or camera position) and were left out</source>
        <translation>
            <numerusform>Spexi が送った %Ln 個の地物を読み取れなかったため (ジオメトリ、撮影日またはカメラ位置)、除外しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="59"/>
        <source>Captured (UTC)</source>
        <translation>撮影日時 (UTC)</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="60"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="61"/>
        <source>Pitch</source>
        <translation>ピッチ</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="74"/>
        <source>Heading</source>
        <translation>方位</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="63"/>
        <source>Alt. m</source>
        <translation>高度 m</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="64"/>
        <source>Dist. m</source>
        <translation>距離 m</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="65"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="136"/>
        <source>Could not add images to {layer} in {path}: {errors}</source>
        <translation>{path} の {layer} に画像を追加できませんでした: {errors}</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="168"/>
        <source>Spexi cameras</source>
        <translation>Spexi カメラ</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="225"/>
        <source>Spexi downloads</source>
        <translation>Spexi のダウンロード</translation>
    </message>
    <message>
        <location filename="../../core/spexi/layers.py" line="251"/>
        <source>QGIS could not open the placed image {path}</source>
        <translation>QGIS は配置した画像 {path} を開けませんでした</translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="64"/>
        <source>Spexi search</source>
        <translation>Spexi 検索</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="78"/>
        <source>Searching: cell {cell} of {cells}, page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>検索中: セル {cell}/{cells}、ページ {page}、%Ln 枚の画像を受信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="82"/>
        <source>Searching: page {page}, %Ln image(s) received</source>
        <translation>
            <numerusform>検索中: ページ {page}、%Ln 枚の画像を受信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="97"/>
        <source>Writing %Ln image(s) into the result layers</source>
        <translation>
            <numerusform>%Ln 枚の画像を結果レイヤに書き込み中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="111"/>
        <source>Spexi: add images to the results</source>
        <translation>Spexi: 結果に画像を追加</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/spexi/tasks.py" line="144"/>
        <source>Spexi: downloading %Ln image(s)</source>
        <translation>
            <numerusform>Spexi: %Ln 枚の画像をダウンロード中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="171"/>
        <source>Spexi: fetching image {image}</source>
        <translation>Spexi: 画像 {image} を取得中</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="59"/>
        <source>GDAL could not read {name}</source>
        <translation>GDAL は {name} を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../core/spexi/tasks.py" line="208"/>
        <source>GDAL could not make a thumbnail of {name}</source>
        <translation>GDAL は {name} のサムネイルを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="27"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="37"/>
        <source>A footprint with {corners} corners cannot be used to place the image; it needs four</source>
        <translation>角が {corners} 個のフットプリントでは画像を配置できません。4 個必要です</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="49"/>
        <source>The footprint does not match the camera heading: the image cannot be placed</source>
        <translation>フットプリントがカメラの方位と一致しません。画像を配置できません</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="64"/>
        <source>GDAL could not set the control points</source>
        <translation>GDAL は基準点を設定できませんでした</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="80"/>
        <source>Cancelled while placing the image</source>
        <translation>画像の配置中にキャンセルされました</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="81"/>
        <source>GDAL could not warp {name}</source>
        <translation>GDAL は {name} をワープできませんでした</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="93"/>
        <source>Spexi: placing image {image} on the map</source>
        <translation>Spexi: 画像 {image} を地図に配置中</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="97"/>
        <source>Only nadir images (pitch near -90°) can be placed on the map; image {image} has pitch {pitch}°</source>
        <translation>地図に配置できるのは直下視の画像 (ピッチが -90° 付近) だけです。画像 {image} のピッチは {pitch}° です</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="112"/>
        <source>Downloading the original image</source>
        <translation>元の画像をダウンロード中</translation>
    </message>
    <message>
        <location filename="../../core/spexi/warp.py" line="116"/>
        <source>Warping the image into its footprint</source>
        <translation>画像をフットプリントにワープ中</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="41"/>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="42"/>
        <source>Download the selected images into the download folder (Imagery Hub settings)</source>
        <translation>選択した画像をダウンロードフォルダ (Imagery Hub の設定) にダウンロードします</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="46"/>
        <source>&amp;Place on map</source>
        <translation>地図に配置(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="47"/>
        <source>Warp the selected nadir image into its footprint and add it to the map</source>
        <translation>選択した直下視の画像をフットプリントにワープして地図に追加します</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="50"/>
        <source>&amp;Multi-view</source>
        <translation>マルチビュー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="52"/>
        <source>Click a point on the map to see it from above and from the four sides</source>
        <translation>地図上の点をクリックすると、真上と四方からの眺めを表示します</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="67"/>
        <source>Search Spexi first, then select the images to download</source>
        <translation>まず Spexi を検索してから、ダウンロードする画像を選択してください</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="76"/>
        <source>This layer is not a Spexi result layer: use the footprints or camera positions of a Spexi search</source>
        <translation>このレイヤは Spexi の結果レイヤではありません。Spexi 検索のフットプリントかカメラ位置を使ってください</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="80"/>
        <source>{name} is not a Spexi result layer: use the footprints or camera positions of a Spexi search</source>
        <translation>{name} は Spexi の結果レイヤではありません。Spexi 検索のフットプリントかカメラ位置を使ってください</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="90"/>
        <source>Select the Spexi images to download first (in the table or on the map)</source>
        <translation>まずダウンロードする Spexi の画像を選択してください (表または地図上で)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="101"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/actions.py" line="106"/>
        <source>Downloading %Ln Spexi image(s)…</source>
        <translation>
            <numerusform>%Ln 枚の Spexi 画像をダウンロード中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="114"/>
        <source>Open folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="126"/>
        <source>Select one nadir Spexi image to place it on the map</source>
        <translation>地図に配置する Spexi の直下視画像を 1 枚選択してください</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="138"/>
        <source>Placing the image</source>
        <translation>画像の配置</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="140"/>
        <source>Placing image {image} on the map…</source>
        <translation>画像 {image} を地図に配置中…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="148"/>
        <source>Spexi image {image}</source>
        <translation>Spexi 画像 {image}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="155"/>
        <source>Spexi image {image} placed on the map</source>
        <translation>Spexi 画像 {image} を地図に配置しました</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="216"/>
        <source>Multi-view</source>
        <translation>マルチビュー</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="250"/>
        <source>Spexi multi-view</source>
        <translation>Spexi マルチビュー</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="209"/>
        <source>No image: {error}</source>
        <translation>画像なし: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="215"/>
        <source>Spexi multi-view failed: {error}</source>
        <translation>Spexi マルチビューに失敗しました: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="221"/>
        <source>Opening the image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="223"/>
        <source>Spexi image {image} ({kind})</source>
        <translation>Spexi 画像 {image} ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="236"/>
        <source>Adding images</source>
        <translation>画像の追加</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/actions.py" line="254"/>
        <source>Spexi: %Ln image(s) added to the results</source>
        <translation>
            <numerusform>Spexi: %Ln 枚の画像を結果に追加しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/actions.py" line="254"/>
        <source>Spexi: that image is already in the results</source>
        <translation>Spexi: その画像はすでに結果にあります</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Nadir (−90°)</source>
        <translation>直下視 (−90°)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Oblique (−60°)</source>
        <translation>斜め (−60°)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="23"/>
        <source>Custom range</source>
        <translation>範囲を指定</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="28"/>
        <source>Ortho</source>
        <translation>オルソ</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="28"/>
        <source>Orthomosaic: nadir mapping images</source>
        <translation>オルソモザイク: 直下視のマッピング画像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="30"/>
        <source>Oblique</source>
        <translation>斜め</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="30"/>
        <source>Oblique: tilted views of the sides of buildings</source>
        <translation>斜め: 建物の側面を傾けて撮った画像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="32"/>
        <source>Pano</source>
        <translation>パノラマ</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="32"/>
        <source>Panorama: near-horizontal views from higher up</source>
        <translation>パノラマ: より高い位置からのほぼ水平な眺め</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="62"/>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="69"/>
        <source>Camera angle: −90° looks straight down, −60° is oblique</source>
        <translation>カメラの角度: −90° は真下、−60° は斜め</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="71"/>
        <source>Lowest pitch</source>
        <translation>最小ピッチ</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="72"/>
        <source>Highest pitch</source>
        <translation>最大ピッチ</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="75"/>
        <source>0° north, 90° east</source>
        <translation>0° が北、90° が東</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="78"/>
        <source>Altitude</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="79"/>
        <source>Above ground</source>
        <translation>地上高</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="82"/>
        <source>Captured between</source>
        <translation>撮影期間</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="101"/>
        <source>Spexi drops images where the area is at the frame&apos;s edge and ranks the rest by how prominently it appears. Untick for every intersecting image.</source>
        <translation>Spexi は領域が画面の端にある画像を除き、残りを領域がどれだけ目立つかで並べます。チェックを外すと、領域と交わるすべての画像を取得します。</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="109"/>
        <source>Stop after this many images</source>
        <translation>この枚数で検索を止めます</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="110"/>
        <source>images</source>
        <translation>枚</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="112"/>
        <source>&amp;Pitch</source>
        <translation>ピッチ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="114"/>
        <source>&amp;Limit</source>
        <translation>上限(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="116"/>
        <source>Capture types to include</source>
        <translation>含める撮影の種類</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/filters.py" line="165"/>
        <source>Tick at least one capture type</source>
        <translation>撮影の種類を 1 つ以上チェックしてください</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="66"/>
        <source>Could not read {name}</source>
        <translation>{name} を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="105"/>
        <source>&amp;Fit to window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/images.py" line="113"/>
        <source>{title}: {width} × {height} px. Wheel to zoom, drag to pan, F to fit.</source>
        <translation>{title}: {width} × {height} px。ホイールでズーム、ドラッグで移動、F で全体表示。</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>camera facing north</source>
        <translation>カメラは北向き</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="28"/>
        <source>No Spexi image facing north here</source>
        <translation>ここには北向きの Spexi 画像がありません</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>E</source>
        <translation>東</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>camera facing east</source>
        <translation>カメラは東向き</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="31"/>
        <source>No Spexi image facing east here</source>
        <translation>ここには東向きの Spexi 画像がありません</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>camera facing south</source>
        <translation>カメラは南向き</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="34"/>
        <source>No Spexi image facing south here</source>
        <translation>ここには南向きの Spexi 画像がありません</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>camera facing west</source>
        <translation>カメラは西向き</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="37"/>
        <source>No Spexi image facing west here</source>
        <translation>ここには西向きの Spexi 画像がありません</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>Nadir</source>
        <translation>直下</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>straight down</source>
        <translation>真下</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="39"/>
        <source>No Spexi image looking straight down here</source>
        <translation>ここには真下を向いた Spexi 画像がありません</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="81"/>
        <source>Full size</source>
        <translation>原寸</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="82"/>
        <source>Add to results</source>
        <translation>結果に追加</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="96"/>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="105"/>
        <source>{kind}, {date}&lt;br&gt;pitch {pitch}°, heading {heading}°</source>
        <translation>{kind}、{date}&lt;br&gt;ピッチ {pitch}°、方位 {heading}°</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="108"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="121"/>
        <source>Spexi multi-view at {place}</source>
        <translation>{place} の Spexi マルチビュー</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="122"/>
        <source>Asking Spexi for the views of this place…</source>
        <translation>この場所の眺めを Spexi に問い合わせ中…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="145"/>
        <source>{found} of 5 views found.</source>
        <translation>5 方向中 {found} 方向の眺めが見つかりました。</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/multiview.py" line="145"/>
        <source>Spexi has no image of this place: try another point.</source>
        <translation>Spexi にはこの場所の画像がありません。別の点を試してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="54"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) (the maximum you set) in {cells} cells in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 枚の画像 (設定した上限) を {cells} セルで「{group}」に取得しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="58"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) (the maximum you set) in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 枚の画像 (設定した上限) を「{group}」に取得しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="60"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) in {cells} cells in “{group}”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 枚の画像を {cells} セルで「{group}」に取得しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="62"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; image(s) in “{group}”.</source>
        <translation>
            <numerusform>「{group}」に &lt;b&gt;%Ln&lt;/b&gt; 枚の画像があります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="81"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="82"/>
        <source>Search Spexi images over the area of interest</source>
        <translation>関心領域の Spexi 画像を検索します</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="92"/>
        <source>Set the filters, then search the area of interest.</source>
        <translation>フィルタを設定してから関心領域を検索してください。</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="263"/>
        <source>Select an image to preview it</source>
        <translation>プレビューする画像を選択してください</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="100"/>
        <source>Original image</source>
        <translation>元の画像</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="101"/>
        <source>Zoomed to the area</source>
        <translation>領域に合わせて拡大</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="102"/>
        <source>Which file to download: the full frame or Spexi&apos;s crop around the area</source>
        <translation>ダウンロードするファイル: 画面全体、または Spexi が領域の周りを切り抜いたもの</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="107"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="149"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="153"/>
        <source>Download selected Spexi images</source>
        <translation>選択した Spexi 画像をダウンロード</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="223"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="188"/>
        <source>Searching Spexi…</source>
        <translation>Spexi を検索中…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="194"/>
        <source>pitch {pitch}</source>
        <translation>ピッチ {pitch}</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="199"/>
        <source>up to {count}</source>
        <translation>最大 {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="208"/>
        <source>%Ln image(s) Spexi sent could not be read and were left out (see the log).</source>
        <translation>
            <numerusform>Spexi から届いた %Ln 枚の画像を読み込めず、除外しました (ログを参照)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="211"/>
        <source>Spexi: %Ln feature(s) of the answer were unreadable (geometry, capture date or camera position) and left out</source>
        <translation>
            <numerusform>Spexi: 応答の %Ln 個の地物が読み取れず (ジオメトリ、撮影日、カメラ位置)、除外しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="215"/>
        <source>No Spexi images match: widen the filters, untick Focused or move the area.</source>
        <translation>条件に合う Spexi 画像はありません。フィルタを広げるか、「領域に焦点を合わせる」のチェックを外すか、領域を動かしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="218"/>
        <source>Spexi: no images match this search</source>
        <translation>Spexi: この検索に合う画像はありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="230"/>
        <source>Spexi: %Ln image(s) found.</source>
        <translation>
            <numerusform>Spexi: %Ln 枚の画像が見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/spexi/tab.py" line="249"/>
        <source>%Ln image(s) in “{group}” (from the project).</source>
        <translation>
            <numerusform>「{group}」に %Ln 枚の画像 (プロジェクトから)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="311"/>
        <source>Select one image to preview it</source>
        <translation>プレビューする画像を 1 枚だけ選択してください</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="318"/>
        <source>Loading {image}…</source>
        <translation>{image} を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/spexi/tab.py" line="324"/>
        <source>No preview: {error}</source>
        <translation>プレビューなし: {error}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Tasks</name>
    <message>
        <location filename="../../core/tasks.py" line="67"/>
        <source>{service} asked us to wait {seconds} s — retrying</source>
        <translation>{service} から {seconds} 秒待つよう求められました — 再試行します</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="69"/>
        <source>{service} answered HTTP {status} — retrying in {seconds} s</source>
        <translation>{service} が HTTP {status} を返しました — {seconds} 秒後に再試行します</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="70"/>
        <source>The service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="93"/>
        <source>{task} failed: {details}</source>
        <translation>{task} が失敗しました: {details}</translation>
    </message>
    <message>
        <location filename="../../core/tasks.py" line="99"/>
        <source>{task}: handling the result failed: {details}</source>
        <translation>{task}: 結果の処理に失敗しました: {details}</translation>
    </message>
</context>
<context>
    <name>ImageryHub.Thumbnails</name>
    <message>
        <location filename="../../ui/thumbnails.py" line="104"/>
        <source>No picture: {reason}</source>
        <translation>画像なし: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="104"/>
        <source>No picture</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="160"/>
        <source>Pictures</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../ui/thumbnails.py" line="162"/>
        <source>Show the results as thumbnails instead of a table</source>
        <translation>結果を表ではなくサムネイルで表示します</translation>
    </message>
</context>
<context>
    <name>MapillaryTab</name>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="124"/>
        <source>Size of the downloaded images</source>
        <translation>ダウンロードする画像のサイズ</translation>
    </message>
    <message>
        <location filename="../../ui/mapillary/tab.py" line="151"/>
        <source>Search settings</source>
        <translation>検索設定</translation>
    </message>
</context>
<context>
    <name>SpexiTab</name>
    <message>
        <location filename="../../ui/spexi/tab.py" line="125"/>
        <source>Search settings</source>
        <translation>検索設定</translation>
    </message>
</context>
</TS>
