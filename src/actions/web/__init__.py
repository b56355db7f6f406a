"""The local web app of `actions serve` (the `web` extra: Starlette and uvicorn); see actions.web.app."""
