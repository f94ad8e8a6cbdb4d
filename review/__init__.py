"""The review web app: queue, item view, decisions, audit, export, API, public check page.

`lurewatch serve` runs it (review/server.py); `review.app.create_app(config, db,
scorer_factory=None)` builds it for tests and other servers. What it needs:

- a migrated database (`lurewatch init` or `lurewatch db upgrade`) and accounts
  (`lurewatch user add NAME --admin`, then the admin page);
- a session secret: LUREWATCH_SECRET_KEY, else <data_dir>/secret_key, created once with
  mode 0600;
- the `[review]` settings (port, leases, public check, help contacts, rate limits) and,
  behind an HTTPS proxy, `review.https = true`;
- for the public check, the classifier (the bundled model, loaded on first use) and the
  catalogues under review/locales/ (see review/i18n.py).

Everything is served from the package: templates, vanilla JavaScript and CSS under
review/static/ (nothing from a CDN), and the OpenAPI schema of /api/v1/ at /openapi.json.
"""
