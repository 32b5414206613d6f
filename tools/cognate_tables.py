"""Write the international-word skeletons that quizgen ships (``extract.cognates``).

    python tools/cognate_tables.py

Rerun when wordfreq or the correspondences in ``quizgen/extract/cognates.py`` change;
``tests/extract/test_cognates.py`` fails until the shipped file matches.
"""

from __future__ import annotations

import gzip

from quizgen.extract.cognates import OTHERS, SKELETONS, common_skeletons


def main() -> None:
    lines = [f"{code}\t{k}\n" for code in ("en", *OTHERS) for k in sorted(common_skeletons(code))]
    SKELETONS.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same words give the same bytes
    SKELETONS.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))
    print(f"{SKELETONS}: {len(lines)} skeletons")


if __name__ == "__main__":
    main()
