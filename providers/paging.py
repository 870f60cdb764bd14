"""Limits on loops a server drives: pages, links and counts it sends.

A server can keep a client paging forever: a ``next`` link that points at
itself, a ``found`` or ``total`` that is never reached while the same items come
back, pages that always come back full. Every paging loop keeps a
:class:`PageGuard` and asks it before each further page; the guard stops the
loop with a :class:`PagingStopped` error (saying what the service did) rather
than cutting the results silently.
"""

from .errors import ServiceError

#: pages of one listing before we stop asking; far above any real listing
DEFAULT_MAX_PAGES = 1000


class PagingStopped(ServiceError):
    """A listing was stopped because the service kept sending pages."""

    kind = "The service kept sending pages; the listing was stopped"


#: what the services' listings are of, keyed for translation
_LISTINGS = {"collections": "paging.collections", "imagery": "paging.imagery",
             "catalog results": "paging.catalog_results", "search results": "paging.search_results",
             "images of a cell": "paging.cell_images", "projects": "paging.projects",
             "processings": "paging.processings"}


def listing(what):
    """``what`` a listing is of, as a keyed phrase for a sentence's values."""
    return (_LISTINGS[what], None, what) if what in _LISTINGS else what


class PageGuard:
    """Remembers the links followed and the ids seen by one paging loop.

    Call :meth:`follow` with each further link (or offset) before requesting it
    and :meth:`add` with the ids a page brought; both raise
    :class:`PagingStopped` when the loop should not go on.
    """

    def __init__(self, service, what="results", max_pages=DEFAULT_MAX_PAGES):
        self.service = service
        self.what = what
        self.max_pages = max_pages
        self.pages = 0
        self._links = set()
        self._ids = set()

    def _stop(self, reason, key, **values):
        raise PagingStopped(f"Stopped the {self.what} after {self.pages} pages, which may be incomplete: "
                            f"the service {reason}", service=self.service, key=key,
                            values=dict(values, what=listing(self.what), pages=str(self.pages)))

    def follow(self, link=None):
        """Count one more page, refusing a link already followed and a page past the cap."""
        if link is not None:
            if link in self._links:
                self._stop("sent a link to a page it had already sent", "paging.repeated_link")
            self._links.add(link)
        if self.pages >= self.max_pages:
            self._stop(f"kept sending pages past {self.max_pages}", "paging.too_many", limit=str(self.max_pages))
        self.pages += 1

    def add(self, ids):
        """Record a page's ids; returns how many are new. A page with items but
        none new means the service repeats itself: stop."""
        ids = list(ids)
        before = len(self._ids)
        self._ids.update(ids)
        new = len(self._ids) - before
        if ids and not new:
            self._stop("sent the same items again", "paging.same_items")
        return new
