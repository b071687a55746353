"""Resource classes of the client facade (``_async.py`` is the source, ``_sync.py`` generated from it)."""
