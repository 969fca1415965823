# `make lint` also lists dated vendor facts checked more than 180 days ago (scripts/stale_facts.py).
# A warning list, not a failure: no lint run may start failing only because the calendar moved.
# `make stale-facts STRICT=1` fails on a non-empty list, for a job that wants that.

.PHONY: stale-facts
stale-facts: $(STAMP) ## List dated vendor facts checked more than 180 days ago (warns; STRICT=1 fails)
	$(PY) scripts/stale_facts.py --max-age-days 180 $(if $(STRICT),--strict)

lint: stale-facts
