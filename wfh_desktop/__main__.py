from wfh_desktop.cli import main

raise SystemExit(main())
