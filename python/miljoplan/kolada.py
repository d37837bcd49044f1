# SPDX-License-Identifier: Apache-2.0
"""A small client for Kolada, the national database of municipal key figures (API v2), with a local
snapshot cache.

Kolada revises published figures without notice, so an analysis made today must be able to run again
next year on the same numbers. Every response the client fetches is stored in a :class:`SnapshotCache`
with the day it was retrieved; later runs read the stored response instead of asking Kolada again
(``refresh=True`` fetches anew), and the imported values carry the retrieval day.

Only the standard library is used (``urllib``). Live use needs network access and is optional::

    client = KoladaClient(cache=SnapshotCache("kolada-cache"))
    summary = client.fetch_key_figures(key_figure_set, ["N07402"], ["0604", "0680"], [2022, 2023])

The tests point ``base_url`` at a loopback server that serves recorded responses.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Union

from . import _core

__all__ = ["DEFAULT_BASE_URL", "FetchSummary", "KoladaClient", "KoladaError", "Snapshot", "SnapshotCache"]

#: Kolada's public API, version 2 (documented at https://github.com/Hypergene/kolada).
DEFAULT_BASE_URL = "https://api.kolada.se/v2"

# Far more pages than any query of a county's key figures needs; a server that keeps sending next_page
# links (or links back to a page already read) is reported instead of being followed for ever.
_MAX_PAGES = 1000


class KoladaError(_core.Error):
    """A Kolada request failed: the server could not be reached, answered with an HTTP error, sent text
    that is not a Kolada response, or paginated to another host. The message names the address."""


class Snapshot(NamedTuple):
    """One stored response: the address asked, the day it was retrieved and the response text."""

    url: str
    retrieved_on: datetime.date
    body: str


class SnapshotCache:
    """Kolada responses stored in a directory, one JSON file per address, each with its retrieval day.

    The files are plain JSON (``{"url", "retrieved_on", "body"}``) named after a hash of the address, so
    a snapshot can be committed beside an analysis and read again offline.
    """

    def __init__(self, directory: Union[str, "os.PathLike[str]"]) -> None:
        self.directory = os.fspath(directory)

    def _path(self, url: str) -> str:
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
        return os.path.join(self.directory, f"kolada-{digest}.json")

    def get(self, url: str) -> Optional[Snapshot]:
        """The stored response for ``url``, or None. A damaged file raises :class:`KoladaError` naming it."""
        path = self._path(url)
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as e:
            raise KoladaError(f"{path}: unreadable snapshot ({e})") from e
        if not isinstance(data, dict) or data.get("url") != url or not isinstance(data.get("body"), str):
            raise KoladaError(f"{path}: not a snapshot of {url}")
        try:
            day = datetime.date.fromisoformat(data["retrieved_on"])
        except (KeyError, TypeError, ValueError) as e:
            raise KoladaError(f"{path}: snapshot without a valid retrieved_on date") from e
        return Snapshot(url, day, data["body"])

    def put(self, url: str, body: str, retrieved_on: datetime.date) -> Snapshot:
        """Stores ``body`` as the response for ``url`` retrieved on ``retrieved_on`` (atomically)."""
        os.makedirs(self.directory, exist_ok=True)
        path = self._path(url)
        record = {"url": url, "retrieved_on": retrieved_on.isoformat(), "body": body}
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".kolada-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(record, f, ensure_ascii=False, indent=1)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        return Snapshot(url, retrieved_on, body)

    def snapshots(self) -> List[Snapshot]:
        """Every stored snapshot, ordered by address."""
        out = []
        if not os.path.isdir(self.directory):
            return out
        for name in sorted(os.listdir(self.directory)):
            if name.startswith("kolada-") and name.endswith(".json"):
                with open(os.path.join(self.directory, name), encoding="utf-8") as f:
                    data = json.load(f)
                out.append(Snapshot(data["url"], datetime.date.fromisoformat(data["retrieved_on"]), data["body"]))
        return sorted(out, key=lambda s: s.url)


def _join(items: Iterable[Any]) -> str:
    parts = [str(i) for i in items]
    if not parts:
        raise ValueError("at least one id or year is needed")
    return ",".join(urllib.parse.quote(p, safe="") for p in parts)


class KoladaClient:
    """Reads KPI metadata and values from Kolada's API v2, following ``next_page`` links.

    ``base_url`` is the API root (``https://api.kolada.se/v2``; a loopback server in tests); ``cache``
    a :class:`SnapshotCache` or None; ``today`` gives the retrieval day (``datetime.date.today`` by
    default); ``timeout`` is in seconds per request.
    """

    def __init__(self, base_url: str = DEFAULT_BASE_URL, cache: Optional[SnapshotCache] = None,
                 timeout: float = 30.0, today: Optional[Callable[[], datetime.date]] = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.cache = cache
        self.timeout = timeout
        self._today = today or datetime.date.today
        self.requests = 0  # responses fetched over the network (not from the cache), for the curious

    def _get(self, url: str, refresh: bool) -> Snapshot:
        if self.cache is not None and not refresh:
            stored = self.cache.get(url)
            if stored is not None:
                return stored
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            raise KoladaError(f"{url}: HTTP {e.code} {e.reason}") from e
        except (urllib.error.URLError, OSError) as e:
            raise KoladaError(f"{url}: {getattr(e, 'reason', e)}") from e
        except UnicodeDecodeError as e:
            raise KoladaError(f"{url}: the response is not UTF-8") from e
        self.requests += 1
        day = self._today()
        if self.cache is not None:
            return self.cache.put(url, body, day)
        return Snapshot(url, day, body)

    def _pages(self, url: str, refresh: bool) -> List[Snapshot]:
        pages: List[Snapshot] = []
        seen = set()
        root = urllib.parse.urlsplit(self.base_url)
        while url:
            if url in seen:
                raise KoladaError(f"{url}: next_page leads back to a page already read")
            if len(pages) >= _MAX_PAGES:
                raise KoladaError(f"{url}: more than {_MAX_PAGES} pages")
            seen.add(url)
            page = self._get(url, refresh)
            pages.append(page)
            try:
                data = json.loads(page.body)
            except ValueError as e:
                raise KoladaError(f"{url}: not JSON ({e})") from e
            if not isinstance(data, dict) or not isinstance(data.get("values"), list):
                raise KoladaError(f"{url}: not a Kolada response (no \"values\" list)")
            url = data.get("next_page") or ""
            if url:
                # Follow links only on the host asked: a response cannot send the client elsewhere.
                target = urllib.parse.urlsplit(url)
                if (target.scheme, target.netloc) != (root.scheme, root.netloc):
                    raise KoladaError(f"{page.url}: next_page points to another host ({url})")
        return pages

    @staticmethod
    def _merge(pages: List[Snapshot]) -> Dict[str, Any]:
        values: List[Any] = []
        for page in pages:
            values.extend(json.loads(page.body)["values"])
        return {"count": len(values), "values": values}

    def data_url(self, kpis: Iterable[str], municipalities: Iterable[str], years: Iterable[int]) -> str:
        """The address of the values of ``kpis`` for ``municipalities`` (kommunkoder) in ``years``."""
        return (f"{self.base_url}/data/kpi/{_join(kpis)}/municipality/{_join(municipalities)}"
                f"/year/{_join(years)}")

    def kpi_url(self, kpis: Iterable[str]) -> str:
        """The address of the metadata of ``kpis``."""
        return f"{self.base_url}/kpi/{_join(kpis)}"

    def data(self, kpis: Iterable[str], municipalities: Iterable[str], years: Iterable[int],
             refresh: bool = False) -> Dict[str, Any]:
        """Every page of values merged into one response ``{"count", "values"}``, with
        ``"retrieved_on"`` (ISO day of the earliest page) and ``"pages"`` (how many) added."""
        pages = self._pages(self.data_url(kpis, municipalities, years), refresh)
        merged = self._merge(pages)
        merged["retrieved_on"] = min(p.retrieved_on for p in pages).isoformat()
        merged["pages"] = len(pages)
        return merged

    def kpis(self, kpis: Iterable[str], refresh: bool = False) -> Dict[str, Any]:
        """The metadata of ``kpis`` (id, title, description, ...) merged over all pages."""
        return self._merge(self._pages(self.kpi_url(kpis), refresh))

    def fetch_key_figures(self, key_figure_set: _core.KeyFigureSet, kpis: Iterable[str],
                          municipalities: Iterable[str], years: Iterable[int], refresh: bool = False,
                          replace: bool = False) -> "FetchSummary":
        """Fetches the KPIs' titles and values and imports them into ``key_figure_set``; every value
        carries the day its response was retrieved (the snapshot's day when it came from the cache).
        ``replace`` lets newer values replace those the set already has."""
        kpis = list(kpis)
        municipalities = list(municipalities)
        years = list(years)
        _core.import_kolada_kpi_json(key_figure_set, json.dumps(self.kpis(kpis, refresh)), self.kpi_url(kpis))
        pages = self._pages(self.data_url(kpis, municipalities, years), refresh)
        values = added = replaced = 0
        for page in pages:
            summary = _core.import_kolada_json(key_figure_set, page.body, source=page.url,
                                               retrieved_on=page.retrieved_on, replace=replace)
            values += summary.values
            added += summary.key_figures
            replaced += summary.replaced
        return FetchSummary(values, added, replaced, len(pages), min(p.retrieved_on for p in pages))


class FetchSummary(NamedTuple):
    """What :meth:`KoladaClient.fetch_key_figures` did: values imported, catalogue entries added, values
    replaced, pages read and the earliest retrieval day among them."""

    values: int
    key_figures: int
    replaced: int
    pages: int
    retrieved_on: datetime.date
