from actions.cli import main

if __name__ == "__main__":  # not again in a process started by spawn (a Dask worker)
    raise SystemExit(main())
