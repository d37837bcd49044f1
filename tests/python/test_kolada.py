# SPDX-License-Identifier: Apache-2.0
"""The Kolada client against a loopback HTTP server that serves recorded responses in Kolada's API v2
shape (tests/data/keyfigures/kolada: two pages of values joined by next_page, and the KPI metadata);
the snapshot cache with retrieval days. Nothing here reaches the network."""

import datetime
import http.server
import json
import threading
from decimal import Decimal

import pytest

import miljoplan

DATA_PATH = "/v2/data/kpi/N85001,N85002/municipality/0604,0617,0680/year/2022,2023"


class _Recorded(http.server.BaseHTTPRequestHandler):
    routes = {}
    hits = []

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        type(self).hits.append(self.path)
        body = type(self).routes.get(self.path)
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        data = body.replace("{base}", f"http://127.0.0.1:{self.server.server_port}").encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def server(source_dir):
    folder = source_dir / "tests" / "data" / "keyfigures" / "kolada"
    page1 = (folder / "data-page-1.json").read_text(encoding="utf-8")
    # The recorded first page asks for N85001 only; served here for the two-KPI query, its next_page
    # link is pointed at the same query's second page.
    page1 = page1.replace("/v2/data/kpi/N85001/municipality", "/v2/data/kpi/N85001,N85002/municipality")

    class Handler(_Recorded):
        routes = {
            DATA_PATH: page1,
            DATA_PATH + "?page=2&per_page=4": (folder / "data-page-2.json").read_text(encoding="utf-8"),
            "/v2/kpi/N85001,N85002": (folder / "kpi.json").read_text(encoding="utf-8"),
            "/v2/kpi/LOOP": '{"count": 0, "values": [], "next_page": "{base}/v2/kpi/LOOP"}',
            "/v2/kpi/AWAY": '{"count": 0, "values": [], "next_page": "http://example.invalid/v2/kpi/x"}',
            "/v2/kpi/BROKEN": "<html>not json</html>",
        }
        hits = []

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}/v2", Handler
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_client_follows_next_page_and_imports_the_totals(server, tmp_path):
    base, handler = server
    client = miljoplan.KoladaClient(base, cache=miljoplan.SnapshotCache(tmp_path),
                                    today=lambda: datetime.date(2024, 5, 2))
    s = miljoplan.KeyFigureSet()
    summary = client.fetch_key_figures(s, ["N85001", "N85002"], ["0604", "0617", "0680"], [2022, 2023])
    assert isinstance(summary, miljoplan.FetchSummary)
    assert (summary.values, summary.pages, summary.retrieved_on) == (7, 2, datetime.date(2024, 5, 2))
    assert s.key_figure("N85001").name == "Andel förnybar energi i kommunkoncernen, %"
    assert s.key_figure("N85001").source == miljoplan.KeyFigureSource.Kolada
    assert s.value("N85001", "0604", 2023).value == Decimal("63.05")
    assert s.value("N85001", "0604", 2023).retrieved_on == datetime.date(2024, 5, 2)
    assert s.value("N85001", "0604", 2023).origin == base + "/data/kpi/N85001,N85002/municipality/0604,0617,0680/year/2022,2023"
    assert s.value("N85001", "0680", 2023).status == miljoplan.ValueStatus.Missing
    assert handler.hits == ["/v2/kpi/N85001,N85002", DATA_PATH, DATA_PATH + "?page=2&per_page=4"]
    merged = client.data(["N85001", "N85002"], ["0604", "0617", "0680"], [2022, 2023])
    assert (merged["count"], merged["pages"], merged["retrieved_on"]) == (7, 2, "2024-05-02")


def test_the_snapshot_cache_makes_a_later_run_repeat_the_same_numbers(server, tmp_path):
    base, handler = server
    cache = miljoplan.SnapshotCache(tmp_path / "cache")
    first = miljoplan.KoladaClient(base, cache=cache, today=lambda: datetime.date(2024, 5, 2))
    first.fetch_key_figures(miljoplan.KeyFigureSet(), ["N85001", "N85002"], ["0604", "0617", "0680"], [2022, 2023])
    assert first.requests == 3
    snapshots = cache.snapshots()
    assert all(isinstance(s, miljoplan.Snapshot) for s in snapshots)
    assert [s.retrieved_on for s in snapshots] == [datetime.date(2024, 5, 2)] * 3
    # A year later, offline from the server's point of view: everything comes from the cache, with the
    # original retrieval day.
    handler.hits.clear()
    later = miljoplan.KoladaClient(base, cache=cache, today=lambda: datetime.date(2025, 5, 2))
    again = miljoplan.KeyFigureSet()
    summary = later.fetch_key_figures(again, ["N85001", "N85002"], ["0604", "0617", "0680"], [2022, 2023])
    assert (handler.hits, later.requests) == ([], 0)
    assert summary.retrieved_on == datetime.date(2024, 5, 2)
    assert again.value("N85002", "0680", 2023).value == Decimal("0.00012")
    assert again.value("N85002", "0680", 2023).retrieved_on == datetime.date(2024, 5, 2)
    # refresh=True asks again and stores the new day.
    later.fetch_key_figures(miljoplan.KeyFigureSet(), ["N85001", "N85002"], ["0604", "0617", "0680"], [2022, 2023],
                            refresh=True)
    assert later.requests == 3
    assert {s.retrieved_on for s in cache.snapshots()} == {datetime.date(2025, 5, 2)}
    stored = cache.get(base + "/kpi/N85001,N85002")
    assert json.loads(stored.body)["count"] == 2


def test_damaged_snapshots_and_bad_responses_raise_kolada_errors(server, tmp_path):
    base, _handler = server
    cache = miljoplan.SnapshotCache(tmp_path)
    cache.put("http://x/v2/kpi/A", '{"values": []}', datetime.date(2024, 1, 1))
    (path,) = tmp_path.glob("kolada-*.json")
    path.write_text("{", encoding="utf-8")
    with pytest.raises(miljoplan.KoladaError, match="unreadable snapshot"):
        cache.get("http://x/v2/kpi/A")
    client = miljoplan.KoladaClient(base)
    with pytest.raises(miljoplan.KoladaError, match="HTTP 404"):
        client.kpis(["NONE"])
    with pytest.raises(miljoplan.KoladaError, match="back to a page already read"):
        client.kpis(["LOOP"])
    with pytest.raises(miljoplan.KoladaError, match="another host"):
        client.kpis(["AWAY"])
    with pytest.raises(miljoplan.KoladaError, match="not JSON"):
        client.kpis(["BROKEN"])
    assert issubclass(miljoplan.KoladaError, miljoplan.Error)
    unreachable = miljoplan.KoladaClient("http://127.0.0.1:9/v2", timeout=2)
    with pytest.raises(miljoplan.KoladaError, match="127.0.0.1:9"):
        unreachable.kpis(["N1"])
    assert miljoplan.KoladaClient().kpi_url(["N07402"]) == "https://api.kolada.se/v2/kpi/N07402"
