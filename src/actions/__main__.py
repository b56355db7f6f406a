from actions.cli import main

raise SystemExit(main())
