"""Mapflow REST API client (AI mapping): account, projects, processings, results;
the Data API (``client.data``, providers/mapflow/data.py) and the imagery
catalog (``client.catalog``, providers/mapflow/search.py) share its session.

The token shown at app.mapflow.ai is already base64(email:key) and goes as
``Authorization: Basic <token>`` (the vendor's auth guide; CONTRACTS.md §5).

Paths follow the Mapflow API page (the specification). Where the live service
and the vendor's QGIS client use other forms (CONTRACTS.md §5.1,
docs/documented-vs-live.md), they are used where the page has nothing (the cost
estimate, v2-only sources), where they add something the page lacks (paged
listing), and, first, where the vendor client uses them (get, update and
restart of a processing, the project list), falling back to the documented
form on a server without them (providers/mapflow/forms.py); each place says so.

    client = MapflowClient(token)
    account = client.account()
    job = client.create_processing(ProcessingRequest(...))
"""

import time

from ..download import download, safe_filename
from ..errors import InvalidInputError, NotFoundError, ServiceError
from ..http import Credential, make_session
from ..paging import PageGuard, listing
from .data import MapflowData
from .forms import first_served, not_served
from .models import Account, Processing, ProcessingAoi, Project
from .search import MapflowCatalog
from .sources import ProcessingRequest

SERVICE = "Mapflow"
DEFAULT_BASE_URL = "https://api.mapflow.ai/rest"
PAGE_SIZE = 50


def parse_error(response):
    """(code, message) from ``{code, message, params}`` or ``{detail: ...}`` bodies;
    ``detail`` may also be a list of ``{loc, msg}`` (a validation error of the catalog)."""
    try:
        body = response.json()
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    detail = body.get("detail")
    if isinstance(detail, dict):
        return detail.get("code"), detail.get("message") or str(detail)
    if isinstance(detail, list) and detail:
        lines = [f"{'.'.join(str(p) for p in (d.get('loc') or [])[1:]) or 'request'}: {d.get('msg')}"
                 if isinstance(d, dict) else str(d) for d in detail]
        return None, "; ".join(lines)
    return body.get("code"), body.get("message") or (detail if isinstance(detail, str) else None)


class MapflowClient:
    def __init__(self, token, base_url=DEFAULT_BASE_URL, **session_options):
        if not token:
            raise InvalidInputError("A Mapflow API token is needed: add it in Imagery Hub settings",
                                    parameter="token", service=SERVICE, key="mapflow.no_token")
        credential = Credential(headers={"Authorization": f"Basic {token}"}, scope=[base_url])
        self.session = make_session(SERVICE, base_url, credential, error_parser=parse_error,
                                    **session_options)
        self.data = MapflowData(self.session)
        self.catalog = MapflowCatalog(self.session)

    # -- account -------------------------------------------------------------------
    def user_status(self):
        return self.session.get_json("user/status")

    def account(self):
        """The account; its models from ``/user/status`` (the page) or, when the
        status lists none, from the default project's ``workflowDefs``, where the
        vendor client reads them on the live service."""
        account = Account.from_json(self.user_status() or {})
        if not account.models:
            account.models = self.default_project().models
        return account

    def check_connection(self):
        status = self.user_status() or {}
        email = Account.from_json(status).email
        return f"Connected to Mapflow as {email}" if email else "Mapflow accepted the token"

    # -- projects --------------------------------------------------------------------
    def projects(self, page_size=PAGE_SIZE):
        """Every project of the user: ``POST /projects/page`` page by page (the
        vendor client's form), else the documented ``GET /projects``."""
        return first_served(self.session, "projects", [
            ("live", lambda: self._pages("projects/page", "projects", Project.from_json, page_size, "UPDATED")),
            ("documented", lambda: [Project.from_json(p) for p in self.session.get_json("projects") or []])])

    def project(self, project_id):
        return Project.from_json(self.session.get_json(f"projects/{project_id}"))

    def default_project(self):
        return Project.from_json(self.session.get_json("projects/default"))

    def create_project(self, name, description=""):
        if not (name or "").strip():
            raise InvalidInputError("Give the project a name", parameter="name", service=SERVICE,
                                    key="mapflow.project_name")
        body = {"name": name.strip(), "description": description or ""}
        return Project.from_json(self.session.post_json("projects", body))

    def rename_project(self, project_id, name=None, description=None):
        body = _changes(name, description)
        return Project.from_json(self.session.request_json("PUT", f"projects/{project_id}", json=body))

    def delete_project(self, project_id):
        self.session.request("DELETE", f"projects/{project_id}")

    # -- processings -----------------------------------------------------------------
    def processings(self, project_id=None, page_size=PAGE_SIZE, progress=None):
        """Every processing of a project (of the default project without one), all pages.

        The page documents unpaged lists (``GET /projects/{id}/processings``,
        ``GET /processings``); the live service pages them with ``POST
        /projects/{id}/processings/v2/page`` → ``{results, total}``, which is
        tried first and left for the documented list when the server lacks it.
        ``progress(count, total)`` follows the pages.
        """
        if project_id is None:
            return [Processing.from_json(p) for p in self.session.get_json("processings") or []]
        try:
            return self._pages(f"projects/{project_id}/processings/v2/page", "processings", Processing.from_json,
                               page_size, "CREATED", progress)
        except (NotFoundError, ServiceError) as exc:
            if not not_served(exc):
                raise
            items = self.session.get_json(f"projects/{project_id}/processings") or []
            return [Processing.from_json(p) for p in items]

    def _pages(self, path, what, parse, page_size, sort_by, progress=None):
        """Every item of a live paged list (``{limit, offset, sortBy, sortOrder}``
        → ``{results, total}``), newest first."""
        found, total, guard = [], None, PageGuard(SERVICE, what)
        while total is None or len(found) < total:
            self.session.check_cancelled()
            guard.follow()
            body = {"limit": page_size, "offset": len(found), "sortBy": sort_by, "sortOrder": "DESC"}
            page = self.session.post_json(path, body, retry_unsafe=True)  # a read: safe to repeat
            if not isinstance(page, dict):
                raise ServiceError(f"Mapflow sent no page of {what}", service=SERVICE, key="mapflow.no_page",
                                   values=dict(what=listing(what)))
            results = page.get("results") or []
            total = int(page.get("total", len(found) + len(results)))
            items = [parse(item) for item in results]
            guard.add(item.id for item in items)  # a total never reached while the same ones come back
            found.extend(items)
            if progress is not None:
                progress(len(found), total)
            if not results:
                break  # the list shrank while paging
        return found

    def processing(self, processing_id):
        """``GET /processings/{id}/v2`` (the vendor client's form), else the page's form."""
        return Processing.from_json(first_served(self.session, "get processing", [
            ("live", lambda: self.session.get_json(f"processings/{processing_id}/v2")),
            ("documented", lambda: self.session.get_json(f"processings/{processing_id}"))]))

    def _update_processing(self, processing_id, body):
        """``PUT /processings/{id}/v2`` (the vendor client's form), else the page's form."""
        return Processing.from_json(first_served(self.session, "update processing", [
            ("live", lambda: self.session.request_json("PUT", f"processings/{processing_id}/v2", json=body)),
            ("documented", lambda: self.session.request_json("PUT", f"processings/{processing_id}", json=body))]))

    def wait_for_processing(self, processing_id, poll=5.0, timeout=None, on_update=None):
        """Ask for a processing every ``poll`` seconds until it ends (OK, FAILED,
        ...); ``on_update(processing)`` sees each answer. Cancel comes through the
        session; past ``timeout`` seconds a ServiceError says the job goes on."""
        started = time.monotonic()
        while True:
            processing = self.processing(processing_id)
            if on_update is not None:
                on_update(processing)
            if processing.finished:
                return processing
            if timeout and time.monotonic() - started > timeout:
                raise ServiceError(f"Processing {processing_id} did not end within {timeout / 60:g} minutes; "
                                   "it goes on in Mapflow", service=SERVICE,
                                   key="mapflow.processing_timeout",
                                   values=dict(id=str(processing_id), minutes=f"{timeout / 60:g}"))
            self.session.sleep(poll)

    def processing_cost(self, request: ProcessingRequest):
        """The price of a processing before it starts (``POST /processing/cost/v2``,
        live service; the page has no cost call). The answer is a bare number."""
        request.check()
        value = self.session.post_json("processing/cost/v2", request.cost_body(), retry_unsafe=True)
        if isinstance(value, dict):  # tolerate {"cost": n}
            value = value.get("cost")
        return float(value) if value is not None else None

    def create_processing(self, request: ProcessingRequest):
        """Start a processing. The documented ``POST /processings`` unless the
        source has only a v2 form (a mosaic, a default provider), then ``POST
        /processings/v2``, the vendor client's form, which is also taken when a
        server does not serve the documented one (404/405: nothing was created)."""
        request.check()
        live = ("live", lambda: self.session.post_json("processings/v2", request.v2_body()))
        if request.uses_v2():
            return Processing.from_json(live[1]())
        return Processing.from_json(first_served(self.session, "create processing", [
            ("documented", lambda: self.session.post_json("processings", request.v1_body())), live]))

    def rename_processing(self, processing_id, name=None, description=None):
        # The page's rename section says PUT /processing/{id} (singular) while its
        # link-to-project section and the API reference use /processings/{id}:
        # the plural is used for both (the sandbox accepts either).
        return self._update_processing(processing_id, _changes(name, description))

    def move_processing(self, processing_id, project_id):
        """Link a processing to another project."""
        return self._update_processing(processing_id, {"projectId": project_id})

    def restart_processing(self, processing_id):
        """Restart the failed partitions only: ``POST .../restart/v2`` (the vendor
        client's form), else the documented ``POST .../restart``."""
        return Processing.from_json(first_served(self.session, "restart processing", [
            ("live", lambda: self.session.post_json(f"processings/{processing_id}/restart/v2")),
            ("documented", lambda: self.session.post_json(f"processings/{processing_id}/restart"))]))

    def delete_processing(self, processing_id):
        self.session.request("DELETE", f"processings/{processing_id}")

    def processing_aois(self, processing_id):
        return [ProcessingAoi.from_json(a) for a in self.session.get_json(f"processings/{processing_id}/aois") or []]

    def download_result(self, processing_id, folder, filename=None, aoi_id=None, progress=None):
        """Stream the result GeoJSON to ``folder`` (resumable, complete or absent);
        returns its path. Only meaningful once the processing is OK."""
        url = f"processings/{processing_id}/result" + (f"?aoiId={aoi_id}" if aoi_id else "")
        name = safe_filename(filename or f"mapflow_{processing_id}.geojson")
        return download(self.session, url, folder, name, progress=progress)


def _changes(name, description):
    body = {}
    if name is not None:
        if not name.strip():
            raise InvalidInputError("The name cannot be empty", parameter="name", service=SERVICE,
                                    key="mapflow.name_empty")
        body["name"] = name.strip()
    if description is not None:
        body["description"] = description
    return body


def check_against_account(account, polygon_areas_km2, cost=None):
    """Refuse, before sending, what the account's limits would refuse: too many
    polygons, a polygon over the per-area limit, more area or credits than left."""
    count = len(polygon_areas_km2)
    if account.max_aois and count > account.max_aois:
        raise InvalidInputError(f"The area has {count} polygons but Mapflow takes at most {account.max_aois} "
                                "per processing: select fewer features", parameter="aoi", service=SERVICE,
                                key="mapflow.too_many_polygons",
                                values=dict(count=str(count), limit=str(account.max_aois)))
    if account.aoi_area_limit_m2:
        limit = account.aoi_area_limit_m2 / 1e6
        largest = max(polygon_areas_km2, default=0)
        if largest > limit:
            raise InvalidInputError(f"A polygon of the area is {_km2(largest)}, more than the {_km2(limit)} "
                                    "Mapflow accepts per area: draw a smaller one", parameter="aoi", service=SERVICE,
                                    key="mapflow.polygon_too_large", values=dict(area=_km2(largest), limit=_km2(limit)))
    total = sum(polygon_areas_km2)
    if account.billing_type == "AREA" and account.remaining_area_m2 is not None:
        left = account.remaining_area_m2 / 1e6
        if total > left:
            raise InvalidInputError(f"The area is {_km2(total)} but only {_km2(left)} remain on the Mapflow "
                                    "account: draw a smaller area", parameter="aoi", service=SERVICE,
                                    key="mapflow.area_left", values=dict(area=_km2(total), left=_km2(left)))
    if account.billing_type == "CREDITS" and cost is not None and account.remaining_credits is not None:
        if cost > account.remaining_credits:
            raise InvalidInputError(f"The processing costs {cost:,.0f} credits but only "
                                    f"{account.remaining_credits:,.0f} remain on the Mapflow account",
                                    parameter="cost", service=SERVICE,
                                    key="mapflow.credits_left",
                                    values=dict(cost=f"{cost:,.0f}", left=f"{account.remaining_credits:,.0f}"))


def _km2(value):
    return f"{value:,.2f} km²"


def check_connection(credentials, urls, **session_options):
    return MapflowClient(credentials.get("secret"), urls["base_url"], **session_options).check_connection()


__all__ = ["MapflowClient", "ProcessingRequest", "check_against_account", "check_connection"]
