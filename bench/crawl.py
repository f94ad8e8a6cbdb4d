"""Crawl benchmark: 500 Telegram-style pages of 20 posts each, served on 127.0.0.1, crawled
through the real Scrapy engine (`python -m crawler`, politeness off) into a fresh SQLite
database. Prints posts/s, pages/s and the crawling process's peak RSS.

    .venv/bin/python bench/crawl.py [--pages 500] [--per-page 20] [--keep DIR]

Target: at least 1,000 posts/s stored.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lurewatch.storage import Database  # noqa: E402
from lurewatch.storage.models import CrawlRun  # noqa: E402

CHANNEL = "bench_jobs"
PHRASES = [
    "Hiring <b>customer service</b> staff abroad, salary ${n} a month, free visa and flight.",
    "Tuyển nhân viên kho tại Hải Phòng, lương {n} nghìn đồng, hợp đồng chính thức.",
    "รับสมัครพนักงานร้านอาหาร เงินเดือน {n} บาท มีที่พัก",
    "Se busca personal de limpieza, {n} € al mes, contrato de seis meses.",
    "مطلوب سائق براتب {n} درهم، السكن مجاني.",
]


def message(number: int) -> str:
    text = PHRASES[number % len(PHRASES)].format(n=1000 + number)
    return (
        '<div class="tgme_widget_message_wrap js-widget_message_wrap">'
        f'<div class="tgme_widget_message js-widget_message" data-post="{CHANNEL}/{number}">'
        '<div class="tgme_widget_message_bubble">'
        '<div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" '
        'href="https://t.me/bench_jobs"><span dir="auto">Bench Jobs</span></a></div>'
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">Post #{number}<br>{text}'
        f'<br>Apply: <a href="https://apply.example.com/{number}">apply.example.com/{number}</a>'
        '</div><div class="tgme_widget_message_footer"><div class="tgme_widget_message_info">'
        f'<span class="tgme_widget_message_views">{number % 97}.{number % 10}K</span>'
        '<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" '
        f'href="https://t.me/{CHANNEL}/{number}"><time datetime="2026-03-01T10:00:00+00:00">'
        "10:00</time></a></span></div></div></div></div></div>"
    )


def build_pages(pages: int, per_page: int) -> dict[int | None, bytes]:
    """Page k (0 = newest) holds ids [newest - (k+1)*per_page + 1 .. newest - k*per_page]."""
    out: dict[int | None, bytes] = {}
    top = pages * per_page
    for k in range(pages):
        high, low = top - k * per_page, top - (k + 1) * per_page + 1
        link = f'<a href="/s/{CHANNEL}?before={low}" class="tme_messages_more" data-before="{low}">'
        more = link + "</a>" if low > 1 else ""
        body = "".join(message(n) for n in range(low, high + 1))
        html = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bench</title></head><body>'
            f'<section class="tgme_channel_history">{more}{body}</section></body></html>'
        )
        out[None if k == 0 else high + 1] = html.encode("utf-8")
    return out


def serve(pages: dict[int | None, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as separate writes

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            before = parse_qs(parts.query).get("before", [None])[-1]
            body = pages.get(int(before) if before else None)
            status = 200 if body is not None and parts.path == f"/s/{CHANNEL}" else 404
            data = body if status == 200 and body else b"not found"
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--per-page", type=int, default=20)
    parser.add_argument("--keep", help="folder for the database and log (default: a temp dir)")
    args = parser.parse_args()
    pages = build_pages(args.pages, args.per_page)
    httpd = serve(pages)
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="lurewatch-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{workdir / 'bench.db'}"
    Database(db_url).upgrade()
    config = workdir / "bench.toml"
    config.write_text(
        f'database_url = "{db_url}"\n[crawl]\nobey_robots = false\ndownload_delay = 0\n'
        f"autothrottle = false\nmax_pages = {args.pages + 10}\n"
        f'[[sources]]\nname = "bench"\ntype = "telegram"\n'
        f'base_url = "http://127.0.0.1:{httpd.server_address[1]}"\nchannel = "{CHANNEL}"\n',
        encoding="utf-8",
    )
    cmd = [sys.executable, "-m", "crawler", "--source", "bench", "--config", str(config),
           "-s", "LOG_LEVEL=WARNING"]  # fmt: skip
    started = time.perf_counter()
    with (workdir / "crawl.log").open("w") as log:
        code = subprocess.run(cmd, cwd=REPO, stdout=log, stderr=subprocess.STDOUT).returncode
    wall = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the crawler's (Linux: KiB)
    httpd.shutdown()
    db = Database(db_url)
    with db.read() as session:
        run = session.query(CrawlRun).order_by(CrawlRun.id.desc()).first()
    db.dispose()
    if code != 0 or run is None or run.status != "ok":
        print(f"crawl failed (exit {code}); see {workdir / 'crawl.log'}", file=sys.stderr)
        return 1
    engine = float(run.stats.get("elapsed_time_seconds") or wall)
    expected = args.pages * args.per_page
    print(f"pages crawled      {run.pages} (expected {args.pages})")
    print(f"posts stored       {run.posts_stored} (expected {expected})")
    print(f"engine time        {engine:.2f} s   (process wall time {wall:.2f} s)")
    rate, wall_rate = run.posts_stored / engine, run.posts_stored / wall
    print(f"posts/s            {rate:,.0f}   (wall: {wall_rate:,.0f})")
    print(f"pages/s            {run.pages / engine:,.1f}   (wall: {run.pages / wall:,.1f})")
    print(f"peak RSS (crawler) {peak_kib / 1024:,.0f} MiB")
    print(f"cpu                {os.cpu_count()} cores; data in {workdir}")
    ok = run.posts_stored == expected and run.posts_stored / engine >= 1000
    print("target (>= 1,000 posts/s stored): " + ("met" if ok else "NOT met"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
