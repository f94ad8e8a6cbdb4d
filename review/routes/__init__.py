"""The app's routes, one module per area: sign-in, queue, items, reports (dashboard,
audit, export), admin, the JSON API and the public check page."""
