"""Small readers of extraction output shared by the rule tests."""

from envoy.enrich import analyze


def facts(text: str) -> dict:
    return analyze(text)["facts"]


def official(result: dict, name: str) -> dict:
    return next(o for o in result["officials"] if o["name"] == name)


def pairs(result: dict) -> list[set]:
    return [set(m["participants"]) for m in result["meetings"]]


def trips(result: dict) -> list[tuple]:
    return [(t["traveler"], t["destination_country"], t["start"], t["end"]) for t in result["trips"]]
