"""Build src/accord/data/cameo.tsv from the reference CAMEO table and PLOVER crosswalk.

Usage: python scripts/build_cameo_table.py ../shared/reference
The output is committed; this script documents where every column came from.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

# The 2021 crosswalk maps nothing to roots 01 and 02. accord's choice: appeals (02)
# are requests in PLOVER's sense (PLOVER merged CAMEO 02 and 10 into REQUEST);
# plain statements (01) have no PLOVER type and are emitted with an empty one.
ROOT_FALLBACK = {"02": ("REQUEST", "")}


def read_crosswalk(path: Path) -> dict[str, tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "~")) or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        code = code.strip()
        if not code.isdigit():
            continue
        rest = rest.split("#", 1)[0]
        parts = [p.strip() for p in rest.split(",")] + ["", ""]
        rows[code] = (parts[0], parts[1], parts[2].replace(" ", ""))
    return rows


def plover_for(code: str, crosswalk: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    for key in (code, code[:3], code[:2]):
        if key in crosswalk and crosswalk[key][0]:
            return crosswalk[key]
    if code[:2] in ROOT_FALLBACK:
        event_type, mode = ROOT_FALLBACK[code[:2]]
        return event_type, mode, ""
    return "", "", ""


def main(reference: Path, out: Path) -> None:
    crosswalk = read_crosswalk(reference / "CAMEO2PLOVER-2021.txt")
    lines = (reference / "cameo_codes.tsv").read_text(encoding="utf-8").splitlines()
    rows = list(csv.DictReader([ln for ln in lines if not ln.startswith("#")], delimiter="\t"))
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# CAMEO event codes (CAMEO manual 1.1b3) with Goldstein scale values as GDELT 2.0\n"
            "# distributes them; quad class per root: 1 verbal cooperation (01-05), 2 material\n"
            "# cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).\n"
            "# PLOVER type/mode/context from the CAMEO2PLOVER crosswalk of 17 Sept 2021\n"
            "# (openeventdata/PLOVER, CC BY-SA 4.0); a code missing there takes its parent's\n"
            "# mapping. Root 02 (appeal) -> REQUEST; root 01 (statements) has no PLOVER type.\n"
            "# Built by scripts/build_cameo_table.py.\n"
        )
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["code", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context"])
        for row in rows:
            event_type, mode, context = plover_for(row["code"], crosswalk)
            writer.writerow([row["code"], row["name"], row["goldstein"], row["quad_class"], event_type, mode, context])


if __name__ == "__main__":
    ref = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
    main(ref, Path(__file__).resolve().parent.parent / "src" / "accord" / "data" / "cameo.tsv")
