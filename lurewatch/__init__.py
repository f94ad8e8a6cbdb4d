"""lurewatch core: configuration, storage, the pipeline steps and the CLI."""

__version__ = "0.1.0"
