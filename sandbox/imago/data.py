"""The Imago sandbox's site: workspaces, datasets, collections and imagery over
the demo site, deterministic, with images drawn on demand (sandbox/imago/images.py).

Workspace "Vancouver Exploration" → dataset "Downtown Drilling 2024":
* collections BH-01 … BH-06, one per borehole: four core-tray imagery (depth
  intervals of 3.2 m, images "Dry" and "Wet") and a collar photo (x/y/z);
* collection "Site photos": field photos of sample sites S-01 … S-05 (x/y/z).
Workspace "Training" → dataset "Drilling course" has another collection named
BH-01, so that name alone is ambiguous, as on a real subscription.

Imagery types say how they are placed: "Core trays" by depth, "Field photos" by
geographic x/y (EPSG:4326, z in metres), "Outcrop photos" by x/y in UTM zone 10N
(``crs`` "EPSG:26910", our declaration: the live context's field for a projected
CRS was not found).
"""

import random
import uuid

from ..demo_site import AOI_WKT

NAMESPACE = uuid.UUID("5e9c0e1d-7a6b-4c0e-9b1e-1a2b3c4d5e6f")
TRAY_LENGTH = 3.2
TRAYS_PER_HOLE = 4
BOREHOLES = tuple(f"BH-{i:02d}" for i in range(1, 7))
SITES = tuple(f"S-{i:02d}" for i in range(1, 6))
CREATED_ON = "2024-05-14T09:30:00Z"
UTM_10N = "EPSG:26910"


def make_id(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def _aoi_bounds():
    numbers = [float(v) for v in AOI_WKT.split("((")[1].rstrip(")").replace(",", " ").split()]
    xs, ys = numbers[0::2], numbers[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def _points(names, seed):
    """Deterministic points inside the demo AOI (lon, lat, elevation m)."""
    rng = random.Random(seed)
    west, south, east, north = _aoi_bounds()
    return {name: (round(rng.uniform(west + 0.0006, east - 0.0006), 6),
                   round(rng.uniform(south + 0.0004, north - 0.0004), 6),
                   round(rng.uniform(8, 45), 1)) for name in names}


BOREHOLE_COLLARS = _points(BOREHOLES, "imago-boreholes")
SITE_POINTS = _points(SITES, "imago-sites")


def image_types(dataset_id, imagery_type, names):
    return [{"id": make_id(dataset_id, imagery_type, n), "name": n, "dataType": "image", "baseImageTypeName": None,
             "sourceType": "O"} for n in names]


def imagery_types(dataset_id):
    def kind(name, content, geometry, coordinates, images, crs=None):
        item = {"id": make_id(dataset_id, name), "name": name, "contentType": content, "geometryType": geometry,
                "coordinateType": coordinates, "imageTypes": image_types(dataset_id, name, images),
                "attributeDefinitions": [], "labelDefinitions": [], "featureDefinitions": [],
                "enableAutoCrop": False}
        if crs:
            item["crs"] = crs
        return item
    return [kind("Core trays", "coretray", "trace", "depth", ["Dry", "Wet"]),
            kind("Field photos", "none", "point", "geographic", ["Photo"], "EPSG:4326"),
            kind("Outcrop photos", "none", "point", "projected", ["Photo"], UTM_10N)]


def build():
    """The whole mutable store: context, collections and imagery."""
    workspaces, collections, imagery = [], [], []

    def add_dataset(workspace, name):
        dataset_id = make_id(workspace["name"], name)
        dataset = {"id": dataset_id, "name": name, "lengthUnits": "m", "imageryTypes": imagery_types(dataset_id)}
        workspace["datasets"].append(dataset)
        return dataset

    def add_collection(workspace, dataset, name):
        item = {"id": make_id(dataset["id"], name), "name": name, "datasetId": dataset["id"],
                "createdOn": CREATED_ON, "workspaceName": workspace["name"], "datasetName": dataset["name"],
                "workspaceId": workspace["id"]}
        collections.append(item)
        return item

    def add_imagery(collection, imagery_type, name, images, start=None, end=None, xyz=(None, None, None)):
        item = {"id": make_id(collection["id"], imagery_type, name), "collectionId": collection["id"],
                "collectionName": collection["name"], "workspaceName": collection["workspaceName"],
                "datasetName": collection["datasetName"], "imageryTypeName": imagery_type, "name": name,
                "startDepth": start, "endDepth": end, "x": xyz[0], "y": xyz[1], "z": xyz[2],
                "updatedAt": CREATED_ON, "attributes": [], "featureDefinitions": [],
                "images": {image_type: {"id": make_id(collection["id"], name, image_type), "generated": True,
                                        "uploadedOn": CREATED_ON, "uploadedBy": "geologist@imagery-hub.test"}
                           for image_type in images}}
        imagery.append(item)
        return item

    def drill(collection, hole):
        for tray in range(TRAYS_PER_HOLE):
            start, end = round(tray * TRAY_LENGTH, 2), round((tray + 1) * TRAY_LENGTH, 2)
            add_imagery(collection, "Core trays", f"{hole} {start:.2f}-{end:.2f}", ["Dry", "Wet"], start, end)

    exploration = {"id": make_id("ws", "Vancouver Exploration"), "name": "Vancouver Exploration",
                   "readonly": False, "datasets": []}
    drilling = add_dataset(exploration, "Downtown Drilling 2024")
    for hole in BOREHOLES:
        collection = add_collection(exploration, drilling, hole)
        drill(collection, hole)
        add_imagery(collection, "Field photos", f"{hole} collar", ["Photo"], xyz=BOREHOLE_COLLARS[hole])
    sites = add_collection(exploration, drilling, "Site photos")
    for site in SITES:
        add_imagery(sites, "Field photos", site, ["Photo"], xyz=SITE_POINTS[site])
    add_collection(exploration, drilling, "Outcrops")

    training = {"id": make_id("ws", "Training"), "name": "Training", "readonly": True, "datasets": []}
    course = add_dataset(training, "Drilling course")
    drill(add_collection(training, course, "BH-01"), "BH-01")

    workspaces += [exploration, training]
    return {"workspaces": workspaces, "collections": collections, "imagery": imagery}
