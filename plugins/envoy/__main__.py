import sys

from envoy.cli import main

sys.exit(main())
