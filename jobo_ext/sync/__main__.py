"""``python -m jobo_ext.sync`` — the same as the ``jobo-sync`` console script."""

from jobo_ext.sync.cli import main

raise SystemExit(main())
