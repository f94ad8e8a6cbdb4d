"""The bundled demo: a local sample site for every source type, and its sources.

`DemoSite` serves it on 127.0.0.1 in a thread; `demo_sources(base_url)` gives the
`[[sources]]` entries that crawl it. `lurewatch demo` runs the whole pipeline on it.
"""

from lurewatch.demo.site import DemoSite, demo_sources, load_sample_posts, sources_toml

__all__ = ["DemoSite", "demo_sources", "load_sample_posts", "sources_toml"]
