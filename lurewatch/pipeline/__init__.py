"""The pipeline steps: crawl, score, queue, run, schedule, import, export, status."""
