"""The documented and the live form of one Mapflow call, whichever the server serves.

The Mapflow API page is the specification, but the live service (as the
vendor's QGIS client speaks it, docs/documented-vs-live.md) uses other paths for
some calls: ``GET|PUT /processings/{id}/v2``, ``POST .../restart/v2``, ``POST
/projects/page``, ``/rest/catalog/meta``. A call names its forms, the one the
vendor client uses first; a form the server does not serve (404 or 405) gives
way to the next, and the form that answered is remembered by the session, so
that its later calls go straight to it. A 404 from every form is raised as the
last form said it (e.g. "Processing … not found").
"""

import threading

from ..errors import NotFoundError, ServiceError

_lock = threading.Lock()


def not_served(error):
    """True for the answers of a server that lacks this form of the call."""
    return isinstance(error, NotFoundError) or (isinstance(error, ServiceError) and error.status == 405)


def first_served(session, call, forms):
    """The answer of the first of ``forms`` (``[(name, function)]``, the preferred
    first) that the server of ``session`` serves."""
    with _lock:
        served = session.__dict__.setdefault("mapflow_forms", {})  # call → the form that answered last
        remembered = served.get(call)
    ordered = sorted(forms, key=lambda form: form[0] != remembered)  # stable: the preferred order otherwise
    for index, (name, function) in enumerate(ordered):
        try:
            answer = function()
        except (NotFoundError, ServiceError) as error:
            if index == len(ordered) - 1 or not not_served(error):
                raise
            continue
        with _lock:
            served[call] = name
        return answer
